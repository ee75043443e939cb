//! What the server fills in when a connection is created: name, tunnel addresses, and the
//! default IKE and IPsec policies (spec §2.2–2.4).

use super::clock::format_timestamp;
use super::rng::Rng;
use super::store::ProjectStore;
use crate::model::{CreateVpnConnection, Dpd, Extra, IkePolicy, IpsecPolicy, PolicyRule, VpnConnection};
use crate::validate::ipv4;

/// The connection to store for `c`, created at `created_ms`, with `local_id` and `peer_id`
/// defaulting to the gateway's and the customer gateway's addresses.
pub fn build(
    store: &ProjectStore,
    c: CreateVpnConnection,
    rng: &mut Rng,
    created_ms: u64,
    local_id: &str,
    peer_id: &str,
    enterprise_project: String,
) -> VpnConnection {
    let style = c.style.as_deref().unwrap_or("static").to_ascii_uppercase();
    let (local, peer) = match (c.tunnel_local_address, c.tunnel_peer_address) {
        (Some(l), Some(p)) => (l, p),
        _ => free_tunnel_pair(store, &c.vgw_id, rng),
    };
    let now = format_timestamp(created_ms);
    let gateway = store.gateways.get(&c.vgw_id);
    let public = gateway.and_then(|g| g.str("network_type")) != Some("private");
    let ipv6 = gateway.and_then(|g| g.str("ip_version")) == Some("ipv6");
    let policy = style == "POLICY";
    // The IPv6 counterparts of `peer_subnets` and `policy_rules`, on an ipv6 gateway.
    let peer_subnets_v6 = ipv6.then(|| list(&c.extra, "peer_subnets_v6"));
    let policy_rules_v6 = (ipv6 && policy).then(|| numbered(list(&c.extra, "policy_rules_v6")));
    VpnConnection {
        id: rng.uuid(),
        name: Some(c.name.unwrap_or_else(|| format!("vpn-{}", rng.hex4()))),
        status: None,
        vgw_ip: Some(c.vgw_ip.clone()),
        cgw_id: Some(c.cgw_id.clone()),
        peer_subnets: c.peer_subnets,
        tunnel_local_address: Some(local),
        tunnel_peer_address: Some(peer),
        enable_nqa: (style == "STATIC").then_some(c.enable_nqa.unwrap_or(false)),
        enable_hub: (style == "BGP").then_some(c.enable_hub.unwrap_or(false)),
        policy_rules: Some(if policy { numbered(c.policy_rules.unwrap_or_default()) } else { Vec::new() }),
        peer_subnets_v6,
        policy_rules_v6,
        ikepolicy: Some(ike_with_defaults(c.ikepolicy.unwrap_or_default(), local_id, peer_id)),
        ipsecpolicy: Some(ipsec_with_defaults(c.ipsecpolicy.unwrap_or_default())),
        created_at: Some(now.clone()),
        updated_at: Some(now),
        enterprise_project_id: Some(enterprise_project),
        ha_role: Some(c.ha_role.unwrap_or_else(|| "master".into())),
        tags: Some(c.tags.unwrap_or_default()),
        // The deprecated fields OTC still returns: the EIP (of a public gateway), the kind
        // (`POLICY` or `ROUTE`) and the routing (`static` or `bgp`).
        eip_id: public.then(|| c.vgw_ip.clone()),
        kind: Some(if policy { "POLICY" } else { "ROUTE" }.into()),
        route_mode: Some(if style == "BGP" { "bgp" } else { "static" }.into()),
        vgw_id: Some(c.vgw_id),
        style: Some(style),
        ..VpnConnection::default()
    }
}

/// The list at `key` of a request's fields this model does not name; empty when absent.
fn list<T: serde::de::DeserializeOwned>(extra: &Extra, key: &str) -> Vec<T> {
    extra.get(key).and_then(|v| serde_json::from_value(v.clone()).ok()).unwrap_or_default()
}

/// Policy rules with `rule_index` 1, 2, … where the caller left it out, as the server numbers
/// them.
fn numbered(rules: Vec<PolicyRule>) -> Vec<PolicyRule> {
    rules
        .into_iter()
        .zip(1..)
        .map(|(rule, index)| PolicyRule { rule_index: rule.rule_index.or(Some(index)), ..rule })
        .collect()
}

/// A /30 in 169.254.0.0/16, outside 169.254.195.0/24, that no connection on the same gateway
/// uses; returns (gateway host .1, customer host .2) of it.
fn free_tunnel_pair(store: &ProjectStore, vgw_id: &str, rng: &mut Rng) -> (String, String) {
    // 16,384 /30 blocks in 169.254.0.0/16; start at a random one and walk until a free one.
    let start = rng.below(16_384);
    let base = (0..16_384u64)
        .map(|step| 0xA9FE_0000 + (((start + step) % 16_384) as u32) * 4)
        .find(|b| (b >> 8) & 0xFF != 195 && !store.tunnel_block_used(vgw_id, *b))
        .unwrap_or(0xA9FE_0000);
    let host = |n: u32| format!("{}/30", ipv4::format_ipv4(base + n));
    (host(1), host(2))
}

/// The server's IKE defaults (spec §2.3) under what the caller gave.
fn ike_with_defaults(given: IkePolicy, local_id: &str, peer_id: &str) -> IkePolicy {
    let version = given.ike_version.unwrap_or_else(|| "v2".into());
    let phase1 = match version.as_str() {
        "v1" => Some(given.phase1_negotiation_mode.unwrap_or_else(|| "main".into())),
        _ => None,
    };
    let dpd = given.dpd.unwrap_or_default();
    IkePolicy {
        phase1_negotiation_mode: phase1,
        ike_version: Some(version),
        authentication_algorithm: given.authentication_algorithm.or_else(|| Some("sha2-256".into())),
        encryption_algorithm: given.encryption_algorithm.or_else(|| Some("aes-128".into())),
        dh_group: given.dh_group.or_else(|| Some("group15".into())),
        authentication_method: given.authentication_method.or_else(|| Some("pre-share".into())),
        lifetime_seconds: given.lifetime_seconds.or(Some(86_400)),
        local_id_type: given.local_id_type.or_else(|| Some("ip".into())),
        local_id: given.local_id.or_else(|| Some(local_id.to_owned())),
        peer_id_type: given.peer_id_type.or_else(|| Some("ip".into())),
        peer_id: given.peer_id.or_else(|| Some(peer_id.to_owned())),
        dpd: Some(Dpd {
            timeout: dpd.timeout.or(Some(15)),
            interval: dpd.interval.or(Some(30)),
            msg: dpd.msg.or_else(|| Some("seq-hash-notify".into())),
            extra: dpd.extra,
        }),
        extra: given.extra,
    }
}

/// The server's IPsec defaults (spec §2.4) under what the caller gave.
fn ipsec_with_defaults(given: IpsecPolicy) -> IpsecPolicy {
    IpsecPolicy {
        authentication_algorithm: given.authentication_algorithm.or_else(|| Some("sha2-256".into())),
        encryption_algorithm: given.encryption_algorithm.or_else(|| Some("aes-128".into())),
        pfs: given.pfs.or_else(|| Some("group15".into())),
        transform_protocol: given.transform_protocol.or_else(|| Some("esp".into())),
        lifetime_seconds: given.lifetime_seconds.or(Some(3600)),
        encapsulation_mode: given.encapsulation_mode.or_else(|| Some("tunnel".into())),
        extra: given.extra,
    }
}
