//! Session 19, speakers: contents matched with a wrong speaker on PolNeAR train, fixed by
//! mechanism; invented sentences read by the full pipeline before speech (syntax, actors,
//! times). Each quote is `[content, speaker's actor name, source as written, cue]`.

use crate::common;

use common::{parsed_quotes, quote_with_cue};

fn quotes(text: &str) -> Vec<[String; 4]> {
    parsed_quotes(text, true)
}

#[test]
fn a_participle_after_a_thing_made_or_sent_speaks_for_its_maker() {
    // Before: the object itself ("a leaflet", "a lawsuit in March") was the source.
    for (text, cue, maker) in [
        (
            "The growers' association sent a leaflet last week urging members to vote against the dam.",
            "urging",
            "The growers' association",
        ),
        (
            "Governor Ellen Marsh filed a lawsuit in March alleging that the agency had hidden the costs.",
            "alleging",
            "Governor Ellen Marsh",
        ),
        (
            "The mayor spent the whole speech mocking his rival's plan for the harbor.",
            "mocking",
            "The mayor",
        ),
    ] {
        let got = quotes(text);
        let q = quote_with_cue(&got, cue).unwrap_or_else(|| panic!("{text}: {got:?}"));
        assert_eq!(q[2], maker, "{text}: {got:?}");
    }
}

#[test]
fn a_participle_after_an_object_that_does_it_keeps_the_object() {
    // "left ... saying", "got ... talking": the object says it, not the subject.
    for (text, cue, source) in [
        (
            "The floods have left most farmers in the valley saying the levees were neglected.",
            "saying",
            "most farmers in the valley",
        ),
        (
            "The debate got many viewers talking about whether the senator would run again.",
            "talking about",
            "many viewers",
        ),
    ] {
        let got = quotes(text);
        let q = quote_with_cue(&got, cue).unwrap_or_else(|| panic!("{text}: {got:?}"));
        assert_eq!(q[2], source, "{text}: {got:?}");
    }
}

#[test]
fn a_cue_opening_a_colon_paragraph_has_its_source_after_it() {
    // "Recalled X:" before a quoted paragraph: before, the quote had no speaker.
    let text = "The river crested on Monday.\n\nRecalled Pell:\n\n\"I grew up on that river and I know what it can do.\"\n";
    let got = quotes(text);
    let q = got
        .iter()
        .find(|q| q[0].starts_with("I grew up"))
        .unwrap_or_else(|| panic!("{got:?}"));
    assert_eq!(q[2], "Pell", "{got:?}");
}

#[test]
fn an_aside_opened_by_a_preposition_is_not_the_speaker() {
    // "X, during a meeting in Y, said": before, the aside's phrase was the source.
    let text = "Clinton, during a town meeting in Dayton, Ohio, said she would rebuild the levee.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "said").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[1], "Clinton", "{text}: {got:?}");
    assert!(q[2].starts_with("Clinton"), "{text}: {got:?}");
}

#[test]
fn a_quoted_name_inside_the_aside_of_a_closing_tag_does_not_end_the_tag() {
    // Before: the marks around "Save the Valley" ended the search for the tag, so the
    // quote had no speaker.
    let text = "\"Nobody in this town trusts the dam report,\" Hal Ruiz, a retired engineer who keeps a \"Save the Valley\" sign on his porch, told reporters.";
    let got = quotes(text);
    let q = got
        .iter()
        .find(|q| q[0].starts_with("Nobody in this town"))
        .unwrap_or_else(|| panic!("{got:?}"));
    assert!(q[2].starts_with("Hal Ruiz"), "{got:?}");
}

#[test]
fn a_wire_dateline_is_never_the_speaker() {
    // Before: the dateline ("DAYTON, Ohio (AP)", "Columbus (AFP)") was the source.
    let text = "Levee plan stalls.\n\nDAYTON, Ohio (AP) - Mayor Ruth Kendall toured the broken levee with two engineers and said the county would pay for the repairs.\n\nColumbus (AFP) - Governor Omar Haddad blamed the river authority for the delays on Friday, arguing that its engineers ignored every warning.\n";
    let got = quotes(text);
    for (cue, source) in [
        ("said", "Mayor Ruth Kendall"),
        ("arguing", "Governor Omar Haddad"),
    ] {
        let q = quote_with_cue(&got, cue).unwrap_or_else(|| panic!("{got:?}"));
        assert_eq!(q[2], source, "{got:?}");
    }
}

#[test]
fn a_middle_initial_stays_in_a_digest_name_after_its_topic_line() {
    // Before: "P." broke the name after the dash, and the topic line in capitals spoke.
    let text = "Poll digest.\n\nFEW VOTERS SWITCHED SIDES IN THE FALL - Ana P. Lund: \u{201c}At long last the count is done.\u{201d}\n";
    let got = quotes(text);
    let q = got
        .iter()
        .find(|q| q[0].starts_with("At long last"))
        .unwrap_or_else(|| panic!("{got:?}"));
    assert_eq!(q[2], "Ana P. Lund", "{got:?}");
}
