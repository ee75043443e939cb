//! Sending one client call: attempts, signing at send time, retries, waits and timeouts.

use super::client::{Inner, JsCallOptions, JsPromise};
use super::client_input::{check_options, first_message};
use super::convert::get;
use super::errors::with_attempts;
use super::transport::{sleep, Received};
use super::validate::read_options;
use crate::api::retry::{may_have_acted, Decision};
use crate::api::{
    api_error, invalid_answer, option_names, Answer, Call, ClientConfig, Error, HttpRequest, Member, Redactor, Shape,
};
use crate::validate::Report;
use js_sys::Object;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::future_to_promise;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = warn)]
    fn console_warn(message: &str);
}

#[wasm_bindgen(module = "/src/wasm/js/calls.js")]
extern "C" {
    /// `JSON.parse` of UTF-8 bytes; throws a SyntaxError when they are not JSON.
    #[wasm_bindgen(catch, js_name = readJson)]
    fn read_json(bytes: &JsValue) -> Result<JsValue, JsValue>;
    /// A counting gate (see calls.js): `enter` gives `undefined` or a promise of a place.
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

/// Whether `signal` is an AbortSignal that has fired.
fn aborted(signal: &JsValue) -> bool {
    signal.is_object() && get(signal, "aborted").as_bool() == Some(true)
}

fn warn_issues(report: &Report) {
    for issue in &report.issues {
        console_warn(&format!("cloudvpn: {} {} ({})", issue.path, issue.message, issue.code.as_str()));
    }
}

/// What answers a call with success: its status, and the shape of its body.
#[derive(Clone, Copy)]
struct Success {
    status: u16,
    shape: Shape,
}

/// Prepares a call in the core, then sends it, signing each attempt when it is sent, retrying as
/// the policy decides and waiting between attempts, and decodes the answer; the promise rejects
/// with the typed error of whichever step failed, with `attempts` and `mayHaveActed`.
///
/// Only the preparation depends on the answer's type: the sending loop is one function for every
/// operation, so the wasm holds one copy of it, not one per operation.
pub(super) fn send_call<T, F>(inner: Rc<Inner>, options: Option<JsCallOptions>, prepare: F) -> JsPromise
where
    T: Answer + 'static,
    F: FnOnce(&ClientConfig) -> Result<(Call<T>, Report), Error> + 'static,
{
    send_erased(
        inner,
        options,
        Box::new(move |config| {
            prepare(config).map(|(call, report)| {
                let success = Success { status: call.expected_status(), shape: call.shape() };
                (call.request, report, success)
            })
        }),
    )
}

/// The answer to a call: for the success status, the body as the server wrote it once it is JSON
/// of the documented shape (`undefined` when that is [`Shape::Empty`]), read in JS only; else the
/// typed error the response carries, read from its body once `redactor` has scrubbed it.
fn answer_of(received: Received, success: Success, redactor: impl FnOnce() -> Redactor) -> Result<JsValue, Error> {
    let Success { status, shape } = success;
    if received.status != status {
        let mut response = received.into_response();
        response.body = redactor().bytes(response.body);
        return Err(Error::Api(api_error(&response)));
    }
    if shape == Shape::Empty {
        return Ok(JsValue::UNDEFINED);
    }
    let value = read_json(&received.body).map_err(|e| {
        let reason = get(&e, "message").as_string().unwrap_or_default();
        invalid_answer(&received.head(), &format!("it is not JSON ({reason})"))
    })?;
    let member = match shape.envelope() {
        None => return Ok(value),
        Some(key) => get(&value, key),
    };
    let member = if js_sys::Array::is_array(&member) {
        Member::List
    } else if member.is_object() {
        Member::Object
    } else {
        Member::Other
    };
    match shape.problem(member) {
        None => Ok(value),
        Some(problem) => Err(invalid_answer(&received.head(), &problem)),
    }
}

/// A call prepared from the configuration it is given: the request, its validation report and
/// what answers it with success.
type Prepare = Box<dyn FnOnce(&ClientConfig) -> Result<(HttpRequest, Report, Success), Error>>;

/// The part of [`send_call`] that does not depend on the answer's type: one function, not one
/// copy per operation.
fn send_erased(inner: Rc<Inner>, options: Option<JsCallOptions>, prepare: Prepare) -> JsPromise {
    let options: JsValue = options.map_or(JsValue::UNDEFINED, Into::into);
    let prepared = check_options(&options, option_names::CALL)
        .and_then(|()| call_config(&inner, &options))
        .and_then(|config| prepare(config.as_ref().unwrap_or(&inner.config)));
    future_to_promise(send_prepared(inner, get(&options, "signal"), prepared)).unchecked_into()
}

/// The client's configuration with this call's `validateOptions` laid over the client's (each
/// key it gives, `cloud`, `unknownEnums` or `context`, replaces the client's); `None` when the
/// call gives none.
fn call_config(inner: &Inner, options: &JsValue) -> Result<Option<ClientConfig>, Error> {
    let given = get(options, "validateOptions");
    if given.is_undefined() || given.is_null() {
        return Ok(None);
    }
    if !given.is_object() {
        return Err(Error::Config("options.validateOptions must be an object".into()));
    }
    let merged = Object::assign(&Object::new(), &inner.validate_options);
    Object::assign(&merged, given.unchecked_ref());
    let validate_options =
        read_options(&merged).map_err(|r| Error::Config(format!("options.validateOptions: {}", first_message(&r))))?;
    let mut config = inner.config.clone();
    config.validate_options = validate_options;
    Ok(Some(config))
}

/// The sending loop of [`send_call`], for a call already prepared (or the error preparing it).
async fn send_prepared(
    inner: Rc<Inner>,
    signal: JsValue,
    prepared: Result<(HttpRequest, Report, Success), Error>,
) -> Result<JsValue, JsValue> {
    // Every error leaves through `fail`, scrubbed of the client's secrets and the request's PSKs
    // (a server may echo them); the redactor is made only then, never on the way to a success.
    let (prepared_request, report, success) = match prepared {
        Ok(prepared) => prepared,
        Err(error) => return Err(inner.config.redactor().error(error).into()),
    };
    let redactor = || inner.config.redactor().with_body_secrets(&prepared_request.body);
    let fail = |error: Error, attempts: u32, may_have_acted: bool| {
        with_attempts(redactor().error(error).into(), attempts, may_have_acted)
    };
    warn_issues(&report);
    let now = || js_sys::Date::now().max(0.0) as u64;
    let sending = inner.sending;
    let deadline = sending.overall_timeout_ms.map(|ms| now().saturating_add(ms));
    let method = prepared_request.method;
    let mut attempt = 0;
    loop {
        attempt += 1;
        let mut request = prepared_request.clone();
        if let Err(error) = inner.config.authorize(&mut request, now()) {
            return Err(fail(error, attempt - 1, false));
        }
        // Nothing is sent once the caller aborted: that attempt is not counted.
        let place = match enter(&inner.gate, &signal).await {
            Ok(_) if aborted(&signal) => return Err(fail(Error::Aborted, attempt - 1, false)),
            Ok(place) => place,
            Err(e) => return Err(fail(e, attempt - 1, false)),
        };
        let remaining = deadline.map(|d| d.saturating_sub(now()).max(1));
        let timeout = remaining.map_or(sending.timeout_ms, |r| sending.timeout_ms.min(r));
        inner.hooks.request(method, &request.url, attempt);
        let started = if inner.hooks.times_responses() { js_sys::Date::now() } else { 0.0 };
        let sent = inner.transport.send_with_timeout(&request, &signal, timeout, sending.max_response_bytes).await;
        drop(place);
        if let Ok(received) = &sent {
            let ms = if inner.hooks.times_responses() { js_sys::Date::now() - started } else { 0.0 };
            inner.hooks.response(method, &request.url, attempt, received.status, received.request_id(), ms);
        }
        let error = match sent.and_then(|received| answer_of(received, success, redactor)) {
            Ok(answer) => return Ok(answer),
            // An attempt cut short by the overall deadline is the whole call's timeout.
            Err(Error::Timeout(_)) if remaining.is_some_and(|r| r < sending.timeout_ms) => {
                Error::Timeout(sending.overall_timeout_ms.unwrap_or(timeout))
            }
            Err(e) => e,
        };
        let decision = sending.retry.decide(method, &error, attempt, now(), js_sys::Math::random());
        match decision {
            Decision::Retry { delay_ms } if deadline.is_none_or(|d| now().saturating_add(delay_ms) < d) => {
                inner.hooks.retry(method, &request.url, attempt, delay_ms, &redactor().error(error.clone()));
                if let Err(aborted) = sleep(delay_ms, &signal).await {
                    return Err(fail(aborted, attempt, may_have_acted(method, &error)));
                }
            }
            Decision::Retry { .. } => {
                let out_of_time = Error::Timeout(sending.overall_timeout_ms.unwrap_or(0));
                return Err(fail(out_of_time, attempt, may_have_acted(method, &error)));
            }
            Decision::Stop { may_have_acted } => return Err(fail(error, attempt, may_have_acted)),
        }
    }
}
