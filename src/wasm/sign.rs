//! `signRequest`: AK/SK signing (SDK-HMAC-SHA256) on its own, for callers with their own HTTP code.

use super::convert::get;
use super::errors::config_error;
use crate::api::signer::{self, SignInput};
use crate::api::time::{format_sdk_date, parse_sdk_date};
use crate::model::Secret;
use js_sys::{Object, Reflect, Uint8Array};
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

fn string(input: &JsValue, key: &str) -> Result<String, JsValue> {
    get(input, key).as_string().ok_or_else(|| config_error(&format!("signRequest: {key} must be a string")))
}

/// The signing time as `YYYYMMDDTHHMMSSZ`.
fn date_of(input: &JsValue) -> Result<String, JsValue> {
    let date = get(input, "date");
    if date.is_undefined() {
        return Ok(format_sdk_date(js_sys::Date::now().max(0.0) as u64));
    }
    if let Some(text) = date.as_string() {
        return match parse_sdk_date(&text) {
            Some(_) => Ok(text),
            None => Err(config_error("signRequest: date must be YYYYMMDDTHHMMSSZ")),
        };
    }
    let ms = match date.dyn_ref::<js_sys::Date>() {
        Some(d) => d.get_time(),
        None => date.as_f64().unwrap_or(f64::NAN),
    };
    if !ms.is_finite() || ms < 0.0 {
        return Err(config_error("signRequest: date must be a valid Date, epoch milliseconds or YYYYMMDDTHHMMSSZ"));
    }
    Ok(format_sdk_date(ms as u64))
}

/// Signs a request as the vendor's `AKSKSigner` does and returns every header to send:
/// the given ones plus `host`, `X-Sdk-Date`, `X-Security-Token` (when given) and `Authorization`.
/// Throws a `ConfigError` for unusable input.
#[wasm_bindgen(js_name = signRequest)]
pub fn sign_request(input: JsSignRequestInput) -> Result<JsHeaders, JsValue> {
    let input: JsValue = input.into();
    if !input.is_object() {
        return Err(config_error("signRequest takes an object"));
    }
    let method = string(&input, "method")?;
    let url = string(&input, "url")?;
    let access_key = string(&input, "accessKey")?;
    let secret_key = Secret::new(string(&input, "secretKey")?);
    let token = get(&input, "securityToken").as_string().map(Secret::new);
    let mut headers = Vec::new();
    let given = get(&input, "headers");
    if given.is_object() {
        let object: &Object = given.unchecked_ref();
        for key in Object::keys(object).iter() {
            let (Some(k), Some(v)) = (key.as_string(), get(&given, &key.as_string().unwrap_or_default()).as_string())
            else {
                return Err(config_error("signRequest: header values must be strings"));
            };
            headers.push((k, v));
        }
    }
    let body_value = get(&input, "body");
    let body = if let Some(text) = body_value.as_string() {
        text.into_bytes()
    } else if let Some(bytes) = body_value.dyn_ref::<Uint8Array>() {
        bytes.to_vec()
    } else if body_value.is_undefined() || body_value.is_null() {
        Vec::new()
    } else {
        return Err(config_error("signRequest: body must be a string or a Uint8Array"));
    };
    let date = date_of(&input)?;
    let signed = signer::sign(&SignInput {
        method: &method,
        url: &url,
        headers: &headers,
        body: &body,
        access_key: &access_key,
        secret_key: &secret_key,
        security_token: token.as_ref(),
        date: &date,
    })?;
    let out = Object::new();
    for (k, v) in signed.headers {
        let _ = Reflect::set(&out, &JsValue::from_str(&k), &JsValue::from_str(&v));
    }
    Ok(out.unchecked_into())
}
