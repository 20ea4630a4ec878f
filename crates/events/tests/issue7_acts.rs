//! Issue 7 (eleventh session): acts of people and groups no code places, a verb joined after
//! a complement clause, offers in the first person and readiness, conditional retaliation
//! in more wordings. Invented sentences, whole pipeline.

use crate::common;

use attache_core::{ActorRef, CommitmentKind, Document};
use common::{day, has, pipeline, rows};

/// Published Friday 2026-01-16.
fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 1, 16))
}

fn name(d: &Document, r: Option<ActorRef>) -> String {
    r.and_then(|r| d.actors.get(r.actor as usize))
        .map(|a| a.name.clone())
        .unwrap_or_default()
}

/// (source name, target name, CAMEO code) of every event.
fn named_rows(d: &Document) -> Vec<(String, String, String)> {
    d.events
        .iter()
        .map(|e| (name(d, e.source), name(d, e.target), e.cameo.clone()))
        .collect()
}

#[test]
fn uncoded_person_meeting_a_coded_actor_is_shown_by_name() {
    let d = doc("Opposition leader Ana Vidal met President Paul Biya on Monday.");
    let rows = named_rows(&d);
    assert!(
        rows.iter()
            .any(|(s, t, c)| s.contains("Vidal") && t.contains("Biya") && c.starts_with("04")),
        "{rows:?}"
    );
}

#[test]
fn uncoded_named_person_rejecting_results_is_an_event() {
    let d = doc("Opposition leader Ana Vidal rejected the official results.");
    let rows = named_rows(&d);
    assert!(
        rows.iter()
            .any(|(s, _, c)| s.contains("Vidal") && c.starts_with("12")),
        "{rows:?}"
    );
}

#[test]
fn a_private_persons_accusation_is_no_political_event() {
    // The review's case: two named people without a code or a role.
    let d = doc("John Smith, a farmer, accused his neighbour Peter Brown of stealing cattle.");
    assert!(d.events.is_empty(), "{:?}", named_rows(&d));
}

#[test]
fn material_act_between_uncoded_people_alone_is_no_event() {
    let d = doc("Rafael Nadal beat Novak Djokovic on Sunday.");
    assert!(d.events.is_empty(), "{:?}", named_rows(&d));
}

#[test]
fn unnamed_person_is_no_actor() {
    let d = doc("A man attacked a shopkeeper in Lyon on Friday.");
    assert!(d.events.is_empty(), "{:?}", named_rows(&d));
}

#[test]
fn uncoded_noun_modifier_does_not_split_a_joint_agreement() {
    let d = doc("South Korea and Japan agreed to restore military intelligence sharing.");
    assert!(has(&d, "KOR", Some("JPN"), "03"), "{:?}", rows(&d));
    assert!(has(&d, "JPN", Some("KOR"), "03"), "{:?}", rows(&d));
    assert!(!has(&d, "KOR", None, "03"), "{:?}", rows(&d));
}

#[test]
fn verb_joined_after_a_complement_clause_is_the_subjects_own_act() {
    let d = doc("Yaounde denied that the vote was rigged and refused demands for a recount.");
    assert!(has(&d, "CMR", None, "016"), "{:?}", rows(&d));
    assert!(has(&d, "CMR", None, "12"), "{:?}", rows(&d));
    let denial = d
        .commitments
        .iter()
        .find(|c| c.kind == CommitmentKind::Denial)
        .map(|c| d.slice(c.content).to_string())
        .unwrap_or_default();
    assert!(
        denial.contains("rigged") && !denial.contains("refused"),
        "{denial}"
    );
}

#[test]
fn verb_joined_to_a_clause_with_an_actor_subject_is_not_the_reporters_act() {
    // Ukraine, the clause's subject, may be the attacker; Russia, who only reports, is not.
    let d = doc("Russia said Ukraine is shelling the city and attacked a power plant.");
    assert!(
        !d.events
            .iter()
            .any(|e| e.cameo.starts_with("19") && has_source(&d, e, "RUS")),
        "{:?}",
        rows(&d)
    );
}

fn has_source(d: &Document, e: &attache_core::Event, code: &str) -> bool {
    e.source
        .and_then(|r| d.actors.get(r.actor as usize))
        .and_then(|a| a.code.as_deref())
        .is_some_and(|c| c.starts_with(code))
}

#[test]
fn verb_joined_inside_a_denied_clause_stays_denied() {
    let d = doc("Kenya denied that its police had beaten and detained protesters.");
    assert!(has(&d, "KEN", None, "016"), "{:?}", rows(&d));
    assert!(
        d.events.iter().all(|e| !e.cameo.starts_with("17")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn first_person_offer_in_a_direct_quote_is_the_speakers() {
    let d = doc("\"We offered a quota system for steel exports,\" Marcelo Ebrard said.");
    assert!(has(&d, "MEX", None, "03"), "{:?}", rows(&d));
}

#[test]
fn first_person_outside_a_quote_is_no_one() {
    let d = doc("We offered a quota system for steel exports.");
    assert!(d.events.is_empty(), "{:?}", rows(&d));
}

#[test]
fn readiness_to_send_trucks_is_an_intent_to_give_aid() {
    let d = doc("The World Food Programme said it was ready to send 40 trucks.");
    assert!(has(&d, "IGOUNO", None, "033"), "{:?}", rows(&d));
}

#[test]
fn retaliation_on_new_tariffs_is_a_threat() {
    let d = doc("The Kremlin said Moscow would respond if Washington imposed new tariffs.");
    assert!(has(&d, "RUS", Some("USA"), "13"), "{:?}", rows(&d));
}

#[test]
fn response_to_a_request_for_talks_is_no_threat() {
    let d = doc("Moscow would respond if Washington asked for talks.");
    assert!(
        d.events.iter().all(|e| !e.cameo.starts_with("13")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn imposing_duties_is_a_sanction() {
    let d = doc("Mexico will impose duties on American pork.");
    assert!(has(&d, "MEX", Some("USA"), "163"), "{:?}", rows(&d));
}

#[test]
fn duties_of_an_office_are_no_sanction() {
    let d = doc("The new French minister will take up his duties on Monday.");
    assert!(
        d.events.iter().all(|e| !e.cameo.starts_with("16")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn warning_of_arrest_is_a_threat_of_repression() {
    let d = doc("Cameroon's government warned that anyone who incited violence would be arrested.");
    assert!(has(&d, "CMR", None, "137"), "{:?}", rows(&d));
}

#[test]
fn warning_against_an_arrest_is_no_threat() {
    let d = doc("France warned against the arrest of journalists in Tunisia.");
    assert!(d.events.iter().all(|e| e.cameo != "137"), "{:?}", rows(&d));
}

#[test]
fn killing_by_air_strikes_is_the_strikes_not_a_second_act_from_their_target() {
    let d = doc("Israeli air strikes on Lebanon killed 12 people.");
    assert!(has(&d, "ISR", Some("LBN"), "19"), "{:?}", rows(&d));
    assert!(
        d.events.iter().all(|e| !e.cameo.starts_with("18")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn killing_by_named_forces_is_still_an_assault() {
    let d = doc("Russian forces killed two civilians in Kharkiv on Monday.");
    assert!(has(&d, "RUS", None, "1823"), "{:?}", rows(&d));
}

#[test]
fn not_having_been_consulted_is_no_event() {
    let d = doc("Sudan's government said it had not been consulted.");
    assert!(d.events.is_empty(), "{:?}", rows(&d));
}

#[test]
fn a_negated_act_with_its_agent_named_is_still_coded() {
    let d = doc("Egypt said it had not met Hamas negotiators.");
    assert!(
        d.events
            .iter()
            .any(|e| e.negated && e.cameo.starts_with("04")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn appositive_name_after_an_organisations_officer_is_the_source() {
    let d = doc("The European Union's foreign policy chief, Kaja Kallas, welcomed the deal.");
    let rows = named_rows(&d);
    assert!(
        rows.iter()
            .any(|(s, _, c)| s.contains("Kallas") && c.starts_with("05")),
        "{rows:?}"
    );
}

#[test]
fn appositive_without_an_actor_leaves_the_organisation_as_source() {
    let d = doc("The European Union's chief negotiator, a veteran diplomat, welcomed the deal.");
    let rows = named_rows(&d);
    assert!(
        rows.iter()
            .any(|(s, _, c)| s.contains("European Union") && c.starts_with("05")),
        "{rows:?}"
    );
}

#[test]
fn participle_describing_the_released_is_no_detention() {
    let d = doc("Israel released four detained Palestinian farmers on Monday.");
    assert!(
        has(&d, "ISR", None, "0841") || has(&d, "ISR", Some("PSE"), "0841"),
        "{:?}",
        rows(&d)
    );
    assert!(
        d.events.iter().all(|e| !e.cameo.starts_with("17")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn detaining_people_is_still_a_detention() {
    let d = doc("Israeli police detained four Palestinian farmers on Monday.");
    assert!(has(&d, "ISR", Some("PSE"), "173"), "{:?}", rows(&d));
}

#[test]
fn readiness_if_the_other_side_wants_talks_is_an_offer_to_negotiate() {
    let d = doc("\"If they want to talk, we are ready,\" Claudia Sheinbaum said.");
    assert!(has(&d, "MEX", None, "036"), "{:?}", rows(&d));
    assert!(
        d.commitments
            .iter()
            .any(|c| c.kind == CommitmentKind::Offer),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn readiness_for_a_storm_is_no_offer() {
    let d = doc("\"If the storm comes, we are ready,\" the governor said.");
    assert!(d.events.is_empty(), "{:?}", rows(&d));
}
