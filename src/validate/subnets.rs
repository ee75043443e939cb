//! Lists of IPv4 CIDRs (peer subnets, policy destinations): syntax, host bits, reserved and special
//! blocks, duplicates and overlaps.

use super::ipv4::{parse_cidr, Cidr};
use super::report::{At, Code, Issue, Report};
use crate::validate::json::{quote, Json};

/// Blocks the cloud reserves for itself (spec §2.2; 100.64.0.0/12 lies inside the /10).
pub const RESERVED: [(Cidr, &str); 2] =
    [(Cidr::new(0x6440_0000, 10), "100.64.0.0/10"), (Cidr::new(0xD600_0000, 8), "214.0.0.0/8")];

/// Addresses the API refuses as subnets (VPN.0204).
pub const SPECIAL: [(Cidr, &str); 3] = [
    (Cidr::new(0xE000_0000, 4), "multicast (class D, 224.0.0.0/4)"),
    (Cidr::new(0xF000_0000, 4), "class E (240.0.0.0/4)"),
    (Cidr::new(0x7F00_0000, 8), "loopback (127.0.0.0/8)"),
];

/// How many entries a list may hold, and what to call them in messages.
pub struct ListLimits {
    pub min: usize,
    pub max: usize,
    /// Plural noun for messages: "peer subnets".
    pub noun: &'static str,
    /// The same in the singular, for "at least 1 peer subnet".
    pub one: &'static str,
}

/// Checks `items` (already known to be an array) at `path`. Entries that are not strings were
/// reported by the shape check and are skipped here.
pub fn check_list(items: &[Json], limits: &ListLimits, at: &At, report: &mut Report) -> Vec<(Cidr, usize)> {
    if items.len() > limits.max {
        report.push(Issue::error(
            at.path(),
            Code::ListLength,
            format!("at most {} {}, got {}", limits.max, limits.noun, items.len()),
        ));
    } else if items.len() < limits.min {
        report.push(Issue::error(
            at.path(),
            Code::ListLength,
            format!(
                "at least {} {}, got {}",
                limits.min,
                if limits.min == 1 { limits.one } else { limits.noun },
                items.len()
            ),
        ));
    }

    let mut parsed: Vec<(Cidr, usize)> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let Json::Str(text) = item else { continue };
        if let Some(cidr) = check_one(text, &at.index(i), report) {
            parsed.push((cidr, i));
        }
    }
    check_overlaps(&parsed, at, report);
    parsed
}

/// Checks one CIDR entry; returns it when it parsed.
pub fn check_one(text: &str, at: &At, report: &mut Report) -> Option<Cidr> {
    let cidr = check_syntax(text, at, report)?;
    if cidr.has_host_bits() {
        report.push(
            Issue::warning(
                at.path(),
                Code::CidrHostBits,
                format!("{cidr} has host bits set; the network is {}", cidr.network()),
            )
            .with_hint(format!("did you mean {}?", cidr.network())),
        );
    }
    let (first, last) = (cidr.first(), cidr.last());
    let hits = |block: Cidr| first <= block.last() && block.first() <= last;
    for (block, name) in RESERVED {
        if hits(block) {
            report.push(Issue::error(
                at.path(),
                Code::CidrReserved,
                format!("{cidr} overlaps {name}, which the cloud reserves"),
            ));
        }
    }
    if let Some((_, name)) = SPECIAL.iter().find(|(block, _)| hits(*block)) {
        report.push(Issue::error(
            at.path(),
            Code::CidrSpecial,
            format!("{cidr} includes {name} addresses, which are not supported (VPN.0204)"),
        ));
    }
    Some(cidr)
}

/// Parses one CIDR, reporting a syntax error at `at`.
pub fn check_syntax(text: &str, at: &At, report: &mut Report) -> Option<Cidr> {
    match parse_cidr(text) {
        Ok(c) => Some(c),
        Err(why) => {
            report.push(Issue::error(
                at.path(),
                Code::CidrSyntax,
                format!("{} is not an IPv4 CIDR: {why}", quote(text)),
            ));
            None
        }
    }
}

/// Reports each entry that shares addresses with another, naming both. Sorting first keeps this
/// O(n log n), so a list of 100,000 entries is still quick.
pub fn check_overlaps(parsed: &[(Cidr, usize)], at: &At, report: &mut Report) {
    // Sorted by first address, the widest first, then by position; keys computed once.
    let mut sorted: Vec<(u32, u32, usize, Cidr)> = parsed.iter().map(|&(c, i)| (c.first(), !c.last(), i, c)).collect();
    sorted.sort_unstable_by_key(|&(first, not_last, i, _)| (first, not_last, i));
    let mut widest: Option<(Cidr, usize)> = None;
    let mut found = Vec::new();
    for (_, _, index, cidr) in sorted {
        match widest {
            Some((w, wi)) if w.last() >= cidr.first() => {
                found.push((index, wi, cidr, w));
                if cidr.last() > w.last() {
                    widest = Some((cidr, index));
                }
            }
            _ => widest = Some((cidr, index)),
        }
    }
    found.sort_by_key(|(index, ..)| *index);
    for (index, other, cidr, w) in found {
        let related = at.index(other).path();
        let issue = if cidr.network() == w.network() {
            Issue::error(
                at.index(index).path(),
                Code::CidrDuplicate,
                format!("{cidr} is the same network as {w} ({related})"),
            )
        } else {
            Issue::error(at.index(index).path(), Code::CidrOverlap, format!("{cidr} overlaps {w} ({related})"))
        };
        report.push(issue.with_related(related));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const PEERS: ListLimits = ListLimits { min: 1, max: 50, noun: "peer subnets", one: "peer subnet" };

    fn run(v: serde_json::Value) -> Vec<(String, &'static str, Option<String>)> {
        let mut r = Report::default();
        let items: Vec<Json> = v.as_array().map(|a| a.iter().map(Json::from).collect()).unwrap_or_default();
        check_list(&items, &PEERS, &At::Root.key("s"), &mut r);
        r.issues
            .iter()
            .map(|i| (i.path.to_string(), i.code.as_str(), i.related.as_ref().map(|p| p.to_string())))
            .collect()
    }

    #[test]
    fn overlap_names_both_entries() {
        assert_eq!(run(json!(["10.0.0.0/16", "10.0.1.0/24"])), [("s[1]".into(), "cidr.overlap", Some("s[0]".into()))]);
        assert_eq!(
            run(json!(["10.0.1.0/24", "192.168.0.0/24", "10.0.0.0/16"])),
            [("s[0]".into(), "cidr.overlap", Some("s[2]".into()))]
        );
        assert_eq!(
            run(json!(["10.0.0.0/24", "10.0.0.0/24"])),
            [("s[1]".into(), "cidr.duplicate", Some("s[0]".into()))]
        );
        assert!(run(json!(["10.0.0.0/24", "10.0.1.0/24"])).is_empty());
        // Touching at the edge is not an overlap.
        assert!(run(json!(["10.0.0.0/25", "10.0.0.128/25"])).is_empty());
    }

    #[test]
    fn every_overlapping_entry_is_reported() {
        let r = run(json!(["10.0.0.0/8", "10.1.0.0/16", "10.2.0.0/16", "10.2.1.0/24"]));
        let paths: Vec<&str> = r.iter().map(|(p, ..)| p.as_str()).collect();
        assert_eq!(paths, ["s[1]", "s[2]", "s[3]"]);
    }

    #[test]
    fn syntax_reserved_special_and_host_bits() {
        assert_eq!(run(json!(["192.168.44.0/33"])), [("s[0]".into(), "cidr.syntax", None)]);
        assert_eq!(run(json!(["100.64.0.0/12"])), [("s[0]".into(), "cidr.reserved", None)]);
        assert_eq!(run(json!(["214.1.0.0/16"])), [("s[0]".into(), "cidr.reserved", None)]);
        assert!(run(json!(["100.128.0.0/16", "213.255.0.0/16"])).is_empty());
        assert_eq!(run(json!(["224.0.0.0/24"])), [("s[0]".into(), "cidr.special", None)]);
        assert_eq!(run(json!(["127.0.0.1/32"])), [("s[0]".into(), "cidr.special", None)]);
        assert_eq!(run(json!(["10.0.0.1/24"])), [("s[0]".into(), "cidr.host_bits", None)]);
    }

    #[test]
    fn list_length_bounds() {
        let fifty: Vec<String> = (0..50).map(|i| format!("10.{i}.0.0/16")).collect();
        assert!(run(json!(fifty)).is_empty());
        let fifty_one: Vec<String> = (0..51).map(|i| format!("10.{i}.0.0/16")).collect();
        let r = run(json!(fifty_one));
        assert_eq!(r, [("s".into(), "list.length", None)]);
        assert_eq!(run(json!([])), [("s".into(), "list.length", None)]);
        let mut r = Report::default();
        check_list(&[], &PEERS, &At::Root.key("s"), &mut r);
        assert_eq!(r.issues[0].message, "at least 1 peer subnet, got 0");
    }
}
