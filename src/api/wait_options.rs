//! Reading a waiter's plain options from JSON: `until`, `failOn`, `timeoutMs`, `minDelayMs`,
//! `maxDelayMs`. The rest of a waiter's options (`signal`, `onPoll`, `validateOptions`) are known
//! names that the JS layer reads itself.

use super::error::Error;
use super::option_names;
use super::option_values::{ms, object_of, parse_options};
use super::waiter::{Goal, WaitPolicy};
use crate::validate::json::Json;

/// Most statuses `until` or `failOn` may list (a resource documents 8 at most).
pub const MAX_STATUSES: usize = 64;

/// A waiter's options, read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WaitOptions {
    /// `until`: a status or an array of them; `None` when absent.
    pub until: Option<Vec<String>>,
    /// `failOn`: a status or an array of them; `None` when absent.
    pub fail_on: Option<Vec<String>>,
    /// `timeoutMs`, `minDelayMs`, `maxDelayMs`: each a whole number of ms, 0–86,400,000;
    /// defaults as [`WaitPolicy::default`].
    pub policy: WaitPolicy,
}

impl WaitOptions {
    /// Reads the options from JSON text.
    pub fn from_text(text: &str) -> Result<Self, Error> {
        let json = parse_options(text)?;
        Self::from_json(&json)
    }

    /// Reads an object of the names in [`option_names::WAIT`] (null or absent: the defaults); a
    /// name it does not know is refused with the closest known one.
    pub fn from_json(json: &Json) -> Result<Self, Error> {
        let not_object = "a waiter's options must be an object";
        let Some(options) = object_of(Some(json), option_names::WAIT, "options", not_object)? else {
            return Ok(Self::default());
        };
        let mut read = WaitOptions::default();
        for (name, slot) in [("until", &mut read.until), ("failOn", &mut read.fail_on)] {
            *slot = statuses(options.get(name), name)?;
        }
        let policy = &mut read.policy;
        for (name, slot) in [
            ("timeoutMs", &mut policy.timeout_ms),
            ("minDelayMs", &mut policy.min_delay_ms),
            ("maxDelayMs", &mut policy.max_delay_ms),
        ] {
            if let Some(n) = ms(options.get(name), name, 0)? {
                *slot = n;
            }
        }
        Ok(read)
    }

    /// The goal of `until` and `failOn` (absent: `until` and `fail_on` here), each one of the
    /// resource's `known` statuses.
    pub fn goal(self, known: &[&str], until: &[&str], fail_on: &[&str]) -> Result<Goal, Error> {
        let or = |given: Option<Vec<String>>, default: &[&str]| {
            given.unwrap_or_else(|| default.iter().map(|s| (*s).to_owned()).collect())
        };
        Goal::statuses(or(self.until, until), or(self.fail_on, fail_on), known)
    }
}

/// A status or an array of at most [`MAX_STATUSES`] of them; `None` when absent.
fn statuses(value: Option<&Json>, name: &str) -> Result<Option<Vec<String>>, Error> {
    let items = match value {
        None => return Ok(None),
        Some(Json::Str(status)) => return Ok(Some(vec![status.to_string()])),
        Some(Json::Array(items)) if items.len() <= MAX_STATUSES => items.as_slice(),
        Some(_) => return Err(not_statuses(name)),
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let Some(status) = item.as_str() else { return Err(not_statuses(name)) };
        out.push(status.to_owned());
    }
    Ok(Some(out))
}

fn not_statuses(name: &str) -> Error {
    Error::Config(format!("options.{name} must be a status or an array of statuses"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::resources::VPN_GATEWAY;
    const GATEWAY_STATUSES: &[&str] = VPN_GATEWAY.statuses;

    fn refusal(text: &str) -> String {
        match WaitOptions::from_text(text) {
            Err(Error::Config(message)) => message,
            other => format!("not refused: {other:?}"),
        }
    }

    #[test]
    fn absent_options_are_the_defaults() {
        for text in ["{}", "null"] {
            let read = WaitOptions::from_text(text).unwrap();
            assert_eq!(read, WaitOptions::default());
            assert_eq!(read.policy, WaitPolicy { timeout_ms: 900_000, min_delay_ms: 2_000, max_delay_ms: 20_000 });
            let goal = read.goal(GATEWAY_STATUSES, &["ACTIVE"], &["FAULT"]).unwrap();
            assert_eq!(goal, Goal::Status { until: vec!["ACTIVE".into()], fail_on: vec!["FAULT".into()] });
        }
    }

    #[test]
    fn every_option_is_read() {
        let read = WaitOptions::from_text(
            r#"{"until":"PENDING_CREATE","failOn":["FAULT","FREEZED"],"timeoutMs":0,"minDelayMs":86400000,
            "maxDelayMs":5,"signal":{},"onPoll":null,"validateOptions":{}}"#,
        )
        .unwrap();
        assert_eq!(read.policy, WaitPolicy { timeout_ms: 0, min_delay_ms: 86_400_000, max_delay_ms: 5 });
        let goal = read.goal(GATEWAY_STATUSES, &["ACTIVE"], &[]).unwrap();
        assert_eq!(
            goal,
            Goal::Status { until: vec!["PENDING_CREATE".into()], fail_on: vec!["FAULT".into(), "FREEZED".into()] }
        );
        let none: Vec<String> = Vec::new();
        assert_eq!(WaitOptions::from_text(r#"{"failOn":[]}"#).unwrap().fail_on, Some(none));
    }

    #[test]
    fn times_take_whole_ms_up_to_a_day() {
        for name in ["timeoutMs", "minDelayMs", "maxDelayMs"] {
            let says = format!("options.{name} must be a whole number of ms, 0–86400000");
            for bad in ["-1", "86400001", "1.5", "1e3", "1e999", "null", "\"5\"", "true"] {
                assert_eq!(refusal(&format!(r#"{{"{name}":{bad}}}"#)), says, "{name}: {bad}");
            }
            assert!(WaitOptions::from_text(&format!(r#"{{"{name}":-0}}"#)).is_ok(), "negative zero is 0");
        }
    }

    #[test]
    fn statuses_are_a_string_or_a_short_array_of_strings() {
        let says = "options.until must be a status or an array of statuses";
        for bad in ["null", "5", "{}", "[\"ACTIVE\",1]", "[null]"] {
            assert_eq!(refusal(&format!(r#"{{"until":{bad}}}"#)), says, "{bad}");
        }
        let longest = format!("[{}]", vec!["\"ACTIVE\""; MAX_STATUSES].join(","));
        assert!(WaitOptions::from_text(&format!(r#"{{"until":{longest}}}"#)).is_ok());
        let longer = format!("[{}]", vec!["\"ACTIVE\""; MAX_STATUSES + 1].join(","));
        assert_eq!(refusal(&format!(r#"{{"until":{longer}}}"#)), says);
        assert_eq!(refusal(r#"{"failOn":false}"#), "options.failOn must be a status or an array of statuses");
        let unknown = WaitOptions::from_text(r#"{"until":["ACTVE"]}"#).unwrap();
        let Err(Error::Config(m)) = unknown.goal(GATEWAY_STATUSES, &["ACTIVE"], &[]) else { panic!("refused") };
        assert_eq!(m, "options.until: \"ACTVE\" is not a status: did you mean ACTIVE?");
    }

    #[test]
    fn unknown_names_are_refused_with_the_closest_known_one() {
        assert_eq!(refusal(r#"{"timeout":5}"#), "options has an unknown option \"timeout\": did you mean timeoutMs?");
        assert_eq!(refusal(r#"{"onpoll":null}"#), "options has an unknown option \"onpoll\": did you mean onPoll?");
        assert_eq!(refusal("[]"), "a waiter's options must be an object");
        assert!(refusal("{").starts_with("the options are not JSON"));
    }
}
