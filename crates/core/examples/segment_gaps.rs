//! Tallies every gap between two tokens of a paragraph by the document's register and the
//! kinds around it: how many gold sentence ends it holds, how many of them the splitter
//! finds, and how many gaps of the class are no boundary (for judging which unscored
//! classes could be scored): `--example segment_gaps -- FILE.conllu...`.

use std::collections::{BTreeMap, HashSet};

use attache_core::segment::{gold_documents, segment_gold, tokenize_block, Register, Tokens};

fn main() {
    // class -> [gold ends found, gold ends missed, gaps without a gold end, false ends]
    let mut tally: BTreeMap<String, [u32; 4]> = BTreeMap::new();
    let mut toks = Tokens::default();
    // SEG_GAPS_SHOW=CLASS (e.g. `Colon>Upper`) prints every gap of that class.
    let show = std::env::var("SEG_GAPS_SHOW").ok();
    for path in std::env::args().skip(1) {
        let Ok(contents) = std::fs::read_to_string(&path) else {
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
                    if toks.spans[i + 1].start == e {
                        continue;
                    }
                    let (g, p) = (gold_ends.contains(&e), pred_ends.contains(&e));
                    let key = format!("{reg} {:?}>{:?}", toks.kinds[i], toks.kinds[i + 1]);
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
                    let row = tally.entry(key).or_default();
                    match (g, p) {
                        (true, true) => row[0] += 1,
                        (true, false) => row[1] += 1,
                        (false, false) => row[2] += 1,
                        (false, true) => row[3] += 1,
                    }
                }
            }
        }
    }
    let mut rows: Vec<_> = tally.into_iter().collect();
    rows.sort_by_key(|(_, r)| std::cmp::Reverse(r[1] + r[3]));
    println!(
        "{:<40} {:>6} {:>6} {:>7} {:>6}",
        "register gap class", "found", "missed", "no-end", "false"
    );
    for (k, r) in rows.iter().take(40) {
        println!("{k:<40} {:>6} {:>6} {:>7} {:>6}", r[0], r[1], r[2], r[3]);
    }
}

fn floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
