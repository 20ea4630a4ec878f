//! Parser settings experiments, chosen on a held-out part of TRAIN (every tenth sentence),
//! with dev figures alongside for the report.
//!
//! `parser_exp [CACHE_DIR]`: trains the parser on nine tenths of EWT train + GUM's open
//! genres, with jackknifed tags (4 folds, cached in CACHE_DIR, default `/tmp`) as the
//! examples' `alt_tags`, picks the epoch on the held-out tenth (its jackknifed tags), and
//! prints UAS/LAS there and on EWT dev (tags of the committed tagger, and gold tags).
//! `EPOCHS=` overrides the epochs; `MOVES_SHARE=` and `LABELS_SHARE=` the shares of
//! sentences whose moves and labels are learnt from the jackknifed tags (default 0).
//! `DEV_TAGS=` reads dev tags from a file (one byte a word) instead of tagging dev with
//! `TAGGER=` (default `models/tagger.bin`); `OUT=` writes the parser there.
//! `GOLD_TUNE=1` makes no jackknifed tags: the held-out tenth is scored on its gold tags
//! (a cheaper proxy; the shares above then have no tags to read).
//! `MOVES_FROM=PARSER.bin` keeps that parser's moves (and word list) and retrains only the
//! labeller (for labeller experiments; the file must have been trained on the same tenth).
//! `PARSER_FROM=PARSER.bin` trains nothing: it scores that parser (trained on the same
//! nine tenths, e.g. by `OUT=`).
//! `SURE=MIN,SHARE` relearns the parser's sure labels (`parser::SureLabels`) from the nine
//! tenths with those settings before scoring (`SURE=off`: no sure labels).
//! `CONFUSION=1` also prints the label confusions on right heads, on the held-out tenth and
//! on EWT dev (as `bench_parser` does).

use std::path::PathBuf;

use attache_syntax::corpus::{self, GoldSentence};
use attache_syntax::features::Analyzer;
use attache_syntax::parse_report;
use attache_syntax::parser::{self, ParseExample, Vocab};
use attache_syntax::tagger::{TagScratch, Tagger};

const FOLDS: usize = 4;
const SEED: u64 = 7;

fn tag_with(t: &Tagger, s: &GoldSentence, sc: &mut TagScratch) -> Vec<u8> {
    let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
    let mut classes = Vec::new();
    t.tag(&forms, sc, &mut classes);
    classes
        .iter()
        .map(|&c| t.classes().get(c as usize).map_or(0, |p| p.0 .0))
        .collect()
}

/// Jackknifed tags of every training sentence (read from `cache` when present).
fn jackknife(tr: &[GoldSentence], cache: &PathBuf) -> Vec<Vec<u8>> {
    if let Ok(bytes) = std::fs::read(cache) {
        let mut out = Vec::new();
        let mut k = 0;
        for s in tr {
            let n = s.len();
            out.push(bytes.get(k..k + n).unwrap_or(&[]).to_vec());
            k += n;
        }
        if k == bytes.len() {
            return out;
        }
        eprintln!("stale cache {}", cache.display());
    }
    let per_fold: Vec<Vec<(usize, Vec<u8>)>> = attache_syntax::fold_taggers(tr, FOLDS, SEED)
        .into_iter()
        .map(|(held, t)| {
            let mut sc = TagScratch::default();
            held.iter()
                .map(|&i| (i, tag_with(&t, &tr[i], &mut sc)))
                .collect()
        })
        .collect();
    let mut out = vec![Vec::new(); tr.len()];
    for (i, t) in per_fold.into_iter().flatten() {
        out[i] = t;
    }
    let flat: Vec<u8> = out.iter().flatten().copied().collect();
    if let Err(e) = std::fs::write(cache, flat) {
        eprintln!("cannot cache jackknifed tags: {e}");
    }
    out
}

fn main() {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpora = manifest.join("../../../shared/data/corpora");
    let cache_dir = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from("/tmp"), PathBuf::from);
    let epochs: usize = std::env::var("EPOCHS")
        .ok()
        .and_then(|e| e.parse().ok())
        .unwrap_or(12);
    let ewt = corpora.join("ud-english-ewt");
    let mut train = vec![ewt.join("en_ewt-ud-train.conllu")];
    train.extend(corpus::gum_open_files(&corpora.join("gum/train/dep")));
    let tr = corpus::read_files(&train).expect("training corpora");
    let dev = corpus::read_files(&[ewt.join("en_ewt-ud-dev.conllu")]).expect("EWT dev");
    let gold_tune = std::env::var("GOLD_TUNE").is_ok_and(|v| v == "1");
    let jk = if gold_tune {
        vec![Vec::new(); tr.len()]
    } else {
        jackknife(&tr, &cache_dir.join("attache-parser-jackknife.tags"))
    };
    let vocab = Vocab::learn(&tr);
    let mut an = Analyzer::default();
    let mut words = |s: &GoldSentence| -> Vec<u64> {
        s.forms.iter().map(|f| vocab.word(&an.analyze(f))).collect()
    };
    let (mut fit, mut tune) = (Vec::new(), Vec::new());
    for (i, (s, alt)) in tr.iter().zip(jk).enumerate() {
        let gold = s.xpos.iter().map(|x| x.0).collect();
        let mut ex = ParseExample::new(s, words(s), gold);
        if i % 10 == 0 {
            if !gold_tune {
                ex.tags = alt;
            }
            tune.push(ex);
        } else {
            ex.alt_tags = alt;
            fit.push(ex);
        }
    }
    // The committed tagger (read from its file: the embedded parser may be of an older layout).
    // (`TAGGER=` names another tagger file; without a readable one dev is scored on gold
    // tags only.)
    let tagger_path =
        std::env::var("TAGGER").map_or_else(|_| manifest.join("models/tagger.bin"), PathBuf::from);
    let tagger = std::fs::read(&tagger_path)
        .map_err(|e| e.to_string())
        .and_then(|b| Tagger::read(&b));
    if let Err(e) = &tagger {
        eprintln!("no dev tags: {e}");
    }
    // `DEV_TAGS=` names a file of dev tags, one byte a word (another build's tagger).
    let dev_tags = std::env::var("DEV_TAGS")
        .ok()
        .and_then(|p| std::fs::read(p).ok());
    let mut sc = TagScratch::default();
    let (mut dev_pred, mut dev_gold) = (Vec::new(), Vec::new());
    let mut k = 0;
    for s in &dev {
        let w = words(s);
        if let Some(tags) = &dev_tags {
            let t = tags.get(k..k + s.len()).unwrap_or(&[]).to_vec();
            dev_pred.push(ParseExample::new(s, w.clone(), t));
            k += s.len();
        } else if let Ok(t) = &tagger {
            dev_pred.push(ParseExample::new(s, w.clone(), tag_with(t, s, &mut sc)));
        }
        dev_gold.push(ParseExample::new(
            s,
            w,
            s.xpos.iter().map(|x| x.0).collect(),
        ));
    }
    let share = |var: &str| {
        std::env::var(var)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    };
    let mix = parser::TagMix {
        moves: share("MOVES_SHARE"),
        labels: share("LABELS_SHARE"),
    };
    let read = |var: &str| {
        std::env::var(var).ok().map(|path| {
            std::fs::read(&path)
                .map_err(|e| format!("{path}: {e}"))
                .and_then(|b| parser::Parser::read(&b))
                .unwrap_or_else(|e| panic!("{var}: {e}"))
        })
    };
    let (mut p, uas, las) = match (read("PARSER_FROM"), read("MOVES_FROM")) {
        (Some(p), _) => {
            let (u, l) = parser::attachment(&p, &tune);
            (p, u, l)
        }
        (None, Some(base)) => {
            parser::retrain_labels(&base, &fit, &tune, (epochs, SEED), mix.labels, &mut |l| {
                eprintln!("{l}")
            })
            .expect("labeller")
        }
        (None, None) => {
            parser::train_mixed(&vocab, &fit, &tune, (epochs, SEED), mix, 1, &mut |l| {
                eprintln!("{l}")
            })
        }
    };
    // `SURE=MIN,SHARE` relearns the sure labels from the nine tenths with those settings
    // (`SURE=off`: none); the held-out tenth is then scored again.
    let mut uas_las = (uas, las);
    if let Ok(sure) = std::env::var("SURE") {
        let (min, share) = sure
            .split_once(',')
            .and_then(|(m, s)| Some((m.parse().ok()?, s.parse().ok()?)))
            .unwrap_or((u32::MAX, 2.0));
        p.set_sure_labels(parser::SureLabels::learn(&fit, min, share));
        uas_las = parser::attachment(&p, &tune);
        eprintln!("sure labels {sure}: {} keys", p.sure_labels().len());
    }
    let (uas, las) = uas_las;
    // `INFLUENCE=1`: how many of the held-out tenth's move decisions each move feature
    // (by its position in the parser's feature order) changes when left out.
    if std::env::var("INFLUENCE").is_ok_and(|v| v == "1") {
        let (changed, decisions) = parser::move_feature_influence(&p, &tune);
        for (k, c) in changed.iter().enumerate() {
            println!("feature {k}: {c} of {decisions} decisions change without it");
        }
    }
    if let Ok(out) = std::env::var("OUT") {
        if let Err(e) = std::fs::write(&out, p.write()) {
            eprintln!("cannot write {out}: {e}");
        }
    }
    if std::env::var("CONFUSION").is_ok_and(|v| v == "1") {
        println!("held-out tenth:");
        print!(
            "{}",
            parse_report::confusion_report(&parse_report::label_confusion(&p, &tune))
        );
        println!("EWT dev, predicted tags:");
        print!(
            "{}",
            parse_report::confusion_report(&parse_report::label_confusion(&p, &dev_pred))
        );
    }
    let (du, dl) = parser::attachment(&p, &dev_pred);
    let (gu, gl) = parser::attachment(&p, &dev_gold);
    println!(
        "tune (held-out train, {} tags): UAS {:.2} LAS {:.2}; EWT dev predicted tags: UAS {:.2} LAS {:.2}; gold tags: UAS {:.2} LAS {:.2}",
        if gold_tune { "gold" } else { "jackknifed" },
        uas * 100.0,
        las * 100.0,
        du * 100.0,
        dl * 100.0,
        gu * 100.0,
        gl * 100.0
    );
}
