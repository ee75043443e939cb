//! Pure rule checks of request bodies. Each validator takes any JSON value and returns a
//! [`Report`]; none panics or fails on any input.

mod codes;
mod connection;
mod customer_gateway;
mod ids;
pub mod ipv4;
pub mod json;
mod json_parse;
mod monitor;
mod object;
mod options;
mod profile;
pub mod psk;
mod report;
mod shape;
pub mod subnets;
mod tags;
mod vpn_gateway;

pub use codes::Code;
pub use connection::{
    validate_batch_create as validate_batch_create_vpn_connections, validate_create as validate_create_vpn_connection,
    validate_update as validate_update_vpn_connection, MAX_PEER_SUBNETS,
};
pub use customer_gateway::{
    validate_create as validate_create_customer_gateway, validate_update as validate_update_customer_gateway,
};
pub use ids::{is_name, is_uuid};
pub use json::Json;
pub use monitor::validate_create as validate_create_connection_monitor;
pub use options::{Cloud, ConnectionContext, Context, GatewayContext, UnknownEnums, ValidateOptions};
pub use report::{At, Issue, Path, Report, Segment, Severity, MAX_ISSUES};
pub use tags::{validate_filter_body as validate_tag_filter, validate_tags_body as validate_tags};
pub use vpn_gateway::{validate_create as validate_create_vpn_gateway, validate_update as validate_update_vpn_gateway};

/// A validator: any JSON value and the options in, a report out.
pub type Validator = fn(&Json, &ValidateOptions) -> Report;
