//! Lemmatizer accuracy with gold XPOS on CoNLL-U files, with the commonest errors
//! (debugging aid): `lemacc LEMMAS.tsv FILE.conllu...`
use std::collections::HashMap;
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = std::fs::read_to_string(&args[0]).expect("lemmas");
    let lem = attache_syntax::lemma::Lemmatizer::from_tsv(&text).expect("lemmas load");
    for f in &args[1..] {
        let s = attache_syntax::corpus::read_files(&[f.into()]).expect("read");
        let (mut ok, mut n) = (0, 0);
        let mut errs: HashMap<String, usize> = HashMap::new();
        for sent in &s {
            for i in 0..sent.len() {
                let l = lem.lemmatize(&sent.forms[i], sent.xpos[i]);
                n += 1;
                if l == sent.lemmas[i] {
                    ok += 1;
                } else {
                    *errs
                        .entry(format!(
                            "{}/{} -> {} (gold {})",
                            sent.forms[i], sent.xpos[i], l, sent.lemmas[i]
                        ))
                        .or_default() += 1;
                }
            }
        }
        println!("{f}: {:.4}", ok as f64 / n as f64);
        let mut v: Vec<_> = errs.into_iter().collect();
        v.sort_by_key(|x| std::cmp::Reverse(x.1));
        for (k, c) in v.iter().take(30) {
            println!("  {c:4} {k}");
        }
    }
}
