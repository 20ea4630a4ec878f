//! What the PolNeAR examples `cue_diag`, `quote_classes` and `speakers` share: the split
//! folder named on the command line, scored with the CLI's pipeline as `attache eval
//! quotes` runs it, and the character spans of the scorer's diagnostics.

use std::collections::BTreeMap;

use attache_core::eval::Report;
use attache_core::Document;
use attache_speech::eval::{eval_quotes_with, load_polnear};

/// A PolNeAR article: name, text, attribution lines.
pub type Article = (String, String, Vec<String>);

/// The articles of the split folder given as the first argument; exits with `usage` when
/// there is none, with the error when it cannot be read.
pub fn articles_from_args(usage: &str) -> Vec<Article> {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: {usage}");
        std::process::exit(2);
    };
    match load_polnear(std::path::Path::new(&dir)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("cannot read {dir}: {e}");
            std::process::exit(1);
        }
    }
}

/// `articles` scored with the CLI's pipeline, every diagnostic line told to `diag`
/// (`eval::eval_quotes_with`); exits when the pipeline cannot be built.
pub fn score(articles: &[Article], diag: &mut dyn FnMut(String)) -> Report {
    let pipeline = match attache::pipeline::Pipeline::standard() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let run = |text: &str| {
        let mut doc = Document::with_line_blocks("eval", text);
        pipeline.run(&mut doc);
        doc
    };
    eval_quotes_with(articles, &run, diag)
}

/// Each article's text as characters, by name (the diagnostics' spans count characters).
#[allow(dead_code)] // (not every example prints texts)
pub fn char_texts(articles: &[Article]) -> BTreeMap<&str, Vec<char>> {
    articles
        .iter()
        .map(|(n, t, _)| (n.as_str(), t.chars().collect()))
        .collect()
}

/// The character spans of a diagnostic field, `start-end` comma-separated.
#[allow(dead_code)] // (not every example reads spans)
pub fn spans(field: &str) -> Vec<(usize, usize)> {
    field
        .split(',')
        .filter_map(|s| s.split_once('-'))
        .filter_map(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)))
        .collect()
}
