//! Model files: missing or damaged files give typed errors, never a panic.

use attache_syntax::{Syntax, LEMMA_FILE, PARSER_FILE, TAGGER_FILE};

#[test]
fn missing_directory_is_an_unreadable_file_error() {
    let e = Syntax::load(std::path::Path::new("/nonexistent/attache-models")).err();
    assert_eq!(e.map(|e| e.code), Some("SYN001"));
}

#[test]
fn truncated_or_foreign_weights_are_malformed_model_errors() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models");
    let tagger = std::fs::read(dir.join(TAGGER_FILE)).expect("committed tagger");
    let parser = std::fs::read(dir.join(PARSER_FILE)).expect("committed parser");
    let lemmas = std::fs::read_to_string(dir.join(LEMMA_FILE)).expect("committed lemmas");
    assert!(Syntax::from_parts(&tagger, &lemmas, &parser).is_ok());
    for cut in [0, 5, 100, tagger.len() / 2, tagger.len() - 1] {
        let e = Syntax::from_parts(&tagger[..cut], &lemmas, &parser).err();
        assert_eq!(e.map(|e| e.code), Some("SYN002"), "tagger cut at {cut}");
    }
    let e = Syntax::from_parts(&parser, &lemmas, &parser).err();
    assert_eq!(e.map(|e| e.code), Some("SYN002"));
    let e = Syntax::from_parts(&tagger, &lemmas, &parser[..parser.len() - 3]).err();
    assert_eq!(e.map(|e| e.code), Some("SYN002"));
    let e = Syntax::from_parts(&tagger, "R\tNOPE\tx\t0\t\tkeep\n", &parser).err();
    assert!(e.is_some_and(|e| e.code == "SYN002" && e.message.contains("lemmas.tsv:1:")));
}
