//! What the server fills in when a connection is created: name, tunnel addresses, and the IKE
//! and IPsec policies in effect (spec §2.2–2.4; the defaults are the model's
//! [`crate::model::policy_defaults`]).

use super::clock::format_timestamp;
use super::rng::Rng;
use super::store::ProjectStore;
use crate::model::{CreateVpnConnection, Extra, PolicyRule, VpnConnection};
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
        ikepolicy: Some(c.ikepolicy.unwrap_or_default().with_server_defaults(local_id, peer_id)),
        ipsecpolicy: Some(c.ipsecpolicy.unwrap_or_default().with_server_defaults()),
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
