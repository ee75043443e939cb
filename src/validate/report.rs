//! The result of a validation: a [`Report`] of [`Issue`]s, each at a [`Path`] with a stable [`Code`].

pub use super::codes::Code;
use super::json::write_string;
use std::fmt;

/// How bad an issue is. A report with any `Error` is not `ok`; warnings never block a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// A location being checked, borrowed from its parent: making one costs nothing, and it becomes an
/// owned [`Path`] only when an issue is reported there.
#[derive(Debug, Clone, Copy)]
pub enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl<'a> At<'a> {
    /// This location extended by an object key.
    pub fn key(&'a self, key: &'a str) -> At<'a> {
        At::Key(self, key)
    }

    /// This location extended by an array index.
    pub fn index(&'a self, index: usize) -> At<'a> {
        At::Index(self, index)
    }

    /// The owned path of this location.
    pub fn path(&self) -> Path {
        let mut segments = Vec::new();
        let mut at = self;
        loop {
            match at {
                At::Root => break,
                At::Key(parent, k) => {
                    segments.push(Segment::Key((*k).to_owned()));
                    at = parent;
                }
                At::Index(parent, i) => {
                    segments.push(Segment::Index(*i));
                    at = parent;
                }
            }
        }
        segments.reverse();
        Path(segments)
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

/// One finding. `message` says what is wrong and the limit; it never contains a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub path: Path,
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    /// A proposed fix, such as the network form of a CIDR.
    pub hint: Option<String>,
    /// The other side of a pair (which entry a subnet overlaps).
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

/// Most issues a report holds; further ones are counted, and [`Report::finish`] adds one
/// `issues.truncated` issue that says how many were left out.
pub const MAX_ISSUES: usize = 1000;

/// Everything a validator found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    pub issues: Vec<Issue>,
    /// Issues past [`MAX_ISSUES`] that were counted but not kept: (errors, warnings).
    dropped: (usize, usize),
}

impl Report {
    /// `true` when no issue is an error, kept or dropped.
    pub fn ok(&self) -> bool {
        self.dropped.0 == 0 && !self.issues.iter().any(|i| i.severity == Severity::Error)
    }

    /// Adds an issue, or counts it once the report is full.
    pub fn push(&mut self, issue: Issue) {
        if self.issues.len() < MAX_ISSUES {
            self.issues.push(issue);
        } else if issue.severity == Severity::Error {
            self.dropped.0 += 1;
        } else {
            self.dropped.1 += 1;
        }
    }

    /// Closes the report: says how many issues were left out, if any. Calling it again (after
    /// [`Report::extend`]) replaces the earlier count.
    pub fn finish(mut self) -> Self {
        self.strip_truncation();
        let (errors, warnings) = self.dropped;
        if errors + warnings > 0 {
            let message = format!("{errors} more error(s) and {warnings} more warning(s) were not listed");
            let severity = if errors > 0 { Severity::Error } else { Severity::Warning };
            self.issues.push(Issue { severity, ..Issue::error(Path::root(), Code::IssuesTruncated, message) });
        }
        self
    }

    /// The errors only.
    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }

    fn strip_truncation(&mut self) {
        if self.issues.last().is_some_and(|i| i.code == Code::IssuesTruncated) {
            self.issues.pop();
        }
    }

    /// Appends another report's issues (its truncation count included; call [`Report::finish`]
    /// afterwards).
    pub fn extend(&mut self, mut other: Report) {
        self.strip_truncation();
        other.strip_truncation();
        for issue in other.issues {
            self.push(issue);
        }
        self.dropped.0 += other.dropped.0;
        self.dropped.1 += other.dropped.1;
    }
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl Report {
    /// The report as JSON text, `{"ok":…,"issues":[{path, code, severity, message, hint?,
    /// related?}]}`, the form JS receives. Written by hand, so the validators' wasm carries no
    /// serializer. The report's other JSON form is [`Report::to_standard_issues_json`]; both are
    /// written here and nowhere else.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(32 + self.issues.len() * 160);
        out.push_str(if self.ok() { "{\"ok\":true,\"issues\":" } else { "{\"ok\":false,\"issues\":" });
        self.write_issues_json(&mut out);
        out.push('}');
        out
    }

    /// Appends the issues as a JSON array.
    pub fn write_issues_json(&self, out: &mut String) {
        out.push('[');
        for (i, issue) in self.issues.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            issue.write_json(out);
        }
        out.push(']');
    }
}

impl Report {
    /// The errors as Standard Schema v1 issues (https://standardschema.dev), as JSON text:
    /// `[{"message", "path": [key | index …], "code", "severity": "error"}]`, the path as steps
    /// rather than a string. Warnings are left out, since form libraries treat every issue as
    /// blocking; `None` when the report is `ok` (Standard Schema's success has no issues).
    pub fn to_standard_issues_json(&self) -> Option<String> {
        if self.ok() {
            return None;
        }
        let mut out = String::with_capacity(2 + self.issues.len() * 160);
        out.push('[');
        for (i, issue) in self.errors().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"message\":");
            write_string(&mut out, &issue.message);
            out.push_str(",\"path\":[");
            for (j, segment) in issue.path.segments().iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                match segment {
                    Segment::Key(key) => write_string(&mut out, key),
                    Segment::Index(index) => out.push_str(&index.to_string()),
                }
            }
            out.push_str("],\"code\":");
            write_string(&mut out, issue.code.as_str());
            out.push_str(",\"severity\":\"error\"}");
        }
        out.push(']');
        Some(out)
    }
}

impl Issue {
    /// Appends the issue as a JSON object (see [`Report::to_json`]).
    pub fn write_json(&self, out: &mut String) {
        let field = |out: &mut String, name: &str, value: &str| {
            out.push('"');
            out.push_str(name);
            out.push_str("\":");
            write_string(out, value);
        };
        out.push('{');
        field(out, "path", &self.path.to_string());
        out.push(',');
        field(out, "code", self.code.as_str());
        out.push(',');
        field(out, "severity", self.severity.as_str());
        out.push(',');
        field(out, "message", &self.message);
        if let Some(hint) = &self.hint {
            out.push(',');
            field(out, "hint", hint);
        }
        if let Some(related) = &self.related {
            out.push(',');
            field(out, "related", &related.to_string());
        }
        out.push('}');
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
        let json: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
        assert_eq!(json["ok"], false);
        assert_eq!(json["issues"][0]["severity"], "warning");
        assert_eq!(json["issues"][1]["code"], "field.type");
        assert!(json["issues"][0].get("hint").is_none());
    }

    #[test]
    fn a_full_report_counts_the_rest_and_stays_failed() {
        let mut r = Report::default();
        for _ in 0..MAX_ISSUES {
            r.push(Issue::warning(Path::root(), Code::CidrHostBits, "w"));
        }
        r.push(Issue::error(Path::root(), Code::FieldType, "e"));
        assert!(!r.ok());
        let r = r.finish();
        assert_eq!(r.issues.len(), MAX_ISSUES + 1);
        let last = r.issues.last().unwrap();
        assert_eq!((last.code, last.severity), (Code::IssuesTruncated, Severity::Error));
    }

    #[test]
    fn locations_become_paths_only_when_asked() {
        let root = At::Root;
        let conn = root.key("vpn_connection");
        let list = conn.key("peer_subnets");
        assert_eq!(list.index(3).path().to_string(), "vpn_connection.peer_subnets[3]");
    }

    #[test]
    fn standard_issues_are_the_errors_with_their_paths_as_steps() {
        let mut r = Report::default();
        assert_eq!(r.to_standard_issues_json(), None);
        r.push(Issue::warning(Path::root().key("w"), Code::CidrHostBits, "only a warning"));
        assert_eq!(r.to_standard_issues_json(), None, "warnings alone pass");
        let at = Path::root().key("vpn_connection").key("peer_subnets").index(3);
        r.push(Issue::error(at, Code::CidrOverlap, "a \"quoted\" overlap").with_hint("h"));
        r.push(Issue::error(Path::root(), Code::FieldType, "expected an object"));
        let text = r.to_standard_issues_json().unwrap();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            json,
            serde_json::json!([
                {"message": "a \"quoted\" overlap", "path": ["vpn_connection", "peer_subnets", 3], "code": "cidr.overlap", "severity": "error"},
                {"message": "expected an object", "path": [], "code": "field.type", "severity": "error"},
            ])
        );
    }

    #[test]
    fn standard_issues_of_a_truncated_report_end_with_the_count() {
        let mut r = Report::default();
        for i in 0..=MAX_ISSUES {
            r.push(Issue::error(Path::root().index(i), Code::FieldType, "e"));
        }
        let json: serde_json::Value = serde_json::from_str(&r.finish().to_standard_issues_json().unwrap()).unwrap();
        let issues = json.as_array().unwrap();
        assert_eq!(issues.len(), MAX_ISSUES + 1);
        assert_eq!(issues[MAX_ISSUES]["code"], "issues.truncated");
        assert_eq!(issues[MAX_ISSUES]["path"], serde_json::json!([]));
    }

    #[test]
    fn codes_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for c in Code::ALL {
            assert!(seen.insert(c.as_str()), "{}", c.as_str());
        }
    }
}
