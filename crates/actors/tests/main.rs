//! The crate's integration tests as one binary: each file beside this one is a module of it,
//! so the test build links once per crate instead of once per file (CI's disk and time).
//! Run one file's tests with `cargo test -p CRATE --test integration FILE::`.

mod capitals;
mod common;
mod former_states;
mod gum_dev;
mod leaders_and_bodies;
mod officeholders_2025;
mod qa11_findings;
mod qa12_findings;
mod qa13_findings;
mod qa13_review;
mod qa14_findings;
mod qa15_actors;
mod qa15_dated;
mod qa15_fixes;
mod qa15_review_d;
mod qa16_actors;
mod qa17_actors;
mod qa17_real_news;
mod qa18_actors;
mod qa19_actors;
mod qa19_dateline;
mod qa20_actors;
mod qa20_coref;
mod qa20_named;
mod qa21_actors;
mod qa21_coref;
mod qa21_review;
mod qa22_actors;
mod qa22_review;
mod qa22b_actors;
mod qa23_actors;
mod qa23b_actors;
mod qa25_pronouns;
mod qa25_review_c;
mod qa26_codes;
mod qa26_review_b;
mod qa27_codes;
mod qa28_names;
mod qa28_pronouns;
mod qa29_gaps;
mod qa29_headline;
mod resolution;
mod seed;
mod story_country;
