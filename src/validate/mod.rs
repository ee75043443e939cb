//! Pure rule checks of request bodies. Each validator takes any JSON value and returns a
//! [`Report`]; none panics or fails on any input.

mod ids;
pub mod ipv4;
mod options;
mod profile;
pub mod psk;
mod report;
mod shape;
pub mod subnets;
mod vpn_connection;

pub use ids::{is_name, is_uuid};
pub use options::{Cloud, Context, GatewayContext, UnknownEnums, ValidateOptions};
pub use report::{Code, Issue, Path, Report, Segment, Severity};
pub use vpn_connection::{validate_create as validate_create_vpn_connection, MAX_PEER_SUBNETS};
