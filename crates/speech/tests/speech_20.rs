//! Session 20: content ends and speakers found on PolNeAR train, fixed by mechanism;
//! invented sentences read by the full pipeline before speech (syntax, actors, times).
//! Each quote is `[content, speaker's actor name, source as written, cue]`.

use crate::common;

use common::{parsed_quotes, quote_with_cue};

fn quotes(text: &str) -> Vec<[String; 4]> {
    parsed_quotes(text, true)
}

#[test]
fn a_content_after_an_object_ends_before_an_as_clause_with_its_own_subject() {
    // Before: "the ministry as the school year was delayed again".
    let text = "Teachers blamed the ministry as the school year was delayed again.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "blamed").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "the ministry", "{got:?}");
    assert_eq!(q[2], "Teachers", "{got:?}");
}

#[test]
fn an_as_phrase_that_opens_no_clause_stays_in_the_content() {
    // "as a ..." is the content's own (no subject and verb of its own after it).
    let text = "The senator described the new levy as a tax on farmers.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "described").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert!(q[0].ends_with("as a tax on farmers"), "{got:?}");
}

#[test]
fn a_with_doer_content_ends_before_a_second_doer_and_its_participle() {
    // Before: "the owners of lying and the port authority threatening heavy fines".
    let text = "Ferry talks broke down at dawn, with the union accusing the owners of lying \
                and the port authority threatening heavy fines.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "accusing").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "the owners of lying", "{got:?}");
    assert_eq!(q[2], "the union", "{got:?}");
    let q = quote_with_cue(&got, "threatening").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "heavy fines", "{got:?}");
    assert_eq!(q[2], "the port authority", "{got:?}");
}

#[test]
fn a_seem_or_appear_hedge_right_before_its_content_has_no_speaker() {
    // Before: the hedge's subject ("The premier", "The mood") was the source; the estimate
    // is the writer's, as when the subject is split off ("The mayor | to win").
    for (text, cue) in [
        (
            "The premier seemed to water down the climate bill.",
            "seemed",
        ),
        ("The mood seemed calmer by the evening.", "seemed"),
    ] {
        let got = quotes(text);
        let q = quote_with_cue(&got, cue).unwrap_or_else(|| panic!("{text}: {got:?}"));
        assert_eq!(q[2], "", "{text}: {got:?}");
        assert_eq!(q[1], "", "{text}: {got:?}");
    }
}

#[test]
fn a_content_ends_before_a_phrase_of_where_or_through_whom_it_was_said() {
    // Before: "the audit findings through his attorney", "the nurses at a rally in the
    // capital".
    for (text, cue, content) in [
        (
            "The treasurer disputed the audit findings through his attorney.",
            "disputed",
            "the audit findings",
        ),
        (
            "The governor praised the nurses at a rally in the capital.",
            "praised",
            "the nurses",
        ),
    ] {
        let got = quotes(text);
        let q = quote_with_cue(&got, cue).unwrap_or_else(|| panic!("{text}: {got:?}"));
        assert_eq!(q[0], content, "{text}: {got:?}");
    }
}

#[test]
fn a_venue_phrase_followed_by_more_of_the_content_does_not_end_it() {
    // "described X in an interview as Y": the "as" phrase is still what was said.
    let text = "The senator described the treaty in a radio interview as a gift to smugglers.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "described").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert!(q[0].ends_with("as a gift to smugglers"), "{got:?}");
}

#[test]
fn a_second_object_the_parse_joins_to_the_cue_verb_stays_in_the_content() {
    // The parse makes "end" a conjunct of "demanded"; before: "new elections".
    let text = "The activists demanded new elections and an end to the curfew.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "demanded").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "new elections and an end to the curfew", "{got:?}");
}

#[test]
fn a_comparison_as_much_as_a_clause_is_cut_before_its_first_as() {
    // Before: "the volunteers as much" (the cut fell at the second "as").
    let text = "The governor praised the volunteers as much as he had blamed the agency.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "praised").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "the volunteers", "{got:?}");
}

#[test]
fn in_the_event_of_is_a_condition_of_the_content_and_no_venue() {
    // Before: "a boycott of the port" ("event" is a venue noun).
    let text = "The growers have been discussing a boycott of the port in the event of new \
                tolls.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "discussing").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(
        q[0], "a boycott of the port in the event of new tolls",
        "{got:?}"
    );
}

#[test]
fn a_conjunct_with_a_preposition_of_its_own_is_no_second_object() {
    // Before: "airfares and by a weaker euro" under the cue "declining".
    let text = "Tourism recovered, aided by declining airfares and by a weaker euro.";
    let got = quotes(text);
    assert!(
        got.iter().all(|q| !q[0].contains("by a weaker euro")),
        "{got:?}"
    );
}

#[test]
fn appearing_somewhere_is_no_hedge_and_no_quote() {
    // Before: "since the coup" and "together at a fair in the north" under "appeared".
    for text in [
        "The exiled leader has not appeared publicly since the coup.",
        "The two rivals appeared together at a fair in the north.",
    ] {
        let got = quotes(text);
        assert!(
            got.iter().all(|q| !q[3].contains("appeared")),
            "{text}: {got:?}"
        );
    }
    // A hedge on a state is still read ("calm before the verdict").
    let text = "The defendant appeared calm before the verdict.";
    let got = quotes(text);
    assert!(quote_with_cue(&got, "appeared").is_some(), "{got:?}");
}
