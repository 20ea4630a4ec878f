//! Session 27, cues: predicted quotes no PolNeAR attribution touches (the attache crate's
//! `quote_classes` example counts them as `pred.none`, by cue class), dropped where they
//! report no statement by construction. Invented sentences read by the full pipeline
//! before speech.

use crate::common;

use common::{assert_content, assert_content_holds, content_of, parsed_quotes};

#[test]
fn an_opening_phrase_before_a_subject_and_its_cue_is_no_content() {
    // "As a veteran, she felt for ...": the phrase frames the sentence, nothing was said
    for (text, cue) in [
        ("As a veteran, she felt for the soldiers.", "felt"),
        (
            "In a changing climate, farmers still believe in the harvest.",
            "believe",
        ),
        (
            "On the domestic front, the senator hopes for a quiet spring.",
            "hopes",
        ),
    ] {
        let got = parsed_quotes(text, false);
        assert_eq!(content_of(&got, cue), "", "{text}: {got:?}");
    }
}

#[test]
fn an_opening_phrase_of_a_content_split_around_its_tag_stays() {
    let got = parsed_quotes(
        "In the end, he said, voters always return to the party.",
        false,
    );
    let contents: Vec<&str> = got.iter().map(|q| q[0].as_str()).collect();
    assert!(contents.contains(&"In the end"), "{got:?}");
    assert!(
        contents.contains(&"voters always return to the party"),
        "{got:?}"
    );
}

#[test]
fn a_clause_before_its_tag_stays() {
    assert_content_holds(
        "Because prices rose, voters are angry, the mayor said.",
        "said",
        "voters are angry",
    );
}

#[test]
fn a_figure_compared_with_another_is_no_stance() {
    assert_content(
        "The two mayors won a combined 9 million votes, compared with 3 million for the \
         governor.",
        "compared",
        "",
    );
}

#[test]
fn a_statement_before_a_comparison_keeps_its_own_speaker() {
    let got = parsed_quotes(
        "Sixty percent of farmers say they distrust the new levy, compared with 45 percent \
         last spring.",
        false,
    );
    assert_eq!(content_of(&got, "compared"), "", "{got:?}");
    assert_eq!(
        content_of(&got, "say"),
        "they distrust the new levy",
        "{got:?}"
    );
}

#[test]
fn comparing_one_thing_to_another_stays_a_stance() {
    assert_content(
        "The minister compared the levy to a toll on bread.",
        "compared",
        "the levy to a toll on bread",
    );
}

#[test]
fn a_time_phrase_after_a_cue_is_no_content() {
    // "advocated over the weekend": when the act took place, not what was said
    assert_content("The governor advocated over the weekend.", "advocated", "");
}

#[test]
fn a_time_phrase_before_a_that_clause_leaves_the_clause() {
    assert_content(
        "She said in 2012 that the levy was unfair.",
        "said",
        "the levy was unfair",
    );
}

#[test]
fn a_topic_phrase_of_a_topic_cue_stays() {
    assert_content(
        "The mayor spoke about the harbor.",
        "spoke about",
        "the harbor",
    );
}
