//! Acts the coder used to miss or misread: an intention inside scare quotes, a passive
//! threat whose maker only the quote's speaker names, a refusal to disarm, a signing of a
//! framework document, and a "declined to comment" whose source resolves. Invented
//! sentences, whole pipeline.

use crate::common;

use attache_core::{CommitmentKind, Document};
use common::{day, has, pipeline, rows};

fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 1, 16))
}

#[test]
fn scare_quotes_around_ready_keep_the_act_an_intention() {
    let d = doc("Canada is \"ready\" to sign the accord with Norway.");
    assert!(has(&d, "CAN", Some("NOR"), "05"), "{:?}", rows(&d));
    assert!(
        d.events.iter().all(|e| e.hypothetical && e.date.is_none()),
        "{:?}",
        d.events
    );
    let d = doc("Anna Berg said that US President Donald Trump is \"fully prepared\" to meet Russian President Vladimir Putin if necessary.");
    assert!(has(&d, "USA", Some("RUS"), "036"), "{:?}", rows(&d));
}

#[test]
fn a_purpose_clause_of_an_act_is_no_intention() {
    let d = doc("Canada sent troops to attack Norway.");
    let attack = d
        .events
        .iter()
        .find(|e| e.cameo.starts_with("19"))
        .expect("the attack is coded");
    assert!(!attack.hypothetical, "{attack:?}");
}

#[test]
fn a_passive_threat_in_a_quote_is_its_speaker_s() {
    let d = doc("US Secretary of State Marco Rubio spoke in Paris. \"If Russian forces cross the border, it will be met with a severe response,\" Rubio told journalists.");
    assert!(has(&d, "USA", Some("RUS"), "13"), "{:?}", rows(&d));
    assert!(
        d.commitments
            .iter()
            .any(|c| c.kind == CommitmentKind::Threat && c.by.is_some()),
        "{:?}",
        d.commitments
    );
}

#[test]
fn a_passive_threat_naming_its_maker_keeps_that_maker() {
    let d = doc("\"If Russian forces cross the border, it will be met with a severe response from NATO,\" Rubio told journalists.");
    assert!(has(&d, "IGOWSTNAT", Some("RUS"), "13"), "{:?}", rows(&d));
    assert!(!has(&d, "USA", Some("RUS"), "13"), "{:?}", rows(&d));
}

#[test]
fn a_passive_threat_aimed_at_the_speaker_s_side_is_not_the_speaker_s() {
    let d = doc("\"If Russian forces cross the border, it will be met with a severe response,\" the Russian minister told journalists.");
    assert!(
        d.events
            .iter()
            .filter(|e| e.cameo.starts_with("13"))
            .all(|e| e.source.is_none()),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn would_not_disarm_is_a_refusal_naming_the_act() {
    let d = doc("Kosovo said it would not disarm.");
    assert!(has(&d, "XKX", None, "0873"), "{:?}", rows(&d));
    let refusal = d
        .commitments
        .iter()
        .find(|c| c.kind == CommitmentKind::Refusal)
        .expect("a refusal");
    assert_eq!(d.slice(refusal.content), "disarm");
}

#[test]
fn agreeing_to_disarm_is_no_refusal() {
    let d = doc("Kosovo agreed to disarm.");
    assert!(
        d.commitments
            .iter()
            .all(|c| c.kind != CommitmentKind::Refusal),
        "{:?}",
        d.commitments
    );
}

#[test]
fn signing_a_framework_document_is_a_signed_agreement() {
    let d = doc("Armenia and Azerbaijan could sign a framework document in Washington in March.");
    assert!(has(&d, "ARM", Some("AZE"), "057"), "{:?}", rows(&d));
    assert!(has(&d, "AZE", Some("ARM"), "057"), "{:?}", rows(&d));
    assert!(d.events.iter().all(|e| e.hypothetical));
}

#[test]
fn signing_papers_with_no_other_party_is_no_agreement() {
    let d = doc("The minister signed the documents on Friday.");
    assert!(d.events.is_empty(), "{:?}", rows(&d));
}

#[test]
fn declining_to_comment_is_coded_when_the_source_resolves() {
    let d = doc("Armenia and Azerbaijan agreed on a timetable on Tuesday. The Russian foreign ministry declined to comment on the deal.");
    assert!(has(&d, "RUS", None, "011"), "{:?}", rows(&d));
}
