//! Session 27, speakers of pronoun sources (issue 5): the "I" or "we" of the article's own
//! voice is the author (`speaker_status` "author"), the "I" of a transcript line is the
//! person its label names, and an "it" or "they" continues the quote before as a "he" or
//! "she" does. Invented sentences read by the full pipeline before speech.

use crate::common;

use common::{parsed_doc as doc, quote_from as quote, speaker_named as speaker};

#[test]
fn the_writers_own_i_is_the_author() {
    let d = doc("The senator spoke in Dayton on Monday.\n\nI think the senator is wrong about the tax plan.");
    let q = quote(&d, "I", 0);
    assert_eq!(speaker(&d, q), None);
    assert_eq!(d.speaker_status(q), "author");
}

#[test]
fn the_writers_own_we_is_the_author() {
    let d = doc("Each week, we ask twenty party officials who they think will win the primary.");
    let q = quote(&d, "we", 0);
    assert_eq!(d.speaker_status(q), "author");
}

#[test]
fn an_i_inside_quotation_marks_is_no_author() {
    let d =
        doc("\"I think the plan will fail, and I believe the council knows it,\" Ana Lund said.");
    for q in d
        .quotes
        .iter()
        .filter(|q| q.source.is_some_and(|s| d.slice(s) == "I"))
    {
        assert_ne!(d.speaker_status(q), "author", "{:?}", d.slice(q.span));
    }
}

#[test]
fn an_i_after_a_question_label_is_no_author() {
    let d = doc("Q: What do you tell the voters?\n\nA: I think the voters want lower taxes.");
    let q = quote(&d, "I", 0);
    assert_ne!(d.speaker_status(q), "author");
}

#[test]
fn a_transcript_label_names_its_i() {
    let d = doc(
        "Governor Mary Okafor spoke to Dan Reyes on Sunday.\n\nREYES: Do you support the plan?\n\n\
         OKAFOR: Well, I think the whole state needs to work together on it.",
    );
    let q = quote(&d, "I", 0);
    assert_eq!(speaker(&d, q).as_deref(), Some("Mary Okafor"));
    assert_eq!(d.speaker_status(q), "resolved");
}

#[test]
fn a_label_naming_no_actor_leaves_its_i_open() {
    let d = doc("MODERATOR: Well, I think the whole state needs to work together on it.");
    let q = quote(&d, "I", 0);
    assert_eq!(speaker(&d, q), None);
    assert_ne!(d.speaker_status(q), "author");
}

#[test]
fn it_continues_the_company_quoted_before() {
    let d = doc(
        "Microsoft said on Friday that it had closed two plants in Ohio. It added that \
         it would hire new workers in the spring.",
    );
    let q = quote(&d, "It", 0);
    assert_eq!(speaker(&d, q).as_deref(), Some("Microsoft"));
}

#[test]
fn it_with_a_phrase_cue_is_a_thing_not_the_company() {
    // "It sends a clear message": the decision, not the company
    let d = doc(
        "Microsoft said on Friday that it had closed two plants in Ohio. The decision \
         shocked the town. It sends a clear message that the region is in trouble.",
    );
    for q in d
        .quotes
        .iter()
        .filter(|q| q.source.is_some_and(|s| d.slice(s) == "It"))
    {
        assert_eq!(speaker(&d, q), None, "{:?}", d.slice(q.span));
    }
}

#[test]
fn it_does_not_continue_past_another_organisation_named_between() {
    let d = doc(
        "Microsoft said on Friday that it had closed two plants in Ohio. Mexico protested \
         the closures on Saturday. It said that the closures would hurt its workers.",
    );
    let q = quote(&d, "It", 0);
    assert_ne!(speaker(&d, q).as_deref(), Some("Microsoft"));
}

#[test]
fn they_continue_the_group_quoted_before() {
    let d = doc(
        "Rail workers said on Monday that the company had cut their pay. They also said that \
         the managers had ignored their letters.",
    );
    let q = quote(&d, "They", 0);
    assert!(
        speaker(&d, q).is_some_and(|s| s.contains("workers")),
        "{:?}",
        speaker(&d, q)
    );
}

#[test]
fn they_do_not_continue_a_single_person() {
    let d = doc(
        "Ana Lund said on Monday that the company had cut her pay. They also said that the \
         managers had ignored the letters.",
    );
    let q = quote(&d, "They", 0);
    assert_eq!(speaker(&d, q), None);
}

#[test]
fn she_continues_her_quote_past_a_man_named_inside_it() {
    // Ortiz, named inside Lund's own report, is a man by the actors stage's pronouns
    let d = doc(
        "Ana Lund told the crowd that she would run again. She said that Mr. Ortiz had broken \
         his promise and that he should resign. \"We will not wait,\" she added.",
    );
    let q = quote(&d, "she", 0);
    assert_eq!(speaker(&d, q).as_deref(), Some("Ana Lund"));
}
