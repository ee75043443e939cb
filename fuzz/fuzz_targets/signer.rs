//! The AK/SK signer on any method, URL, headers, keys, date text and body (`signer::split_url`,
//! `signer::sign`, what it builds on), and the date parsers of `api::time`. No input panics or
//! hangs; no header it returns has a line break; and signing the headers it returns again (what
//! a verifier does) gives the same signature.

#![no_main]

use cloudvpn::api::signer::{self, SignInput};
use cloudvpn::api::time;
use cloudvpn::model::Secret;
use cloudvpn_fuzz::sign_case;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let case = sign_case(bytes);
    if let Some(ms) = time::parse_sdk_date(&case.date) {
        let _ = (time::format_sdk_date(ms), time::format_timestamp(ms));
    }
    let _ = time::parse_http_date(&case.date);
    if let Ok((_host, path, query)) = signer::split_url(&case.url) {
        assert!(path.starts_with('/'), "path {path:?}");
        let _ = (signer::canonical_uri(path), signer::canonical_query(query));
    }
    let _ = signer::parse_authorization(&case.access_key);
    let secret_key = Secret::from(case.secret_key.as_str());
    let security_token = case.security_token.as_deref().map(Secret::from);
    let input = SignInput {
        method: &case.method,
        url: &case.url,
        headers: &case.headers,
        body: &case.body,
        access_key: &case.access_key,
        secret_key: &secret_key,
        security_token: security_token.as_ref(),
        date: &case.date,
    };
    let Ok(signed) = signer::sign(&input) else { return };
    // What signRequest hands to JS as `name\nvalue\n…` lines relies on this.
    for (name, value) in &signed.headers {
        assert!(!name.contains(['\r', '\n']) && !value.contains(['\r', '\n']), "a header of two lines: {name:?}");
    }
    let again = SignInput { headers: &signed.headers, ..input };
    match signer::sign(&again) {
        Ok(resigned) => assert_eq!(resigned.signature, signed.signature, "signing its own headers again differs"),
        Err(e) => panic!("its own headers do not sign again: {e:?}"),
    }
});
