//! Prints the tokens and sentences of a text file (debugging aid).
use attache_core::Document;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let doc = Document::from_plain(&text);
    for (i, s) in doc.sentences.iter().enumerate() {
        let words: Vec<&str> = (s.tokens.start..s.tokens.end)
            .map(|t| doc.word(t as usize))
            .collect();
        println!("S{i} b{}: {}", s.block, words.join(" | "));
    }
}
