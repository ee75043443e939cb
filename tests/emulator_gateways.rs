//! The emulator's VPN gateways (spec §1.1, §2.9): their life cycle, the addresses of a private
//! gateway, and EIPs by their old names and as objects in an update.

mod common;

use cloudvpn::api::Method::{Delete, Get, Post, Put};
use cloudvpn::emulator::{Emulator, DEFAULT_TRANSITION_MS};
use common::emulator::{call, error_code, json_of, new_emulator, text};
use serde_json::{json, Value};

#[test]
fn gateway_lifecycle() {
    let (mut emu, clock) = new_emulator();
    let r = call(
        &mut emu,
        Post,
        "vpn-gateways",
        Some(
            json!({"vpn_gateway": {"name": "gw-1", "vpc_id": "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10", "connect_subnet": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", "local_subnets": ["10.0.0.0/16"]}}),
        ),
    );
    assert_eq!(r.status, 201);
    let g = json_of(&r);
    let id = text(&g, "/vpn_gateway/id");
    assert_eq!(text(&g, "/vpn_gateway/status"), "PENDING_CREATE");
    assert_eq!(
        (text(&g, "/vpn_gateway/flavor"), text(&g, "/vpn_gateway/network_type")),
        ("Professional1".into(), "public".into())
    );
    assert_eq!(g.pointer("/vpn_gateway/bgp_asn"), Some(&json!(64512)));
    assert!(cloudvpn::validate::ipv4::parse_ipv4(&text(&g, "/vpn_gateway/eip1/ip_address")).is_ok());
    clock.advance(DEFAULT_TRANSITION_MS);
    let shown = json_of(&call(&mut emu, Get, &format!("vpn-gateways/{id}"), None));
    assert_eq!(text(&shown, "/vpn_gateway/status"), "ACTIVE");
    let list = json_of(&call(&mut emu, Get, "vpn-gateways", None));
    assert_eq!(list["vpn_gateways"].as_array().map(Vec::len), Some(1));
    let count = |emu: &mut Emulator, q: &str| {
        json_of(&call(emu, Get, &format!("vpn-gateways?{q}"), None))["vpn_gateways"].as_array().map(Vec::len)
    };
    assert_eq!(count(&mut emu, "enterprise_project_id=0"), Some(1));
    assert_eq!(count(&mut emu, "enterprise_project_id=11111111-2222-4333-8444-555555555555"), Some(0));
    assert_eq!(
        count(&mut emu, "enterprise_project_id=11111111-2222-4333-8444-555555555555&enterprise_project_id=0"),
        Some(1),
        "a repeated filter matches any of its values"
    );

    let r = call(&mut emu, Put, &format!("vpn-gateways/{id}"), Some(json!({"vpn_gateway": {"name": "gw-2"}})));
    assert_eq!((r.status, text(&json_of(&r), "/vpn_gateway/name")), (200, "gw-2".into()));
    // A field the update schema lacks is an unsupported attribute (spec §7.11).
    let r = call(&mut emu, Put, &format!("vpn-gateways/{id}"), Some(json!({"vpn_gateway": {"flavor": "Basic"}})));
    assert_eq!(error_code(&r), (400, "VPN.0013".into()));
    assert_eq!(text(&json_of(&r), "/error_msg"), "Unsupported attribute: flavor");
    let r = call(
        &mut emu,
        Post,
        &format!("vpn-gateways/{id}/update-specification"),
        Some(json!({"vpn_gateway": {"flavor": "Professional2"}})),
    );
    assert_eq!((r.status, text(&json_of(&r), "/vpn_gateway/flavor")), (200, "Professional2".into()));
    // Flavors depend on the region: one the tables do not list (Huawei's Professional3) is taken;
    // a flavor that is not a name is not.
    let spec = |flavor: Value| json!({"vpn_gateway": {"flavor": flavor}});
    let path = format!("vpn-gateways/{id}/update-specification");
    let r = call(&mut emu, Post, &path, Some(spec(json!("Professional3"))));
    assert_eq!((r.status, text(&json_of(&r), "/vpn_gateway/flavor")), (200, "Professional3".into()));
    for bad in [json!(""), json!(3), json!("x".repeat(65))] {
        assert_eq!(error_code(&call(&mut emu, Post, &path, Some(spec(bad)))), (400, "VPN.0001".into()));
    }

    let azs = json_of(&call(&mut emu, Get, "vpn-gateways/availability-zones", None));
    assert!(azs.pointer("/availability_zones/professional1/vpc").is_some_and(Value::is_array));

    assert_eq!(call(&mut emu, Delete, &format!("vpn-gateways/{id}"), None).status, 204);
    let shown = json_of(&call(&mut emu, Get, &format!("vpn-gateways/{id}"), None));
    assert_eq!(text(&shown, "/vpn_gateway/status"), "PENDING_DELETE");
    clock.advance(DEFAULT_TRANSITION_MS);
    assert_eq!(error_code(&call(&mut emu, Get, &format!("vpn-gateways/{id}"), None)), (404, "VPN.0004".into()));
}

#[test]
fn private_gateway_ip_errors_use_their_own_codes() {
    let (mut emu, _) = new_emulator();
    let gw = |ips: Value| {
        let mut g = json!({"vpn_gateway": {"network_type": "private", "vpc_id": "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10",
            "connect_subnet": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", "local_subnets": ["10.0.0.0/16"]}});
        if let (Some(g), Some(extra)) = (g["vpn_gateway"].as_object_mut(), ips.as_object()) {
            g.extend(extra.clone());
        }
        g
    };
    let one = gw(json!({"access_private_ip_1": "10.0.0.10"}));
    assert_eq!(error_code(&call(&mut emu, Post, "vpn-gateways", Some(one))), (400, "VPN.0109".into()));
    let same = gw(json!({"access_private_ip_1": "10.0.0.10", "access_private_ip_2": "10.0.0.10"}));
    assert_eq!(error_code(&call(&mut emu, Post, "vpn-gateways", Some(same))), (400, "VPN.0107".into()));
    let ok = json_of(&call(
        &mut emu,
        Post,
        "vpn-gateways",
        Some(gw(json!({"access_private_ip_1": "10.0.0.10", "access_private_ip_2": "10.0.0.11"}))),
    ));
    assert_eq!(text(&ok, "/vpn_gateway/access_private_ip_2"), "10.0.0.11");
    assert!(ok["vpn_gateway"].get("eip1").is_none(), "a private gateway has no EIPs");
}

#[test]
fn gateway_eips_by_their_old_names_and_as_objects_in_an_update() {
    let (mut emu, _) = new_emulator();
    let (eip1, eip2, eip3) = (
        "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde",
        "11111111-2222-4333-8444-555555555555",
        "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d",
    );
    // master_eip/slave_eip: the deprecated names of eip1/eip2 (Huawei's Terraform provider sends them).
    let body = json!({"vpn_gateway": {"vpc_id": "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10",
        "connect_subnet": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", "local_subnets": ["10.0.0.0/16"],
        "ha_mode": "active-standby", "master_eip": {"id": eip1}, "slave_eip": {"type": "5_bgp", "bandwidth_size": 10}}});
    let r = call(&mut emu, Post, "vpn-gateways", Some(body));
    assert_eq!(r.status, 201);
    let g = json_of(&r);
    assert_eq!(text(&g, "/vpn_gateway/eip1/id"), eip1);
    assert_eq!(g.pointer("/vpn_gateway/eip2/bandwidth_size"), Some(&json!(10)));
    let id = text(&g, "/vpn_gateway/id");
    // An update with the EIPs as objects, as OTC's provider sends them.
    let update = json!({"vpn_gateway": {"name": "gw-2", "eip1": {"id": eip3, "type": "5_bgp", "charge_mode": "traffic",
        "bandwidth_size": 8, "bandwidth_name": "bw-1"}, "eip2": {"id": eip2}}});
    let r = call(&mut emu, Put, &format!("vpn-gateways/{id}"), Some(update));
    assert_eq!(r.status, 200);
    let g = json_of(&r);
    assert_eq!((text(&g, "/vpn_gateway/eip1/id"), text(&g, "/vpn_gateway/eip2/id")), (eip3.into(), eip2.into()));
}
