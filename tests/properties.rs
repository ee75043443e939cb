//! Property tests: CIDR parsing and overlap against a plain u32/u64 reference, and no panic on
//! any JSON value in any validator. Native only (proptest does not build for wasm32).
#![cfg(not(target_arch = "wasm32"))]

use cloudvpn::validate::ipv4::{format_ipv4, parse_cidr, parse_ipv4, Cidr};
use cloudvpn::validate::{self, At, Json, Report, Severity, ValidateOptions, Validator};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

/// The reference: the inclusive address range of a network, computed in u64.
fn range(addr: u32, prefix: u8) -> (u64, u64) {
    let size = 1u64 << (32 - u32::from(prefix));
    let first = u64::from(addr) / size * size;
    (first, first + size - 1)
}

const VALIDATORS: [Validator; 10] = [
    validate::validate_create_vpn_connection,
    validate::validate_update_vpn_connection,
    validate::validate_batch_create_vpn_connections,
    validate::validate_create_customer_gateway,
    validate::validate_update_customer_gateway,
    validate::validate_create_vpn_gateway,
    validate::validate_update_vpn_gateway,
    validate::validate_create_connection_monitor,
    validate::validate_tags,
    validate::validate_tag_filter,
];

/// Keys the validators know, so random bodies reach deep into the rules.
const KEYS: [&str; 24] = [
    "vpn_connection",
    "vpn_connections",
    "customer_gateway",
    "vpn_gateway",
    "connection_monitor",
    "tags",
    "peer_subnets",
    "psk",
    "style",
    "tunnel_local_address",
    "tunnel_peer_address",
    "policy_rules",
    "source",
    "destination",
    "ikepolicy",
    "ipsecpolicy",
    "lifetime_seconds",
    "dpd",
    "eip1",
    "local_subnets",
    "key",
    "value",
    "id_value",
    "bgp_asn",
];

/// What `Report::to_json` must say, built field by field from the report.
fn expected_json(report: &Report) -> Value {
    let issues: Vec<Value> = report
        .issues
        .iter()
        .map(|i| {
            let mut o = Map::new();
            o.insert("path".into(), Value::from(i.path.to_string()));
            o.insert("code".into(), Value::from(i.code.as_str()));
            o.insert("severity".into(), Value::from(if i.severity == Severity::Error { "error" } else { "warning" }));
            o.insert("message".into(), Value::from(i.message.clone()));
            if let Some(h) = &i.hint {
                o.insert("hint".into(), Value::from(h.clone()));
            }
            if let Some(r) = &i.related {
                o.insert("related".into(), Value::from(r.to_string()));
            }
            Value::Object(o)
        })
        .collect();
    json!({"ok": report.ok(), "issues": issues})
}

/// Equal trees, floats within 2 units in the last place: serde_json's default float reading may be
/// a unit or so off (for subnormals too, where that is a large relative error), while the
/// validators' reader rounds correctly. No rule reads a float's value (a fraction is a type error
/// whatever it is).
fn same(a: &Json, b: &Json) -> bool {
    match (a, b) {
        (Json::Float(x), Json::Float(y)) => match (x.parse::<f64>(), y.parse::<f64>()) {
            (Ok(x), Ok(y)) => {
                x == y || (x.is_sign_negative() == y.is_sign_negative() && x.to_bits().abs_diff(y.to_bits()) <= 2)
            }
            _ => false,
        },
        (Json::Array(x), Json::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
        (Json::Object(x), Json::Object(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|((kx, vx), (ky, vy))| kx == ky && same(vx, vy))
        }
        _ => a == b,
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        "[0-9./a-z*!]{0,20}".prop_map(Value::String),
        (0u32..=u32::MAX, 0u8..=40).prop_map(|(a, p)| Value::String(format!("{}/{p}", format_ipv4(a)))),
        Just(json!("169.254.1.1/30")),
        Just(json!("static")),
        Just(json!("policy")),
        Just(json!("bgp")),
    ];
    leaf.prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS.to_vec()), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect::<Map<_, _>>())),
        ]
    })
}

proptest! {
    #[test]
    fn ipv4_round_trips(addr in any::<u32>()) {
        prop_assert_eq!(parse_ipv4(&format_ipv4(addr)), Ok(addr));
    }

    #[test]
    fn cidr_round_trips_and_rejects_long_prefixes(addr in any::<u32>(), prefix in 0u8..=99) {
        let parsed = parse_cidr(&format!("{}/{prefix}", format_ipv4(addr)));
        if prefix <= 32 {
            prop_assert_eq!(parsed, Ok(Cidr::new(addr, prefix)));
        } else {
            prop_assert!(parsed.is_err());
        }
    }

    #[test]
    fn only_canonical_text_parses(text in "[0-9./ +x-]{0,24}") {
        if let Ok(c) = parse_cidr(&text) {
            prop_assert_eq!(c.to_string(), text.clone());
        }
        if let Ok(a) = parse_ipv4(&text) {
            prop_assert_eq!(format_ipv4(a), text);
        }
    }

    /// Near-valid text (octets of 0–4 digits, leading zeros, 3–5 parts, prefixes of 0–3 digits)
    /// is accepted exactly when the standard library's strict parser accepts it.
    #[test]
    fn near_valid_text_parses_as_the_std_parser_says(
        parts in prop::collection::vec("0?[0-9]{0,3}", 3..=5),
        prefix in prop::option::of("[0-9]{0,3}"),
    ) {
        let addr = parts.join(".");
        let reference = addr.parse::<std::net::Ipv4Addr>().ok().map(u32::from);
        prop_assert_eq!(parse_ipv4(&addr).ok(), reference);
        if let Some(prefix) = prefix {
            let length = prefix.parse::<u8>().ok().filter(|p| *p <= 32 && (prefix.len() == 1 || !prefix.starts_with('0')));
            let expected = reference.zip(length).map(|(a, p)| Cidr::new(a, p));
            prop_assert_eq!(parse_cidr(&format!("{addr}/{prefix}")).ok(), expected);
        }
    }

    #[test]
    fn overlap_matches_the_reference(a in any::<u32>(), pa in 0u8..=32, b in any::<u32>(), pb in 0u8..=32) {
        let (x, y) = (Cidr::new(a, pa), Cidr::new(b, pb));
        let ((x0, x1), (y0, y1)) = (range(a, pa), range(b, pb));
        prop_assert_eq!(x.overlaps(y), x0 <= y1 && y0 <= x1);
        prop_assert_eq!((u64::from(x.first()), u64::from(x.last())), (x0, x1));
    }

    /// Every overlapping pair has at least one side reported, every reported pair overlaps, and
    /// an entry that overlaps nothing is never reported.
    #[test]
    fn list_overlaps_match_a_pairwise_check(entries in prop::collection::vec((0u32..64, 24u8..=30), 1..40)) {
        let texts: Vec<Value> = entries.iter().map(|(a, p)| json!(format!("{}/{p}", format_ipv4(0x0A00_0000 | (a << 4))))).collect();
        let cidrs: Vec<Cidr> = texts.iter().map(|t| parse_cidr(t.as_str().unwrap_or_default()).unwrap_or(Cidr::new(0, 0))).collect();
        let mut report = Report::default();
        let limits = validate::subnets::ListLimits { min: 0, max: 1000, noun: "subnets", one: "subnet" };
        let texts: Vec<Json> = texts.iter().map(Json::from).collect();
        validate::subnets::check_list(&texts, &limits, &At::Root, &mut report);
        let index = |p: &validate::Path| match p.segments().first() {
            Some(validate::Segment::Index(i)) => *i,
            _ => usize::MAX,
        };
        let reported: Vec<(usize, usize)> = report.issues.iter()
            .filter(|i| i.severity == Severity::Error)
            .filter_map(|i| i.related.as_ref().map(|r| (index(&i.path), index(r))))
            .collect();
        for (p, r) in &reported {
            prop_assert!(cidrs[*p].overlaps(cidrs[*r]));
        }
        for i in 0..cidrs.len() {
            for j in (i + 1)..cidrs.len() {
                if cidrs[i].overlaps(cidrs[j]) {
                    prop_assert!(reported.iter().any(|(p, _)| *p == i || *p == j), "{} and {} overlap unreported", i, j);
                }
            }
            let overlaps_any = (0..cidrs.len()).any(|j| j != i && cidrs[i].overlaps(cidrs[j]));
            prop_assert!(overlaps_any || !reported.iter().any(|(p, _)| *p == i));
        }
    }

    #[test]
    fn no_validator_panics_on_any_json(body in json_value()) {
        for validator in VALIDATORS {
            let report = validator(&Json::from(&body), &ValidateOptions::default());
            prop_assert_eq!(report.ok(), !report.issues.iter().any(|i| i.severity == Severity::Error));
        }
    }

    /// The validators' own JSON reader sees any text exactly as serde_json does, compact or
    /// pretty, and validating the text gives the same report as validating the parsed value.
    #[test]
    fn the_json_reader_agrees_with_serde_json(body in json_value(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&body) } else { serde_json::to_string(&body) };
        let text = text.unwrap_or_default();
        let ours = validate::json::parse(&text);
        let theirs: Value = serde_json::from_str(&text).unwrap_or_default();
        prop_assert!(ours.as_ref().is_ok_and(|ours| same(ours, &Json::from(&theirs))), "{text}");
        if let Ok(parsed) = ours {
            for validator in VALIDATORS {
                prop_assert_eq!(validator(&parsed, &ValidateOptions::default()), validator(&Json::from(&theirs), &ValidateOptions::default()));
            }
        }
    }

    /// Any JSON value written by `Json::write` reads back as the same value, and is the very text
    /// serde_json's compact writer (like `JSON.stringify`) gives.
    #[test]
    fn json_values_written_read_back_unchanged(body in json_value()) {
        let text = serde_json::to_string(&body).unwrap_or_default();
        let Ok(parsed) = validate::json::parse(&text) else { return Err(TestCaseError::fail(text)) };
        let mut written = String::new();
        parsed.write(&mut written);
        prop_assert!(validate::json::parse(&written).is_ok_and(|again| same(&again, &parsed)), "{written}");
        prop_assert_eq!(written, text);
    }

    /// Any string written by `write_string` reads back as itself, by serde_json and by our reader.
    #[test]
    fn json_strings_written_read_back_unchanged(text in any::<String>()) {
        let mut written = String::new();
        validate::json::write_string(&mut written, &text);
        prop_assert_eq!(serde_json::from_str::<String>(&written).ok(), Some(text.clone()));
        let ours = validate::json::parse(&written).ok();
        prop_assert_eq!(ours.as_ref().and_then(Json::as_str), Some(text.as_str()));
    }

    #[test]
    fn no_validator_panics_on_a_mutated_valid_body(key in prop::sample::select(KEYS.to_vec()), value in json_value()) {
        let mut body = json!({"vpn_connection": {
            "vgw_id": "b32d91a4-3f0e-4c1a-a8df-e907174eb11d", "vgw_ip": "10.0.0.1",
            "cgw_id": "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d", "peer_subnets": ["192.168.44.0/24"], "psk": "Abcd1234!x",
            "ikepolicy": {"dpd": {}}, "policy_rules": [{"source": "10.0.0.0/24", "destination": ["192.168.44.0/24"]}]}});
        if let Some(conn) = body.get_mut("vpn_connection").and_then(Value::as_object_mut) {
            conn.insert(key.to_owned(), value);
        }
        for validator in VALIDATORS {
            let report = validator(&Json::from(&body), &ValidateOptions::default()).finish();
            // The report's JSON is valid JSON that says exactly what the report says.
            prop_assert_eq!(serde_json::from_str::<Value>(&report.to_json()).ok(), Some(expected_json(&report)));
        }
    }
}
