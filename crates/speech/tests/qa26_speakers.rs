//! Session 26, speakers no actor mention covers (`describe_speakers`): a description of
//! who spoke is a described person, group or organisation, or the one named before by its
//! noun; a surname alone is the person the article names in full; a source naming no one
//! stays unresolved. Invented sentences read by the full pipeline before speech.

use crate::common;

use attache_core::{ActorKind, MentionForm};
use common::{parsed_doc as doc, quote_from as quote, speaker_of as speaker};

#[test]
fn a_description_with_no_name_before_is_a_described_group() {
    // an unnamed speaker is a group actor, as the actors stage's "a senior official" is
    let d = doc("The announcer said, \"It is three in the morning.\"");
    let q = quote(&d, "The announcer", 0);
    assert_eq!(
        speaker(&d, q),
        Some(("The announcer".to_string(), ActorKind::Group))
    );
    // the speaker stands on its phrase, as a description, and is listed
    let m = q.speaker.and_then(|r| r.mention).expect("a mention");
    assert_eq!(d.mentions[m as usize].form, MentionForm::Description);
    assert_eq!(q.speakers, vec![q.speaker.unwrap()]);
}

#[test]
fn plural_people_nouns_are_a_described_group() {
    let d = doc("Many experts said the plan would fail. Hackers said they had stolen the files.");
    let experts = quote(&d, "Many experts", 0);
    assert_eq!(
        speaker(&d, experts),
        Some(("Many experts".to_string(), ActorKind::Group))
    );
    let hackers = quote(&d, "Hackers", 0);
    assert_eq!(speaker(&d, hackers).map(|s| s.1), Some(ActorKind::Group));
}

#[test]
fn anonymous_sources_are_a_group_not_a_person_named_anonymous() {
    let d = doc("Anonymous sources said the talks had failed.");
    let q = quote(&d, "Anonymous sources", 0);
    assert_eq!(
        speaker(&d, q),
        Some(("Anonymous sources".to_string(), ActorKind::Group))
    );
}

#[test]
fn the_group_is_the_organisation_named_just_before() {
    let d = doc(
        "The Northern Farmers Union held a rally in Oslo on Monday. \
         The group said it would protest again on Friday.",
    );
    let q = quote(&d, "The group", 0);
    let (name, _) = speaker(&d, q).expect("a speaker");
    assert!(name.contains("Northern Farmers Union"), "{name}");
}

#[test]
fn the_group_with_no_organisation_before_is_a_described_group() {
    let d = doc("The group said it would protest on Friday.");
    let q = quote(&d, "The group", 0);
    assert_eq!(
        speaker(&d, q),
        Some(("The group".to_string(), ActorKind::Group))
    );
}

#[test]
fn the_campaign_is_never_the_only_organisation_before() {
    // a campaign is someone's: not the newspaper named in the sentence before
    let d = doc("The candidate spoke to the Bergen Courier on Monday. \
         The campaign said the rally would go ahead.");
    let q = quote(&d, "The campaign", 0);
    let (name, kind) = speaker(&d, q).expect("a speaker");
    assert_eq!((name.as_str(), kind), ("The campaign", ActorKind::Group));
}

#[test]
fn the_mayor_is_the_mayor_named_before() {
    let d =
        doc("Mayor Ana Lund spoke in Bergen on Monday. The mayor said the budget would balance.");
    let q = quote(&d, "The mayor", 0);
    let (name, kind) = speaker(&d, q).expect("a speaker");
    assert_eq!(kind, ActorKind::Person);
    assert!(name.contains("Lund"), "{name}");
}

#[test]
fn one_definite_description_is_one_actor_in_an_article() {
    let d = doc("The announcer said the show would start late. \
         Later the announcer said the show was cancelled.");
    let a = quote(&d, "The announcer", 0).speaker.expect("first").actor;
    let b = quote(&d, "Later the announcer", 0)
        .speaker
        .expect("second")
        .actor;
    assert_eq!(a, b);
}

#[test]
fn a_surname_alone_is_the_person_the_article_names_in_full() {
    let d = doc(
        "The film was directed by Marit Oksvold, who spoke in Tromso on Monday. \
         Oksvold said the film took four years to make.",
    );
    let q = quote(&d, "Oksvold", 0);
    let (name, kind) = speaker(&d, q).expect("a speaker");
    assert_eq!(kind, ActorKind::Person);
    assert!(name.contains("Oksvold"), "{name}");
}

#[test]
fn a_name_in_full_is_not_a_namesake_with_another_given_name() {
    let d = doc("Keith Lamont Scott was shot by police on Tuesday. \
         Rakeyia Scott said her husband was unarmed.");
    let q = quote(&d, "Rakeyia Scott", 0);
    let name = speaker(&d, q).map(|s| s.0).unwrap_or_default();
    assert!(!name.contains("Keith"), "{name}");
}

#[test]
fn a_document_as_source_stays_unresolved() {
    let d = doc("The report said the budget would not balance.");
    let q = quote(&d, "The report", 0);
    assert_eq!(speaker(&d, q), None);
    assert!(q.source.is_some());
}

#[test]
fn a_possessed_noun_is_no_description_of_its_possessor() {
    // "the agency's system" is no agency speaking, nor anyone else
    let d = doc("The agency's system showed that nobody had logged in.");
    for q in &d.quotes {
        let name = speaker(&d, q).map(|s| s.0).unwrap_or_default();
        assert!(!name.to_lowercase().contains("agency"), "{name}");
    }
}

#[test]
fn a_description_with_its_own_of_phrase_refers_back_to_no_one() {
    // "the mayor of X" is X's mayor, not the mayor named before
    let d = doc("Mayor Ana Lund visited Bergen on Monday. \
         The mayor of the fishing village said the visit was a success.");
    let q = quote(&d, "The mayor of the fishing village", 0);
    let name = speaker(&d, q).map(|s| s.0).unwrap_or_default();
    assert!(!name.contains("Lund"), "{name}");
}

#[test]
fn a_numbered_group_phrase_is_left_to_the_group_reading() {
    // "the two leaders" after three named people: which two is unknown, so no one
    let d = doc("Helga Brandt met Omar Haddad and Lena Okafor on Friday. \
         The two leaders said afterwards that a trade office would open.");
    let q = quote(&d, "The two leaders", 0);
    assert_eq!(speaker(&d, q), None);
}

#[test]
fn the_nominee_is_the_person_the_article_titled_so() {
    let d = doc(
        "Republican nominee Ana Lund spoke in Bergen on Monday, and Per Dahl spoke in Oslo. \
         The Republican nominee said the budget would balance.",
    );
    let q = quote(&d, "The Republican nominee", 0);
    let (name, _) = speaker(&d, q).expect("a speaker");
    assert!(name.contains("Lund"), "{name}");
}

#[test]
fn a_nominee_of_another_party_is_not_the_one_titled_before() {
    let d = doc("Republican nominee Ana Lund spoke in Bergen on Monday. \
         The Democratic nominee said the budget would balance.");
    let q = quote(&d, "The Democratic nominee", 0);
    let name = speaker(&d, q).map(|s| s.0).unwrap_or_default();
    assert!(!name.contains("Lund"), "{name}");
}

#[test]
fn a_relative_pronoun_stands_for_the_people_its_clause_describes() {
    let d = doc("Officials met with local farmers who said the plan would ruin the harvest.");
    let q = quote(&d, "who", 0);
    assert_eq!(
        speaker(&d, q),
        Some(("local farmers".to_string(), ActorKind::Group))
    );
}

#[test]
fn a_relative_pronoun_on_a_thing_names_no_speaker() {
    let d = doc("The council released messages that showed the mayor had lied.");
    for q in &d.quotes {
        if q.source.is_some_and(|s| d.slice(s) == "that") {
            assert_eq!(speaker(&d, q), None);
        }
    }
}

#[test]
fn no_organisation_is_no_speaker() {
    let d = doc("No organisation has claimed that it carried out the attack.");
    for q in &d.quotes {
        assert_eq!(speaker(&d, q), None);
    }
}
