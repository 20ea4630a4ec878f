//! Session 29 (lead), a topic noun whose object is a clause opened by a question word
//! ("voiced concerns about what it sees as a plan to ..."): the phrase stops at the clause's
//! verb, so what is left ("what it") is no content of its own. The voicing verb's quote
//! keeps the whole phrase. Invented sentences read by the full pipeline before speech.

use crate::common;

use common::{content_of, parsed_quotes};

#[test]
fn a_topic_noun_before_a_question_word_clause_gives_no_cut_content() {
    for (text, whole) in [
        (
            "The council has repeatedly voiced concerns about what it sees as the county's \
             efforts to sell the harbour.",
            "concerns about what it sees as the county's efforts to sell the harbour",
        ),
        (
            "Madrid voiced concerns about what it sees as Lisbon's plans to close the border.",
            "concerns about what it sees as Lisbon's plans to close the border",
        ),
        (
            "The union has long voiced concerns about what it views as the company's attempts \
             to cut pay and close plants.",
            "concerns about what it views as the company's attempts to cut pay and close plants",
        ),
    ] {
        let got = parsed_quotes(text, false);
        assert_eq!(content_of(&got, "concerns about"), "", "{text}: {got:?}");
        assert_eq!(content_of(&got, "voiced"), whole, "{text}: {got:?}");
    }
}

#[test]
fn a_voiced_concern_about_a_plain_object_keeps_its_content() {
    let text = "The mayor voiced concerns about the rushed vote on the harbour.";
    let got = parsed_quotes(text, false);
    assert_eq!(
        content_of(&got, "voiced"),
        "concerns about the rushed vote on the harbour",
        "{got:?}"
    );
}
