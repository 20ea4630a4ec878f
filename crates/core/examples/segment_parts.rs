//! Where segmentation time goes: `cargo run --release -p attache-core --example
//! segment_parts -- [--rounds N] FILE...`. Each file is plain text, each non-empty line a
//! paragraph block (`Document::with_line_blocks`); an unreadable file stops the run, so a
//! mistyped path cannot shrink the corpus. Per round (default 20 rounds), the CPU milliseconds of tokenizing
//! every block, of tokenizing and splitting it, and of the whole `SentenceSplit` stage
//! (which also fills `Document::tokens` and `sentences`); a checksum of the counts so two
//! builds can be compared.

use attache_core::segment::{split_block, tokenize_block, SentenceSplit, Tokens};
use attache_core::{Document, Stage};

fn cpu() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
}

fn main() {
    let Some((rounds, files)) = arguments(std::env::args().skip(1)) else {
        eprintln!("usage: segment_parts [--rounds N] FILE...");
        std::process::exit(2);
    };
    let mut docs = Vec::new();
    for file in &files {
        match std::fs::read_to_string(file) {
            Ok(text) => docs.push(Document::with_line_blocks(file.as_str(), &text)),
            Err(e) => {
                eprintln!("{file}: {e}");
                std::process::exit(2);
            }
        }
    }
    let mut toks = Tokens::default();
    let mut ranges = Vec::new();
    let mut sum = 0usize;
    let t0 = cpu();
    for _ in 0..rounds {
        for doc in &docs {
            for block in &doc.blocks {
                toks.clear();
                tokenize_block(&doc.text, block.span, &mut toks);
                sum += toks.len();
            }
        }
    }
    let t1 = cpu();
    for _ in 0..rounds {
        for doc in &docs {
            for block in &doc.blocks {
                toks.clear();
                ranges.clear();
                tokenize_block(&doc.text, block.span, &mut toks);
                split_block(&doc.text, &toks, &mut ranges);
                sum += ranges.len();
            }
        }
    }
    let t2 = cpu();
    let mut stage = 0.0;
    for _ in 0..rounds {
        let mut round = docs.clone();
        let t = cpu();
        for doc in &mut round {
            SentenceSplit.run(doc);
            sum += doc.tokens.len() + doc.sentences.len();
        }
        stage += cpu() - t;
    }
    let per_round = |s: f64| s * 1000.0 / rounds as f64;
    println!(
        "tokenize_ms={:.2} tokenize_split_ms={:.2} stage_ms={:.2} rounds={rounds} checksum={sum}",
        per_round(t1 - t0),
        per_round(t2 - t1),
        per_round(stage)
    );
}

/// `--rounds N` (20 by default) and the files, in any order; `None` without files or
/// with a malformed round count.
fn arguments(args: impl Iterator<Item = String>) -> Option<(usize, Vec<String>)> {
    let mut rounds = 20;
    let mut files = Vec::new();
    let mut args = args;
    while let Some(arg) = args.next() {
        if arg == "--rounds" {
            rounds = args.next()?.parse().ok().filter(|&n| n > 0)?;
        } else {
            files.push(arg);
        }
    }
    (!files.is_empty()).then_some((rounds, files))
}
