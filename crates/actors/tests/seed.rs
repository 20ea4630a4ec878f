//! Acceptance: the actors and descriptions of ../shared/seed/EXPECTED.md, resolved on the
//! seed article (read at test time; skipped when /work/shared is absent).

use attache_actors::resolve::render_mentions;
use attache_actors::ActorResolution;
use attache_core::{Date, Document, Published, Stage};
use attache_kb::Kb;
use std::sync::Arc;

fn seed_document() -> Option<Document> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/000_3f578599382f4b0e.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipping: seed article {path} is absent");
        return None;
    };
    let body: Vec<&str> = text.lines().skip(2).collect();
    let mut doc = Document::from_plain(&body.join("\n"));
    doc.published = Date::new(2022, 1, 21).map(Published::day);
    Some(doc)
}

fn resolved_seed() -> Option<Document> {
    let mut doc = seed_document()?;
    let kb = Kb::embedded().expect("embedded KB loads");
    let stage = ActorResolution::with_builtin_model(Arc::new(kb)).expect("model loads");
    stage.run(&mut doc);
    Some(doc)
}

/// The actor (name, code) of the first mention whose text is `text` at or after byte
/// offset of `after` in the document.
fn actor_of(doc: &Document, text: &str, after: &str) -> Option<(String, Option<String>)> {
    let from = doc.text.find(after)? as u32;
    doc.mentions
        .iter()
        .filter(|m| m.span.start >= from)
        .find(|m| doc.slice(m.span) == text)
        .and_then(|m| doc.actors.get(m.actor as usize))
        .map(|a| (a.name.clone(), a.code.clone()))
}

#[test]
fn seed_actors_have_their_expected_codes() {
    let Some(doc) = resolved_seed() else { return };
    let listing = render_mentions(&doc);
    let find = |name: &str| doc.actors.iter().find(|a| a.name == name);
    for (name, code) in [
        ("Sergei Lavrov", "RUSGOV"),
        ("Antony Blinken", "USAGOV"),
        ("Joe Biden", "USAGOV"),
        ("Vladimir Putin", "RUSGOV"),
        ("Russia", "RUS"),
        ("United States", "USA"),
        ("Ukraine", "UKR"),
    ] {
        let a = find(name).unwrap_or_else(|| panic!("no actor {name}\n{listing}"));
        assert_eq!(a.code.as_deref(), Some(code), "{name}\n{listing}");
    }
    let nato = doc
        .actors
        .iter()
        .find(|a| a.kb_id.as_deref() == Some("igo:nato"))
        .unwrap_or_else(|| panic!("no NATO actor\n{listing}"));
    assert_eq!(nato.role.as_deref(), Some("IGO"), "{listing}");
}

#[test]
fn seed_capitals_are_mentions_of_their_government() {
    let Some(doc) = resolved_seed() else { return };
    let listing = render_mentions(&doc);
    for (text, code) in [
        ("Moscow", "RUSGOV"),
        ("Washington", "USAGOV"),
        ("Kiev", "UKRGOV"),
        ("US", "USA"),
    ] {
        let got = actor_of(&doc, text, "").and_then(|a| a.1);
        assert_eq!(got.as_deref(), Some(code), "{text}\n{listing}");
    }
}

#[test]
fn seed_descriptions_resolve_to_the_expected_people() {
    let Some(doc) = resolved_seed() else { return };
    let listing = render_mentions(&doc);
    let cases = [
        (
            "The Russian foreign minister",
            "The Russian foreign minister",
            "Sergei Lavrov",
        ),
        (
            "The foreign minister",
            "The foreign minister also said",
            "Sergei Lavrov",
        ),
        (
            "The Russian diplomat",
            "The Russian diplomat told",
            "Sergei Lavrov",
        ),
        (
            "the US secretary of state",
            "According to the US secretary",
            "Antony Blinken",
        ),
        ("He", "He [Blinken]", "Antony Blinken"),
        (
            "the alliance",
            "demanded that the alliance",
            "North Atlantic Treaty Organization",
        ),
        ("Lavrov", "According to Lavrov", "Sergei Lavrov"),
        ("he", "Blinken said he believes", "Antony Blinken"),
        ("He", "He also said that US President", "Antony Blinken"),
    ];
    for (text, after, who) in cases {
        let got = actor_of(&doc, text, after).map(|a| a.0);
        assert_eq!(
            got.as_deref(),
            Some(who),
            "{text:?} after {after:?}\n{listing}"
        );
    }
    // the titles before the names belong to the named people
    for (after, who) in [
        ("Foreign Minister Sergei Lavrov", "Sergei Lavrov"),
        ("counterpart Antony Blinken", "Antony Blinken"),
    ] {
        let from = doc.text.find(after).expect("phrase in the seed") as u32;
        let hit = doc
            .mentions
            .iter()
            .find(|m| m.span.start <= from + 5 && m.span.end > from)
            .and_then(|m| doc.actors.get(m.actor as usize))
            .map(|a| a.name.as_str());
        assert_eq!(hit, Some(who), "{after}\n{listing}");
    }
}

#[test]
fn seed_source_in_the_delegation_is_a_russian_group() {
    let Some(doc) = resolved_seed() else { return };
    let listing = render_mentions(&doc);
    let from = doc
        .text
        .find("a source in the Russian")
        .expect("phrase in the seed") as u32;
    let group = doc
        .mentions
        .iter()
        .find(|m| m.span.start == from)
        .and_then(|m| doc.actors.get(m.actor as usize))
        .unwrap_or_else(|| panic!("no mention at 'a source'\n{listing}"));
    assert_eq!(group.kind.as_str(), "group", "{listing}");
    assert_eq!(group.country.as_deref(), Some("RUS"), "{listing}");
}
