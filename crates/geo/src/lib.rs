//! attache-geo: the gazetteer (GeoNames facts, compiled in) and the `PlaceResolution`
//! stage that fills `Document::places`.
//!
//! - [`Gazetteer::embedded`] loads `data/gazetteer.bin`, a compact binary index (countries,
//!   first-level divisions, counties and other second-level divisions, populated places of
//!   1,000+ inhabitants (those under 5,000 only where the article names their country or
//!   division), continents; built by `examples/build_gazetteer.rs`, which also writes it
//!   back as text with `--to-tsv`; sources and derived points in `data/SOURCES.md`). Load
//!   it once and share it: `Arc<Gazetteer>`.
//! - [`PlaceResolution::new`] is the stage (after the actors stage, whose country mentions
//!   it honours). It never fails a document; names it keeps without coordinates are listed
//!   in a `G001` warning.
//! - [`eval_places`] scores it on GeoVirus-style XML (`attache eval places`).
//!
//! ```no_run
//! use std::sync::Arc;
//! use attache_core::{Document, Stage};
//! let gaz = Arc::new(attache_geo::Gazetteer::embedded().expect("gazetteer"));
//! let stage = attache_geo::PlaceResolution::new(gaz);
//! let mut doc = Document::from_plain("The ministers met in Geneva on Friday.");
//! stage.run(&mut doc);
//! assert_eq!(doc.places[0].country.as_deref(), Some("CHE"));
//! ```

pub mod cues;
pub mod eval;
pub mod fold;
pub mod gazetteer;
pub mod resolve;

pub use eval::{eval_places, eval_places_with, GoldArticle};
pub use gazetteer::{Entry, Gazetteer, GazetteerError, PlaceKind};
pub use resolve::PlaceResolution;
