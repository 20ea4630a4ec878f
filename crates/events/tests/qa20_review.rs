//! Session 20 review of the senses change: shapes its guards got wrong that its corpora did not
//! show. Each test holds invented sentences of the wrong shape and one that still codes.

use crate::common;

use common::{assert_event, assert_no_event};

#[test]
fn an_act_one_is_free_to_do_is_not_done() {
    // Once "free" is no release, the strike it leaves open must not become one done.
    assert_no_event(
        "Estonia is free to strike Russian depots with the new rockets, the Danish minister \
         said.",
        |e| e.cameo.starts_with("19"),
    );
    assert_event(
        "Estonia struck Russian depots with the new rockets on Sunday.",
        |e| e.cameo.starts_with("19") && !e.hypothetical,
    );
}

#[test]
fn an_appeal_asking_voters_to_act_is_an_appeal() {
    let text = "The Moldovan president appealed to Moldovan voters to support the referendum.";
    assert_event(text, |e| e.cameo == "020");
    // What the voters are asked to do is not done by the one who asks.
    assert_no_event(text, |e| e.cameo == "051" && !e.hypothetical);
}

#[test]
fn a_wish_to_host_or_a_past_wish_is_not_done() {
    // "welcome" here is a visit to be hosted, next week.
    assert_event(
        "Oman would like to welcome the Yemeni delegation in Muscat next week.",
        |e| e.cameo.starts_with("04") && e.hypothetical,
    );
    // "would have liked to": the thanks were not given.
    assert_event(
        "The Chilean president would have liked to thank Peru for its help.",
        |e| e.cameo == "051" && e.hypothetical,
    );
    assert_event(
        "The Chilean president would like to thank Peru for its help.",
        |e| e.cameo == "051" && !e.hypothetical,
    );
}

#[test]
fn rallying_crowds_against_someone_is_a_protest() {
    assert_event(
        "Bolivian miners rallied thousands of people against the new fuel law in La Paz.",
        |e| e.cameo == "141",
    );
    assert_no_event(
        "The Bolivian president rallied South American leaders behind a regional fund.",
        |e| e.cameo == "141",
    );
}

#[test]
fn those_working_at_an_embassy_expelled_are_diplomats() {
    assert_event(
        "Latvia expelled three officials working at the Belarusian embassy on Thursday.",
        |e| e.cameo == "161",
    );
    assert_no_event(
        "Latvia expelled three students who had visited the Belarusian embassy.",
        |e| e.cameo == "161",
    );
}

#[test]
fn an_area_seized_is_an_occupation_not_an_encirclement() {
    let text = "Burmese rebels seized the area surrounding the border post of Myawaddy.";
    assert_event(text, |e| e.cameo == "192");
    assert_no_event(text, |e| e.cameo == "191");
    // A thing seized in an area occupies nothing.
    assert_no_event(
        "Burmese police seized rifles in an area near Myawaddy.",
        |e| e.cameo == "192",
    );
}
