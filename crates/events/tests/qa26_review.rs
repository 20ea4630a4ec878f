//! Session 26, review of the sides and described-speaker rules: shapes where they over-fired
//! on invented probe sentences. Sentences are invented.

use crate::qa22_sides::{has_side, lacks_side, sides};

#[test]
fn two_quotes_of_one_described_source_are_one_side() {
    // "accused ... of", "saying ...": two quotes of the one phrase "Critics", one actor, so the
    // accusation is coded once, not once per twin mention.
    let text =
        "Critics accused the Kenyan government of corruption, saying it had stolen billions.";
    let want = "Critics[-] -> the Kenyan government[KENGOV] 1121";
    let got = sides(text);
    assert_eq!(got.iter().filter(|g| *g == want).count(), 1, "{got:?}");
    let text =
        "A spokesman accused the Ugandan government of lying, saying it had broken the deal.";
    let want = "A spokesman[-] -> the Ugandan government[UGAGOV] 112";
    let got = sides(text);
    assert_eq!(got.iter().filter(|g| *g == want).count(), 1, "{got:?}");
}

#[test]
fn a_source_open_to_any_of_a_kind_is_no_speaker_side() {
    // "Every voter" is no one: the stance has no source, as the group nouns already read it.
    lacks_side(
        "Every voter must reject the Kenyan opposition, the minister said.",
        "Every voter",
    );
}

#[test]
fn one_of_a_kind_after_a_negated_verb_is_no_side() {
    // "would not meet a candidate who lied": no candidate in particular.
    lacks_side(
        "The Kenyan president said he would not meet a candidate who lied.",
        "a candidate",
    );
    // A subject of a negated verb is still the one named; an object of a verb said is too.
    has_side(
        "The Kenyan police beat a man in Nairobi on Monday.",
        "The Kenyan police[KENCOP] -> a man[-] 182",
    );
}

#[test]
fn a_disease_named_as_a_killer_is_no_side() {
    // "Ebola" is a proper noun no mention covers, the subject of "killed": a name the tagger
    // left out for the unnamed-names pass, but a disease kills no one as an actor does.
    lacks_side("Ebola killed three nurses in Uganda last year.", "Ebola");
    has_side(
        "The Ugandan army killed three nurses in Kenya last year.",
        "The Ugandan army[UGAMIL] -> Kenya[KEN] 1823",
    );
}
