//! `attache eval entities`: person / organization / place mention P, R, F1 on GUM.

use crate::gum::GumDoc;
use crate::tagger::NameKind;
use crate::NameFinder;
use attache_core::eval::{Counts, Report};
use attache_core::{Block, BlockKind, Document, Sentence, Span, Token};

/// Genres reported apart: news and political speech.
const FOCUS: &[&str] = &["news", "speech"];

/// Mention P/R/F1 of the name tagger against GUM's gold entities, by type and overall, on
/// all documents and on the news and speech documents. `files` are `(file name, contents)`
/// of GUM `.conllu` files (`.xml` files carry no entity layer and are skipped with a note).
///
/// What counts: GUM *named* mentions (a proper noun in the minimal span) of persons,
/// organizations and places, outermost only (a named mention inside another named one,
/// "Chicago" in "the University of Chicago", is not counted). A prediction is right when
/// its word span and type equal a gold mention's.
pub fn eval_entities(files: &[(String, String)], finder: &NameFinder) -> Report {
    let mut report = Report::new("entities");
    let mut all = [Counts::default(); 3];
    let mut focus = [Counts::default(); 3];
    let mut docs = 0;
    let mut focus_docs = 0;
    let mut problems = 0;
    let mut skipped = 0;
    for (name, text) in files {
        if !name.ends_with(".conllu") {
            skipped += 1;
            continue;
        }
        let (doc, p) = GumDoc::parse(name, text);
        problems += p;
        let counts = score_doc(&doc, finder);
        docs += 1;
        let in_focus = FOCUS.contains(&doc.genre.as_str());
        focus_docs += in_focus as usize;
        for k in 0..3 {
            all[k].add(counts[k]);
            if in_focus {
                focus[k].add(counts[k]);
            }
        }
    }
    for (label, counts) in [("news+speech", &focus), ("all", &all)] {
        let mut total = Counts::default();
        for kind in NameKind::ALL {
            let c = counts[kind as usize];
            report.row(format!("{label} {}", kind.as_str()), c);
            total.add(c);
        }
        report.row(format!("{label} overall"), total);
    }
    report.notes.push(format!(
        "{docs} documents ({focus_docs} news or speech); named person/organization/place \
         mentions, outermost, exact word span and type"
    ));
    if skipped > 0 {
        report.notes.push(format!(
            "{skipped} files skipped (not .conllu: GUM's xml has no entity layer)"
        ));
    }
    if problems > 0 {
        report.notes.push(format!(
            "{problems} unreadable rows or entity brackets skipped"
        ));
    }
    report.figure("documents", docs as f64);
    report
}

/// Counts per kind (indexed by `NameKind as usize`) for one document.
fn score_doc(doc: &GumDoc, finder: &NameFinder) -> [Counts; 3] {
    let mut counts = [Counts::default(); 3];
    let gold = doc.flat_named();
    let mut predicted = Vec::new();
    for (si, words) in doc.sentences.iter().enumerate() {
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        for n in finder.find(&words) {
            predicted.push((si, n.start, n.end, n.kind));
        }
    }
    for &(s, a, b, kind) in &predicted {
        let hit = gold
            .iter()
            .any(|g| g.sentence == s && g.core_start == a && g.core_end == b && g.kind == kind);
        if hit {
            counts[kind as usize].tp += 1;
        } else {
            counts[kind as usize].fp += 1;
        }
    }
    for g in &gold {
        let hit = predicted.iter().any(|&(s, a, b, kind)| {
            g.sentence == s && g.core_start == a && g.core_end == b && g.kind == kind
        });
        if !hit {
            counts[g.kind as usize].fn_ += 1;
        }
    }
    counts
}

/// A [`Document`] over the gold words of a GUM document: the text rebuilt with GUM's
/// spacing, one token per syntactic word, GUM's sentences and paragraphs.
pub fn gum_document(doc: &GumDoc) -> Document {
    let mut text = String::new();
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    for (si, words) in doc.sentences.iter().enumerate() {
        if words.is_empty() {
            continue;
        }
        let new_block = doc.new_paragraph.get(si).copied().unwrap_or(true) || blocks.is_empty();
        if new_block && !text.is_empty() {
            text.push('\n');
        } else if !text.is_empty() && !text.ends_with(' ') {
            text.push(' ');
        }
        let start = text.len();
        let first = tokens.len() as u32;
        for (wi, w) in words.iter().enumerate() {
            let a = text.len();
            text.push_str(w);
            tokens.push(Token::new(Span::new(a, text.len())));
            let space = doc
                .space_after
                .get(si)
                .and_then(|s| s.get(wi))
                .copied()
                .unwrap_or(true);
            if space && wi + 1 < words.len() {
                text.push(' ');
            }
        }
        let span = Span::new(start, text.len());
        if new_block {
            blocks.push(Block {
                span,
                kind: BlockKind::Paragraph,
            });
        } else if let Some(b) = blocks.last_mut() {
            b.span = b.span.cover(span);
        }
        sentences.push(Sentence {
            span,
            tokens: first..tokens.len() as u32,
            block: (blocks.len() - 1) as u32,
        });
    }
    let mut d = Document::new(doc.name.clone(), text);
    d.blocks = blocks;
    d.sentences = sentences;
    d.tokens = tokens;
    d
}
