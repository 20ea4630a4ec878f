//! Session 26, pronoun sources the actors stage leaves open (`pronoun_speakers`): a
//! pronoun that opens what another source reports is that source when they agree, and a
//! "he" or "she" after a quote of one person, with no other person named between, is that
//! person again. Invented sentences read by the full pipeline before speech.

use crate::common;

use attache_core::{Document, Quote};
use common::{parsed_doc as doc, quote_from as quote};

/// The speaker's name, if any.
fn speaker(doc: &Document, q: &Quote) -> Option<String> {
    common::speaker_of(doc, q).map(|(name, _)| name)
}

const LUND: &str = "Maria Lund spoke to reporters on Monday. She praised the mayor. \"We are \
ready for the trial,\" Lund said. \"The judge has the papers. The witnesses are here. The \
facts are clear.\"\n\n\"Nothing will stop us now,\" ";

#[test]
fn a_plural_reporter_is_the_they_that_opens_its_report() {
    let d = doc("Half of the farmers in the county said they want lower taxes.");
    let q = quote(&d, "they", 0);
    assert_eq!(speaker(&d, q).as_deref(), Some("Half of the farmers"));
    assert_eq!(q.speakers.len(), 1);
}

#[test]
fn a_singular_described_reporter_is_no_they() {
    // "they both": the nominee and someone else, not the nominee alone
    let d = doc("The nominee says they both share the belief that schools matter.");
    assert_eq!(speaker(&d, quote(&d, "they", 0)), None);
}

#[test]
fn an_organisation_reporter_is_the_it_that_opens_its_report() {
    let d = doc("The company says it considered building the plant in Ohio.");
    let q = quote(&d, "it", 0);
    assert_eq!(speaker(&d, q).as_deref(), Some("The company"));
}

#[test]
fn she_continues_the_quote_of_the_woman_before() {
    let d = doc(&format!("{LUND}she added."));
    let q = quote(&d, "she", 0);
    assert_eq!(speaker(&d, q).as_deref(), Some("Maria Lund"));
}

#[test]
fn he_never_continues_a_woman() {
    let d = doc(&format!("{LUND}he added."));
    assert_eq!(speaker(&d, quote(&d, "he", 0)), None);
}

#[test]
fn a_person_of_unknown_gender_is_not_continued() {
    // no pronoun tells Osuna's gender: the "he" stays open
    let d = doc(
        "The Ostrander Group hired a new lawyer this spring. \"We are ready for the trial,\" \
         said Luis Osuna, a lawyer for the firm. \"The judge has the papers. The witnesses are \
         here. The facts are clear.\"\n\n\"Nothing will stop us now,\" he added.",
    );
    assert_eq!(speaker(&d, quote(&d, "he", 0)), None);
}
