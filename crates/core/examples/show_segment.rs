//! Prints the sentences and tokens of a plain-text file (one paragraph per line), for
//! looking at what the segmenter does: `--example show_segment -- FILE [--tokens]`.

use attache_core::Document;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: show_segment FILE [--tokens]");
        std::process::exit(2);
    };
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("{path}: unreadable");
        std::process::exit(2);
    };
    let tokens = args.iter().any(|a| a == "--tokens");
    let doc = Document::from_plain(&text);
    for (i, s) in doc.sentences.iter().enumerate() {
        println!("[{i} b{}] {}", s.block, doc.slice(s.span));
        if tokens {
            let words: Vec<&str> = (s.tokens.start..s.tokens.end)
                .map(|t| doc.word(t as usize))
                .collect();
            println!("    {}", words.join(" | "));
        }
    }
}
