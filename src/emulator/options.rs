//! Reading the options of `new Emulator(options)` from JSON: `{ projects?, tokens?, credentials?,
//! transitionMs?, seed?, delayMs?, connectMs?, faults?, quotas? }`. Every malformed option is an
//! [`Error::Config`] that names it; no list is read past [`MAX_OPTION_ITEMS`] items.

use super::config::{EmulatorConfig, TokenGrant};
use super::faults::{FaultKind, FaultRule};
use crate::api::option_values::{parse_options, whole_number};
use crate::api::{Error, Method};
use crate::model::Secret;
use crate::validate::json::Json;

/// Longest list an option may hold (projects, tokens, credentials, fault rules, kinds).
pub const MAX_OPTION_ITEMS: usize = 10_000;

/// The message for options that are neither an object nor absent.
pub const EMULATOR_OPTIONS_NOT_OBJECT: &str = "new Emulator(options) takes an options object";

/// Largest time or seed an option takes: 2^53 − 1, the largest whole number a JS number holds.
const MAX_SAFE: u64 = 9_007_199_254_740_991;

impl EmulatorConfig {
    /// Reads the options from JSON text; `seed` is the seed when they give none.
    pub fn from_text(text: &str, seed: u64) -> Result<Self, Error> {
        let json = parse_options(text)?;
        Self::from_json(&json, seed)
    }

    /// Reads the options (null: the defaults); `seed` is the seed when they give none. Names the
    /// emulator does not read are ignored.
    pub fn from_json(json: &Json, seed: u64) -> Result<Self, Error> {
        let mut config = EmulatorConfig { seed, ..Default::default() };
        let options = match json {
            Json::Null => return Ok(config),
            Json::Object(_) => json,
            _ => return Err(Error::Config(EMULATOR_OPTIONS_NOT_OBJECT.into())),
        };
        if let Some(projects) = strings(options, "projects")? {
            config.projects = projects;
        }
        if let Some(tokens) = tokens(options.get("tokens"))? {
            config.tokens = tokens;
        }
        if let Some(given) = options.get("credentials") {
            let bad =
                || Error::Config("options.credentials must be an array of { accessKey, secretKey } strings".into());
            let pairs = items(given, "credentials", bad)?.iter().map(|c| {
                match (text(c.get("accessKey")), text(c.get("secretKey"))) {
                    (Some(ak), Some(sk)) => Ok((ak.to_owned(), Secret::new(sk))),
                    _ => Err(bad()),
                }
            });
            config.credentials = pairs.collect::<Result<_, _>>()?;
        }
        let number = |key: &str| {
            whole_number(options.get(key), 0..=MAX_SAFE)
                .map_err(|_| Error::Config(format!("options.{key} must be a whole number ≥ 0")))
        };
        config.transition_ms = number("transitionMs")?.unwrap_or(config.transition_ms);
        config.seed = number("seed")?.unwrap_or(config.seed);
        config.delay_ms = number("delayMs")?.unwrap_or(config.delay_ms);
        config.connect_ms = number("connectMs")?;
        config.faults = faults(options.get("faults"))?;
        // A `quotas` that is not an object sets none.
        let quotas = options.get("quotas");
        let quota = |key: &str, default: usize| {
            let n = whole_number(quotas.and_then(|q| q.get(key)), 0..=1_000_000_000)
                .map_err(|_| Error::Config(format!("options.quotas.{key} must be a whole number ≥ 0")))?;
            Ok::<_, Error>(n.map_or(default, |n| n as usize))
        };
        config.quotas.vpn_gateway = quota("vpn_gateway", config.quotas.vpn_gateway)?;
        config.quotas.customer_gateway = quota("customer_gateway", config.quotas.customer_gateway)?;
        config.quotas.vpn_connection = quota("vpn_connection", config.quotas.vpn_connection)?;
        Ok(config)
    }
}

/// The items of `list` (`bad` when it is not an array), at most [`MAX_OPTION_ITEMS`] of them.
fn items<'j, 'a>(list: &'j Json<'a>, key: &str, bad: impl FnOnce() -> Error) -> Result<&'j [Json<'a>], Error> {
    let items = list.as_array().ok_or_else(bad)?;
    if items.len() > MAX_OPTION_ITEMS {
        return Err(Error::Config(format!("options.{key} may hold at most {MAX_OPTION_ITEMS} items")));
    }
    Ok(items)
}

/// A non-empty string.
fn text<'j>(value: Option<&'j Json>) -> Option<&'j str> {
    value.and_then(Json::as_str).filter(|s| !s.is_empty())
}

/// `object[key]`, a non-empty array of non-empty strings; `None` when absent.
fn strings(object: &Json, key: &str) -> Result<Option<Vec<String>>, Error> {
    let Some(list) = object.get(key) else { return Ok(None) };
    let bad = || Error::Config(format!("options.{key} must be a non-empty array of non-empty strings"));
    let given = items(list, key, bad)?;
    let strings = given.iter().map(|s| text(Some(s)).map(str::to_owned).ok_or_else(bad));
    let strings = strings.collect::<Result<Vec<_>, _>>()?;
    if strings.is_empty() {
        return Err(bad());
    }
    Ok(Some(strings))
}

/// `tokens`: a non-empty array of strings (valid for every project) or `{ token, projects }`.
fn tokens(value: Option<&Json>) -> Result<Option<Vec<TokenGrant>>, Error> {
    let Some(value) = value else { return Ok(None) };
    let bad =
        || Error::Config("options.tokens must be a non-empty array of strings or { token, projects: string[] }".into());
    let given = items(value, "tokens", bad)?;
    if given.is_empty() {
        return Err(bad());
    }
    let mut grants = Vec::new();
    for item in given {
        if let Some(token) = text(Some(item)) {
            grants.push(TokenGrant::any_project(token));
            continue;
        }
        let token = text(item.get("token")).ok_or_else(bad)?;
        let projects = strings(item, "projects")?.ok_or_else(bad)?;
        grants.push(TokenGrant { token: Secret::new(token), projects: Some(projects) });
    }
    Ok(Some(grants))
}

/// `faults`: an array of `{ method?, path?, rate, kinds?, retryAfterS?, latencyMs? }`.
fn faults(value: Option<&Json>) -> Result<Vec<FaultRule>, Error> {
    let Some(value) = value else { return Ok(Vec::new()) };
    let bad = |why: &str| Error::Config(format!("options.faults: {why}"));
    let mut rules = Vec::new();
    for rule in items(value, "faults", || bad("must be an array of rules"))? {
        let rate = rule.get("rate").and_then(fraction).filter(|r| (0.0..=1.0).contains(r));
        let rate = rate.ok_or_else(|| bad("rate must be 0–1"))?;
        // A method that is not a string is no method, as a path that is not a string is no path.
        let method = match rule.get("method").and_then(Json::as_str) {
            None => None,
            Some(m) => Some(Method::parse(m).ok_or_else(|| bad("method must be GET, POST, PUT or DELETE"))?),
        };
        let mut kinds = Vec::new();
        if let Some(given) = rule.get("kinds") {
            for kind in items(given, "faults[].kinds", || bad("kinds must be an array"))? {
                let name = kind.as_str().unwrap_or_default();
                kinds.push(FaultKind::parse(name).ok_or_else(|| {
                    let all: Vec<&str> = FaultKind::ALL.iter().map(|k| k.name()).collect();
                    bad(&format!("unknown kind {name:?}; known: {}", all.join(", ")))
                })?);
            }
        }
        let ms = |key: &str, default: u64| {
            let n = whole_number(rule.get(key), 0..=3_600_000)
                .map_err(|_| bad(&format!("{key} must be a whole number 0–3600000")))?;
            Ok::<_, Error>(n.unwrap_or(default))
        };
        let defaults = FaultRule::default();
        rules.push(FaultRule {
            method,
            path: rule.get("path").and_then(Json::as_str).map(str::to_owned),
            rate,
            kinds,
            retry_after_s: ms("retryAfterS", defaults.retry_after_s)?,
            latency_ms: ms("latencyMs", defaults.latency_ms)?,
        });
    }
    Ok(rules)
}

/// A JSON number as an `f64` (read as serde_json reads it); `None` for any other value.
fn fraction(value: &Json) -> Option<f64> {
    match value {
        Json::Int(n) => Some(*n as f64),
        Json::Float(text) => serde_json::from_str(text).ok(),
        _ => None,
    }
}

#[cfg(test)]
#[path = "options_tests.rs"]
mod tests;
