//! The emulator core, endpoint by endpoint (spec §1.1–1.5), on a manual clock.

mod common;

use cloudvpn::api::Method::{Delete, Get, Post, Put};
use cloudvpn::emulator::{Emulator, EmulatorConfig, ManualClock, Quotas, DEFAULT_TRANSITION_MS};
use common::{call, gateway_and_customer_gateway, json_of, new_emulator, Ids};
use serde_json::{json, Value};

fn text(v: &Value, pointer: &str) -> String {
    v.pointer(pointer).and_then(Value::as_str).unwrap_or_default().to_owned()
}

fn connection(ids: &Ids, extra: Value) -> Value {
    let mut c = json!({"vgw_id": ids.vgw_id, "vgw_ip": ids.eip_id, "cgw_id": ids.cgw_id,
        "peer_subnets": ["192.168.44.0/24"], "psk": "Abcd1234!x"});
    if let (Some(c), Some(e)) = (c.as_object_mut(), extra.as_object()) {
        c.extend(e.clone());
    }
    json!({ "vpn_connection": c })
}

fn error_code(r: &cloudvpn::api::HttpResponse) -> (u16, String) {
    (r.status, text(&json_of(r), "/error_code"))
}

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

#[test]
fn quotas_are_reported_and_enforced() {
    let clock = ManualClock::at(0);
    let config = EmulatorConfig {
        quotas: Quotas { vpn_gateway: 1, customer_gateway: 1, vpn_connection: 1 },
        ..Default::default()
    };
    let mut emu = Emulator::new(config, Box::new(clock.clone()));
    let ids = gateway_and_customer_gateway(&mut emu, &clock);
    assert_eq!(call(&mut emu, Post, "vpn-connection", Some(connection(&ids, json!({})))).status, 201);
    assert_eq!(call(&mut emu, Post, "vpn-connection", Some(connection(&ids, json!({})))).status, 400);
    assert_eq!(
        call(&mut emu, Post, "customer-gateways", Some(json!({"customer_gateway": {"id_value": "1.2.3.4"}}))).status,
        400
    );
    let q = json_of(&call(&mut emu, Get, "vpn/quotas", None));
    let used: Vec<(String, u64, u64)> = q["quotas"]["resources"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| (text(r, "/type"), r["quota"].as_u64().unwrap_or(0), r["used"].as_u64().unwrap_or(0)))
        .collect();
    assert_eq!(
        used,
        [("customer_gateway".into(), 1, 1), ("vpn_connection".into(), 1, 1), ("vpn_gateway".into(), 1, 1)]
    );
}

#[test]
fn protocol_errors() {
    let (mut emu, _) = new_emulator();
    assert_eq!(error_code(&call(&mut emu, Get, "no-such-thing", None)), (404, "APIGW.0101".into()));
    assert_eq!(call(&mut emu, Put, "vpn-connection", None).status, 405);
    let r = call(&mut emu, Post, "customer-gateways", None);
    assert_eq!(error_code(&r), (400, "VPN.0001".into()), "an empty body is malformed JSON");
    let r = call(&mut emu, Post, "customer-gateways", Some(json!([])));
    assert_eq!(error_code(&r), (400, "VPN.0001".into()));
    let body: Value = serde_json::from_slice(&r.body).unwrap_or_default();
    assert_eq!(text(&body, "/error_msg"), "invalid request: body: expected an object, got an array");
    let big = json!({"customer_gateway": {"name": "x".repeat(1 << 20)}});
    assert_eq!(call(&mut emu, Post, "customer-gateways", Some(big)).status, 413);
    let mut request = cloudvpn::api::HttpRequest {
        method: Get,
        url: "http://h/v5/ffffffffffffffffffffffffffffffff/vpn-gateways".into(),
        headers: vec![("X-Auth-Token".into(), "emulator-token".into())],
        body: vec![],
    };
    assert_eq!(emu.handle(&request).status, 403, "a project that does not exist");
    request.headers.clear();
    assert_eq!(emu.handle(&request).status, 401);
}

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

#[test]
fn aksk_signed_requests_are_verified() {
    use cloudvpn::api::signer::{sign, SignInput};
    use cloudvpn::api::HttpRequest;
    use cloudvpn::emulator::{format_sdk_date, DEFAULT_ACCESS_KEY, DEFAULT_PROJECT, DEFAULT_SECRET_KEY};
    use cloudvpn::model::Secret;

    let (mut emu, _clock) = new_emulator();
    let url = format!("http://127.0.0.1:8787/v5/{DEFAULT_PROJECT}/customer-gateways");
    let body = br#"{"customer_gateway":{"id_value":"203.0.113.9"}}"#.to_vec();
    let signed = |date_ms: u64, ak: &str, body: &[u8], extra: &[(&str, &str)]| {
        let mut headers = vec![("Content-Type".to_owned(), "application/json".to_owned())];
        headers.extend(extra.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
        let sk = Secret::new(DEFAULT_SECRET_KEY);
        let date = format_sdk_date(date_ms);
        let s = sign(&SignInput {
            method: "POST",
            url: &url,
            headers: &headers,
            body,
            access_key: ak,
            secret_key: &sk,
            security_token: None,
            date: &date,
        })
        .unwrap();
        HttpRequest { method: Post, url: url.clone(), headers: s.headers, body: body.to_vec() }
    };
    let now = 1_750_945_294_626;
    assert_eq!(emu.handle(&signed(now, DEFAULT_ACCESS_KEY, &body, &[])).status, 201);
    assert_eq!(
        emu.handle(&signed(now - 14 * 60_000, DEFAULT_ACCESS_KEY, &body, &[])).status,
        201,
        "14 minutes of skew is fine"
    );

    let mut tampered = signed(now, DEFAULT_ACCESS_KEY, &body, &[]);
    if let Some(b) = tampered.body.get_mut(30) {
        *b ^= 1;
    }
    assert_eq!(error_code(&emu.handle(&tampered)), (401, "APIGW.0301".into()), "one byte changed");
    let mut other_path = signed(now, DEFAULT_ACCESS_KEY, &body, &[]);
    other_path.url.push_str("?limit=1");
    assert_eq!(emu.handle(&other_path).status, 401, "a query added after signing");
    assert_eq!(
        emu.handle(&signed(now - 16 * 60_000, DEFAULT_ACCESS_KEY, &body, &[])).status,
        401,
        "16 minutes of skew"
    );
    assert_eq!(emu.handle(&signed(now, "SOMEOTHERACCESSKEY00", &body, &[])).status, 401);
    let wrong_project = signed(now, DEFAULT_ACCESS_KEY, &body, &[("X-Project-Id", "ffffffffffffffffffffffffffffffff")]);
    assert_eq!(emu.handle(&wrong_project).status, 403);
    let right_project = signed(now, DEFAULT_ACCESS_KEY, &body, &[("X-Project-Id", DEFAULT_PROJECT)]);
    assert_eq!(emu.handle(&right_project).status, 201);
}

#[test]
fn faults_are_deterministic_and_act_before_or_after_the_commit() {
    use cloudvpn::api::HttpRequest;
    use cloudvpn::emulator::{FaultKind, FaultRule, DEFAULT_PROJECT};
    let run = |kind: FaultKind| {
        let clock = ManualClock::at(0);
        let rule = FaultRule {
            method: Some(Post),
            path: Some("customer-gateways".into()),
            rate: 1.0,
            kinds: vec![kind],
            ..Default::default()
        };
        let mut emu =
            Emulator::new(EmulatorConfig { faults: vec![rule], delay_ms: 5, ..Default::default() }, Box::new(clock));
        let request = HttpRequest {
            method: Post,
            url: format!("/v5/{DEFAULT_PROJECT}/customer-gateways"),
            headers: vec![("X-Auth-Token".into(), "emulator-token".into())],
            body: br#"{"customer_gateway":{"id_value":"203.0.113.1"}}"#.to_vec(),
        };
        let answer = emu.answer(&request);
        let stored = emu.snapshot(DEFAULT_PROJECT).map(|s| s["customer_gateways"].as_array().map_or(0, Vec::len));
        (answer, stored.unwrap_or(0))
    };
    let (a, stored) = run(FaultKind::DropBefore);
    assert_eq!((a.response.is_none(), stored, a.delay_ms), (true, 0, 5));
    let (a, stored) = run(FaultKind::DropAfter);
    assert_eq!((a.response.is_none(), stored), (true, 1), "dropped after the commit");
    let (a, _) = run(FaultKind::TooManyRequests);
    let r = a.response.unwrap();
    assert_eq!((r.status, r.header("retry-after")), (429, Some("1")));
    let (a, stored) = run(FaultKind::TruncatedJson);
    assert!(serde_json::from_slice::<Value>(&a.response.unwrap().body).is_err());
    assert_eq!(stored, 1);
    let (a, _) = run(FaultKind::BadGateway);
    let r = a.response.unwrap();
    assert_eq!((r.status, r.header("content-type")), (502, Some("text/html")));
    let (a, _) = run(FaultKind::Latency);
    assert_eq!((a.response.map(|r| r.status), a.delay_ms), (Some(201), 205));
    // The same seed draws the same faults; ids do not depend on the faults drawn.
    let sample = |seed: u64, rate: f64| {
        let config =
            EmulatorConfig { seed, faults: vec![FaultRule { rate, ..Default::default() }], ..Default::default() };
        let mut emu = Emulator::new(config, Box::new(ManualClock::at(0)));
        (0..50)
            .map(|i| {
                let body = format!(r#"{{"customer_gateway":{{"id_value":"203.0.113.{i}"}}}}"#);
                let request = HttpRequest {
                    method: Post,
                    url: format!("/v5/{DEFAULT_PROJECT}/customer-gateways"),
                    headers: vec![("X-Auth-Token".into(), "emulator-token".into())],
                    body: body.into_bytes(),
                };
                emu.answer(&request).response.map(|r| r.status)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(sample(3, 0.3), sample(3, 0.3));
    assert_ne!(sample(3, 0.3), sample(4, 0.3));
    assert!(sample(3, 0.0).iter().all(|s| *s == Some(201)));
}

/// What the emulator serves decodes into the same models as the documented examples, losslessly.
#[test]
fn responses_decode_into_the_documented_models() {
    use cloudvpn::model::*;
    fn same<T: serde::de::DeserializeOwned + serde::Serialize>(what: &str, v: &Value) {
        let typed: T = serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(&serde_json::to_value(&typed).unwrap(), v, "{what}");
    }
    let (mut emu, clock) = new_emulator();
    let ids = gateway_and_customer_gateway(&mut emu, &clock);
    let created = json_of(&call(&mut emu, Post, "vpn-connection", Some(connection(&ids, json!({})))));
    same::<VpnConnectionResponse>("create", &created);
    let id = text(&created, "/vpn_connection/id");
    same::<VpnConnectionResponse>("show", &json_of(&call(&mut emu, Get, &format!("vpn-connection/{id}"), None)));
    same::<VpnConnectionList>("list", &json_of(&call(&mut emu, Get, "vpn-connection?limit=5", None)));
    same::<CustomerGatewayResponse>(
        "cgw",
        &json_of(&call(&mut emu, Get, &format!("customer-gateways/{}", ids.cgw_id), None)),
    );
    same::<CustomerGatewayList>("cgw list", &json_of(&call(&mut emu, Get, "customer-gateways", None)));
    let m = json_of(&call(
        &mut emu,
        Post,
        "connection-monitors",
        Some(json!({"connection_monitor": {"vpn_connection_id": id}})),
    ));
    same::<ConnectionMonitorResponse>("monitor", &m);
    same::<ConnectionMonitorList>("monitors", &json_of(&call(&mut emu, Get, "connection-monitors", None)));
    same::<QuotasResponse>("quotas", &json_of(&call(&mut emu, Get, "vpn/quotas", None)));
    same::<VpnConnectionLog>("log", &json_of(&call(&mut emu, Get, &format!("vpn-connection/{id}/log"), None)));
    same::<AvailabilityZonesResponse>("azs", &json_of(&call(&mut emu, Get, "vpn-gateways/availability-zones", None)));
}

#[test]
fn a_token_of_project_a_never_sees_project_b() {
    use cloudvpn::api::HttpRequest;
    use cloudvpn::emulator::TokenGrant;
    let (a, b) = ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
    let config = EmulatorConfig {
        projects: vec![a.into(), b.into()],
        tokens: vec![
            TokenGrant { token: "token-a".into(), projects: Some(vec![a.into()]) },
            TokenGrant { token: "token-b".into(), projects: Some(vec![b.into()]) },
        ],
        ..Default::default()
    };
    let mut emu = Emulator::new(config, Box::new(ManualClock::at(0)));
    let req = |method, project: &str, token: &str, path: &str, body: &str| HttpRequest {
        method,
        url: format!("/v5/{project}/{path}"),
        headers: vec![("X-Auth-Token".into(), token.into())],
        body: body.as_bytes().to_vec(),
    };
    let created =
        emu.handle(&req(Post, a, "token-a", "customer-gateways", r#"{"customer_gateway":{"id_value":"203.0.113.1"}}"#));
    assert_eq!(created.status, 201);
    let id = text(&json_of(&created), "/customer_gateway/id");
    assert_eq!(emu.handle(&req(Get, a, "token-a", &format!("customer-gateways/{id}"), "")).status, 200);
    assert_eq!(
        emu.handle(&req(Get, a, "token-b", &format!("customer-gateways/{id}"), "")).status,
        403,
        "token b on project a"
    );
    assert_eq!(
        emu.handle(&req(Get, b, "token-b", &format!("customer-gateways/{id}"), "")).status,
        404,
        "project b has no such gateway"
    );
    let listed = json_of(&emu.handle(&req(Get, b, "token-b", "customer-gateways", "")));
    assert_eq!(listed["total_count"], 0);
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

/// `method path` exactly as given (path and query after the host), with the default token.
fn raw(emu: &mut Emulator, method: cloudvpn::api::Method, path: &str, headers: &[(&str, &str)]) -> Value {
    let mut all = vec![("X-Auth-Token".to_owned(), cloudvpn::emulator::DEFAULT_TOKEN.to_owned())];
    all.extend(headers.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
    let request =
        cloudvpn::api::HttpRequest { method, url: format!("http://127.0.0.1:8787{path}"), headers: all, body: vec![] };
    let r = emu.handle(&request);
    let mut body = json_of(&r);
    body["status"] = json!(r.status);
    body["x_request_id"] = json!(r.header("x-request-id"));
    body
}

#[test]
fn token_auth_refuses_an_x_project_id_of_another_project() {
    use cloudvpn::emulator::DEFAULT_PROJECT;
    let other = "ffffffffffffffffffffffffffffffff";
    let config = EmulatorConfig { projects: vec![DEFAULT_PROJECT.into(), other.into()], ..Default::default() };
    let mut emu = Emulator::new(config, Box::new(ManualClock::at(0)));
    let path = format!("/v5/{DEFAULT_PROJECT}/customer-gateways");
    let status_and_code = |v: Value| (v["status"].as_u64().unwrap_or(0), text(&v, "/error_code"));

    assert_eq!(status_and_code(raw(&mut emu, Get, &path, &[])), (200, String::new()));
    assert_eq!(status_and_code(raw(&mut emu, Get, &path, &[("X-Project-Id", DEFAULT_PROJECT)])), (200, String::new()));
    let refused = raw(&mut emu, Get, &path, &[("X-Project-Id", other)]);
    assert_eq!(status_and_code(refused.clone()), (403, "VPN.0007".into()), "a token valid for both projects");
    assert_eq!(text(&refused, "/error_msg"), "X-Project-Id does not match the project in the path");
    for headers in [
        [("x-project-id", DEFAULT_PROJECT), ("X-PROJECT-ID", other)],
        [("X-Project-Id", other), ("X-Project-Id", DEFAULT_PROJECT)],
        [("X-Project-Id", DEFAULT_PROJECT), ("X-Project-Id", "")],
    ] {
        assert_eq!(status_and_code(raw(&mut emu, Get, &path, &headers)), (403, "VPN.0007".into()), "{headers:?}");
    }
    let create = cloudvpn::api::HttpRequest {
        method: Post,
        url: path.clone(),
        headers: vec![("X-Auth-Token".into(), "emulator-token".into()), ("X-Project-Id".into(), other.into())],
        body: br#"{"customer_gateway":{"id_value":"203.0.113.9"}}"#.to_vec(),
    };
    assert_eq!(emu.handle(&create).status, 403);
    for project in [DEFAULT_PROJECT, other] {
        assert_eq!(emu.snapshot(project).map(|s| s["customer_gateways"].clone()), Some(json!([])), "nothing created");
    }

    let wrong_token = [("X-Auth-Token", "not-a-token"), ("X-Project-Id", other)];
    let mut emu = Emulator::new(EmulatorConfig::default(), Box::new(ManualClock::at(0)));
    let request = cloudvpn::api::HttpRequest {
        method: Get,
        url: path.clone(),
        headers: wrong_token.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect(),
        body: vec![],
    };
    assert_eq!(error_code(&emu.handle(&request)), (401, "VPN.0010".into()), "the token is checked first");
}

#[test]
fn only_the_canonical_path_is_a_route() {
    use cloudvpn::emulator::DEFAULT_PROJECT as P;
    let (mut emu, clock) = new_emulator();
    let ids = gateway_and_customer_gateway(&mut emu, &clock);
    let c = text(
        &json_of(&call(&mut emu, Post, "vpn-connection", Some(connection(&ids, json!({}))))),
        "/vpn_connection/id",
    );
    let m = json_of(&call(
        &mut emu,
        Post,
        "connection-monitors",
        Some(json!({"connection_monitor": {"vpn_connection_id": c}})),
    ));
    let m = text(&m, "/connection_monitor/id");
    let (g, cg) = (ids.vgw_id.clone(), ids.cgw_id.clone());
    let mut routes: Vec<(cloudvpn::api::Method, String)> = vec![
        (Post, "vpn-gateways".into()),
        (Get, "vpn-gateways".into()),
        (Get, "vpn-gateways/availability-zones".into()),
        (Get, format!("vpn-gateways/{g}")),
        (Put, format!("vpn-gateways/{g}")),
        (Post, format!("vpn-gateways/{g}/update-specification")),
        (Post, "customer-gateways".into()),
        (Get, "customer-gateways".into()),
        (Get, format!("customer-gateways/{cg}")),
        (Put, format!("customer-gateways/{cg}")),
        (Post, "vpn-connection".into()),
        (Get, "vpn-connection".into()),
        (Post, "vpn-connections/batch-create".into()),
        (Get, format!("vpn-connection/{c}")),
        (Put, format!("vpn-connection/{c}")),
        (Get, format!("vpn-connection/{c}/log")),
        (Post, "connection-monitors".into()),
        (Get, "connection-monitors".into()),
        (Get, format!("connection-monitors/{m}")),
        (Get, "vpn/quotas".into()),
    ];
    for (kind, id) in [("vpn-gateway", &g), ("customer-gateway", &cg), ("vpn-connection", &c)] {
        routes.push((Post, format!("{kind}/{id}/tags/create")));
        routes.push((Post, format!("{kind}/{id}/tags/delete")));
        routes.push((Get, format!("{kind}/{id}/tags")));
        routes.push((Get, format!("{kind}/tags")));
        routes.push((Post, format!("{kind}/resource-instances/filter")));
        routes.push((Post, format!("{kind}/resource-instances/count")));
    }
    routes.extend([
        (Delete, format!("connection-monitors/{m}")),
        (Delete, format!("vpn-connection/{c}")),
        (Delete, format!("customer-gateways/{cg}")),
        (Delete, format!("vpn-gateways/{g}")),
    ]);

    let before = emu.snapshot(P);
    let mut checked = 0;
    for (method, rest) in &routes {
        let canonical = format!("/v5/{P}/{rest}");
        let slashes: Vec<usize> = canonical.match_indices('/').map(|(i, _)| i).collect();
        let mut variants = vec![
            format!("{canonical}/"),
            format!("{canonical}/?limit=1"),
            format!("/{canonical}"),
            format!("{canonical}/."),
            format!("{canonical}/.."),
            format!("{canonical}/x/.."),
            format!("{canonical}%2F"),
        ];
        for &i in &slashes {
            let (head, tail) = canonical.split_at(i);
            let after = tail.get(1..).unwrap_or_default();
            variants.push(format!("{head}/{tail}"));
            variants.push(format!("{head}/.{tail}"));
            variants.push(format!("{head}/x/..{tail}"));
            variants.push(format!("{head}/%2e{tail}"));
            if i > 0 {
                variants.push(format!("{head}%2F{after}"));
                variants.push(format!("{head}%2f{after}"));
                variants.push(format!("{head}\\{after}"));
            }
        }
        let (first, others) = rest.split_at(1);
        variants.push(format!("/v5/{P}/%{:02X}{others}", first.as_bytes().first().copied().unwrap_or_default()));
        for path in &variants {
            let answer = raw(&mut emu, *method, path, &[]);
            let id = answer["x_request_id"].clone();
            assert_eq!(
                answer,
                json!({"status": 404, "error_code": "APIGW.0101",
                    "error_msg": "The API does not exist or has not been published", "request_id": id,
                    "x_request_id": id}),
                "{method:?} {path}"
            );
            assert!(id.as_str().is_some_and(|id| id.len() == 36), "{id}");
            checked += 1;
        }
        assert_eq!(emu.snapshot(P), before, "{method:?} {rest}: nothing changed");
    }
    assert!(checked > 1000, "{checked}");

    // The canonical paths are still the routes (their bodies are empty here: 400 for a write).
    for (method, rest) in &routes {
        let answer = raw(&mut emu, *method, &format!("/v5/{P}/{rest}"), &[]);
        assert_ne!(text(&answer, "/error_code"), "APIGW.0101", "{method:?} {rest}");
    }
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
