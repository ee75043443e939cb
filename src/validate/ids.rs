//! Identifier and name formats (spec §2.1).

use super::options::Cloud;

/// Whether `s` is a UUID: 36 characters, hex groups of 8-4-4-4-12 (either case).
pub fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.bytes().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// Longest resource name, in characters.
pub const NAME_MAX: usize = 64;

/// Whether `s` is a valid resource name: 1–64 of `A–Z a–z 0–9 _ - .`; Huawei Cloud also allows
/// the CJK ideographs U+4E00–U+9FA5.
pub fn is_name(s: &str, cloud: Cloud) -> bool {
    let len = s.chars().count();
    (1..=NAME_MAX).contains(&len)
        && s.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || matches!(c, '_' | '-' | '.')
                || (cloud == Cloud::Huawei && ('\u{4e00}'..='\u{9fa5}').contains(&c))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids() {
        assert!(is_uuid("b32d91a4-3f0e-4c1a-a8df-e907174eb11d"));
        assert!(is_uuid("B32D91A4-3F0E-4C1A-A8DF-E907174EB11D"));
        assert!(!is_uuid("b32d91a4-demo-a8df-va86-e907174eb11d"));
        assert!(!is_uuid("b32d91a43f0e4c1aa8dfe907174eb11d"));
        assert!(!is_uuid("b32d91a4-3f0e-4c1a-a8df-e907174eb11d-"));
        assert!(!is_uuid("b32d91a4-3f0e-4c1a-a8df-e907174eb11"));
        assert!(!is_uuid(""));
        assert!(!is_uuid("b32d91a4-3f0e-4c1a-a8dfe-907174eb11d"), "a dash one place off");
        assert!(!is_uuid("b32d91a4-3f0e-4c1a-a8df-e907174eb11g"));
        assert!(!is_uuid("b32d91a4-3f0e-4c1a-a8df-e907174eb1ä"), "36 bytes, not 36 characters");
    }

    #[test]
    fn names() {
        assert!(is_name("vpn-1.a_B", Cloud::Otc));
        assert!(is_name(&"a".repeat(64), Cloud::Otc));
        assert!(!is_name(&"a".repeat(65), Cloud::Otc));
        assert!(!is_name("", Cloud::Otc));
        assert!(!is_name("a b", Cloud::Otc));
        assert!(is_name("连接", Cloud::Huawei));
        assert!(!is_name("连接", Cloud::Otc));
    }
}
