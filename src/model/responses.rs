//! The other response bodies (spec §3): customer gateways, monitors, lists with `page_info`,
//! quotas, logs, availability zones. Every struct keeps unknown keys in `extra`, so a round trip
//! loses nothing.

use super::{Extra, ResourceTag, VpnConnection};
use serde::{Deserialize, Serialize};

/// Paging of a list (spec §3.4): `next_marker` is the `created_at` of the page's last item; the
/// list ends when `current_count` < the `limit` asked for.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PageInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_count: Option<u64>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `{ vpn_connections, page_info, total_count, request_id }` (list) or
/// `{ vpn_connections, request_id }` (batch create).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VpnConnectionList {
    pub vpn_connections: Vec<VpnConnection>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_info: Option<PageInfo>,
    /// Every match in the project, not the page's count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A customer gateway (spec §3.2). Fields other than `id` may be missing.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CustomerGateway {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `ip` or `fqdn`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_value: Option<String>,
    /// 1–4294967295; only for `ip`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp_asn: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<ResourceTag>>,
    /// Deprecated: `static` or `bgp`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_mode: Option<String>,
    /// Deprecated: the IPv4 address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `{ customer_gateway, request_id }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomerGatewayResponse {
    pub customer_gateway: CustomerGateway,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `{ customer_gateways, total_count, page_info, request_id }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomerGatewayList {
    pub customer_gateways: Vec<CustomerGateway>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_info: Option<PageInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A connection monitor (spec §3.3).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ConnectionMonitor {
    pub id: String,
    /// `ACTIVE`, `PENDING_CREATE`, `PENDING_DELETE`; absent from the create response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_connection_id: Option<String>,
    /// `gateway`.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_ip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_ip: Option<String>,
    /// `icmp`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proto_type: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `{ connection_monitor, request_id }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConnectionMonitorResponse {
    pub connection_monitor: ConnectionMonitor,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `{ connection_monitors, request_id }` (no paging).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConnectionMonitorList {
    pub connection_monitors: Vec<ConnectionMonitor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// One quota line: `type` ∈ `customer_gateway`, `vpn_connection`, `vpn_gateway` (Huawei adds more).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Quota {
    #[serde(rename = "type")]
    pub kind: String,
    pub quota: i64,
    pub used: i64,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `{ quotas: { resources: [...] }, request_id }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuotasResponse {
    pub quotas: Quotas,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// The `quotas` object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quotas {
    pub resources: Vec<Quota>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// One log line: `time` in epoch seconds.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LogEntry {
    pub time: i64,
    pub raw_message: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `{ logs, request_id }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VpnConnectionLog {
    pub logs: Vec<LogEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `{ availability_zones: { <flavor>: { vpc: [...], er: [...] } }, request_id }`; the flavor
/// keys' casing is mixed as published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AvailabilityZonesResponse {
    pub availability_zones: std::collections::BTreeMap<String, AvailabilityZones>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// The zones of one flavor, by attachment type.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AvailabilityZones {
    #[serde(default)]
    pub vpc: Vec<String>,
    #[serde(default)]
    pub er: Vec<String>,
    #[serde(flatten)]
    pub extra: Extra,
}
