//! Tagger settings experiments on a held-out part of TRAIN: every tenth sentence of each
//! training file (EWT train + GUM's open genres) is held out, the tagger is trained on the
//! rest (its epoch picked on the held-out tenth, as the README's table was made) and the
//! held-out UPOS/XPOS are printed.
//!
//! `tagger_exp [EPOCHS] [FOLDS]` (defaults 8 and 0: first pass only). Corpora from
//! `../shared/data/corpora` or `$ATTACHE_CORPORA`.

use std::path::PathBuf;

use attache_syntax::corpus::{self, GoldSentence};

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
    let t =
        attache_syntax::tagger::train(&rest, &held, epochs, folds, 7, &mut |l| eprintln!("{l}"));
    let (x, u) = attache_syntax::tagger::accuracy(&t, &held);
    println!("held-out tenth: xpos {x:.4} upos {u:.4}");
}
