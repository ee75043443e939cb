//! Shared by the native tests: the emulator and requests to it (`emulator`), a run of the
//! emulator through every operation the response reference lists (`responses`), both with the
//! feature `emulator`; and the table-driven cases of the validators (`rules`).
#![allow(dead_code)] // each test binary uses its own part

#[cfg(feature = "emulator")]
pub mod emulator;
#[cfg(feature = "emulator")]
pub mod responses;
pub mod rules;
