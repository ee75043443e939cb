//! The JS boundary itself, run by wasm-bindgen-test in Node and in headless Chromium: JS values in,
//! typed JS errors out, a real `fetch` against the loopback emulator server, the in-process
//! emulator's `fetch`. `make test` starts the server and passes its URL in at compile time as
//! `CLOUDVPN_TEST_ENDPOINT`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Promise, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

use cloudvpn::wasm::{JsEmulator, VpnClient};

fn validate(body: &JsValue, options: &JsValue) -> JsValue {
    cloudvpn::wasm::validate_create_vpn_connection(body.clone(), Some(options.clone().unchecked_into())).into()
}

fn endpoint() -> &'static str {
    match option_env!("CLOUDVPN_TEST_ENDPOINT") {
        Some(url) => url,
        None => panic!("CLOUDVPN_TEST_ENDPOINT is not set: run these tests through `make test`"),
    }
}

/// The ids of the gateway and customer gateway scripts/test-wasm.sh made on that server, as a
/// connection body's overrides.
fn server_ids() -> String {
    match (
        option_env!("CLOUDVPN_TEST_VGW_ID"),
        option_env!("CLOUDVPN_TEST_EIP_ID"),
        option_env!("CLOUDVPN_TEST_CGW_ID"),
    ) {
        (Some(vgw), Some(eip), Some(cgw)) => format!(r#""vgw_id": "{vgw}", "vgw_ip": "{eip}", "cgw_id": "{cgw}""#),
        _ => panic!("CLOUDVPN_TEST_VGW_ID/EIP_ID/CGW_ID are not set: run these tests through `make test`"),
    }
}

fn body_with(ids: &str) -> JsValue {
    js(&format!(r#"{{"vpn_connection": {{{ids}, "peer_subnets": ["192.168.44.0/24"], "psk": "Abcd1234!x"}}}}"#))
}

/// Makes a gateway and a customer gateway in an in-process emulator through its synchronous
/// `handle`, and returns their ids as a connection body's overrides.
fn emulator_ids(emulator: &JsEmulator) -> String {
    let post = |path: &str, body: &str| -> JsValue {
        let headers = Array::of2(
            &Array::of2(&"X-Auth-Token".into(), &"emulator-token".into()),
            &Array::of2(&"Content-Type".into(), &"application/json".into()),
        );
        let url = format!("/v5/{PROJECT}/{path}");
        let answer: JsValue =
            emulator.handle("POST", url, headers.unchecked_into(), js_sys::Uint8Array::from(body.as_bytes())).into();
        let bytes = js_sys::Uint8Array::new(&get(&answer, "body")).to_vec();
        js(&String::from_utf8(bytes).unwrap())
    };
    let g = post(
        "vpn-gateways",
        r#"{"vpn_gateway": {"vpc_id": "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10", "connect_subnet": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", "local_subnets": ["10.0.0.0/16"]}}"#,
    );
    let c = post("customer-gateways", r#"{"customer_gateway": {"id_value": "203.0.113.7"}}"#);
    let g = get(&g, "vpn_gateway");
    format!(
        r#""vgw_id": "{}", "vgw_ip": "{}", "cgw_id": "{}""#,
        get(&g, "id").as_string().unwrap(),
        get(&get(&g, "eip1"), "id").as_string().unwrap(),
        get(&get(&c, "customer_gateway"), "id").as_string().unwrap()
    )
}

const PROJECT: &str = "0123456789abcdef0123456789abcdef";

fn js(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

fn issues(report: &JsValue) -> Vec<(String, String, Option<String>)> {
    Array::from(&get(report, "issues"))
        .iter()
        .filter(|i| get(i, "severity").as_string().as_deref() == Some("error"))
        .map(|i| {
            (get(&i, "path").as_string().unwrap(), get(&i, "code").as_string().unwrap(), get(&i, "related").as_string())
        })
        .collect()
}

fn seed(psk: &str, subnets: &str) -> JsValue {
    js(&format!(
        r#"{{"vpn_connection": {{"vgw_id": "b32d91a4-3f0e-4c1a-a8df-e907174eb11d", "vgw_ip": "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde",
            "cgw_id": "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d", "peer_subnets": {subnets}, "psk": "{psk}"}}}}"#
    ))
}

fn client(endpoint: &str, token: &str, fetch: Option<JsValue>) -> Result<VpnClient, JsValue> {
    let options = Object::new();
    Reflect::set(&options, &"endpoint".into(), &endpoint.into())?;
    Reflect::set(&options, &"projectId".into(), &PROJECT.into())?;
    let auth = Object::new();
    Reflect::set(&auth, &"token".into(), &token.into())?;
    Reflect::set(&options, &"auth".into(), &auth)?;
    if let Some(f) = fetch {
        Reflect::set(&options, &"fetch".into(), &f)?;
    }
    VpnClient::new(options.unchecked_into())
}

fn create(c: &VpnClient, body: &JsValue) -> Promise {
    c.create_vpn_connection(body.clone().unchecked_into(), None).unchecked_into()
}

fn show(c: &VpnClient, id: &JsValue, options: &JsValue) -> Promise {
    c.get_vpn_connection(id.clone().unchecked_into(), Some(options.clone().unchecked_into())).unchecked_into()
}

fn emulator_fetch() -> (JsEmulator, JsValue) {
    let emulator = JsEmulator::new(Some(js(r#"{"transitionMs": 0}"#).unchecked_into())).unwrap();
    let fetch: JsValue = emulator.fetch().into();
    (emulator, fetch)
}

async fn rejection(p: Promise) -> JsValue {
    match JsFuture::from(p).await {
        Ok(v) => panic!("expected a rejection, got {:?}", JSON::stringify(&v)),
        Err(e) => e,
    }
}

#[wasm_bindgen_test]
fn seed_request_is_ok_and_its_own_psk_is_not() {
    let report = validate(&seed("Abcd1234!x", r#"["192.168.44.0/24"]"#), &JsValue::UNDEFINED);
    assert_eq!(get(&report, "ok"), JsValue::TRUE);
    let report = validate(&seed("abcd****", r#"["192.168.44.0/24"]"#), &JsValue::UNDEFINED);
    assert_eq!(get(&report, "ok"), JsValue::FALSE);
    assert!(issues(&report).iter().any(|(p, c, _)| p == "vpn_connection.psk" && c == "psk.classes"));
}

#[wasm_bindgen_test]
fn overlap_and_bad_prefix_are_reported_at_their_entries() {
    let report =
        validate(&seed("Abcd1234!x", r#"["10.0.0.0/16", "10.0.1.0/24", "192.168.44.0/33"]"#), &JsValue::UNDEFINED);
    let found = issues(&report);
    assert!(found.contains(&(
        "vpn_connection.peer_subnets[1]".into(),
        "cidr.overlap".into(),
        Some("vpn_connection.peer_subnets[0]".into())
    )));
    assert!(found.iter().any(|(p, c, _)| p == "vpn_connection.peer_subnets[2]" && c == "cidr.syntax"));
}

#[wasm_bindgen_test]
fn any_js_value_gets_a_report() {
    let cyclic = Object::new();
    Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
    let mut deep = js("{}");
    for _ in 0..5000 {
        let o = Object::new();
        Reflect::set(&o, &"a".into(), &deep).unwrap();
        deep = o.into();
    }
    let symbol = js_sys::Symbol::for_("x");
    let inputs: Vec<JsValue> = vec![
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::from_f64(f64::NAN),
        JsValue::from_str("{}"),
        js_sys::BigInt::from(5u32).into(),
        symbol.into(),
        Array::new().into(),
        cyclic.into(),
        deep,
        js_sys::Function::new_no_args("return 1").into(),
    ];
    for input in inputs {
        let report = validate(&input, &JsValue::UNDEFINED);
        assert_eq!(get(&report, "ok"), JsValue::FALSE);
        assert!(Array::from(&get(&report, "issues")).length() > 0);
    }
    // Bad options are a report too, not an exception.
    let report = validate(&seed("Abcd1234!x", r#"["192.168.44.0/24"]"#), &js(r#"{"cloud": "aws"}"#));
    assert_eq!(issues(&report)[0].1, "options.invalid");
    // and the module still works afterwards
    let report = validate(&seed("Abcd1234!x", r#"["192.168.44.0/24"]"#), &JsValue::UNDEFINED);
    assert_eq!(get(&report, "ok"), JsValue::TRUE);
}

/// JSON.stringify writes NaN and Infinity as null, a function in an array as null, and leaves a
/// function-valued property out: each is named where it is, once (no "got null" beside it), and
/// the rest of the body is still checked.
#[wasm_bindgen_test]
fn values_json_cannot_carry_are_named_where_they_are() {
    let body = seed("Abcd1234!x", r#"["192.168.44.0/24", "10.0.0.0/8"]"#);
    let connection = get(&body, "vpn_connection");
    let ike = Object::new();
    Reflect::set(&ike, &"lifetime_seconds".into(), &JsValue::from_f64(f64::NAN)).unwrap();
    Reflect::set(&ike, &"dpd".into(), &js(r#"{"timeout": 15}"#)).unwrap();
    Reflect::set(&get(&ike, "dpd"), &"interval".into(), &JsValue::from_f64(f64::INFINITY)).unwrap();
    Reflect::set(&connection, &"ikepolicy".into(), &ike).unwrap();
    let subnets = get(&connection, "peer_subnets");
    Reflect::set(&subnets, &1.into(), &js_sys::Function::new_no_args("return 1")).unwrap();
    Reflect::set(&connection, &"psk".into(), &"weakweak".into()).unwrap();
    // A function as a property's value: JSON.stringify would leave the property out.
    Reflect::set(&connection, &"name".into(), &js_sys::Function::new_no_args("return 'vpn-1'")).unwrap();
    let found = issues(&validate(&body, &JsValue::UNDEFINED));
    let at = |path: &str| found.iter().filter(|(p, ..)| p == path).map(|(_, c, _)| c.as_str()).collect::<Vec<_>>();
    assert_eq!(at("vpn_connection.ikepolicy.lifetime_seconds"), ["input.unsupported"]);
    assert_eq!(at("vpn_connection.ikepolicy.dpd.interval"), ["input.unsupported"]);
    assert_eq!(at("vpn_connection.peer_subnets[1]"), ["input.unsupported"]);
    assert_eq!(at("vpn_connection.psk"), ["psk.classes"]);
    assert_eq!(at("vpn_connection.name"), ["input.unsupported"]);
    // undefined stays "absent", as in JSON.
    Reflect::set(&connection, &"name".into(), &JsValue::UNDEFINED).unwrap();
    assert!(issues(&validate(&body, &JsValue::UNDEFINED)).iter().all(|(p, ..)| p != "vpn_connection.name"));
}

#[wasm_bindgen_test]
fn bad_client_options_throw_a_config_error() {
    let err = client("http://vpn.example.com", "t", None).err().unwrap();
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(get(&err, "name").as_string().as_deref(), Some("ConfigError"));
    assert_eq!(get(&err, "code").as_string().as_deref(), Some("CONFIG"));
}

#[wasm_bindgen_test]
async fn create_then_get_over_real_fetch() {
    let c = client(endpoint(), "emulator-token", None).unwrap();
    let created = JsFuture::from(create(&c, &body_with(&server_ids()))).await.unwrap();
    let conn = get(&created, "vpn_connection");
    assert_eq!(get(&conn, "style").as_string().as_deref(), Some("STATIC"));
    assert!(get(&conn, "name").as_string().unwrap().starts_with("vpn-"));
    assert!(get(&created, "request_id").is_string());
    let id = get(&conn, "id");
    let shown = JsFuture::from(show(&c, &id, &JsValue::UNDEFINED)).await.unwrap();
    assert_eq!(get(&get(&shown, "vpn_connection"), "id"), id);
    assert!(get(&get(&shown, "vpn_connection"), "status").is_string());
}

#[wasm_bindgen_test]
async fn unknown_id_rejects_with_an_api_error() {
    let c = client(endpoint(), "emulator-token", None).unwrap();
    let err = rejection(show(&c, &"11111111-2222-4333-8444-555555555555".into(), &JsValue::UNDEFINED)).await;
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(get(&err, "name").as_string().as_deref(), Some("ApiError"));
    assert_eq!(get(&err, "status").as_f64(), Some(404.0));
    assert_eq!(get(&err, "code").as_string().as_deref(), Some("VPN.0004"));
    assert!(get(&err, "requestId").as_string().is_some_and(|id| !id.is_empty()));
}

#[wasm_bindgen_test]
async fn a_wrong_token_is_refused_with_401_and_never_shown() {
    let c = client(endpoint(), "canary-token-5f2e", None).unwrap();
    let err = rejection(create(&c, &seed("Canary!Psk42", r#"["192.168.44.0/24"]"#))).await;
    assert_eq!(get(&err, "status").as_f64(), Some(401.0));
    let shown = format!(
        "{} {} {}",
        JSON::stringify(&err).unwrap().as_string().unwrap(),
        get(&err, "message").as_string().unwrap(),
        get(&err, "stack").as_string().unwrap_or_default()
    );
    assert!(!shown.contains("canary-token-5f2e") && !shown.contains("Canary!Psk42"), "{shown}");
}

#[wasm_bindgen_test]
async fn an_invalid_body_rejects_before_sending() {
    let c = client("http://127.0.0.1:9", "emulator-token", None).unwrap(); // nothing listens on port 9
    let err = rejection(create(&c, &seed("abcd****", r#"["192.168.44.0/24"]"#))).await;
    assert_eq!(get(&err, "name").as_string().as_deref(), Some("ValidationError"));
    let issues = Array::from(&get(&err, "issues"));
    assert!(issues.iter().any(|i| get(&i, "path").as_string().as_deref() == Some("vpn_connection.psk")));
    assert!(!JSON::stringify(&err).unwrap().as_string().unwrap().contains("abcd****"));
}

#[wasm_bindgen_test]
async fn an_unreachable_endpoint_is_a_network_error() {
    let c = client("http://127.0.0.1:9", "emulator-token", None).unwrap();
    let err = rejection(show(&c, &"11111111-2222-4333-8444-555555555555".into(), &JsValue::UNDEFINED)).await;
    assert_eq!(get(&err, "name").as_string().as_deref(), Some("NetworkError"));
    assert_eq!(get(&err, "code").as_string().as_deref(), Some("NETWORK"));
}

#[wasm_bindgen_test]
async fn the_in_process_emulator_works_as_fetch() {
    let (emulator, fetch) = emulator_fetch();
    let c = client("http://emulator.local", "emulator-token", Some(fetch)).unwrap();
    let created = JsFuture::from(create(&c, &body_with(&emulator_ids(&emulator)))).await.unwrap();
    let id = get(&get(&created, "vpn_connection"), "id");
    let shown = JsFuture::from(show(&c, &id, &JsValue::UNDEFINED)).await.unwrap();
    assert_eq!(get(&get(&shown, "vpn_connection"), "status").as_string().as_deref(), Some("DOWN"));
    let (_other, other_fetch) = emulator_fetch();
    let c2 = client("http://emulator.local", "emulator-token", Some(other_fetch)).unwrap();
    let err = rejection(show(&c2, &id, &JsValue::UNDEFINED)).await;
    assert_eq!(get(&err, "status").as_f64(), Some(404.0), "emulators do not share a store");
}

#[wasm_bindgen_test]
async fn an_aborted_signal_rejects_with_abort_error() {
    let (_emulator, fetch) = emulator_fetch();
    let c = client("http://emulator.local", "emulator-token", Some(fetch)).unwrap();
    let constructor: js_sys::Function = get(&js_sys::global(), "AbortController").unchecked_into();
    let controller = Reflect::construct(&constructor, &Array::new()).unwrap();
    let abort: js_sys::Function = get(&controller, "abort").unchecked_into();
    abort.call0(&controller).unwrap();
    let options = Object::new();
    Reflect::set(&options, &"signal".into(), &get(&controller, "signal")).unwrap();
    let err = rejection(show(&c, &"11111111-2222-4333-8444-555555555555".into(), &options)).await;
    assert_eq!(get(&err, "name").as_string().as_deref(), Some("AbortError"));
}
