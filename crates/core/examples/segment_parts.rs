//! Where segmentation time goes: `cargo run --release -p attache-core --example
//! segment_parts -- FILE... [--rounds N]`. Each file is plain text, each non-empty line a
//! paragraph block. Per round (default 20 rounds), the CPU milliseconds of tokenizing
//! every block, of tokenizing and splitting it, and of the whole `SentenceSplit` stage
//! (which also fills `Document::tokens` and `sentences`); a checksum of the counts so two
//! builds can be compared.

use attache_core::segment::{split_block, tokenize_block, SentenceSplit, Tokens};
use attache_core::{Block, BlockKind, Document, Span, Stage};

fn cpu() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rounds: usize = args
        .iter()
        .position(|a| a == "--rounds")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(20);
    let texts: Vec<String> = args
        .iter()
        .filter(|a| !a.starts_with("--") && a.parse::<usize>().is_err())
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    if texts.is_empty() {
        eprintln!("usage: segment_parts FILE... [--rounds N]");
        std::process::exit(2);
    }
    let blocks: Vec<Vec<Span>> = texts.iter().map(|t| line_blocks(t)).collect();
    let mut toks = Tokens::default();
    let mut ranges = Vec::new();
    let mut sum = 0usize;
    let t0 = cpu();
    for _ in 0..rounds {
        for (text, spans) in texts.iter().zip(&blocks) {
            for &span in spans {
                toks.clear();
                tokenize_block(text, span, &mut toks);
                sum += toks.len();
            }
        }
    }
    let t1 = cpu();
    for _ in 0..rounds {
        for (text, spans) in texts.iter().zip(&blocks) {
            for &span in spans {
                toks.clear();
                ranges.clear();
                tokenize_block(text, span, &mut toks);
                split_block(text, &toks, &mut ranges);
                sum += ranges.len();
            }
        }
    }
    let t2 = cpu();
    let docs: Vec<Document> = texts
        .iter()
        .zip(&blocks)
        .map(|(text, spans)| {
            let mut doc = Document::new("bench", text.as_str());
            doc.blocks = spans
                .iter()
                .map(|&span| Block {
                    span,
                    kind: BlockKind::Paragraph,
                })
                .collect();
            doc
        })
        .collect();
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

/// Each non-empty line of `text` as a block span.
fn line_blocks(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        if !line.trim().is_empty() {
            out.push(Span::new(at, at + line.len()));
        }
        at += line.len() + 1;
    }
    out
}
