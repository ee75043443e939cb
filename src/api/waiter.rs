//! Waiting for a resource to settle, as a state machine: the caller polls, hands each
//! observation to [`Waiter::observe`] with the time, and does what the [`Step`] says.

use super::error::Error;
use crate::validate::json::quote;
use crate::validate::suggest;

/// What one poll saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Observation<'a> {
    /// The resource exists with this `status`.
    Status(&'a str),
    /// 404: the resource does not exist (done, when waiting for a deletion).
    NotFound,
}

/// What to wait for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Goal {
    /// One of `until`; any of `fail_on` ends the wait with an error.
    Status { until: Vec<String>, fail_on: Vec<String> },
    /// The resource is gone (a 404).
    Deletion,
}

impl Goal {
    /// A status goal whose `until` and `fail_on` are each one of `known` (exactly: statuses are
    /// upper case), else a [`Error::Config`] naming the closest; `until` must name one at least.
    pub fn statuses(until: Vec<String>, fail_on: Vec<String>, known: &[&str]) -> Result<Goal, Error> {
        if until.is_empty() {
            return Err(Error::Config("options.until must name at least one status".into()));
        }
        for (option, given) in [("until", &until), ("failOn", &fail_on)] {
            if let Some(unknown) = given.iter().find(|s| !known.contains(&s.as_str())) {
                let advice = match suggest::closest(unknown, known.iter().copied())
                    .or_else(|| known.iter().copied().find(|k| k.eq_ignore_ascii_case(unknown)))
                {
                    Some(name) => format!("did you mean {name}?"),
                    None => format!("the documented ones are {}", known.join(", ")),
                };
                return Err(Error::Config(format!("options.{option}: {} is not a status: {advice}", quote(unknown))));
            }
        }
        Ok(Goal::Status { until, fail_on })
    }
}

/// What the caller does next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Done,
    /// The resource reached a status of `fail_on`, or vanished while a status was awaited.
    Failed {
        status: Option<String>,
    },
    /// Poll again after this many ms.
    Wait {
        delay_ms: u64,
    },
    /// The deadline passes before the next poll could be made.
    TimedOut {
        status: Option<String>,
    },
}

/// The timing of a wait, in ms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaitPolicy {
    /// The whole wait. Default 900,000 (15 minutes: a gateway can take 10).
    pub timeout_ms: u64,
    /// The first delay between polls. Default 2,000.
    pub min_delay_ms: u64,
    /// The longest delay between polls; delays grow by half each poll up to it. Default 20,000.
    pub max_delay_ms: u64,
}

impl Default for WaitPolicy {
    fn default() -> Self {
        Self { timeout_ms: 900_000, min_delay_ms: 2_000, max_delay_ms: 20_000 }
    }
}

/// One wait.
#[derive(Debug, Clone)]
pub struct Waiter {
    goal: Goal,
    policy: WaitPolicy,
    deadline_ms: u64,
    polls: u32,
}

impl Waiter {
    /// A wait that starts at `now_ms`.
    pub fn new(goal: Goal, policy: WaitPolicy, now_ms: u64) -> Self {
        Self { goal, policy, deadline_ms: now_ms.saturating_add(policy.timeout_ms), polls: 0 }
    }

    /// How many observations were taken in.
    pub fn polls(&self) -> u32 {
        self.polls
    }

    /// The error of a wait for `what` (`"vpn connection 5247…"`) that ran out of time, having
    /// last seen `last` (`None`: no status, or the resource still there for a deletion).
    pub fn timed_out(&self, what: &str, last: Option<&str>) -> Error {
        let timeout_ms = self.policy.timeout_ms;
        let polls = self.polls;
        let aim = match &self.goal {
            Goal::Status { until, .. } => format!("did not reach {} within {timeout_ms} ms", until.join(" or ")),
            Goal::Deletion => format!("still exists after {timeout_ms} ms"),
        };
        let seen = last.map_or(String::new(), |s| format!("; last status {}", quote(s)));
        Error::WaitTimeout {
            message: format!("{what} {aim}{seen} ({polls} polls)"),
            last_status: last.map(str::to_owned),
            polls,
            timeout_ms,
        }
    }

    /// The error of a wait for `what` that `step` ([`Step::Failed`]) ended.
    pub fn failed(&self, what: &str, status: Option<String>) -> Error {
        let message = match &status {
            Some(s) => format!("{what} reached status {}, which ends the wait (failOn)", quote(s)),
            None => format!("{what} no longer exists (404) while waiting for a status"),
        };
        Error::Wait { status, message, polls: self.polls }
    }

    /// Takes in one poll's observation at `now_ms`; `random` in `[0, 1)` spreads the delay by up
    /// to a tenth so that many waiters do not poll in step.
    pub fn observe(&mut self, seen: Observation, now_ms: u64, random: f64) -> Step {
        self.polls = self.polls.saturating_add(1);
        let status = match seen {
            Observation::Status(s) => Some(s.to_owned()),
            Observation::NotFound => None,
        };
        match (&self.goal, seen) {
            (Goal::Deletion, Observation::NotFound) => return Step::Done,
            (Goal::Status { .. }, Observation::NotFound) => return Step::Failed { status: None },
            (Goal::Status { until, fail_on }, Observation::Status(s)) => {
                if until.iter().any(|u| u.eq_ignore_ascii_case(s)) {
                    return Step::Done;
                }
                if fail_on.iter().any(|f| f.eq_ignore_ascii_case(s)) {
                    return Step::Failed { status };
                }
            }
            (Goal::Deletion, Observation::Status(_)) => {}
        }
        let growth = 1.5f64.powi(self.polls.saturating_sub(1).min(30) as i32);
        let base = (self.policy.min_delay_ms as f64 * growth).min(self.policy.max_delay_ms as f64);
        let delay_ms = (base * (1.0 - 0.1 * random.clamp(0.0, 1.0))) as u64;
        if now_ms.saturating_add(delay_ms) >= self.deadline_ms {
            return Step::TimedOut { status };
        }
        Step::Wait { delay_ms }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status_goal() -> Goal {
        Goal::Status { until: vec!["ACTIVE".into()], fail_on: vec!["ERROR".into()] }
    }

    #[test]
    fn polls_with_growing_delays_until_the_status_is_reached() {
        let policy = WaitPolicy { timeout_ms: 60_000, min_delay_ms: 1_000, max_delay_ms: 2_000 };
        let mut w = Waiter::new(status_goal(), policy, 0);
        assert_eq!(w.observe(Observation::Status("PENDING_CREATE"), 0, 0.0), Step::Wait { delay_ms: 1_000 });
        assert_eq!(w.observe(Observation::Status("PENDING_CREATE"), 1_000, 0.0), Step::Wait { delay_ms: 1_500 });
        assert_eq!(w.observe(Observation::Status("PENDING_CREATE"), 2_500, 0.0), Step::Wait { delay_ms: 2_000 });
        assert_eq!(w.observe(Observation::Status("active"), 4_500, 0.0), Step::Done);
        assert_eq!(w.polls(), 4);
    }

    #[test]
    fn a_failure_status_a_vanished_resource_and_the_deadline_end_the_wait() {
        let mut w = Waiter::new(status_goal(), WaitPolicy::default(), 0);
        assert_eq!(w.observe(Observation::Status("ERROR"), 0, 0.5), Step::Failed { status: Some("ERROR".into()) });
        assert_eq!(w.observe(Observation::NotFound, 0, 0.5), Step::Failed { status: None });
        let policy = WaitPolicy { timeout_ms: 1_500, min_delay_ms: 1_000, max_delay_ms: 1_000 };
        let mut w = Waiter::new(status_goal(), policy, 0);
        assert!(matches!(w.observe(Observation::Status("DOWN"), 0, 0.0), Step::Wait { .. }));
        assert_eq!(w.observe(Observation::Status("DOWN"), 1_000, 0.0), Step::TimedOut { status: Some("DOWN".into()) });
    }

    #[test]
    fn statuses_are_the_documented_ones_and_errors_say_what_was_seen() {
        let known = crate::api::resources::VPN_CONNECTION.statuses;
        assert!(Goal::statuses(vec!["ACTIVE".into()], vec!["ERROR".into()], known).is_ok());
        let refused = |until: &str| match Goal::statuses(vec![until.into()], vec![], known) {
            Err(Error::Config(m)) => m,
            other => panic!("{other:?}"),
        };
        assert_eq!(refused("ACTVE"), "options.until: \"ACTVE\" is not a status: did you mean ACTIVE?");
        assert_eq!(refused("active"), "options.until: \"active\" is not a status: did you mean ACTIVE?");
        assert!(refused("UP").contains("the documented ones are ACTIVE, DOWN"));
        assert!(matches!(Goal::statuses(vec![], vec![], known), Err(Error::Config(_))));

        let policy = WaitPolicy { timeout_ms: 5_000, min_delay_ms: 1_000, max_delay_ms: 1_000 };
        let mut w = Waiter::new(status_goal(), policy, 0);
        let _ = w.observe(Observation::Status("DOWN"), 0, 0.0);
        let Error::WaitTimeout { message, last_status, polls, timeout_ms } =
            w.timed_out("vpn connection c1", Some("DOWN"))
        else {
            panic!("a wait timeout")
        };
        assert_eq!(message, "vpn connection c1 did not reach ACTIVE within 5000 ms; last status \"DOWN\" (1 polls)");
        assert_eq!((last_status.as_deref(), polls, timeout_ms), (Some("DOWN"), 1, 5_000));
        let Error::Wait { message, polls, .. } = w.failed("vpn connection c1", Some("ERROR".into())) else { panic!() };
        assert_eq!(
            (message.as_str(), polls),
            ("vpn connection c1 reached status \"ERROR\", which ends the wait (failOn)", 1)
        );
    }

    #[test]
    fn a_deletion_is_done_at_the_first_404() {
        let mut w = Waiter::new(Goal::Deletion, WaitPolicy::default(), 0);
        assert!(
            matches!(w.observe(Observation::Status("PENDING_DELETE"), 0, 0.9), Step::Wait { delay_ms } if delay_ms >= 1_800)
        );
        assert_eq!(w.observe(Observation::NotFound, 2_000, 0.0), Step::Done);
    }
}
