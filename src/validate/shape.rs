//! JSON shapes: which keys an object has, which are mandatory, and the JSON type of each value.
//!
//! A shape check runs first and reports wrong types, missing fields and unknown keys; the rule
//! checks after it read only values whose type is right. Recursion follows the static shape tables,
//! never the input, so its depth is bounded by the tables.

use super::report::{At, Code, Issue, Report};
use super::suggest;
use crate::validate::json::{Json, Members};

/// The JSON type a value must have.
#[derive(Debug)]
pub enum Shape {
    Str,
    Bool,
    /// A whole number: a fraction or a numeric string is a type error.
    Int,
    List(&'static Shape),
    Object(&'static [Field]),
    /// Any JSON value; the rules check it themselves.
    Any,
}

/// One key of an object shape.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub shape: Shape,
    pub required: bool,
    /// Known only to Huawei Cloud (spec marks it [HW-only]); unknown with `cloud: "otc"`.
    pub huawei_only: bool,
    /// Deprecated but still accepted: the name of the field that replaces it (a
    /// `field.deprecated` warning names it).
    pub replaced_by: Option<&'static str>,
}

impl Field {
    /// An optional field known to both clouds.
    pub const fn optional(name: &'static str, shape: Shape) -> Self {
        Self { name, shape, required: false, huawei_only: false, replaced_by: None }
    }

    /// A mandatory field known to both clouds.
    pub const fn required(name: &'static str, shape: Shape) -> Self {
        Self { name, shape, required: true, huawei_only: false, replaced_by: None }
    }

    /// An optional field known only to Huawei Cloud.
    pub const fn huawei(name: &'static str, shape: Shape) -> Self {
        Self { name, shape, required: false, huawei_only: true, replaced_by: None }
    }

    /// An optional field the live API still accepts though `replacement` took its place: a
    /// `field.deprecated` warning.
    pub const fn deprecated(name: &'static str, shape: Shape, replacement: &'static str) -> Self {
        Self { name, shape, required: false, huawei_only: false, replaced_by: Some(replacement) }
    }
}

/// A request body's shape, with the validator that checks it and the name of its TypeScript
/// declaration (`src/wasm/types/bodies.rs`).
#[derive(Debug)]
pub struct Body {
    pub declaration: &'static str,
    pub validator: crate::validate::Validator,
    pub fields: &'static [Field],
}

/// Every request body the validators check, for `tests/typescript_declarations.rs`, which holds
/// the TypeScript declarations to these shapes (and both to the serde models).
pub fn bodies() -> [Body; 10] {
    use crate::validate::{connection, customer_gateway, monitor, tags, vpn_gateway};
    let body = |declaration, validator, fields| Body { declaration, validator, fields };
    [
        body("CreateVpnConnectionRequest", connection::validate_create, &connection::shapes::CREATE_BODY),
        body("UpdateVpnConnectionRequest", connection::validate_update, &connection::shapes::UPDATE_BODY),
        body("BatchCreateVpnConnectionsRequest", connection::validate_batch_create, &connection::shapes::BATCH_BODY),
        body("CreateCustomerGatewayRequest", customer_gateway::validate_create, &customer_gateway::CREATE_BODY),
        body("UpdateCustomerGatewayRequest", customer_gateway::validate_update, &customer_gateway::UPDATE_BODY),
        body("CreateVpnGatewayRequest", vpn_gateway::validate_create, &vpn_gateway::CREATE_BODY),
        body("UpdateVpnGatewayRequest", vpn_gateway::validate_update, &vpn_gateway::UPDATE_BODY),
        body("CreateConnectionMonitorRequest", monitor::validate_create, &monitor::CREATE_BODY),
        body("TagsRequest", tags::validate_tags_body, &tags::TAGS_BODY),
        body("TagFilterRequest", tags::validate_filter_body, &tags::FILTER_BODY),
    ]
}

/// Names the JSON type of a value, for messages.
pub fn type_name(value: &Json) -> &'static str {
    value.type_name()
}

fn expected(shape: &Shape) -> &'static str {
    match shape {
        Shape::Str => "a string",
        Shape::Bool => "a boolean",
        Shape::Int => "an integer",
        Shape::List(_) => "an array",
        Shape::Object(_) => "an object",
        Shape::Any => "a value",
    }
}

/// Checks `value` against `shape`; returns whether its own type was right (children may still
/// have issues).
pub fn check(value: &Json, shape: &Shape, huawei: bool, at: &At, report: &mut Report) -> bool {
    let type_ok = match (shape, value) {
        (Shape::Any, _) | (Shape::Str, Json::Str(_)) | (Shape::Bool, Json::Bool(_)) => true,
        (Shape::Int, Json::Int(_)) => true,
        (Shape::List(item), Json::Array(items)) => {
            for (i, v) in items.iter().enumerate() {
                check(v, item, huawei, &at.index(i), report);
            }
            true
        }
        (Shape::Object(fields), Json::Object(map)) => {
            check_object(map, fields, huawei, at, report);
            true
        }
        _ => false,
    };
    if !type_ok {
        report.push(Issue::error(
            at.path(),
            Code::FieldType,
            format!("expected {}, got {}", expected(shape), type_name(value)),
        ));
    }
    type_ok
}

fn check_object(map: &Members, fields: &[Field], huawei: bool, at: &At, report: &mut Report) {
    for field in fields {
        let known = huawei || !field.huawei_only;
        match map.get(field.name) {
            Some(v) if known => {
                if let Some(replacement) = field.replaced_by {
                    report.push(Issue::warning(
                        at.key(field.name).path(),
                        Code::FieldDeprecated,
                        format!("{} is deprecated: use {replacement} (the server still accepts it)", field.name),
                    ));
                }
                check(v, &field.shape, huawei, &at.key(field.name), report);
            }
            Some(_) => {}
            None if field.required => report.push(Issue::error(
                at.key(field.name).path(),
                Code::FieldRequired,
                format!("{} is required", field.name),
            )),
            None => {}
        }
    }
    for key in map.keys() {
        let known = fields.iter().any(|f| f.name == key && (huawei || !f.huawei_only));
        if !known {
            report.push(unknown_key(key, fields, huawei, at));
        }
    }
}

fn unknown_key(key: &str, fields: &[Field], huawei: bool, at: &At) -> Issue {
    let huawei_only = fields.iter().any(|f| f.name == key && f.huawei_only);
    let shown: String = key.chars().take(64).collect();
    let message = if huawei_only && !huawei {
        format!("{shown} exists only on Huawei Cloud; the OTC server rejects it (VPN.0013)")
    } else {
        format!("unknown attribute {shown}: the server rejects it (VPN.0013)")
    };
    let issue = Issue::error(at.key(key).path(), Code::FieldUnknown, message);
    match closest(key, fields, huawei) {
        Some(name) => issue.with_hint(format!("did you mean {name}?")),
        None => issue,
    }
}

/// The name of another field the selected cloud knows within edit distance 2 of `key`, if any
/// (a Huawei-only field given with `cloud: "otc"` is not a typo of itself).
fn closest(key: &str, fields: &[Field], huawei: bool) -> Option<&'static str> {
    suggest::closest(key, fields.iter().filter(|f| huawei || !f.huawei_only).map(|f| f.name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    static INNER: [Field; 1] = [Field::optional("n", Shape::Int)];
    static FIELDS: [Field; 5] = [
        Field::required("id", Shape::Str),
        Field::optional("list", Shape::List(&Shape::Str)),
        Field::optional("inner", Shape::Object(&INNER)),
        Field::huawei("hw", Shape::Bool),
        Field::deprecated("old", Shape::Str, "id"),
    ];

    fn run(v: serde_json::Value, huawei: bool) -> Vec<(String, &'static str)> {
        let mut r = Report::default();
        check(&Json::from(&v), &Shape::Object(&FIELDS), huawei, &At::Root, &mut r);
        r.issues.iter().map(|i| (i.path.to_string(), i.code.as_str())).collect()
    }

    #[test]
    fn reports_types_required_and_unknown_keys_with_paths() {
        assert!(run(json!({"id": "x", "list": ["a"], "inner": {"n": 3}, "hw": true}), true).is_empty());
        assert_eq!(
            run(json!({"list": ["a", 1], "inner": {"n": 1.5}, "idd": 1}), true),
            [
                ("id".to_string(), "field.required"),
                ("list[1]".to_string(), "field.type"),
                ("inner.n".to_string(), "field.type"),
                ("idd".to_string(), "field.unknown"),
            ]
        );
        assert_eq!(run(json!({"id": "x", "hw": true}), false), [("hw".to_string(), "field.unknown")]);
        assert_eq!(run(json!({"id": "x", "inner": {"n": "3"}}), true), [("inner.n".to_string(), "field.type")]);
        assert_eq!(run(json!([]), true), [(String::new(), "field.type")]);
    }

    #[test]
    fn a_deprecated_field_is_a_warning_naming_its_replacement() {
        let mut r = Report::default();
        check(&Json::from(&json!({"id": "x", "old": "y"})), &Shape::Object(&FIELDS), false, &At::Root, &mut r);
        assert_eq!(r.issues.len(), 1);
        assert_eq!((r.issues[0].code.as_str(), r.ok()), ("field.deprecated", true));
        assert!(r.issues[0].message.contains("use id"), "{}", r.issues[0].message);
        assert_eq!(
            run(json!({"id": "x", "old": 1}), true),
            [("old".to_string(), "field.deprecated"), ("old".to_string(), "field.type")]
        );
    }

    #[test]
    fn suggests_the_closest_name() {
        let mut r = Report::default();
        check(&Json::from(&json!({"id": "x", "lsit": []})), &Shape::Object(&FIELDS), true, &At::Root, &mut r);
        assert_eq!(r.issues[0].hint.as_deref(), Some("did you mean list?"));
        // A Huawei-only field on OTC is named as such, and not "corrected" to itself.
        let mut r = Report::default();
        check(&Json::from(&json!({"id": "x", "hw": true})), &Shape::Object(&FIELDS), false, &At::Root, &mut r);
        assert_ne!(r.issues[0].hint.as_deref(), Some("did you mean hw?"));
        assert!(r.issues[0].message.contains("only on Huawei Cloud"), "{}", r.issues[0].message);
    }
}
