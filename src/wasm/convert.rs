//! JS values to JSON and back. Reading is defensive: any JS value (cycles, BigInt, getters that
//! throw, Proxies, deep nesting, arrays that claim billions of items) becomes JSON plus a report of
//! what could not be read, never an exception, and costs work bounded by [`Limits`]: each property
//! is read once and each object visited once.

#[cfg(feature = "client")]
use crate::api::JsonText;
use crate::validate::json::{Json, Members};
use crate::validate::{Code, Issue, Path, Report, MAX_LIST_ITEMS};
use js_sys::{Array, JsString, Map, Number, Object, Reflect};
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
/// Most values (objects, arrays, scalars) read from one input, an object in two places counted
/// twice; the rest are reported. The largest body of the API (a batch of two connections with
/// every list full) holds under 1,000.
pub const MAX_VALUES: usize = 10_000;
/// Most characters of strings and keys read from one input, 1 Mi (UTF-16 units); the rest are
/// reported. The largest body of the API is a few KiB of text.
pub const MAX_CHARS: usize = 1024 * 1024;

/// How much of a JS value is read: the work any input costs is bounded by these, never by what
/// it claims (an array's `length`, a Proxy's keys).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Most items read from one array; a longer array is reported.
    pub items: usize,
    /// Most values read in all ([`MAX_VALUES`]).
    pub values: usize,
    /// Most characters read in all ([`MAX_CHARS`]).
    pub chars: usize,
}

impl Limits {
    /// For the validators: one item past the longest list any rule allows, which is as far as
    /// the rules look; a longer list is a `list.length` error.
    pub const VALIDATE: Limits = Limits { items: MAX_LIST_ITEMS + 1, values: MAX_VALUES, chars: MAX_CHARS };
    /// For a body the client sends: any list within the value budget, so that with validation
    /// off the server, not a list rule, judges a long list.
    #[cfg(feature = "client")]
    pub const SEND: Limits = Limits { items: MAX_VALUES, values: MAX_VALUES, chars: MAX_CHARS };

    /// The issue of an array at `path` that claims `len` items, more than [`Limits::items`].
    fn long_list(&self, path: &Path, len: u64) -> Issue {
        if self.items <= MAX_LIST_ITEMS + 1 {
            Issue::error(
                path.clone(),
                Code::ListLength,
                format!(
                    "this list has {len} items; no list of the API holds more than {MAX_LIST_ITEMS}, so only the first {} were read",
                    self.items
                ),
            )
        } else {
            Issue::error(
                path.clone(),
                Code::InputTooLarge,
                format!("this list has {len} items, more than the {} values an input may hold", self.values),
            )
        }
    }
}

/// A JS value read one value at a time, and what could not be read.
pub struct Read {
    pub value: Json<'static>,
    pub report: Report,
}

/// `input` as JSON text, as `JSON.stringify` would send it, within [`Limits::SEND`]: one walk in
/// JS (see `jsonText` in json.js), much cheaper than reading an object field by field. When
/// `input` is not plain JSON data (a cycle, a BigInt, a NaN, a getter) the value is read field by
/// field instead, which reports each value that is not JSON at its path; the report is the error
/// when it has any error.
#[cfg(feature = "client")]
pub fn json_text_of(input: &JsValue) -> Result<JsonText, Report> {
    if let Some(text) = stringify(input, Limits::SEND) {
        return Ok(JsonText::new(text));
    }
    let read = read_field_by_field(input, Limits::SEND);
    if !read.report.ok() {
        return Err(read.report);
    }
    let mut text = String::new();
    read.value.write(&mut text);
    Ok(JsonText::new(text))
}

#[wasm_bindgen(module = "/src/wasm/js/json.js")]
extern "C" {
    /// `input` as JSON text when it is plain JSON data within the limits, else `undefined`.
    #[wasm_bindgen(js_name = jsonText)]
    fn json_text(value: &JsValue, max_items: f64, max_values: f64, max_chars: f64) -> JsValue;
    /// The primitive a `String`, `Number` or `Boolean` object holds (JSON.stringify writes it),
    /// else `undefined`.
    #[wasm_bindgen(js_name = boxedPrimitive)]
    fn boxed_primitive(value: &JsValue) -> JsValue;
    /// `JSON.parse(text)`, for text that serde_json wrote (so it cannot throw).
    #[wasm_bindgen(js_name = parseJson)]
    pub(super) fn parse_json(text: &str) -> JsValue;
    /// Writes `text` as UTF-8 into `capacity` bytes of wasm memory at `ptr`; returns the bytes
    /// written. One `TextEncoder.encodeInto` call: much faster than a character loop.
    #[wasm_bindgen(js_name = utf8Into)]
    fn utf8_into(text: &JsValue, memory: &JsValue, ptr: *mut u8, capacity: usize) -> usize;
}

/// `input` as JSON text, or `None` when it is not plain JSON data within `limits` (a cycle, an
/// object in two places, a BigInt, a NaN, a function, a getter that throws, a class instance, a
/// list or text past the limits): the caller then reads `input` field by field, which names what
/// is wrong.
pub fn stringify(input: &JsValue, limits: Limits) -> Option<String> {
    utf8_of(&json_text(input, limits.items as f64, limits.values as f64, limits.chars as f64))
}

/// `input` as JSON text within `limits`, what cannot be read as `null`: for a value already
/// validated, to keep a copy of it.
#[cfg(feature = "client")]
pub fn json_copy(input: &JsValue, limits: Limits) -> String {
    stringify(input, limits).unwrap_or_else(|| {
        let mut text = String::new();
        read_field_by_field(input, limits).value.write(&mut text);
        text
    })
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

/// Reads `input` one value at a time within `limits`, reporting what is not JSON. Each object is
/// read once: met again inside itself it is a cycle, met again elsewhere it is reported too (the
/// walk in `jsonText`, which reads plain data, copies such an object; this reader only runs when
/// the input holds something else that is not plain data).
pub fn read_field_by_field(input: &JsValue, limits: Limits) -> Read {
    let mut reader = Reader {
        limits,
        values: limits.values,
        chars: limits.chars,
        too_large: false,
        report: Report::default(),
        ancestors: Vec::new(),
        seen: Map::new(),
        firsts: Vec::new(),
    };
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

/// The names of the own enumerable properties of `options` that are set (not `undefined`); none
/// when it is not an object or reading it throws.
#[cfg(feature = "client")]
pub fn set_keys(options: &JsValue) -> Vec<String> {
    if !options.is_object() {
        return Vec::new();
    }
    let keys = object_keys(options).unwrap_or_else(|_| Array::new());
    keys.iter()
        .filter(|key| !Reflect::get(options, key).unwrap_or(JsValue::UNDEFINED).is_undefined())
        .filter_map(|key| key.as_string())
        .collect()
}

/// Writes a serializable value as plain JS (objects, not Maps): serialized to JSON text in wasm
/// and read with one `JSON.parse`, far fewer boundary crossings than building it property by
/// property.
#[cfg(feature = "emulator")]
pub fn to_js<T: serde::Serialize + ?Sized>(value: &T) -> JsValue {
    serde_json::to_string(value).map_or(JsValue::NULL, |text| parse_json(&text))
}

struct Reader {
    limits: Limits,
    /// Values still to be read before the input is too large.
    values: usize,
    /// Characters still to be read before the input is too large.
    chars: usize,
    /// Whether the input was reported too large (once).
    too_large: bool,
    report: Report,
    /// The objects being read, outermost first: one of them met again is a cycle.
    ancestors: Vec<JsValue>,
    /// Each object read so far → its index in `firsts`.
    seen: Map,
    /// Where each object of `seen` was read.
    firsts: Vec<Path>,
}

impl Reader {
    fn unsupported(&mut self, path: &Path, message: &str) -> Json<'static> {
        self.report.push(Issue::error(path.clone(), Code::InputUnsupported, message));
        Json::Null
    }

    /// Reports, once, that the input holds more than the limits allow.
    fn too_large(&mut self, path: &Path) -> Json<'static> {
        if !self.too_large {
            self.too_large = true;
            let Limits { values, chars, .. } = self.limits;
            self.report.push(Issue::error(
                path.clone(),
                Code::InputTooLarge,
                format!("the input holds more than {values} values or {chars} characters; the rest was not read"),
            ));
        }
        Json::Null
    }

    /// Takes `values` and `chars` from the budget; `false` when it does not hold them.
    fn spend(&mut self, values: usize, chars: usize) -> bool {
        match (self.values.checked_sub(values), self.chars.checked_sub(chars)) {
            (Some(v), Some(c)) => {
                (self.values, self.chars) = (v, c);
                true
            }
            _ => false,
        }
    }

    fn read(&mut self, v: &JsValue, path: &Path) -> Json<'static> {
        if !self.spend(1, 0) {
            return self.too_large(path);
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
        if let Some(s) = v.dyn_ref::<JsString>() {
            // The length first: a string past the budget is not copied.
            if !self.spend(0, s.length() as usize) {
                return self.too_large(path);
            }
            return Json::Str(Cow::Owned(String::from(s)));
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
        if let Some(first) = self.seen.get(v).as_f64().and_then(|i| self.firsts.get(i as usize)) {
            let message = format!("this object is also at {first}; an object in two places is taken only when the whole input is plain JSON data: pass a copy");
            return self.unsupported(path, &message);
        }
        self.seen.set(v, &JsValue::from_f64(self.firsts.len() as f64));
        self.firsts.push(path.clone());
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
        // The length is read once; a Proxy or sparse array may claim any number.
        let len = Reflect::get(a, &JsValue::from_str("length")).ok().and_then(|l| l.as_f64()).unwrap_or(0.0);
        let len = if len.is_finite() && len > 0.0 { len.trunc() } else { 0.0 };
        let read = if len > self.limits.items as f64 {
            // Formatted as an integer: float formatting would add ~20 KB to the wasm.
            self.report.push(self.limits.long_list(path, len as u64));
            self.limits.items
        } else {
            len as usize
        };
        let mut items = Vec::with_capacity(read.min(1024));
        for i in 0..read {
            if self.too_large {
                break;
            }
            let child = path.index(i);
            match Reflect::get(a, &JsValue::from_f64(i as f64)) {
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
        // `new String("x")` and its kin: JSON.stringify writes the primitive.
        let primitive = boxed_primitive(v);
        if !primitive.is_undefined() {
            return self.read(&primitive, path);
        }
        let keys = match object_keys(v) {
            Ok(keys) => keys,
            Err(_) => return self.unsupported(path, "the object's keys could not be read"),
        };
        let mut members = Vec::new();
        for key in keys.iter() {
            if self.too_large {
                break;
            }
            let Some(name) = key.as_string() else { continue };
            if !self.spend(0, name.len()) {
                self.too_large(path);
                break;
            }
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
