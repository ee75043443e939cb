//! The client core, sans-IO: operations become [`HttpRequest`]s, [`HttpResponse`]s become typed
//! results or [`Error`]s. Sending is the transport's job (the wasm layer's `fetch`, or the
//! emulator in tests).

mod answer;
pub mod attempt;
mod body;
pub mod catalog;
mod client;
mod decode;
mod endpoint;
mod error;
mod http;
mod operations;
pub mod option_names;
pub mod pager;
pub mod path;
pub mod redact;
pub mod resources;
pub mod retry;
mod sign_input;
pub mod signer;
pub mod time;
pub mod waiter;

pub use answer::{invalid_answer, Answer, Member, Shape};
pub use body::{Body, JsonText};
pub use catalog::{Op, Operation, TAG_RESOURCE_TYPES};
pub use client::{Auth, Call, ClientConfig, Validation};
pub use decode::{api_error, decode};
pub use endpoint::{endpoint_for, Endpoint, Insecure};
pub use error::{ApiError, Error, RESPONSE_INVALID, RESPONSE_REDIRECT, RESPONSE_TOO_LARGE, RETRYABLE_CODES};
pub use http::{HttpRequest, HttpResponse, Method, RESPONSE_HEADERS_READ, SECRET_HEADERS};
pub use operations::Query;
pub use redact::Redactor;
pub use resources::Resource;
