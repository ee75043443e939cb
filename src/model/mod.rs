//! Serde types of the request and response bodies, with the API's own wire names (snake_case).
//!
//! Every optional field is skipped when absent: the API rejects unknown keys and its SDKs omit
//! absent fields rather than sending `null`. Fields this version does not know are kept in `extra`
//! so that nothing a caller sends or the server returns is lost on a round trip.

mod error_body;
pub mod policy_defaults;
mod responses;
mod secret;
mod vpn_connection;

pub use error_body::{ErrorBody, NestedError};
pub use responses::{
    AvailabilityZones, AvailabilityZonesResponse, ConnectionMonitor, ConnectionMonitorList, ConnectionMonitorResponse,
    CustomerGateway, CustomerGatewayList, CustomerGatewayResponse, LogEntry, PageInfo, Quota, Quotas, QuotasResponse,
    VpnConnectionList, VpnConnectionLog,
};
pub use secret::{Secret, REDACTED};
pub use vpn_connection::{
    CreateVpnConnection, CreateVpnConnectionRequest, Dpd, IkePolicy, IpsecPolicy, PolicyRule, ResourceTag,
    VpnConnection, VpnConnectionResponse,
};

/// Keys of a JSON object that a typed model does not name.
pub type Extra = serde_json::Map<String, serde_json::Value>;
