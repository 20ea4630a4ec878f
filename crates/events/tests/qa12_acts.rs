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

// Review 12: the session's new verbs read in their ordinary, non-violent senses.

#[test]
fn unions_resuming_a_strike_is_no_fighting() {
    for text in [
        "French rail unions resumed their strike against the government on Monday.",
        "Doctors in Britain resumed strikes against the government.",
    ] {
        let d = doc(text);
        assert!(
            !d.events.iter().any(|e| e.cameo.starts_with("19")),
            "{text}: {:?}",
            rows(&d)
        );
    }
    let d = doc("Russian forces resumed their offensive against the Ukrainian army on Monday.");
    assert!(d.events.iter().any(|e| e.cameo == "190"), "{:?}", rows(&d));
}

#[test]
fn a_coast_guard_keeps_its_country() {
    let d = doc("The Chinese coast guard detained four Filipino fishermen near Scarborough Shoal.");
    assert!(has(&d, "CHN", Some("PHL"), "173"), "{:?}", rows(&d));
    let d = doc("The Chinese coast guard rammed a Philippine supply ship on Monday.");
    assert!(has(&d, "CHN", Some("PHL"), "171"), "{:?}", rows(&d));
}

#[test]
fn helicopters_sent_for_a_rescue_are_no_military_aid() {
    let d = doc("Japan sent helicopters to Turkey to help rescue earthquake survivors.");
    assert!(!d.events.iter().any(|e| e.cameo == "072"), "{:?}", rows(&d));
}

#[test]
fn defending_oneself_in_court_is_no_threat_of_force() {
    let d = doc("Meta warned it would defend itself in court if the European Commission fined it.");
    assert!(!d.events.iter().any(|e| e.cameo == "138"), "{:?}", rows(&d));
    let d = doc("NATO warned that it would defend every inch of allied territory if Russia attacked a member state.");
    assert!(has(&d, "IGOWSTNAT", Some("RUS"), "138"), "{:?}", rows(&d));
}
