//! Where the time of `attache bench --stage segment` goes, phase by phase:
//! `cargo run --release -p attache-io --example bench_phases -- DIR|FILE... [--rounds N]`.
//!
//! Every file's bytes are loaded once; then each phase runs alone over all of them for N
//! rounds (default 10) and its CPU time is taken, so each line is a cost of its own:
//!
//! - `utf8`: UTF-8 validation of the bytes (`std::str::from_utf8`);
//! - `read`: `read_bytes` whole (format detection, validation, headline and dateline,
//!   paragraphs, the id hash, the `Document`), documents dropped at once;
//! - `read: id hash`: the `fnv1a` of every text (part of `read`);
//! - `tokenize`: `tokenize_block` over every paragraph block of the read documents;
//! - `tokenize+split`: the same plus `split_block_in` (the splitter is the difference);
//! - `segment`: `SentenceSplit` on fresh copies of the read documents (tokens and
//!   sentences written into the document; copying the documents is timed apart as
//!   `copy docs` and taken off);
//! - `drop`: dropping the segmented documents (part of `attache bench`'s total, in
//!   neither of its lines);
//! - `bench`: reading + segmentation + drop in batches of 64, as `attache bench` runs it.
//!
//! Words are whitespace-separated words of the read texts, as `attache bench` counts them.

use std::path::Path;

use attache_core::segment::{split_block_in, tokenize_block, Register, SentenceSplit, Tokens};
use attache_core::{BlockKind, Document, Stage};
use attache_io::{read_bytes, Article, ReadOptions};

mod common;
use common::{collect, cpu_seconds};

/// Articles per batch, as `attache code` and `attache bench` run them.
const BATCH: usize = 64;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rounds: usize = args
        .iter()
        .position(|a| a == "--rounds")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(10);
    let mut files = Vec::new();
    for a in args.iter().filter(|a| !a.starts_with("--")) {
        if a.parse::<usize>().is_ok() {
            continue;
        }
        collect(Path::new(a), &mut files);
    }
    files.sort();
    let loaded: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter_map(|f| Some((f.display().to_string(), std::fs::read(f).ok()?)))
        .collect();
    if loaded.is_empty() {
        eprintln!("usage: bench_phases DIR|FILE... [--rounds N]");
        std::process::exit(2);
    }
    let opts = ReadOptions::default();
    let mut docs: Vec<Document> = Vec::new();
    for (name, bytes) in &loaded {
        read_bytes(name, bytes, &opts, &mut |a| docs.push(a.doc));
    }
    let words: usize = docs.iter().map(|d| d.text.split_whitespace().count()).sum();
    let total = (words * rounds) as f64;
    let mut sink = 0usize;
    let mut rows: Vec<(&str, f64)> = Vec::new();

    let t = cpu_seconds();
    for _ in 0..rounds {
        for (_, bytes) in &loaded {
            sink += std::str::from_utf8(bytes).map_or(0, str::len);
        }
    }
    rows.push(("utf8", cpu_seconds() - t));

    let t = cpu_seconds();
    for _ in 0..rounds {
        for (name, bytes) in &loaded {
            read_bytes(name, bytes, &opts, &mut |a| sink += a.doc.blocks.len());
        }
    }
    rows.push(("read", cpu_seconds() - t));

    let t = cpu_seconds();
    for _ in 0..rounds {
        for d in &docs {
            sink += attache_io::read::fnv1a(d.text.as_bytes()) as usize & 1;
        }
    }
    rows.push(("read: id hash", cpu_seconds() - t));

    let mut toks = Tokens::default();
    let t = cpu_seconds();
    for _ in 0..rounds {
        for d in &docs {
            for b in d.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph) {
                toks.clear();
                tokenize_block(&d.text, b.span, &mut toks);
                sink += toks.len();
            }
        }
    }
    rows.push(("tokenize", cpu_seconds() - t));

    let mut ranges = Vec::new();
    let t = cpu_seconds();
    for _ in 0..rounds {
        for d in &docs {
            let register = Register::of_document(d);
            for b in d.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph) {
                toks.clear();
                ranges.clear();
                tokenize_block(&d.text, b.span, &mut toks);
                split_block_in(&d.text, &toks, register, &mut ranges);
                sink += ranges.len();
            }
        }
    }
    rows.push(("tokenize+split", cpu_seconds() - t));

    let t = cpu_seconds();
    let mut copies = Vec::with_capacity(docs.len());
    for _ in 0..rounds {
        copies.clear();
        copies.extend(docs.iter().cloned());
        sink += copies.len();
    }
    drop(copies);
    let copying = cpu_seconds() - t;
    rows.push(("copy docs", copying));

    let mut segmented: Vec<Document> = Vec::with_capacity(docs.len());
    let mut seg = 0.0;
    let mut dropping = 0.0;
    for _ in 0..rounds {
        let t = cpu_seconds();
        segmented.extend(docs.iter().cloned());
        for d in segmented.iter_mut() {
            SentenceSplit.run(d);
        }
        let t1 = cpu_seconds();
        seg += t1 - t;
        sink += segmented.iter().map(|d| d.tokens.len()).sum::<usize>();
        let t2 = cpu_seconds();
        segmented.clear();
        dropping += cpu_seconds() - t2;
    }
    rows.push(("segment", seg - copying));
    rows.push(("drop", dropping));

    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let t = cpu_seconds();
    for _ in 0..rounds {
        for (name, bytes) in &loaded {
            read_bytes(name, bytes, &opts, &mut |a| batch.push(a));
            if batch.len() >= BATCH {
                sink += run_batch(&mut batch);
            }
        }
    }
    sink += run_batch(&mut batch);
    rows.push(("bench", cpu_seconds() - t));

    let bench = rows.last().map_or(0.0, |r| r.1);
    println!(
        "files={} rounds={rounds} words_per_round={words} sink={sink}",
        loaded.len()
    );
    for (name, s) in &rows {
        println!(
            "  {name:<16} {s:>8.3} s {:>6.1}% of bench {:>12.0} words/s",
            100.0 * s / bench.max(1e-9),
            total / s.max(1e-9)
        );
    }
}

/// Segments and drops a batch; returns its token count.
fn run_batch(batch: &mut Vec<Article>) -> usize {
    let mut n = 0;
    for a in batch.iter_mut() {
        SentenceSplit.run(&mut a.doc);
        n += a.doc.tokens.len();
    }
    batch.clear();
    n
}
