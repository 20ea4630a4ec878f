//! Session 21 (issue 7): acts reported as something their target received ("drew criticism
//! from", "won praise from", "came under criticism from"): the doer is the actor of the
//! `from` phrase, the target the subject of the receiving verb (`frame::received_from`).
//! Invented sentences.

use crate::common;

use common::{doc, has, rows};

/// `text` holds an event `src` -> `tgt` (`None`: no target) whose code starts with `root`.
fn coded(text: &str, src: &str, tgt: Option<&str>, root: &str) {
    let d = doc(text);
    assert!(has(&d, src, tgt, root), "{text}: {:?}", rows(&d));
}

/// `text` holds no event whose code starts with `root`.
fn none_of(text: &str, root: &str) {
    let d = doc(text);
    assert!(
        !d.events.iter().any(|e| e.cameo.starts_with(root)),
        "{text}: {:?}",
        rows(&d)
    );
}

/// The events of `text` whose code starts with `root`, as (negated, hypothetical).
fn states(text: &str, root: &str) -> Vec<(bool, bool)> {
    doc(text)
        .events
        .iter()
        .filter(|e| e.cameo.starts_with(root))
        .map(|e| (e.negated, e.hypothetical))
        .collect()
}

#[test]
fn criticism_drawn_from_an_actor_is_that_actors_criticism_of_the_subject() {
    coded(
        "The Hungarian government drew fierce criticism from Austria last week.",
        "AUT",
        Some("HUNGOV"),
        "111",
    );
}

#[test]
fn praise_earned_from_an_actor_is_endorsement_of_the_subject() {
    coded(
        "The Chilean government earned warm praise from Canada for its new water law.",
        "CAN",
        Some("CHLGOV"),
        "051",
    );
}

#[test]
fn a_rebuke_drawn_by_a_plan_has_no_target_when_no_owner_is_named() {
    coded(
        "The new tariff plan drew a sharp rebuke from Mexico.",
        "MEX",
        None,
        "111",
    );
}

#[test]
fn coming_under_criticism_from_an_actor_is_that_actors_criticism() {
    coded(
        "The Egyptian president came under criticism from Sweden over the arrests.",
        "SWE",
        Some("EGY"),
        "111",
    );
}

#[test]
fn condemnation_received_from_an_actor_is_criticism_of_the_receiver() {
    coded(
        "Ethiopia's government received condemnation from Kenya after the border raid.",
        "KEN",
        Some("ETHGOV"),
        "111",
    );
}

#[test]
fn a_receiving_verb_under_negation_negates_the_act() {
    let got = states(
        "The Danish government did not draw criticism from Norway over the fishing quotas.",
        "111",
    );
    assert!(!got.is_empty() && got.iter().all(|&(n, _)| n), "{got:?}");
}

#[test]
fn a_receiving_verb_under_a_modal_makes_the_act_hypothetical() {
    let got = states(
        "The Japanese government could face criticism from China over the shrine visit.",
        "111",
    );
    assert!(!got.is_empty() && got.iter().all(|&(_, h)| h), "{got:?}");
}

#[test]
fn support_from_an_actor_is_no_act_without_a_receiving_verb() {
    none_of(
        "Support from Canada arrived too late for the flood relief effort.",
        "05",
    );
    none_of("The rally drew a large crowd from across Kenya.", "05");
}

#[test]
fn drawing_up_a_plan_with_support_from_an_actor_is_no_received_act() {
    none_of(
        "The Ghanaian minister drew up a budget plan with support from Canada.",
        "051",
    );
}

#[test]
fn a_verb_spelled_as_a_received_noun_stays_a_verb() {
    coded(
        "The Finnish president went on to praise Estonia at the summit.",
        "FIN",
        Some("EST"),
        "051",
    );
}

#[test]
fn a_possessor_inside_the_from_phrase_is_not_the_doer() {
    let d = doc("The Peruvian president has not received any support from his fellow leaders.");
    assert!(
        !d.events
            .iter()
            .any(|e| e.cameo.starts_with("05") && common::code_of(&d, e.source).is_some()),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn an_infinitive_receiving_verb_is_an_aim_not_an_act() {
    let got = states(
        "The Irish government is well placed to win support from France this spring.",
        "051",
    );
    assert!(!got.is_empty() && got.iter().all(|&(_, h)| h), "{got:?}");
}

#[test]
fn support_received_from_leaders_is_no_visit_hosted() {
    none_of(
        "The Peruvian president received strong support from his fellow leaders.",
        "04",
    );
}

#[test]
fn coming_under_fire_from_a_government_is_criticism() {
    coded(
        "The Colombian president came under fire from Venezuela for the decree.",
        "VEN",
        Some("COL"),
        "111",
    );
}

#[test]
fn coming_under_fire_from_fighters_is_force() {
    coded(
        "The Pakistani convoy came under heavy fire from Taliban fighters.",
        "AFG",
        Some("PAK"),
        "19",
    );
}

#[test]
fn a_negation_spelled_with_a_curly_apostrophe_negates_the_act() {
    let got = states(
        "The Danish government hasn\u{2019}t drawn criticism from Norway this year.",
        "111",
    );
    assert!(!got.is_empty() && got.iter().all(|&(n, _)| n), "{got:?}");
    let got = states(
        "The Czech premier didn\u{2019}t condemn Slovakia for the new border checks.",
        "111",
    );
    assert!(!got.is_empty() && got.iter().all(|&(n, _)| n), "{got:?}");
}

#[test]
fn support_won_of_an_actor_is_that_actors_endorsement() {
    coded(
        "The Chilean government won the backing of Canada for its water law.",
        "CAN",
        Some("CHLGOV"),
        "051",
    );
}
