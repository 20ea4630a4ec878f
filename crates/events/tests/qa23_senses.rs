//! Session 23: acts a blind judge found flagged the wrong way on real news: acts still to
//! come ("has yet to apologize", "was to arrive on Monday", "dockers voted to strike")
//! printed as done; business items coded as political acts ("American food processors
//! blamed weak demand", "an American writer visited Japanese manufacturers"). Each test holds invented sentences of the shape, and one of the reading
//! that stays a fact.

use crate::common;

use common::{assert_event, coded, none_of};

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
fn an_act_on_a_condition_stays_conditional_when_stated_in_the_past() {
    // The contract's `hypothetical` is "conditional, planned or possible": a threat or
    // demand made on a condition is conditional, as the seed's "severe response if Russia
    // moves its troops" is, whatever the tense of the verb that made it.
    assert_event(
        "Senator Ana Vidal pressed the Peruvian president to do more if he wanted her support.",
        |e| e.cameo.starts_with("10") && e.hypothetical,
    );
    assert_event(
        "The Chilean government had threatened to expel the Bolivian ambassador if La Paz did not apologize.",
        |e| e.cameo.starts_with("13") && e.hypothetical,
    );
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

#[test]
fn processors_exporters_publishers_and_banks_are_businesses() {
    none_of(
        "American food processors blamed weak demand for the losses.",
        "11",
    );
    none_of(
        "A British bank sued Nigeria's Zenith Bank over the loan.",
        "11",
    );
    // A state's act on a bank stays.
    coded(
        "The Nigerian government sued a British bank over the loan.",
        "NGA",
        Some("GBR"),
        "11",
    );
}

#[test]
fn a_country_word_on_a_private_noun_is_no_state_acting_on_a_business() {
    none_of(
        "An American writer visited Japanese manufacturers in Osaka.",
        "04",
    );
    none_of(
        "American analysts applauded the Japanese carmaker Toyota.",
        "05",
    );
    none_of(
        "Canadian companies accused the American institutions of delaying payments.",
        "11",
    );
    // A government is the state's.
    coded(
        "Canadian companies accused the American government of delaying payments.",
        "CAN",
        Some("USA"),
        "11",
    );
    // Officials are the state's.
    coded(
        "American officials visited Japanese manufacturers in Osaka.",
        "USA",
        Some("JPN"),
        "04",
    );
}

#[test]
fn a_sport_word_in_a_lower_case_description_marks_sport() {
    none_of("The Japanese baseball league rejected the schedule.", "12");
    none_of(
        "Chinese shooters dominated the shooting contest in Beijing on Sunday.",
        "19",
    );
    // A capitalised name holding the word is no sport.
    coded(
        "The Arab League condemned the Israeli strike on Gaza.",
        "IGOMEAARL",
        Some("ISR"),
        "11",
    );
}

#[test]
fn a_participle_dated_before_the_article_under_a_modal_was_done() {
    assert_event(
        "India would accept the truce brokered by Russia last year.",
        |e| e.cameo.starts_with("045") && !e.hypothetical,
    );
    // Not dated: the brokering may be still to come.
    assert_event("India would accept a truce brokered by Russia.", |e| {
        e.cameo.starts_with("045") && e.hypothetical
    });
}
