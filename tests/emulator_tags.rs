//! The emulator's tags (spec §1.6): add, remove, list, filter and count.

mod common;

use cloudvpn::api::Method::{Get, Post};
use cloudvpn::emulator::Emulator;
use common::emulator::{call, connection, error_code, gateway_and_customer_gateway, json_of, new_emulator, text};
use serde_json::{json, Value};

#[test]
fn tags_add_remove_list_filter_and_count() {
    let (mut emu, clock) = new_emulator();
    let ids = gateway_and_customer_gateway(&mut emu, &clock);
    let c = text(
        &json_of(&call(&mut emu, Post, "vpn-connection", Some(connection(&ids, json!({"name": "branch-1"}))))),
        "/vpn_connection/id",
    );
    let add = json!({"tags": [{"key": "env", "value": "prod"}, {"key": "team", "value": "net"}]});
    assert_eq!(call(&mut emu, Post, &format!("vpn-connection/{c}/tags/create"), Some(add)).status, 204);
    let listed = json_of(&call(&mut emu, Get, &format!("vpn-connection/{c}/tags"), None));
    assert_eq!(listed["tags"], json!([{"key": "env", "value": "prod"}, {"key": "team", "value": "net"}]));
    let shown = json_of(&call(&mut emu, Get, &format!("vpn-connection/{c}"), None));
    assert_eq!(shown["vpn_connection"]["tags"].as_array().map(Vec::len), Some(2));
    let project = json_of(&call(&mut emu, Get, "vpn-connection/tags", None));
    assert_eq!(project["tags"][0], json!({"key": "env", "values": ["prod"]}));

    let filter = |emu: &mut Emulator, body: Value| {
        json_of(&call(emu, Post, "vpn-connection/resource-instances/filter?limit=10&offset=0", Some(body)))
    };
    let found = filter(
        &mut emu,
        json!({"tags": [{"key": "env", "values": ["prod"]}], "matches": [{"key": "resource_name", "value": "branch"}]}),
    );
    assert_eq!((found["total_count"].clone(), text(&found, "/resources/0/resource_id")), (json!(1), c.clone()));
    assert_eq!(filter(&mut emu, json!({"tags": [{"key": "env", "values": ["test"]}]}))["total_count"], 0);
    assert_eq!(filter(&mut emu, json!({"without_any_tag": true}))["total_count"], 0);
    let count = json_of(&call(
        &mut emu,
        Post,
        "vpn-connection/resource-instances/count",
        Some(json!({"tags": [{"key": "team", "values": []}]})),
    ));
    assert_eq!(count["total_count"], 1);
    assert_eq!(call(&mut emu, Post, "vpn-connection/resource-instances/filter?limit=0", Some(json!({}))).status, 400);

    assert_eq!(
        call(&mut emu, Post, &format!("vpn-connection/{c}/tags/delete"), Some(json!({"tags": [{"key": "env"}]})))
            .status,
        204
    );
    let listed = json_of(&call(&mut emu, Get, &format!("vpn-connection/{c}/tags"), None));
    assert_eq!(listed["tags"], json!([{"key": "team", "value": "net"}]));
    let too_many = json!({"tags": (0..20).map(|i| json!({"key": format!("k{i}"), "value": ""})).collect::<Vec<_>>()});
    assert_eq!(
        error_code(&call(&mut emu, Post, &format!("vpn-connection/{c}/tags/create"), Some(too_many))),
        (400, "VPN.0001".into())
    );
    assert_eq!(call(&mut emu, Get, &format!("customer-gateway/{}/tags", ids.cgw_id), None).status, 200);
    assert_eq!(call(&mut emu, Get, "vpn-connection/11111111-2222-4333-8444-555555555555/tags", None).status, 404);
}
