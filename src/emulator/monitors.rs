//! Connection monitors (spec §1.4, §2.8): one per connection (VPN.0381); PENDING_CREATE, then
//! ACTIVE; PENDING_DELETE, then gone. No pagination.

use super::respond;
use super::store::{ProjectStore, Resource};
use super::{query, Ctx};
use crate::api::HttpResponse;
use crate::validate::{self, Json, ValidateOptions};
use serde_json::{json, Map, Value};

/// A monitor as the API shows it at `now`.
pub fn view(m: &Resource, now: u64, transition_ms: u64) -> Value {
    m.view(Some(m.status(now, transition_ms, "PENDING_CREATE", "ACTIVE")))
}

/// `POST /v5/{project_id}/connection-monitors` (201).
pub fn create(store: &mut ProjectStore, ctx: &mut Ctx) -> HttpResponse {
    let rid = ctx.request_id;
    let body = match respond::parse_body(ctx.body, rid) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let report = validate::validate_create_connection_monitor(&Json::from(&body), &ValidateOptions::default());
    if let Some(r) = respond::invalid(&report, rid) {
        return r;
    }
    let connection_id =
        body.pointer("/connection_monitor/vpn_connection_id").and_then(Value::as_str).unwrap_or_default();
    let Some(connection) = store.connections.get(connection_id) else {
        return respond::not_found("vpn connection", connection_id, rid);
    };
    if store.monitors.iter().any(|m| m.str("vpn_connection_id") == Some(connection_id)) {
        let message = format!("VPN connection {connection_id} already has connection monitor");
        return respond::error(400, "VPN.0381", &message, rid);
    }
    let ike = connection.body.get("ikepolicy");
    let source = ike.and_then(|i| i.get("local_id")).cloned().unwrap_or(Value::Null);
    let destination = ike.and_then(|i| i.get("peer_id")).cloned().unwrap_or(Value::Null);
    let id = ctx.rng.uuid();
    let created = store.monitors.next_created_ms(ctx.now_ms);
    let mut m = Map::new();
    m.insert("id".into(), json!(id));
    m.insert("vpn_connection_id".into(), json!(connection_id));
    m.insert("type".into(), json!("gateway"));
    m.insert("source_ip".into(), source);
    m.insert("destination_ip".into(), destination);
    m.insert("proto_type".into(), json!("icmp"));
    let resource = Resource::new(id, m, created);
    let shown = resource.view(None);
    store.monitors.insert(resource);
    respond::wrapped(201, "connection_monitor", shown, rid)
}

/// `GET /v5/{project_id}/connection-monitors/{id}`.
pub fn show(store: &ProjectStore, ctx: &Ctx, id: &str) -> HttpResponse {
    match store.monitors.get(id) {
        Some(m) => respond::wrapped(200, "connection_monitor", view(m, ctx.now_ms, ctx.transition_ms), ctx.request_id),
        None => respond::not_found("connection monitor", id, ctx.request_id),
    }
}

/// `GET /v5/{project_id}/connection-monitors` (filter `vpn_connection_id`; no pagination).
pub fn list(store: &ProjectStore, ctx: &Ctx) -> HttpResponse {
    let connection = query::first(&ctx.query, "vpn_connection_id");
    let items: Vec<Value> = store
        .monitors
        .iter()
        .filter(|m| connection.is_none_or(|c| m.str("vpn_connection_id") == Some(c)))
        .map(|m| view(m, ctx.now_ms, ctx.transition_ms))
        .collect();
    respond::json(200, &json!({ "connection_monitors": items, "request_id": ctx.request_id }), ctx.request_id)
}

/// `DELETE /v5/{project_id}/connection-monitors/{id}` (204).
pub fn delete(store: &mut ProjectStore, ctx: &mut Ctx, id: &str) -> HttpResponse {
    match store.monitors.get_mut(id) {
        Some(m) if m.deleting_since.is_none() => {
            m.deleting_since = Some(ctx.now_ms);
            respond::no_content(ctx.request_id)
        }
        Some(_) => respond::error(400, "VPN.0031", "Repeated operation", ctx.request_id),
        None => respond::not_found("connection monitor", id, ctx.request_id),
    }
}
