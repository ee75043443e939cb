//! The client's one error type. The wasm layer turns each variant into its JS `Error` subclass.

use crate::validate::Report;

/// Error codes the API documents as worth retrying (spec §4.3).
pub const RETRYABLE_CODES: [&str; 10] = [
    "VPN.0009", "VPN.0014", "VPN.0016", "VPN.0017", "VPN.0030", "VPN.0031", "VPN.0306", "VPN.0429", "VPN.0506",
    "VPN.0507",
];

/// Code of an [`ApiError`] whose success body could not be decoded.
pub const RESPONSE_INVALID: &str = "RESPONSE.INVALID";
/// Code of an [`ApiError`] for a redirect (3xx), which the client never follows.
pub const RESPONSE_REDIRECT: &str = "RESPONSE.REDIRECT";
/// Code of an [`ApiError`] for an answer longer than the client reads.
pub const RESPONSE_TOO_LARGE: &str = "RESPONSE.TOO_LARGE";

/// An error answer from the service (or a body it should not have sent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status.
    pub status: u16,
    /// The API's code (`VPN.0004`, `APIGW.0301`); `HTTP.<status>` when the body carried none (an
    /// HTML gateway page); `RESPONSE.INVALID` when a success body did not decode.
    pub code: String,
    /// The API's message, or a description of what was wrong with the body.
    pub message: String,
    /// From the body's `request_id`, else the `X-Request-Id` header.
    pub request_id: Option<String>,
    /// Whether the same request may succeed later: the retry candidates of spec §4.3 (its codes,
    /// 429, 503, 504) and 502, which the client also retries for GET, PUT and DELETE.
    pub retryable: bool,
    /// The `Retry-After` header as sent: seconds, or an HTTP date.
    pub retry_after: Option<String>,
}

/// Everything a client call can fail with.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    /// The request broke a rule; nothing was sent.
    #[error("the request is not valid: {}", summary(.0))]
    Validation(Report),
    /// The service answered with an error.
    #[error("{} {}: {}", .0.status, .0.code, .0.message)]
    Api(ApiError),
    /// The client was configured wrongly (endpoint, project id, auth).
    #[error("{0}")]
    Config(String),
    /// The request may have reached the service, but no answer arrived (a dropped connection).
    #[error("network error: {0}")]
    Network(String),
    /// The connection was refused: the request certainly did not reach the service.
    #[error("connection refused: {0}")]
    ConnectionRefused(String),
    /// No answer within the time allowed.
    #[error("no answer within {0} ms")]
    Timeout(u64),
    /// The caller's signal aborted the call.
    #[error("the call was aborted")]
    Aborted,
    /// A waiter saw a status it was told to fail on (`Some`), or the resource vanished (`None`),
    /// after `polls` polls.
    #[error("{message}")]
    Wait { status: Option<String>, message: String, polls: u32 },
    /// A waiter ran out of time (`timeout_ms`), having last seen `last_status`, after `polls` polls.
    #[error("{message}")]
    WaitTimeout { message: String, last_status: Option<String>, polls: u32, timeout_ms: u64 },
}

impl Error {
    /// Whether the service answered 404: the resource (or the API) does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::Api(e) if e.status == 404)
    }
}

fn summary(report: &Report) -> String {
    let errors: Vec<String> = report.errors().take(3).map(|i| format!("{}: {}", i.path, i.message)).collect();
    let more = report.errors().count().saturating_sub(errors.len());
    if more > 0 {
        format!("{} (and {more} more)", errors.join("; "))
    } else {
        errors.join("; ")
    }
}

impl ApiError {
    /// A redirect answer (`status` 3xx, or 0 when the platform hides it, as browsers do), which is
    /// never followed: it would carry the request's credentials to wherever it points. Names the
    /// host of `location`, never its path or query; not retryable.
    pub fn redirect(status: u16, location: Option<&str>, request_id: Option<String>) -> Self {
        let status_text = if status == 0 { String::from("a redirect") } else { format!("a {status} redirect") };
        let target = match location.map(redirect_target) {
            Some(Some(host)) => format!(" to {host}"),
            Some(None) => String::from(" to another path of the endpoint's host"),
            None => String::new(),
        };
        ApiError {
            status,
            code: RESPONSE_REDIRECT.into(),
            message: format!(
                "the server answered with {status_text}{target}; redirects are not followed, since they would carry the credentials elsewhere: check the endpoint"
            ),
            request_id,
            retryable: false,
            retry_after: None,
        }
    }

    /// An answer with `status` whose body was longer than `limit` bytes; not retryable.
    pub fn too_large(status: u16, limit: u64, request_id: Option<String>) -> Self {
        ApiError {
            status,
            code: RESPONSE_TOO_LARGE.into(),
            message: format!(
                "the answer to this request is longer than {limit} bytes (maxResponseBytes); it was not read further"
            ),
            request_id,
            retryable: false,
            retry_after: None,
        }
    }

    /// Whether `status` and `code` together mean the request may succeed when repeated.
    pub fn is_retryable(status: u16, code: &str) -> bool {
        matches!(status, 429 | 502 | 503 | 504) || RETRYABLE_CODES.contains(&code)
    }
}

/// The host (with its port) a `Location` value points at, without user info, path or query;
/// `None` for a relative reference (the same host). At most 255 characters are shown.
fn redirect_target(location: &str) -> Option<String> {
    let location = location.trim();
    let rest = match location.split_once("://") {
        Some((scheme, rest))
            if !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) =>
        {
            rest
        }
        _ => location.strip_prefix("//")?,
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    let shown: String = host.chars().filter(|c| !c.is_control()).take(255).collect();
    Some(if shown.is_empty() { String::from("an empty host") } else { crate::validate::json::quote(&shown) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_redirect_names_only_the_host_it_points_at() {
        let shown = |location: &str| ApiError::redirect(302, Some(location), None).message;
        let m = shown("http://user:secret@other-host:8080/v5/p/vpn-connection?token=abc#x");
        assert!(m.contains("a 302 redirect to \"other-host:8080\""), "{m}");
        assert!(!m.contains("secret") && !m.contains("abc") && !m.contains("/v5"), "{m}");
        assert!(shown("//127.0.0.2:9/x").contains("\"127.0.0.2:9\""));
        assert!(shown("/v5/other?x=1").contains("another path of the endpoint's host"));
        assert!(!shown("/v5/other?x=1").contains("x=1"));
        let hidden = ApiError::redirect(0, None, None);
        assert!(hidden.message.starts_with("the server answered with a redirect;"), "{}", hidden.message);
        assert!(!hidden.retryable && hidden.code == RESPONSE_REDIRECT);
    }

    #[test]
    fn too_large_names_the_limit() {
        let e = ApiError::too_large(200, 1024, Some("r".into()));
        assert_eq!((e.code.as_str(), e.retryable), (RESPONSE_TOO_LARGE, false));
        assert!(e.message.contains("1024 bytes (maxResponseBytes)"));
    }
}
