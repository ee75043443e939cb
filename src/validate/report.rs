//! The result of a validation: a [`Report`] of [`Issue`]s, each at a [`Path`] with a stable [`Code`].

use serde::{Serialize, Serializer};
use std::fmt;

/// How bad an issue is. A report with any `Error` is not `ok`; warnings never block a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One step of a [`Path`]: an object key or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// Where a value sits in the request body. Renders as the body spells it:
/// `vpn_connection.peer_subnets[3]`; the root is `""`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Path(Vec<Segment>);

impl Path {
    /// The body itself.
    pub fn root() -> Self {
        Self::default()
    }

    /// This path extended by an object key.
    pub fn key(&self, key: &str) -> Self {
        let mut segments = self.0.clone();
        segments.push(Segment::Key(key.to_owned()));
        Self(segments)
    }

    /// This path extended by an array index.
    pub fn index(&self, index: usize) -> Self {
        let mut segments = self.0.clone();
        segments.push(Segment::Index(index));
        Self(segments)
    }

    /// The steps, for consumers that want keys rather than a string (Standard Schema).
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(k) if i == 0 => f.write_str(k)?,
                Segment::Key(k) => write!(f, ".{k}")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

impl Serialize for Path {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The stable issue codes. UIs branch on them and translate them; the README lists them all.
/// A code is never renamed; new rules get new codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    /// The validation options themselves are malformed (an unknown `cloud`, a wrong type).
    OptionsInvalid,
    /// The input could not be read as JSON (a BigInt, a function, a cycle, nesting past the limit).
    InputUnsupported,
    /// A value has the wrong JSON type (a string where a number belongs, a fraction for an integer).
    FieldType,
    /// A mandatory field is missing.
    FieldRequired,
    /// A key the API does not know; the server rejects it with VPN.0013.
    FieldUnknown,
    /// Not a UUID: 36 characters, 8-4-4-4-12 hexadecimal digits.
    IdUuid,
    /// `vgw_ip` is neither a UUID (EIP id) nor an IPv4 address.
    VgwIpFormat,
    /// A resource name outside 1–64 characters of `A–Z a–z 0–9 _ - .`.
    NameFormat,
    /// A value outside the enumeration known for the selected cloud.
    EnumUnknown,
    /// A list with too many or too few entries.
    ListLength,
    /// Not an IPv4 CIDR in strict dotted-decimal form with a prefix of 0–32.
    CidrSyntax,
    /// A CIDR with bits set after its prefix (a warning; the hint gives the network form).
    CidrHostBits,
    /// The same network twice.
    CidrDuplicate,
    /// Two networks that overlap; `related` names the other entry.
    CidrOverlap,
    /// A network that overlaps a block the cloud reserves (100.64.0.0/10, 214.0.0.0/8).
    CidrReserved,
    /// Multicast (class D), class E or loopback addresses (VPN.0204).
    CidrSpecial,
    /// A PSK shorter than 8 or longer than 128 characters.
    PskLength,
    /// A PSK with fewer than 3 of the 4 character classes.
    PskClasses,
    /// A PSK with a character outside the allowed set.
    PskCharset,
    /// A PSK with `*`, which one source allows and two newer ones leave out (a warning).
    PskDisputedChar,
}

impl Code {
    /// Every code, in the order of the README table.
    pub const ALL: [Code; 20] = [
        Code::OptionsInvalid,
        Code::InputUnsupported,
        Code::FieldType,
        Code::FieldRequired,
        Code::FieldUnknown,
        Code::IdUuid,
        Code::VgwIpFormat,
        Code::NameFormat,
        Code::EnumUnknown,
        Code::ListLength,
        Code::CidrSyntax,
        Code::CidrHostBits,
        Code::CidrDuplicate,
        Code::CidrOverlap,
        Code::CidrReserved,
        Code::CidrSpecial,
        Code::PskLength,
        Code::PskClasses,
        Code::PskCharset,
        Code::PskDisputedChar,
    ];

    /// The code as UIs see it, `area.rule`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::OptionsInvalid => "options.invalid",
            Code::InputUnsupported => "input.unsupported",
            Code::FieldType => "field.type",
            Code::FieldRequired => "field.required",
            Code::FieldUnknown => "field.unknown",
            Code::IdUuid => "id.uuid",
            Code::VgwIpFormat => "vgw_ip.format",
            Code::NameFormat => "name.format",
            Code::EnumUnknown => "enum.unknown",
            Code::ListLength => "list.length",
            Code::CidrSyntax => "cidr.syntax",
            Code::CidrHostBits => "cidr.host_bits",
            Code::CidrDuplicate => "cidr.duplicate",
            Code::CidrOverlap => "cidr.overlap",
            Code::CidrReserved => "cidr.reserved",
            Code::CidrSpecial => "cidr.special",
            Code::PskLength => "psk.length",
            Code::PskClasses => "psk.classes",
            Code::PskCharset => "psk.charset",
            Code::PskDisputedChar => "psk.disputed_char",
        }
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One finding. `message` says what is wrong and the limit; it never contains a secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    pub path: Path,
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    /// A proposed fix, such as the network form of a CIDR.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The other side of a pair (which entry a subnet overlaps).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related: Option<Path>,
}

impl Issue {
    /// An error at `path`.
    pub fn error(path: Path, code: Code, message: impl Into<String>) -> Self {
        Self { path, code, severity: Severity::Error, message: message.into(), hint: None, related: None }
    }

    /// A warning at `path`.
    pub fn warning(path: Path, code: Code, message: impl Into<String>) -> Self {
        Self { severity: Severity::Warning, ..Self::error(path, code, message) }
    }

    /// With a proposed fix.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// With the other side of a pair.
    pub fn with_related(mut self, related: Path) -> Self {
        self.related = Some(related);
        self
    }
}

/// Everything a validator found, in body order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    pub issues: Vec<Issue>,
}

impl Report {
    /// `true` when no issue is an error.
    pub fn ok(&self) -> bool {
        !self.issues.iter().any(|i| i.severity == Severity::Error)
    }

    /// Adds an issue.
    pub fn push(&mut self, issue: Issue) {
        self.issues.push(issue);
    }

    /// The errors only.
    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }

    /// Appends another report's issues.
    pub fn extend(&mut self, other: Report) {
        self.issues.extend(other.issues);
    }
}

impl Serialize for Report {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Report", 2)?;
        st.serialize_field("ok", &self.ok())?;
        st.serialize_field("issues", &self.issues)?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_render_as_the_body_spells_them() {
        let p = Path::root().key("vpn_connection").key("peer_subnets").index(3);
        assert_eq!(p.to_string(), "vpn_connection.peer_subnets[3]");
        assert_eq!(Path::root().to_string(), "");
        assert_eq!(Path::root().index(0).key("a").to_string(), "[0].a");
    }

    #[test]
    fn warnings_do_not_make_a_report_fail() {
        let mut r = Report::default();
        r.push(Issue::warning(Path::root(), Code::CidrHostBits, "w"));
        assert!(r.ok());
        r.push(Issue::error(Path::root(), Code::FieldType, "e"));
        assert!(!r.ok());
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["ok"], false);
        assert_eq!(json["issues"][0]["severity"], "warning");
        assert_eq!(json["issues"][1]["code"], "field.type");
        assert!(json["issues"][0].get("hint").is_none());
    }

    #[test]
    fn codes_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for c in Code::ALL {
            assert!(seen.insert(c.as_str()), "{}", c.as_str());
        }
    }
}
