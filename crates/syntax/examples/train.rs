//! Trains the tagger, lemmatizer and parser on UD English EWT + GUM's open genres.
//!
//! `cargo run --release -p attache-syntax --example train -- [tagger|parser|all] [OUT_DIR]`
//! (default: all, into `crates/syntax/models`). Corpora are read from `../shared/data/corpora`
//! relative to the workspace, or from `$ATTACHE_CORPORA`.

use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let what = args.first().map_or("all", String::as_str);
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out = args
        .get(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("models"));
    let corpora = std::env::var("ATTACHE_CORPORA")
        .map(PathBuf::from)
        .unwrap_or_else(|_| manifest.join("../../../shared/data/corpora"));
    let epochs: Option<usize> = std::env::var("EPOCHS").ok().and_then(|e| e.parse().ok());
    let folds: usize = std::env::var("FOLDS")
        .ok()
        .and_then(|e| e.parse().ok())
        .unwrap_or(0);
    let ewt = corpora.join("ud-english-ewt");
    let mut train = vec![ewt.join("en_ewt-ud-train.conllu")];
    train.extend(attache_syntax::corpus::gum_open_files(
        &corpora.join("gum/train/dep"),
    ));
    let mut dev = vec![ewt.join("en_ewt-ud-dev.conllu")];
    dev.extend(attache_syntax::corpus::gum_open_files(
        &corpora.join("gum/dev/dep"),
    ));
    eprintln!("{} train files, {} dev files", train.len(), dev.len());
    let seed = 7;
    if what == "lemmas" {
        match attache_syntax::train_lemmatizer(&train, &out) {
            Ok(p) => eprintln!("wrote {}", p.display()),
            Err(e) => {
                eprintln!("lemmatizer training failed: {e}");
                std::process::exit(1);
            }
        }
    }
    if what == "tagger" || what == "all" {
        match attache_syntax::train_tagger_epochs(
            &train,
            &dev,
            &out,
            seed,
            epochs.unwrap_or(8),
            folds,
        ) {
            Ok(s) => eprintln!("tagger done: {:?}", s),
            Err(e) => {
                eprintln!("tagger training failed: {e}");
                std::process::exit(1);
            }
        }
    }
    if what == "parser" || what == "all" {
        // `BEAM=4`: the beam parser of `models/parser-beam.bin` (its file is still written
        // as `parser.bin` into OUT_DIR).
        let width: usize = std::env::var("BEAM")
            .ok()
            .and_then(|e| e.parse().ok())
            .unwrap_or(1);
        match attache_syntax::train_parser_epochs(
            &train,
            &dev,
            &out,
            seed,
            (epochs.unwrap_or(12), folds),
            width,
        ) {
            Ok(s) => eprintln!("parser done: {:?}", s),
            Err(e) => {
                eprintln!("parser training failed: {e}");
                std::process::exit(1);
            }
        }
    }
}
