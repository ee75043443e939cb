//! The error body, in every shape the API is documented to use (spec §4.1).

use serde::Deserialize;

/// An error body. Three shapes are documented and all are accepted:
/// `{"error_code", "error_msg", "request_id"}` (the examples and APIG),
/// `{"code", "message"}` (the OTC error-code appendix), and
/// `{"error": {"code", "message"}}` (what the vendor SDK also parses).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct ErrorBody {
    #[serde(default)]
    pub error_code: Option<String>,
    #[serde(default)]
    pub error_msg: Option<String>,
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub error: Option<NestedError>,
    #[serde(default)]
    pub request_id: Option<String>,
}

/// The inner object of the `{"error": {...}}` shape.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct NestedError {
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_all_three_documented_shapes() {
        let shapes = [
            r#"{"error_code":"VPN.0001","error_msg":"bad","request_id":"r1"}"#,
            r#"{"code":"VPN.0001","message":"bad"}"#,
            r#"{"error":{"code":"VPN.0001","message":"bad"}}"#,
        ];
        for s in shapes {
            let b: ErrorBody = serde_json::from_str(s).unwrap();
            assert_eq!(b.code(), Some("VPN.0001"), "{s}");
            assert_eq!(b.message(), Some("bad"), "{s}");
        }
    }
}
