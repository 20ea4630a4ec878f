//! Session 20: who did it to whom. Shapes of real news (PolNeAR train, TimeBank+AQUAINT) in
//! which the session-start build coded the right act but left a side empty although the
//! actors stage had coded the actor that fills it. Each test holds invented sentences of
//! the shape.

use crate::common;

use common::{doc, rows};

/// `text` holds an event `src` -> `tgt` (`None`: no target) whose code starts with `root`.
fn coded(text: &str, src: &str, tgt: Option<&str>, root: &str) {
    let d = doc(text);
    assert!(common::has(&d, src, tgt, root), "{text}: {:?}", rows(&d));
}

#[test]
fn a_possessor_before_a_run_of_adjectives_is_the_event_nouns_source() {
    // The parse hangs the possessor on one of the adjectives; the noun's act is still its.
    coded(
        "Viktor Orban's long, openly hostile criticism of the Belgian judge worried lawyers \
         in Brussels.",
        "HUN",
        Some("BEL"),
        "11",
    );
    coded(
        "Rodrigo Duterte's harsh, deeply personal attacks on Australia drew a protest from \
         Canberra.",
        "PHL",
        Some("AUS"),
        "11",
    );
}

#[test]
fn a_light_verb_lends_its_subject_to_the_act_it_starts_or_steps_up() {
    coded(
        "Japan increased aid to Kenya after the floods.",
        "JPN",
        Some("KEN"),
        "07",
    );
    coded(
        "Iraq stepped up its attacks on Kuwait in the spring.",
        "IRQ",
        Some("KWT"),
        "19",
    );
}

#[test]
fn a_light_verb_with_no_subject_takes_its_controllers() {
    coded(
        "Chile began conducting airstrikes on rebel camps in Bolivia last week.",
        "CHL",
        Some("BOL"),
        "19",
    );
}

#[test]
fn a_bare_gerund_after_a_light_verb_is_no_event_noun_of_its_subject() {
    // "began meeting": the gerund is the verb itself, no meeting noun with a doer.
    let d = doc("In Lima, Peruvian lawmakers began meeting at nine in the morning.");
    assert!(
        !d.events.iter().any(|e| e.evidence.rule == "noun.meeting"),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_hyphenated_pair_before_a_symmetric_event_noun_is_both_sides() {
    for (text, a, b) in [
        (
            "The Indian-Pakistani talks resumed in Geneva on Tuesday.",
            "IND",
            "PAK",
        ),
        (
            "The Kenya-Uganda accord on grazing rights collapsed within a month.",
            "KEN",
            "UGA",
        ),
    ] {
        coded(text, a, Some(b), "0");
        coded(text, b, Some(a), "0");
    }
}

#[test]
fn the_actor_of_for_before_an_infinitive_is_its_subject() {
    coded(
        "It would be a mistake for Germany to criticize Poland over the vote.",
        "DEU",
        Some("POL"),
        "11",
    );
    coded(
        "The best outcome would be for Brazil to sanction Paraguay at once.",
        "BRA",
        Some("PRY"),
        "16",
    );
}

#[test]
fn the_subject_of_a_verb_is_the_doer_of_its_talks_with_a_partner() {
    // "in consultation with", "during talks with": the noun names its partner, not its doer.
    for (text, a, b) in [
        (
            "Ghanaian negotiators completed the border map last week, in consultation with \
             Togolese envoys.",
            "GHA",
            "TGO",
        ),
        (
            "Recep Tayyip Erdogan raised the refugee question during talks with Vladimir Putin \
             in Sochi.",
            "TUR",
            "RUS",
        ),
    ] {
        coded(text, a, Some(b), "04");
        coded(text, b, Some(a), "04");
    }
}

#[test]
fn what_a_condemned_act_was_done_to_is_no_target_of_the_condemnation() {
    // The disapproval aims at the doer of the harm, never at what it was done to, also for
    // words of harm that are no event nouns ("acts against", "explosions near").
    let text = "Peru denounced the violent acts against the Chilean consulate in Tacna.";
    let d = doc(text);
    let r = rows(&d);
    assert!(
        r.iter().any(|(_, _, c)| c.starts_with("11")),
        "{text}: {r:?}"
    );
    assert!(
        !r.iter()
            .any(|(_, t, _)| t.as_deref().is_some_and(|t| t.starts_with("CHL"))),
        "{text}: {r:?}"
    );
}

#[test]
fn a_speaker_after_an_inverted_warning_is_its_source_not_its_target() {
    // (A warning with no one warned is no event since session 22: the inverted speaker of a
    // complaint shows the same reading.)
    for text in [
        "\"Kenya was ignored,\" complained President Uhuru Kenyatta on Monday.",
        "The army, complained Angela Merkel, is not ready for such a task.",
    ] {
        let d = doc(text);
        let r = rows(&d);
        assert!(
            r.iter()
                .any(|(s, t, c)| c.starts_with("11") && s.is_some() && t.is_none()),
            "{text}: {r:?}"
        );
        assert!(!r.iter().any(|(_, t, _)| t.is_some()), "{text}: {r:?}");
    }
    // A warning with a subject of its own keeps its object.
    coded(
        "Chile, worried about the border, warned Bolivia.",
        "CHL",
        Some("BOL"),
        "11",
    );
}

#[test]
fn the_main_verb_after_a_relative_clause_on_an_actor_is_that_actors_act() {
    // The parse joins "did not attack" to the relative clause's verb as a conjunct.
    for text in [
        "Viktor Orban, whose party won only in Budapest, did not attack Angela Merkel in his \
         speech on Tuesday.",
        "Viktor Orban, whose coalition collapsed in Szeged, did not criticize Angela Merkel in \
         public.",
    ] {
        coded(text, "HUN", Some("DEU"), "11");
    }
}
