//! [`Obj`]: the checks that every body shares (ids, names, enums, integer ranges, addresses), run
//! on one JSON object whose shape was already checked, so each reads only well-typed values.

use super::codes::Code;
use super::ids;
use super::ipv4;
use super::options::{UnknownEnums, ValidateOptions};
use super::profile::Enum;
use super::report::{At, Issue, Report};
use crate::validate::json::{Json, Members};

/// One object being checked.
pub struct Obj<'a> {
    pub map: &'a Members<'a>,
    pub at: &'a At<'a>,
    pub options: &'a ValidateOptions,
}

pub use super::json::quote;

impl<'a> Obj<'a> {
    pub fn new(map: &'a Members<'a>, at: &'a At<'a>, options: &'a ValidateOptions) -> Self {
        Self { map, at, options }
    }

    /// The object under `key`, if it is one.
    pub fn object(&self, key: &str) -> Option<&'a Members<'a>> {
        self.map.get(key).and_then(Json::as_object)
    }

    /// The array under `key`, if it is one.
    pub fn array(&self, key: &str) -> Option<&'a [Json<'a>]> {
        self.map.get(key).and_then(Json::as_array)
    }

    pub fn str(&self, key: &str) -> Option<&'a str> {
        self.map.get(key).and_then(Json::as_str)
    }

    pub fn has(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    /// A UUID field.
    pub fn uuid(&self, key: &str, report: &mut Report) {
        if let Some(v) = self.str(key) {
            if !ids::is_uuid(v) {
                report.push(Issue::error(
                    self.at.key(key).path(),
                    Code::IdUuid,
                    format!("{key} must be a UUID (8-4-4-4-12 hexadecimal digits), got {}", quote(v)),
                ));
            }
        }
    }

    /// A resource name field (1–64 of `A–Z a–z 0–9 _ - .`).
    pub fn name(&self, key: &str, report: &mut Report) {
        if let Some(v) = self.str(key) {
            if !ids::is_name(v, self.options.cloud) {
                report.push(Issue::error(
                    self.at.key(key).path(),
                    Code::NameFormat,
                    format!(
                        "{key} must be 1–{} characters of letters, digits, _ - and ., got {}",
                        ids::NAME_MAX,
                        quote(v)
                    ),
                ));
            }
        }
    }

    /// A strict IPv4 address field; returns it when it parsed.
    pub fn ipv4(&self, key: &str, report: &mut Report) -> Option<u32> {
        let v = self.str(key)?;
        match ipv4::parse_ipv4(v) {
            Ok(a) => Some(a),
            Err(why) => {
                report.push(Issue::error(
                    self.at.key(key).path(),
                    Code::Ipv4Syntax,
                    format!("{key} must be an IPv4 address, got {}: {why}", quote(v)),
                ));
                None
            }
        }
    }

    /// An enum field; returns its value when it is known on the selected cloud. Weak values and
    /// values a cloud does not support yet are warnings.
    pub fn enumerated(&self, key: &str, known: &Enum, report: &mut Report) -> Option<&'a str> {
        let v = self.str(key)?;
        let cloud = self.options.cloud;
        let path = || self.at.key(key).path();
        if known.knows(v, cloud) {
            if known.weak.contains(&v) {
                report.push(Issue::warning(
                    path(),
                    Code::AlgorithmWeak,
                    format!("{key} {v} is low security; prefer a stronger value"),
                ));
            }
            if let Some(why) = known.caveat(v, cloud) {
                report.push(Issue::warning(path(), Code::EnumUnsupported, format!("{key} {v}: {why}")));
            }
            return Some(v);
        }
        let message = format!("{key} must be one of {}, got {}", known.listed(cloud), quote(v));
        let issue = match self.options.unknown_enums {
            UnknownEnums::Error => Issue::error(path(), Code::EnumUnknown, message),
            UnknownEnums::Warning => Issue::warning(path(), Code::EnumUnknown, message),
        };
        let lower = v.to_ascii_lowercase();
        let issue = match known.common.iter().chain(known.huawei_only).find(|k| k.eq_ignore_ascii_case(v)) {
            Some(k) if known.knows(k, cloud) => issue.with_hint(format!("did you mean {k}?")),
            _ if lower != v && known.knows(&lower, cloud) => issue.with_hint(format!("did you mean {lower}?")),
            _ => issue,
        };
        report.push(issue);
        None
    }

    /// An integer field within `min..=max` (`unit` for the message, such as "s"); returns it
    /// when it is in range.
    pub fn int_range(&self, key: &str, min: i64, max: i64, unit: &str, report: &mut Report) -> Option<i64> {
        let n = self.map.get(key)?;
        let value = n.as_i64().filter(|v| (min..=max).contains(v));
        if value.is_none() && matches!(n, Json::Int(_)) {
            report.push(Issue::error(
                self.at.key(key).path(),
                Code::IntRange,
                format!("{key} must be {min}–{max}{unit}, got {n}"),
            ));
        }
        value
    }

    /// `key` is set although `other` (with its value in `why`) does not allow it.
    pub fn conflict(&self, key: &str, other: &str, why: &str, report: &mut Report) {
        if self.has(key) {
            report.push(
                Issue::error(self.at.key(key).path(), Code::FieldConflict, format!("{key} {why}"))
                    .with_related(self.at.key(other).path()),
            );
        }
    }

    /// Two fields that go together: reports the missing one when only the other is set.
    /// `note` ends the message (an error code of the API, for instance).
    pub fn pair(&self, a: &str, b: &str, note: &str, report: &mut Report) {
        let (missing, given) = match (self.has(a), self.has(b)) {
            (true, false) => (b, a),
            (false, true) => (a, b),
            _ => return,
        };
        report.push(
            Issue::error(
                self.at.key(missing).path(),
                Code::FieldPair,
                format!("set {missing} too, or neither: {given} is set{note}"),
            )
            .with_related(self.at.key(given).path()),
        );
    }

    /// A field an update cannot change.
    pub fn immutable(&self, key: &str, how: &str, report: &mut Report) {
        if self.has(key) {
            report.push(Issue::error(
                self.at.key(key).path(),
                Code::FieldImmutable,
                format!("{key} cannot be changed by an update{how}"),
            ));
        }
    }
}
