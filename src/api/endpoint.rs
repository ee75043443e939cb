//! The service endpoint: `https://host[:port]`, checked once when a client is made.

use super::error::Error;
use crate::validate::json::quote;

/// A checked base URL without a trailing slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    base: String,
}

/// Whether plain `http://` may be used for a host that is not loopback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Insecure {
    /// Only `https`, or `http` to a loopback host (the default).
    #[default]
    LoopbackOnly,
    /// `http` to any host: the caller accepts that credentials cross the network in clear text.
    Allowed,
}

impl Endpoint {
    /// Checks `url`: `https://` or `http://`, a host, an optional port 1–65535, no path beyond `/`,
    /// no query, fragment or user info. Plain `http` needs a loopback host (`localhost`,
    /// `*.localhost`, `127.0.0.0/8`, `[::1]`) unless `insecure` is [`Insecure::Allowed`].
    pub fn parse(url: &str, insecure: Insecure) -> Result<Self, Error> {
        let bad = |why: &str| Error::Config(format!("endpoint {url:?} is not usable: {why}"));
        let (scheme, rest) = url.split_once("://").ok_or_else(|| bad("expected https://host"))?;
        let secure = match scheme.to_ascii_lowercase().as_str() {
            "https" => true,
            "http" => false,
            _ => return Err(bad("the scheme must be https (or http for loopback)")),
        };
        let authority = rest.strip_suffix('/').unwrap_or(rest);
        if authority.is_empty() {
            return Err(bad("the host is missing"));
        }
        if authority.contains(['/', '?', '#', '@', ' ']) {
            return Err(bad("give only scheme, host and port, as in https://vpn.eu-de.otc.t-systems.com"));
        }
        let host = split_host(authority).ok_or_else(|| bad("the port must be 1–65535"))?;
        if host.is_empty() {
            return Err(bad("the host is missing"));
        }
        if !secure && insecure == Insecure::LoopbackOnly && !is_loopback(host) {
            return Err(bad("plain http is allowed only to a loopback host; use https, or set allowInsecureHttp"));
        }
        Ok(Self { base: format!("{}://{}", scheme.to_ascii_lowercase(), authority) })
    }

    /// The base URL, without a trailing slash.
    pub fn as_str(&self) -> &str {
        &self.base
    }
}

/// The host part of `host[:port]` or `[v6]:port`; `None` when the port is not 1–65535.
fn split_host(authority: &str) -> Option<&str> {
    let (host, port) = if let Some(rest) = authority.strip_prefix('[') {
        let (h, after) = rest.split_once(']')?;
        (h, after.strip_prefix(':'))
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        }
    };
    match port {
        Some(p) if !p.bytes().all(|b| b.is_ascii_digit()) || !matches!(p.parse::<u16>(), Ok(1..)) => None,
        _ => Some(host),
    }
}

fn is_loopback(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    host == "localhost"
        || host.ends_with(".localhost")
        || host == "::1"
        || crate::validate::ipv4::parse_ipv4(&host).is_ok_and(|a| a >> 24 == 127)
}

/// Regions of Open Telekom Cloud served from its Swiss site, whose hosts sit under `sc.` (spec §6:
/// `docs.sc.otc.t-systems.com`; the VPN host follows the same rule, which the spec marks
/// unverified).
const OTC_SWISS_REGIONS: &[&str] = &["eu-ch2"];

/// The service endpoint of a cloud (`"huawei"` or `"otc"`) and region (spec §6): Huawei Cloud
/// `https://vpn.{region}.myhuaweicloud.com`; Open Telekom Cloud
/// `https://vpn.{region}.otc.t-systems.com`, and `https://vpn.{region}.sc.otc.t-systems.com` for
/// the Swiss region `eu-ch2`. A region is 1–64 of `a–z 0–9 -`; other regions are not refused,
/// since clouds add them.
pub fn endpoint_for(cloud: &str, region: &str) -> Result<String, Error> {
    let ok = !region.is_empty()
        && region.len() <= 64
        && region.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !ok {
        return Err(Error::Config(format!(
            "region must be lowercase letters, digits and -, as in eu-de; got {}",
            quote(region)
        )));
    }
    match cloud {
        "huawei" => Ok(format!("https://vpn.{region}.myhuaweicloud.com")),
        "otc" if OTC_SWISS_REGIONS.contains(&region) => Ok(format!("https://vpn.{region}.sc.otc.t-systems.com")),
        "otc" => Ok(format!("https://vpn.{region}.otc.t-systems.com")),
        other => Err(Error::Config(format!("cloud must be \"huawei\" or \"otc\", got {}", quote(other)))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_of_each_cloud_and_region() {
        let of = |cloud, region| endpoint_for(cloud, region).ok();
        assert_eq!(of("otc", "eu-de").as_deref(), Some("https://vpn.eu-de.otc.t-systems.com"));
        assert_eq!(of("otc", "eu-nl").as_deref(), Some("https://vpn.eu-nl.otc.t-systems.com"));
        assert_eq!(of("otc", "eu-ch2").as_deref(), Some("https://vpn.eu-ch2.sc.otc.t-systems.com"));
        assert_eq!(of("huawei", "eu-west-101").as_deref(), Some("https://vpn.eu-west-101.myhuaweicloud.com"));
        assert_eq!(of("huawei", "cn-north-4").as_deref(), Some("https://vpn.cn-north-4.myhuaweicloud.com"));
        for (cloud, region) in
            [("aws", "eu-de"), ("otc", ""), ("otc", "EU-DE"), ("otc", "eu-de.evil.com/"), ("OTC", "eu-de")]
        {
            assert!(matches!(endpoint_for(cloud, region), Err(Error::Config(_))), "{cloud} {region}");
        }
        // Every endpoint made here is one the client accepts.
        for region in ["eu-de", "eu-ch2", "ap-southeast-1"] {
            for cloud in ["otc", "huawei"] {
                let url = endpoint_for(cloud, region).unwrap_or_default();
                assert!(Endpoint::parse(&url, Insecure::LoopbackOnly).is_ok(), "{url}");
            }
        }
    }

    #[test]
    fn accepts_https_and_loopback_http() {
        for ok in [
            "https://vpn.eu-de.otc.t-systems.com",
            "https://vpn.eu-de.otc.t-systems.com/",
            "http://127.0.0.1:8787",
            "http://localhost:1",
            "http://emulator.localhost",
            "http://[::1]:8787",
        ] {
            assert!(Endpoint::parse(ok, Insecure::LoopbackOnly).is_ok(), "{ok}");
        }
        assert_eq!(
            Endpoint::parse("https://h.example/", Insecure::LoopbackOnly).map(|e| e.as_str().to_owned()),
            Ok("https://h.example".to_owned())
        );
    }

    #[test]
    fn refuses_the_rest() {
        for bad in [
            "http://vpn.example.com",
            "ftp://h",
            "vpn.example.com",
            "https://",
            "https://h/v5",
            "https://u:p@h",
            "https://h:0",
            "https://h:70000",
            "https://h:x",
        ] {
            assert!(matches!(Endpoint::parse(bad, Insecure::LoopbackOnly), Err(Error::Config(_))), "{bad}");
        }
        assert!(Endpoint::parse("http://vpn.example.com", Insecure::Allowed).is_ok());
    }
}
