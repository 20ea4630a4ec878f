//! Session 18: reports the stage used to miss (PolNeAR train recall), as constructions:
//! nouns of stance and concern with the phrase they are about and no possessor; invented
//! sentences read by the full pipeline before speech (syntax, actors, times).

use crate::common;

use common::{parsed_quotes, quote_with_cue};

/// Every quote as `[content, speaker's actor name, source as written, cue]`.
fn quotes(text: &str) -> Vec<[String; 4]> {
    parsed_quotes(text, true)
}

#[test]
fn a_topic_noun_without_a_possessor_reports_its_object_for_the_verbs_subject() {
    let text = "The harbour union offered an apology for the strike at the port.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "apology for").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "the strike at the port", "{got:?}");
    assert_eq!(q[2], "The harbour union", "{got:?}");
}

#[test]
fn an_endorsement_in_an_opening_in_phrase_is_the_clause_subjects() {
    let text = "In a warm endorsement of the senator, the mayor said she would campaign with him.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "endorsement of").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "the senator", "{got:?}");
    assert_eq!(q[2], "the mayor", "{got:?}");
}

#[test]
fn a_from_phrase_after_the_object_names_the_author_and_ends_the_content() {
    let text = "The budget drew outrage over the cuts from teachers.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "outrage over").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "the cuts", "{got:?}");
    assert!(q[2].starts_with("teachers"), "{got:?}");
}

#[test]
fn a_topic_noun_nobody_voices_has_no_speaker() {
    let text = "Concerns about the water supply kept the village council busy all winter.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "Concerns about").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "the water supply", "{got:?}");
    assert_eq!(q[2], "", "the source is nobody named: {got:?}");
}

#[test]
fn support_for_and_attacks_on_without_a_possessor_are_no_reports() {
    // Left out of topic_nouns.txt: under half of them were attributions on PolNeAR train.
    for text in [
        "Support for the tariff has grown among farmers in the valley.",
        "Rebel attacks on the convoy slowed the relief effort.",
    ] {
        let got = quotes(text);
        assert!(
            got.iter()
                .all(|q| !q[3].to_lowercase().starts_with("support")
                    && !q[3].to_lowercase().starts_with("attacks")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_stance_taken_in_an_ad_or_a_statement_is_its_makers() {
    for (text, cue, source) in [
        (
            "The council released a statement condemning the new port fees.",
            "condemning",
            "The council",
        ),
        (
            "Two unions paid for radio ads praising the harbour master.",
            "praising",
            "Two unions",
        ),
    ] {
        let got = quotes(text);
        let q = quote_with_cue(&got, cue).unwrap_or_else(|| panic!("{text}: {got:?}"));
        assert_eq!(q[2], source, "{text}: {got:?}");
    }
}

#[test]
fn besides_before_a_participle_is_no_source() {
    let text = "Besides attacking the harbour board, the candidate praised the police.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "attacking").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "the harbour board", "{got:?}");
    assert_eq!(q[2], "the candidate", "{got:?}");
}

#[test]
fn a_tag_before_a_participle_opening_a_direct_quote_keeps_its_own_content() {
    let text = "The bridge will stay shut until May, Okafor said, adding, \"Nobody should try to drive across it.\"";
    let got = quotes(text);
    let q = quote_with_cue(&got, "said").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "The bridge will stay shut until May", "{got:?}");
    assert_eq!(q[2], "Okafor", "{got:?}");
    assert!(quote_with_cue(&got, "adding").is_some(), "{got:?}");
}

#[test]
fn known_as_and_known_for_report_a_reputation_with_no_speaker() {
    for (text, subject, content) in [
        (
            "The valley was known as a quiet place for farmers.",
            "The valley",
            "a quiet place for farmers",
        ),
        (
            "The senator is known for her long speeches on the budget.",
            "The senator",
            "her long speeches on the budget",
        ),
    ] {
        let got = quotes(text);
        assert!(got.iter().any(|q| q[0] == subject), "{text}: {got:?}");
        assert!(got.iter().any(|q| q[0] == content), "{text}: {got:?}");
        assert!(got.iter().all(|q| q[2].is_empty()), "nobody named: {got:?}");
    }
}

#[test]
fn a_possessed_embrace_of_reports_its_object_for_the_possessor() {
    let text = "Her cautious embrace of the new wage law surprised the union.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "embrace of").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "the new wage law", "{got:?}");
    assert_eq!(q[2], "Her", "{got:?}");
}
