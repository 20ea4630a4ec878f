//! Session-12 findings: acts whose parties the coder read only in part. Invented sentences,
//! whole pipeline.

mod common;

use attache_core::Document;
use common::{day, has, pipeline, rows};

/// Published Tuesday 2026-03-03.
fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 3, 3))
}

#[test]
fn two_demonyms_under_one_head_are_both_parties_of_a_meeting() {
    // (held talks: negotiations, CAMEO 046)
    let d = doc("Senior Chinese and Japanese diplomats held talks in Tokyo on Monday.");
    assert!(has(&d, "CHNGOV", Some("JPNGOV"), "046"), "{:?}", rows(&d));
    assert!(has(&d, "JPNGOV", Some("CHNGOV"), "046"), "{:?}", rows(&d));
}

#[test]
fn two_demonyms_under_one_head_are_both_parties_of_negotiations_between_them() {
    let d = doc("A new round of negotiations between top Russian and American officials will take place next week.");
    assert!(has(&d, "RUSGOV", Some("USAGOV"), "046"), "{:?}", rows(&d));
    assert!(has(&d, "USAGOV", Some("RUSGOV"), "046"), "{:?}", rows(&d));
}
