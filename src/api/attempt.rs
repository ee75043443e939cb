//! One call's attempts as a state machine: how long each attempt may take, whether to try again
//! after it failed and after how long, and what the call fails with in the end. The caller (the
//! wasm client, or a native test) sends, sleeps and keeps the time; [`Attempts`] decides, with
//! the [`RetryPolicy`]'s rules, within the call's overall deadline.
//!
//! The caller's loop: [`Attempts::send`] gives the attempt's timeout; on a success it is done; on
//! a failure [`Attempts::failed`] says [`Next::Sleep`] (then send again) or [`Next::Fail`]; when
//! the call ends before an attempt could be sent (aborted, or the request could not be signed),
//! [`Attempts::stopped`] gives the failure.

use super::error::Error;
use super::retry::{may_have_acted, Decision, RetryPolicy};

/// How long a call may take, and how it retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttemptPolicy {
    pub retry: RetryPolicy,
    /// Longest wait for one attempt's answer, in ms.
    pub timeout_ms: u64,
    /// Longest the whole call may take, retries and waits included, in ms; `None`: no limit.
    pub overall_timeout_ms: Option<u64>,
}

/// How a call failed.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub error: Error,
    /// Attempts sent, the failed one included.
    pub attempts: u32,
    /// Whether the server may have carried the operation out (see [`may_have_acted`]): the
    /// caller should look before repeating it.
    pub may_have_acted: bool,
}

/// What the caller does after a failed attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum Next {
    /// Wait this many ms, then send again.
    Sleep { delay_ms: u64 },
    /// Give up.
    Fail(Failure),
}

/// The attempts of one call.
#[derive(Debug, Clone)]
pub struct Attempts {
    policy: AttemptPolicy,
    idempotent: bool,
    deadline_ms: Option<u64>,
    sent: u32,
    /// Whether the attempt in flight was given less than `timeout_ms`, the deadline being nearer.
    cut_short: bool,
    /// The error of the last failed attempt.
    last_error: Option<Error>,
}

impl Attempts {
    /// The attempts of a call that starts at `now_ms` (epoch ms); `idempotent` as the catalogue
    /// says of its operation.
    pub fn new(policy: AttemptPolicy, idempotent: bool, now_ms: u64) -> Self {
        let deadline_ms = policy.overall_timeout_ms.map(|ms| now_ms.saturating_add(ms));
        Self { policy, idempotent, deadline_ms, sent: 0, cut_short: false, last_error: None }
    }

    /// Counts an attempt sent at `now_ms` and gives how long it may wait for its answer, in ms
    /// (at least 1): `timeout_ms`, or less when the overall deadline is nearer.
    pub fn send(&mut self, now_ms: u64) -> u64 {
        self.sent = self.sent.saturating_add(1);
        let remaining = self.deadline_ms.map(|d| d.saturating_sub(now_ms).max(1));
        self.cut_short = remaining.is_some_and(|r| r < self.policy.timeout_ms);
        remaining.map_or(self.policy.timeout_ms, |r| r.min(self.policy.timeout_ms))
    }

    /// Attempts sent so far.
    pub fn attempts(&self) -> u32 {
        self.sent
    }

    /// The error of the last failed attempt (what a retry is for).
    pub fn last_error(&self) -> Option<&Error> {
        self.last_error.as_ref()
    }

    /// The attempt just sent failed with `error` at `now_ms`; `jitter` is a random draw in
    /// [0, 1) that spreads the backoff. An attempt that timed out because the overall deadline cut
    /// it short is the whole call's timeout; a retry whose wait would end past the deadline is too.
    pub fn failed(&mut self, error: Error, now_ms: u64, jitter: f64) -> Next {
        let overall = self.policy.overall_timeout_ms;
        let error = match error {
            Error::Timeout(_) if self.cut_short => Error::Timeout(overall.unwrap_or(self.policy.timeout_ms)),
            other => other,
        };
        let decision = self.policy.retry.decide(self.idempotent, &error, self.sent, now_ms, jitter);
        let failure = |error: Error, may_have_acted: bool| Failure { error, attempts: self.sent, may_have_acted };
        let next = match decision {
            Decision::Retry { delay_ms } if self.deadline_ms.is_none_or(|d| now_ms.saturating_add(delay_ms) < d) => {
                Next::Sleep { delay_ms }
            }
            Decision::Retry { .. } => {
                Next::Fail(failure(Error::Timeout(overall.unwrap_or(0)), may_have_acted(self.idempotent, &error)))
            }
            Decision::Stop { may_have_acted } => Next::Fail(failure(error.clone(), may_have_acted)),
        };
        self.last_error = Some(error);
        next
    }

    /// The call ends with `error` before its next attempt was sent (the caller aborted while it
    /// waited, or the request could not be signed): the attempts already sent count, and so does
    /// whether the last of them may have acted.
    pub fn stopped(&self, error: Error) -> Failure {
        let may_have_acted = self.last_error.as_ref().is_some_and(|e| may_have_acted(self.idempotent, e));
        Failure { error, attempts: self.sent, may_have_acted }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::ApiError;

    fn unavailable() -> Error {
        Error::Api(ApiError {
            status: 503,
            code: "HTTP.503".into(),
            message: String::new(),
            request_id: None,
            retryable: true,
            retry_after: None,
        })
    }

    fn policy(overall: Option<u64>) -> AttemptPolicy {
        AttemptPolicy {
            retry: RetryPolicy { max_attempts: 3, base_delay_ms: 100, max_delay_ms: 1_000 },
            timeout_ms: 1_000,
            overall_timeout_ms: overall,
        }
    }

    #[test]
    fn retries_up_to_the_policy_then_fails_with_the_last_error() {
        let mut a = Attempts::new(policy(None), true, 0);
        assert_eq!(a.send(0), 1_000);
        assert_eq!(a.failed(unavailable(), 10, 0.5), Next::Sleep { delay_ms: 50 });
        assert_eq!(a.last_error(), Some(&unavailable()));
        assert_eq!(a.send(60), 1_000);
        assert_eq!(a.failed(unavailable(), 70, 0.5), Next::Sleep { delay_ms: 100 });
        a.send(170);
        assert_eq!(
            a.failed(unavailable(), 180, 0.5),
            Next::Fail(Failure { error: unavailable(), attempts: 3, may_have_acted: false })
        );
    }

    #[test]
    fn the_overall_deadline_shortens_attempts_and_ends_the_call_as_a_timeout() {
        let mut a = Attempts::new(policy(Some(1_500)), true, 0);
        assert_eq!(a.send(0), 1_000);
        assert_eq!(a.failed(unavailable(), 900, 0.5), Next::Sleep { delay_ms: 50 });
        // 550 ms are left: the attempt gets them, and its timeout is the call's.
        assert_eq!(a.send(950), 550);
        assert_eq!(
            a.failed(Error::Timeout(550), 1_500, 0.5),
            Next::Fail(Failure { error: Error::Timeout(1_500), attempts: 2, may_have_acted: false })
        );
        // A retry whose wait would pass the deadline is not made.
        let mut a = Attempts::new(policy(Some(1_050)), true, 0);
        a.send(0);
        assert_eq!(
            a.failed(unavailable(), 1_000, 0.9),
            Next::Fail(Failure { error: Error::Timeout(1_050), attempts: 1, may_have_acted: false })
        );
        // Past the deadline, an attempt still gets 1 ms (and is cut short).
        let mut a = Attempts::new(policy(Some(10)), true, 0);
        assert_eq!(a.send(50), 1);
    }

    #[test]
    fn a_create_that_may_have_acted_is_not_repeated_and_says_so() {
        let mut a = Attempts::new(policy(None), false, 0);
        a.send(0);
        assert_eq!(
            a.failed(Error::Network("reset".into()), 5, 0.5),
            Next::Fail(Failure { error: Error::Network("reset".into()), attempts: 1, may_have_acted: true })
        );
        // A 503 means the server did not act: retried, and an abort while waiting says so.
        let mut a = Attempts::new(policy(None), false, 0);
        a.send(0);
        assert!(matches!(a.failed(unavailable(), 5, 0.5), Next::Sleep { .. }));
        assert_eq!(a.stopped(Error::Aborted), Failure { error: Error::Aborted, attempts: 1, may_have_acted: false });
        // Nothing sent yet: nothing acted.
        let a = Attempts::new(policy(None), false, 0);
        assert_eq!(a.stopped(Error::Aborted), Failure { error: Error::Aborted, attempts: 0, may_have_acted: false });
    }
}
