//! Session 19: who the actors of real news are, on sentences of our own: KB people named
//! later by their given name alone.

mod common;

use common::{found, resolve_parsed};

#[test]
fn a_later_given_name_alone_is_the_kb_person_named_in_full() {
    let doc = resolve_parsed(
        "Iraqi President Saddam Hussein rejected the offer on Monday. Two days later Saddam \
         wrote to the envoys that his army would stay.",
        (1990, 9, 3),
    );
    assert_eq!(found(&doc, "Saddam").code.as_deref(), Some("IRQGOV"));
}

#[test]
fn a_given_name_shared_by_two_people_of_the_article_joins_neither() {
    // two Hillarys: the bare given name is no one's in particular
    let doc = resolve_parsed(
        "Hillary Clinton toured a factory in Ohio on Tuesday with the owner, Hillary \
         Brandstetter. Hillary told the workers the plant would grow.",
        (2016, 5, 3),
    );
    assert_eq!(found(&doc, "Hillary").code, None);
}

#[test]
fn a_given_name_after_a_relation_noun_or_before_junior_is_a_relative() {
    let doc = resolve_parsed(
        "Donald Trump spoke in Ohio on Friday. His son Donald Jr. greeted the crowd first, \
         and his nephew Donald waved from the stage.",
        (2016, 5, 3),
    );
    for m in &doc.mentions {
        let text = doc.slice(m.span);
        if text.starts_with("Donald") && m.span.start > 30 {
            assert_ne!(
                doc.actors[m.actor as usize].code.as_deref(),
                Some("USAELI"),
                "{text}\n{}",
                attache_actors::resolve::render_mentions(&doc)
            );
        }
    }
}
