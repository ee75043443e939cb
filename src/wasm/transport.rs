//! Sends an [`HttpRequest`] through a fetch-compatible function and reads the whole answer.

use super::convert::get;
use crate::api::{ApiError, Error, HttpRequest, HttpResponse, RESPONSE_HEADERS_READ};
use crate::validate::json::write_string;
use js_sys::{Array, Function, Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// [`RESPONSE_HEADERS_READ`] as `exchange` takes them, comma-separated.
const RESPONSE_HEADER_NAMES: &str = "retry-after,x-request-id,location";

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
    /// A redirect is never followed (it is an answer, [`ApiError::redirect`] once decoded), and a
    /// body longer than `max_bytes` is cut off ([`ApiError::too_large`]). Every failure is a typed
    /// [`Error`]. The whole exchange (fetch, timeout, body) runs in JS as one promise (`exchange`
    /// in transport.js): each promise awaited here costs a few µs.
    pub async fn send_with_timeout(
        &self,
        request: &HttpRequest,
        signal: &JsValue,
        timeout_ms: u64,
        max_bytes: u64,
    ) -> Result<Received, Error> {
        let mut headers = String::from("{");
        for (k, v) in &request.headers {
            if headers.len() > 1 {
                headers.push(',');
            }
            write_string(&mut headers, k);
            headers.push(':');
            write_string(&mut headers, v);
        }
        headers.push('}');
        debug_assert_eq!(RESPONSE_HEADER_NAMES, RESPONSE_HEADERS_READ.join(","));
        let answer = exchange(
            &self.fetch,
            &self.this,
            &request.url,
            request.method.as_str(),
            &headers,
            &request.body,
            signal,
            timeout_ms as f64,
            !self.native,
            RESPONSE_HEADER_NAMES,
            max_bytes as f64,
        )
        .await;
        match answer {
            Ok(answer) => {
                // `exchange` resolves to an array: no copy (`Array::from` would make one).
                let answer: Array = answer.unchecked_into();
                Ok(received_of(&answer))
            }
            Err(failure) => Err(error_of(&failure, timeout_ms, max_bytes)),
        }
    }
}

#[wasm_bindgen(module = "/src/wasm/js/transport.js")]
extern "C" {
    #[wasm_bindgen(js_name = sleep)]
    fn sleep_js(ms: f64, signal: &JsValue) -> Promise;
    /// One attempt (see transport.js): resolves to `[status, body, …header values]`, rejects with
    /// `{ kind, message }`.
    #[wasm_bindgen(catch)]
    #[allow(clippy::too_many_arguments)]
    async fn exchange(
        fetch: &Function,
        this: &JsValue,
        url: &str,
        method: &str,
        headers: &str,
        body: &[u8],
        signal: &JsValue,
        timeout_ms: f64,
        race: bool,
        names: &str,
        max_bytes: f64,
    ) -> Result<JsValue, JsValue>;
}

/// Waits `ms`; an abort of `signal` ends the wait with [`Error::Aborted`].
pub async fn sleep(ms: u64, signal: &JsValue) -> Result<(), Error> {
    JsFuture::from(sleep_js(ms as f64, signal)).await.map(|_| ()).map_err(|_| Error::Aborted)
}

/// An answer as it arrived: its body stays the JS `Uint8Array` it came in until wasm reads it, so
/// a success body, which only JS reads, is never copied into wasm memory.
pub struct Received {
    pub status: u16,
    headers: Vec<(String, String)>,
    pub body: JsValue,
}

impl Received {
    /// The `X-Request-Id` header, when the answer had one.
    pub fn request_id(&self) -> Option<&str> {
        self.headers.iter().find(|(name, _)| name == "x-request-id").map(|(_, value)| value.as_str())
    }

    /// The response without its body: what a message about a success body needs.
    pub fn head(&self) -> HttpResponse {
        HttpResponse { status: self.status, headers: self.headers.clone(), body: Vec::new() }
    }

    /// The whole response, its body copied into wasm.
    pub fn into_response(self) -> HttpResponse {
        let body = self.body.dyn_into::<Uint8Array>().map(|bytes| bytes.to_vec()).unwrap_or_default();
        HttpResponse { status: self.status, headers: self.headers, body }
    }
}

/// `[status, body, …values of RESPONSE_HEADERS_READ]` as an answer.
fn received_of(answer: &Array) -> Received {
    let status = answer.get(0).as_f64().unwrap_or(0.0) as u16;
    let headers = RESPONSE_HEADERS_READ
        .iter()
        .zip(2..)
        .filter_map(|(name, i)| answer.get(i).as_string().map(|value| ((*name).to_owned(), value)))
        .collect();
    Received { status, headers, body: answer.get(1) }
}

/// A rejected exchange as a typed error.
fn error_of(failure: &JsValue, timeout_ms: u64, max_bytes: u64) -> Error {
    let message = get(failure, "message").as_string().unwrap_or_else(|| "fetch failed".into());
    let status = get(failure, "status").as_f64().unwrap_or(0.0) as u16;
    let request_id = || get(failure, "requestId").as_string().filter(|id| !id.is_empty());
    match get(failure, "kind").as_string().as_deref() {
        Some("aborted") => Error::Aborted,
        Some("timeout") => Error::Timeout(timeout_ms),
        Some("refused") => Error::ConnectionRefused(message),
        Some("redirect") => Error::Api(ApiError::redirect(status, None, request_id())),
        Some("too-large") => Error::Api(ApiError::too_large(status, max_bytes, request_id())),
        _ => Error::Network(message),
    }
}
