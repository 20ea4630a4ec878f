//! Throughput of ActorResolution: words per CPU-second, release build.
//!
//! cargo run --release -p attache-actors --example bench_actors -- [GUM_DIR] [ROUNDS]
//! cargo run --release -p attache-actors --example bench_actors -- --text DIR [ROUNDS]
//!
//! Documents are built from GUM's gold tokenization (train + dev, every genre; default
//! ../shared/data/corpora/gum), or with `--text` from the plain-text files of DIR (e.g.
//! PolNeAR's `train/text`; segmented by the core splitter, no POS tags), before timing,
//! dated 2022-01-21; the clock is the process
//! CPU time (CLOCK_PROCESS_CPUTIME_ID) around the stage alone; words are tokens with a
//! letter or digit (`Document::word_count`). With `ATTACHE_DUMP=FILE` the mentions and
//! warnings of every document are written to FILE, to check that a faster version gives
//! the same outputs. With `ATTACHE_POLLUTE=MB` that many megabytes are written between
//! documents (outside the clock), as the pipeline's other stages evict this one's tables.

use attache_actors::eval::gum_document;
use attache_actors::gum::GumDoc;
use attache_actors::resolve::render_mentions;
use attache_actors::ActorResolution;
use attache_core::{Date, Document, Published, Stage};
use attache_kb::Kb;
use std::sync::Arc;

/// CPU seconds of this process so far (user + system).
fn cpu_seconds() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
}

fn main() {
    let mut args: Vec<String> = std::env::args().collect();
    let text_dir = (args.get(1).map(String::as_str) == Some("--text")).then(|| {
        args.remove(1);
        args.remove(1)
    });
    let gum = args.get(1).cloned().unwrap_or(format!(
        "{}/../../../shared/data/corpora/gum",
        env!("CARGO_MANIFEST_DIR")
    ));
    let at = if text_dir.is_some() { 1 } else { 2 };
    let rounds: usize = args.get(at).and_then(|a| a.parse().ok()).unwrap_or(3);
    let mut docs = Vec::new();
    if let Some(dir) = &text_dir {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        paths.sort();
        for p in paths {
            if let Ok(text) = std::fs::read_to_string(&p) {
                let mut d = Document::from_plain(&text);
                d.published = Date::new(2022, 1, 21).map(Published::day);
                docs.push(d);
            }
        }
    }
    let splits: &[&str] = if text_dir.is_some() {
        &[]
    } else {
        &["train", "dev"]
    };
    for split in splits {
        let dir = format!("{gum}/{split}/dep");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("cannot read {dir}");
            continue;
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if let Ok(text) = std::fs::read_to_string(&p) {
                let (g, _) = GumDoc::parse(
                    &p.file_name()
                        .map(|f| f.to_string_lossy())
                        .unwrap_or_default(),
                    &text,
                );
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
    let mut dump = String::new();
    // ATTACHE_POLLUTE=MB: touch that many megabytes between documents
    let mut pollute: Option<Vec<u8>> = std::env::var("ATTACHE_POLLUTE")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .map(|mb| vec![1u8; mb << 20]);
    for round in 0..rounds {
        let mut batch = docs.clone();
        let mut secs = 0.0;
        let start = cpu_seconds();
        for d in &mut batch {
            if let Some(junk) = pollute.as_mut() {
                // as in the pipeline, where other stages' tables evict this one's
                for (k, b) in junk.iter_mut().step_by(64).enumerate() {
                    *b = b.wrapping_add(k as u8);
                }
                let t = cpu_seconds();
                stage.run(d);
                secs += cpu_seconds() - t;
            } else {
                stage.run(d);
            }
        }
        if pollute.is_none() {
            secs = cpu_seconds() - start;
        }
        best = best.min(secs);
        mentions = batch.iter().map(|d| d.mentions.len()).sum();
        if round == 0 && std::env::var_os("ATTACHE_DUMP").is_some() {
            for d in &batch {
                dump.push_str(&render_mentions(d));
                for w in &d.warnings {
                    dump.push_str(&format!("warning: {} {}\n", w.code, w.message));
                }
                dump.push_str("--\n");
            }
        }
    }
    if let Some(path) = std::env::var_os("ATTACHE_DUMP") {
        if let Err(e) = std::fs::write(&path, dump) {
            eprintln!("cannot write {}: {e}", path.to_string_lossy());
        }
    }
    println!(
        "{} documents, {words} words, {mentions} mentions; best of {rounds}: {:.3} CPU-s, {:.0} words per CPU-second",
        docs.len(),
        best,
        words as f64 / best
    );
}
