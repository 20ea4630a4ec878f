//! Session 26, review: over-firing shapes of the described speakers (`describe_speakers`)
//! that a reviewer's invented probes and corpus reading found. Invented sentences read by
//! the full pipeline before speech.

use crate::common;

use attache_core::ActorKind;
use common::{parsed_doc as doc, quote_from as quote, speaker_of as speaker};

#[test]
fn a_bare_noun_after_a_second_person_so_titled_refers_to_neither() {
    let d = doc(
        "Republican nominee Ana Lund spoke to farmers on Monday. \"We will win this state,\" \
         the nominee said. Democratic nominee Tom Berg answered her later. \"She has no \
         plan,\" the nominee told reporters.",
    );
    // the first look-back has one nominee to choose
    let first = speaker(&d, quote(&d, "the nominee", 0)).map(|s| s.0);
    assert!(first.is_some_and(|n| n.contains("Lund")));
    // the second comes after another nominee was named: not Ana Lund
    let second = speaker(&d, quote(&d, "the nominee", 1))
        .map(|s| s.0)
        .unwrap_or_default();
    assert!(!second.contains("Lund"), "{second}");
}

#[test]
fn a_titled_name_ending_an_of_phrase_is_the_person_speaking() {
    let d = doc(
        "Director of Medical Services Dr. James Nyikal said the outbreak could become much \
         worse. \"Most deaths occurred at home,\" said Dr. Nyikal.",
    );
    let q = quote(&d, "Director of Medical Services Dr. James Nyikal", 0);
    let (name, kind) = speaker(&d, q).expect("a speaker");
    assert_eq!(kind, ActorKind::Person, "{name}");
    assert!(
        name.ends_with("Nyikal") && !name.starts_with("Director"),
        "{name}"
    );
}
