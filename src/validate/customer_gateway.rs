//! Customer gateway bodies: create and update (spec §2.6, §2.7, checklist 12).

use super::codes::Code;
use super::connection::{check_fqdn, RESOURCE_TAG};
use super::object::Obj;
use super::options::ValidateOptions;
use super::profile;
use super::report::{At, Issue, Report};
use super::shape::{self, Field, Shape};
use super::tags;
use crate::validate::json::Json;

static CA_CERTIFICATE: [Field; 1] = [Field::required("content", Shape::Str)];

static CREATE: [Field; 6] = [
    Field::optional("name", Shape::Str),
    Field::optional("id_type", Shape::Str),
    Field::required("id_value", Shape::Str),
    Field::optional("bgp_asn", Shape::Int),
    Field::optional("tags", Shape::List(&Shape::Object(&RESOURCE_TAG))),
    Field::huawei("ca_certificate", Shape::Object(&CA_CERTIFICATE)),
];
static CREATE_BODY: [Field; 1] = [Field::required("customer_gateway", Shape::Object(&CREATE))];

/// Update takes the name (and on Huawei the certificate); the rest is listed so that it is
/// reported as immutable rather than unknown.
static UPDATE: [Field; 6] = [
    Field::optional("name", Shape::Str),
    Field::huawei("ca_certificate", Shape::Object(&CA_CERTIFICATE)),
    Field::optional("id_type", Shape::Any),
    Field::optional("id_value", Shape::Any),
    Field::optional("bgp_asn", Shape::Any),
    Field::optional("tags", Shape::Any),
];
static UPDATE_BODY: [Field; 1] = [Field::required("customer_gateway", Shape::Object(&UPDATE))];

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
    if let Some(list) = obj.array("tags") {
        tags::check_list(list, 0, &at.key("tags"), &mut report);
    }
    report.finish()
}

/// Validates a `PUT /v5/{project_id}/customer-gateways/{id}` body: only the name (and on Huawei
/// the CA certificate) can change.
pub fn validate_update(body: &Json, options: &ValidateOptions) -> Report {
    let mut report = Report::default();
    shape::check(body, &Shape::Object(&UPDATE_BODY), options.huawei(), &At::Root, &mut report);
    let Some(map) = body.get("customer_gateway").and_then(Json::as_object) else { return report.finish() };
    let root = At::Root;
    let at = root.key("customer_gateway");
    let obj = Obj::new(map, &at, options);
    obj.name("name", &mut report);
    for key in ["id_type", "id_value", "bgp_asn"] {
        obj.immutable(key, "; create a new customer gateway instead", &mut report);
    }
    obj.immutable("tags", "; use the tag API", &mut report);
    if map.is_empty() {
        report.push(Issue::warning(at.path(), Code::FieldRequired, "the update changes nothing: give a name"));
    }
    report.finish()
}
