//! Reading + segmentation throughput as `attache bench --stage segment` measures it, without
//! building the CLI: `cargo run --release -p attache-io --example bench_segment_read --
//! DIR|FILE... [--rounds N]`. Loads every file into memory, then per round reads each with
//! `read_bytes`, runs `SentenceSplit` over batches of 64 articles and drops them, timing
//! the whole loop in process CPU seconds. Words are whitespace-separated words of each
//! article's text (as `attache bench` counts them). Prints a digest of the tokens and
//! sentences so a speed-only change can be checked to segment the same.

use std::hash::Hasher;
use std::path::{Path, PathBuf};

use attache_core::segment::SentenceSplit;
use attache_core::Stage;
use attache_io::{read_bytes, Article, ReadOptions};

/// Articles per batch, as `attache code` and `attache bench` run them.
const BATCH: usize = 64;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rounds: usize = args
        .iter()
        .position(|a| a == "--rounds")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(5);
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
        eprintln!("usage: bench_segment_read DIR|FILE... [--rounds N]");
        std::process::exit(2);
    }
    let opts = ReadOptions::default();
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    let mut words = 0usize;
    for (name, bytes) in &loaded {
        read_bytes(name, bytes, &opts, &mut |mut a| {
            words += a.doc.text.split_whitespace().count();
            SentenceSplit.run(&mut a.doc);
            for t in &a.doc.tokens {
                h.write_u32(t.span.start);
                h.write_u32(t.span.end);
            }
            for s in &a.doc.sentences {
                h.write_u32(s.tokens.start);
                h.write_u32(s.tokens.end);
                h.write_u32(s.block);
            }
        });
    }
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let mut tokens = 0usize;
    let t0 = cpu_seconds();
    for _ in 0..rounds {
        for (name, bytes) in &loaded {
            read_bytes(name, bytes, &opts, &mut |a| batch.push(a));
            if batch.len() >= BATCH {
                tokens += run(&mut batch);
            }
        }
    }
    tokens += run(&mut batch);
    let secs = cpu_seconds() - t0;
    println!(
        "files={} rounds={rounds} words_per_round={words} tokens={tokens} cpu={secs:.3}s \
         words_per_cpu_second={:.0} digest={:016x}",
        loaded.len(),
        (words * rounds) as f64 / secs.max(1e-9),
        h.finish()
    );
}

/// Segments and drops a batch; returns its token count.
fn run(batch: &mut Vec<Article>) -> usize {
    let mut n = 0;
    for a in batch.iter_mut() {
        SentenceSplit.run(&mut a.doc);
        n += a.doc.tokens.len();
    }
    batch.clear();
    n
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for e in std::fs::read_dir(path).into_iter().flatten().flatten() {
            collect(&e.path(), out);
        }
    } else {
        out.push(path.to_path_buf());
    }
}

/// CPU seconds of this process so far (user + system).
fn cpu_seconds() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
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
