//! Session 28, recall second pass (issue 5): shapes of known cues that recall28a left,
//! counted among PolNeAR train attributions no predicted quote touches (the attache
//! crate's `quote_classes` example, `SHOW=gold.none`). Invented sentences read by the
//! full pipeline before speech.

use crate::common;

use common::{assert_content, parsed_quotes};

#[test]
fn a_cue_read_as_a_plural_noun_after_a_singular_subject_is_the_verb() {
    // The tagger reads "fears" as a plural noun compounded with "leadership"; the clause
    // after it (a subject and its modal) makes it the verb.
    assert_content(
        "The leadership fears the closures could spark protests across the region.",
        "fears",
        "the closures could spark protests across the region",
    );
}

#[test]
fn a_plural_noun_followed_by_a_verb_stays_a_noun() {
    // "reports" with a verb right after it heads the subject: no cue.
    let got = parsed_quotes("The agency reports show the rate fell last year.", false);
    assert!(!got.iter().any(|q| q[3] == "reports"), "{got:?}");
}

#[test]
fn a_poll_share_before_a_say_read_as_a_noun_is_its_source() {
    // "say" after a share or a participle is tagged a noun; a pronoun subject with its
    // finite verb after it makes it the verb.
    for (text, content) in [
        ("Nearly a third say they don't care.", "they don't care"),
        (
            "Forty-two percent of those surveyed say they would be pleased if she won the primary.",
            "they would be pleased if she won the primary",
        ),
    ] {
        assert_content(text, "say", content);
    }
}

#[test]
fn an_amount_of_hope_before_a_pronoun_stays_a_noun() {
    let got = parsed_quotes("There is little hope they will win the seat.", false);
    assert!(!got.iter().any(|q| q[3] == "hope"), "{got:?}");
}

#[test]
fn a_fronted_adjunct_after_that_comma_runs_into_its_clause() {
    // "that," then a participle phrase and its comma: the clause after the comma is the
    // content too, not a participle tail of the writer's.
    assert_content(
        "The two admit that, given the partisan divide, reaching these goals will not be easy.",
        "admit",
        "given the partisan divide, reaching these goals will not be easy",
    );
}

#[test]
fn a_named_audience_after_told_ends_at_its_noun() {
    // "told a Senate panel Wednesday": the addressee runs past the name to its audience
    // noun, so the post-posed tag reports the clause before it, not "panel Wednesday".
    assert_content(
        "The force is ready, Defense Secretary Maria Lopez told a House committee on Tuesday.",
        "told a House committee",
        "The force is ready",
    );
    let got = parsed_quotes(
        "The plan is working, Defense Secretary Maria Lopez told a Senate panel Wednesday.",
        false,
    );
    assert!(!got.iter().any(|q| q[0].contains("panel")), "{got:?}");
}

#[test]
fn a_tag_before_a_spaced_dash_reports_the_clause_before_it() {
    // The dash after the post-posed tag opens the writer's aside.
    assert_content(
        "Such a move could alienate his donors, Garcia allies believe — donors she will need in the fall.",
        "believe",
        "Such a move could alienate his donors",
    );
    // Inside a dashed aside, only the aside.
    assert_content(
        "The question is not whether he quits before the vote — that won't happen, they believe — but how he campaigns.",
        "believe",
        "that won't happen",
    );
}

#[test]
fn a_dash_after_a_cue_with_adjuncts_may_open_its_content() {
    // "proclaimed in May - wrongly - that ...": not a closing tag.
    let got = parsed_quotes(
        "The test began with the senator, who proclaimed in May - wrongly - that farmers cannot sell abroad.",
        false,
    );
    assert!(
        !got.iter()
            .any(|q| q[3] == "proclaimed" && q[0].starts_with("The test")),
        "{got:?}"
    );
}
