//! The JavaScript boundary: the only code that knows about `wasm_bindgen`, `js_sys` and `web_sys`.
//! Each function here converts its input, calls the core, and converts the result or error once.

mod client;
mod client_flow;
mod client_input;
mod client_send;
mod convert;
#[cfg(feature = "emulator")]
mod emulator;
#[cfg(feature = "emulator")]
mod emulator_options;
mod errors;
mod sign;
mod transport;
mod types;
mod validate;

pub use client::VpnClient;
#[cfg(feature = "emulator")]
pub use emulator::JsEmulator;
pub use sign::sign_request;
pub use validate::*;
