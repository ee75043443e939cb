use super::*;
use crate::emulator::config::{Quotas, DEFAULT_TRANSITION_MS};

fn read(text: &str) -> Result<EmulatorConfig, Error> {
    EmulatorConfig::from_text(text, 42)
}

fn refusal(text: &str) -> String {
    match read(text) {
        Err(Error::Config(message)) => message,
        other => format!("not refused: {other:?}"),
    }
}

#[test]
fn absent_options_are_the_defaults_with_the_given_seed() {
    for text in ["null", "{}"] {
        let config = read(text).unwrap(); // allow-panic: test module, compiled under cfg(test) only
        let defaults = EmulatorConfig::default();
        assert_eq!(config.seed, 42);
        assert_eq!(config.projects, defaults.projects);
        assert_eq!(config.tokens, defaults.tokens);
        assert_eq!(config.credentials, defaults.credentials);
        assert_eq!(config.transition_ms, DEFAULT_TRANSITION_MS);
        assert_eq!((config.delay_ms, config.connect_ms), (0, None));
        assert_eq!(config.quotas, Quotas::default());
        assert!(config.faults.is_empty());
    }
    for text in ["5", "\"x\"", "[]", "true"] {
        assert_eq!(refusal(text), EMULATOR_OPTIONS_NOT_OBJECT, "{text}");
    }
}

#[test]
fn every_option_is_read() {
    let config = read(
        r#"{"projects":["p1","p2"],"tokens":["t",{"token":"u","projects":["p2"]}],
        "credentials":[{"accessKey":"AK","secretKey":"SK"}],"transitionMs":0,"seed":9007199254740991,"delayMs":5,
        "connectMs":60,"quotas":{"vpn_gateway":0,"vpn_connection":1000000000},"unknownName":1,
        "faults":[{"method":"POST","path":"vpn-connection","rate":0.25,"kinds":["429","drop-after"],"retryAfterS":0,
        "latencyMs":3600000},{"rate":1,"method":5,"path":7}]}"#,
    )
    .unwrap(); // allow-panic: test module, compiled under cfg(test) only
    assert_eq!(config.projects, ["p1", "p2"]);
    assert_eq!(
        config.tokens,
        [TokenGrant::any_project("t"), TokenGrant { token: Secret::new("u"), projects: Some(vec!["p2".into()]) }]
    );
    assert_eq!(config.credentials, [("AK".to_owned(), Secret::new("SK"))]);
    assert_eq!(
        (config.transition_ms, config.seed, config.delay_ms, config.connect_ms),
        (0, 9_007_199_254_740_991, 5, Some(60))
    );
    assert_eq!(config.quotas, Quotas { vpn_gateway: 0, customer_gateway: 100, vpn_connection: 1_000_000_000 });
    let [first, second] = config.faults.as_slice() else { panic!("two rules") }; // allow-panic: test module, compiled under cfg(test) only
    assert_eq!((first.method, first.path.as_deref(), first.rate), (Some(Method::Post), Some("vpn-connection"), 0.25));
    assert_eq!(first.kinds, [FaultKind::parse("429").unwrap(), FaultKind::parse("drop-after").unwrap()]); // allow-panic: test module, compiled under cfg(test) only
    assert_eq!((first.retry_after_s, first.latency_ms), (0, 3_600_000));
    assert_eq!((second.method, second.path.as_deref(), second.rate), (None, None, 1.0), "not strings: none");
    assert_eq!((second.retry_after_s, second.latency_ms), (1, 200));
    assert!(second.kinds.is_empty());
    assert_eq!(read(r#"{"quotas":null}"#).unwrap().quotas, Quotas::default()); // allow-panic: test module, compiled under cfg(test) only
}

#[test]
fn numbers_are_whole_and_within_range() {
    for key in ["transitionMs", "seed", "delayMs", "connectMs"] {
        let says = format!("options.{key} must be a whole number ≥ 0");
        for bad in ["-1", "1.5", "9007199254740992", "1e999", "null", "\"5\"", "[]"] {
            assert_eq!(refusal(&format!(r#"{{"{key}":{bad}}}"#)), says, "{key}: {bad}");
        }
        assert!(read(&format!(r#"{{"{key}":-0}}"#)).is_ok(), "negative zero is 0");
    }
    for key in ["vpn_gateway", "customer_gateway", "vpn_connection"] {
        let says = format!("options.quotas.{key} must be a whole number ≥ 0");
        for bad in ["-1", "0.5", "1000000001", "null"] {
            assert_eq!(refusal(&format!(r#"{{"quotas":{{"{key}":{bad}}}}}"#)), says, "{key}: {bad}");
        }
    }
    for key in ["retryAfterS", "latencyMs"] {
        let says = format!("options.faults: {key} must be a whole number 0–3600000");
        for bad in ["-1", "3600001", "2.5", "null"] {
            assert_eq!(refusal(&format!(r#"{{"faults":[{{"rate":1,"{key}":{bad}}}]}}"#)), says, "{key}: {bad}");
        }
    }
}

#[test]
fn malformed_lists_and_rules_say_what_they_take() {
    let projects = "options.projects must be a non-empty array of non-empty strings";
    let tokens = "options.tokens must be a non-empty array of strings or { token, projects: string[] }";
    let credentials = "options.credentials must be an array of { accessKey, secretKey } strings";
    for (text, says) in [
        (r#"{"projects":[]}"#, projects),
        (r#"{"projects":["p",""]}"#, projects),
        (r#"{"projects":"p"}"#, projects),
        (r#"{"projects":null}"#, projects),
        (r#"{"tokens":[]}"#, tokens),
        (r#"{"tokens":[""]}"#, tokens),
        (r#"{"tokens":[{"token":"t"}]}"#, tokens),
        (r#"{"tokens":[{"token":"t","projects":[]}]}"#, projects),
        (r#"{"tokens":{}}"#, tokens),
        (r#"{"credentials":[{"accessKey":"a"}]}"#, credentials),
        (r#"{"credentials":[{"accessKey":"a","secretKey":""}]}"#, credentials),
        (r#"{"credentials":{}}"#, credentials),
        (r#"{"faults":{}}"#, "options.faults: must be an array of rules"),
        (r#"{"faults":[5]}"#, "options.faults: rate must be 0–1"),
        (r#"{"faults":[{"rate":1.5}]}"#, "options.faults: rate must be 0–1"),
        (r#"{"faults":[{"rate":-0.1}]}"#, "options.faults: rate must be 0–1"),
        (r#"{"faults":[{"rate":"1"}]}"#, "options.faults: rate must be 0–1"),
        (r#"{"faults":[{"rate":1e999}]}"#, "options.faults: rate must be 0–1"),
        (r#"{"faults":[{"rate":1,"method":"PATCH"}]}"#, "options.faults: method must be GET, POST, PUT or DELETE"),
        (r#"{"faults":[{"rate":1,"kinds":"429"}]}"#, "options.faults: kinds must be an array"),
        (r#"{"faults":[{"rate":1,"kinds":["teapot"]}]}"#, "options.faults: unknown kind \"teapot\"; known: 429, "),
        (r#"{"faults":[{"rate":1,"kinds":[7]}]}"#, "options.faults: unknown kind \"\"; known: "),
    ] {
        let refused = refusal(text);
        assert!(refused.starts_with(says), "{text}: {refused}");
    }
    let underflow = read(r#"{"faults":[{"rate":1e-400}]}"#).unwrap(); // allow-panic: test module, compiled under cfg(test) only
    assert_eq!(underflow.faults[0].rate, 0.0, "an underflow is 0");
    // allow-panic: test module, compiled under cfg(test) only
}

#[test]
fn no_list_is_taken_past_its_limit() {
    let list = |n: usize, item: &str| format!("[{}]", vec![item; n].join(","));
    let most = list(MAX_OPTION_ITEMS, "\"p\"");
    assert_eq!(read(&format!(r#"{{"projects":{most}}}"#)).unwrap().projects.len(), MAX_OPTION_ITEMS); // allow-panic: test module, compiled under cfg(test) only
    for (key, item) in [("projects", "\"p\""), ("tokens", "\"t\""), ("credentials", "null"), ("faults", "null")] {
        let text = format!(r#"{{"{key}":{}}}"#, list(MAX_OPTION_ITEMS + 1, item));
        assert_eq!(refusal(&text), format!("options.{key} may hold at most 10000 items"), "{key}");
    }
    let kinds = format!(r#"{{"faults":[{{"rate":1,"kinds":{}}}]}}"#, list(MAX_OPTION_ITEMS + 1, "null"));
    assert_eq!(refusal(&kinds), "options.faults[].kinds may hold at most 10000 items");
}
