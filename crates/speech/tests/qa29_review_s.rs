//! Session 29, review by probing: invented wire sentences at the edges of the session's
//! speech rules (setting and adjunct sources, contents going on past a concession, the
//! author of a noun cue named by "from"/"by"), each a shape a rule over-fired on.
//! Invented sentences read by the full pipeline before speech.

use crate::common;

use common::{assert_content, parsed_quotes};

/// The source phrase of the first quote with cue `cue` in `text`.
fn source_of(text: &str, cue: &str) -> String {
    let got = parsed_quotes(text, true);
    let q = got
        .iter()
        .find(|q| q[3] == cue)
        .unwrap_or_else(|| panic!("no quote with cue {cue:?}: {got:?}"));
    q[2].clone()
}

#[test]
fn a_noun_right_before_a_gerund_cue_is_not_passed_for_the_clause_subject() {
    // No comma sets "in two officers" off: the officers claim, not the fight.
    let src = source_of(
        "The brawl resulted in two officers claiming that they had been attacked.",
        "claiming",
    );
    assert!(src.contains("officers"), "{src:?}");
}

#[test]
fn an_event_noun_right_before_a_gerund_cue_still_gives_way() {
    // "a news conference" names no actor: the adjunct gives way to the subject.
    let src = source_of(
        "The attorney general appeared at a news conference announcing that her office \
         would sue the county.",
        "announcing",
    );
    assert_eq!(src, "The attorney general");
}

#[test]
fn an_adjunct_set_off_by_a_comma_before_a_participle_still_gives_way() {
    let src = source_of(
        "The minister said the rebels had fled, at one point claiming that they had \
         surrendered.",
        "claiming",
    );
    assert_eq!(src, "The minister");
}

#[test]
fn a_point_in_a_course_after_from_is_no_author_of_a_noun_cue() {
    let got = parsed_quotes(
        "There have been complaints from the outset that the grant program was poorly run.",
        true,
    );
    assert!(!got.iter().any(|q| q[2] == "the outset"), "{got:?}");
    let src = source_of(
        "There were complaints from the public that the night trains were late.",
        "complaints",
    );
    assert_eq!(src, "the public");
}

#[test]
fn though_without_after_a_comma_still_ends_the_content() {
    // "though without elaborating" is the writer's note of what the speaker left out.
    assert_content(
        "The spokesman said the agency would respond to the letter, though without \
         elaborating.",
        "said",
        "the agency would respond to the letter",
    );
    assert_content(
        "Officials said the bridge would reopen on Monday, though without giving a reason \
         for the closure.",
        "said",
        "the bridge would reopen on Monday",
    );
    // A verbless concession still goes on with the content.
    assert_content(
        "He said the vote count had been close, though fair.",
        "said",
        "the vote count had been close, though fair",
    );
}
