//! Throughput of the EventCoding stage alone, in words per CPU-second (release build).
//!
//! cargo run --release -p attache-events --example bench_events [-- ROUNDS]
//! Builds documents from the labelled sentences, runs the syntax and actor stages once
//! (not timed), then times only EventCoding over many rounds with CPU time (getrusage).

use std::sync::Arc;

use attache_core::{Date, Document, Published, Stage};
use attache_events::EventCoding;

/// CPU seconds of this process so far (user + system).
fn cpu_seconds() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let gold = include_str!("../data/eval/events.jsonl");
    // Articles of ~25 sentences each, from the labelled lines.
    let texts: Vec<String> = gold
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect::<Vec<_>>()
        .chunks(25)
        .map(|c| c.join("\n"))
        .collect();
    let kb = Arc::new(attache_kb::Kb::embedded().expect("kb"));
    let before: Vec<Box<dyn Stage>> = vec![
        Box::new(attache_syntax::SyntaxStage::embedded().expect("syntax")),
        Box::new(attache_actors::ActorResolution::with_builtin_model(kb).expect("actors")),
        Box::new(attache_time::TimeNormalization::new()),
        Box::new(attache_speech::QuoteAttribution::new()),
    ];
    let prepare = |t: &str| {
        let mut d = Document::from_plain(t);
        d.published = Date::new(2022, 1, 21).map(Published::day);
        for s in &before {
            s.run(&mut d);
        }
        d
    };
    let coder = EventCoding::standard().expect("lexicon");
    let docs: Vec<Document> = texts.iter().map(|t| prepare(t)).collect();
    measure("labelled sentences (event-dense)", &coder, &docs, rounds);
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/000_3f578599382f4b0e.txt"
    );
    match std::fs::read_to_string(seed) {
        Ok(text) => {
            let body: Vec<&str> = text.lines().skip(2).collect();
            let docs = vec![prepare(&body.join("\n"))];
            measure("seed article (news prose)", &coder, &docs, rounds * 10);
        }
        Err(_) => eprintln!("seed article absent: skipped its row"),
    }
}

fn measure(name: &str, coder: &EventCoding, docs: &[Document], rounds: usize) {
    let words: usize = docs.iter().map(Document::word_count).sum();
    let start = cpu_seconds();
    let mut events = 0;
    for _ in 0..rounds {
        for d in docs {
            let mut d = d.clone();
            coder.run(&mut d);
            events += d.events.len();
        }
    }
    let cpu = cpu_seconds() - start;
    // The clones are part of the timed loop: time them alone and subtract.
    let start = cpu_seconds();
    for _ in 0..rounds {
        for d in docs {
            std::hint::black_box(d.clone());
        }
    }
    let clone_cpu = cpu_seconds() - start;
    let net = (cpu - clone_cpu).max(1e-9);
    let total = words * rounds;
    println!(
        "EventCoding on {name}: {} docs, {} words x {} rounds = {} words, {} events; cpu {:.3}s (clones {:.3}s) -> {:.0} words/cpu-s",
        docs.len(),
        words,
        rounds,
        total,
        events,
        cpu,
        clone_cpu,
        total as f64 / net
    );
}
