//! Prints the time expressions of a text: `show YYYY-MM-DD "text" [--syntax]` (a development
//! aid). `--syntax` tags and parses the text first, as the pipeline does; it needs the example
//! built with `--features syntax-eval`.

use attache_core::{Date, Document, Published, Stage};

/// The syntax stage, when asked for and built in.
#[cfg(feature = "syntax-eval")]
fn parse(doc: &mut Document) {
    match attache_syntax::SyntaxStage::embedded() {
        Ok(stage) => stage.run(doc),
        Err(e) => {
            eprintln!("cannot load the syntax models: {e}");
            std::process::exit(2);
        }
    }
}

#[cfg(not(feature = "syntax-eval"))]
fn parse(_: &mut Document) {
    eprintln!("--syntax needs the example built with `--features syntax-eval`");
    std::process::exit(2);
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let syntax = args.iter().any(|a| a == "--syntax");
    args.retain(|a| a != "--syntax");
    let (date, text) = match args.as_slice() {
        [d, t] => (d.clone(), t.clone()),
        _ => {
            eprintln!("usage: show YYYY-MM-DD TEXT");
            std::process::exit(2);
        }
    };
    let mut doc = Document::from_plain(&text);
    if syntax {
        parse(&mut doc);
    }
    let parts: Vec<u32> = date.split('-').filter_map(|p| p.parse().ok()).collect();
    if let [y, m, d] = parts.as_slice() {
        doc.published = Date::new(*y as i32, *m, *d).map(Published::day);
    }
    attache_time::TimeNormalization::new().run(&mut doc);
    for t in &doc.times {
        println!(
            "{:?}\t{}\t{:?}\t{:?}",
            doc.slice(t.span),
            t.value.as_deref().unwrap_or("None"),
            t.kind,
            t.interval.map(|(a, b)| format!("{a}..{b}"))
        );
    }
    for w in &doc.warnings {
        println!("{w}");
    }
}
