//! JS values to JSON and back. Reading is defensive: any JS value (cycles, BigInt, getters that
//! throw, Proxies, deep nesting, huge arrays) becomes JSON plus a report of what could not be read,
//! never an exception.

#[cfg(feature = "client")]
use crate::api::JsonText;
use crate::validate::json::{Json, Members};
use crate::validate::{Code, Issue, Path, Report};
use js_sys::{Array, Number, Object, Reflect};
use std::borrow::Cow;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, which a Proxy can make throw: caught here.
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn object_keys(v: &JsValue) -> Result<Array, JsValue>;
}

/// Deepest nesting read; deeper values are reported and read as `null`. The API's deepest body
/// is 4 levels.
pub const MAX_DEPTH: usize = 64;
/// Most values (objects, arrays, scalars) read from one input; the rest are reported.
pub const MAX_NODES: usize = 2_000_000;

/// A JS value read one value at a time, and what could not be read.
pub struct Read {
    pub value: Json<'static>,
    pub report: Report,
}

/// `input` as JSON text, as `JSON.stringify` would send it: one `JSON.stringify` call, which is
/// much cheaper than reading an object field by field. When that fails (a cycle, a BigInt, a NaN)
/// the value is read field by field instead, which reports each value that is not JSON at its
/// path; the report is the error when it has any error.
#[cfg(feature = "client")]
pub fn json_text_of(input: &JsValue) -> Result<JsonText, Report> {
    if let Some(text) = stringify(input) {
        return Ok(JsonText::new(text));
    }
    let read = read_field_by_field(input);
    if !read.report.ok() {
        return Err(read.report);
    }
    let mut text = String::new();
    read.value.write(&mut text);
    Ok(JsonText::new(text))
}

#[wasm_bindgen(module = "/src/wasm/js/runtime.js")]
extern "C" {
    /// `JSON.stringify(value)`, or `undefined` when it throws, gives no text or writes a `null`.
    #[wasm_bindgen(js_name = jsonText)]
    fn json_text(value: &JsValue) -> JsValue;
    /// `JSON.parse(text)`, for text that serde_json wrote (so it cannot throw).
    #[wasm_bindgen(js_name = parseJson)]
    pub(super) fn parse_json(text: &str) -> JsValue;
    /// Writes `text` as UTF-8 into `capacity` bytes of wasm memory at `ptr`; returns the bytes
    /// written. One `TextEncoder.encodeInto` call: much faster than a character loop.
    #[wasm_bindgen(js_name = utf8Into)]
    fn utf8_into(text: &JsValue, memory: &JsValue, ptr: *mut u8, capacity: usize) -> usize;
}

/// `JSON.stringify(input)`, or `None` when it throws (a cycle, a BigInt), gives `undefined` (a
/// function, a symbol, `undefined` itself), or writes a `null` (perhaps for a NaN or Infinity):
/// the caller then reads `input` field by field, which names what JSON cannot carry.
pub fn stringify(input: &JsValue) -> Option<String> {
    utf8_of(&json_text(input))
}

/// A JS string's text, read with one `TextEncoder.encodeInto` (wasm-bindgen's own string
/// argument reads ASCII one character at a time); `None` when `text` is not a string.
pub fn utf8_of(text: &JsValue) -> Option<String> {
    let units = text.dyn_ref::<js_sys::JsString>()?.length() as usize;
    // A UTF-16 unit becomes at most 3 bytes of UTF-8.
    let mut bytes = vec![0u8; units.checked_mul(3)?];
    let written = utf8_into(text, &wasm_bindgen::memory(), bytes.as_mut_ptr(), bytes.len());
    bytes.truncate(written);
    String::from_utf8(bytes).ok()
}

/// Reads `input` one value at a time, reporting what is not JSON.
pub fn read_field_by_field(input: &JsValue) -> Read {
    let mut reader = Reader { report: Report::default(), ancestors: Vec::new(), nodes: 0 };
    let value = reader.read(input, &Path::root());
    Read { value, report: reader.report }
}

/// `target[key]`, or `undefined` when `target` is not an object or function, or reading it
/// throws (a Proxy, a getter). Not calling `Reflect.get` on `undefined` matters: the TypeError it
/// throws captures a stack trace, which cost a call without options ~30 µs.
#[cfg(any(feature = "client", feature = "emulator"))]
pub fn get(target: &JsValue, key: &str) -> JsValue {
    if !(target.is_object() || target.is_function()) {
        return JsValue::UNDEFINED;
    }
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Writes a serializable value as plain JS (objects, not Maps): serialized to JSON text in wasm
/// and read with one `JSON.parse`, far fewer boundary crossings than building it property by
/// property.
#[cfg(feature = "emulator")]
pub fn to_js<T: serde::Serialize + ?Sized>(value: &T) -> JsValue {
    serde_json::to_string(value).map_or(JsValue::NULL, |text| parse_json(&text))
}

struct Reader {
    report: Report,
    ancestors: Vec<JsValue>,
    nodes: usize,
}

impl Reader {
    fn unsupported(&mut self, path: &Path, message: &str) -> Json<'static> {
        self.report.push(Issue::error(path.clone(), Code::InputUnsupported, message));
        Json::Null
    }

    fn read(&mut self, v: &JsValue, path: &Path) -> Json<'static> {
        self.nodes += 1;
        if self.nodes == MAX_NODES + 1 {
            return self.unsupported(path, "the input has more than 2,000,000 values; the rest was not read");
        }
        if self.nodes > MAX_NODES {
            return Json::Null;
        }
        if v.is_null() || v.is_undefined() {
            return Json::Null;
        }
        if let Some(b) = v.as_bool() {
            return Json::Bool(b);
        }
        if let Some(n) = v.as_f64() {
            return self.number(n, path);
        }
        if let Some(s) = v.as_string() {
            return Json::Str(Cow::Owned(s));
        }
        if v.is_bigint() {
            return self.unsupported(path, "a BigInt is not JSON; pass a number");
        }
        if v.is_function() || v.is_symbol() {
            return self.unsupported(path, "a function or symbol is not JSON");
        }
        if !v.is_object() {
            return self.unsupported(path, "this value is not JSON");
        }
        if self.ancestors.len() >= MAX_DEPTH {
            return self.unsupported(path, "nested deeper than 64 levels");
        }
        if self.ancestors.iter().any(|a| Object::is(a, v)) {
            return self.unsupported(path, "the value contains itself (a cycle)");
        }
        self.ancestors.push(v.clone());
        let out = if Array::is_array(v) { self.array(v, path) } else { self.object(v, path) };
        self.ancestors.pop();
        out
    }

    fn number(&mut self, n: f64, path: &Path) -> Json<'static> {
        if !n.is_finite() {
            return self.unsupported(path, "NaN and Infinity are not JSON numbers");
        }
        if Number::is_safe_integer(&JsValue::from_f64(n)) {
            return Json::Int(n as i128);
        }
        // As JSON.stringify writes it (the shortest text that reads back as the same number).
        Json::Float(Cow::Owned(Number::from(n).to_string_with_radix(10).map(String::from).unwrap_or_default()))
    }

    fn array(&mut self, a: &JsValue, path: &Path) -> Json<'static> {
        let len = Reflect::get(a, &JsValue::from_str("length")).ok().and_then(|l| l.as_f64()).unwrap_or(0.0);
        let len = len.clamp(0.0, u32::MAX as f64) as u32;
        let mut items = Vec::with_capacity(len.min(100_000) as usize);
        for i in 0..len {
            if self.nodes >= MAX_NODES {
                break;
            }
            let child = path.index(i as usize);
            match Reflect::get(a, &JsValue::from(i)) {
                Ok(item) => {
                    let read = self.read(&item, &child);
                    items.push(read);
                }
                Err(_) => items.push(self.unsupported(&child, "reading this element threw an exception")),
            }
        }
        Json::Array(items)
    }

    fn object(&mut self, v: &JsValue, path: &Path) -> Json<'static> {
        // A Date, URL or similar has toJSON; read what JSON.stringify would.
        if let Ok(to_json) = Reflect::get(v, &JsValue::from_str("toJSON")) {
            if let Some(f) = to_json.dyn_ref::<js_sys::Function>() {
                return match f.call0(v) {
                    Ok(j) if !Object::is(&j, v) => self.read(&j, path),
                    _ => self.unsupported(path, "toJSON() threw or returned the object itself"),
                };
            }
        }
        let keys = match object_keys(v) {
            Ok(keys) => keys,
            Err(_) => return self.unsupported(path, "the object's keys could not be read"),
        };
        let mut members = Vec::new();
        for key in keys.iter() {
            let Some(name) = key.as_string() else { continue };
            let child = path.key(&name);
            match Reflect::get(v, &key) {
                Ok(value) if value.is_undefined() => {} // JSON.stringify drops these too
                Ok(value) => {
                    let read = self.read(&value, &child);
                    members.push((Cow::Owned(name), read));
                }
                Err(_) => {
                    self.unsupported(&child, "reading this property threw an exception");
                }
            }
        }
        Json::Object(Members::from(members))
    }
}
