//! Wikidata JSON dumps (being built).
