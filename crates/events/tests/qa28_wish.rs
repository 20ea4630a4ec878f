//! Session 28, habitual wishes: a wish said of a habit ("sometimes", "often", "usually") is a
//! generic statement about a class, no intention of an actor; a plain wish stays one. A
//! company named "... House" is no legislature: its officer resigning is no legislator.
//! Sentences are invented.

use crate::common;

use common::{coded, coded_by, none_of};

#[test]
fn a_wish_said_to_come_sometimes_is_no_offer_of_aid() {
    none_of("US judges sometimes wish to offer help to Mexico.", "033");
}

#[test]
fn a_want_said_to_come_often_is_no_aid_intended() {
    none_of(
        "American donors often want to give more aid to Syria.",
        "033",
    );
}

#[test]
fn a_plain_wish_to_offer_aid_stays_an_intention() {
    coded(
        "The United States wants to offer aid to Mexico.",
        "USA",
        Some("MEX"),
        "03",
    );
}

#[test]
fn a_company_named_house_is_no_legislature_resigning() {
    none_of("The chairman of Random House resigned on Friday.", "08");
}

#[test]
fn the_house_speaker_resigning_stays_a_legislator() {
    coded_by("The House speaker resigned on Friday.", "USALEG", "08");
}
