//! `signRequest`: AK/SK signing (SDK-HMAC-SHA256) on its own, for callers with their own HTTP code.

use super::convert::utf8_of;
use super::errors::config_error;
use crate::api::signer::{self, SignInput};
use crate::api::time::{format_sdk_date, is_sdk_date, SDK_DATE_MAX_MS};
use crate::api::Error;
use crate::model::Secret;
use crate::validate::json::{self, Json};
use js_sys::{Array, Reflect, Uint8Array};
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

#[wasm_bindgen(module = "/src/wasm/js/sign.js")]
extern "C" {
    /// The input as one JSON text when every field has its usual type; `[field]` when reading
    /// `field` threw (see sign.js). It catches every exception itself.
    #[wasm_bindgen(js_name = signInputText)]
    fn sign_input_text(input: &JsValue) -> JsValue;
    /// `{ name: value, … }` from `name\nvalue\n…` (see sign.js).
    #[wasm_bindgen(js_name = headersOf)]
    fn headers_of(lines: &str) -> JsValue;
}

// What the field-by-field reader calls on the input, each of which user code (a Proxy trap, a
// getter, a subclass's method) can make throw: declared with `catch`, so that an exception becomes
// a `ConfigError` instead of passing through.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn own_keys(object: &JsValue) -> Result<Array, JsValue>;
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    /// A `Date`, or a subclass whose methods may do anything.
    #[wasm_bindgen(js_name = Date)]
    type GivenDate;
    /// `date.getTime()` as it answers (a subclass may answer anything), not converted to a number.
    #[wasm_bindgen(method, js_name = getTime, catch)]
    fn time(this: &GivenDate) -> Result<JsValue, JsValue>;
    /// A fresh `Uint8Array`.
    #[wasm_bindgen(js_name = Uint8Array)]
    type Copied;
    /// `new Uint8Array(bytes)`: a copy, sized from the source's internal length.
    #[wasm_bindgen(constructor, js_class = "Uint8Array", catch)]
    fn new(bytes: &Uint8Array) -> Result<Copied, JsValue>;
}

/// The `ConfigError` for an exception thrown while reading `field`; the exception is dropped (it
/// may hold anything, the secret key included).
fn threw(field: &str) -> JsValue {
    config_error(&format!("signRequest: reading {field} threw an exception"))
}

/// `target[key]`; a `ConfigError` naming `field` when reading throws.
fn read(target: &JsValue, key: &str, field: &str) -> Result<JsValue, JsValue> {
    Reflect::get(target, &JsValue::from_str(key)).map_err(|_| threw(field))
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
    /// The signing time as `YYYYMMDDTHHMMSSZ`, from 1970-01-01T00:00:00Z through
    /// 9999-12-31T23:59:59Z (epoch milliseconds 0 through [`SDK_DATE_MAX_MS`]): what the four
    /// digits of its year can write. A time outside, NaN or ±Infinity is a `ConfigError`, never
    /// clamped.
    fn sdk_date(&self) -> Result<String, JsValue> {
        let ms = match self {
            When::Now => js_sys::Date::now(),
            When::Millis(ms) => *ms,
            When::Text(text) if is_sdk_date(text) => return Ok(text.clone()),
            When::Text(_) => {
                return Err(config_error(
                    "signRequest: date must be YYYYMMDDTHHMMSSZ, a UTC time from 19700101T000000Z through \
                     99991231T235959Z",
                ))
            }
        };
        // NaN is in no range.
        if !(0.0..=SDK_DATE_MAX_MS as f64).contains(&ms) {
            return Err(config_error(
                "signRequest: date must be a valid Date, epoch milliseconds or YYYYMMDDTHHMMSSZ from \
                 1970-01-01T00:00:00Z through 9999-12-31T23:59:59Z (epoch milliseconds 0 through 253402300799999)",
            ));
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
    let headers = headers
        .as_array()?
        .chunks(2)
        .map(|pair| match pair {
            [name, value] => Some((owned(name)?, owned(value)?)),
            _ => None,
        })
        .collect::<Option<_>>()?;
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
    read(input, key, key)?.as_string().ok_or_else(|| config_error(&format!("signRequest: {key} must be a string")))
}

/// Reads the input one field at a time, with an error that names the first unusable one, or the
/// one whose reading threw. Only `typeof` checks, `instanceof` (which wasm-bindgen catches) and
/// the `catch` imports above touch the input, so no exception passes through.
fn fields_from_object(input: &JsValue) -> Result<Fields, JsValue> {
    if !input.is_object() {
        return Err(config_error("signRequest takes an object"));
    }
    let method = string(input, "method")?;
    let url = string(input, "url")?;
    let access_key = string(input, "accessKey")?;
    let secret_key = Secret::new(string(input, "secretKey")?);
    let token = read(input, "securityToken", "securityToken")?;
    let security_token = match token.as_string() {
        Some(text) => Some(Secret::new(text)),
        None if token.is_undefined() || token.is_null() => None,
        None => return Err(config_error("signRequest: securityToken must be a string")),
    };
    let mut headers = Vec::new();
    let given = read(input, "headers", "headers")?;
    if given.is_object() && !is_array(&given).map_err(|_| threw("headers"))? {
        for key in own_keys(&given).map_err(|_| threw("headers"))?.iter() {
            let name = key.as_string().unwrap_or_default();
            let Some(value) = read(&given, &name, "headers")?.as_string() else {
                return Err(config_error("signRequest: header values must be strings"));
            };
            headers.push((name, value));
        }
    } else if !given.is_undefined() && !given.is_null() {
        return Err(config_error("signRequest: headers must be an object of strings"));
    }
    let body_value = read(input, "body", "body")?;
    let body = if let Some(text) = body_value.as_string() {
        text.into_bytes()
    } else if let Some(bytes) = body_value.dyn_ref::<Uint8Array>().filter(|_| js_sys::ArrayBuffer::is_view(&body_value))
    {
        // A copy, not `bytes.to_vec()`: that sizes its buffer by `bytes.length`, which a subclass
        // can redefine, and then copies every byte the array holds.
        Copied::new(bytes).map_err(|_| threw("body"))?.unchecked_into::<Uint8Array>().to_vec()
    } else if body_value.is_undefined() || body_value.is_null() {
        Vec::new()
    } else {
        return Err(config_error("signRequest: body must be a string or a Uint8Array"));
    };
    let date = read(input, "date", "date")?;
    let date = if date.is_undefined() {
        When::Now
    } else if let Some(text) = date.as_string() {
        When::Text(text)
    } else if let Some(d) = date.dyn_ref::<js_sys::Date>() {
        When::Millis(d.unchecked_ref::<GivenDate>().time().map_err(|_| threw("date"))?.as_f64().unwrap_or(f64::NAN))
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
// (Not in the doc comment, which is the public .d.ts:) unusable is a field of the wrong type, one
// whose reading throws (a Proxy trap, a getter, a `Date` whose `getTime` throws), a date outside
// 1970–9999, and whatever `signer::check_input` refuses (an access key, header or token that
// could forge or break the headers). No message shows the secret key or the security token.
#[wasm_bindgen(js_name = signRequest)]
pub fn sign_request(input: JsSignRequestInput) -> Result<JsHeaders, JsValue> {
    let input: JsValue = input.into();
    let text = sign_input_text(&input);
    if let Some(field) = text.dyn_ref::<Array>() {
        return Err(threw(&field.get(0).as_string().unwrap_or_else(|| "the input".into())));
    }
    let fields = match utf8_of(&text).as_deref().and_then(fields_from_text) {
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
    })
    .map_err(|error| match error {
        // The signer's messages name the field as signRequest's input does; say whose field.
        Error::Config(message) => config_error(&format!("signRequest: {message}")),
        other => other.into(),
    })?;
    Ok(headers_of(&header_lines(&signed.headers)).unchecked_into())
}
