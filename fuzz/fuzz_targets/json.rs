//! The validators' JSON reader (`validate::json::parse`) and writer (`Json::write`): no input
//! panics or hangs; what serde_json reads, it reads to the same value; what it reads, it writes
//! as text that reads back to the same tree.

#![no_main]

use cloudvpn::validate::json::{parse, quote, Json};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

/// Equal JSON values, numbers compared by value: `-0` is an integer here (as `JSON.stringify`
/// writes it: `0`) and `-0.0` in serde_json; and serde_json, without its `float_roundtrip`
/// feature, may round a long number to a neighbour of the nearest `f64`, which `parse` keeps as
/// text and `str::parse` rounds exactly.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            x == y
                || match (x.as_f64(), y.as_f64()) {
                    (Some(x), Some(y)) => x == y || (x - y).abs() <= x.abs().max(y.abs()) * 4.0 * f64::EPSILON,
                    _ => false,
                }
        }
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    let ours = parse(&text);
    if let Ok(theirs) = serde_json::from_str::<Value>(&text) {
        match &ours {
            // Numbers with a fraction or exponent are kept as written; compared by value.
            Ok(json) => assert!(same(&Value::from(json), &theirs), "read differently from serde_json"),
            Err(e) => panic!("serde_json reads it, parse does not: {e}"),
        }
    }
    let Ok(json) = ours else { return };
    let mut written = String::new();
    json.write(&mut written);
    match parse(&written) {
        Ok(again) => assert_eq!(again, json, "written as {written}"),
        Err(e) => panic!("written as {written}, which does not read back: {e}"),
    }
    // What messages show of a value: a type name, the scalar, a quoted and shortened string.
    let _ = (json.type_name(), json.to_string(), json.as_i64());
    if let Json::Str(s) = &json {
        let _ = quote(s);
    }
});
