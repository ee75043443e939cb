//! The JavaScript boundary: the only code that knows about `wasm_bindgen`, `js_sys` and `web_sys`.
//! Each function here converts its input, calls the core, and converts the result or error once.

mod convert;
mod errors;
mod types;
mod validate;
mod client;
#[cfg(feature = "emulator")]
mod emulator;
mod transport;
