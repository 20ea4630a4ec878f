//! Session 19: the story's country a dateline gives, and where it must not reach: a body
//! whose name is one country's.

mod common;

use common::resolve_parsed_from;

/// The codes of every actor with a mention whose text ends with `text`.
fn codes_ending(doc: &attache_core::Document, text: &str) -> Vec<String> {
    let mut codes: Vec<String> = doc
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span).ends_with(text))
        .filter_map(|m| doc.actors.get(m.actor as usize)?.code.clone())
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

fn listing(doc: &attache_core::Document) -> String {
    attache_actors::resolve::render_mentions(doc)
}

#[test]
fn congress_stays_american_under_a_foreign_dateline() {
    let doc = resolve_parsed_from(
        "The prime minister will host six members of Congress at his office next week, an \
         aide said on Monday. The visitors will also tour a desalination plant.",
        (2017, 2, 6),
        Some("JERUSALEM"),
    );
    assert_eq!(
        codes_ending(&doc, "Congress"),
        ["USALEG"],
        "{}",
        listing(&doc)
    );
}

#[test]
fn congress_of_the_story_country_named_by_the_text_stays_that_countrys() {
    let doc = resolve_parsed_from(
        "The Peruvian Congress opened a new session on Monday. Congress voted to censure \
         the mining minister after a long debate.",
        (2017, 2, 6),
        Some("LIMA"),
    );
    let codes = codes_ending(&doc, "Congress");
    assert!(
        !codes.is_empty() && codes.iter().all(|c| c == "PERLEG"),
        "{codes:?}\n{}",
        listing(&doc)
    );
}
