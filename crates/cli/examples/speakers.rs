//! Lists every content-matched PolNeAR attribution whose speaker the scorer rejects (the
//! `SPEAKER` diagnostics of `eval::eval_quotes_with`) and counts them by class:
//! - `none.*`: no speaker printed; by the gold source's shape (`pronoun`, `relative`,
//!   `name` (capitalized), `description` (anything else));
//! - `wrong.carried`: a speaker printed for a quote with no cue (carried from the one
//!   before);
//! - `wrong.in_content`: the printed speaker lies inside the gold content (the content's
//!   subject, or the inner source of a nested report);
//! - `wrong.same_cue`: the gold and the prediction share the cue but not the source (a
//!   span the scorer rejects, an organisation against its spokesperson, ...);
//! - `wrong.other_cue`: another cue (the outer or inner report of a nested one, ...).
//!
//! `cargo run --release -p attache --example speakers -- DIR` (the CLI's pipeline, as
//! `attache eval quotes` runs it). With `SHOW=wrong` (any prefix of a class) every such
//! item is printed with the sentence around the content, gold and predicted source, cues.

use std::collections::BTreeMap;

mod common;

use common::spans;

fn class(f: &BTreeMap<&str, &str>, gold: &str) -> String {
    let (ps, g, gc, pc) = (
        spans(f["ps"]),
        spans(f["g"]),
        spans(f["gc"]),
        spans(f["pc"]),
    );
    let over = |a: &[(usize, usize)], b: &[(usize, usize)]| {
        a.iter()
            .any(|&(s, e)| b.iter().any(|&(x, y)| s < y && x < e))
    };
    if ps.is_empty() {
        let low = gold.trim().to_lowercase();
        let shape = match low.as_str() {
            "he" | "she" | "they" | "it" | "we" | "i" | "you" | "him" | "her" | "them" => "pronoun",
            "who" | "which" | "that" | "whom" => "relative",
            _ if gold.trim().starts_with(char::is_uppercase) => "name",
            _ => "description",
        };
        return format!("none.{shape}");
    }
    if pc.is_empty() {
        return "wrong.carried".into();
    }
    let inside = ps
        .iter()
        .any(|&(s, e)| g.iter().any(|&(x, y)| x <= s && e <= y));
    if inside {
        return "wrong.in_content".into();
    }
    if over(&gc, &pc) {
        return "wrong.same_cue".into();
    }
    "wrong.other_cue".into()
}

fn main() {
    let articles = common::articles_from_args("speakers DIR");
    let texts = common::char_texts(&articles);
    let show = std::env::var("SHOW").ok();
    let mut classes: BTreeMap<String, usize> = BTreeMap::new();
    let report = common::score(&articles, &mut |line| {
        let Some(body) = line.strip_prefix("SPEAKER ") else {
            return;
        };
        let parts: Vec<&str> = body.split('\t').collect();
        let name = parts[0];
        let f: BTreeMap<&str, &str> = parts[2..]
            .iter()
            .filter_map(|x| x.split_once('='))
            .collect();
        let gold = f.get("gold").map_or("", |g| g.trim_matches('"'));
        let key = class(&f, gold);
        *classes.entry(key.clone()).or_default() += 1;
        if show.as_deref().is_some_and(|s| key.starts_with(s)) {
            // The text from the line start before the content to the line end after it.
            let chars = &texts[name];
            let g = spans(f["g"]);
            let (a, b) = (
                g.iter().map(|s| s.0).min().unwrap_or(0),
                g.iter().map(|s| s.1).max().unwrap_or(0),
            );
            let from = chars[..a.min(chars.len())]
                .iter()
                .rposition(|&c| c == '\n')
                .map_or(0, |i| i + 1);
            let to = chars[b.min(chars.len())..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(chars.len(), |i| b + i);
            let context: String = chars[from..to].iter().collect();
            println!(
                "{key}\t{name}\t{}\tgold={}\tpred={}\tgcue={}\tpcue={}",
                parts[1], f["gold"], f["pred"], f["gcue"], f["pcue"]
            );
            println!("  T: {context}");
        }
    });
    for (k, n) in &classes {
        println!("{n:6} {k}");
    }
    print!("{}", report.render());
}
