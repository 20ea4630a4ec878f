//! Tokens and sentences with byte offsets (the `SentenceSplit` stage).
//!
//! Blocks (paragraphs, headings) come from the reader; this stage tokenizes paragraph
//! blocks and splits them into sentences. Headings get neither tokens nor sentences.

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
        let mut spans = Vec::new();
        for (b, block) in doc.blocks.iter().enumerate() {
            if block.kind != BlockKind::Paragraph {
                continue;
            }
            spans.clear();
            tokenize(&doc.text, block.span, &mut spans);
            for range in split_sentences(&doc.text, &spans) {
                let first = doc.tokens.len() as u32;
                let toks = &spans[range];
                doc.tokens.extend(toks.iter().map(|&span| Token::new(span)));
                doc.sentences.push(Sentence {
                    span: toks[0].cover(toks[toks.len() - 1]),
                    tokens: first..doc.tokens.len() as u32,
                    block: b as u32,
                });
            }
        }
    }
}

/// Appends the token spans of `text[span]` to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Span>) {
    let base = span.start as usize;
    let s = span.slice(text);
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                let joins = d.is_alphanumeric()
                    || ((d == '.' || d == '\'' || d == '-' || d == ',' || d == '\u{2019}')
                        && s[j + d.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric));
                if !joins {
                    break;
                }
                chars.next();
                end = j + d.len_utf8();
            }
            out.push(Span::new(base + i, base + end));
        } else {
            out.push(Span::new(base + i, base + i + c.len_utf8()));
        }
    }
}

/// Splits a paragraph's tokens into sentences (ranges into `tokens`).
pub fn split_sentences(text: &str, tokens: &[Span]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        let w = t.slice(text);
        if matches!(w, "." | "!" | "?") {
            let mut end = i + 1;
            while end < tokens.len() && is_closer(tokens[end].slice(text)) {
                end += 1;
            }
            let next_upper = tokens
                .get(end)
                .map(|n| {
                    n.slice(text)
                        .chars()
                        .next()
                        .is_some_and(|c| !c.is_lowercase())
                })
                .unwrap_or(true);
            if next_upper && end > start {
                out.push(start..end);
                start = end;
            }
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out.retain(|r| r.start < r.end);
    out
}

fn is_closer(w: &str) -> bool {
    matches!(w, "\"" | "'" | "\u{201d}" | "\u{2019}" | ")" | "]")
}
