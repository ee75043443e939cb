//! The one conversion of Rust errors into JavaScript `Error` objects.
//!
//! Every error is an instance of a real `Error` subclass with a stable `code`, so callers branch on
//! `instanceof` or `err.code`, never on the message. No field ever holds a secret.

use crate::api::{ApiError as CoreApiError, Error};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/wasm/js/errors.js")]
extern "C" {
    #[wasm_bindgen(js_name = errorClasses)]
    fn error_classes_js() -> JsValue;
    type ValidationError;
    #[wasm_bindgen(constructor)]
    fn new(message: &str, fields: &Object) -> ValidationError;
    type ApiError;
    #[wasm_bindgen(constructor)]
    fn new(message: &str, fields: &Object) -> ApiError;
    type NetworkError;
    #[wasm_bindgen(constructor)]
    fn new(message: &str, fields: &Object) -> NetworkError;
    type TimeoutError;
    #[wasm_bindgen(constructor)]
    fn new(message: &str, fields: &Object) -> TimeoutError;
    type AbortError;
    #[wasm_bindgen(constructor)]
    fn new(message: &str, fields: &Object) -> AbortError;
    type ConfigError;
    #[wasm_bindgen(constructor)]
    fn new(message: &str, fields: &Object) -> ConfigError;
    type WaitError;
    #[wasm_bindgen(constructor)]
    fn new(message: &str, fields: &Object) -> WaitError;
}

#[cfg(feature = "client")]
#[wasm_bindgen(module = "/src/wasm/js/errors.js")]
extern "C" {
    #[wasm_bindgen(js_name = keepCallerFrames)]
    fn keep_caller_frames_js(class: &JsValue);
}

/// Makes the rejections of `Class`'s (the `VpnClient` class's) promises carry the caller's
/// frames in their stacks (see errors.js); the package entries call it once.
#[cfg(feature = "client")]
#[wasm_bindgen(js_name = "__keepCallerFrames", skip_typescript)]
pub fn keep_caller_frames(class: &JsValue) {
    keep_caller_frames_js(class);
}

/// The error classes, for the package entry files to re-export.
#[wasm_bindgen(js_name = "__errorClasses", skip_typescript)]
pub fn error_classes() -> JsValue {
    error_classes_js()
}

/// Adds how many attempts were made, and whether the server may have acted, to a JS error.
#[cfg(feature = "client")]
pub fn with_attempts(error: JsValue, attempts: u32, may_have_acted: bool) -> JsValue {
    let _ = Reflect::set(&error, &"attempts".into(), &JsValue::from_f64(f64::from(attempts)));
    let _ = Reflect::set(&error, &"mayHaveActed".into(), &JsValue::from_bool(may_have_acted));
    error
}

/// A `ConfigError` with `message`.
#[cfg(feature = "client")]
pub fn config_error(message: &str) -> JsValue {
    ConfigError::new(message, &fields(&[("code", "CONFIG".into())])).into()
}

fn fields(pairs: &[(&str, JsValue)]) -> Object {
    let obj = Object::new();
    for (k, v) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    obj
}

impl From<Error> for JsValue {
    fn from(error: Error) -> Self {
        let message = error.to_string();
        match error {
            Error::Validation(report) => {
                let mut text = String::new();
                report.write_issues_json(&mut text);
                let issues = super::convert::parse_json(&text);
                ValidationError::new(&message, &fields(&[("code", "VALIDATION".into()), ("issues", issues)])).into()
            }
            Error::Api(e) => api_error(e),
            Error::Config(_) => ConfigError::new(&message, &fields(&[("code", "CONFIG".into())])).into(),
            Error::Network(_) => {
                NetworkError::new(&message, &fields(&[("code", "NETWORK".into()), ("refused", JsValue::FALSE)])).into()
            }
            Error::ConnectionRefused(_) => {
                NetworkError::new(&message, &fields(&[("code", "NETWORK".into()), ("refused", JsValue::TRUE)])).into()
            }
            Error::Timeout(ms) => TimeoutError::new(
                &message,
                &fields(&[("code", "TIMEOUT".into()), ("timeoutMs", JsValue::from_f64(ms as f64))]),
            )
            .into(),
            Error::Aborted => AbortError::new(&message, &fields(&[("code", "ABORTED".into())])).into(),
            Error::Wait { status, polls, .. } => {
                let status = status.map_or(JsValue::NULL, |s| JsValue::from_str(&s));
                let fields = fields(&[
                    ("code", "WAIT".into()),
                    ("status", status),
                    ("polls", JsValue::from_f64(f64::from(polls))),
                ]);
                WaitError::new(&message, &fields).into()
            }
            Error::WaitTimeout { last_status, polls, timeout_ms, .. } => {
                let last = last_status.map_or(JsValue::NULL, |s| JsValue::from_str(&s));
                let fields = fields(&[
                    ("code", "TIMEOUT".into()),
                    ("timeoutMs", JsValue::from_f64(timeout_ms as f64)),
                    ("lastStatus", last),
                    ("polls", JsValue::from_f64(f64::from(polls))),
                ]);
                TimeoutError::new(&message, &fields).into()
            }
        }
    }
}

/// `message` is the API's own message; `status`, `code` and `requestId` sit beside it.
fn api_error(e: CoreApiError) -> JsValue {
    let request_id = e.request_id.map_or(JsValue::NULL, |id| JsValue::from_str(&id));
    ApiError::new(
        &e.message,
        &fields(&[
            ("status", JsValue::from_f64(f64::from(e.status))),
            ("code", JsValue::from_str(&e.code)),
            ("requestId", request_id),
            ("retryable", JsValue::from_bool(e.retryable)),
            ("attempts", JsValue::from_f64(1.0)),
            ("mayHaveActed", JsValue::FALSE),
        ]),
    )
    .into()
}
