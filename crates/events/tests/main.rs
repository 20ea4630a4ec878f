//! The crate's integration tests as one binary: each file beside this one is a module of it,
//! so the test build links once per crate instead of once per file (CI's disk and time).
//! Run one file's tests with `cargo test -p CRATE --test integration FILE::`.

mod anaphora;
mod common;
mod dictionaries;
mod issue7_acts;
mod no_events;
mod nouns;
mod props;
mod qa10_acts;
mod qa11_acts;
mod qa12_acts;
mod qa13_acts;
mod qa13_codebook;
mod qa13_review;
mod qa14_codebook;
mod qa14_fixes;
mod qa14_precision;
mod qa14_recall;
mod qa15_coverage;
mod qa15_fixes;
mod qa16_shapes;
mod qa17_senses;
mod qa17_shapes;
mod qa18_real_news;
mod qa19_real_news;
mod qa20_linking;
mod qa20_review;
mod qa20_senses;
mod qa21_events;
mod qa21_linking;
mod qa21_received;
mod qa21_review;
mod qa22_events;
mod qa22_senses;
mod qa22_sides;
mod quoted_and_missing_acts;
mod reported_acts;
mod reporting_tags;
mod restatements;
mod review19_commerce;
mod s12_blind_classes;
mod seed;
mod stated_acts;
mod states_and_spans;
mod wire_stories;
