//! When to try a request again (issue rules of the client): up to `max_attempts`, with
//! full-jitter exponential backoff capped at `max_delay_ms`, honouring `Retry-After`.
//! Idempotent operations (GET, PUT, DELETE, and the POSTs that only read: the catalogue says which)
//! are retried after 429, 502, 503, 504, the retryable VPN codes (spec §4.3), network failures and
//! timeouts. Any other POST is retried only when the server certainly did not act: 429, 503,
//! VPN.0030, or a refused connection. Pure: the caller passes the time and the random draw.

use super::error::Error;
use super::time::parse_http_date;

/// Longest `Retry-After` honoured, in ms (5 minutes); a longer one ends the retries.
pub const MAX_RETRY_AFTER_MS: u64 = 300_000;

/// How often and how patiently to retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, first included; 1 disables retries. Default 3.
    pub max_attempts: u32,
    /// First backoff ceiling, in ms. Default 200.
    pub base_delay_ms: u64,
    /// Largest backoff, in ms. Default 20,000.
    pub max_delay_ms: u64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self { max_attempts: 3, base_delay_ms: 200, max_delay_ms: 20_000 }
    }
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Wait this long, then try again.
    Retry { delay_ms: u64 },
    /// Give up; `may_have_acted` when the server may have carried out a create (a POST that
    /// timed out, lost its answer, or got 500/502/504), so the caller should look before retrying.
    Stop { may_have_acted: bool },
}

/// Whether the server may have carried out an operation that is not idempotent despite `error`.
pub fn may_have_acted(idempotent: bool, error: &Error) -> bool {
    !idempotent
        && match error {
            Error::Timeout(_) | Error::Network(_) => true,
            Error::Api(e) => matches!(e.status, 500 | 502 | 504) || (200..300).contains(&e.status),
            _ => false,
        }
}

impl RetryPolicy {
    /// The decision after attempt number `attempt` (1 = the first) of an operation (`idempotent`
    /// or not) failed with `error` at `now_ms`; `jitter` is a random draw in [0, 1).
    pub fn decide(&self, idempotent: bool, error: &Error, attempt: u32, now_ms: u64, jitter: f64) -> Decision {
        let stop = Decision::Stop { may_have_acted: may_have_acted(idempotent, error) };
        if attempt >= self.max_attempts || !self.retryable(idempotent, error) {
            return stop;
        }
        let backoff = {
            let ceiling = self.base_delay_ms.saturating_mul(1u64 << (attempt - 1).min(30)).min(self.max_delay_ms);
            (ceiling as f64 * jitter.clamp(0.0, 1.0)) as u64
        };
        let retry_after = match error {
            Error::Api(e) => e.retry_after.as_deref().and_then(|v| retry_after_ms(v, now_ms)),
            _ => None,
        };
        match retry_after {
            Some(ms) if ms > MAX_RETRY_AFTER_MS => stop,
            Some(ms) => Decision::Retry { delay_ms: ms },
            None => Decision::Retry { delay_ms: backoff },
        }
    }

    fn retryable(&self, idempotent: bool, error: &Error) -> bool {
        match error {
            Error::ConnectionRefused(_) => true,
            Error::Network(_) | Error::Timeout(_) => idempotent,
            Error::Api(e) if idempotent => e.retryable,
            Error::Api(e) => matches!(e.status, 429 | 503) || e.code == "VPN.0030",
            Error::Validation(_)
            | Error::Config(_)
            | Error::Aborted
            | Error::Wait { .. }
            | Error::WaitTimeout { .. } => false,
        }
    }
}

/// `Retry-After` in ms from `now_ms`: delta seconds, or an HTTP date.
pub fn retry_after_ms(value: &str, now_ms: u64) -> Option<u64> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(seconds.saturating_mul(1000));
    }
    parse_http_date(value).map(|at| at.saturating_sub(now_ms))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::ApiError;

    // As the catalogue has them: a create is not idempotent, a GET, PUT or DELETE is.
    const POST: bool = false;
    const GET: bool = true;

    fn api(status: u16, code: &str, retry_after: Option<&str>) -> Error {
        Error::Api(ApiError {
            status,
            code: code.into(),
            message: String::new(),
            request_id: None,
            retryable: ApiError::is_retryable(status, code),
            retry_after: retry_after.map(str::to_owned),
        })
    }

    #[test]
    fn creates_are_retried_only_when_the_server_did_not_act() {
        let p = RetryPolicy::default();
        let retried = |m, e: &Error| matches!(p.decide(m, e, 1, 0, 0.5), Decision::Retry { .. });
        for e in [
            api(429, "VPN.0429", None),
            api(503, "HTTP.503", None),
            api(400, "VPN.0030", None),
            Error::ConnectionRefused("x".into()),
        ] {
            assert!(retried(POST, &e), "{e:?}");
        }
        for e in [
            api(500, "VPN.0002", None),
            api(502, "HTTP.502", None),
            api(504, "VPN.0014", None),
            Error::Timeout(5),
            Error::Network("dropped".into()),
        ] {
            assert!(!retried(POST, &e), "{e:?}");
            assert_eq!(p.decide(POST, &e, 1, 0, 0.5), Decision::Stop { may_have_acted: true }, "{e:?}");
            assert!(retried(GET, &e) || matches!(e, Error::Api(ref a) if a.status == 500), "{e:?}");
        }
        assert!(!retried(GET, &api(500, "VPN.0002", None)));
        assert!(retried(GET, &api(425, "VPN.0009", None)));
        assert!(!retried(GET, &api(404, "VPN.0004", None)));
        assert_eq!(p.decide(POST, &api(400, "VPN.0001", None), 1, 0, 0.5), Decision::Stop { may_have_acted: false });
    }

    #[test]
    fn attempts_backoff_and_retry_after() {
        let p = RetryPolicy { max_attempts: 3, base_delay_ms: 100, max_delay_ms: 250 };
        let e = api(503, "HTTP.503", None);
        assert_eq!(p.decide(GET, &e, 1, 0, 0.999), Decision::Retry { delay_ms: 99 });
        assert_eq!(p.decide(GET, &e, 2, 0, 0.999), Decision::Retry { delay_ms: 199 });
        assert_eq!(p.decide(GET, &e, 2, 0, 0.0), Decision::Retry { delay_ms: 0 });
        assert!(matches!(p.decide(GET, &e, 3, 0, 0.5), Decision::Stop { .. }));
        let capped = RetryPolicy { max_attempts: 10, ..p };
        assert_eq!(capped.decide(GET, &e, 8, 0, 0.999), Decision::Retry { delay_ms: 249 });
        assert_eq!(p.decide(GET, &api(429, "VPN.0429", Some("2")), 1, 0, 0.5), Decision::Retry { delay_ms: 2000 });
        let now = 1_445_412_470_000; // 2015-10-21T07:27:50Z
        let dated = api(503, "HTTP.503", Some("Wed, 21 Oct 2015 07:28:00 GMT"));
        assert_eq!(p.decide(GET, &dated, 1, now, 0.5), Decision::Retry { delay_ms: 10_000 });
        assert!(matches!(p.decide(GET, &api(429, "VPN.0429", Some("3600")), 1, 0, 0.5), Decision::Stop { .. }));
    }
}
