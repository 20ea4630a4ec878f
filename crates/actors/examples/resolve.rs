//! Prints the actors and mentions of a plain-text article, one mention a line.
//!
//! cargo run --release -p attache-actors --example resolve -- FILE [YYYY-MM-DD] [SKIP_LINES]

use attache_actors::resolve::render_mentions;
use attache_actors::ActorResolution;
use attache_core::{Date, Document, Published, Stage};
use attache_kb::Kb;
use std::sync::Arc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: resolve FILE [YYYY-MM-DD] [SKIP_LINES]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let skip = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body: Vec<&str> = text.lines().skip(skip).collect();
    let mut doc = Document::from_plain(&body.join("\n"));
    doc.published = args.get(2).and_then(|d| {
        let mut p = d.split('-').filter_map(|x| x.parse::<u32>().ok());
        Date::new(p.next()? as i32, p.next()?, p.next()?).map(Published::day)
    });
    let stage = match Kb::embedded()
        .map_err(|e| e.to_string())
        .and_then(|kb| ActorResolution::with_builtin_model(Arc::new(kb)).map_err(|e| e.to_string()))
    {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    stage.run(&mut doc);
    print!("{}", render_mentions(&doc));
    for w in &doc.warnings {
        println!("warning: {w}");
    }
}
