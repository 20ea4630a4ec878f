//! Acts read from how a story reports them (ninth session): a statement that another actor
//! "must" act, a time between a verb and its particle, a participle with its own agent, a
//! subject that names no actor, and the dates of acts with a relative clause or a deadline.
//! Invented sentences, whole pipeline.

mod common;

use attache_core::{CommitmentKind, Document};
use common::{day, has, pipeline, rows};

fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 11, 24))
}

#[test]
fn a_statement_that_another_country_must_act_is_a_demand_on_it() {
    let d = doc("Kenya said on Monday that Uganda must reopen the border crossing at Busia.");
    assert!(has(&d, "KEN", Some("UGA"), "10"), "{:?}", rows(&d));
    assert!(
        d.commitments
            .iter()
            .any(|c| c.kind == CommitmentKind::Demand),
        "{:?}",
        d.commitments
    );
    let d = doc("Norway reiterated that Iran must free the two detained sailors.");
    assert!(has(&d, "NOR", Some("IRN"), "10"), "{:?}", rows(&d));
}

#[test]
fn a_statement_that_one_s_own_side_must_act_is_no_demand() {
    let d = doc("Poland said it must strengthen its eastern border.");
    assert!(
        !rows(&d).iter().any(|(_, _, c)| c.starts_with("10")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_time_between_call_and_for_leaves_the_appeal_for() {
    let d = doc("Brazil and Mexico called on Thursday for an end to the fighting in Sudan.");
    assert!(
        rows(&d).iter().any(|(_, _, c)| c.starts_with("02")),
        "{:?}",
        rows(&d)
    );
    assert!(
        !rows(&d).iter().any(|(_, _, c)| c.starts_with("10")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_participle_with_an_agent_is_its_own_act_inside_another_act() {
    let d = doc("Armenia and Azerbaijan agreed last year to a peace deal brokered by Qatar.");
    assert!(has(&d, "QAT", Some("ARM"), "045"), "{:?}", rows(&d));
    assert!(has(&d, "QAT", Some("AZE"), "045"), "{:?}", rows(&d));
}

#[test]
fn a_parsed_subject_that_names_no_actor_is_not_the_speaker() {
    let d = doc("A Chilean official said the first shipment would arrive in March.");
    assert!(rows(&d).is_empty(), "{:?}", rows(&d));
}

#[test]
fn a_time_in_a_relative_clause_does_not_date_the_act() {
    let d = doc("Ghana released three Togolese fishermen who had been detained in August.");
    let e = d
        .events
        .iter()
        .find(|e| e.cameo.starts_with("084"))
        .unwrap_or_else(|| panic!("{:?}", rows(&d)));
    assert_eq!(e.date.as_deref(), Some("2026-11-24"));
}

#[test]
fn a_vow_of_force_with_a_deadline_is_a_threat_made_today_and_due_then() {
    let d = doc("Ethiopia vowed to crush the rebels in Amhara before the end of the year.");
    let e = d
        .events
        .iter()
        .find(|e| e.cameo.starts_with("13"))
        .unwrap_or_else(|| panic!("{:?}", rows(&d)));
    assert_eq!(e.date.as_deref(), Some("2026-11-24"));
    assert!(
        d.commitments
            .iter()
            .any(|c| c.kind == CommitmentKind::Threat
                && c.due == Some((day(2026, 11, 24), day(2026, 12, 31)))),
        "{:?}",
        d.commitments
    );
}
