//! Fault injection, deterministic from a seed: a rule picks requests (by method and path, at a
//! rate) and a fault for each: an error status, a dropped connection before or after the change
//! is committed, added latency, or a malformed body.

use super::respond;
use super::rng::Rng;
use crate::api::{HttpResponse, Method};

/// One way to fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultKind {
    /// 429 with `Retry-After` (seconds) and VPN.0429.
    TooManyRequests,
    /// 500 VPN.0002.
    ServerError,
    /// 502 with an HTML gateway page.
    BadGateway,
    /// 503 with an HTML page.
    Unavailable,
    /// 504 VPN.0014.
    GatewayTimeout,
    /// The connection drops before the request is processed: nothing changes.
    DropBefore,
    /// The request is processed (a create is committed), then the connection drops.
    DropAfter,
    /// The answer comes after an added delay.
    Latency,
    /// The (processed) answer's JSON body is cut in half.
    TruncatedJson,
    /// A 200 with an HTML page instead of JSON, without processing.
    HtmlPage,
}

impl FaultKind {
    /// Every kind, in the order of their names.
    pub const ALL: [FaultKind; 10] = [
        FaultKind::TooManyRequests,
        FaultKind::ServerError,
        FaultKind::BadGateway,
        FaultKind::Unavailable,
        FaultKind::GatewayTimeout,
        FaultKind::DropBefore,
        FaultKind::DropAfter,
        FaultKind::Latency,
        FaultKind::TruncatedJson,
        FaultKind::HtmlPage,
    ];

    /// The kind's name in options and flags.
    pub fn name(self) -> &'static str {
        match self {
            FaultKind::TooManyRequests => "429",
            FaultKind::ServerError => "500",
            FaultKind::BadGateway => "502",
            FaultKind::Unavailable => "503",
            FaultKind::GatewayTimeout => "504",
            FaultKind::DropBefore => "drop-before",
            FaultKind::DropAfter => "drop-after",
            FaultKind::Latency => "latency",
            FaultKind::TruncatedJson => "truncated-json",
            FaultKind::HtmlPage => "html",
        }
    }

    /// The kind with `name`.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// Which requests a rule applies to, how often, and which faults it draws from.
#[derive(Debug, Clone, PartialEq)]
pub struct FaultRule {
    /// Only this method; `None` for any.
    pub method: Option<Method>,
    /// A path below `/v5/{project_id}/`, `*` matching one segment (`vpn-connection/*`); a
    /// trailing `**` matches the rest; `None` for any path.
    pub path: Option<String>,
    /// Share of matching requests that fail, 0–1.
    pub rate: f64,
    /// The faults drawn from, uniformly; all kinds when empty.
    pub kinds: Vec<FaultKind>,
    /// `Retry-After` of a 429, in seconds.
    pub retry_after_s: u64,
    /// The added delay of a latency fault, in ms.
    pub latency_ms: u64,
}

impl Default for FaultRule {
    fn default() -> Self {
        Self { method: None, path: None, rate: 0.0, kinds: Vec::new(), retry_after_s: 1, latency_ms: 200 }
    }
}

impl FaultRule {
    fn matches(&self, method: Method, rest: &[&str]) -> bool {
        if self.method.is_some_and(|m| m != method) {
            return false;
        }
        let Some(pattern) = &self.path else { return true };
        let mut parts = pattern.trim_matches('/').split('/');
        let mut segments = rest.iter();
        loop {
            match (parts.next(), segments.next()) {
                (Some("**"), _) => return true,
                (Some(p), Some(s)) if p == "*" || p == *s => {}
                (None, None) => return true,
                _ => return false,
            }
        }
    }
}

/// What the transport should do with an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The response to send; `None` when the connection is to be dropped without one.
    pub response: Option<HttpResponse>,
    /// How long to wait before sending (or dropping), in ms.
    pub delay_ms: u64,
}

/// The faults configured for an emulator, with their own generator so that ids stay the same
/// whatever faults are drawn.
#[derive(Debug, Clone)]
pub struct Faults {
    pub rules: Vec<FaultRule>,
    /// Added to every answer, in ms.
    pub delay_ms: u64,
    rng: Rng,
}

impl Faults {
    pub fn new(rules: Vec<FaultRule>, delay_ms: u64, seed: u64) -> Self {
        Self { rules, delay_ms, rng: Rng::new(seed ^ 0xFA17_FA17_FA17_FA17) }
    }

    /// The fault for a request, if one is drawn: the first matching rule decides.
    pub fn draw(&mut self, method: Method, rest: &[&str]) -> Option<(FaultKind, &FaultRule)> {
        let rule = self.rules.iter().find(|r| r.matches(method, rest))?;
        let roll = (self.rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        if roll >= rule.rate {
            return None;
        }
        let kinds: &[FaultKind] = if rule.kinds.is_empty() { &FaultKind::ALL } else { &rule.kinds };
        let pick = self.rng.below(kinds.len() as u64) as usize;
        kinds.get(pick).map(|k| (*k, rule))
    }
}

const HTML: &str =
    "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";

fn html(status: u16, request_id: &str) -> HttpResponse {
    let page = HTML.replace(
        "502 Bad Gateway",
        &format!(
            "{status} {}",
            if status == 503 {
                "Service Unavailable"
            } else if status == 200 {
                "OK"
            } else {
                "Bad Gateway"
            }
        ),
    );
    HttpResponse {
        status,
        headers: vec![("Content-Type".into(), "text/html".into()), ("X-Request-Id".into(), request_id.into())],
        body: page.into_bytes(),
    }
}

/// The answer of a fault that replaces processing; `None` when the request is to be processed
/// (drop-after, latency and truncated JSON are applied to the processed answer).
pub fn replace(kind: FaultKind, rule: &FaultRule, request_id: &str) -> Option<Answer> {
    let response = match kind {
        FaultKind::TooManyRequests => {
            let mut r = respond::error(429, "VPN.0429", "Too Many Requests", request_id);
            r.headers.push(("Retry-After".into(), rule.retry_after_s.to_string()));
            Some(r)
        }
        FaultKind::ServerError => Some(respond::error(500, "VPN.0002", "server error", request_id)),
        FaultKind::BadGateway => Some(html(502, request_id)),
        FaultKind::Unavailable => Some(html(503, request_id)),
        FaultKind::GatewayTimeout => Some(respond::error(504, "VPN.0014", "system busy", request_id)),
        FaultKind::HtmlPage => Some(html(200, request_id)),
        FaultKind::DropBefore => return Some(Answer { response: None, delay_ms: 0 }),
        FaultKind::DropAfter | FaultKind::Latency | FaultKind::TruncatedJson => return None,
    };
    Some(Answer { response, delay_ms: 0 })
}

/// Applies a fault that acts on the processed answer.
pub fn after(kind: FaultKind, rule: &FaultRule, mut response: HttpResponse) -> Answer {
    match kind {
        FaultKind::DropAfter => Answer { response: None, delay_ms: 0 },
        FaultKind::Latency => Answer { response: Some(response), delay_ms: rule.latency_ms },
        FaultKind::TruncatedJson => {
            let half = response.body.len() / 2;
            response.body.truncate(half);
            Answer { response: Some(response), delay_ms: 0 }
        }
        _ => Answer { response: Some(response), delay_ms: 0 },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_match_by_segment() {
        let rule = |p: &str| FaultRule { path: Some(p.into()), rate: 1.0, ..Default::default() };
        assert!(rule("vpn-connection").matches(Method::Post, &["vpn-connection"]));
        assert!(!rule("vpn-connection").matches(Method::Get, &["vpn-connection", "x"]));
        assert!(rule("vpn-connection/*").matches(Method::Get, &["vpn-connection", "x"]));
        assert!(rule("**").matches(Method::Get, &["vpn", "quotas"]));
        assert!(!FaultRule { method: Some(Method::Post), ..rule("**") }.matches(Method::Get, &[]));
    }

    #[test]
    fn draws_are_reproducible_and_near_the_rate() {
        let rules = vec![FaultRule { rate: 0.1, ..Default::default() }];
        let mut a = Faults::new(rules.clone(), 0, 7);
        let mut b = Faults::new(rules, 0, 7);
        let draws: Vec<_> = (0..10_000).map(|_| a.draw(Method::Get, &[]).map(|(k, _)| k)).collect();
        let again: Vec<_> = (0..10_000).map(|_| b.draw(Method::Get, &[]).map(|(k, _)| k)).collect();
        assert_eq!(draws, again);
        let hits = draws.iter().filter(|d| d.is_some()).count();
        assert!((800..1200).contains(&hits), "{hits}");
        for kind in FaultKind::ALL {
            assert!(draws.contains(&Some(kind)), "{kind:?} never drawn");
            assert_eq!(FaultKind::parse(kind.name()), Some(kind));
        }
    }
}
