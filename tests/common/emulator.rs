//! The emulator on a manual clock, requests to it and what its answers hold, and the gateways a
//! VPN connection needs.

use cloudvpn::api::{HttpRequest, HttpResponse, Method};
use cloudvpn::emulator::{
    Emulator, EmulatorConfig, ManualClock, DEFAULT_PROJECT, DEFAULT_TOKEN, DEFAULT_TRANSITION_MS,
};
use serde_json::{json, Value};

/// An emulator on a manual clock at 2025-06-26T13:41:34.626Z.
pub fn new_emulator() -> (Emulator, ManualClock) {
    let clock = ManualClock::at(1_750_945_294_626);
    (Emulator::new(EmulatorConfig::default(), Box::new(clock.clone())), clock)
}

/// Sends `method path` with the default token and a JSON body.
pub fn call(emulator: &mut Emulator, method: Method, path: &str, body: Option<Value>) -> HttpResponse {
    let mut headers = vec![("X-Auth-Token".to_owned(), DEFAULT_TOKEN.to_owned())];
    if body.is_some() {
        headers.push(("Content-Type".to_owned(), "application/json".to_owned()));
    }
    let request = HttpRequest {
        method,
        url: format!("http://127.0.0.1:8787/v5/{DEFAULT_PROJECT}/{path}"),
        headers,
        body: body.map(|b| b.to_string().into_bytes()).unwrap_or_default(),
    };
    emulator.handle(&request)
}

/// The JSON body of a response.
pub fn json_of(response: &HttpResponse) -> Value {
    serde_json::from_slice(&response.body).unwrap_or(Value::Null)
}

/// What a connection needs: an ACTIVE public gateway and a customer gateway.
pub struct Ids {
    pub vgw_id: String,
    pub eip_id: String,
    pub eip_address: String,
    pub cgw_id: String,
}

/// Creates a public VPC gateway and a customer gateway, and lets the gateway become ACTIVE.
pub fn gateway_and_customer_gateway(emulator: &mut Emulator, clock: &ManualClock) -> Ids {
    let gateway = json!({"vpn_gateway": {
        "vpc_id": "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10", "connect_subnet": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9",
        "local_subnets": ["10.0.0.0/16"]}});
    let g = json_of(&call(emulator, Method::Post, "vpn-gateways", Some(gateway)));
    let cgw = json!({"customer_gateway": {"id_value": "203.0.113.7", "bgp_asn": 65000}});
    let c = json_of(&call(emulator, Method::Post, "customer-gateways", Some(cgw)));
    clock.advance(DEFAULT_TRANSITION_MS);
    Ids {
        vgw_id: text(&g, "/vpn_gateway/id"),
        eip_id: text(&g, "/vpn_gateway/eip1/id"),
        eip_address: text(&g, "/vpn_gateway/eip1/ip_address"),
        cgw_id: text(&c, "/customer_gateway/id"),
    }
}

/// `method path` exactly as given (path and query after the host), with the default token: the
/// JSON body, with the status under `status` and the `X-Request-Id` header under `x_request_id`.
pub fn raw(emu: &mut Emulator, method: Method, path: &str, headers: &[(&str, &str)]) -> Value {
    let mut all = vec![("X-Auth-Token".to_owned(), DEFAULT_TOKEN.to_owned())];
    all.extend(headers.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
    let request = HttpRequest { method, url: format!("http://127.0.0.1:8787{path}"), headers: all, body: vec![] };
    let r = emu.handle(&request);
    let mut body = json_of(&r);
    body["status"] = json!(r.status);
    body["x_request_id"] = json!(r.header("x-request-id"));
    body
}

/// The string at `pointer` in `v`, or `""`.
pub fn text(v: &Value, pointer: &str) -> String {
    v.pointer(pointer).and_then(Value::as_str).unwrap_or_default().to_owned()
}

/// The status of a response and the `error_code` of its body (`""` without one).
pub fn error_code(r: &HttpResponse) -> (u16, String) {
    (r.status, text(&json_of(r), "/error_code"))
}

/// A create-connection body on `ids`' gateways, with `extra`'s members added or replaced.
pub fn connection(ids: &Ids, extra: Value) -> Value {
    let mut c = json!({"vgw_id": ids.vgw_id, "vgw_ip": ids.eip_id, "cgw_id": ids.cgw_id,
        "peer_subnets": ["192.168.44.0/24"], "psk": "Abcd1234!x"});
    if let (Some(c), Some(e)) = (c.as_object_mut(), extra.as_object()) {
        c.extend(e.clone());
    }
    json!({ "vpn_connection": c })
}
