//! Session 28, quotes whose content is found but whose speaker is lost (issue 5): a
//! cue word's form used as a noun inside a title ("planning director", "polling chief")
//! does not cut the speaker's phrase before a cue; the "who" of "Name, who said" is the
//! source as written, its antecedent the speaker, also when the parse gives the verb the
//! antecedent as subject, or when adjuncts with no name stand between it and the cue
//! ("who has in the past described"). Invented sentences read by the full pipeline
//! before speech.

use crate::common;

use common::{parsed_doc as doc, quote_from as quote, sources, speaker_named as speaker};

#[test]
fn a_planning_director_is_the_whole_source() {
    let d = doc("\"We are done with the zoning plan,\" former planning director Ann Vale wrote.");
    let q = quote(&d, "former planning director Ann Vale", 0);
    assert!(d.slice(q.span).contains("zoning plan"), "{:?}", d.quotes);
}

#[test]
fn a_quote_after_a_titled_source_keeps_its_own_speaker() {
    // Without its own tag the second quote took the first one's speaker.
    let d = doc("\"The budget is late,\" Tom Reyes said.\n\n\
         \"We are done with the zoning plan,\" the city's planning director, Ann Vale, wrote.");
    let q = quote(&d, "Tom Reyes", 0);
    assert!(!d.slice(q.span).contains("zoning"), "{:?}", d.quotes);
}

#[test]
fn a_warning_verb_still_ends_the_phrase_before_it() {
    // "warning" here is the reporting verb of its own clause, not a modifier.
    let d = doc("Officials in the capital, warning of delays, said the bridge would close in May.");
    assert!(
        !sources(&d).iter().any(|s| s.contains("warning")),
        "{:?}",
        d.quotes
    );
}

#[test]
fn a_who_after_a_comma_is_the_source_and_its_antecedent_the_speaker() {
    // The parse makes "Mr. Lund" the subject of "said"; the source stays "who", and the
    // relative clause, its content, ends at its comma.
    let d = doc(
        "Mr. Lund, who said last week that a Canadian judge was biased against him, issued \
         a statement Tuesday.",
    );
    let q = quote(&d, "who", 0);
    assert_eq!(d.slice(q.span), "a Canadian judge was biased against him");
    assert!(
        speaker(&d, q).is_some_and(|s| s.contains("Lund")),
        "{:?}",
        speaker(&d, q)
    );
}

#[test]
fn a_who_before_a_belief_verb_is_the_source() {
    let d = doc(
        "Governor Ann Vale, who brags she has held more than 100 town halls in Ohio, doesn't pretend \
         that her campaign will last.",
    );
    let q = quote(&d, "who", 0);
    assert!(d.slice(q.span).contains("town halls"), "{:?}", d.quotes);
}

#[test]
fn words_between_who_and_its_cue_are_no_source() {
    let d = doc(
        "Beck, who has in the past described Lund as a dangerous man, clearly intended \
         the audience to recognize him.",
    );
    let q = quote(&d, "who", 0);
    assert!(d.slice(q.span).contains("dangerous"), "{:?}", d.quotes);
}

#[test]
fn a_name_after_an_object_who_stays_the_source() {
    let d = doc(
        "Much of his ire was aimed at Bannon, who Beck on Wednesday called \"a horrible man.\"",
    );
    assert!(!sources(&d).contains(&"who"), "{:?}", d.quotes);
}

#[test]
fn a_who_before_a_passive_cue_names_no_speaker() {
    // Vale is the one dubbed, not the one dubbing.
    let d = doc(
        "The vote leaves Governor Ann Vale, who might be enjoying being dubbed the \"clear \
         favorite\" though she trails at home, in a tight spot.",
    );
    assert!(
        d.quotes
            .iter()
            .filter(|q| q.cue.is_some_and(|c| d.slice(c).contains("dubbed")))
            .all(|q| q.speaker.is_none()),
        "{:?}",
        d.quotes
    );
}
