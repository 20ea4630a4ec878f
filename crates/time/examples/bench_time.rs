//! Throughput of the TimeNormalization stage alone, in words per CPU-second.
//!
//! `cargo run --release -p attache-time --example bench_time -- [ROUNDS]`
//!
//! Texts: the TimeBank + AQUAINT documents (plain text of `<TEXT>`), segmented once before
//! timing. Each round clears `doc.times` and reruns the stage on every document; the CPU time
//! of the process (CLOCK_PROCESS_CPUTIME_ID) over all rounds divides the words processed
//! (`Document::word_count`, tokens with a letter or digit).

use attache_core::Stage;
use attache_time::{eval, TimeNormalization};

/// CPU seconds of this process so far (user + system).
fn cpu_seconds() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20);
    let base = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/corpora/timebank-tbaq"
    );
    let stage = TimeNormalization::new();
    let mut docs = Vec::new();
    for dir in ["TimeBank", "AQUAINT"] {
        let Ok(entries) = std::fs::read_dir(format!("{base}/{dir}")) else {
            eprintln!("cannot read {base}/{dir}");
            std::process::exit(2);
        };
        for e in entries.flatten() {
            let Ok(xml) = std::fs::read_to_string(e.path()) else {
                continue;
            };
            if let Ok(tml) = eval::read_timeml(&xml) {
                let mut doc = eval::annotate("bench", &tml, &stage);
                doc.times.clear();
                docs.push(doc);
            }
        }
    }
    let words: usize = docs.iter().map(|d| d.word_count()).sum();
    let start = cpu_seconds();
    let mut found = 0;
    for _ in 0..rounds {
        for doc in docs.iter_mut() {
            doc.times.clear();
            doc.warnings.clear();
            stage.run(doc);
            found += doc.times.len();
        }
    }
    let cpu = cpu_seconds() - start;
    let total = words * rounds;
    println!(
        "documents={} words_per_round={} rounds={} expressions={} cpu_seconds={:.3} words_per_cpu_second={:.0}",
        docs.len(),
        words,
        rounds,
        found,
        cpu,
        total as f64 / cpu
    );
}
