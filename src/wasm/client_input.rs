//! Reading what JavaScript hands to `VpnClient`: the constructor's options, bodies, ids and
//! queries. Bad options are `ConfigError`s; bodies that are not JSON are `ValidationError`s.

use super::convert::{get, json_text_of, set_keys};
use super::transport::Transport;
use super::validate::read_options;
use crate::api::retry::RetryPolicy;
use crate::api::{option_names, Auth, Body, ClientConfig, Endpoint, Error, Insecure, JsonText, Query, Validation};
use crate::model::Secret;
use crate::validate::json::{quote, Json};
use crate::validate::Report;
use wasm_bindgen::prelude::*;

/// Refuses an option of `options` (the object `what` names) that `known` lacks: a `ConfigError`
/// naming the closest known one.
pub fn check_options_of(options: &JsValue, known: &[&str], what: &str) -> Result<(), Error> {
    let keys = set_keys(options);
    option_names::check(keys.iter().map(String::as_str), known, what)
}

/// [`check_options_of`] the last argument of a call, a paginator or a waiter.
pub fn check_options(options: &JsValue, known: &[&str]) -> Result<(), Error> {
    check_options_of(options, known, "options")
}

fn required_string(options: &JsValue, key: &str) -> Result<String, Error> {
    get(options, key).as_string().ok_or_else(|| Error::Config(format!("options.{key} must be a string")))
}

/// How the JS layer sends: the retry policy and the timeouts, in ms.
#[derive(Debug, Clone, Copy)]
pub struct Sending {
    pub retry: RetryPolicy,
    /// Per attempt. Default 30,000.
    pub timeout_ms: u64,
    /// For the whole call, retries and waits included; `None` for no limit (the default).
    pub overall_timeout_ms: Option<u64>,
    /// Requests of one client in flight at once; the rest wait their turn. Default 16.
    pub max_concurrency: u32,
    /// Longest answer body read, in bytes; a longer one is cut off. Default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`], 1 KiB–1 GiB.
    pub max_response_bytes: u64,
}

/// Default of `maxResponseBytes`, 16 MiB: the largest page of the API (2,000 connections with
/// every list full, about 3 KB each) is about 6 MB.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 16 * 1024 * 1024;

/// Default of `maxConcurrency`.
pub const DEFAULT_MAX_CONCURRENCY: u32 = 16;

fn whole_ms(value: &JsValue, name: &str, min: u32) -> Result<Option<u64>, Error> {
    match value.as_f64() {
        None if value.is_undefined() => Ok(None),
        Some(n) if n.is_finite() && n.fract() == 0.0 && n >= f64::from(min) && n <= 86_400_000.0 => Ok(Some(n as u64)),
        _ => Err(Error::Config(format!("options.{name} must be a whole number {min}–86400000"))),
    }
}

/// `retry: { maxAttempts, baseDelayMs, maxDelayMs }`, `timeoutMs`, `overallTimeoutMs`.
pub fn read_sending(options: &JsValue) -> Result<Sending, Error> {
    let mut retry = RetryPolicy::default();
    let given = get(options, "retry");
    if !given.is_undefined() {
        check_options_of(&given, option_names::RETRY, "options.retry")?;
        if let Some(n) = whole_ms(&get(&given, "maxAttempts"), "retry.maxAttempts", 1)? {
            retry.max_attempts = n.min(100) as u32;
        }
        if let Some(n) = whole_ms(&get(&given, "baseDelayMs"), "retry.baseDelayMs", 0)? {
            retry.base_delay_ms = n;
        }
        if let Some(n) = whole_ms(&get(&given, "maxDelayMs"), "retry.maxDelayMs", 0)? {
            retry.max_delay_ms = n;
        }
    }
    Ok(Sending {
        retry,
        timeout_ms: whole_ms(&get(options, "timeoutMs"), "timeoutMs", 1)?.unwrap_or(30_000),
        overall_timeout_ms: whole_ms(&get(options, "overallTimeoutMs"), "overallTimeoutMs", 1)?,
        max_response_bytes: match get(options, "maxResponseBytes") {
            v if v.is_undefined() => DEFAULT_MAX_RESPONSE_BYTES,
            v => match v.as_f64() {
                Some(n) if n.fract() == 0.0 && (1024.0..=1_073_741_824.0).contains(&n) => n as u64,
                _ => {
                    return Err(Error::Config("options.maxResponseBytes must be a whole number 1024–1073741824".into()))
                }
            },
        },
        max_concurrency: match get(options, "maxConcurrency") {
            v if v.is_undefined() => DEFAULT_MAX_CONCURRENCY,
            v => match v.as_f64() {
                Some(n) if n.fract() == 0.0 && (1.0..=10_000.0).contains(&n) => n as u32,
                _ => return Err(Error::Config("options.maxConcurrency must be a whole number 1–10000".into())),
            },
        },
    })
}

pub fn read_config(options: &JsValue) -> Result<(ClientConfig, Transport), Error> {
    if !options.is_object() {
        return Err(Error::Config("new VpnClient(options) needs an options object".into()));
    }
    check_options_of(options, option_names::CLIENT, "options")?;
    let transport = Transport::new(&get(options, "fetch"))?;
    let insecure = match get(options, "allowInsecureHttp").as_bool() {
        Some(true) => Insecure::Allowed,
        _ if transport.in_process() => Insecure::Allowed,
        _ => Insecure::LoopbackOnly,
    };
    let endpoint = Endpoint::parse(&required_string(options, "endpoint")?, insecure)?;
    let project_id = required_string(options, "projectId")?;
    let auth = get(options, "auth");
    check_options_of(&auth, option_names::AUTH, "options.auth")?;
    let auth = match (
        get(&auth, "token").as_string(),
        get(&auth, "accessKey").as_string(),
        get(&auth, "secretKey").as_string(),
    ) {
        (Some(token), None, None) => Auth::Token(Secret::new(token)),
        (None, Some(access_key), Some(secret_key)) => Auth::AkSk {
            access_key,
            secret_key: Secret::new(secret_key),
            security_token: get(&auth, "securityToken").as_string().map(Secret::new),
        },
        _ => {
            return Err(Error::Config(
                "options.auth must be { token } or { accessKey, secretKey, securityToken? } (strings)".into(),
            ))
        }
    };
    let mut config = ClientConfig::new(endpoint, &project_id, auth)?;
    config.validation = match get(options, "validation").as_string().as_deref() {
        None | Some("error") => Validation::Error,
        Some("warn") => Validation::Warn,
        Some("off") => Validation::Off,
        Some(other) => {
            return Err(Error::Config(format!(
                "options.validation must be \"error\", \"warn\" or \"off\", got {}",
                quote(other)
            )))
        }
    };
    config.validate_options = read_options(&get(options, "validateOptions"))
        .map_err(|r| Error::Config(format!("options.validateOptions: {}", first_message(&r))))?;
    Ok((config, transport))
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
