//! The rules of one VPN connection (spec §2.2, checklist 5 and 8): peer subnets and the gateway
//! context, tunnel addresses, the style's cross-field rules and the policy rules.
//!
//! Both sides of every boundary of every rule (spec §2 and the §7 checklist), table-driven
//! (`common::rules`).

mod common;

use cloudvpn::validate::{self, ValidateOptions};
use common::rules::{connection, options, run, subnets, with};
use serde_json::{json, Value};

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
