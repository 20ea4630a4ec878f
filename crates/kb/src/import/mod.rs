//! Importers that grow the KB: they write data files in the format [`crate::Kb::load_dir`]
//! reads.

pub mod phoenix;
pub mod wikidata;
