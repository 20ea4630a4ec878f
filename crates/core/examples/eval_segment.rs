//! Sentence and token boundaries against CoNLL-U gold, until `attache eval segment` is
//! wired: `cargo run --release -p attache-core --example eval_segment -- PATH...`
//! (files or directories of `*.conllu`).

use std::path::{Path, PathBuf};

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        entries.sort();
        for e in entries {
            collect(&e, out);
        }
    } else if path.extension().is_some_and(|e| e == "conllu") {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        collect(Path::new(&arg), &mut files);
    }
    if files.is_empty() {
        eprintln!("usage: eval_segment PATH... (CoNLL-U files or directories)");
        std::process::exit(2);
    }
    let mut docs = Vec::new();
    for f in &files {
        match std::fs::read_to_string(f) {
            Ok(text) => docs.push((f.display().to_string(), text)),
            Err(e) => eprintln!("{}: {e}", f.display()),
        }
    }
    let report = attache_core::segment::eval_segment(&docs);
    print!("{}", report.render());
}
