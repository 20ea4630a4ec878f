//! Prints the quote scorer's per-item diagnostics (`MATCH`, `FALSE`, `MISS`, ... lines of
//! `eval::eval_quotes_with`) for a PolNeAR split folder, as `attache eval quotes` runs the
//! pipeline, so the quotes each cue makes can be counted:
//! `cargo run --release -p attache --example cue_diag -- DIR | grep -c '^FALSE.*cue="voted"'`.

use attache_core::Document;
use attache_speech::eval::{eval_quotes_with, load_polnear};

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: cue_diag DIR");
        std::process::exit(2);
    };
    let articles = match load_polnear(std::path::Path::new(&dir)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("cannot read {dir}: {e}");
            std::process::exit(1);
        }
    };
    let pipeline = match attache::pipeline::Pipeline::build(&Default::default()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let run = |text: &str| {
        let mut doc = Document::with_line_blocks("eval", text);
        pipeline.run(&mut doc);
        doc
    };
    let report = eval_quotes_with(&articles, &run, &mut |line| {
        println!("{}", line.replace('\n', " "));
    });
    print!("{}", report.render());
}
