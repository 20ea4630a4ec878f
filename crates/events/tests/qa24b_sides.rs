//! Session 24, more sides: the doer of an infinitive a noun of appeal hangs on, which a blind
//! judge found printed empty. Sentences are invented.

use crate::qa22_sides::has_side;

#[test]
fn the_one_called_on_does_what_the_noun_of_appeal_asks() {
    // The parse makes "calls" a noun with the infinitive on it: Syria is asked to withdraw,
    // and the withdrawal is not stated as done.
    let text = "The resolution calls on Syria to withdraw its armored units from Jordan.";
    has_side(text, "Syria[SYR] -> Jordan[JOR] 0874");
    let d = crate::common::doc(text);
    assert!(
        d.events
            .iter()
            .filter(|e| e.cameo == "0874")
            .all(|e| e.hypothetical),
        "{text}: the withdrawal asked for is no fact"
    );
}

#[test]
fn the_one_called_upon_in_a_plural_call_does_what_it_asks() {
    has_side(
        "The senator said that the calls upon Iraq to release the hostages were ignored.",
        "Iraq[IRQ] -> the hostages[-] 0841",
    );
}

#[test]
fn a_call_the_parse_reads_as_a_verb_keeps_its_demand() {
    // The well-parsed call is one demand of Israel by its caller, as before.
    has_side(
        "The United States called on Israel to withdraw its troops from Lebanon.",
        "United States[USA] -> Israel[ISR] 1056",
    );
}

/// No event of `text` has a side printed as `name`.
fn lacks_side(text: &str, name: &str) {
    let got = crate::qa22_sides::sides(text);
    assert!(
        !got.iter().any(|g| g.contains(&format!("{name}["))),
        "{text}\n{name} should be no side\ngot {got:?}"
    );
}

#[test]
fn whom_an_opposed_thing_is_done_to_is_not_opposed() {
    // The Muslims and the journalists suffer what is opposed; they are not opposed.
    lacks_side(
        "The Kenyan government strongly opposed any discrimination against Muslims.",
        "Muslims",
    );
    lacks_side(
        "The Kenyan government denounced the violence against Ugandan journalists.",
        "Ugandan journalists",
    );
    lacks_side(
        "The Kenyan government deplored these cowardly acts against the Ugandan embassy.",
        "the Ugandan embassy",
    );
}

#[test]
fn the_triggers_own_act_keeps_its_on_phrase() {
    // Imposing sanctions on China is an act on China; a condemned actor stays the target.
    has_side(
        "The Kenyan government imposed sanctions on China on Friday.",
        "The Kenyan government[KENGOV] -> China[CHN] 163",
    );
    has_side(
        "The Kenyan government condemned Uganda on Friday for the raid.",
        "The Kenyan government[KENGOV] -> Uganda[UGA] 111",
    );
}

#[test]
fn the_one_called_upon_does_the_act_a_purpose_parse_hangs_on_the_call() {
    // The parse makes "to condemn" a purpose clause of "called": Britain, called upon, is
    // asked to condemn; the representative does not condemn, and nothing is condemned yet.
    let text = "Rep. Hana Okafor last week also called upon the U.S. to press Iran over the \
                sailors.\n\nRep. Hana Okafor once again called upon Britain to condemn Iran.";
    has_side(text, "United Kingdom[GBR] -> Iran[IRN] 111");
    lacks_side(text, "Hana Okafor");
    let d = crate::common::doc(text);
    assert!(
        d.events
            .iter()
            .filter(|e| e.cameo == "111")
            .all(|e| e.hypothetical),
        "{text}: the condemnation asked for is no fact"
    );
}

#[test]
fn those_persuaded_back_her_though_no_actor_stands_for_them() {
    // The union members, whom no actor code stands for, are to back her: she is the one
    // backed, not the one backing.
    let text = "Senator Hana Okafor spoke in Ohio. She needs to persuade a large number of \
                union members to back her.";
    has_side(text, "? -> Hana Okafor[USALEG] 051");
    let got = crate::qa22_sides::sides(text);
    assert!(
        !got.iter().any(|g| g.starts_with("Hana Okafor[")),
        "{text}\nshe backs no one\ngot {got:?}"
    );
}
