//! VPN connection bodies: create, batch create and update (spec §2.2–2.5, checklist §7).

mod policies;
mod policy_rules;
mod rules;
pub(crate) mod shapes;
mod tunnel;

pub use policies::check_fqdn;
pub use policy_rules::{MAX_DESTINATIONS, MAX_RULES};
pub use rules::MAX_PEER_SUBNETS;
pub use shapes::RESOURCE_TAG;

use super::codes::Code;
use super::object::Obj;
use super::options::ValidateOptions;
use super::report::{At, Issue, Report};
use super::shape::{self, Field, Shape};
use crate::validate::json::Json;
use rules::Kind;

/// Checks the shape of `body` against `{envelope: …}` and returns the envelope's value.
fn envelope<'v>(
    body: &'v Json<'v>,
    fields: &'static [Field],
    key: &str,
    options: &ValidateOptions,
    report: &mut Report,
) -> Option<&'v Json<'v>> {
    shape::check(body, &Shape::Object(fields), options.huawei(), &At::Root, report);
    body.get(key)
}

/// Validates a `POST /v5/{project_id}/vpn-connection` body, `{"vpn_connection": {...}}`.
pub fn validate_create(body: &Json, options: &ValidateOptions) -> Report {
    let mut report = Report::default();
    if let Some(map) =
        envelope(body, &shapes::CREATE_BODY, "vpn_connection", options, &mut report).and_then(Json::as_object)
    {
        let root = At::Root;
        let at = root.key("vpn_connection");
        rules::check(&Obj::new(map, &at, options), Kind::Create, &mut report);
    }
    report.finish()
}

/// Validates a `PUT /v5/{project_id}/vpn-connection/{id}` body. Every field is optional; the
/// connection's style, when passed as `options.context.connection.style`, enables the style rules.
pub fn validate_update(body: &Json, options: &ValidateOptions) -> Report {
    let mut report = Report::default();
    if let Some(map) =
        envelope(body, &shapes::UPDATE_BODY, "vpn_connection", options, &mut report).and_then(Json::as_object)
    {
        let root = At::Root;
        let at = root.key("vpn_connection");
        rules::check(&Obj::new(map, &at, options), Kind::Update, &mut report);
    }
    report.finish()
}

/// Most connections one batch creates.
pub const MAX_BATCH: usize = 2;

/// Validates a `POST /v5/{project_id}/vpn-connections/batch-create` body: 1 or 2 connections,
/// all on the same gateway.
pub fn validate_batch_create(body: &Json, options: &ValidateOptions) -> Report {
    let mut report = Report::default();
    let Some(items) =
        envelope(body, &shapes::BATCH_BODY, "vpn_connections", options, &mut report).and_then(Json::as_array)
    else {
        return report.finish();
    };
    let root = At::Root;
    let at = root.key("vpn_connections");
    if items.is_empty() || items.len() > MAX_BATCH {
        report.push(Issue::error(
            at.path(),
            Code::ListLength,
            format!("a batch creates 1 or 2 connections, got {}", items.len()),
        ));
    }
    let mut first_vgw: Option<(&str, usize)> = None;
    for (i, item) in items.iter().enumerate() {
        let Some(map) = item.as_object() else { continue };
        let item_at = at.index(i);
        rules::check(&Obj::new(map, &item_at, options), Kind::BatchItem, &mut report);
        let Some(vgw) = map.get("vgw_id").and_then(Json::as_str) else { continue };
        match first_vgw {
            Some((first, index)) if first != vgw => report.push(
                Issue::error(
                    item_at.key("vgw_id").path(),
                    Code::BatchVgwId,
                    "every connection of a batch must be on the same VPN gateway (vgw_id)",
                )
                .with_related(at.index(index).key("vgw_id").path()),
            ),
            Some(_) => {}
            None => first_vgw = Some((vgw, i)),
        }
    }
    report.finish()
}
