//! Throughput of tagging + lemmatizing + parsing, in tokens per CPU-second (process CPU
//! time, user + system, from getrusage(RUSAGE_SELF)), and model load time.
//!
//! `cargo run --release -p attache-syntax --example bench_syntax -- FILE.conllu [REPEATS]
//! [--beam]` (`--beam`: the beam parser, `models/parser-beam.bin`)

use std::time::Instant;

/// CPU seconds of this process so far (user + system).
fn cpu_seconds() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let choice = match args.iter().position(|a| a == "--beam") {
        Some(i) => {
            args.remove(i);
            attache_syntax::ParserChoice::Beam
        }
        None => attache_syntax::ParserChoice::Greedy,
    };
    let Some(path) = args.first() else {
        eprintln!("usage: bench FILE.conllu [REPEATS] [--beam]");
        std::process::exit(2);
    };
    let repeats: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(5);
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(2);
    });
    let sents = attache_syntax::corpus::sentences_from_str(&text);
    let (wall0, cpu0) = (Instant::now(), cpu_seconds());
    let mut syntax = match attache_syntax::Syntax::embedded_with(choice) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    println!(
        "load: {:.1} ms wall, {:.1} ms CPU; weights in memory {:.1} MB",
        wall0.elapsed().as_secs_f64() * 1e3,
        (cpu_seconds() - cpu0) * 1e3,
        syntax.weight_bytes() as f64 / 1e6
    );
    // KEEP_MARGIN=0 measures the tagger with its first pass only.
    if let Some(m) = std::env::var("KEEP_MARGIN")
        .ok()
        .and_then(|m| m.parse().ok())
    {
        syntax.tagger.set_keep_margin(m);
    }
    let mut sc = attache_syntax::Scratch::default();
    let mut out = attache_syntax::Analysis::default();
    let forms: Vec<Vec<&str>> = sents
        .iter()
        .map(|s| s.forms.iter().map(String::as_str).collect())
        .collect();
    let mut tokens = 0usize;
    let mut check = 0u64;
    let cpu1 = cpu_seconds();
    for _ in 0..repeats {
        for f in &forms {
            syntax.analyze_into(f, &mut sc, &mut out);
            tokens += f.len();
            check += out.heads.iter().map(|&h| h as u64).sum::<u64>();
        }
    }
    let cpu = cpu_seconds() - cpu1;
    println!(
        "one sentence at a time: {tokens} tokens in {cpu:.3} CPU-s (getrusage user+sys): {:.0} tokens per CPU-second (checksum {check})",
        tokens as f64 / cpu.max(1e-9)
    );
    // As the pipeline stage runs: a document's sentences tagged first, then parsed
    // (documents of 40 sentences here).
    let (mut tokens, mut check) = (0usize, 0u64);
    let mut outs = Vec::new();
    let cpu2 = cpu_seconds();
    for _ in 0..repeats {
        for doc in forms.chunks(40) {
            let sentences: Vec<&[&str]> = doc.iter().map(Vec::as_slice).collect();
            syntax.analyze_all(&sentences, &mut sc, &mut outs);
            tokens += doc.iter().map(Vec::len).sum::<usize>();
            check += outs
                .iter()
                .flat_map(|o| &o.heads)
                .map(|&h| h as u64)
                .sum::<u64>();
        }
    }
    let cpu = cpu_seconds() - cpu2;
    println!(
        "documents of 40 sentences: {tokens} tokens in {cpu:.3} CPU-s: {:.0} tokens per CPU-second (checksum {check})",
        tokens as f64 / cpu.max(1e-9)
    );
}
