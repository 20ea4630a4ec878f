//! Session 27, quote spans: where a content found by the stage is cut differently from
//! PolNeAR's attributions (the attache crate's `quote_classes` example counts them). A
//! reported content that runs on into another speaker's statement ends before it, and one
//! that goes on into an absolute "with" clause naming someone ends before the clause.
//! Invented sentences read by the full pipeline before speech.

use crate::common;

use common::{assert_content, assert_content_holds, content_of, parsed_quotes};

#[test]
fn a_poll_content_ends_before_while_and_a_second_share_of_voters() {
    assert_content(
        "In the latest county poll, 38 percent of voters said the mayor should resign, while \
         60 percent said he should stay.",
        "In",
        "38 percent of voters said the mayor should resign",
    );
}

#[test]
fn a_finding_ends_before_comma_and_a_second_speakers_statement() {
    let got = parsed_quotes(
        "The survey found 40 percent of farmers aren't sure they will vote, and the governor \
         has been urging them to stay home.",
        false,
    );
    assert_eq!(
        content_of(&got, "found"),
        "40 percent of farmers aren't sure they will vote",
        "{got:?}"
    );
    // the second statement reports on its own
    assert_eq!(content_of(&got, "urging"), "to stay home", "{got:?}");
}

#[test]
fn a_subject_joined_by_a_bare_and_keeps_its_content() {
    // "said the mayor and the governor agree": no comma before "and", nothing is cut
    assert_content_holds(
        "Officials said the mayor and the governor agree the bridge must be rebuilt.",
        "said",
        "bridge",
    );
}

#[test]
fn a_relative_clause_with_its_own_cue_goes_on() {
    // "and who feel": the second clause describes the same people, no second speaker
    assert_content_holds(
        "She knows there are voters who distrust the council, and who feel betrayed by its \
         new budget.",
        "knows",
        "betrayed",
    );
}

#[test]
fn an_according_to_account_holds_both_of_its_clauses() {
    assert_content_holds(
        "According to the report, the minister praised the donors, and she asked the banks \
         to freeze interest rates.",
        "According to",
        "interest rates",
    );
}

#[test]
fn a_content_ends_before_with_whom() {
    assert_content(
        "The senator attacked Governor Ruiz, with whom he clashed at the debate over the budget.",
        "attacked",
        "Governor Ruiz",
    );
}

#[test]
fn a_content_ends_before_an_absolute_with_clause_naming_someone() {
    assert_content(
        "The mayor denied the meeting took place, with Councilman Ortiz taking to the radio \
         to call the story false.",
        "denied",
        "the meeting took place",
    );
}

#[test]
fn a_polls_detail_after_with_stays_in_its_finding() {
    // no name in the "with" phrase: the share of voters is the poll's own detail
    let got = parsed_quotes(
        "A state survey shows Ruiz leading Ortiz 41 percent to 35 percent, with 15 percent \
         supporting a third candidate.",
        false,
    );
    assert!(
        content_of(&got, "shows").ends_with("a third candidate"),
        "{got:?}"
    );
}

#[test]
fn a_with_aside_between_dashes_stays_inside_the_content() {
    let got = parsed_quotes(
        "She says the size of the valley - with Ukrainian Army jets flying raids - would make \
         a truce hard to keep.",
        false,
    );
    assert!(
        content_of(&got, "says").ends_with("hard to keep"),
        "{got:?}"
    );
}
