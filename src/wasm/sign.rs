//! `signRequest`: AK/SK signing (SDK-HMAC-SHA256) on its own, for callers with their own HTTP code.

use super::convert::{get, utf8_of};
use super::errors::config_error;
use crate::api::signer::{self, SignInput};
use crate::api::time::{format_sdk_date, parse_sdk_date};
use crate::model::Secret;
use crate::validate::json::{self, Json};
use js_sys::{Object, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "SignRequestInput")]
    pub type JsSignRequestInput;
    #[wasm_bindgen(typescript_type = "Record<string, string>")]
    pub type JsHeaders;
}

#[wasm_bindgen(typescript_custom_section)]
const TS_SIGN: &str = r#"
export interface SignRequestInput {
  method: string;
  /** Absolute URL, query included. */
  url: string;
  /** Headers that will be sent; every one is signed. */
  headers?: Record<string, string>;
  /** The exact body bytes that will be sent (sign and send the same string). */
  body?: string | Uint8Array;
  accessKey: string;
  secretKey: string;
  /** X-Security-Token of temporary credentials; signed and returned. */
  securityToken?: string;
  /** Signing time; default now. A Date, epoch milliseconds, or "YYYYMMDDTHHMMSSZ". */
  date?: Date | number | string;
}
"#;

#[wasm_bindgen(module = "/src/wasm/js/runtime.js")]
extern "C" {
    /// The input as one JSON text when every field has its usual type (see runtime.js).
    #[wasm_bindgen(js_name = signInputText)]
    fn sign_input_text(input: &JsValue) -> JsValue;
    /// `{ name: value, … }` from `name\nvalue\n…` (see runtime.js).
    #[wasm_bindgen(js_name = headersOf)]
    fn headers_of(lines: &str) -> JsValue;
}

/// What `signRequest` was given, read either from one JSON text (the common case: one boundary
/// crossing) or field by field (any other input, so that the error names the field).
struct Fields {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    access_key: String,
    secret_key: Secret,
    security_token: Option<Secret>,
    date: When,
}

/// The `date` field: absent (now), epoch milliseconds, or `YYYYMMDDTHHMMSSZ`.
enum When {
    Now,
    Millis(f64),
    Text(String),
}

impl When {
    /// The signing time as `YYYYMMDDTHHMMSSZ`.
    fn sdk_date(&self) -> Result<String, JsValue> {
        let ms = match self {
            When::Now => js_sys::Date::now().max(0.0),
            When::Millis(ms) => *ms,
            When::Text(text) if parse_sdk_date(text).is_some() => return Ok(text.clone()),
            When::Text(_) => return Err(config_error("signRequest: date must be YYYYMMDDTHHMMSSZ")),
        };
        if !ms.is_finite() || ms < 0.0 {
            return Err(config_error("signRequest: date must be a valid Date, epoch milliseconds or YYYYMMDDTHHMMSSZ"));
        }
        Ok(format_sdk_date(ms as u64))
    }
}

/// Reads the text of `signInputText` (JSON fields, a newline, the body); `None` when it is not
/// the expected shape.
fn fields_from_text(text: &str) -> Option<Fields> {
    let (fields, body) = text.split_once('\n')?;
    let json = json::parse(fields).ok()?;
    let [method, url, headers, access_key, secret_key, token, date] = json.as_array()? else {
        return None;
    };
    let owned = |v: &Json| v.as_str().map(str::to_owned);
    let headers = headers.as_object()?.iter().map(|(k, v)| Some((k.to_owned(), owned(v)?))).collect::<Option<_>>()?;
    Some(Fields {
        method: owned(method)?,
        url: owned(url)?,
        headers,
        body: body.as_bytes().to_vec(),
        access_key: owned(access_key)?,
        secret_key: Secret::new(owned(secret_key)?),
        security_token: match token {
            Json::Null => None,
            other => Some(Secret::new(owned(other)?)),
        },
        date: match date {
            Json::Null => When::Now,
            Json::Int(ms) => When::Millis(*ms as f64),
            Json::Float(ms) => When::Millis(ms.parse().unwrap_or(f64::NAN)),
            other => When::Text(owned(other)?),
        },
    })
}

fn string(input: &JsValue, key: &str) -> Result<String, JsValue> {
    get(input, key).as_string().ok_or_else(|| config_error(&format!("signRequest: {key} must be a string")))
}

/// Reads the input one field at a time, with an error that names the first unusable one.
fn fields_from_object(input: &JsValue) -> Result<Fields, JsValue> {
    if !input.is_object() {
        return Err(config_error("signRequest takes an object"));
    }
    let method = string(input, "method")?;
    let url = string(input, "url")?;
    let access_key = string(input, "accessKey")?;
    let secret_key = Secret::new(string(input, "secretKey")?);
    let token = get(input, "securityToken");
    let security_token = match token.as_string() {
        Some(text) => Some(Secret::new(text)),
        None if token.is_undefined() || token.is_null() => None,
        None => return Err(config_error("signRequest: securityToken must be a string")),
    };
    let mut headers = Vec::new();
    let given = get(input, "headers");
    if given.is_object() && !js_sys::Array::is_array(&given) {
        let object: &Object = given.unchecked_ref();
        for key in Object::keys(object).iter() {
            let name = key.as_string().unwrap_or_default();
            let Some(value) = get(&given, &name).as_string() else {
                return Err(config_error("signRequest: header values must be strings"));
            };
            headers.push((name, value));
        }
    } else if !given.is_undefined() && !given.is_null() {
        return Err(config_error("signRequest: headers must be an object of strings"));
    }
    let body_value = get(input, "body");
    let body = if let Some(text) = body_value.as_string() {
        text.into_bytes()
    } else if let Some(bytes) = body_value.dyn_ref::<Uint8Array>() {
        bytes.to_vec()
    } else if body_value.is_undefined() || body_value.is_null() {
        Vec::new()
    } else {
        return Err(config_error("signRequest: body must be a string or a Uint8Array"));
    };
    let date = get(input, "date");
    let date = if date.is_undefined() {
        When::Now
    } else if let Some(text) = date.as_string() {
        When::Text(text)
    } else if let Some(d) = date.dyn_ref::<js_sys::Date>() {
        When::Millis(d.get_time())
    } else {
        When::Millis(date.as_f64().unwrap_or(f64::NAN))
    };
    Ok(Fields { method, url, headers, body, access_key, secret_key, security_token, date })
}

/// The headers as one text, `name\nvalue\n…` in the order they are sent, for `headersOf` in
/// JS. The signer refused every name and value with a line break, so the lines pair up.
fn header_lines(headers: &[(String, String)]) -> String {
    let mut out = String::with_capacity(headers.iter().map(|(k, v)| k.len() + v.len() + 2).sum::<usize>());
    for (i, (name, value)) in headers.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(name);
        out.push('\n');
        out.push_str(value);
    }
    out
}

/// Signs a request as the vendor's `AKSKSigner` does and returns every header to send:
/// the given ones plus `host`, `X-Sdk-Date`, `X-Security-Token` (when given) and `Authorization`.
/// Throws a `ConfigError` for unusable input.
#[wasm_bindgen(js_name = signRequest)]
pub fn sign_request(input: JsSignRequestInput) -> Result<JsHeaders, JsValue> {
    let input: JsValue = input.into();
    let fields = match utf8_of(&sign_input_text(&input)).as_deref().and_then(fields_from_text) {
        Some(fields) => fields,
        None => fields_from_object(&input)?,
    };
    let dated = fields.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("x-sdk-date"));
    // The signer uses `date` only when the headers carry no X-Sdk-Date.
    let date = if dated && matches!(fields.date, When::Now) { String::new() } else { fields.date.sdk_date()? };
    let signed = signer::sign(&SignInput {
        method: &fields.method,
        url: &fields.url,
        headers: &fields.headers,
        body: &fields.body,
        access_key: &fields.access_key,
        secret_key: &fields.secret_key,
        security_token: fields.security_token.as_ref(),
        date: &date,
    })?;
    Ok(headers_of(&header_lines(&signed.headers)).unchecked_into())
}
