//! Who may call: a configured token (`X-Auth-Token`), or a request signed with a configured AK/SK
//! pair (`SDK-HMAC-SHA256`, spec §5.2) whose `X-Sdk-Date` is within 15 minutes of the clock. With
//! either, an `X-Project-Id` header (spec §4.4) must name the project of the path.

use super::clock::parse_sdk_date;
use super::config::{EmulatorConfig, MAX_CLOCK_SKEW_MS};
use super::respond;
use crate::api::signer;
use crate::api::{HttpRequest, HttpResponse};

fn refuse(code: &str, message: &str, request_id: &str) -> HttpResponse {
    respond::error(401, code, message, request_id)
}

/// `Ok` when the request may act on `project`; otherwise the 401 or 403 to answer: 401 for a
/// token or signature that is not accepted, then 403 `VPN.0007` for a token not scoped to
/// `project` or an `X-Project-Id` header (any of them, when repeated) naming another project.
pub fn check(
    request: &HttpRequest,
    project: &str,
    config: &EmulatorConfig,
    now_ms: u64,
    rid: &str,
) -> Result<(), HttpResponse> {
    authenticate(request, project, config, now_ms, rid)?;
    let named_elsewhere = request.headers.iter().any(|(k, v)| k.eq_ignore_ascii_case("x-project-id") && v != project);
    if named_elsewhere {
        let message = "X-Project-Id does not match the project in the path";
        return Err(respond::error(403, "VPN.0007", message, rid));
    }
    Ok(())
}

/// The token or the signature, checked.
fn authenticate(
    request: &HttpRequest,
    project: &str,
    config: &EmulatorConfig,
    now_ms: u64,
    rid: &str,
) -> Result<(), HttpResponse> {
    if let Some(token) = request.header("x-auth-token") {
        let Some(grant) = config.tokens.iter().find(|g| !token.is_empty() && g.token.expose() == token) else {
            return Err(refuse("VPN.0010", "Token authentication failed", rid));
        };
        if grant.projects.as_ref().is_some_and(|p| !p.iter().any(|p| p == project)) {
            let message = "the token is not scoped to this project";
            return Err(respond::error(403, "VPN.0007", message, rid));
        }
        return Ok(());
    }
    let Some(authorization) = request.header("authorization") else {
        return Err(refuse("VPN.0010", "Token authentication failed: no X-Auth-Token or Authorization header", rid));
    };
    let aksk_failed =
        |why: &str| refuse("APIGW.0301", &format!("Incorrect IAM authentication information: {why}"), rid);
    let Some((access_key, signed_headers, signature)) = signer::parse_authorization(authorization) else {
        return Err(aksk_failed("the Authorization header is not SDK-HMAC-SHA256"));
    };
    let Some((_, secret_key)) = config.credentials.iter().find(|(ak, _)| ak == access_key) else {
        return Err(aksk_failed("unknown access key"));
    };
    let Some(date) = request.header("x-sdk-date") else { return Err(aksk_failed("X-Sdk-Date is missing")) };
    match parse_sdk_date(date) {
        Some(t) if t.abs_diff(now_ms) <= MAX_CLOCK_SKEW_MS => {}
        Some(_) => return Err(aksk_failed("X-Sdk-Date is more than 15 minutes off")),
        None => return Err(aksk_failed("X-Sdk-Date is not YYYYMMDDTHHMMSSZ")),
    }
    if !signed_headers.contains(&"x-sdk-date") {
        return Err(aksk_failed("X-Sdk-Date is not signed"));
    }
    // The signed headers as received; `host` from the URL when no Host header came (in-process).
    let mut headers = Vec::with_capacity(signed_headers.len());
    for name in &signed_headers {
        let value = match request.header(name) {
            Some(v) => v.to_owned(),
            None if *name == "host" => signer::split_url(&request.url).map(|(h, ..)| h).unwrap_or_default(),
            None => return Err(aksk_failed(&format!("signed header {name} is missing"))),
        };
        headers.push(((*name).to_owned(), value));
    }
    let (path, query) = request.path_and_query().split_once('?').unwrap_or((request.path_and_query(), ""));
    let payload = signer::payload_hash(&request.headers, &request.body);
    let (canonical, _) = signer::canonical_request(request.method.as_str(), path, query, &headers, &payload);
    let (_, expected) = signer::signature(date, &canonical, secret_key);
    if !signer::same_signature(&expected, signature) {
        return Err(aksk_failed("verify aksk signature fail"));
    }
    Ok(())
}
