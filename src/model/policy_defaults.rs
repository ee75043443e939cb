//! The policies the service runs when a request leaves a field out (spec §2.3, §2.4): what a
//! connection's IKE and IPsec policies are in effect. The emulator stores them; a peer device's
//! configuration must match them.

use super::vpn_connection::{Dpd, IkePolicy, IpsecPolicy};

/// IKE version: `v2`.
pub const IKE_VERSION: &str = "v2";
/// Phase 1 negotiation mode of IKEv1: `main` (IKEv2 has none).
pub const IKE_V1_MODE: &str = "main";
/// Integrity algorithm of IKE and IPsec: `sha2-256`.
pub const AUTHENTICATION_ALGORITHM: &str = "sha2-256";
/// Encryption algorithm of IKE and IPsec: `aes-128`.
pub const ENCRYPTION_ALGORITHM: &str = "aes-128";
/// IKE DH group, and the IPsec PFS group: `group15`.
pub const DH_GROUP: &str = "group15";
/// IKE authentication: a pre-shared key.
pub const AUTHENTICATION_METHOD: &str = "pre-share";
/// IKE SA lifetime, in seconds: one day.
pub const IKE_LIFETIME_SECONDS: i64 = 86_400;
/// Identity types of both ends: their IP addresses.
pub const ID_TYPE: &str = "ip";
/// DPD retransmission interval, in seconds.
pub const DPD_TIMEOUT_SECONDS: i64 = 15;
/// DPD idle interval before a probe, in seconds.
pub const DPD_INTERVAL_SECONDS: i64 = 30;
/// DPD message format.
pub const DPD_MSG: &str = "seq-hash-notify";
/// IPsec transform protocol.
pub const TRANSFORM_PROTOCOL: &str = "esp";
/// IPsec SA lifetime, in seconds: one hour.
pub const IPSEC_LIFETIME_SECONDS: i64 = 3_600;
/// IPsec encapsulation mode.
pub const ENCAPSULATION_MODE: &str = "tunnel";

impl IkePolicy {
    /// The policy in effect: each field given kept, each other one the service's default. The
    /// identities default to `local_id` (the gateway's address) and `peer_id` (the customer
    /// gateway's); the phase 1 mode exists for IKEv1 only.
    pub fn with_server_defaults(self, local_id: &str, peer_id: &str) -> IkePolicy {
        let text = |given: Option<String>, default: &str| given.or_else(|| Some(default.to_owned()));
        let version = self.ike_version.unwrap_or_else(|| IKE_VERSION.into());
        let phase1_negotiation_mode = match version.as_str() {
            "v1" => text(self.phase1_negotiation_mode, IKE_V1_MODE),
            _ => None,
        };
        let dpd = self.dpd.unwrap_or_default();
        IkePolicy {
            phase1_negotiation_mode,
            ike_version: Some(version),
            authentication_algorithm: text(self.authentication_algorithm, AUTHENTICATION_ALGORITHM),
            encryption_algorithm: text(self.encryption_algorithm, ENCRYPTION_ALGORITHM),
            dh_group: text(self.dh_group, DH_GROUP),
            authentication_method: text(self.authentication_method, AUTHENTICATION_METHOD),
            lifetime_seconds: self.lifetime_seconds.or(Some(IKE_LIFETIME_SECONDS)),
            local_id_type: text(self.local_id_type, ID_TYPE),
            local_id: text(self.local_id, local_id),
            peer_id_type: text(self.peer_id_type, ID_TYPE),
            peer_id: text(self.peer_id, peer_id),
            dpd: Some(Dpd {
                timeout: dpd.timeout.or(Some(DPD_TIMEOUT_SECONDS)),
                interval: dpd.interval.or(Some(DPD_INTERVAL_SECONDS)),
                msg: text(dpd.msg, DPD_MSG),
                extra: dpd.extra,
            }),
            extra: self.extra,
        }
    }
}

impl IpsecPolicy {
    /// The policy in effect: each field given kept, each other one the service's default.
    pub fn with_server_defaults(self) -> IpsecPolicy {
        let text = |given: Option<String>, default: &str| given.or_else(|| Some(default.to_owned()));
        IpsecPolicy {
            authentication_algorithm: text(self.authentication_algorithm, AUTHENTICATION_ALGORITHM),
            encryption_algorithm: text(self.encryption_algorithm, ENCRYPTION_ALGORITHM),
            pfs: text(self.pfs, DH_GROUP),
            transform_protocol: text(self.transform_protocol, TRANSFORM_PROTOCOL),
            lifetime_seconds: self.lifetime_seconds.or(Some(IPSEC_LIFETIME_SECONDS)),
            encapsulation_mode: text(self.encapsulation_mode, ENCAPSULATION_MODE),
            extra: self.extra,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_given_stays_and_the_rest_is_the_services_default() {
        let given =
            IkePolicy { ike_version: Some("v1".into()), dh_group: Some("group20".into()), ..IkePolicy::default() };
        let ike = given.with_server_defaults("198.51.100.1", "203.0.113.7");
        assert_eq!(ike.ike_version.as_deref(), Some("v1"));
        assert_eq!(ike.phase1_negotiation_mode.as_deref(), Some(IKE_V1_MODE));
        assert_eq!(ike.dh_group.as_deref(), Some("group20"));
        assert_eq!(ike.encryption_algorithm.as_deref(), Some(ENCRYPTION_ALGORITHM));
        assert_eq!((ike.local_id.as_deref(), ike.peer_id.as_deref()), (Some("198.51.100.1"), Some("203.0.113.7")));
        assert_eq!(ike.dpd.and_then(|d| d.interval), Some(DPD_INTERVAL_SECONDS));
        // IKEv2 has no phase 1 mode, even when one was given.
        let v2 = IkePolicy { phase1_negotiation_mode: Some("aggressive".into()), ..IkePolicy::default() };
        assert_eq!(v2.with_server_defaults("a", "b").phase1_negotiation_mode, None);
        let ipsec = IpsecPolicy { pfs: Some("disable".into()), ..IpsecPolicy::default() }.with_server_defaults();
        assert_eq!((ipsec.pfs.as_deref(), ipsec.lifetime_seconds), (Some("disable"), Some(IPSEC_LIFETIME_SECONDS)));
    }
}
