//! Actor findings of the session-13 review of PolNeAR output (review13), on sentences of
//! our own: someone else's full name before a KB surname, legislatures and their members.

use attache_actors::resolve::render_mentions;

mod common;
use common::{actor, actor_exact, resolve_parsed};

/// A day in office of the KB's Antonio Martins Da Cruz (Portugal, 2003).
const CRUZ_IN_OFFICE: (i32, u32, u32) = (2003, 6, 2);

#[test]
fn a_given_name_the_tagger_left_alone_makes_a_kb_surname_someone_else() {
    for text in [
        "Polls show that Darnell Cruz would win the primary in March.",
        "The voters of Ohio backed Sen. Darnell Cruz on Tuesday.",
    ] {
        let doc = resolve_parsed(text, CRUZ_IN_OFFICE);
        let listing = render_mentions(&doc);
        let a = actor(&doc, "Cruz").expect(&listing);
        assert_eq!(a.name, "Darnell Cruz", "{text}\n{listing}");
        assert_eq!(a.kb_id, None, "{text}\n{listing}");
    }
    // the KB person's own given name keeps them
    let doc = resolve_parsed(
        "Polls show that Keith Mitchell would win the vote.",
        (2016, 9, 8),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        actor(&doc, "Mitchell").and_then(|a| a.kb_id.as_deref()),
        Some("person:keith-mitchell"),
        "{listing}"
    );
}

#[test]
fn a_surname_before_someone_elses_full_name_joins_that_name() {
    let doc = resolve_parsed(
        "Cruz wins in Iowa.\nThe caucus went to Darnell Cruz on Monday. Cruz thanked his voters.",
        CRUZ_IN_OFFICE,
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors
            .iter()
            .all(|a| a.kb_id.is_none() || a.kind != attache_core::ActorKind::Person),
        "{listing}"
    );
    let first = actor_exact(&doc, "Cruz").expect(&listing);
    assert_eq!(first.name, "Darnell Cruz", "{listing}");
}

#[test]
fn a_later_title_codes_a_person_named_untitled_before() {
    let doc = resolve_parsed(
        "Polls show that Darnell Cruz would win the primary. U.S. Senator Darnell Cruz said on \
         Tuesday that he was confident.",
        CRUZ_IN_OFFICE,
    );
    let listing = render_mentions(&doc);
    let a = actor(&doc, "Darnell Cruz").expect(&listing);
    assert_eq!(a.code.as_deref(), Some("USALEG"), "{listing}");
}

#[test]
fn a_name_opening_a_sentence_is_someone_elses_when_the_article_writes_it_inside_one() {
    let doc = resolve_parsed(
        "Darnell Cruz won the vote. Polls had shown that Darnell Cruz would win it.",
        CRUZ_IN_OFFICE,
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors
            .iter()
            .all(|a| a.kb_id.as_deref() != Some("person:antonio-martins-da-cruz")),
        "{listing}"
    );
}

#[test]
fn a_month_before_a_kb_surname_is_no_given_name() {
    let doc = resolve_parsed(
        "Foreign Minister Antonio Martins Da Cruz spoke in Lisbon. In June Cruz said the \
         talks would resume.",
        CRUZ_IN_OFFICE,
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors.iter().all(|a| !a.name.starts_with("June")),
        "{listing}"
    );
}
