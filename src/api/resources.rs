//! The API's resources, each described once: the names its paths, answers, pages and waiters use,
//! and the statuses it documents. Answers ([`super::catalog`]), pagers and waiters read them here.

/// One kind of resource.
#[derive(Debug, PartialEq, Eq)]
pub struct Resource {
    /// The kind as the tag API's paths and `waitForDeletion` name it: `vpn-connection`.
    pub kind: &'static str,
    /// The member an answer about one resource carries it in: `vpn_connection`. With `_` as a
    /// space, it also names the kind in messages ("vpn connection 5247…").
    pub envelope: &'static str,
    /// The member a list answer carries the items in: `vpn_connections`.
    pub list: &'static str,
    /// The largest `limit` of a list page, which is also the API's default (spec §3.4); `None`
    /// when the list is not paginated.
    pub page_limit: Option<u64>,
    /// Every `status` the API documents (spec §2.9, §3.1, §3.3); empty when it has none.
    pub statuses: &'static [&'static str],
    /// The statuses a wait ends at by default: settled.
    pub settled: &'static [&'static str],
    /// The statuses a wait fails at by default.
    pub failed: &'static [&'static str],
}

impl Resource {
    /// The kind in words, for messages: "vpn connection".
    pub fn words(&self) -> String {
        self.envelope.replace('_', " ")
    }

    /// The resource whose [`Resource::kind`] is `kind`.
    pub fn by_kind(kind: &str) -> Option<&'static Resource> {
        ALL.into_iter().find(|r| r.kind == kind)
    }
}

/// A VPN gateway (spec §1.1, statuses §2.9).
pub const VPN_GATEWAY: &Resource = &Resource {
    kind: "vpn-gateway",
    envelope: "vpn_gateway",
    list: "vpn_gateways",
    page_limit: None,
    statuses: &["ACTIVE", "PENDING_CREATE", "PENDING_UPDATE", "PENDING_DELETE", "FAULT", "FREEZED"],
    settled: &["ACTIVE"],
    failed: &["FAULT", "FREEZED"],
};

/// A customer gateway (spec §1.2): it has no status.
pub const CUSTOMER_GATEWAY: &Resource = &Resource {
    kind: "customer-gateway",
    envelope: "customer_gateway",
    list: "customer_gateways",
    page_limit: Some(200),
    statuses: &[],
    settled: &[],
    failed: &[],
};

/// A VPN connection (spec §1.3, statuses §3.1; `FREEZED` as published). A new connection shows
/// DOWN until IKE negotiates, so DOWN counts as settled.
pub const VPN_CONNECTION: &Resource = &Resource {
    kind: "vpn-connection",
    envelope: "vpn_connection",
    list: "vpn_connections",
    page_limit: Some(2000),
    statuses: &["ACTIVE", "DOWN", "ERROR", "PENDING_CREATE", "PENDING_UPDATE", "PENDING_DELETE", "FREEZED", "UNKNOWN"],
    settled: &["ACTIVE", "DOWN"],
    failed: &["ERROR", "FREEZED"],
};

/// A connection monitor (spec §1.4, statuses §3.3).
pub const CONNECTION_MONITOR: &Resource = &Resource {
    kind: "connection-monitor",
    envelope: "connection_monitor",
    list: "connection_monitors",
    page_limit: None,
    statuses: &["ACTIVE", "PENDING_CREATE", "PENDING_DELETE"],
    settled: &["ACTIVE"],
    failed: &[],
};

/// Every resource.
pub const ALL: [&Resource; 4] = [VPN_GATEWAY, CUSTOMER_GATEWAY, VPN_CONNECTION, CONNECTION_MONITOR];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_of_a_wait_are_documented_statuses() {
        for r in ALL {
            for s in r.settled.iter().chain(r.failed) {
                assert!(r.statuses.contains(s), "{} {s}", r.kind);
            }
            assert!(r.settled.iter().all(|s| !r.failed.contains(s)), "{}", r.kind);
            assert_eq!(Resource::by_kind(r.kind), Some(r));
            assert_eq!(format!("{}s", r.envelope), r.list);
        }
        assert_eq!(Resource::by_kind("vpn-connections"), None);
        assert_eq!(VPN_CONNECTION.words(), "vpn connection");
    }
}
