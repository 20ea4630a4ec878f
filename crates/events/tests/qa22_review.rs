//! Session 22 review: over-firing shapes of this session's event rules, found by probing
//! them with invented wire sentences.

use crate::common;

use common::{assert_event, coded, none_of};

#[test]
fn a_fee_word_inside_the_with_phrase_does_not_undo_a_charge() {
    coded(
        "Prosecutors in Lima charged the former interior minister with money laundering.",
        "PERJUD",
        Some("PER"),
        "173",
    );
    coded(
        "Peruvian prosecutors charged Chilean travellers with spying on customers.",
        "PERJUD",
        Some("CHL"),
        "173",
    );
}

#[test]
fn a_fee_charged_before_the_with_phrase_is_still_no_accusation() {
    none_of(
        "Peruvian prosecutors charged Chilean travellers a fee of forty dollars with no warning.",
        "173",
    );
}

#[test]
fn charged_with_verifying_after_the_object_is_a_task_not_an_accusation() {
    none_of(
        "The U.N. Security Council charged the monitors with verifying that Syria had \
         destroyed its chemical stocks.",
        "173",
    );
}

#[test]
fn a_no_opening_an_aside_after_the_subject_does_not_negate_the_trigger() {
    assert_event("Erdogan, no friend of Israel, criticized Netanyahu.", |e| {
        !e.negated && e.cameo.starts_with("111")
    });
    assert_event("No one, in fact, criticized Netanyahu.", |e| {
        e.negated && e.cameo.starts_with("111")
    });
}
