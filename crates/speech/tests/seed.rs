//! The quotes of the canonical seed article (../shared/seed/EXPECTED.md), checked on the
//! source phrase as written (speaker resolution to actors is the actors stage's job).

use crate::common;

use common::{assert_found, run_with_headings, Expect};

fn seed_text() -> Option<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/000_3f578599382f4b0e.txt"
    );
    match std::fs::read_to_string(path) {
        Ok(t) => Some(t),
        Err(e) => {
            eprintln!("skipping: seed article not readable at {path}: {e}");
            None
        }
    }
}

fn e<'a>(kind: &'a str, starts: &'a str, ends: &'a str, source: &'a str) -> Expect<'a> {
    Expect {
        kind,
        starts,
        ends,
        source,
    }
}

#[test]
fn seed_direct_quotes_have_their_speakers() {
    let Some(text) = seed_text() else { return };
    let doc = run_with_headings(&text);
    for x in [
        e(
            "direct",
            "Our American colleagues",
            "so-called de-escalation",
            "Lavrov",
        ),
        e(
            "direct",
            "But we ended with an agreement",
            "next week",
            "Lavrov",
        ),
        e(
            "direct",
            "You mentioned the statement",
            "threatened the Ukrainian people",
            "Lavrov",
        ),
        // No cue of its own: the speaker carries over from the sentence before.
        e(
            "direct",
            "[...] I have not heard",
            "only concerns",
            "Lavrov",
        ),
        e(
            "direct",
            "He [Blinken] promised",
            "[to NATO's non-expansion]",
            "Lavrov",
        ),
        e(
            "direct",
            "We've been clear",
            "partners and allies",
            "Blinken",
        ),
        e(
            "direct",
            "Based on our discussion",
            "our mutual security",
            "Blinken",
        ),
    ] {
        assert_found(&doc, &x);
    }
}

#[test]
fn seed_mixed_quotes_carry_the_fragments() {
    let Some(text) = seed_text() else { return };
    let doc = run_with_headings(&text);
    let fragments = [
        ("\"frank\"", "Antony Blinken"),
        ("\"substantive\"", "Antony Blinken"),
        (
            "\"candid exchange of concerns and ideas\"",
            "the US secretary of state",
        ),
        ("\"severe response\"", "Blinken"),
        ("\"a clear path to understanding\"", "Blinken"),
        ("\"fully prepared\"", "He"),
        ("\"reduce emotions\"", "The Russian foreign minister"),
        ("\"always ready\"", "Lavrov"),
    ];
    for (fragment, source) in fragments {
        let hit = doc.quotes.iter().any(|q| {
            q.kind.as_str() == "mixed"
                && q.reported_by.is_none()
                && doc.slice(q.span).contains(fragment)
                && q.source.is_some_and(|s| doc.slice(s).starts_with(source))
        });
        assert!(hit, "no mixed quote with {fragment} <- {source}");
    }
}

#[test]
fn seed_reported_speech_and_nesting() {
    let Some(text) = seed_text() else { return };
    let doc = run_with_headings(&text);
    for x in [
        e(
            "indirect",
            "Blinken promised that Washington",
            "proposals next week",
            "Lavrov",
        ),
        e(
            "indirect",
            "Russia has never threatened",
            "not planning to invade Ukraine",
            "The foreign minister",
        ),
        e(
            "indirect",
            "NATO sees Ukraine",
            "sphere of influence",
            "The Russian diplomat",
        ),
        e(
            "indirect",
            "After Washington submits",
            "may meet again in February",
            "a source in the Russian diplomatic delegation",
        ),
    ] {
        assert_found(&doc, &x);
    }
    // "According to Lavrov, Blinken promised that ...": Blinken's promise is reported by
    // Lavrov's statement.
    let outer = doc
        .quotes
        .iter()
        .position(|q| doc.slice(q.span).starts_with("Blinken promised that"))
        .expect("outer quote");
    let inner = doc
        .quotes
        .iter()
        .find(|q| doc.slice(q.span).starts_with("Washington would submit"))
        .expect("inner quote");
    assert_eq!(inner.reported_by, Some(outer as u32));
    assert_eq!(inner.source.map(|s| doc.slice(s)), Some("Blinken"));
}

#[test]
fn seed_headings_are_not_quotes() {
    let Some(text) = seed_text() else { return };
    let doc = run_with_headings(&text);
    for q in &doc.quotes {
        let block = doc.sentences[q.sentence as usize].block as usize;
        assert_eq!(
            doc.blocks[block].kind,
            attache_core::BlockKind::Paragraph,
            "quote in a heading: {}",
            doc.slice(q.span)
        );
        assert!(!doc.slice(q.span).contains("Severe Response From US"));
    }
}
