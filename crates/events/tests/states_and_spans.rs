//! Words that look like acts but state something else (a source's terms of anonymity, a
//! participle describing a noun), modality that stays on its own side of a complement
//! clause, and content and condition spans that end with their own words, not with the
//! punctuation closing the sentence or the quote. Invented sentences, whole pipeline.

use crate::common;

use attache_core::Document;
use common::{day, has, pipeline, rows};

fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 1, 16))
}

fn slice(d: &Document, sp: attache_core::Span) -> String {
    d.text[sp.start as usize..sp.end as usize].to_string()
}

#[test]
fn asking_not_to_be_named_is_no_appeal() {
    for text in [
        "A Georgian official, who asked not to be named, said the talks would resume.",
        "A French diplomat, who asked that he not be identified, said the talks would resume.",
        "A Georgian official, who requested anonymity, said the talks would resume.",
    ] {
        let d = doc(text);
        assert!(
            d.events.iter().all(|e| !e.cameo.starts_with("02")),
            "{text}: {:?}",
            rows(&d)
        );
    }
}

#[test]
fn asking_another_state_to_act_is_still_an_appeal() {
    let d = doc("Azerbaijan asked Armenia to return the prisoners.");
    assert!(has(&d, "AZE", Some("ARM"), "02"), "{:?}", rows(&d));
}

#[test]
fn a_participle_describing_the_released_people_is_no_detention() {
    let d = doc("Baku said it would release four detained Armenian farmers.");
    assert!(
        d.events.iter().all(|e| !e.cameo.starts_with("17")),
        "{:?}",
        rows(&d)
    );
    // The release itself is the act, to come.
    assert!(has(&d, "AZE", Some("ARM"), "084"), "{:?}", rows(&d));
    assert!(d.events.iter().all(|e| e.hypothetical));
}

#[test]
fn a_participle_after_its_subject_is_still_an_act() {
    // The parse reads "supplied" as a modifier of "vaccines"; after a name it is the verb.
    let d = doc("India supplied vaccines to Nepal.");
    assert!(has(&d, "IND", Some("NPL"), "07"), "{:?}", rows(&d));
}

#[test]
fn a_modal_of_the_reporting_clause_leaves_the_reported_act_a_fact() {
    let d = doc(
        "\"I would like to remind them that Canada has never threatened Norway,\" Anna Berg said.",
    );
    let e = d
        .events
        .iter()
        .find(|e| e.cameo.starts_with("13"))
        .expect("the threat is coded");
    assert!(e.negated && !e.hypothetical, "{e:?}");
}

#[test]
fn a_modal_over_a_control_verb_still_makes_the_act_hypothetical() {
    let d = doc("Canada would like Norway to meet Sweden.");
    let e = d
        .events
        .iter()
        .find(|e| e.cameo.starts_with("04"))
        .expect("the meeting is coded");
    assert!(e.hypothetical, "{e:?}");
}

#[test]
fn contents_and_conditions_end_without_the_closing_punctuation() {
    let d = doc("\"I would like to remind them that Canada has nowhere and never threatened Norway,\" Anna Berg said.");
    let contents: Vec<String> = d.commitments.iter().map(|c| slice(&d, c.content)).collect();
    assert_eq!(contents, vec!["threatened Norway".to_string()]);

    let d = doc("France warned that it would ask for sanctions if Iran refused.");
    let conditions: Vec<String> = d
        .events
        .iter()
        .filter_map(|e| e.condition)
        .map(|c| slice(&d, c))
        .collect();
    assert!(!conditions.is_empty(), "{:?}", rows(&d));
    assert!(
        conditions.iter().all(|c| c == "if Iran refused"),
        "{conditions:?}"
    );

    let d = doc("\"If Russian forces cross the border, it will be met with a severe response,\" the minister told journalists.");
    let conditions: Vec<String> = d
        .commitments
        .iter()
        .filter_map(|c| c.condition)
        .map(|c| slice(&d, c))
        .collect();
    assert_eq!(
        conditions,
        vec!["If Russian forces cross the border".to_string()]
    );
}

#[test]
fn a_quote_mark_closing_a_quote_inside_the_content_stays() {
    let d = doc("Canada threatened Norway with a \"severe response\".");
    let contents: Vec<String> = d.commitments.iter().map(|c| slice(&d, c.content)).collect();
    assert_eq!(contents.len(), 1, "{contents:?}");
    assert!(contents[0].ends_with("response\""), "{contents:?}");
}
