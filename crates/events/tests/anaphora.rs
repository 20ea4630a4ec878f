//! Object phrases that refer back to actors named earlier ("rejected the proposal": the
//! proposer; "urged both sides": the two parties named before), on small documents of one
//! sentence per paragraph with hand-placed actors.

use attache_core::{Actor, ActorKind, Document, Mention, MentionForm, Span, Stage};
use attache_events::EventCoding;

/// `text` (one paragraph per line) with each of `actors` (words, code) placed at every
/// occurrence, coded; returns (source code, target code, CAMEO code) of every event.
fn code(text: &str, actors: &[(&str, &str)]) -> Vec<(Option<String>, Option<String>, String)> {
    let mut doc = Document::from_plain(text);
    for &(words, code) in actors {
        let actor = doc.actors.len() as u32;
        doc.actors.push(Actor {
            name: words.into(),
            kind: ActorKind::Country,
            code: Some(code.into()),
            country: Some(code[..3].into()),
            role: None,
            kb_id: None,
            mentions: Vec::new(),
        });
        let spans: Vec<Span> = doc
            .text
            .match_indices(words)
            .map(|(at, _)| Span::new(at, at + words.len()))
            .collect();
        for span in spans {
            let sentence = doc
                .sentences
                .iter()
                .position(|s| s.span.contains(span))
                .expect("inside a sentence") as u32;
            doc.mentions.push(Mention {
                span,
                actor,
                form: MentionForm::Name,
                sentence,
            });
        }
    }
    doc.mentions.sort_by_key(|m| m.span.start);
    for (i, m) in doc.mentions.iter().enumerate() {
        doc.actors[m.actor as usize].mentions.push(i as u32);
    }
    EventCoding::standard()
        .expect("lexicon loads")
        .run(&mut doc);
    let c = |r: Option<attache_core::ActorRef>| {
        r.and_then(|r| doc.actors.get(r.actor as usize))
            .and_then(|a| a.code.clone())
    };
    doc.events
        .iter()
        .map(|e| (c(e.source), c(e.target), e.cameo.clone()))
        .collect()
}

fn has(
    rows: &[(Option<String>, Option<String>, String)],
    src: &str,
    tgt: Option<&str>,
    root: &str,
) -> bool {
    rows.iter()
        .any(|(s, t, c)| s.as_deref() == Some(src) && t.as_deref() == tgt && c.starts_with(root))
}

#[test]
fn the_proposal_targets_whoever_proposed_it_in_the_previous_paragraph() {
    let rows = code(
        "Chile offered to host talks with Peru on water rights.\nBolivia rejected the proposal on Monday.",
        &[("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL")],
    );
    assert!(has(&rows, "BOL", Some("CHL"), "12"), "{rows:?}");
}

#[test]
fn both_sides_targets_the_two_parties_of_the_previous_act() {
    let rows = code(
        "Armenia accused Azerbaijan of shelling border villages.\nFrance urged both sides to show restraint.",
        &[("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("France", "FRA")],
    );
    assert!(has(&rows, "FRA", Some("ARM"), "02"), "{rows:?}");
    assert!(has(&rows, "FRA", Some("AZE"), "02"), "{rows:?}");
}

#[test]
fn the_decision_skips_acts_of_the_condemning_side_itself() {
    // The nearest act is Iraq's own (and names Jordan as its target); the decision is Jordan's.
    let rows = code(
        "Jordan imposed sanctions on Iraq. Iraq recalled its envoy from Jordan.\nIraq condemned the decision.",
        &[("Jordan", "JOR"), ("Iraq", "IRQ")],
    );
    assert!(has(&rows, "IRQ", Some("JOR"), "11"), "{rows:?}");
}

#[test]
fn a_referring_phrase_two_paragraphs_after_its_actors_stays_without_target() {
    let rows = code(
        "Chile offered to host talks with Peru on water rights.\nThe rivers have run low for years.\nBolivia rejected the proposal on Monday.",
        &[("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL")],
    );
    assert!(has(&rows, "BOL", None, "12"), "{rows:?}");
    assert!(!has(&rows, "BOL", Some("CHL"), "12"), "{rows:?}");
}
