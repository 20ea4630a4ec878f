//! Session 28, recall second pass (issue 5): shapes of known cues that recall28a left,
//! counted among PolNeAR train attributions no predicted quote touches (the attache
//! crate's `quote_classes` example, `SHOW=gold.none`). Invented sentences read by the
//! full pipeline before speech.

use crate::common;

use common::{assert_content, parsed_quotes};

#[test]
fn a_cue_read_as_a_plural_noun_after_a_singular_subject_is_the_verb() {
    // The tagger reads "fears" as a plural noun compounded with "leadership"; the clause
    // after it (a subject and its modal) makes it the verb.
    assert_content(
        "The leadership fears the closures could spark protests across the region.",
        "fears",
        "the closures could spark protests across the region",
    );
}

#[test]
fn a_plural_noun_followed_by_a_verb_stays_a_noun() {
    // "reports" with a verb right after it heads the subject: no cue.
    let got = parsed_quotes("The agency reports show the rate fell last year.", false);
    assert!(!got.iter().any(|q| q[3] == "reports"), "{got:?}");
}
