//! Session 29, gerunds in noun phrases: a gerund in a noun's phrase ("Acme's offer of
//! providing food", "the rationale in accepting the offer") is the act of the noun's
//! possessor, none when the possessor names no actor, and an act under a noun of reason or
//! cost that the outer verb questions is no act of the one who questions it. A promise's
//! act stays its possessor's, and an act the object is accused of stays the object's.
//! Sentences are invented.

use crate::common;

use common::{coded, doc, has, not_by};

#[test]
fn a_gerund_in_a_companys_offer_is_no_act_of_the_one_who_questions_it() {
    let text = "The Kenyan opposition leader questioned the rationale in accepting Acme \
                Catering's offer of providing food for the athletes.";
    not_by(text, "KEN", "07");
    not_by(text, "KEN", "08");
}

#[test]
fn an_act_under_a_questioned_reason_is_not_the_questioners() {
    not_by(
        "The Kenyan opposition leader questioned the reason for accepting China's demands.",
        "KEN",
        "08",
    );
}

#[test]
fn an_act_under_a_defended_rationale_stays_the_subjects() {
    let d = doc("The Kenyan president defended the rationale for accepting China's demands.");
    assert!(has(&d, "KEN", Some("CHN"), "08"), "{:?}", common::rows(&d));
}

#[test]
fn an_act_in_a_possessors_offer_is_the_possessors() {
    coded(
        "Mexico welcomed China's promise of providing aid to Mexico.",
        "CHN",
        Some("MEX"),
        "07",
    );
    coded(
        "Mexico rejected Donald Trump's promise of sending troops to Mexico.",
        "USA",
        Some("MEX"),
        "15",
    );
    not_by(
        "Mexico rejected Donald Trump's promise of sending troops to Mexico.",
        "MEX",
        "15",
    );
}

#[test]
fn an_act_under_its_own_interest_is_the_subjects() {
    coded(
        "Syria indicated its interest in resuming talks with Israel.",
        "SYR",
        Some("ISR"),
        "03",
    );
}

#[test]
fn an_act_the_object_is_accused_of_is_no_act_of_the_accuser() {
    coded(
        "North Korea accused Seoul of sending troops to the border.",
        "PRK",
        Some("KOR"),
        "11",
    );
    not_by(
        "North Korea accused Seoul of sending troops to the border.",
        "PRK",
        "15",
    );
}
