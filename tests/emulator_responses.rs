//! The emulator's answers carry the fields of the SDK response models: the emulator is driven
//! through every operation that `tests/reference/responses.json` lists, on resources of every
//! kind its `when` names (`common::responses`), and each listed field is checked for presence and
//! JSON type. And what it serves decodes into this crate's models, losslessly.

mod common;

use cloudvpn::api::Method::{Get, Post};
use common::emulator::{call, connection, gateway_and_customer_gateway, json_of, new_emulator, text};
use common::responses::drive;
use serde_json::{json, Value};
use std::collections::HashSet;

fn reference() -> Value {
    let path = format!("{}/tests/reference/responses.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Whether `v` is of the JSON type the reference names.
fn has_type(v: &Value, ty: &str) -> bool {
    match ty {
        "string" => v.is_string(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        "any" => true,
        _ => false,
    }
}

/// The values at `segments` below `node` (`x[]`: each item of the list `x`), or where one is
/// missing.
fn values<'a>(node: &'a Value, segments: &[&str], at: &str, out: &mut Vec<Result<&'a Value, String>>) {
    let Some((first, rest)) = segments.split_first() else {
        out.push(Ok(node));
        return;
    };
    let (key, each) = match first.strip_suffix("[]") {
        Some(k) => (k, true),
        None => (*first, false),
    };
    let here = format!("{at}.{key}");
    match (node.get(key), each) {
        (None, _) => out.push(Err(format!("{here} is missing"))),
        (Some(v), false) => values(v, rest, &here, out),
        (Some(Value::Array(items)), true) => {
            for (i, item) in items.iter().enumerate() {
                values(item, rest, &format!("{here}[{i}]"), out);
            }
        }
        (Some(v), true) => out.push(Err(format!("{here} is not a list: {v}"))),
    }
}

/// The resources a field's path starts at (the object under the body's first key, or each item
/// of the list there; the body itself for a field at the top) with the rest of the path.
fn resources<'a>(body: &'a Value, path: &'a str) -> (Vec<&'a Value>, Vec<&'a str>) {
    let segments: Vec<&str> = path.split('.').collect();
    match segments.split_first() {
        Some((first, rest)) if !rest.is_empty() || first.ends_with("[]") => {
            let items = match first.strip_suffix("[]") {
                Some(key) => body.get(key).and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default(),
                None => body.get(*first).into_iter().collect(),
            };
            (items, rest.to_vec())
        }
        _ => (vec![body], segments),
    }
}

#[test]
fn every_answer_carries_the_fields_of_the_response_models() {
    let reference = reference();
    let run = drive(&reference["base"]);
    let mut problems = Vec::new();
    let responses = reference["responses"].as_array().cloned().unwrap_or_default();
    assert!(responses.len() >= 24, "every operation the emulator answers with a body is listed");
    for response in &responses {
        let operation = text(response, "/operation");
        let Some(answers) = run.answers.get(operation.as_str()) else {
            problems.push(format!("{operation}: not driven"));
            continue;
        };
        for field in response["fields"].as_array().into_iter().flatten() {
            let (path, ty) = (text(field, "/path"), text(field, "/type"));
            let when: Vec<&str> = field["when"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
            let mut checked = 0;
            for answer in answers {
                let (items, rest) = resources(answer, &path);
                for item in items {
                    if !when.is_empty() {
                        let id = item.get("id").or_else(|| item.get("resource_id")).and_then(Value::as_str);
                        let Some(kinds) = id.and_then(|id| run.kinds.get(id)) else {
                            problems.push(format!("{operation} {path}: a resource of unknown kind: {id:?}"));
                            continue;
                        };
                        if !when.iter().all(|w| kinds.contains(w)) {
                            continue;
                        }
                    }
                    let mut found = Vec::new();
                    values(item, &rest, &operation, &mut found);
                    for v in found {
                        match v {
                            Ok(v) if has_type(v, &ty) => checked += 1,
                            Ok(v) => problems.push(format!("{operation} {path}: not {ty}: {v}")),
                            Err(e) => problems.push(format!("{operation} {path} ({when:?}): {e}")),
                        }
                    }
                }
            }
            if checked == 0 {
                problems.push(format!("{operation} {path} ({when:?}): never checked: no answer had such a resource"));
            }
        }
        for left_out in response["not_emitted"].as_array().into_iter().flatten() {
            let path = text(left_out, "/path");
            for answer in answers {
                let (items, rest) = resources(answer, &path);
                for item in items {
                    let mut found = Vec::new();
                    values(item, &rest, &operation, &mut found);
                    if found.iter().any(Result::is_ok) {
                        problems.push(format!("{operation} {path}: listed as not emitted, but there"));
                    }
                }
            }
        }
    }
    let listed: HashSet<String> = responses.iter().map(|r| text(r, "/operation")).collect();
    for operation in run.answers.keys() {
        if !listed.contains(*operation) {
            problems.push(format!("{operation}: driven but not listed"));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// Every field has a JSON type and names where it comes from.
#[test]
fn every_listed_field_has_a_type_and_sources() {
    let reference = reference();
    for response in reference["responses"].as_array().into_iter().flatten() {
        let operation = text(response, "/operation");
        let entries = response["fields"].as_array().into_iter().chain(response["not_emitted"].as_array()).flatten();
        for field in entries {
            let path = text(field, "/path");
            let sources = field["sources"].as_array().cloned().unwrap_or_default();
            assert!(!sources.is_empty(), "{operation} {path}: no sources");
            for s in sources {
                let repo = text(&s, "/repo");
                assert!(
                    ["huaweicloud/huaweicloud-sdk-go-v3", "opentelekomcloud/gophertelekomcloud"]
                        .contains(&repo.as_str())
                        && s["path"].as_str().is_some_and(|p| p.ends_with(".go")),
                    "{operation} {path}: {s}"
                );
            }
            if field.get("reason").is_none() {
                let ty = text(field, "/type");
                let known = ["string", "integer", "number", "boolean", "array", "object", "any"];
                assert!(known.contains(&ty.as_str()), "{operation} {path}: type {ty:?}");
            }
        }
    }
}

/// The fields computed from the rest of the store hold what they say.
#[test]
fn computed_fields_follow_the_store() {
    let reference = reference();
    let run = drive(&reference["base"]);
    let mut emu = run.emu;
    let gateways = json_of(&call(&mut emu, Get, "vpn-gateways", None));
    let public = &gateways["vpn_gateways"][0];
    // Five connections on its EIPs: one alone and a batch of two, for each of three styles.
    assert_eq!(
        (public["used_connection_number"].clone(), public["used_connection_group"].clone()),
        (json!(9), json!(1))
    );
    assert_eq!(public["flavor"], "Professional2");
    assert_eq!(public["supported_flavors"], json!(["Professional1"]));
    assert_eq!(public["access_vpc_id"], public["vpc_id"], "the access VPC defaults to the service VPC");
    assert_eq!(public["eip1"]["network_type"], public["eip1"]["type"]);

    let list = json_of(&call(&mut emu, Get, "vpn-connection?limit=100", None));
    let items = list["vpn_connections"].as_array().cloned().unwrap_or_default();
    for c in &items {
        let style = text(c, "/style");
        assert_eq!(text(c, "/type"), if style == "POLICY" { "POLICY" } else { "ROUTE" }, "{c}");
        assert_eq!(text(c, "/route_mode"), if style == "BGP" { "bgp" } else { "static" }, "{c}");
        if let Some(eip) = c.get("eip_id") {
            assert_eq!(eip, &c["vgw_ip"]);
        }
        if style == "POLICY" {
            let rules = if c.get("policy_rules_v6").is_some() { &c["policy_rules_v6"] } else { &c["policy_rules"] };
            assert_eq!(rules[0]["rule_index"], 1, "the server numbers the rules: {c}");
        } else {
            assert_eq!(c["policy_rules"], json!([]));
        }
        if style == "BGP" {
            let peer = &c["bgp_peer"];
            assert_eq!(peer["peer_asn"], 65000, "the customer gateway's ASN");
            assert_eq!(format!("{}/30", text(peer, "/peer_ip_address")), text(c, "/tunnel_peer_address"));
            let duration = text(peer, "/state_duration");
            let units: String = duration.chars().filter(|c| !c.is_ascii_digit()).collect();
            assert_eq!(units, "hms", "hours, minutes, seconds: {duration}");
        }
    }
    let cgws = json_of(&call(&mut emu, Get, "customer-gateways", None));
    let route_modes: Vec<&str> =
        cgws["customer_gateways"].as_array().into_iter().flatten().filter_map(|c| c["route_mode"].as_str()).collect();
    assert_eq!(route_modes, ["bgp", "static", "static"]);
}

/// What the emulator serves decodes into the same models as the documented examples, losslessly.
#[test]
fn responses_decode_into_the_documented_models() {
    use cloudvpn::model::*;
    fn same<T: serde::de::DeserializeOwned + serde::Serialize>(what: &str, v: &Value) {
        let typed: T = serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(&serde_json::to_value(&typed).unwrap(), v, "{what}");
    }
    let (mut emu, clock) = new_emulator();
    let ids = gateway_and_customer_gateway(&mut emu, &clock);
    let created = json_of(&call(&mut emu, Post, "vpn-connection", Some(connection(&ids, json!({})))));
    same::<VpnConnectionResponse>("create", &created);
    let id = text(&created, "/vpn_connection/id");
    same::<VpnConnectionResponse>("show", &json_of(&call(&mut emu, Get, &format!("vpn-connection/{id}"), None)));
    same::<VpnConnectionList>("list", &json_of(&call(&mut emu, Get, "vpn-connection?limit=5", None)));
    same::<CustomerGatewayResponse>(
        "cgw",
        &json_of(&call(&mut emu, Get, &format!("customer-gateways/{}", ids.cgw_id), None)),
    );
    same::<CustomerGatewayList>("cgw list", &json_of(&call(&mut emu, Get, "customer-gateways", None)));
    let m = json_of(&call(
        &mut emu,
        Post,
        "connection-monitors",
        Some(json!({"connection_monitor": {"vpn_connection_id": id}})),
    ));
    same::<ConnectionMonitorResponse>("monitor", &m);
    same::<ConnectionMonitorList>("monitors", &json_of(&call(&mut emu, Get, "connection-monitors", None)));
    same::<QuotasResponse>("quotas", &json_of(&call(&mut emu, Get, "vpn/quotas", None)));
    same::<VpnConnectionLog>("log", &json_of(&call(&mut emu, Get, &format!("vpn-connection/{id}/log"), None)));
    same::<AvailabilityZonesResponse>("azs", &json_of(&call(&mut emu, Get, "vpn-gateways/availability-zones", None)));
}
