//! Session 25: flags that misstate an act and the doers of event nouns, from a blind judge's
//! classes on real news. Sentences are invented.

use crate::common::doc;

use crate::common::all_hypothetical as flagged;

#[test]
fn a_present_tense_meeting_next_month_is_still_to_come() {
    flagged(
        "The foreign ministers of Israel and Jordan meet in Oslo next month to finish the text.",
        "040",
        true,
    );
    flagged(
        "Prime Minister Benjamin Netanyahu and King Abdullah are meeting next week in Amman.",
        "040",
        true,
    );
}

#[test]
fn a_past_meeting_with_a_time_of_its_own_stays_done() {
    flagged(
        "The foreign ministers of Israel and Jordan met in Oslo last month.",
        "040",
        false,
    );
}

#[test]
fn a_present_tense_act_on_a_bare_weekday_is_not_read_as_ahead() {
    // The time stage resolves a bare weekday by the tense: "are praising ... on Monday" may
    // report a past day.
    flagged(
        "Jordanian officials are praising Egypt's statement on Monday.",
        "051",
        false,
    );
}

#[test]
fn a_slated_or_scheduled_event_noun_is_still_to_come() {
    flagged(
        "The slated visit of Benjamin Netanyahu to Cairo angered protesters.",
        "042",
        true,
    );
    flagged(
        "The scheduled talks between Israel and Syria were welcomed by Egypt.",
        "040",
        true,
    );
}

#[test]
fn a_summit_described_as_scheduled_is_still_to_come() {
    flagged(
        "The summit between Israel and Egypt, scheduled for June, angered protesters.",
        "040",
        true,
    );
}

#[test]
fn an_event_noun_with_a_time_ahead_is_still_to_come() {
    flagged(
        "The talks between Israel and Syria next month worry Egypt.",
        "040",
        true,
    );
}

use crate::qa22_sides::{has_side, sides};

#[test]
fn a_journey_on_which_the_subject_acts_is_the_subjects() {
    has_side(
        "Ariel Sharon, on an official visit to Jordan, praised the king.",
        "Ariel Sharon[ISRELI] -> Jordan[JOR] 042",
    );
    has_side(
        "During a visit to Jordan, Ariel Sharon praised the king.",
        "Ariel Sharon[ISRELI] -> Jordan[JOR] 042",
    );
}

#[test]
fn talks_a_traveller_leaves_for_or_returns_from_are_the_travellers() {
    has_side(
        "Ariel Sharon left on Tuesday for consultations with Egypt.",
        "Ariel Sharon[ISRELI] -> Egypt[EGY] 040",
    );
    has_side(
        "Ariel Sharon returned from a visit to Jordan on Tuesday.",
        "Ariel Sharon[ISRELI] -> Jordan[JOR] 042",
    );
}

#[test]
fn a_meeting_the_subject_wraps_up_is_the_subjects() {
    has_side(
        "UN Secretary-General Kofi Annan wrapped up a long meeting with Saddam Hussein today.",
        "United Nations[IGOUNO] -> Saddam Hussein[IRQELI] 040",
    );
}

#[test]
fn police_acting_during_a_visit_are_not_the_visitors() {
    let got = sides("Israeli police arrested protesters during a visit to Jordan.");
    assert!(
        !got.iter()
            .any(|g| g.ends_with("042") && g.contains("police")),
        "the police made no visit: {got:?}"
    );
}

#[test]
fn talks_held_in_the_passive_keep_both_parties_of_their_between_phrase() {
    let text = "The talks between Israel and Syria were held in Washington.";
    has_side(text, "Israel[ISR] -> Syria[SYR] 040");
    has_side(text, "Syria[SYR] -> Israel[ISR] 040");
    // Negation and modality of the verb are the noun's.
    let d = doc("The talks between Israel and Syria were not held in Washington.");
    assert!(
        d.events.iter().all(|e| e.negated),
        "not held: {:?}",
        sides("The talks between Israel and Syria were not held in Washington.")
    );
    // A `by` agent keeps the verb's reading.
    has_side(
        "The talks were held in Washington by Israel and Syria.",
        "Israel[ISR] -> Syria[SYR] 046",
    );
}

#[test]
fn aid_a_relative_clause_says_is_yet_to_be_approved_is_pending() {
    flagged(
        "American aid to the Nicaraguan rebels, which Congress has yet to approve, angered Daniel Ortega.",
        "070",
        true,
    );
    flagged(
        "American aid to the Nicaraguan rebels, which Congress has not approved, angered Daniel Ortega.",
        "070",
        true,
    );
}

#[test]
fn aid_a_relative_clause_says_was_approved_stays_given() {
    flagged(
        "American aid to Nicaragua, which Congress approved last year, angered Daniel Ortega.",
        "070",
        false,
    );
}

#[test]
fn a_promise_on_a_condition_of_its_content_stays_conditional() {
    // A promise or offer whose content holds the condition is a conditional commitment, as a
    // threat is (the labelled set's conditional offer; the contract's "conditional"): the
    // lead's correction of this session's first reading, which called it made.
    flagged(
        "At a rally in Ohio, Bernie Sanders promised to lift the tariffs on steel if the Senate blocked the treaty.",
        "030",
        true,
    );
}

#[test]
fn a_refusal_to_speculate_about_a_condition_is_made() {
    flagged(
        "Senator Bob Corker declined to guess at a fallback for the treaty if the vote failed in March.",
        "120",
        false,
    );
}

#[test]
fn a_threat_on_a_condition_stays_conditional() {
    // Threats (13x) keep their condition, as the contract says.
    let d = doc("Iran threatened to close the strait if the United States attacked its ships.");
    assert!(
        d.events
            .iter()
            .filter(|e| e.cameo.starts_with("13"))
            .all(|e| e.hypothetical),
        "{:?}",
        crate::common::codes(&d)
    );
}

#[test]
fn a_perfect_gerund_is_done_whatever_is_planned_after_it() {
    flagged(
        "Bernie Sanders plans to introduce his own bill after having slammed an effort supported by Barack Obama.",
        "111",
        false,
    );
}

#[test]
fn an_open_possessive_pronoun_on_an_event_noun_is_the_clause_subjects() {
    has_side(
        "The campaign of Bernie Sanders kept up its attacks on Hillary Clinton.",
        "Bernie Sanders[USALEG] -> Hillary Clinton[USAELI] 111",
    );
    has_side(
        "The FBI is expanding the scope of its probe into Hillary Clinton.",
        "United States (government)[USAGOV] -> Hillary Clinton[USAELI] 090",
    );
}

#[test]
fn a_possessive_pronoun_under_a_participle_is_not_the_main_subjects() {
    // "its" is Iraq's: the Security Council invaded no one.
    lacks_pair(
        "The Security Council will not lift the sanctions imposed on Iraq after its invasion of Kuwait.",
        "United Nations Security Council",
        "192",
    );
}

#[test]
fn an_institutions_meetings_named_by_its_pronoun_are_no_act() {
    let d = doc("ASEAN would readmit the leaders of Myanmar to its summits if the junta freed Aung San Suu Kyi.");
    assert!(
        !d.events.iter().any(|e| e.cameo == "040"),
        "{:?}",
        crate::common::codes(&d)
    );
}

/// No event of `text` with CAMEO `code` has `name` for its source.
fn lacks_pair(text: &str, name: &str, code: &str) {
    let got = sides(text);
    assert!(
        !got.iter()
            .any(|g| g.starts_with(&format!("{name}[")) && g.ends_with(code)),
        "{text}: {name} should not do {code}: {got:?}"
    );
}

#[test]
fn an_act_a_thing_requires_is_not_done() {
    flagged(
        "The amounts involved require an expedited investigation by the United Nations.",
        "090",
        true,
    );
    flagged(
        "Peace requires talks between Israel and Syria.",
        "040",
        true,
    );
}

#[test]
fn attacks_aimed_at_a_target_are_no_aim() {
    flagged(
        "Democrats say that in recent weeks the attacks by Bernie Sanders on Hillary Clinton have been aimed at her character.",
        "111",
        false,
    );
}

#[test]
fn an_event_noun_in_the_of_phrase_of_a_time_phrase_is_done() {
    flagged(
        "After the closeout of the FBI probe into Hillary Clinton on July 6, Judicial Watch asked to depose her.",
        "090",
        false,
    );
}

#[test]
fn a_journey_set_off_by_commas_after_a_name_is_that_ones() {
    // The parse may hang the aside on the name, and the name on a time phrase: no subject.
    has_side(
        "Last month, CIA Director Ana Vidal, on a short official visit to Mexico, urged Mexican police to help in the search, aides have said.",
        // (since session 26 the director is a person of her agency, coded as it)
        "Ana Vidal[USASPY] -> Mexico[MEX] 042",
    );
}
