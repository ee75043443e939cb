//! Reading `new Emulator(options)`: every malformed option is a `ConfigError`.

use super::convert::get;
use crate::api::{Error, Method};
use crate::emulator::{EmulatorConfig, FaultKind, FaultRule, TokenGrant};
use crate::model::Secret;
use js_sys::Array;
use wasm_bindgen::prelude::*;

/// Longest list an option may hold (projects, tokens, credentials, fault rules, kinds).
const MAX_ITEMS: usize = 10_000;

/// The items of `list`, its length read once: an array that claims more than [`MAX_ITEMS`]
/// (`new Array(2 ** 32 - 1)`, a Proxy) is refused before any item is read.
fn items(list: &JsValue, key: &str) -> Result<Vec<JsValue>, Error> {
    let len = get(list, "length").as_f64().unwrap_or(0.0);
    if !(0.0..=MAX_ITEMS as f64).contains(&len) {
        return Err(Error::Config(format!("options.{key} may hold at most {MAX_ITEMS} items")));
    }
    Ok((0..len as u32).map(|i| js_sys::Reflect::get(list, &JsValue::from(i)).unwrap_or(JsValue::UNDEFINED)).collect())
}

fn string_list(options: &JsValue, key: &str) -> Result<Option<Vec<String>>, Error> {
    let v = get(options, key);
    if v.is_undefined() {
        return Ok(None);
    }
    let bad = || Error::Config(format!("options.{key} must be a non-empty array of non-empty strings"));
    if !Array::is_array(&v) {
        return Err(bad());
    }
    let given = items(&v, key)?;
    let strings: Vec<String> = given.iter().filter_map(|x| x.as_string()).filter(|s| !s.is_empty()).collect();
    if strings.is_empty() || strings.len() != given.len() {
        return Err(bad());
    }
    Ok(Some(strings))
}

pub fn read_config(options: &JsValue) -> Result<EmulatorConfig, Error> {
    let mut config =
        EmulatorConfig { seed: (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64, ..Default::default() };
    if options.is_undefined() || options.is_null() {
        return Ok(config);
    }
    if !options.is_object() {
        return Err(Error::Config("new Emulator(options) takes an options object".into()));
    }
    if let Some(projects) = string_list(options, "projects")? {
        config.projects = projects;
    }
    config.tokens = read_tokens(&get(options, "tokens"))?.unwrap_or(config.tokens);
    let credentials = get(options, "credentials");
    if !credentials.is_undefined() {
        let bad = || Error::Config("options.credentials must be an array of { accessKey, secretKey } strings".into());
        if !Array::is_array(&credentials) {
            return Err(bad());
        }
        let mut pairs = Vec::new();
        for c in items(&credentials, "credentials")? {
            match (get(&c, "accessKey").as_string(), get(&c, "secretKey").as_string()) {
                (Some(ak), Some(sk)) if !ak.is_empty() && !sk.is_empty() => pairs.push((ak, Secret::new(sk))),
                _ => return Err(bad()),
            }
        }
        config.credentials = pairs;
    }
    let number = |key: &str| -> Result<Option<u64>, Error> {
        let v = get(options, key);
        match v.as_f64() {
            None if v.is_undefined() => Ok(None),
            Some(n) if n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0 => {
                Ok(Some(n as u64))
            }
            _ => Err(Error::Config(format!("options.{key} must be a whole number ≥ 0"))),
        }
    };
    if let Some(ms) = number("transitionMs")? {
        config.transition_ms = ms;
    }
    if let Some(seed) = number("seed")? {
        config.seed = seed;
    }
    if let Some(ms) = number("delayMs")? {
        config.delay_ms = ms;
    }
    config.connect_ms = number("connectMs")?;
    config.faults = read_faults(&get(options, "faults"))?;
    let quotas = get(options, "quotas");
    if !quotas.is_undefined() {
        let quota = |key: &str| -> Result<Option<usize>, Error> {
            match get(&quotas, key).as_f64() {
                None if get(&quotas, key).is_undefined() => Ok(None),
                Some(n) if n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n <= 1e9 => Ok(Some(n as usize)),
                _ => Err(Error::Config(format!("options.quotas.{key} must be a whole number ≥ 0"))),
            }
        };
        if let Some(n) = quota("vpn_gateway")? {
            config.quotas.vpn_gateway = n;
        }
        if let Some(n) = quota("customer_gateway")? {
            config.quotas.customer_gateway = n;
        }
        if let Some(n) = quota("vpn_connection")? {
            config.quotas.vpn_connection = n;
        }
    }
    Ok(config)
}

/// `tokens`: an array of strings (valid for every project) or `{ token, projects }`.
fn read_tokens(value: &JsValue) -> Result<Option<Vec<TokenGrant>>, Error> {
    if value.is_undefined() {
        return Ok(None);
    }
    let bad =
        || Error::Config("options.tokens must be a non-empty array of strings or { token, projects: string[] }".into());
    if !Array::is_array(value) {
        return Err(bad());
    }
    let given = items(value, "tokens")?;
    if given.is_empty() {
        return Err(bad());
    }
    let mut grants = Vec::new();
    for item in given {
        if let Some(token) = item.as_string().filter(|t| !t.is_empty()) {
            grants.push(TokenGrant::any_project(token));
            continue;
        }
        let token = get(&item, "token").as_string().filter(|t| !t.is_empty()).ok_or_else(bad)?;
        let projects = string_list(&item, "projects")?.ok_or_else(bad)?;
        grants.push(TokenGrant { token: Secret::new(token), projects: Some(projects) });
    }
    Ok(Some(grants))
}

/// `faults`: an array of `{ method?, path?, rate, kinds?, retryAfterS?, latencyMs? }`.
fn read_faults(value: &JsValue) -> Result<Vec<FaultRule>, Error> {
    if value.is_undefined() {
        return Ok(Vec::new());
    }
    let bad = |why: &str| Error::Config(format!("options.faults: {why}"));
    if !Array::is_array(value) {
        return Err(bad("must be an array of rules"));
    }
    let mut rules = Vec::new();
    for rule in items(value, "faults")? {
        let rate =
            get(&rule, "rate").as_f64().filter(|r| (0.0..=1.0).contains(r)).ok_or_else(|| bad("rate must be 0–1"))?;
        let method = match get(&rule, "method").as_string() {
            None => None,
            Some(m) => Some(Method::parse(&m).ok_or_else(|| bad("method must be GET, POST, PUT or DELETE"))?),
        };
        let mut kinds = Vec::new();
        let given = get(&rule, "kinds");
        if !given.is_undefined() {
            if !Array::is_array(&given) {
                return Err(bad("kinds must be an array"));
            }
            for k in items(&given, "faults[].kinds")? {
                let name = k.as_string().unwrap_or_default();
                kinds.push(FaultKind::parse(&name).ok_or_else(|| {
                    let all: Vec<&str> = FaultKind::ALL.iter().map(|k| k.name()).collect();
                    bad(&format!("unknown kind {name:?}; known: {}", all.join(", ")))
                })?);
            }
        }
        let ms = |key: &str, default: u64| -> Result<u64, Error> {
            let v = get(&rule, key);
            match v.as_f64() {
                None if v.is_undefined() => Ok(default),
                Some(n) if n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n <= 3.6e6 => Ok(n as u64),
                _ => Err(bad(&format!("{key} must be a whole number 0–3600000"))),
            }
        };
        let defaults = FaultRule::default();
        rules.push(FaultRule {
            method,
            path: get(&rule, "path").as_string(),
            rate,
            kinds,
            retry_after_s: ms("retryAfterS", defaults.retry_after_s)?,
            latency_ms: ms("latencyMs", defaults.latency_ms)?,
        });
    }
    Ok(rules)
}
