//! attache-geo: the gazetteer (GeoNames facts, compiled in) and the `PlaceResolution`
//! stage that fills `Document::places`.
//!
//! ```no_run
//! use std::sync::Arc;
//! let gaz = Arc::new(attache_geo::Gazetteer::embedded().expect("gazetteer"));
//! let stage = attache_geo::PlaceResolution::new(gaz);
//! # let _ = stage;
//! ```

pub mod cues;
pub mod eval;
pub mod gazetteer;
pub mod resolve;

pub use eval::{eval_places, eval_places_with, GoldArticle};
pub use gazetteer::{Entry, Gazetteer, GazetteerError, PlaceKind};
pub use resolve::PlaceResolution;
