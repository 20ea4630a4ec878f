//! The `attache` command's library half: the pipeline (the one place stages are listed),
//! batch processing and the benchmark. The binary (`main.rs`) parses arguments and maps
//! results to exit codes.

pub mod batch;
pub mod bench;
pub mod pipeline;
