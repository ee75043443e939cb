//! Time, injected: the emulator never reads a clock of its own.

use std::cell::Cell;
use std::rc::Rc;

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

/// Renders epoch milliseconds as the API does: UTC `yyyy-MM-ddTHH:mm:ss.SSSZ`.
pub fn format_timestamp(ms: u64) -> String {
    let secs = ms / 1000;
    let millis = ms % 1000;
    let days = secs / 86_400;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{millis:03}Z", rem / 3600, (rem % 3600) / 60, rem % 60)
}

/// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's algorithm, days ≥ 0).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_match_the_documented_format() {
        assert_eq!(format_timestamp(0), "1970-01-01T00:00:00.000Z");
        // 2025-06-26T13:41:34.626Z, the create example's created_at.
        assert_eq!(format_timestamp(1_750_945_294_626), "2025-06-26T13:41:34.626Z");
        assert_eq!(format_timestamp(951_782_400_000), "2000-02-29T00:00:00.000Z");
    }

    #[test]
    fn manual_clock_is_shared() {
        let a = ManualClock::at(5);
        let b = a.clone();
        b.advance(10);
        assert_eq!(a.now_ms(), 15);
    }
}
