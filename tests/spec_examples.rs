//! The documented examples of ../shared/spec/examples (copied to tests/fixtures/spec) through the
//! validator and the response models.

use cloudvpn::model::{CreateVpnConnectionRequest, VpnConnectionResponse};
use cloudvpn::validate::{validate_create_vpn_connection, ValidateOptions};
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/spec/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

fn error_codes(body: &Value) -> Vec<(String, String)> {
    let report = validate_create_vpn_connection(body, &ValidateOptions::default());
    report.errors().map(|i| (i.path.to_string(), i.code.as_str().to_owned())).collect()
}

/// The documented create requests use fake ids (`…-demo-…-va86-…`) and the PSK `abcd****`, so
/// each fails on exactly those: the ids are not hexadecimal and the PSK has 2 character classes.
#[test]
fn documented_create_requests_fail_only_on_fake_ids_and_the_masked_psk() {
    for style in ["static", "policy", "bgp"] {
        let body = fixture(&format!("create_vpn_connection.{style}.request.json"));
        let expected = [
            ("vpn_connection.vgw_id", "id.uuid"),
            ("vpn_connection.vgw_ip", "vgw_ip.format"),
            ("vpn_connection.cgw_id", "id.uuid"),
            ("vpn_connection.psk", "psk.classes"),
        ];
        let got = error_codes(&body);
        let expected: Vec<(String, String)> = expected.iter().map(|(p, c)| (p.to_string(), c.to_string())).collect();
        assert_eq!(got, expected, "{style}");
        // and it still decodes into the typed request model
        serde_json::from_value::<CreateVpnConnectionRequest>(body).unwrap();
    }
}

#[test]
fn documented_responses_decode_and_round_trip_without_loss() {
    for name in [
        "create_vpn_connection.static.response_201.json",
        "create_vpn_connection.policy.response_201.json",
        "create_vpn_connection.bgp.response_201.json",
        "show_vpn_connection.response_200.json",
    ] {
        let raw = fixture(name);
        let typed: VpnConnectionResponse = serde_json::from_value(raw.clone()).unwrap();
        assert_eq!(serde_json::to_value(&typed).unwrap(), raw, "{name}");
    }
}

/// Every issue code is documented in the README's table, so UIs can rely on the list.
#[test]
fn every_issue_code_is_in_the_readme() {
    let readme = std::fs::read_to_string(format!("{}/README.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    for code in cloudvpn::validate::Code::ALL {
        assert!(readme.contains(&format!("| `{}` |", code.as_str())), "README lacks {}", code.as_str());
    }
}
