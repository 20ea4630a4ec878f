//! Tokens and sentences with byte offsets (the `SentenceSplit` stage).
//!
//! Blocks (paragraphs, headings) come from the reader; this stage tokenizes paragraph
//! blocks and splits them into sentences. Headings get neither tokens nor sentences, and
//! a sentence never crosses a block, so a quotation running on into the next paragraph
//! leaves the two paragraphs' sentences apart.
//!
//! - [`tokenize_block`]: UD English tokens (clitics, punctuation and most hyphenated
//!   compounds split) with a [`Kind`] each;
//! - [`split_block`]: sentence boundaries from terminators, closers and what follows,
//!   plus a small trained [`model`] for web-text boundaries without punctuation; a few
//!   rules apply only in documents of an informal [`Register`] (read per document);
//! - [`eval_segment`]: sentence and token boundaries against CoNLL-U gold.
//!
//! Word lists live in `data/segment/*.txt` (linted on load, see [`lint`]); the model's
//! weights in `data/segment/boundary.bin` (`examples/train_segment.rs`).

mod eval;
mod lexicon;
pub mod model;
mod split;
mod tokenize;

pub use eval::{eval_segment, gold_documents, segment_gold, GoldDoc};
pub use lexicon::{lint, AbbrevClass, LexiconError};
pub use split::{observe_candidates, split_block, split_block_in, split_block_with, Register};
pub use tokenize::{double_quote_mark, tokenize_block, Kind, QuoteSide, Tokens};

use crate::document::{BlockKind, Document, Sentence, Token};
use crate::span::Span;
use crate::stage::Stage;

/// Tokenizes paragraphs and splits them into sentences.
pub struct SentenceSplit;

impl Stage for SentenceSplit {
    fn name(&self) -> &'static str {
        "SentenceSplit"
    }

    fn run(&self, doc: &mut Document) {
        thread_local! {
            static SCRATCH: std::cell::RefCell<(Tokens, Vec<std::ops::Range<usize>>)> =
                std::cell::RefCell::default();
        }
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut s) => {
                let (toks, ranges) = &mut *s;
                segment_document(doc, toks, ranges);
            }
            Err(_) => segment_document(doc, &mut Tokens::default(), &mut Vec::new()),
        });
    }
}

/// Tokens and sentences of every paragraph block, with scratch buffers reused across
/// documents.
fn segment_document(
    doc: &mut Document,
    toks: &mut Tokens,
    ranges: &mut Vec<std::ops::Range<usize>>,
) {
    doc.tokens.reserve(doc.text.len() / 5);
    doc.sentences.reserve(doc.text.len() / 120);
    let register = Register::of_document(doc);
    for (b, block) in doc.blocks.iter().enumerate() {
        if block.kind != BlockKind::Paragraph {
            continue;
        }
        toks.clear();
        ranges.clear();
        tokenize_block(&doc.text, block.span, toks);
        split_block_in(&doc.text, toks, register, ranges);
        // The sentences cover the block's tokens in order: the tokens are copied at once.
        debug_assert!(
            ranges
                .first()
                .map_or(toks.spans.is_empty(), |r| r.start == 0)
                && ranges.windows(2).all(|w| w[0].end == w[1].start)
                && ranges.last().is_none_or(|r| r.end == toks.spans.len()),
            "sentence ranges must cover the block's tokens in order"
        );
        let first = doc.tokens.len() as u32;
        doc.tokens.extend(toks.spans.iter().map(|&s| Token::new(s)));
        for r in ranges.iter() {
            let spans = &toks.spans[r.clone()];
            doc.sentences.push(Sentence {
                span: spans[0].cover(spans[spans.len() - 1]),
                tokens: first + r.start as u32..first + r.end as u32,
                block: b as u32,
            });
        }
    }
}

/// Appends the token spans of `text[span]` to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Span>) {
    let mut toks = Tokens::default();
    tokenize_block(text, span, &mut toks);
    out.extend_from_slice(&toks.spans);
}

/// The sentence spans of the paragraph `text[span]`.
pub fn split_sentences(text: &str, span: Span) -> Vec<Span> {
    let mut toks = Tokens::default();
    let mut ranges = Vec::new();
    tokenize_block(text, span, &mut toks);
    split_block(text, &toks, &mut ranges);
    ranges
        .into_iter()
        .map(|r| toks.spans[r.start].cover(toks.spans[r.end - 1]))
        .collect()
}
