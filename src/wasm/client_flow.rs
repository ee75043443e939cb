//! `VpnClient`'s multi-call flows: async iterators over every page of a list, and waiters that
//! poll a resource until it settles or goes. The decisions (next marker, end of list, delays,
//! done or failed) are the core's [`Pager`] and [`Waiter`]; this layer only sends and sleeps.

use super::client::{
    Inner, JsCallOptions, JsId, JsListCustomerGatewaysQuery, JsListVpnConnectionsQuery, JsPromise, JsVoidPromise,
    JsVpnConnectionPromise, JsVpnGatewayPromise, VpnClient,
};
use super::client_input::{check_options, read_query, read_wait_options};
use super::client_send::send_call;
use super::convert::get;
use super::transport::sleep;
use crate::api::pager::Pager;
use crate::api::waiter::{Goal, Observation, Step, WaitPolicy, Waiter, CONNECTION_STATUSES, GATEWAY_STATUSES};
use crate::api::{option_names, Error, Query};
use crate::validate::Report;
use js_sys::{Array, Function, Promise};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

#[wasm_bindgen(module = "/src/wasm/js/runtime.js")]
extern "C" {
    #[wasm_bindgen(js_name = itemsOf)]
    fn items_of(next_page: &Function) -> JsValue;
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "AsyncIterableIterator<VpnConnection>")]
    pub type JsVpnConnections;
    #[wasm_bindgen(typescript_type = "AsyncIterableIterator<CustomerGateway>")]
    pub type JsCustomerGateways;
    #[wasm_bindgen(typescript_type = "WaitOptions")]
    pub type JsWaitOptions;
    #[wasm_bindgen(
        typescript_type = "\"vpn-connection\" | \"vpn-gateway\" | \"customer-gateway\" | \"connection-monitor\""
    )]
    pub type JsWaitKind;
}

/// The resources a waiter can poll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Connection,
    Gateway,
    CustomerGateway,
    Monitor,
}

impl Kind {
    fn parse(name: &str) -> Option<Self> {
        match name {
            "vpn-connection" => Some(Kind::Connection),
            "vpn-gateway" => Some(Kind::Gateway),
            "customer-gateway" => Some(Kind::CustomerGateway),
            "connection-monitor" => Some(Kind::Monitor),
            _ => None,
        }
    }

    /// The key of the response envelope, which also names the kind in messages.
    fn envelope(self) -> &'static str {
        match self {
            Kind::Connection => "vpn_connection",
            Kind::Gateway => "vpn_gateway",
            Kind::CustomerGateway => "customer_gateway",
            Kind::Monitor => "connection_monitor",
        }
    }

    /// One `GET` of resource `id`.
    fn get(self, inner: &Rc<Inner>, id: String, options: &JsValue) -> JsPromise {
        let options: Option<JsCallOptions> = Some(options.clone().unchecked_into());
        let inner = Rc::clone(inner);
        match self {
            Kind::Connection => send_call(inner, options, move |c| Ok((c.get_vpn_connection(&id)?, Report::default()))),
            Kind::Gateway => send_call(inner, options, move |c| Ok((c.get_vpn_gateway(&id)?, Report::default()))),
            Kind::CustomerGateway => {
                send_call(inner, options, move |c| Ok((c.get_customer_gateway(&id)?, Report::default())))
            }
            Kind::Monitor => {
                send_call(inner, options, move |c| Ok((c.get_connection_monitor(&id)?, Report::default())))
            }
        }
    }
}

/// The lists that page.
#[derive(Debug, Clone, Copy)]
enum List {
    Connections,
    CustomerGateways,
}

impl List {
    fn items_key(self) -> &'static str {
        match self {
            List::Connections => "vpn_connections",
            List::CustomerGateways => "customer_gateways",
        }
    }

    /// The API's default and largest `limit` (spec §3.4).
    fn default_limit(self) -> u64 {
        match self {
            List::Connections => 2000,
            List::CustomerGateways => 200,
        }
    }

    fn send(self, inner: &Rc<Inner>, query: Query, options: &JsValue) -> JsPromise {
        let options: Option<JsCallOptions> = Some(options.clone().unchecked_into());
        let inner = Rc::clone(inner);
        match self {
            List::Connections => {
                send_call(inner, options, move |c| Ok((c.list_vpn_connections(&query), Report::default())))
            }
            List::CustomerGateways => {
                send_call(inner, options, move |c| Ok((c.list_customer_gateways(&query), Report::default())))
            }
        }
    }
}

/// An async iterator over every item of `list`, one page request at a time.
fn paginate(inner: &Rc<Inner>, list: List, query: Option<JsValue>, options: Option<JsCallOptions>) -> JsValue {
    let options: JsValue = options.map_or(JsValue::UNDEFINED, Into::into);
    let pager = check_options(&options, option_names::CALL)
        .and_then(|()| read_query(query))
        .and_then(|q| Pager::new(q, list.default_limit()));
    let state = Rc::new(RefCell::new(pager));
    let inner = Rc::clone(inner);
    let next_page = Closure::<dyn FnMut() -> Promise>::new(move || {
        let (state, inner, options) = (Rc::clone(&state), Rc::clone(&inner), options.clone());
        future_to_promise(async move {
            let query = match &*state.borrow() {
                Ok(pager) => pager.next_query(),
                Err(e) => return Err(e.clone().into()),
            };
            let Some(query) = query else { return Ok(JsValue::NULL) };
            let page = JsFuture::from(Promise::from(JsValue::from(list.send(&inner, query, &options)))).await?;
            let items = get(&page, list.items_key());
            let items = if Array::is_array(&items) { Array::from(&items) } else { Array::new() };
            let info = get(&page, "page_info");
            let count = get(&info, "current_count").as_f64().map(|n| n.max(0.0) as u64);
            let marker = get(&info, "next_marker").as_string();
            if let Ok(pager) = &mut *state.borrow_mut() {
                // A marker comes from the server: scrubbed as any answer's text is.
                pager
                    .advance(items.length() as usize, count, marker.as_deref())
                    .map_err(|e| JsValue::from(inner.config.redactor().error(e)))?;
            }
            Ok(items.into())
        })
    });
    items_of(next_page.into_js_value().unchecked_ref())
}

/// `timeoutMs`, `minDelayMs` and `maxDelayMs`, read in the core.
fn read_policy(options: &JsValue) -> Result<WaitPolicy, Error> {
    Ok(read_wait_options(options)?.policy)
}

/// Polls `id` until the goal is reached: resolves to the last response (`undefined` for a
/// deletion); rejects with `WaitError`, `TimeoutError` (with `lastStatus` and `polls`),
/// `AbortError` or the poll's own error. `options.onPoll({ status, elapsedMs, polls })` is called
/// after each poll (`status` `null` for a 404); an exception it throws ends the wait with it.
fn wait(inner: &Rc<Inner>, kind: Kind, id: JsValue, goal: Result<Goal, Error>, options: JsValue) -> JsPromise {
    let inner = Rc::clone(inner);
    let promise = future_to_promise(async move {
        check_options(&options, option_names::WAIT)?;
        let id = id.as_string().ok_or_else(|| Error::Config("the id must be a string".into()))?;
        let goal = goal?;
        let policy = read_policy(&options)?;
        let on_poll = match get(&options, "onPoll") {
            f if f.is_undefined() => None,
            f => Some(
                f.dyn_into::<js_sys::Function>()
                    .map_err(|_| Error::Config("options.onPoll must be a function".into()))?,
            ),
        };
        // Each poll is a call of its own: it takes the call options only.
        let call_options = js_sys::Object::new();
        for key in option_names::CALL {
            let _ = js_sys::Reflect::set(&call_options, &JsValue::from_str(key), &get(&options, key));
        }
        let call_options: JsValue = call_options.into();
        let signal = get(&options, "signal");
        let now = || js_sys::Date::now().max(0.0) as u64;
        let started = now();
        let what = format!("{} {id}", kind.envelope().replace('_', " "));
        let mut waiter = Waiter::new(goal.clone(), policy, started);
        loop {
            let polled =
                JsFuture::from(Promise::from(JsValue::from(kind.get(&inner, id.clone(), &call_options)))).await;
            let (seen_status, last) = match polled {
                Ok(response) => (get(&get(&response, kind.envelope()), "status").as_string(), Some(response)),
                Err(e)
                    if get(&e, "status").as_f64() == Some(404.0)
                        && get(&e, "name").as_string().as_deref() == Some("ApiError") =>
                {
                    (None, None)
                }
                Err(e) => return Err(e),
            };
            let seen = match (&seen_status, &last) {
                (Some(s), _) => Observation::Status(s),
                (None, Some(_)) => Observation::Status(""),
                (None, None) => Observation::NotFound,
            };
            let step = waiter.observe(seen, now(), js_sys::Math::random());
            if let Some(on_poll) = &on_poll {
                let progress = js_sys::Object::new();
                let status = seen_status.as_deref().map_or(JsValue::NULL, JsValue::from_str);
                let _ = js_sys::Reflect::set(&progress, &"status".into(), &status);
                let _ =
                    js_sys::Reflect::set(&progress, &"elapsedMs".into(), &JsValue::from_f64((now() - started) as f64));
                let _ = js_sys::Reflect::set(&progress, &"polls".into(), &JsValue::from_f64(f64::from(waiter.polls())));
                on_poll.call1(&JsValue::UNDEFINED, &progress)?;
            }
            // A status comes from the server: scrubbed as any answer's text is.
            let fail = |error: Error| Err(inner.config.redactor().error(error).into());
            match step {
                Step::Done => return Ok(last.unwrap_or(JsValue::UNDEFINED)),
                Step::Wait { delay_ms } => sleep(delay_ms, &signal).await.map_err(JsValue::from)?,
                Step::TimedOut { status } => return fail(waiter.timed_out(&what, status.as_deref())),
                Step::Failed { status } => return fail(waiter.failed(&what, status)),
            }
        }
    });
    promise.unchecked_into()
}

/// The goal of `until` and `failOn` (a status or an array of them; defaults `until` and
/// `fail_on`), each one of the `known` statuses of the resource, read in the core.
fn status_goal(options: &JsValue, known: &[&str], until: &[&str], fail_on: &[&str]) -> Result<Goal, Error> {
    read_wait_options(options)?.goal(known, until, fail_on)
}

fn options_value(options: Option<JsWaitOptions>) -> JsValue {
    options.map_or_else(|| js_sys::Object::new().into(), Into::into)
}

#[wasm_bindgen]
impl VpnClient {
    /// Every VPN connection, page by page (`limit` per page, 1–2000, default and 0: 2000; any
    /// other limit rejects the first page with a `ConfigError`; filters as for
    /// `listVpnConnections`): `for await (const c of client.paginateVpnConnections({ limit: 100 }))`.
    #[wasm_bindgen(js_name = paginateVpnConnections)]
    pub fn paginate_vpn_connections(
        &self,
        query: Option<JsListVpnConnectionsQuery>,
        options: Option<JsCallOptions>,
    ) -> JsVpnConnections {
        paginate(&self.inner, List::Connections, query.map(Into::into), options).unchecked_into()
    }

    /// Every customer gateway, page by page (`limit` per page, 1–200, default and 0: 200; any
    /// other limit rejects the first page with a `ConfigError`).
    #[wasm_bindgen(js_name = paginateCustomerGateways)]
    pub fn paginate_customer_gateways(
        &self,
        query: Option<JsListCustomerGatewaysQuery>,
        options: Option<JsCallOptions>,
    ) -> JsCustomerGateways {
        paginate(&self.inner, List::CustomerGateways, query.map(Into::into), options).unchecked_into()
    }

    /// Polls a VPN connection until its status is one of `until` (default `["ACTIVE", "DOWN"]`:
    /// settled; a new connection shows DOWN until IKE negotiates); `failOn` (default
    /// `["ERROR", "FREEZED"]`) rejects with a `WaitError`. Resolves to the last
    /// `{ vpn_connection, request_id }`. `timeoutMs` default 900000; polls 2 s apart, growing by
    /// half up to `maxDelayMs` (20 s).
    #[wasm_bindgen(js_name = waitForVpnConnection)]
    pub fn wait_for_vpn_connection(&self, id: JsId, options: Option<JsWaitOptions>) -> JsVpnConnectionPromise {
        let options = options_value(options);
        let goal = status_goal(&options, CONNECTION_STATUSES, &["ACTIVE", "DOWN"], &["ERROR", "FREEZED"]);
        wait(&self.inner, Kind::Connection, id.into(), goal, options).unchecked_into()
    }

    /// Polls a VPN gateway until its status is one of `until` (default `["ACTIVE"]`); `failOn`
    /// default `["FAULT", "FREEZED"]`. Otherwise as `waitForVpnConnection`.
    #[wasm_bindgen(js_name = waitForVpnGateway)]
    pub fn wait_for_vpn_gateway(&self, id: JsId, options: Option<JsWaitOptions>) -> JsVpnGatewayPromise {
        let options = options_value(options);
        let goal = status_goal(&options, GATEWAY_STATUSES, &["ACTIVE"], &["FAULT", "FREEZED"]);
        wait(&self.inner, Kind::Gateway, id.into(), goal, options).unchecked_into()
    }

    /// Polls a resource until a `GET` answers 404 (done: resolves to `undefined`). `kind` is
    /// "vpn-connection", "vpn-gateway", "customer-gateway" or "connection-monitor".
    #[wasm_bindgen(js_name = waitForDeletion)]
    pub fn wait_for_deletion(&self, kind: JsWaitKind, id: JsId, options: Option<JsWaitOptions>) -> JsVoidPromise {
        let options = options_value(options);
        let name = JsValue::from(kind).as_string().unwrap_or_default();
        let Some(kind) = Kind::parse(&name) else {
            let message = format!(
                "kind must be vpn-connection, vpn-gateway, customer-gateway or connection-monitor, got {:?}",
                name.chars().take(40).collect::<String>()
            );
            return Promise::reject(&Error::Config(message).into()).unchecked_into();
        };
        wait(&self.inner, kind, id.into(), Ok(Goal::Deletion), options).unchecked_into()
    }
}
