//! A run of the emulator through every operation that `tests/reference/responses.json` lists, on
//! resources of every kind its `when` words name, keeping each answer by operation.

use super::emulator::{call, json_of, new_emulator, text};
use cloudvpn::api::Method::{self, Get, Post, Put};
use cloudvpn::emulator::{Emulator, ManualClock, DEFAULT_TRANSITION_MS};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap, HashSet};

/// The emulator, the answers it gave by operation, and what each resource is (the `when` words).
pub struct Run {
    pub emu: Emulator,
    pub clock: ManualClock,
    pub answers: BTreeMap<&'static str, Vec<Value>>,
    pub kinds: HashMap<String, HashSet<&'static str>>,
}

impl Run {
    /// Sends a request that must succeed with `status`; keeps the answer under `operation`.
    fn send(&mut self, operation: &'static str, method: Method, path: &str, body: Option<Value>, status: u16) -> Value {
        let r = call(&mut self.emu, method, path, body);
        let answer = json_of(&r);
        assert_eq!(r.status, status, "{operation} {path}: {answer}");
        self.answers.entry(operation).or_default().push(answer.clone());
        answer
    }

    fn kind(&mut self, id: &str, words: &[&'static str]) {
        self.kinds.entry(id.to_owned()).or_default().extend(words);
    }
}

const TAGS: &str = r#"[{"key": "env", "value": "test"}]"#;

fn tags() -> Value {
    serde_json::from_str(TAGS).unwrap_or(Value::Null)
}

/// Creates the gateways; returns (public ipv4 vpc, private er, public ipv6 vpc) gateways.
fn gateways(run: &mut Run, base: &Value) -> [Value; 3] {
    let public = run.send("createVpnGateway", Post, "vpn-gateways", Some(base.clone()), 201)["vpn_gateway"].clone();
    run.kind(&text(&public, "/id"), &["public", "vpc", "ipv4"]);
    let private_er = json!({"vpn_gateway": {"name": "gw-private-er", "network_type": "private",
        "attachment_type": "er", "er_id": "5c3d1f2e-8a7b-4c6d-9e0f-1a2b3c4d5e6f",
        "access_vpc_id": "6d4e2f3a-9b8c-4d7e-8f1a-2b3c4d5e6f70", "access_subnet_id": "7e5f3a4b-0c9d-4e8f-9a2b-3c4d5e6f7081",
        "flavor": "Professional2", "tags": tags()}});
    let private = run.send("createVpnGateway", Post, "vpn-gateways", Some(private_er), 201)["vpn_gateway"].clone();
    run.kind(&text(&private, "/id"), &["private", "er", "ipv4"]);
    let v6 = json!({"vpn_gateway": {"name": "gw-v6", "ip_version": "ipv6",
        "vpc_id": "8f6a4b5c-1d0e-4f9a-8b3c-4d5e6f708192", "connect_subnet": "9a7b5c6d-2e1f-4a0b-9c4d-5e6f708192a3",
        "local_subnets_v6": ["2001:db8:1::/48"]}});
    let ipv6 = run.send("createVpnGateway", Post, "vpn-gateways", Some(v6), 201)["vpn_gateway"].clone();
    run.kind(&text(&ipv6, "/id"), &["public", "vpc", "ipv6"]);
    [public, private, ipv6]
}

/// Creates the customer gateways; returns the one with an ASN, the one connections use.
fn customer_gateways(run: &mut Run) -> String {
    let bodies = [
        (json!({"id_value": "203.0.113.7", "bgp_asn": 65000, "tags": tags()}), &["ip", "bgp_asn"][..]),
        (json!({"id_value": "203.0.113.8"}), &["ip"][..]),
        (json!({"id_type": "fqdn", "id_value": "branch.example.com"}), &[][..]),
    ];
    let mut ids = Vec::new();
    for (body, words) in bodies {
        let c = run.send(
            "createCustomerGateway",
            Post,
            "customer-gateways",
            Some(json!({ "customer_gateway": body })),
            201,
        );
        let id = text(&c, "/customer_gateway/id");
        run.kind(&id, words);
        ids.push(id);
    }
    for id in &ids {
        run.send("getCustomerGateway", Get, &format!("customer-gateways/{id}"), None, 200);
        let rename = json!({"customer_gateway": {"name": "cgw-renamed"}});
        run.send("updateCustomerGateway", Put, &format!("customer-gateways/{id}"), Some(rename), 200);
    }
    run.send("listCustomerGateways", Get, "customer-gateways", None, 200);
    ids.swap_remove(0)
}

/// One connection of each kind, alone and in a batch of two: (body without the gateway's
/// addresses, the gateway, `when` words).
fn connection_kinds(gws: &[Value; 3], cgw: &str) -> Vec<(Value, Value, Vec<&'static str>)> {
    let [public, private, ipv6] = gws;
    let base = |extra: Value| {
        let mut c = json!({"cgw_id": cgw, "peer_subnets": ["192.168.44.0/24"], "psk": "Abcd1234!x", "tags": tags()});
        if let (Some(c), Some(e)) = (c.as_object_mut(), extra.as_object()) {
            c.extend(e.clone());
        }
        c
    };
    let policy = json!({"style": "policy", "policy_rules": [{"source": "10.0.0.0/24", "destination": ["192.168.44.0/24"]}],
        "ikepolicy": {"ike_version": "v1"}});
    let v6_policy = json!({"style": "policy", "peer_subnets_v6": ["2001:db8:2::/48"],
        "policy_rules_v6": [{"source": "2001:db8:1::/48", "destination": ["2001:db8:2::/48"]}]});
    vec![
        (base(json!({})), public.clone(), vec!["static", "public"]),
        (base(policy.clone()), public.clone(), vec!["policy", "public", "ike_v1"]),
        (base(json!({"style": "bgp"})), public.clone(), vec!["bgp", "public"]),
        (base(json!({})), private.clone(), vec!["static", "private"]),
        (base(v6_policy), ipv6.clone(), vec!["policy", "public", "ipv6"]),
    ]
}

/// The gateway's two addresses a connection can use (`vgw_ip`).
fn gateway_ips(g: &Value) -> [String; 2] {
    if g["network_type"] == "private" {
        [text(g, "/access_private_ip_1"), text(g, "/access_private_ip_2")]
    } else {
        [text(g, "/eip1/id"), text(g, "/eip2/id")]
    }
}

fn on_gateway(body: &Value, g: &Value, vgw_ip: &str) -> Value {
    let mut c = body.clone();
    if let Some(c) = c.as_object_mut() {
        c.insert("vgw_id".into(), g["id"].clone());
        c.insert("vgw_ip".into(), json!(vgw_ip));
    }
    c
}

/// Creates the connections (alone and in batches); returns the ids of those created alone.
fn connections(run: &mut Run, gws: &[Value; 3], cgw: &str) -> Vec<String> {
    let mut alone = Vec::new();
    for (body, g, words) in connection_kinds(gws, cgw) {
        let [ip1, ip2] = gateway_ips(&g);
        let created = run.send(
            "createVpnConnection",
            Post,
            "vpn-connection",
            Some(json!({ "vpn_connection": on_gateway(&body, &g, &ip1) })),
            201,
        );
        let id = text(&created, "/vpn_connection/id");
        run.kind(&id, &words);
        alone.push(id);
        let pair = json!({"vpn_connections": [on_gateway(&body, &g, &ip1), on_gateway(&body, &g, &ip2)]});
        let batch = run.send("batchCreateVpnConnections", Post, "vpn-connections/batch-create", Some(pair), 201);
        for c in batch["vpn_connections"].as_array().into_iter().flatten() {
            run.kind(&text(c, "/id"), &words);
        }
    }
    alone
}

/// Drives the emulator through every listed operation, on a copy of `base` (the reference's
/// create-gateway body) and the resources of every kind the reference's `when` words name.
pub fn drive(base: &Value) -> Run {
    let (emu, clock) = new_emulator();
    let mut run = Run { emu, clock, answers: BTreeMap::new(), kinds: HashMap::new() };
    let gws = gateways(&mut run, base);
    let cgw = customer_gateways(&mut run);
    // Creations in one millisecond get successive ones: a little more, and all have settled.
    run.clock.advance(DEFAULT_TRANSITION_MS + 100);

    let ids = connections(&mut run, &gws, &cgw);
    let watched = ids.first().cloned().unwrap_or_default();
    let monitor = json!({"connection_monitor": {"vpn_connection_id": watched}});
    let m = run.send("createConnectionMonitor", Post, "connection-monitors", Some(monitor), 201);
    run.kind(&watched, &["monitored"]);
    let monitor_id = text(&m, "/connection_monitor/id");
    run.clock.advance(DEFAULT_TRANSITION_MS + 100);
    run.send("getConnectionMonitor", Get, &format!("connection-monitors/{monitor_id}"), None, 200);
    run.send("listConnectionMonitors", Get, "connection-monitors", None, 200);

    for id in &ids {
        run.send("getVpnConnection", Get, &format!("vpn-connection/{id}"), None, 200);
        let rename = json!({"vpn_connection": {"name": "vpn-renamed"}});
        run.send("updateVpnConnection", Put, &format!("vpn-connection/{id}"), Some(rename), 200);
    }
    run.send("listVpnConnections", Get, "vpn-connection?limit=100", None, 200);
    run.send("getVpnConnectionLog", Get, &format!("vpn-connection/{watched}/log"), None, 200);

    for (g, flavor) in gws.iter().zip(["Professional2", "Professional1", "Professional2"]) {
        let id = text(g, "/id");
        run.send("getVpnGateway", Get, &format!("vpn-gateways/{id}"), None, 200);
        let rename = json!({"vpn_gateway": {"name": "gw-renamed"}});
        run.send("updateVpnGateway", Put, &format!("vpn-gateways/{id}"), Some(rename), 200);
        let spec = json!({"vpn_gateway": {"flavor": flavor}});
        run.send(
            "updateVpnGatewaySpecification",
            Post,
            &format!("vpn-gateways/{id}/update-specification"),
            Some(spec),
            200,
        );
    }
    run.send("listVpnGateways", Get, "vpn-gateways", None, 200);
    run.send("listAvailabilityZones", Get, "vpn-gateways/availability-zones", None, 200);
    run.send("getQuotas", Get, "vpn/quotas", None, 200);

    let public = text(&gws[0], "/id");
    run.send("listTags", Get, &format!("vpn-gateway/{public}/tags"), None, 200);
    run.send("listProjectTags", Get, "vpn-gateway/tags", None, 200);
    let filter = json!({"tags": [{"key": "env", "values": ["test"]}]});
    run.send("filterResourcesByTags", Post, "vpn-gateway/resource-instances/filter", Some(filter.clone()), 200);
    run.send("countResourcesByTags", Post, "vpn-gateway/resource-instances/count", Some(filter), 200);
    run
}
