//! Request bodies: what the validators read, and the bytes that are sent.

use super::error::Error;
use crate::validate::json::{parse, Json, ParseError};
use serde_json::Value;

/// A request body an operation takes.
pub trait Body {
    /// Calls `f` with the body as the validators read it.
    fn read<R>(&self, f: impl FnOnce(&Json<'_>) -> R) -> R;
    /// The bytes to send.
    fn to_bytes(&self) -> Result<Vec<u8>, Error>;
}

impl Body for Value {
    fn read<R>(&self, f: impl FnOnce(&Json<'_>) -> R) -> R {
        f(&Json::from(self))
    }

    fn to_bytes(&self) -> Result<Vec<u8>, Error> {
        serde_json::to_vec(self).map_err(|e| Error::Config(format!("cannot encode the body: {e}")))
    }
}

/// One JSON value as text, sent exactly as written: the JS client's bodies are the text
/// `JSON.stringify` gave, so nothing is decoded into numbers and encoded again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonText(String);

impl JsonText {
    /// `text`, when it is one JSON value the validators' reader takes (nesting up to
    /// [`crate::validate::json::MAX_DEPTH`]).
    pub fn new(text: String) -> Result<Self, ParseError> {
        parse(&text)?;
        Ok(Self(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Body for JsonText {
    fn read<R>(&self, f: impl FnOnce(&Json<'_>) -> R) -> R {
        // `new` parsed the text already, so this parse cannot fail.
        f(&parse(&self.0).unwrap_or(Json::Null))
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
        let body = JsonText::new(r#"{"a": 1.50, "b": ["x"]}"#.to_owned()).map_err(|e| e.to_string());
        let Ok(body) = body else { panic!("{body:?}") };
        assert_eq!(body.to_bytes().ok(), Some(br#"{"a": 1.50, "b": ["x"]}"#.to_vec()));
        assert_eq!(body.read(|j| j.get("b").and_then(|b| b.as_array()).map(<[Json]>::len)), Some(1));
        assert!(JsonText::new("{".to_owned()).is_err());
        assert!(JsonText::new("1 2".to_owned()).is_err());
        assert_eq!(json!({"a": 1}).to_bytes().ok(), Some(br#"{"a":1}"#.to_vec()));
    }
}
