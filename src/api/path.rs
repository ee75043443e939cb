//! The request target in its one canonical form: `/v5/{project_id}/{segment}/…[?query]`.
//!
//! Every path of the API is made of literal names, hex project ids and UUIDs: characters that are
//! never percent-encoded in a canonical URI (RFC 3986 §6.2.2). So a path is accepted only as
//! written that way: one `/` before each segment, no empty segment (no trailing or doubled slash),
//! no `.` or `..` segment, no `%` escape (an encoded `/`, `.` or letter is another path) and no
//! `\`. Anything else is an API that does not exist (404 `APIGW.0101`), whatever it would
//! resolve to after normalising.

/// A canonical request target, split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target<'a> {
    /// The segment after `/v5/`.
    pub project: &'a str,
    /// The segments below `/v5/{project_id}/`, in order (empty for `/v5/{project_id}`).
    pub rest: Vec<&'a str>,
    /// What follows the first `?`, not decoded (empty when there is none).
    pub query: &'a str,
}

/// Splits a request's path and query (`/v5/p/vpn-connection?limit=1`; a `#fragment` is not part
/// of the target and is ignored). `None` when the path is not canonical or not below `/v5/`.
pub fn parse(path_and_query: &str) -> Option<Target<'_>> {
    let target = path_and_query.split('#').next().unwrap_or_default();
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut segments = path.strip_prefix('/')?.split('/');
    if segments.clone().any(|s| !canonical_segment(s)) {
        return None;
    }
    let (Some("v5"), Some(project)) = (segments.next(), segments.next()) else { return None };
    Some(Target { project, rest: segments.collect(), query })
}

/// Whether a segment is written as the API writes its segments.
fn canonical_segment(segment: &str) -> bool {
    !segment.is_empty() && segment != "." && segment != ".." && !segment.contains(['%', '\\'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_paths_split() {
        let t = parse("/v5/p/vpn-connection/c1/log?limit=1#x");
        assert_eq!(t, Some(Target { project: "p", rest: vec!["vpn-connection", "c1", "log"], query: "limit=1" }));
        assert_eq!(parse("/v5/p").map(|t| t.rest.len()), Some(0));
        assert_eq!(parse("/v5/p/vpn/quotas?").map(|t| t.query), Some(""));
    }

    #[test]
    fn anything_else_is_refused() {
        for path in [
            "",
            "/",
            "v5/p/vpn-connection",
            "/v5/p/vpn-connection/",
            "/v5/p/vpn-connection/?limit=1",
            "//v5/p/vpn-connection",
            "/v5//p/vpn-connection",
            "/v5/p//vpn-connection",
            "/v5/p/./vpn-connection",
            "/v5/p/x/../vpn-connection",
            "/v5/p/vpn-connection/..",
            "/v5/p/vpn%2Dconnection",
            "/v5/p/vpn-connection%2Fc1",
            "/v5/p/vpn-connection%2fc1",
            "/v5/p/%2e%2e/vpn-connection",
            "/v5/p/vpn-connection\\c1",
            "/v5/",
            "/v5.1/p/vpn-gateways/availability-zones",
        ] {
            assert_eq!(parse(path), None, "{path}");
        }
    }
}
