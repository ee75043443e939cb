//! Customer gateway bodies: create and update (spec §2.6, §2.7, checklist 12).
//!
//! Besides the documented form (`id_type`, `id_value`), the live API still takes the older one:
//! `ip` with `route_mode` and no `id_value` (Huawei's SDK before release 0.1.78; the Huawei
//! Terraform provider sends it and its acceptance tests pass with it). It is accepted with
//! `field.deprecated` warnings. The facts, with their sources, are in
//! `tests/reference/create_customer_gateway.json` and `update_customer_gateway.json`.

use super::codes::Code;
use super::connection::{check_fqdn, RESOURCE_TAG};
use super::object::Obj;
use super::options::{Cloud, ValidateOptions};
use super::profile;
use super::report::{At, Issue, Report};
use super::shape::{self, Field, Shape};
use super::tags;
use crate::validate::json::{Json, Members};

/// `ca_certificate`: an existing certificate by `id`, or a new one by its PEM `content` (both
/// optional in Huawei's SDK).
static CA_CERTIFICATE: [Field; 2] = [Field::optional("id", Shape::Str), Field::optional("content", Shape::Str)];

static CREATE: [Field; 8] = [
    Field::optional("name", Shape::Str),
    Field::optional("id_type", Shape::Str),
    // Required unless the legacy `ip` is given: checked by the rules.
    Field::optional("id_value", Shape::Str),
    Field::optional("bgp_asn", Shape::Int),
    Field::optional("tags", Shape::List(&Shape::Object(&RESOURCE_TAG))),
    Field::huawei("ca_certificate", Shape::Object(&CA_CERTIFICATE)),
    Field::deprecated("ip", Shape::Str, "id_value"),
    Field::deprecated("route_mode", Shape::Str, ROUTE_MODE_REPLACEMENT),
];
pub(crate) static CREATE_BODY: [Field; 1] = [Field::required("customer_gateway", Shape::Object(&CREATE))];

/// What took `route_mode`'s place: the routing is chosen per connection now.
const ROUTE_MODE_REPLACEMENT: &str = "the VPN connection's style";

/// Update takes the name and the certificate; the rest is listed so that it is reported as
/// immutable rather than unknown. The certificate is known on both clouds here: OTC's API text
/// says it can be updated, though its field table leaves it out (a warning on OTC).
static UPDATE: [Field; 8] = [
    Field::optional("name", Shape::Str),
    Field::optional("ca_certificate", Shape::Object(&CA_CERTIFICATE)),
    Field::optional("id_type", Shape::Any),
    Field::optional("id_value", Shape::Any),
    Field::optional("bgp_asn", Shape::Any),
    Field::optional("tags", Shape::Any),
    Field::optional("ip", Shape::Any),
    Field::optional("route_mode", Shape::Any),
];
pub(crate) static UPDATE_BODY: [Field; 1] = [Field::required("customer_gateway", Shape::Object(&UPDATE))];

/// Largest BGP AS number (4-byte ASNs).
pub const MAX_ASN: i64 = 4_294_967_295;

/// Validates a `POST /v5/{project_id}/customer-gateways` body.
pub fn validate_create(body: &Json, options: &ValidateOptions) -> Report {
    let mut report = Report::default();
    shape::check(body, &Shape::Object(&CREATE_BODY), options.huawei(), &At::Root, &mut report);
    let Some(map) = body.get("customer_gateway").and_then(Json::as_object) else { return report.finish() };
    let root = At::Root;
    let at = root.key("customer_gateway");
    let obj = Obj::new(map, &at, options);
    obj.name("name", &mut report);
    let legacy = obj.has("ip");
    if !obj.has("id_value") && !legacy {
        report.push(
            Issue::error(at.key("id_value").path(), Code::FieldRequired, "id_value is required")
                .with_hint("the legacy form gives ip instead, deprecated"),
        );
    }
    let id_type =
        if obj.has("id_type") { obj.enumerated("id_type", &profile::CGW_ID_TYPE, &mut report) } else { Some("ip") };
    match id_type {
        Some("ip") => {
            obj.ipv4("id_value", &mut report);
        }
        Some("fqdn") => {
            if let Some(v) = obj.str("id_value") {
                check_fqdn(v, &at.key("id_value"), &mut report);
            }
            obj.conflict("bgp_asn", "id_type", "is used only with id_type ip", &mut report);
        }
        _ => {}
    }
    obj.int_range("bgp_asn", 1, MAX_ASN, "", &mut report);
    check_legacy(&obj, &mut report);
    if let Some(list) = obj.array("tags") {
        tags::check_tags(list, 0, &at.key("tags"), options.cloud, &mut report);
    }
    if let Some(certificate) = obj.object("ca_certificate") {
        check_certificate(certificate, &at.key("ca_certificate"), options, &mut report);
    }
    report.finish()
}

/// `ip` and `route_mode`, the older form: `ip` an IPv4 address, `route_mode` static or bgp. Mixed
/// with `id_value` or `id_type` it is a warning: the Terraform provider never sends both forms
/// (ConflictsWith), and no reference says what the server makes of it.
fn check_legacy(obj: &Obj, report: &mut Report) {
    obj.ipv4("ip", report);
    obj.enumerated("route_mode", &profile::ROUTE_MODE, report);
    for old in ["ip", "route_mode"] {
        if let Some(new) = ["id_value", "id_type"].into_iter().find(|k| obj.has(k)).filter(|_| obj.has(old)) {
            report.push(
                Issue::warning(
                    obj.at.key(old).path(),
                    Code::FieldConflict,
                    format!("{old} belongs to the legacy form and {new} to the current one: send one form"),
                )
                .with_related(obj.at.key(new).path()),
            );
        }
    }
}

/// `ca_certificate`: `id` a UUID (Huawei's API page); neither `id` nor `content` is a warning (it
/// gives no certificate).
fn check_certificate(map: &Members, at: &At, options: &ValidateOptions, report: &mut Report) {
    let obj = Obj::new(map, at, options);
    obj.uuid("id", report);
    if !obj.has("id") && !obj.has("content") {
        report.push(Issue::warning(
            at.path(),
            Code::FieldRequired,
            "ca_certificate gives no certificate: set id (an existing one) or content (PEM)",
        ));
    }
}

/// Validates a `PUT /v5/{project_id}/customer-gateways/{id}` body: only the name and the CA
/// certificate can change.
pub fn validate_update(body: &Json, options: &ValidateOptions) -> Report {
    let mut report = Report::default();
    shape::check(body, &Shape::Object(&UPDATE_BODY), options.huawei(), &At::Root, &mut report);
    let Some(map) = body.get("customer_gateway").and_then(Json::as_object) else { return report.finish() };
    let root = At::Root;
    let at = root.key("customer_gateway");
    let obj = Obj::new(map, &at, options);
    obj.name("name", &mut report);
    for key in ["id_type", "id_value", "bgp_asn", "ip", "route_mode"] {
        obj.immutable(key, "; create a new customer gateway instead", &mut report);
    }
    obj.immutable("tags", "; use the tag API", &mut report);
    if let Some(certificate) = obj.object("ca_certificate") {
        if options.cloud == Cloud::Otc {
            report.push(Issue::warning(
                at.key("ca_certificate").path(),
                Code::FieldUnknown,
                "ca_certificate: OTC's API text says the certificate can be updated, but its field table lists only name; Huawei Cloud takes it",
            ));
        }
        check_certificate(certificate, &at.key("ca_certificate"), options, &mut report);
    }
    if map.is_empty() {
        report.push(Issue::warning(
            at.path(),
            Code::FieldRequired,
            "the update changes nothing: give a name or a certificate",
        ));
    }
    report.finish()
}
