//! Tags (spec §2.1, §1.6): the lists inside create bodies and the bodies of the tag API.

use super::codes::Code;
use super::json::quoted;
use super::object::{quote, Obj};
use super::options::ValidateOptions;
use super::report::{At, Issue, Report};
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
/// Longest list whose keys are compared with each other. A longer one (50 times [`MAX_TAGS`],
/// refused for its length already) is not: comparing each key with every earlier one takes n²
/// time, 3 s for 50,000 tags.
const MAX_COMPARED: usize = 1_000;

/// The letters Spanish and Portuguese add to A–Z: á é í ó ú ü ñ, and à â ã ç ê ô õ.
const SPANISH_AND_PORTUGUESE: &str = "ÁÉÍÓÚÜÑáéíóúüñÀÂÃÇÊÔÕàâãçêôõ";

/// ASCII letters, the Spanish and Portuguese ones, digits, space and `_ . : = + - @` (spec
/// §2.1); other letters (ß, ø, è, CJK) are not in the documented set.
fn allowed(c: char) -> bool {
    c.is_ascii_alphanumeric() || " _.:=+-@".contains(c) || (!c.is_ascii() && SPANISH_AND_PORTUGUESE.contains(c))
}

fn charset_problem(s: &str) -> Option<String> {
    s.chars().find(|c| !allowed(*c)).map(|c| {
        format!("{} is not allowed (letters, digits, space and _ . : = + - @)", quoted(c.encode_utf8(&mut [0; 4])))
    })
}

/// Checks a key at `at`; returns it when it is valid.
fn check_key<'v>(key: &'v str, at: &At, report: &mut Report) -> Option<&'v str> {
    let len = key.chars().count();
    let problem = if !(1..=KEY_MAX).contains(&len) {
        Some(format!("must be 1–{KEY_MAX} characters, got {len}"))
    } else {
        charset_problem(key)
    };
    match problem {
        Some(p) => {
            report.push(Issue::error(at.path(), Code::TagKey, format!("tag key {}: {p}", quote(key))));
            None
        }
        None => Some(key),
    }
}

fn check_value(value: &str, at: &At, report: &mut Report) {
    let len = value.chars().count();
    let problem = if len > VALUE_MAX {
        Some(format!("must be at most {VALUE_MAX} characters, got {len}"))
    } else {
        charset_problem(value)
    };
    if let Some(p) = problem {
        report.push(Issue::error(at.path(), Code::TagValue, format!("tag value {}: {p}", quote(value))));
    }
}

fn check_count(items: &[Json], min: usize, at: &At, report: &mut Report) {
    if items.len() > MAX_TAGS || items.len() < min {
        let limit = if min == 0 { format!("at most {MAX_TAGS}") } else { format!("{min}–{MAX_TAGS}") };
        report.push(Issue::error(at.path(), Code::ListLength, format!("{limit} tags, got {}", items.len())));
    }
}

/// Reports `key` at `item_at` when an earlier entry of the list at `list_at` used it; remembers it
/// otherwise.
fn unique_key<'v>(seen: &mut Vec<(&'v str, usize)>, key: &'v str, index: usize, list_at: &At, report: &mut Report) {
    match seen.iter().find(|(k, _)| *k == key) {
        Some((_, first)) => report.push(
            Issue::error(
                list_at.index(index).key("key").path(),
                Code::TagDuplicate,
                format!("tag key {} is used twice", quote(key)),
            )
            .with_related(list_at.index(*first).key("key").path()),
        ),
        None => seen.push((key, index)),
    }
}

/// Checks a list of `{key, value}` tags (already shape-checked) at `at`: count, key and value
/// rules, and keys used twice.
pub fn check_list(items: &[Json], min: usize, at: &At, report: &mut Report) {
    check_count(items, min, at, report);
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let item_at = at.index(i);
        let key = item.get("key").and_then(Json::as_str).and_then(|k| check_key(k, &item_at.key("key"), report));
        if let Some(v) = item.get("value").and_then(Json::as_str) {
            check_value(v, &item_at.key("value"), report);
        }
        if let Some(key) = key.filter(|_| items.len() <= MAX_COMPARED) {
            unique_key(&mut seen, key, i, at, report);
        }
    }
}

static API_TAG: [Field; 2] = [Field::required("key", Shape::Str), Field::optional("value", Shape::Str)];
static TAGS_BODY: [Field; 1] = [Field::required("tags", Shape::List(&Shape::Object(&API_TAG)))];

/// Body of `POST …/{resource_type}/{id}/tags/create` and `…/tags/delete`: `{"tags": [{key, value?}]}`,
/// 1–20 tags.
pub fn validate_tags_body(body: &Json, options: &ValidateOptions) -> Report {
    let mut report = Report::default();
    shape::check(body, &Shape::Object(&TAGS_BODY), options.huawei(), &At::Root, &mut report);
    if let Some(items) = body.get("tags").and_then(Json::as_array) {
        check_list(items, 1, &At::Root.key("tags"), &mut report);
    }
    report.finish()
}

static FILTER_TAG: [Field; 2] =
    [Field::required("key", Shape::Str), Field::required("values", Shape::List(&Shape::Str))];
static MATCH: [Field; 2] = [Field::required("key", Shape::Str), Field::required("value", Shape::Str)];
static FILTER_BODY: [Field; 3] = [
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
            let key = tag.get("key").and_then(Json::as_str).and_then(|k| check_key(k, &tag_at.key("key"), &mut report));
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
                        check_value(v, &values_at.index(j), &mut report);
                    }
                }
            }
            if let Some(key) = key.filter(|_| tags.len() <= MAX_COMPARED) {
                unique_key(&mut seen, key, i, &at, &mut report);
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
    fn a_list_far_past_the_limit_takes_linear_time() {
        // 50,000 distinct keys: comparing each with every earlier one made 1.25e9 comparisons (3 s
        // in a release build, 23 s unoptimised).
        let keys = || (0..50_000).map(|i| format!("k{i}"));
        let add = body(keys(), r#""value":"v""#);
        let filter = body(keys(), r#""values":["v"]"#);
        let (add, filter) = (parse(&add).unwrap(), parse(&filter).unwrap());
        let started = std::time::Instant::now();
        let reports = [
            validate_tags_body(&add, &ValidateOptions::default()),
            validate_filter_body(&filter, &ValidateOptions::default()),
        ];
        assert!(started.elapsed().as_secs() < 5, "took {:?}", started.elapsed());
        for report in &reports {
            assert_eq!(codes(report), [Code::ListLength]);
        }
    }
}
