//! Trains the name tagger on GUM's openly licensed genres and writes models/ner.bin.
//!
//! cargo run --release -p attache-actors --example train_ner -- [GUM_DIR] [OUT] [EPOCHS] [BITS]
//! (defaults: ../shared/data/corpora/gum, crates/actors/models/ner.bin, 10, 18). Prints the
//! dev evaluation of the trained model.

use attache_actors::gum::{GumDoc, TRAINABLE_GENRES};
use attache_actors::tagger::{train, NameSpan, TrainOptions, TrainSentence};
use attache_actors::{eval_entities, NameFinder, NameTagger};
use std::path::Path;

fn read_dir(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("cannot read {}", dir.display());
        return out;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if let Ok(text) = std::fs::read_to_string(e.path()) {
            out.push((name, text));
        }
    }
    out.sort();
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let root = env!("CARGO_MANIFEST_DIR");
    let arg = |i: usize| args.get(i).filter(|a| !a.is_empty()).cloned();
    let gum = arg(1).unwrap_or(format!("{root}/../../../shared/data/corpora/gum"));
    let out = arg(2).unwrap_or(format!("{root}/models/ner.bin"));
    let epochs = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(10);
    let bits = args.get(4).and_then(|a| a.parse().ok()).unwrap_or(18);
    let prune: f32 = args.get(5).and_then(|a| a.parse().ok()).unwrap_or(0.0);

    let mut data = Vec::new();
    let mut used = 0;
    for (name, text) in read_dir(&Path::new(&gum).join("train/dep")) {
        let (doc, _) = GumDoc::parse(&name, &text);
        if !TRAINABLE_GENRES.contains(&doc.genre.as_str()) {
            continue;
        }
        used += 1;
        let gold = doc.flat_named();
        for (si, words) in doc.sentences.iter().enumerate() {
            data.push(TrainSentence {
                words: words.clone(),
                names: gold
                    .iter()
                    .filter(|m| m.sentence == si)
                    .map(|m| NameSpan {
                        start: m.core_start,
                        end: m.core_end,
                        kind: m.kind,
                    })
                    .collect(),
            });
        }
    }
    eprintln!("training on {used} documents, {} sentences", data.len());
    let gaz = attache_actors::default_gazetteer();
    let opts = TrainOptions {
        epochs,
        bits,
        ..TrainOptions::default()
    };
    let model = train(&data, &gaz, opts, |e, errors| {
        eprintln!("epoch {e}: {errors} token errors")
    });
    let bytes = model.to_bytes(prune);
    let reread = match NameTagger::from_bytes(&bytes) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("cannot write {out}: {e}");
        std::process::exit(1);
    }
    eprintln!("wrote {out} ({} bytes)", bytes.len());
    let dev = read_dir(&Path::new(&gum).join("dev/dep"));
    let finder = NameFinder::new(reread, gaz);
    print!("{}", eval_entities(&dev, &finder).render());
}
