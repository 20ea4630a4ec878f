//! Tagger settings experiments on a held-out part of TRAIN: every tenth sentence of each
//! training file (EWT train + GUM's open genres) is held out, the tagger is trained on the
//! rest (its epoch picked on the held-out tenth, as the README's table was made) and the
//! held-out UPOS/XPOS are printed.
//!
//! `tagger_exp [EPOCHS] [FOLDS]` (defaults 8 and 0: first pass only). Corpora from
//! `../shared/data/corpora` or `$ATTACHE_CORPORA`. `DUMP=FILE` writes one line per held-out
//! word (form, gold UPOS, tagged UPOS, gold XPOS, tagged XPOS, times the lowercased form
//! was seen in the nine tenths; a blank line between sentences) for error analysis;
//! `OUT=FILE` writes the tagger; `SEED=N` shuffles with another seed than 7.

use std::collections::HashMap;
use std::path::PathBuf;

use attache_syntax::corpus::{self, GoldSentence};
use attache_syntax::tagger::TagScratch;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let epochs = args.first().and_then(|a| a.parse().ok()).unwrap_or(8);
    let folds = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(0);
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpora = std::env::var("ATTACHE_CORPORA")
        .map(PathBuf::from)
        .unwrap_or_else(|_| manifest.join("../../../shared/data/corpora"));
    let mut files = vec![corpora.join("ud-english-ewt/en_ewt-ud-train.conllu")];
    files.extend(corpus::gum_open_files(&corpora.join("gum/train/dep")));
    let (mut rest, mut held): (Vec<GoldSentence>, Vec<GoldSentence>) = (Vec::new(), Vec::new());
    for f in &files {
        let sents = corpus::read_files(std::slice::from_ref(f)).expect("training file");
        for (k, s) in sents.into_iter().enumerate() {
            if k % 10 == 9 {
                held.push(s);
            } else {
                rest.push(s);
            }
        }
    }
    eprintln!(
        "{} training / {} held-out sentences",
        rest.len(),
        held.len()
    );
    let seed = std::env::var("SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(7);
    let t =
        attache_syntax::tagger::train(&rest, &held, epochs, folds, seed, &mut |l| eprintln!("{l}"));
    let (x, u) = attache_syntax::tagger::accuracy(&t, &held);
    println!("held-out tenth: xpos {x:.4} upos {u:.4}");
    if let Ok(path) = std::env::var("OUT") {
        std::fs::write(&path, t.write()).expect("write OUT");
    }
    if let Ok(path) = std::env::var("DUMP") {
        let mut seen: HashMap<String, usize> = HashMap::new();
        for s in &rest {
            for f in &s.forms {
                *seen.entry(f.to_lowercase()).or_default() += 1;
            }
        }
        let (mut sc, mut out, mut d) = (TagScratch::default(), Vec::new(), String::new());
        for s in &held {
            let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
            t.tag(&forms, &mut sc, &mut out);
            for (i, &c) in out.iter().enumerate() {
                let (px, pu) = t.classes()[c as usize];
                let n = seen.get(&s.forms[i].to_lowercase()).copied().unwrap_or(0);
                d.push_str(&format!(
                    "{}\t{}\t{}\t{}\t{}\t{n}\n",
                    s.forms[i],
                    s.upos[i],
                    pu,
                    s.xpos[i].as_str(),
                    px.as_str()
                ));
            }
            d.push('\n');
        }
        std::fs::write(&path, d).expect("write DUMP");
    }
}
