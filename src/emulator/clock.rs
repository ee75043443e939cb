//! Time, injected: the emulator never reads a clock of its own.

use std::cell::Cell;
use std::rc::Rc;

pub use crate::api::time::{format_sdk_date, format_timestamp, parse_sdk_date};

/// Milliseconds since the Unix epoch, as the host sees them.
pub trait Clock {
    fn now_ms(&self) -> u64;
}

/// A clock that moves only when told to; clones share the same time. For tests and for hosts that
/// want full control.
#[derive(Debug, Clone, Default)]
pub struct ManualClock(Rc<Cell<u64>>);

impl ManualClock {
    /// A clock at `start_ms`.
    pub fn at(start_ms: u64) -> Self {
        Self(Rc::new(Cell::new(start_ms)))
    }

    /// Moves the clock forward by `ms`.
    pub fn advance(&self, ms: u64) {
        self.0.set(self.0.get().saturating_add(ms));
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> u64 {
        self.0.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_clock_is_shared() {
        let a = ManualClock::at(5);
        let b = a.clone();
        b.advance(10);
        assert_eq!(a.now_ms(), 15);
    }
}
