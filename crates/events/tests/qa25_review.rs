//! Session 25 review: over-firing shapes of the session's flag and event-noun rules, found by
//! invented probes. Sentences are invented.

use crate::common::{self, doc};
use crate::qa22_sides::{has_side, sides};

#[test]
fn a_ceasefire_that_did_not_last_took_place() {
    // A negated "last" ends the act; it does not deny it.
    for text in [
        "The ceasefire between Israel and Hamas did not last.",
        "The ceasefire between Israel and Hamas did not last a week.",
    ] {
        let d = doc(text);
        let hits: Vec<_> = d.events.iter().filter(|e| e.cameo == "0871").collect();
        assert!(!hits.is_empty(), "{text}: no ceasefire");
        assert!(
            hits.iter().all(|e| !e.negated),
            "{text}: the ceasefire is not negated"
        );
    }
    // Other light verbs keep passing their negation.
    let d = doc("The talks between Israel and Hamas did not take place.");
    assert!(
        d.events.iter().any(|e| e.cameo == "040" && e.negated),
        "talks that did not take place are negated"
    );
}

/// Asserts that no meeting (040) of `text` has `name` for a side.
fn no_meeting_of(text: &str, name: &str) {
    let got = sides(text);
    assert!(
        !got.iter()
            .any(|g| g.ends_with(" 040") && g.contains(&format!("{name}["))),
        "{text}\n{name} met no one\ngot {got:?}"
    );
}

#[test]
fn police_acting_during_or_after_talks_are_no_party_to_them() {
    no_meeting_of(
        "During a meeting with Joe Biden in Washington, police arrested protesters outside the White House.",
        "police",
    );
    no_meeting_of(
        "After a meeting with Egypt, Israeli police arrested protesters.",
        "Israeli police",
    );
    no_meeting_of(
        "During talks with Hamas, Israeli troops struck Gaza.",
        "Israeli troops",
    );
    // A leader or a state acting at the time of talks still holds them.
    has_side(
        "During a meeting with Joe Biden, Benjamin Netanyahu praised Washington.",
        "Benjamin Netanyahu[ISRGOV] -> Joe Biden[USAELI] 040",
    );
    has_side(
        "In a meeting with Egypt, Israel praised the truce.",
        "Israel[ISR] -> Egypt[EGY] 040",
    );
}

#[test]
fn a_time_that_ends_an_act_does_not_put_it_ahead() {
    // "through 2026" says when the sanctions stop, not that they are still to come.
    let d = common::pipeline(
        "The sanctions on Iran through 2026 angered Tehran.",
        common::day(2024, 3, 15),
    );
    let hits: Vec<_> = d.events.iter().filter(|e| e.cameo == "163").collect();
    assert!(
        !hits.is_empty(),
        "no sanctions: {:?}",
        crate::common::codes(&d)
    );
    assert!(
        hits.iter().all(|e| !e.hypothetical),
        "the sanctions are in force"
    );
}

#[test]
fn a_possessive_pronoun_after_an_object_is_no_act_of_the_subject() {
    // "its" may be Germany's: Ukraine gave itself no aid.
    let got = sides("Ukraine welcomed Germany and its aid to Kyiv.");
    assert!(
        !got.iter()
            .any(|g| g.starts_with("Ukraine[") && g.ends_with(" 070")),
        "{got:?}"
    );
    // The subject's own act still is: nothing stands between the verb and the pronoun.
    has_side(
        "Hamas defended its attack on Israel.",
        "Hamas[PSEREBHMS] -> Israel[ISR] 190",
    );
}
