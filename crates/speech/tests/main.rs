//! The crate's integration tests as one binary: each file beside this one is a module of it,
//! so the test build links once per crate instead of once per file (CI's disk and time).
//! Run one file's tests with `cargo test -p CRATE --test integration FILE::`.

mod bounds_and_sources;
mod common;
mod contents_and_speakers_17;
mod group_speakers_19;
mod parsed_sentences;
mod phenomena;
mod qa26_pronouns;
mod qa26_review;
mod qa26_review_c;
mod qa26_speakers;
mod qa27_cues;
mod qa27_interviews;
mod qa27_quotes;
mod qa27_recall;
mod qa27_review_b;
mod qa27_speakers;
mod qa28_cues;
mod qa28_recall;
mod qa28_review_b;
mod qa28_speakers;
mod qa28b_speakers;
mod qa28c_recall;
mod qa28d_cues;
mod qa29_bounds;
mod qa29_lead;
mod qa29_recall;
mod qa29_review_s;
mod qa29_speakers;
mod qa29b_speakers;
mod recall_18;
mod recall_19;
mod review18;
mod seed;
mod speakers_18;
mod speakers_19;
mod speech_20;
mod speech_21;
mod wire_stories;
