//! The error body, in every shape the API is documented to use (spec §4.1). It is read by
//! `api::decode` with the validators' JSON reader (the one reader of error answers, native and
//! in the JS client), so it has no serde derive.

/// An error body. Three shapes are documented and all are accepted:
/// `{"error_code", "error_msg", "request_id"}` (the examples and APIG),
/// `{"code", "message"}` (the OTC error-code appendix), and
/// `{"error": {"code", "message"}}` (what the vendor SDK also parses).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrorBody {
    pub error_code: Option<String>,
    pub error_msg: Option<String>,
    pub code: Option<String>,
    pub message: Option<String>,
    pub error: Option<NestedError>,
    pub request_id: Option<String>,
}

/// The inner object of the `{"error": {...}}` shape.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NestedError {
    pub code: Option<String>,
    pub message: Option<String>,
}

impl ErrorBody {
    /// The API error code (`VPN.0001`, `APIGW.0301`, …), whichever shape carried it.
    pub fn code(&self) -> Option<&str> {
        self.error_code
            .as_deref()
            .or(self.code.as_deref())
            .or_else(|| self.error.as_ref().and_then(|e| e.code.as_deref()))
    }

    /// The human message, whichever shape carried it.
    pub fn message(&self) -> Option<&str> {
        self.error_msg
            .as_deref()
            .or(self.message.as_deref())
            .or_else(|| self.error.as_ref().and_then(|e| e.message.as_deref()))
    }
}
