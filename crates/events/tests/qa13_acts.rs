//! Session-13 findings: the known gaps of session 12 and the coder classes of the thirteenth
//! blind set. Invented sentences, whole pipeline.

mod common;

use attache_core::Document;
use common::{day, has, pipeline, rows};

/// Published Tuesday 2026-03-03.
fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 3, 3))
}

// 1. Pronoun objects inside participle clauses.

#[test]
fn an_unresolved_pronoun_object_of_a_participle_clause_is_the_main_object() {
    let d = doc("The European Union criticized Hungary, urging it to respect the rule of law.");
    assert!(has(&d, "IGOEUREEC", Some("HUN"), "02"), "{:?}", rows(&d));
    assert!(!has(&d, "IGOEUREEC", None, "02"), "{:?}", rows(&d));
    let d = doc("Germany criticized Poland on Monday, accusing it of blocking the aid package.");
    assert!(has(&d, "DEU", Some("POL"), "11"), "{:?}", rows(&d));
    assert!(!has(&d, "DEU", None, "11"), "{:?}", rows(&d));
}

#[test]
fn an_accusation_in_a_participle_clause_is_not_aimed_at_its_content() {
    let d = doc("The United States criticized China, accusing it of threatening Taiwan.");
    assert!(has(&d, "USA", Some("CHN"), "11"), "{:?}", rows(&d));
    assert!(!has(&d, "USA", Some("TWN"), "11"), "{:?}", rows(&d));
}

#[test]
fn a_participle_clause_hung_on_the_object_is_the_subjects_act() {
    // The pronoun cannot be the subject itself (that would be "himself").
    let d = doc("President Joe Biden criticized Russian President Vladimir Putin on Monday, accusing him of war crimes.");
    assert!(has(&d, "USAGOV", Some("RUSGOV"), "11"), "{:?}", rows(&d));
    assert!(
        !has(&d, "RUSGOV", None, "") && !has(&d, "RUSGOV", Some("USA"), ""),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_named_object_of_a_participle_clause_stays() {
    let d = doc("Israel struck Gaza on Monday, accusing Hamas of firing rockets.");
    assert!(has(&d, "ISR", Some("PSEREBHMS"), "112"), "{:?}", rows(&d));
}
