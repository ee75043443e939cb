//! Reading `new Emulator(options)`: the options as JSON text, read in the core
//! ([`EmulatorConfig::from_text`]); every malformed option is a `ConfigError`.

use super::convert::{read_field_by_field, stringify, Limits, MAX_CHARS};
use crate::api::Error;
use crate::emulator::{EmulatorConfig, EMULATOR_OPTIONS_NOT_OBJECT, MAX_OPTION_ITEMS};
use wasm_bindgen::prelude::*;

/// How much of the options is read: one item past the longest list an option may hold, so that
/// a longer one (`new Array(2 ** 32 - 1)`, a Proxy that claims a billion items) is refused for
/// its length after that many items at most; a value budget room for every list at its longest.
const LIMITS: Limits = Limits { items: MAX_OPTION_ITEMS + 1, values: 10 * (MAX_OPTION_ITEMS + 1), chars: MAX_CHARS };

pub fn read_config(options: &JsValue) -> Result<EmulatorConfig, Error> {
    let seed = (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64;
    if options.is_undefined() || options.is_null() {
        return Ok(EmulatorConfig { seed, ..Default::default() });
    }
    // A function, symbol or BigInt is not JSON; read as null, it would mean the defaults.
    if !options.is_object() {
        return Err(Error::Config(EMULATOR_OPTIONS_NOT_OBJECT.into()));
    }
    // What JSON cannot carry (a function, a getter that throws) is read as null.
    let text = stringify(options, LIMITS).unwrap_or_else(|| {
        let mut text = String::new();
        read_field_by_field(options, LIMITS).value.write(&mut text);
        text
    });
    EmulatorConfig::from_text(&text, seed)
}
