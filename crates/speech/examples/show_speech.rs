//! Prints the quotes of a text file, one per line:
//! `cargo run -p attache-speech --example show_speech -- FILE`.

use attache_core::{Document, Stage};
use attache_speech::{render_quotes, QuoteAttribution};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: show FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let mut doc = Document::from_plain(&text);
    QuoteAttribution::new().run(&mut doc);
    print!("{}", render_quotes(&doc));
}
