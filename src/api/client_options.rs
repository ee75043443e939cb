//! Reading the options of `new VpnClient(options)` from JSON: everything but its functions
//! (`fetch`, `onRequest`, `onResponse`, `onRetry`), which JSON cannot carry and the JS layer
//! reads itself. Each malformed option is an [`Error::Config`] that names it and what it takes; an
//! unknown one (at the top, in `auth`, in `retry`) names the closest known one.

use super::client::{Auth, ClientConfig, Validation};
use super::endpoint::{Endpoint, Insecure};
use super::error::Error;
use super::option_names;
use super::option_values::{ms, object_of, parse_options, whole_number, MAX_MS};
use super::retry::RetryPolicy;
use crate::model::Secret;
use crate::validate::json::{quote, Json, Members};
use crate::validate::ValidateOptions;

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
        let options = object_of(Some(json), option_names::CLIENT, "options", || CLIENT_OPTIONS_NOT_OBJECT.into())?
            .ok_or_else(|| Error::Config(CLIENT_OPTIONS_NOT_OBJECT.into()))?;
        let insecure = match options.get("allowInsecureHttp") {
            None | Some(Json::Null | Json::Bool(false)) if !in_process => Insecure::LoopbackOnly,
            None | Some(Json::Null | Json::Bool(_)) => Insecure::Allowed,
            Some(_) => return Err(Error::Config("options.allowInsecureHttp must be true or false".into())),
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
                Some(other) => return Err(validation_refused(&quote(other))),
                None => return Err(validation_refused(&given.to_string())),
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

fn validation_refused(got: &str) -> Error {
    Error::Config(format!("options.validation must be \"error\", \"warn\" or \"off\", got {got}"))
}

fn required_string<'m>(options: &'m Members, key: &str) -> Result<&'m str, Error> {
    options.get(key).and_then(Json::as_str).ok_or_else(|| Error::Config(format!("options.{key} must be a string")))
}

/// `auth`: `{ token }` or `{ accessKey, secretKey, securityToken? }`, each a string.
fn read_auth(auth: Option<&Json>) -> Result<Auth, Error> {
    const SHAPE: &str = "options.auth must be { token } or { accessKey, secretKey, securityToken? } (strings)";
    let refused = || Error::Config(SHAPE.into());
    let members = object_of(auth, option_names::AUTH, "options.auth", || SHAPE.into())?;
    let text = |key: &str| members.and_then(|m| m.get(key)).and_then(Json::as_str).map(str::to_owned);
    let security_token = match members.and_then(|m| m.get("securityToken")) {
        None | Some(Json::Null) => None,
        Some(Json::Str(token)) => Some(Secret::new(token.to_string())),
        Some(_) => return Err(refused()),
    };
    match (text("token"), text("accessKey"), text("secretKey")) {
        (Some(token), None, None) => Ok(Auth::Token(Secret::new(token))),
        (None, Some(access_key), Some(secret_key)) => {
            Ok(Auth::AkSk { access_key, secret_key: Secret::new(secret_key), security_token })
        }
        _ => Err(refused()),
    }
}

/// `retry`, `timeoutMs`, `overallTimeoutMs`, `maxResponseBytes`, `maxConcurrency`.
fn read_sending(options: &Members) -> Result<Sending, Error> {
    let mut sending = Sending::default();
    let retry = object_of(options.get("retry"), option_names::RETRY, "options.retry", || {
        "options.retry must be { maxAttempts?, baseDelayMs?, maxDelayMs? }".into()
    })?;
    if let Some(retry) = retry {
        // Attempts take the range of a time (as they always have), and more than 100 count as 100.
        let attempts = whole_number(retry.get("maxAttempts"), 1..=MAX_MS, || {
            "options.retry.maxAttempts must be a whole number 1–86400000".into()
        })?;
        if let Some(n) = attempts {
            sending.retry.max_attempts = n.min(100) as u32;
        }
        if let Some(n) = ms(retry.get("baseDelayMs"), "retry.baseDelayMs", 0)? {
            sending.retry.base_delay_ms = n;
        }
        if let Some(n) = ms(retry.get("maxDelayMs"), "retry.maxDelayMs", 0)? {
            sending.retry.max_delay_ms = n;
        }
    }
    if let Some(n) = ms(options.get("timeoutMs"), "timeoutMs", 1)? {
        sending.timeout_ms = n;
    }
    sending.overall_timeout_ms = ms(options.get("overallTimeoutMs"), "overallTimeoutMs", 1)?;
    if let Some(n) = whole_number(options.get("maxResponseBytes"), 1024..=1 << 30, || {
        "options.maxResponseBytes must be a whole number 1024–1073741824".into()
    })? {
        sending.max_response_bytes = n;
    }
    if let Some(n) = whole_number(options.get("maxConcurrency"), 1..=10_000, || {
        "options.maxConcurrency must be a whole number 1–10000".into()
    })? {
        sending.max_concurrency = n as u32;
    }
    Ok(sending)
}

#[cfg(test)]
#[path = "client_options_tests.rs"]
mod tests;
