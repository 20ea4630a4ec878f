//! Session 25, event nouns that name no act: a noun that modifies another noun or is the
//! topic of a thing, a background noun with no doer in a sentence about something else, an
//! inquiry put to someone. Sentences are invented.

use crate::common::{codes, doc, has};

/// Does `text` code an event from the entry `rule`?
fn rule_coded(text: &str, rule: &str) -> bool {
    doc(text).events.iter().any(|e| e.evidence.rule == rule)
}

fn assert_none(text: &str, rule: &str) {
    assert!(!rule_coded(text, rule), "{text}: {:?}", codes(&doc(text)));
}

fn assert_some(text: &str, rule: &str) {
    assert!(rule_coded(text, rule), "{text}: {:?}", codes(&doc(text)));
}

#[test]
fn an_invasion_compounded_before_a_noun_names_that_noun() {
    assert_none(
        "The Iraqi invasion anniversary drew crowds to the Kuwaiti parliament.",
        "noun.invasion",
    );
}

#[test]
fn ads_about_attacks_are_no_attacks() {
    assert_none(
        "The Kenyan government ran ads about the Somali attacks on Kenyan refugees.",
        "noun.attack",
    );
}

#[test]
fn a_film_about_attacks_is_no_attack() {
    assert_none(
        "The Kenyan government funded a film about the Somali attacks on Kenyan refugees.",
        "noun.attack",
    );
}

#[test]
fn a_book_on_the_invasion_is_no_invasion() {
    assert_none(
        "Chancellor Olaf Scholz praised a book on the Russian invasion of Ukraine.",
        "noun.invasion",
    );
}

#[test]
fn an_inquiry_to_a_ministry_is_a_question() {
    assert_none(
        "Judge Lena Ortiz's inquiry to the Interior Ministry of Peru went unanswered.",
        "noun.inquiry",
    );
}

#[test]
fn an_inquiry_to_professors_is_no_investigation() {
    assert_none(
        "In an inquiry to two law professors, Senator Edward Kennedy asked about the Justice \
         Department.",
        "noun.inquiry",
    );
}

#[test]
fn accusations_in_the_background_of_a_sentence_about_tourism_are_no_event() {
    assert_none(
        "Tourism in Lima fell sharply after the accusations against Peru's President Dina \
         Boluarte.",
        "noun.accusation",
    );
}

#[test]
fn accusations_amid_which_prices_rose_are_no_event() {
    assert_none(
        "Oil prices rose amid accusations against Iran.",
        "noun.accusation",
    );
}

#[test]
fn attacks_after_which_tourism_fell_are_no_event() {
    assert_none(
        "Tourism in Peru fell after the attacks on Chilean tourists.",
        "noun.attack",
    );
}

#[test]
fn the_invasion_of_kuwait_by_iraq_is_still_an_invasion() {
    let d = doc("The invasion of Kuwait by Iraq shocked the Gulf states.");
    assert!(has(&d, "IRQ", Some("KWT"), "19"), "{:?}", codes(&d));
}

#[test]
fn kohls_talks_with_gorbachev_are_still_talks() {
    assert_some(
        "Chancellor Helmut Kohl's talks with Mikhail Gorbachev ended in Moscow on Tuesday.",
        "noun.talks",
    );
}

#[test]
fn after_the_bombing_of_the_embassy_by_militants_is_still_a_bombing() {
    assert_some(
        "Egypt closed its border after the suicide bombing of the Israeli embassy by Hamas \
         militants.",
        "noun.bombing_suicide",
    );
}

#[test]
fn a_background_attack_with_a_doer_of_its_own_is_still_an_attack() {
    assert_some(
        "Thousands marched after the attack on the Israeli embassy by Hamas militants.",
        "noun.attack",
    );
}

#[test]
fn attacks_on_a_countrys_embassy_after_which_it_acted_are_still_attacks() {
    assert_some(
        "Egypt closed its border after attacks on the Israeli embassy.",
        "noun.attack",
    );
}

#[test]
fn a_judges_inquiry_into_a_ministry_is_still_an_investigation() {
    assert_some(
        "Judge Lena Ortiz's inquiry into the Interior Ministry of Peru began on Monday.",
        "noun.inquiry",
    );
}

#[test]
fn a_summit_the_tagger_compounds_with_set_is_still_a_summit() {
    assert_some(
        "Ukraine will top the agenda of a NATO summit set for Madrid in June.",
        "noun.summit",
    );
}

#[test]
fn an_embargo_resolution_still_imposes_the_embargo() {
    assert_some(
        "Members said the Security Council embargo resolution did not authorize a blockade of \
         Iraq.",
        "noun.embargo",
    );
}

#[test]
fn talks_the_parse_compounds_across_a_preposition_are_still_talks() {
    assert_some(
        "Talks between Protestant and Roman Catholic political leaders resumed in Belfast on \
         Monday.",
        "noun.talks",
    );
}
