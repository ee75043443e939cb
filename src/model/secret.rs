//! [`Secret`]: a string that never prints (a pre-shared key, a token, a secret key).

use serde::{Deserialize, Serialize};
use std::fmt;

/// A secret string. `Debug` and `Display` print `***`; only [`Secret::expose`] and serialization
/// (which builds the wire body) reveal the value.
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

/// What every secret prints as.
pub const REDACTED: &str = "***";

impl Secret {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The value itself, for code that must send or check it (signing, the PSK rules).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether the value is the empty string.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({REDACTED})")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_prints_its_value() {
        let s = Secret::new("Abcd1234!x");
        assert_eq!(format!("{s}"), "***");
        assert_eq!(format!("{s:?}"), "Secret(***)");
        assert_eq!(format!("{:?}", Some(&s)), "Some(Secret(***))");
        assert_eq!(s.expose(), "Abcd1234!x");
    }

    #[test]
    fn serializes_as_plain_string_for_the_wire() {
        let s: Secret = serde_json::from_str("\"Abcd1234!x\"").unwrap();
        assert_eq!(serde_json::to_string(&s).unwrap(), "\"Abcd1234!x\"");
    }
}
