//! Session 23 (second judge pass): three act senses a blind judge found with the wrong root
//! on real news. A vow or pledge to use force on a side is a threat, not an intent to
//! cooperate; warning someone to do something is a demand (an ultimatum when a penalty is
//! named), not a disapproval; a protest that is the purpose of a vote or a statement is no
//! demonstration. Each test holds invented sentences of the shape, and one of the reading
//! that keeps its old code.

use crate::common;

use common::{assert_event, coded, none_of};

#[test]
fn a_vow_to_use_force_on_a_side_is_a_threat() {
    // An act of force the lexicon codes, vowed against a named side.
    coded(
        "Iran vowed to bomb Israel if the strikes continue.",
        "IRN",
        Some("ISR"),
        "13",
    );
    coded(
        "The Iranian president pledged to destroy Israel.",
        "IRN",
        Some("ISR"),
        "13",
    );
    assert_event("The Iranian president pledged to bomb Israel.", |e| {
        e.cameo.starts_with("13") && !e.cameo.starts_with("03")
    });
    coded(
        "The Colombian army promised to wipe out the rebels.",
        "COL",
        None,
        "138",
    );
    // Force named against no one ("fight on"), or a thing destroyed, is no threat.
    none_of(
        "The Vermont senator vowed to fight on until the convention.",
        "13",
    );
    none_of(
        "The Syrian government pledged to destroy its chemical weapons.",
        "13",
    );
    none_of("The Kenyan president promised to wipe out poverty.", "13");
    // Cooperation promised keeps its intention.
    assert_event(
        "The Peruvian president agreed to release the prisoners.",
        |e| e.cameo == "0353",
    );
}

#[test]
fn warning_someone_to_act_is_a_demand_not_a_disapproval() {
    coded(
        "The American president warned Iran to stop enrichment.",
        "USA",
        Some("IRN"),
        "10",
    );
    // A penalty named: an ultimatum.
    coded(
        "The Chilean president warned Bolivia to withdraw its troops or face sanctions.",
        "CHL",
        Some("BOL"),
        "139",
    );
    // Warned against an act: a disapproval, as before.
    coded(
        "The German chancellor warned Russia against invading Ukraine.",
        "DEU",
        Some("RUS"),
        "11",
    );
}

#[test]
fn a_protest_that_is_the_purpose_of_a_vote_is_no_demonstration() {
    none_of(
        "Greek lawmakers voted against the bill to protest the cuts.",
        "14",
    );
    none_of("Greek lawmakers resigned to protest the cuts.", "14");
    none_of(
        "Greek lawmakers issued a statement to protest the cuts.",
        "14",
    );
    // A protest done in the street stays one.
    assert_event(
        "Greek workers marched in Athens to protest the cuts.",
        |e| e.cameo.starts_with("14"),
    );
    assert_event(
        "Greek workers gathered outside parliament to protest the cuts.",
        |e| e.cameo.starts_with("14"),
    );
}
