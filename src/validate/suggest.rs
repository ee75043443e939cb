//! "Did you mean …?": the closest of a set of names to one that was not recognised.

/// Longest name compared; a longer one is no typo of a name this crate knows.
const MAX_COMPARED: usize = 64;

/// The name of `names` within edit distance 2 of `given` (the nearest; the first of equals), else
/// the one that shares the longest beginning of at least 4 characters with it (`retries` →
/// `retry`); never `given` itself.
pub fn closest<'a>(given: &str, names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    if given.chars().count() > MAX_COMPARED {
        return None;
    }
    let names: Vec<&str> = names.into_iter().filter(|name| *name != given).collect();
    let near = names
        .iter()
        .map(|name| (edit_distance(given, name), *name))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, name)| name);
    near.or_else(|| {
        let shared = |name: &str| given.chars().zip(name.chars()).take_while(|(a, b)| a == b).count();
        names
            .iter()
            .map(|name| (shared(name), *name))
            .filter(|(n, _)| *n >= 4)
            .max_by_key(|(n, _)| *n)
            .map(|(_, name)| name)
    })
}

/// Levenshtein distance, in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = Vec::with_capacity(b.len() + 1);
        cur.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(usize::MAX).saturating_add(usize::from(ca != *cb));
            let del = prev.get(j + 1).copied().unwrap_or(usize::MAX).saturating_add(1);
            let ins = cur.last().copied().unwrap_or(usize::MAX).saturating_add(1);
            cur.push(sub.min(del).min(ins));
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_name_within_two_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        let names = ["timeoutMs", "overallTimeoutMs", "retry", "maxConcurrency"];
        assert_eq!(closest("timeotMs", names), Some("timeoutMs"));
        assert_eq!(closest("retries", names), Some("retry"), "three edits away, but the same beginning");
        assert_eq!(closest("attempts", names), None);
        assert_eq!(closest("retr", names), Some("retry"));
        assert_eq!(closest("retry", names), None, "itself is no suggestion");
        assert_eq!(closest(&"x".repeat(100), names), None);
    }
}
