//! Session 26, review of the pronoun speakers (`pronoun_speakers`) with invented sentences:
//! a pronoun opening a quote's content is that quote's reporter only when the reporting cue
//! stands before the content.

use crate::common;

use common::parsed_doc as doc;

#[test]
fn a_pronoun_before_a_cue_read_after_it_has_no_reporter() {
    // "which it believes is supported by Niger": the parse reads "Niger ... supported" as a
    // stance on "it believes"; Niger is no "it" reporting its own support.
    let d = doc(
        "Farmers left the north, where the army of Mali faces a revolt which it believes is \
         supported by Niger.",
    );
    for q in d
        .quotes
        .iter()
        .filter(|q| q.source.is_some_and(|s| d.slice(s) == "it"))
    {
        let names: Vec<&str> = q
            .speakers
            .iter()
            .map(|r| d.actors[r.actor as usize].name.as_str())
            .collect();
        assert!(!names.contains(&"Niger"), "{:?}", d.quotes);
    }
}

#[test]
fn a_pronoun_after_its_reporters_cue_is_still_the_reporter() {
    // The rule's own shape stays: the cue before the content the pronoun opens.
    let d = doc("Maria Karimi said she hopes to win the seat in March.");
    let q = d
        .quotes
        .iter()
        .find(|q| q.source.is_some_and(|s| d.slice(s) == "she"));
    if let Some(q) = q {
        let name = q.speaker.map(|r| d.actors[r.actor as usize].name.clone());
        assert_eq!(name.as_deref(), Some("Maria Karimi"));
    }
}

#[test]
fn a_reporter_named_after_the_content_is_no_he_that_opens_it() {
    // "many voters say" reports the aside, not the "He" that opens the sentence.
    let d = doc(
        "Tom Berg met Ana Ruiz on Monday. He tells crowds she may be charged over her \
         emails (which, many voters say, hurt her campaign).",
    );
    for q in d
        .quotes
        .iter()
        .filter(|q| q.source.is_some_and(|s| d.slice(s) == "He"))
    {
        let names: Vec<&str> = q
            .speakers
            .iter()
            .map(|r| d.actors[r.actor as usize].name.as_str())
            .collect();
        assert!(
            !names.iter().any(|n| n.contains("voters")),
            "{:?}",
            d.quotes
        );
    }
}
