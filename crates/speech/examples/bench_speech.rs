//! Throughput of the speech stage alone, in words per CPU-second:
//! `cargo run --release -p attache-speech --example bench_speech -- [DIR] [ROUNDS]`.
//!
//! Texts: every `*.txt` under DIR (default: PolNeAR train texts in ../shared, else the seed
//! article). Segmentation runs once, outside the timing; the timed loop runs only
//! `QuoteAttribution` (clearing `doc.quotes` between rounds). CPU time is the process's
//! (`CLOCK_PROCESS_CPUTIME_ID`), so it counts all threads and excludes waiting.

use attache_core::{Document, Stage};
use attache_speech::QuoteAttribution;

/// CPU seconds of this process so far (user + system).
fn cpu_seconds() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
}

fn texts(dir: &std::path::Path) -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

fn main() {
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| format!("{shared}/data/corpora/polnear/train/text"));
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let mut corpus = texts(std::path::Path::new(&dir));
    if corpus.is_empty() {
        corpus = texts(std::path::Path::new(&format!("{shared}/seed")));
    }
    if corpus.is_empty() {
        eprintln!("no texts found under {dir}");
        std::process::exit(1);
    }
    let mut docs: Vec<Document> = corpus.iter().map(|t| Document::from_plain(t)).collect();
    let words: usize = docs.iter().map(Document::word_count).sum();
    let stage = QuoteAttribution::new();
    // Warm-up (lexicon load).
    for d in &mut docs {
        stage.run(d);
        d.quotes.clear();
    }
    let mut quotes = 0;
    let t0 = cpu_seconds();
    for _ in 0..rounds {
        for d in &mut docs {
            stage.run(d);
            quotes += d.quotes.len();
            d.quotes.clear();
        }
    }
    let cpu = cpu_seconds() - t0;
    let total = (words * rounds) as f64;
    println!(
        "speech bench: {} docs, {} words x {} rounds, {} quotes, {:.3} CPU s, {:.0} words/CPU-s",
        docs.len(),
        words,
        rounds,
        quotes,
        cpu,
        total / cpu
    );
}
