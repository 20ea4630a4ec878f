//! Scores the time stage on TimeML until `attache eval times` is wired.
//!
//! `cargo run --release -p attache-time --example eval_time -- [DIR...] [--mismatches dev|held|all]
//! [--comparisons dev|held|all] [--syntax]`
//!
//! `--comparisons` prints a line for every prediction and gold expression, agreeing ones
//! included, in the format of `--mismatches`.
//!
//! `--syntax` runs the syntax stage (tagger, parser) before the time stage, so that clause
//! tense comes from real tags (as in the pipeline) instead of surface cues; it needs
//! `--features syntax-eval` (kept optional so that this crate builds while the syntax crate
//! is being changed).
//!
//! DIR defaults to TimeBank and AQUAINT under ../shared/data/corpora/timebank-tbaq. Besides
//! the whole set it reports the fixed development half (files at even positions in each
//! directory's sorted listing; the rules were tuned on these only) and the held-back half
//! (odd positions).

use std::path::PathBuf;

use attache_core::Document;

/// What runs between segmentation and the time stage: the syntax stage with `--syntax`.
#[cfg(feature = "syntax-eval")]
fn tagger(syntax: bool) -> Box<dyn Fn(&mut Document)> {
    if !syntax {
        return Box::new(|_| {});
    }
    match attache_syntax::SyntaxStage::embedded() {
        Ok(stage) => Box::new(move |doc| attache_core::Stage::run(&stage, doc)),
        Err(e) => {
            eprintln!("cannot load the syntax models: {e}");
            std::process::exit(2);
        }
    }
}

#[cfg(not(feature = "syntax-eval"))]
fn tagger(syntax: bool) -> Box<dyn Fn(&mut Document)> {
    if syntax {
        eprintln!("--syntax needs the example built with `--features syntax-eval`");
        std::process::exit(2);
    }
    Box::new(|_| {})
}

fn main() {
    let mut dirs = Vec::new();
    let mut show: Option<String> = None;
    let mut every = false;
    let mut syntax = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--mismatches" {
            show = args.next();
        } else if a == "--comparisons" {
            show = args.next();
            every = true;
        } else if a == "--syntax" {
            syntax = true;
        } else {
            dirs.push(PathBuf::from(a));
        }
    }
    if dirs.is_empty() {
        let base = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/data/corpora/timebank-tbaq");
        dirs = vec![base.join("TimeBank"), base.join("AQUAINT")];
    }
    let (mut all, mut dev, mut held) = (Vec::new(), Vec::new(), Vec::new());
    for dir in &dirs {
        let mut names: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "tml"))
                .collect(),
            Err(e) => {
                eprintln!("cannot read {}: {e}", dir.display());
                std::process::exit(2);
            }
        };
        names.sort();
        for (i, path) in names.iter().enumerate() {
            let Ok(text) = std::fs::read_to_string(path) else {
                eprintln!("cannot read {}", path.display());
                continue;
            };
            let name = path
                .file_name()
                .map_or(String::new(), |n| n.to_string_lossy().into_owned());
            let item = (name, text);
            if i % 2 == 0 {
                dev.push(item.clone());
            } else {
                held.push(item.clone());
            }
            all.push(item);
        }
    }
    let before = tagger(syntax);
    if let Some(which) = show {
        let set = match which.as_str() {
            "dev" => &dev,
            "held" => &held,
            _ => &all,
        };
        let lines = if every {
            attache_time::eval::comparisons_with(set, &before)
        } else {
            attache_time::eval::mismatches_with(set, &before)
        };
        for line in lines {
            println!("{line}");
        }
        return;
    }
    for (label, set) in [
        ("all", &all),
        ("dev (even files)", &dev),
        ("held-back (odd files)", &held),
    ] {
        println!("== {label}: {} files", set.len());
        print!(
            "{}",
            attache_time::eval::eval_times_with(set, &before).render()
        );
    }
}
