//! The validators, as JS functions: synchronous, no network, never throwing on bad input.

use super::convert::{from_js, to_js};
use crate::validate::{self, Code, Issue, Path, Report, ValidateOptions};
use serde_json::Value;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "Report")]
    pub type JsReport;
    #[wasm_bindgen(typescript_type = "ValidateOptions")]
    pub type JsValidateOptions;
}

/// Reads validation options; malformed options become an issue rather than an exception.
pub fn read_options(options: &JsValue) -> Result<ValidateOptions, Report> {
    if options.is_undefined() || options.is_null() {
        return Ok(ValidateOptions::default());
    }
    let converted = from_js(options);
    if !converted.report.issues.is_empty() {
        return Err(converted.report);
    }
    serde_json::from_value(converted.value).map_err(|e| {
        let mut report = Report::default();
        report.push(Issue::error(
            Path::root(),
            Code::OptionsInvalid,
            format!("the validation options are not valid: {e}"),
        ));
        report
    })
}

/// Runs `validator` on any JS value.
fn run(body: &JsValue, options: &JsValue, validator: fn(&Value, &ValidateOptions) -> Report) -> JsReport {
    let report = match read_options(options) {
        Ok(options) => {
            let converted = from_js(body);
            let mut report = converted.report;
            report.extend(validator(&converted.value, &options));
            report
        }
        Err(report) => report,
    };
    to_js(&report).into()
}

/// Checks a create-VPN-connection body (`{"vpn_connection": {...}}`) and returns a `Report`.
#[wasm_bindgen(js_name = validateCreateVpnConnection)]
pub fn validate_create_vpn_connection(body: JsValue, options: Option<JsValidateOptions>) -> JsReport {
    run(&body, &options.map_or(JsValue::UNDEFINED, Into::into), validate::validate_create_vpn_connection)
}
