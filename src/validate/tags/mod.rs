//! Tags (spec §2.1, §1.6): the lists inside create bodies and the bodies of the tag API.
//!
//! What the references say, and how disagreements are resolved (tests/reference/add_tags.json,
//! filter_resources_by_tags.json):
//! - keys 1–128 and values 0–255 characters, at most 20 tags: every API text (errors);
//! - the character set of stored tags (letters, digits, the Spanish and Portuguese letters, space
//!   and `_ . : = + - @`): OTC's API text and Huawei's English pages (errors). Huawei's Chinese pages
//!   add Chinese characters (a warning on Huawei Cloud, an error on OTC); OTC's console guide adds
//!   `/` in values and forbids a key starting or ending with a space or starting with `_sys_`
//!   (warnings: the API text says neither);
//! - a key twice in one list: OTC's console guide (keys are unique per resource) and the classic
//!   VPN tag API (a request with a key twice is refused) say so (an error); the filter body's text
//!   does not (a warning there);
//! - the filter body states lengths but no character set: a key or value no stored tag can hold is
//!   a warning;
//! - the tag API states at most 20 tags but no least number: an empty list is a warning.

use super::codes::Code;
use super::object::{quote, Obj};
use super::options::{Cloud, ValidateOptions};
use super::report::{At, Issue, Report, Severity};
use super::shape::{self, Field, Shape};
use crate::validate::json::Json;

/// Most tags per resource, and per tag-API body.
pub const MAX_TAGS: usize = 20;
/// Longest tag key, in characters.
pub const KEY_MAX: usize = 128;
/// Longest tag value, in characters.
pub const VALUE_MAX: usize = 255;
/// Most values per key in a filter.
pub const MAX_FILTER_VALUES: usize = 20;
/// Longest `matches[].value` of a filter, in characters.
pub const MATCH_VALUE_MAX: usize = 255;
use super::MAX_COMPARED;

mod charset;
use charset::{charset_problem, Kind, Part};

fn issue(severity: Severity, at: &At, code: Code, message: String) -> Issue {
    match severity {
        Severity::Error => Issue::error(at.path(), code, message),
        Severity::Warning => Issue::warning(at.path(), code, message),
    }
}

/// Checks a key at `at`; returns it when it has no error (so that it is compared with the others).
fn check_key<'v>(key: &'v str, at: &At, kind: Kind, cloud: Cloud, report: &mut Report) -> Option<&'v str> {
    let len = key.chars().count();
    if !(1..=KEY_MAX).contains(&len) {
        let message = format!("tag key {}: must be 1–{KEY_MAX} characters, got {len}", quote(key));
        report.push(Issue::error(at.path(), Code::TagKey, message));
        return None;
    }
    if let Some((severity, problem)) = charset_problem(key, Part::Key, kind, cloud) {
        report.push(issue(severity, at, Code::TagKey, format!("tag key {}: {problem}", quote(key))));
        if severity == Severity::Error {
            return None;
        }
    }
    if kind == Kind::Stored && (key.starts_with(' ') || key.ends_with(' ') || key.starts_with("_sys_")) {
        report.push(Issue::warning(
            at.path(),
            Code::TagKey,
            format!(
                "tag key {}: OTC's console guide says a key cannot start or end with a space or start with _sys_; the API text does not say",
                quote(key)
            ),
        ));
    }
    Some(key)
}

fn check_value(value: &str, at: &At, kind: Kind, cloud: Cloud, report: &mut Report) {
    let len = value.chars().count();
    if len > VALUE_MAX {
        let message = format!("tag value {}: must be at most {VALUE_MAX} characters, got {len}", quote(value));
        report.push(Issue::error(at.path(), Code::TagValue, message));
    } else if let Some((severity, problem)) = charset_problem(value, Part::Value, kind, cloud) {
        report.push(issue(severity, at, Code::TagValue, format!("tag value {}: {problem}", quote(value))));
    }
}

/// At most [`MAX_TAGS`]; with `min` 1, an empty list is a warning (no reference states a least
/// number, but it changes nothing).
fn check_count(items: &[Json], min: usize, at: &At, report: &mut Report) {
    if items.len() > MAX_TAGS {
        report.push(Issue::error(at.path(), Code::ListLength, format!("at most {MAX_TAGS} tags, got {}", items.len())));
    } else if items.len() < min {
        report.push(Issue::warning(
            at.path(),
            Code::ListLength,
            "no tags: the request changes nothing (the API text states at most 20 tags, no least number)",
        ));
    }
}

/// Reports `key` at `item_at` when an earlier entry of the list at `list_at` used it; remembers it
/// otherwise. In a filter it is a warning.
fn unique_key<'v>(
    seen: &mut Vec<(&'v str, usize)>,
    key: &'v str,
    index: usize,
    list_at: &At,
    kind: Kind,
    report: &mut Report,
) {
    match seen.iter().find(|(k, _)| *k == key) {
        Some((_, first)) => {
            let item_at = list_at.index(index);
            let at = item_at.key("key");
            let issue = match kind {
                Kind::Stored => {
                    Issue::error(at.path(), Code::TagDuplicate, format!("tag key {} is used twice", quote(key)))
                }
                Kind::Filter => Issue::warning(
                    at.path(),
                    Code::TagDuplicate,
                    format!(
                        "tag key {} is used twice; the filter's text does not say whether that is allowed (the classic VPN API refuses it)",
                        quote(key)
                    ),
                ),
            };
            report.push(issue.with_related(list_at.index(*first).key("key").path()));
        }
        None => seen.push((key, index)),
    }
}

/// Checks a list of `{key, value}` tags (already shape-checked) at `at` on `cloud`: count, key and
/// value rules, and keys used twice.
pub fn check_tags(items: &[Json], min: usize, at: &At, cloud: Cloud, report: &mut Report) {
    check_count(items, min, at, report);
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let item_at = at.index(i);
        let key = item
            .get("key")
            .and_then(Json::as_str)
            .and_then(|k| check_key(k, &item_at.key("key"), Kind::Stored, cloud, report));
        if let Some(v) = item.get("value").and_then(Json::as_str) {
            check_value(v, &item_at.key("value"), Kind::Stored, cloud, report);
        }
        if let Some(key) = key.filter(|_| items.len() <= MAX_COMPARED) {
            unique_key(&mut seen, key, i, at, Kind::Stored, report);
        }
    }
}

static API_TAG: [Field; 2] = [Field::required("key", Shape::Str), Field::optional("value", Shape::Str)];
pub(crate) static TAGS_BODY: [Field; 1] = [Field::required("tags", Shape::List(&Shape::Object(&API_TAG)))];

/// Body of `POST …/{resource_type}/{id}/tags/create` and `…/tags/delete`: `{"tags": [{key, value?}]}`,
/// at most 20 tags.
pub fn validate_tags_body(body: &Json, options: &ValidateOptions) -> Report {
    let mut report = Report::default();
    shape::check(body, &Shape::Object(&TAGS_BODY), options.huawei(), &At::Root, &mut report);
    if let Some(items) = body.get("tags").and_then(Json::as_array) {
        check_tags(items, 1, &At::Root.key("tags"), options.cloud, &mut report);
    }
    report.finish()
}

static FILTER_TAG: [Field; 2] =
    [Field::required("key", Shape::Str), Field::required("values", Shape::List(&Shape::Str))];
static MATCH: [Field; 2] = [Field::required("key", Shape::Str), Field::required("value", Shape::Str)];
pub(crate) static FILTER_BODY: [Field; 3] = [
    Field::optional("without_any_tag", Shape::Any),
    Field::optional("tags", Shape::List(&Shape::Object(&FILTER_TAG))),
    Field::optional("matches", Shape::List(&Shape::Object(&MATCH))),
];

/// Body of `POST …/{resource_type}/resource-instances/filter` and `…/count`.
pub fn validate_filter_body(body: &Json, options: &ValidateOptions) -> Report {
    let mut report = Report::default();
    shape::check(body, &Shape::Object(&FILTER_BODY), options.huawei(), &At::Root, &mut report);
    let Some(map) = body.as_object() else { return report.finish() };
    let root = At::Root;
    let obj = Obj::new(map, &root, options);
    let cloud = options.cloud;
    match map.get("without_any_tag") {
        None | Some(Json::Bool(_)) => {}
        Some(Json::Str(s)) if s == "true" || s == "false" => report.push(Issue::warning(
            root.key("without_any_tag").path(),
            Code::FieldType,
            format!("without_any_tag is a boolean; the API reference types it so, though its example sends the string \"{s}\""),
        ).with_hint(format!("use {s} without quotes"))),
        Some(other) => report.push(Issue::error(
            root.key("without_any_tag").path(),
            Code::FieldType,
            format!("expected a boolean, got {}", shape::type_name(other)),
        )),
    }
    if let Some(tags) = obj.array("tags") {
        let at = root.key("tags");
        check_count(tags, 0, &at, &mut report);
        let mut seen: Vec<(&str, usize)> = Vec::new();
        for (i, tag) in tags.iter().enumerate() {
            let tag_at = at.index(i);
            let key = tag
                .get("key")
                .and_then(Json::as_str)
                .and_then(|k| check_key(k, &tag_at.key("key"), Kind::Filter, cloud, &mut report));
            if let Some(values) = tag.get("values").and_then(Json::as_array) {
                let values_at = tag_at.key("values");
                if values.len() > MAX_FILTER_VALUES {
                    report.push(Issue::error(
                        values_at.path(),
                        Code::ListLength,
                        format!("at most {MAX_FILTER_VALUES} values per key, got {}", values.len()),
                    ));
                }
                for (j, v) in values.iter().enumerate() {
                    if let Some(v) = v.as_str() {
                        check_value(v, &values_at.index(j), Kind::Filter, cloud, &mut report);
                    }
                }
            }
            if let Some(key) = key.filter(|_| tags.len() <= MAX_COMPARED) {
                unique_key(&mut seen, key, i, &at, Kind::Filter, &mut report);
            }
        }
    }
    if let Some(matches) = obj.array("matches") {
        let at = root.key("matches");
        for (i, m) in matches.iter().enumerate() {
            if let Some(key) = m.get("key").and_then(Json::as_str) {
                if key != "resource_name" {
                    report.push(Issue::error(
                        at.index(i).key("key").path(),
                        Code::EnumUnknown,
                        format!("matches[].key must be resource_name, got {}", quote(key)),
                    ));
                }
            }
            if let Some(value) = m.get("value").and_then(Json::as_str) {
                let len = value.chars().count();
                if len > MATCH_VALUE_MAX {
                    report.push(Issue::error(
                        at.index(i).key("value").path(),
                        Code::TagValue,
                        format!("matches[].value must be at most {MATCH_VALUE_MAX} characters, got {len}"),
                    ));
                }
            }
        }
    }
    report.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::json::parse;
    use crate::validate::Code;

    /// `{"tags":[…]}` with one entry per key, each `{"key":…,` then `entry`.
    fn body(keys: impl Iterator<Item = String>, entry: &str) -> String {
        let items: Vec<String> = keys.map(|k| format!(r#"{{"key":"{k}",{entry}}}"#)).collect();
        format!(r#"{{"tags":[{}]}}"#, items.join(","))
    }

    fn codes(report: &Report) -> Vec<Code> {
        report.issues.iter().map(|i| i.code).collect()
    }

    fn otc() -> ValidateOptions {
        ValidateOptions { cloud: Cloud::Otc, ..ValidateOptions::default() }
    }

    /// `(path, code, severity)` of every issue.
    fn issues(report: &Report) -> Vec<(String, &'static str, Severity)> {
        report.issues.iter().map(|i| (i.path.to_string(), i.code.as_str(), i.severity)).collect()
    }

    #[test]
    fn a_key_used_again_is_reported_at_each_later_use_with_the_first() {
        let text = body(["a", "b", "a", "c", "b", "a"].iter().map(|k| k.to_string()), r#""value":"v""#);
        let report = validate_tags_body(&parse(&text).unwrap(), &ValidateOptions::default());
        let found: Vec<(String, String)> = report
            .issues
            .iter()
            .filter(|i| i.code == Code::TagDuplicate)
            .map(|i| (i.path.to_string(), i.related.as_ref().map(ToString::to_string).unwrap_or_default()))
            .collect();
        let expected = [("tags[2].key", "tags[0].key"), ("tags[4].key", "tags[1].key"), ("tags[5].key", "tags[0].key")];
        assert_eq!(found, expected.map(|(a, b)| (a.to_string(), b.to_string())));
        assert!(report.issues.iter().all(|i| i.severity == Severity::Error));
    }

    #[test]
    fn a_key_used_twice_in_a_filter_is_a_warning() {
        let text = body(["a", "a"].iter().map(|k| k.to_string()), r#""values":[]"#);
        let report = validate_filter_body(&parse(&text).unwrap(), &ValidateOptions::default());
        assert_eq!(issues(&report), [("tags[1].key".to_string(), "tag.duplicate", Severity::Warning)]);
    }

    #[test]
    fn keys_are_compared_in_lists_of_up_to_1000_tags() {
        let keys = |n: usize| (1..n).map(|i| format!("k{i}")).chain(["k1".to_string()]);
        let duplicates = |n: usize| {
            let report = validate_tags_body(&parse(&body(keys(n), r#""value":"v""#)).unwrap(), &Default::default());
            codes(&report).iter().filter(|&&c| c == Code::TagDuplicate).count()
        };
        assert_eq!((duplicates(MAX_COMPARED), duplicates(MAX_COMPARED + 1)), (1, 0));
    }

    #[test]
    fn a_list_far_past_the_limit_is_reported_for_its_length_alone() {
        // 50,000 distinct keys: one issue, the length; the keys are not compared with each other
        // (that took n² time). How long it takes is measured by `make bench`, not here.
        let keys = || (0..50_000).map(|i| format!("k{i}"));
        let (add, filter) = (body(keys(), r#""value":"v""#), body(keys(), r#""values":["v"]"#));
        let (add, filter) = (parse(&add).unwrap(), parse(&filter).unwrap());
        for report in [
            validate_tags_body(&add, &ValidateOptions::default()),
            validate_filter_body(&filter, &ValidateOptions::default()),
        ] {
            assert_eq!(codes(&report), [Code::ListLength]);
        }
    }

    #[test]
    fn chinese_characters_are_disputed_on_huawei_and_refused_on_otc() {
        let text = r#"{"tags":[{"key":"标签","value":"值"}]}"#;
        let huawei = validate_tags_body(&parse(text).unwrap(), &ValidateOptions::default());
        assert_eq!(
            issues(&huawei),
            [
                ("tags[0].key".to_string(), "tag.key", Severity::Warning),
                ("tags[0].value".to_string(), "tag.value", Severity::Warning)
            ]
        );
        assert!(huawei.issues[0].message.contains("Huawei's Chinese API pages"), "{}", huawei.issues[0].message);
        let otc = validate_tags_body(&parse(text).unwrap(), &otc());
        assert_eq!(
            issues(&otc),
            [
                ("tags[0].key".to_string(), "tag.key", Severity::Error),
                ("tags[0].value".to_string(), "tag.value", Severity::Error)
            ]
        );
    }

    #[test]
    fn the_console_guides_extra_rules_are_warnings() {
        for (key, value) in [(" lead", "v"), ("trail ", "v"), ("_sys_x", "v"), ("k", "a/b")] {
            let text = format!(r#"{{"tags":[{{"key":"{key}","value":"{value}"}}]}}"#);
            for options in [ValidateOptions::default(), otc()] {
                let report = validate_tags_body(&parse(&text).unwrap(), &options);
                assert_eq!(report.issues.len(), 1, "{key:?} {value:?}: {:?}", report.issues);
                assert_eq!(report.issues[0].severity, Severity::Warning, "{key:?} {value:?}");
                assert!(report.issues[0].message.contains("console guide"), "{}", report.issues[0].message);
            }
        }
        // `/` is in no reference's set of key characters.
        let report = validate_tags_body(&parse(r#"{"tags":[{"key":"a/b"}]}"#).unwrap(), &Default::default());
        assert_eq!(issues(&report), [("tags[0].key".to_string(), "tag.key", Severity::Error)]);
    }

    #[test]
    fn an_empty_tag_list_is_a_warning() {
        let report = validate_tags_body(&parse(r#"{"tags":[]}"#).unwrap(), &Default::default());
        assert_eq!(issues(&report), [("tags".to_string(), "list.length", Severity::Warning)]);
    }

    #[test]
    fn a_filter_states_lengths_but_no_character_set() {
        let text = r#"{"tags":[{"key":"a/b","values":["标签","x*y"]}]}"#;
        let report = validate_filter_body(&parse(text).unwrap(), &otc());
        assert_eq!(
            issues(&report),
            [
                ("tags[0].key".to_string(), "tag.key", Severity::Warning),
                ("tags[0].values[0]".to_string(), "tag.value", Severity::Warning),
                ("tags[0].values[1]".to_string(), "tag.value", Severity::Warning),
            ]
        );
        let long = format!(r#"{{"tags":[{{"key":"{}","values":["{}"]}}]}}"#, "k".repeat(129), "v".repeat(256));
        let report = validate_filter_body(&parse(&long).unwrap(), &otc());
        assert_eq!(
            issues(&report),
            [
                ("tags[0].key".to_string(), "tag.key", Severity::Error),
                ("tags[0].values[0]".to_string(), "tag.value", Severity::Error),
            ]
        );
    }

    #[test]
    fn a_match_value_is_at_most_255_characters() {
        let text = |n: usize| format!(r#"{{"matches":[{{"key":"resource_name","value":"{}"}}]}}"#, "v".repeat(n));
        let report = |n| validate_filter_body(&parse(&text(n)).unwrap(), &Default::default());
        assert!(report(0).issues.is_empty());
        assert!(report(255).issues.is_empty());
        assert_eq!(issues(&report(256)), [("matches[0].value".to_string(), "tag.value", Severity::Error)]);
    }
}
