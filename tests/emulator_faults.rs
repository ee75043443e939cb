//! The emulator's injected faults: deterministic from a seed, before or after the commit.

use cloudvpn::api::Method::Post;
use cloudvpn::emulator::{Emulator, EmulatorConfig, ManualClock};
use serde_json::Value;

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
