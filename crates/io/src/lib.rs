//! attache-io: the edges. Readers turn bytes into `Document`s (never panicking, never
//! stopping a batch); writers turn documents into the contract JSON, a readout for people,
//! and TSV. Byte spans become character offsets here and nowhere else.

pub mod conllu;
pub mod dateline;
pub mod html;
pub mod json;
pub mod read;
pub mod readout;
pub mod text;

pub use read::{expand_inputs, read_bytes, read_input, Article, Input, ReadOptions};
