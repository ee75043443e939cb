//! Tags (spec §1.6) on VPN gateways, customer gateways and VPN connections: add, remove, list,
//! the project's tags, and filtering and counting resources by tag.

use super::respond;
use super::store::{Collection, ProjectStore, Resource};
use super::{query, Ctx};
use crate::api::HttpResponse;
use crate::validate::{self, Json, ValidateOptions};
use serde_json::{json, Value};

/// Most tags one resource holds.
const MAX_TAGS: usize = 20;
/// Largest page of a filter, and its default.
const MAX_FILTER_LIMIT: usize = 1000;

/// The collection a `{resource_type}` path segment names.
pub fn collection<'a>(store: &'a mut ProjectStore, resource_type: &str) -> Option<&'a mut Collection> {
    match resource_type {
        "vpn-gateway" => Some(&mut store.gateways),
        "customer-gateway" => Some(&mut store.customer_gateways),
        "vpn-connection" => Some(&mut store.connections),
        _ => None,
    }
}

fn tags_of(r: &Resource) -> Vec<(String, String)> {
    r.body
        .get("tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|t| {
            Some((t.get("key")?.as_str()?.to_owned(), t.get("value").and_then(Value::as_str).unwrap_or("").to_owned()))
        })
        .collect()
}

fn set_tags(r: &mut Resource, tags: &[(String, String)]) {
    let list: Vec<Value> = tags.iter().map(|(k, v)| json!({"key": k, "value": v})).collect();
    r.body.insert("tags".into(), Value::Array(list));
}

/// `POST …/{resource_type}/{id}/tags/create` or `…/tags/delete` (204).
pub fn change(items: &mut Collection, ctx: &Ctx, id: &str, add: bool) -> HttpResponse {
    let body = match respond::parse_body(ctx.body, ctx.request_id) {
        Ok(b) => b,
        Err(r) => return r,
    };
    if let Some(r) =
        respond::invalid(&validate::validate_tags(&Json::from(&body), &ValidateOptions::default()), ctx.request_id)
    {
        return r;
    }
    let Some(resource) = items.get_mut(id) else { return respond::not_found("resource", id, ctx.request_id) };
    let mut tags = tags_of(resource);
    for t in body.get("tags").and_then(Value::as_array).into_iter().flatten() {
        let key = t.get("key").and_then(Value::as_str).unwrap_or_default().to_owned();
        let value = t.get("value").and_then(Value::as_str).unwrap_or("").to_owned();
        tags.retain(|(k, _)| *k != key);
        if add {
            tags.push((key, value));
        }
    }
    if tags.len() > MAX_TAGS {
        let message =
            format!("invalid request: a resource holds at most {MAX_TAGS} tags, this would make {}", tags.len());
        return respond::error(400, "VPN.0001", &message, ctx.request_id);
    }
    set_tags(resource, &tags);
    respond::no_content(ctx.request_id)
}

/// `GET …/{resource_type}/{id}/tags`.
pub fn list(items: &Collection, ctx: &Ctx, id: &str) -> HttpResponse {
    let Some(resource) = items.get(id) else { return respond::not_found("resource", id, ctx.request_id) };
    let tags: Vec<Value> = tags_of(resource).iter().map(|(k, v)| json!({"key": k, "value": v})).collect();
    respond::json(200, &json!({ "tags": tags, "request_id": ctx.request_id }), ctx.request_id)
}

/// `GET …/{resource_type}/tags`: every key used in the project with its values.
pub fn project_tags(items: &Collection, ctx: &Ctx) -> HttpResponse {
    let mut keys: Vec<(String, Vec<String>)> = Vec::new();
    for (k, v) in items.iter().flat_map(tags_of) {
        match keys.iter_mut().find(|(key, _)| *key == k) {
            Some((_, values)) if !values.contains(&v) => values.push(v),
            Some(_) => {}
            None => keys.push((k, vec![v])),
        }
    }
    let tags: Vec<Value> = keys.iter().map(|(k, v)| json!({"key": k, "values": v})).collect();
    respond::json(200, &json!({ "tags": tags, "request_id": ctx.request_id }), ctx.request_id)
}

/// Whether a resource matches a filter body.
fn matches(r: &Resource, filter: &Value) -> bool {
    let tags = tags_of(r);
    if filter.get("without_any_tag").is_some_and(|w| w.as_bool() == Some(true) || w.as_str() == Some("true")) {
        return tags.is_empty();
    }
    let by_tag = filter.get("tags").and_then(Value::as_array).into_iter().flatten().all(|wanted| {
        let key = wanted.get("key").and_then(Value::as_str).unwrap_or_default();
        let values: Vec<&str> =
            wanted.get("values").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        tags.iter().any(|(k, v)| k == key && (values.is_empty() || values.contains(&v.as_str())))
    });
    let name = r.str("name").unwrap_or_default();
    let by_name = filter
        .get("matches")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .all(|m| m.get("value").and_then(Value::as_str).is_none_or(|v| name.contains(v)));
    by_tag && by_name
}

/// `POST …/{resource_type}/resource-instances/filter?limit=&offset=` or `…/count`.
pub fn filter(items: &Collection, ctx: &Ctx, count_only: bool) -> HttpResponse {
    let rid = ctx.request_id;
    let body = match respond::parse_body(ctx.body, rid) {
        Ok(b) => b,
        Err(r) => return r,
    };
    if let Some(r) =
        respond::invalid(&validate::validate_tag_filter(&Json::from(&body), &ValidateOptions::default()), rid)
    {
        return r;
    }
    let found: Vec<&Resource> = items.iter().filter(|r| matches(r, &body)).collect();
    if count_only {
        return respond::json(200, &json!({ "total_count": found.len(), "request_id": rid }), rid);
    }
    let number = |name: &str, default: usize, min: usize, max: usize| match query::first(&ctx.query, name) {
        None | Some("") => Ok(default),
        Some(v) => v.parse::<usize>().ok().filter(|n| (min..=max).contains(n)).ok_or_else(|| {
            respond::error(
                400,
                "VPN.0001",
                &format!("invalid request: {name} must be an integer {min}–{max}, got {v:?}"),
                rid,
            )
        }),
    };
    let (limit, offset) =
        match (number("limit", MAX_FILTER_LIMIT, 1, MAX_FILTER_LIMIT), number("offset", 0, 0, usize::MAX)) {
            (Ok(l), Ok(o)) => (l, o),
            (Err(r), _) | (_, Err(r)) => return r,
        };
    let resources: Vec<Value> = found
        .iter()
        .skip(offset)
        .take(limit)
        .map(|r| {
            let tags: Vec<Value> = tags_of(r).iter().map(|(k, v)| json!({"key": k, "value": v})).collect();
            json!({"resource_id": r.id, "resource_name": r.str("name").unwrap_or_default(), "resource_detail": null, "tags": tags})
        })
        .collect();
    respond::json(200, &json!({ "resources": resources, "total_count": found.len(), "request_id": rid }), rid)
}
