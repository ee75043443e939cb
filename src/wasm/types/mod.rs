//! TypeScript declarations of the plain-data types that cross the boundary, by concern. The golden
//! `.d.ts` test (`make test-types`) catches any drift from the Rust types they mirror.

mod bodies;
mod client;
mod validation;
