//! Customer gateways (spec §1.2, §2.6, §2.7): no status; deleted at once, unless in use.

use super::clock::format_timestamp;
use super::gateways::quota_exceeded;
use super::respond;
use super::store::{ProjectStore, Resource};
use super::{query, Ctx};
use crate::api::HttpResponse;
use crate::validate::{self, Json, ValidateOptions};
use serde_json::{json, Map, Value};

/// Largest page of the list, and its default.
pub const MAX_LIMIT: usize = 200;

/// `POST /v5/{project_id}/customer-gateways` (201).
pub fn create(store: &mut ProjectStore, ctx: &mut Ctx) -> HttpResponse {
    let body = match respond::parse_body(ctx.body, ctx.request_id) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let report = validate::validate_create_customer_gateway(&Json::from(&body), &ValidateOptions::default());
    if let Some(r) = respond::invalid(&report, ctx.request_id) {
        return r;
    }
    if store.customer_gateways.len() >= ctx.quotas.customer_gateway {
        return quota_exceeded("customer_gateway", ctx);
    }
    let given = body.get("customer_gateway").and_then(Value::as_object).cloned().unwrap_or_default();
    let created = store.customer_gateways.next_created_ms(ctx.now_ms);
    let now = format_timestamp(created);
    let id = ctx.rng.uuid();
    let id_type = given.get("id_type").and_then(Value::as_str).unwrap_or("ip").to_owned();
    let mut c = Map::new();
    c.insert("id".into(), json!(id));
    let name =
        given.get("name").and_then(Value::as_str).map_or_else(|| format!("cgw-{}", ctx.rng.hex4()), str::to_owned);
    c.insert("name".into(), json!(name));
    c.insert("id_type".into(), json!(id_type));
    c.insert("id_value".into(), given.get("id_value").cloned().unwrap_or(Value::Null));
    if let Some(asn) = given.get("bgp_asn") {
        c.insert("bgp_asn".into(), asn.clone());
    }
    // The deprecated fields OTC still returns: the routing the gateway is set up for, and its
    // address (for an `ip` identity).
    let route_mode = if given.contains_key("bgp_asn") { "bgp" } else { "static" };
    c.insert("route_mode".into(), json!(route_mode));
    if let (true, Some(ip)) = (id_type == "ip", given.get("id_value")) {
        c.insert("ip".into(), ip.clone());
    }
    c.insert("created_at".into(), json!(now));
    c.insert("updated_at".into(), json!(now));
    c.insert("tags".into(), given.get("tags").cloned().unwrap_or_else(|| json!([])));
    let resource = Resource::new(id, c, created);
    let shown = resource.view(None);
    store.customer_gateways.insert(resource);
    respond::wrapped(201, "customer_gateway", shown, ctx.request_id)
}

/// `GET /v5/{project_id}/customer-gateways/{id}`.
pub fn show(store: &ProjectStore, ctx: &Ctx, id: &str) -> HttpResponse {
    match store.customer_gateways.get(id) {
        Some(c) => respond::wrapped(200, "customer_gateway", c.view(None), ctx.request_id),
        None => respond::not_found("customer gateway", id, ctx.request_id),
    }
}

/// `GET /v5/{project_id}/customer-gateways` (paginated: `limit` ≤ 200, `marker`).
pub fn list(store: &ProjectStore, ctx: &Ctx) -> HttpResponse {
    let (limit, marker) = match query::paging(&ctx.query, MAX_LIMIT, ctx.request_id) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let all: Vec<&Resource> = store.customer_gateways.iter().collect();
    let (page, page_info) = query::page(&all, limit, marker);
    let items: Vec<Value> = page.iter().map(|c| c.view(None)).collect();
    let body = json!({ "customer_gateways": items, "total_count": all.len(), "page_info": page_info, "request_id": ctx.request_id });
    respond::json(200, &body, ctx.request_id)
}

/// `PUT /v5/{project_id}/customer-gateways/{id}`: the name only.
pub fn update(store: &mut ProjectStore, ctx: &mut Ctx, id: &str) -> HttpResponse {
    let body = match respond::parse_body(ctx.body, ctx.request_id) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let report = validate::validate_update_customer_gateway(&Json::from(&body), &ValidateOptions::default());
    if let Some(r) = respond::invalid(&report, ctx.request_id) {
        return r;
    }
    let Some(c) = store.customer_gateways.get_mut(id) else {
        return respond::not_found("customer gateway", id, ctx.request_id);
    };
    if let Some(name) = body.pointer("/customer_gateway/name") {
        c.body.insert("name".into(), name.clone());
    }
    c.body.insert("updated_at".into(), json!(format_timestamp(ctx.now_ms)));
    respond::wrapped(200, "customer_gateway", c.view(None), ctx.request_id)
}

/// `DELETE /v5/{project_id}/customer-gateways/{id}` (204); VPN.0001 while a connection uses it.
pub fn delete(store: &mut ProjectStore, ctx: &mut Ctx, id: &str) -> HttpResponse {
    if store.customer_gateways.get(id).is_none() {
        return respond::not_found("customer gateway", id, ctx.request_id);
    }
    if store.connections.iter().any(|c| c.str("cgw_id") == Some(id)) {
        let message = format!("invalid request: customer gateway {id} has connection");
        return respond::error(400, "VPN.0001", &message, ctx.request_id);
    }
    store.customer_gateways.remove(id);
    respond::no_content(ctx.request_id)
}
