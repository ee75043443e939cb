//! The real client core driven against the real emulator core, in-process: no HTTP, no JS.

mod common;

use cloudvpn::api::{Auth, ClientConfig, Endpoint, Error, Insecure, Validation};
use cloudvpn::emulator::{Emulator, ManualClock, DEFAULT_PROJECT, DEFAULT_TOKEN};
use cloudvpn::model::Secret;
use common::emulator::{gateway_and_customer_gateway, new_emulator, Ids};
use serde_json::{json, Value};

fn seed(ids: &Ids) -> Value {
    json!({"vpn_connection": {
        "vgw_id": ids.vgw_id, "vgw_ip": ids.eip_id, "cgw_id": ids.cgw_id,
        "peer_subnets": ["192.168.44.0/24"], "psk": "Abcd1234!x"
    }})
}

/// An emulator with an ACTIVE gateway and a customer gateway, and a client with `token`.
fn setup(token: &str) -> (Emulator, ManualClock, ClientConfig, Value) {
    let (mut emulator, clock) = new_emulator();
    let ids = gateway_and_customer_gateway(&mut emulator, &clock);
    let endpoint = Endpoint::parse("http://127.0.0.1:8787", Insecure::LoopbackOnly).unwrap();
    let config = ClientConfig::new(endpoint, DEFAULT_PROJECT, Auth::Token(Secret::new(token))).unwrap();
    (emulator, clock, config, seed(&ids))
}

#[test]
fn create_then_get_returns_the_documented_shape() {
    let (mut emu, clock, client, seed_body) = setup(DEFAULT_TOKEN);
    let call = client.create_vpn_connection(&seed_body).unwrap();
    assert!(call.report.issues.is_empty(), "{:?}", call.report);
    let created = call.decode(&emu.handle(&call.request)).unwrap();
    let c = &created.vpn_connection;
    assert!(cloudvpn::validate::is_uuid(&c.id));
    let name = c.name.as_deref().unwrap();
    assert!(name.len() == 8 && name.starts_with("vpn-"), "{name}");
    assert_eq!(c.style.as_deref(), Some("STATIC"));
    assert_eq!(c.status, None, "create responses carry no status");
    assert_eq!(c.enable_nqa, Some(false));
    assert_eq!(c.enable_hub, None);
    assert!(c.created_at.as_deref().is_some_and(|t| t.starts_with("2025-06-26T13:41:3")), "{:?}", c.created_at);
    let ike = c.ikepolicy.as_ref().unwrap();
    assert_eq!(
        (ike.ike_version.as_deref(), ike.dh_group.as_deref(), ike.lifetime_seconds),
        (Some("v2"), Some("group15"), Some(86_400))
    );
    assert_eq!(ike.dpd.as_ref().and_then(|d| d.msg.as_deref()), Some("seq-hash-notify"));
    let ipsec = c.ipsecpolicy.as_ref().unwrap();
    assert_eq!((ipsec.pfs.as_deref(), ipsec.lifetime_seconds), (Some("group15"), Some(3600)));
    let local = cloudvpn::validate::ipv4::parse_cidr(c.tunnel_local_address.as_deref().unwrap()).unwrap();
    let peer = cloudvpn::validate::ipv4::parse_cidr(c.tunnel_peer_address.as_deref().unwrap()).unwrap();
    assert_eq!((local.prefix, peer.prefix, local.first(), local.addr % 4, peer.addr % 4), (30, 30, peer.first(), 1, 2));
    assert!(created.request_id.is_some());

    let get = client.get_vpn_connection(&c.id).unwrap();
    let shown = get.decode(&emu.handle(&get.request)).unwrap();
    assert_eq!(shown.vpn_connection.status.as_deref(), Some("PENDING_CREATE"));
    assert_eq!(shown.vpn_connection.peer_subnets, c.peer_subnets);
    clock.advance(1000);
    let shown = get.decode(&emu.handle(&get.request)).unwrap();
    assert_eq!(shown.vpn_connection.status.as_deref(), Some("DOWN"));
}

#[test]
fn the_wire_body_carries_the_psk_but_no_debug_output_does() {
    let (_, _, client, seed_body) = setup("canary-token-123");
    let call = client.create_vpn_connection(&seed_body).unwrap();
    let wire = String::from_utf8(call.request.body.clone()).unwrap();
    assert!(wire.contains("Abcd1234!x"));
    let debug = format!("{call:?} {client:?}");
    assert!(!debug.contains("Abcd1234!x") && !debug.contains("canary-token-123"), "{debug}");
}

#[test]
fn unknown_id_is_a_404_api_error_with_request_id() {
    let (mut emu, _, client, _) = setup(DEFAULT_TOKEN);
    let get = client.get_vpn_connection("11111111-2222-4333-8444-555555555555").unwrap();
    match get.decode(&emu.handle(&get.request)) {
        Err(Error::Api(e)) => {
            assert_eq!((e.status, e.code.as_str(), e.retryable), (404, "VPN.0004", false));
            assert!(e.request_id.is_some_and(|id| !id.is_empty()));
        }
        other => panic!("expected a 404, got {other:?}"),
    }
}

#[test]
fn a_wrong_token_is_refused_with_401() {
    let (mut emu, _, client, seed_body) = setup("not-the-token");
    let call = client.create_vpn_connection(&seed_body).unwrap();
    match call.decode(&emu.handle(&call.request)) {
        Err(Error::Api(e)) => assert_eq!((e.status, e.code.as_str()), (401, "VPN.0010")),
        other => panic!("expected 401, got {other:?}"),
    }
    assert_eq!(emu.connection_count(DEFAULT_PROJECT), Some(0));
}

#[test]
fn a_request_without_a_token_is_refused_with_401() {
    let (mut emu, _, client, seed_body) = setup(DEFAULT_TOKEN);
    let mut call = client.create_vpn_connection(&seed_body).unwrap();
    call.request.headers.retain(|(k, _)| !k.eq_ignore_ascii_case("x-auth-token"));
    let e = call.decode(&emu.handle(&call.request)).unwrap_err();
    assert!(matches!(e, Error::Api(ref a) if a.status == 401), "{e:?}");
}

#[test]
fn invalid_bodies_are_stopped_before_sending_unless_validation_is_off() {
    let (mut emu, _, mut client, seed_body) = setup(DEFAULT_TOKEN);
    let mut body = seed_body.clone();
    body["vpn_connection"]["psk"] = json!("abcd****");
    match client.create_vpn_connection(&body) {
        Err(Error::Validation(r)) => {
            assert!(r.errors().any(|i| i.path.to_string() == "vpn_connection.psk" && i.code.as_str() == "psk.classes"));
            assert!(!format!("{r:?}").contains("abcd****"));
        }
        other => panic!("expected a validation error, got {other:?}"),
    }

    // With validation off the request goes out, and the emulator applies the same rules.
    client.validation = Validation::Off;
    let call = client.create_vpn_connection(&body).unwrap();
    match call.decode(&emu.handle(&call.request)) {
        Err(Error::Api(e)) => {
            assert_eq!((e.status, e.code.as_str()), (400, "VPN.0001"));
            assert!(e.message.contains("vpn_connection.psk"), "{}", e.message);
        }
        other => panic!("expected a 400, got {other:?}"),
    }

    // Sent as given, even a value of the wrong type: the server is the judge then.
    body["vpn_connection"]["psk"] = json!(12345678);
    let call = client.create_vpn_connection(&body).unwrap();
    let sent: serde_json::Value = serde_json::from_slice(&call.request.body).unwrap();
    assert_eq!(sent, body);
    match call.decode(&emu.handle(&call.request)) {
        Err(Error::Api(e)) => assert_eq!((e.status, e.code.as_str()), (400, "VPN.0001"), "{}", e.message),
        other => panic!("expected a 400, got {other:?}"),
    }

    body["vpn_connection"]["psk"] = json!("Abcd1234!x");
    body["vpn_connection"]["colour"] = json!("red");
    let call = client.create_vpn_connection(&body).unwrap();
    match call.decode(&emu.handle(&call.request)) {
        Err(Error::Api(e)) => {
            assert_eq!((e.code.as_str(), e.message.as_str()), ("VPN.0013", "Unsupported attribute: colour"))
        }
        other => panic!("expected VPN.0013, got {other:?}"),
    }
}

#[test]
fn ids_are_checked_before_they_enter_a_path() {
    let (_, _, client, _) = setup(DEFAULT_TOKEN);
    for bad in ["../quotas", "", "11111111-2222-4333-8444-55555555555g"] {
        assert!(matches!(client.get_vpn_connection(bad), Err(Error::Validation(_))), "{bad}");
    }
}

#[test]
fn tunnel_addresses_differ_per_connection_on_a_gateway() {
    let (mut emu, _, client, seed_body) = setup(DEFAULT_TOKEN);
    let mut seen = std::collections::HashSet::new();
    for _ in 0..20 {
        let call = client.create_vpn_connection(&seed_body).unwrap();
        let c = call.decode(&emu.handle(&call.request)).unwrap().vpn_connection;
        let local = c.tunnel_local_address.unwrap();
        assert!(!local.starts_with("169.254.195."), "{local}");
        assert!(seen.insert(local));
    }
}
