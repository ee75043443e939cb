//! [`parse`]: JSON text into a [`Json`] tree that borrows every string without escapes from the
//! text (RFC 8259; nesting bounded by [`MAX_DEPTH`]).

use super::json::{Json, Members};
use std::borrow::Cow;
use std::fmt;

/// Deepest nesting [`parse`] accepts, as `serde_json` (the API's deepest body is 4 levels).
pub const MAX_DEPTH: usize = 128;

/// Why a text is not JSON, and the byte offset where that was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub offset: usize,
    pub reason: &'static str,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not valid JSON at byte {}: {}", self.offset, self.reason)
    }
}

/// Parses one JSON document (RFC 8259; whitespace around it allowed, nothing else after it).
pub fn parse(text: &str) -> Result<Json<'_>, ParseError> {
    let mut p = Parser { text, bytes: text.as_bytes(), pos: 0 };
    let value = p.value(0)?;
    p.skip_ws();
    if p.pos < p.bytes.len() {
        return Err(p.error("unexpected text after the value"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Parser<'a> {
    fn error(&self, reason: &'static str) -> ParseError {
        ParseError { offset: self.pos, reason }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.pos += 1;
        }
    }

    fn literal(&mut self, word: &'static str, value: Json<'a>) -> Result<Json<'a>, ParseError> {
        if self.text.get(self.pos..).is_some_and(|rest| rest.starts_with(word)) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json<'a>, ParseError> {
        self.skip_ws();
        match self.peek() {
            Some(b'"') => Ok(Json::Str(self.string()?)),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
            None => Err(self.error("the text ends before the value")),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json<'a>, ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested more than 128 levels"));
        }
        self.pos += 1; // '['
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error("expected , or ] in an array")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json<'a>, ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested more than 128 levels"));
        }
        self.pos += 1; // '{'
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(Members(members)));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key in double quotes"));
            }
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.error("expected : after a key"));
            }
            self.pos += 1;
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(Members(members)));
                }
                _ => return Err(self.error("expected , or } in an object")),
            }
        }
    }

    /// A string starting at the opening quote. Borrowed unless it has escapes.
    fn string(&mut self) -> Result<Cow<'a, str>, ParseError> {
        self.pos += 1; // '"'
        let start = self.pos;
        loop {
            match self.peek() {
                Some(b'"') => {
                    let s = self.text.get(start..self.pos).ok_or_else(|| self.error("bad string"))?;
                    self.pos += 1;
                    return Ok(Cow::Borrowed(s));
                }
                Some(b'\\') => break,
                Some(0..=0x1f) => return Err(self.error("a control character in a string")),
                Some(_) => self.pos += 1,
                None => return Err(self.error("the text ends inside a string")),
            }
        }
        let mut out = String::from(self.text.get(start..self.pos).unwrap_or_default());
        loop {
            let run_start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(self.text.get(run_start..self.pos).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => return Err(self.error("a control character in a string")),
                None => return Err(self.error("the text ends inside a string")),
            }
        }
    }

    /// One escape after its backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), ParseError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let unit = self.hex4()?;
                let c = match unit {
                    0xD800..=0xDBFF if self.text.get(self.pos..).is_some_and(|r| r.starts_with("\\u")) => {
                        let save = self.pos;
                        self.pos += 2;
                        let low = self.hex4()?;
                        if (0xDC00..=0xDFFF).contains(&low) {
                            char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                        } else {
                            self.pos = save; // a lone high surrogate; the next escape stands alone
                            None
                        }
                    }
                    _ => char::from_u32(unit),
                };
                // A lone surrogate (which JSON.stringify writes as an escape) reads as U+FFFD.
                out.push(c.unwrap_or(char::REPLACEMENT_CHARACTER));
                return Ok(());
            }
            _ => return Err(self.error("an unknown escape in a string")),
        };
        self.pos += 1;
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let digits = self.text.get(self.pos..self.pos + 4).ok_or_else(|| self.error("a short \\u escape"))?;
        let unit = u32::from_str_radix(digits, 16).map_err(|_| self.error("a bad \\u escape"))?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(self.error("a bad \\u escape"));
        }
        self.pos += 4;
        Ok(unit)
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Json<'a>, ParseError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        let int_digits = self.digits();
        if int_digits == 0 || (int_digits > 1 && self.bytes.get(int_start) == Some(&b'0')) {
            return Err(self.error("a number needs digits and no leading zero"));
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            whole = false;
            if self.digits() == 0 {
                return Err(self.error("a digit must follow the decimal point"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            whole = false;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("a digit must follow the exponent"));
            }
        }
        let token = self.text.get(start..self.pos).unwrap_or_default();
        if whole && int_digits <= 20 {
            if let Ok(n) = token.parse::<i128>() {
                if (i128::from(i64::MIN)..=i128::from(u64::MAX)).contains(&n) {
                    return Ok(Json::Int(n));
                }
            }
        }
        Ok(Json::Float(Cow::Borrowed(token)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn parses_what_serde_json_parses_into_the_same_tree() {
        for text in [
            r#"{"a":[1,-2,3.5,1e3,true,false,null,"x"],"b":{"c":"d\n\u00e9\ud83d\ude00"},"e":18446744073709551615}"#,
            " [ ] ",
            "{}",
            r#""\"\\\/\b\f\n\r\t""#,
            "-9223372036854775808",
            "18446744073709551616",
            "0.0",
        ] {
            let ours = parse(text).unwrap();
            let theirs: Value = serde_json::from_str(text).unwrap();
            // Numbers with a fraction or exponent are kept as written; compared by value.
            assert_eq!(Value::from(&ours), theirs, "{text}");
        }
    }

    #[test]
    fn strings_without_escapes_are_borrowed() {
        let json = parse(r#"{"k":"plain","e":"a\"b"}"#).unwrap();
        assert!(matches!(json.get("k"), Some(Json::Str(Cow::Borrowed("plain")))));
        assert!(matches!(json.get("e"), Some(Json::Str(Cow::Owned(s))) if s == "a\"b"));
    }

    #[test]
    fn rejects_what_is_not_json() {
        for text in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "01",
            "1.",
            "-",
            "1e",
            "tru",
            "\"a",
            "\"\u{1}\"",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\u+123\"",
            "1 2",
            "{a:1}",
            "[1 2]",
            "NaN",
        ] {
            assert!(parse(text).is_err(), "{text:?}");
            assert!(serde_json::from_str::<Value>(text).is_err(), "serde_json agrees about {text:?}");
        }
    }

    #[test]
    fn nesting_is_bounded() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(parse(&deep).map_err(|e| e.reason), Err("nested more than 128 levels"));
        assert!(parse(&"[".repeat(100_000)).is_err());
    }

    #[test]
    fn a_key_written_twice_reads_as_its_last_value() {
        let json = parse(r#"{"a":1,"a":2}"#).unwrap();
        assert_eq!(json.get("a"), Some(&Json::Int(2)));
    }

    #[test]
    fn lone_surrogates_read_as_the_replacement_character() {
        assert_eq!(parse(r#""\ud800x""#).unwrap(), Json::Str("\u{fffd}x".into()));
        assert_eq!(parse(r#""\ud800\u0041""#).unwrap(), Json::Str("\u{fffd}A".into()));
        assert_eq!(parse(r#""\udc00""#).unwrap(), Json::Str("\u{fffd}".into()));
    }
}
