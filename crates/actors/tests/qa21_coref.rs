//! Session 21: whom "he" and "she" stand for in real-news shapes, on sentences of our own.

use crate::common;

use common::resolve_parsed;

/// The name of the actor of the pronoun mention whose text is `word`, the `nth` such (from
/// 0).
fn pronoun_actor(doc: &attache_core::Document, word: &str, nth: usize) -> Option<String> {
    let m = doc
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span) == word)
        .nth(nth)?;
    Some(doc.actors[m.actor as usize].name.clone())
}

/// The `nth` pronoun mention `word` (from 0) stands for the actor named `want` (`None`: no
/// mention of that word resolved).
fn assert_pronoun(doc: &attache_core::Document, word: &str, nth: usize, want: Option<&str>) {
    assert_eq!(
        pronoun_actor(doc, word, nth).as_deref(),
        want,
        "{}",
        attache_actors::resolve::render_mentions(doc)
    );
}

#[test]
fn he_after_a_fronted_adjunct_is_the_main_clause_subject_not_the_person_in_the_adjunct() {
    // the man in the opening "during" phrase is named first; the one who outlined the plan is
    // the subject, and the next sentence's "he" is his
    let doc = resolve_parsed(
        "During a call with Omar Leeds that was broadcast on Monday, Victor Hale outlined \
         his plan for the port. Asked later about the cost, he said the city would pay.",
        (2021, 3, 9),
    );
    assert_pronoun(&doc, "his", 0, Some("Victor Hale"));
    assert_pronoun(&doc, "he", 0, Some("Victor Hale"));
}

#[test]
fn he_after_an_interview_with_a_leader_is_the_leader_who_spoke_not_the_host() {
    // known people: the host of the talk comes first in the sentence, the chancellor is its
    // subject
    let doc = resolve_parsed(
        "In a televised talk with Emmanuel Macron on Sunday evening, Olaf Scholz set out a \
         budget for the army. He said the money would come from new borrowing.",
        (2023, 2, 6),
    );
    let m = doc
        .mentions
        .iter()
        .find(|m| doc.slice(m.span) == "He")
        .expect("a mention for He");
    assert_eq!(
        doc.actors[m.actor as usize].code.as_deref(),
        Some("DEUGOV"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn she_after_a_sentence_whose_subject_is_no_person_is_still_the_first_person_named() {
    // the subject is a committee, so the first person named keeps the pronoun
    let doc = resolve_parsed(
        "After a hearing with Nadia Perrow on Tuesday, the budget committee delayed its vote \
         on the harbour. She said the delay was a mistake.",
        (2021, 3, 9),
    );
    assert_pronoun(&doc, "She", 0, Some("Nadia Perrow"));
}

#[test]
fn he_attributing_a_newspaper_double_apostrophe_quote_is_not_a_person_named_inside_it() {
    // ''...'' is a quotation: the man named inside it is not who "he" is
    let doc = resolve_parsed(
        "At a fundraiser in a hotel ballroom, Tobias Wren, who runs the campaign, promised a \
         calmer tone. ''Polls move slowly, and Garrick is a tired old hand,'' he added.",
        (2021, 3, 9),
    );
    assert_pronoun(&doc, "he", 0, Some("Tobias Wren"));
}

#[test]
fn a_pronoun_inside_a_wire_backtick_quote_is_left_unresolved() {
    // ``...'' is a quotation, and a "he" inside one is not guessed, as inside "..."
    let doc = resolve_parsed(
        "Marcus Obi met the envoy in the capital on Tuesday. ``He has always refused our \
         offer,'' the envoy said.",
        (2021, 3, 9),
    );
    assert_pronoun(&doc, "He", 0, None);
}

#[test]
fn he_after_an_adjunct_whose_relative_clause_the_parse_made_the_root_is_the_real_subject() {
    // the parse may make "lasted" the root with "that" as its subject and the sentence's own
    // verb its complement: the subject of that complement is still the one "he" means
    let doc = resolve_parsed(
        "After a meeting with Omar Leeds that lasted until Friday night, Victor Hale sketched \
         one of his favourite schemes for the docks. He told the council it would be cheap.",
        (2021, 3, 9),
    );
    assert_pronoun(&doc, "his", 0, Some("Victor Hale"));
    assert_pronoun(&doc, "He", 0, Some("Victor Hale"));
}

#[test]
fn he_after_a_bare_surname_of_an_earlier_full_name_stays_with_it_when_a_namesake_comes_later() {
    // "Ortega" is also a KB surname; the article's own Ramon Vidal Ortega is named first, so
    // the bare "Ortega" is his where it stands (not put off until the later Lazaro Ortega),
    // and the "he" after it is his
    let doc = resolve_parsed(
        "Ramon Vidal Ortega attacked his cousins in a radio interview on Sunday and said they \
         had taken his boat. ''They took it from my family,'' Ortega said on the programme. \
         ''They lie to him and to his father.''\nOrtega said he had never signed the papers. \
         He plans to sue them in May.\nOrtega's uncle, Lazaro Ortega, did not comment on \
         Sunday.",
        (2021, 3, 9),
    );
    assert_pronoun(&doc, "he", 0, Some("Ramon Vidal Ortega"));
}
