//! The crate's integration tests as one binary: each file beside this one is a module of it,
//! so the test build links once per crate instead of once per file (CI's disk and time).
//! Run one file's tests with `cargo test -p CRATE --test integration FILE::`.

mod no_panic;
mod qa29_dateline;
mod qa29_gaps;
mod undated_datelines;
