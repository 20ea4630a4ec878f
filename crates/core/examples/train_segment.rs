//! Trains the boundary model of `segment::model` (sentence ends without punctuation):
//! `cargo run --release -p attache-core --example train_segment`.
//!
//! Data: UD English EWT train and the GUM train documents of genres whose texts are CC BY
//! or CC BY-SA (academic, bio, court, interview, news, voyage; see GUM's LICENSE.txt):
//! essays, fiction, letters, podcasts and wikiHow are non-commercial, and conversation,
//! speech, textbook and vlog carry no stated text licence, so they are left out. Dev
//! files are never read. Writes `data/segment/boundary.bin`; with `--cv`, reports
//! ten-fold cross-validated boundary figures at several thresholds instead.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use attache_core::segment::model::{BoundaryModel, Features, TABLE_BITS};
use attache_core::segment::{
    gold_documents, observe_candidates, split_block_with, tokenize_block, GoldDoc, Tokens,
};

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

    // `--cv`: ten-fold cross-validation over training documents, splitting each held-out
    // fold with a model trained on the other nine, to choose features, candidate classes
    // and the threshold without looking at dev.
    let cv = std::env::args().any(|a| a == "--cv");
    let l2: f32 = env_or("SEG_L2", L2);
    let epochs: usize = env_or("SEG_EPOCHS", EPOCHS);
    let mut docs: Vec<Doc> = Vec::new();
    let mut toks = Tokens::default();
    for f in &files {
        let Ok(contents) = std::fs::read_to_string(f) else {
            eprintln!("skipping unreadable {}", f.display());
            continue;
        };
        for gold in gold_documents(&contents) {
            let ends: HashSet<u32> = gold.sentences.iter().map(|s| s.end).collect();
            let mut examples = Vec::new();
            for &para in &gold.paragraphs {
                toks.clear();
                tokenize_block(&gold.text, para, &mut toks);
                observe_candidates(&gold.text, &toks, &mut |i, feats| {
                    examples.push((*feats, ends.contains(&toks.spans[i].end)));
                });
            }
            docs.push(Doc { gold, examples });
        }
    }
    let n_examples: usize = docs.iter().map(|d| d.examples.len()).sum();
    let positives: usize = docs
        .iter()
        .map(|d| d.examples.iter().filter(|e| e.1).count())
        .sum();
    println!(
        "files={} documents={} candidates={n_examples} boundaries={positives}",
        files.len(),
        docs.len()
    );
    if cv {
        const FOLDS: usize = 10;
        const THRESHOLDS: [f32; 6] = [-1.0, -0.5, -0.25, 0.0, 0.25, 0.5];
        let mut counts = [[0u64; 3]; THRESHOLDS.len()];
        for fold in 0..FOLDS {
            let mut train_set: Vec<(Features, bool)> = docs
                .iter()
                .enumerate()
                .filter(|(d, _)| d % FOLDS != fold)
                .flat_map(|(_, d)| d.examples.iter().copied())
                .collect();
            let weights = train(&mut train_set, epochs, l2);
            let Some(model) = BoundaryModel::from_bytes(&BoundaryModel::to_bytes(&weights)) else {
                eprintln!("weights do not round-trip through the file format");
                std::process::exit(1);
            };
            for (d, doc) in docs.iter().enumerate() {
                if d % FOLDS != fold {
                    continue;
                }
                for (t, &threshold) in THRESHOLDS.iter().enumerate() {
                    let [tp, fp, fn_] = boundary_counts(&doc.gold, &model, threshold);
                    counts[t][0] += tp;
                    counts[t][1] += fp;
                    counts[t][2] += fn_;
                }
            }
        }
        println!("in-paragraph boundaries over {FOLDS} held-out folds:");
        for (t, [tp, fp, fn_]) in THRESHOLDS.iter().zip(counts) {
            let p = tp as f64 / (tp + fp).max(1) as f64;
            let r = tp as f64 / (tp + fn_).max(1) as f64;
            let f1 = 2.0 * p * r / (p + r).max(1e-9);
            println!("  threshold={t:<5} tp={tp} fp={fp} fn={fn_} P={p:.4} R={r:.4} F1={f1:.4}");
        }
        return;
    }
    let mut examples: Vec<(Features, bool)> = docs
        .iter()
        .flat_map(|d| d.examples.iter().copied())
        .collect();
    let weights = train(&mut examples, epochs, l2);
    let out = root.join("data/segment/boundary.bin");
    match std::fs::write(&out, BoundaryModel::to_bytes(&weights)) {
        Ok(()) => println!("wrote {}", out.display()),
        Err(e) => eprintln!("cannot write {}: {e}", out.display()),
    }
}

/// One training document: its gold text and the candidate gaps the rules leave to the
/// model, with their labels.
struct Doc {
    gold: GoldDoc,
    examples: Vec<(Features, bool)>,
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// True positives, false positives and misses of in-paragraph sentence ends when
/// `gold` is split with `model` at `threshold`.
fn boundary_counts(gold: &GoldDoc, model: &BoundaryModel, threshold: f32) -> [u64; 3] {
    let mut toks = Tokens::default();
    let mut ranges = Vec::new();
    let mut pred: HashSet<u32> = HashSet::new();
    for &para in &gold.paragraphs {
        toks.clear();
        ranges.clear();
        tokenize_block(&gold.text, para, &mut toks);
        split_block_with(&gold.text, &toks, &mut ranges, model, threshold);
        pred.extend(ranges.iter().map(|r| toks.spans[r.end - 1].end));
    }
    let para_ends: HashSet<u32> = gold.paragraphs.iter().map(|p| p.end).collect();
    let gold_ends: HashSet<u32> = gold
        .sentences
        .iter()
        .map(|s| s.end)
        .filter(|e| !para_ends.contains(e))
        .collect();
    pred.retain(|e| !para_ends.contains(e));
    let tp = pred.intersection(&gold_ends).count() as u64;
    [tp, pred.len() as u64 - tp, gold_ends.len() as u64 - tp]
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
