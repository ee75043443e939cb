//! What any report holds: never the pre-shared key, and a bounded number of short issues.
//!
//! Both sides of every boundary of every rule (spec §2 and the §7 checklist), table-driven
//! (`common::rules`).

mod common;

use cloudvpn::validate::{self, Json, ValidateOptions};
use common::rules::{connection, with};
use serde_json::json;

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
