//! Custom lexicons: a user pattern file and a PETRARCH-format verb dictionary in a folder.

use attache_core::{Actor, ActorKind, Document, Mention, MentionForm, Stage};
use attache_events::{EventCoding, Lexicon, Ontology};

fn two_actor_doc(text: &str, a: &str, b: &str) -> Document {
    let mut doc = Document::from_plain(text);
    for (i, (w, code)) in [(a, "AAA"), (b, "BBB")].into_iter().enumerate() {
        let at = doc.text.find(w).unwrap();
        doc.actors.push(Actor {
            name: w.into(),
            kind: ActorKind::Country,
            code: Some(code.into()),
            country: None,
            role: None,
            kb_id: None,
            mentions: vec![i as u32],
        });
        doc.mentions.push(Mention {
            span: attache_core::Span::new(at, at + w.len()),
            actor: i as u32,
            form: MentionForm::Name,
            sentence: 0,
        });
    }
    doc
}

/// A temporary directory, removed when the guard is dropped (also when a test fails).
struct Scratch(std::path::PathBuf);

impl std::ops::Deref for Scratch {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("attache-events-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}

#[test]
fn user_pattern_file_adds_a_trigger() {
    let dir = scratch("user");
    let path = dir.join("mine.patterns");
    std::fs::write(&path, "# my entries\nmine.snub 111 snub tgt=obj\n").unwrap();
    let o = Ontology::load().unwrap();
    let lex = Lexicon::load_with(&o, &path).unwrap();
    let coder = EventCoding::new(lex, o);
    let mut doc = two_actor_doc("Arland snubbed Borduria.", "Arland", "Borduria");
    coder.run(&mut doc);
    assert_eq!(doc.events.len(), 1);
    assert_eq!(
        (
            doc.events[0].cameo.as_str(),
            doc.events[0].evidence.rule.as_str()
        ),
        ("111", "mine.snub")
    );
}

#[test]
fn petrarch_dictionary_folder_extends_the_coder() {
    let dir = scratch("petr");
    std::fs::write(
        dir.join("small.verbs"),
        "####### VERB PATTERNS #######\n--- RUFFLE [---] ---\nRUFFLE\n- * FEATHERS [111]\n",
    )
    .unwrap();
    std::fs::write(dir.join("extra.patterns"), "extra.shun 120 shun tgt=obj\n").unwrap();
    let coder = EventCoding::with_dictionaries(&dir).unwrap();
    let mut doc = two_actor_doc(
        "Arland ruffled the feathers of Borduria. Arland shunned Borduria.",
        "Arland",
        "Borduria",
    );
    // Second sentence's mentions.
    let at = doc.text.rfind("Arland").unwrap();
    doc.mentions.push(Mention {
        span: attache_core::Span::new(at, at + 6),
        actor: 0,
        form: MentionForm::Name,
        sentence: 1,
    });
    let at = doc.text.rfind("Borduria").unwrap();
    doc.mentions.push(Mention {
        span: attache_core::Span::new(at, at + 8),
        actor: 1,
        form: MentionForm::Name,
        sentence: 1,
    });
    coder.run(&mut doc);
    let codes: Vec<&str> = doc.events.iter().map(|e| e.cameo.as_str()).collect();
    assert_eq!(codes, ["111", "120"], "{:?}", doc.events);
    assert!(doc.events[0].evidence.rule.starts_with("petrarch.ruffle."));
    let bad = scratch("bad");
    std::fs::write(bad.join("broken.patterns"), "x 040 meet nonsense=1\n").unwrap();
    let e = EventCoding::with_dictionaries(&bad)
        .err()
        .expect("lint error");
    assert_eq!((e.code, e.line), ("EV012", 1));
}
