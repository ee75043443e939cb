use super::*;
use crate::validate::Cloud;

const BASE: &str = r#""endpoint":"https://vpn.eu-de.otc.t-systems.com","projectId":"0123456789abcdef0123456789abcdef","auth":{"token":"t"}"#;

/// The options `BASE` plus `more` (members, or "").
fn read(more: &str) -> Result<ClientOptions, Error> {
    let text = if more.is_empty() { format!("{{{BASE}}}") } else { format!("{{{BASE},{more}}}") };
    ClientOptions::from_text(&text, false)
}

fn refusal(more: &str) -> String {
    match read(more) {
        Err(Error::Config(message)) => message,
        other => format!("not refused: {other:?}"),
    }
}

#[test]
fn absent_options_are_the_defaults() {
    let read = read("").unwrap(); // allow-panic: test module, compiled under cfg(test) only
    assert_eq!(read.sending, Sending::default());
    assert_eq!(read.sending.timeout_ms, 30_000);
    assert_eq!(read.sending.overall_timeout_ms, None);
    assert_eq!(read.sending.max_concurrency, 16);
    assert_eq!(read.sending.max_response_bytes, 16 * 1024 * 1024);
    assert_eq!(read.sending.retry, RetryPolicy::default());
    assert_eq!(read.config.validation, Validation::Error);
    assert_eq!(read.config.validate_options.cloud, Cloud::Huawei);
    assert_eq!(read.config.project_id(), "0123456789abcdef0123456789abcdef");
    let nulls = ClientOptions::from_text(
        &format!(r#"{{{BASE},"validation":null,"validateOptions":null,"allowInsecureHttp":null,"retry":null}}"#),
        false,
    )
    .unwrap(); // allow-panic: test module, compiled under cfg(test) only
    assert_eq!(nulls.sending, Sending::default(), "null is absent where an option has a default");
}

#[test]
fn every_option_is_read() {
    let read = read(
        r#""validation":"warn","validateOptions":{"cloud":"otc"},"allowInsecureHttp":true,
        "retry":{"maxAttempts":5,"baseDelayMs":0,"maxDelayMs":86400000},"timeoutMs":1,"overallTimeoutMs":86400000,
        "maxConcurrency":10000,"maxResponseBytes":1024"#,
    )
    .unwrap(); // allow-panic: test module, compiled under cfg(test) only
    assert_eq!(read.config.validation, Validation::Warn);
    assert_eq!(read.config.validate_options.cloud, Cloud::Otc);
    let retry = RetryPolicy { max_attempts: 5, base_delay_ms: 0, max_delay_ms: 86_400_000 };
    let sending = Sending {
        retry,
        timeout_ms: 1,
        overall_timeout_ms: Some(86_400_000),
        max_concurrency: 10_000,
        max_response_bytes: 1024,
    };
    assert_eq!(read.sending, sending);
    let most = self::read(r#""maxResponseBytes":1073741824,"maxConcurrency":1,"retry":{"maxAttempts":86400000}"#);
    let most = most.unwrap().sending; // allow-panic: test module, compiled under cfg(test) only
    assert_eq!((most.max_response_bytes, most.max_concurrency), (1 << 30, 1));
    assert_eq!(most.retry.max_attempts, 100, "more than 100 attempts count as 100");
    for validation in ["error", "off"] {
        assert!(self::read(&format!(r#""validation":"{validation}""#)).is_ok());
    }
}

#[test]
fn each_number_is_refused_past_its_range_and_for_any_other_type() {
    let ms = |name: &str, min: u64| {
        (name.to_owned(), min, 86_400_000, format!("options.{name} must be a whole number of ms, {min}–86400000"))
    };
    let cases = [
        ms("timeoutMs", 1),
        ms("overallTimeoutMs", 1),
        ("maxConcurrency".into(), 1, 10_000, "options.maxConcurrency must be a whole number 1–10000".into()),
        (
            "maxResponseBytes".into(),
            1024,
            1 << 30,
            "options.maxResponseBytes must be a whole number 1024–1073741824".into(),
        ),
    ];
    for (name, min, max, says) in cases {
        assert!(read(&format!(r#""{name}":{min}"#)).is_ok(), "{name}: {min}");
        assert!(read(&format!(r#""{name}":{max}"#)).is_ok(), "{name}: {max}");
        let (below, above) = (min - 1, max + 1);
        for bad in [below.to_string(), above.to_string(), "-1".into(), "1.5".into(), "1e+21".into(), "1e999".into()] {
            assert_eq!(refusal(&format!(r#""{name}":{bad}"#)), says, "{name}: {bad}");
        }
        for bad in ["null", "\"5\"", "true", "[5]", "{}", "18446744073709551616"] {
            assert_eq!(refusal(&format!(r#""{name}":{bad}"#)), says, "{name}: {bad}");
        }
    }
    for (name, min) in [("maxAttempts", 1), ("baseDelayMs", 0), ("maxDelayMs", 0)] {
        let says = if name == "maxAttempts" {
            "options.retry.maxAttempts must be a whole number 1–86400000".to_owned()
        } else {
            format!("options.retry.{name} must be a whole number of ms, {min}–86400000")
        };
        assert!(read(&format!(r#""retry":{{"{name}":{min}}}"#)).is_ok());
        for bad in [(min as i64 - 1).to_string(), "86400001".into(), "0.5".into(), "null".into()] {
            assert_eq!(refusal(&format!(r#""retry":{{"{name}":{bad}}}"#)), says, "{name}: {bad}");
        }
    }
    assert!(read(r#""timeoutMs":-0"#).is_err(), "negative zero is 0, below 1");
    assert!(read(r#""retry":{"baseDelayMs":-0}"#).is_ok(), "negative zero is 0");
}

#[test]
fn other_options_of_the_wrong_type_say_what_they_take() {
    for (more, says) in [
        (r#""validation":"strict""#, r#"options.validation must be "error", "warn" or "off", got "strict""#),
        (r#""validation":5"#, r#"options.validation must be "error", "warn" or "off", got 5"#),
        (r#""allowInsecureHttp":"yes""#, "options.allowInsecureHttp must be true or false"),
        (r#""retry":3"#, "options.retry must be { maxAttempts?, baseDelayMs?, maxDelayMs? }"),
        (
            r#""validateOptions":{"cloud":"aws"}"#,
            r#"options.validateOptions: the validation options are not valid: cloud must be "huawei" or "otc", got "aws""#,
        ),
        (
            r#""validateOptions":[]"#,
            "options.validateOptions: the validation options are not valid: expected an object, got an array",
        ),
    ] {
        assert_eq!(refusal(more), says, "{more}");
    }
    let aksk = "options.auth must be { token } or { accessKey, secretKey, securityToken? } (strings)";
    for auth in [
        "null",
        "\"t\"",
        "{}",
        r#"{"token":5}"#,
        r#"{"token":"t","accessKey":"a"}"#,
        r#"{"accessKey":"a"}"#,
        r#"{"accessKey":"a","secretKey":"s","securityToken":5}"#,
    ] {
        let text = format!(r#"{{"endpoint":"https://vpn.eu-de.otc.t-systems.com","projectId":"p","auth":{auth}}}"#);
        assert_eq!(ClientOptions::from_text(&text, false).err(), Some(Error::Config(aksk.into())), "{auth}");
    }
    let with = |auth: &str| {
        let text = format!(r#"{{"endpoint":"https://vpn.eu-de.otc.t-systems.com","projectId":"p","auth":{auth}}}"#);
        ClientOptions::from_text(&text, false).map(|o| o.config.auth)
    };
    let Ok(Auth::AkSk { access_key, security_token, .. }) =
        with(r#"{"accessKey":"a","secretKey":"s","securityToken":"st"}"#)
    else {
        panic!("AK/SK read") // allow-panic: test module, compiled under cfg(test) only
    };
    assert_eq!((access_key.as_str(), security_token.map(|t| t.expose().to_owned())), ("a", Some("st".into())));
    assert!(matches!(
        with(r#"{"accessKey":"a","secretKey":"s","securityToken":null}"#),
        Ok(Auth::AkSk { security_token: None, .. })
    ));
    for (text, says) in [
        ("[]", CLIENT_OPTIONS_NOT_OBJECT),
        ("5", CLIENT_OPTIONS_NOT_OBJECT),
        ("null", CLIENT_OPTIONS_NOT_OBJECT),
        ("{}", "options.endpoint must be a string"),
        (r#"{"endpoint":5}"#, "options.endpoint must be a string"),
        (r#"{"endpoint":"https://vpn.eu-de.otc.t-systems.com"}"#, "options.projectId must be a string"),
        ("{", "the options are not JSON"),
    ] {
        let refused = ClientOptions::from_text(text, false).err();
        assert!(matches!(&refused, Some(Error::Config(m)) if m.starts_with(says)), "{text}: {refused:?}");
    }
}

#[test]
fn unknown_options_name_the_closest_known_one() {
    assert_eq!(refusal(r#""timeout":5"#), "options has an unknown option \"timeout\": did you mean timeoutMs?");
    assert_eq!(refusal(r#""retries":2"#), "options has an unknown option \"retries\": did you mean retry?");
    assert_eq!(
        refusal(r#""retry":{"attempts":2}"#),
        "options.retry has an unknown option \"attempts\": the known ones are maxAttempts, baseDelayMs, maxDelayMs"
    );
    let text = r#"{"endpoint":"https://vpn.eu-de.otc.t-systems.com","projectId":"p","auth":{"tokn":"t"}}"#;
    assert_eq!(
        ClientOptions::from_text(text, false).err(),
        Some(Error::Config("options.auth has an unknown option \"tokn\": did you mean token?".into()))
    );
    // The functions are known names, though JSON never carries them.
    assert!(read(r#""fetch":null,"onRequest":null,"onResponse":null,"onRetry":null"#).is_ok());
}

#[test]
fn plain_http_needs_loopback_an_in_process_fetch_or_the_option() {
    let at = |endpoint: &str, more: &str, in_process: bool| {
        let text = format!(r#"{{"endpoint":"{endpoint}","projectId":"p","auth":{{"token":"t"}}{more}}}"#);
        ClientOptions::from_text(&text, in_process).map(|o| o.config.endpoint)
    };
    assert!(at("http://127.0.0.1:9", "", false).is_ok());
    assert!(at("http://emulator.local", "", false).is_err());
    assert!(at("http://emulator.local", r#","allowInsecureHttp":false"#, false).is_err());
    assert!(at("http://emulator.local", r#","allowInsecureHttp":true"#, false).is_ok());
    assert!(at("http://emulator.local", "", true).is_ok());
    assert!(at("http://emulator.local", r#","allowInsecureHttp":false"#, true).is_ok());
}

#[test]
fn hostile_json_is_refused_not_trusted() {
    // A huge number, a key written twice (the last counts, as JSON.parse reads it), deep nesting.
    assert!(read(r#""timeoutMs":1e308"#).is_err());
    assert!(read(&format!(r#""timeoutMs":{}"#, "9".repeat(400))).is_err());
    assert_eq!(read(r#""timeoutMs":5,"timeoutMs":7"#).unwrap().sending.timeout_ms, 7); // allow-panic: test module, compiled under cfg(test) only
    let deep = format!(r#""validateOptions":{}{}"#, "[".repeat(200), "]".repeat(200));
    assert!(refusal(&deep).starts_with("the options are not JSON"));
    assert!(read("\"endpoint\":\"https://vpn.eu-de.otc.t-systems.com/\\u0000\"").is_err(), "the last endpoint counts");
}
