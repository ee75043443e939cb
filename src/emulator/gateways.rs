//! VPN gateways (spec §1.1, §2.9): PENDING_CREATE, then ACTIVE; PENDING_DELETE, then gone.

use super::clock::format_timestamp;
use super::respond;
use super::store::{ProjectStore, Resource};
use super::Ctx;
use crate::api::HttpResponse;
use crate::validate::{self, Json, ValidateOptions};
use serde_json::{json, Map, Value};
use std::collections::HashSet;

/// A gateway as the API shows it at `now`, with the fields computed from the rest of the store:
/// how many connections it has (`used_connection_number`) to how many customer gateways
/// (`used_connection_group`: a group is the connections between one customer gateway and this
/// gateway), and the flavors it can change to (`supported_flavors`).
pub fn view(store: &ProjectStore, g: &Resource, now: u64, transition_ms: u64) -> Value {
    let mut shown = g.view(Some(g.status(now, transition_ms, "PENDING_CREATE", "ACTIVE")));
    if let Some(obj) = shown.as_object_mut() {
        let mut connections = 0usize;
        let mut groups = HashSet::new();
        for c in store.connections.iter().filter(|c| c.str("vgw_id") == Some(g.id.as_str())) {
            connections += 1;
            groups.insert(c.str("cgw_id").unwrap_or_default());
        }
        obj.insert("used_connection_number".into(), json!(connections));
        obj.insert("used_connection_group".into(), json!(groups.len()));
        obj.insert("supported_flavors".into(), json!(supported_flavors(g.str("flavor").unwrap_or_default())));
    }
    shown
}

/// The flavors a gateway of `flavor` can change to (`update-specification`): the other
/// Professional flavor of its kind; none for GM.
fn supported_flavors(flavor: &str) -> &'static [&'static str] {
    match flavor {
        "Basic" => &["Professional1", "Professional2"],
        "Professional1" | "V300" => &["Professional2"],
        "Professional2" | "V1G" => &["Professional1"],
        "Professional1-NonFixedIP" => &["Professional2-NonFixedIP"],
        "Professional2-NonFixedIP" => &["Professional1-NonFixedIP"],
        _ => &[],
    }
}

/// Most VPN connections a gateway takes (`connection_number`): OTC's quota of 100 connection
/// groups per gateway, two connections each.
const CONNECTION_NUMBER: u32 = 200;

/// The gateway's default IKE and IPsec policies for new connections (`policy_template`): the
/// same defaults a connection gets (spec §2.3, §2.4).
fn policy_template() -> Value {
    json!({
        "ike_policy": {
            "encryption_algorithm": "aes-128",
            "dh_group": "group15",
            "authentication_algorithm": "sha2-256",
            "lifetime_seconds": 86_400,
        },
        "ipsec_policy": {
            "authentication_algorithm": "sha2-256",
            "encryption_algorithm": "aes-128",
            "pfs": "group15",
            "lifetime_seconds": 3600,
        },
    })
}

/// Whether the gateway is ACTIVE at `now`.
pub fn is_active(g: &Resource, now: u64, transition_ms: u64) -> bool {
    g.status(now, transition_ms, "PENDING_CREATE", "ACTIVE") == "ACTIVE"
}

fn s(v: &str) -> Value {
    Value::String(v.to_owned())
}

/// An address in 198.51.100.0/24 (TEST-NET-2) for an EIP the emulator makes up.
fn eip_address(ctx: &mut Ctx) -> String {
    format!("198.51.100.{}", 1 + ctx.rng.below(254))
}

/// The stored form of an EIP request: an existing EIP by id, or a new one.
fn eip(given: Option<&Map<String, Value>>, ctx: &mut Ctx) -> Value {
    let given = given.cloned().unwrap_or_default();
    let id = given.get("id").and_then(Value::as_str).map_or_else(|| ctx.rng.uuid(), str::to_owned);
    let size = given.get("bandwidth_size").and_then(Value::as_i64).unwrap_or(5);
    let name = given
        .get("bandwidth_name")
        .and_then(Value::as_str)
        .map_or_else(|| format!("vpngw-bandwidth-{}", ctx.rng.hex4()), str::to_owned);
    let kind = given.get("type").and_then(Value::as_str).unwrap_or("5_bgp").to_owned();
    let charge_mode = given.get("charge_mode").and_then(Value::as_str).unwrap_or("traffic").to_owned();
    let ip_address = eip_address(ctx);
    let bandwidth_id = given.get("bandwidth_id").and_then(Value::as_str).map_or_else(|| ctx.rng.uuid(), str::to_owned);
    json!({
        "id": id,
        "ip_version": 4,
        "type": kind,
        // OTC's EipResp also calls the EIP type `network_type`.
        "network_type": kind,
        "ip_address": ip_address,
        "charge_mode": charge_mode,
        "bandwidth_id": bandwidth_id,
        "bandwidth_size": size,
        "bandwidth_name": name,
        // `PER`: a dedicated bandwidth (`WHOLE` is a shared one).
        "share_type": "PER",
        // Order details, only for yearly/monthly resources: empty for pay-per-use.
        "ip_billing_info": "",
        "bandwidth_billing_info": "",
    })
}

/// `POST /v5/{project_id}/vpn-gateways` (201).
pub fn create(store: &mut ProjectStore, ctx: &mut Ctx) -> HttpResponse {
    let body = match respond::parse_body(ctx.body, ctx.request_id) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let report = validate::validate_create_vpn_gateway(&Json::from(&body), &ValidateOptions::default());
    if let Some(r) = respond::invalid(&report, ctx.request_id) {
        return r;
    }
    if store.gateways.len() >= ctx.quotas.vpn_gateway {
        return quota_exceeded("vpn_gateway", ctx);
    }
    let given = body.get("vpn_gateway").and_then(Value::as_object).cloned().unwrap_or_default();
    let get = |k: &str| given.get(k).and_then(Value::as_str);
    let network = get("network_type").unwrap_or("public").to_owned();
    let created = store.gateways.next_created_ms(ctx.now_ms);
    let now = format_timestamp(created);
    let id = ctx.rng.uuid();
    let mut g = Map::new();
    g.insert("id".into(), s(&id));
    g.insert("name".into(), get("name").map_or_else(|| s(&format!("vpngw-{}", ctx.rng.hex4())), s));
    g.insert("network_type".into(), s(&network));
    let attachment = get("attachment_type").unwrap_or("vpc").to_owned();
    let ip_version = get("ip_version").unwrap_or("ipv4").to_owned();
    g.insert("attachment_type".into(), s(&attachment));
    g.insert("ip_version".into(), s(&ip_version));
    for key in ["er_id", "vpc_id", "connect_subnet", "access_vpc_id", "access_subnet_id"] {
        if let Some(v) = given.get(key) {
            g.insert(key.into(), v.clone());
        }
    }
    if attachment == "vpc" {
        // The access VPC and subnet default to the service VPC and its subnet.
        for (key, default) in [("access_vpc_id", "vpc_id"), ("access_subnet_id", "connect_subnet")] {
            if let (false, Some(v)) = (g.contains_key(key), given.get(default)) {
                g.insert(key.into(), v.clone());
            }
        }
    } else {
        // The gateway's attachment to its enterprise router.
        g.insert("er_attachment_id".into(), s(&ctx.rng.uuid()));
    }
    // Local subnets of the gateway's IP version, returned for a vpc gateway (or when given).
    let vpc = attachment == "vpc";
    for (key, version) in [("local_subnets", "ipv4"), ("local_subnets_v6", "ipv6")] {
        match given.get(key) {
            Some(v) => {
                g.insert(key.into(), v.clone());
            }
            None if vpc && ip_version == version => {
                g.insert(key.into(), json!([]));
            }
            None => {}
        }
    }
    g.insert("bgp_asn".into(), given.get("bgp_asn").cloned().unwrap_or_else(|| json!(64512)));
    g.insert("flavor".into(), s(get("flavor").unwrap_or("Professional1")));
    let zones = given.get("availability_zone_ids").cloned().unwrap_or_else(|| json!(["eu-de-01", "eu-de-02"]));
    g.insert("availability_zone_ids".into(), zones);
    g.insert("enterprise_project_id".into(), s(get("enterprise_project_id").unwrap_or("0")));
    g.insert("ha_mode".into(), s(get("ha_mode").unwrap_or("active-active")));
    if network == "public" {
        // `master_eip`/`slave_eip`: the deprecated names of eip1/eip2, still accepted.
        let given_eip = |key: &str, old: &str| given.get(key).or_else(|| given.get(old)).and_then(Value::as_object);
        let e1 = eip(given_eip("eip1", "master_eip"), ctx);
        let e2 = eip(given_eip("eip2", "slave_eip"), ctx);
        g.insert("eip1".into(), e1);
        g.insert("eip2".into(), e2);
    } else {
        let ip1 =
            get("access_private_ip_1").map_or_else(|| format!("192.168.255.{}", 1 + ctx.rng.below(126)), str::to_owned);
        let ip2 = get("access_private_ip_2")
            .map_or_else(|| format!("192.168.255.{}", 128 + ctx.rng.below(126)), str::to_owned);
        g.insert("access_private_ip_1".into(), s(&ip1));
        g.insert("access_private_ip_2".into(), s(&ip2));
    }
    g.insert("connection_number".into(), json!(CONNECTION_NUMBER));
    g.insert("public_border_group".into(), s("center"));
    g.insert("policy_template".into(), policy_template());
    g.insert("supported_features".into(), json!([]));
    // Whether a newer gateway version can be installed (`ready`, `expiring soon`, `unready`):
    // a new gateway runs the current one.
    g.insert("upgrade_info".into(), s("unready"));
    // OTC: whether the gateway, once frozen, may be deleted (1) or not (2).
    g.insert("lock_status".into(), json!(1));
    g.insert("created_at".into(), s(&now));
    // When the order took effect: at once for pay-per-use.
    g.insert("applied_at".into(), s(&now));
    g.insert("updated_at".into(), s(&now));
    g.insert("tags".into(), given.get("tags").cloned().unwrap_or_else(|| json!([])));
    let resource = Resource::new(id, g, created);
    let shown = view(store, &resource, ctx.now_ms, ctx.transition_ms);
    store.gateways.insert(resource);
    respond::wrapped(201, "vpn_gateway", shown, ctx.request_id)
}

pub fn quota_exceeded(kind: &str, ctx: &Ctx) -> HttpResponse {
    respond::error(
        400,
        "VPN.0001",
        &format!("invalid request: the {kind} quota of this project is used up"),
        ctx.request_id,
    )
}

/// `GET /v5/{project_id}/vpn-gateways` (no pagination; filter `enterprise_project_id`).
pub fn list(store: &ProjectStore, ctx: &Ctx) -> HttpResponse {
    let projects = super::query::all(&ctx.query, "enterprise_project_id");
    let items: Vec<Value> = store
        .gateways
        .iter()
        .filter(|g| projects.is_empty() || g.str("enterprise_project_id").is_some_and(|p| projects.contains(&p)))
        .map(|g| view(store, g, ctx.now_ms, ctx.transition_ms))
        .collect();
    respond::json(200, &json!({ "vpn_gateways": items, "request_id": ctx.request_id }), ctx.request_id)
}

/// `GET /v5/{project_id}/vpn-gateways/{id}`.
pub fn show(store: &ProjectStore, ctx: &Ctx, id: &str) -> HttpResponse {
    shown(store, ctx, id)
}

/// `PUT /v5/{project_id}/vpn-gateways/{id}`: name, local subnets, EIP ids.
pub fn update(store: &mut ProjectStore, ctx: &mut Ctx, id: &str) -> HttpResponse {
    let body = match respond::parse_body(ctx.body, ctx.request_id) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let report = validate::validate_update_vpn_gateway(&Json::from(&body), &ValidateOptions::default());
    if let Some(r) = respond::invalid(&report, ctx.request_id) {
        return r;
    }
    let Some(g) = store.gateways.get_mut(id) else { return respond::not_found("vpn gateway", id, ctx.request_id) };
    if g.deleting_since.is_some() {
        return respond::error(400, "VPN.0508", &format!("gateway {id} is being deleted"), ctx.request_id);
    }
    let changes = body.get("vpn_gateway").and_then(Value::as_object).cloned().unwrap_or_default();
    for key in ["name", "local_subnets", "local_subnets_v6"] {
        if let Some(v) = changes.get(key) {
            g.body.insert(key.into(), v.clone());
        }
    }
    for (key, eip) in [("eip_id_1", "eip1"), ("eip_id_2", "eip2")] {
        // An EIP id, or an EIP object as OTC's SDK sends it (`eip1: { id, … }`).
        let given = changes.get(key).or_else(|| changes.get(eip).and_then(|e| e.get("id")));
        if let (Some(v), Some(e)) = (given, g.body.get_mut(eip).and_then(Value::as_object_mut)) {
            e.insert("id".into(), v.clone());
        }
    }
    // [HW] `policy_template`: the policies given replace those fields of the template.
    if let (Some(Value::Object(given)), Some(Value::Object(template))) =
        (changes.get("policy_template"), g.body.get_mut("policy_template"))
    {
        for (policy, fields) in given {
            if let (Some(Value::Object(old)), Value::Object(new)) = (template.get_mut(policy), fields) {
                old.extend(new.clone());
            }
        }
    }
    g.body.insert("updated_at".into(), s(&format_timestamp(ctx.now_ms)));
    shown(store, ctx, id)
}

/// `{ vpn_gateway, request_id }` (200) for a gateway that was just changed.
fn shown(store: &ProjectStore, ctx: &Ctx, id: &str) -> HttpResponse {
    match store.gateways.get(id) {
        Some(g) => respond::wrapped(200, "vpn_gateway", view(store, g, ctx.now_ms, ctx.transition_ms), ctx.request_id),
        None => respond::not_found("vpn gateway", id, ctx.request_id),
    }
}

/// `DELETE /v5/{project_id}/vpn-gateways/{id}` (204); refused while connections use it.
pub fn delete(store: &mut ProjectStore, ctx: &mut Ctx, id: &str) -> HttpResponse {
    let used = store.connections.iter().any(|c| c.str("vgw_id") == Some(id));
    let Some(g) = store.gateways.get_mut(id) else { return respond::not_found("vpn gateway", id, ctx.request_id) };
    if used {
        let message = format!("invalid request: vpn gateway {id} still has vpn connections");
        return respond::error(400, "VPN.0001", &message, ctx.request_id);
    }
    if g.deleting_since.is_some() {
        return respond::error(400, "VPN.0508", &format!("gateway {id} is being deleted"), ctx.request_id);
    }
    g.deleting_since = Some(ctx.now_ms);
    respond::no_content(ctx.request_id)
}

/// `POST /v5/{project_id}/vpn-gateways/{id}/update-specification` (200).
pub fn update_specification(store: &mut ProjectStore, ctx: &mut Ctx, id: &str) -> HttpResponse {
    let body = match respond::parse_body(ctx.body, ctx.request_id) {
        Ok(b) => b,
        Err(r) => return r,
    };
    // Flavors depend on the region (the validators warn about one they do not list): any name.
    let flavor = body.pointer("/vpn_gateway/flavor").and_then(Value::as_str);
    let Some(flavor) = flavor.filter(|f| !f.is_empty() && f.len() <= 64) else {
        let message = "invalid request: vpn_gateway.flavor must be a flavor name (1-64 characters)";
        return respond::error(400, "VPN.0001", message, ctx.request_id);
    };
    let Some(g) = store.gateways.get_mut(id) else { return respond::not_found("vpn gateway", id, ctx.request_id) };
    if g.str("flavor") == Some(flavor) {
        return respond::error(
            400,
            "VPN.0105",
            &format!("flavor {flavor} cannot update to specification {flavor}"),
            ctx.request_id,
        );
    }
    g.body.insert("flavor".into(), s(flavor));
    g.body.insert("updated_at".into(), s(&format_timestamp(ctx.now_ms)));
    shown(store, ctx, id)
}

/// `GET /v5/{project_id}/vpn-gateways/availability-zones` (spec §3.6).
pub fn availability_zones(ctx: &Ctx) -> HttpResponse {
    let both = json!({"vpc": ["eu-de-01", "eu-de-02"], "er": ["eu-de-01"]});
    let none = json!({"vpc": [], "er": []});
    let zones = json!({
        "basic": {"vpc": ["eu-de-01"], "er": []},
        "professional1": both,
        "professional2": both,
        "Professional1-NonFixedIP": none,
        "Professional2-NonFixedIP": none,
        "gm": none,
    });
    respond::json(200, &json!({ "availability_zones": zones, "request_id": ctx.request_id }), ctx.request_id)
}
