//! Reading one option's value from JSON: whole numbers in a range (times in ms among them) and
//! objects whose keys are checked. Every reader of options (the client's, the waiters', the
//! emulator's) reads its numbers here, so a range is checked one way everywhere.
//!
//! Numbers are read as `JSON.stringify` writes them: a whole number is written without fraction
//! or exponent (`5`, never `5.0` or `5e0`), so any other form (`1.5`, `1e+21`) is not a whole
//! number, whatever its value. `-0` is written `0`.

use super::error::Error;
use super::option_names;
use crate::validate::json::{parse, Json, Members};
use std::ops::RangeInclusive;

/// Longest time an option of the client or a waiter takes, in ms: a day.
pub const MAX_MS: u64 = 86_400_000;

/// Options given as JSON text, parsed; text that is not JSON is an [`Error::Config`].
pub fn parse_options(text: &str) -> Result<Json<'_>, Error> {
    parse(text).map_err(|e| Error::Config(format!("the options are not JSON: {e}")))
}

/// `value` as a whole number in `range`: `Ok(None)` when absent, else an [`Error::Config`] with
/// the message `refused` makes (null, a string, a fraction, a number out of range).
pub fn whole_number(
    value: Option<&Json>,
    range: RangeInclusive<u64>,
    refused: impl FnOnce() -> String,
) -> Result<Option<u64>, Error> {
    match value {
        None => Ok(None),
        Some(Json::Int(n)) => match u64::try_from(*n) {
            Ok(n) if range.contains(&n) => Ok(Some(n)),
            _ => Err(Error::Config(refused())),
        },
        Some(_) => Err(Error::Config(refused())),
    }
}

/// `options.{name}`, a time in whole ms from `min` (0 or 1) to [`MAX_MS`]; `Ok(None)` when absent.
pub fn ms(value: Option<&Json>, name: &str, min: u64) -> Result<Option<u64>, Error> {
    whole_number(value, min..=MAX_MS, || format!("options.{name} must be a whole number of ms, {min}–{MAX_MS}"))
}

/// The members of `value`, an object whose keys are each one of `known` (else a
/// [`Error::Config`] naming the closest known one, for the options `what` names); `Ok(None)` when
/// `value` is absent or null; `not_object` is the message for any other value.
pub fn object_of<'j, 'a>(
    value: Option<&'j Json<'a>>,
    known: &[&str],
    what: &str,
    not_object: impl FnOnce() -> String,
) -> Result<Option<&'j Members<'a>>, Error> {
    match value {
        None | Some(Json::Null) => Ok(None),
        Some(Json::Object(members)) => {
            option_names::check(members.keys(), known, what)?;
            Ok(Some(members))
        }
        Some(_) => Err(Error::Config(not_object())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::json::parse;

    fn number(text: &str, range: RangeInclusive<u64>) -> Result<Option<u64>, Error> {
        let json = parse(text).map_err(|e| Error::Config(e.to_string()))?;
        whole_number(Some(&json), range, || "refused".into())
    }

    #[test]
    fn whole_numbers_are_read_within_their_range_only() {
        assert_eq!(whole_number(None, 0..=5, || "refused".into()), Ok(None));
        assert_eq!(number("0", 0..=5), Ok(Some(0)));
        assert_eq!(number("-0", 0..=5), Ok(Some(0)), "negative zero is zero");
        assert_eq!(number("5", 0..=5), Ok(Some(5)));
        for text in ["6", "-1", "1.5", "5.0", "1e3", "1e400", "18446744073709551616", "null", "\"5\"", "true", "[5]"] {
            assert_eq!(number(text, 0..=5), Err(Error::Config("refused".into())), "{text}");
        }
        assert_eq!(number("18446744073709551615", 0..=u64::MAX), Ok(Some(u64::MAX)));
    }

    #[test]
    fn a_time_says_its_range() {
        let day = parse("86400000").unwrap();
        assert_eq!(ms(Some(&day), "timeoutMs", 1), Ok(Some(MAX_MS)));
        let past = parse("86400001").unwrap();
        let Err(Error::Config(m)) = ms(Some(&past), "timeoutMs", 1) else { panic!("refused") };
        assert_eq!(m, "options.timeoutMs must be a whole number of ms, 1–86400000");
        let zero = parse("0").unwrap();
        assert!(ms(Some(&zero), "timeoutMs", 1).is_err());
        assert_eq!(ms(Some(&zero), "minDelayMs", 0), Ok(Some(0)));
    }

    #[test]
    fn an_object_has_only_known_keys() {
        let known = &["maxAttempts", "baseDelayMs"];
        let not_object = || "not an object".to_owned();
        assert_eq!(object_of(None, known, "options.retry", not_object), Ok(None));
        assert_eq!(object_of(Some(&Json::Null), known, "options.retry", not_object), Ok(None));
        let given = parse(r#"{"maxAttempts":2}"#).unwrap();
        assert_eq!(
            object_of(Some(&given), known, "options.retry", not_object).map(|m| m.map(Members::len)),
            Ok(Some(1))
        );
        let misspelt = parse(r#"{"maxAtempts":2}"#).unwrap();
        let Err(Error::Config(m)) = object_of(Some(&misspelt), known, "options.retry", not_object) else {
            panic!("refused")
        };
        assert_eq!(m, "options.retry has an unknown option \"maxAtempts\": did you mean maxAttempts?");
        let list = parse("[]").unwrap();
        assert_eq!(
            object_of(Some(&list), known, "options.retry", not_object),
            Err(Error::Config("not an object".into()))
        );
    }
}
