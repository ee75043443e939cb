//! AK/SK request signing, `SDK-HMAC-SHA256` (spec §5.2), byte for byte what the vendor's
//! `AKSKSigner` produces: it signs `host`, `X-Sdk-Date` and every header it is given.
//! Sans-IO: the caller passes the time.
//!
//! [`sign`] refuses, with an [`Error::Config`] that names the field, input that would forge or
//! break the headers it returns (see [`check_input`]). The emulator's verification uses the
//! pieces below ([`canonical_request`], [`signature`]) and none of these checks, so what it
//! answers to a request is unchanged.

use super::error::Error;
pub use super::sign_input::{check_access_key, check_input, check_security_token};
use crate::model::Secret;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::fmt::Write as _;

/// The algorithm name in `Authorization` and the string to sign.
pub const ALGORITHM: &str = "SDK-HMAC-SHA256";
/// SHA-256 of the empty body.
pub const EMPTY_BODY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// What to sign. [`check_input`] lists what each field may hold.
pub struct SignInput<'a> {
    /// An RFC 9110 token (`GET`, `POST`…); signed uppercase.
    pub method: &'a str,
    /// Absolute URL: `https://host[:port]/path?query`, without control characters.
    pub url: &'a str,
    /// Headers that will be sent; all of them are signed (except `Authorization`). Names are
    /// RFC 9110 tokens; values have no control character other than HTAB.
    pub headers: &'a [(String, String)],
    pub body: &'a [u8],
    /// Visible ASCII without the delimiters of `Authorization` (see [`check_access_key`]).
    pub access_key: &'a str,
    /// Non-empty; any text (it is only the HMAC key).
    pub secret_key: &'a Secret,
    /// `X-Security-Token` of temporary credentials, signed and sent when given; no control
    /// characters.
    pub security_token: Option<&'a Secret>,
    /// `YYYYMMDDTHHMMSSZ` (UTC), 1970-01-01T00:00:00Z through 9999-12-31T23:59:59Z; used unless
    /// the headers carry `X-Sdk-Date` (which follows the same rule).
    pub date: &'a str,
}

/// The pieces of a signature, for tests and for the emulator's verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    /// Every header to send: the given ones plus `host`, `X-Sdk-Date`, `X-Security-Token` and
    /// `Authorization`.
    pub headers: Vec<(String, String)>,
    pub canonical_request: String,
    pub string_to_sign: String,
    pub signature: String,
}

/// Splits an absolute URL into (host with a non-default port, path, query).
pub fn split_url(url: &str) -> Result<(String, &str, &str), Error> {
    let bad = || Error::Config(format!("url must be an absolute http(s) URL to sign; got {url:?}"));
    let (scheme, rest) = url.split_once("://").ok_or_else(bad)?;
    let (authority, path_query) = match rest.find(['/', '?']) {
        Some(i) => (rest.get(..i).unwrap_or(""), rest.get(i..).unwrap_or("")),
        None => (rest, ""),
    };
    if authority.is_empty() {
        return Err(bad());
    }
    let default_port = if scheme.eq_ignore_ascii_case("https") { ":443" } else { ":80" };
    let host = authority.strip_suffix(default_port).unwrap_or(authority).to_owned();
    let path_query = path_query.split('#').next().unwrap_or("");
    let (path, query) = path_query.split_once('?').unwrap_or((path_query, ""));
    Ok((host, if path.is_empty() { "/" } else { path }, query))
}

/// `%XX` (uppercase) for every byte outside `A–Z a–z 0–9 - _ . ~`.
pub fn encode_query_part(s: &str) -> String {
    encode(s, b"-_.~")
}

/// The canonical URI: each path segment encoded as JavaScript's `encodeURIComponent` does (the
/// vendor signer's choice: `! ' ( ) *` stay too), joined by `/`, with a trailing `/`.
pub fn canonical_uri(path: &str) -> String {
    let mut uri = String::with_capacity(path.len() + 1);
    for (i, segment) in path.split('/').enumerate() {
        if i > 0 {
            uri.push('/');
        }
        encode_into(&mut uri, segment, b"-_.~!'()*");
    }
    if !uri.ends_with('/') {
        uri.push('/');
    }
    uri
}

fn encode(s: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(s.len());
    encode_into(&mut out, s, keep);
    out
}

/// Appends `s` to `out`, `%XX` (uppercase) for every byte outside `A–Z a–z 0–9` and `keep`.
fn encode_into(out: &mut String, s: &str, keep: &[u8]) {
    if s.bytes().all(|b| b.is_ascii_alphanumeric() || keep.contains(&b)) {
        out.push_str(s);
        return;
    }
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || keep.contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
}

/// Percent-decoding of a query part (`+` stays `+`: the vendor SDK sends spaces as `%20`).
pub fn decode_query_part(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |j: usize| bytes.get(j).and_then(|c| char::from(*c).to_digit(16));
        match (b, hex(i + 1), hex(i + 2)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The canonical query string: parameters decoded, sorted by name then value, re-encoded.
pub fn canonical_query(query: &str) -> String {
    if query.is_empty() {
        return String::new();
    }
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode_query_part(k), decode_query_part(v))
        })
        .collect();
    pairs.sort();
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode_query_part(k), encode_query_part(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Lowercase hex of SHA-256.
pub fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let digit = |nibble: u8| DIGITS.get(usize::from(nibble)).copied().unwrap_or(b'0');
    let text: Vec<u8> = bytes.iter().flat_map(|b| [digit(b >> 4), digit(b & 0x0f)]).collect();
    String::from_utf8(text).unwrap_or_default()
}

/// Lowercase hex of HMAC-SHA256(`key`, `message`).
pub fn hmac_hex(key: &[u8], message: &[u8]) -> String {
    match Hmac::<Sha256>::new_from_slice(key) {
        Ok(mut mac) => {
            mac.update(message);
            hex(&mac.finalize().into_bytes())
        }
        Err(_) => String::new(), // HMAC takes keys of any length; this branch cannot be reached.
    }
}

/// The canonical request of spec §5.2 for a method, path, query, the headers to sign (already
/// holding `host` and `x-sdk-date`), and the payload hash. Returns it with the signed-header list.
pub fn canonical_request(
    method: &str,
    path: &str,
    query: &str,
    headers: &[(String, String)],
    payload_hash: &str,
) -> (String, String) {
    let mut lowered: Vec<(String, &str)> = headers
        .iter()
        .filter(|(k, _)| !k.eq_ignore_ascii_case("authorization"))
        .map(|(k, v)| (k.to_ascii_lowercase(), v.as_str()))
        .collect();
    lowered.sort_by(|a, b| a.0.cmp(&b.0));
    let signed = lowered.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>().join(";");
    let query = canonical_query(query);
    let size = lowered.iter().map(|(k, v)| k.len() + v.len() + 2).sum::<usize>();
    let mut request =
        String::with_capacity(method.len() + path.len() + query.len() + size + signed.len() + payload_hash.len() + 16);
    request.push_str(&method.to_ascii_uppercase());
    request.push('\n');
    request.push_str(&canonical_uri(path));
    request.push('\n');
    request.push_str(&query);
    request.push('\n');
    for (k, v) in &lowered {
        request.push_str(k);
        request.push(':');
        request.push_str(v);
        request.push('\n');
    }
    request.push('\n');
    request.push_str(&signed);
    request.push('\n');
    request.push_str(payload_hash);
    (request, signed)
}

/// The payload hash: `X-Sdk-Content-Sha256` when present, else SHA-256 of the body.
pub fn payload_hash(headers: &[(String, String)], body: &[u8]) -> String {
    match headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("x-sdk-content-sha256")) {
        Some((_, v)) => v.clone(),
        None if body.is_empty() => EMPTY_BODY_SHA256.to_owned(),
        None => sha256_hex(body),
    }
}

/// The string to sign and its signature for a canonical request.
pub fn signature(date: &str, canonical_request: &str, secret_key: &Secret) -> (String, String) {
    let string_to_sign = format!("{ALGORITHM}\n{date}\n{}", sha256_hex(canonical_request.as_bytes()));
    let signature = hmac_hex(secret_key.expose().as_bytes(), string_to_sign.as_bytes());
    (string_to_sign, signature)
}

fn has(headers: &[(String, String)], name: &str) -> bool {
    headers.iter().any(|(k, _)| k.eq_ignore_ascii_case(name))
}

/// Signs a request; refuses what [`check_input`] refuses.
pub fn sign(input: &SignInput) -> Result<Signed, Error> {
    check_input(input)?;
    let (host, path, query) = split_url(input.url)?;
    let mut headers: Vec<(String, String)> =
        input.headers.iter().filter(|(k, _)| !k.eq_ignore_ascii_case("authorization")).cloned().collect();
    if !has(&headers, "host") {
        headers.push(("host".into(), host));
    }
    let date = match headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("x-sdk-date")) {
        Some((_, d)) => d.clone(),
        None => {
            headers.push(("X-Sdk-Date".into(), input.date.to_owned()));
            input.date.to_owned()
        }
    };
    if let Some(token) = input.security_token {
        if !has(&headers, "x-security-token") {
            headers.push(("X-Security-Token".into(), token.expose().to_owned()));
        }
    }
    let (canonical_request, signed_headers) =
        canonical_request(input.method, path, query, &headers, &payload_hash(&headers, input.body));
    let (string_to_sign, signature) = signature(&date, &canonical_request, input.secret_key);
    let authorization =
        format!("{ALGORITHM} Access={}, SignedHeaders={signed_headers}, Signature={signature}", input.access_key);
    headers.push(("Authorization".into(), authorization));
    Ok(Signed { headers, canonical_request, string_to_sign, signature })
}

/// `Authorization: SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…` split into its parts.
pub fn parse_authorization(value: &str) -> Option<(&str, Vec<&str>, &str)> {
    let rest = value.strip_prefix(ALGORITHM)?.strip_prefix(' ')?;
    let mut access = None;
    let mut signed = None;
    let mut signature = None;
    for part in rest.split(", ") {
        match part.split_once('=') {
            Some(("Access", v)) => access = Some(v),
            Some(("SignedHeaders", v)) => signed = Some(v.split(';').collect()),
            Some(("Signature", v)) => signature = Some(v),
            _ => return None,
        }
    }
    Some((access?, signed?, signature?))
}

/// Compares two signatures in time that does not depend on where they differ.
pub fn same_signature(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_published_worked_example() {
        let text = std::fs::read_to_string(format!(
            "{}/tests/fixtures/spec/aksk_signing.vpc_list.vector.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let s = |k: &str| v[k].as_str().unwrap().to_owned();
        let headers: Vec<(String, String)> = v["headers"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, val)| (k.clone(), val.as_str().unwrap().to_owned()))
            .collect();
        let sk = Secret::new(s("sk"));
        let signed = sign(&SignInput {
            method: &s("method"),
            url: &s("url"),
            headers: &headers,
            body: b"",
            access_key: &s("ak"),
            secret_key: &sk,
            security_token: None,
            date: "19700101T000000Z",
        })
        .unwrap();
        assert_eq!(signed.canonical_request, s("canonical_request"));
        assert_eq!(sha256_hex(signed.canonical_request.as_bytes()), s("hashed_canonical_request"));
        assert_eq!(signed.string_to_sign, s("string_to_sign"));
        assert_eq!(signed.signature, s("signature"));
        let auth = signed.headers.iter().find(|(k, _)| k == "Authorization").map(|(_, v)| v.clone());
        assert_eq!(auth, Some(s("authorization")));
        assert_eq!(
            parse_authorization(&s("authorization")).map(|(a, h, _)| (a.to_owned(), h.len())),
            Some((s("ak"), 3))
        );
    }

    #[test]
    fn urls_hosts_and_encoding() {
        assert_eq!(split_url("https://h.example:443/v5/p?x=1").unwrap(), ("h.example".into(), "/v5/p", "x=1"));
        assert_eq!(split_url("http://127.0.0.1:8787").unwrap(), ("127.0.0.1:8787".into(), "/", ""));
        assert!(split_url("/v5/p").is_err());
        assert_eq!(canonical_query("b=2&a=x y&a=1&c"), "a=1&a=x%20y&b=2&c=");
        assert_eq!(canonical_query("name=%E4%B8%AD"), "name=%E4%B8%AD");
        assert_eq!(canonical_uri("/v5/p/vpn-connection"), "/v5/p/vpn-connection/");
        assert!(same_signature("abc", "abc") && !same_signature("abc", "abd") && !same_signature("ab", "abc"));
    }
}
