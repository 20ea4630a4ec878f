//! Prints the time expressions of a text: `show YYYY-MM-DD "text"` (a development aid).

use attache_core::{Date, Document, Published, Stage};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (date, text) = match args.as_slice() {
        [d, t] => (d.clone(), t.clone()),
        _ => {
            eprintln!("usage: show YYYY-MM-DD TEXT");
            std::process::exit(2);
        }
    };
    let mut doc = Document::from_plain(&text);
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
