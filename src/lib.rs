//! cloudvpn: a typed client, validator and local emulator for the Enterprise Edition VPN REST API
//! v5 (site-to-site VPN on Huawei Cloud and Open Telekom Cloud).
//!
//! Layers, each depending only on those above it:
//! - [`model`]: serde types of the request and response bodies;
//! - [`validate`]: pure rule checks returning a [`validate::Report`];
//! - [`api`]: the client as pure request builders and response decoders (no I/O);
//! - `emulator` (feature `emulator`): the API itself, in memory, behind `Emulator::handle`;
//! - `server` (feature `server`): what a server in front of the API decides about a request;
//! - `peer` (feature `peer`): the customer's end of the tunnel, read from a connection;
//! - `wasm` (wasm32 only): the JavaScript boundary, the only code that touches JS. Its `VpnClient`
//!   and `signRequest` need the `client` feature (on by default); without it the wasm holds the
//!   validators only (the package's `cloudvpn/validate` entry).

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

pub mod api;
#[cfg(feature = "emulator")]
pub mod emulator;
pub mod model;
#[cfg(feature = "peer")]
pub mod peer;
#[cfg(feature = "server")]
pub mod server;
pub mod validate;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
