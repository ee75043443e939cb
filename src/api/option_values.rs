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

/// Options given as JSON text, parsed; text that is not JSON is an [`Error::Config`] (which the
/// JS layer, whose text `JSON.stringify` wrote, never meets).
pub fn parse_options(text: &str) -> Result<Json<'_>, Error> {
    parse(text).map_err(|_| refuse("the options are not JSON"))
}

/// An [`Error::Config`] with `message`: one copy of the code that makes one, for every reader.
#[inline(never)]
pub fn refuse(message: &str) -> Error {
    Error::Config(message.to_owned())
}

/// A value that is not a whole number in the range asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotInRange;

/// `value` as a whole number in `range`: `Ok(None)` when absent, [`NotInRange`] for anything
/// else (null, a string, a fraction, a number out of range). The one range check of every option.
pub fn whole_number(value: Option<&Json>, range: RangeInclusive<u64>) -> Result<Option<u64>, NotInRange> {
    match value {
        None => Ok(None),
        Some(Json::Int(n)) => match u64::try_from(*n) {
            Ok(n) if range.contains(&n) => Ok(Some(n)),
            _ => Err(NotInRange),
        },
        Some(_) => Err(NotInRange),
    }
}

/// `options.{name}`, a time in whole ms from `min` (0 or 1) to [`MAX_MS`]; `Ok(None)` when absent.
pub fn ms(value: Option<&Json>, name: &str, min: u64) -> Result<Option<u64>, Error> {
    whole_in(value, name, min..=MAX_MS, MS)
}

/// The unit of a time in the messages of [`whole_in`].
pub const MS: &str = " of ms,";

/// [`whole_number`], refused with "options.{name} must be a whole number{unit} {min}–{max}"
/// (`unit` "" or [`MS`]).
pub fn whole_in(
    value: Option<&Json>,
    name: &str,
    range: RangeInclusive<u64>,
    unit: &str,
) -> Result<Option<u64>, Error> {
    let (min, max) = (*range.start(), *range.end());
    whole_number(value, range)
        .map_err(|NotInRange| Error::Config(format!("options.{name} must be a whole number{unit} {min}–{max}")))
}

/// The members of `value`, an object whose keys are each one of `known` (else a
/// [`Error::Config`] naming the closest known one, for the options `what` names); `Ok(None)` when
/// `value` is absent or null; `not_object` is the message for any other value.
pub fn object_of<'j, 'a>(
    value: Option<&'j Json<'a>>,
    known: &[&str],
    what: &str,
    not_object: &str,
) -> Result<Option<&'j Members<'a>>, Error> {
    match value {
        None | Some(Json::Null) => Ok(None),
        Some(Json::Object(members)) => {
            option_names::check(members.keys(), known, what)?;
            Ok(Some(members))
        }
        Some(_) => Err(refuse(not_object)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::json::parse;

    fn number(text: &str, range: RangeInclusive<u64>) -> Result<Option<u64>, NotInRange> {
        whole_number(Some(&parse(text).unwrap()), range)
    }

    #[test]
    fn whole_numbers_are_read_within_their_range_only() {
        assert_eq!(whole_number(None, 0..=5), Ok(None));
        assert_eq!(number("0", 0..=5), Ok(Some(0)));
        assert_eq!(number("-0", 0..=5), Ok(Some(0)), "negative zero is zero");
        assert_eq!(number("5", 0..=5), Ok(Some(5)));
        for text in ["6", "-1", "1.5", "5.0", "1e3", "1e400", "18446744073709551616", "null", "\"5\"", "true", "[5]"] {
            assert_eq!(number(text, 0..=5), Err(NotInRange), "{text}");
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
        let many = parse("10001").unwrap();
        let Err(Error::Config(m)) = whole_in(Some(&many), "maxConcurrency", 1..=10_000, "") else { panic!("refused") };
        assert_eq!(m, "options.maxConcurrency must be a whole number 1–10000");
    }

    #[test]
    fn an_object_has_only_known_keys() {
        let known = &["maxAttempts", "baseDelayMs"];
        let not_object = "not an object";
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
