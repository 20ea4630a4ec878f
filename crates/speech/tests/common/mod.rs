//! Helpers shared by the speech tests: run the stage over plain text and compare its
//! quotes as an analyst reads them.

#![allow(dead_code)]

use std::sync::{Arc, OnceLock};

use attache_core::segment::SentenceSplit;
use attache_core::{Block, BlockKind, Document, Quote, Span, Stage};
use attache_speech::{render_quotes, QuoteAttribution};

/// SentenceSplit + QuoteAttribution over `text` (each non-empty line a paragraph).
pub fn run(text: &str) -> Document {
    let mut doc = Document::from_plain(text);
    QuoteAttribution::new().run(&mut doc);
    doc
}

/// Like [`run`], but lines without sentence-final punctuation are headings (as a reader
/// would mark them).
pub fn run_with_headings(text: &str) -> Document {
    let mut doc = Document::new("test", text);
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end();
        let lead = body.len() - body.trim_start().len();
        if !body.trim().is_empty() {
            let ends = body.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}']);
            let kind = if ends.ends_with(['.', '!', '?']) {
                BlockKind::Paragraph
            } else {
                BlockKind::Heading
            };
            doc.blocks.push(Block {
                span: Span::new(at + lead, at + body.len()),
                kind,
            });
        }
        at += line.len();
    }
    SentenceSplit.run(&mut doc);
    QuoteAttribution::new().run(&mut doc);
    doc
}

/// The rendered quotes without their `Qn ` numbers.
pub fn lines(doc: &Document) -> Vec<String> {
    render_quotes(doc)
        .lines()
        .map(|l| l.split_once(' ').map_or(l, |(_, rest)| rest).to_string())
        .collect()
}

/// Asserts that every expected line (`direct "..." <- Lavrov (cue: said)`, with an
/// optional ` [in Qn]`) is among the quotes of `text`.
pub fn check_quotes(text: &str, expect: &[&str]) {
    let doc = run(text);
    let got = lines(&doc);
    for e in expect {
        assert!(
            got.iter().any(|g| g == e),
            "missing: {e}\n got:\n  {}",
            got.join("\n  ")
        );
    }
}

/// One expected quote, matched by the start and end of its content.
pub struct Expect<'a> {
    pub kind: &'a str,
    pub starts: &'a str,
    pub ends: &'a str,
    /// The source phrase as written, `"?"` for none.
    pub source: &'a str,
}

/// Asserts that `doc` has a quote of the expected kind whose content starts and ends as
/// given and whose source phrase is `source`.
pub fn assert_found(doc: &Document, e: &Expect<'_>) {
    let hit = doc.quotes.iter().any(|q| {
        let content = doc.slice(q.span);
        q.kind.as_str() == e.kind
            && content.starts_with(e.starts)
            && content.ends_with(e.ends)
            && q.source.map_or("?", |s| doc.slice(s)) == e.source
    });
    assert!(
        hit,
        "missing {} \"{} ... {}\" <- {}\n got:\n  {}",
        e.kind,
        e.starts,
        e.ends,
        e.source,
        lines(doc).join("\n  ")
    );
}

/// Like [`run`], with actors as the actors stage would find them: each `(name, kind)` is
/// mentioned (as a name) at every place its text occurs.
pub fn run_with_actors(text: &str, actors: &[(&str, attache_core::ActorKind)]) -> Document {
    use attache_core::{Actor, Mention, MentionForm};
    let mut doc = Document::from_plain(text);
    for (a, &(name, kind)) in actors.iter().enumerate() {
        doc.actors.push(Actor {
            name: name.to_string(),
            kind,
            code: None,
            country: None,
            role: None,
            kb_id: None,
            mentions: Vec::new(),
        });
        for (at, _) in text.match_indices(name) {
            let span = Span::new(at, at + name.len());
            let sentence = doc
                .sentences
                .iter()
                .position(|s| s.span.start <= span.start && span.end <= s.span.end)
                .unwrap_or(0);
            doc.actors[a].mentions.push(doc.mentions.len() as u32);
            doc.mentions.push(Mention {
                span,
                actor: a as u32,
                form: MentionForm::Name,
                sentence: sentence as u32,
            });
        }
    }
    QuoteAttribution::new().run(&mut doc);
    doc
}

/// The stages a parsed test runs: syntax, actors, the time stage when `times`, then
/// speech (each list built once per test binary).
pub fn parsed_stages(times: bool) -> &'static [Box<dyn Stage + Send + Sync>] {
    type Stages = Vec<Box<dyn Stage + Send + Sync>>;
    static WITH_TIMES: OnceLock<Stages> = OnceLock::new();
    static WITHOUT: OnceLock<Stages> = OnceLock::new();
    let build = || -> Stages {
        let kb = Arc::new(attache_kb::Kb::embedded().expect("kb loads"));
        let mut stages: Stages = vec![
            Box::new(attache_syntax::SyntaxStage::embedded().expect("syntax loads")),
            Box::new(attache_actors::ActorResolution::with_builtin_model(kb).expect("actors")),
        ];
        if times {
            stages.push(Box::new(attache_time::TimeNormalization::new()));
        }
        stages.push(Box::new(attache_speech::QuoteAttribution::new()));
        stages
    };
    if times {
        WITH_TIMES.get_or_init(build)
    } else {
        WITHOUT.get_or_init(build)
    }
}

/// The actor name of quote `q`'s speaker in `doc`, or "" when it has none.
pub fn speaker_name(doc: &Document, q: &Quote) -> String {
    q.speaker
        .and_then(|s| doc.actors.get(s.actor as usize))
        .map_or(String::new(), |a| a.name.clone())
}

/// The quote of `got` (as [`parsed_quotes`] gives them) whose cue is `cue`, in any case.
pub fn quote_with_cue(got: &[[String; 4]], cue: &str) -> Option<[String; 4]> {
    got.iter().find(|q| q[3].eq_ignore_ascii_case(cue)).cloned()
}

/// Every quote of `text` read by [`parsed_stages`] as `[content, speaker's actor name,
/// source as written, cue]`.
pub fn parsed_quotes(text: &str, times: bool) -> Vec<[String; 4]> {
    let mut doc = Document::from_plain(text);
    for s in parsed_stages(times) {
        s.run(&mut doc);
    }
    let slice = |s: Option<Span>| s.map_or("", |s| doc.slice(s)).to_string();
    doc.quotes
        .iter()
        .map(|q| {
            [
                doc.slice(q.span).to_string(),
                speaker_name(&doc, q),
                slice(q.source),
                slice(q.cue),
            ]
        })
        .collect()
}

/// The content of the first quote with cue `cue`, or "" when there is none.
pub fn content_of(got: &[[String; 4]], cue: &str) -> String {
    got.iter()
        .find(|[_, _, _, c]| c == cue)
        .map_or(String::new(), |[c, _, _, _]| c.clone())
}

/// In `text` read by [`parsed_quotes`] without the time stage, the first quote with cue
/// `cue` has the content `want` ("": no quote has that cue).
pub fn assert_content(text: &str, cue: &str, want: &str) {
    let got = parsed_quotes(text, false);
    assert_eq!(content_of(&got, cue), want, "{text}: {got:?}");
}

/// In `text` read by [`parsed_quotes`] without the time stage, the first quote with cue
/// `cue` has the content `want` and the source phrase `source` as written.
pub fn assert_quote(text: &str, cue: &str, want: &str, source: &str) {
    let got = parsed_quotes(text, false);
    let q = got.iter().find(|q| q[3] == cue);
    assert!(
        q.is_some_and(|q| q[0] == want && q[2] == source),
        "{text}: {got:?}"
    );
}

/// In `text` read by [`parsed_quotes`] without the time stage, the content of the first
/// quote with cue `cue` holds `part`.
pub fn assert_content_holds(text: &str, cue: &str, part: &str) {
    let got = parsed_quotes(text, false);
    assert!(content_of(&got, cue).contains(part), "{text}: {got:?}");
}

/// `text` read by [`parsed_stages`] with the time stage: syntax, actors, times, speech.
pub fn parsed_doc(text: &str) -> Document {
    let mut doc = Document::from_plain(text);
    for s in parsed_stages(true) {
        s.run(&mut doc);
    }
    doc
}

/// `text` read by syntax, actors, times, places and speech, as the CLI builds them: the
/// gazetteer tells a setting or a dateline from a speaker.
pub fn parsed_doc_with_places(text: &str) -> Document {
    type Stages = (
        attache_geo::PlaceResolution,
        attache_speech::QuoteAttribution,
    );
    static STAGES: OnceLock<Stages> = OnceLock::new();
    let (places, speech) = STAGES.get_or_init(|| {
        let gaz = Arc::new(attache_geo::Gazetteer::embedded().expect("gazetteer loads"));
        let known = gaz.clone();
        (
            attache_geo::PlaceResolution::new(gaz),
            attache_speech::QuoteAttribution::with_place_names(Arc::new(move |name: &str| {
                known.is_well_known(name)
            })),
        )
    });
    let mut doc = Document::from_plain(text);
    let (_, before) = parsed_stages(true).split_last().expect("stages");
    for s in before {
        s.run(&mut doc);
    }
    places.run(&mut doc);
    speech.run(&mut doc);
    doc
}

/// The `n`th quote of `doc` whose source phrase is `source`.
pub fn quote_from<'a>(doc: &'a Document, source: &str, n: usize) -> &'a Quote {
    doc.quotes
        .iter()
        .filter(|q| q.source.is_some_and(|s| doc.slice(s) == source))
        .nth(n)
        .unwrap_or_else(|| panic!("no quote {n} with source {source:?}: {:?}", doc.quotes))
}

/// The source phrase of every quote of `doc` that has one, as written.
pub fn sources(doc: &Document) -> Vec<&str> {
    doc.quotes
        .iter()
        .filter_map(|q| q.source.map(|s| doc.slice(s)))
        .collect()
}

/// The name of quote `q`'s speaker, if it has one.
pub fn speaker_named(doc: &Document, q: &Quote) -> Option<String> {
    speaker_of(doc, q).map(|(name, _)| name)
}

/// The name and kind of quote `q`'s speaker, if it has one.
pub fn speaker_of(doc: &Document, q: &Quote) -> Option<(String, attache_core::ActorKind)> {
    q.speaker.map(|r| {
        let a = &doc.actors[r.actor as usize];
        (a.name.clone(), a.kind)
    })
}

/// The source phrase of the first quote of `d` whose cue is `cue`.
pub fn source_of_cue<'a>(d: &'a Document, cue: &str) -> Option<&'a str> {
    d.quotes
        .iter()
        .find(|q| q.cue.is_some_and(|c| d.slice(c) == cue))
        .and_then(|q| q.source.map(|s| d.slice(s)))
}
