//! Emulator settings, with the zero-configuration defaults of DESIGN.md.

use super::faults::FaultRule;
use crate::model::Secret;

/// Project id served when none is configured.
pub const DEFAULT_PROJECT: &str = "0123456789abcdef0123456789abcdef";
/// Token accepted when none is configured; valid for every configured project.
pub const DEFAULT_TOKEN: &str = "emulator-token";
/// Time a new resource stays in its pending status, and a deleted one in `PENDING_DELETE`, in ms.
pub const DEFAULT_TRANSITION_MS: u64 = 1000;
/// AK/SK pair accepted when none is configured.
pub const DEFAULT_ACCESS_KEY: &str = "EMULATORACCESSKEY000";
/// Secret key of [`DEFAULT_ACCESS_KEY`].
pub const DEFAULT_SECRET_KEY: &str = "emulator-secret-key";
/// How far `X-Sdk-Date` may be from the emulator's clock, in ms (15 minutes).
pub const MAX_CLOCK_SKEW_MS: u64 = 15 * 60 * 1000;
/// Largest request body accepted, in bytes (1 MiB); larger ones get 413.
pub const MAX_BODY_BYTES: usize = 1 << 20;

/// How many resources of each kind a project may hold (spec §1.5; defaults as in its example).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotas {
    pub vpn_gateway: usize,
    pub customer_gateway: usize,
    pub vpn_connection: usize,
}

impl Default for Quotas {
    fn default() -> Self {
        Self { vpn_gateway: 50, customer_gateway: 100, vpn_connection: 5000 }
    }
}

/// A token and the projects it may act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenGrant {
    pub token: Secret,
    /// The projects it is scoped to; `None` for every configured project.
    pub projects: Option<Vec<String>>,
}

impl TokenGrant {
    /// A token valid for every configured project.
    pub fn any_project(token: impl Into<String>) -> Self {
        Self { token: Secret::new(token), projects: None }
    }
}

/// What the emulator serves and accepts.
#[derive(Debug, Clone)]
pub struct EmulatorConfig {
    /// Project ids that exist. Default: [`DEFAULT_PROJECT`].
    pub projects: Vec<String>,
    /// Tokens accepted as `X-Auth-Token`, each for its projects. Default: [`DEFAULT_TOKEN`] for
    /// every project.
    pub tokens: Vec<TokenGrant>,
    /// AK/SK pairs accepted (`SDK-HMAC-SHA256`), each valid for every project. Default:
    /// [`DEFAULT_ACCESS_KEY`] / [`DEFAULT_SECRET_KEY`].
    pub credentials: Vec<(String, Secret)>,
    /// Milliseconds from create to the settled status, and from delete to gone. Default 1000.
    pub transition_ms: u64,
    /// Seed of the id and name generator; the same seed gives the same ids.
    pub seed: u64,
    /// Per-project quotas.
    pub quotas: Quotas,
    /// Fault rules, the first matching one decides (drawn from a generator seeded by `seed`).
    pub faults: Vec<FaultRule>,
    /// Delay added to every answer by [`super::Emulator::answer`], in ms. Default 0.
    pub delay_ms: u64,
    /// When set, a VPN connection turns ACTIVE this many ms after it settled as DOWN, as if its
    /// peer had negotiated IKE; `None` (the default): it stays DOWN, since nothing negotiates.
    pub connect_ms: Option<u64>,
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        Self {
            projects: vec![DEFAULT_PROJECT.to_owned()],
            tokens: vec![TokenGrant::any_project(DEFAULT_TOKEN)],
            credentials: vec![(DEFAULT_ACCESS_KEY.to_owned(), Secret::new(DEFAULT_SECRET_KEY))],
            transition_ms: DEFAULT_TRANSITION_MS,
            seed: 0x00C1_0D0F_F1CE,
            quotas: Quotas::default(),
            faults: Vec::new(),
            connect_ms: None,
            delay_ms: 0,
        }
    }
}
