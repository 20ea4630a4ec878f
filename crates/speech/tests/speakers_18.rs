//! Session 18, speakers: contents matched with a wrong speaker on PolNeAR train, fixed by
//! mechanism; invented sentences read by the full pipeline before speech (syntax, actors,
//! times). Each quote is `[content, speaker's actor name, source as written, cue]`.

use crate::common;

use common::{parsed_quotes, quote_with_cue};

fn quotes(text: &str) -> Vec<[String; 4]> {
    parsed_quotes(text, true)
}

#[test]
fn an_aside_between_a_named_subject_and_its_cue_is_not_the_speaker() {
    // The phrase read leftwards from the cue was the aside alone: an age and a relative
    // clause, a participle clause, a place of origin.
    for (text, name) in [
        (
            "Maria Lopez, 58, who owns a bakery outside Tulsa, says she had never heard of the senator before the fair.",
            "Maria Lopez",
        ),
        (
            "Senator Hugo Brandt, facing a hard race in his farm state, said he would welcome the governor.",
            "Senator Hugo Brandt",
        ),
        (
            "Dana Kimball, of Dayton, Ohio, said she had not given up hope on the mayor.",
            "Dana Kimball",
        ),
    ] {
        let got = quotes(text);
        let q = got
            .iter()
            .find(|q| q[3] == "said" || q[3] == "says")
            .unwrap_or_else(|| panic!("{text}: {got:?}"));
        assert!(q[2].starts_with(name), "{text}: {got:?}");
    }
}

#[test]
fn a_tag_between_commas_keeps_its_own_subject() {
    // The parse's subject of "said" is the content's ("The problem"): not taken.
    let text = "The problem, Brandt said, is that the bridge was never finished.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "said").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[2], "Brandt", "{got:?}");
}

#[test]
fn an_opening_participle_clause_speaks_for_the_subject_after_its_comma() {
    // Before: no source, or "he" from inside the participle's own content.
    for (text, cue, source) in [
        (
            "After saying he was afraid to speak, the farmer ended up at the front of the room.",
            "saying",
            "the farmer",
        ),
        (
            "In opposing the request, her lawyer, Dan Ortiz, wrote that the deposition was improper.",
            "opposing",
            "her lawyer, Dan Ortiz",
        ),
        (
            "Since announcing in May that he would retire, Mr. Vance has been a quiet ally of the mayor.",
            "announcing",
            "Mr. Vance",
        ),
        (
            "After thanking the volunteers, who had waited for hours, the mayor promised to return in May.",
            "thanking",
            "the mayor",
        ),
    ] {
        let got = quotes(text);
        let q = quote_with_cue(&got, cue).unwrap_or_else(|| panic!("{text}: {got:?}"));
        assert_eq!(q[2], source, "{text}: {got:?}");
    }
}

#[test]
fn a_comma_participle_after_the_main_clause_speaks_for_its_whole_subject() {
    // Before: the first capitalised words of the sentence ("Several", "Top"), as the
    // parse hung the participle on an adverb or on the noun before it.
    for (text, cue, source) in [
        (
            "Several prominent senators have begun to speak out, however, expressing dismay at the treatment of the family.",
            "expressing",
            "Several prominent senators",
        ),
        (
            "Top party leaders also wrote to the attorney general, urging the department to review the new rules.",
            "urging",
            "Top party leaders",
        ),
    ] {
        let got = quotes(text);
        let q = quote_with_cue(&got, cue).unwrap_or_else(|| panic!("{text}: {got:?}"));
        assert_eq!(q[2], source, "{text}: {got:?}");
    }
}

#[test]
fn a_comma_participle_after_a_time_clause_takes_no_main_subject() {
    // The participle belongs to the "after" clause's subject, not the main verb's.
    let text = "The uproar started a week after the developer joined the race, calling the farmers thieves.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "calling").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_ne!(q[2], "The uproar", "{got:?}");
}

#[test]
fn an_opening_in_phrase_before_a_colon_quote_is_passed_to_the_subject() {
    // "in" was read as the clause opener of "in fact", leaving "reply ..." with no subject.
    let text = "In reply to the storm damage, Governor Ann Weller issued the following statement: \u{201c}Our thoughts are with every family in the valley.\u{201d}";
    let got = quotes(text);
    let q = got
        .iter()
        .find(|q| q[0].starts_with("Our thoughts"))
        .unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[2], "Governor Ann Weller", "{got:?}");
}

#[test]
fn a_speech_participle_after_a_prepositional_object_speaks_for_the_clause_subject() {
    // Before: "the farm lobby", the phrase the participle follows.
    let text = "Ruiz made a pitch to the farm lobby saying a new dam would hurt the valley.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "saying").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[2], "Ruiz", "{got:?}");
    // After "with" the phrase is the participle's own subject.
    let text = "The poll closed with most residents saying the tax was too high.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "saying").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[2], "most residents", "{got:?}");
}

#[test]
fn an_inverted_tag_with_an_unknown_verb_keeps_the_speakers_home_town() {
    // Before: the name stopped at "of", the tag was not read and the quote had no source.
    let text = "\u{201c}This is wonderful!\u{201d} beamed Tom Hale of Mobile, Alabama.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "beamed").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[2], "Tom Hale of Mobile, Alabama", "{got:?}");
}

#[test]
fn a_subject_pronoun_after_a_relative_word_is_the_speaker() {
    // Before: the parse made "who" the subject of "said" and the quote took it.
    let text = "Ortega spoke warmly of his two sons, who he said were studying in Lisbon.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "said").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[2], "he", "{got:?}");
    assert_eq!(q[1], "Ortega", "{got:?}");
}

#[test]
fn a_floating_quantifier_before_the_cue_is_not_the_source() {
    // Before: "have both" and "all" were the source phrase.
    for (text, cue, source) in [
        (
            "Party leaders have both urged the governor to release the letters.",
            "urged",
            "Party leaders",
        ),
        (
            "The farmers all said the vote had been fair.",
            "said",
            "The farmers",
        ),
        // Opening its clause, the quantifier is the subject.
        ("Both said the vote had been fair.", "said", "Both"),
    ] {
        let got = quotes(text);
        let q = quote_with_cue(&got, cue).unwrap_or_else(|| panic!("{text}: {got:?}"));
        assert_eq!(q[2], source, "{text}: {got:?}");
    }
}

#[test]
fn a_noun_phrase_between_a_relative_word_and_its_cue_is_the_speaker() {
    // Before: the parse made the relative word the subject of the cue ("which", "that").
    for (text, content, source) in [
        (
            "Voters cheered the speech, which critics said was her best of the year.",
            "was her best of the year",
            "critics",
        ),
        (
            "The new fees, which officials said will start in May, drew anger from farmers.",
            "will start in May",
            "officials",
        ),
        // A phrase holding a verb is a relative clause on the subject, not the subject.
        (
            "The man who came yesterday said the road was closed.",
            "the road was closed",
            "The man who came yesterday",
        ),
    ] {
        let got = quotes(text);
        let q = quote_with_cue(&got, "said").unwrap_or_else(|| panic!("{text}: {got:?}"));
        assert_eq!(q[0], content, "{text}: {got:?}");
        assert_eq!(q[2], source, "{text}: {got:?}");
    }
}

#[test]
fn a_relative_pronoun_before_a_time_adjunct_is_the_source() {
    // Before: the antecedent phrase, read past "who last year".
    let text = "Senator Hugo Brandt, who last year threatened to close the agency, now backs it.";
    let got = quotes(text);
    let q = quote_with_cue(&got, "threatened").unwrap_or_else(|| panic!("{text}: {got:?}"));
    assert_eq!(q[2], "who", "{got:?}");
    assert_eq!(q[1], "Hugo Brandt", "{got:?}");
}
