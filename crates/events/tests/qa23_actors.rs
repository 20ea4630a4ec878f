//! Session 23 (actors helper): the sides of events whose actor is a private group or body
//! named with a country's word. The actor codes come from the actors stage; these guard that
//! they reach the events. Sentences are invented.

use crate::common;

use common::{codes, doc, has, rows};

#[test]
fn unions_and_exiles_named_with_a_demonym_act_as_that_countrys_labour_and_opposition() {
    let d = doc("Danish unions rejected the wage deal on Monday.");
    assert!(has(&d, "DNKLAB", None, "12"), "{:?}", rows(&d));
    let d = doc("Cuban exiles protested outside the courthouse on Friday.");
    assert!(has(&d, "CUBOPP", None, "14"), "{:?}", rows(&d));
}

#[test]
fn a_private_body_named_with_a_demonym_is_never_its_countrys_state() {
    // The appeal is coded (its target is a state body), and its doer is not the USA.
    let d = doc("The American Legion asked the Pentagon to stop using its emblem.");
    let rows = rows(&d);
    assert!(
        rows.iter()
            .any(|(_, t, c)| t.as_deref() == Some("USAMIL") && c.starts_with("02")),
        "{rows:?} {:?}",
        codes(&d)
    );
    assert!(
        rows.iter()
            .all(|(s, t, _)| s.as_deref() != Some("USA") && t.as_deref() != Some("USA")),
        "{rows:?} {:?}",
        codes(&d)
    );
}

#[test]
fn two_faith_words_coordinated_under_one_head_noun_are_both_sides() {
    // "Protestant and Roman Catholic leaders": the faith word before "and" names the same
    // people of its own faith, the second side of the talks (before: one side only).
    for text in [
        "Talks between Protestant and Roman Catholic political leaders resumed in Belfast on Monday.",
        "Protestant and Catholic leaders met in Belfast on Monday.",
    ] {
        let d = doc(text);
        assert!(has(&d, "CHRPRO", Some("CHRCTH"), "04"), "{text}: {:?}", rows(&d));
        assert!(has(&d, "CHRCTH", Some("CHRPRO"), "04"), "{text}: {:?}", rows(&d));
    }
}
