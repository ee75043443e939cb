//! Strict IPv4 and CIDR parsing and arithmetic.
//!
//! Strict means: four dotted decimal octets 0–255 with no leading zeros (so no octal reading of
//! `010`), no spaces or signs, and a prefix length 0–32 with no leading zeros.

use std::fmt;

/// An IPv4 network as written: the address as given (host bits may be set) and the prefix length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    /// The address as written, host bits included.
    pub addr: u32,
    /// Prefix length, 0–32.
    pub prefix: u8,
}

/// Parses a dotted-decimal IPv4 address. The error says what is wrong, for a message.
pub fn parse_ipv4(text: &str) -> Result<u32, String> {
    fast_ipv4(text.as_bytes()).ok_or_else(|| explain_ipv4(text))
}

/// The hot path: one pass over the bytes, no allocation. `None` for anything not strict.
fn fast_ipv4(bytes: &[u8]) -> Option<u32> {
    let mut value: u32 = 0;
    let mut i = 0;
    for part in 0..4 {
        if part > 0 {
            if bytes.get(i) != Some(&b'.') {
                return None;
            }
            i += 1;
        }
        let start = i;
        let mut octet: u32 = 0;
        while let Some(digit) = bytes.get(i).and_then(|b| b.checked_sub(b'0')).filter(|d| *d <= 9) {
            if i - start == 3 {
                return None; // a fourth digit
            }
            octet = octet * 10 + u32::from(digit);
            i += 1;
        }
        let leading_zero = i - start > 1 && bytes.get(start) == Some(&b'0');
        if i == start || leading_zero || octet > 255 {
            return None;
        }
        value = (value << 8) | octet;
    }
    (i == bytes.len()).then_some(value)
}

/// Why `text` is not a strict IPv4 address (the slow path, for messages only).
fn explain_ipv4(text: &str) -> String {
    let parts: Vec<&str> = text.split('.').collect();
    if parts.len() != 4 {
        return "an IPv4 address has 4 octets".into();
    }
    for part in parts {
        if part.is_empty() {
            return "an octet is empty".into();
        }
        if !part.bytes().all(|b| b.is_ascii_digit()) {
            return "octets are decimal digits only".into();
        }
        if part.len() > 1 && part.starts_with('0') {
            return format!("octet {part} has a leading zero (octal is not accepted)");
        }
        if part.len() > 3 || part.parse::<u16>().map_or(true, |n| n > 255) {
            return format!("octet {part} is above 255");
        }
    }
    "not an IPv4 address".into()
}

/// Parses `a.b.c.d/n`.
pub fn parse_cidr(text: &str) -> Result<Cidr, String> {
    fast_cidr(text.as_bytes()).ok_or(()).or_else(|()| explain_cidr(text))
}

/// The hot path of [`parse_cidr`]: one pass over the bytes. `None` for anything not strict.
fn fast_cidr(bytes: &[u8]) -> Option<Cidr> {
    let (prefix_digits, rest) = match bytes {
        [rest @ .., b'/', d] => (d.checked_sub(b'0').filter(|d| *d <= 9)?, rest),
        [rest @ .., b'/', a, b] => {
            let (a, b) =
                (a.checked_sub(b'0').filter(|d| (1..=3).contains(d))?, b.checked_sub(b'0').filter(|d| *d <= 9)?);
            (a * 10 + b, rest)
        }
        _ => return None,
    };
    (prefix_digits <= 32).then_some(())?;
    Some(Cidr { addr: fast_ipv4(rest)?, prefix: prefix_digits })
}

/// Why `text` is not a strict CIDR (the slow path; it also accepts what the fast path may have
/// missed, so the two never disagree about a valid CIDR).
fn explain_cidr(text: &str) -> Result<Cidr, String> {
    let Some(slash) = text.bytes().position(|b| b == b'/') else {
        return Err("expected an address and a prefix length, as in 192.168.0.0/24".into());
    };
    let (addr, prefix) = (text.get(..slash).unwrap_or(""), text.get(slash + 1..).unwrap_or(""));
    let addr = parse_ipv4(addr)?;
    let digits = prefix.as_bytes();
    match digits {
        [] => Err("the prefix length is decimal digits only".into()),
        _ if !digits.iter().all(u8::is_ascii_digit) => Err("the prefix length is decimal digits only".into()),
        [b'0', _, ..] => Err(format!("prefix length {prefix} has a leading zero")),
        [d] => Ok(Cidr { addr, prefix: d - b'0' }),
        [a, b] if (a - b'0') * 10 + (b - b'0') <= 32 => Ok(Cidr { addr, prefix: (a - b'0') * 10 + (b - b'0') }),
        _ => Err(format!("prefix length must be 0–32, got {prefix}")),
    }
}

/// Renders a `u32` address in dotted decimal.
pub fn format_ipv4(addr: u32) -> String {
    let [a, b, c, d] = addr.to_be_bytes();
    format!("{a}.{b}.{c}.{d}")
}

impl Cidr {
    /// A network from its parts, with any host bits kept.
    pub const fn new(addr: u32, prefix: u8) -> Self {
        Self { addr, prefix }
    }

    /// The netmask as a number.
    #[inline]
    pub fn mask(self) -> u32 {
        u32::MAX.checked_shl(32 - u32::from(self.prefix.min(32))).unwrap_or(0)
    }

    /// The first address of the network.
    pub fn first(self) -> u32 {
        self.addr & self.mask()
    }

    /// The last address of the network.
    pub fn last(self) -> u32 {
        self.first() | !self.mask()
    }

    /// Whether bits after the prefix are set (`10.0.0.1/24`).
    pub fn has_host_bits(self) -> bool {
        self.addr != self.first()
    }

    /// The same network with host bits cleared.
    pub fn network(self) -> Self {
        Self { addr: self.first(), prefix: self.prefix }
    }

    /// Whether the two networks share at least one address.
    #[inline]
    pub fn overlaps(self, other: Cidr) -> bool {
        self.first() <= other.last() && other.first() <= self.last()
    }

    /// Whether `addr` lies in this network.
    pub fn contains(self, addr: u32) -> bool {
        self.first() <= addr && addr <= self.last()
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", format_ipv4(self.addr), self.prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_strict_forms() {
        assert_eq!(parse_ipv4("192.168.44.7"), Ok(0xC0A8_2C07));
        assert_eq!(parse_ipv4("0.0.0.0"), Ok(0));
        assert_eq!(parse_ipv4("255.255.255.255"), Ok(u32::MAX));
        assert_eq!(parse_cidr("10.0.0.0/8"), Ok(Cidr::new(0x0A00_0000, 8)));
        assert_eq!(parse_cidr("0.0.0.0/0"), Ok(Cidr::new(0, 0)));
        assert_eq!(parse_cidr("1.2.3.4/32"), Ok(Cidr::new(0x0102_0304, 32)));
    }

    #[test]
    fn rejects_everything_loose() {
        for bad in [
            "",
            "1.2.3",
            "1.2.3.4.5",
            "1.2.3.256",
            "01.2.3.4",
            "1.2.3.04",
            " 1.2.3.4",
            "1.2.3.4 ",
            "+1.2.3.4",
            "1..3.4",
            "a.b.c.d",
            "1.2.3.-4",
            "0x1.2.3.4",
            "１.2.3.4",
        ] {
            assert!(parse_ipv4(bad).is_err(), "{bad:?}");
        }
        for bad in [
            "10.0.0.0",
            "10.0.0.0/",
            "10.0.0.0/33",
            "10.0.0.0/08",
            "10.0.0.0/-1",
            "10.0.0.0/ 8",
            "10.0.0.0/8/8",
            "10.0.0.0/999999999999",
            "/8",
        ] {
            assert!(parse_cidr(bad).is_err(), "{bad:?}");
        }
        assert_eq!(parse_cidr("192.168.44.0/33"), Err("prefix length must be 0–32, got 33".to_string()));
    }

    #[test]
    fn arithmetic_at_the_edges() {
        let all = Cidr::new(0, 0);
        assert_eq!((all.first(), all.last()), (0, u32::MAX));
        let host = Cidr::new(7, 32);
        assert_eq!((host.first(), host.last()), (7, 7));
        let c = parse_cidr("10.0.0.1/24").unwrap();
        assert!(c.has_host_bits());
        assert_eq!(c.network().to_string(), "10.0.0.0/24");
        assert!(parse_cidr("10.0.0.0/16").unwrap().overlaps(parse_cidr("10.0.1.0/24").unwrap()));
        assert!(!parse_cidr("10.0.0.0/24").unwrap().overlaps(parse_cidr("10.0.1.0/24").unwrap()));
        assert!(parse_cidr("10.0.0.0/24").unwrap().contains(0x0A00_00FF));
    }
}
