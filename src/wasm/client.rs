//! `VpnClient`: the API client for JavaScript. Each method prepares a call in the core, sends it
//! through the transport and decodes the answer in the core.

use super::convert::{from_js, to_js};
use super::transport::Transport;
use super::validate::read_options;
use crate::api::{Auth, ClientConfig, Endpoint, Error, Insecure, Validation};
use crate::model::Secret;
use crate::validate::Report;
use js_sys::{Promise, Reflect};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::future_to_promise;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "ClientOptions")]
    pub type JsClientOptions;
    #[wasm_bindgen(typescript_type = "CallOptions")]
    pub type JsCallOptions;
    #[wasm_bindgen(typescript_type = "CreateVpnConnectionRequest")]
    pub type JsCreateVpnConnectionRequest;
    #[wasm_bindgen(typescript_type = "Promise<VpnConnectionResponse>")]
    pub type JsVpnConnectionPromise;
    #[wasm_bindgen(js_namespace = console, js_name = warn)]
    fn console_warn(message: &str);
}

struct Inner {
    config: ClientConfig,
    transport: Transport,
}

/// A client of one project at one endpoint.
#[wasm_bindgen]
pub struct VpnClient {
    inner: Rc<Inner>,
}

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn required_string(options: &JsValue, key: &str) -> Result<String, Error> {
    get(options, key).as_string().ok_or_else(|| Error::Config(format!("options.{key} must be a string")))
}

fn read_config(options: &JsValue) -> Result<(ClientConfig, Transport), Error> {
    if !options.is_object() {
        return Err(Error::Config("new VpnClient(options) needs an options object".into()));
    }
    let transport = Transport::new(&get(options, "fetch"))?;
    let insecure = match get(options, "allowInsecureHttp").as_bool() {
        Some(true) => Insecure::Allowed,
        _ if transport.in_process() => Insecure::Allowed,
        _ => Insecure::LoopbackOnly,
    };
    let endpoint = Endpoint::parse(&required_string(options, "endpoint")?, insecure)?;
    let project_id = required_string(options, "projectId")?;
    let auth = get(options, "auth");
    let token = get(&auth, "token").as_string();
    let auth = match token {
        Some(token) => Auth::Token(Secret::new(token)),
        None if get(&auth, "accessKey").is_string() => {
            return Err(Error::Config("AK/SK signing is not available in this version; use auth.token".into()))
        }
        None => return Err(Error::Config("options.auth must be { token: string }".into())),
    };
    let mut config = ClientConfig::new(endpoint, &project_id, auth)?;
    config.validation = match get(options, "validation").as_string().as_deref() {
        None | Some("error") => Validation::Error,
        Some("warn") => Validation::Warn,
        Some("off") => Validation::Off,
        Some(other) => {
            return Err(Error::Config(format!(
                "options.validation must be \"error\", \"warn\" or \"off\", got {:?}",
                other.chars().take(32).collect::<String>()
            )))
        }
    };
    config.validate_options = read_options(&get(options, "validateOptions"))
        .map_err(|r| Error::Config(format!("options.validateOptions: {}", first_message(&r))))?;
    Ok((config, transport))
}

/// The `signal` of per-call options, or `undefined`.
fn signal_of(options: Option<JsCallOptions>) -> JsValue {
    options.map_or(JsValue::UNDEFINED, |o| get(&o, "signal"))
}

fn first_message(report: &Report) -> String {
    report.issues.first().map(|i| i.message.clone()).unwrap_or_default()
}

fn warn_issues(report: &Report) {
    for issue in &report.issues {
        console_warn(&format!("cloudvpn: {} {} ({})", issue.path, issue.message, issue.code.as_str()));
    }
}

#[wasm_bindgen]
impl VpnClient {
    /// A client. Throws a `ConfigError` when the options are unusable.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsClientOptions) -> Result<VpnClient, JsValue> {
        let (config, transport) = read_config(&options)?;
        Ok(VpnClient { inner: Rc::new(Inner { config, transport }) })
    }

    /// `POST /v5/{project_id}/vpn-connection`: resolves to `{ vpn_connection, request_id }`.
    #[wasm_bindgen(js_name = createVpnConnection)]
    pub fn create_vpn_connection(
        &self,
        body: JsCreateVpnConnectionRequest,
        options: Option<JsCallOptions>,
    ) -> JsVpnConnectionPromise {
        let inner = Rc::clone(&self.inner);
        let converted = from_js(&body);
        let signal = signal_of(options);
        let promise = future_to_promise(async move {
            if !converted.report.ok() {
                return Err(Error::Validation(converted.report).into());
            }
            let (call, report) = inner.config.create_vpn_connection(&converted.value)?;
            warn_issues(&report);
            let response = inner.transport.send(&call.request, &signal).await?;
            Ok(to_js(&call.decode(&response)?))
        });
        promise.unchecked_into()
    }

    /// `GET /v5/{project_id}/vpn-connection/{id}`: resolves to `{ vpn_connection, request_id }`.
    #[wasm_bindgen(js_name = getVpnConnection)]
    pub fn get_vpn_connection(&self, id: JsValue, options: Option<JsCallOptions>) -> JsVpnConnectionPromise {
        let inner = Rc::clone(&self.inner);
        let signal = signal_of(options);
        let promise: Promise = future_to_promise(async move {
            let id = id.as_string().unwrap_or_default(); // a non-string fails the UUID check below
            let call = inner.config.get_vpn_connection(&id)?;
            let response = inner.transport.send(&call.request, &signal).await?;
            Ok(to_js(&call.decode(&response)?))
        });
        promise.unchecked_into()
    }

    /// The endpoint this client calls, without a trailing slash.
    #[wasm_bindgen(getter)]
    pub fn endpoint(&self) -> String {
        self.inner.config.endpoint.as_str().to_owned()
    }

    /// The project this client calls.
    #[wasm_bindgen(getter, js_name = projectId)]
    pub fn project_id(&self) -> String {
        self.inner.config.project_id().to_owned()
    }
}
