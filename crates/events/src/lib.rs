//! attache-events: CAMEO / PLOVER event coding and commitments (promises, threats,
//! demands, denials, offers, agreements, refusals).
//!
//! - [`Ontology`]: the CAMEO codebook (QuadClass, Goldstein) and the PLOVER crosswalk,
//!   embedded and checked on load.
//! - [`Lexicon`]: the pattern lexicon (`data/patterns.txt`, format in [`lexicon`]), plus user
//!   pattern files ([`Lexicon::load_with`]) and imported PETRARCH verb dictionaries
//!   ([`import_petrarch_verbs`]).
//! - [`EventCoding`]: the pipeline stage (last one): reads tokens, the parse when present,
//!   mentions, times, places and quotes; writes `doc.events` and `doc.commitments`.
//! - [`restated_events`], [`restated_commitments`]: the later records of one act reported
//!   twice, linked to the first.
//! - [`eval_events`]: the `attache eval events` scorer.

pub mod anaphora;
pub mod coder;
mod commerce;
pub mod error;
pub mod eval;
pub mod frame;
mod groups;
pub mod intents;
pub mod lexicon;
pub mod ontology;
pub mod petrarch;
pub mod restate;
pub mod senses;
pub mod threats;

pub use coder::EventCoding;
pub use error::LoadError;
pub use eval::{coded_events, eval_events, Coded};
pub use lexicon::{Lexicon, Pattern, Slot, Voice};
pub use ontology::{CameoCode, Ontology};
pub use petrarch::{import_petrarch_verbs, import_petrarch_verbs_with_stats, ImportStats};
pub use restate::{restated_commitments, restated_events};
