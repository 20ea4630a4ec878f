//! Session 19: reports the stage used to miss (PolNeAR train recall); invented sentences
//! read by the full pipeline before speech (syntax, actors, times).

use crate::common;

use common::{parsed_quotes, quote_with_cue};

/// Every quote as `[content, speaker's actor name, source as written, cue]`.
fn quotes(text: &str) -> Vec<[String; 4]> {
    parsed_quotes(text, true)
}

#[test]
fn a_headline_label_naming_whom_the_speaker_addressed_speaks_for_the_name_before_to() {
    let text = "Harlow to Farm Bureau: Tariffs will hurt growers.\n\n\
                Senator Jane Harlow spoke to the Farm Bureau on Monday.\n";
    let got = quotes(text);
    let q = quote_with_cue(&got, ":").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "Tariffs will hurt growers", "{got:?}");
    assert_eq!(
        q[2], "Harlow",
        "the addressee is no part of the source: {got:?}"
    );
}

#[test]
fn a_headline_label_with_at_and_a_venue_speaks_for_the_name_before_it() {
    let text = "Former CFO Vance at IMF: Debt relief must come first.\n\n\
                The former finance chief Tomas Vance addressed the IMF board on Friday.\n";
    let got = quotes(text);
    let q = quote_with_cue(&got, ":").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "Debt relief must come first", "{got:?}");
    assert_eq!(q[2], "Former CFO Vance", "{got:?}");
}

#[test]
fn a_headline_with_to_in_its_statement_is_no_addressed_label() {
    // "to" after the colon belongs to the statement; a lower-case word before it to no
    // label.
    let text = "Rail strike to end on Monday: unions and managers sign the deal.\n\n\
                The rail unions signed the deal with the managers on Sunday.\n";
    let got = quotes(text);
    assert!(quote_with_cue(&got, ":").is_none(), "{got:?}");
}

#[test]
fn a_participle_cue_after_and_joined_to_an_earlier_participle_is_reported() {
    let text = "The governor spoke to reporters on Friday, praising the harbor workers \
                and accusing the board of wasting funds.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "accusing").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "the board of wasting funds", "{got:?}");
    assert_eq!(q[2], "The governor", "{got:?}");
}

#[test]
fn a_joined_participle_of_a_progressive_verb_speaks_for_its_subject() {
    let text = "Each morning the mayor is touring a flooded street and blaming the water \
                board for the delay.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "blaming").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "the water board for the delay", "{got:?}");
    assert_eq!(q[2], "the mayor", "{got:?}");
}

#[test]
fn an_adverb_between_and_and_a_joined_participle_cue_is_skipped() {
    let text = "The minister closed the summit on Sunday, thanking the envoys \
                and openly mocking the new treaty.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "mocking").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "the new treaty", "{got:?}");
    assert_eq!(q[2], "The minister", "{got:?}");
}

#[test]
fn a_stance_participle_after_with_and_its_doer_speaks_for_the_doer() {
    // Before: a stance participle spoke only after a work its maker made.
    let text = "Ferry crews walked off the job at noon, with most of the captains \
                denouncing the new rota.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "denouncing").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[0], "the new rota", "{got:?}");
    assert_eq!(q[2], "most of the captains", "{got:?}");
}

#[test]
fn a_share_after_with_is_no_doer_of_a_stance_participle() {
    // "with 40 percent backing X" is a poll's share, not a speaker.
    let text = "The survey found wide support for the levy, with 40 percent of farmers \
                backing the new tariff.";
    let got = quotes(text);
    assert!(quote_with_cue(&got, "backing").is_none(), "{got:?}");
}

#[test]
fn a_participle_cue_after_and_ending_an_earlier_participles_statement_shares_its_source() {
    let text = "The harbor master wrote to the council, saying the old pier was safe \
                and urging members to reopen it.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "urging").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert!(q[0].ends_with("to reopen it"), "{got:?}");
    assert_eq!(q[2], "The harbor master", "{got:?}");
}

#[test]
fn a_joined_participle_with_no_source_in_the_parse_is_not_reported() {
    // Gerunds as a subject: no one speaks, and a content would run into the predicate.
    for text in [
        "Listening to critics, cooperating with rivals and finding common ground is the \
         hardest part of the job.",
        "Farmers skipping the hearings and attacking the panel instead - that was rare in \
         the old days.",
    ] {
        let got = quotes(text);
        assert!(quote_with_cue(&got, "finding").is_none(), "{text}: {got:?}");
        assert!(
            quote_with_cue(&got, "attacking").is_none(),
            "{text}: {got:?}"
        );
    }
}
