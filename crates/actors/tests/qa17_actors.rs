//! Session 17: who the actors are, on sentences of our own: a title before a full name
//! whose given name is some KB person's surname.

mod common;

use common::{codes_of, named, resolve_parsed};

const DAY: (i32, u32, u32) = (2024, 3, 2);

/// The names of the actors with a mention of exactly `text`, sorted.
fn names_of(doc: &attache_core::Document, text: &str) -> Vec<String> {
    let mut names: Vec<String> = doc
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span) == text)
        .filter_map(|m| Some(doc.actors.get(m.actor as usize)?.name.clone()))
        .collect();
    names.sort();
    names
}

#[test]
fn a_title_before_a_full_name_keeps_a_given_name_that_is_a_kb_surname() {
    // "Rita" and "Thomas" are short forms of KB people (a Timorese minister, a Grenadian
    // prime minister); after a title they open someone else's full name
    for (text, mention, name, later) in [
        (
            "On Monday, Governor Rita Okafor toured the flooded valley. Okafor said the state would rebuild.",
            "Governor Rita Okafor",
            "Rita Okafor",
            "Okafor",
        ),
        (
            "Commissioner Thomas Brandauer opened the hearing. Brandauer called the first witness.",
            "Commissioner Thomas Brandauer",
            "Thomas Brandauer",
            "Brandauer",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        let listing = attache_actors::resolve::render_mentions(&doc);
        assert_eq!(names_of(&doc, mention), [name], "{listing}");
        assert_eq!(names_of(&doc, later), [name], "{listing}");
        assert_eq!(named(&doc, name).code, None, "{listing}");
        assert!(codes_of(&doc, "Rita").is_empty() && codes_of(&doc, "Thomas").is_empty());
    }
}
