//! The option names each part of the JS API takes, so that a misspelt option (`timeout` for
//! `timeoutMs`, `retries` for `retry`) is refused with a suggestion instead of silently ignored.

use super::error::Error;
use crate::validate::suggest;

/// `new VpnClient(options)`.
pub const CLIENT: &[&str] = &[
    "endpoint",
    "projectId",
    "auth",
    "fetch",
    "validation",
    "validateOptions",
    "allowInsecureHttp",
    "retry",
    "timeoutMs",
    "overallTimeoutMs",
    "maxConcurrency",
    "maxResponseBytes",
    "onRequest",
    "onResponse",
    "onRetry",
];
/// The options of `new VpnClient(options)` that are JS functions, which JSON cannot carry: the JS
/// layer reads them, the core reads the rest.
pub const CLIENT_FUNCTIONS: &[&str] = &["fetch", "onRequest", "onResponse", "onRetry"];
/// `options.auth`: a token, or an AK/SK pair with an optional security token.
pub const AUTH: &[&str] = &["token", "accessKey", "secretKey", "securityToken"];
/// `options.retry`.
pub const RETRY: &[&str] = &["maxAttempts", "baseDelayMs", "maxDelayMs"];
/// The last argument of a call, and of a paginator.
pub const CALL: &[&str] = &["signal", "validateOptions"];
/// The last argument of a waiter.
pub const WAIT: &[&str] =
    &["signal", "validateOptions", "until", "failOn", "timeoutMs", "minDelayMs", "maxDelayMs", "onPoll"];

/// A [`Error::Config`] for the first of `given` (option names that were set) that `known` lacks,
/// naming the closest known one; `what` says whose options they are ("options", "options.retry").
pub fn check<'a>(given: impl IntoIterator<Item = &'a str>, known: &[&str], what: &str) -> Result<(), Error> {
    match given.into_iter().find(|name| !known.contains(name)) {
        None => Ok(()),
        Some(unknown) => Err(unknown_option(unknown, known, what)),
    }
}

/// The error of [`check`], made once for every kind of list of names.
fn unknown_option(unknown: &str, known: &[&str], what: &str) -> Error {
    let shown = crate::validate::json::quote(unknown);
    let advice = match suggest::closest(unknown, known.iter().copied()) {
        Some(name) => format!("did you mean {name}?"),
        None => format!("the known ones are {}", known.join(", ")),
    };
    Error::Config(format!("{what} has an unknown option {shown}: {advice}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_option_names_the_closest_known_one() {
        assert_eq!(check(["endpoint", "timeoutMs"], CLIENT, "options"), Ok(()));
        let Err(Error::Config(m)) = check(["endpoint", "timeout"], CLIENT, "options") else { panic!("refused") };
        assert_eq!(m, "options has an unknown option \"timeout\": did you mean timeoutMs?");
        let Err(Error::Config(m)) = check(["retries"], RETRY, "options.retry") else { panic!("refused") };
        assert_eq!(
            m,
            "options.retry has an unknown option \"retries\": the known ones are maxAttempts, baseDelayMs, maxDelayMs"
        );
        assert!(check(["until"], WAIT, "options").is_ok());
        assert!(check(["until"], CALL, "options").is_err());
        for name in CLIENT_FUNCTIONS {
            assert!(CLIENT.contains(name), "{name}");
        }
    }
}
