//! Query strings: `a=1&b=x%20y&a=2` into decoded pairs, and the paging parameters (spec §3.4).

use super::respond;
use super::store::Resource;
use crate::api::HttpResponse;
use serde_json::{json, Value};

/// Decoded `(name, value)` pairs in order; repeated names stay repeated.
pub fn parse(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Percent-decoding (`+` is a space, as browsers send forms); invalid escapes stay as they are.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |j: usize| bytes.get(j).and_then(|c| (*c as char).to_digit(16));
        match (b, hex(i + 1), hex(i + 2)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b'+', ..) => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The first value of `name`.
pub fn first<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// Every value of `name`.
pub fn all<'a>(pairs: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
}

/// `limit` (0–`max`, default `max`; 0 means the default) and `marker` (the `created_at` of the
/// last item already seen). A bad limit, or a marker without a limit (spec §3.4: "must be used
/// together with limit"), is answered with 400 VPN.0001.
pub fn paging<'a>(
    pairs: &'a [(String, String)],
    max: usize,
    request_id: &str,
) -> Result<(usize, Option<&'a str>), HttpResponse> {
    let limit = match first(pairs, "limit") {
        None | Some("") => max,
        Some(v) => match v.parse::<usize>() {
            Ok(0) => max,
            Ok(n) if n <= max => n,
            _ => {
                let message = format!("invalid request: limit must be an integer 0–{max}, got {v:?}");
                return Err(respond::error(400, "VPN.0001", &message, request_id));
            }
        },
    };
    let marker = first(pairs, "marker").filter(|m| !m.is_empty());
    if marker.is_some() && first(pairs, "limit").is_none_or(str::is_empty) {
        let message = "invalid request: marker must be used together with limit";
        return Err(respond::error(400, "VPN.0001", message, request_id));
    }
    Ok((limit, marker))
}

/// One page after `marker` (a `created_at`) and its `page_info` (spec §3.4).
pub fn page<'a>(all: &[&'a Resource], limit: usize, marker: Option<&str>) -> (Vec<&'a Resource>, Value) {
    let page: Vec<&Resource> = all
        .iter()
        .filter(|r| marker.is_none_or(|m| r.str("created_at").is_some_and(|c| c > m)))
        .take(limit)
        .copied()
        .collect();
    let next = page.last().and_then(|r| r.str("created_at")).or(marker).unwrap_or("");
    (page.clone(), json!({ "next_marker": next, "current_count": page.len() }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_keeps_repeats() {
        let q = parse("a=1&b=x%20y&a=2&c&d=%zz+");
        assert_eq!(all(&q, "a"), ["1", "2"]);
        assert_eq!(first(&q, "b"), Some("x y"));
        assert_eq!(first(&q, "c"), Some(""));
        assert_eq!(first(&q, "d"), Some("%zz "));
    }
}
