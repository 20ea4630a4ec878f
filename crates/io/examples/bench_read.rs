//! Reading throughput and a digest of what is read: `cargo run --release -p attache-io
//! --example bench_read -- DIR|FILE... [--rounds N] [--segment]`. Reads every file's bytes
//! into memory, then runs `read_bytes` over all of them N times (default 20), reporting
//! words (whitespace-separated, as `attache bench` counts them) per CPU-second of the
//! process, and a digest of the documents (text, blocks, title, date, outlet, warnings)
//! so a speed-only change can be checked to read the same.
//!
//! With `--segment` each round also runs `SentenceSplit` over batches of 64 articles, as
//! `attache bench --stage segment` does (that command gives the figures in
//! docs/MEASUREMENTS.md; this one needs no CLI build), and the digest covers the tokens and
//! sentences too.

use std::hash::Hasher;
use std::path::Path;

use attache_core::segment::SentenceSplit;
use attache_core::Stage;
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
        .unwrap_or(20);
    let segment = args.iter().any(|a| a == "--segment");
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
        eprintln!("usage: bench_read DIR|FILE... [--rounds N] [--segment]");
        std::process::exit(2);
    }
    let opts = ReadOptions::default();
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    let mut words = 0usize;
    for (name, bytes) in &loaded {
        read_bytes(name, bytes, &opts, &mut |mut a| {
            if segment {
                SentenceSplit.run(&mut a.doc);
            }
            let d = &a.doc;
            words += d.text.split_whitespace().count();
            h.write(d.text.as_bytes());
            for b in &d.blocks {
                h.write_u32(b.span.start);
                h.write_u32(b.span.end);
                h.write_u8(b.kind as u8);
            }
            h.write(d.title.as_deref().unwrap_or("").as_bytes());
            h.write(format!("{:?}", d.published).as_bytes());
            h.write(d.source.outlet.as_deref().unwrap_or("").as_bytes());
            h.write(d.id.as_bytes());
            for w in &d.warnings {
                h.write(w.to_string().as_bytes());
            }
            for t in &d.tokens {
                h.write_u32(t.span.start);
                h.write_u32(t.span.end);
            }
            for s in &d.sentences {
                h.write_u32(s.tokens.start);
                h.write_u32(s.tokens.end);
                h.write_u32(s.block);
            }
        });
    }
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let mut sink = 0usize;
    let t0 = cpu_seconds();
    for _ in 0..rounds {
        for (name, bytes) in &loaded {
            read_bytes(name, bytes, &opts, &mut |a| batch.push(a));
            if batch.len() >= BATCH {
                sink += finish(&mut batch, segment);
            }
        }
    }
    sink += finish(&mut batch, segment);
    let secs = cpu_seconds() - t0;
    println!(
        "files={} rounds={rounds} words_per_round={words} {}={sink} cpu={secs:.3}s \
         words_per_cpu_second={:.0} digest={:016x}",
        loaded.len(),
        if segment { "tokens" } else { "blocks" },
        (words * rounds) as f64 / secs.max(1e-9),
        h.finish()
    );
}

/// Segments the batch when asked, drops it and returns its token count (block count
/// without `--segment`).
fn finish(batch: &mut Vec<Article>, segment: bool) -> usize {
    let mut n = 0;
    for a in batch.iter_mut() {
        if segment {
            SentenceSplit.run(&mut a.doc);
            n += a.doc.tokens.len();
        } else {
            n += a.doc.blocks.len();
        }
    }
    batch.clear();
    n
}

/// FNV-1a over bytes: stable across runs and builds.
struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
