//! Tallies sentence-boundary errors of `SentenceSplit` by the kinds of the tokens around
//! the gap and whether the boundary model scores that gap: `--example segment_classes --
//! FILE.conllu...` (for choosing which gap classes and features to work on).

use std::collections::{BTreeMap, HashSet};

use attache_core::segment::model::is_candidate;
use attache_core::segment::{gold_documents, segment_gold, tokenize_block, Tokens};

fn main() {
    let mut tally: BTreeMap<String, [u32; 2]> = BTreeMap::new();
    let mut toks = Tokens::default();
    for path in std::env::args().skip(1) {
        let Ok(contents) = std::fs::read_to_string(&path) else {
            eprintln!("{path}: unreadable");
            continue;
        };
        for gold in gold_documents(&contents) {
            let doc = segment_gold(&gold);
            let gold_ends: HashSet<u32> = gold.sentences.iter().map(|s| s.end).collect();
            let pred_ends: HashSet<u32> = doc.sentences.iter().map(|s| s.span.end).collect();
            for &para in &gold.paragraphs {
                toks.clear();
                tokenize_block(&gold.text, para, &mut toks);
                for i in 0..toks.len().saturating_sub(1) {
                    let e = toks.spans[i].end;
                    let (g, p) = (gold_ends.contains(&e), pred_ends.contains(&e));
                    if g == p {
                        continue;
                    }
                    // Sentence length is not tracked here: gaps are checked as if early
                    // in a sentence.
                    let cand = is_candidate(&gold.text, &toks, i, 1);
                    let key = format!(
                        "{:?}>{:?}{}",
                        toks.kinds[i],
                        toks.kinds[i + 1],
                        if cand { " (scored)" } else { "" }
                    );
                    tally.entry(key).or_default()[p as usize] += 1;
                }
            }
        }
    }
    let mut rows: Vec<_> = tally.into_iter().collect();
    rows.sort_by_key(|(_, [m, f])| std::cmp::Reverse(m + f));
    println!("{:<44} {:>6} {:>6}", "gap class", "missed", "false");
    for (k, [m, f]) in rows {
        println!("{k:<44} {m:>6} {f:>6}");
    }
}
