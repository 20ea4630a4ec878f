//! Trains the boundary model of `segment::model` (sentence ends without punctuation):
//! `cargo run --release -p attache-core --example train_segment`.
//!
//! Data: UD English EWT train and the GUM train documents of genres whose texts are CC BY
//! or CC BY-SA (academic, bio, court, interview, news, voyage; see GUM's LICENSE.txt):
//! essays, fiction, letters, podcasts and wikiHow are non-commercial, and conversation,
//! speech, textbook and vlog carry no stated text licence, so they are left out. Dev
//! files are never read. Writes `data/segment/boundary.bin`; with `--cv`, reports
//! ten-fold cross-validated sentence-boundary figures at several thresholds instead
//! (each fold split by a model trained on the other nine), per corpus and per gap class.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use attache_core::segment::model::{BoundaryModel, Features, TABLE_BITS};
use attache_core::segment::{
    gold_documents, observe_candidates, split_block_with, tokenize_block, GoldDoc, Register, Tokens,
};

const EPOCHS: usize = 12;
const RATE: f32 = 0.3;
const L2: f32 = 1e-2;

const GUM_GENRES: [&str; 6] = ["academic", "bio", "court", "interview", "news", "voyage"];
const THRESHOLDS: [f32; 7] = [-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0];

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

    let cv = std::env::args().any(|a| a == "--cv");
    let exact = std::env::args().any(|a| a == "--exact");
    let l2: f32 = env_or("SEG_L2", L2);
    let epochs: usize = env_or("SEG_EPOCHS", EPOCHS);
    let mut docs: Vec<Doc> = Vec::new();
    let mut toks = Tokens::default();
    let mut ranges = Vec::new();
    for f in &files {
        let Ok(contents) = std::fs::read_to_string(f) else {
            eprintln!("skipping unreadable {}", f.display());
            continue;
        };
        let ewt = f.to_string_lossy().contains("ewt");
        for gold in gold_documents(&contents) {
            let ends: HashSet<u32> = gold.sentences.iter().map(|s| s.end).collect();
            let mut examples = Vec::new();
            let mut pred: HashSet<u32> = HashSet::new();
            let register = Register::of_paragraphs(&gold.text, gold.paragraphs.iter().copied());
            for &para in &gold.paragraphs {
                toks.clear();
                ranges.clear();
                tokenize_block(&gold.text, para, &mut toks);
                observe_candidates(&gold.text, &toks, register, &mut ranges, &mut |i, feats| {
                    examples.push(Example {
                        feats: *feats,
                        gold: ends.contains(&toks.spans[i].end),
                        class: format!("{:?}>{:?}", toks.kinds[i], toks.kinds[i + 1]),
                        at: toks.spans[i].end,
                    });
                });
                pred.extend(ranges.iter().map(|r| toks.spans[r.end - 1].end));
            }
            let tp = pred.intersection(&ends).count() as u64;
            let rules = [tp, pred.len() as u64 - tp, ends.len() as u64 - tp];
            docs.push(Doc {
                ewt,
                gold,
                examples,
                rules,
            });
        }
    }
    let n_examples: usize = docs.iter().map(|d| d.examples.len()).sum();
    let positives: usize = docs
        .iter()
        .map(|d| d.examples.iter().filter(|e| e.gold).count())
        .sum();
    println!(
        "files={} documents={} candidates={n_examples} boundaries={positives}",
        files.len(),
        docs.len()
    );
    if cv {
        cross_validate(&docs, epochs, l2, exact);
        return;
    }
    let mut examples: Vec<(Features, bool)> = docs
        .iter()
        .flat_map(|d| d.examples.iter().map(|e| (e.feats, e.gold)))
        .collect();
    let weights = train(&mut examples, epochs, l2);
    // SEG_OUT=FILE writes the weights there instead (for trying settings).
    let out = std::env::var("SEG_OUT")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("data/segment/boundary.bin"));
    match std::fs::write(&out, BoundaryModel::to_bytes(&weights)) {
        Ok(()) => println!("wrote {}", out.display()),
        Err(e) => eprintln!("cannot write {}: {e}", out.display()),
    }
}

/// Ten folds of training documents: each held-out fold is scored by a model trained on
/// the other nine. Sentence-end figures (paragraph ends included, as `eval segment`
/// counts them) per corpus and threshold, from the rules' boundaries plus the model's
/// decisions at each candidate gap; per gap class, what the model gains and costs.
/// With `exact`, the folds are also split for real (`split_block_with`), where a
/// boundary the model adds changes the features of the gaps after it.
fn cross_validate(docs: &[Doc], epochs: usize, l2: f32, exact: bool) {
    let dump = std::env::args().any(|a| a == "--dump");
    // The threshold whose misses and false boundaries `--dump` prints and whose gap-class
    // table is shown (SEG_SHOW_AT, default 1).
    let shown_at: f32 = env_or("SEG_SHOW_AT", 1.0);
    let errors = std::env::args().any(|a| a == "--errors");
    const FOLDS: usize = 10;
    // [corpus][threshold] -> tp, fp, fn
    let mut totals = [[[0u64; 3]; THRESHOLDS.len()]; 2];
    let mut exact_totals = [[[0u64; 3]; THRESHOLDS.len()]; 2];
    // class -> [threshold] -> gained, false
    let mut classes: BTreeMap<String, [[u64; 3]; THRESHOLDS.len()]> = BTreeMap::new();
    for fold in 0..FOLDS {
        let mut train_set: Vec<(Features, bool)> = docs
            .iter()
            .enumerate()
            .filter(|(d, _)| d % FOLDS != fold)
            .flat_map(|(_, d)| d.examples.iter().map(|e| (e.feats, e.gold)))
            .collect();
        let weights = train(&mut train_set, epochs, l2);
        let model = match BoundaryModel::from_bytes(&BoundaryModel::to_bytes(&weights)) {
            Ok(model) => model,
            Err(e) => {
                eprintln!("weights do not round-trip through the file format: {e}");
                std::process::exit(1);
            }
        };
        for (d, doc) in docs.iter().enumerate() {
            if d % FOLDS != fold {
                continue;
            }
            let corpus = doc.ewt as usize;
            for (t, &threshold) in THRESHOLDS.iter().enumerate() {
                let mut c = doc.rules;
                for e in &doc.examples {
                    let row = &mut classes.entry(e.class.clone()).or_default()[t];
                    row[2] += e.gold as u64;
                    let score = model.score(&e.feats);
                    if dump && threshold == shown_at && doc.ewt && (score > threshold) != e.gold {
                        let text = &doc.gold.text;
                        let at = e.at as usize;
                        let a = floor(text, at.saturating_sub(70));
                        let b = floor(text, (at + 40).min(text.len()));
                        println!(
                            "DUMP {} {score:6.2} {:<20} {}\u{2016}{}",
                            if e.gold { "MISS " } else { "FALSE" },
                            e.class,
                            text[a..at].replace('\n', "\u{b6}"),
                            text[at..b].replace('\n', "\u{b6}")
                        );
                    }
                    if score > threshold {
                        if e.gold {
                            c[0] += 1;
                            c[2] -= 1;
                            row[0] += 1;
                        } else {
                            c[1] += 1;
                            row[1] += 1;
                        }
                    }
                }
                for k in 0..3 {
                    totals[corpus][t][k] += c[k];
                }
                if exact {
                    let c = exact_counts(
                        &doc.gold,
                        &model,
                        threshold,
                        errors && doc.ewt && threshold == -1.0,
                    );
                    for k in 0..3 {
                        exact_totals[corpus][t][k] += c[k];
                    }
                }
            }
        }
    }
    for (corpus, name) in [(1, "EWT train"), (0, "GUM train")] {
        println!("{name}, sentence ends over {FOLDS} held-out folds:");
        for (t, threshold) in THRESHOLDS.iter().enumerate() {
            let line = |c: [u64; 3]| {
                let [tp, fp, fn_] = c;
                let p = tp as f64 / (tp + fp).max(1) as f64;
                let r = tp as f64 / (tp + fn_).max(1) as f64;
                let f1 = 2.0 * p * r / (p + r).max(1e-9);
                format!("tp={tp} fp={fp} fn={fn_} P={p:.4} R={r:.4} F1={f1:.4}")
            };
            println!("  threshold={threshold:<5} {}", line(totals[corpus][t]));
            if exact {
                println!("        exact {}", line(exact_totals[corpus][t]));
            }
        }
    }
    let shown = THRESHOLDS.iter().position(|&t| t == shown_at).unwrap_or(0);
    println!(
        "per gap class at threshold {} (gained, false, gold boundaries):",
        THRESHOLDS[shown]
    );
    let mut rows: Vec<_> = classes.into_iter().collect();
    rows.sort_by_key(|(_, r)| std::cmp::Reverse(r[shown][2] + r[shown][1]));
    for (class, r) in rows.iter().take(40) {
        let [g, f, all] = r[shown];
        println!("  {class:<36} {g:>5} {f:>5} {all:>5}");
    }
}

/// One training document: its gold text, the candidate gaps the rules leave to the
/// model (with their labels and gap classes), and the rules' own sentence-end counts.
struct Doc {
    ewt: bool,
    gold: GoldDoc,
    examples: Vec<Example>,
    /// True positives, false positives and misses of the rules alone.
    rules: [u64; 3],
}

struct Example {
    feats: Features,
    gold: bool,
    class: String,
    /// End of the token before the gap.
    at: u32,
}

fn floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// True positives, false positives and misses of sentence ends (paragraph ends
/// included) when `gold` is split with `model` at `threshold`.
fn exact_counts(gold: &GoldDoc, model: &BoundaryModel, threshold: f32, show: bool) -> [u64; 3] {
    let mut toks = Tokens::default();
    let mut ranges = Vec::new();
    let mut pred: HashSet<u32> = HashSet::new();
    let register = Register::of_paragraphs(&gold.text, gold.paragraphs.iter().copied());
    for &para in &gold.paragraphs {
        toks.clear();
        ranges.clear();
        tokenize_block(&gold.text, para, &mut toks);
        split_block_with(&gold.text, &toks, register, &mut ranges, model, threshold);
        pred.extend(ranges.iter().map(|r| toks.spans[r.end - 1].end));
    }
    let gold_ends: HashSet<u32> = gold.sentences.iter().map(|s| s.end).collect();
    if show {
        let mut errs: Vec<(u32, &str)> = gold_ends
            .difference(&pred)
            .map(|&e| (e, "MISS "))
            .chain(pred.difference(&gold_ends).map(|&e| (e, "FALSE")))
            .collect();
        errs.sort();
        for (at, what) in errs {
            let text = &gold.text;
            let at = at as usize;
            let a = floor(text, at.saturating_sub(60));
            let b = floor(text, (at + 40).min(text.len()));
            println!(
                "ERR {what} {}\u{2016}{}",
                text[a..at].replace('\n', "\u{b6}"),
                text[at..b].replace('\n', "\u{b6}")
            );
        }
    }
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
