//! The emulator's VPN connections (spec §1.3, §2.2–2.5): references, the server's defaults,
//! update, delete and log, pages and filters, batches, and coming up when a peer negotiates.

mod common;

use cloudvpn::api::Method::{Delete, Get, Post, Put};
use cloudvpn::emulator::{Emulator, EmulatorConfig, ManualClock, DEFAULT_TRANSITION_MS};
use common::emulator::{call, connection, error_code, gateway_and_customer_gateway, json_of, new_emulator, text, Ids};
use serde_json::{json, Value};

#[test]
fn connection_references_are_checked() {
    let (mut emu, clock) = new_emulator();
    let ids = gateway_and_customer_gateway(&mut emu, &clock);
    let unknown = "11111111-2222-4333-8444-555555555555";
    let cases = [
        (json!({"vgw_id": unknown}), 404, "VPN.0509"),
        (json!({"cgw_id": unknown}), 404, "VPN.0004"),
        (json!({"vgw_ip": unknown}), 400, "VPN.0001"),
        (json!({"peer_subnets": ["10.0.0.0/16"]}), 400, "VPN.0001"), // equals a local subnet
        (json!({"peer_subnets": ["224.0.0.0/24"]}), 400, "VPN.0204"),
        (json!({"colour": "red"}), 400, "VPN.0013"),
    ];
    for (extra, status, code) in cases {
        let r = call(&mut emu, Post, "vpn-connection", Some(connection(&ids, extra.clone())));
        assert_eq!(error_code(&r), (status, code.into()), "{extra}");
    }
    // A gateway still being created refuses connections.
    let g = json_of(&call(
        &mut emu,
        Post,
        "vpn-gateways",
        Some(json!({"vpn_gateway": {"attachment_type": "er", "er_id": unknown}})),
    ));
    let pending = Ids {
        vgw_id: text(&g, "/vpn_gateway/id"),
        eip_id: text(&g, "/vpn_gateway/eip1/id"),
        eip_address: String::new(),
        cgw_id: ids.cgw_id.clone(),
    };
    assert_eq!(
        error_code(&call(&mut emu, Post, "vpn-connection", Some(connection(&pending, json!({}))))),
        (400, "VPN.0506".into())
    );
    // On an er gateway a bgp connection needs no peer subnets.
    clock.advance(DEFAULT_TRANSITION_MS);
    let mut body = connection(&pending, json!({"style": "bgp"}));
    body["vpn_connection"].as_object_mut().map(|c| c.remove("peer_subnets"));
    assert_eq!(call(&mut emu, Post, "vpn-connection", Some(body)).status, 201);
    // A tunnel /30 already used on the gateway is refused.
    let tunnel = json!({"tunnel_local_address": "169.254.7.1/30", "tunnel_peer_address": "169.254.7.2/30"});
    assert_eq!(call(&mut emu, Post, "vpn-connection", Some(connection(&ids, tunnel.clone()))).status, 201);
    assert_eq!(
        error_code(&call(&mut emu, Post, "vpn-connection", Some(connection(&ids, tunnel)))),
        (400, "VPN.0012".into())
    );
}

#[test]
fn connection_defaults_update_delete_and_log() {
    let (mut emu, clock) = new_emulator();
    let ids = gateway_and_customer_gateway(&mut emu, &clock);
    let created = json_of(&call(&mut emu, Post, "vpn-connection", Some(connection(&ids, json!({})))));
    let c = &created["vpn_connection"];
    let id = text(c, "/id");
    assert_eq!(text(c, "/ikepolicy/local_id"), ids.eip_address, "local_id is the gateway's EIP address");
    assert_eq!(text(c, "/ikepolicy/peer_id"), "203.0.113.7", "peer_id is the customer gateway's address");
    assert!(c.get("psk").is_none() && !created.to_string().contains("Abcd1234!x"));

    let r = call(
        &mut emu,
        Put,
        &format!("vpn-connection/{id}"),
        Some(
            json!({"vpn_connection": {"name": "renamed", "psk": "Zyxw9876!a", "ipsecpolicy": {"lifetime_seconds": 7200}}}),
        ),
    );
    assert_eq!(r.status, 200);
    let u = json_of(&r);
    assert_eq!(
        (text(&u, "/vpn_connection/name"), u["vpn_connection"]["ipsecpolicy"]["lifetime_seconds"].clone()),
        ("renamed".into(), json!(7200))
    );
    assert_eq!(text(&u, "/vpn_connection/ipsecpolicy/pfs"), "group15", "a partial policy update keeps the rest");
    let r = call(&mut emu, Put, &format!("vpn-connection/{id}"), Some(json!({"vpn_connection": {"style": "bgp"}})));
    assert_eq!(error_code(&r), (400, "VPN.0013".into()), "style is not in the update schema");
    let r = call(&mut emu, Put, &format!("vpn-connection/{id}"), Some(json!({"vpn_connection": {"enable_hub": true}})));
    assert_eq!(r.status, 400, "enable_hub on a static connection");

    let log = json_of(&call(&mut emu, Get, &format!("vpn-connection/{id}/log"), None));
    assert!(log["logs"][0]["time"].is_u64() && log["logs"][0]["raw_message"].is_string());

    assert_eq!(
        error_code(&call(&mut emu, Delete, &format!("customer-gateways/{}", ids.cgw_id), None)),
        (400, "VPN.0001".into())
    );
    assert_eq!(
        error_code(&call(&mut emu, Delete, &format!("vpn-gateways/{}", ids.vgw_id), None)),
        (400, "VPN.0001".into())
    );
    assert_eq!(call(&mut emu, Delete, &format!("vpn-connection/{id}"), None).status, 204);
    assert_eq!(
        text(&json_of(&call(&mut emu, Get, &format!("vpn-connection/{id}"), None)), "/vpn_connection/status"),
        "PENDING_DELETE"
    );
    assert_eq!(error_code(&call(&mut emu, Delete, &format!("vpn-connection/{id}"), None)), (425, "VPN.0009".into()));
    clock.advance(DEFAULT_TRANSITION_MS);
    assert_eq!(call(&mut emu, Get, &format!("vpn-connection/{id}"), None).status, 404);
    assert_eq!(call(&mut emu, Delete, &format!("customer-gateways/{}", ids.cgw_id), None).status, 204);
}

#[test]
fn connection_lists_page_exactly_once_and_filter() {
    let (mut emu, clock) = new_emulator();
    let ids = gateway_and_customer_gateway(&mut emu, &clock);
    let mut created = Vec::new();
    for _ in 0..25 {
        let c = json_of(&call(&mut emu, Post, "vpn-connection", Some(connection(&ids, json!({})))));
        created.push(text(&c, "/vpn_connection/id"));
    }
    let mut seen = Vec::new();
    let mut marker = String::new();
    loop {
        let page = json_of(&call(&mut emu, Get, &format!("vpn-connection?limit=10&marker={marker}"), None));
        assert_eq!(page["total_count"], 25);
        let items = page["vpn_connections"].as_array().cloned().unwrap_or_default();
        seen.extend(items.iter().map(|c| text(c, "/id")));
        marker = text(&page, "/page_info/next_marker");
        if items.len() < 10 {
            break;
        }
    }
    assert_eq!(seen, created);
    let by_gateway = json_of(&call(&mut emu, Get, &format!("vpn-connection?vgw_id={}", ids.vgw_id), None));
    assert_eq!(by_gateway["total_count"], 25);
    let none = json_of(&call(&mut emu, Get, "vpn-connection?vgw_id=11111111-2222-4333-8444-555555555555", None));
    assert_eq!(none["total_count"], 0);
    assert_eq!(error_code(&call(&mut emu, Get, "vpn-connection?limit=2001", None)), (400, "VPN.0001".into()));
    // spec §3.4: marker "must be used together with limit".
    let marker = created_at(&page_one(&mut emu));
    let alone = call(&mut emu, Get, &format!("vpn-connection?marker={marker}"), None);
    assert_eq!(error_code(&alone), (400, "VPN.0001".into()));
    assert_eq!(error_code(&call(&mut emu, Get, "customer-gateways?marker=2025-01-01T00:00:00.000Z", None)).0, 400);
}

fn page_one(emu: &mut Emulator) -> Value {
    json_of(&call(emu, Get, "vpn-connection?limit=1", None))
}

fn created_at(page: &Value) -> String {
    text(page, "/vpn_connections/0/created_at")
}

#[test]
fn batch_create_makes_both_or_neither() {
    let (mut emu, clock) = new_emulator();
    let ids = gateway_and_customer_gateway(&mut emu, &clock);
    let item = |extra: Value| connection(&ids, extra)["vpn_connection"].clone();
    let r = call(
        &mut emu,
        Post,
        "vpn-connections/batch-create",
        Some(json!({"vpn_connections": [item(json!({})), item(json!({"vgw_ip": ids.eip_id}))]})),
    );
    assert_eq!(r.status, 201);
    assert_eq!(json_of(&r)["vpn_connections"].as_array().map(Vec::len), Some(2));
    let r = call(
        &mut emu,
        Post,
        "vpn-connections/batch-create",
        Some(
            json!({"vpn_connections": [item(json!({})), item(json!({"cgw_id": "11111111-2222-4333-8444-555555555555"}))]}),
        ),
    );
    assert_eq!(r.status, 404);
    assert_eq!(emu.connection_count(cloudvpn::emulator::DEFAULT_PROJECT), Some(2), "a failed batch creates nothing");
}

#[test]
fn with_connect_ms_a_connection_comes_up_as_if_its_peer_negotiated() {
    let status = |emu: &mut Emulator, id: &str| {
        text(&json_of(&call(emu, Get, &format!("vpn-connection/{id}"), None)), "/vpn_connection/status")
    };
    for (connect_ms, after) in [(None, "DOWN"), (Some(500), "ACTIVE")] {
        let clock = ManualClock::at(0);
        let config = EmulatorConfig { connect_ms, ..Default::default() };
        let mut emu = Emulator::new(config, Box::new(clock.clone()));
        let ids = gateway_and_customer_gateway(&mut emu, &clock);
        let id = text(
            &json_of(&call(&mut emu, Post, "vpn-connection", Some(connection(&ids, json!({}))))),
            "/vpn_connection/id",
        );
        assert_eq!(status(&mut emu, &id), "PENDING_CREATE");
        clock.advance(DEFAULT_TRANSITION_MS);
        assert_eq!(status(&mut emu, &id), "DOWN", "DOWN once settled, until the peer negotiates");
        clock.advance(499);
        assert_eq!(status(&mut emu, &id), "DOWN");
        clock.advance(1);
        assert_eq!(status(&mut emu, &id), after, "{connect_ms:?}");
        let log = json_of(&call(&mut emu, Get, &format!("vpn-connection/{id}/log"), None));
        assert!(text(&log, "/logs/0/raw_message").contains(&format!("is {after}")), "{log}");
        let listed = json_of(&call(&mut emu, Get, "vpn-connection", None));
        assert_eq!(text(&listed, "/vpn_connections/0/status"), after);
    }
}
