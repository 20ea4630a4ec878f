//! Helpers shared by the integration tests: one model load, parsed documents, tree reads.
#![allow(dead_code)]

use std::sync::{Arc, OnceLock};

use attache_core::{Document, Stage};
use attache_syntax::{Syntax, SyntaxStage};

pub fn syntax() -> Arc<Syntax> {
    static S: OnceLock<Arc<Syntax>> = OnceLock::new();
    S.get_or_init(|| Arc::new(Syntax::embedded().expect("the committed models load")))
        .clone()
}

/// `text` segmented (one paragraph per line) and run through the syntax stage.
pub fn parsed(text: &str) -> Document {
    let mut doc = Document::from_plain(text);
    SyntaxStage::new(syntax()).run(&mut doc);
    doc
}

/// First token whose text is `word`.
pub fn find(doc: &Document, word: &str) -> usize {
    (0..doc.tokens.len())
        .find(|&i| doc.word(i) == word)
        .unwrap_or_else(|| panic!("no token {word:?}"))
}

/// Dependents of `head` whose relation (without subtype) is one of `bases`.
pub fn deps(doc: &Document, head: usize, bases: &[&str]) -> Vec<usize> {
    doc.dependents(head)
        .filter(|&d| bases.contains(&doc.tokens[d].deprel.base()))
        .collect()
}

/// The words of the subtree under `i`, in text order, space-joined.
pub fn subtree(doc: &Document, i: usize) -> String {
    let s = doc
        .sentence_at(doc.tokens[i].span.start)
        .expect("token in a sentence");
    let r = doc.sentences[s].tokens.clone();
    let mut words = Vec::new();
    for t in r.start as usize..r.end as usize {
        let mut k = t;
        let mut steps = 0;
        let inside = loop {
            if k == i {
                break true;
            }
            match doc.head(k) {
                Some(h) if steps < 1000 => {
                    k = h;
                    steps += 1;
                }
                _ => break false,
            }
        };
        if inside {
            words.push(doc.word(t));
        }
    }
    words.join(" ")
}

/// A readable dump of the parse of the sentence holding token `i`, for failure messages.
pub fn dump(doc: &Document, i: usize) -> String {
    let s = doc.sentence_at(doc.tokens[i].span.start).unwrap_or(0);
    let r = doc.sentences[s].tokens.clone();
    (r.start as usize..r.end as usize)
        .map(|t| {
            let h = doc
                .head(t)
                .map_or("ROOT".to_string(), |h| doc.word(h).to_string());
            format!(
                "{}/{}/{} <-{}- {}",
                doc.word(t),
                doc.tokens[t].xpos,
                doc.lemma(t),
                doc.tokens[t].deprel,
                h
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
