//! Throughput of ActorResolution: words per CPU-second, release build.
//!
//! cargo run --release -p attache-actors --example bench_actors -- [GUM_DIR] [ROUNDS]
//!
//! Documents are built from GUM's gold tokenization (train + dev, every genre; default
//! ../shared/data/corpora/gum) before timing, dated 2022-01-21; the clock is the process
//! CPU time (CLOCK_PROCESS_CPUTIME_ID) around the stage alone; words are tokens with a
//! letter or digit (`Document::word_count`).

use attache_actors::eval::gum_document;
use attache_actors::gum::GumDoc;
use attache_actors::ActorResolution;
use attache_core::{Date, Published, Stage};
use attache_kb::Kb;
use std::sync::Arc;

fn cpu_seconds() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return 0.0;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gum = args.get(1).cloned().unwrap_or(format!(
        "{}/../../../shared/data/corpora/gum",
        env!("CARGO_MANIFEST_DIR")
    ));
    let rounds: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(3);
    let mut docs = Vec::new();
    for split in ["train", "dev"] {
        let dir = format!("{gum}/{split}/dep");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("cannot read {dir}");
            continue;
        };
        for e in entries.flatten() {
            if let Ok(text) = std::fs::read_to_string(e.path()) {
                let (g, _) = GumDoc::parse(&e.file_name().to_string_lossy(), &text);
                let mut d = gum_document(&g);
                d.published = Date::new(2022, 1, 21).map(Published::day);
                docs.push(d);
            }
        }
    }
    let words: usize = docs.iter().map(|d| d.word_count()).sum();
    let t0 = cpu_seconds();
    let kb = match Kb::embedded() {
        Ok(kb) => kb,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let t1 = cpu_seconds();
    let stage = match ActorResolution::with_builtin_model(Arc::new(kb)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let t2 = cpu_seconds();
    println!(
        "kb load {:.1} ms, stage build (automata, model) {:.1} ms",
        (t1 - t0) * 1e3,
        (t2 - t1) * 1e3
    );
    let mut mentions = 0;
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let mut batch = docs.clone();
        let start = cpu_seconds();
        for d in &mut batch {
            stage.run(d);
        }
        let secs = cpu_seconds() - start;
        best = best.min(secs);
        mentions = batch.iter().map(|d| d.mentions.len()).sum();
    }
    println!(
        "{} documents, {words} words, {mentions} mentions; best of {rounds}: {:.3} CPU-s, {:.0} words per CPU-second",
        docs.len(),
        best,
        words as f64 / best
    );
}
