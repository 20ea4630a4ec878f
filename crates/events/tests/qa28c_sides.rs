//! Session 28, sides (second sample): sides left empty though the sentence names the party,
//! found judging 150 more events of PolNeAR dev (real political news). Sentences are invented.

use crate::common;

use common::{day, has, has_target, pipeline, rows};

/// Does `d` hold an event whose code starts with `root` aimed at an actor named `target`?
fn aimed_at(d: &attache_core::Document, root: &str, target: &str) -> bool {
    d.events.iter().any(|e| {
        e.cameo.starts_with(root)
            && e.target
                .and_then(|r| d.actors.get(r.actor as usize))
                .is_some_and(|a| a.name == target)
    })
}

#[test]
fn a_verb_joined_before_another_shares_its_object() {
    // "shot and killed Rui Costa": the shooting too is aimed at Costa.
    let d = pipeline(
        "The Chilean army shot and killed Rui Costa on Monday.",
        day(2016, 9, 21),
    );
    assert!(aimed_at(&d, "19", "Rui Costa"), "{:?}", rows(&d));
    assert!(aimed_at(&d, "18", "Rui Costa"), "{:?}", rows(&d));
}

#[test]
fn a_verb_with_an_object_of_its_own_shares_none() {
    // "criticized the officer and praised Rui Costa": the officer is the one criticized.
    let d = pipeline(
        "Senator Ana Vidal criticized police officer Tom Baker and praised Rui Costa on Monday.",
        day(2016, 9, 21),
    );
    assert!(!aimed_at(&d, "11", "Rui Costa"), "{:?}", rows(&d));
}

#[test]
fn a_gerund_joined_before_another_shares_its_object_past_an_apposition() {
    // The parse hangs the apposition after the name on the first gerund as its object.
    let d = pipeline(
        "Senator Ana Vidal criticized police officer Tom Baker for shooting and killing Rui Costa, a 30-year-old driver.",
        day(2016, 9, 21),
    );
    assert!(aimed_at(&d, "19", "Rui Costa"), "{:?}", rows(&d));
}

#[test]
fn a_passive_joined_to_another_is_aimed_at_their_shared_subject() {
    // "was shot and killed by": the killing, with no subject of its own, hit Costa too.
    let d = pipeline(
        "Rui Costa, who was unarmed, was shot and killed by a Chilean soldier after he ran.",
        day(2016, 9, 21),
    );
    assert!(aimed_at(&d, "1", "Rui Costa"), "{:?}", rows(&d));
}

#[test]
fn an_arrest_joined_to_a_beating_is_of_the_one_beaten() {
    let d = pipeline(
        "Rui Costa was beaten and arrested by Chilean police on Monday.",
        day(2016, 9, 21),
    );
    assert!(aimed_at(&d, "17", "Rui Costa"), "{:?}", rows(&d));
}

#[test]
fn a_second_act_joined_to_a_noun_in_the_object_keeps_the_subject() {
    // The parse joins "called" to "Agreement", a phrase of "criticized".
    let d = pipeline(
        "The Brazilian president has sharply criticized trade deals such as the Central American Free Trade Agreement and called for new sanctions on Venezuela.",
        day(2016, 9, 21),
    );
    assert!(has(&d, "BRAGOV", Some("VEN"), "02"), "{:?}", rows(&d));
}

#[test]
fn a_scene_set_before_the_subject_is_no_target_of_words() {
    // "In a Kremlin statement": how the condemnation was made, not whom it aims at.
    let d = pipeline(
        "In a Kremlin statement, President Putin condemned the test as provocative.",
        day(2016, 9, 21),
    );
    assert!(!has(&d, "RUS", Some("RUS"), "11"), "{:?}", rows(&d));
}

#[test]
fn a_place_after_the_verb_stays_the_target_of_a_condemnation() {
    // Only a phrase before the subject is a scene: "condemned the detentions in Egypt" keeps
    // its place-as-target reading.
    let d = pipeline(
        "Amnesty International condemned the detentions in Egypt on Monday.",
        day(2016, 9, 21),
    );
    assert!(has_target(&d, "EGY", "11"), "{:?}", rows(&d));
}

#[test]
fn a_plain_noun_asked_to_act_keeps_the_asking_off_the_clause_object() {
    // The audience is asked; the French president is whom it should welcome.
    let d = pipeline(
        "The German chancellor asked the audience to welcome the French president.",
        day(2016, 9, 21),
    );
    assert!(!has(&d, "DEU", Some("FRA"), "02"), "{:?}", rows(&d));
}

#[test]
fn an_actor_asked_to_act_stays_the_target() {
    let d = pipeline(
        "The German chancellor asked France to welcome the refugees.",
        day(2016, 9, 21),
    );
    assert!(has(&d, "DEU", Some("FRA"), "02"), "{:?}", rows(&d));
}
