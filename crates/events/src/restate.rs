//! Restatements: an article often reports one act twice ("Anna Berg said that Canada has
//! never threatened Norway" and then, quoting her, "Canada has never threatened Norway";
//! "the two ministers met on Friday in Geneva" and later "the meeting between them"). Every
//! record is kept, each with its own sentence and span as evidence, and the later one is
//! linked to the first: the readout and counts show the act once.
//!
//! A later event restates an earlier one when both have the same source and the same
//! target (the same actor, or the same code for actors that are not persons), the same
//! CAMEO root, the same negation and the same polarity (both stated as facts, or both
//! conditional, planned or possible), and compatible dates: the same date, or none on the
//! later one (an undated restatement, "the meeting"). An event noun that opens a new
//! occurrence ("a new meeting", "another attack", "a second round") or an act done "again"
//! (or "also") restates nothing.

use attache_core::{ActorKind, ActorRef, Document, Event, Upos};

use crate::ontology::root;

/// Words before an event noun, or in the act's clause, that make it a new occurrence.
const NEW_OCCURRENCE: &[&str] = &[
    "a", "an", "another", "new", "second", "third", "fresh", "further", "next", "renewed", "again",
    "anew",
];

/// For each event of `doc`, the index of the first earlier event it restates, if any (a
/// chain of restatements points at its first event).
pub fn restated_events(doc: &Document) -> Vec<Option<u32>> {
    let events = &doc.events;
    let mut links: Vec<Option<u32>> = vec![None; events.len()];
    let contents: Vec<Option<Vec<String>>> =
        (0..events.len()).map(|e| content_words(doc, e)).collect();
    let same_content = |i: usize, j: usize| match (&contents[i], &contents[j]) {
        (Some(a), Some(b)) => a.iter().any(|w| b.contains(w)),
        _ => true,
    };
    for j in 0..events.len() {
        if new_occurrence(doc, &events[j]) {
            continue;
        }
        let first = (0..j)
            .filter(|&i| links[i].is_none())
            .find(|&i| restates(doc, &events[j], &events[i]) && same_content(i, j));
        links[j] = first.map(|i| i as u32);
    }
    links
}

/// For each commitment of `doc`, the index of the first earlier commitment of the same kind
/// whose event the commitment's event restates (`events`: [`restated_events`]), if any.
pub fn restated_commitments(doc: &Document, events: &[Option<u32>]) -> Vec<Option<u32>> {
    let first_event = |c: usize| {
        let e = doc.commitments[c].event?;
        Some(events.get(e as usize).copied().flatten().unwrap_or(e))
    };
    let mut links: Vec<Option<u32>> = vec![None; doc.commitments.len()];
    for j in 0..doc.commitments.len() {
        let Some(ej) = doc.commitments[j].event else {
            continue;
        };
        // Only a restated event's commitment restates another.
        if events.get(ej as usize).copied().flatten().is_none() {
            continue;
        }
        let kind = doc.commitments[j].kind;
        links[j] = (0..j)
            .filter(|&i| links[i].is_none() && doc.commitments[i].kind == kind)
            .find(|&i| first_event(i) == first_event(j))
            .map(|i| i as u32);
    }
    links
}

/// Does `later` restate `earlier` (both events of `doc`, `earlier` coded first)?
fn restates(doc: &Document, later: &Event, earlier: &Event) -> bool {
    later.sentence != earlier.sentence
        && same_actor(doc, later.source, earlier.source)
        && (same_actor(doc, later.target, earlier.target)
            || later.target.is_none() && definite_noun(doc, later))
        && root(&later.cameo) == root(&earlier.cameo)
        && later.negated == earlier.negated
        && later.hypothetical == earlier.hypothetical
        && (later.date.is_none() || later.date == earlier.date)
}

/// Words too common in a commitment's content to say two contents are about one thing.
const CONTENT_STOP: &[&str] = &[
    "would", "could", "should", "their", "there", "which", "about", "after", "before", "these",
    "those", "other", "being", "where", "while", "under", "between", "against",
];

/// The content words of the commitment read from event `e`, if it has one: words of five
/// letters or more, lower-cased, not in [`CONTENT_STOP`]. Two events that both carry a
/// commitment restate one another only if their contents share such a word ("a written
/// response" and "the written answers"); two promises made at one meeting ("to submit a
/// written response", "to explain how the US views ...") are two. Events without a
/// commitment are not compared by content.
fn content_words(doc: &Document, e: usize) -> Option<Vec<String>> {
    let c = doc.commitments.iter().find(|c| c.event == Some(e as u32))?;
    let text = doc
        .text
        .get(c.content.start as usize..c.content.end as usize)?;
    Some(
        text.split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| w.chars().count() >= 5)
            .map(str::to_lowercase)
            .filter(|w| !CONTENT_STOP.contains(&w.as_str()))
            .collect(),
    )
}

/// Is `e`'s trigger an event noun after a definite determiner ("during the talks", "this
/// meeting")? Such a noun refers back to an act already told, so it restates one of its
/// source's acts of the same root even when it names no other party (the other party is the
/// earlier act's).
fn definite_noun(doc: &Document, e: &Event) -> bool {
    let Some(t) = doc.token_at(e.evidence.trigger.start) else {
        return false;
    };
    let upos = doc.tokens[t].upos;
    if !(upos.is("NOUN") || upos.is("PROPN")) {
        return false;
    }
    let sentence_start = doc
        .sentences
        .get(e.sentence as usize)
        .map_or(0, |s| s.tokens.start as usize);
    (t.saturating_sub(3).max(sentence_start)..t).any(|i| {
        matches!(
            doc.word(i).to_ascii_lowercase().as_str(),
            "the" | "this" | "that" | "these" | "those"
        )
    })
}

/// Do `a` and `b` name the same party: both none, one actor, or two actors of one code
/// that are not persons ("Washington" and "the US government"; two ministers of one
/// government are two people)?
fn same_actor(doc: &Document, a: Option<ActorRef>, b: Option<ActorRef>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) if a.actor == b.actor => true,
        (Some(a), Some(b)) => {
            let code = |r: ActorRef| {
                doc.actors
                    .get(r.actor as usize)
                    .filter(|x| x.kind != ActorKind::Person)
                    .and_then(|x| x.code.as_deref())
            };
            code(a).is_some_and(|c| Some(c) == code(b))
        }
        _ => false,
    }
}

/// Is `e` a new occurrence of its act: "again", "anew", "also", "too" or "likewise" in its
/// clause, or an event noun opened by an indefinite article or an ordinal ("a new meeting",
/// "another round")?
fn new_occurrence(doc: &Document, e: &Event) -> bool {
    let span = e.evidence.span;
    let Some(t) = doc.token_at(e.evidence.trigger.start) else {
        return false;
    };
    let lower = |i: usize| doc.word(i).to_ascii_lowercase();
    let sentence_start = doc
        .sentences
        .get(e.sentence as usize)
        .map_or(0, |s| s.tokens.start as usize);
    let again = (sentence_start..doc.tokens.len())
        .take_while(|&i| doc.tokens[i].span.start < span.end)
        .filter(|&i| span.contains(doc.tokens[i].span))
        .any(|i| {
            matches!(
                lower(i).as_str(),
                "again" | "anew" | "also" | "too" | "likewise"
            )
        });
    if again {
        return true;
    }
    let upos = doc.tokens[t].upos;
    if !(upos.is("NOUN") || upos.is("PROPN") || upos == Upos::NONE) {
        return false;
    }
    // The words before the noun, back past at most three modifiers.
    (t.saturating_sub(3).max(sentence_start)..t)
        .any(|i| NEW_OCCURRENCE.contains(&lower(i).as_str()))
}
