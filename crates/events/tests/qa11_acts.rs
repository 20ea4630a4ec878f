//! QA11 findings: acts inside an if-clause, "declined to", suspensions and ramming. Invented
//! sentences, whole pipeline.

use crate::common;

use attache_core::{CommitmentKind, Document};
use common::{day, has, pipeline, rows};

/// Published Friday 2026-01-16.
fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 1, 16))
}

fn codes(d: &Document) -> Vec<&str> {
    d.events.iter().map(|e| e.cameo.as_str()).collect()
}

#[test]
fn the_verb_of_an_if_clause_is_no_act_and_no_commitment() {
    let d = doc("The M23 rebels would withdraw from Goma only if the government guaranteed the safety of its fighters, Lawrence Kanyuka said.");
    assert!(
        d.events.iter().all(|e| !e.cameo.starts_with("03")),
        "{:?}",
        rows(&d)
    );
    assert!(
        d.commitments
            .iter()
            .all(|c| c.kind != CommitmentKind::Promise),
        "{:?}",
        d.commitments
    );
}

#[test]
fn the_conditional_main_act_is_coded_with_its_condition() {
    let d = doc("The M23 rebels would withdraw from Goma only if the government guaranteed the safety of its fighters, Lawrence Kanyuka said.");
    let withdrawal = d.events.iter().find(|e| e.cameo == "0874");
    assert!(
        withdrawal.is_some_and(|e| e.condition.is_some()),
        "{:?}",
        d.events
    );
}

#[test]
fn withdrawing_from_a_process_is_no_retreat_from_a_place() {
    let d = doc("The M23 rebels withdrew from the peace process on Monday.");
    assert!(!codes(&d).contains(&"0874"), "{:?}", rows(&d));
}

#[test]
fn words_of_the_condition_do_not_choose_the_offer() {
    let d = doc("The European Union offered to delay the sanctions by six months if Iran resumed talks with Washington.");
    assert!(has(&d, "IGOEUREEC", Some("IRN"), "0354"), "{:?}", rows(&d));
    assert!(!codes(&d).contains(&"036"), "{:?}", rows(&d));
}

#[test]
fn an_offer_of_talks_outside_a_condition_stays_an_offer_of_talks() {
    let d = doc("The European Union offered to hold talks with Iran if the attacks stopped.");
    assert!(
        has(&d, "IGOEUREEC", None, "036") || has(&d, "IGOEUREEC", Some("IRN"), "036"),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn the_main_act_before_an_if_clause_keeps_its_code() {
    let d = doc("Iran will attack Israel if it strikes Iranian soil.");
    assert!(has(&d, "IRN", Some("ISR"), "19"), "{:?}", rows(&d));
    assert!(!has(&d, "ISR", Some("IRN"), "19"), "{:?}", rows(&d));
}

#[test]
fn declining_to_threaten_is_a_refusal_not_a_threat() {
    let d = pipeline(
        "Barack Obama declined to threaten Moscow on Tuesday.",
        day(2016, 9, 8),
    );
    assert!(
        d.events.iter().all(|e| !e.cameo.starts_with("13")),
        "{:?}",
        rows(&d)
    );
    assert!(
        d.commitments
            .iter()
            .all(|c| c.kind != CommitmentKind::Threat),
        "{:?}",
        d.commitments
    );
    assert!(has(&d, "USA", Some("RUS"), "12"), "{:?}", rows(&d));
}

#[test]
fn falling_exports_are_no_refusal() {
    let d = doc("Exports from China declined to 3 billion dollars in March.");
    assert!(d.events.is_empty(), "{:?}", rows(&d));
}

#[test]
fn suspending_a_member_state_reduces_relations() {
    let d = doc("The African Union suspended Niger on Friday.");
    assert!(has(&d, "IGOAFRAFU", Some("NER"), "160"), "{:?}", rows(&d));
    let d = doc("ECOWAS suspended Guinea from its decision-making bodies on Friday.");
    assert!(
        has(&d, "IGOWAFBUSWAS", Some("GIN"), "160"),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn suspending_military_cooperation_stops_military_assistance() {
    let d = doc("Portugal said it would suspend military cooperation with Guinea-Bissau.");
    assert!(has(&d, "PRT", Some("GNB"), "1622"), "{:?}", rows(&d));
}

#[test]
fn suspending_a_vote_count_is_no_act_against_anyone() {
    let d = doc("The election commission suspended the vote count on Sunday.");
    assert!(d.events.is_empty(), "{:?}", rows(&d));
}

#[test]
fn ramming_a_vessel_damages_property() {
    let d = doc("A Chinese ship rammed a Philippine vessel near the shoal on Sunday.");
    assert!(has(&d, "CHN", Some("PHL"), "171"), "{:?}", rows(&d));
}

#[test]
fn a_ram_with_no_one_behind_it_is_no_act() {
    let d = doc("A wave rammed the small boat against the pier on Sunday.");
    assert!(d.events.is_empty(), "{:?}", rows(&d));
}

#[test]
fn a_purpose_infinitive_after_the_object_is_the_subject_s_act() {
    let d = doc("The Philippines summoned China's ambassador on Monday to protest the ramming.");
    assert!(has(&d, "PHL", Some("CHN"), "114"), "{:?}", rows(&d));
    assert!(!has(&d, "CHN", None, "14"), "{:?}", rows(&d));
    assert!(!codes(&d).contains(&"141"), "{:?}", rows(&d));
}

#[test]
fn an_object_told_to_act_still_acts() {
    let d = doc("The United States urged Israel to halt the strikes on Gaza.");
    assert!(!has(&d, "USA", None, "19"), "{:?}", rows(&d));
}

#[test]
fn a_visit_to_a_town_targets_its_country_when_the_article_names_it() {
    let d = doc(
        "French President Emmanuel Macron visited Algiers on Monday. He met Algeria's president.",
    );
    assert!(has(&d, "FRAGOV", Some("DZA"), "042"), "{:?}", rows(&d));
}

#[test]
fn a_visit_in_the_visitor_s_own_country_has_no_foreign_target() {
    let d = doc("French President Emmanuel Macron visited a car factory in Lyon on Monday. France sold the plant.");
    assert!(!has(&d, "FRAGOV", Some("FRA"), "042"), "{:?}", rows(&d));
}

#[test]
fn accusing_each_other_is_coded_both_ways() {
    let d = doc("Israel and Hamas accused each other of violating the truce.");
    assert!(has(&d, "ISR", Some("PSE"), "112"), "{:?}", rows(&d));
    assert!(has(&d, "PSE", Some("ISR"), "112"), "{:?}", rows(&d));
}

#[test]
fn each_of_the_accusers_without_each_other_has_no_target() {
    let d = doc("Israel and Hamas accused Egypt of bias.");
    assert!(has(&d, "ISR", Some("EGY"), "112"), "{:?}", rows(&d));
    assert!(!has(&d, "ISR", Some("PSE"), "11"), "{:?}", rows(&d));
}

#[test]
fn a_threat_s_time_limit_counts_from_the_day_it_was_made() {
    let d = pipeline(
        "The Economic Community of West African States suspended Guinea-Bissau on Friday and threatened to impose sanctions if the soldiers did not release detained politicians within 30 days.",
        day(2025, 12, 3),
    );
    let threat = d
        .commitments
        .iter()
        .find(|c| c.kind == CommitmentKind::Threat);
    assert_eq!(
        threat.and_then(|c| c.due),
        Some((day(2025, 11, 28), day(2025, 12, 28))),
        "{:?}",
        d.commitments
    );
}

#[test]
fn a_threat_made_on_the_publication_day_counts_from_it() {
    let d = pipeline(
        "The Economic Community of West African States threatened on Wednesday to impose sanctions if the soldiers did not release detained politicians within 30 days.",
        day(2025, 12, 3),
    );
    let threat = d
        .commitments
        .iter()
        .find(|c| c.kind == CommitmentKind::Threat);
    assert_eq!(
        threat.and_then(|c| c.due),
        Some((day(2025, 12, 3), day(2026, 1, 2))),
        "{:?}",
        d.commitments
    );
}
