//! Session 19, group speakers: a source naming several parties lists every one of them in
//! `Quote::speakers` (the first staying `speaker`); invented sentences read by the full
//! pipeline before speech (syntax, actors, times).

use crate::common;

use attache_core::{ActorKind, Document, Quote};
use common::parsed_stages;

fn doc(text: &str) -> Document {
    let mut doc = Document::from_plain(text);
    for s in parsed_stages(true) {
        s.run(&mut doc);
    }
    doc
}

/// The quote whose cue starts with `cue`.
fn quote<'a>(doc: &'a Document, cue: &str) -> &'a Quote {
    doc.quotes
        .iter()
        .find(|q| q.cue.is_some_and(|c| doc.slice(c).starts_with(cue)))
        .unwrap_or_else(|| panic!("no quote with cue {cue:?}: {:?}", doc.quotes))
}

/// The names of a quote's speakers, in order.
fn speakers(doc: &Document, q: &Quote) -> Vec<String> {
    q.speakers
        .iter()
        .map(|r| doc.actors[r.actor as usize].name.clone())
        .collect()
}

fn speaker(doc: &Document, q: &Quote) -> Option<String> {
    q.speaker.map(|r| doc.actors[r.actor as usize].name.clone())
}

#[test]
fn two_countries_joined_by_and_both_speak() {
    let d = doc("Norway and Chile said on Tuesday that the fishing accord would be renewed.");
    let q = quote(&d, "said");
    let all = speakers(&d, q);
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(Some(all[0].clone()), speaker(&d, q), "{all:?}");
    assert!(all[1].contains("Chile"), "{all:?}");
}

#[test]
fn a_list_with_commas_and_a_final_and_names_every_country() {
    let d = doc(
        "Portugal, Austria and Finland told the assembly in a joint note that the vote was flawed.",
    );
    let q = quote(&d, "told");
    let all = speakers(&d, q);
    assert_eq!(all.len(), 3, "{all:?}");
    assert!(all[0].contains("Portugal"), "{all:?}");
    assert!(all[1].contains("Austria"), "{all:?}");
    assert!(all[2].contains("Finland"), "{all:?}");
}

#[test]
fn both_before_two_named_people_makes_both_speak() {
    let d =
        doc("Both Helga Brandt and Omar Haddad said the ceasefire lines had to be drawn again.");
    let q = quote(&d, "said");
    let all = speakers(&d, q);
    assert_eq!(all, vec!["Helga Brandt", "Omar Haddad"], "{all:?}");
}

#[test]
fn a_speaker_with_one_name_lists_only_that_name() {
    // The commas set off an apposition, not a list: one speaker.
    let d = doc("Helga Brandt, an adviser to Omar Haddad, said the border posts would reopen.");
    let q = quote(&d, "said");
    assert_eq!(speakers(&d, q), vec!["Helga Brandt"]);
    assert_eq!(speaker(&d, q).as_deref(), Some("Helga Brandt"));
}

#[test]
fn a_country_after_a_preposition_in_the_source_is_no_second_speaker() {
    // "the envoy of Norway" is one person: the envoy may speak beside Helga Brandt, the
    // country Norway does not.
    let d = doc("Helga Brandt and the envoy of Norway said the ferry line would be kept open.");
    let q = quote(&d, "said");
    let all = speakers(&d, q);
    assert_eq!(
        all.first().map(String::as_str),
        Some("Helga Brandt"),
        "{all:?}"
    );
    assert!(
        q.speakers
            .iter()
            .all(|r| d.actors[r.actor as usize].kind != ActorKind::Country),
        "{all:?}"
    );
}

#[test]
fn the_two_leaders_after_two_named_leaders_are_both_speakers() {
    let d = doc(
        "Helga Brandt met Omar Haddad at the lake palace on Friday. \
         The two leaders said afterwards that a trade office would open in the spring.",
    );
    let q = quote(&d, "said");
    assert_eq!(
        speakers(&d, q),
        vec!["Helga Brandt", "Omar Haddad"],
        "{:?}",
        d.quotes
    );
}

#[test]
fn a_group_phrase_after_three_named_people_names_no_one() {
    let d = doc(
        "Helga Brandt met Omar Haddad and Lena Okafor at the lake palace on Friday. \
         The two leaders said afterwards that a trade office would open in the spring.",
    );
    let q = quote(&d, "said");
    assert!(q.speakers.is_empty(), "{:?}", speakers(&d, q));
}

#[test]
fn countries_after_of_inside_the_source_are_not_listed_as_speakers_themselves() {
    // The envoys speak; the countries they come from only qualify them.
    let d = doc("The envoys of Norway and Chile said the fishing accord would be renewed.");
    let q = quote(&d, "said");
    assert!(
        q.speakers
            .iter()
            .all(|r| d.actors[r.actor as usize].kind != ActorKind::Country),
        "{:?}",
        speakers(&d, q)
    );
}

#[test]
fn names_joined_inside_a_foundation_name_are_one_speaker() {
    // The two names qualify "Fund": the fund speaks, not two people.
    let d = doc("The Ines Varga and Tomas Reyes Fund said on Monday that the grants would double.");
    let q = quote(&d, "said");
    assert!(q.speakers.len() <= 1, "{:?}", speakers(&d, q));
}

#[test]
fn a_country_after_in_is_no_speaker_beside_the_first() {
    // The growers speak; "in Kenya and Uganda" says where they are.
    let d = doc("Coffee growers in Kenya and Uganda say the rains came three weeks late.");
    let q = quote(&d, "say");
    let all = speakers(&d, q);
    assert!(!all.iter().any(|n| n.contains("Uganda")), "{all:?}");
}

#[test]
fn a_conjunct_owning_the_next_noun_is_no_speaker() {
    // The agency owns the reporter's name after it: the agency itself does not speak.
    let d = doc("Helga Brandt and Reuters' Tomas Reyes said the ferry line would stay open.");
    let q = quote(&d, "said");
    let all = speakers(&d, q);
    assert!(
        q.speakers
            .iter()
            .all(|r| d.actors[r.actor as usize].name != "Reuters"),
        "{all:?}"
    );
}

#[test]
fn a_conjunct_after_and_the_is_listed() {
    let d = doc("Helga Brandt and the Kremlin said on Sunday that the ferry line would stay open.");
    let q = quote(&d, "said");
    assert_eq!(q.speakers.len(), 2, "{:?}", speakers(&d, q));
}

#[test]
fn a_title_before_the_second_name_keeps_it_a_conjunct() {
    // Before: "and Deputy Mayor" stood between the two names, so the list stopped at the
    // first.
    let d = doc(
        "Helga Brandt and Deputy Mayor Omar Haddad told reporters that the ferry line would stay open.",
    );
    let q = quote(&d, "told");
    // (The actor stage splits "Deputy Mayor Omar Haddad"; its name is not checked here.)
    let all = speakers(&d, q);
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(all[1].starts_with("Omar"), "{all:?}");
}

#[test]
fn both_alone_after_two_named_people_stands_for_them() {
    let d = doc(
        "Helga Brandt debated Omar Haddad in Tromso on Thursday night. \
         Both said afterwards that the ferry line would stay open.",
    );
    let q = quote(&d, "said");
    assert_eq!(speakers(&d, q), vec!["Helga Brandt", "Omar Haddad"]);
}

#[test]
fn countries_named_only_by_adjectives_are_not_the_two_sides() {
    // The two sides are the firms; "Chilean" and "Norwegian" only describe them.
    let d = doc(
        "A Chilean salmon farmer agreed on Monday to buy a Norwegian feed maker for cash. \
         The two sides said the sale would close in June.",
    );
    let q = quote(&d, "said");
    assert!(q.speakers.is_empty(), "{:?}", speakers(&d, q));
}
