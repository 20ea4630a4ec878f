//! Scores the speech stage inside a local full pipeline (SentenceSplit -> syntax -> actors
//! -> speech) on a PolNeAR split folder, until the CLI provides the pipeline:
//! `cargo run --release -p attache-speech --features pipeline --example pipeline -- DIR`.

mod common;

use attache_core::Document;
use attache_speech::eval::{eval_quotes_with, load_polnear};

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: pipeline DIR [--diag] [--no-syntax]");
        std::process::exit(2);
    };
    let path = std::path::Path::new(&dir);
    let articles = if path.is_file() {
        Vec::new()
    } else {
        match load_polnear(path) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("cannot read {dir}: {e}");
                std::process::exit(1);
            }
        }
    };
    let stages = common::pipeline_stages(!std::env::args().any(|a| a == "--no-syntax"));
    let run = |text: &str| {
        let mut doc = Document::from_plain(text);
        attache_core::run_stages(&stages, &mut doc);
        doc
    };
    if path.is_file() {
        // One text file: its quotes, one per line.
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let doc = run(&text);
        if std::env::args().any(|a| a == "--tags") {
            // Each token with its tag, head and relation; then the actor mentions.
            for (t, tok) in doc.tokens.iter().enumerate() {
                let head = doc.head(t).map_or(-1, |h| h as i64);
                let (upos, rel) = (tok.upos.as_str(), tok.deprel.as_str());
                eprintln!(
                    "{t}\t{}\t{upos}\t{head}\t{rel}\t{}",
                    doc.word(t),
                    tok.xpos.as_str()
                );
            }
            for m in &doc.mentions {
                let kind = doc.actors.get(m.actor as usize).map(|a| a.kind.as_str());
                eprintln!("mention {:?} {kind:?}", doc.slice(m.span));
            }
        }
        print!("{}", attache_speech::render_quotes(&doc));
        return;
    }
    let diag = std::env::args().any(|a| a == "--diag");
    let report = eval_quotes_with(&articles, &run, &mut |line| {
        if diag {
            eprintln!("{line}");
        }
    });
    print!("{}", report.render());
}
