//! Session 29, recall (issue 5): a seeded sample of 200 PolNeAR train attributions no
//! predicted quote touched (the attache crate's `quote_classes` example,
//! `SHOW=gold.none`), classed by why, and the constructions an analyst would want read.
//! Invented sentences read by the full pipeline before speech.

use crate::common;

use common::{assert_content, assert_quote, parsed_quotes};

#[test]
fn a_long_verbless_adjunct_after_a_closing_tag_keeps_the_content_before() {
    // Past eight words a run of prepositional phrases with no verb still ends the tag.
    for (text, cue) in [
        (
            "Nine ballots have been set aside for review, the county clerk said in a \
             letter to Governor Anne Walsh on Friday.",
            "said",
        ),
        (
            "Nine ballots have been set aside for review, Paul Hardy, the county clerk, \
             wrote in a memo to Finance Department Deputy Director Anne Walsh.",
            "wrote",
        ),
        (
            "Nine ballots have been set aside for review, the county clerk said in a \
             speech to farmers and shop owners near the old Dayton mill.",
            "said",
        ),
    ] {
        assert_content(text, cue, "Nine ballots have been set aside for review");
    }
}

#[test]
fn a_long_adjunct_after_a_particle_or_a_participle_on_a_noun_makes_no_tag() {
    // "showed up in ..." is no closing tag, nor "pieces aimed at ..." after a noun.
    for (text, cue) in [
        (
            "One farmer, Lena Ortiz, 41, showed up in the green jacket of a local \
             growers' cooperative group.",
            "showed",
        ),
        (
            "The union on Monday began sending its first pro-Hale, anti-Brody leaflets \
             aimed at Iowa, Kansas, Ohio, Utah, and Idaho.",
            "aimed",
        ),
    ] {
        let got = parsed_quotes(text, false);
        assert!(!got.iter().any(|q| q[3] == cue), "{text}: {got:?}");
    }
}

#[test]
fn a_participle_after_a_closing_quote_and_its_comma_reports_for_the_quoted_speaker() {
    // The clause region starts after the direct quote; its participle still goes on
    // from the tag before it.
    for (text, cue) in [
        (
            "Mr. Holt said, \"I don't like it,\" adding that the crowd was angry.",
            "adding",
        ),
        (
            "Mr. Holt said, \"I don't like it,\" saying the crowd was angry.",
            "saying",
        ),
    ] {
        assert_quote(text, cue, "the crowd was angry", "Mr. Holt");
    }
}

#[test]
fn a_complaint_with_a_possessor_reports_its_that_clause() {
    // "complaint(s)" joins the speech nouns: 2 new PolNeAR train quotes, 1 matched, the
    // other a right statement cut long.
    assert_quote(
        "The mayor brushed aside the growers' complaints that the new levy was unfair.",
        "complaints",
        "the new levy was unfair",
        "the growers",
    );
}

#[test]
fn an_author_named_by_from_before_a_nouns_that_clause_speaks() {
    // No possessor: "from"/"by" and a short phrase before "that" name who said it.
    assert_quote(
        "The minister jabbed back on Monday at complaints from his Canadian counterpart \
         that the mills were flooding foreign markets.",
        "complaints",
        "the mills were flooding foreign markets",
        "his Canadian counterpart",
    );
}

#[test]
fn a_date_after_from_is_no_author_of_a_nouns_that_clause() {
    // "the suggestion from last year that ...": a time names nobody.
    let got = parsed_quotes(
        "The board revived a suggestion from last year that the depot should close.",
        false,
    );
    assert!(!got.iter().any(|q| q[2].contains("year")), "{got:?}");
}
