//! Session 28, second pass on quotes whose content is found but whose speaker is not
//! (issue 5): a phrase before the cue that is no noun phrase of anyone (a fronted
//! adverb, a participle opening the sentence) is no speaker; an opening participle
//! clause speaks for the main clause's subject after its comma. Invented sentences
//! read by the full pipeline before speech.

use crate::common;

use common::{parsed_doc as doc, quote_from as quote, sources, speaker_named as speaker};

#[test]
fn an_opening_having_clause_speaks_for_the_subject_after_its_comma() {
    let d = doc(
        "Having announced that he would not send the mayor to prison, Judge Ann Vale \
         proceeded to read out the sentence.",
    );
    let q = quote(&d, "Judge Ann Vale", 0);
    assert_eq!(d.slice(q.span), "he would not send the mayor to prison");
    assert!(
        speaker(&d, q).is_some_and(|s| s.contains("Vale")),
        "{:?}",
        speaker(&d, q)
    );
}

#[test]
fn a_fronted_adverb_is_no_source() {
    let d = doc(
        "Hastily adding a clause to the bill, the council emphasized that the vote would go \
         ahead.",
    );
    assert!(
        !sources(&d).iter().any(|s| s.contains("Hastily")),
        "{:?}",
        d.quotes
    );
}

#[test]
fn others_opening_a_sentence_stay_the_source() {
    let d = doc("Others, though, say that the dam will pay for itself within ten years.");
    assert!(sources(&d).contains(&"Others"), "{:?}", d.quotes);
}
