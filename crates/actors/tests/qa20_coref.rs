//! Session 20: who "he", "she" and the refer-backs of real news are, on sentences of our
//! own.

use crate::common;

use common::resolve_parsed;

/// The actor code of the pronoun mention whose text is `word`, the `nth` such (from 0).
fn pronoun_code(doc: &attache_core::Document, word: &str, nth: usize) -> Option<String> {
    let m = doc
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span) == word)
        .nth(nth)?;
    doc.actors[m.actor as usize].code.clone()
}

#[test]
fn he_after_a_later_speaker_said_is_that_speaker_not_the_first_person_named() {
    // the leader who met the visitor is the one who said "he" would go: the first person of
    // the sentence is the visitor
    let doc = resolve_parsed(
        "After a long lunch with Boris Yeltsin in the Kremlin on Friday, Helmut Kohl said he \
         would fly to Kiev next month.",
        (1997, 6, 6),
    );
    assert_eq!(
        pronoun_code(&doc, "he", 0).as_deref(),
        Some("DEUGOV"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn his_in_the_object_of_a_later_subject_is_that_subject_not_the_first_person_named() {
    // the chancellor sends his own minister; the president he phoned is named first
    let doc = resolve_parsed(
        "Following a telephone call with Boris Yeltsin, the German leader Helmut Kohl \
         dispatched his finance minister to Moscow on Monday.",
        (1997, 6, 6),
    );
    assert_eq!(
        pronoun_code(&doc, "his", 0).as_deref(),
        Some("DEUGOV"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}
