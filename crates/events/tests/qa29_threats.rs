//! Session 29, threats: an act of force that its own side states it will do, on a condition
//! or not, is a threat of force (13x) from that side to the one it would hit, one record with
//! the condition kept; a prediction by a third party, a plan, a denial, a question or a
//! counterfactual is not. Sentences are invented.

use crate::common;

use common::{assert_event, coded, codes, doc, has_root, none_of};

#[test]
fn an_own_side_strike_on_a_condition_is_a_threat_of_attack() {
    let text = "Iran said it would strike Israel if the sanctions continued.";
    coded(text, "IRN", Some("ISR"), "13");
    assert_event(text, |e| e.cameo == "1384" && e.condition.is_some());
}

#[test]
fn a_threat_of_force_is_one_record_not_also_the_force_act() {
    let d = doc("Iran said it would strike Israel if the sanctions continued.");
    assert!(!has_root(&d, "19"), "{:?}", codes(&d));
    assert_eq!(d.events.len(), 1, "{:?}", codes(&d));
}

#[test]
fn an_attack_threatened_unless_a_deadline_is_met_keeps_its_condition() {
    let text = "Ankara said its troops would attack the Kurdish militias in Syria unless they \
                withdrew by Friday.";
    assert_event(text, |e| {
        e.cameo.starts_with("138") && e.condition.is_some()
    });
    none_of(text, "19");
}

#[test]
fn a_bombing_its_own_side_says_it_will_carry_out_is_a_threat() {
    coded(
        "The Russian president said he would bomb the Ukrainian bases.",
        "RUS",
        Some("UKR"),
        "13",
    );
}

#[test]
fn a_retaliation_vowed_with_missiles_is_a_threat_of_force() {
    assert_event(
        "Pyongyang vowed to retaliate against Seoul with missiles.",
        |e| e.cameo == "138",
    );
}

#[test]
fn a_vow_to_respond_to_an_attack_stays_the_bare_threat() {
    assert_event("Egypt vowed to respond to the bombing.", |e| {
        e.cameo == "130"
    });
}

#[test]
fn a_warned_invasion_is_aimed_at_the_side_it_would_invade() {
    coded(
        "China warned it would invade Taiwan if the island declared independence.",
        "CHN",
        Some("TWN"),
        "13",
    );
}

#[test]
fn a_third_party_prediction_of_force_is_no_threat() {
    let text = "Analysts say Iran would strike Israel if the talks fail.";
    none_of(text, "13");
    assert_event(text, |e| e.cameo.starts_with("19") && e.hypothetical);
}

#[test]
fn a_reported_plan_to_attack_is_no_threat() {
    none_of(
        "The Egyptian army plans to attack the rebels in Sinai.",
        "13",
    );
}

#[test]
fn a_denial_of_an_attack_to_come_is_no_threat() {
    none_of("Iran said it would not attack Israel.", "13");
}

#[test]
fn a_question_about_force_is_no_threat() {
    none_of("Would Iran strike Israel?", "13");
}

#[test]
fn a_counterfactual_attack_is_no_threat() {
    none_of(
        "Iran said it would have attacked Israel if the talks had failed.",
        "13",
    );
}

#[test]
fn a_hypothetical_with_no_speaker_is_no_threat() {
    none_of("If the talks fail, Iran would strike Israel.", "13");
}

#[test]
fn a_force_act_told_before_its_attribution_stays_the_act_as_labelled() {
    // The labelled sets code "If ..., Israel will strike ..., officials said" as the force
    // act, hypothetical; the speaker's verb must come first for a threat.
    assert_event(
        "If Iran fires missiles, Israel will strike Iranian bases, Israeli officials said.",
        |e| e.cameo.starts_with("19") && e.hypothetical,
    );
}

#[test]
fn troops_announced_for_an_ally_are_no_threat() {
    none_of(
        "The United States said it would send 3,000 troops to Poland.",
        "13",
    );
}

#[test]
fn a_show_of_force_on_a_condition_is_a_threat() {
    assert_event(
        "Russia said it would send troops to the border if the unrest in Belarus spread.",
        |e| e.cameo == "138",
    );
}
