//! Scores the event coder with the full pipeline (syntax, actors, times, places, quotes).
//!
//! cargo run --release -p attache-events --example eval_events -- [--gold FILE] [--surface]
//!     [--cameo-manual FILE] [--dictionaries DIR] [--show]
//! Prints the report on all lines, on the tuning part (i % 4 != 3) and on the held-out part
//! (i % 4 == 3). `--surface` drops the parse (tests the coder's surface reading).

use std::sync::Arc;

use attache_core::{Date, Document, Published, Stage};
use attache_events::{coded_events, eval_events, EventCoding};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let opt = |k: &str| {
        args.iter()
            .position(|a| a == k)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let surface = args.iter().any(|a| a == "--surface");
    let show = args.iter().any(|a| a == "--show");
    let gold_path = opt("--gold")
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/data/eval/events.jsonl").into());
    let kb = Arc::new(attache_kb::Kb::embedded().expect("kb"));
    let mut stages: Vec<Box<dyn Stage>> = Vec::new();
    if !surface {
        stages.push(Box::new(
            attache_syntax::SyntaxStage::embedded().expect("syntax"),
        ));
    }
    stages.push(Box::new(
        attache_actors::ActorResolution::with_builtin_model(kb).expect("actors"),
    ));
    stages.push(Box::new(attache_time::TimeNormalization::new()));
    stages.push(Box::new(attache_geo::PlaceResolution::new(Arc::new(
        attache_geo::Gazetteer::embedded().expect("gazetteer"),
    ))));
    stages.push(Box::new(attache_speech::QuoteAttribution::new()));
    let coder = match opt("--dictionaries") {
        Some(dir) => {
            EventCoding::with_dictionaries(std::path::Path::new(&dir)).expect("dictionaries")
        }
        None => EventCoding::standard().expect("lexicon"),
    };
    stages.push(Box::new(coder));
    let run = |text: &str, date: Option<Date>| -> Document {
        let mut doc = Document::from_plain(text);
        doc.published = date.map(Published::day);
        for s in &stages {
            s.run(&mut doc);
        }
        doc
    };
    if let Some(path) = opt("--cameo-manual") {
        let text = std::fs::read_to_string(&path).expect("manual examples");
        let mut gold = String::new();
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("json");
            let ex = v["example"].as_str().unwrap_or("");
            let ex = ex.split("Note:").next().unwrap_or("").trim();
            let code = v["code"].as_str().unwrap_or("");
            if ex.is_empty() || code.len() < 3 {
                continue;
            }
            let g = serde_json::json!({"id": code, "text": ex, "date": null,
                "expected_events": [{"source": null, "target": null, "code": code}]});
            gold.push_str(&g.to_string());
            gold.push('\n');
        }
        if show {
            // One line per example: its code, the roots coded, and the rules that fired.
            for line in gold.lines() {
                let v: serde_json::Value = serde_json::from_str(line).expect("json");
                let doc = run(v["text"].as_str().unwrap_or(""), None);
                let want = v["id"].as_str().unwrap_or("");
                let got: Vec<String> = doc
                    .events
                    .iter()
                    .map(|e| format!("{}:{}", e.cameo, e.evidence.rule))
                    .collect();
                let hit = doc.events.iter().any(|e| e.cameo.get(..2) == want.get(..2));
                let mark = if hit { "ok" } else { "XX" };
                println!(
                    "{mark} {want} {got:?} | {}",
                    v["text"].as_str().unwrap_or("")
                );
            }
        }
        let r = eval_events(&gold, &run).expect("eval");
        println!("CAMEO manual examples (root row is the figure; dyad rows are meaningless here)");
        print!("{}", r.render());
        return;
    }
    let gold = std::fs::read_to_string(&gold_path).expect("gold file");
    let lines: Vec<&str> = gold.lines().filter(|l| !l.trim().is_empty()).collect();
    let part = |held: bool| -> String {
        lines
            .iter()
            .enumerate()
            .filter(|(i, _)| (i % 4 == 3) == held)
            .map(|(_, l)| format!("{l}\n"))
            .collect()
    };
    if show {
        // Only the tuning part is shown: the held-out lines are never looked at.
        for l in lines
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 4 != 3)
            .map(|(_, l)| l)
        {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let text = v["text"].as_str().unwrap_or("");
            let date = v["date"].as_str().and_then(|d| {
                let p: Vec<u32> = d.split('-').filter_map(|x| x.parse().ok()).collect();
                Date::new(*p.first()? as i32, *p.get(1)?, *p.get(2)?)
            });
            let doc = run(text, date);
            let got: Vec<String> = coded_events(&doc)
                .iter()
                .map(|e| {
                    format!(
                        "{}>{}:{}",
                        e.source.as_deref().unwrap_or("-"),
                        e.target.as_deref().unwrap_or("-"),
                        e.code
                    )
                })
                .collect();
            let want: Vec<String> = v["expected_events"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    format!(
                        "{}>{}:{}",
                        e["source"].as_str().unwrap_or("-"),
                        e["target"].as_str().unwrap_or("-"),
                        e["code"].as_str().unwrap_or("")
                    )
                })
                .collect();
            let mut g = got.clone();
            g.sort();
            let mut w = want.clone();
            w.sort();
            let mark = if g == w { "ok " } else { "XX " };
            let rules: Vec<&str> = doc
                .events
                .iter()
                .map(|e| e.evidence.rule.as_str())
                .collect();
            let ments: Vec<String> = doc
                .mentions
                .iter()
                .map(|m| {
                    format!(
                        "{}={}",
                        doc.slice(m.span),
                        doc.actors[m.actor as usize].code.as_deref().unwrap_or("?")
                    )
                })
                .collect();
            println!(
                "{mark}{} | {text}\n    want {w:?}\n    got  {g:?} {rules:?}\n    ments {ments:?}",
                v["id"].as_str().unwrap_or("")
            );
        }
    }
    for (name, text) in [
        ("all", gold.clone()),
        ("tune", part(false)),
        ("held-out", part(true)),
    ] {
        let r = eval_events(&text, &run).expect("eval");
        println!("== {name}");
        print!("{}", r.render());
    }
}
