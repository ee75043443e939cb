//! Building the emulator's answers: JSON bodies, the API's error format, the request id header.

use crate::api::HttpResponse;
use serde::Serialize;
use serde_json::json;

/// A JSON answer with `X-Request-Id`.
pub fn json(status: u16, body: &impl Serialize, request_id: &str) -> HttpResponse {
    let bytes = serde_json::to_vec(body).unwrap_or_else(|_| b"{}".to_vec());
    HttpResponse {
        status,
        headers: vec![("Content-Type".into(), "application/json".into()), ("X-Request-Id".into(), request_id.into())],
        body: bytes,
    }
}

/// An error in the API's format: `{"error_code", "error_msg", "request_id"}` (spec §4.1).
pub fn error(status: u16, code: &str, message: &str, request_id: &str) -> HttpResponse {
    json(status, &json!({ "error_code": code, "error_msg": message, "request_id": request_id }), request_id)
}
