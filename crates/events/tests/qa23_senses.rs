//! Session 23: acts a blind judge found flagged the wrong way on real news: acts still to
//! come ("has yet to apologize", "was to arrive on Monday", "dockers voted to strike")
//! printed as done. Each test holds invented sentences of the shape, and one of the reading
//! that stays a fact.

use crate::common;

use common::assert_event;

#[test]
fn an_act_someone_has_yet_to_do_is_not_done() {
    assert_event(
        "The Chilean president has yet to apologize to Bolivia for the remarks.",
        |e| e.cameo.starts_with("055") && e.negated,
    );
    assert_event(
        "Senator Ana Vidal has yet to endorse Governor Tomas Berwick.",
        |e| e.cameo.starts_with("051") && e.negated,
    );
    // Done already: a fact.
    assert_event(
        "The Chilean president apologized to Bolivia for the remarks.",
        |e| e.cameo.starts_with("055") && !e.negated && !e.hypothetical,
    );
}

#[test]
fn an_infinitive_after_a_form_of_be_is_arranged_not_done() {
    assert_event(
        "The Peruvian president was to meet the Bolivian president in La Paz on Monday.",
        |e| e.cameo.starts_with("04") && e.hypothetical,
    );
    assert_event(
        "The French and German foreign ministers are to meet in Berlin next week.",
        |e| e.cameo.starts_with("04") && e.hypothetical,
    );
    // Met: a fact.
    assert_event(
        "The Peruvian president met the Bolivian president in La Paz on Monday.",
        |e| e.cameo.starts_with("04") && !e.hypothetical,
    );
}

#[test]
fn a_strike_workers_voted_for_is_still_to_come() {
    assert_event(
        "Dock workers in Chile voted on Monday to strike over pay.",
        |e| e.cameo.starts_with("14") && e.hypothetical,
    );
    // Struck: a fact.
    assert_event(
        "Dock workers in Chile went on strike over pay on Monday.",
        |e| e.cameo.starts_with("14") && !e.hypothetical,
    );
}

#[test]
fn an_act_done_in_the_past_on_a_condition_it_states_was_done() {
    assert_event(
        "Senator Ana Vidal pressed the Peruvian president to do more if he wanted her support.",
        |e| e.cameo.starts_with("10") && !e.hypothetical,
    );
    assert_event(
        "The Chilean government had threatened to expel the Bolivian ambassador if La Paz did not apologize.",
        |e| e.cameo.starts_with("13") && !e.hypothetical,
    );
    // Still to come on its condition: hypothetical.
    assert_event(
        "Chile will expel the Bolivian ambassador if La Paz does not apologize.",
        |e| e.hypothetical,
    );
}

#[test]
fn a_finite_past_act_joined_to_a_wish_is_done() {
    // "wants to" governs the first verb only; the perfect joined to it was done.
    assert_event(
        "The Chilean president has said she wants to open the border and has expressed support for Bolivia, without offering specifics.",
        |e| e.cameo.starts_with("051") && !e.hypothetical,
    );
    // The wish itself stays intended.
    assert_event(
        "The Chilean president wants to express support for Bolivia.",
        |e| e.cameo.starts_with("05") && e.hypothetical,
    );
}
