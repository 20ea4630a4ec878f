//! Session 29, speakers (second pass, issue 5): a time phrase the parse makes the
//! subject of the verb a noun cue hangs on ("last June stirred controversy with an
//! assertion that ...") is no speaker; a conjunct verb speaks for the subject of the
//! verb it is joined to. Invented sentences read by the full pipeline before speech,
//! places included (as the CLI runs it).

use crate::common;

use common::{parsed_doc_with_places as doc, source_of_cue};

#[test]
fn a_conjunct_noun_cue_speaks_for_the_first_verbs_subject_not_a_time() {
    let d = doc(
        "Since opening his bid for governor, Vale has adopted a hard line against illegal \
         hunting — and last June caused an uproar with an assertion that the hunters \
         crossing into the valley are mostly the worst of the state.",
    );
    assert_eq!(
        source_of_cue(&d, "assertion"),
        Some("Vale"),
        "{:?}",
        d.quotes
    );
}

#[test]
fn a_time_phrase_subject_of_a_noun_cue_is_no_source() {
    let d = doc(
        "Vale has taken a hard line on the new tax — and last June drew fire with an \
         assertion that the farmers of the valley are mostly to blame for the debt.",
    );
    assert_ne!(
        source_of_cue(&d, "assertion"),
        Some("last June"),
        "{:?}",
        d.quotes
    );
}

#[test]
fn a_noun_cue_after_a_subject_and_a_time_keeps_the_subject() {
    let d = doc(
        "Since launching her campaign, Senator Vale has taken a hard line on crime and last \
         spring stirred controversy with an assertion that the police are largely to blame.",
    );
    assert_eq!(
        source_of_cue(&d, "assertion"),
        Some("Senator Vale"),
        "{:?}",
        d.quotes
    );
}
