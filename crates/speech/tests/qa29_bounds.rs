//! Session 29, content boundaries (issue 5): predicted contents that share words with a
//! PolNeAR attribution but stop short of half of it (the attache crate's `quote_classes`
//! example, `SHOW=pred.short`), traced to a comma the content's end took for the start of
//! the writer's tail. Invented sentences read by the full pipeline before speech.

use crate::common;

use common::assert_content;

#[test]
fn an_even_if_clause_after_a_comma_stays_in_the_content() {
    // "even" before a subordinator or a preposition qualifies the reported clause.
    assert_content(
        "Governor Lund said the levy would pass, even if the farm counties voted against it.",
        "said",
        "the levy would pass, even if the farm counties voted against it",
    );
}

#[test]
fn an_even_in_phrase_after_a_comma_stays_in_the_content() {
    assert_content(
        "The ministry said it will not publish the memos, even in redacted form.",
        "said",
        "it will not publish the memos, even in redacted form",
    );
}

#[test]
fn even_as_after_a_comma_still_ends_the_content() {
    // "even as" sets the writer's fact of the moment against the statement.
    assert_content(
        "Mayor Pruitt said the budget was balanced, even as the city closed two libraries.",
        "said",
        "the budget was balanced",
    );
}

#[test]
fn a_verbless_concession_inside_a_noun_phrase_stays_in_the_content() {
    // "a costly, though brief, delay": the concession qualifies an adjective.
    assert_content(
        "The engineer said the flood caused a costly, though brief, delay at the plant.",
        "said",
        "the flood caused a costly, though brief, delay at the plant",
    );
}

#[test]
fn a_verbless_concession_at_the_end_stays_in_the_content() {
    assert_content(
        "The analysts said they expect some forged ballots, though mixed with real ones.",
        "said",
        "they expect some forged ballots, though mixed with real ones",
    );
}

#[test]
fn a_concessive_clause_after_a_comma_still_ends_the_content() {
    // A clause of its own may be the writer's aside.
    assert_content(
        "Coach Rivers said the team played hard, though it lost the final by ten points.",
        "said",
        "the team played hard",
    );
}

#[test]
fn a_list_of_gerunds_closed_by_and_is_one_content() {
    // The comma joins two gerunds of a list the "and" closes.
    assert_content(
        "Governor Lund said his priorities are closing the depot, selling the old trucks and \
         hiring new drivers.",
        "said",
        "his priorities are closing the depot, selling the old trucks and hiring new drivers",
    );
}

#[test]
fn a_lone_participle_after_a_comma_still_ends_the_content() {
    // No list: ", prompting ..." is the writer's consequence.
    assert_content(
        "Senator Abel said the plant would close in May, prompting an angry reply from the union.",
        "said",
        "the plant would close in May",
    );
}

#[test]
fn a_concession_with_its_own_subject_still_ends_the_content() {
    // "cost" may be tagged as a participle; the subject "it" makes the words a clause.
    assert_content(
        "The striker refused to play abroad, though it cost him a fortune.",
        "refused",
        "to play abroad",
    );
}
