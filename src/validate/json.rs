//! [`Json`]: the JSON tree the validators read. It borrows its strings from the text it was parsed
//! from (or from a `serde_json::Value`), so reading a request body allocates one vector per array
//! or object and nothing per string; that is most of what makes validation from JS fast.

use serde_json::Value;
use std::borrow::Cow;
use std::fmt::{self, Write as _};

pub use super::json_parse::{parse, ParseError, MAX_DEPTH};

/// A JSON value whose strings borrow from `'a` where they can.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    /// A number written without fraction or exponent, between `i64::MIN` and `u64::MAX`.
    Int(i128),
    /// Any other number, as written: `1.5`, `1e3`, or an integer too large for 64 bits. Kept as
    /// text: no rule reads a fractional value (it is a type error wherever a number goes), messages
    /// show it as given, and the validators' wasm then needs no float parsing or formatting.
    Float(Cow<'a, str>),
    Str(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    Object(Members<'a>),
}

/// The members of a JSON object in the order written. A key written twice is read, like
/// `serde_json` and `JSON.parse`, as its last value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Members<'a>(pub(super) Vec<(Cow<'a, str>, Json<'a>)>);

impl<'a> From<Vec<(Cow<'a, str>, Json<'a>)>> for Members<'a> {
    fn from(members: Vec<(Cow<'a, str>, Json<'a>)>) -> Self {
        Self(members)
    }
}

impl<'a> Members<'a> {
    /// The value of `key` (its last, when written twice).
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }

    /// The keys in the order written.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_ref())
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Json<'a>)> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> Json<'a> {
    /// `self[key]` when `self` is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.as_object().and_then(|m| m.get(key))
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json<'a>]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Members<'a>> {
        match self {
            Json::Object(m) => Some(m),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The value as an `i64`, when it is a whole number that fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Int(n) => i64::try_from(*n).ok(),
            _ => None,
        }
    }

    /// Names the JSON type, for messages: "a string", "an integer", "a fractional number", "a whole
    /// number too large for 64 bits", ….
    pub fn type_name(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Int(_) => "an integer",
            // `1.5`, `5e-324`; else a whole number past 64 bits (`1e+21`, `18446744073709552000`).
            Json::Float(text) if text.contains('.') || text.contains("e-") || text.contains("E-") => {
                "a fractional number"
            }
            Json::Float(_) => "a whole number too large for 64 bits",
            Json::Str(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }
}

impl Json<'_> {
    /// Appends the value to `out` as compact JSON text, as `JSON.stringify` writes it (a number
    /// kept as text is written as it was given).
    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Int(n) => {
                let _ = write!(out, "{n}");
            }
            Json::Float(text) => out.push_str(text),
            Json::Str(s) => write_string(out, s),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(out, key);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// Appends `text` to `out` as a JSON string literal (quotes, backslashes and control characters
/// escaped), as `JSON.stringify` writes it.
pub fn write_string(out: &mut String, text: &str) {
    out.push('"');
    let mut plain = 0; // start of the run of characters that need no escape
    for (i, byte) in text.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(text.get(plain..i).unwrap_or(""));
        if escape.is_empty() {
            let _ = write!(out, "\\u{byte:04x}");
        } else {
            out.push_str(escape);
        }
        plain = i + 1;
    }
    out.push_str(text.get(plain..).unwrap_or(""));
    out.push('"');
}

/// `text` as a JSON string literal, for messages that show a value: `"10.0.0.0/33"`.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    write_string(&mut out, text);
    out
}

/// A value a caller gave, for a message: quoted as JSON, and cut at 64 characters (`…` after).
pub fn quote(v: &str) -> String {
    let shown: String = v.chars().take(64).collect();
    if shown.len() < v.len() {
        format!("{}…", quoted(&shown))
    } else {
        quoted(&shown)
    }
}

impl<'a> From<&'a Value> for Json<'a> {
    /// Borrows a `serde_json::Value`: strings are not copied.
    fn from(value: &'a Value) -> Self {
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => match (n.as_i64(), n.as_u64()) {
                (Some(i), _) => Json::Int(i128::from(i)),
                (_, Some(u)) => Json::Int(i128::from(u)),
                _ => Json::Float(Cow::Owned(n.to_string())),
            },
            Value::String(s) => Json::Str(Cow::Borrowed(s)),
            Value::Array(items) => Json::Array(items.iter().map(Json::from).collect()),
            Value::Object(map) => {
                Json::Object(Members(map.iter().map(|(k, v)| (Cow::Borrowed(k.as_str()), Json::from(v))).collect()))
            }
        }
    }
}

impl From<&Json<'_>> for Value {
    /// An owned `serde_json::Value`: integers beyond 64 bits, like non-finite floats, as `null`.
    fn from(json: &Json<'_>) -> Self {
        match json {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Int(n) => match (i64::try_from(*n), u64::try_from(*n)) {
                (Ok(n), _) => Value::from(n),
                (_, Ok(n)) => Value::from(n),
                _ => serde_json::Number::from_f64(*n as f64).map_or(Value::Null, Value::Number),
            },
            Json::Float(text) => {
                text.parse::<f64>().ok().and_then(serde_json::Number::from_f64).map_or(Value::Null, Value::Number)
            }
            Json::Str(s) => Value::String(s.to_string()),
            Json::Array(items) => Value::Array(items.iter().map(Value::from).collect()),
            Json::Object(members) => {
                Value::Object(members.iter().map(|(k, v)| (k.to_owned(), Value::from(v))).collect())
            }
        }
    }
}

impl fmt::Display for Json<'_> {
    /// Scalars as JSON spells them; arrays and objects by their type name only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Null => f.write_str("null"),
            Json::Bool(b) => write!(f, "{b}"),
            Json::Int(n) => write!(f, "{n}"),
            Json::Float(text) => f.write_str(text),
            Json::Str(s) => f.write_str(&quoted(s)),
            Json::Array(_) | Json::Object(_) => f.write_str(self.type_name()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_shows_a_given_value_as_json_cut_at_64_characters() {
        assert_eq!(quote("eu-de"), "\"eu-de\"");
        assert_eq!(quote("a\"b\n"), "\"a\\\"b\\n\"");
        let long = "ä".repeat(70);
        assert_eq!(quote(&long), format!("\"{}\"…", "ä".repeat(64)));
    }

    #[test]
    fn numbers_are_named_for_what_they_are() {
        for (text, name) in [
            ("1", "an integer"),
            ("-9223372036854775808", "an integer"),
            ("18446744073709551615", "an integer"),
            ("1.5", "a fractional number"),
            ("5e-324", "a fractional number"),
            ("2E-3", "a fractional number"),
            ("1e+21", "a whole number too large for 64 bits"),
            ("18446744073709552000", "a whole number too large for 64 bits"),
            ("-9223372036854776000", "a whole number too large for 64 bits"),
        ] {
            assert_eq!(parse(text).map(|j| j.type_name()), Ok(name), "{text}");
        }
    }
}
