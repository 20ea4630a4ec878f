//! Scores the speech stage on a PolNeAR split folder:
//! `cargo run --release -p attache-speech --example polnear -- DIR [--diag]`
//! (DIR holds `text/` and `attributions/`). The pipeline here is SentenceSplit + the
//! speech stage (no syntax, no actors) until the CLI provides the full one.

use attache_core::{Document, Stage};
use attache_speech::eval::{eval_quotes_with, load_polnear};
use attache_speech::QuoteAttribution;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: polnear DIR");
        std::process::exit(2);
    };
    let articles = match load_polnear(std::path::Path::new(&dir)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("cannot read {dir}: {e}");
            std::process::exit(1);
        }
    };
    let stage = QuoteAttribution::new();
    let run = |text: &str| {
        let mut doc = Document::from_plain(text);
        stage.run(&mut doc);
        doc
    };
    // With --diag, every miss, false alarm and wrong speaker goes to stderr.
    let diag = std::env::args().any(|a| a == "--diag");
    let report = eval_quotes_with(&articles, &run, &mut |line| {
        if diag {
            eprintln!("{line}");
        }
    });
    print!("{}", report.render());
}
