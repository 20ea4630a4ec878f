//! Actor findings of session 14 (wrong readings seen on real news by the thirteenth
//! session's review), on sentences of our own: object pronouns and their clause's subject,
//! "it" after a reporting verb, outlets, legislatures' staff, bare surnames. Each with a
//! negative where one applies.

use attache_actors::resolve::render_mentions;
use attache_core::Document;

mod common;
use common::{actor_exact, resolve_parsed};

const DAY: (i32, u32, u32) = (2022, 3, 3);

/// The name of the actor of the first mention whose text is exactly `text`.
fn name_of<'d>(doc: &'d Document, text: &str) -> Option<&'d str> {
    actor_exact(doc, text).map(|a| a.name.as_str())
}

#[test]
fn the_accuser_is_never_the_accused_pronoun() {
    for text in [
        "Biden criticized Putin on Monday, accusing him of war crimes.",
        "Biden criticized Putin, calling him a killer.",
        "Biden called Putin and urged him to withdraw.",
    ] {
        let doc = resolve_parsed(text, DAY);
        assert_eq!(
            name_of(&doc, "him"),
            Some("Vladimir Putin"),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
}

#[test]
fn an_object_pronoun_is_never_its_own_verbs_subject() {
    let doc = resolve_parsed(
        "Putin met Biden in Geneva. Biden thanked him for the talks.",
        (2021, 6, 16),
    );
    assert_eq!(
        name_of(&doc, "him"),
        Some("Vladimir Putin"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn an_outcome_participle_does_not_skip_the_subject() {
    // the participle's subject is the event, not Merkel: "her" may be Merkel
    let doc = resolve_parsed(
        "Merkel won the vote on Sunday, earning her a fourth term.",
        (2017, 9, 25),
    );
    assert_eq!(
        name_of(&doc, "her"),
        Some("Angela Merkel"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn it_after_a_reporting_verb_is_the_verbs_subject_not_a_nearer_name() {
    // the subject of "hopes" names no actor: "it" is left alone, not given to Congress
    let doc = resolve_parsed(
        "Saudi Arabia is sending members of Congress a paper that the kingdom hopes will end perceptions that it has done little to fight extremists.",
        DAY,
    );
    let it = actor_exact(&doc, "it").and_then(|a| a.code.as_deref());
    assert_ne!(it, Some("USALEG"), "{}", render_mentions(&doc));
    // a noun governing the actor's name: "a spokeswoman for NATO said it"
    let doc = resolve_parsed(
        "A spokeswoman for NATO said on Monday that it would send more troops to Romania.",
        DAY,
    );
    assert_eq!(
        actor_exact(&doc, "it").and_then(|a| a.code.as_deref()),
        Some("IGOWSTNAT"),
        "{}",
        render_mentions(&doc)
    );
}
