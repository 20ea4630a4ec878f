//! `attache bench`: throughput of reading + the pipeline over a folder of articles, in
//! words per CPU-second (user + system time of this process, from getrusage), with peak
//! memory (maximum resident set size). Single-threaded, so CPU-seconds ≈ wall seconds.

use crate::batch::BATCH;
use crate::pipeline::Pipeline;
use attache_io::{expand_inputs, read_bytes, Input, ReadOptions};
use std::fmt::Write as _;

/// Process CPU time (user + system) in seconds (0 where the system cannot say).
pub fn cpu_seconds() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
}

/// Peak resident memory of this process in MiB (0 where the system cannot say).
pub fn peak_rss_mib() -> f64 {
    attache_core::clock::peak_rss_mib().unwrap_or(0.0)
}

#[derive(Debug, Default)]
pub struct BenchReport {
    pub inputs: usize,
    pub bytes: usize,
    pub articles: usize,
    pub words: usize,
    pub repeat: usize,
    pub cpu_seconds: f64,
    pub peak_rss_mib: f64,
    pub stages: Vec<(&'static str, f64)>,
    pub read_seconds: f64,
}

impl BenchReport {
    pub fn words_per_cpu_second(&self) -> f64 {
        if self.cpu_seconds > 0.0 {
            self.words as f64 / self.cpu_seconds
        } else {
            0.0
        }
    }

    pub fn render(&self) -> String {
        let mut o = String::new();
        let _ = writeln!(
            o,
            "bench: {} inputs, {:.1} MB, {} articles x {} rounds, {} words",
            self.inputs,
            self.bytes as f64 / 1e6,
            self.articles / self.repeat.max(1),
            self.repeat,
            self.words
        );
        let _ = writeln!(o, "  {:<24} {:>10.3} s (CPU)", "reading", self.read_seconds);
        for (name, s) in &self.stages {
            let wps = if *s > 0.0 {
                self.words as f64 / s
            } else {
                f64::INFINITY
            };
            let _ = writeln!(
                o,
                "  {name:<24} {s:>10.3} s (CPU) {wps:>14.0} words per CPU-second"
            );
        }
        let _ = writeln!(
            o,
            "words_per_cpu_second={:.0} cpu_seconds={:.3} peak_rss_mib={:.1} words={} articles={}",
            self.words_per_cpu_second(),
            self.cpu_seconds,
            self.peak_rss_mib,
            self.words,
            self.articles
        );
        o
    }
}

/// Loads every input into memory, then reads and codes it `repeat` times.
pub fn bench(inputs: &[String], pipeline: &Pipeline, repeat: usize) -> Result<BenchReport, String> {
    let mut files = Vec::new();
    for input in expand_inputs(inputs) {
        match input {
            Input::File(f) => files.push(f),
            Input::Failed(a) => {
                return Err(a
                    .doc
                    .warnings
                    .first()
                    .map(|w| w.to_string())
                    .unwrap_or_default())
            }
        }
    }
    let mut loaded = Vec::new();
    for f in &files {
        let bytes = std::fs::read(f).map_err(|e| format!("cannot read {f}: {e}"))?;
        loaded.push((f.clone(), bytes));
    }
    if loaded.is_empty() {
        return Err("no input files to benchmark".into());
    }
    let opts = ReadOptions::default();
    let mut report = BenchReport {
        inputs: loaded.len(),
        bytes: loaded.iter().map(|(_, b)| b.len()).sum(),
        repeat: repeat.max(1),
        ..BenchReport::default()
    };
    // Words are counted once, outside the measured rounds: whitespace-separated words of
    // each article's text.
    let mut words_per_round = 0;
    for (name, bytes) in &loaded {
        read_bytes(name, bytes, &opts, &mut |a| {
            words_per_round += a.doc.text.split_whitespace().count();
        });
    }
    // Articles are coded in batches as `attache code` does (stage by stage over a batch).
    let mut stage_seconds: Vec<f64> = Vec::new();
    let mut batch = Vec::with_capacity(BATCH);
    let cpu0 = cpu_seconds();
    // Reading is timed per batch, not per file: a clock read costs about a microsecond,
    // which per file was ~3% of the segmentation stage's measured time.
    let mut read_from = crate::pipeline::thread_cpu_seconds();
    for _ in 0..report.repeat {
        for (name, bytes) in &loaded {
            read_bytes(name, bytes, &opts, &mut |a| batch.push(a));
            if batch.len() >= BATCH {
                report.read_seconds += crate::pipeline::thread_cpu_seconds() - read_from;
                report.articles += batch.len();
                pipeline.run_articles(&mut batch, Some(&mut stage_seconds));
                batch.clear();
                read_from = crate::pipeline::thread_cpu_seconds();
            }
        }
    }
    report.read_seconds += crate::pipeline::thread_cpu_seconds() - read_from;
    report.articles += batch.len();
    pipeline.run_articles(&mut batch, Some(&mut stage_seconds));
    report.cpu_seconds = cpu_seconds() - cpu0;
    report.words = words_per_round * report.repeat;
    report.peak_rss_mib = peak_rss_mib();
    report.stages = pipeline
        .stage_names()
        .into_iter()
        .zip(stage_seconds)
        .collect();
    Ok(report)
}
