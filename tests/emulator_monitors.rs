//! The emulator's connection monitors (spec §1.4, §2.8).

mod common;

use cloudvpn::api::Method::{Delete, Get, Post};
use cloudvpn::emulator::DEFAULT_TRANSITION_MS;
use common::emulator::{call, connection, error_code, gateway_and_customer_gateway, json_of, new_emulator, text};
use serde_json::json;

#[test]
fn monitors_one_per_connection() {
    let (mut emu, clock) = new_emulator();
    let ids = gateway_and_customer_gateway(&mut emu, &clock);
    let c = text(
        &json_of(&call(&mut emu, Post, "vpn-connection", Some(connection(&ids, json!({}))))),
        "/vpn_connection/id",
    );
    let body = json!({"connection_monitor": {"vpn_connection_id": c}});
    let m = json_of(&call(&mut emu, Post, "connection-monitors", Some(body.clone())));
    let mid = text(&m, "/connection_monitor/id");
    assert_eq!(
        (text(&m, "/connection_monitor/type"), text(&m, "/connection_monitor/proto_type")),
        ("gateway".into(), "icmp".into())
    );
    assert_eq!(error_code(&call(&mut emu, Post, "connection-monitors", Some(body))), (400, "VPN.0381".into()));
    let shown = json_of(&call(&mut emu, Get, &format!("vpn-connection/{c}"), None));
    assert_eq!(text(&shown, "/vpn_connection/connection_monitor_id"), mid);
    let list = json_of(&call(&mut emu, Get, &format!("connection-monitors?vpn_connection_id={c}"), None));
    assert_eq!(list["connection_monitors"].as_array().map(Vec::len), Some(1));
    clock.advance(DEFAULT_TRANSITION_MS);
    assert_eq!(
        text(&json_of(&call(&mut emu, Get, &format!("connection-monitors/{mid}"), None)), "/connection_monitor/status"),
        "ACTIVE"
    );
    call(&mut emu, Delete, &format!("vpn-connection/{c}"), None);
    clock.advance(DEFAULT_TRANSITION_MS);
    assert_eq!(
        call(&mut emu, Get, &format!("connection-monitors/{mid}"), None).status,
        404,
        "a monitor goes with its connection"
    );
}
