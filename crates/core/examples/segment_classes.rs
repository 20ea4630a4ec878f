//! Tallies sentence-boundary errors of `SentenceSplit` by the kinds of the tokens around
//! the gap and whether the boundary model scores that gap: `--example segment_classes --
//! FILE.conllu...` (for choosing which gap classes and features to work on).
//!
//! With `--gaps` first it tallies every spaced gap instead, by the document's register
//! and the kinds around it: gold ends found, gold ends missed, gaps without a gold end and
//! false ends (for judging which unscored classes could be scored). SEG_GAPS_SHOW=CLASS
//! (e.g. `Colon>Upper`) then prints every gap of that class with its context.

use std::collections::{BTreeMap, HashSet};

use attache_core::segment::model::is_candidate;
use attache_core::segment::{gold_documents, segment_gold, tokenize_block, Register, Tokens};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let gaps = args.first().is_some_and(|a| a == "--gaps");
    if gaps {
        args.remove(0);
    }
    let show = std::env::var("SEG_GAPS_SHOW").ok().filter(|_| gaps);
    // Error mode: class -> [missed, false]. Gap mode: class -> [found, missed, no-end, false].
    let mut tally: BTreeMap<String, [u32; 4]> = BTreeMap::new();
    let mut toks = Tokens::default();
    for path in &args {
        let Ok(contents) = std::fs::read_to_string(path) else {
            eprintln!("{path}: unreadable");
            continue;
        };
        for gold in gold_documents(&contents) {
            let doc = segment_gold(&gold);
            let register = Register::of_paragraphs(&gold.text, gold.paragraphs.iter().copied());
            let reg = if register.is_informal() { "inf" } else { "edt" };
            let gold_ends: HashSet<u32> = gold.sentences.iter().map(|s| s.end).collect();
            let pred_ends: HashSet<u32> = doc.sentences.iter().map(|s| s.span.end).collect();
            for &para in &gold.paragraphs {
                toks.clear();
                tokenize_block(&gold.text, para, &mut toks);
                for i in 0..toks.len().saturating_sub(1) {
                    let e = toks.spans[i].end;
                    let (g, p) = (gold_ends.contains(&e), pred_ends.contains(&e));
                    let (kind, next) = (toks.kinds[i], toks.kinds[i + 1]);
                    if !gaps {
                        if g == p {
                            continue;
                        }
                        // Sentence length is not tracked here: gaps are checked as if
                        // early in a sentence.
                        let cand = is_candidate(&gold.text, &toks, i, 1);
                        let scored = if cand { " (scored)" } else { "" };
                        tally
                            .entry(format!("{kind:?}>{next:?}{scored}"))
                            .or_default()[p as usize] += 1;
                        continue;
                    }
                    if toks.spans[i + 1].start == e {
                        continue;
                    }
                    let key = format!("{reg} {kind:?}>{next:?}");
                    if show.as_deref().is_some_and(|c| key.ends_with(c)) {
                        let a = floor(&gold.text, (e as usize).saturating_sub(60));
                        let b = floor(&gold.text, (e as usize + 40).min(gold.text.len()));
                        println!(
                            "GAP {} {} {reg} {} {key} {}\u{2016}{}",
                            if g { "END" } else { "-- " },
                            if p { "P" } else { "." },
                            gold.paragraphs.len(),
                            gold.text[a..e as usize].replace('\n', "\u{b6}"),
                            gold.text[e as usize..b].replace('\n', "\u{b6}")
                        );
                    }
                    let column = match (g, p) {
                        (true, true) => 0,
                        (true, false) => 1,
                        (false, false) => 2,
                        (false, true) => 3,
                    };
                    tally.entry(key).or_default()[column] += 1;
                }
            }
        }
    }
    let mut rows: Vec<_> = tally.into_iter().collect();
    if gaps {
        rows.sort_by_key(|(_, r)| std::cmp::Reverse(r[1] + r[3]));
        println!(
            "{:<40} {:>6} {:>6} {:>7} {:>6}",
            "register gap class", "found", "missed", "no-end", "false"
        );
        for (k, r) in rows.iter().take(40) {
            println!("{k:<40} {:>6} {:>6} {:>7} {:>6}", r[0], r[1], r[2], r[3]);
        }
    } else {
        rows.sort_by_key(|(_, r)| std::cmp::Reverse(r[0] + r[1]));
        println!("{:<44} {:>6} {:>6}", "gap class", "missed", "false");
        for (k, [m, f, ..]) in rows {
            println!("{k:<44} {m:>6} {f:>6}");
        }
    }
}

/// The nearest char boundary of `text` at or before `at`.
fn floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
