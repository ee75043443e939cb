//! Turns an [`HttpResponse`] into a typed body or an [`ApiError`].

use super::answer::invalid_answer;
#[cfg(test)]
use super::error::RESPONSE_INVALID;
use super::error::{ApiError, Error};
use super::http::HttpResponse;
use crate::model::{ErrorBody, NestedError};
use crate::validate::json::{parse, Json};
use serde::de::DeserializeOwned;

/// Longest piece of a non-JSON body quoted in a message, in characters.
const SNIPPET: usize = 200;

/// Decodes a success body when `response.status` is `expected`, and an error otherwise.
pub fn decode<T: DeserializeOwned>(response: &HttpResponse, expected: u16) -> Result<T, Error> {
    if response.status != expected {
        return Err(Error::Api(api_error(response)));
    }
    // A 204 (and any empty success) reads as JSON `null`: `()` or an empty `Value`.
    let body: &[u8] = if response.body.is_empty() { b"null" } else { &response.body };
    serde_json::from_slice(body).map_err(|e| invalid_answer(response, &e.to_string()))
}

/// Reads an error answer in any documented shape (spec §4.1), or describes a body that has none.
/// A redirect (3xx) is [`ApiError::redirect`], whatever its body says.
pub fn api_error(response: &HttpResponse) -> ApiError {
    if (300..400).contains(&response.status) {
        return ApiError::redirect(response.status, response.header("location"), header_request_id(response));
    }
    let body = error_body(&response.body);
    let code = body.as_ref().and_then(|b| b.code()).map(str::to_owned);
    let message = body.as_ref().and_then(|b| b.message()).map(str::to_owned);
    let request_id = body
        .as_ref()
        .and_then(|b| b.request_id.clone())
        .filter(|id| !id.is_empty())
        .or_else(|| header_request_id(response));
    let code = code.unwrap_or_else(|| format!("HTTP.{}", response.status));
    let message = message.unwrap_or_else(|| describe_body(response));
    let retryable = ApiError::is_retryable(response.status, &code);
    let retry_after = response.header("retry-after").map(str::to_owned);
    ApiError { status: response.status, code, message, request_id, retryable, retry_after }
}

/// The error body in `bytes`, read with the validators' JSON reader (no serde in the client's
/// wasm); `None` when they are not a JSON object. A member of the wrong type counts as absent.
fn error_body(bytes: &[u8]) -> Option<ErrorBody> {
    let text = std::str::from_utf8(bytes).ok()?;
    let json = parse(text).ok()?;
    let members = json.as_object()?;
    let text_of = |value: Option<&Json>| value.and_then(Json::as_str).map(str::to_owned);
    let nested = members.get("error").and_then(Json::as_object);
    Some(ErrorBody {
        error_code: text_of(members.get("error_code")),
        error_msg: text_of(members.get("error_msg")),
        code: text_of(members.get("code")),
        message: text_of(members.get("message")),
        error: nested.map(|e| NestedError { code: text_of(e.get("code")), message: text_of(e.get("message")) }),
        request_id: text_of(members.get("request_id")),
    })
}

pub(super) fn header_request_id(response: &HttpResponse) -> Option<String> {
    response.header("x-request-id").filter(|v| !v.is_empty()).map(str::to_owned)
}

fn describe_body(response: &HttpResponse) -> String {
    let text = String::from_utf8_lossy(&response.body);
    let text = text.trim();
    if text.is_empty() {
        return format!("HTTP {} with an empty body", response.status);
    }
    let snippet: String = text.chars().take(SNIPPET).collect();
    let cut = if snippet.len() < text.len() { "…" } else { "" };
    format!("HTTP {} with a body that is not an API error: {snippet}{cut}", response.status)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resp(status: u16, headers: &[(&str, &str)], body: &str) -> HttpResponse {
        HttpResponse {
            status,
            headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn request_id_from_body_then_header() {
        let e = api_error(&resp(
            404,
            &[("X-Request-Id", "hdr")],
            r#"{"error_code":"VPN.0004","error_msg":"nf","request_id":"body"}"#,
        ));
        assert_eq!((e.code.as_str(), e.request_id.as_deref()), ("VPN.0004", Some("body")));
        let e = api_error(&resp(400, &[("x-request-id", "hdr")], r#"{"code":"VPN.0001","message":"bad"}"#));
        assert_eq!((e.code.as_str(), e.message.as_str(), e.request_id.as_deref()), ("VPN.0001", "bad", Some("hdr")));
    }

    #[test]
    fn every_documented_error_shape_is_read() {
        for body in [
            r#"{"error_code":"VPN.0001","error_msg":"bad","request_id":"r1"}"#,
            r#"{"code":"VPN.0001","message":"bad","request_id":"r1"}"#,
            r#"{"error":{"code":"VPN.0001","message":"bad"},"request_id":"r1"}"#,
        ] {
            let e = api_error(&resp(400, &[], body));
            assert_eq!((e.code.as_str(), e.message.as_str(), e.request_id.as_deref()), ("VPN.0001", "bad", Some("r1")));
        }
        // A member of the wrong type is absent; the other shape's member is then read.
        let e =
            api_error(&resp(400, &[], r#"{"error_code":7,"code":"VPN.0013","error_msg":"Unsupported attribute: x"}"#));
        assert_eq!((e.code.as_str(), e.message.as_str()), ("VPN.0013", "Unsupported attribute: x"));
        let e = api_error(&resp(409, &[], r#"["VPN.0016"]"#));
        assert_eq!(e.code, "HTTP.409");
    }

    #[test]
    fn non_json_bodies_and_retryability() {
        let e = api_error(&resp(502, &[], "<html>Bad Gateway</html>"));
        assert_eq!(e.code, "HTTP.502");
        assert!(e.message.contains("Bad Gateway"));
        assert!(e.retryable, "a gateway error may pass");
        assert!(api_error(&resp(503, &[], "")).retryable);
        assert!(!api_error(&resp(500, &[], "")).retryable);
        assert!(api_error(&resp(400, &[], r#"{"error_code":"VPN.0030","error_msg":"busy"}"#)).retryable);
    }

    #[test]
    fn undecodable_success_is_an_api_error() {
        let r: Result<crate::model::VpnConnectionResponse, _> = decode(&resp(200, &[], "{\"vpn"), 200);
        assert!(matches!(r, Err(Error::Api(ApiError { ref code, .. })) if code == RESPONSE_INVALID));
    }
}
