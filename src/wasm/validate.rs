//! The validators, as JS functions (synchronous, no network, never throwing on bad input), and
//! the same checks as Standard Schema v1 objects for form libraries.

use super::convert::{parse_json, read_field_by_field, stringify, Limits};
use crate::validate::{self, json, Code, Issue, Path, Report, ValidateOptions, Validator};
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
    let from_text = stringify(options, Limits::VALIDATE)
        .and_then(|text| json::parse(&text).ok().map(|json| ValidateOptions::from_json(&json)));
    let read = match from_text {
        Some(read) => read,
        None => {
            let read = read_field_by_field(options, Limits::VALIDATE);
            if !read.report.issues.is_empty() {
                return Err(read.report);
            }
            ValidateOptions::from_json(&read.value)
        }
    };
    read.map_err(|e| {
        let mut report = Report::default();
        report.push(Issue::error(
            Path::root(),
            Code::OptionsInvalid,
            format!("the validation options are not valid: {e}"),
        ));
        report
    })
}

/// A report as a plain JS object; a clean one is made in JS (no text to decode and parse).
fn report_to_js(report: &Report) -> JsValue {
    if report.issues.is_empty() {
        clean_report()
    } else {
        parse_json(&report.to_json())
    }
}

/// Runs `validator` on any JS value: crosses the boundary once, as JSON text made in one walk of
/// the value, and reads that text in place. Values that text cannot carry (cycles, BigInt, nesting
/// past [`json::MAX_DEPTH`], lists longer than any rule allows) are read field by field instead,
/// which reports each at its path. Either way the work is bounded by [`Limits::VALIDATE`].
fn run(body: &JsValue, options: &JsValue, validator: Validator) -> Report {
    let options = match read_options(options) {
        Ok(options) => options,
        Err(report) => return report,
    };
    if let Some(text) = stringify(body, Limits::VALIDATE) {
        if let Ok(json) = json::parse(&text) {
            return validator(&json, &options).finish();
        }
    }
    let read = read_field_by_field(body, Limits::VALIDATE);
    let mut report = read.report;
    let mut rules = validator(&read.value, &options);
    // A value JSON cannot carry was read as null and named already: the rules' "got null" about
    // the same place would only repeat it.
    rules.issues.retain(|issue| !report.issues.iter().any(|unsupported| unsupported.path == issue.path));
    report.extend(rules);
    report.finish()
}

macro_rules! validators {
    // Each doc is a plain string literal: a `///` comment would reach wasm-bindgen as a raw
    // string and show in the declarations with its `r"`.
    ($($doc:literal $js:ident => $rust:ident: $validator:path,)*) => {
        $(
            #[doc = $doc]
            #[wasm_bindgen(js_name = $js)]
            pub fn $rust(
                #[wasm_bindgen(unchecked_param_type = "unknown")] body: JsValue,
                options: Option<JsValidateOptions>,
            ) -> JsReport {
                let options = options.map_or(JsValue::UNDEFINED, Into::into);
                report_to_js(&run(&body, &options, $validator)).into()
            }
        )*

        /// Every validator by operation name, for the Standard Schema objects.
        const ALL: &[(&str, Validator)] = &[$((stringify!($js), $validator),)*];
    };
}

validators! {
    " Checks a create-VPN-connection body, `{ vpn_connection: {...} }`."
    validateCreateVpnConnection => validate_create_vpn_connection: validate::validate_create_vpn_connection,
    " Checks an update-VPN-connection body. Pass `context.connection.style` for the style rules."
    validateUpdateVpnConnection => validate_update_vpn_connection: validate::validate_update_vpn_connection,
    " Checks a batch-create body, `{ vpn_connections: [1 or 2 connections on one gateway] }`."
    validateBatchCreateVpnConnections => validate_batch_create_vpn_connections: validate::validate_batch_create_vpn_connections,
    " Checks a create-customer-gateway body."
    validateCreateCustomerGateway => validate_create_customer_gateway: validate::validate_create_customer_gateway,
    " Checks an update-customer-gateway body (only the name can change)."
    validateUpdateCustomerGateway => validate_update_customer_gateway: validate::validate_update_customer_gateway,
    " Checks a create-VPN-gateway body."
    validateCreateVpnGateway => validate_create_vpn_gateway: validate::validate_create_vpn_gateway,
    " Checks an update-VPN-gateway body."
    validateUpdateVpnGateway => validate_update_vpn_gateway: validate::validate_update_vpn_gateway,
    " Checks a create-connection-monitor body."
    validateCreateConnectionMonitor => validate_create_connection_monitor: validate::validate_create_connection_monitor,
    " Checks an add-tags body, `{ tags: [{ key, value? }] }` (1–20 tags)."
    validateAddTags => validate_add_tags: validate::validate_tags,
    " Checks a remove-tags body, `{ tags: [{ key, value? }] }` (1–20 tags)."
    validateRemoveTags => validate_remove_tags: validate::validate_tags,
    " Checks a filter-resources-by-tags body."
    validateFilterResourcesByTags => validate_filter_resources_by_tags: validate::validate_tag_filter,
    " Checks a count-resources-by-tags body."
    validateCountResourcesByTags => validate_count_resources_by_tags: validate::validate_tag_filter,
}

#[wasm_bindgen(module = "/src/wasm/js/schemas.js")]
extern "C" {
    /// Makes the Standard Schema objects in JS (see schemas.js): `names` is a comma-separated
    /// list, and `check(index, value)` gives the issues of the name at `index`.
    /// `{ ok: true, issues: [] }`, a new object each time.
    #[wasm_bindgen(js_name = cleanReport)]
    fn clean_report() -> JsValue;
    #[wasm_bindgen(js_name = standardSchemas)]
    fn standard_schemas(names: &str, check: &JsValue) -> JsValue;
}

/// The Standard Schema v1 issues of the validator at `index` of [`ALL`] on `input`, as JSON
/// text (the `check` of [`schemas`]): `""` when the report has no error, else
/// [`Report::to_standard_issues_json`] (the errors only: form libraries treat every issue as
/// blocking).
#[wasm_bindgen(js_name = "__standardIssues", skip_typescript)]
pub fn standard_issues(index: usize, input: JsValue) -> String {
    let report = match ALL.get(index) {
        Some((_, validator)) => run(&input, &JsValue::UNDEFINED, *validator),
        None => {
            let mut report = Report::default();
            report.push(Issue::error(Path::root(), Code::OptionsInvalid, "no such schema"));
            report
        }
    };
    report.to_standard_issues_json().unwrap_or_default()
}

/// `{ createVpnConnectionSchema, … }`: one Standard Schema v1 object per validator, for the
/// package entries to export, made in JS in one crossing. `check` is this module's
/// `__standardIssues`, handed in by the entry: the objects call it directly, so making them
/// compiles no closure machinery, and the validators run only when a form first validates.
#[wasm_bindgen(js_name = "__schemas", skip_typescript)]
pub fn schemas(check: &JsValue) -> JsValue {
    let names: Vec<&str> = ALL.iter().map(|(name, _)| name.strip_prefix("validate").unwrap_or(name)).collect();
    standard_schemas(&names.join(","), check)
}
