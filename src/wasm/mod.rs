//! The JavaScript boundary: the only code that knows about `wasm_bindgen`, `js_sys` and `web_sys`.
//! Each function here converts its input, calls the core, and converts the result or error once.

#[cfg(feature = "client")]
mod client;
#[cfg(feature = "client")]
mod client_flow;
#[cfg(feature = "client")]
mod client_input;
#[cfg(feature = "client")]
mod client_send;
#[cfg(feature = "client")]
mod client_types;
mod convert;
#[cfg(feature = "emulator")]
mod emulator;
#[cfg(feature = "emulator")]
mod emulator_options;
mod errors;
#[cfg(feature = "client")]
mod hooks;
#[cfg(feature = "client")]
mod sign;
#[cfg(feature = "client")]
mod transport;
mod types;
mod validate;

#[cfg(feature = "client")]
pub use client::VpnClient;
#[cfg(feature = "emulator")]
pub use emulator::JsEmulator;
#[cfg(feature = "client")]
pub use sign::sign_request;
pub use validate::*;
