//! Request bodies: what the validators read, and the bytes that are sent.

use super::error::Error;
use crate::validate::json::{parse, Json};
use crate::validate::{Code, Issue, Path, Report};
use serde_json::Value;

/// A request body an operation takes.
pub trait Body {
    /// Calls `f` with the body as the validators read it; a [`Error::Validation`] when it cannot
    /// be read.
    fn read<R>(&self, f: impl FnOnce(&Json<'_>) -> R) -> Result<R, Error>;
    /// The bytes to send.
    fn to_bytes(&self) -> Result<Vec<u8>, Error>;
}

impl Body for Value {
    fn read<R>(&self, f: impl FnOnce(&Json<'_>) -> R) -> Result<R, Error> {
        Ok(f(&Json::from(self)))
    }

    fn to_bytes(&self) -> Result<Vec<u8>, Error> {
        serde_json::to_vec(self).map_err(|e| Error::Config(format!("cannot encode the body: {e}")))
    }
}

/// One JSON value as text, sent exactly as written: the JS client's bodies are the text
/// `JSON.stringify` gave, so nothing is decoded into numbers and encoded again, and the text is
/// parsed only when it is validated. Reading it refuses text that is not one JSON value the
/// validators' reader takes (nesting up to [`crate::validate::json::MAX_DEPTH`]); with
/// validation off it is sent unread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonText(String);

impl JsonText {
    pub fn new(text: String) -> Self {
        Self(text)
    }
}

impl Body for JsonText {
    fn read<R>(&self, f: impl FnOnce(&Json<'_>) -> R) -> Result<R, Error> {
        match parse(&self.0) {
            Ok(tree) => Ok(f(&tree)),
            Err(e) => {
                let mut report = Report::default();
                report.push(Issue::error(Path::root(), Code::InputUnsupported, e.to_string()));
                Err(Error::Validation(report))
            }
        }
    }

    fn to_bytes(&self) -> Result<Vec<u8>, Error> {
        Ok(self.0.as_bytes().to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_is_sent_as_written_and_read_as_parsed() {
        let body = JsonText::new(r#"{"a": 1.50, "b": ["x"]}"#.to_owned());
        assert_eq!(body.to_bytes().ok(), Some(br#"{"a": 1.50, "b": ["x"]}"#.to_vec()));
        let read = body.read(|j| j.get("b").and_then(|b| b.as_array()).map(<[Json]>::len));
        assert!(matches!(read, Ok(Some(1))), "{read:?}");
        for bad in ["{", "1 2", ""] {
            match JsonText::new(bad.to_owned()).read(|_| ()) {
                Err(Error::Validation(r)) => {
                    assert_eq!(
                        r.issues.first().map(|i| (i.path.to_string(), i.code)),
                        Some((String::new(), Code::InputUnsupported))
                    );
                    assert!(r.issues.first().is_some_and(|i| i.message.starts_with("not valid JSON")), "{r:?}");
                }
                other => panic!("{bad:?}: {other:?}"),
            }
        }
        assert_eq!(json!({"a": 1}).to_bytes().ok(), Some(br#"{"a":1}"#.to_vec()));
    }
}
