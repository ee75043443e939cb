//! UTC time as the API writes it: response timestamps and `X-Sdk-Date`. Pure arithmetic on
//! epoch milliseconds; nothing here reads a clock.

/// Renders epoch milliseconds as the API does: UTC `yyyy-MM-ddTHH:mm:ss.SSSZ`.
pub fn format_timestamp(ms: u64) -> String {
    let secs = ms / 1000;
    let millis = ms % 1000;
    let days = secs / 86_400;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{millis:03}Z", rem / 3600, (rem % 3600) / 60, rem % 60)
}

/// Parses an `X-Sdk-Date` (`YYYYMMDDTHHMMSSZ`, UTC) into epoch milliseconds.
pub fn parse_sdk_date(text: &str) -> Option<u64> {
    let b = text.as_bytes();
    if b.len() != 16 || b.get(8) != Some(&b'T') || b.get(15) != Some(&b'Z') {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<u64> { text.get(from..to)?.parse().ok() };
    let (y, m, d) = (num(0, 4)?, num(4, 6)?, num(6, 8)?);
    let (hh, mm, ss) = (num(9, 11)?, num(11, 13)?, num(13, 15)?);
    if !(1970..=9999).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) || hh > 23 || mm > 59 || ss > 60
    {
        return None;
    }
    Some((days_from_civil(y, m, d) * 86_400 + hh * 3600 + mm * 60 + ss) * 1000)
}

/// The last epoch millisecond an `X-Sdk-Date` can write, 9999-12-31T23:59:59.999Z: its year has
/// four digits. The first is 0, 1970-01-01T00:00:00Z: epoch milliseconds are unsigned here.
pub const SDK_DATE_MAX_MS: u64 = 253_402_300_799_999;

/// Whether `text` is an `X-Sdk-Date` of a real UTC second from 1970-01-01T00:00:00Z through
/// 9999-12-31T23:59:59Z: `YYYYMMDDTHHMMSSZ` that [`parse_sdk_date`] reads and [`format_sdk_date`]
/// writes back unchanged (so no 30 February, no hour 24, no second 60).
pub fn is_sdk_date(text: &str) -> bool {
    parse_sdk_date(text).is_some_and(|ms| format_sdk_date(ms) == text)
}

/// Renders epoch milliseconds as an `X-Sdk-Date`: `YYYYMMDDTHHMMSSZ`. Past [`SDK_DATE_MAX_MS`]
/// the year has more than four digits, which [`is_sdk_date`] refuses.
pub fn format_sdk_date(ms: u64) -> String {
    let secs = ms / 1000;
    let (y, m, d) = civil_from_days(secs / 86_400);
    let rem = secs % 86_400;
    format!("{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z", rem / 3600, (rem % 3600) / 60, rem % 60)
}

/// Parses an HTTP date in the IMF-fixdate form (`Wed, 21 Oct 2015 07:28:00 GMT`) into epoch ms.
pub fn parse_http_date(text: &str) -> Option<u64> {
    let parts: Vec<&str> = text.split_whitespace().collect();
    let [_, day, month, year, time, "GMT"] = parts.as_slice() else { return None };
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let m = MONTHS.iter().position(|x| x == month)? as u64 + 1;
    let (d, y): (u64, u64) = (day.parse().ok()?, year.parse().ok()?);
    let mut hms = time.split(':').map(|p| p.parse::<u64>().ok());
    let (hh, mm, ss) = (hms.next()??, hms.next()??, hms.next()??);
    if !(1970..=9999).contains(&y) || !(1..=31).contains(&d) || hh > 23 || mm > 59 || ss > 60 {
        return None;
    }
    Some((days_from_civil(y, m, d) * 86_400 + hh * 3600 + mm * 60 + ss) * 1000)
}

/// A proleptic Gregorian date (year ≥ 1970) to days since 1970-01-01 (H. Hinnant's algorithm).
fn days_from_civil(y: u64, m: u64, d: u64) -> u64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y / 400;
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe).saturating_sub(719_468)
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
    fn sdk_dates_round_trip() {
        assert_eq!(parse_sdk_date("20191115T033655Z"), Some(1_573_789_015_000));
        assert_eq!(format_sdk_date(1_573_789_015_000), "20191115T033655Z");
        assert_eq!(parse_sdk_date("20000229T000000Z"), Some(951_782_400_000));
        for bad in ["2019-11-15T03:36:55Z", "20191315T033655Z", "20191115T033655", "x"] {
            assert_eq!(parse_sdk_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn sdk_dates_span_1970_to_9999() {
        assert_eq!(format_sdk_date(0), "19700101T000000Z");
        assert_eq!(format_sdk_date(SDK_DATE_MAX_MS), "99991231T235959Z");
        assert_eq!(format_sdk_date(SDK_DATE_MAX_MS + 1), "100000101T000000Z");
        for good in ["19700101T000000Z", "99991231T235959Z", "20240229T235959Z", "20191115T033655Z"] {
            assert!(is_sdk_date(good), "{good}");
        }
        let past = format_sdk_date(u64::MAX);
        for bad in ["19691231T235959Z", "20250230T000000Z", "20230229T000000Z", "20250101T240000Z", "20250101T000060Z"]
        {
            assert!(!is_sdk_date(bad), "{bad}");
        }
        assert!(!is_sdk_date(&past), "{past}");
    }
}
