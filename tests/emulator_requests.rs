//! What the emulator checks of every request, whatever the resource: the canonical path as the
//! only route, malformed and oversized bodies, unknown methods and projects; and the quotas it
//! reports and enforces.

mod common;

use cloudvpn::api::Method::{Delete, Get, Post, Put};
use cloudvpn::emulator::{Emulator, EmulatorConfig, ManualClock, Quotas};
use common::emulator::{call, connection, error_code, gateway_and_customer_gateway, json_of, new_emulator, raw, text};
use serde_json::{json, Value};

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
