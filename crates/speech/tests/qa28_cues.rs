//! Session 28, new cues: words PolNeAR marks as attribution cues that attache did not read,
//! each kept when at least half of the quotes it made on PolNeAR train matched a gold
//! attribution (counts only). Invented sentences read by the full pipeline before speech.

use crate::common;

use attache_core::CueClass;
use common::{assert_content, content_of, parsed_doc, parsed_quotes};

/// The class of the first quote of `text` whose cue is `cue`.
fn class_of(text: &str, cue: &str) -> Option<CueClass> {
    let doc = parsed_doc(text);
    doc.quotes
        .iter()
        .find(|q| {
            q.cue
                .is_some_and(|c| doc.slice(c).eq_ignore_ascii_case(cue))
        })
        .map(|q| q.class)
}

#[test]
fn support_as_a_verb_reports_a_stance_towards_its_object() {
    for (text, want) in [
        ("Farmers support the new water tax.", "the new water tax"),
        ("The two unions now support Mayor Varga.", "Mayor Varga"),
        (
            "Several council members support delaying the vote until spring.",
            "delaying the vote until spring",
        ),
    ] {
        assert_content(text, "support", want);
    }
    assert_eq!(
        class_of("The two unions now support Mayor Varga.", "support"),
        Some(CueClass::Stance)
    );
}

#[test]
fn support_as_a_noun_is_no_cue() {
    for text in [
        "The mayor's support among farmers fell after the vote.",
        "The plan won broad support from the unions.",
    ] {
        let got = parsed_quotes(text, false);
        assert_eq!(content_of(&got, "support"), "", "{text}: {got:?}");
    }
}

#[test]
fn a_yes_no_question_about_a_stance_reports_none() {
    for text in [
        "Do you support Mayor Varga? Like our page.",
        "Would the unions support the new water tax?",
    ] {
        let got = parsed_quotes(text, false);
        assert_eq!(content_of(&got, "support"), "", "{text}: {got:?}");
    }
}

#[test]
fn a_yes_no_question_of_belief_stays_a_quote() {
    // PolNeAR marks "Do you think ...?" as an attribution; only stance questions go.
    let got = parsed_quotes("Do you think the mayor can win in the fall?", false);
    assert_eq!(
        content_of(&got, "think"),
        "the mayor can win in the fall",
        "{got:?}"
    );
}

#[test]
fn voting_in_favor_of_reports_a_stance() {
    assert_content(
        "The council voted in favor of the new water tax.",
        "voted in favor of",
        "the new water tax",
    );
    assert_eq!(
        class_of(
            "The council voted in favor of the new water tax.",
            "voted in favor of"
        ),
        Some(CueClass::Stance)
    );
}

#[test]
fn making_no_mention_of_reports_what_went_unsaid() {
    assert_content(
        "In her speech the mayor made no mention of the water tax.",
        "made no mention of",
        "the water tax",
    );
}

#[test]
fn coming_out_in_support_of_reports_a_stance() {
    assert_content(
        "Two unions have come out in support of Mayor Varga.",
        "come out in support of",
        "Mayor Varga",
    );
}

#[test]
fn pushing_back_against_leaves_the_preposition_out_of_the_content() {
    assert_content(
        "The mayor pushed back against the council's plan.",
        "pushed back against",
        "the council's plan",
    );
}

#[test]
fn counting_on_reports_what_its_holder_expects() {
    assert_content(
        "The mayor is counting on the farmers to carry the vote.",
        "is counting on",
        "the farmers to carry the vote",
    );
    assert_eq!(
        class_of(
            "The mayor is counting on the farmers to carry the vote.",
            "is counting on"
        ),
        Some(CueClass::Belief)
    );
}

#[test]
fn boasting_of_leaves_the_preposition_out_of_the_content() {
    assert_content(
        "The mayor boasted of her record on water prices.",
        "boasted of",
        "her record on water prices",
    );
}

#[test]
fn doubling_down_on_reports_a_stance() {
    assert_content(
        "The mayor is doubling down on her plan to raise water prices.",
        "doubling down on",
        "her plan to raise water prices",
    );
}
