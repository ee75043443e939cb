//! The API itself, in memory: `Emulator::handle(HttpRequest) -> HttpResponse`.
//!
//! It keeps a store per project, checks tokens, applies the same validation as the client and
//! answers in the API's own error format. Time comes from an injected [`Clock`] and ids from a
//! seeded generator, so a run is reproducible.

mod clock;
mod config;
mod respond;
mod rng;
mod vpn_connections;

pub use clock::{format_timestamp, Clock, ManualClock};
pub use config::{EmulatorConfig, DEFAULT_PROJECT, DEFAULT_TOKEN, DEFAULT_TRANSITION_MS, MAX_BODY_BYTES};

use crate::api::{HttpRequest, HttpResponse, Method};
use rng::Rng;
use std::collections::HashMap;
use vpn_connections::Connections;

/// The in-memory service.
pub struct Emulator {
    config: EmulatorConfig,
    clock: Box<dyn Clock>,
    rng: Rng,
    projects: HashMap<String, Connections>,
}

/// One request being answered: the parts every handler needs.
pub(crate) struct Ctx<'a> {
    pub now_ms: u64,
    pub request_id: &'a str,
    pub transition_ms: u64,
}

impl Emulator {
    /// An emulator with `config`, reading time from `clock`.
    pub fn new(config: EmulatorConfig, clock: Box<dyn Clock>) -> Self {
        let rng = Rng::new(config.seed);
        let projects = config.projects.iter().map(|p| (p.clone(), Connections::default())).collect();
        Self { config, clock, rng, projects }
    }

    /// Forgets every resource; settings stay.
    pub fn reset(&mut self) {
        for store in self.projects.values_mut() {
            *store = Connections::default();
        }
    }

    /// How many VPN connections a project holds (`None` for an unknown project).
    pub fn connection_count(&self, project_id: &str) -> Option<usize> {
        self.projects.get(project_id).map(Connections::len)
    }

    /// Answers one request.
    pub fn handle(&mut self, request: &HttpRequest) -> HttpResponse {
        let request_id = self.rng.uuid();
        let ctx =
            Ctx { now_ms: self.clock.now_ms(), request_id: &request_id, transition_ms: self.config.transition_ms };
        let path = request.path_and_query().split(['?', '#']).next().unwrap_or("/");
        let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        let (Some(&"v5"), Some(project), rest) = (segments.first(), segments.get(1), segments.get(2..).unwrap_or(&[]))
        else {
            return respond::error(404, "APIGW.0101", "The API does not exist or has not been published", &request_id);
        };

        let token = request.header("x-auth-token").unwrap_or("");
        if token.is_empty() || !self.config.tokens.iter().any(|t| t.expose() == token) {
            return respond::error(401, "VPN.0010", "Token authentication failed", &request_id);
        }
        let Some(store) = self.projects.get_mut(*project) else {
            return respond::error(
                403,
                "VPN.0007",
                "not authorized to perform this operation in this project",
                &request_id,
            );
        };
        if request.body.len() > MAX_BODY_BYTES {
            return respond::error(413, "APIGW.0201", "Request entity too large", &request_id);
        }

        match (rest, request.method) {
            (["vpn-connection"], Method::Post) => store.create(&request.body, &mut self.rng, &ctx),
            (["vpn-connection", id], Method::Get) => store.show(id, &ctx),
            (["vpn-connection"] | ["vpn-connection", _], _) => {
                respond::error(405, "APIGW.0106", "Method not allowed", &request_id)
            }
            _ => respond::error(404, "APIGW.0101", "The API does not exist or has not been published", &request_id),
        }
    }
}
