//! Sending one client call: the core's [`Attempts`] decides timeouts, retries and waits; this
//! layer signs each attempt when it is sent, sends it, sleeps, and reads the answer.

use super::client::{Inner, JsCallOptions, JsPromise};
use super::client_input::{check_options, first_message};
use super::convert::get;
use super::errors::with_attempts;
use super::transport::{sleep, Received};
use super::validate::read_options;
use crate::api::attempt::{AttemptPolicy, Attempts, Failure, Next};
use crate::api::{
    api_error, invalid_answer, option_names, Call, ClientConfig, Error, JsonText, Member, Op, Query, Redactor, Shape,
};
use crate::validate::Report;
use js_sys::Object;
use serde_json::Value;
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

/// A call's input, read from JS when the method is called (so later changes to the caller's
/// objects do not count), and prepared when it is sent.
pub(super) struct Input {
    op: Op,
    parameters: Vec<String>,
    query: Result<Query, Error>,
    body: Option<Result<JsonText, Error>>,
}

impl Input {
    /// The input of `op` with these path parameters (ids and resource type, in path order).
    pub(super) fn new(op: Op, parameters: Vec<String>) -> Self {
        Self { op, parameters, query: Ok(Query::default()), body: None }
    }

    pub(super) fn query(mut self, query: Result<Query, Error>) -> Self {
        self.query = query;
        self
    }

    pub(super) fn body(mut self, body: Result<JsonText, Error>) -> Self {
        self.body = Some(body);
        self
    }

    /// The call, built by the core from the catalogue.
    pub(super) fn prepare(self, config: &ClientConfig) -> Result<Call<Value>, Error> {
        let query = self.query?;
        let body = self.body.transpose()?;
        let parameters: Vec<&str> = self.parameters.iter().map(String::as_str).collect();
        config.prepare(self.op, &parameters, &query, body.as_ref())
    }
}

/// The answer to a call: for the success status, the body as the server wrote it once it is JSON
/// of the documented shape (`undefined` when that is [`Shape::Empty`]), read in JS only; else the
/// typed error the response carries, read from its body once `redactor` has scrubbed it.
fn answer_of(
    received: Received,
    status: u16,
    shape: Shape,
    redactor: impl FnOnce() -> Redactor,
) -> Result<JsValue, Error> {
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

/// Runs one call of a `VpnClient` method: checks the call's options, prepares the call in the
/// core, and sends it ([`send`]); the promise rejects with the typed error of whichever step
/// failed, with `attempts` and `mayHaveActed`.
pub(super) fn send_call(inner: Rc<Inner>, options: Option<JsCallOptions>, input: Input) -> JsPromise {
    let options: JsValue = options.map_or(JsValue::UNDEFINED, Into::into);
    let prepared = check_options(&options, option_names::CALL)
        .and_then(|()| call_config(&inner, &options))
        .and_then(|config| input.prepare(config.as_ref().unwrap_or(&inner.config)));
    let signal = get(&options, "signal");
    future_to_promise(async move { send(&inner, &signal, prepared).await.map_err(failure_to_js) }).unchecked_into()
}

/// The JS error of a failed call.
pub(super) fn failure_to_js(failure: Failure) -> JsValue {
    with_attempts(failure.error.into(), failure.attempts, failure.may_have_acted)
}

/// The client's configuration with this call's `validateOptions` laid over the client's (each
/// key it gives, `cloud`, `unknownEnums` or `context`, replaces the client's); `None` when the
/// call gives none.
pub(super) fn call_config(inner: &Inner, options: &JsValue) -> Result<Option<ClientConfig>, Error> {
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

/// Sends a prepared call (or gives back the error preparing it) and reads its answer: each
/// attempt waits for a place in the client's gate and is signed when it is sent; the core's
/// [`Attempts`] says how long it may take and whether to try again. A failure's error is
/// scrubbed of the client's secrets and the request's PSKs (a server may echo them).
pub(super) async fn send(
    inner: &Inner,
    signal: &JsValue,
    prepared: Result<Call<Value>, Error>,
) -> Result<JsValue, Failure> {
    let call = match prepared {
        Ok(call) => call,
        Err(error) => {
            let error = inner.config.redactor().error(error);
            return Err(Failure { error, attempts: 0, may_have_acted: false });
        }
    };
    // The redactor is made only on the way to an error, never to a success.
    let redactor = || inner.config.redactor().with_body_secrets(&call.request.body);
    let scrubbed = |failure: Failure| Failure { error: redactor().error(failure.error), ..failure };
    warn_issues(&call.report);
    let operation = call.operation();
    let (method, status, shape) = (operation.method, operation.success, operation.answer);
    let now = || js_sys::Date::now().max(0.0) as u64;
    let sending = inner.sending;
    let policy = AttemptPolicy {
        retry: sending.retry,
        timeout_ms: sending.timeout_ms,
        overall_timeout_ms: sending.overall_timeout_ms,
    };
    let mut attempts = Attempts::new(policy, operation.idempotent, now());
    loop {
        let mut request = call.request.clone();
        if let Err(error) = inner.config.authorize(&mut request, now()) {
            return Err(scrubbed(attempts.stopped(error)));
        }
        // Nothing is sent once the caller aborted: that attempt is not counted.
        let place = match enter(&inner.gate, signal).await {
            Ok(_) if aborted(signal) => return Err(scrubbed(attempts.stopped(Error::Aborted))),
            Ok(place) => place,
            Err(error) => return Err(scrubbed(attempts.stopped(error))),
        };
        let timeout = attempts.send(now());
        let attempt = attempts.attempts();
        inner.hooks.request(method, &request.url, attempt);
        let started = if inner.hooks.times_responses() { js_sys::Date::now() } else { 0.0 };
        let sent = inner.transport.send_with_timeout(&request, signal, timeout, sending.max_response_bytes).await;
        drop(place);
        if let Ok(received) = &sent {
            let ms = if inner.hooks.times_responses() { js_sys::Date::now() - started } else { 0.0 };
            inner.hooks.response(method, &request.url, attempt, received.status, received.request_id(), ms);
        }
        let error = match sent.and_then(|received| answer_of(received, status, shape, redactor)) {
            Ok(answer) => return Ok(answer),
            Err(error) => error,
        };
        match attempts.failed(error, now(), js_sys::Math::random()) {
            Next::Sleep { delay_ms } => {
                if let Some(error) = attempts.last_error() {
                    inner.hooks.retry(method, &request.url, attempt, delay_ms, &redactor().error(error.clone()));
                }
                if let Err(aborted) = sleep(delay_ms, signal).await {
                    return Err(scrubbed(attempts.stopped(aborted)));
                }
            }
            Next::Fail(failure) => return Err(scrubbed(failure)),
        }
    }
}
