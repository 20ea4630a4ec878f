//! Session-13 review: lexicon entries that fired on ordinary political news in other
//! senses. Invented sentences, whole pipeline.

use crate::common;

use attache_core::Document;
use common::{day, has, pipeline, rows};

/// Published Tuesday 2026-03-03.
fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 3, 3))
}

#[test]
fn funding_a_campaign_or_a_bill_is_no_economic_aid() {
    for text in [
        "The senator was largely self-funding his campaign.",
        "Senate Democrats blocked a $2 billion funding package for the program.",
        "He used the money to fund his 2020 Senate campaign.",
    ] {
        let d = doc(text);
        assert!(
            !d.events.iter().any(|e| e.cameo.starts_with("07")),
            "{text}: {:?}",
            rows(&d)
        );
    }
    // giving money to another actor stays aid
    let d = doc("Japan will fund Ukraine with a $500 million grant, the foreign ministry said.");
    assert!(has(&d, "JPN", Some("UKR"), "071"), "{:?}", rows(&d));
}

#[test]
fn calling_on_someone_to_stop_attacking_a_person_is_a_plain_demand() {
    let d =
        doc("The campaign chairman called on President Donald Trump to stop attacking the judge.");
    assert!(
        !d.events.iter().any(|e| e.cameo == "1056"),
        "{:?}",
        rows(&d)
    );
    let d = doc("France called on Israel to halt its attacks on Lebanon.");
    assert!(has(&d, "FRA", Some("ISR"), "1056"), "{:?}", rows(&d));
}
