//! The emulator's customer gateways (spec §1.2, §2.6, §2.7): pages, update and delete.

mod common;

use cloudvpn::api::Method::{Delete, Get, Post, Put};
use common::emulator::{call, error_code, json_of, new_emulator, text};
use serde_json::json;

#[test]
fn customer_gateways_page_update_and_delete() {
    let (mut emu, _) = new_emulator();
    let mut ids = Vec::new();
    for i in 0..5 {
        let r = call(
            &mut emu,
            Post,
            "customer-gateways",
            Some(json!({"customer_gateway": {"id_value": format!("203.0.113.{i}")}})),
        );
        assert_eq!(r.status, 201);
        let c = json_of(&r);
        assert!(text(&c, "/customer_gateway/name").starts_with("cgw-"));
        assert_eq!(text(&c, "/customer_gateway/id_type"), "ip");
        ids.push(text(&c, "/customer_gateway/id"));
    }
    let mut seen = Vec::new();
    let mut marker = String::new();
    loop {
        let page = json_of(&call(&mut emu, Get, &format!("customer-gateways?limit=2&marker={marker}"), None));
        assert_eq!(page["total_count"], 5);
        let items = page["customer_gateways"].as_array().cloned().unwrap_or_default();
        seen.extend(items.iter().map(|c| text(c, "/id")));
        assert_eq!(page["page_info"]["current_count"], items.len());
        marker = text(&page, "/page_info/next_marker");
        if items.len() < 2 {
            break;
        }
    }
    assert_eq!(seen, ids, "each exactly once, in creation order");
    assert_eq!(error_code(&call(&mut emu, Get, "customer-gateways?limit=201", None)), (400, "VPN.0001".into()));

    let id = &ids[0];
    let r =
        call(&mut emu, Put, &format!("customer-gateways/{id}"), Some(json!({"customer_gateway": {"name": "office"}})));
    assert_eq!(text(&json_of(&r), "/customer_gateway/name"), "office");
    let r = call(&mut emu, Put, &format!("customer-gateways/{id}"), Some(json!({"customer_gateway": {"bgp_asn": 1}})));
    assert_eq!(error_code(&r), (400, "VPN.0013".into()), "only the name can change");
    assert_eq!(call(&mut emu, Delete, &format!("customer-gateways/{id}"), None).status, 204);
    assert_eq!(error_code(&call(&mut emu, Get, &format!("customer-gateways/{id}"), None)), (404, "VPN.0004".into()));
}
