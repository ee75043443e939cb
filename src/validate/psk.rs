//! Pre-shared key rules (spec §2.2, checklist 7). No message ever quotes the key.

use super::report::{At, Code, Issue, Report};

/// Shortest allowed PSK, in characters.
pub const MIN_LEN: usize = 8;
/// Longest allowed PSK, in characters.
pub const MAX_LEN: usize = 128;
/// Special characters every source allows.
pub const SPECIALS: &str = "~!@#$%^()-_+={},./:;";
/// Allowed by the OTC API text, absent from the newer OTC console guide and the Go SDK: a warning.
pub const DISPUTED: char = '*';
/// Written between the braces of the special characters in both SDKs' text
/// (`~!@#$%^()-_+={ },./:;`), most likely as formatting, absent from the console guide's list: a
/// warning (spec §7 item 7), and it counts as a special character, as `*` does.
pub const DISPUTED_SPACE: char = ' ';

/// Checks a PSK and reports at `path`.
pub fn check(psk: &str, at: &At, report: &mut Report) {
    let path = at.path();
    let len = psk.chars().count();
    if !(MIN_LEN..=MAX_LEN).contains(&len) {
        report.push(Issue::error(
            path.clone(),
            Code::PskLength,
            format!("the PSK must be {MIN_LEN}–{MAX_LEN} characters, got {len}"),
        ));
    }

    let (mut upper, mut lower, mut digit, mut special) = (false, false, false, false);
    let mut bad_positions = Vec::new();
    let (mut disputed, mut space) = (false, false);
    for (i, c) in psk.chars().enumerate() {
        match c {
            'A'..='Z' => upper = true,
            'a'..='z' => lower = true,
            '0'..='9' => digit = true,
            c if SPECIALS.contains(c) => special = true,
            c if c == DISPUTED => {
                special = true;
                disputed = true;
            }
            c if c == DISPUTED_SPACE => {
                special = true;
                space = true;
            }
            _ => bad_positions.push(i + 1),
        }
    }

    let classes = [upper, lower, digit, special];
    let used = classes.iter().filter(|c| **c).count();
    if used < 3 {
        let names = ["uppercase letters", "lowercase letters", "digits", "special characters"];
        let missing: Vec<&str> = classes.iter().zip(names).filter(|(present, _)| !**present).map(|(_, n)| n).collect();
        report.push(
            Issue::error(
                path.clone(),
                Code::PskClasses,
                format!(
                    "the PSK uses {used} of 4 character classes and needs at least 3; missing: {}",
                    missing.join(", ")
                ),
            )
            .with_hint(format!("add {}", missing.join(" or "))),
        );
    }

    if !bad_positions.is_empty() {
        let shown: Vec<String> = bad_positions.iter().take(10).map(|p| p.to_string()).collect();
        report.push(Issue::error(
            path.clone(),
            Code::PskCharset,
            format!(
                "the PSK has {} character(s) that are not allowed (position {}); allowed are letters, digits and {SPECIALS}",
                bad_positions.len(),
                shown.join(", ")
            ),
        ));
    }

    if disputed {
        report.push(Issue::warning(
            path.clone(),
            Code::PskDisputedChar,
            "the PSK contains '*': the OTC API reference allows it, but the OTC console guide and the Go SDK leave it out, so a server may reject it",
        ));
    }
    if space {
        report.push(Issue::warning(
            path,
            Code::PskDisputedChar,
            "the PSK contains a space: both SDKs' text lists the specials as ~!@#$%^()-_+={ },./:; with a space between the braces, \
             the console guide does not list it, so a server may reject it",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(psk: &str) -> Vec<&'static str> {
        let mut r = Report::default();
        check(psk, &At::Root.key("psk"), &mut r);
        for i in &r.issues {
            assert!(!i.message.contains(psk), "message leaks the PSK: {}", i.message);
        }
        r.issues.iter().map(|i| i.code.as_str()).collect()
    }

    #[test]
    fn length_bounds() {
        assert_eq!(codes("Abcd123"), ["psk.length"]);
        assert!(codes("Abcd1234").is_empty());
        assert!(codes(&format!("Ab1{}", "x".repeat(125))).is_empty());
        assert_eq!(codes(&format!("Ab1{}", "x".repeat(126))), ["psk.length"]);
    }

    #[test]
    fn three_of_four_classes() {
        assert!(codes("Abcd1234!x").is_empty());
        assert!(codes("abcd1234!x").is_empty());
        assert_eq!(codes("ABCD1234"), ["psk.classes"]);
        assert_eq!(codes("abcdefgh12"), ["psk.classes"]);
        assert_eq!(codes("abcd****"), ["psk.classes", "psk.disputed_char"]);
    }

    #[test]
    fn charset() {
        assert_eq!(codes("Abcd\t1234"), ["psk.charset"]);
        assert_eq!(codes("Abcd 1234"), ["psk.disputed_char"]);
        assert_eq!(codes("abcd 1234"), ["psk.disputed_char"], "a space counts as a special character");
        assert_eq!(codes("Abcd* 1234"), ["psk.disputed_char", "psk.disputed_char"]);
        assert_eq!(codes("Abcd&1234"), ["psk.charset"]);
        assert_eq!(codes("Abcd1234é"), ["psk.charset"]);
        assert!(codes("Aa1~!@#$%^()-_+={},./:;").is_empty());
    }
}
