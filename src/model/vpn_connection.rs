//! VPN connection bodies: the create request (spec §2.2–2.4) and the connection as the server
//! returns it (spec §3.1).
//!
//! Enumerated values stay strings here: which values are known depends on the cloud (spec §6) and
//! is checked by `validate`, so a value a newer server accepts can still pass through.

use super::{Extra, Secret};
use serde::{Deserialize, Serialize};

/// `POST /v5/{project_id}/vpn-connection` body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateVpnConnectionRequest {
    pub vpn_connection: CreateVpnConnection,
}

/// The connection to create. Constraints are those of spec §2.2; `validate` enforces them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateVpnConnection {
    /// 1–64 characters of `A–Z a–z 0–9 _ - .`; the server generates `vpn-` + 4 hex when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The VPN gateway: a UUID (8-4-4-4-12 hex).
    pub vgw_id: String,
    /// The gateway's EIP id (UUID, public gateway) or private IPv4 address (private gateway).
    pub vgw_ip: String,
    /// `static` (default), `policy` or `bgp`; lowercase in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<String>,
    /// The customer gateway: a UUID.
    pub cgw_id: String,
    /// Customer subnets, IPv4 CIDRs, at most 50.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peer_subnets: Option<Vec<String>>,
    /// Gateway-side tunnel address, `169.254.x.y/30`; assigned by the server when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tunnel_local_address: Option<String>,
    /// Customer-side tunnel address, the other host of the same /30.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tunnel_peer_address: Option<String>,
    /// Link detection; only with `style` = `static`. Default `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_nqa: Option<bool>,
    /// Branch interconnection; only with `style` = `bgp`. Default `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_hub: Option<bool>,
    /// Pre-shared key: 8–128 characters, at least 3 of upper, lower, digit, special.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub psk: Option<Secret>,
    /// At most 5 rules; required with `style` = `policy`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_rules: Option<Vec<PolicyRule>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ikepolicy: Option<IkePolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipsecpolicy: Option<IpsecPolicy>,
    /// `master` (default) or `slave`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ha_role: Option<String>,
    /// At most 20 tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<ResourceTag>>,
    /// Keys this version does not model; sent as given (the validator flags them, VPN.0013).
    #[serde(flatten)]
    pub extra: Extra,
}

/// A policy rule: traffic from `source` to each `destination` goes through the tunnel.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PolicyRule {
    /// Deprecated; 0–50 in responses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_index: Option<i64>,
    /// IPv4 CIDR, unique across the rules of one connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// IPv4 CIDRs, at most 50.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<Vec<String>>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// IKE (phase 1) policy, spec §2.3. Defaults are the server's, filled in by it when absent.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IkePolicy {
    /// `v1` or `v2` (default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ike_version: Option<String>,
    /// `main` (default) or `aggressive`; only with `v1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase1_negotiation_mode: Option<String>,
    /// Default `sha2-256`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_algorithm: Option<String>,
    /// Default `aes-128`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_algorithm: Option<String>,
    /// Default `group15`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dh_group: Option<String>,
    /// `pre-share` (default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_method: Option<String>,
    /// Seconds, 60–604800, default 86400.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime_seconds: Option<i64>,
    /// `ip` (default) or `fqdn`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_id_type: Option<String>,
    /// IPv4 when `local_id_type` is `ip`; defaults to the gateway's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_id: Option<String>,
    /// `ip` (default) or `fqdn`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peer_id_type: Option<String>,
    /// IPv4 when `peer_id_type` is `ip`; defaults to the customer gateway's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peer_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpd: Option<Dpd>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// Dead peer detection.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Dpd {
    /// Retransmission interval in seconds, 2–60, default 15.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
    /// Idle time in seconds, 10–3600, default 30.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// `seq-hash-notify` (default) or `seq-notify-hash`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// IPsec (phase 2) policy, spec §2.4.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IpsecPolicy {
    /// Default `sha2-256`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_algorithm: Option<String>,
    /// Default `aes-128`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_algorithm: Option<String>,
    /// Default `group15`; `disable` turns PFS off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pfs: Option<String>,
    /// `esp` (default, the only value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transform_protocol: Option<String>,
    /// Seconds, 30–604800, default 3600.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime_seconds: Option<i64>,
    /// `tunnel` (default, the only value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encapsulation_mode: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A resource tag: key 1–128 characters, value 0–255.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ResourceTag {
    pub key: String,
    #[serde(default)]
    pub value: String,
}

/// `{"vpn_connection": …, "request_id": …}`: the create, show and update responses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VpnConnectionResponse {
    pub vpn_connection: VpnConnection,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A VPN connection as the server returns it (spec §3.1). Fields other than `id` may be missing.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct VpnConnection {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `ACTIVE`, `DOWN`, `PENDING_CREATE`, `PENDING_UPDATE`, `PENDING_DELETE`, `FREEZED`, `ERROR`,
    /// `UNKNOWN`, or a value this version does not know. Absent from create responses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vgw_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vgw_ip: Option<String>,
    /// Uppercase in responses: `STATIC`, `POLICY`, `BGP`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cgw_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peer_subnets: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tunnel_local_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tunnel_peer_address: Option<String>,
    /// Returned only for `STATIC`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_nqa: Option<bool>,
    /// Returned only for `BGP`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_hub: Option<bool>,
    /// The policy rules of a `POLICY` connection, numbered by `rule_index` from 1; `[]` for the
    /// other styles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_rules: Option<Vec<PolicyRule>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ikepolicy: Option<IkePolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipsecpolicy: Option<IpsecPolicy>,
    /// [HW] Customer subnets, IPv6 CIDRs; only on a gateway with `ip_version` `ipv6`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peer_subnets_v6: Option<Vec<String>>,
    /// [HW] The IPv6 policy rules of a `POLICY` connection on an `ipv6` gateway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_rules_v6: Option<Vec<PolicyRule>>,
    /// UTC `yyyy-MM-ddTHH:mm:ss.SSSZ` (any number of fraction digits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
    /// The monitor that watches the connection, when there is one (not in create responses).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_monitor_id: Option<String>,
    /// `master` or `slave`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ha_role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<ResourceTag>>,
    /// [HW] Show and list, `BGP` connections only: the BGP session with the customer gateway,
    /// `{ peer_ip_address, peer_asn, state, state_duration, num_received_routes,
    /// num_message_received, num_message_sent }`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp_peer: Option<serde_json::Map<String, serde_json::Value>>,
    /// Deprecated; same as `vgw_ip`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eip_id: Option<String>,
    /// Deprecated: `POLICY` or `ROUTE`.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Deprecated: `static` or `bgp`, in either case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_mode: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}
