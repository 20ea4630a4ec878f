//! UAS/LAS of the embedded parser given gold XPOS tags (to separate tagging errors from
//! parsing errors): `goldtags FILE.conllu...`
fn main() {
    let syntax = attache_syntax::Syntax::embedded().expect("models");
    let mut an = attache_syntax::features::Analyzer::default();
    let mut sc = attache_syntax::parser::ParseScratch::default();
    let (mut heads, mut labels) = (Vec::new(), Vec::new());
    let (mut n, mut u, mut l) = (0usize, 0usize, 0usize);
    for f in std::env::args().skip(1) {
        for s in attache_syntax::corpus::read_files(&[f.into()]).expect("read") {
            let words: Vec<u64> = s
                .forms
                .iter()
                .map(|w| syntax.parser.vocab().word(&an.analyze(w)))
                .collect();
            let tags: Vec<u8> = s.xpos.iter().map(|x| x.0).collect();
            let x = attache_syntax::parser::ParseInput {
                words: &words,
                tags: &tags,
            };
            syntax.parser.parse(&x, &mut sc, &mut heads, &mut labels);
            for i in 0..s.len() {
                n += 1;
                let ok = heads[i] == s.heads[i];
                u += ok as usize;
                l += (ok && labels[i] == s.deprels[i]) as usize;
            }
        }
    }
    println!(
        "gold tags: uas {:.4} las {:.4} over {n} words",
        u as f64 / n as f64,
        l as f64 / n as f64
    );
}
