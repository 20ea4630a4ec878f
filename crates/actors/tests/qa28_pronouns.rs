//! Session 28: "it" and "they" standing for an organisation, a state or a group, on
//! sentences of our own (sides left empty although the text names the party).

use crate::common;

use common::{found, resolve_parsed};

#[test]
fn it_opening_a_sentence_is_the_state_that_opened_the_one_before_as_its_subject() {
    let doc = resolve_parsed(
        "Iraq rejected the plan on Monday. It accused Kuwait of stealing oil.",
        (1991, 2, 25),
    );
    assert_eq!(found(&doc, "It").name, "Iraq");
}

#[test]
fn it_opening_a_sentence_before_a_copula_stays_unresolved() {
    // a thing the state built, not the state
    common::assert_no_mention_with_at(
        (1991, 2, 25),
        "Iraq opened a new bridge on Monday. It is the longest in the region.",
        "It",
    );
}

#[test]
fn it_never_takes_a_state_named_inside_a_quote_before() {
    let doc = resolve_parsed(
        "\"Iraq will pay for this,\" the minister said. It accused Kuwait of stealing oil.",
        (1991, 2, 25),
    );
    assert!(doc.mentions.iter().all(|m| doc.slice(m.span) != "It"));
}

#[test]
fn it_in_a_clause_below_another_is_that_clauses_subject() {
    let doc = resolve_parsed(
        "Russia is weighing what steps it will take against Ukraine.",
        (2015, 3, 2),
    );
    assert_eq!(found(&doc, "it").name, "Russia");
}

#[test]
fn they_in_a_clause_below_another_is_that_clauses_group_subject() {
    let doc = resolve_parsed(
        "The rebels are weighing what they will demand from the army.",
        (2015, 3, 2),
    );
    assert_eq!(found(&doc, "they").name, found(&doc, "The rebels").name);
}

#[test]
fn it_in_a_clause_below_another_is_no_one_when_another_actor_stands_between() {
    let doc = resolve_parsed(
        "Russia is weighing the demands of Ukraine and what steps it will take.",
        (2015, 3, 2),
    );
    assert!(doc.mentions.iter().all(|m| doc.slice(m.span) != "it"));
}
