//! Session 27 review (review27b): shapes where this session's quote-span and speaker rules
//! over-fired on invented probes, GUM interviews and GeoVirus. A content before its cue
//! keeps the speaker's own "I"; a "with" clause that reports no one stays in the content;
//! an "I" or "we" inside another speaker's report, after a colon of its sentence, after an
//! opening quotation mark or in an unlabelled interview's answer is no author; an "it" with
//! a noun phrase for content ("It has claimed 300 lives") continues no quote. Invented
//! sentences read by the full pipeline before speech.

use crate::common;

use common::{assert_content, assert_content_holds, content_of, parsed_doc as doc, parsed_quotes};

/// The status of every quote whose source is `source` ("I", "we").
fn statuses(d: &attache_core::Document, source: &str) -> Vec<&'static str> {
    d.quotes
        .iter()
        .filter(|q| q.source.is_some_and(|s| d.slice(s) == source))
        .map(|q| d.speaker_status(q))
        .collect()
}

#[test]
fn a_content_before_its_cue_keeps_the_speakers_own_i() {
    let text = "The tax will fail, and I think the council knows it, the mayor told reporters.";
    let got = parsed_quotes(text, false);
    assert!(
        content_of(&got, "told reporters").contains("council knows it"),
        "{got:?}"
    );
    let d = doc(text);
    assert!(!statuses(&d, "I").contains(&"author"), "{:?}", d.quotes);
}

#[test]
fn a_with_clause_that_reports_no_one_stays_in_the_content() {
    assert_content_holds(
        "The manager predicted the club would win the league, with Moreno scoring twice in \
         the last game.",
        "predicted",
        "scoring twice",
    );
}

#[test]
fn a_with_clause_of_someone_saying_still_ends_the_content() {
    assert_content(
        "The governor said the fair was a success, with Mayor Okafor saying the crowd was the \
         largest in years.",
        "said",
        "the fair was a success",
    );
}

#[test]
fn an_i_inside_another_speakers_report_is_no_author() {
    let d = doc("Mr. Osei wrote on Facebook: I think the count was rigged and we will appeal.");
    assert!(!statuses(&d, "I").contains(&"author"), "{:?}", d.quotes);
}

#[test]
fn an_i_after_a_colon_of_its_sentence_is_no_author() {
    let d = doc(
        "The clerk told the jury: I saw the man leave the shop, and I believe he held a knife.",
    );
    assert!(!statuses(&d, "I").contains(&"author"), "{:?}", d.quotes);
}

#[test]
fn the_writers_i_after_a_clock_time_is_the_author() {
    let d = doc("At 9:15 I called the fire station, and they said no truck was free.");
    assert_eq!(statuses(&d, "I"), ["author"], "{:?}", d.quotes);
}

#[test]
fn an_answer_of_an_unlabelled_interview_is_no_author() {
    let d = doc(
        "The painter talked to us about her first show.\n\nWhy did you choose these colours?\n\n\
         I thought the room needed warmth. We wanted people to stay longer.\n\nWhat comes \
         next?\n\nI hope to paint the harbour.",
    );
    assert!(!statuses(&d, "I").contains(&"author"), "{:?}", d.quotes);
    assert!(!statuses(&d, "We").contains(&"author"), "{:?}", d.quotes);
}

#[test]
fn a_we_after_an_opening_mark_is_no_author() {
    // an unpaired mark earlier in the paragraph ("the "new normal) must not hide it
    let d = doc(
        "Officials warned of the \"new normal in the region. Health officers said cases could \
         rise again. \"We don't know whether this is the start of a second wave,\" said Dr. Lena \
         Moss.",
    );
    assert!(!statuses(&d, "We").contains(&"author"), "{:?}", d.quotes);
}

#[test]
fn it_with_a_noun_phrase_for_content_is_no_organisation_speaking() {
    // "It has claimed 300 lives": the disease's toll, not the agency quoted before
    let d = doc(
        "The World Health Organization said on Friday that 9,000 cases of measles have been \
         reported this year. It has claimed 300 lives so far.",
    );
    for q in d
        .quotes
        .iter()
        .filter(|q| q.source.is_some_and(|s| d.slice(s) == "It"))
    {
        assert_eq!(q.speaker, None, "{:?}", d.slice(q.span));
    }
}
