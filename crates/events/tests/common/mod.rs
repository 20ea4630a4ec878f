//! Helpers shared by the event tests: documents with hand-placed actors (no parse), and the
//! whole pipeline (syntax, actors, times, places, quotes, events) on invented text.
#![allow(dead_code)]

use std::sync::{Arc, OnceLock};

use attache_core::{
    Actor, ActorKind, ActorRef, Date, Document, Mention, MentionForm, Published, Span, Stage,
};
use attache_events::EventCoding;

/// `text` (one paragraph per line) with each of `actors` (words, code) placed at every
/// occurrence, coded, then the event stage run on it (no parse: the surface reading).
pub fn hand_placed(text: &str, actors: &[(&str, &str)]) -> Document {
    let mut doc = placed(text, actors);
    EventCoding::standard()
        .expect("lexicon loads")
        .run(&mut doc);
    doc
}

/// `text` with each of `actors` (words, code) placed at every occurrence, coded; no stage
/// run.
pub fn placed(text: &str, actors: &[(&str, &str)]) -> Document {
    let mut doc = Document::from_plain(text);
    for &(words, code) in actors {
        let actor = doc.actors.len() as u32;
        doc.actors.push(Actor {
            name: words.into(),
            kind: ActorKind::Country,
            code: Some(code.into()),
            country: Some(code[..3].into()),
            role: None,
            kb_id: None,
            mentions: Vec::new(),
        });
        let spans: Vec<Span> = doc
            .text
            .match_indices(words)
            .map(|(at, _)| Span::new(at, at + words.len()))
            .collect();
        for span in spans {
            let sentence = doc
                .sentences
                .iter()
                .position(|s| s.span.contains(span))
                .expect("inside a sentence") as u32;
            doc.mentions.push(Mention {
                span,
                actor,
                form: MentionForm::Name,
                sentence,
            });
        }
    }
    doc.mentions.sort_by_key(|m| m.span.start);
    for (i, m) in doc.mentions.iter().enumerate() {
        doc.actors[m.actor as usize].mentions.push(i as u32);
    }
    doc
}

/// The whole pipeline's stages, built once per test binary.
pub fn stages() -> &'static Vec<Box<dyn Stage + Send + Sync>> {
    static STAGES: OnceLock<Vec<Box<dyn Stage + Send + Sync>>> = OnceLock::new();
    STAGES.get_or_init(|| {
        let kb = Arc::new(attache_kb::Kb::embedded().expect("kb loads"));
        vec![
            Box::new(attache_syntax::SyntaxStage::embedded().expect("syntax loads")),
            Box::new(attache_actors::ActorResolution::with_builtin_model(kb).expect("actors")),
            Box::new(attache_time::TimeNormalization::new()),
            Box::new(attache_geo::PlaceResolution::new(Arc::new(
                attache_geo::Gazetteer::embedded().expect("gazetteer loads"),
            ))),
            Box::new(attache_speech::QuoteAttribution::new()),
            Box::new(EventCoding::standard().expect("lexicon loads")),
        ]
    })
}

/// `text` (one paragraph per line) through the whole pipeline, published on `published`.
pub fn pipeline(text: &str, published: Date) -> Document {
    let mut doc = Document::from_plain(text);
    doc.published = Some(Published::day(published));
    for s in stages() {
        s.run(&mut doc);
    }
    doc
}

/// The code of the actor `r` points to.
pub fn code_of(doc: &Document, r: Option<ActorRef>) -> Option<String> {
    r.and_then(|r| doc.actors.get(r.actor as usize))
        .and_then(|a| a.code.clone())
}

/// (source code, target code, CAMEO code) of every event.
pub fn rows(doc: &Document) -> Vec<(Option<String>, Option<String>, String)> {
    doc.events
        .iter()
        .map(|e| {
            (
                code_of(doc, e.source),
                code_of(doc, e.target),
                e.cameo.clone(),
            )
        })
        .collect()
}

/// Is there an event from `src` to `tgt` (`None`: no target) whose code starts with `root`?
/// Codes are compared by prefix, so "IRN" also matches "IRNGOV".
pub fn has(doc: &Document, src: &str, tgt: Option<&str>, root: &str) -> bool {
    rows(doc).iter().any(|(s, t, c)| {
        s.as_deref().is_some_and(|s| s.starts_with(src))
            && match tgt {
                Some(g) => t.as_deref().is_some_and(|t| t.starts_with(g)),
                None => t.is_none(),
            }
            && c.starts_with(root)
    })
}

pub fn day(y: i32, m: u32, d: u32) -> Date {
    Date::new(y, m, d).expect("valid date")
}

/// `text` through the whole pipeline, published Tuesday 2026-03-03 (the session-14 tests).
pub fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 3, 3))
}

/// The events of `doc` as `CODE:rule`, for assertion messages.
pub fn codes(doc: &Document) -> Vec<String> {
    doc.events
        .iter()
        .map(|e| format!("{}:{}", e.cameo, e.evidence.rule))
        .collect()
}

/// Does `doc` hold an event whose code starts with `root`?
pub fn has_root(doc: &Document, root: &str) -> bool {
    doc.events.iter().any(|e| e.cameo.starts_with(root))
}

/// `text` through the whole pipeline ([`doc`]); fails, naming the text and its events,
/// unless some event satisfies `want`.
pub fn assert_event(text: &str, want: impl Fn(&attache_core::Event) -> bool) {
    let d = doc(text);
    assert!(d.events.iter().any(want), "{text}: {:?}", codes(&d));
}

/// `text` through the whole pipeline ([`doc`]); fails, naming the text and its events,
/// when some event satisfies `unwanted`.
pub fn assert_no_event(text: &str, unwanted: impl Fn(&attache_core::Event) -> bool) {
    let d = doc(text);
    assert!(!d.events.iter().any(unwanted), "{text}: {:?}", codes(&d));
}

/// Whether the document holds an event of exactly `code`.
pub fn has_code(doc: &Document, code: &str) -> bool {
    doc.events.iter().any(|e| e.cameo == code)
}

/// `text` yields criticism (111) and no force (root 19): an attack in words.
pub fn assert_words_not_force(text: &str) {
    let d = doc(text);
    assert!(!has_root(&d, "19"), "{text}: {:?}", codes(&d));
    assert!(has_code(&d, "111"), "{text}: {:?}", codes(&d));
}

/// `text` through the whole pipeline ([`doc`]) holds no event from the lexicon entry `rule`.
pub fn not_from(text: &str, rule: &str) {
    let d = doc(text);
    assert!(
        !d.events.iter().any(|e| e.evidence.rule == rule),
        "{text}: {:?}",
        codes(&d)
    );
}

/// `text` holds an event `src` -> `tgt` (`None`: no target) whose code starts with `root`.
pub fn coded(text: &str, src: &str, tgt: Option<&str>, root: &str) {
    let d = doc(text);
    assert!(has(&d, src, tgt, root), "{text}: {:?}", rows(&d));
}

/// `text` holds an event whose source code is exactly `src` and whose code starts with
/// `root`.
pub fn coded_by(text: &str, src: &str, root: &str) {
    let d = doc(text);
    assert!(has_source(&d, src, root), "{text}: {:?}", rows(&d));
}

/// `doc` holds an event whose source code is exactly `src` and whose code starts with
/// `root`, whatever its target.
pub fn has_source(doc: &Document, src: &str, root: &str) -> bool {
    rows(doc)
        .iter()
        .any(|(s, _, c)| s.as_deref() == Some(src) && c.starts_with(root))
}

/// `doc` holds an event whose target code is exactly `tgt` and whose code starts with
/// `root`, whatever its source.
pub fn has_target(doc: &Document, tgt: &str, root: &str) -> bool {
    rows(doc)
        .iter()
        .any(|(_, t, c)| t.as_deref() == Some(tgt) && c.starts_with(root))
}

/// `text` holds no event whose code starts with `root` and whose source code starts with
/// `src`.
pub fn not_by(text: &str, src: &str, root: &str) {
    let d = doc(text);
    assert!(
        !rows(&d).iter().any(|(s, _, c)| {
            s.as_deref().is_some_and(|s| s.starts_with(src)) && c.starts_with(root)
        }),
        "{text}: {:?}",
        rows(&d)
    );
}

/// `text` holds an event whose code starts with `root` (the converse of [`none_of`]).
pub fn some_of(text: &str, root: &str) {
    let d = doc(text);
    assert!(has_root(&d, root), "{text}: {:?}", rows(&d));
}

/// `text` holds no event whose code starts with `root`.
pub fn none_of(text: &str, root: &str) {
    let d = doc(text);
    assert!(
        !d.events.iter().any(|e| e.cameo.starts_with(root)),
        "{text}: {:?}",
        rows(&d)
    );
}

/// Asserts that `text` holds an event of CAMEO `code` and that every one of them has the
/// flag `flag` (its name in the message) equal to `want`.
fn all_flagged(
    text: &str,
    code: &str,
    (name, flag): (&str, fn(&attache_core::Event) -> bool),
    want: bool,
) {
    let d = doc(text);
    let hits: Vec<_> = d.events.iter().filter(|e| e.cameo == code).collect();
    assert!(!hits.is_empty(), "{text}: no {code} in {:?}", rows(&d));
    assert!(
        hits.iter().all(|e| flag(e) == want),
        "{text}: {code} should have {name}={want}: {:?}",
        rows(&d)
    );
}

/// Asserts that `text` holds an event of CAMEO `code`, each with `hypothetical == want`.
pub fn all_hypothetical(text: &str, code: &str, want: bool) {
    all_flagged(text, code, ("hypothetical", |e| e.hypothetical), want);
}

/// Asserts that `text` holds an event of CAMEO `code`, each with `negated == want`.
pub fn all_negated(text: &str, code: &str, want: bool) {
    all_flagged(text, code, ("negated", |e| e.negated), want);
}

/// Asserts that no side of any event of `text` has a code starting with `prefix`.
pub fn no_side_coded(text: &str, prefix: &str) {
    let d = doc(text);
    assert!(
        !rows(&d).iter().any(|(s, t, _)| [s, t]
            .iter()
            .any(|x| x.as_deref().is_some_and(|x| x.starts_with(prefix)))),
        "{text}: {:?}",
        rows(&d)
    );
}

/// An opening sentence that makes a story American (the party and title rules hold only
/// where most of the article's names are of the United States).
pub const US_STORY: &str =
    "Hillary Clinton and Bernie Sanders campaigned in Ohio on Sunday, and Donald Trump met \
     voters in Iowa.";
