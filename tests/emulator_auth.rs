//! Who may call the emulator: AK/SK signatures, tokens bound to projects, and `X-Project-Id`.

mod common;

use cloudvpn::api::Method::{Get, Post};
use cloudvpn::emulator::{Emulator, EmulatorConfig, ManualClock};
use common::emulator::{error_code, json_of, new_emulator, raw, text};
use serde_json::{json, Value};

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
