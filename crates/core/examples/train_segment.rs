//! Trains the boundary model of `segment::model` (sentence ends without punctuation):
//! `cargo run --release -p attache-core --example train_segment`.
//!
//! Data: UD English EWT train and the GUM train documents of genres whose texts are CC BY
//! or CC BY-SA (academic, bio, court, interview, news, voyage; see GUM's LICENSE.txt):
//! essays, fiction, letters, podcasts and wikiHow are non-commercial, and conversation,
//! speech, textbook and vlog carry no stated text licence, so they are left out. Dev
//! files are never read. Writes `data/segment/boundary.bin`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use attache_core::segment::model::{BoundaryModel, Features, TABLE_BITS, THRESHOLD};
use attache_core::segment::{gold_documents, observe_candidates, tokenize_block, Tokens};

const EPOCHS: usize = 12;
const RATE: f32 = 0.3;
const L2: f32 = 1e-2;

const GUM_GENRES: [&str; 6] = ["academic", "bio", "court", "interview", "news", "voyage"];

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpora = root.join("../../../shared/data/corpora");
    let mut files = vec![corpora.join("ud-english-ewt/en_ewt-ud-train.conllu")];
    let mut gum: Vec<PathBuf> = std::fs::read_dir(corpora.join("gum/train/dep"))
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    gum.sort();
    gum.retain(|p| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        GUM_GENRES
            .iter()
            .any(|g| name.starts_with(&format!("GUM_{g}_")))
    });
    files.extend(gum);

    // `--holdout`: train on nine in ten documents and report the tenth, to choose
    // settings without looking at dev.
    let holdout = std::env::args().any(|a| a == "--holdout");
    let l2: f32 = std::env::var("SEG_L2")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(L2);
    let epochs: usize = std::env::var("SEG_EPOCHS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(EPOCHS);
    let mut examples: Vec<(Features, bool)> = Vec::new();
    let mut held: Vec<(Features, bool)> = Vec::new();
    let mut held_class: Vec<String> = Vec::new();
    let mut toks = Tokens::default();
    let mut doc_no = 0usize;
    for f in &files {
        let Ok(contents) = std::fs::read_to_string(f) else {
            eprintln!("skipping unreadable {}", f.display());
            continue;
        };
        for gold in gold_documents(&contents) {
            doc_no += 1;
            let is_held = holdout && doc_no.is_multiple_of(10);
            let target = if is_held { &mut held } else { &mut examples };
            let ends: HashSet<u32> = gold.sentences.iter().map(|s| s.end).collect();
            for &para in &gold.paragraphs {
                toks.clear();
                tokenize_block(&gold.text, para, &mut toks);
                observe_candidates(&gold.text, &toks, &mut |i, feats| {
                    target.push((*feats, ends.contains(&toks.spans[i].end)));
                    if is_held {
                        held_class.push(format!("{:?}>{:?}", toks.kinds[i], toks.kinds[i + 1]));
                    }
                });
            }
        }
    }
    let positives = examples.iter().filter(|e| e.1).count();
    println!(
        "files={} candidates={} boundaries={}",
        files.len(),
        examples.len(),
        positives
    );

    let weights = train(&mut examples, epochs, l2);
    let Some(model) = BoundaryModel::from_bytes(&BoundaryModel::to_bytes(&weights)) else {
        eprintln!("weights do not round-trip through the file format");
        std::process::exit(1);
    };
    let threshold: f32 = std::env::var("SEG_THRESHOLD")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(THRESHOLD);
    for (name, set) in [("train", &examples), ("held-out", &held)] {
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for (f, gold) in set.iter() {
            match (model.score(f) > threshold, *gold) {
                (true, true) => tp += 1,
                (true, false) => fp += 1,
                (false, true) => fn_ += 1,
                _ => {}
            }
        }
        println!("{name}: candidates={} tp={tp} fp={fp} fn={fn_}", set.len());
    }
    if holdout {
        let mut by_class: std::collections::BTreeMap<&str, [u32; 4]> = Default::default();
        for ((f, gold), class) in held.iter().zip(&held_class) {
            let e = by_class.entry(class).or_default();
            e[0] += 1;
            match (model.score(f) > 0.0, *gold) {
                (true, true) => e[1] += 1,
                (true, false) => e[2] += 1,
                (false, true) => e[3] += 1,
                _ => {}
            }
        }
        for (class, [n, tp, fp, fn_]) in by_class {
            println!("  {class:<28} candidates={n:<5} tp={tp:<3} fp={fp:<3} fn={fn_}");
        }
        return;
    }
    let out = root.join("data/segment/boundary.bin");
    match std::fs::write(&out, BoundaryModel::to_bytes(&weights)) {
        Ok(()) => println!("wrote {}", out.display()),
        Err(e) => eprintln!("cannot write {}: {e}", out.display()),
    }
}

/// Logistic regression by SGD with AdaGrad step sizes and a little L2, in a fixed
/// pseudo-random order.
fn train(examples: &mut [(Features, bool)], epochs: usize, l2: f32) -> Vec<f32> {
    let size = 1usize << TABLE_BITS;
    let mut w = vec![0f32; size];
    let mut g2 = vec![1e-6f32; size];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..epochs {
        for i in (1..examples.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            examples.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        for (f, gold) in examples.iter() {
            let z: f32 = f.iter().map(|&k| w[k as usize]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let err = p - if *gold { 1.0 } else { 0.0 };
            for &k in f.iter() {
                let k = k as usize;
                let g = err + l2 * w[k];
                g2[k] += g * g;
                w[k] -= RATE * g / g2[k].sqrt();
            }
        }
    }
    w
}
