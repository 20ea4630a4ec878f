//! Session 29, known gaps: the one blamed "on" is the target though the parse hangs the
//! phrase on the thing blamed ("blamed the bombing on Israel"); a participle clause opening
//! the sentence ("Accusing Russia of lying, Germany said ...") is done by the subject of the
//! verb it hangs on. Sentences are invented.

use crate::common;

use common::{coded, doc, has};

#[test]
fn the_party_a_thing_is_blamed_on_is_the_target() {
    coded(
        "Iran blamed the bombing on Israel.",
        "IRN",
        Some("ISR"),
        "11",
    );
    coded(
        "Syria blamed the crisis on Turkey.",
        "SYR",
        Some("TUR"),
        "11",
    );
}

#[test]
fn the_one_blamed_for_a_thing_stays_the_object() {
    coded(
        "Pakistan blamed India for the attack.",
        "PAK",
        Some("IND"),
        "11",
    );
}

#[test]
fn a_thing_blamed_for_an_act_gives_no_target_from_further_on() {
    let d = doc("Russia blamed the media for stoking the crisis in Ukraine.");
    assert!(!has(&d, "RUS", Some("UKR"), "11"), "{:?}", common::rows(&d));
}

#[test]
fn a_fronted_participle_is_done_by_the_main_subject() {
    coded(
        "Accusing Russia of lying, Germany said the talks had failed.",
        "DEU",
        Some("RUS"),
        "11",
    );
    coded(
        "Criticizing the Kremlin, Germany urged new sanctions.",
        "DEU",
        Some("RUS"),
        "11",
    );
}

#[test]
fn a_fronted_participle_before_an_uncoded_subject_borrows_no_one() {
    let d = doc("Accusing Russia of lying, the minister said the talks had failed.");
    assert!(
        !common::rows(&d)
            .iter()
            .any(|(s, _, _)| s.as_deref().is_some_and(|s| s.starts_with("RUS"))),
        "{:?}",
        common::rows(&d)
    );
}

#[test]
fn a_marked_gerund_of_time_keeps_its_reading() {
    coded(
        "While praising Greece, Turkey criticized Cyprus.",
        "TUR",
        Some("GRC"),
        "05",
    );
}
