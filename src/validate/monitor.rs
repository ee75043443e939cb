//! Connection monitor body (spec §2.8).

use super::object::Obj;
use super::options::ValidateOptions;
use super::report::{At, Report};
use super::shape::{self, Field, Shape};
use crate::validate::json::Json;

static CREATE: [Field; 1] = [Field::required("vpn_connection_id", Shape::Str)];
pub(crate) static CREATE_BODY: [Field; 1] = [Field::required("connection_monitor", Shape::Object(&CREATE))];

/// Validates a `POST /v5/{project_id}/connection-monitors` body.
pub fn validate_create(body: &Json, options: &ValidateOptions) -> Report {
    let mut report = Report::default();
    shape::check(body, &Shape::Object(&CREATE_BODY), options.huawei(), &At::Root, &mut report);
    if let Some(map) = body.get("connection_monitor").and_then(Json::as_object) {
        let root = At::Root;
        let at = root.key("connection_monitor");
        Obj::new(map, &at, options).uuid("vpn_connection_id", &mut report);
    }
    report.finish()
}
