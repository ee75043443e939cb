//! A server in front of the API (feature `server`): what a console's backend does with a
//! browser's request before it signs and forwards it, sans-IO like the rest of the core.
//! [`route`] decides which documented operation a request is, or why it is refused, without
//! contacting the API.

mod route;

pub use route::{route, Refusal, Route};
