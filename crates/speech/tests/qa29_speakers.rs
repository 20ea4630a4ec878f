//! Session 29, quotes whose content is found but whose speaker is not (issue 5): a
//! source that is only the setting of the act (a place or a time before the subject)
//! or an adjunct opened by a preposition gives way to the subject of the cue's clause.
//! Invented sentences read by the full pipeline before speech, places included (as the
//! CLI runs it: the places stage tells a setting from a subject).

use crate::common;

use common::{parsed_doc_with_places as doc, quote_from as quote, source_of_cue, sources};

#[test]
fn a_place_before_the_subject_is_no_source() {
    let d = doc(
        "After his rally in Fresno, California the candidate went further and portrayed \
         the protesters as paid agitators.",
    );
    assert_eq!(
        source_of_cue(&d, "portrayed"),
        Some("the candidate"),
        "{:?}",
        d.quotes
    );
}

#[test]
fn a_fronted_time_and_a_rally_place_give_way_to_the_subject() {
    let d = doc(
        "The day before, at a rally in Salem, Oregon, Mr. Berg was just as blunt, \
         claiming that the mayor wanted higher fees.",
    );
    assert_eq!(
        source_of_cue(&d, "claiming"),
        Some("Mr. Berg"),
        "{:?}",
        d.quotes
    );
}

#[test]
fn an_interview_adjunct_after_but_is_no_source() {
    let d = doc(
        "The clerk first said he did not recall the vote, but in a later interview said \
         he had counted the ballots twice.",
    );
    let q = quote(&d, "The clerk", 1);
    assert_eq!(d.slice(q.span), "he had counted the ballots twice");
}

#[test]
fn a_statement_adjunct_gives_way_to_the_named_subject() {
    let d = doc(
        "Ann Vale, the chairwoman of the county party, is backing Berg and in a statement \
         praised him for a \"bold and honest campaign.\"",
    );
    assert!(
        !sources(&d).contains(&"in a statement"),
        "{:?}",
        sources(&d)
    );
    assert!(
        source_of_cue(&d, "praised").is_some_and(|s| s.starts_with("Ann Vale")),
        "{:?}",
        d.quotes
    );
}

#[test]
fn a_subject_across_that_is_not_taken_for_an_adjunct_source() {
    let d =
        doc("Tom Berg claimed that the museum in Dover had expressed interest in the painting.");
    assert_ne!(
        source_of_cue(&d, "expressed"),
        Some("Tom Berg"),
        "{:?}",
        d.quotes
    );
}

#[test]
fn an_of_phrase_before_a_gerund_stays_its_source() {
    let d = doc("What do you think of Vale quietly saying that the mayor should resign?");
    assert_eq!(
        source_of_cue(&d, "saying"),
        Some("of Vale"),
        "{:?}",
        d.quotes
    );
}

#[test]
fn a_participle_after_an_adjunct_speaks_for_the_clause_before_its_comma() {
    let d = doc(
        "Vale has feuded with the council over the budget, at one point calling the mayor \
         a \"coward.\"",
    );
    assert_eq!(source_of_cue(&d, "calling"), Some("Vale"), "{:?}", d.quotes);
}

#[test]
fn for_as_a_conjunction_keeps_its_clause_subject() {
    let d = doc(
        "The council will have to act, for the tenants will then be resisting the rule of \
         the court.",
    );
    assert_ne!(
        source_of_cue(&d, "resisting"),
        Some("The council"),
        "{:?}",
        d.quotes
    );
}

#[test]
fn a_name_before_a_gerund_cue_stays_its_source() {
    let d = doc("The delays resulted in Vale reporting a loss for the quarter.");
    assert_ne!(
        source_of_cue(&d, "reporting"),
        Some("The delays"),
        "{:?}",
        d.quotes
    );
}
