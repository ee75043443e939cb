//! Sending one client call: attempts, signing at send time, retries, waits and timeouts.

use super::client::{Inner, JsCallOptions, JsPromise};
use super::convert::{get, to_js};
use super::errors::with_attempts;
use super::transport::sleep;
use crate::api::retry::{may_have_acted, Decision};
use crate::api::{Call, ClientConfig, Error};
use crate::validate::Report;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::future_to_promise;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = warn)]
    fn console_warn(message: &str);
}

#[wasm_bindgen(module = "/src/wasm/js/runtime.js")]
extern "C" {
    /// A counting gate (see runtime.js): `enter` gives `undefined` or a promise of a place.
    pub type Gate;
    #[wasm_bindgen(constructor)]
    pub fn new(max: u32) -> Gate;
    #[wasm_bindgen(method)]
    fn enter(this: &Gate, signal: &JsValue) -> JsValue;
    #[wasm_bindgen(method)]
    fn leave(this: &Gate);
}

/// A place in a client's gate, given back when dropped (whatever way the attempt ends).
struct Place<'a>(&'a Gate);

impl Drop for Place<'_> {
    fn drop(&mut self) {
        self.0.leave();
    }
}

/// Waits for a place in `gate`; an abort of `signal` while waiting is [`Error::Aborted`].
async fn enter<'a>(gate: &'a Gate, signal: &JsValue) -> Result<Place<'a>, Error> {
    let wait = gate.enter(signal);
    if let Some(promise) = wait.dyn_ref::<js_sys::Promise>() {
        wasm_bindgen_futures::JsFuture::from(promise.clone()).await.map_err(|_| Error::Aborted)?;
    }
    Ok(Place(gate))
}

/// The `signal` of per-call options, or `undefined`.
fn signal_of(options: Option<JsCallOptions>) -> JsValue {
    options.map_or(JsValue::UNDEFINED, |o| get(&o, "signal"))
}

fn warn_issues(report: &Report) {
    for issue in &report.issues {
        console_warn(&format!("cloudvpn: {} {} ({})", issue.path, issue.message, issue.code.as_str()));
    }
}

/// Prepares a call in the core, then sends it, signing each attempt when it is sent, retrying as
/// the policy decides and waiting between attempts, and decodes the answer; the promise rejects
/// with the typed error of whichever step failed, with `attempts` and `mayHaveActed`.
pub(super) fn send_call<T, F>(inner: Rc<Inner>, options: Option<JsCallOptions>, prepare: F) -> JsPromise
where
    T: DeserializeOwned + Serialize + 'static,
    F: FnOnce(&ClientConfig) -> Result<(Call<T>, Report), Error> + 'static,
{
    let signal = signal_of(options);
    let promise = future_to_promise(async move {
        let (call, report) = prepare(&inner.config)?;
        warn_issues(&report);
        let now = || js_sys::Date::now().max(0.0) as u64;
        let sending = inner.sending;
        let deadline = sending.overall_timeout_ms.map(|ms| now().saturating_add(ms));
        let method = call.request.method;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut request = call.request.clone();
            inner.config.authorize(&mut request, now())?;
            let timeout =
                deadline.map_or(sending.timeout_ms, |d| sending.timeout_ms.min(d.saturating_sub(now()).max(1)));
            let place = match enter(&inner.gate, &signal).await {
                Ok(place) => place,
                Err(e) => return Err(with_attempts(e.into(), attempt - 1, false)),
            };
            let sent = inner.transport.send_with_timeout(&request, &signal, timeout).await;
            drop(place);
            let outcome = match sent {
                Ok(response) => call.decode(&response).map(|answer| (response.status, answer)),
                Err(e) => Err(e),
            };
            let error = match outcome {
                // A 204 has no body: the promise resolves to undefined.
                Ok((204, _)) => return Ok(JsValue::UNDEFINED),
                Ok((_, answer)) => return Ok(to_js(&answer)),
                Err(e) => e,
            };
            let decision = sending.retry.decide(method, &error, attempt, now(), js_sys::Math::random());
            match decision {
                Decision::Retry { delay_ms } if deadline.is_none_or(|d| now().saturating_add(delay_ms) < d) => {
                    if let Err(aborted) = sleep(delay_ms, &signal).await {
                        return Err(with_attempts(aborted.into(), attempt, may_have_acted(method, &error)));
                    }
                }
                Decision::Retry { .. } => {
                    let out_of_time = Error::Timeout(sending.overall_timeout_ms.unwrap_or(0));
                    return Err(with_attempts(out_of_time.into(), attempt, may_have_acted(method, &error)));
                }
                Decision::Stop { may_have_acted } => return Err(with_attempts(error.into(), attempt, may_have_acted)),
            }
        }
    });
    promise.unchecked_into()
}
