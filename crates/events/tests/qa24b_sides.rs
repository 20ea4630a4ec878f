//! Session 24, more sides: the doer of an infinitive a noun of appeal hangs on, which a blind
//! judge found printed empty. Sentences are invented.

use crate::qa22_sides::has_side;

#[test]
fn the_one_called_on_does_what_the_noun_of_appeal_asks() {
    // The parse makes "calls" a noun with the infinitive on it: Israel is asked to withdraw,
    // and the withdrawal is not stated as done.
    let text = "The resolution calls on Israel to withdraw its forces from Lebanon.";
    has_side(text, "Israel[ISR] -> Lebanon[LBN] 0874");
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
