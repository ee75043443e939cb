//! The table-driven cases of the validators: each starts from a valid body, changes one thing,
//! and lists the issues (`"path code"`) it must produce, as errors and as warnings.

use cloudvpn::validate::{Json, Severity, ValidateOptions, Validator};
use serde_json::{json, Value};

pub const VGW: &str = "b32d91a4-3f0e-4c1a-a8df-e907174eb11d";
pub const EIP: &str = "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde";
pub const CGW: &str = "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d";
pub const OTHER: &str = "11111111-2222-4333-8444-555555555555";

/// Merges `patch` into `base`: objects merge key by key, `null` deletes a key, anything else replaces.
pub fn merge(base: &mut Value, patch: &Value) {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => {
            for (k, v) in p {
                if v.is_null() {
                    b.remove(k);
                } else {
                    merge(b.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        (b, p) => *b = p.clone(),
    }
}

/// `base` with `patch` merged into it (see [`merge`]).
pub fn with(mut base: Value, patch: Value) -> Value {
    merge(&mut base, &patch);
    base
}

/// A valid create-connection body.
pub fn connection() -> Value {
    json!({"vpn_connection": {"vgw_id": VGW, "vgw_ip": EIP, "cgw_id": CGW, "peer_subnets": ["192.168.44.0/24"], "psk": "Abcd1234!x"}})
}

/// `"path code"` of every issue of `severity`.
pub fn found(validator: Validator, body: &Value, options: &ValidateOptions, severity: Severity) -> Vec<String> {
    let report = validator(&Json::from(body), options);
    assert_eq!(report.ok(), !report.issues.iter().any(|i| i.severity == Severity::Error));
    report.issues.iter().filter(|i| i.severity == severity).map(|i| format!("{} {}", i.path, i.code.as_str())).collect()
}

/// Validator options from their JSON form; panics on options the validators refuse.
pub fn options(json: Value) -> ValidateOptions {
    ValidateOptions::from_json(&Json::from(&json)).unwrap()
}

/// Runs `(name, body, expected errors, expected warnings)` cases through `validator`.
pub fn run(validator: Validator, opts: &ValidateOptions, cases: &[(&str, Value, &[&str], &[&str])]) {
    for (name, body, errors, warnings) in cases {
        assert_eq!(found(validator, body, opts, Severity::Error), *errors, "errors: {name}");
        assert_eq!(found(validator, body, opts, Severity::Warning), *warnings, "warnings: {name}");
    }
}

/// `n` distinct, non-overlapping /16 subnets (`10.0.0.0/16`, `10.1.0.0/16`, …).
pub fn subnets(n: usize) -> Value {
    json!((0..n).map(|i| format!("10.{i}.0.0/16")).collect::<Vec<_>>())
}
