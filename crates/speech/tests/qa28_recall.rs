//! Session 28, recall of known cues (issue 5): PolNeAR attributions whose cue the lexicon
//! knows but no predicted quote touched (the attache crate's `quote_classes` example,
//! `SHOW=gold.none`), traced to the construction the cue's reading missed. Invented
//! sentences read by the full pipeline before speech.

use crate::common;

use common::{assert_content, assert_content_holds, assert_quote, parsed_quotes};

#[test]
fn a_that_clause_after_a_long_adjunct_of_place_is_the_content() {
    // The "that" the parse marks as a clause's opener counts past ten words of adjuncts.
    assert_content(
        "Senator Ortiz said Tuesday during a taping of a radio town hall meeting in \
         Dayton, Ohio, that the state is wrong to ban the drilling.",
        "said",
        "the state is wrong to ban the drilling",
    );
}

#[test]
fn a_far_that_after_a_verb_or_infinitive_opens_no_content() {
    // Past ten words a "that" after a verb belongs to that verb's clause, not the cue's.
    let got = parsed_quotes(
        "Ortiz wants to show the voters who doubt her plan that she can win.",
        false,
    );
    assert!(
        !got.iter().any(|q| q[3] == "wants" && q[0] == "she can win"),
        "{got:?}"
    );
}

#[test]
fn a_clause_the_parse_hangs_on_a_time_of_day_is_the_content() {
    // "said in a statement Thursday night they pulled": the parse makes the clause a
    // relative clause of "night".
    assert_content_holds(
        "The Gun Club said in a statement Thursday night they pulled the listing.",
        "said in a statement",
        "they pulled the listing",
    );
}

#[test]
fn a_source_close_to_someone_after_its_content_speaks() {
    // "to" after a word of nearness or of a role keeps the phrase in the source.
    for (text, source) in [
        (
            "The plan is dead, a source close to the campaign said.",
            "a source close to the campaign",
        ),
        (
            "The plan is dead, an aide to the senator said.",
            "an aide to the senator",
        ),
    ] {
        assert_quote(text, "said", "The plan is dead", source);
    }
}

#[test]
fn a_source_close_to_someone_after_an_inverted_cue_speaks() {
    let got = parsed_quotes(
        "The plan is dead, said a source close to the campaign.",
        false,
    );
    assert!(
        got.iter().any(|q| q[3] == "said"
            && q[0] == "The plan is dead"
            && q[2] == "a source close to the campaign"),
        "{got:?}"
    );
}

#[test]
fn a_that_clause_the_parse_hangs_on_an_addressee_phrase_is_the_content() {
    assert_content_holds(
        "Ruiz told members of the AFL-CIO executive board that the union won't be \
         holding a vote.",
        "told",
        "the union won't be holding a vote",
    );
}

#[test]
fn an_object_noun_keeps_its_own_that_clause() {
    // "the notion that ..." is what was rejected, not a clause the cue reports alone.
    assert_content(
        "Ortiz rejected the notion that the plan is dead.",
        "rejected",
        "the notion that the plan is dead",
    );
}

#[test]
fn this_before_no_word_of_time_opens_the_content() {
    assert_content(
        "The senator hopes this is a short period.",
        "hopes",
        "this is a short period",
    );
    assert_content_holds(
        "Voters know this scam will hurt the party.",
        "know",
        "this scam will hurt the party",
    );
}

#[test]
fn this_week_after_a_cue_stays_an_adjunct() {
    assert_content(
        "The senator said this week that the plan is dead.",
        "said",
        "the plan is dead",
    );
}

#[test]
fn a_tag_ended_by_the_writers_time_clause_keeps_its_content() {
    // "..., the network said on Thursday, two days after ...": the clause after the tag's
    // comma is the writer's, the content the one before the tag.
    for text in [
        "Vance won the caucus, the network said on Thursday, two days after voters went \
         to the caucus sites.",
        "Vance won the caucus, the network said on Thursday, after voters went to the polls.",
    ] {
        assert_content(text, "said", "Vance won the caucus");
    }
}

#[test]
fn a_content_split_around_its_tag_still_reads_both_parts() {
    // Only a time or reason clause after the tag's comma is the writer's.
    let got = parsed_quotes(
        "In the end, he said on Monday, voters always return to the party.",
        false,
    );
    assert!(
        got.iter()
            .any(|q| q[3] == "said" && q[0].contains("voters always return to the party")),
        "{got:?}"
    );
}
