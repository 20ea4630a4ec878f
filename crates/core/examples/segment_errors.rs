//! Prints the sentence-boundary errors of `SentenceSplit` against CoNLL-U gold, with
//! context, for error analysis: `--example segment_errors -- FILE.conllu...`.

use std::collections::HashSet;

use attache_core::segment::{gold_documents, segment_gold};

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(contents) = std::fs::read_to_string(&path) else {
            eprintln!("{path}: unreadable");
            continue;
        };
        for gold in gold_documents(&contents) {
            let doc = segment_gold(&gold);
            let para_ends: HashSet<u32> = gold.paragraphs.iter().map(|p| p.end).collect();
            let gold_ends: HashSet<u32> = gold.sentences.iter().map(|s| s.end).collect();
            let pred_ends: HashSet<u32> = doc.sentences.iter().map(|s| s.span.end).collect();
            let mut errs: Vec<(u32, &str)> = gold_ends
                .difference(&pred_ends)
                .map(|&e| (e, "MISS"))
                .chain(pred_ends.difference(&gold_ends).map(|&e| (e, "FALSE")))
                .filter(|(e, _)| !para_ends.contains(e))
                .collect();
            errs.sort();
            for (e, what) in errs {
                let e = e as usize;
                let mut a = e.saturating_sub(60);
                while !gold.text.is_char_boundary(a) {
                    a -= 1;
                }
                let mut b = (e + 50).min(gold.text.len());
                while !gold.text.is_char_boundary(b) {
                    b += 1;
                }
                let show = |s: &str| s.replace('\n', "\u{b6}");
                println!(
                    "{what:5} {}\u{2016}{}",
                    show(&gold.text[a..e]),
                    show(&gold.text[e..b])
                );
            }
        }
    }
}
