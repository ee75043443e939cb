//! Plain HTTP messages: what the client hands to a transport and what it gets back.

use std::fmt;

/// An HTTP method the API uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

impl Method {
    /// The method as sent on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }

    /// Parses a method name, case-insensitively.
    pub fn parse(name: &str) -> Option<Self> {
        match name.to_ascii_uppercase().as_str() {
            "GET" => Some(Method::Get),
            "POST" => Some(Method::Post),
            "PUT" => Some(Method::Put),
            "DELETE" => Some(Method::Delete),
            _ => None,
        }
    }
}

/// The response headers the client reads (`Retry-After` for retries, `X-Request-Id` for errors,
/// `Location` to name where a redirect pointed); a transport may hand over only these.
pub const RESPONSE_HEADERS_READ: [&str; 3] = ["retry-after", "x-request-id", "location"];

/// Header names whose values are credentials: never printed.
pub const SECRET_HEADERS: [&str; 3] = ["x-auth-token", "authorization", "x-security-token"];

/// A request ready to send. `Debug` redacts credential headers.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpRequest {
    pub method: Method,
    /// Absolute URL: `https://host[:port]/v5/...`.
    pub url: String,
    /// Header names as sent; lookups ignore case.
    pub headers: Vec<(String, String)>,
    /// Body bytes (JSON for this API); empty when there is none.
    pub body: Vec<u8>,
}

/// A response as received.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

fn find<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

impl HttpRequest {
    /// The first value of a header, ignoring the case of its name.
    pub fn header(&self, name: &str) -> Option<&str> {
        find(&self.headers, name)
    }

    /// The path and query of the URL (`/v5/p/vpn-connection?limit=1`), or `/` when it has none.
    pub fn path_and_query(&self) -> &str {
        let rest = self.url.split_once("://").map_or(self.url.as_str(), |(_, r)| r);
        match rest.find('/') {
            Some(i) => rest.get(i..).unwrap_or("/"),
            None if self.url.starts_with('/') => &self.url,
            None => "/",
        }
    }
}

impl fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(k, v)| {
                let secret = SECRET_HEADERS.iter().any(|s| k.eq_ignore_ascii_case(s));
                (k.as_str(), if secret { crate::model::REDACTED } else { v.as_str() })
            })
            .collect();
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &headers)
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .finish()
    }
}

impl HttpResponse {
    /// The first value of a header, ignoring the case of its name.
    pub fn header(&self, name: &str) -> Option<&str> {
        find(&self.headers, name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_credentials_and_body() {
        let r = HttpRequest {
            method: Method::Post,
            url: "https://h/v5/p/vpn-connection".into(),
            headers: vec![("X-Auth-Token".into(), "tok-canary".into())],
            body: b"{\"psk\":\"Abcd1234!x\"}".to_vec(),
        };
        let shown = format!("{r:?}");
        assert!(!shown.contains("tok-canary"), "{shown}");
        assert!(!shown.contains("Abcd1234"), "{shown}");
        assert_eq!(r.header("x-auth-token"), Some("tok-canary"));
    }

    #[test]
    fn path_and_query() {
        let mut r =
            HttpRequest { method: Method::Get, url: "http://h:1/v5/p?x=1".into(), headers: vec![], body: vec![] };
        assert_eq!(r.path_and_query(), "/v5/p?x=1");
        r.url = "http://h".into();
        assert_eq!(r.path_and_query(), "/");
        r.url = "/v5/p".into();
        assert_eq!(r.path_and_query(), "/v5/p");
    }
}
