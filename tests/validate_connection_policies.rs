//! A VPN connection's IKE and IPsec policies (spec §2.3, §2.4): enums, ranges, ids and DPD.
//!
//! Both sides of every boundary of every rule (spec §2 and the §7 checklist), table-driven
//! (`common::rules`).

mod common;

use cloudvpn::validate::{self, ValidateOptions};
use common::rules::{connection, run, with};
use serde_json::{json, Value};

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
