//! Counts the sentence boundaries the boundary model adds to plain-text articles (one
//! paragraph per line), with context: `--example segment_added -- DIR_OR_FILE... [--show N]`.
//! In edited news prose almost every sentence ends with punctuation, so boundaries the
//! model adds there are mostly false splits: a guard for changes made for web text.

use std::path::PathBuf;

use attache_core::segment::model::{boundary_model, BoundaryModel};
use attache_core::segment::{split_block_with, tokenize_block, Register, Tokens};
use attache_core::{BlockKind, Document};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show: usize = args
        .iter()
        .position(|a| a == "--show")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    // SEG_MODEL=FILE reads the weights from a file instead of the shipped model.
    let loaded = match std::env::var("SEG_MODEL") {
        Ok(path) => {
            let read = std::fs::read(&path).map_err(|e| e.to_string());
            match read.and_then(|b| BoundaryModel::from_bytes(&b)) {
                Ok(model) => Some(model),
                Err(e) => {
                    eprintln!("SEG_MODEL={path}: {e}");
                    std::process::exit(2);
                }
            }
        }
        Err(_) => None,
    };
    let Some(model) = loaded.as_ref().or(boundary_model()) else {
        eprintln!("no boundary model in this build");
        std::process::exit(2);
    };
    let mut files: Vec<PathBuf> = Vec::new();
    for a in args
        .iter()
        .filter(|a| !a.starts_with("--") && a.parse::<usize>().is_err())
    {
        let p = PathBuf::from(a);
        match std::fs::read_dir(&p) {
            Ok(rd) => files.extend(rd.flatten().map(|e| e.path())),
            Err(_) => files.push(p),
        }
    }
    files.sort();
    let (mut added, mut sentences, mut shown) = (0usize, 0usize, 0usize);
    let mut informal = 0usize;
    let mut toks = Tokens::default();
    let (mut with, mut without) = (Vec::new(), Vec::new());
    for f in &files {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        let doc = Document::from_plain(&text);
        let register = Register::of_document(&doc);
        informal += register.is_informal() as usize;
        for block in doc.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph) {
            toks.clear();
            with.clear();
            without.clear();
            tokenize_block(&doc.text, block.span, &mut toks);
            split_block_with(
                &doc.text,
                &toks,
                register,
                &mut with,
                model,
                attache_core::segment::model::THRESHOLD,
            );
            split_block_with(
                &doc.text,
                &toks,
                register,
                &mut without,
                model,
                f32::INFINITY,
            );
            sentences += with.len();
            let rule_ends: std::collections::HashSet<usize> =
                without.iter().map(|r| r.end).collect();
            for r in with.iter().filter(|r| !rule_ends.contains(&r.end)) {
                added += 1;
                if shown < show {
                    shown += 1;
                    let at = toks.spans[r.end - 1].end as usize;
                    let mut a = at.saturating_sub(60);
                    while !doc.text.is_char_boundary(a) {
                        a -= 1;
                    }
                    let mut b = (at + 40).min(doc.text.len());
                    while !doc.text.is_char_boundary(b) {
                        b += 1;
                    }
                    println!("ADDED {}\u{2016}{}", &doc.text[a..at], &doc.text[at..b]);
                }
            }
        }
    }
    println!(
        "files={} informal={informal} sentences={sentences} model_added={added}",
        files.len()
    );
}
