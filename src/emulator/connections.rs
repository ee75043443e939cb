//! VPN connections (spec §1.3, §2.2–2.5): create (alone or in a batch of two) on an ACTIVE
//! gateway and an existing customer gateway, with the server's defaults; PENDING_CREATE, then
//! DOWN; update; PENDING_DELETE, then gone; paged lists; logs.

use super::clock::format_timestamp;
use super::connection_defaults;
use super::gateways::{self, quota_exceeded};
use super::respond;
use super::store::{ProjectStore, Resource};
use super::{query, Ctx};
use crate::api::HttpResponse;
use crate::model::{CreateVpnConnection, Secret};
use crate::validate::{self, GatewayContext, Json, ValidateOptions};
use serde_json::{json, Map, Value};

/// Largest page of the list, and its default.
pub const MAX_LIMIT: usize = 2000;

/// A connection's status at `now`: PENDING_CREATE for `transition_ms`, then DOWN, and ACTIVE
/// `connect_ms` after that when set (as if the peer negotiated).
fn status(c: &Resource, now: u64, transition_ms: u64, connect_ms: Option<u64>) -> String {
    let settled = c.created_ms.saturating_add(transition_ms);
    let up = connect_ms.is_some_and(|ms| now >= settled.saturating_add(ms));
    c.status(now, transition_ms, "PENDING_CREATE", if up { "ACTIVE" } else { "DOWN" })
}

/// A connection as the API shows it at `now`.
fn view(c: &Resource, now: u64, transition_ms: u64, connect_ms: Option<u64>) -> Value {
    c.view(Some(status(c, now, transition_ms, connect_ms)))
}

/// The update view: with `connection_monitor_id` when a monitor watches the connection.
fn full_view(store: &ProjectStore, c: &Resource, ctx: &Ctx) -> Value {
    let mut v = view(c, ctx.now_ms, ctx.transition_ms, ctx.connect_ms);
    if let (Some(m), Some(obj)) =
        (store.monitors.iter().find(|m| m.str("vpn_connection_id") == Some(&c.id)), v.as_object_mut())
    {
        obj.insert("connection_monitor_id".into(), json!(m.id));
    }
    v
}

/// The show/list view at `now`: the update view and, for a BGP connection, [HW] `bgp_peer`.
pub fn listed(store: &ProjectStore, c: &Resource, now: u64, transition_ms: u64, connect_ms: Option<u64>) -> Value {
    let mut v = view(c, now, transition_ms, connect_ms);
    let Some(obj) = v.as_object_mut() else { return v };
    if let Some(m) = store.monitors.iter().find(|m| m.str("vpn_connection_id") == Some(&c.id)) {
        obj.insert("connection_monitor_id".into(), json!(m.id));
    }
    if let Some(peer) = bgp_peer(store, c, now) {
        obj.insert("bgp_peer".into(), peer);
    }
    v
}

/// The BGP session of a BGP connection with its customer gateway, over the tunnel: never
/// established (no peer answers), so `Idle` since the connection was created, with no routes or
/// messages. `peer_asn` is the customer gateway's ASN, when it has one.
fn bgp_peer(store: &ProjectStore, c: &Resource, now: u64) -> Option<Value> {
    if c.str("style") != Some("BGP") {
        return None;
    }
    let peer_ip = c.str("tunnel_peer_address")?.split('/').next()?;
    let seconds = now.saturating_sub(c.created_ms) / 1000;
    let mut peer = Map::new();
    peer.insert("peer_ip_address".into(), json!(peer_ip));
    if let Some(asn) =
        c.str("cgw_id").and_then(|id| store.customer_gateways.get(id)).and_then(|g| g.body.get("bgp_asn"))
    {
        peer.insert("peer_asn".into(), asn.clone());
    }
    peer.insert("state".into(), json!("Idle"));
    // How long the BGP peering has been in `state`, as routers print it: hours, minutes, seconds.
    let duration = format!("{:02}h{:02}m{:02}s", seconds / 3600, seconds / 60 % 60, seconds % 60);
    peer.insert("state_duration".into(), json!(duration));
    for counter in ["num_received_routes", "num_message_received", "num_message_sent"] {
        peer.insert(counter.into(), json!(0));
    }
    Some(Value::Object(peer))
}

/// The gateway a body names, as validation context.
fn gateway_context(store: &ProjectStore, vgw_id: Option<&str>) -> Option<GatewayContext> {
    let g = store.gateways.get(vgw_id?)?;
    let text = |k: &str| g.str(k).map(str::to_owned);
    let local_subnets = g
        .body
        .get("local_subnets")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect());
    Some(GatewayContext {
        attachment_type: text("attachment_type"),
        network_type: text("network_type"),
        ip_version: text("ip_version"),
        local_subnets,
    })
}

/// The reference checks of one connection to create: its gateway is ACTIVE, its customer
/// gateway exists, `vgw_ip` belongs to the gateway, its tunnel /30 is free. Returns the
/// gateway's address (for `local_id`) and the customer gateway's (for `peer_id`).
fn check_references(
    store: &ProjectStore,
    c: &CreateVpnConnection,
    ctx: &Ctx,
) -> Result<(String, String), HttpResponse> {
    let rid = ctx.request_id;
    let Some(g) = store.gateways.get(&c.vgw_id) else {
        let message =
            format!("vpn gateway {} does not exist (create it first: POST /v5/{{project_id}}/vpn-gateways)", c.vgw_id);
        return Err(respond::error(404, "VPN.0509", &message, rid));
    };
    if g.deleting_since.is_some() {
        return Err(respond::error(400, "VPN.0508", &format!("vpn gateway {} is being deleted", c.vgw_id), rid));
    }
    if !gateways::is_active(g, ctx.now_ms, ctx.transition_ms) {
        return Err(respond::error(400, "VPN.0506", &format!("vpn gateway {} is being created", c.vgw_id), rid));
    }
    let Some(cgw) = store.customer_gateways.get(&c.cgw_id) else {
        return Err(respond::not_found("customer gateway", &c.cgw_id, rid));
    };
    let address = if g.str("network_type") == Some("private") {
        ["access_private_ip_1", "access_private_ip_2"]
            .iter()
            .find(|k| g.str(k) == Some(&c.vgw_ip))
            .map(|_| c.vgw_ip.clone())
    } else {
        ["eip1", "eip2"]
            .iter()
            .filter_map(|k| g.body.get(*k))
            .find(|e| e.get("id").and_then(Value::as_str) == Some(&c.vgw_ip))
            .and_then(|e| e.get("ip_address").and_then(Value::as_str).map(str::to_owned))
    };
    let Some(address) = address else {
        let message =
            format!("invalid request: vgw_ip {} is not an EIP id or private IP of vpn gateway {}", c.vgw_ip, c.vgw_id);
        return Err(respond::error(400, "VPN.0001", &message, rid));
    };
    if let Some(local) = &c.tunnel_local_address {
        let taken = store.connections.iter().any(|o| {
            o.str("vgw_id") == Some(&c.vgw_id)
                && [o.str("tunnel_local_address"), o.str("tunnel_peer_address")].contains(&Some(local.as_str()))
        });
        if taken {
            return Err(respond::error(400, "VPN.0012", &format!("IP address {local} is occupied"), rid));
        }
    }
    Ok((address, cgw.str("id_value").unwrap_or_default().to_owned()))
}

/// Validates a create or batch body with the named gateway as context.
fn validated(store: &ProjectStore, ctx: &Ctx, batch: bool) -> Result<Value, HttpResponse> {
    let body = respond::parse_body(ctx.body, ctx.request_id)?;
    let vgw = if batch { body.pointer("/vpn_connections/0/vgw_id") } else { body.pointer("/vpn_connection/vgw_id") };
    let mut options = ValidateOptions::default();
    options.context.gateway = gateway_context(store, vgw.and_then(Value::as_str));
    let report = if batch {
        validate::validate_batch_create_vpn_connections(&Json::from(&body), &options)
    } else {
        validate::validate_create_vpn_connection(&Json::from(&body), &options)
    };
    match respond::invalid(&report, ctx.request_id) {
        Some(r) => Err(r),
        None => Ok(body),
    }
}

fn typed(value: &Value, rid: &str) -> Result<CreateVpnConnection, HttpResponse> {
    serde_json::from_value(value.clone())
        .map_err(|e| respond::error(400, "VPN.0001", &format!("invalid request: {e}"), rid))
}

/// `POST /v5/{project_id}/vpn-connection` (201).
pub fn create(store: &mut ProjectStore, ctx: &mut Ctx) -> HttpResponse {
    let result = validated(store, ctx, false).and_then(|body| {
        let c = typed(body.get("vpn_connection").unwrap_or(&Value::Null), ctx.request_id)?;
        insert(store, ctx, c)
    });
    match result {
        Ok(created) => respond::wrapped(201, "vpn_connection", created, ctx.request_id),
        Err(r) => r,
    }
}

/// `POST /v5/{project_id}/vpn-connections/batch-create` (201): both or neither are created.
pub fn batch_create(store: &mut ProjectStore, ctx: &mut Ctx) -> HttpResponse {
    let items = match validated(store, ctx, true) {
        Ok(body) => body.get("vpn_connections").and_then(Value::as_array).cloned().unwrap_or_default(),
        Err(r) => return r,
    };
    let mut typed_items = Vec::new();
    for item in &items {
        match typed(item, ctx.request_id) {
            Ok(c) => typed_items.push(c),
            Err(r) => return r,
        }
    }
    if store.connections.len() + typed_items.len() > ctx.quotas.vpn_connection {
        return quota_exceeded("vpn_connection", ctx);
    }
    for c in &typed_items {
        if let Err(r) = check_references(store, c, ctx) {
            return r;
        }
    }
    let mut created = Vec::new();
    for c in typed_items {
        match insert(store, ctx, c) {
            Ok(v) => created.push(v),
            Err(r) => return r,
        }
    }
    respond::json(201, &json!({ "vpn_connections": created, "request_id": ctx.request_id }), ctx.request_id)
}

/// Checks references, builds the stored connection with the server's defaults, stores it, and
/// returns the create response's view (no status).
fn insert(store: &mut ProjectStore, ctx: &mut Ctx, c: CreateVpnConnection) -> Result<Value, HttpResponse> {
    if store.connections.len() >= ctx.quotas.vpn_connection {
        return Err(quota_exceeded("vpn_connection", ctx));
    }
    let (local_id, peer_id) = check_references(store, &c, ctx)?;
    let created = store.connections.next_created_ms(ctx.now_ms);
    let psk = c.psk.clone();
    let enterprise_project =
        store.gateways.get(&c.vgw_id).and_then(|g| g.str("enterprise_project_id")).unwrap_or("0").to_owned();
    let connection = connection_defaults::build(store, c, ctx.rng, created, &local_id, &peer_id, enterprise_project);
    let shown = serde_json::to_value(&connection).unwrap_or(Value::Null);
    let body = match shown.clone() {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    let mut resource = Resource::new(connection.id, body, created);
    resource.secret = psk;
    store.insert_connection(resource);
    Ok(shown)
}

/// `GET /v5/{project_id}/vpn-connection/{id}`.
pub fn show(store: &ProjectStore, ctx: &Ctx, id: &str) -> HttpResponse {
    match store.connections.get(id) {
        Some(c) => respond::wrapped(
            200,
            "vpn_connection",
            listed(store, c, ctx.now_ms, ctx.transition_ms, ctx.connect_ms),
            ctx.request_id,
        ),
        None => respond::not_found("vpn connection", id, ctx.request_id),
    }
}

/// `GET /v5/{project_id}/vpn-connection` (paginated: `limit` ≤ 2000, `marker`; filters
/// `vgw_id`, `vgw_ip`, `enterprise_project_id`).
pub fn list(store: &ProjectStore, ctx: &Ctx) -> HttpResponse {
    let (limit, marker) = match query::paging(&ctx.query, MAX_LIMIT, ctx.request_id) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let vgw_id = query::first(&ctx.query, "vgw_id");
    let vgw_ip = query::first(&ctx.query, "vgw_ip");
    let projects = query::all(&ctx.query, "enterprise_project_id");
    let all: Vec<&Resource> = store
        .connections
        .iter()
        .filter(|c| vgw_id.is_none_or(|v| c.str("vgw_id") == Some(v)))
        .filter(|c| vgw_ip.is_none_or(|v| c.str("vgw_ip") == Some(v)))
        .filter(|c| projects.is_empty() || c.str("enterprise_project_id").is_some_and(|p| projects.contains(&p)))
        .collect();
    let (page, page_info) = query::page(&all, limit, marker);
    let items: Vec<Value> =
        page.iter().map(|c| listed(store, c, ctx.now_ms, ctx.transition_ms, ctx.connect_ms)).collect();
    let body = json!({ "vpn_connections": items, "page_info": page_info, "total_count": all.len(), "request_id": ctx.request_id });
    respond::json(200, &body, ctx.request_id)
}

/// `PUT /v5/{project_id}/vpn-connection/{id}`: a partial update.
pub fn update(store: &mut ProjectStore, ctx: &mut Ctx, id: &str) -> HttpResponse {
    let rid = ctx.request_id;
    let body = match respond::parse_body(ctx.body, rid) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let Some(existing) = store.connections.get(id) else { return respond::not_found("vpn connection", id, rid) };
    if existing.deleting_since.is_some() {
        return respond::error(425, "VPN.0009", &format!("Connection {id} is deleting"), rid);
    }
    let mut options = ValidateOptions::default();
    options.context.gateway = gateway_context(store, existing.str("vgw_id"));
    options.context.connection =
        Some(validate::ConnectionContext { style: existing.str("style").map(str::to_ascii_lowercase) });
    let report = validate::validate_update_vpn_connection(&Json::from(&body), &options);
    if let Some(r) = respond::invalid(&report, rid) {
        return r;
    }
    let changes = body.get("vpn_connection").and_then(Value::as_object).cloned().unwrap_or_default();
    if let Some(cgw) = changes.get("cgw_id").and_then(Value::as_str) {
        if store.customer_gateways.get(cgw).is_none() {
            return respond::not_found("customer gateway", cgw, rid);
        }
    }
    let now = format_timestamp(ctx.now_ms);
    let Some(c) = store.connections.get_mut(id) else { return respond::not_found("vpn connection", id, rid) };
    for (key, value) in changes {
        match key.as_str() {
            "psk" => c.secret = value.as_str().map(Secret::new),
            "ikepolicy" | "ipsecpolicy" => {
                if let (Some(Value::Object(old)), Value::Object(new)) = (c.body.get_mut(&key), value) {
                    for (k, v) in new {
                        if let (Some(Value::Object(old_dpd)), Value::Object(new_dpd)) = (old.get_mut(&k), &v) {
                            old_dpd.extend(new_dpd.clone());
                        } else {
                            old.insert(k, v);
                        }
                    }
                }
            }
            _ => {
                c.body.insert(key, value);
            }
        }
    }
    c.body.insert("updated_at".into(), json!(now));
    match store.connections.get(id) {
        Some(c) => respond::wrapped(200, "vpn_connection", full_view(store, c, ctx), rid),
        None => respond::not_found("vpn connection", id, rid),
    }
}

/// `DELETE /v5/{project_id}/vpn-connection/{id}` (204): PENDING_DELETE, then gone.
pub fn delete(store: &mut ProjectStore, ctx: &mut Ctx, id: &str) -> HttpResponse {
    let Some(c) = store.connections.get_mut(id) else {
        return respond::not_found("vpn connection", id, ctx.request_id);
    };
    if c.deleting_since.is_some() {
        return respond::error(425, "VPN.0009", &format!("Connection {id} is deleting"), ctx.request_id);
    }
    c.deleting_since = Some(ctx.now_ms);
    respond::no_content(ctx.request_id)
}

/// `GET /v5/{project_id}/vpn-connection/{id}/log`: the negotiation log (one emulated line).
pub fn log(store: &ProjectStore, ctx: &Ctx, id: &str) -> HttpResponse {
    let Some(c) = store.connections.get(id) else { return respond::not_found("vpn connection", id, ctx.request_id) };
    let message = match status(c, ctx.now_ms, ctx.transition_ms, ctx.connect_ms).as_str() {
        "ACTIVE" => format!(
            "{} cloudvpn-emulator ipsec_ike: connection {} is ACTIVE: the emulated peer negotiated (connectMs)",
            c.str("created_at").unwrap_or_default(),
            c.id
        ),
        _ => format!(
            "{} cloudvpn-emulator ipsec_ike: connection {} is DOWN: the emulator has no peer to negotiate with",
            c.str("created_at").unwrap_or_default(),
            c.id
        ),
    };
    let logs = json!([{ "time": c.created_ms / 1000, "raw_message": message }]);
    respond::json(200, &json!({ "logs": logs, "request_id": ctx.request_id }), ctx.request_id)
}
