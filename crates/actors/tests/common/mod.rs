//! Helpers shared by the actors tests: one stage over the embedded KB and model, a
//! resolver of plain text at a date (and dateline), and look-ups of a mention's actor.
#![allow(dead_code)]

use attache_actors::ActorResolution;
use attache_core::{Actor, Date, Document, Published, Stage};
use attache_kb::Kb;
use std::sync::{Arc, OnceLock};

pub fn stage() -> &'static ActorResolution {
    static STAGE: OnceLock<ActorResolution> = OnceLock::new();
    STAGE.get_or_init(|| {
        let kb = Kb::embedded().expect("embedded KB loads");
        ActorResolution::with_builtin_model(Arc::new(kb)).expect("model loads")
    })
}

/// `text` as a plain article published on `(y, m, d)`, filed from `dateline`, resolved.
pub fn resolve_at(text: &str, (y, m, d): (i32, u32, u32), dateline: Option<&str>) -> Document {
    let mut doc = Document::from_plain(text);
    doc.published = Date::new(y, m, d).map(Published::day);
    doc.source.dateline = dateline.map(str::to_string);
    stage().run(&mut doc);
    doc
}

/// The actor of the first mention whose text ends with `text`.
pub fn actor<'d>(doc: &'d Document, text: &str) -> Option<&'d Actor> {
    doc.mentions
        .iter()
        .find(|m| doc.slice(m.span).ends_with(text))
        .and_then(|m| doc.actors.get(m.actor as usize))
}

/// The actor of the first mention whose text is exactly `text`.
pub fn actor_exact<'d>(doc: &'d Document, text: &str) -> Option<&'d Actor> {
    doc.mentions
        .iter()
        .find(|m| doc.slice(m.span) == text)
        .and_then(|m| doc.actors.get(m.actor as usize))
}

/// `text` as a plain article published on `(y, m, d)`, parsed by the syntax stage, then
/// resolved.
pub fn resolve_parsed(text: &str, day: (i32, u32, u32)) -> Document {
    resolve_parsed_from(text, day, None)
}

/// `text` as a plain article published on `(y, m, d)` and filed from `dateline`, parsed by
/// the syntax stage, then resolved.
pub fn resolve_parsed_from(
    text: &str,
    (y, m, d): (i32, u32, u32),
    dateline: Option<&str>,
) -> Document {
    static SYNTAX: OnceLock<attache_syntax::SyntaxStage> = OnceLock::new();
    let syntax =
        SYNTAX.get_or_init(|| attache_syntax::SyntaxStage::embedded().expect("syntax loads"));
    let mut doc = Document::from_plain(text);
    doc.published = Date::new(y, m, d).map(Published::day);
    doc.source.dateline = dateline.map(str::to_string);
    syntax.run(&mut doc);
    stage().run(&mut doc);
    doc
}

/// The code of the actor of the mention whose text is exactly `text`.
pub fn code(doc: &Document, text: &str) -> Option<String> {
    actor_exact(doc, text).and_then(|a| a.code.clone())
}

/// The codes of every actor with a mention of exactly `text`, sorted.
pub fn codes_of(doc: &Document, text: &str) -> Vec<String> {
    let mut codes: Vec<String> = doc
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span) == text)
        .filter_map(|m| doc.actors.get(m.actor as usize)?.code.clone())
        .collect();
    codes.sort();
    codes
}

/// In `text` parsed and resolved on `day`, each `(mention, codes)`: the actors with a
/// mention of exactly that text have exactly those codes, sorted (`&[]`: none).
pub fn assert_mention_codes_on(day: (i32, u32, u32), text: &str, cases: &[(&str, &[&str])]) {
    let doc = resolve_parsed(text, day);
    let listing = attache_actors::resolve::render_mentions(&doc);
    for &(mention, want) in cases {
        assert_eq!(
            codes_of(&doc, mention),
            want,
            "{mention:?} in {text:?}\n{listing}"
        );
    }
}

/// Each `(text, mention, code)`: in `text` parsed and resolved on `day`, the mention of
/// exactly that text has that code.
pub fn assert_codes_at(day: (i32, u32, u32), cases: &[(&str, &str, &str)]) {
    for &(text, mention, want) in cases {
        let doc = resolve_parsed(text, day);
        assert_eq!(
            code(&doc, mention).as_deref(),
            Some(want),
            "{text}\n{}",
            attache_actors::resolve::render_mentions(&doc)
        );
    }
}

/// No mention of `text`, parsed and resolved on `day`, contains `word`.
pub fn assert_no_mention_with_at(day: (i32, u32, u32), text: &str, word: &str) {
    let doc = resolve_parsed(text, day);
    assert!(
        doc.mentions
            .iter()
            .all(|m| !doc.slice(m.span).contains(word)),
        "{text}\n{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

/// An American story's opening: its KB people make the story's country the United States.
pub const US_OPENING: &str =
    "Campaign\n\nPresident Barack Obama met Hillary Clinton and Bernie Sanders in Iowa on Monday. ";

/// `rest` after [`US_OPENING`], parsed and resolved on 2016-03-01.
pub fn us_story(rest: &str) -> Document {
    resolve_parsed(&format!("{US_OPENING}{rest}"), (2016, 3, 1))
}

/// The actor named exactly `name`; panics with the mention listing when there is none.
pub fn named<'d>(doc: &'d Document, name: &str) -> &'d Actor {
    doc.actors
        .iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| {
            panic!(
                "{name} found\n{}",
                attache_actors::resolve::render_mentions(doc)
            )
        })
}

/// The actor of the mention whose text is exactly `text`, which must be found (a test of
/// its code then fails when the mention is missing, not only when it is miscoded).
pub fn found<'d>(doc: &'d Document, text: &str) -> &'d Actor {
    actor_exact(doc, text).unwrap_or_else(|| {
        panic!(
            "{text} found\n{}",
            attache_actors::resolve::render_mentions(doc)
        )
    })
}

/// Asserts that the actor named exactly `name` has `code`, listing the mentions if not.
pub fn assert_named_code(doc: &Document, name: &str, code: Option<&str>) {
    assert_eq!(
        named(doc, name).code.as_deref(),
        code,
        "{name}\n{}",
        attache_actors::resolve::render_mentions(doc)
    );
}

/// The code of the actor of the first mention ending with `text`; fails the test when no
/// mention does, so that a lost mention cannot pass an inequality.
pub fn found_code(doc: &Document, text: &str) -> Option<String> {
    let found = actor(doc, text);
    assert!(
        found.is_some(),
        "no mention of {text:?}:\n{}",
        attache_actors::resolve::render_mentions(doc)
    );
    found.and_then(|a| a.code.clone())
}

/// The first mention ending with `text` has the code `want` (`None`: uncoded).
pub fn assert_code(doc: &Document, text: &str, want: Option<&str>) {
    assert_eq!(
        found_code(doc, text).as_deref(),
        want,
        "{}",
        attache_actors::resolve::render_mentions(doc)
    );
}

/// The first mention ending with `text` exists and has another code than `unwanted`.
pub fn assert_not_code(doc: &Document, text: &str, unwanted: Option<&str>) {
    assert_ne!(
        found_code(doc, text).as_deref(),
        unwanted,
        "{}",
        attache_actors::resolve::render_mentions(doc)
    );
}

/// No mention whose text contains `word` is of an actor coded with a code starting `prefix`.
pub fn assert_no_code_prefix(doc: &Document, word: &str, prefix: &str) {
    assert!(
        !doc.mentions.iter().any(|m| doc.slice(m.span).contains(word)
            && doc
                .actors
                .get(m.actor as usize)
                .and_then(|a| a.code.as_deref())
                .is_some_and(|c| c.starts_with(prefix))),
        "{}",
        attache_actors::resolve::render_mentions(doc)
    );
}

/// The stage with a stand-in for the gazetteer's towns (the tests' pipeline has none):
/// Lubbock, Tulsa, Denver and Dayton are American, Lyon French, Kyiv Ukrainian.
pub fn stage_with_towns() -> &'static ActorResolution {
    static STAGE: OnceLock<ActorResolution> = OnceLock::new();
    STAGE.get_or_init(|| {
        let kb = Kb::embedded().expect("embedded KB loads");
        ActorResolution::with_builtin_model(Arc::new(kb))
            .expect("model loads")
            .with_place_country(Arc::new(|town: &str| match town {
                "Lubbock" | "Tulsa" | "Denver" | "Dayton" => Some("USA".to_string()),
                "Lyon" => Some("FRA".to_string()),
                "Kyiv" => Some("UKR".to_string()),
                _ => None,
            }))
    })
}

/// `text` published on `(y, m, d)`, filed from `dateline`, resolved by [`stage_with_towns`].
pub fn resolve_with_towns_at(text: &str, (y, m, d): (i32, u32, u32), dateline: &str) -> Document {
    let mut doc = Document::from_plain(text);
    doc.published = Date::new(y, m, d).map(Published::day);
    doc.source.dateline = Some(dateline.to_string());
    stage_with_towns().run(&mut doc);
    doc
}

/// The code of the actor named `name` in `text`, an American story of 2016 from
/// WASHINGTON resolved by [`stage_with_towns`]; the actor must exist.
pub fn code_in_american_story(text: &str, name: &str) -> Option<String> {
    let doc = resolve_with_towns_at(text, (2016, 5, 2), "WASHINGTON");
    let actor = doc.actors.iter().find(|a| a.name == name);
    assert!(actor.is_some(), "{text}: {:?}", doc.actors);
    actor.and_then(|a| a.code.clone())
}

/// `text` with headline `title`, published on 2019-03-04 (no dateline), resolved.
pub fn resolve_headed(title: &str, text: &str) -> Document {
    let mut doc = Document::from_plain(text);
    doc.title = Some(title.to_string());
    doc.published = Date::new(2019, 3, 4).map(Published::day);
    stage().run(&mut doc);
    doc
}
