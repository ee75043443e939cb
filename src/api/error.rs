//! The client's one error type. The wasm layer turns each variant into its JS `Error` subclass.

use crate::validate::Report;

/// Error codes the API documents as worth retrying (spec §4.3).
pub const RETRYABLE_CODES: [&str; 10] = [
    "VPN.0009", "VPN.0014", "VPN.0016", "VPN.0017", "VPN.0030", "VPN.0031", "VPN.0306", "VPN.0429", "VPN.0506",
    "VPN.0507",
];

/// Code of an [`ApiError`] whose success body could not be decoded.
pub const RESPONSE_INVALID: &str = "RESPONSE.INVALID";

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
    /// A waiter saw a status it was told to fail on (`Some`), or the resource vanished (`None`).
    #[error("{message}")]
    Wait { status: Option<String>, message: String },
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
    /// Whether `status` and `code` together mean the request may succeed when repeated.
    pub fn is_retryable(status: u16, code: &str) -> bool {
        matches!(status, 429 | 502 | 503 | 504) || RETRYABLE_CODES.contains(&code)
    }
}
