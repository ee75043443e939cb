//! The client's observability hooks, `onRequest`, `onResponse` and `onRetry`: each is called with
//! a plain record that holds no secret (no header, body or query; an error's text scrubbed), and
//! an exception a hook throws is dropped, so that logging never changes what a call does.

use super::convert::get;
use crate::api::signer::split_url;
use crate::api::{Error, Method};
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::prelude::*;

/// The hooks a client was given; each absent one costs nothing.
#[derive(Default)]
pub struct Hooks {
    on_request: Option<Function>,
    on_response: Option<Function>,
    on_retry: Option<Function>,
}

impl Hooks {
    /// `onRequest`, `onResponse` and `onRetry` of the client's options: each a function, or absent.
    pub fn read(options: &JsValue) -> Result<Hooks, Error> {
        let hook = |name: &str| match get(options, name) {
            f if f.is_undefined() => Ok(None),
            f => f
                .dyn_into::<Function>()
                .map(Some)
                .map_err(|_| Error::Config(format!("options.{name} must be a function"))),
        };
        Ok(Hooks { on_request: hook("onRequest")?, on_response: hook("onResponse")?, on_retry: hook("onRetry")? })
    }

    /// Whether `onResponse` wants the time an attempt took.
    pub fn times_responses(&self) -> bool {
        self.on_response.is_some()
    }

    /// `onRequest({ method, path, attempt })`, as an attempt is sent.
    pub fn request(&self, method: Method, url: &str, attempt: u32) {
        if let Some(hook) = &self.on_request {
            call(hook, &record(method, url, attempt));
        }
    }

    /// `onResponse({ method, path, attempt, status, requestId, durationMs })`, as an answer arrives.
    pub fn response(&self, method: Method, url: &str, attempt: u32, status: u16, request_id: Option<&str>, ms: f64) {
        if let Some(hook) = &self.on_response {
            let r = record(method, url, attempt);
            set(&r, "status", &JsValue::from_f64(f64::from(status)));
            set(&r, "requestId", &request_id.map_or(JsValue::NULL, JsValue::from_str));
            set(&r, "durationMs", &JsValue::from_f64(ms));
            call(hook, &r);
        }
    }

    /// `onRetry({ method, path, attempt, delayMs, error: { name, code, status } })`, before the
    /// wait that precedes the next attempt; `error` is already scrubbed of secrets.
    pub fn retry(&self, method: Method, url: &str, attempt: u32, delay_ms: u64, error: &Error) {
        if let Some(hook) = &self.on_retry {
            let r = record(method, url, attempt);
            set(&r, "delayMs", &JsValue::from_f64(delay_ms as f64));
            let (name, code, status) = match error {
                Error::Api(e) => ("ApiError", e.code.as_str(), Some(e.status)),
                Error::Timeout(_) => ("TimeoutError", "TIMEOUT", None),
                Error::Network(_) | Error::ConnectionRefused(_) => ("NetworkError", "NETWORK", None),
                _ => ("CloudVpnError", "", None),
            };
            let summary = Object::new();
            set(&summary, "name", &JsValue::from_str(name));
            set(&summary, "code", &JsValue::from_str(code));
            set(&summary, "status", &status.map_or(JsValue::NULL, |s| JsValue::from_f64(f64::from(s))));
            set(&r, "error", &summary);
            call(hook, &r);
        }
    }
}

/// `{ method, path, attempt }`: the path without the endpoint or the query.
fn record(method: Method, url: &str, attempt: u32) -> Object {
    let path = split_url(url).map(|(_, path, _)| path.to_owned()).unwrap_or_default();
    let r = Object::new();
    set(&r, "method", &JsValue::from_str(method.as_str()));
    set(&r, "path", &JsValue::from_str(&path));
    set(&r, "attempt", &JsValue::from_f64(f64::from(attempt)));
    r
}

fn set(target: &Object, key: &str, value: &JsValue) {
    // Setting a property of a fresh plain object cannot fail.
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

fn call(hook: &Function, record: &Object) {
    // A hook's exception is dropped: logging must not change the call.
    let _ = hook.call1(&JsValue::UNDEFINED, record);
}
