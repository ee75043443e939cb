//! The documented examples of ../shared/spec/examples (copied to tests/fixtures/spec): every
//! request through its validator with the expected outcome written next to it, and the response
//! examples through the response models.

use cloudvpn::api::{Answer, Member};
use cloudvpn::model::CreateVpnConnectionRequest;
use cloudvpn::validate::{self, Json, Severity, ValidateOptions, Validator};
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/spec/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

fn issues(validator: Validator, body: &Value, severity: Severity) -> Vec<String> {
    let report = validator(&Json::from(body), &ValidateOptions::default());
    report.issues.iter().filter(|i| i.severity == severity).map(|i| format!("{} {}", i.path, i.code.as_str())).collect()
}

/// The masked values of the examples produce these issues, and only these:
/// - ids such as `b32d91a4-demo-a8df-va86-…` are not hexadecimal (`id.uuid`, `vgw_ip.format`);
/// - the PSK `abcd****` has 2 character classes (`psk.classes`) and the disputed `*`;
/// - masked addresses such as `10.***.***.21` and ids such as `123***` are not IPv4.
const EXPECTED: &[(&str, Validator, &[&str], &[&str])] = &[
    (
        "create_vpn_connection.static.request.json",
        validate::validate_create_vpn_connection,
        &[
            "vpn_connection.vgw_id id.uuid",
            "vpn_connection.vgw_ip vgw_ip.format",
            "vpn_connection.cgw_id id.uuid",
            "vpn_connection.psk psk.classes",
        ],
        &["vpn_connection.psk psk.disputed_char"],
    ),
    (
        "create_vpn_connection.policy.request.json",
        validate::validate_create_vpn_connection,
        &[
            "vpn_connection.vgw_id id.uuid",
            "vpn_connection.vgw_ip vgw_ip.format",
            "vpn_connection.cgw_id id.uuid",
            "vpn_connection.psk psk.classes",
        ],
        &["vpn_connection.psk psk.disputed_char"],
    ),
    (
        "create_vpn_connection.bgp.request.json",
        validate::validate_create_vpn_connection,
        &[
            "vpn_connection.vgw_id id.uuid",
            "vpn_connection.vgw_ip vgw_ip.format",
            "vpn_connection.cgw_id id.uuid",
            "vpn_connection.psk psk.classes",
            "vpn_connection.ikepolicy.local_id ipv4.syntax",
            "vpn_connection.ikepolicy.peer_id ipv4.syntax",
        ],
        &["vpn_connection.psk psk.disputed_char"],
    ),
    (
        "batch_create_vpn_connections.static.request.json",
        validate::validate_batch_create_vpn_connections,
        &["vpn_connections[0].psk psk.classes", "vpn_connections[1].psk psk.classes"],
        &["vpn_connections[0].psk psk.disputed_char", "vpn_connections[1].psk psk.disputed_char"],
    ),
    (
        "batch_create_vpn_connections.policy.request.json",
        validate::validate_batch_create_vpn_connections,
        &["vpn_connections[0].psk psk.classes", "vpn_connections[1].psk psk.classes"],
        &["vpn_connections[0].psk psk.disputed_char", "vpn_connections[1].psk psk.disputed_char"],
    ),
    (
        "batch_create_vpn_connections.bgp.request.json",
        validate::validate_batch_create_vpn_connections,
        &[
            "vpn_connections[0].psk psk.classes",
            "vpn_connections[0].ikepolicy.local_id ipv4.syntax",
            "vpn_connections[0].ikepolicy.peer_id ipv4.syntax",
            "vpn_connections[1].psk psk.classes",
            "vpn_connections[1].ikepolicy.local_id ipv4.syntax",
            "vpn_connections[1].ikepolicy.peer_id ipv4.syntax",
        ],
        &["vpn_connections[0].psk psk.disputed_char", "vpn_connections[1].psk psk.disputed_char"],
    ),
    ("update_vpn_connection.name.request.json", validate::validate_update_vpn_connection, &[], &[]),
    ("update_vpn_connection.lifetime.request.json", validate::validate_update_vpn_connection, &[], &[]),
    ("update_vpn_connection.peer_subnets.request.json", validate::validate_update_vpn_connection, &[], &[]),
    ("update_vpn_connection.policy_rules.request.json", validate::validate_update_vpn_connection, &[], &[]),
    (
        "create_customer_gateway.request.json",
        validate::validate_create_customer_gateway,
        &["customer_gateway.id_value ipv4.syntax"],
        &[],
    ),
    ("update_customer_gateway.request.json", validate::validate_update_customer_gateway, &[], &[]),
    (
        "create_connection_monitor.request.json",
        validate::validate_create_connection_monitor,
        &["connection_monitor.vpn_connection_id id.uuid"],
        &[],
    ),
];

#[test]
fn every_documented_request_gets_exactly_its_expected_issues() {
    let dir = format!("{}/tests/fixtures/spec", env!("CARGO_MANIFEST_DIR"));
    let mut requests: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".request.json"))
        .collect();
    requests.sort();
    let mut covered: Vec<&str> = EXPECTED.iter().map(|(n, ..)| *n).collect();
    covered.sort();
    assert_eq!(requests, covered, "every request example has an expectation");

    for (name, validator, errors, warnings) in EXPECTED {
        let body = fixture(name);
        assert_eq!(issues(*validator, &body, Severity::Error), *errors, "errors of {name}");
        assert_eq!(issues(*validator, &body, Severity::Warning), *warnings, "warnings of {name}");
    }
}

#[test]
fn documented_create_requests_decode_into_the_typed_model() {
    for style in ["static", "policy", "bgp"] {
        serde_json::from_value::<CreateVpnConnectionRequest>(fixture(&format!(
            "create_vpn_connection.{style}.request.json"
        )))
        .unwrap();
    }
}

/// Decodes `raw` as `T` and checks that encoding it again gives the same JSON, and that `raw` has
/// the envelope the wasm client checks for `T` (which hands the body over undecoded).
fn round_trips<T: serde::de::DeserializeOwned + serde::Serialize + Answer>(name: &str, raw: &Value) {
    let typed: T = serde_json::from_value(raw.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(&serde_json::to_value(&typed).unwrap(), raw, "{name}");
    let key = T::SHAPE.envelope().unwrap_or_else(|| panic!("{name}: a documented body has an envelope"));
    assert_eq!(T::SHAPE.problem(Member::of(raw, key)), None, "{name}");
}

/// Every documented response decodes into its model and encodes back to the same JSON, and has
/// its documented envelope.
#[test]
fn documented_responses_decode_and_round_trip_without_loss() {
    use cloudvpn::model::*;
    let dir = format!("{}/tests/fixtures/spec", env!("CARGO_MANIFEST_DIR"));
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if !name.contains(".response_") {
            continue;
        }
        let raw = fixture(&name);
        let op = name.split('.').next().unwrap_or_default();
        match op {
            "create_vpn_connection" | "show_vpn_connection" | "update_vpn_connection" => {
                round_trips::<VpnConnectionResponse>(&name, &raw)
            }
            "list_vpn_connections" | "batch_create_vpn_connections" => round_trips::<VpnConnectionList>(&name, &raw),
            "create_customer_gateway" | "show_customer_gateway" | "update_customer_gateway" => {
                round_trips::<CustomerGatewayResponse>(&name, &raw)
            }
            "list_customer_gateways" => round_trips::<CustomerGatewayList>(&name, &raw),
            "create_connection_monitor" | "show_connection_monitor" => {
                round_trips::<ConnectionMonitorResponse>(&name, &raw)
            }
            "list_connection_monitors" => round_trips::<ConnectionMonitorList>(&name, &raw),
            "show_quotas" => round_trips::<QuotasResponse>(&name, &raw),
            "show_vpn_connection_log" => round_trips::<VpnConnectionLog>(&name, &raw),
            "list_vgw_availability_zones" => round_trips::<AvailabilityZonesResponse>(&name, &raw),
            other => panic!("{name}: no model for {other}"),
        }
        seen += 1;
    }
    assert_eq!(seen, 22, "every response example was checked");
}

/// The TypeScript union of the issue codes (src/wasm/types/validation.rs) is exactly the list of codes.
#[test]
fn the_typescript_issue_code_union_is_every_code() {
    let text = std::fs::read_to_string(format!("{}/src/wasm/types/validation.rs", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let union = text.split("export type IssueCode =").nth(1).and_then(|rest| rest.split(';').next()).unwrap();
    let mut declared: Vec<&str> = union.split('"').skip(1).step_by(2).collect();
    let mut codes: Vec<&str> = validate::Code::ALL.iter().map(|c| c.as_str()).collect();
    declared.sort_unstable();
    codes.sort_unstable();
    assert_eq!(declared, codes);
}

/// Every issue code is documented in the README's table, so UIs can rely on the list.
#[test]
fn every_issue_code_is_in_the_readme() {
    let readme = std::fs::read_to_string(format!("{}/README.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    for code in validate::Code::ALL {
        assert!(readme.contains(&format!("| `{}` |", code.as_str())), "README lacks {}", code.as_str());
    }
}
