//! Building the emulator's answers: JSON bodies, the API's error format, the request id header,
//! and the mapping of a validation report to the API's error codes.

use crate::api::HttpResponse;
use crate::validate::{Code, Report, Segment};
use serde::Serialize;
use serde_json::{json, Value};

/// A JSON answer with `X-Request-Id`.
pub fn json(status: u16, body: &impl Serialize, request_id: &str) -> HttpResponse {
    let bytes = serde_json::to_vec(body).unwrap_or_else(|_| b"{}".to_vec());
    HttpResponse {
        status,
        headers: vec![("Content-Type".into(), "application/json".into()), ("X-Request-Id".into(), request_id.into())],
        body: bytes,
    }
}

/// `{ <key>: body, request_id }` with `status`.
pub fn wrapped(status: u16, key: &str, body: Value, request_id: &str) -> HttpResponse {
    json(status, &json!({ key: body, "request_id": request_id }), request_id)
}

/// 204 without a body.
pub fn no_content(request_id: &str) -> HttpResponse {
    HttpResponse { status: 204, headers: vec![("X-Request-Id".into(), request_id.into())], body: Vec::new() }
}

/// An error in the API's format: `{"error_code", "error_msg", "request_id"}` (spec §4.1).
pub fn error(status: u16, code: &str, message: &str, request_id: &str) -> HttpResponse {
    json(status, &json!({ "error_code": code, "error_msg": message, "request_id": request_id }), request_id)
}

/// 404 VPN.0004 for a resource that does not exist.
pub fn not_found(kind: &str, id: &str, request_id: &str) -> HttpResponse {
    error(404, "VPN.0004", &format!("resource not found: {kind} {id}"), request_id)
}

/// The API's answer to a body that breaks a rule: the first error, with the code the API uses
/// for it (unknown attribute VPN.0013, which is also what a field an update cannot change gets:
/// it is absent from the update schema, spec §7.11; class D/E/loopback VPN.0204, private IPs
/// VPN.0109/0107, anything else VPN.0001).
pub fn invalid(report: &Report, request_id: &str) -> Option<HttpResponse> {
    let issue = report.errors().next()?;
    let (code, message) = match issue.code {
        Code::FieldUnknown | Code::FieldImmutable => {
            let key = match issue.path.segments().last() {
                Some(Segment::Key(k)) => k.clone(),
                Some(Segment::Index(i)) => i.to_string(),
                None => String::new(),
            };
            ("VPN.0013", format!("Unsupported attribute: {key}"))
        }
        Code::CidrSpecial => ("VPN.0204", located(issue)),
        Code::FieldPair if at_private_ip(issue) => ("VPN.0109", issue.message.clone()),
        Code::FieldDistinct if at_private_ip(issue) => ("VPN.0107", issue.message.clone()),
        _ => ("VPN.0001", format!("invalid request: {}", located(issue))),
    };
    Some(error(400, code, &message, request_id))
}

/// An issue's message after its path (`vpn_connection.psk: …`); about the body itself, `body: …`.
fn located(issue: &crate::validate::Issue) -> String {
    if issue.path.segments().is_empty() {
        format!("body: {}", issue.message)
    } else {
        format!("{}: {}", issue.path, issue.message)
    }
}

/// Whether an issue is about a gateway's `access_private_ip_1`/`_2`.
fn at_private_ip(issue: &crate::validate::Issue) -> bool {
    matches!(issue.path.segments().last(), Some(Segment::Key(k)) if k.starts_with("access_private_ip_"))
}

/// Parses a JSON body, or answers 400 VPN.0001.
pub fn parse_body(body: &[u8], request_id: &str) -> Result<Value, HttpResponse> {
    serde_json::from_slice(body)
        .map_err(|e| error(400, "VPN.0001", &format!("invalid request: malformed JSON: {e}"), request_id))
}
