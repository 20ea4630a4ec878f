//! Throughput of PlaceResolution alone, in words per CPU-second (release build).
//!
//! ```text
//! cargo run -p attache-geo --release --example bench_geo -- [GeoVirus.xml] [rounds]
//! ```
//! The texts are GeoVirus' articles, segmented once before timing (segmentation is
//! another stage); the stage then runs over all of them `rounds` times on fresh copies.
//! CPU time is the process CPU clock (CLOCK_PROCESS_CPUTIME_ID), so waiting for a busy
//! machine's other jobs does not count. Gazetteer load time is reported separately.

use std::sync::Arc;
use std::time::Instant;

use attache_core::{Document, Stage};
use attache_geo::eval::parse_geovirus;
use attache_geo::{Gazetteer, PlaceResolution};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| {
        format!(
            "{}/../../../shared/data/corpora/geovirus/GeoVirus.xml",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let xml = match std::fs::read_to_string(&path) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };

    let (cpu0, wall0) = (cpu_seconds(), Instant::now());
    let gaz = match Gazetteer::embedded() {
        Ok(g) => Arc::new(g),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    println!(
        "gazetteer load: {:.0} ms CPU, {:.0} ms wall ({} entries, {} names)",
        (cpu_seconds() - cpu0) * 1000.0,
        wall0.elapsed().as_secs_f64() * 1000.0,
        gaz.entries().len(),
        gaz.name_count()
    );
    let stage = PlaceResolution::new(gaz);

    let docs: Vec<Document> = parse_geovirus(&xml)
        .iter()
        .map(|a| Document::from_plain(&a.text))
        .collect();
    let words_per_round: usize = docs.iter().map(Document::word_count).sum();
    let mut places = 0;
    let mut cpu = 0.0;
    for _ in 0..rounds {
        let mut batch = docs.clone();
        let t = cpu_seconds();
        for doc in &mut batch {
            stage.run(doc);
        }
        cpu += cpu_seconds() - t;
        places += batch.iter().map(|d| d.places.len()).sum::<usize>();
    }
    let words = words_per_round * rounds;
    println!(
        "PlaceResolution: {words} words ({} docs x {rounds} rounds), {places} places, \
         {cpu:.3} s CPU, {:.2} M words per CPU-second",
        docs.len(),
        words as f64 / cpu / 1e6
    );
}

/// CPU seconds of this process so far (user + system).
fn cpu_seconds() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
}
