//! `Emulator` for JavaScript: the core emulator with the JS clock, a fetch-compatible `fetch`, and
//! `handle` for the Node HTTP server.

use super::convert::get;
use super::emulator_options;
use super::transport::IN_PROCESS_MARK;
use crate::api::{HttpRequest, HttpResponse, Method};
use crate::emulator::{Answer, Clock, Emulator};
use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

#[wasm_bindgen(module = "/src/wasm/js/emulator.js")]
extern "C" {
    #[wasm_bindgen(js_name = readRequest)]
    fn read_request(input: &JsValue, init: &JsValue) -> Promise;
    #[wasm_bindgen(js_name = makeResponse)]
    fn make_response(status: u16, headers: Array, body: Uint8Array) -> JsValue;
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "EmulatorOptions")]
    pub type JsEmulatorOptions;
    #[wasm_bindgen(typescript_type = "(input: string | URL | Request, init?: RequestInit) => Promise<Response>")]
    pub type JsFetch;
    #[wasm_bindgen(typescript_type = "[string, string][]")]
    pub type JsHeaderPairs;
    #[wasm_bindgen(typescript_type = "EmulatorResponse")]
    pub type JsEmulatorResponse;
    #[wasm_bindgen(typescript_type = "EmulatorAnswer")]
    pub type JsEmulatorAnswer;
}

#[wasm_bindgen(typescript_custom_section)]
const TS_EMULATOR: &str = r#"
export interface EmulatorOptions {
  /** Project ids that exist. Default ["0123456789abcdef0123456789abcdef"]. */
  projects?: string[];
  /** Tokens accepted as X-Auth-Token: a string is valid for every project, `{ token, projects }`
   *  only for those. Default ["emulator-token"]. */
  tokens?: (string | { token: string; projects: string[] })[];
  /** AK/SK pairs accepted (SDK-HMAC-SHA256). Default [{ accessKey: "EMULATORACCESSKEY000", secretKey: "emulator-secret-key" }]. */
  credentials?: { accessKey: string; secretKey: string }[];
  /** Milliseconds from create to the settled status, and from delete to gone. Default 1000. */
  transitionMs?: number;
  /** When set, a VPN connection turns from DOWN to ACTIVE this many ms after it settled, as if
   *  its peer had negotiated IKE. Default: unset, it stays DOWN (nothing negotiates). */
  connectMs?: number;
  /** Seed of the id generator; the same seed gives the same ids. Default: random. */
  seed?: number;
  /** Fault rules, drawn deterministically from `seed`. Default none. */
  faults?: FaultRule[];
  /** Delay added to every answer of `fetch` and `answer`, in ms. Default 0. */
  delayMs?: number;
  /** Resources per project. Default { vpn_gateway: 50, customer_gateway: 100, vpn_connection: 5000 }. */
  quotas?: { vpn_gateway?: number; customer_gateway?: number; vpn_connection?: number };
}
/** A fault kind: an error status, a dropped connection, added latency, or a malformed body. */
export type FaultKind = "429" | "500" | "502" | "503" | "504" | "drop-before" | "drop-after" | "latency" | "truncated-json" | "html";
/** Which requests fail, how often and how; the first matching rule decides. */
export interface FaultRule {
  /** Only this method; default any. */
  method?: "GET" | "POST" | "PUT" | "DELETE";
  /** A path below /v5/{project_id}/, `*` for one segment, a trailing `**` for the rest; default any. */
  path?: string;
  /** Share of matching requests that fail, 0–1. */
  rate: number;
  /** Drawn uniformly; default every kind. */
  kinds?: FaultKind[];
  /** Retry-After of a 429, in seconds. Default 1. */
  retryAfterS?: number;
  /** Added delay of a latency fault, in ms. Default 200. */
  latencyMs?: number;
}
/** What a transport must do: send after `delayMs`, or drop the connection. */
export type EmulatorAnswer = (EmulatorResponse & { delayMs: number; drop?: undefined }) | { drop: true; delayMs: number };
/** A plain answer of `Emulator.handle`. */
export interface EmulatorResponse {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
}
"#;

/// The zero-configuration defaults: `{ project, token, transitionMs }`.
#[wasm_bindgen(js_name = emulatorDefaults, skip_typescript)]
pub fn emulator_defaults() -> JsValue {
    let out = js_sys::Object::new();
    let _ = Reflect::set(&out, &"project".into(), &crate::emulator::DEFAULT_PROJECT.into());
    let _ = Reflect::set(&out, &"token".into(), &crate::emulator::DEFAULT_TOKEN.into());
    let _ = Reflect::set(&out, &"accessKey".into(), &crate::emulator::DEFAULT_ACCESS_KEY.into());
    let _ = Reflect::set(&out, &"secretKey".into(), &crate::emulator::DEFAULT_SECRET_KEY.into());
    let _ =
        Reflect::set(&out, &"transitionMs".into(), &JsValue::from_f64(crate::emulator::DEFAULT_TRANSITION_MS as f64));
    out.into()
}

/// Reads `Date.now()`.
struct DateClock;

impl Clock for DateClock {
    fn now_ms(&self) -> u64 {
        js_sys::Date::now().max(0.0) as u64
    }
}

/// The emulator, in process.
#[wasm_bindgen(js_name = Emulator)]
pub struct JsEmulator {
    core: Rc<RefCell<Emulator>>,
    default_project: String,
    /// Owns its closure (which holds the store), so it keeps working when a client holds it and
    /// the `Emulator` object itself is gone: freeing the emulator must not break its `fetch`.
    fetch: Function,
}

#[wasm_bindgen(module = "/src/wasm/js/emulator.js")]
extern "C" {
    fn dropped() -> JsValue;
}

#[wasm_bindgen(module = "/src/wasm/js/transport.js")]
extern "C" {
    /// The shared abortable wait; rejects with the signal's reason, as a fetch would.
    fn sleep(ms: f64, signal: &JsValue) -> Promise;
}

/// Most header pairs a request handed to `handle` or `answer` may have.
const MAX_HEADERS: usize = 1_000;

fn to_request(method: &str, url: String, headers: &JsValue, body: Vec<u8>) -> Result<HttpRequest, HttpResponse> {
    let Some(method) = Method::parse(method) else {
        let body = br#"{"error_code":"APIGW.0106","error_msg":"Method not allowed"}"#.to_vec();
        let headers = vec![("Content-Type".to_owned(), "application/json".to_owned())];
        return Err(HttpResponse { status: 405, headers, body });
    };
    let mut pairs = Vec::new();
    if Array::is_array(headers) {
        // The length is read once; more header pairs than any request has are refused unread.
        let len = get(headers, "length").as_f64().unwrap_or(0.0);
        if !(0.0..=MAX_HEADERS as f64).contains(&len) {
            let body = br#"{"error_code":"APIGW.0431","error_msg":"Request header fields too large"}"#.to_vec();
            let headers = vec![("Content-Type".to_owned(), "application/json".to_owned())];
            return Err(HttpResponse { status: 431, headers, body });
        }
        for i in 0..len as u32 {
            let entry = Reflect::get_u32(headers, i).unwrap_or(JsValue::UNDEFINED);
            let k = Reflect::get_u32(&entry, 0).ok().and_then(|v| v.as_string());
            let v = Reflect::get_u32(&entry, 1).ok().and_then(|v| v.as_string());
            if let (Some(k), Some(v)) = (k, v) {
                pairs.push((k, v));
            }
        }
    }
    Ok(HttpRequest { method, url, headers: pairs, body })
}

fn header_array(headers: &[(String, String)]) -> Array {
    headers.iter().map(|(k, v)| Array::of2(&k.into(), &v.into())).collect()
}

#[wasm_bindgen(js_class = Emulator)]
impl JsEmulator {
    /// An emulator with its own empty store. Throws a `ConfigError` for unusable options.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Option<JsEmulatorOptions>) -> Result<JsEmulator, JsValue> {
        let config = emulator_options::read_config(&options.map_or(JsValue::UNDEFINED, Into::into))?;
        let default_project = config.projects.first().cloned().unwrap_or_default();
        let core = Rc::new(RefCell::new(Emulator::new(config, Box::new(DateClock))));
        let for_fetch = Rc::clone(&core);
        let closure = Closure::<dyn FnMut(JsValue, JsValue) -> Promise>::new(move |input: JsValue, init: JsValue| {
            let core = Rc::clone(&for_fetch);
            future_to_promise(async move {
                let parts = JsFuture::from(read_request(&input, &init)).await?;
                let url = get(&parts, "url").as_string().unwrap_or_default();
                let method = get(&parts, "method").as_string().unwrap_or_default();
                let body = get(&parts, "body").dyn_into::<Uint8Array>().map(|b| b.to_vec()).unwrap_or_default();
                let answer = match to_request(&method, url, &get(&parts, "headers"), body) {
                    Ok(request) => core.borrow_mut().answer(&request),
                    Err(response) => Answer { response: Some(response), delay_ms: 0 },
                };
                if answer.delay_ms > 0 {
                    JsFuture::from(sleep(answer.delay_ms as f64, &get(&parts, "signal"))).await?;
                }
                let Some(response) = answer.response else { return Err(dropped()) };
                let body = Uint8Array::from(response.body.as_slice());
                Ok(make_response(response.status, header_array(&response.headers), body))
            })
        });
        let fetch: Function = closure.into_js_value().unchecked_into();
        let _ = Reflect::set(&fetch, &JsValue::from_str(IN_PROCESS_MARK), &JsValue::TRUE);
        Ok(JsEmulator { core, default_project, fetch })
    }

    /// A fetch-compatible function bound to this emulator: `new VpnClient({ fetch: emulator.fetch })`.
    #[wasm_bindgen(getter)]
    pub fn fetch(&self) -> JsFetch {
        self.fetch.clone().unchecked_into()
    }

    /// Answers one request synchronously: `method`, a URL or path, header pairs, body bytes.
    pub fn handle(&self, method: &str, url: String, headers: JsHeaderPairs, body: Uint8Array) -> JsEmulatorResponse {
        let response = match to_request(method, url, &headers, body.to_vec()) {
            Ok(request) => self.core.borrow_mut().handle(&request),
            Err(response) => response,
        };
        let out = js_sys::Object::new();
        let _ = Reflect::set(&out, &"status".into(), &JsValue::from(response.status));
        let _ = Reflect::set(&out, &"headers".into(), &header_array(&response.headers));
        let _ = Reflect::set(&out, &"body".into(), &Uint8Array::from(response.body.as_slice()));
        out.unchecked_into()
    }

    /// Answers one request as a transport must, with the configured faults and delays:
    /// `{ status, headers, body, delayMs }`, or `{ drop: true, delayMs }` when the connection is
    /// to be dropped without an answer.
    pub fn answer(&self, method: &str, url: String, headers: JsHeaderPairs, body: Uint8Array) -> JsEmulatorAnswer {
        let answer = match to_request(method, url, &headers, body.to_vec()) {
            Ok(request) => self.core.borrow_mut().answer(&request),
            Err(response) => Answer { response: Some(response), delay_ms: 0 },
        };
        let out = js_sys::Object::new();
        let _ = Reflect::set(&out, &"delayMs".into(), &JsValue::from_f64(answer.delay_ms as f64));
        match answer.response {
            Some(response) => {
                let _ = Reflect::set(&out, &"status".into(), &JsValue::from(response.status));
                let _ = Reflect::set(&out, &"headers".into(), &header_array(&response.headers));
                let _ = Reflect::set(&out, &"body".into(), &Uint8Array::from(response.body.as_slice()));
            }
            None => {
                let _ = Reflect::set(&out, &"drop".into(), &JsValue::TRUE);
            }
        }
        out.unchecked_into()
    }

    /// Forgets every resource; the options stay.
    pub fn reset(&self) {
        self.core.borrow_mut().reset();
    }

    /// The store of `projectId` (default: the first configured project) as plain JSON:
    /// `{ vpn_gateways, customer_gateways, vpn_connections, connection_monitors }`, each as the API
    /// would show it, without secrets; `undefined` for an unknown project.
    pub fn snapshot(&self, project_id: Option<String>) -> JsValue {
        let mut core = self.core.borrow_mut();
        let project = project_id.unwrap_or_else(|| self.default_project.clone());
        core.snapshot(&project).map_or(JsValue::UNDEFINED, |v| super::convert::to_js(&v))
    }

    /// How many VPN connections `projectId` holds; `undefined` for an unknown project.
    #[wasm_bindgen(js_name = connectionCount)]
    pub fn connection_count(&self, project_id: &str) -> Option<u32> {
        self.core.borrow().connection_count(project_id).map(|n| n as u32)
    }
}
