//! Sends an [`HttpRequest`] through a fetch-compatible function and reads the whole answer.

use super::convert::get;
use crate::api::{Error, HttpRequest, HttpResponse, RESPONSE_HEADERS_READ};
use js_sys::{Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Property an in-process fetch (the emulator's) carries: nothing it is given leaves the process,
/// so plain `http://` endpoints are fine with it.
pub const IN_PROCESS_MARK: &str = "__cloudvpnInProcess";

/// A fetch function and the `this` to call it with.
#[derive(Clone)]
pub struct Transport {
    fetch: Function,
    this: JsValue,
    in_process: bool,
    /// The platform's own fetch, which honours its signal; a caller's may not, so its promises
    /// race the signal.
    native: bool,
}

impl Transport {
    /// The caller's `fetch`, or the global one when `fetch` is `undefined`.
    pub fn new(fetch: &JsValue) -> Result<Self, Error> {
        if fetch.is_undefined() || fetch.is_null() {
            let global: JsValue = js_sys::global().into();
            let f = get(&global, "fetch");
            return match f.dyn_into::<Function>() {
                Ok(fetch) => Ok(Self { fetch, this: global, in_process: false, native: true }),
                Err(_) => Err(Error::Config("this environment has no global fetch; pass options.fetch".into())),
            };
        }
        match fetch.clone().dyn_into::<Function>() {
            Ok(f) => {
                let in_process = get(&f, IN_PROCESS_MARK).as_bool() == Some(true);
                Ok(Self { fetch: f, this: JsValue::UNDEFINED, in_process, native: false })
            }
            Err(_) => Err(Error::Config("options.fetch must be a function".into())),
        }
    }

    /// Whether this fetch never leaves the process (the emulator's).
    pub fn in_process(&self) -> bool {
        self.in_process
    }

    /// Sends `request`; `signal` aborts it; after `timeout_ms` it fails with [`Error::Timeout`].
    /// Every failure is a typed [`Error`].
    pub async fn send_with_timeout(
        &self,
        request: &HttpRequest,
        signal: &JsValue,
        timeout_ms: u64,
    ) -> Result<HttpResponse, Error> {
        if aborted(signal) {
            return Err(Error::Aborted);
        }
        let attempt = attempt_signal(signal, timeout_ms as f64);
        let combined = get(&attempt, "signal");
        let result = self.send(request, &combined).await;
        let clear = get(&attempt, "clear").dyn_into::<Function>();
        if let Ok(clear) = clear {
            let _ = clear.call0(&JsValue::UNDEFINED);
        }
        match result {
            Err(Error::Aborted) if !aborted(signal) && aborted(&combined) => Err(Error::Timeout(timeout_ms)),
            other => other,
        }
    }

    /// Sends `request`; `signal` aborts it. Every failure is a typed [`Error`].
    pub async fn send(&self, request: &HttpRequest, signal: &JsValue) -> Result<HttpResponse, Error> {
        if aborted(signal) {
            return Err(Error::Aborted);
        }
        let init = Object::new();
        let headers = Object::new();
        for (k, v) in &request.headers {
            let _ = Reflect::set(&headers, &JsValue::from_str(k), &JsValue::from_str(v));
        }
        let _ = Reflect::set(&init, &"method".into(), &request.method.as_str().into());
        let _ = Reflect::set(&init, &"headers".into(), &headers);
        if !request.body.is_empty() {
            let _ = Reflect::set(&init, &"body".into(), &Uint8Array::from(request.body.as_slice()));
        }
        if signal.is_object() {
            let _ = Reflect::set(&init, &"signal".into(), signal);
        }

        let promise =
            self.fetch.call2(&self.this, &JsValue::from_str(&request.url), &init).map_err(|e| failure(&e, signal))?;
        let promise =
            promise.dyn_into::<Promise>().map_err(|_| Error::Network("fetch did not return a Promise".into()))?;
        let promise = if self.native { promise } else { abortable(&promise, signal) };
        let response = JsFuture::from(promise).await.map_err(|e| failure(&e, signal))?;
        read_response(&response, signal, self.native).await
    }
}

#[wasm_bindgen(module = "/src/wasm/js/runtime.js")]
extern "C" {
    #[wasm_bindgen(js_name = attemptSignal)]
    fn attempt_signal(signal: &JsValue, ms: f64) -> JsValue;
    #[wasm_bindgen(js_name = sleep)]
    fn sleep_js(ms: f64, signal: &JsValue) -> Promise;
    fn abortable(promise: &Promise, signal: &JsValue) -> Promise;
}

/// Waits `ms`; an abort of `signal` ends the wait with [`Error::Aborted`].
pub async fn sleep(ms: u64, signal: &JsValue) -> Result<(), Error> {
    JsFuture::from(sleep_js(ms as f64, signal)).await.map(|_| ()).map_err(|_| Error::Aborted)
}

fn aborted(signal: &JsValue) -> bool {
    signal.is_object() && get(signal, "aborted").as_bool() == Some(true)
}

/// A rejected fetch: an abort when the signal fired, a network failure otherwise.
fn failure(error: &JsValue, signal: &JsValue) -> Error {
    if aborted(signal) || get(error, "name").as_string().as_deref() == Some("AbortError") {
        return Error::Aborted;
    }
    let message = get(error, "message").as_string().unwrap_or_else(|| "fetch failed".into());
    let cause = get(error, "cause");
    let detail = match get(&cause, "message").as_string() {
        Some(c) => format!("{message}: {c}"),
        None => message,
    };
    // Node names the cause; a browser says only "Failed to fetch", which may mean either.
    if get(&cause, "code").as_string().as_deref() == Some("ECONNREFUSED") {
        Error::ConnectionRefused(detail)
    } else {
        Error::Network(detail)
    }
}

async fn read_response(response: &JsValue, signal: &JsValue, native: bool) -> Result<HttpResponse, Error> {
    let status = get(response, "status").as_f64().unwrap_or(0.0);
    if !(100.0..=599.0).contains(&status) {
        return Err(Error::Network("the response has no HTTP status".into()));
    }
    let mut headers = Vec::new();
    let raw_headers = get(response, "headers");
    if let Some(get_header) = get(&raw_headers, "get").dyn_ref::<Function>() {
        // A Headers object: ask for the headers the core reads, not every one.
        for name in RESPONSE_HEADERS_READ {
            if let Ok(Some(value)) = get_header.call1(&raw_headers, &JsValue::from_str(name)).map(|v| v.as_string()) {
                headers.push((name.to_owned(), value));
            }
        }
    } else if let Ok(Some(iter)) = js_sys::try_iter(&raw_headers) {
        for entry in iter.flatten() {
            let k = Reflect::get_u32(&entry, 0).ok().and_then(|v| v.as_string());
            let v = Reflect::get_u32(&entry, 1).ok().and_then(|v| v.as_string());
            if let (Some(k), Some(v)) = (k, v) {
                headers.push((k, v));
            }
        }
    }
    let array_buffer = get(response, "arrayBuffer")
        .dyn_into::<Function>()
        .map_err(|_| Error::Network("the response has no body reader".into()))?;
    let body_promise = array_buffer
        .call0(response)
        .map_err(|e| failure(&e, signal))?
        .dyn_into::<Promise>()
        .map_err(|_| Error::Network("arrayBuffer() did not return a Promise".into()))?;
    let body_promise = if native { body_promise } else { abortable(&body_promise, signal) };
    let buffer = JsFuture::from(body_promise).await.map_err(|e| failure(&e, signal))?;
    let body = Uint8Array::new(&buffer).to_vec();
    Ok(HttpResponse { status: status as u16, headers, body })
}
