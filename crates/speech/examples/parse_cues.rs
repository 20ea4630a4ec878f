//! Error analysis of parse-based cues on a PolNeAR split (counts only):
//! `cargo run --release -p attache-speech --features pipeline --example parse_cues -- DIR`.
//! For every gold attribution, the parse around its cue word; for every verb or noun with
//! a clausal complement, whether the gold calls it a cue.

mod common;

use std::collections::HashMap;

use attache_core::span::CharIndex;
use attache_core::Document;
use attache_speech::eval::{brat_items, load_polnear};

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: parse_cues DIR");
        std::process::exit(2);
    };
    let Ok(articles) = load_polnear(std::path::Path::new(&dir)) else {
        eprintln!("cannot read {dir}");
        std::process::exit(1);
    };
    let stages = common::pipeline_stages(true);
    // Counters keyed by a description.
    let mut counts: HashMap<String, (u64, u64)> = HashMap::new();
    let mut bump = |key: String, hit: bool| {
        let e = counts.entry(key).or_default();
        e.0 += 1;
        e.1 += u64::from(hit);
    };
    for (_, text, anns) in &articles {
        let Some(ann) = anns.first() else { continue };
        let mut doc = Document::from_plain(text);
        attache_core::run_stages(&stages, &mut doc);
        let chars = CharIndex::new(&doc.text);
        let tok_chars: Vec<(usize, usize)> = doc
            .tokens
            .iter()
            .map(|t| {
                (
                    chars.char_offset(t.span.start) as usize,
                    chars.char_offset(t.span.end) as usize,
                )
            })
            .collect();
        let (items, _) = brat_items(ann);
        let n = doc.tokens.len();
        let mut gold_cue = vec![false; n];
        for item in &items {
            for (t, &(a, b)) in tok_chars.iter().enumerate() {
                if item.cue.iter().any(|&(s, e)| a < e && s < b) {
                    gold_cue[t] = true;
                }
            }
        }
        let mut pred_cue = vec![false; n];
        let mut pred_content = vec![false; n];
        for q in &doc.quotes {
            for (t, tok) in doc.tokens.iter().enumerate() {
                if q.cue.is_some_and(|c| c.overlaps(tok.span)) {
                    pred_cue[t] = true;
                }
                if q.span.overlaps(tok.span) {
                    pred_content[t] = true;
                }
            }
        }
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
        for t in 0..n {
            if let Some(h) = doc.head(t) {
                if h < n {
                    children[h].push(t);
                }
            }
        }
        for t in 0..n {
            let tok = &doc.tokens[t];
            let upos = tok.upos.as_str();
            let comp: Vec<&str> = children[t]
                .iter()
                .map(|&c| doc.tokens[c].deprel.as_str())
                .filter(|d| matches!(*d, "ccomp" | "xcomp" | "acl" | "parataxis"))
                .collect();
            if !matches!(upos, "VERB" | "NOUN" | "ADJ" | "AUX") {
                continue;
            }
            let covered = pred_cue[t] || pred_content[t];
            let subj = children[t]
                .iter()
                .find(|&&c| doc.tokens[c].deprel.as_str().starts_with("nsubj"))
                .copied();
            let subj_kind = match subj {
                None => "nosubj",
                Some(s) => {
                    let st = &doc.tokens[s];
                    if doc.mentions.iter().any(|m| m.span.overlaps(st.span)) {
                        "mention"
                    } else if st.upos.is("PRON") {
                        "pron"
                    } else if st.upos.is("PROPN") {
                        "propn"
                    } else {
                        "other"
                    }
                }
            };
            for d in &comp {
                // Content of a ccomp starting with a that/whether mark?
                bump(
                    format!("{upos}\t{d}\t{subj_kind}\tcovered={covered}"),
                    gold_cue[t],
                );
                if !covered && gold_cue[t] && *d == "ccomp" && upos == "VERB" {
                    bump(format!("LEMMA-hit\t{}", doc.lemma(t)), true);
                }
                if !covered && *d == "ccomp" && upos == "VERB" {
                    bump(format!("LEMMA\t{}", doc.lemma(t)), gold_cue[t]);
                    if std::env::var("SHOW").is_ok_and(|l| l == doc.lemma(t)) {
                        let s = doc.sentence_at(tok.span.start).unwrap_or(0);
                        let sp = doc.sentences[s].span;
                        eprintln!("{}\t{subj_kind}\t{}", gold_cue[t], doc.slice(sp));
                    }
                }
            }
            if gold_cue[t] && !pred_cue[t] && comp.is_empty() {
                let deps: Vec<&str> = children[t]
                    .iter()
                    .map(|&c| doc.tokens[c].deprel.as_str())
                    .collect();
                bump(format!("NOCOMP\t{upos}\t{}", deps.join(",")), true);
            }
        }
    }
    let mut rows: Vec<(String, (u64, u64))> = counts.into_iter().collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1 .0));
    for (k, (n, hit)) in rows {
        if n >= 15 || (k.starts_with("LEMMA\t") && n >= 4) {
            println!("{n}\t{hit}\t{:.2}\t{k}", hit as f64 / n as f64);
        }
    }
}
