//! TypeScript declarations of the plain-data types that cross the boundary, by concern, written by
//! hand. `tests/typescript_declarations.rs` holds them to the Rust types, in both directions: the
//! request bodies to the validators' shapes (`validate::shape::bodies`), the requests and responses
//! to the serde models (`model`), and each string-literal union of a request body to its table in
//! `validate::profile`. The rest (the client's options, the report, the queries) is held by review
//! and the JS tests only. The golden `.d.ts` (`make test-types`) compares the published declarations
//! with their reviewed copy, not with Rust: it shows every change for review.

mod bodies;
mod client;
mod validation;
