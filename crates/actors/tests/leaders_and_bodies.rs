//! "The two leaders" (head of government where it leads; people the article names first),
//! bodies of named groups under the group's own name, and the body a modifier names
//! ("a party spokeswoman").

use attache_actors::resolve::render_mentions;
use attache_core::{Date, Document, Published, Stage};

use crate::common;
use common::{actor, resolve_at, stage};

/// `text` published on `date`, resolved.
fn resolve(text: &str, date: (i32, u32, u32)) -> Document {
    resolve_at(text, date, None)
}

/// The names of the actors of every mention whose text is `text`.
fn names_at(doc: &Document, text: &str) -> Vec<String> {
    doc.mentions
        .iter()
        .filter(|m| doc.slice(m.span) == text)
        .filter_map(|m| doc.actors.get(m.actor as usize))
        .map(|a| a.name.clone())
        .collect()
}

#[test]
fn the_leader_of_a_parliamentary_republic_is_its_head_of_government() {
    let doc = resolve(
        "Armenia and Azerbaijan agreed to reopen the border. An official said the two leaders \
         could sign a framework document in February.",
        (2026, 1, 14),
    );
    let listing = render_mentions(&doc);
    let names = names_at(&doc, "the two leaders");
    assert!(names.iter().any(|n| n == "Nikol Pashinyan"), "{listing}");
    assert!(names.iter().any(|n| n == "Ilham Aliyev"), "{listing}");
    assert!(
        !names.iter().any(|n| n == "Vahagn Khachaturyan"),
        "{listing}"
    );
}

#[test]
fn the_leader_of_a_presidential_state_stays_its_president() {
    let doc = resolve(
        "France and Germany agreed on a defence plan. An official said the two leaders would \
         sign it in February.",
        (2026, 1, 14),
    );
    let listing = render_mentions(&doc);
    let names = names_at(&doc, "the two leaders");
    assert!(names.iter().any(|n| n == "Emmanuel Macron"), "{listing}");
    assert!(names.iter().any(|n| n == "Friedrich Merz"), "{listing}");
}

#[test]
fn the_two_leaders_take_a_leader_the_article_names_after_them() {
    // a constitutional monarchy's head of government, named only later
    let doc = resolve(
        "Spain and Morocco agreed on a new migration plan. The two leaders will meet in \
         Rabat in March. Spanish Prime Minister Pedro Sanchez welcomed the plan.",
        (2025, 6, 1),
    );
    let listing = render_mentions(&doc);
    let names = names_at(&doc, "The two leaders");
    assert!(names.iter().any(|n| n.starts_with("Pedro S")), "{listing}");
}

#[test]
fn a_named_groups_forces_are_the_group_under_its_own_name() {
    let doc = resolve(
        "Houthi insurgents fired a missile at a ship. Hamas negotiators arrived in Cairo.",
        (2025, 6, 1),
    );
    let listing = render_mentions(&doc);
    for a in &doc.actors {
        assert!(
            !a.name.ends_with("insurgents") && !a.name.ends_with("negotiators"),
            "{} {listing}",
            a.name
        );
    }
    assert_eq!(
        actor(&doc, "negotiators").map(|a| a.name.as_str()),
        Some("Hamas"),
        "{listing}"
    );
}

#[test]
fn a_named_groups_single_official_stays_a_person() {
    let doc = resolve(
        "A Hamas official accused Israel of violating the truce.",
        (2026, 1, 16),
    );
    let a = actor(&doc, "official").expect("the official is an actor");
    assert_eq!(a.kind, attache_core::ActorKind::Person, "{}", a.name);
    assert_eq!(a.code.as_deref(), Some("PSEREBHMS"));
}

#[test]
fn a_party_spokeswoman_speaks_for_a_party_not_the_government() {
    let mut doc = Document::from_plain(
        "\"We are ready to talk,\" a party spokeswoman, Aminatou Bello, said. Cameroon's \
         president Paul Biya spoke in Yaounde.",
    );
    doc.published = Date::new(2025, 10, 28).map(Published::day);
    doc.source.dateline = Some("YAOUNDE".to_string());
    stage().run(&mut doc);
    let listing = render_mentions(&doc);
    let code = actor(&doc, "Aminatou Bello").and_then(|a| a.code.clone());
    assert_eq!(code.as_deref(), Some("CMRPTY"), "{listing}");
}

#[test]
fn a_government_spokesman_stays_government() {
    let mut doc = Document::from_plain("Government spokesman Paulo Mendes denied the report.");
    doc.published = Date::new(2025, 10, 28).map(Published::day);
    doc.source.dateline = Some("YAOUNDE".to_string());
    stage().run(&mut doc);
    let listing = render_mentions(&doc);
    let code = actor(&doc, "Paulo Mendes").and_then(|a| a.code.clone());
    assert_eq!(code.as_deref(), Some("CMRGOV"), "{listing}");
}
