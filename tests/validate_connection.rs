//! The create, update and batch-create VPN connection bodies (spec §2.2–2.5): ids, names, enums,
//! what differs by cloud, what an update may not change, and what a batch may hold.
//!
//! Both sides of every boundary of every rule (spec §2 and the §7 checklist), table-driven
//! (`common::rules`).

mod common;

use cloudvpn::validate::{self, Json, ValidateOptions};
use common::rules::{connection, options, run, subnets, with, CGW, EIP, OTHER, VGW};
use serde_json::{json, Value};

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
