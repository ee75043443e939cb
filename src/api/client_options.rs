//! Reading the options of `new VpnClient(options)` from JSON: everything but its functions
//! (`fetch`, `onRequest`, `onResponse`, `onRetry`), which JSON cannot carry and the JS layer
//! reads itself. Each malformed option is an [`Error::Config`] that names it and what it takes; an
//! unknown one (at the top, in `auth`, in `retry`) names the closest known one.

use super::client::{Auth, ClientConfig, Validation};
use super::endpoint::{Endpoint, Insecure};
use super::error::Error;
use super::option_names;
use super::option_values::{object_of, parse_options, refuse, whole_in, MAX_MS, MS};
use super::retry::RetryPolicy;
use crate::model::Secret;
use crate::validate::json::{Json, Members};
use crate::validate::ValidateOptions;
use std::ops::RangeInclusive;

/// Default of `timeoutMs`, per attempt: 30,000 ms.
pub const DEFAULT_TIMEOUT_MS: u64 = 30_000;

/// Default of `maxResponseBytes`, 16 MiB: the largest page of the API (2,000 connections with
/// every list full, about 3 KB each) is about 6 MB.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 16 * 1024 * 1024;

/// Default of `maxConcurrency`.
pub const DEFAULT_MAX_CONCURRENCY: u32 = 16;

/// The message for options that are not an object.
pub const CLIENT_OPTIONS_NOT_OBJECT: &str = "new VpnClient(options) needs an options object";

/// How a client sends: the retry policy, the timeouts in ms, and its limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sending {
    /// `retry: { maxAttempts, baseDelayMs, maxDelayMs }`; defaults as [`RetryPolicy::default`].
    pub retry: RetryPolicy,
    /// Per attempt, 1–86,400,000. Default [`DEFAULT_TIMEOUT_MS`] (30,000).
    pub timeout_ms: u64,
    /// For the whole call, retries and waits included, 1–86,400,000; `None` for no limit (the
    /// default).
    pub overall_timeout_ms: Option<u64>,
    /// Requests of one client in flight at once, 1–10,000; the rest wait their turn. Default
    /// [`DEFAULT_MAX_CONCURRENCY`] (16).
    pub max_concurrency: u32,
    /// Longest answer body read, in bytes, 1 KiB–1 GiB; a longer one is cut off. Default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`] (16 MiB).
    pub max_response_bytes: u64,
}

impl Default for Sending {
    fn default() -> Self {
        Self {
            retry: RetryPolicy::default(),
            timeout_ms: DEFAULT_TIMEOUT_MS,
            overall_timeout_ms: None,
            max_concurrency: DEFAULT_MAX_CONCURRENCY,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
        }
    }
}

/// The plain-data options of `new VpnClient(options)`, read.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    pub config: ClientConfig,
    pub sending: Sending,
}

impl ClientOptions {
    /// Reads the options from JSON text; `in_process` says whether requests go to an in-process
    /// `fetch` (the emulator's), which may use plain `http` to any host.
    pub fn from_text(text: &str, in_process: bool) -> Result<Self, Error> {
        let json = parse_options(text)?;
        Self::from_json(&json, in_process)
    }

    /// Reads `{ endpoint, projectId, auth, validation?, validateOptions?, allowInsecureHttp?,
    /// retry?, timeoutMs?, overallTimeoutMs?, maxConcurrency?, maxResponseBytes? }`; a member
    /// that is null counts as absent where the option has a default. The names of the JS
    /// functions are known (and not read here).
    pub fn from_json(json: &Json, in_process: bool) -> Result<Self, Error> {
        let Some(options) = object_of(Some(json), option_names::CLIENT, "options", CLIENT_OPTIONS_NOT_OBJECT)? else {
            return Err(refuse(CLIENT_OPTIONS_NOT_OBJECT));
        };
        let insecure = match options.get("allowInsecureHttp") {
            None | Some(Json::Null | Json::Bool(false)) if !in_process => Insecure::LoopbackOnly,
            None | Some(Json::Null | Json::Bool(_)) => Insecure::Allowed,
            Some(_) => return Err(refuse("options.allowInsecureHttp must be true or false")),
        };
        let endpoint = Endpoint::parse(required_string(options, "endpoint")?, insecure)?;
        let project_id = required_string(options, "projectId")?;
        let mut config = ClientConfig::new(endpoint, project_id, read_auth(options.get("auth"))?)?;
        config.validation = match options.get("validation") {
            None | Some(Json::Null) => Validation::Error,
            Some(given) => match given.as_str() {
                Some("error") => Validation::Error,
                Some("warn") => Validation::Warn,
                Some("off") => Validation::Off,
                _ => {
                    return Err(Error::Config(format!(
                        "options.validation must be \"error\", \"warn\" or \"off\", got {given}"
                    )))
                }
            },
        };
        config.validate_options = match options.get("validateOptions") {
            None | Some(Json::Null) => ValidateOptions::default(),
            Some(given) => ValidateOptions::from_json(given).map_err(|e| {
                Error::Config(format!("options.validateOptions: the validation options are not valid: {e}"))
            })?,
        };
        Ok(ClientOptions { config, sending: read_sending(options)? })
    }
}

fn required_string<'m>(options: &'m Members, key: &str) -> Result<&'m str, Error> {
    options.get(key).and_then(Json::as_str).ok_or_else(|| Error::Config(format!("options.{key} must be a string")))
}

/// `auth`: `{ token }` or `{ accessKey, secretKey, securityToken? }`, each a string.
fn read_auth(auth: Option<&Json>) -> Result<Auth, Error> {
    const SHAPE: &str = "options.auth must be { token } or { accessKey, secretKey, securityToken? } (strings)";
    let members = object_of(auth, option_names::AUTH, "options.auth", SHAPE)?;
    let text = |key: &str| members.and_then(|m| m.get(key)).and_then(Json::as_str);
    let security_token = match members.and_then(|m| m.get("securityToken")) {
        None | Some(Json::Null) => None,
        Some(Json::Str(token)) => Some(Secret::new(&**token)),
        Some(_) => return Err(refuse(SHAPE)),
    };
    match (text("token"), text("accessKey"), text("secretKey")) {
        (Some(token), None, None) => Ok(Auth::Token(Secret::new(token))),
        (None, Some(access_key), Some(secret_key)) => {
            Ok(Auth::AkSk { access_key: access_key.to_owned(), secret_key: Secret::new(secret_key), security_token })
        }
        _ => Err(refuse(SHAPE)),
    }
}

/// The numbers among the options: whether in `retry`, key, name in messages, range, unit.
/// Attempts take the range of a time (as they always have); more than 100 count as 100.
const NUMBERS: [(bool, &str, &str, RangeInclusive<u64>, &str); 7] = [
    (true, "maxAttempts", "retry.maxAttempts", 1..=MAX_MS, ""),
    (true, "baseDelayMs", "retry.baseDelayMs", 0..=MAX_MS, MS),
    (true, "maxDelayMs", "retry.maxDelayMs", 0..=MAX_MS, MS),
    (false, "timeoutMs", "timeoutMs", 1..=MAX_MS, MS),
    (false, "overallTimeoutMs", "overallTimeoutMs", 1..=MAX_MS, MS),
    (false, "maxResponseBytes", "maxResponseBytes", 1024..=1 << 30, ""),
    (false, "maxConcurrency", "maxConcurrency", 1..=10_000, ""),
];

/// `retry`, `timeoutMs`, `overallTimeoutMs`, `maxResponseBytes`, `maxConcurrency`.
fn read_sending(options: &Members) -> Result<Sending, Error> {
    let shape = "options.retry must be { maxAttempts?, baseDelayMs?, maxDelayMs? }";
    let retry = object_of(options.get("retry"), option_names::RETRY, "options.retry", shape)?;
    let mut given = [None; NUMBERS.len()];
    for (slot, (in_retry, key, name, range, unit)) in given.iter_mut().zip(NUMBERS) {
        let value = if in_retry { retry.and_then(|r| r.get(key)) } else { options.get(key) };
        *slot = whole_in(value, name, range, unit)?;
    }
    let [attempts, base_delay, max_delay, timeout, overall, bytes, concurrency] = given;
    let d = Sending::default();
    Ok(Sending {
        retry: RetryPolicy {
            max_attempts: attempts.map_or(d.retry.max_attempts, |n| n.min(100) as u32),
            base_delay_ms: base_delay.unwrap_or(d.retry.base_delay_ms),
            max_delay_ms: max_delay.unwrap_or(d.retry.max_delay_ms),
        },
        timeout_ms: timeout.unwrap_or(d.timeout_ms),
        overall_timeout_ms: overall,
        max_response_bytes: bytes.unwrap_or(d.max_response_bytes),
        max_concurrency: concurrency.map_or(d.max_concurrency, |n| n as u32),
    })
}

#[cfg(test)]
#[path = "client_options_tests.rs"]
mod tests;
