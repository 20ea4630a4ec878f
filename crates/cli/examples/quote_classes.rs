//! Counts why PolNeAR attributions and predicted quotes go unmatched, by the scorer's
//! `CLASS` diagnostics (`eval::classes`): gold contents no prediction touches (`none`),
//! merged into or split across predictions matched elsewhere (`merged`, `split`), or cut
//! differently (`long`, `short`, `shifted`); predictions with no gold word (`none`, by cue
//! class), overlapping a gold matched elsewhere (`dup`) or cut differently.
//! `cargo run --release -p attache --example quote_classes -- DIR` (the CLI's pipeline,
//! as `attache eval quotes` runs it).
//! Boundary classes are also counted by where the prediction's ends lie against the
//! gold's (`start`/`end` in words: `early`, `same`, `late`). With `SHOW=gold.long` (any
//! prefix of `side.class`) every such item is printed with both texts.

use std::collections::BTreeMap;

mod common;

fn main() {
    let articles = common::articles_from_args("quote_classes DIR");
    let texts = common::char_texts(&articles);
    let show = std::env::var("SHOW").ok();
    let mut classes: BTreeMap<String, usize> = BTreeMap::new();
    let mut ends: BTreeMap<String, usize> = BTreeMap::new();
    let report = common::score(&articles, &mut |line| {
        let Some(body) = line.strip_prefix("CLASS ") else {
            return;
        };
        let f: Vec<&str> = body.split('\t').collect();
        let (name, side, class) = (f[0], f[1], f[2]);
        let mut key = format!("{side}.{class}");
        if side == "pred" && class == "none" {
            key = format!("{key}.{}", f[4]);
        }
        *classes.entry(key.clone()).or_default() += 1;
        if let Some(pos) = f.iter().find(|x| x.starts_with("start=")) {
            let mut it = pos.split(' ').map(|w| {
                let n: i64 = w
                    .split('=')
                    .nth(1)
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                match n.signum() {
                    -1 => "early",
                    0 => "same",
                    _ => "late",
                }
            });
            let (s, e) = (it.next().unwrap_or(""), it.next().unwrap_or(""));
            *ends
                .entry(format!("{side}.{class} start {s} end {e}"))
                .or_default() += 1;
        }
        if show.as_deref().is_some_and(|s| key.starts_with(s)) {
            let text = |field: &str| -> String {
                let Some(spans) = f.iter().find_map(|x| x.strip_prefix(field)) else {
                    return String::new();
                };
                let chars = &texts[name];
                common::spans(spans)
                    .into_iter()
                    .map(|(a, b)| {
                        chars[a.min(chars.len())..b.min(chars.len())]
                            .iter()
                            .collect::<String>()
                    })
                    .collect::<Vec<_>>()
                    .join(" | ")
                    .replace('\n', " ")
            };
            println!(
                "{key}\t{name}\t{}",
                f[3..]
                    .iter()
                    .filter(|x| !x.contains('=') || x.starts_with("start"))
                    .copied()
                    .collect::<Vec<_>>()
                    .join("\t")
            );
            if std::env::var("OFFS").is_ok() {
                println!(
                    "  O: {}",
                    f.iter()
                        .filter(|x| x.starts_with("g=") || x.starts_with("c="))
                        .copied()
                        .collect::<Vec<_>>()
                        .join(" ")
                );
            }
            println!("  G: {}", text("g="));
            println!("  P: {}", text("p="));
            if f.iter().any(|x| x.starts_with("c=")) {
                println!("  C: {}", text("c="));
            }
            if f.iter().any(|x| x.starts_with("s=")) {
                println!("  S: {}", text("s="));
            }
        }
    });
    for (k, n) in &classes {
        println!("{n:6} {k}");
    }
    for (k, n) in &ends {
        println!("{n:6} {k}");
    }
    print!("{}", report.render());
}
