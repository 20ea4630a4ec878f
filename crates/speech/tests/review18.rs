//! Session 18, review 18a: reports the topic-noun, "known as" and work-maker rules gave
//! that an analyst would call wrong; invented sentences read by the full pipeline.

use crate::common;

use common::parsed_quotes;

/// Every quote as `[content, speaker's actor name, source as written, cue]`.
fn quotes(text: &str) -> Vec<[String; 4]> {
    parsed_quotes(text, true)
}

/// The quotes whose cue contains `cue` (any case).
fn with_cue(got: &[[String; 4]], cue: &str) -> Vec<[String; 4]> {
    got.iter()
        .filter(|q| q[3].to_lowercase().contains(cue))
        .cloned()
        .collect()
}

#[test]
fn an_endorsement_received_names_the_endorser_not_a_topic() {
    for text in [
        "The coach was delighted to receive the endorsement of a famous skater.",
        "The governor secured the endorsement of the county sheriff.",
        "The mayor won the endorsement of two local newspapers.",
    ] {
        let got = quotes(text);
        assert!(with_cue(&got, "endorsement").is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn a_from_phrase_inside_the_topic_is_not_its_author() {
    let text = "Voters voiced concern about the threats from the armed gangs.";
    let got = quotes(text);
    for q in with_cue(&got, "concern about") {
        assert!(!q[2].contains("gangs"), "{text}: {got:?}");
    }
}

#[test]
fn an_in_phrase_inside_a_clause_gives_the_topic_noun_no_speaker() {
    let text =
        "The audit, which was soon buried in accusations of partisan motives, ended in June.";
    let got = quotes(text);
    for q in with_cue(&got, "accusations of") {
        assert_eq!(q[2], "", "{text}: {got:?}");
    }
}

#[test]
fn a_negated_topic_noun_is_no_report() {
    for text in [
        "Nobody had any concerns about the count.",
        "The drop was not large enough to raise any concerns about higher rents.",
        "The harbour union made no apology for the strike at the port.",
        "The minister did not voice concern about the delays.",
    ] {
        let got = quotes(text);
        let noun = with_cue(&got, "concern");
        let apology = with_cue(&got, "apology");
        assert!(noun.is_empty() && apology.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn known_as_before_a_name_is_no_view() {
    for text in [
        "The militia is known as the Eastern Shield.",
        "The new party is known as \"the Greens of the South\" among its members.",
    ] {
        let got = quotes(text);
        assert!(with_cue(&got, "known").is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn a_negated_known_as_is_no_view() {
    let text = "The town is not known as a tourist spot, either, which is why hotels are rare.";
    let got = quotes(text);
    assert!(with_cue(&got, "known").is_empty(), "{text}: {got:?}");
}

#[test]
fn known_as_after_a_relative_pronoun_gives_no_subject_quote() {
    let text = "They reached a harbour that, even by local standards, was known as a quiet place.";
    let got = quotes(text);
    for q in with_cue(&got, "known") {
        assert!(!q[0].starts_with("that"), "{text}: {got:?}");
    }
}

#[test]
fn a_known_for_phrase_ends_before_a_coordinated_verb() {
    let text =
        "The senator is known for speaking bluntly and is praised as a fighter by her allies.";
    let got = quotes(text);
    for q in with_cue(&got, "known") {
        assert!(!q[0].contains("praised"), "{text}: {got:?}");
    }
}

#[test]
fn a_possessed_work_is_its_possessors_not_the_reporting_verbs() {
    let text = "She says the governor's late-night posts attacking the judges are unfair.";
    let got = quotes(text);
    let q = with_cue(&got, "attacking");
    assert_eq!(q.len(), 1, "{text}: {got:?}");
    assert_eq!(q[0][2], "the governor", "{got:?}");
    assert_eq!(q[0][0], "the judges", "{got:?}");
}

#[test]
fn a_work_makers_source_is_the_subject_of_the_verb_chain_not_the_verb() {
    let text = "The lawyer helped draft a report defending the merger.";
    let got = quotes(text);
    let q = with_cue(&got, "defending");
    assert_eq!(q.len(), 1, "{text}: {got:?}");
    assert_eq!(q[0][2], "The lawyer", "{got:?}");
}

#[test]
fn a_work_inside_a_measure_phrase_is_still_the_verbs_object() {
    let text = "The senator posted a string of messages praising the new harbour.";
    let got = quotes(text);
    let q = with_cue(&got, "praising");
    assert_eq!(q.len(), 1, "{text}: {got:?}");
    assert_eq!(q[0][2], "The senator", "{got:?}");
}

#[test]
fn a_bare_singular_warning_is_a_gerund_not_a_thing_said() {
    for text in [
        "The town had only two days of warning about the storm.",
        "He mocked his rivals for warning about a country in decline.",
    ] {
        let got = quotes(text);
        assert!(
            with_cue(&got, "warning about").is_empty(),
            "{text}: {got:?}"
        );
    }
    let text = "The minister issued a warning about the storm.";
    let got = quotes(text);
    assert_eq!(with_cue(&got, "warning about").len(), 1, "{text}: {got:?}");
}

#[test]
fn a_plural_possessor_with_a_bare_apostrophe_is_the_source() {
    let text = "The farmers' concern about the drought grew.";
    let got = quotes(text);
    let q = with_cue(&got, "concern about");
    assert_eq!(q.len(), 1, "{text}: {got:?}");
    assert_eq!(q[0][2], "The farmers", "{got:?}");
}

#[test]
fn a_possessor_after_a_preposition_leaves_the_preposition_out() {
    let text = "The plan, combined with the mayor's quiet endorsement of the bridge, won votes.";
    let got = quotes(text);
    let q = with_cue(&got, "endorsement of");
    assert_eq!(q.len(), 1, "{text}: {got:?}");
    assert_eq!(q[0][2], "the mayor", "{got:?}");
}

#[test]
fn a_bare_apostrophe_possessor_is_the_last_noun_of_its_phrase() {
    let text = "The vote will show the real depth of farmers' desire to leave the union.";
    let got = quotes(text);
    for q in with_cue(&got, "desire") {
        assert!(!q[2].contains("depth"), "{text}: {got:?}");
    }
}

#[test]
fn a_hyphenated_participle_does_not_cut_a_topic_nouns_phrase() {
    let text = "The fall came amid renewed concern about the cost of state-funded health care.";
    let got = quotes(text);
    let q = with_cue(&got, "concern about");
    assert_eq!(q.len(), 1, "{text}: {got:?}");
    assert_eq!(q[0][0], "the cost of state-funded health care", "{got:?}");
}
