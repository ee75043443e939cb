//! The client core, sans-IO: operations become [`HttpRequest`]s, [`HttpResponse`]s become typed
//! results or [`Error`]s. Sending is the transport's job (the wasm layer's `fetch`, or the
//! emulator in tests).

mod answer;
pub mod attempt;
mod body;
pub mod catalog;
mod client;
mod client_options;
mod decode;
mod endpoint;
mod error;
mod http;
mod operations;
pub mod option_names;
pub mod option_values;
pub mod pager;
pub mod path;
pub mod redact;
pub mod resources;
pub mod retry;
mod sign_input;
pub mod signer;
pub mod time;
mod wait_options;
pub mod waiter;

pub use answer::{invalid_answer, Answer, Member, Shape};
pub use body::{Body, JsonText};
pub use catalog::{Op, Operation, TAG_RESOURCE_TYPES};
pub use client::{Auth, Call, ClientConfig, Validation};
pub use client_options::{
    ClientOptions, Sending, CLIENT_OPTIONS_NOT_OBJECT, DEFAULT_MAX_CONCURRENCY, DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT_MS,
};
pub use decode::{api_error, decode};
pub use endpoint::{endpoint_for, Endpoint, Insecure};
pub use error::{ApiError, Error, RESPONSE_INVALID, RESPONSE_REDIRECT, RESPONSE_TOO_LARGE, RETRYABLE_CODES};
pub use http::{HttpRequest, HttpResponse, Method, RESPONSE_HEADERS_READ, SECRET_HEADERS};
pub use operations::Query;
pub use redact::Redactor;
pub use resources::Resource;
pub use wait_options::{WaitOptions, MAX_STATUSES};
