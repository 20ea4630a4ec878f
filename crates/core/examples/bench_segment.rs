//! Segmentation throughput: `cargo run --release -p attache-core --example bench_segment
//! [-- FILE...]`. Words are tokens holding a letter or digit (`Document::word_count`).
//!
//! Texts: the given plain-text files; with `--articles`, every GUM train and dev document
//! (article length); by default the seed articles and the rebuilt GUM and EWT dev
//! documents from ../shared (many short EWT posts); else a synthetic news-like text. Each
//! round builds a `Document` per text (copying the text, one paragraph block per
//! non-empty line, found with memchr) and runs `SentenceSplit`; rounds repeat for about
//! three CPU-seconds. Time is process CPU time (utime + stime from /proc/self/stat), or
//! wall-clock time where /proc is missing; the output says which.

use std::path::Path;
use std::time::Instant;

use attache_core::segment::{gold_documents, SentenceSplit};
use attache_core::{Block, BlockKind, Document, Span, Stage};

fn main() {
    let (texts, source) = texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    let words_per_round: usize = texts.iter().map(|t| segment(t).word_count()).sum();
    let clock = Clock::start();
    let mut rounds = 0usize;
    let mut sink = 0usize;
    while clock.seconds() < 3.0 {
        for t in &texts {
            sink += segment(t).tokens.len();
        }
        rounds += 1;
    }
    let secs = clock.seconds();
    let words = (words_per_round * rounds) as f64;
    println!(
        "source={source} texts={} bytes={} words_per_round={} rounds={} tokens={} time={:.3}s ({})",
        texts.len(),
        bytes,
        words_per_round,
        rounds,
        sink,
        secs,
        clock.kind()
    );
    println!(
        "words_per_cpu_second={:.0} mb_per_second={:.1}",
        words / secs,
        (bytes * rounds) as f64 / secs / 1e6
    );
}

/// Reading as a plain-text reader does it (each non-empty line a paragraph), then
/// segmentation.
fn segment(text: &str) -> Document {
    let mut doc = Document::new("bench", text);
    let b = doc.text.as_bytes();
    let mut at = 0;
    while at < b.len() {
        let end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |i| at + i);
        if end > at {
            doc.blocks.push(Block {
                span: Span::new(at, end),
                kind: BlockKind::Paragraph,
            });
        }
        at = end + 1;
    }
    SentenceSplit.run(&mut doc);
    doc
}

fn texts() -> (Vec<String>, &'static str) {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if args.iter().any(|a| a == "--articles") {
        // Article-length documents: every GUM train and dev document (about 850 words
        // each), rebuilt as raw text.
        let mut out = Vec::new();
        for split in ["train", "dev"] {
            let dir = shared.join("data/corpora/gum").join(split).join("dep");
            let mut files: Vec<_> = std::fs::read_dir(dir)
                .map(|rd| rd.flatten().map(|e| e.path()).collect())
                .unwrap_or_default();
            files.sort();
            for f in files {
                if let Ok(c) = std::fs::read_to_string(&f) {
                    out.extend(gold_documents(&c).into_iter().map(|d| d.text));
                }
            }
        }
        if !out.is_empty() {
            return (out, "gum-train+dev");
        }
        eprintln!("no GUM under {}", shared.display());
    }
    if !args.is_empty() && !args.iter().any(|a| a == "--articles") {
        let texts = args
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        return (texts, "files");
    }
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(shared.join("seed")) {
        for e in rd.flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                out.extend(std::fs::read_to_string(e.path()).ok());
            }
        }
    }
    let corpora = shared.join("data/corpora");
    let mut gold_files = vec![corpora.join("ud-english-ewt/en_ewt-ud-dev.conllu")];
    if let Ok(rd) = std::fs::read_dir(corpora.join("gum/dev/dep")) {
        gold_files.extend(rd.flatten().map(|e| e.path()));
    }
    for f in gold_files {
        if let Ok(c) = std::fs::read_to_string(&f) {
            out.extend(gold_documents(&c).into_iter().map(|d| d.text));
        }
    }
    if out.is_empty() {
        eprintln!(
            "no corpus under {}: using a synthetic text",
            shared.display()
        );
        return (vec![synthetic()], "synthetic");
    }
    (out, "seed+ewt-dev+gum-dev")
}

fn synthetic() -> String {
    let para = "The foreign minister met his U.S. counterpart on Friday in Geneva, officials \
said. \"We've agreed to talk again next week,\" he told reporters. Gen. Mark A. Smith, \
who didn't attend, said talks on the 1,000-km border (about 3.5% of it) would start at \
10:30 a.m. on Jan. 5. Critics weren't convinced... Others asked: what now?\n";
    para.repeat(2000)
}

enum Clock {
    Cpu(f64),
    Wall(Instant),
}

impl Clock {
    fn start() -> Clock {
        match cpu_seconds() {
            Some(s) => Clock::Cpu(s),
            None => Clock::Wall(Instant::now()),
        }
    }

    fn seconds(&self) -> f64 {
        match self {
            Clock::Cpu(s0) => cpu_seconds().unwrap_or(*s0) - s0,
            Clock::Wall(t) => t.elapsed().as_secs_f64(),
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Clock::Cpu(_) => "process CPU time from /proc/self/stat",
            Clock::Wall(_) => "wall-clock time: /proc/self/stat unavailable",
        }
    }
}

/// CPU seconds of this process so far (user + system).
fn cpu_seconds() -> Option<f64> {
    attache_core::clock::cpu_seconds()
}
