//! The signer refuses input that would forge or break the headers it writes: an access key with
//! the delimiters of `Authorization`, header names that are not tokens, values and tokens with
//! control characters, methods that are not tokens, dates outside 1970–9999. Each refusal is a
//! `ConfigError` naming the field and never showing the secret key or the security token. The
//! client, which signs with the same code, refuses them too; the emulator still verifies what
//! the signer signs.

use cloudvpn::api::signer::{sign, SignInput, Signed};
use cloudvpn::api::{Auth, ClientConfig, Endpoint, Error, HttpRequest, Insecure, Method};
use cloudvpn::model::Secret;

const URL: &str = "https://vpn.eu-de.otc.t-systems.com/v5/0123456789abcdef0123456789abcdef/vpn-connection";
const AK: &str = "QTWAOYTTINDUT2QVKYUC";
const SK: &str = "sk-canary-5f1e9c0b";
const TOKEN: &str = "token-canary-77d2";
const DATE: &str = "20250102T030405Z";

/// What to change in a valid input.
#[derive(Default, Clone)]
struct Change {
    method: Option<&'static str>,
    url: Option<&'static str>,
    access_key: Option<&'static str>,
    token: Option<&'static str>,
    headers: Vec<(&'static str, &'static str)>,
    date: Option<&'static str>,
}

fn sign_with(change: &Change) -> Result<Signed, Error> {
    let headers: Vec<(String, String)> =
        change.headers.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
    let sk = Secret::new(SK);
    let token = Secret::new(change.token.unwrap_or(TOKEN));
    sign(&SignInput {
        method: change.method.unwrap_or("GET"),
        url: change.url.unwrap_or(URL),
        headers: &headers,
        body: b"",
        access_key: change.access_key.unwrap_or(AK),
        secret_key: &sk,
        security_token: Some(&token),
        date: change.date.unwrap_or(DATE),
    })
}

/// The message of the `Error::Config` that `change` gives; fails on any other result, and when
/// the message shows the secret key or the security token or does not name `field`.
fn refused(change: &Change, field: &str) -> String {
    let message = match sign_with(change) {
        Err(Error::Config(message)) => message,
        other => panic!("{field}: expected Error::Config, got {:?}", other.map(|_| "a signature")),
    };
    assert!(message.contains(field), "{message:?} does not name {field}");
    for secret in [SK, TOKEN] {
        assert!(!message.contains(secret), "{message:?} shows a secret");
    }
    message
}

#[test]
fn a_valid_input_still_signs() {
    let signed = sign_with(&Change {
        headers: vec![("Content-Type", "application/json"), ("X-Tabbed", "a\tb"), ("X-Latin", "ä ö é")],
        ..Change::default()
    })
    .unwrap();
    let authorization = signed.headers.iter().find(|(k, _)| k == "Authorization").map(|(_, v)| v.as_str());
    assert!(
        authorization.is_some_and(|a| a.starts_with(&format!(
            "SDK-HMAC-SHA256 Access={AK}, SignedHeaders=content-type;host;x-latin;x-sdk-date;x-security-token;x-tabbed, Signature="
        ))),
        "{authorization:?}"
    );
    // Access keys are visible ASCII; the delimiters that could forge are all that is refused.
    for ak in ["AK", "ak-lower_case.1", "A!#$%&'*+-.^_`|~Z", "AK(1)/:@?[]{}<>"] {
        assert!(sign_with(&Change { access_key: Some(ak), ..Change::default() }).is_ok(), "{ak}");
    }
    for method in ["get", "PATCH", "M-SEARCH"] {
        assert!(sign_with(&Change { method: Some(method), ..Change::default() }).is_ok(), "{method}");
    }
    for date in ["19700101T000000Z", "99991231T235959Z", "20240229T120000Z"] {
        assert!(sign_with(&Change { date: Some(date), ..Change::default() }).is_ok(), "{date}");
    }
}

#[test]
fn access_keys_that_could_forge_authorization_are_refused() {
    for ak in [
        "AK\r\nX-Injected: 1",
        "AK, SignedHeaders=host, Signature=00",
        "AK,SignedHeaders=host",
        "AK SignedHeaders",
        "AK=1",
        "AK;host",
        "AK\"",
        "AK\\",
        "AK\0",
        "AK\t",
        "AK\u{7f}",
        "AKÄ",
        "",
    ] {
        let message = refused(&Change { access_key: Some(ak), ..Change::default() }, "accessKey");
        assert!(!message.contains('\r') && !message.contains('\n'), "{message:?}");
    }
}

#[test]
fn header_names_must_be_tokens_and_values_single_line_text() {
    for name in ["X-A\r\nX-Injected", "X A", "X:A", "", "X-A\0", "X(A)", "X\"A", "Ä", "X,A", "X;A", "X=A"] {
        let message = refused(&Change { headers: vec![(name, "1")], ..Change::default() }, "header name");
        assert!(!message.contains('\r') && !message.contains('\n') && !message.contains('\0'), "{message:?}");
    }
    for value in ["1\r\nX-Injected: 1", "1\n", "1\r", "a\0b", "a\u{1}b", "a\u{7f}", "a\u{85}b", "\u{1b}[31m"] {
        let message = refused(&Change { headers: vec![("X-Value", value)], ..Change::default() }, "X-Value");
        assert!(message.contains("header"), "{message:?}");
        assert!(!message.contains(value), "{message:?} shows the value");
    }
    // One name twice (in any case) would be signed as two lines and sent as one.
    for (a, b) in [("X-A", "x-a"), ("X-Sdk-Date", "x-sdk-date"), ("Host", "host")] {
        let headers = vec![(a, "1"), (b, "2")];
        refused(&Change { headers, ..Change::default() }, "twice");
    }
    // A secret sent as a header is never shown either.
    let message = refused(
        &Change { headers: vec![("X-Auth-Token", "token-canary-77d2\n")], ..Change::default() },
        "X-Auth-Token",
    );
    assert!(!message.contains("canary"), "{message:?}");
}

#[test]
fn security_tokens_methods_and_urls_that_break_headers_are_refused() {
    for token in ["tok\r\nX-Injected: 1", "tok\0", "tok\ten", "token-canary-77d2\n"] {
        refused(&Change { token: Some(token), ..Change::default() }, "securityToken");
    }
    for method in ["GET\r\nX: 1", "GE T", "", "GET\0", "G,T", "GÉT"] {
        refused(&Change { method: Some(method), ..Change::default() }, "method");
    }
    for url in [
        "https://vpn.example.com\r\nX-Injected: 1/v5",
        "https://vpn .example.com/v5",
        "https://vpn.example.com/v5\n/p",
        "https://vpn.exämple.com/v5",
        "/v5/p",
    ] {
        refused(&Change { url: Some(url), ..Change::default() }, "url");
    }
}

#[test]
fn dates_outside_1970_to_9999_or_not_real_times_are_refused() {
    for date in [
        "19691231T235959Z",
        "100000101T000000Z",
        "584554049253855T080844Z",
        "20250230T000000Z",
        "20250101T240000Z",
        "20250101T000060Z",
        "20250101T000000Z\r\nX-Injected: 1",
        "yesterday",
        "",
    ] {
        refused(&Change { date: Some(date), ..Change::default() }, "date");
    }
    // An X-Sdk-Date given as a header is what gets signed: it follows the same rule.
    for date in ["19691231T235959Z", "2025-01-02T03:04:05Z", "20250230T000000Z"] {
        refused(&Change { headers: vec![("X-Sdk-Date", date)], ..Change::default() }, "X-Sdk-Date");
    }
    assert!(sign_with(&Change { headers: vec![("x-sdk-date", DATE)], date: Some(""), ..Change::default() }).is_ok());
}

#[test]
fn the_client_refuses_a_forging_access_key_when_it_signs() {
    let endpoint = Endpoint::parse("https://vpn.eu-de.otc.t-systems.com", Insecure::LoopbackOnly).unwrap();
    for (ak, token) in [("AK, SignedHeaders=host, Signature=00", None), (AK, Some("tok\u{0}en"))] {
        let auth =
            Auth::AkSk { access_key: ak.into(), secret_key: Secret::new(SK), security_token: token.map(Secret::new) };
        let client = ClientConfig::new(endpoint.clone(), "0123456789abcdef0123456789abcdef", auth).unwrap();
        let mut request = HttpRequest { method: Method::Get, url: URL.into(), headers: Vec::new(), body: Vec::new() };
        match client.authorize(&mut request, 1_750_945_294_626) {
            Err(Error::Config(message)) => assert!(!message.contains(SK), "{message:?}"),
            other => panic!("{ak}: expected Error::Config, got {other:?}"),
        }
        assert!(request.header("authorization").is_none(), "nothing signed");
    }
    // A clock past 9999 (a host's bad time) cannot sign either.
    let auth = Auth::AkSk { access_key: AK.into(), secret_key: Secret::new(SK), security_token: None };
    let client = ClientConfig::new(endpoint, "0123456789abcdef0123456789abcdef", auth).unwrap();
    let mut request = HttpRequest { method: Method::Get, url: URL.into(), headers: Vec::new(), body: Vec::new() };
    assert!(matches!(client.authorize(&mut request, u64::MAX), Err(Error::Config(m)) if m.contains("date")));
}

#[cfg(feature = "emulator")]
#[test]
fn the_emulator_verifies_what_the_signer_signs_and_answers_forged_authorization_as_before() {
    use cloudvpn::emulator::{format_sdk_date, Emulator, DEFAULT_ACCESS_KEY, DEFAULT_PROJECT, DEFAULT_SECRET_KEY};
    use cloudvpn::emulator::{EmulatorConfig, ManualClock};

    let now = 1_750_945_294_626;
    let clock = ManualClock::at(now);
    let mut emu = Emulator::new(EmulatorConfig::default(), Box::new(clock));
    let url = format!("http://127.0.0.1:8787/v5/{DEFAULT_PROJECT}/customer-gateways");
    let sk = Secret::new(DEFAULT_SECRET_KEY);
    let date = format_sdk_date(now);
    let headers = vec![("X-Tabbed".to_owned(), "a\tb".to_owned())];
    let signed = sign(&SignInput {
        method: "GET",
        url: &url,
        headers: &headers,
        body: b"",
        access_key: DEFAULT_ACCESS_KEY,
        secret_key: &sk,
        security_token: None,
        date: &date,
    })
    .unwrap();
    let request = HttpRequest { method: Method::Get, url: url.clone(), headers: signed.headers, body: Vec::new() };
    assert_eq!(emu.handle(&request).status, 200);
    // An Authorization the signer would never write is answered as it always was: 401 APIGW.0301.
    let mut forged = request.clone();
    for (k, v) in &mut forged.headers {
        if k == "Authorization" {
            *v = v.replacen(DEFAULT_ACCESS_KEY, "AK, SignedHeaders=host", 1);
        }
    }
    let answer = emu.handle(&forged);
    assert_eq!(answer.status, 401);
    assert!(String::from_utf8_lossy(&answer.body).contains("APIGW.0301"));
}
