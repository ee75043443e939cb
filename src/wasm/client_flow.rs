//! `VpnClient`'s multi-call flows: async iterators over every page of a list, and waiters that
//! poll a resource until it settles or goes. The decisions (next marker, end of list, delays,
//! done or failed) are the core's [`Pager`] and [`Waiter`]; this layer only sends and sleeps.

use super::client::{
    Inner, JsCallOptions, JsId, JsListCustomerGatewaysQuery, JsListVpnConnectionsQuery, JsPromise, JsVoidPromise,
    JsVpnConnectionPromise, JsVpnGatewayPromise, VpnClient,
};
use super::client_input::{check_options, read_query, read_wait_options};
use super::client_send::{call_config, failure_to_js, send, Input};
use super::convert::get;
use super::transport::sleep;
use crate::api::catalog::{self, Op};
use crate::api::pager::Pager;
use crate::api::resources::{self, Resource};
use crate::api::waiter::{Goal, Observation, Step, Waiter};
use crate::api::{option_names, Error};
use js_sys::{Array, Function, Promise};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::future_to_promise;

#[wasm_bindgen(module = "/src/wasm/js/calls.js")]
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

/// The operation of `kind` that the catalogue finds for `resource`, or a [`Error::Config`].
fn operation_of(found: Option<Op>, resource: &Resource, kind: &str) -> Result<Op, Error> {
    found.ok_or_else(|| Error::Config(format!("a {} cannot be {kind}", resource.words())))
}

/// An async iterator over every item of `resource`'s list, one page request at a time.
fn paginate(
    inner: &Rc<Inner>,
    resource: &'static Resource,
    query: Option<JsValue>,
    options: Option<JsCallOptions>,
) -> JsValue {
    let options: JsValue = options.map_or(JsValue::UNDEFINED, Into::into);
    let pager = check_options(&options, option_names::CALL)
        .and_then(|()| call_config(inner, &options))
        .and_then(|_| operation_of(catalog::list_of(resource), resource, "listed"))
        .and_then(|op| {
            let limit =
                resource.page_limit.ok_or_else(|| Error::Config(format!("{} lists do not page", resource.words())))?;
            Ok((op, Pager::new(read_query(query)?, limit)?))
        });
    let signal = get(&options, "signal");
    let state = Rc::new(RefCell::new(pager));
    let inner = Rc::clone(inner);
    let next_page = Closure::<dyn FnMut() -> Promise>::new(move || {
        let (state, inner, signal) = (Rc::clone(&state), Rc::clone(&inner), signal.clone());
        future_to_promise(async move {
            let (op, query) = match &*state.borrow() {
                Ok((op, pager)) => (*op, pager.next_query()),
                Err(e) => return Err(e.clone().into()),
            };
            let Some(query) = query else { return Ok(JsValue::NULL) };
            let prepared = Input::new(op, Vec::new()).query(Ok(query)).prepare(&inner.config);
            let page = send(&inner, &signal, prepared).await.map_err(failure_to_js)?;
            let items = get(&page, resource.list);
            let items = if Array::is_array(&items) { Array::from(&items) } else { Array::new() };
            let info = get(&page, "page_info");
            let count = get(&info, "current_count").as_f64().map(|n| n.max(0.0) as u64);
            let marker = get(&info, "next_marker").as_string();
            if let Ok((_, pager)) = &mut *state.borrow_mut() {
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

/// What a wait waits for.
#[derive(Clone, Copy)]
enum Aim {
    /// A status of `until` (default: the resource's settled ones).
    Status,
    /// The resource's deletion: a 404.
    Deletion,
}

/// Polls `id` until the goal is reached: resolves to the last response (`undefined` for a
/// deletion); rejects with `WaitError`, `TimeoutError` (with `lastStatus` and `polls`),
/// `AbortError` or the poll's own error. `options.onPoll({ status, elapsedMs, polls })` is called
/// after each poll (`status` `null` for a 404); an exception it throws ends the wait with it.
fn wait(inner: &Rc<Inner>, resource: &'static Resource, id: JsValue, aim: Aim, options: JsValue) -> JsPromise {
    // `until`, `failOn` and the times are read now, once, in the core.
    let read = read_wait_options(&options).and_then(|read| {
        let policy = read.policy;
        let goal = match aim {
            Aim::Status => read.goal(resource.statuses, resource.settled, resource.failed)?,
            Aim::Deletion => Goal::Deletion,
        };
        Ok((goal, policy))
    });
    let inner = Rc::clone(inner);
    let promise = future_to_promise(async move {
        check_options(&options, option_names::WAIT)?;
        call_config(&inner, &options)?;
        let op = operation_of(catalog::get_of(resource), resource, "read")?;
        let id = id.as_string().ok_or_else(|| Error::Config("the id must be a string".into()))?;
        let (goal, policy) = read?;
        let on_poll = match get(&options, "onPoll") {
            f if f.is_undefined() => None,
            f => Some(
                f.dyn_into::<js_sys::Function>()
                    .map_err(|_| Error::Config("options.onPoll must be a function".into()))?,
            ),
        };
        let signal = get(&options, "signal");
        let now = || js_sys::Date::now().max(0.0) as u64;
        let started = now();
        let what = format!("{} {id}", resource.words());
        let mut waiter = Waiter::new(goal.clone(), policy, started);
        loop {
            let prepared = Input::new(op, vec![id.clone()]).prepare(&inner.config);
            let (seen_status, last) = match send(&inner, &signal, prepared).await {
                Ok(response) => (get(&get(&response, resource.envelope), "status").as_string(), Some(response)),
                Err(failure) if failure.error.is_not_found() => (None, None),
                Err(failure) => return Err(failure_to_js(failure)),
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
        paginate(&self.inner, resources::VPN_CONNECTION, query.map(Into::into), options).unchecked_into()
    }

    /// Every customer gateway, page by page (`limit` per page, 1–200, default and 0: 200; any
    /// other limit rejects the first page with a `ConfigError`).
    #[wasm_bindgen(js_name = paginateCustomerGateways)]
    pub fn paginate_customer_gateways(
        &self,
        query: Option<JsListCustomerGatewaysQuery>,
        options: Option<JsCallOptions>,
    ) -> JsCustomerGateways {
        paginate(&self.inner, resources::CUSTOMER_GATEWAY, query.map(Into::into), options).unchecked_into()
    }

    /// Polls a VPN connection until its status is one of `until` (default `["ACTIVE", "DOWN"]`:
    /// settled; a new connection shows DOWN until IKE negotiates); `failOn` (default
    /// `["ERROR", "FREEZED"]`) rejects with a `WaitError`. Resolves to the last
    /// `{ vpn_connection, request_id }`. `timeoutMs` default 900000; polls 2 s apart, growing by
    /// half up to `maxDelayMs` (20 s).
    #[wasm_bindgen(js_name = waitForVpnConnection)]
    pub fn wait_for_vpn_connection(&self, id: JsId, options: Option<JsWaitOptions>) -> JsVpnConnectionPromise {
        let options = options_value(options);
        wait(&self.inner, resources::VPN_CONNECTION, id.into(), Aim::Status, options).unchecked_into()
    }

    /// Polls a VPN gateway until its status is one of `until` (default `["ACTIVE"]`); `failOn`
    /// default `["FAULT", "FREEZED"]`. Otherwise as `waitForVpnConnection`.
    #[wasm_bindgen(js_name = waitForVpnGateway)]
    pub fn wait_for_vpn_gateway(&self, id: JsId, options: Option<JsWaitOptions>) -> JsVpnGatewayPromise {
        let options = options_value(options);
        wait(&self.inner, resources::VPN_GATEWAY, id.into(), Aim::Status, options).unchecked_into()
    }

    /// Polls a resource until a `GET` answers 404 (done: resolves to `undefined`). `kind` is
    /// "vpn-connection", "vpn-gateway", "customer-gateway" or "connection-monitor".
    #[wasm_bindgen(js_name = waitForDeletion)]
    pub fn wait_for_deletion(&self, kind: JsWaitKind, id: JsId, options: Option<JsWaitOptions>) -> JsVoidPromise {
        let options = options_value(options);
        let name = JsValue::from(kind).as_string().unwrap_or_default();
        let Some(resource) = Resource::by_kind(&name) else {
            let message = format!(
                "kind must be vpn-connection, vpn-gateway, customer-gateway or connection-monitor, got {:?}",
                name.chars().take(40).collect::<String>()
            );
            return Promise::reject(&Error::Config(message).into()).unchecked_into();
        };
        wait(&self.inner, resource, id.into(), Aim::Deletion, options).unchecked_into()
    }
}
