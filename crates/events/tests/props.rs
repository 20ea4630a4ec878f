//! No input panics the coder: random text, random mentions, random partial parses.

use attache_core::{Actor, ActorKind, Deprel, Document, Mention, MentionForm, Stage, NO_HEAD};
use attache_events::EventCoding;
use proptest::prelude::*;

const RELS: &[&str] = &[
    "nsubj",
    "nsubj:pass",
    "obj",
    "obl",
    "case",
    "conj",
    "xcomp",
    "ccomp",
    "advcl",
    "mark",
    "aux",
    "advmod",
    "root",
    "acl",
];

fn doc_from(text: &str, picks: &[(u8, u8, u8)]) -> Document {
    let mut doc = Document::from_plain(text);
    doc.actors.push(Actor {
        name: "X".into(),
        kind: ActorKind::Country,
        code: Some("RUS".into()),
        country: None,
        role: None,
        kb_id: None,
        mentions: vec![],
    });
    let n = doc.tokens.len();
    for (i, &(a, b, c)) in picks.iter().enumerate() {
        if n == 0 {
            break;
        }
        let t = a as usize % n;
        if i % 2 == 0 {
            let span = doc.tokens[t].span;
            let sentence = doc.sentence_at(span.start).unwrap_or(0) as u32;
            doc.mentions.push(Mention {
                span,
                actor: 0,
                form: MentionForm::Name,
                sentence,
            });
        } else {
            let h = b as usize % (n + 1);
            doc.tokens[t].head = if h == n { NO_HEAD } else { h as u32 };
            doc.tokens[t].deprel = Deprel::from_label(RELS[c as usize % RELS.len()]);
        }
    }
    doc
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn coder_never_panics(text in "[A-Za-z ,.;:'\"()\u{e9}\u{201c}\u{201d}-]{0,160}", picks in proptest::collection::vec((any::<u8>(), any::<u8>(), any::<u8>()), 0..24)) {
        let coder = EventCoding::standard().unwrap();
        let mut doc = doc_from(&text, &picks);
        coder.run(&mut doc);
        for e in &doc.events {
            prop_assert!(e.source.is_some() || e.target.is_some());
        }
    }

    #[test]
    fn wire_words_never_panic(words in proptest::collection::vec(prop::sample::select(vec![
        "Russia", "attacked", "met", "with", "and", "not", "if", "will", "was", "by", "accused", "of", "to",
        "promised", "that", "the", "Ukraine", "called", "on", ",", ".", "demanded", "never", "talks", "held",
    ]), 0..40), picks in proptest::collection::vec((any::<u8>(), any::<u8>(), any::<u8>()), 0..30)) {
        let coder = EventCoding::standard().unwrap();
        let mut doc = doc_from(&words.join(" "), &picks);
        coder.run(&mut doc);
    }
}
