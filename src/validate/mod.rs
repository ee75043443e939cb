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
#[doc(hidden)]
pub mod profile;
pub mod psk;
mod report;
#[doc(hidden)]
pub mod shape;
pub mod subnets;
pub mod suggest;
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

/// The largest count any list rule allows (peer subnets, local subnets and destinations per rule:
/// 50). A reader of untrusted input needs to read no list further than one item past it: the rules
/// judge that much, and the rest can only be more of the same error.
pub const MAX_LIST_ITEMS: usize = largest(&[
    connection::MAX_PEER_SUBNETS,
    connection::MAX_DESTINATIONS,
    connection::MAX_RULES,
    connection::MAX_BATCH,
    vpn_gateway::MAX_LOCAL_SUBNETS,
    tags::MAX_TAGS,
    tags::MAX_FILTER_VALUES,
]);

/// Longest list whose entries are compared with each other (tag keys, policy-rule sources and
/// indexes). A longer one, refused for its length already (no such list may hold more than 50),
/// is not: comparing each entry with every earlier one takes n² time (3 s for 50,000 tags).
pub(crate) const MAX_COMPARED: usize = 1_000;

const fn largest(counts: &[usize]) -> usize {
    match counts {
        [] => 0,
        [first, rest @ ..] => {
            let rest = largest(rest);
            if *first > rest {
                *first
            } else {
                rest
            }
        }
    }
}

/// A validator: any JSON value and the options in, a report out.
pub type Validator = fn(&Json, &ValidateOptions) -> Report;
