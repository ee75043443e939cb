//! Deterministic pseudo-random numbers (SplitMix64) for ids and names: the same seed gives the
//! same resources, which makes emulator runs reproducible. Not for cryptography.

/// A SplitMix64 generator.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound` > 0; 0 gives 0).
    pub fn below(&mut self, bound: u64) -> u64 {
        self.next_u64().checked_rem(bound).unwrap_or(0)
    }

    /// A version-4 UUID, lowercase.
    pub fn uuid(&mut self) -> String {
        let hi = self.next_u64();
        let lo = self.next_u64();
        let hi = (hi & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000;
        let lo = (lo & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000;
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            hi >> 32,
            (hi >> 16) & 0xFFFF,
            hi & 0xFFFF,
            lo >> 48,
            lo & 0xFFFF_FFFF_FFFF
        )
    }

    /// Four lowercase hex digits, as in generated names (`vpn-1a2b`).
    pub fn hex4(&mut self) -> String {
        format!("{:04x}", self.next_u64() & 0xFFFF)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_valid_and_reproducible() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        let u = a.uuid();
        assert_eq!(u, b.uuid());
        assert!(crate::validate::is_uuid(&u), "{u}");
        assert_eq!(u.as_bytes()[14], b'4');
        assert_ne!(u, a.uuid());
        assert_eq!(a.hex4().len(), 4);
    }
}
