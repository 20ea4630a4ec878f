//! Dumps predicted quotes of a PolNeAR split as TSV (character offsets), for error
//! analysis: `dump DIR` -> `name kind start end cue_start cue_end src_start src_end nested`.

use attache_core::span::CharIndex;
use attache_core::{Document, Stage};
use attache_speech::{eval::load_polnear, QuoteAttribution};

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: dump DIR");
        std::process::exit(2);
    };
    let Ok(articles) = load_polnear(std::path::Path::new(&dir)) else {
        eprintln!("cannot read {dir}");
        std::process::exit(1);
    };
    let stage = QuoteAttribution::new();
    for (name, text, _) in &articles {
        let mut doc = Document::from_plain(text);
        stage.run(&mut doc);
        let ci = CharIndex::new(&doc.text);
        let c = |s: Option<attache_core::Span>| {
            s.map_or((-1i64, -1i64), |s| {
                (ci.char_offset(s.start) as i64, ci.char_offset(s.end) as i64)
            })
        };
        for q in &doc.quotes {
            let (a, b) = c(Some(q.span));
            let (ca, cb) = c(q.cue);
            let (sa, sb) = c(q.source);
            println!(
                "{name}\t{}\t{a}\t{b}\t{ca}\t{cb}\t{sa}\t{sb}\t{}",
                q.kind.as_str(),
                q.reported_by.is_some()
            );
        }
    }
}
