//! Session 27, recall: gold PolNeAR attributions no predicted quote touched (the attache
//! crate's `quote_classes` example counts them as `gold.none`). A clause reported without
//! "that" after an adjunct of the cue ("said on Friday he met") is the cue's content.
//! Invented sentences read by the full pipeline before speech.

use crate::common;

use common::{assert_content, parsed_quotes};

#[test]
fn a_clause_without_that_after_an_adjunct_of_the_cue_is_its_content() {
    for (text, content) in [
        (
            "The governor said on Tuesday she will sign the bill.",
            "she will sign the bill",
        ),
        (
            "Ms. Okafor said in politics it takes time to build trust.",
            "it takes time to build trust",
        ),
        (
            "The chairman said on Monday evening the talks had failed.",
            "the talks had failed",
        ),
    ] {
        assert_content(text, "said", content);
    }
}

#[test]
fn an_adjunct_that_opens_a_clause_or_names_a_topic_is_no_content_opener() {
    // "after the council voted" is the time of the report, "of the man who" its topic.
    assert_content(
        "As Mr. Lindqvist reported after the council voted.",
        "reported",
        "",
    );
    let got = parsed_quotes(
        "The column reminds us of the neighbour who never leaves.",
        false,
    );
    assert!(
        got.iter().all(|q| !q[0].starts_with("who never leaves")),
        "{got:?}"
    );
}

#[test]
fn a_question_word_after_the_cue_keeps_opening_its_content() {
    assert_content(
        "The senator questioned whether the plan would work.",
        "questioned",
        "whether the plan would work",
    );
}
