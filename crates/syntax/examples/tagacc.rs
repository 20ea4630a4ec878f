//! Tagger accuracy of a model directory on CoNLL-U files, with the commonest confusions
//! (debugging aid).
use std::collections::HashMap;
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bytes = std::fs::read(std::path::Path::new(&args[0]).join("tagger.bin")).expect("model");
    let mut t = attache_syntax::tagger::Tagger::read(&bytes).expect("tagger");
    if let Some(m) = std::env::var("KEEP_MARGIN")
        .ok()
        .and_then(|m| m.parse().ok())
    {
        t.set_keep_margin(m);
    }
    for f in &args[1..] {
        let s = attache_syntax::corpus::read_files(&[f.into()]).expect("read");
        let (x, u) = attache_syntax::tagger::accuracy(&t, &s);
        println!("{f}: xpos {x:.4} upos {u:.4}");
        let mut conf: HashMap<String, usize> = HashMap::new();
        let mut sc = attache_syntax::tagger::TagScratch::default();
        let mut out = Vec::new();
        for sent in &s {
            let forms: Vec<&str> = sent.forms.iter().map(String::as_str).collect();
            t.tag(&forms, &mut sc, &mut out);
            for (i, &c) in out.iter().enumerate() {
                let (_, pu) = t.classes()[c as usize];
                if pu != sent.upos[i] {
                    *conf
                        .entry(format!("{} -> {} ({})", sent.upos[i], pu, sent.forms[i]))
                        .or_default() += 1;
                }
            }
        }
        let mut v: Vec<_> = conf.into_iter().collect();
        v.sort_by_key(|x| std::cmp::Reverse(x.1));
        for (k, n) in v.iter().take(40) {
            println!("  {n:5} {k}");
        }
    }
}
