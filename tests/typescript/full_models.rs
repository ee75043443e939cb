//! Every serde model with every field set, for their keys. No `..Default::default()`: a field
//! added to a model does not compile here until it is set, and then the declaration tests look
//! for it in the TypeScript declarations.

use cloudvpn::model::*;
use std::collections::BTreeMap;

fn s() -> Option<String> {
    Some("x".to_owned())
}

fn list() -> Option<Vec<String>> {
    Some(vec!["x".to_owned()])
}

pub fn policy_rule() -> PolicyRule {
    PolicyRule { rule_index: Some(1), source: s(), destination: list(), extra: Extra::new() }
}

pub fn ike_policy() -> IkePolicy {
    IkePolicy {
        ike_version: s(),
        phase1_negotiation_mode: s(),
        authentication_algorithm: s(),
        encryption_algorithm: s(),
        dh_group: s(),
        authentication_method: s(),
        lifetime_seconds: Some(1),
        local_id_type: s(),
        local_id: s(),
        peer_id_type: s(),
        peer_id: s(),
        dpd: Some(Dpd { timeout: Some(1), interval: Some(1), msg: s(), extra: Extra::new() }),
        extra: Extra::new(),
    }
}

pub fn ipsec_policy() -> IpsecPolicy {
    IpsecPolicy {
        authentication_algorithm: s(),
        encryption_algorithm: s(),
        pfs: s(),
        transform_protocol: s(),
        lifetime_seconds: Some(1),
        encapsulation_mode: s(),
        extra: Extra::new(),
    }
}

fn tags() -> Option<Vec<ResourceTag>> {
    Some(vec![ResourceTag { key: "k".into(), value: "v".into() }])
}

pub fn create_vpn_connection_request() -> CreateVpnConnectionRequest {
    CreateVpnConnectionRequest {
        vpn_connection: CreateVpnConnection {
            name: s(),
            vgw_id: "x".into(),
            vgw_ip: "x".into(),
            style: s(),
            cgw_id: "x".into(),
            peer_subnets: list(),
            tunnel_local_address: s(),
            tunnel_peer_address: s(),
            enable_nqa: Some(true),
            enable_hub: Some(true),
            psk: Some(Secret::new("x")),
            policy_rules: Some(vec![policy_rule()]),
            ikepolicy: Some(ike_policy()),
            ipsecpolicy: Some(ipsec_policy()),
            ha_role: s(),
            tags: tags(),
            extra: Extra::new(),
        },
    }
}

pub fn vpn_connection() -> VpnConnection {
    VpnConnection {
        id: "x".into(),
        name: s(),
        status: s(),
        vgw_id: s(),
        vgw_ip: s(),
        style: s(),
        cgw_id: s(),
        peer_subnets: list(),
        tunnel_local_address: s(),
        tunnel_peer_address: s(),
        enable_nqa: Some(true),
        enable_hub: Some(true),
        policy_rules: Some(vec![policy_rule()]),
        ikepolicy: Some(ike_policy()),
        ipsecpolicy: Some(ipsec_policy()),
        peer_subnets_v6: list(),
        policy_rules_v6: Some(vec![policy_rule()]),
        created_at: s(),
        updated_at: s(),
        enterprise_project_id: s(),
        connection_monitor_id: s(),
        ha_role: s(),
        tags: tags(),
        bgp_peer: Some(serde_json::Map::new()),
        eip_id: s(),
        kind: s(),
        route_mode: s(),
        extra: Extra::new(),
    }
}

pub fn page_info() -> PageInfo {
    PageInfo { next_marker: s(), current_count: Some(1), extra: Extra::new() }
}

/// Without the paging, as a batch create answers.
pub fn vpn_connection_list() -> VpnConnectionList {
    VpnConnectionList {
        vpn_connections: vec![vpn_connection()],
        page_info: None,
        total_count: None,
        request_id: s(),
        extra: Extra::new(),
    }
}

fn customer_gateway() -> CustomerGateway {
    CustomerGateway {
        id: "x".into(),
        name: s(),
        id_type: s(),
        id_value: s(),
        bgp_asn: Some(1),
        created_at: s(),
        updated_at: s(),
        tags: tags(),
        route_mode: s(),
        ip: s(),
        extra: Extra::new(),
    }
}

pub fn customer_gateway_response() -> CustomerGatewayResponse {
    CustomerGatewayResponse { customer_gateway: customer_gateway(), request_id: s(), extra: Extra::new() }
}

pub fn customer_gateway_list() -> CustomerGatewayList {
    CustomerGatewayList {
        customer_gateways: vec![customer_gateway()],
        total_count: Some(1),
        page_info: Some(page_info()),
        request_id: s(),
        extra: Extra::new(),
    }
}

fn connection_monitor() -> ConnectionMonitor {
    ConnectionMonitor {
        id: "x".into(),
        status: s(),
        vpn_connection_id: s(),
        kind: s(),
        source_ip: s(),
        destination_ip: s(),
        proto_type: s(),
        extra: Extra::new(),
    }
}

pub fn connection_monitor_response() -> ConnectionMonitorResponse {
    ConnectionMonitorResponse { connection_monitor: connection_monitor(), request_id: s(), extra: Extra::new() }
}

pub fn connection_monitor_list() -> ConnectionMonitorList {
    ConnectionMonitorList { connection_monitors: vec![connection_monitor()], request_id: s(), extra: Extra::new() }
}

pub fn quotas_response() -> QuotasResponse {
    let quota = Quota { kind: "x".into(), quota: 1, used: 1, extra: Extra::new() };
    QuotasResponse {
        quotas: Quotas { resources: vec![quota], extra: Extra::new() },
        request_id: s(),
        extra: Extra::new(),
    }
}

pub fn vpn_connection_log() -> VpnConnectionLog {
    let entry = LogEntry { time: 1, raw_message: "x".into(), extra: Extra::new() };
    VpnConnectionLog { logs: vec![entry], request_id: s(), extra: Extra::new() }
}

/// The flavor key is `[key]`, as the declarations name the key of a `Record`.
pub fn availability_zones_response() -> AvailabilityZonesResponse {
    let zones = AvailabilityZones { vpc: vec!["x".into()], er: vec!["x".into()], extra: Extra::new() };
    AvailabilityZonesResponse {
        availability_zones: BTreeMap::from([("[key]".to_owned(), zones)]),
        request_id: s(),
        extra: Extra::new(),
    }
}
