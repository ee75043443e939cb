//! Reading what JavaScript hands to `VpnClient`: the constructor's and the waiters' options (their
//! functions here, the rest as JSON text read in the core), bodies, ids and queries. Bad options
//! are `ConfigError`s; bodies that are not JSON are `ValidationError`s.

use super::convert::{get, json_copy, json_text_of, parse_json, set_keys, Limits, MAX_CHARS, MAX_VALUES};
use super::hooks::Hooks;
use super::transport::Transport;
use crate::api::option_values::parse_options;
use crate::api::{option_names, Body, ClientOptions, Error, JsonText, Query, WaitOptions, MAX_STATUSES};
use crate::validate::json::Json;
use crate::validate::Report;
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// `Object.assign`: one read of each own enumerable property; a Proxy or getter that throws
    /// is caught here.
    #[wasm_bindgen(js_namespace = Object, js_name = assign, catch)]
    fn assign(target: &Object, source: &JsValue) -> Result<Object, JsValue>;
}

/// Refuses an option of the last argument of a call, a paginator or a waiter that `known` lacks:
/// a `ConfigError` naming the closest known one.
pub fn check_options(options: &JsValue, known: &[&str]) -> Result<(), Error> {
    let keys = set_keys(options);
    option_names::check(keys.iter().map(String::as_str), known, "options")
}

/// What `new VpnClient(options)` was given, read.
pub struct ClientInput {
    /// Every option but the functions, read in the core.
    pub options: ClientOptions,
    pub transport: Transport,
    pub hooks: Hooks,
    /// A plain copy of `validateOptions` (an empty object when it has none).
    pub validate_options: Object,
}

/// `options` split in two, each own property read once: the values named `taken`, in an object
/// of their own, and the JSON text of the rest within `limits` (a value JSON cannot carry, and
/// what lies past the limits, written as null). Options that are not an object are written as
/// they are (a function as null), for the core to refuse.
fn split_options(options: &JsValue, taken: &[&str], limits: Limits) -> Result<(Object, String), Error> {
    let out = Object::new();
    if !options.is_object() {
        return Ok((out, json_copy(options, limits)));
    }
    let rest = assign(&Object::new(), options)
        .map_err(|_| Error::Config("the options could not be read: a getter or Proxy threw".into()))?;
    for key in taken {
        let key = JsValue::from_str(key);
        let _ = Reflect::set(&out, &key, &Reflect::get(&rest, &key).unwrap_or(JsValue::UNDEFINED));
        let _ = Reflect::delete_property(&rest, &key);
    }
    Ok((out, json_copy(&rest, limits)))
}

/// Reads `new VpnClient(options)`: the functions here, the rest in the core
/// ([`ClientOptions`]). The only lists among the options are in `validateOptions`, read as far
/// as the validators read.
pub fn read_client_options(options: &JsValue) -> Result<ClientInput, Error> {
    let (functions, text) = split_options(options, option_names::CLIENT_FUNCTIONS, Limits::VALIDATE)?;
    let transport = Transport::new(&get(&functions, "fetch"))?;
    let json = parse_options(&text)?;
    let options = ClientOptions::from_json(&json, transport.in_process())?;
    let hooks = Hooks::read(&functions)?;
    let validate_options = match json.get("validateOptions") {
        Some(given @ Json::Object(_)) => {
            let mut text = String::new();
            given.write(&mut text);
            parse_json(&text).unchecked_into()
        }
        _ => Object::new(),
    };
    Ok(ClientInput { options, transport, hooks, validate_options })
}

/// Reads a waiter's plain options in the core ([`WaitOptions`]); `signal`, `onPoll` and
/// `validateOptions` are left to the waiter.
pub fn read_wait_options(options: &JsValue) -> Result<WaitOptions, Error> {
    let limits = Limits { items: MAX_STATUSES + 1, values: MAX_VALUES, chars: MAX_CHARS };
    // `signal` (an AbortSignal) and `onPoll` (a function) are read as {} and null: not used here.
    WaitOptions::from_json(&parse_options(&json_copy(options, limits))?)
}

pub(super) fn first_message(report: &Report) -> String {
    report.issues.first().map(|i| i.message.clone()).unwrap_or_default()
}

/// A body read from JS now (not when the promise runs), so later changes to the object do not
/// change what is sent: the text `JSON.stringify` gives, sent as it is.
pub fn read_body(value: &JsValue) -> Result<JsonText, Error> {
    json_text_of(value).map_err(Error::Validation)
}

/// An id or name from JS. A number or boolean becomes its text and anything else "", so that the
/// core's check (which no such text passes: ids are UUIDs, kinds are words) shows what was given.
pub fn read_id(value: &JsValue) -> String {
    if let Some(text) = value.as_string() {
        return text;
    }
    if let Some(n) = value.as_f64() {
        return js_sys::Number::from(n).to_string_with_radix(10).map(String::from).unwrap_or_default();
    }
    value.as_bool().map(|b| b.to_string()).unwrap_or_default()
}

/// Query parameters from `{ name: value | value[] }`; `undefined` values are left out.
pub fn read_query(query: Option<JsValue>) -> Result<Query, Error> {
    let Some(value) = query else { return Ok(Query::default()) };
    if value.is_undefined() || value.is_null() {
        return Ok(Query::default());
    }
    let text = json_text_of(&value).map_err(|report| {
        let issue = report.issues.first();
        let (path, message) = issue.map(|i| (i.path.to_string(), i.message.as_str())).unwrap_or_default();
        Error::Config(format!("query parameter {path}: {message}"))
    })?;
    match text.read(query_of) {
        Ok(query) => query,
        Err(Error::Validation(report)) => Err(Error::Config(format!("the query is {}", first_message(&report)))),
        Err(other) => Err(other),
    }
}

/// The parameters of a query read as JSON.
fn query_of(query: &Json<'_>) -> Result<Query, Error> {
    let Json::Object(members) = query else {
        return Err(Error::Config("the query must be an object of strings and numbers".into()));
    };
    let mut out = Query::default();
    for (name, v) in members.iter() {
        let values = match v {
            Json::Array(items) => items.as_slice(),
            Json::Null => &[],
            other => std::slice::from_ref(other),
        };
        for item in values {
            let text = match item {
                Json::Str(s) => s.to_string(),
                Json::Int(_) | Json::Float(_) | Json::Bool(_) => item.to_string(),
                _ => {
                    return Err(Error::Config(format!(
                        "query parameter {name} must be a string, number or array of them"
                    )))
                }
            };
            out = out.with(name, text);
        }
    }
    Ok(out)
}
