//! `attache eval segment`: sentence and token boundaries against CoNLL-U gold.
//!
//! Each gold document (`# newdoc`) is turned back into the raw text a reader would hand
//! attache: surface tokens joined by a space unless `SpaceAfter=No`, paragraphs
//! (`# newpar`) separated by a newline, one paragraph block each. `SentenceSplit` runs on
//! that; predicted and gold sentences are compared by their end offsets, tokens by exact
//! spans.

use std::collections::HashSet;

use super::SentenceSplit;

use crate::conllu;
use crate::document::{Block, BlockKind, Document};
use crate::eval::{Counts, Report};
use crate::span::Span;
use crate::stage::Stage;

/// A gold document rebuilt as raw text.
#[derive(Clone, Debug, Default)]
pub struct GoldDoc {
    pub text: String,
    /// One span per paragraph.
    pub paragraphs: Vec<Span>,
    /// Gold sentence spans, in order.
    pub sentences: Vec<Span>,
    /// Gold syntactic words: words of a multiword token get their own spans when their
    /// forms spell the token (`did`+`n't`), else the token's span.
    pub words: Vec<Span>,
}

/// Rebuilds the documents of one CoNLL-U file (a file without `# newdoc` is one
/// document). Malformed rows are skipped as [`conllu::parse`] does.
pub fn gold_documents(conllu_text: &str) -> Vec<GoldDoc> {
    let (sentences, _errors) = conllu::parse(conllu_text);
    let mut docs: Vec<GoldDoc> = Vec::new();
    let mut para_start = 0usize;
    for s in &sentences {
        if s.words.is_empty() {
            continue;
        }
        if s.newdoc || docs.is_empty() {
            if let Some(d) = docs.last_mut() {
                close_paragraph(d, para_start);
            }
            docs.push(GoldDoc::default());
            para_start = 0;
        }
        let Some(d) = docs.last_mut() else { continue };
        if s.newpar && !d.sentences.is_empty() {
            close_paragraph(d, para_start);
            d.text.push('\n');
            para_start = d.text.len();
        }
        let start = d.text.len();
        append_sentence(d, s);
        let end = d.text.trim_end_matches(' ').len();
        d.sentences.push(Span::new(start, end));
    }
    if let Some(d) = docs.last_mut() {
        close_paragraph(d, para_start);
    }
    docs
}

fn close_paragraph(d: &mut GoldDoc, start: usize) {
    let trimmed = d.text.trim_end_matches(' ').len();
    d.text.truncate(trimmed);
    if trimmed > start {
        d.paragraphs.push(Span::new(start, trimmed));
    }
}

fn append_sentence(d: &mut GoldDoc, s: &conllu::ConlluSentence) {
    let mut i = 0usize;
    while i < s.words.len() {
        let id = i as u32 + 1;
        let start = d.text.len();
        let (misc, next) = match s.multiwords.iter().find(|m| m.first == id) {
            Some(mw) => {
                d.text.push_str(&mw.form);
                let last = (mw.last as usize).clamp(i + 1, s.words.len());
                let parts = &s.words[i..last];
                let spelled: usize = parts.iter().map(|w| w.form.len()).sum();
                if spelled == mw.form.len()
                    && parts.iter().map(|w| w.form.as_str()).collect::<String>() == mw.form
                {
                    let mut at = start;
                    for w in parts {
                        d.words.push(Span::new(at, at + w.form.len()));
                        at += w.form.len();
                    }
                } else {
                    d.words.push(Span::new(start, d.text.len()));
                }
                (mw.misc.as_str(), last)
            }
            None => {
                let w = &s.words[i];
                d.text.push_str(&w.form);
                d.words.push(Span::new(start, d.text.len()));
                (w.misc.as_str(), i + 1)
            }
        };
        if !misc.split('|').any(|f| f == "SpaceAfter=No") {
            d.text.push(' ');
        }
        i = next;
    }
}

/// Evaluates `SentenceSplit` on `(file name, CoNLL-U contents)` pairs.
pub fn eval_segment(docs: &[(String, String)]) -> Report {
    let mut all = Counts::default();
    let mut internal = Counts::default();
    let mut tokens = Counts::default();
    let mut n_docs = 0usize;
    let mut n_sentences = 0usize;
    let mut n_paragraphs = 0usize;
    let mut words = 0usize;
    for (_name, contents) in docs {
        for gold in gold_documents(contents) {
            n_docs += 1;
            n_sentences += gold.sentences.len();
            n_paragraphs += gold.paragraphs.len();
            let doc = segment_gold(&gold);
            words += doc.word_count();
            let para_ends: HashSet<u32> = gold.paragraphs.iter().map(|p| p.end).collect();
            let gold_ends: HashSet<u32> = gold.sentences.iter().map(|s| s.end).collect();
            let pred_ends: HashSet<u32> = doc.sentences.iter().map(|s| s.span.end).collect();
            all.add(compare(&pred_ends, &gold_ends, |_| true));
            internal.add(compare(&pred_ends, &gold_ends, |e| !para_ends.contains(&e)));
            let gold_tokens: HashSet<Span> = gold.words.iter().copied().collect();
            let pred_tokens: HashSet<Span> = doc.tokens.iter().map(|t| t.span).collect();
            tokens.add(compare(&pred_tokens, &gold_tokens, |_| true));
        }
    }
    let mut report = Report::new("segment");
    report.row("sentences", all);
    report.row("sentences in-paragraph", internal);
    report.row("tokens", tokens);
    report.figure("documents", n_docs as f64);
    report.figure("paragraphs", n_paragraphs as f64);
    report.figure("gold_sentences", n_sentences as f64);
    report.figure("words", words as f64);
    report.notes.push(
        "text rebuilt per # newdoc from surface tokens and SpaceAfter=No, one paragraph \
         block per # newpar (paragraphs joined by a newline)"
            .into(),
    );
    report.notes.push(
        "sentence boundaries: predicted vs gold sentence end offsets; in-paragraph leaves out \
         boundaries at paragraph ends, which every splitter gets for free"
            .into(),
    );
    report.notes.push(
        "tokens: exact byte spans vs gold syntactic words (words of a multiword token such \
         as did|n't get their own spans when their forms spell the token)"
            .into(),
    );
    report
}

/// Runs `SentenceSplit` over a rebuilt gold document.
pub fn segment_gold(gold: &GoldDoc) -> Document {
    let mut doc = Document::new("gold", gold.text.clone());
    doc.blocks = gold
        .paragraphs
        .iter()
        .map(|&span| Block {
            span,
            kind: BlockKind::Paragraph,
        })
        .collect();
    SentenceSplit.run(&mut doc);
    doc
}

fn compare<T: std::hash::Hash + Eq + Copy>(
    pred: &HashSet<T>,
    gold: &HashSet<T>,
    keep: impl Fn(T) -> bool,
) -> Counts {
    let mut c = Counts::default();
    for &p in pred.iter().filter(|&&p| keep(p)) {
        if gold.contains(&p) {
            c.tp += 1;
        } else {
            c.fp += 1;
        }
    }
    c.fn_ = gold
        .iter()
        .filter(|&&g| keep(g) && !pred.contains(&g))
        .count() as u64;
    c
}
