//! One act reported twice in an article (a statement and then its quote, a meeting and
//! then "the meeting") keeps both records, the later linked to the first; a new occurrence
//! (another date, "again", "another meeting", the act now denied) is linked to nothing.
//! Invented sentences, whole pipeline.

use crate::common;

use attache_core::{CommitmentKind, Document};
use attache_events::{restated_commitments, restated_events};
use common::{day, pipeline};

fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 1, 16))
}

/// (later, earlier) pairs of linked events.
fn links(d: &Document) -> Vec<(usize, u32)> {
    restated_events(d)
        .into_iter()
        .enumerate()
        .filter_map(|(j, i)| i.map(|i| (j, i)))
        .collect()
}

#[test]
fn a_quote_repeating_a_reported_denial_restates_it() {
    let d = doc("Anna Berg said that Canada has never threatened Norway. \"Canada has never threatened Norway,\" she said.");
    assert_eq!(d.events.len(), 2, "{:?}", d.events);
    assert_eq!(links(&d), vec![(1, 0)]);
    let events = restated_events(&d);
    let commitments = restated_commitments(&d, &events);
    assert_eq!(d.commitments.len(), 2);
    assert!(d
        .commitments
        .iter()
        .all(|c| c.kind == CommitmentKind::Denial));
    assert_eq!(commitments, vec![None, Some(0)]);
}

#[test]
fn the_meeting_named_later_restates_the_dated_meeting_both_ways() {
    let d = doc("Sweden and Finland met on Monday in Oslo. The meeting between Sweden and Finland was cordial.");
    assert_eq!(d.events.len(), 4, "{:?}", d.events);
    assert_eq!(links(&d), vec![(2, 0), (3, 1)]);
}

#[test]
fn a_reported_act_of_the_same_day_restates_the_dated_one() {
    let d = doc("Canada criticized Norway on Friday. The minister said Canada criticized Norway.");
    assert_eq!(links(&d), vec![(1, 0)]);
}

#[test]
fn a_meeting_again_on_another_day_restates_nothing() {
    let d = doc("Sweden and Finland met on Monday in Oslo. Sweden and Finland met again on Friday in Helsinki.");
    assert_eq!(d.events.len(), 4, "{:?}", d.events);
    assert!(links(&d).is_empty(), "{:?}", links(&d));
}

#[test]
fn an_act_done_again_the_same_day_restates_nothing() {
    let d = doc("Canada criticized Norway on Friday. Canada criticized Norway again on Friday.");
    assert_eq!(d.events.len(), 2, "{:?}", d.events);
    assert!(links(&d).is_empty(), "{:?}", links(&d));
}

#[test]
fn an_act_also_done_the_same_day_restates_nothing() {
    let d = doc(
        "Canada criticized Norway on Friday. Sweden and Canada also criticized Norway on Friday.",
    );
    assert!(links(&d).is_empty(), "{:?}", links(&d));
}

#[test]
fn another_meeting_restates_nothing() {
    let d = doc("Sweden and Finland met on Monday in Oslo. Another meeting between Sweden and Finland took place in Helsinki.");
    assert_eq!(d.events.len(), 4, "{:?}", d.events);
    assert!(links(&d).is_empty(), "{:?}", links(&d));
}

#[test]
fn a_denied_act_does_not_restate_the_act() {
    let d = doc("Canada has never threatened Norway. Canada threatened Norway on Friday.");
    assert_eq!(d.events.len(), 2, "{:?}", d.events);
    assert!(links(&d).is_empty(), "{:?}", links(&d));
    let events = restated_events(&d);
    assert!(restated_commitments(&d, &events)
        .iter()
        .all(Option::is_none));
}

#[test]
fn the_same_act_towards_another_target_restates_nothing() {
    let d = doc("Canada criticized Norway on Friday. Canada criticized Sweden on Friday.");
    assert_eq!(d.events.len(), 2, "{:?}", d.events);
    assert!(links(&d).is_empty(), "{:?}", links(&d));
}

#[test]
fn a_meeting_of_other_people_of_the_same_governments_restates_nothing() {
    let d = doc("Russian Foreign Minister Sergei Lavrov met US Secretary of State Antony Blinken on Friday. Russian President Vladimir Putin met US President Joe Biden on Friday.");
    assert_eq!(d.events.len(), 4, "{:?}", d.events);
    assert!(links(&d).is_empty(), "{:?}", links(&d));
}

#[test]
fn the_talks_named_with_one_party_restate_that_partys_meeting() {
    let d = doc("Anna Berg met Jonas Gahr Store in Oslo on Friday. During the talks, Store raised the fishing dispute.");
    let talks = d
        .events
        .iter()
        .position(|e| e.sentence == 1 && e.target.is_none())
        .expect("the talks are an event of Berg's");
    assert!(links(&d).iter().any(|&(l, _)| l == talks), "{:?}", d.events);
}

#[test]
fn a_new_round_of_talks_with_one_party_restates_nothing() {
    let d = doc("Anna Berg met Jonas Gahr Store in Oslo on Friday. Berg will hold a new round of talks next month.");
    assert!(links(&d).is_empty(), "{:?}", d.events);
}

#[test]
fn two_promises_of_one_meeting_with_other_contents_are_two() {
    let d = doc("Emmanuel Macron promised Friedrich Merz that France would send a written proposal on fishing quotas. In the same meeting, Macron promised Merz to review the border checks.");
    let promises = d.events.iter().filter(|e| e.cameo == "030").count();
    assert_eq!(promises, 2, "{:?}", d.events);
    assert!(links(&d).is_empty(), "{:?}", d.events);
}
