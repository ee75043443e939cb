//! Which characters a tag key or value may hold, by what each reference says: the set every one
//! gives, and the characters they disagree about (Chinese on Huawei Cloud, `/` in values), which
//! are warnings rather than errors.

use crate::validate::json::quoted;
use crate::validate::options::Cloud;
use crate::validate::report::Severity;

/// The letters Spanish and Portuguese add to A–Z: á é í ó ú ü ñ, and à â ã ç ê ô õ.
const SPANISH_AND_PORTUGUESE: &str = "ÁÉÍÓÚÜÑáéíóúüñÀÂÃÇÊÔÕàâãçêôõ";

/// The character set every reference gives, for messages.
const CHARSET: &str = "letters, digits, space and _ . : = + - @";

/// What the references say about one character of a tag key or value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// In the set every reference gives.
    Allowed,
    /// A Chinese character (U+4E00–U+9FA5): Huawei's Chinese API pages allow it, its English
    /// pages and OTC's do not.
    Chinese,
    /// `/`: OTC's console guide allows it in values, the API text does not.
    Slash,
    /// In no reference's set.
    Refused,
}

fn verdict(c: char) -> Verdict {
    if c.is_ascii_alphanumeric() || " _.:=+-@".contains(c) || (!c.is_ascii() && SPANISH_AND_PORTUGUESE.contains(c)) {
        Verdict::Allowed
    } else if ('\u{4e00}'..='\u{9fa5}').contains(&c) {
        Verdict::Chinese
    } else if c == '/' {
        Verdict::Slash
    } else {
        Verdict::Refused
    }
}

/// Which text a tag key or value belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Key,
    Value,
}

/// A tag list's rules: a stored tag (create bodies, add and remove) or a filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Stored,
    Filter,
}

/// The worst problem with the characters of `s`, if any: an error for a character no reference
/// allows, a warning for one the references disagree about.
pub(super) fn charset_problem(s: &str, part: Part, kind: Kind, cloud: Cloud) -> Option<(Severity, String)> {
    let shown = |c: char| quoted(c.encode_utf8(&mut [0; 4]));
    let mut disputed: Option<String> = None;
    for c in s.chars() {
        let why = match (verdict(c), kind) {
            (Verdict::Allowed, _) => continue,
            (_, Kind::Filter) => format!(
                "{} is in no stored tag's character set ({CHARSET}); the filter's own text states none, so the server may take it",
                shown(c)
            ),
            (Verdict::Chinese, Kind::Stored) if cloud == Cloud::Huawei => format!(
                "{} is disputed: Huawei's Chinese API pages allow Chinese characters, its English pages and OTC's do not",
                shown(c)
            ),
            (Verdict::Slash, Kind::Stored) if part == Part::Value => format!(
                "{} is disputed: OTC's console guide allows / in tag values, the API text does not ({CHARSET})",
                shown(c)
            ),
            _ => return Some((Severity::Error, format!("{} is not allowed ({CHARSET})", shown(c)))),
        };
        disputed.get_or_insert(why);
    }
    disputed.map(|why| (Severity::Warning, why))
}
