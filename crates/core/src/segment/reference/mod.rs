//! The tokenizer and splitter as they were before the speed work, kept for tests only:
//! the differential check below runs both over every corpus text in ../shared and asserts
//! identical tokens (spans, kinds) and sentences.

mod split;
mod tokenize;

use super::{split_block, tokenize_block, Tokens};
use crate::span::Span;
use std::path::{Path, PathBuf};

/// Corpus texts: the seed articles, the political news articles (PolNeAR train and dev)
/// and the rebuilt EWT and GUM documents.
fn corpus_texts(shared: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for path in sorted_files(&shared.join("seed")) {
        if path.extension().is_some_and(|x| x == "txt") {
            if let Ok(text) = std::fs::read_to_string(&path) {
                out.push((path.display().to_string(), text));
            }
        }
    }
    let corpora = shared.join("data/corpora");
    for split in ["train", "dev"] {
        let dir = corpora.join("polnear").join(split).join("text");
        for path in sorted_files(&dir) {
            if let Ok(text) = std::fs::read_to_string(&path) {
                out.push((path.display().to_string(), text));
            }
        }
    }
    let mut gold = vec![
        corpora.join("ud-english-ewt/en_ewt-ud-train.conllu"),
        corpora.join("ud-english-ewt/en_ewt-ud-dev.conllu"),
    ];
    for split in ["train", "dev"] {
        gold.extend(sorted_files(&corpora.join("gum").join(split).join("dep")));
    }
    for path in gold {
        if let Ok(c) = std::fs::read_to_string(&path) {
            for (n, d) in super::gold_documents(&c).into_iter().enumerate() {
                out.push((format!("{} #{n}", path.display()), d.text));
            }
        }
    }
    out
}

fn sorted_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// Blocks as the readers make them (each non-empty line), plus the whole text as one
/// block so blank lines and line breaks inside a block are covered too.
fn blocks(text: &str) -> Vec<Span> {
    let mut out = vec![Span::new(0, text.len())];
    let mut at = 0;
    for line in text.split('\n') {
        if !line.trim().is_empty() {
            out.push(Span::new(at, at + line.len()));
        }
        at += line.len() + 1;
    }
    out
}

/// Compares the current and reference segmentation of `text[span]`; the first
/// difference, if any.
fn difference(text: &str, span: Span) -> Option<String> {
    let (mut new, mut old) = (Tokens::default(), Tokens::default());
    tokenize_block(text, span, &mut new);
    tokenize::tokenize_block(text, span, &mut old);
    let n = new.len().max(old.len());
    for i in 0..n {
        let a = new
            .spans
            .get(i)
            .map(|s| (s.slice(text), s.start, new.kinds[i]));
        let b = old
            .spans
            .get(i)
            .map(|s| (s.slice(text), s.start, old.kinds[i]));
        if a != b {
            return Some(format!("token {i}: new {a:?}, old {b:?}"));
        }
    }
    let (mut new_s, mut old_s, mut derived_s) = (Vec::new(), Vec::new(), Vec::new());
    split_block(text, &new, &mut new_s);
    split::split_block(text, &old, &mut old_s);
    // The reference tokens carry no splitter flags: the splitter derives them.
    split_block(text, &old, &mut derived_s);
    if derived_s != old_s {
        return Some(format!(
            "sentences from derived flags: {derived_s:?}, old {old_s:?}"
        ));
    }
    (new_s != old_s).then(|| format!("sentences: new {new_s:?}, old {old_s:?}"))
}

#[test]
fn tokens_and_sentences_match_the_reference_on_every_corpus_text() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if !shared.exists() {
        eprintln!("skipped: no shared data at {}", shared.display());
        return;
    }
    let texts = corpus_texts(&shared);
    assert!(
        texts.len() > 1000,
        "only {} corpus texts found",
        texts.len()
    );
    let mut blocks_seen = 0;
    for (name, text) in &texts {
        for span in blocks(text) {
            blocks_seen += 1;
            if let Some(diff) = difference(text, span) {
                panic!("{name} block {span:?}: {diff}");
            }
        }
    }
    eprintln!("{} texts, {blocks_seen} blocks identical", texts.len());
}

#[test]
fn tokens_and_sentences_match_the_reference_on_edge_cases() {
    let cases = [
        "",
        " ",
        "a",
        "Mr. Smith went to Washington. He said: \"No!\" (really?) ... OK",
        "U.S.-led talks at 10:30 a.m. cost $1,000.50 -- see http://x.org/a. Bye :) ",
        "didn't can't Russia's We\u{2019}ve O'Brien cannot gonna so-called non-profit",
        "caf\u{e9} na\u{ef}ve \u{201c}Quoted.\u{201d} Next\u{2026} then \u{2014} done\u{3002}",
        "e-mail kevin.a.boone@example.com and franz3...@example.com #tag @user",
        "1. First item\n\n2. Second item",
        "Regards,\nJohn",
        "=====\n****\n____ ----- !!! ?! ... .. .",
        "end.\"  [17] Next one. [...] more",
        "a_long_snake_case_name and_more __init__ x_1 _lead trail_ 12345678_9",
    ];
    for text in cases {
        if let Some(diff) = difference(text, Span::new(0, text.len())) {
            panic!("{text:?}: {diff}");
        }
    }
}
