//! [`Redactor`]: the one place where the secrets a client holds are scrubbed from what leaves it
//! in an error: the token, the secret key, the security token and any PSK of the request. Text
//! that came from the server is scrubbed too: a server (or a proxy) that echoes the request must
//! not put the PSK or the token into an error's message.

use super::error::Error;
use crate::model::REDACTED;
use crate::validate::json::{parse, write_string, Json};
use std::borrow::Cow;

/// Shortest secret scrubbed, in bytes: a shorter one would blank out ordinary words. No secret
/// the API takes is this short (a PSK has at least 6 characters; tokens and keys are far longer).
pub const MIN_SECRET_LEN: usize = 4;

/// Scrubs a set of secrets from text, each in every form it takes in text the client handles: as
/// it is, and as it is written inside a JSON string once and twice (a body echoed inside an
/// `error_msg`).
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    /// Every form of every secret, longest first, so a longer form is replaced before a shorter
    /// one inside it.
    forms: Vec<String>,
}

impl Redactor {
    /// A redactor of `secrets`; empty ones and ones shorter than [`MIN_SECRET_LEN`] are skipped.
    pub fn new<'a>(secrets: impl IntoIterator<Item = &'a str>) -> Self {
        let mut forms = Vec::new();
        for secret in secrets.into_iter().filter(|s| s.len() >= MIN_SECRET_LEN) {
            let once = escaped(secret);
            let twice = escaped(&once);
            forms.extend([secret.to_owned(), once, twice]);
        }
        forms.sort_unstable_by_key(|form| std::cmp::Reverse(form.len()));
        forms.dedup();
        Self { forms }
    }

    /// The same redactor with the PSKs of `body` (every string member named `psk`, at any depth,
    /// of the JSON body a request carries) added.
    pub fn with_body_secrets(&self, body: &[u8]) -> Self {
        let mut psks = Vec::new();
        if let Some(json) = std::str::from_utf8(body).ok().and_then(|text| parse(text).ok()) {
            collect_psks(&json, &mut psks);
        }
        if psks.is_empty() {
            return self.clone();
        }
        let mut all = Redactor::new(psks.iter().map(String::as_str));
        all.forms.extend(self.forms.iter().cloned());
        all.forms.sort_unstable_by_key(|form| std::cmp::Reverse(form.len()));
        all.forms.dedup();
        all
    }

    /// `text` with every form of every secret replaced by `***`.
    pub fn text<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let mut out = Cow::Borrowed(text);
        for form in &self.forms {
            if out.contains(form.as_str()) {
                out = Cow::Owned(out.replace(form.as_str(), REDACTED));
            }
        }
        out
    }

    /// `bytes` (a response body) with every form of every secret replaced by `***`, before
    /// anything reads or quotes it: a quote cut short cannot then leave part of a secret.
    pub fn bytes(&self, bytes: Vec<u8>) -> Vec<u8> {
        if self.forms.iter().all(|form| find(&bytes, form.as_bytes()).is_none()) {
            return bytes;
        }
        let mut out = bytes;
        for form in &self.forms {
            out = replace(&out, form.as_bytes(), REDACTED.as_bytes());
        }
        out
    }

    /// `error` with every text it holds scrubbed: messages, codes, request ids, issues.
    pub fn error(&self, error: Error) -> Error {
        if self.forms.is_empty() {
            return error;
        }
        let text = |s: String| match self.text(&s) {
            Cow::Borrowed(_) => s,
            Cow::Owned(scrubbed) => scrubbed,
        };
        match error {
            Error::Validation(mut report) => {
                for issue in &mut report.issues {
                    issue.message = text(std::mem::take(&mut issue.message));
                    issue.hint = issue.hint.take().map(text);
                }
                Error::Validation(report)
            }
            Error::Api(mut e) => {
                e.code = text(e.code);
                e.message = text(e.message);
                e.request_id = e.request_id.map(text);
                e.retry_after = e.retry_after.map(text);
                Error::Api(e)
            }
            Error::Config(m) => Error::Config(text(m)),
            Error::Network(m) => Error::Network(text(m)),
            Error::ConnectionRefused(m) => Error::ConnectionRefused(text(m)),
            Error::Wait { status, message, polls } => {
                Error::Wait { status: status.map(text), message: text(message), polls }
            }
            Error::WaitTimeout { message, last_status, polls, timeout_ms } => {
                Error::WaitTimeout { message: text(message), last_status: last_status.map(text), polls, timeout_ms }
            }
            other @ (Error::Timeout(_) | Error::Aborted) => other,
        }
    }
}

/// `text` as it is written inside a JSON string (without the quotes).
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    write_string(&mut out, text);
    out.strip_prefix('"').and_then(|s| s.strip_suffix('"')).map(str::to_owned).unwrap_or(out)
}

fn collect_psks(json: &Json, out: &mut Vec<String>) {
    match json {
        Json::Object(members) => {
            for (key, value) in members.iter() {
                match value {
                    Json::Str(psk) if key == "psk" => out.push(psk.to_string()),
                    other => collect_psks(other, out),
                }
            }
        }
        Json::Array(items) => items.iter().for_each(|item| collect_psks(item, out)),
        _ => {}
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    haystack.windows(needle.len()).position(|window| window == needle)
}

fn replace(haystack: &[u8], needle: &[u8], with: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(haystack.len());
    let mut rest = haystack;
    while let Some(at) = find(rest, needle) {
        out.extend_from_slice(rest.get(..at).unwrap_or_default());
        out.extend_from_slice(with);
        rest = rest.get(at + needle.len()..).unwrap_or_default();
    }
    out.extend_from_slice(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode::api_error;
    use crate::api::HttpResponse;
    use crate::validate::{Code, Issue, Path, Report};

    const TOKEN: &str = "MIIT-token-value-0123456789";
    const PSK: &str = "Ab\"cd\\12!x";

    fn redactor() -> Redactor {
        Redactor::new([TOKEN, "sk-secret-key", "", "abc"])
            .with_body_secrets(format!(r#"{{"vpn_connections":[{{"psk":{}}}]}}"#, quoted(PSK)).as_bytes())
    }

    fn quoted(text: &str) -> String {
        let mut out = String::new();
        write_string(&mut out, text);
        out
    }

    #[test]
    fn every_form_of_every_secret_is_scrubbed() {
        let r = redactor();
        let echoed_body = format!(r#"{{"vpn_connection":{{"psk":{}}}}}"#, quoted(PSK));
        let text = format!(
            "token {TOKEN}, key sk-secret-key, psk {PSK}, echoed {echoed_body}, twice {}",
            quoted(&echoed_body)
        );
        let scrubbed = r.text(&text);
        for leak in [TOKEN, "sk-secret-key", PSK, "Ab\\\"cd", "cd\\\\12"] {
            assert!(!scrubbed.contains(leak), "{leak} in {scrubbed}");
        }
        assert_eq!(scrubbed.matches(REDACTED).count(), 5, "{scrubbed}");
        // Too short to be a secret: ordinary words stay.
        assert_eq!(r.text("abc abc"), "abc abc");
        assert!(matches!(r.text("nothing to hide"), Cow::Borrowed(_)));
    }

    #[test]
    fn an_echoing_server_puts_no_secret_into_an_error() {
        let r = redactor();
        let body = format!(
            r#"{{"error_code":"VPN.0001","error_msg":"bad request {{\"psk\":{}}} with X-Auth-Token {TOKEN}","request_id":"{TOKEN}"}}"#,
            quoted(&quoted(PSK))
        );
        let response = HttpResponse { status: 400, headers: vec![], body: r.bytes(body.into_bytes()) };
        let error = r.error(Error::Api(api_error(&response)));
        let shown = format!("{error:?} {error}");
        assert!(!shown.contains(TOKEN) && !shown.contains("cd\\"), "{shown}");
        assert!(shown.contains("VPN.0001"), "{shown}");
        // A body that is not an error is quoted cut short: scrubbed before it is cut.
        let long = format!("<html>{}{TOKEN}</html>", "x".repeat(190));
        let response = HttpResponse { status: 502, headers: vec![], body: r.bytes(long.into_bytes()) };
        let shown = r.error(Error::Api(api_error(&response))).to_string();
        assert!(!shown.contains(TOKEN.get(..6).unwrap_or_default()), "{shown}");
    }

    #[test]
    fn issues_and_every_other_error_are_scrubbed() {
        let r = redactor();
        let mut report = Report::default();
        report.push(Issue::error(Path::root(), Code::NameFormat, format!("got {TOKEN}")).with_hint(PSK));
        let Error::Validation(report) = r.error(Error::Validation(report)) else { panic!("kind changed") };
        assert_eq!((report.issues[0].message.as_str(), report.issues[0].hint.as_deref()), ("got ***", Some("***")));
        for error in [
            Error::Config(format!("bad {TOKEN}")),
            Error::Network(format!("fetch failed: {TOKEN}")),
            Error::ConnectionRefused(TOKEN.into()),
            Error::Wait { status: Some(TOKEN.into()), message: format!("status {TOKEN}"), polls: 1 },
            Error::WaitTimeout { message: TOKEN.into(), last_status: Some(TOKEN.into()), polls: 1, timeout_ms: 1 },
        ] {
            let shown = format!("{:?}", r.error(error));
            assert!(!shown.contains(TOKEN), "{shown}");
        }
    }
}
