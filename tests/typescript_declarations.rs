//! The hand-written TypeScript declarations (`src/wasm/types/*.rs`) held to the Rust facts they
//! describe, in both directions:
//! - each request body's fields, at every depth, are those of its validator's shape
//!   (`validate::shape::bodies`), but for the fields an update lists only to refuse them;
//! - the request and response declarations have the fields of their serde models (`model`): each
//!   model is serialized with every field set, and a field added to a model fails to compile below
//!   until it is set here too;
//! - every string-literal union of a request body has the values of its table in
//!   `validate::profile` (`profile::ALL`), and is open (`(string & {})`) exactly when the
//!   validators only warn about other values.
//!
//! A failure names the field or value and the side that lacks it.

mod typescript;

use cloudvpn::model::*;
use cloudvpn::validate::profile;
use cloudvpn::validate::shape::{self, Shape};
use cloudvpn::validate::{Json, ValidateOptions};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use typescript::{Decls, Ty};

/// Every declaration of the three `typescript_custom_section`s.
fn declarations() -> Decls {
    let sources = [
        include_str!("../src/wasm/types/bodies.rs"),
        include_str!("../src/wasm/types/client.rs"),
        include_str!("../src/wasm/types/validation.rs"),
    ];
    sources.iter().flat_map(|rust| typescript::sections(rust)).flat_map(typescript::parse).collect()
}

/// The keys of a JSON object at every depth (an array stands for its items).
#[derive(Debug)]
enum Node {
    Leaf,
    Obj(BTreeMap<String, Node>),
}

fn ts_node(ty: &Ty, decls: &Decls, depth: usize) -> Node {
    assert!(depth < 16, "the declarations nest too deep (a recursive type?)");
    let ty = typescript::item(ty);
    match typescript::fields(ty, decls) {
        Some(fields) => Node::Obj(fields.iter().map(|(k, t)| (k.clone(), ts_node(t, decls, depth + 1))).collect()),
        None => Node::Leaf,
    }
}

fn declared(name: &str, decls: &Decls) -> Node {
    let ty = decls.get(name).unwrap_or_else(|| panic!("no TypeScript declaration named {name}"));
    ts_node(ty, decls, 0)
}

fn shape_node(shape: &Shape) -> Node {
    match shape {
        Shape::Object(fields) => Node::Obj(fields.iter().map(|f| (f.name.to_owned(), shape_node(&f.shape))).collect()),
        Shape::List(item) => shape_node(item),
        _ => Node::Leaf,
    }
}

fn json_node(value: &Value) -> Node {
    match value {
        Value::Object(map) => Node::Obj(map.iter().map(|(k, v)| (k.clone(), json_node(v))).collect()),
        Value::Array(items) => items.first().map_or(Node::Leaf, json_node),
        _ => Node::Leaf,
    }
}

/// Adds to `out` every field one side has and the other lacks, at every depth.
fn compare(path: &str, a: (&str, &Node), b: (&str, &Node), out: &mut Vec<String>) {
    match (a.1, b.1) {
        (Node::Obj(x), Node::Obj(y)) => {
            for key in x.keys().filter(|k| !y.contains_key(*k)) {
                out.push(format!("{path}.{key}: in the {}, missing from the {}", a.0, b.0));
            }
            for key in y.keys().filter(|k| !x.contains_key(*k)) {
                out.push(format!("{path}.{key}: in the {}, missing from the {}", b.0, a.0));
            }
            for (key, child) in x {
                if let Some(other) = y.get(key) {
                    compare(&format!("{path}.{key}"), (a.0, child), (b.0, other), out);
                }
            }
        }
        (Node::Leaf, Node::Leaf) => {}
        (Node::Obj(_), Node::Leaf) => out.push(format!("{path}: an object in the {}, not in the {}", a.0, b.0)),
        (Node::Leaf, Node::Obj(_)) => out.push(format!("{path}: an object in the {}, not in the {}", b.0, a.0)),
    }
}

fn assert_none(failures: &[String]) {
    assert!(failures.is_empty(), "{} difference(s):\n  {}", failures.len(), failures.join("\n  "));
}

/// A value of a shape's JSON type.
fn sample(shape: &Shape) -> Value {
    match shape {
        Shape::Str | Shape::Any => json!("x"),
        Shape::Bool => json!(true),
        Shape::Int => json!(1),
        Shape::List(_) => json!([]),
        Shape::Object(_) => json!({}),
    }
}

/// Removes from an update body's shape the fields it lists only so that sending one is an
/// `field.immutable` error (the declarations leave them out): asked of the validator itself.
fn drop_refused(body: &shape::Body, tree: &mut Node) {
    let [envelope] = body.fields else { return };
    let (Shape::Object(fields), Node::Obj(top)) = (&envelope.shape, tree) else { return };
    let Some(Node::Obj(inner)) = top.get_mut(envelope.name) else { return };
    for field in *fields {
        let input = json!({ envelope.name: { field.name: sample(&field.shape) } });
        let report = (body.validator)(&Json::from(&input), &ValidateOptions::default());
        let at = format!("{}.{}", envelope.name, field.name);
        if report.errors().any(|i| i.code.as_str() == "field.immutable" && i.path.to_string() == at) {
            inner.remove(field.name);
        }
    }
}

#[test]
fn request_declarations_have_the_fields_of_the_validators_shapes() {
    let decls = declarations();
    let mut failures = Vec::new();
    for body in shape::bodies() {
        let mut shape_tree = shape_node(&Shape::Object(body.fields));
        drop_refused(&body, &mut shape_tree);
        let ts = declared(body.declaration, &decls);
        compare(body.declaration, ("TypeScript declarations", &ts), ("validator's shape", &shape_tree), &mut failures);
    }
    assert_none(&failures);
}

/// Serializes a model for its keys.
fn keys<T: serde::Serialize>(model: &T) -> Node {
    json_node(&serde_json::to_value(model).expect("a model serializes"))
}

#[test]
fn declarations_have_the_fields_of_the_serde_models() {
    let decls = declarations();
    let connection = full::vpn_connection();
    let connections =
        VpnConnectionList { page_info: Some(full::page_info()), total_count: Some(1), ..full::vpn_connection_list() };
    let pairs: [(&str, Node); 11] = [
        ("CreateVpnConnectionRequest", keys(&full::create_vpn_connection_request())),
        (
            "VpnConnectionResponse",
            keys(&VpnConnectionResponse {
                vpn_connection: connection,
                request_id: Some("r".into()),
                extra: Extra::new(),
            }),
        ),
        ("ListVpnConnectionsResponse", keys(&connections)),
        // The batch answer is the list model without its paging.
        ("BatchCreateVpnConnectionsResponse", keys(&full::vpn_connection_list())),
        ("CustomerGatewayResponse", keys(&full::customer_gateway_response())),
        ("ListCustomerGatewaysResponse", keys(&full::customer_gateway_list())),
        ("ConnectionMonitorResponse", keys(&full::connection_monitor_response())),
        ("ListConnectionMonitorsResponse", keys(&full::connection_monitor_list())),
        ("QuotasResponse", keys(&full::quotas_response())),
        ("VpnConnectionLogResponse", keys(&full::vpn_connection_log())),
        ("AvailabilityZonesResponse", keys(&full::availability_zones_response())),
    ];
    let mut failures = Vec::new();
    for (name, model) in &pairs {
        compare(name, ("TypeScript declarations", &declared(name, &decls)), ("serde model", model), &mut failures);
    }
    for place in IN_EXTRA {
        let kept = |f: &String| {
            f.ends_with("missing from the serde model")
                && f.split_once(':').is_some_and(|(path, _)| path.ends_with(place))
        };
        assert!(failures.iter().any(kept), "{place} is a field of the model now: take it out of IN_EXTRA");
        failures.retain(|f| !kept(f));
    }
    assert_none(&failures);
}

/// Request fields the models keep in `extra` rather than name (as they keep every field they do
/// not know): the Huawei-only fields of a connection create, which the emulator reads from there,
/// and the deprecated Huawei-only `ikepolicy.pfs`. Each is matched as the end of a path.
const IN_EXTRA: [&str; 4] = [
    "CreateVpnConnectionRequest.vpn_connection.enable_health_check",
    "CreateVpnConnectionRequest.vpn_connection.peer_subnets_v6",
    "CreateVpnConnectionRequest.vpn_connection.policy_rules_v6",
    ".ikepolicy.pfs",
];

/// Where a request body's TypeScript writes a string-literal union, and the `profile` table it
/// must equal.
const UNIONS: [(&str, &str); 27] = [
    ("AuthenticationAlgorithm", "AUTH_ALGORITHM"),
    ("EncryptionAlgorithm", "ENCRYPTION_ALGORITHM"),
    ("DhGroup", "DH_GROUP"),
    ("AuthenticationMethod", "AUTH_METHOD"),
    ("IkePolicy.ike_version", "IKE_VERSION"),
    ("IkePolicy.phase1_negotiation_mode", "PHASE1_MODE"),
    ("IkePolicy.local_id_type", "LOCAL_ID_TYPE"),
    ("IkePolicy.peer_id_type", "PEER_ID_TYPE"),
    ("IkePolicy.dpd.msg", "DPD_MSG"),
    ("IkePolicy.pfs", "PFS"),
    ("IpsecPolicy.pfs", "PFS"),
    ("IpsecPolicy.transform_protocol", "TRANSFORM_PROTOCOL"),
    ("IpsecPolicy.encapsulation_mode", "ENCAPSULATION_MODE"),
    ("CreateVpnConnectionRequest.vpn_connection.style", "STYLE"),
    ("CreateVpnConnectionRequest.vpn_connection.ha_role", "HA_ROLE"),
    ("CustomerGatewayIdentity.id_type", "CGW_ID_TYPE"),
    ("CustomerGatewayIdentity.route_mode", "ROUTE_MODE"),
    ("EipRequest.type", "EIP_TYPE"),
    ("EipRequest.charge_mode", "EIP_CHARGE_MODE"),
    ("CreateVpnGatewayRequest.vpn_gateway.network_type", "NETWORK_TYPE"),
    ("CreateVpnGatewayRequest.vpn_gateway.attachment_type", "ATTACHMENT_TYPE"),
    ("CreateVpnGatewayRequest.vpn_gateway.ip_version", "IP_VERSION"),
    ("CreateVpnGatewayRequest.vpn_gateway.flavor", "FLAVOR"),
    ("CreateVpnGatewayRequest.vpn_gateway.ha_mode", "HA_MODE"),
    ("GatewayContext.attachment_type", "ATTACHMENT_TYPE"),
    ("GatewayContext.network_type", "NETWORK_TYPE"),
    ("GatewayContext.ip_version", "IP_VERSION"),
];

/// The tables whose other values the validators only warn about (they depend on the region,
/// `validate::vpn_gateway::regional`): their unions are open.
const REGIONAL: [&str; 2] = ["FLAVOR", "EIP_TYPE"];

/// Unions no table holds: the one value `matches[].key` takes, which the tag validator checks.
const FIXED: [&str; 1] = ["TagFilterRequest.matches.key"];

/// Every place a declaration reachable from the request bodies (and the gateway context of the
/// options) writes a string literal, with the values allowed there and whether it is open.
fn literal_unions(decls: &Decls) -> BTreeMap<String, (BTreeSet<String>, bool)> {
    fn walk(
        path: &str,
        ty: &Ty,
        decls: &Decls,
        out: &mut BTreeMap<String, (BTreeSet<String>, bool)>,
        next: &mut Vec<String>,
    ) {
        if typescript::has_inline_literal(ty) {
            out.insert(path.to_owned(), typescript::literals(ty, decls));
        }
        match ty {
            Ty::Obj(members) => {
                members.iter().for_each(|(name, t)| walk(&format!("{path}.{name}"), t, decls, out, next))
            }
            Ty::Array(t) | Ty::Index(t, _) => walk(path, t, decls, out, next),
            // A literal of a union is part of the union's entry, not one of its own.
            Ty::Union(parts) | Ty::Inter(parts) => {
                parts.iter().filter(|t| !matches!(t, Ty::Lit(_))).for_each(|t| walk(path, t, decls, out, next))
            }
            Ty::Named(name, args) => {
                if decls.contains_key(name) {
                    next.push(name.clone());
                }
                args.iter().for_each(|t| walk(&format!("{path}.[key]"), t, decls, out, next));
            }
            Ty::Lit(_) | Ty::Opaque => {}
        }
    }
    let mut out = BTreeMap::new();
    let mut next: Vec<String> = shape::bodies().iter().map(|b| b.declaration.to_owned()).collect();
    next.push("GatewayContext".to_owned());
    let mut seen = BTreeSet::new();
    while let Some(name) = next.pop() {
        if seen.insert(name.clone()) {
            walk(&name, &decls[&name], decls, &mut out, &mut next);
        }
    }
    out
}

#[test]
fn string_unions_have_the_values_of_the_profile_tables() {
    let decls = declarations();
    let unions = literal_unions(&decls);
    let tables: BTreeMap<&str, &profile::Enum> = profile::ALL.iter().copied().collect();
    let mut failures = Vec::new();
    for (place, (values, open)) in &unions {
        if FIXED.contains(&place.as_str()) {
            continue;
        }
        let Some((_, table)) = UNIONS.iter().find(|(p, _)| p == place) else {
            failures.push(format!("{place}: a union of {values:?} that no profile table holds (add it to UNIONS)"));
            continue;
        };
        let known = tables.get(table).unwrap_or_else(|| panic!("no profile::{table}"));
        let listed: BTreeSet<String> = known.common.iter().chain(known.huawei_only).map(|v| (*v).to_owned()).collect();
        for v in values.difference(&listed) {
            failures.push(format!("{place}: \"{v}\" is in the TypeScript union, missing from profile::{table}"));
        }
        for v in listed.difference(values) {
            failures.push(format!("{place}: \"{v}\" is in profile::{table}, missing from the TypeScript union"));
        }
        if *open != REGIONAL.contains(table) {
            let should = if *open { "closed: other values are errors" } else { "open: other values are warnings" };
            failures.push(format!("{place}: the union should be {should} (profile::{table})"));
        }
    }
    for (place, table) in UNIONS {
        if !unions.contains_key(place) {
            failures.push(format!("{place}: no string-literal union there (profile::{table})"));
        }
    }
    for (table, _) in profile::ALL {
        if !UNIONS.iter().any(|(_, t)| *t == table) {
            failures.push(format!("profile::{table} has no TypeScript union (add its place to UNIONS)"));
        }
    }
    assert_none(&failures);
}

#[test]
fn the_fixed_union_is_what_the_tag_validator_takes() {
    let decls = declarations();
    let unions = literal_unions(&decls);
    let (values, open) = &unions[FIXED[0]];
    assert!(!open && !values.is_empty());
    let check = |key: &str| {
        let body = json!({ "matches": [{ "key": key, "value": "v" }] });
        cloudvpn::validate::validate_tag_filter(&Json::from(&body), &ValidateOptions::default()).ok()
    };
    for v in values {
        assert!(check(v), "{v} is refused");
    }
    assert!(!check("resource_id"), "any key is taken");
}

#[path = "typescript/full_models.rs"]
mod full;
