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
    // The legacy form (`ip`, `route_mode`, no `id_value`) is stored as the current one: its
    // address is the `ip` identity.
    let id_value = given.get("id_value").or_else(|| given.get("ip")).cloned().unwrap_or(Value::Null);
    c.insert("id_value".into(), id_value.clone());
    if let Some(asn) = given.get("bgp_asn") {
        c.insert("bgp_asn".into(), asn.clone());
    }
    // The deprecated fields OTC still returns: the routing the gateway is set up for (as given in
    // the legacy form), and its address (for an `ip` identity).
    let derived = if given.contains_key("bgp_asn") { "bgp" } else { "static" };
    let route_mode = given.get("route_mode").and_then(Value::as_str).unwrap_or(derived);
    c.insert("route_mode".into(), json!(route_mode));
    if id_type == "ip" && !id_value.is_null() {
        c.insert("ip".into(), id_value);
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

#[cfg(test)]
mod tests {
    use crate::api::{HttpRequest, Method};
    use crate::emulator::{Emulator, EmulatorConfig, ManualClock, DEFAULT_PROJECT, DEFAULT_TOKEN};
    use serde_json::{json, Value};

    fn create(body: Value) -> (u16, Value) {
        let mut emulator = Emulator::new(EmulatorConfig::default(), Box::new(ManualClock::at(1_750_945_294_626)));
        let request = HttpRequest {
            method: Method::Post,
            url: format!("http://127.0.0.1:8787/v5/{DEFAULT_PROJECT}/customer-gateways"),
            headers: vec![
                ("X-Auth-Token".to_owned(), DEFAULT_TOKEN.to_owned()),
                ("Content-Type".to_owned(), "application/json".to_owned()),
            ],
            body: body.to_string().into_bytes(),
        };
        let response = emulator.handle(&request);
        (response.status, serde_json::from_slice(&response.body).unwrap_or(Value::Null))
    }

    #[test]
    fn the_legacy_form_is_stored_as_an_ip_identity() {
        let body = json!({"customer_gateway": {"name": "tf_test_a1b2c", "bgp_asn": 65000, "ip": "172.16.1.2",
            "route_mode": "bgp", "tags": [{"key": "key", "value": "val"}]}});
        let (status, answer) = create(body);
        assert_eq!(status, 201, "{answer}");
        let c = &answer["customer_gateway"];
        assert_eq!(
            (&c["id_type"], &c["id_value"], &c["ip"]),
            (&json!("ip"), &json!("172.16.1.2"), &json!("172.16.1.2"))
        );
        assert_eq!((&c["route_mode"], &c["bgp_asn"]), (&json!("bgp"), &json!(65000)));
        let (_, answer) = create(json!({"customer_gateway": {"ip": "172.16.1.3", "route_mode": "static"}}));
        assert_eq!(answer["customer_gateway"]["route_mode"], "static");
    }

    #[test]
    fn without_either_form_it_is_refused() {
        let (status, answer) = create(json!({"customer_gateway": {"name": "cgw-1", "route_mode": "bgp"}}));
        assert_eq!((status, &answer["error_code"]), (400, &json!("VPN.0001")), "{answer}");
    }
}
