//! Session 19: the story's country a dateline gives, and where it must not reach: a body
//! whose name is one country's, a foreign or quantified body, a body owned by someone named
//! in its phrase.

use crate::common;

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

#[test]
fn a_foreign_government_takes_no_story_country() {
    let doc = resolve_parsed_from(
        "Investigators believe a foreign government broke into the agency's payroll \
         servers twice last year, the report said.",
        (2017, 2, 6),
        Some("WASHINGTON"),
    );
    let codes = codes_ending(&doc, "foreign government");
    assert!(
        !codes.iter().any(|c| c.starts_with("USA")),
        "{codes:?}\n{}",
        listing(&doc)
    );
}

#[test]
fn overseas_before_a_body_word_blocks_the_story_country() {
    let doc = resolve_parsed_from(
        "Overseas governments protested the new tariffs on Tuesday, the minister said.",
        (2017, 2, 6),
        Some("OTTAWA"),
    );
    let codes = codes_ending(&doc, "governments");
    assert!(
        !codes.iter().any(|c| c.starts_with("CAN")),
        "{codes:?}\n{}",
        listing(&doc)
    );
}

#[test]
fn other_before_a_party_keeps_the_story_country() {
    // "other parties" of a domestic story are that country's other parties
    let doc = resolve_parsed_from(
        "The governing party backed the budget on Tuesday, while other parties said it \
         would raise the price of bread.",
        (2017, 2, 6),
        Some("OTTAWA"),
    );
    assert_eq!(
        codes_ending(&doc, "parties"),
        ["CANPTY"],
        "{}",
        listing(&doc)
    );
}

#[test]
fn any_party_takes_no_story_country() {
    let doc = resolve_parsed_from(
        "The prime minister will receive a delegate of any party that requests a meeting \
         before the summit, his spokesman said on Monday.",
        (2017, 2, 6),
        Some("JERUSALEM"),
    );
    let codes = codes_ending(&doc, "party");
    assert!(
        !codes.iter().any(|c| c == "ISRPTY"),
        "{codes:?}\n{}",
        listing(&doc)
    );
}

#[test]
fn a_regime_named_after_an_unknown_person_takes_no_story_country() {
    let doc = resolve_parsed_from(
        "The family says the boy was threatened by the Varkonyi regime before they fled \
         across the river, a lawyer said on Monday.",
        (2017, 2, 6),
        Some("WASHINGTON"),
    );
    let codes = codes_ending(&doc, "regime");
    assert!(
        !codes.iter().any(|c| c.starts_with("USA")),
        "{codes:?}\n{}",
        listing(&doc)
    );
}

#[test]
fn leaders_of_a_country_named_before_whose_take_that_country() {
    let doc = resolve_parsed_from(
        "Prime Minister Benjamin Netanyahu warned of new missiles from Iran, whose leaders have refused to \
         discuss the program, his office said on Monday.",
        (2017, 2, 6),
        Some("JERUSALEM"),
    );
    let codes = codes_ending(&doc, "leaders");
    assert!(
        !codes.iter().any(|c| c.starts_with("ISR")),
        "{codes:?}\n{}",
        listing(&doc)
    );
}

#[test]
fn your_governments_addressed_to_visitors_take_no_story_country() {
    let doc = resolve_parsed_from(
        "\"We are grateful for the help your governments have given us since the attack,\" \
         the secretary told the visiting ambassadors on Tuesday.",
        (2017, 2, 6),
        Some("WASHINGTON"),
    );
    let codes = codes_ending(&doc, "governments");
    assert!(
        !codes.iter().any(|c| c.starts_with("USA")),
        "{codes:?}\n{}",
        listing(&doc)
    );
}

#[test]
fn officials_in_a_sentence_naming_another_country_keep_the_story_country() {
    // a story's own officials speak of other countries all the time: another country in
    // the sentence is no reason to drop the story's
    let doc = resolve_parsed_from(
        "The State Department opened an inquiry on Monday. Officials said the inspectors \
         had seen the same truck cross into Mexico twice in one week.",
        (2017, 2, 6),
        Some("WASHINGTON"),
    );
    assert_eq!(
        codes_ending(&doc, "Officials"),
        ["USAGOV"],
        "{}",
        listing(&doc)
    );
}

#[test]
fn police_named_without_a_country_keep_the_dateline_country() {
    let doc = resolve_parsed_from(
        "Police fired tear gas at protesters outside the court on Tuesday, and party \
         leaders called for calm, the radio reported.",
        (2017, 2, 6),
        Some("NAIROBI, Kenya"),
    );
    assert_eq!(
        codes_ending(&doc, "Police"),
        ["KENCOP"],
        "{}",
        listing(&doc)
    );
}

#[test]
fn the_foreign_office_stays_british_under_a_foreign_dateline() {
    let doc = resolve_parsed_from(
        "Two aid workers were freed by kidnappers near the border on Sunday. The Foreign \
         Office said consular staff had met them at a hospital.",
        (2003, 5, 11),
        Some("BOGOTA, Colombia"),
    );
    assert_eq!(
        codes_ending(&doc, "Foreign Office"),
        ["GBRGOV"],
        "{}",
        listing(&doc)
    );
}
