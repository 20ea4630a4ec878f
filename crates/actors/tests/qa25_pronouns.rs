//! Session 25: sides that come from pronouns, on sentences of our own (the error classes a
//! sample of pronoun sides of PolNeAR train and tbaq19 showed).

use crate::common;

use common::{found, resolve_parsed};

#[test]
fn his_in_an_opening_phrase_is_the_main_clause_subject_named_after_it() {
    // the last person named before is Okafor; the phrase opening the sentence looks
    // ahead to its subject
    let doc = resolve_parsed(
        "Aides said the idea of the deadline was Daniel Okafor's. In setting out his final \
         challenge to Iraq, Peter Lind continued the diplomacy he began in August.",
        (1991, 2, 25),
    );
    assert_eq!(found(&doc, "his").name, "Peter Lind");
    assert_eq!(found(&doc, "he").name, "Peter Lind");
}

#[test]
fn his_in_a_phrase_after_the_subject_keeps_the_last_person_named() {
    let doc = resolve_parsed(
        "Daniel Okafor proposed the deadline. Peter Lind, in setting out his challenge, \
         praised the allies.",
        (1991, 2, 25),
    );
    assert_eq!(found(&doc, "his").name, "Peter Lind");
    let doc = resolve_parsed(
        "Daniel Okafor met the allies on Monday. After the meeting with his staff, the \
         ministers left.",
        (1991, 2, 25),
    );
    assert_eq!(found(&doc, "his").name, "Daniel Okafor");
}

#[test]
fn his_in_an_opening_clause_with_its_own_subject_is_not_the_main_subject() {
    let doc = resolve_parsed(
        "As Peter Lind addressed the nation and defended his record, Daniel Okafor \
         responded from the Pentagon.",
        (1991, 2, 25),
    );
    assert_ne!(found(&doc, "his").name, "Daniel Okafor");
}

#[test]
fn they_outside_an_aside_of_saying_is_not_the_sayers() {
    // the diplomats only interrupt the sentence; "they" are the offers
    common::assert_no_mention_with_at(
        (1991, 2, 25),
        "The main flaws in the Chinese offers, Japanese diplomats now say, were that they \
         all would have required lifting the tariffs on Korea.",
        "they",
    );
    // what the diplomats say keeps them
    let doc = resolve_parsed(
        "Japanese diplomats now say that they would lift the tariffs on Korea.",
        (1991, 2, 25),
    );
    assert_eq!(found(&doc, "they").code.as_deref(), Some("JPNGOV"));
}

#[test]
fn they_after_unnamed_sayers_is_not_a_group_named_before_them() {
    // the candidates name no actor, so "they" is no one rather than the troops named
    // earlier in the sentence
    common::assert_no_mention_with_at(
        (2016, 1, 12),
        "Those appeals for more French troops came even as several of the same candidates \
         had said they oppose any deployment in Mali.",
        "they",
    );
}
