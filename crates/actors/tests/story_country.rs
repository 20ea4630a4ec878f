//! The story's country for agents named without one ("police", "Opposition leader X"):
//! from the dateline, else from a clear majority of the article's country-coded names.

use attache_actors::resolve::{render_mentions, W_INFERRED_COUNTRY};
use attache_core::Document;

use crate::common;
use common::{actor, resolve_at};

/// `text` published on 2025-10-28, filed from `dateline`.
fn resolve(text: &str, dateline: Option<&str>) -> Document {
    resolve_at(text, (2025, 10, 28), dateline)
}

fn code_of(doc: &Document, text: &str) -> Option<String> {
    actor(doc, text).and_then(|a| a.code.clone())
}

#[test]
fn police_and_rebels_take_the_datelines_country() {
    let doc = resolve(
        "Police fired tear gas at protesters on Monday. The rebels agreed to talks.",
        Some("YAOUNDE"),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        code_of(&doc, "Police").as_deref(),
        Some("CMRCOP"),
        "{listing}"
    );
    assert_eq!(
        code_of(&doc, "rebels").as_deref(),
        Some("CMRREB"),
        "{listing}"
    );
    assert_eq!(
        code_of(&doc, "protesters").as_deref(),
        Some("CMROPP"),
        "{listing}"
    );
}

#[test]
fn a_titled_unknown_person_takes_the_datelines_country() {
    let doc = resolve(
        "Opposition leader Ana Vidal rejected the official results. Government spokesman \
         Paulo Mendes warned against violence.",
        Some("Yaounde"),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        code_of(&doc, "Ana Vidal").as_deref(),
        Some("CMROPP"),
        "{listing}"
    );
    assert_eq!(
        code_of(&doc, "Paulo Mendes").as_deref(),
        Some("CMRGOV"),
        "{listing}"
    );
}

#[test]
fn an_inferred_country_is_noted_as_inferred() {
    let doc = resolve("Security forces fired tear gas on Monday.", Some("YAOUNDE"));
    let notes: Vec<&str> = doc
        .warnings
        .iter()
        .filter(|w| w.code == W_INFERRED_COUNTRY)
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].contains("CMR") && notes[0].contains("dateline"),
        "{notes:?}"
    );
}

#[test]
fn without_a_dateline_a_clear_majority_of_names_gives_the_country() {
    let doc = resolve(
        "Cameroon's president Paul Biya spoke in Yaounde. Police arrested two men.",
        None,
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        code_of(&doc, "Police").as_deref(),
        Some("CMRCOP"),
        "{listing}"
    );
}

#[test]
fn two_countries_without_a_majority_give_no_story_country() {
    let doc = resolve(
        "Kenya and Uganda signed a border deal. Police arrested two men.",
        None,
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        actor(&doc, "Police").and_then(|a| a.country.clone()),
        None,
        "{listing}"
    );
}

#[test]
fn an_agents_own_demonym_beats_the_datelines_country() {
    let doc = resolve(
        "Ukrainian police detained two men near the border.",
        Some("WARSAW"),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        code_of(&doc, "police").as_deref(),
        Some("UKRCOP"),
        "{listing}"
    );
}

#[test]
fn igos_and_named_groups_never_take_the_story_country() {
    let doc = resolve(
        "A NATO spokesman said the alliance was ready. A Hamas official rejected the plan.",
        Some("KYIV"),
    );
    let listing = render_mentions(&doc);
    // The Hamas official is the group's person, and nothing in the story is Ukraine's.
    assert!(actor(&doc, "official").is_some(), "{listing}");
    assert!(
        doc.actors
            .iter()
            .all(|a| a.country.as_deref() != Some("UKR") && a.code.as_deref() != Some("UKRGOV")),
        "{listing}"
    );
}

#[test]
fn a_dateline_contradicted_by_the_articles_majority_gives_no_story_country() {
    let doc = resolve(
        "Venezuela's president spoke in Caracas. Venezuela closed its border. Police \
         arrested two men.",
        Some("WASHINGTON"),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        actor(&doc, "Police").and_then(|a| a.country.clone()),
        None,
        "{listing}"
    );
}

#[test]
fn generic_people_and_terrorists_never_take_the_story_country() {
    let doc = resolve(
        "Police said terrorists attacked the station. People fled the area.",
        Some("YAOUNDE"),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        code_of(&doc, "Police").as_deref(),
        Some("CMRCOP"),
        "{listing}"
    );
    for text in ["terrorists", "People"] {
        assert_eq!(
            actor(&doc, text).and_then(|a| a.country.clone()),
            None,
            "{text}: {listing}"
        );
    }
}

#[test]
fn a_dateline_the_article_never_names_gives_no_prior_when_other_countries_are_named() {
    // Filed from London about Russian strikes on Kyiv: the police and officials are not
    // British (the review's case), and nothing says whose they are.
    let doc = resolve(
        "Russian drones struck Kyiv overnight. Officials said the rebels had been warned. Police cordoned off the area.",
        Some("LONDON"),
    );
    let listing = render_mentions(&doc);
    assert!(actor(&doc, "Police").is_some(), "{listing}");
    assert_ne!(
        code_of(&doc, "Police").as_deref(),
        Some("GBRCOP"),
        "{listing}"
    );
    assert_ne!(
        code_of(&doc, "rebels").as_deref(),
        Some("GBRREB"),
        "{listing}"
    );
    // Filed from Beirut about Syria.
    let doc = resolve(
        "Syrian government forces shelled the town on Monday. The rebels said civilians had fled.",
        Some("BEIRUT"),
    );
    let listing = render_mentions(&doc);
    assert!(actor(&doc, "rebels").is_some(), "{listing}");
    assert_ne!(
        code_of(&doc, "rebels").as_deref(),
        Some("LBNREB"),
        "{listing}"
    );
}

#[test]
fn a_dateline_the_article_also_names_still_gives_the_prior() {
    let doc = resolve(
        "Cameroon's president Paul Biya was declared the winner. Police fired tear gas at protesters on Monday.",
        Some("YAOUNDE"),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        code_of(&doc, "Police").as_deref(),
        Some("CMRCOP"),
        "{listing}"
    );
}
