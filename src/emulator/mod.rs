//! The API itself, in memory: `Emulator::handle(HttpRequest) -> HttpResponse`.
//!
//! It keeps a store per project, checks tokens, applies the same validation as the client and
//! answers in the API's own error format. Time comes from an injected [`Clock`] and ids from a
//! seeded generator, so a run is reproducible.

mod auth;
mod clock;
mod config;
mod connection_defaults;
mod connections;
mod customer_gateways;
mod faults;
mod gateways;
mod monitors;
mod options;
mod query;
mod respond;
mod rng;
mod store;
mod tags;

pub use clock::{format_sdk_date, format_timestamp, parse_sdk_date, Clock, ManualClock};
pub use config::{
    EmulatorConfig, Quotas, TokenGrant, DEFAULT_ACCESS_KEY, DEFAULT_PROJECT, DEFAULT_SECRET_KEY, DEFAULT_TOKEN,
    DEFAULT_TRANSITION_MS, MAX_BODY_BYTES, MAX_CLOCK_SKEW_MS,
};
pub use faults::{Answer, FaultKind, FaultRule};
pub use options::{EMULATOR_OPTIONS_NOT_OBJECT, MAX_OPTION_ITEMS};

use crate::api::catalog::{self, Lookup, Op};
use crate::api::{path, HttpRequest, HttpResponse};
use rng::Rng;
use serde_json::json;
use std::collections::HashMap;
use store::ProjectStore;

/// The in-memory service.
pub struct Emulator {
    config: EmulatorConfig,
    faults: faults::Faults,
    clock: Box<dyn Clock>,
    rng: Rng,
    projects: HashMap<String, ProjectStore>,
}

/// One request being answered: what every handler needs besides the store.
pub(crate) struct Ctx<'a> {
    pub now_ms: u64,
    pub request_id: &'a str,
    pub transition_ms: u64,
    /// [`EmulatorConfig::connect_ms`].
    pub connect_ms: Option<u64>,
    pub quotas: Quotas,
    pub rng: &'a mut Rng,
    pub query: Vec<(String, String)>,
    pub body: &'a [u8],
}

impl Emulator {
    /// An emulator with `config`, reading time from `clock`.
    pub fn new(config: EmulatorConfig, clock: Box<dyn Clock>) -> Self {
        let rng = Rng::new(config.seed);
        let projects = config.projects.iter().map(|p| (p.clone(), ProjectStore::default())).collect();
        let faults = faults::Faults::new(config.faults.clone(), config.delay_ms, config.seed);
        Self { config, faults, clock, rng, projects }
    }

    /// Forgets every resource; settings stay.
    pub fn reset(&mut self) {
        for store in self.projects.values_mut() {
            *store = ProjectStore::default();
        }
    }

    /// How many VPN connections a project holds (`None` for an unknown project).
    pub fn connection_count(&self, project_id: &str) -> Option<usize> {
        self.projects.get(project_id).map(|s| s.connections.len())
    }

    /// A snapshot of a project's store as JSON: `{ vpn_gateways, customer_gateways,
    /// vpn_connections, connection_monitors }`, each as the API would list it (no secrets).
    pub fn snapshot(&mut self, project_id: &str) -> Option<serde_json::Value> {
        let now = self.clock.now_ms();
        let t = self.config.transition_ms;
        let store = self.projects.get_mut(project_id)?;
        store.settle(now, t);
        let store = &*store;
        Some(json!({
            "vpn_gateways": store.gateways.iter().map(|g| gateways::view(store, g, now, t)).collect::<Vec<_>>(),
            "customer_gateways": store.customer_gateways.iter().map(|c| c.view(None)).collect::<Vec<_>>(),
            "vpn_connections": store.connections.iter().map(|c| connections::listed(store, c, now, t, self.config.connect_ms)).collect::<Vec<_>>(),
            "connection_monitors": store.monitors.iter().map(|m| monitors::view(m, now, t)).collect::<Vec<_>>(),
        }))
    }

    /// Answers one request as a transport must: with the configured faults and delays applied
    /// (a dropped connection has no response; `delay_ms` is how long to wait first).
    pub fn answer(&mut self, request: &HttpRequest) -> Answer {
        let delay = self.faults.delay_ms;
        // A path that is not canonical is matched as if it had no segments below the project.
        let rest = path::parse(request.path_and_query()).map(|t| t.rest).unwrap_or_default();
        let drawn = self.faults.draw(request.method, &rest).map(|(k, r)| (k, r.clone()));
        let mut answer = match drawn {
            Some((kind, rule)) => match faults::replace(kind, &rule, &self.rng.uuid()) {
                Some(replaced) => replaced,
                None => faults::after(kind, &rule, self.handle(request)),
            },
            None => Answer { response: Some(self.handle(request)), delay_ms: 0 },
        };
        answer.delay_ms = answer.delay_ms.saturating_add(delay);
        answer
    }

    /// Answers one request, without faults.
    ///
    /// Only the canonical path of a route is that route: a trailing or doubled slash, a `.` or
    /// `..` segment, a `%` escape or a `\` anywhere in the path is 404 `APIGW.0101`, before any
    /// authentication (see `path`).
    pub fn handle(&mut self, request: &HttpRequest) -> HttpResponse {
        let request_id = self.rng.uuid();
        let Some(path::Target { project, rest, query }) = path::parse(request.path_and_query()) else {
            return unknown_api(&request_id);
        };

        let now_ms = self.clock.now_ms();
        if let Err(refused) = auth::check(request, project, &self.config, now_ms, &request_id) {
            return refused;
        }
        let transition_ms = self.config.transition_ms;
        let Some(store) = self.projects.get_mut(project) else {
            let message = "not authorized to perform this operation in this project";
            return respond::error(403, "VPN.0007", message, &request_id);
        };
        if request.body.len() > MAX_BODY_BYTES {
            return respond::error(413, "APIGW.0201", "Request entity too large", &request_id);
        }
        store.settle(now_ms, transition_ms);
        let mut ctx = Ctx {
            now_ms,
            request_id: &request_id,
            transition_ms,
            connect_ms: self.config.connect_ms,
            quotas: self.config.quotas,
            rng: &mut self.rng,
            query: query::parse(query),
            body: &request.body,
        };
        route(store, &mut ctx, request.method, &rest)
    }
}

fn unknown_api(request_id: &str) -> HttpResponse {
    respond::error(404, "APIGW.0101", "The API does not exist or has not been published", request_id)
}

/// Dispatches by method and path below `/v5/{project_id}/`, as the catalogue matches them: a
/// known path with another method is 405 `APIGW.0106`, any other path 404 `APIGW.0101`.
fn route(store: &mut ProjectStore, ctx: &mut Ctx, method: crate::api::Method, rest: &[&str]) -> HttpResponse {
    let (op, parameters) = match catalog::lookup(method, rest) {
        Lookup::Found { operation, parameters } => (operation, parameters),
        Lookup::WrongMethod => return respond::error(405, "APIGW.0106", "Method not allowed", ctx.request_id),
        Lookup::Unknown => return unknown_api(ctx.request_id),
    };
    // The catalogue gives each operation exactly its path's parameters, in order.
    let (first, second) = match parameters.as_slice() {
        [] => ("", ""),
        [one] => (*one, ""),
        [one, two, ..] => (*one, *two),
    };
    match op {
        Op::CreateVpnGateway => gateways::create(store, ctx),
        Op::ListVpnGateways => gateways::list(store, ctx),
        Op::ListAvailabilityZones => gateways::availability_zones(ctx),
        Op::GetVpnGateway => gateways::show(store, ctx, first),
        Op::UpdateVpnGateway => gateways::update(store, ctx, first),
        Op::DeleteVpnGateway => gateways::delete(store, ctx, first),
        Op::UpdateVpnGatewaySpecification => gateways::update_specification(store, ctx, first),
        Op::CreateCustomerGateway => customer_gateways::create(store, ctx),
        Op::ListCustomerGateways => customer_gateways::list(store, ctx),
        Op::GetCustomerGateway => customer_gateways::show(store, ctx, first),
        Op::UpdateCustomerGateway => customer_gateways::update(store, ctx, first),
        Op::DeleteCustomerGateway => customer_gateways::delete(store, ctx, first),
        Op::CreateVpnConnection => connections::create(store, ctx),
        Op::BatchCreateVpnConnections => connections::batch_create(store, ctx),
        Op::ListVpnConnections => connections::list(store, ctx),
        Op::GetVpnConnection => connections::show(store, ctx, first),
        Op::UpdateVpnConnection => connections::update(store, ctx, first),
        Op::DeleteVpnConnection => connections::delete(store, ctx, first),
        Op::GetVpnConnectionLog => connections::log(store, ctx, first),
        Op::CreateConnectionMonitor => monitors::create(store, ctx),
        Op::ListConnectionMonitors => monitors::list(store, ctx),
        Op::GetConnectionMonitor => monitors::show(store, ctx, first),
        Op::DeleteConnectionMonitor => monitors::delete(store, ctx, first),
        Op::GetQuotas => quotas(store, ctx),
        Op::AddTags
        | Op::RemoveTags
        | Op::ListTags
        | Op::ListProjectTags
        | Op::FilterResourcesByTags
        | Op::CountResourcesByTags => route_tags(store, ctx, op, first, second),
    }
}

/// The tag API: `resource_type` is one of the catalogue's tag resource types, `id` the resource's
/// (empty for the operations on every resource of the type).
fn route_tags(store: &mut ProjectStore, ctx: &mut Ctx, op: Op, resource_type: &str, id: &str) -> HttpResponse {
    let Some(items) = tags::collection(store, resource_type) else { return unknown_api(ctx.request_id) };
    match op {
        Op::AddTags => tags::change(items, ctx, id, true),
        Op::RemoveTags => tags::change(items, ctx, id, false),
        Op::ListTags => tags::list(items, ctx, id),
        Op::ListProjectTags => tags::project_tags(items, ctx),
        Op::FilterResourcesByTags => tags::filter(items, ctx, false),
        Op::CountResourcesByTags => tags::filter(items, ctx, true),
        _ => unknown_api(ctx.request_id),
    }
}

/// `GET /v5/{project_id}/vpn/quotas`.
fn quotas(store: &ProjectStore, ctx: &Ctx) -> HttpResponse {
    let q = ctx.quotas;
    let resources = json!([
        {"type": "customer_gateway", "quota": q.customer_gateway, "used": store.customer_gateways.len()},
        {"type": "vpn_connection", "quota": q.vpn_connection, "used": store.connections.len()},
        {"type": "vpn_gateway", "quota": q.vpn_gateway, "used": store.gateways.len()},
    ]);
    respond::wrapped(200, "quotas", json!({ "resources": resources }), ctx.request_id)
}
