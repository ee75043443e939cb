//! Both sides of every boundary of every rule (spec §2 and the §7 checklist), table-driven.
//! Each case starts from a valid body, changes one thing, and lists the issues it must produce.

use cloudvpn::validate::{self, Json, Severity, ValidateOptions, Validator};
use serde_json::{json, Value};

const VGW: &str = "b32d91a4-3f0e-4c1a-a8df-e907174eb11d";
const EIP: &str = "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde";
const CGW: &str = "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d";
const OTHER: &str = "11111111-2222-4333-8444-555555555555";

/// Merges `patch` into `base`: objects merge key by key, `null` deletes a key, anything else replaces.
fn merge(base: &mut Value, patch: &Value) {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => {
            for (k, v) in p {
                if v.is_null() {
                    b.remove(k);
                } else {
                    merge(b.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        (b, p) => *b = p.clone(),
    }
}

fn with(mut base: Value, patch: Value) -> Value {
    merge(&mut base, &patch);
    base
}

fn connection() -> Value {
    json!({"vpn_connection": {"vgw_id": VGW, "vgw_ip": EIP, "cgw_id": CGW, "peer_subnets": ["192.168.44.0/24"], "psk": "Abcd1234!x"}})
}

/// `"path code"` of every issue of `severity`.
fn found(validator: Validator, body: &Value, options: &ValidateOptions, severity: Severity) -> Vec<String> {
    let report = validator(&Json::from(body), options);
    assert_eq!(report.ok(), !report.issues.iter().any(|i| i.severity == Severity::Error));
    report.issues.iter().filter(|i| i.severity == severity).map(|i| format!("{} {}", i.path, i.code.as_str())).collect()
}

fn options(json: Value) -> ValidateOptions {
    ValidateOptions::from_json(&Json::from(&json)).unwrap()
}

/// Runs `(name, body, expected errors, expected warnings)` cases through `validator`.
fn run(validator: Validator, opts: &ValidateOptions, cases: &[(&str, Value, &[&str], &[&str])]) {
    for (name, body, errors, warnings) in cases {
        assert_eq!(found(validator, body, opts, Severity::Error), *errors, "errors: {name}");
        assert_eq!(found(validator, body, opts, Severity::Warning), *warnings, "warnings: {name}");
    }
}

fn subnets(n: usize) -> Value {
    json!((0..n).map(|i| format!("10.{i}.0.0/16")).collect::<Vec<_>>())
}

#[test]
fn create_connection_ids_names_and_enums() {
    let c = connection;
    run(
        validate::validate_create_vpn_connection,
        &ValidateOptions::default(),
        &[
            ("valid", c(), &[], &[]),
            ("private vgw_ip", with(c(), json!({"vpn_connection": {"vgw_ip": "192.168.0.10"}})), &[], &[]),
            (
                "bad vgw_ip",
                with(c(), json!({"vpn_connection": {"vgw_ip": "gw-1"}})),
                &["vpn_connection.vgw_ip vgw_ip.format"],
                &[],
            ),
            ("uppercase uuid", with(c(), json!({"vpn_connection": {"vgw_id": VGW.to_uppercase()}})), &[], &[]),
            (
                "null id",
                with(c(), json!({"vpn_connection": {"cgw_id": 5}})),
                &["vpn_connection.cgw_id field.type"],
                &[],
            ),
            (
                "missing id",
                with(c(), json!({"vpn_connection": {"vgw_id": null}})),
                &["vpn_connection.vgw_id field.required"],
                &[],
            ),
            ("name 64", with(c(), json!({"vpn_connection": {"name": "a".repeat(64)}})), &[], &[]),
            (
                "name 65",
                with(c(), json!({"vpn_connection": {"name": "a".repeat(65)}})),
                &["vpn_connection.name name.format"],
                &[],
            ),
            (
                "name empty",
                with(c(), json!({"vpn_connection": {"name": ""}})),
                &["vpn_connection.name name.format"],
                &[],
            ),
            ("name period", with(c(), json!({"vpn_connection": {"name": "vpn.a-b_c"}})), &[], &[]),
            (
                "style upper",
                with(c(), json!({"vpn_connection": {"style": "STATIC"}})),
                &["vpn_connection.style enum.unknown"],
                &[],
            ),
            ("ha_role", with(c(), json!({"vpn_connection": {"ha_role": "slave"}})), &[], &[]),
            (
                "ha_role bad",
                with(c(), json!({"vpn_connection": {"ha_role": "primary"}})),
                &["vpn_connection.ha_role enum.unknown"],
                &[],
            ),
            (
                "unknown key",
                with(c(), json!({"vpn_connection": {"colour": "red"}})),
                &["vpn_connection.colour field.unknown"],
                &[],
            ),
            ("unknown root key", with(c(), json!({"extra": 1})), &["extra field.unknown"], &[]),
            ("hw field on huawei", with(c(), json!({"vpn_connection": {"enable_health_check": true}})), &[], &[]),
            ("root array", json!([]), &[" field.type"], &[]),
            ("envelope string", json!({"vpn_connection": "x"}), &["vpn_connection field.type"], &[]),
        ],
    );
    let report = validate::validate_create_vpn_connection(
        &Json::from(&with(c(), json!({"vpn_connection": {"style": "STATIC"}}))),
        &ValidateOptions::default(),
    );
    assert_eq!(report.issues[0].hint.as_deref(), Some("did you mean static?"));
}

#[test]
fn cloud_profiles_and_unknown_enum_policy() {
    let c = connection;
    let otc = options(json!({"cloud": "otc"}));
    run(
        validate::validate_create_vpn_connection,
        &otc,
        &[
            (
                "hw field on otc",
                with(c(), json!({"vpn_connection": {"enable_health_check": true}})),
                &["vpn_connection.enable_health_check field.unknown"],
                &[],
            ),
            (
                "gcm-128 on otc: OTC's Terraform docs list it, OTC's API text does not",
                with(c(), json!({"vpn_connection": {"ipsecpolicy": {"encryption_algorithm": "aes-128-gcm-128"}}})),
                &[],
                &["vpn_connection.ipsecpolicy.encryption_algorithm enum.unknown"],
            ),
            (
                "gcm-128 in the ike policy on otc",
                with(c(), json!({"vpn_connection": {"ikepolicy": {"encryption_algorithm": "aes-256-gcm-128"}}})),
                &[],
                &["vpn_connection.ikepolicy.encryption_algorithm enum.unknown"],
            ),
            (
                "policy-template on otc: in OTC's API text in its Go SDK, not in the current API reference",
                with(c(), json!({"vpn_connection": {"style": "policy-template"}})),
                &[],
                &["vpn_connection.style enum.unknown"],
            ),
            (
                "digital-envelope-v2 on otc",
                with(c(), json!({"vpn_connection": {"ikepolicy": {"authentication_method": "digital-envelope-v2"}}})),
                &["vpn_connection.ikepolicy.authentication_method enum.unknown"],
                &[],
            ),
            (
                "ikepolicy.pfs on otc",
                with(c(), json!({"vpn_connection": {"ikepolicy": {"pfs": "group14"}}})),
                &["vpn_connection.ikepolicy.pfs field.unknown"],
                &[],
            ),
            (
                "fqdn on otc",
                with(
                    c(),
                    json!({"vpn_connection": {"ikepolicy": {"local_id_type": "fqdn", "local_id": "gw.example.com"}}}),
                ),
                &[],
                &["vpn_connection.ikepolicy.local_id_type enum.unsupported"],
            ),
        ],
    );
    run(
        validate::validate_create_vpn_connection,
        &ValidateOptions::default(),
        &[
            (
                "hw algorithm on huawei",
                with(c(), json!({"vpn_connection": {"ipsecpolicy": {"encryption_algorithm": "aes-128-gcm-128"}}})),
                &[],
                &[],
            ),
            (
                "policy-template on huawei: a documentation page lists it, the SDK's enum does not",
                with(c(), json!({"vpn_connection": {"style": "policy-template"}})),
                &[],
                &["vpn_connection.style enum.unknown"],
            ),
        ],
    );
    run(
        validate::validate_create_vpn_connection,
        &options(json!({"unknownEnums": "warning"})),
        &[(
            "unknown enum as warning",
            with(c(), json!({"vpn_connection": {"ha_role": "primary"}})),
            &[],
            &["vpn_connection.ha_role enum.unknown"],
        )],
    );
    assert!(ValidateOptions::from_json(&Json::from(&json!({"cloud": "aws"}))).is_err());
}

#[test]
fn peer_subnets_count_requirement_and_context() {
    let c = connection;
    let no_subnets = || with(c(), json!({"vpn_connection": {"peer_subnets": null}}));
    run(
        validate::validate_create_vpn_connection,
        &ValidateOptions::default(),
        &[
            ("50", with(c(), json!({"vpn_connection": {"peer_subnets": subnets(50)}})), &[], &[]),
            (
                "51",
                with(c(), json!({"vpn_connection": {"peer_subnets": subnets(51)}})),
                &["vpn_connection.peer_subnets list.length"],
                &[],
            ),
            (
                "0",
                with(c(), json!({"vpn_connection": {"peer_subnets": []}})),
                &["vpn_connection.peer_subnets list.length"],
                &[],
            ),
            ("missing", no_subnets(), &["vpn_connection.peer_subnets field.required"], &[]),
            (
                "overlap",
                with(c(), json!({"vpn_connection": {"peer_subnets": ["10.0.0.0/16", "10.0.1.0/24"]}})),
                &["vpn_connection.peer_subnets[1] cidr.overlap"],
                &[],
            ),
            (
                "reserved and special",
                with(
                    c(),
                    json!({"vpn_connection": {"peer_subnets": ["100.64.0.0/12", "127.0.0.0/8", "240.0.0.0/4", "224.0.0.0/4"]}}),
                ),
                &[
                    "vpn_connection.peer_subnets[0] cidr.reserved",
                    "vpn_connection.peer_subnets[1] cidr.special",
                    "vpn_connection.peer_subnets[2] cidr.special",
                    "vpn_connection.peer_subnets[3] cidr.special",
                ],
                &[],
            ),
            (
                "host bits",
                with(c(), json!({"vpn_connection": {"peer_subnets": ["192.168.44.1/24"]}})),
                &[],
                &["vpn_connection.peer_subnets[0] cidr.host_bits"],
            ),
            (
                "octal and bad prefix",
                with(
                    c(),
                    json!({"vpn_connection": {"peer_subnets": ["010.0.0.0/8", "192.168.44.0/33", "1.2.3.4/32"]}}),
                ),
                &["vpn_connection.peer_subnets[0] cidr.syntax", "vpn_connection.peer_subnets[1] cidr.syntax"],
                &[],
            ),
        ],
    );
    let er = options(json!({"context": {"gateway": {"attachment_type": "er", "local_subnets": ["192.168.44.0/24"]}}}));
    run(
        validate::validate_create_vpn_connection,
        &er,
        &[
            ("er + bgp may omit", with(no_subnets(), json!({"vpn_connection": {"style": "bgp"}})), &[], &[]),
            ("er + static may not", no_subnets(), &["vpn_connection.peer_subnets field.required"], &[]),
            ("equal to a local subnet", c(), &["vpn_connection.peer_subnets[0] cidr.local_subnet"], &[]),
        ],
    );
    let public = options(json!({"context": {"gateway": {"network_type": "public"}}}));
    run(
        validate::validate_create_vpn_connection,
        &public,
        &[(
            "public gateway needs an EIP id",
            with(c(), json!({"vpn_connection": {"vgw_ip": "10.0.0.1"}})),
            &["vpn_connection.vgw_ip vgw_ip.format"],
            &[],
        )],
    );
}

#[test]
fn tunnel_addresses() {
    let t = |local: &str, peer: &str| {
        with(connection(), json!({"vpn_connection": {"tunnel_local_address": local, "tunnel_peer_address": peer}}))
    };
    run(
        validate::validate_create_vpn_connection,
        &ValidateOptions::default(),
        &[
            ("valid .1/.2", t("169.254.76.1/30", "169.254.76.2/30"), &[], &[]),
            ("valid .6/.5", t("169.254.1.6/30", "169.254.1.5/30"), &[], &[]),
            (
                "only local: both-or-neither is inferred",
                with(connection(), json!({"vpn_connection": {"tunnel_local_address": "169.254.76.1/30"}})),
                &[],
                &["vpn_connection.tunnel_peer_address field.pair"],
            ),
            (
                "only peer, and it is still checked",
                with(connection(), json!({"vpn_connection": {"tunnel_peer_address": "169.254.76.0/30"}})),
                &["vpn_connection.tunnel_peer_address tunnel.host"],
                &["vpn_connection.tunnel_local_address field.pair"],
            ),
            (
                "195 block",
                t("169.254.195.1/30", "169.254.195.2/30"),
                &[
                    "vpn_connection.tunnel_local_address tunnel.link_local",
                    "vpn_connection.tunnel_peer_address tunnel.link_local",
                ],
                &[],
            ),
            (
                "not link-local",
                t("10.0.0.1/30", "169.254.1.2/30"),
                &["vpn_connection.tunnel_local_address tunnel.link_local"],
                &[],
            ),
            ("/29", t("169.254.1.1/29", "169.254.1.2/30"), &["vpn_connection.tunnel_local_address tunnel.prefix"], &[]),
            (
                "network address",
                t("169.254.1.0/30", "169.254.1.2/30"),
                &["vpn_connection.tunnel_local_address tunnel.host"],
                &[],
            ),
            (
                "broadcast address",
                t("169.254.1.1/30", "169.254.1.3/30"),
                &["vpn_connection.tunnel_peer_address tunnel.host"],
                &[],
            ),
            (
                "other /30",
                t("169.254.1.1/30", "169.254.1.6/30"),
                &["vpn_connection.tunnel_peer_address tunnel.same_30"],
                &[],
            ),
            (
                "equal: inferred, a warning",
                t("169.254.1.1/30", "169.254.1.1/30"),
                &[],
                &["vpn_connection.tunnel_peer_address field.distinct"],
            ),
            ("syntax", t("169.254.1.1", "169.254.1.2/30"), &["vpn_connection.tunnel_local_address cidr.syntax"], &[]),
            (
                "policy style",
                with(
                    t("169.254.76.1/30", "169.254.76.2/30"),
                    json!({"vpn_connection": {"style": "policy", "policy_rules": [{"source": "10.0.0.0/24", "destination": ["192.168.44.0/24"]}]}}),
                ),
                &[],
                &["vpn_connection.tunnel_local_address field.conflict"],
            ),
        ],
    );
}

#[test]
fn style_cross_field_rules_and_policy_rules() {
    let c = |patch: Value| with(connection(), json!({"vpn_connection": patch}));
    let rule = |source: &str| json!({"source": source, "destination": ["192.168.44.0/24"]});
    let policy = |rules: Value| c(json!({"style": "policy", "policy_rules": rules}));
    run(
        validate::validate_create_vpn_connection,
        &ValidateOptions::default(),
        &[
            ("nqa with static", c(json!({"enable_nqa": true})), &[], &[]),
            (
                "nqa with bgp",
                c(json!({"style": "bgp", "enable_nqa": true})),
                &["vpn_connection.enable_nqa field.conflict"],
                &[],
            ),
            ("hub with bgp", c(json!({"style": "bgp", "enable_hub": true})), &[], &[]),
            ("hub with static", c(json!({"enable_hub": false})), &["vpn_connection.enable_hub field.conflict"], &[]),
            (
                "policy without rules",
                c(json!({"style": "policy"})),
                &["vpn_connection.policy_rules field.required"],
                &[],
            ),
            ("policy with an empty list", policy(json!([])), &["vpn_connection.policy_rules list.length"], &[]),
            ("1 rule", policy(json!([rule("10.0.0.0/24")])), &[], &[]),
            ("5 rules", policy(json!((1..=5).map(|i| rule(&format!("10.{i}.0.0/24"))).collect::<Vec<_>>())), &[], &[]),
            (
                "6 rules",
                policy(json!((1..=6).map(|i| rule(&format!("10.{i}.0.0/24"))).collect::<Vec<_>>())),
                &["vpn_connection.policy_rules list.length"],
                &[],
            ),
            (
                "duplicate source",
                policy(json!([rule("10.0.0.0/24"), rule("10.0.0.0/24")])),
                &["vpn_connection.policy_rules[1].source cidr.duplicate"],
                &[],
            ),
            ("any source", policy(json!([rule("0.0.0.0/0")])), &[], &[]),
            (
                "51 destinations",
                policy(json!([{"source": "10.0.0.0/24", "destination": subnets(51)}])),
                &["vpn_connection.policy_rules[0].destination list.length"],
                &[],
            ),
            (
                "no destinations",
                policy(json!([{"source": "10.0.0.0/24", "destination": []}])),
                &["vpn_connection.policy_rules[0].destination list.length"],
                &[],
            ),
            (
                "no source",
                policy(json!([{"destination": ["192.168.44.0/24"]}])),
                &[],
                &["vpn_connection.policy_rules[0].source field.required"],
            ),
            (
                "rule_index",
                policy(
                    json!([{"rule_index": 0, "source": "10.0.0.0/24", "destination": ["1.0.0.0/24"]}, {"rule_index": 0, "source": "10.1.0.0/24", "destination": ["1.0.0.0/24"]}]),
                ),
                &["vpn_connection.policy_rules[1].rule_index field.distinct"],
                &[
                    "vpn_connection.policy_rules[0].rule_index field.deprecated",
                    "vpn_connection.policy_rules[1].rule_index field.deprecated",
                ],
            ),
            (
                "rule_index 51",
                policy(json!([{"rule_index": 51, "source": "10.0.0.0/24", "destination": ["1.0.0.0/24"]}])),
                &["vpn_connection.policy_rules[0].rule_index int.range"],
                &["vpn_connection.policy_rules[0].rule_index field.deprecated"],
            ),
        ],
    );
    let ipv6 = options(json!({"context": {"gateway": {"ip_version": "ipv6"}}}));
    run(
        validate::validate_create_vpn_connection,
        &ipv6,
        &[("policy on ipv6 needs no rules", c(json!({"style": "policy"})), &[], &[])],
    );
}

#[test]
fn ike_and_ipsec_policies() {
    let ike = |p: Value| with(connection(), json!({"vpn_connection": {"ikepolicy": p}}));
    let ipsec = |p: Value| with(connection(), json!({"vpn_connection": {"ipsecpolicy": p}}));
    let at = |f: &str| format!("vpn_connection.ikepolicy.{f}");
    let lifetime = at("lifetime_seconds");
    run(
        validate::validate_create_vpn_connection,
        &ValidateOptions::default(),
        &[
            ("ike 59", ike(json!({"lifetime_seconds": 59})), &[&format!("{lifetime} int.range")], &[]),
            ("ike 60", ike(json!({"lifetime_seconds": 60})), &[], &[]),
            ("ike 604800", ike(json!({"lifetime_seconds": 604_800})), &[], &[]),
            ("ike 604801", ike(json!({"lifetime_seconds": 604_801})), &[&format!("{lifetime} int.range")], &[]),
            ("ike string", ike(json!({"lifetime_seconds": "3600"})), &[&format!("{lifetime} field.type")], &[]),
            ("ike fraction", ike(json!({"lifetime_seconds": 3600.5})), &[&format!("{lifetime} field.type")], &[]),
            ("phase1 with v1", ike(json!({"ike_version": "v1", "phase1_negotiation_mode": "aggressive"})), &[], &[]),
            (
                "phase1 with v2 is ignored, not refused",
                ike(json!({"phase1_negotiation_mode": "main"})),
                &[],
                &[&format!("{} field.conflict", at("phase1_negotiation_mode"))],
            ),
            (
                "md5",
                ike(json!({"authentication_algorithm": "md5"})),
                &[],
                &[&format!("{} algorithm.weak", at("authentication_algorithm"))],
            ),
            ("group14", ike(json!({"dh_group": "group14"})), &[], &[&format!("{} algorithm.weak", at("dh_group"))]),
            ("group15", ike(json!({"dh_group": "group15"})), &[], &[]),
            ("group3", ike(json!({"dh_group": "group3"})), &[&format!("{} enum.unknown", at("dh_group"))], &[]),
            ("local_id ip", ike(json!({"local_id": "1.2.3.4", "peer_id": "5.6.7.8"})), &[], &[]),
            ("local_id bad", ike(json!({"local_id": "1.2.3"})), &[&format!("{} ipv4.syntax", at("local_id"))], &[]),
            (
                "peer_id bad",
                ike(json!({"peer_id_type": "ip", "peer_id": "host"})),
                &[&format!("{} ipv4.syntax", at("peer_id"))],
                &[],
            ),
            ("fqdn ok", ike(json!({"local_id_type": "fqdn", "local_id": "gw.example.com"})), &[], &[]),
            (
                "fqdn space",
                ike(json!({"local_id_type": "fqdn", "local_id": "gw example"})),
                &[&format!("{} fqdn.format", at("local_id"))],
                &[],
            ),
            ("fqdn 128", ike(json!({"peer_id_type": "fqdn", "peer_id": "a".repeat(128)})), &[], &[]),
            (
                "fqdn 129: 128 in the console guide, 255 in the API text",
                ike(json!({"peer_id_type": "fqdn", "peer_id": "a".repeat(129)})),
                &[],
                &[&format!("{} fqdn.format", at("peer_id"))],
            ),
            (
                "fqdn 255",
                ike(json!({"peer_id_type": "fqdn", "peer_id": "a".repeat(255)})),
                &[],
                &[&format!("{} fqdn.format", at("peer_id"))],
            ),
            (
                "fqdn 256",
                ike(json!({"peer_id_type": "fqdn", "peer_id": "a".repeat(256)})),
                &[&format!("{} fqdn.format", at("peer_id"))],
                &[],
            ),
            (
                "fqdn empty",
                ike(json!({"local_id_type": "fqdn", "local_id": ""})),
                &[&format!("{} fqdn.format", at("local_id"))],
                &[],
            ),
            (
                "fqdn with ?: refused by the console guide only",
                ike(json!({"local_id_type": "fqdn", "local_id": "gw?.example.com"})),
                &[],
                &[&format!("{} fqdn.format", at("local_id"))],
            ),
            (
                "fqdn with a backslash",
                ike(json!({"local_id_type": "fqdn", "local_id": "gw\\example"})),
                &[&format!("{} fqdn.format", at("local_id"))],
                &[],
            ),
            ("peer_id of type any", ike(json!({"peer_id_type": "any", "peer_id": "anything"})), &[], &[]),
            (
                "ikepolicy.pfs is deprecated",
                ike(json!({"pfs": "group16"})),
                &[],
                &[&format!("{} field.deprecated", at("pfs"))],
            ),
            (
                "ikepolicy.pfs unknown value",
                ike(json!({"pfs": "group3"})),
                &[&format!("{} enum.unknown", at("pfs"))],
                &[&format!("{} field.deprecated", at("pfs"))],
            ),
            ("dpd edges ok", ike(json!({"dpd": {"timeout": 2, "interval": 3600, "msg": "seq-notify-hash"}})), &[], &[]),
            (
                "dpd edges out",
                ike(json!({"dpd": {"timeout": 61, "interval": 9}})),
                &["vpn_connection.ikepolicy.dpd.timeout int.range", "vpn_connection.ikepolicy.dpd.interval int.range"],
                &[],
            ),
            (
                "dpd timeout 1",
                ike(json!({"dpd": {"timeout": 1, "interval": 10}})),
                &["vpn_connection.ikepolicy.dpd.timeout int.range"],
                &[],
            ),
            (
                "ipsec 29",
                ipsec(json!({"lifetime_seconds": 29})),
                &["vpn_connection.ipsecpolicy.lifetime_seconds int.range"],
                &[],
            ),
            (
                "ipsec 30",
                ipsec(json!({"lifetime_seconds": 30})),
                &[],
                &["vpn_connection.ipsecpolicy.lifetime_seconds lifetime.disputed"],
            ),
            (
                "ipsec 59",
                ipsec(json!({"lifetime_seconds": 59})),
                &[],
                &["vpn_connection.ipsecpolicy.lifetime_seconds lifetime.disputed"],
            ),
            ("ipsec 60", ipsec(json!({"lifetime_seconds": 60})), &[], &[]),
            (
                "ipsec 604801",
                ipsec(json!({"lifetime_seconds": 604_801})),
                &["vpn_connection.ipsecpolicy.lifetime_seconds int.range"],
                &[],
            ),
            ("pfs disable", ipsec(json!({"pfs": "disable"})), &[], &[]),
            (
                "3des",
                ipsec(json!({"encryption_algorithm": "3des"})),
                &[],
                &["vpn_connection.ipsecpolicy.encryption_algorithm algorithm.weak"],
            ),
            (
                "ah",
                ipsec(json!({"transform_protocol": "ah"})),
                &["vpn_connection.ipsecpolicy.transform_protocol enum.unknown"],
                &[],
            ),
        ],
    );
}

#[test]
fn tags_in_bodies_and_the_tag_api() {
    let tags = |list: Value| with(connection(), json!({"vpn_connection": {"tags": list}}));
    let n_tags = |n: usize| json!((0..n).map(|i| json!({"key": format!("k{i}"), "value": "v"})).collect::<Vec<_>>());
    run(
        validate::validate_create_vpn_connection,
        &ValidateOptions::default(),
        &[
            ("20", tags(n_tags(20)), &[], &[]),
            ("21", tags(n_tags(21)), &["vpn_connection.tags list.length"], &[]),
            ("key 128", tags(json!([{"key": "k".repeat(128), "value": ""}])), &[], &[]),
            (
                "key 129",
                tags(json!([{"key": "k".repeat(129), "value": ""}])),
                &["vpn_connection.tags[0].key tag.key"],
                &[],
            ),
            ("key empty", tags(json!([{"key": "", "value": ""}])), &["vpn_connection.tags[0].key tag.key"], &[]),
            ("value 255", tags(json!([{"key": "k", "value": "v".repeat(255)}])), &[], &[]),
            (
                "value 256",
                tags(json!([{"key": "k", "value": "v".repeat(256)}])),
                &["vpn_connection.tags[0].value tag.value"],
                &[],
            ),
            ("charset", tags(json!([{"key": "año_ção.a:b=c+d-e@f g", "value": "ñ"}])), &[], &[]),
            ("bad char", tags(json!([{"key": "a/b", "value": "x"}])), &["vpn_connection.tags[0].key tag.key"], &[]),
            (
                "every Spanish and Portuguese letter",
                tags(json!([{"key": "ÁÉÍÓÚÜÑáéíóúüñ", "value": "ÀÂÃÇÊÔÕàâãçêôõ"}])),
                &[],
                &[],
            ),
            (
                "letters of other languages",
                tags(
                    json!([{"key": "straße", "value": "x"}, {"key": "k", "value": "søster"}, {"key": "标签", "value": "x"}]),
                ),
                &["vpn_connection.tags[0].key tag.key", "vpn_connection.tags[1].value tag.value"],
                // Chinese: Huawei's Chinese API pages allow it, its English pages and OTC's do not.
                &["vpn_connection.tags[2].key tag.key"],
            ),
            (
                "console-guide rules",
                tags(json!([{"key": " k", "value": "a/b"}, {"key": "_sys_k", "value": "v"}])),
                &[],
                &[
                    "vpn_connection.tags[0].key tag.key",
                    "vpn_connection.tags[0].value tag.value",
                    "vpn_connection.tags[1].key tag.key",
                ],
            ),
            (
                "duplicate",
                tags(json!([{"key": "a", "value": "1"}, {"key": "a", "value": "2"}])),
                &["vpn_connection.tags[1].key tag.duplicate"],
                &[],
            ),
            (
                "value required in bodies",
                tags(json!([{"key": "a"}])),
                &["vpn_connection.tags[0].value field.required"],
                &[],
            ),
        ],
    );
    run(
        validate::validate_tags,
        &ValidateOptions::default(),
        &[
            ("value optional", json!({"tags": [{"key": "a"}]}), &[], &[]),
            ("empty value", json!({"tags": [{"key": "a", "value": ""}]}), &[], &[]),
            ("empty: no least number is stated", json!({"tags": []}), &[], &["tags list.length"]),
            ("20", json!({"tags": n_tags(20)}), &[], &[]),
            (
                "duplicate",
                json!({"tags": [{"key": "a", "value": "1"}, {"key": "a", "value": "2"}]}),
                &["tags[1].key tag.duplicate"],
                &[],
            ),
            ("21", json!({"tags": n_tags(21)}), &["tags list.length"], &[]),
            ("missing", json!({}), &["tags field.required"], &[]),
        ],
    );
    run(
        validate::validate_tag_filter,
        &ValidateOptions::default(),
        &[
            ("empty", json!({}), &[], &[]),
            (
                "full",
                json!({"without_any_tag": false, "tags": [{"key": "a", "values": ["1"]}], "matches": [{"key": "resource_name", "value": "x"}]}),
                &[],
                &[],
            ),
            ("string boolean", json!({"without_any_tag": "false"}), &[], &["without_any_tag field.type"]),
            ("number boolean", json!({"without_any_tag": 0}), &["without_any_tag field.type"], &[]),
            (
                "21 values",
                json!({"tags": [{"key": "a", "values": (0..21).map(|i| i.to_string()).collect::<Vec<_>>()}]}),
                &["tags[0].values list.length"],
                &[],
            ),
            ("match key", json!({"matches": [{"key": "name", "value": "x"}]}), &["matches[0].key enum.unknown"], &[]),
            ("match value 255", json!({"matches": [{"key": "resource_name", "value": "v".repeat(255)}]}), &[], &[]),
            (
                "match value 256",
                json!({"matches": [{"key": "resource_name", "value": "v".repeat(256)}]}),
                &["matches[0].value tag.value"],
                &[],
            ),
            ("empty values: any value", json!({"tags": [{"key": "a", "values": []}]}), &[], &[]),
            (
                "key 129, value 256",
                json!({"tags": [{"key": "k".repeat(129), "values": ["v".repeat(256)]}]}),
                &["tags[0].key tag.key", "tags[0].values[0] tag.value"],
                &[],
            ),
            (
                "no character set is stated for a filter",
                json!({"tags": [{"key": "a/b", "values": ["x*y"]}]}),
                &[],
                &["tags[0].key tag.key", "tags[0].values[0] tag.value"],
            ),
            (
                "a key twice: not stated for a filter",
                json!({"tags": [{"key": "a", "values": ["1"]}, {"key": "a", "values": ["2"]}]}),
                &[],
                &["tags[1].key tag.duplicate"],
            ),
            (
                "21 keys",
                json!({"tags": (0..21).map(|i| json!({"key": format!("k{i}"), "values": []})).collect::<Vec<_>>()}),
                &["tags list.length"],
                &[],
            ),
        ],
    );
}

#[test]
fn update_and_batch_of_connections() {
    let u = |p: Value| json!({"vpn_connection": p});
    run(
        validate::validate_update_vpn_connection,
        &ValidateOptions::default(),
        &[
            ("empty", u(json!({})), &[], &[]),
            ("name", u(json!({"name": "vpn-2"})), &[], &[]),
            (
                "immutable",
                u(
                    json!({"vgw_id": VGW, "vgw_ip": EIP, "style": "bgp", "ha_role": "master", "tags": [], "enable_health_check": true}),
                ),
                &[
                    "vpn_connection.vgw_id field.immutable",
                    "vpn_connection.vgw_ip field.immutable",
                    "vpn_connection.style field.immutable",
                    "vpn_connection.ha_role field.immutable",
                    "vpn_connection.tags field.immutable",
                    "vpn_connection.enable_health_check field.immutable",
                ],
                &[],
            ),
            (
                "enable_nqa: the Huawei Terraform provider sends it and the live API accepts it",
                u(json!({"name": "vpn-2", "enable_nqa": true})),
                &[],
                &["vpn_connection.enable_nqa field.immutable"],
            ),
            (
                "auth method echoed, as OTC's SDK and Terraform provider send it",
                u(json!({"ikepolicy": {"authentication_method": "pre-share"}})),
                &[],
                &["vpn_connection.ikepolicy.authentication_method field.immutable"],
            ),
            (
                "auth method unknown",
                u(json!({"ikepolicy": {"authentication_method": "rsa-sig"}})),
                &["vpn_connection.ikepolicy.authentication_method enum.unknown"],
                &[],
            ),
            ("phase1 alone", u(json!({"ikepolicy": {"phase1_negotiation_mode": "main"}})), &[], &[]),
            (
                "phase1 with v2",
                u(json!({"ikepolicy": {"ike_version": "v2", "phase1_negotiation_mode": "main"}})),
                &[],
                &["vpn_connection.ikepolicy.phase1_negotiation_mode field.conflict"],
            ),
            (
                "an id without its type is not checked (no default on update)",
                u(json!({"ikepolicy": {"local_id": "gw.example.com", "peer_id": "peer.example.com"}})),
                &[],
                &[],
            ),
            (
                "an id with its type is",
                u(json!({"ikepolicy": {"local_id_type": "ip", "local_id": "gw.example.com"}})),
                &["vpn_connection.ikepolicy.local_id ipv4.syntax"],
                &[],
            ),
            (
                "rule_index: the SDKs' update PolicyRule has it",
                u(json!({"policy_rules": [{"rule_index": 1, "source": "10.0.0.0/24", "destination": ["1.0.0.0/24"]}]})),
                &[],
                &["vpn_connection.policy_rules[0].rule_index field.deprecated"],
            ),
            (
                "rule_index 51",
                u(
                    json!({"policy_rules": [{"rule_index": 51, "source": "10.0.0.0/24", "destination": ["1.0.0.0/24"]}]}),
                ),
                &["vpn_connection.policy_rules[0].rule_index int.range"],
                &["vpn_connection.policy_rules[0].rule_index field.deprecated"],
            ),
            ("51 subnets", u(json!({"peer_subnets": subnets(51)})), &["vpn_connection.peer_subnets list.length"], &[]),
            ("weak psk", u(json!({"psk": "abcdefgh"})), &["vpn_connection.psk psk.classes"], &[]),
            (
                "psk with a space: both SDKs write '{ }' among the specials",
                u(json!({"psk": "abcd 1234"})),
                &[],
                &["vpn_connection.psk psk.disputed_char"],
            ),
            ("psk with a tab", u(json!({"psk": "Abcd\t1234"})), &["vpn_connection.psk psk.charset"], &[]),
        ],
    );
    run(
        validate::validate_update_vpn_connection,
        &options(json!({"context": {"connection": {"style": "STATIC"}}})),
        &[(
            "hub on a static connection",
            u(json!({"enable_hub": true})),
            &["vpn_connection.enable_hub field.conflict"],
            &[],
        )],
    );
    // An update's policy_rules replaces the whole set: emptying it is wrong only for a policy
    // connection (its style comes from the context; without one it is not known).
    let no_rules = u(json!({"policy_rules": []}));
    run(
        validate::validate_update_vpn_connection,
        &options(json!({"context": {"connection": {"style": "POLICY"}}})),
        &[
            ("no rules on a policy connection", no_rules.clone(), &["vpn_connection.policy_rules list.length"], &[]),
            ("rules left out", u(json!({"name": "vpn-2"})), &[], &[]),
        ],
    );
    for style in [json!({"style": "static"}), json!({})] {
        run(
            validate::validate_update_vpn_connection,
            &options(json!({"context": {"connection": style}})),
            &[("no rules elsewhere", no_rules.clone(), &[], &[])],
        );
    }
    let item = |vgw: &str| json!({"vgw_id": vgw, "vgw_ip": EIP, "cgw_id": CGW, "peer_subnets": ["192.168.44.0/24"], "psk": "Abcd1234!x"});
    run(
        validate::validate_batch_create_vpn_connections,
        &ValidateOptions::default(),
        &[
            ("one", json!({"vpn_connections": [item(VGW)]}), &[], &[]),
            (
                "rule_index: a batch item is the Huawei SDK's create body content",
                json!({"vpn_connections": [with(item(VGW), json!({"style": "policy", "policy_rules": [{"rule_index": 0, "source": "10.0.0.0/24", "destination": ["1.0.0.0/24"]}]}))]}),
                &[],
                &["vpn_connections[0].policy_rules[0].rule_index field.deprecated"],
            ),
            ("two", json!({"vpn_connections": [item(VGW), item(VGW)]}), &[], &[]),
            (
                "three",
                json!({"vpn_connections": [item(VGW), item(VGW), item(VGW)]}),
                &["vpn_connections list.length"],
                &[],
            ),
            ("none", json!({"vpn_connections": []}), &["vpn_connections list.length"], &[]),
            (
                "two gateways",
                json!({"vpn_connections": [item(VGW), item(OTHER)]}),
                &["vpn_connections[1].vgw_id batch.vgw_id"],
                &[],
            ),
        ],
    );
}

#[test]
fn customer_gateways() {
    let g = |p: Value| json!({"customer_gateway": p});
    run(
        validate::validate_create_customer_gateway,
        &ValidateOptions::default(),
        &[
            ("ip", g(json!({"id_value": "203.0.113.7", "bgp_asn": 65000})), &[], &[]),
            ("missing id_value", g(json!({"name": "cgw-1"})), &["customer_gateway.id_value field.required"], &[]),
            ("bad ip", g(json!({"id_value": "203.0.113"})), &["customer_gateway.id_value ipv4.syntax"], &[]),
            (
                "asn 0",
                g(json!({"id_value": "203.0.113.7", "bgp_asn": 0})),
                &["customer_gateway.bgp_asn int.range"],
                &[],
            ),
            ("asn 1", g(json!({"id_value": "203.0.113.7", "bgp_asn": 1})), &[], &[]),
            ("asn max", g(json!({"id_value": "203.0.113.7", "bgp_asn": 4_294_967_295u64})), &[], &[]),
            (
                "asn max+1",
                g(json!({"id_value": "203.0.113.7", "bgp_asn": 4_294_967_296u64})),
                &["customer_gateway.bgp_asn int.range"],
                &[],
            ),
            ("fqdn", g(json!({"id_type": "fqdn", "id_value": "vpn.example.com"})), &[], &[]),
            (
                "fqdn bad",
                g(json!({"id_type": "fqdn", "id_value": "vpn<example>"})),
                &["customer_gateway.id_value fqdn.format"],
                &[],
            ),
            (
                "fqdn with asn",
                g(json!({"id_type": "fqdn", "id_value": "vpn.example.com", "bgp_asn": 65000})),
                &["customer_gateway.bgp_asn field.conflict"],
                &[],
            ),
            ("fqdn 128", g(json!({"id_type": "fqdn", "id_value": "a".repeat(128)})), &[], &[]),
            (
                "fqdn 129",
                g(json!({"id_type": "fqdn", "id_value": "a".repeat(129)})),
                &["customer_gateway.id_value fqdn.format"],
                &[],
            ),
            (
                "legacy form",
                g(json!({"name": "tf_test_a1b2c", "bgp_asn": 65000, "ip": "172.16.1.2", "route_mode": "bgp"})),
                &[],
                &["customer_gateway.ip field.deprecated", "customer_gateway.route_mode field.deprecated"],
            ),
            ("legacy ip alone", g(json!({"ip": "172.16.1.2"})), &[], &["customer_gateway.ip field.deprecated"]),
            (
                "legacy bad ip",
                g(json!({"ip": "172.16.1"})),
                &["customer_gateway.ip ipv4.syntax"],
                &["customer_gateway.ip field.deprecated"],
            ),
            (
                "legacy bad route_mode",
                g(json!({"ip": "172.16.1.2", "route_mode": "ospf"})),
                &["customer_gateway.route_mode enum.unknown"],
                &["customer_gateway.ip field.deprecated", "customer_gateway.route_mode field.deprecated"],
            ),
            (
                "both forms",
                g(json!({"id_value": "203.0.113.7", "ip": "203.0.113.7"})),
                &[],
                &["customer_gateway.ip field.deprecated", "customer_gateway.ip field.conflict"],
            ),
            (
                "route_mode with id_value",
                g(json!({"id_value": "203.0.113.7", "route_mode": "static"})),
                &[],
                &["customer_gateway.route_mode field.deprecated", "customer_gateway.route_mode field.conflict"],
            ),
            (
                "neither form",
                g(json!({"route_mode": "bgp"})),
                &["customer_gateway.id_value field.required"],
                &["customer_gateway.route_mode field.deprecated"],
            ),
            (
                "certificate content",
                g(json!({"id_value": "203.0.113.7", "ca_certificate": {"content": "-----BEGIN CERTIFICATE-----"}})),
                &[],
                &[],
            ),
            ("certificate id", g(json!({"id_value": "203.0.113.7", "ca_certificate": {"id": CGW}})), &[], &[]),
            (
                "certificate bad id",
                g(json!({"id_value": "203.0.113.7", "ca_certificate": {"id": "cert-1"}})),
                &["customer_gateway.ca_certificate.id id.uuid"],
                &[],
            ),
            (
                "certificate empty",
                g(json!({"id_value": "203.0.113.7", "ca_certificate": {}})),
                &[],
                &["customer_gateway.ca_certificate field.required"],
            ),
            (
                "Chinese tag key: disputed on Huawei",
                g(json!({"id_value": "203.0.113.7", "tags": [{"key": "标签", "value": "v"}]})),
                &[],
                &["customer_gateway.tags[0].key tag.key"],
            ),
        ],
    );
    run(
        validate::validate_create_customer_gateway,
        &options(json!({"cloud": "otc"})),
        &[
            (
                "legacy form",
                g(json!({"ip": "172.16.1.2", "route_mode": "bgp"})),
                &[],
                &["customer_gateway.ip field.deprecated", "customer_gateway.route_mode field.deprecated"],
            ),
            (
                "fqdn: not supported on OTC yet",
                g(json!({"id_type": "fqdn", "id_value": "vpn.example.com"})),
                &[],
                &["customer_gateway.id_type enum.unsupported"],
            ),
            (
                "certificate: Huawei only",
                g(json!({"id_value": "203.0.113.7", "ca_certificate": {"content": "-----BEGIN CERTIFICATE-----"}})),
                &["customer_gateway.ca_certificate field.unknown"],
                &[],
            ),
            (
                "Chinese tag key",
                g(json!({"id_value": "203.0.113.7", "tags": [{"key": "标签", "value": "v"}]})),
                &["customer_gateway.tags[0].key tag.key"],
                &[],
            ),
        ],
    );
    run(
        validate::validate_update_customer_gateway,
        &ValidateOptions::default(),
        &[
            ("name", g(json!({"name": "cgw-2"})), &[], &[]),
            ("id_value", g(json!({"id_value": "203.0.113.8"})), &["customer_gateway.id_value field.immutable"], &[]),
            ("bgp_asn", g(json!({"bgp_asn": 65001})), &["customer_gateway.bgp_asn field.immutable"], &[]),
            ("legacy ip", g(json!({"ip": "203.0.113.8"})), &["customer_gateway.ip field.immutable"], &[]),
            (
                "certificate",
                g(json!({"name": "cgw-2", "ca_certificate": {"content": "-----BEGIN CERTIFICATE-----"}})),
                &[],
                &[],
            ),
            (
                "certificate bad id",
                g(json!({"ca_certificate": {"id": "x"}})),
                &["customer_gateway.ca_certificate.id id.uuid"],
                &[],
            ),
            ("nothing", g(json!({})), &[], &["customer_gateway field.required"]),
        ],
    );
    run(
        validate::validate_update_customer_gateway,
        &options(json!({"cloud": "otc"})),
        &[(
            "certificate: in OTC's text, not in its table",
            g(json!({"ca_certificate": {"content": "-----BEGIN CERTIFICATE-----"}})),
            &[],
            &["customer_gateway.ca_certificate field.unknown"],
        )],
    );
}

#[test]
fn vpn_gateways() {
    let base = || {
        json!({"vpn_gateway": {"vpc_id": VGW, "connect_subnet": CGW, "local_subnets": ["192.168.0.0/24"],
            "eip1": {"id": EIP}, "eip2": {"id": OTHER}}})
    };
    let g = |p: Value| with(base(), json!({"vpn_gateway": p}));
    let private =
        |p: Value| with(g(json!({"network_type": "private", "eip1": null, "eip2": null})), json!({"vpn_gateway": p}));
    run(
        validate::validate_create_vpn_gateway,
        &ValidateOptions::default(),
        &[
            ("valid", base(), &[], &[]),
            ("no vpc_id", g(json!({"vpc_id": null})), &["vpn_gateway.vpc_id field.required"], &[]),
            ("no local subnets", g(json!({"local_subnets": null})), &["vpn_gateway.local_subnets field.required"], &[]),
            (
                "51 local subnets",
                g(json!({"local_subnets": subnets(51)})),
                &["vpn_gateway.local_subnets list.length"],
                &[],
            ),
            ("er", json!({"vpn_gateway": {"attachment_type": "er", "er_id": VGW, "eip1": {"id": EIP}}}), &[], &[]),
            (
                "er without er_id",
                json!({"vpn_gateway": {"attachment_type": "er"}}),
                &["vpn_gateway.er_id field.required"],
                &[],
            ),
            // OTC: with er, vpc_id is optional (access_vpc_id wins when both are set).
            (
                "er with vpc_id",
                json!({"vpn_gateway": {"attachment_type": "er", "er_id": VGW, "vpc_id": VGW}}),
                &[],
                &[],
            ),
            ("vpc with er_id", g(json!({"er_id": VGW})), &["vpn_gateway.er_id field.conflict"], &[]),
            (
                "Basic 100",
                g(json!({"flavor": "Basic", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 100}})),
                &[],
                &[],
            ),
            (
                "Basic 101",
                g(json!({"flavor": "Basic", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 101}})),
                &["vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
                &[],
            ),
            (
                "Professional1 301",
                g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 301}})),
                &["vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
                &[],
            ),
            (
                "Professional2 1000",
                g(json!({"flavor": "Professional2", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 1000}})),
                &[],
                &[],
            ),
            // 1000 in the current references, 1024 in an earlier SDK release (accepted live).
            (
                "Professional2 1001",
                g(json!({"flavor": "Professional2", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 1001}})),
                &[],
                &["vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
            ),
            (
                "Professional2 1024",
                g(json!({"flavor": "Professional2", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 1024}})),
                &[],
                &["vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
            ),
            (
                "Professional2 1025",
                g(json!({"flavor": "Professional2", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 1025}})),
                &["vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
                &[],
            ),
            (
                "V1G 1024",
                g(json!({"flavor": "V1G", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 1024}})),
                &[],
                &["vpn_gateway.flavor field.deprecated", "vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
            ),
            // No reference caps these flavors: above OTC's 1–1000, a warning only.
            (
                "Professional3 2000",
                g(json!({"flavor": "Professional3", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 2000}})),
                &[],
                &["vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
            ),
            (
                "Professional1-NonFixedIP 301",
                g(
                    json!({"flavor": "Professional1-NonFixedIP", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 301}}),
                ),
                &[],
                &["vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
            ),
            (
                "bandwidth 0",
                g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 0}})),
                &["vpn_gateway.eip1.bandwidth_size int.range"],
                &[],
            ),
            (
                "new EIP with charge_mode",
                g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 10, "charge_mode": "bandwidth"}})),
                &[],
                &[],
            ),
            (
                "bad charge_mode",
                g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 10, "charge_mode": "monthly"}})),
                &["vpn_gateway.eip1.charge_mode enum.unknown"],
                &[],
            ),
            (
                "charge_mode 95peak_plus",
                g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 10, "charge_mode": "95peak_plus"}})),
                &[],
                &["vpn_gateway.eip1.charge_mode enum.unknown"],
            ),
            ("shared bandwidth", g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_id": OTHER}})), &[], &[]),
            (
                "bad bandwidth_id",
                g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_id": "x"}})),
                &["vpn_gateway.eip1.bandwidth_id id.uuid"],
                &[],
            ),
            ("5_sbgp", g(json!({"eip1": {"id": null, "type": "5_sbgp", "bandwidth_size": 10}})), &[], &[]),
            (
                "unknown EIP type",
                g(json!({"eip1": {"id": null, "type": "5_telcom", "bandwidth_size": 10}})),
                &[],
                &["vpn_gateway.eip1.type enum.unknown"],
            ),
            (
                "master_eip and slave_eip",
                g(
                    json!({"eip1": null, "eip2": null, "ha_mode": "active-standby", "master_eip": {"id": EIP}, "slave_eip": {"id": OTHER}}),
                ),
                &[],
                &["vpn_gateway.master_eip field.deprecated", "vpn_gateway.slave_eip field.deprecated"],
            ),
            (
                "master_eip checked as an EIP",
                g(json!({"eip1": null, "master_eip": {"id": "x"}})),
                &["vpn_gateway.master_eip.id id.uuid"],
                &["vpn_gateway.master_eip field.deprecated"],
            ),
            (
                "eip1 and master_eip",
                g(json!({"master_eip": {"id": OTHER}})),
                &[],
                &["vpn_gateway.master_eip field.deprecated", "vpn_gateway.master_eip field.conflict"],
            ),
            (
                "master_eip on private",
                private(json!({"master_eip": {"id": EIP}})),
                &["vpn_gateway.master_eip field.conflict"],
                &["vpn_gateway.master_eip field.deprecated"],
            ),
            ("V300", g(json!({"flavor": "V300"})), &[], &["vpn_gateway.flavor field.deprecated"]),
            ("unknown flavor", g(json!({"flavor": "Professional9"})), &[], &["vpn_gateway.flavor enum.unknown"]),
            ("GM", private(json!({"flavor": "GM"})), &[], &[]),
            (
                "ipv6 without v6 subnets",
                g(json!({"ip_version": "ipv6", "local_subnets": null})),
                &["vpn_gateway.local_subnets_v6 field.required"],
                &[],
            ),
            (
                "ipv6",
                g(json!({"ip_version": "ipv6", "local_subnets": null, "local_subnets_v6": ["2001:db8::/64"]})),
                &[],
                &[],
            ),
            (
                "new EIP without size",
                g(json!({"eip1": {"id": null, "type": "5_bgp"}})),
                &["vpn_gateway.eip1.bandwidth_size field.required"],
                &[],
            ),
            (
                "EIP with id and type",
                g(json!({"eip1": {"type": "5_bgp", "bandwidth_size": 10}})),
                &[],
                &["vpn_gateway.eip1.type field.conflict", "vpn_gateway.eip1.bandwidth_size field.conflict"],
            ),
            ("empty EIP", g(json!({"eip1": {"id": null}})), &["vpn_gateway.eip1.id field.required"], &[]),
            ("Basic private", private(json!({"flavor": "Basic"})), &["vpn_gateway.flavor field.conflict"], &[]),
            (
                "private ips",
                private(json!({"access_private_ip_1": "192.168.0.10", "access_private_ip_2": "192.168.0.11"})),
                &[],
                &[],
            ),
            (
                "one private ip",
                private(json!({"access_private_ip_1": "192.168.0.10"})),
                &["vpn_gateway.access_private_ip_2 field.pair"],
                &[],
            ),
            (
                "same private ips",
                private(json!({"access_private_ip_1": "192.168.0.10", "access_private_ip_2": "192.168.0.10"})),
                &["vpn_gateway.access_private_ip_2 field.distinct"],
                &[],
            ),
            ("eip on private", private(json!({"eip1": {"id": EIP}})), &["vpn_gateway.eip1 field.conflict"], &[]),
            (
                "private ips on public",
                g(json!({"access_private_ip_1": "192.168.0.10", "access_private_ip_2": "192.168.0.11"})),
                &[],
                &["vpn_gateway.access_private_ip_1 field.conflict", "vpn_gateway.access_private_ip_2 field.conflict"],
            ),
            ("enterprise project 0", g(json!({"enterprise_project_id": "0"})), &[], &[]),
            (
                "enterprise project 1",
                g(json!({"enterprise_project_id": "1"})),
                &["vpn_gateway.enterprise_project_id id.uuid"],
                &[],
            ),
            // "not yet supported" is OTC's word; the Huawei SDK lists the flavor plainly.
            ("NonFixedIP", g(json!({"flavor": "Professional1-NonFixedIP"})), &[], &[]),
            ("asn 0", g(json!({"bgp_asn": 0})), &["vpn_gateway.bgp_asn int.range"], &[]),
            ("ha_mode", g(json!({"ha_mode": "active-standby"})), &[], &[]),
        ],
    );
    run(
        validate::validate_update_vpn_gateway,
        &ValidateOptions::default(),
        &[
            (
                "name and subnets",
                json!({"vpn_gateway": {"name": "gw-2", "local_subnets": ["10.0.0.0/16"], "eip_id_1": EIP}}),
                &[],
                &[],
            ),
            ("flavor", json!({"vpn_gateway": {"flavor": "Basic"}}), &["vpn_gateway.flavor field.immutable"], &[]),
            ("bad eip id", json!({"vpn_gateway": {"eip_id_2": "x"}}), &["vpn_gateway.eip_id_2 id.uuid"], &[]),
            // OTC's provider sends each EIP as the gateway shows it, id and new-EIP fields together.
            (
                "EIP objects",
                json!({"vpn_gateway": {"name": "gw-2", "eip1": {"id": EIP, "type": "5_bgp", "charge_mode": "traffic",
                    "bandwidth_size": 8, "bandwidth_name": "bw-1"}, "eip2": {"id": OTHER}}}),
                &[],
                &[],
            ),
            ("bad EIP object id", json!({"vpn_gateway": {"eip1": {"id": "x"}}}), &["vpn_gateway.eip1.id id.uuid"], &[]),
            (
                "policy template",
                json!({"vpn_gateway": {"policy_template": {"ike_policy": {"dh_group": "group14", "lifetime_seconds": 86400},
                    "ipsec_policy": {"pfs": "group14"}}}}),
                &[],
                &[],
            ),
            (
                "policy template typo",
                json!({"vpn_gateway": {"policy_template": {"ike_polcy": {}}}}),
                &["vpn_gateway.policy_template.ike_polcy field.unknown"],
                &[],
            ),
            ("tags", json!({"vpn_gateway": {"tags": []}}), &["vpn_gateway.tags field.immutable"], &[]),
        ],
    );
    let otc = options(json!({"cloud": "otc"}));
    run(
        validate::validate_create_vpn_gateway,
        &otc,
        &[
            (
                "NonFixedIP",
                g(json!({"flavor": "Professional2-NonFixedIP"})),
                &[],
                &["vpn_gateway.flavor enum.unsupported"],
            ),
            ("Huawei flavor", private(json!({"flavor": "GM"})), &[], &["vpn_gateway.flavor enum.unknown"]),
            (
                "5_sbgp",
                g(json!({"eip1": {"id": null, "type": "5_sbgp", "bandwidth_size": 10}})),
                &[],
                &["vpn_gateway.eip1.type enum.unknown"],
            ),
            (
                "charge_mode 95peak_plus",
                g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 10, "charge_mode": "95peak_plus"}})),
                &["vpn_gateway.eip1.charge_mode enum.unknown"],
                &[],
            ),
            ("ipv6", g(json!({"ip_version": "ipv6"})), &["vpn_gateway.ip_version enum.unknown"], &[]),
            (
                "v6 subnets",
                g(json!({"local_subnets_v6": ["2001:db8::/64"]})),
                &["vpn_gateway.local_subnets_v6 field.unknown"],
                &[],
            ),
        ],
    );
    run(
        validate::validate_update_vpn_gateway,
        &otc,
        &[(
            "policy template",
            json!({"vpn_gateway": {"policy_template": {"ipsec_policy": {"pfs": "disable", "lifetime_seconds": 3600}}}}),
            &[],
            &[],
        )],
    );
}

#[test]
fn connection_monitors() {
    run(
        validate::validate_create_connection_monitor,
        &ValidateOptions::default(),
        &[
            ("valid", json!({"connection_monitor": {"vpn_connection_id": VGW}}), &[], &[]),
            (
                "bad",
                json!({"connection_monitor": {"vpn_connection_id": "x"}}),
                &["connection_monitor.vpn_connection_id id.uuid"],
                &[],
            ),
            (
                "missing",
                json!({"connection_monitor": {}}),
                &["connection_monitor.vpn_connection_id field.required"],
                &[],
            ),
        ],
    );
}

#[test]
fn no_message_ever_quotes_the_psk() {
    for psk in ["abcd****", "Ab 12345", "short", "Abcd1234&x", "ÄÖÜäöü123"] {
        for body in [
            with(connection(), json!({"vpn_connection": {"psk": psk}})),
            json!({"vpn_connection": {"psk": psk}}),
            json!({"vpn_connections": [{"psk": psk}]}),
        ] {
            for validator in [
                validate::validate_create_vpn_connection,
                validate::validate_update_vpn_connection,
                validate::validate_batch_create_vpn_connections,
            ] {
                let text = format!("{:?}", validator(&Json::from(&body), &ValidateOptions::default()));
                assert!(!text.contains(psk), "{psk} leaked: {text}");
            }
        }
    }
}

#[test]
fn huge_inputs_give_bounded_reports() {
    let many: Vec<String> = (0..100_000).map(|_| "10.0.0.0/24".to_owned()).collect();
    let body = with(connection(), json!({"vpn_connection": {"peer_subnets": many}}));
    let report = validate::validate_create_vpn_connection(&Json::from(&body), &ValidateOptions::default());
    assert!(!report.ok());
    assert_eq!(report.issues.len(), validate::MAX_ISSUES + 1);
    assert_eq!(report.issues.last().map(|i| i.code.as_str()), Some("issues.truncated"));
    let megabyte = "x".repeat(1 << 20);
    let body = with(connection(), json!({"vpn_connection": {"name": megabyte, "psk": megabyte}}));
    let report = validate::validate_create_vpn_connection(&Json::from(&body), &ValidateOptions::default());
    assert!(report.issues.iter().all(|i| i.message.len() < 400), "messages stay short");
}
