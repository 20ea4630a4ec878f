//! attache-core: the one owning [`Document`] and everything that is a view into it.
//!
//! Invariants (see docs/ARCHITECTURE.md):
//! - `Document::text` never changes after reading; every record points into it with a
//!   byte [`Span`]. Character offsets exist only at the JSON edge (attache-io).
//! - No stage changes token or sentence offsets once segmentation has run.
//! - Extraction never fails a document: stages add records and [`Warning`]s.
//! - This crate does no IO.

pub mod clock;
pub mod conllu;
pub mod date;
pub mod document;
pub mod eval;
pub mod hash;
pub mod segment;
pub mod span;
pub mod stage;
pub mod tags;

pub use date::{Date, Published};
pub use document::*;
pub use span::Span;
pub use stage::{run_stages, Stage};
pub use tags::{Deprel, Upos, Xpos};
