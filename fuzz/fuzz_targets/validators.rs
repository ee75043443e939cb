//! Every validator on any body, with the default options or options read from JSON
//! (`ValidateOptions::from_json`): no input panics or hangs, and each report is valid JSON.

#![no_main]

use cloudvpn::validate::json::parse;
use cloudvpn::validate::ValidateOptions;
use cloudvpn_fuzz::{first_line, validator_of};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Some((&pick, rest)) = bytes.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let (options_text, body_text) = first_line(&text);
    // Options that do not read are the wasm layer's `options.invalid` report; the body is then
    // still checked here, with the defaults, so that every input reaches a validator.
    let options = parse(options_text)
        .ok()
        .and_then(|json| ValidateOptions::from_json(&json).map_err(|message| assert!(!message.is_empty())).ok())
        .unwrap_or_default();
    let Ok(body) = parse(body_text) else { return };
    let report = validator_of(pick)(&body, &options).finish();
    let json = report.to_json();
    if let Err(e) = serde_json::from_str::<serde_json::Value>(&json) {
        panic!("the report is not JSON ({e}): {json}");
    }
    assert_eq!(report.ok(), report.errors().next().is_none());
});
