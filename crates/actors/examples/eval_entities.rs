//! Person / organization / place mention P, R, F1 on GUM (until `attache eval entities`).
//!
//! cargo run --release -p attache-actors --example eval_entities -- [GOLD_DIR] [tagger|stage]
//! (default: ../shared/data/corpora/gum/dev/dep, stage = KB names + tagger)

use attache_actors::{default_gazetteer, eval_entities, ActorResolution, NameFinder, NameTagger};
use attache_kb::Kb;
use std::sync::Arc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args
        .get(1)
        .filter(|a| !a.is_empty())
        .cloned()
        .unwrap_or(format!(
            "{}/../../../shared/data/corpora/gum/dev/dep",
            env!("CARGO_MANIFEST_DIR")
        ));
    let mut files = Vec::new();
    match std::fs::read_dir(&dir) {
        Ok(entries) => {
            for e in entries.flatten() {
                if let Ok(text) = std::fs::read_to_string(e.path()) {
                    files.push((e.file_name().to_string_lossy().to_string(), text));
                }
            }
        }
        Err(e) => {
            eprintln!("cannot read {dir}: {e}");
            std::process::exit(2);
        }
    }
    files.sort();
    let tagger = match NameTagger::builtin() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let finder = NameFinder::new(tagger, default_gazetteer());
    let report = if args.get(2).map(String::as_str) == Some("tagger") {
        eval_entities(&files, &finder)
    } else {
        let kb = match Kb::embedded() {
            Ok(kb) => kb,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        };
        eval_entities(&files, &ActorResolution::new(Arc::new(kb), finder))
    };
    print!("{}", report.render());
}
