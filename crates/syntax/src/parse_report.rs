//! Evaluation reports of the parser (for `bench_parser` and `parser_exp`, not the hot path):
//! which labels it confuses on words whose head it gets right.

use crate::parser::{parse_each_word, ParseExample, Parser};
use attache_core::tags::{Deprel, DEPREL_LABELS};
use std::collections::HashMap;

/// The label confusions on right heads (counts by gold and given label id) as a report:
/// the commonest confusions first, then each gold label's share right, its worst first.
pub fn confusion_report(confusion: &HashMap<(u8, u8), usize>) -> String {
    use std::fmt::Write;
    let name = |l: u8| DEPREL_LABELS.get(l as usize).copied().unwrap_or("?");
    let total: usize = confusion.values().sum();
    let wrong: usize = confusion
        .iter()
        .filter(|((g, p), _)| g != p)
        .map(|(_, c)| c)
        .sum();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "labels on right heads: {wrong} of {total} wrong ({:.2}% right)",
        100.0 * (total - wrong) as f64 / total.max(1) as f64
    );
    let mut pairs: Vec<_> = confusion.iter().filter(|((g, p), _)| g != p).collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let _ = writeln!(out, "gold -> predicted: count");
    for ((g, p), c) in pairs.iter().take(40) {
        let _ = writeln!(out, "  {:>12} -> {:<12} {c}", name(*g), name(*p));
    }
    let mut by_gold: std::collections::BTreeMap<u8, (usize, usize)> = Default::default();
    for (&(g, p), &c) in confusion {
        let e = by_gold.entry(g).or_default();
        e.0 += c;
        e.1 += (g == p) as usize * c;
    }
    let mut rows: Vec<_> = by_gold.into_iter().collect();
    rows.sort_by_key(|&(_, (n, right))| std::cmp::Reverse(n - right));
    let _ = writeln!(out, "gold label: right / total (errors)");
    for (g, (n, right)) in rows.iter().take(30) {
        let _ = writeln!(out, "  {:>12}: {right} / {n} ({})", name(*g), n - right);
    }
    out
}

/// How often each gold label (by id) was given each label, over the words of `sents`
/// whose head `parser` got right.
pub fn label_confusion(parser: &Parser, sents: &[ParseExample]) -> HashMap<(u8, u8), usize> {
    let mut confusion = HashMap::new();
    parse_each_word(parser, sents, |gold_head, gold_label, head, label| {
        if gold_head == Some(head) {
            let gold = gold_label.unwrap_or(Deprel::NONE);
            *confusion.entry((gold.0, label.0)).or_default() += 1;
        }
    });
    confusion
}
