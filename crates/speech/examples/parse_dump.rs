//! Dumps the parse of every PolNeAR article of a split folder, one token a line, with
//! character offsets into the article text (for error analysis of content boundaries):
//! `cargo run --release -p attache-speech --features pipeline --example parse_dump -- DIR`
//! -> `name  index  start  end  word  upos  xpos  head  deprel  sentence`.

mod common;

use attache_core::span::CharIndex;
use attache_core::Document;
use attache_speech::eval::load_polnear;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: parse_dump DIR");
        std::process::exit(2);
    };
    let Ok(articles) = load_polnear(std::path::Path::new(&dir)) else {
        eprintln!("cannot read {dir}");
        std::process::exit(1);
    };
    let stages = common::pipeline_stages(true);
    for (name, text, _) in &articles {
        let mut doc = Document::from_plain(text);
        attache_core::run_stages(&stages, &mut doc);
        let chars = CharIndex::new(&doc.text);
        let mut sentence_of = vec![0usize; doc.tokens.len()];
        for (s, sent) in doc.sentences.iter().enumerate() {
            for t in sent.tokens.start..sent.tokens.end {
                if let Some(x) = sentence_of.get_mut(t as usize) {
                    *x = s;
                }
            }
        }
        for (t, tok) in doc.tokens.iter().enumerate() {
            let head = doc.head(t).map_or(-1, |h| h as i64);
            println!(
                "{name}\t{t}\t{}\t{}\t{}\t{}\t{}\t{head}\t{}\t{}",
                chars.char_offset(tok.span.start),
                chars.char_offset(tok.span.end),
                doc.word(t),
                tok.upos.as_str(),
                tok.xpos.as_str(),
                tok.deprel.as_str(),
                sentence_of[t],
            );
        }
    }
}
