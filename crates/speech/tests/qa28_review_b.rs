//! Session 28 review (review28b): shapes where this session's quote rules over-fired on
//! invented probes, GeoVirus and tbaq19. A span of time after "spoke out for" is no
//! position; a "support" the parse joins to an adjective modifies a noun; the one a source
//! is close to, or an aide to, does not speak; a source phrase does not start inside a
//! hyphenated word; a stance cue's object in a relative clause ends before the main verb the
//! parse hangs on the cue. Invented sentences read by the full
//! pipeline before speech.

use crate::common;

use common::{
    assert_content_holds, parsed_doc, parsed_quotes, quote_from, quote_with_cue, speaker_named,
};

#[test]
fn a_span_of_time_after_spoke_out_for_is_no_position() {
    for text in [
        "The deputy spoke out for an hour on the floor of the assembly.",
        "She spoke out for nearly two hours.",
        "The pastor spoke out for the first time since the fire.",
        "Mr. Adeyemi spoke out for years against the pipeline.",
    ] {
        let got = parsed_quotes(text, false);
        assert!(
            quote_with_cue(&got, "spoke out for").is_none(),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn spoke_out_for_a_cause_keeps_its_content() {
    assert_content_holds(
        "Three bishops spoke out for the striking miners at a rally in Tema.",
        "spoke out for",
        "the striking miners",
    );
}

#[test]
fn support_joined_to_an_adjective_modifies_a_noun() {
    let text = "On Friday, the agency sent extra medical and support staff to the port to \
                help local nurses.";
    let got = parsed_quotes(text, false);
    assert!(quote_with_cue(&got, "support").is_none(), "{got:?}");
}

#[test]
fn support_as_a_verb_of_voters_still_reports_a_stance() {
    let got = parsed_quotes("Voters support the mayor by a wide margin.", false);
    assert!(quote_with_cue(&got, "support").is_some(), "{got:?}");
}

#[test]
fn the_one_a_source_is_close_to_does_not_speak() {
    for (text, source, principal) in [
        (
            "A source close to President Obama said the talks had stalled.",
            "A source close to President Obama",
            "Obama",
        ),
        (
            "The talks had stalled, a source close to President Obama said.",
            "a source close to President Obama",
            "Obama",
        ),
        (
            "An aide to Senator Dana Holt said the vote would be delayed.",
            "An aide to Senator Dana Holt",
            "Holt",
        ),
    ] {
        let d = parsed_doc(text);
        let q = quote_from(&d, source, 0);
        let speaker = speaker_named(&d, q).unwrap_or_default();
        assert!(!speaker.contains(principal), "{text}: {speaker:?}");
    }
}

#[test]
fn a_named_head_before_its_to_phrase_still_speaks() {
    // The rule above silences only the one a source is close to: a named adviser speaks.
    let d = parsed_doc("Ana Lund, an adviser to Governor Ruiz, told reporters the tax would pass.");
    let q = quote_from(&d, "Ana Lund, an adviser to Governor Ruiz", 0);
    assert_eq!(
        speaker_named(&d, q).as_deref(),
        Some("Ana Lund"),
        "{:?}",
        d.quotes
    );
}

#[test]
fn a_source_phrase_does_not_start_inside_a_hyphenated_word() {
    let got = parsed_quotes(
        "Dealers in rural over-the-counter shares are adding their voice to the protest.",
        false,
    );
    assert!(!got.is_empty(), "the dealers' position is a quote");
    for q in &got {
        assert!(!q[2].starts_with('-'), "{got:?}");
    }
}

#[test]
fn a_stance_object_in_a_relative_clause_ends_before_the_main_verb() {
    for text in [
        "The players who support the coach left the meeting early.",
        "The man who supports the coach left the meeting early.",
    ] {
        let got = parsed_quotes(text, false);
        let q = got.iter().find(|q| q[3].starts_with("support"));
        assert_eq!(
            q.map(|q| q[0].as_str()),
            Some("the coach"),
            "{text}: {got:?}"
        );
    }
}
