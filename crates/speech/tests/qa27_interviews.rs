//! Session 27, printed interviews (issue 5): the "I" or "we" of an answer is the one
//! person the intro names as interviewed, the "I" of a question stays the author, and no
//! speaker is guessed when the intro names several people. Invented passages read by
//! the full pipeline before speech.

use crate::common;

use common::{parsed_doc as doc, quote_from as quote, speaker_named as speaker};

#[test]
fn an_answer_after_a_colon_label_is_the_interviewee() {
    let d = doc("Ana Lund, the mayor of Dayton, spoke to The Times about the border.\n\nQ: What will you do about the border?\n\nA: I think we will reopen it next week.");
    let q = quote(&d, "I", 0);
    assert_eq!(speaker(&d, q).as_deref(), Some("Ana Lund"));
}

#[test]
fn an_answer_after_a_full_stop_label_is_the_interviewee() {
    let d = doc("Ana Lund, the mayor of Dayton, spoke to The Times about the border.\n\nQ. What will you do about the border?\n\nA. I believe the council will reopen it next week.");
    let q = quote(&d, "I", 0);
    assert_eq!(speaker(&d, q).as_deref(), Some("Ana Lund"));
}

#[test]
fn an_unlabelled_answer_after_questions_is_the_interviewee() {
    let d = doc("Ana Lund, the mayor of Dayton, spoke to The Times about the border.\n\nWhat will you do about the border?\n\nI think the council will reopen it next week.\n\nAnd what do you say to the farmers?\n\nI believe they will be glad.");
    let q = quote(&d, "I", 0);
    assert_eq!(speaker(&d, q).as_deref(), Some("Ana Lund"));
}

#[test]
fn the_question_askers_i_stays_the_author() {
    let d = doc("Ana Lund, the mayor of Dayton, spoke to The Times about the border.\n\nQ: I think many farmers fear the change. What will you do?\n\nA: I think we will reopen it next week.");
    let q = quote(&d, "I", 0);
    assert_eq!(speaker(&d, q), None);
    assert_eq!(d.speaker_status(q), "author");
}

#[test]
fn no_interviewee_is_guessed_among_several_people() {
    let d = doc("Ana Lund met Peter Berg in Dayton on Monday.\n\nQ: What will you do about the border?\n\nA: I think we will reopen it next week.");
    let q = quote(&d, "I", 0);
    assert_eq!(speaker(&d, q), None);
}
