//! Session 28, stance cues whose subject is a thing: "support", "back", "endorse",
//! "oppose" and "favor" take a position only from a holder (a person, a group, a state,
//! a poll or a document), so "Steel beams support the roof" reports none. Invented
//! sentences read by the full pipeline before speech.

use crate::common;

use common::{assert_content, content_of, parsed_quotes};

#[test]
fn a_thing_that_supports_something_takes_no_position() {
    for (text, cue) in [
        (
            "Steel beams support the roof of the old station.",
            "support",
        ),
        (
            "The new rules support small farms across the valley.",
            "support",
        ),
        (
            "The money will go to support the clinics in the county.",
            "support",
        ),
        (
            "The mild climate should favor the home team on Sunday.",
            "favor",
        ),
    ] {
        let got = parsed_quotes(text, false);
        assert_eq!(content_of(&got, cue), "", "{text}: {got:?}");
    }
}

#[test]
fn a_holder_that_supports_something_still_takes_a_position() {
    for (text, cue, want) in [
        (
            "The teachers now support the new water tax.",
            "support",
            "the new water tax",
        ),
        (
            "The union backed the strike at the port.",
            "backed",
            "the strike at the port",
        ),
        (
            "Farmers support the new water tax.",
            "support",
            "the new water tax",
        ),
        (
            "The survey results support the new water tax.",
            "support",
            "the new water tax",
        ),
    ] {
        assert_content(text, cue, want);
    }
}
