//! VPN connections in the emulator: create (with the server's defaults) and show.

use super::clock::format_timestamp;
use super::respond;
use super::rng::Rng;
use super::Ctx;
use crate::api::HttpResponse;
use crate::model::{
    CreateVpnConnection, CreateVpnConnectionRequest, Dpd, IkePolicy, IpsecPolicy, Secret, VpnConnection,
};
use crate::validate::{self, ipv4, Code, ValidateOptions};
use serde_json::{json, Value};

/// A connection as stored: the public view plus what the server keeps to itself.
struct Stored {
    connection: VpnConnection,
    created_ms: u64,
    /// Kept as the server would; never returned or printed.
    _psk: Option<Secret>,
}

/// The connections of one project, in creation order.
#[derive(Default)]
pub struct Connections {
    items: Vec<Stored>,
}

impl Connections {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// `POST /v5/{project_id}/vpn-connection`.
    pub fn create(&mut self, body: &[u8], rng: &mut Rng, ctx: &Ctx) -> HttpResponse {
        let value: Value = match serde_json::from_slice(body) {
            Ok(v) => v,
            Err(e) => {
                return respond::error(
                    400,
                    "VPN.0001",
                    &format!("invalid request: malformed JSON: {e}"),
                    ctx.request_id,
                )
            }
        };
        let report = validate::validate_create_vpn_connection(&value, &ValidateOptions::default());
        if let Some(issue) = report.errors().next() {
            let (code, message) = match issue.code {
                Code::FieldUnknown => {
                    let key = issue.path.segments().last().map(|s| match s {
                        validate::Segment::Key(k) => k.clone(),
                        validate::Segment::Index(i) => i.to_string(),
                    });
                    ("VPN.0013", format!("Unsupported attribute: {}", key.unwrap_or_default()))
                }
                Code::CidrSpecial => ("VPN.0204", format!("invalid request: {}: {}", issue.path, issue.message)),
                _ => ("VPN.0001", format!("invalid request: {}: {}", issue.path, issue.message)),
            };
            return respond::error(400, code, &message, ctx.request_id);
        }
        let request: CreateVpnConnectionRequest = match serde_json::from_value(value) {
            Ok(r) => r,
            Err(e) => return respond::error(400, "VPN.0001", &format!("invalid request: {e}"), ctx.request_id),
        };
        let connection = self.build(request.vpn_connection, rng, ctx);
        let response = json!({ "vpn_connection": &connection.connection, "request_id": ctx.request_id });
        self.items.push(connection);
        respond::json(201, &response, ctx.request_id)
    }

    /// `GET /v5/{project_id}/vpn-connection/{id}`.
    pub fn show(&self, id: &str, ctx: &Ctx) -> HttpResponse {
        let Some(stored) = self.items.iter().find(|s| s.connection.id == id) else {
            return respond::error(
                404,
                "VPN.0004",
                &format!("resource not found: vpn connection {id}"),
                ctx.request_id,
            );
        };
        let mut connection = stored.connection.clone();
        let settled = ctx.now_ms >= stored.created_ms.saturating_add(ctx.transition_ms);
        connection.status = Some(if settled { "DOWN" } else { "PENDING_CREATE" }.to_owned());
        connection.tags.get_or_insert_with(Vec::new);
        respond::json(200, &json!({ "vpn_connection": connection, "request_id": ctx.request_id }), ctx.request_id)
    }

    fn build(&self, c: CreateVpnConnection, rng: &mut Rng, ctx: &Ctx) -> Stored {
        let style = c.style.as_deref().unwrap_or("static").to_ascii_uppercase();
        let (local, peer) = match (c.tunnel_local_address, c.tunnel_peer_address) {
            (Some(l), Some(p)) => (l, p),
            _ => self.free_tunnel_pair(&c.vgw_id, rng),
        };
        let now = format_timestamp(ctx.now_ms);
        let connection = VpnConnection {
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
            policy_rules: if style == "POLICY" { c.policy_rules } else { None },
            ikepolicy: Some(ike_with_defaults(c.ikepolicy.unwrap_or_default(), &c.vgw_ip, &c.cgw_id)),
            ipsecpolicy: Some(ipsec_with_defaults(c.ipsecpolicy.unwrap_or_default())),
            created_at: Some(now.clone()),
            updated_at: Some(now),
            enterprise_project_id: Some("0".into()),
            ha_role: Some(c.ha_role.unwrap_or_else(|| "master".into())),
            tags: c.tags,
            vgw_id: Some(c.vgw_id),
            style: Some(style),
            ..VpnConnection::default()
        };
        Stored { connection, created_ms: ctx.now_ms, _psk: c.psk }
    }

    /// A /30 in 169.254.0.0/16, outside 169.254.195.0/24, that no connection on the same gateway
    /// uses; returns (gateway host .1, customer host .2) of it.
    fn free_tunnel_pair(&self, vgw_id: &str, rng: &mut Rng) -> (String, String) {
        let used: Vec<u32> = self
            .items
            .iter()
            .filter(|s| s.connection.vgw_id.as_deref() == Some(vgw_id))
            .filter_map(|s| s.connection.tunnel_local_address.as_deref())
            .filter_map(|a| ipv4::parse_cidr(a).ok())
            .map(|c| c.first())
            .collect();
        // 16,384 /30 blocks in 169.254.0.0/16; start at a random one and walk until a free one.
        let start = rng.below(16_384);
        let base = (0..16_384u64)
            .map(|step| 0xA9FE_0000 + (((start + step) % 16_384) as u32) * 4)
            .find(|b| (b >> 8) & 0xFF != 195 && !used.contains(b))
            .unwrap_or(0xA9FE_0000);
        let host = |n: u32| format!("{}/30", ipv4::format_ipv4(base + n));
        (host(1), host(2))
    }
}

/// The gateway's own address for `local_id`: the private IP when `vgw_ip` is one; otherwise the
/// emulator knows no EIP address, so it derives a stable one in 198.51.100.0/24 (TEST-NET-2).
fn gateway_address(vgw_ip: &str) -> String {
    if ipv4::parse_ipv4(vgw_ip).is_ok() {
        return vgw_ip.to_owned();
    }
    format!("198.51.100.{}", 1 + fnv(vgw_ip) % 254)
}

/// A stable address for the customer gateway in 203.0.113.0/24 (TEST-NET-3).
fn customer_address(cgw_id: &str) -> String {
    format!("203.0.113.{}", 1 + fnv(cgw_id) % 254)
}

fn fnv(s: &str) -> u32 {
    s.bytes().fold(0x811C_9DC5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// The server's IKE defaults (spec §2.3) under what the caller gave.
fn ike_with_defaults(given: IkePolicy, vgw_ip: &str, cgw_id: &str) -> IkePolicy {
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
        local_id: given.local_id.or_else(|| Some(gateway_address(vgw_ip))),
        peer_id_type: given.peer_id_type.or_else(|| Some("ip".into())),
        peer_id: given.peer_id.or_else(|| Some(customer_address(cgw_id))),
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
