//! Session 23 (b): names the actors stage missed or cut short, and governments placed by
//! their seat. A person's name right before a sentence's full stop read as a place, a
//! weekday taken into an organisation's name, a judge's title inside the name the tagger
//! read, a one-word name missed where it opens a sentence, and "the government in
//! Beijing" taking the story's country. Invented sentences.

use crate::common;

use common::{actor_exact, assert_code, resolve_parsed};

fn mention_texts(doc: &attache_core::Document) -> Vec<&str> {
    doc.mentions.iter().map(|m| doc.slice(m.span)).collect()
}

#[test]
fn a_persons_name_before_the_full_stop_is_a_mention() {
    for (text, name) in [
        (
            "The prime minister apologized to Hana Okafor.",
            "Hana Okafor",
        ),
        ("The party apologized to Femi Adeyemi.", "Femi Adeyemi"),
    ] {
        let doc = resolve_parsed(text, (2016, 5, 3));
        let a = actor_exact(&doc, name).unwrap_or_else(|| {
            panic!(
                "{name} in {text:?}\n{}",
                attache_actors::resolve::render_mentions(&doc)
            )
        });
        assert_eq!(a.kind, attache_core::ActorKind::Person, "{text}");
    }
}

#[test]
fn a_place_named_like_a_person_before_the_full_stop_stays_no_actor() {
    for (text, word) in [
        ("She lost her sister at Sandy Hook.", "Sandy"),
        ("The bank moved its head office to Wall Street.", "Wall"),
    ] {
        let doc = resolve_parsed(text, (2016, 5, 3));
        assert!(
            mention_texts(&doc).iter().all(|m| !m.contains(word)),
            "{text}\n{}",
            attache_actors::resolve::render_mentions(&doc)
        );
    }
}

#[test]
fn a_weekday_opens_no_organisation_name() {
    let text = "The senator called Wednesday for Supreme Court Justice Helen Marsh to resign.";
    let doc = resolve_parsed(text, (2016, 7, 13));
    let mentions = mention_texts(&doc);
    assert!(
        mentions.iter().all(|m| !m.contains("Wednesday")),
        "{mentions:?}"
    );
}

#[test]
fn a_title_inside_a_tagged_organisation_name_titles_a_person() {
    for text in [
        "The senator called Wednesday for Supreme Court Justice Helen Marsh to resign.",
        "The senator called for Supreme Court Justice Helen Marsh to resign.",
    ] {
        let doc = resolve_parsed(text, (2016, 7, 13));
        let a = actor_exact(&doc, "Helen Marsh").unwrap_or_else(|| {
            panic!(
                "Helen Marsh in {text:?}\n{}",
                attache_actors::resolve::render_mentions(&doc)
            )
        });
        assert_eq!(a.kind, attache_core::ActorKind::Person, "{text}");
    }
}

#[test]
fn a_title_case_headline_titles_no_person_inside_a_name() {
    let text = "Ohio Elects A Supreme Court Justice Who Once Mocked \u{2018}Farmers\u{2019} Who Get Loans.";
    let doc = resolve_parsed(text, (2016, 7, 13));
    assert!(
        mention_texts(&doc).iter().all(|m| !m.starts_with("Who")),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn a_government_in_a_place_is_that_places_country() {
    for (text, mention, want) in [
        (
            "Germany said the government in Beijing must act.",
            "the government in Beijing",
            "CHNGOV",
        ),
        (
            "Berlin said the regime in Damascus had failed.",
            "the regime in Damascus",
            "SYRGOV",
        ),
        (
            "The German report praised the authorities in Kenya for their help.",
            "the authorities in Kenya",
            "KENGOV",
        ),
    ] {
        let doc = resolve_parsed(text, (2016, 5, 3));
        assert_code(&doc, mention, Some(want));
    }
}

#[test]
fn a_bare_regime_refers_back_to_the_regime_in_a_place() {
    let text = "Germany said the regime in Damascus had failed. The regime denied it.";
    let doc = resolve_parsed(text, (2016, 5, 3));
    assert_code(&doc, "The regime", Some("SYRGOV"));
}

#[test]
fn government_as_a_subject_of_study_takes_no_place_country() {
    let text =
        "Ana Vidal, a professor of government at Georgetown University, said the vote was close.";
    let doc = resolve_parsed(text, (2016, 5, 3));
    assert!(
        doc.actors
            .iter()
            .all(|a| a.code.as_deref().is_none_or(|c| !c.starts_with("GUY"))),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn a_one_word_name_found_inside_a_sentence_is_a_name_where_it_opens_one() {
    for (text, name) in [
        (
            "A spokesman for Tessaro said the plant would close. Tessaro officials declined to comment.",
            "Tessaro",
        ),
        (
            "Analysts said Ostrava Steel and Kellner would merge. Kellner executives said talks went well.",
            "Kellner",
        ),
    ] {
        let doc = resolve_parsed(text, (2016, 5, 3));
        let found: Vec<_> = doc
            .mentions
            .iter()
            .filter(|m| doc.slice(m.span) == name)
            .collect();
        assert_eq!(
            found.len(),
            2,
            "{text}\n{}",
            attache_actors::resolve::render_mentions(&doc)
        );
        assert_eq!(found[0].actor, found[1].actor, "{text}");
    }
}

#[test]
fn a_one_word_name_the_article_writes_in_lower_case_is_a_word_where_it_opens_a_sentence() {
    let text = "A spokesman for Tessaro said the plant would close. Tessaro officials declined to \
                comment. Workers said a tessaro is a small tile.";
    let doc = resolve_parsed(text, (2016, 5, 3));
    let count = mention_texts(&doc)
        .iter()
        .filter(|m| **m == "Tessaro")
        .count();
    assert_eq!(
        count,
        1,
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}
