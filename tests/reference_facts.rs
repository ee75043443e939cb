//! Every validator against what the live API accepts (`tests/reference/*.json`, each fact with its
//! sources; the README there gives the format): what a reference shows accepted must pass, and a
//! limit a reference states must hold on both sides.

use cloudvpn::validate::{self, Json, Report, Severity, ValidateOptions, Validator};
use serde_json::{json, Value};
use std::path::Path;

/// The validator of an operation name, as `npx cloudvpn validate --op` takes it.
fn validator(operation: &str) -> Validator {
    match operation {
        "createVpnConnection" => validate::validate_create_vpn_connection,
        "updateVpnConnection" => validate::validate_update_vpn_connection,
        "batchCreateVpnConnections" => validate::validate_batch_create_vpn_connections,
        "createCustomerGateway" => validate::validate_create_customer_gateway,
        "updateCustomerGateway" => validate::validate_update_customer_gateway,
        "createVpnGateway" => validate::validate_create_vpn_gateway,
        "updateVpnGateway" => validate::validate_update_vpn_gateway,
        "createConnectionMonitor" => validate::validate_create_connection_monitor,
        "addTags" | "removeTags" => validate::validate_tags,
        "filterResourcesByTags" | "countResourcesByTags" => validate::validate_tag_filter,
        other => panic!("unknown operation {other:?}"),
    }
}

/// A path as the body spells it, as keys and indexes.
#[derive(Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn steps(path: &str) -> Vec<Step> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Step::Key(key.to_owned()));
        }
        for index in rest.split('[').filter(|s| !s.is_empty()) {
            let n = index.trim_end_matches(']').parse().unwrap_or_else(|_| panic!("bad index in {path}"));
            out.push(Step::Index(n));
        }
    }
    out
}

/// Sets `value` at `path` in `body` (a `null` removes it), creating objects and array items.
fn set(body: &mut Value, path: &str, value: &Value) {
    let steps = steps(path);
    let Some((last, parents)) = steps.split_last() else { return };
    let mut at = body;
    for (i, step) in parents.iter().enumerate() {
        let next_is_index = matches!(steps.get(i + 1), Some(Step::Index(_)));
        let fresh = || if next_is_index { json!([]) } else { json!({}) };
        at = match step {
            Step::Key(k) => {
                let object = at.as_object_mut().unwrap_or_else(|| panic!("{path}: not an object at {k}"));
                object.entry(k.clone()).or_insert_with(fresh)
            }
            Step::Index(n) => {
                let array = at.as_array_mut().unwrap_or_else(|| panic!("{path}: not an array at [{n}]"));
                while array.len() <= *n {
                    array.push(fresh());
                }
                &mut array[*n]
            }
        };
    }
    match (last, at) {
        (Step::Key(k), Value::Object(object)) if value.is_null() => {
            object.remove(k);
        }
        (Step::Key(k), Value::Object(object)) => {
            object.insert(k.clone(), value.clone());
        }
        (Step::Index(n), Value::Array(array)) => {
            while array.len() <= *n {
                array.push(Value::Null);
            }
            array[*n] = value.clone();
        }
        (step, _) => panic!("{path}: cannot set {step:?}"),
    }
}

struct Group {
    file: String,
    validator: Validator,
    base: Value,
}

fn options(cloud: &str) -> ValidateOptions {
    ValidateOptions::from_json(&Json::from(&json!({ "cloud": cloud }))).expect("a known cloud")
}

impl Group {
    /// The report on the base with `with` applied and `value` at `path`, on `cloud`.
    fn check(&self, fact: &Value, cloud: &str, path: Option<&str>, value: &Value) -> Report {
        let mut body = self.base.clone();
        if let Some(with) = fact.get("with").and_then(Value::as_object) {
            for (p, v) in with {
                set(&mut body, p, v);
            }
        }
        if let Some(path) = path {
            set(&mut body, path, value);
        }
        (self.validator)(&Json::from(&body), &options(cloud))
    }
}

fn errors(report: &Report) -> Vec<String> {
    report
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .map(|i| format!("{} {}: {}", i.path, i.code.as_str(), i.message))
        .collect()
}

fn clouds(fact: &Value) -> Vec<String> {
    fact.get("clouds")
        .and_then(Value::as_array)
        .map(|c| c.iter().filter_map(Value::as_str).map(str::to_owned).collect())
        .unwrap_or_else(|| vec!["huawei".into(), "otc".into()])
}

/// Every failed expectation of one fact, as text.
fn failures(group: &Group, fact: &Value) -> Vec<String> {
    let kind = fact.get("kind").and_then(Value::as_str).unwrap_or("");
    let path = fact.get("path").and_then(Value::as_str);
    let sources = fact.get("sources").and_then(Value::as_array).map_or(0, Vec::len);
    let mut out = Vec::new();
    if sources == 0 {
        out.push("a fact without sources".to_owned());
    }
    for cloud in clouds(fact) {
        let passes = |value: &Value, what: &str, out: &mut Vec<String>| {
            let report = group.check(fact, &cloud, path, value);
            let errors = errors(&report);
            if !errors.is_empty() {
                out.push(format!("{cloud}: {what} {value} must pass: {errors:?}"));
            }
            report
        };
        let fails = |value: &Value, what: &str, out: &mut Vec<String>| {
            let report = group.check(fact, &cloud, path, value);
            let at = path.unwrap_or("");
            if !report.issues.iter().any(|i| i.severity == Severity::Error && i.path.to_string() == at) {
                out.push(format!("{cloud}: {what} {value} must be an error at {at}"));
            }
        };
        match kind {
            "field" => {
                let example = fact.get("example").cloned().unwrap_or(Value::Null);
                let report = passes(&example, "example", &mut out);
                if let Some(replacement) = fact.get("deprecated").and_then(Value::as_str) {
                    let at = path.unwrap_or("");
                    let warned = report.issues.iter().any(|i| {
                        i.code.as_str() == "field.deprecated"
                            && i.path.to_string() == at
                            && i.message.contains(replacement)
                    });
                    if !warned {
                        out.push(format!("{cloud}: {at} must be a field.deprecated warning naming {replacement}"));
                    }
                }
            }
            "enum" => {
                for value in fact.get("values").and_then(Value::as_array).into_iter().flatten() {
                    passes(value, "value", &mut out);
                }
            }
            "range" => {
                if let Some(min) = fact.get("min").and_then(Value::as_i64) {
                    passes(&json!(min), "min", &mut out);
                    fails(&json!(min - 1), "min - 1", &mut out);
                }
                if let Some(max) = fact.get("max").and_then(Value::as_i64) {
                    passes(&json!(max), "max", &mut out);
                    fails(&json!(max + 1), "max + 1", &mut out);
                }
            }
            "length" => {
                let unit = fact.get("char").and_then(Value::as_str).unwrap_or("a");
                let text = |n: u64| Value::String(unit.repeat(n as usize));
                if let Some(min) = fact.get("min").and_then(Value::as_u64) {
                    passes(&text(min), "a string of min length", &mut out);
                    if min > 0 {
                        fails(&text(min - 1), "a string of min - 1", &mut out);
                    }
                }
                if let Some(max) = fact.get("max").and_then(Value::as_u64) {
                    passes(&text(max), "a string of max length", &mut out);
                    fails(&text(max + 1), "a string of max + 1", &mut out);
                }
            }
            "body" => {
                let body = fact.get("body").cloned().unwrap_or(Value::Null);
                let report = (group.validator)(&Json::from(&body), &options(&cloud));
                let errors = errors(&report);
                if !errors.is_empty() {
                    out.push(format!("{cloud}: the body must pass: {errors:?}"));
                }
            }
            other => out.push(format!("unknown kind {other:?}")),
        }
    }
    out
}

fn groups() -> Vec<(Group, Vec<Value>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/reference")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        // The answers' fields, which tests/emulator_responses.rs checks.
        .filter(|p| !p.ends_with("responses.json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("readable");
            let data: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let operation = data["operation"].as_str().unwrap_or_else(|| panic!("{}: no operation", path.display()));
            let facts = data["facts"].as_array().cloned().unwrap_or_default();
            let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
            (Group { file, validator: validator(operation), base: data["base"].clone() }, facts)
        })
        .collect()
}

#[test]
fn every_reference_fact_holds() {
    let mut all = Vec::new();
    let mut count = 0;
    for (group, facts) in groups() {
        for cloud in ["huawei", "otc"] {
            let errors = errors(&(group.validator)(&Json::from(&group.base), &options(cloud)));
            assert!(errors.is_empty(), "{}: the base must pass on {cloud}: {errors:?}", group.file);
        }
        for (i, fact) in facts.iter().enumerate() {
            count += 1;
            let what = fact.get("path").and_then(Value::as_str).unwrap_or("body");
            for failure in failures(&group, fact) {
                all.push(format!("{} fact {i} ({what}): {failure}", group.file));
            }
        }
    }
    assert!(count > 0, "no facts in tests/reference");
    assert!(all.is_empty(), "{} of the reference facts fail:\n{}", all.len(), all.join("\n"));
}

#[test]
fn paths_are_set_as_the_body_spells_them() {
    let mut body = json!({"a": {"b": [1]}});
    set(&mut body, "a.b[2]", &json!(3));
    set(&mut body, "a.c[0].d", &json!("x"));
    set(&mut body, "a.e", &json!(true));
    set(&mut body, "a.e", &Value::Null);
    assert_eq!(body, json!({"a": {"b": [1, null, 3], "c": [{"d": "x"}]}}));
}
