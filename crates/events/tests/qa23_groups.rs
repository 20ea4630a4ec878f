//! Session 23: sides named by a group noun the actors stage makes no mention of ("computer
//! makers", "creditors", "the public"): such a phrase fills an empty side by its text, with
//! no code; things, topics and places never do, and a group that is no side adds no actor.
//! Sentences are invented.

use crate::common;

use crate::qa22_sides::{has_side, sides};
use common::doc;

fn no_side_named(text: &str, name: &str) {
    let got = sides(text);
    assert!(!got.is_empty(), "{text}: no event");
    assert!(
        got.iter().all(|g| !g.contains(&format!("{name}["))),
        "{text}\nno side {name}\ngot {got:?}"
    );
}

#[test]
fn a_group_noun_object_fills_the_target() {
    has_side(
        "Chinese leaders rebuked computer makers on Monday.",
        "Chinese leaders[CHNGOV] -> computer makers[-] 111",
    );
}

#[test]
fn a_group_noun_after_the_entry_preposition_fills_the_target() {
    has_side(
        "President Joe Biden called on tobacco companies to stop advertising.",
        "Joe Biden[USAGOV] -> tobacco companies[-] 100",
    );
    has_side(
        "The Greek finance ministry reached an agreement with creditors.",
        "The Greek finance ministry[GRCGOV] -> creditors[-] 057",
    );
}

#[test]
fn the_public_asked_to_act_is_the_target() {
    has_side(
        "Kenyan police urged the public to stay home.",
        "Kenyan police[KENCOP] -> the public[-] 020",
    );
}

#[test]
fn a_group_noun_subject_fills_the_source() {
    has_side(
        "Holocaust survivors sued the German government.",
        "Holocaust survivors[-] -> the German government[DEUGOV] 115",
    );
}

#[test]
fn a_group_phrase_keeps_its_possessor_and_hyphened_words() {
    has_side(
        "The Indian minister met farmers' representatives.",
        "The Indian minister[INDGOV] -> farmers' representatives[-] 040",
    );
    has_side(
        "The Indian minister met low-income families.",
        "The Indian minister[INDGOV] -> low-income families[-] 040",
    );
}

#[test]
fn an_organisation_noun_fills_the_target() {
    has_side(
        "A Brazilian court ordered the utility to pay.",
        "A Brazilian court[BRAJUD] -> the utility[-] 100",
    );
}

#[test]
fn things_topics_and_places_fill_no_side() {
    for text in [
        "The French minister criticized the plan.",
        "The French president called for calm.",
        "The French leaders met in Geneva.",
    ] {
        let got = sides(text);
        assert!(!got.is_empty(), "{text}: no event");
        assert!(got.iter().all(|g| g.contains("-> ? ")), "{text}\n{got:?}");
    }
}

#[test]
fn a_group_noun_modifying_another_noun_is_no_side() {
    // "teachers" modifies "unions": never the side "the national teachers".
    no_side_named(
        "The French president was endorsed by the national teachers unions.",
        "the national teachers",
    );
    let got = sides("The French president was endorsed by the nurses unions.");
    assert!(
        got.iter()
            .any(|g| g.starts_with("the nurses unions[-] -> ") && g.ends_with(" 051")),
        "{got:?}"
    );
}

#[test]
fn a_group_that_is_no_side_adds_no_actor() {
    let d = doc("The French minister criticized the plan while farmers waited outside.");
    assert!(
        d.actors.iter().all(|a| a.name != "farmers"),
        "{:?}",
        d.actors.iter().map(|a| &a.name).collect::<Vec<_>>()
    );
}

#[test]
fn mentions_stay_in_text_order_with_a_group_added() {
    let d = doc("Holocaust survivors sued the German government and met Angela Merkel.");
    assert!(d.actors.iter().any(|a| a.name == "Holocaust survivors"));
    assert!(d
        .mentions
        .windows(2)
        .all(|w| w[0].span.start <= w[1].span.start));
    for (i, a) in d.actors.iter().enumerate() {
        for &m in &a.mentions {
            assert_eq!(d.mentions[m as usize].actor as usize, i, "{}", a.name);
        }
    }
}

#[test]
fn a_bare_singular_organisation_noun_is_no_side() {
    // Without a determiner, "company" names no one ("accused company of fraud" is headline
    // speech or a misparse); with one it does.
    no_side_named(
        "The Swedish government accused company of fraud.",
        "company",
    );
    has_side(
        "The Swedish government accused the company of fraud.",
        "The Swedish government[SWEGOV] -> the company[-] 1121",
    );
}

#[test]
fn a_group_side_gets_no_mirrored_record() {
    // A symmetric act with a group described by a common noun is one record, not two.
    let got = sides("The Indian minister met farmers' representatives.");
    assert_eq!(
        got,
        vec!["The Indian minister[INDGOV] -> farmers' representatives[-] 040".to_string()]
    );
}

#[test]
fn dropping_an_unused_group_keeps_every_reference_on_its_mention() {
    // "farmers" (no side) is added before coding and removed after it, between mentions
    // that events and a quote point at: every index after it moves down by one.
    let d = doc(
        "While farmers waited outside, the Greek finance ministry reached an agreement \
                 with creditors. \"The deal is done,\" Angela Merkel said after she met the \
                 ministry's officials.",
    );
    assert!(d.actors.iter().all(|a| a.name != "farmers"));
    assert!(d.actors.iter().any(|a| a.name == "creditors"));
    assert!(!d.events.is_empty() && !d.quotes.is_empty());
    let on_its_mention = |r: Option<attache_core::ActorRef>| {
        r.is_none_or(|r| {
            r.mention.is_none_or(|m| {
                d.mentions
                    .get(m as usize)
                    .is_some_and(|x| x.actor == r.actor)
            })
        })
    };
    for e in &d.events {
        assert!(
            on_its_mention(e.source) && on_its_mention(e.target),
            "{e:?}"
        );
    }
    for c in &d.commitments {
        assert!(on_its_mention(c.by) && on_its_mention(c.to), "{c:?}");
    }
    for q in &d.quotes {
        assert!(on_its_mention(q.speaker), "{q:?}");
        assert!(q.speakers.iter().all(|&s| on_its_mention(Some(s))), "{q:?}");
    }
    for (i, a) in d.actors.iter().enumerate() {
        for &m in &a.mentions {
            assert_eq!(d.mentions[m as usize].actor as usize, i, "{}", a.name);
        }
    }
}
