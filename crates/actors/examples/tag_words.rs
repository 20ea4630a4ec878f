//! Prints the name tagger's spans for each line of stdin (words split on spaces).
use std::io::BufRead;

fn main() {
    let tagger = attache_actors::NameTagger::builtin().expect("model");
    let finder = attache_actors::NameFinder::new(tagger, attache_actors::default_gazetteer());
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("line");
        let words: Vec<&str> = line.split(' ').collect();
        let spans = finder.find(&words);
        for s in spans {
            println!("{:?} {}", s.kind, words[s.start..s.end].join(" "));
        }
        println!("--");
    }
}
