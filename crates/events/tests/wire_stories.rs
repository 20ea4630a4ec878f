//! The whole pipeline (syntax, actors, times, places, quotes, events) on four invented wire
//! stories in tests/data/wire_stories/. Expectations were written before the first run; the
//! ones the code does not meet yet are not asserted and are listed here:
//! - ceasefire: "would return to the negotiating table on Monday if the shelling stopped"
//!   is coded 040, hypothetical (expected an intent, 036; the labelled set codes a meeting on
//!   a condition as the meeting, so it stays).
//! - sanctions: the bloc's conditional threat to expand the measures next month is not
//!   coded; "praised the sanctions" has no target (the EU).
//! - summit: "invited both leaders to visit Mogadishu" has no target (the leaders are named
//!   six paragraphs before).
//! - election: "Russia warned Western governments" targets Georgia; the boycott is coded 143.

use std::sync::{Arc, OnceLock};

use attache_core::{CommitmentKind, Date, Document, Published, Stage};
use attache_events::EventCoding;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/wire_stories/");

fn stages() -> &'static Vec<Box<dyn Stage + Send + Sync>> {
    static STAGES: OnceLock<Vec<Box<dyn Stage + Send + Sync>>> = OnceLock::new();
    STAGES.get_or_init(|| {
        let kb = Arc::new(attache_kb::Kb::embedded().expect("kb loads"));
        vec![
            Box::new(attache_syntax::SyntaxStage::embedded().expect("syntax loads")),
            Box::new(attache_actors::ActorResolution::with_builtin_model(kb).expect("actors")),
            Box::new(attache_time::TimeNormalization::new()),
            Box::new(attache_geo::PlaceResolution::new(Arc::new(
                attache_geo::Gazetteer::embedded().expect("gazetteer loads"),
            ))),
            Box::new(attache_speech::QuoteAttribution::new()),
            Box::new(EventCoding::standard().expect("lexicon loads")),
        ]
    })
}

/// The story's body (after title and dateline), published on `day` of November 2026.
fn story(file: &str, day: u32) -> Document {
    let text = std::fs::read_to_string(format!("{DIR}{file}")).expect("story file");
    let body: Vec<&str> = text.lines().skip(2).collect();
    let mut doc = Document::from_plain(&body.join("\n"));
    doc.published = Date::new(2026, 11, day).map(Published::day);
    for s in stages() {
        s.run(&mut doc);
    }
    doc
}

/// (trigger, source code, target code, CAMEO code) of every event.
fn events(doc: &Document) -> Vec<(String, Option<String>, Option<String>, String)> {
    let code = |r: Option<attache_core::ActorRef>| {
        r.and_then(|r| doc.actors.get(r.actor as usize))
            .and_then(|a| a.code.clone())
    };
    doc.events
        .iter()
        .map(|e| {
            (
                doc.slice(e.evidence.trigger).to_string(),
                code(e.source),
                code(e.target),
                e.cameo.clone(),
            )
        })
        .collect()
}

/// Asserts an event on `trigger` with that root whose source and target codes start with
/// the given prefixes (`None`: not checked).
fn has(doc: &Document, trigger: &str, src: Option<&str>, tgt: Option<&str>, root: &str) {
    let all = events(doc);
    let ok = all.iter().any(|(t, s, g, c)| {
        t == trigger
            && c.starts_with(root)
            && src.is_none_or(|p| s.as_deref().is_some_and(|s| s.starts_with(p)))
            && tgt.is_none_or(|p| g.as_deref().is_some_and(|g| g.starts_with(p)))
    });
    assert!(ok, "no {trigger:?} {src:?} -> {tgt:?} {root}: {all:?}");
}

fn places(doc: &Document) -> Vec<&str> {
    doc.places.iter().map(|p| doc.slice(p.span)).collect()
}

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::new(y, m, d).expect("valid date")
}

#[test]
fn ceasefire_story_hosting_accusation_rejection_appeal_and_dated_promise() {
    let doc = story("01_ceasefire.txt", 26);
    has(&doc, "hosted", Some("TUR"), Some("UKR"), "04");
    has(&doc, "accused", Some("UKR"), Some("RUS"), "11");
    has(&doc, "rejected", Some("UKR"), Some("RUS"), "12");
    has(&doc, "urged", Some("TUR"), Some("RUS"), "0256");
    has(&doc, "urged", Some("TUR"), Some("UKR"), "0256");
    has(&doc, "promised", Some("RUS"), None, "03");
    has(&doc, "negotiate", Some("RUS"), None, "03");
    has(&doc, "called for", Some("IGOUNO"), None, "02");
    let promise = doc
        .commitments
        .iter()
        .find(|c| c.kind == CommitmentKind::Promise)
        .unwrap_or_else(|| panic!("no promise: {:?}", doc.commitments));
    assert_eq!(
        promise.due,
        Some((day(2026, 11, 30), day(2026, 12, 6))),
        "'next week'"
    );
    let p = places(&doc);
    assert!(p.contains(&"Istanbul") && p.contains(&"Kharkiv"), "{p:?}");
}

#[test]
fn sanctions_story_imposition_threat_condemnation_accusation_praise() {
    let doc = story("02_sanctions.txt", 24);
    has(&doc, "imposed", Some("IGOEUREEC"), Some("IRN"), "16");
    has(&doc, "condemned", Some("IRN"), Some("IGOEUREEC"), "11");
    has(&doc, "threatened", Some("IRN"), Some("IGOUNOIAE"), "13");
    has(&doc, "accused", Some("IRN"), Some("IGOEUREEC"), "11");
    has(&doc, "praised", Some("USA"), None, "05");
    assert!(
        doc.commitments
            .iter()
            .any(|c| c.kind == CommitmentKind::Threat),
        "{:?}",
        doc.commitments
    );
}

#[test]
fn summit_story_signing_pledge_praise_denial_and_places() {
    let doc = story("03_summit.txt", 20);
    has(&doc, "signed", Some("KEN"), Some("TUR"), "05");
    has(&doc, "signed", Some("TUR"), Some("KEN"), "05");
    has(&doc, "agreed", None, None, "03");
    has(&doc, "pledged", Some("TUR"), None, "03");
    has(&doc, "praised", Some("KEN"), Some("TUR"), "05");
    has(&doc, "denied", Some("KEN"), None, "01");
    has(&doc, "meet", None, None, "04");
    for kind in [CommitmentKind::Promise, CommitmentKind::Denial] {
        assert!(
            doc.commitments.iter().any(|c| c.kind == kind),
            "{kind:?}: {:?}",
            doc.commitments
        );
    }
    let agreement = doc
        .commitments
        .iter()
        .find(|c| c.kind == CommitmentKind::Agreement)
        .unwrap_or_else(|| panic!("no agreement: {:?}", doc.commitments));
    assert_eq!(
        agreement.due.map(|d| d.1),
        Some(day(2028, 12, 31)),
        "'by 2028'"
    );
    let p = places(&doc);
    for name in ["Nairobi", "Mombasa", "Mogadishu", "Ankara"] {
        assert!(p.contains(&name), "{name}: {p:?}");
    }
}

#[test]
fn election_story_refusal_demand_denial_criticism_appeal_and_dated_promise() {
    let doc = story("04_election.txt", 23);
    has(&doc, "refused", Some("GEOOPP"), None, "12");
    has(&doc, "demanded", Some("GEOOPP"), None, "10");
    has(&doc, "accused", Some("GEOOPP"), Some("GEOGOV"), "11");
    has(&doc, "rejected", Some("GEOGOV"), None, "01");
    has(&doc, "criticised", Some("IGOEUROSC"), None, "11");
    has(&doc, "urged", Some("IGOEUREEC"), Some("GEOGOV"), "02");
    has(&doc, "promised", Some("GEOGOV"), None, "03");
    // the government's call is no longer read from the accusation's object
    assert!(
        !events(&doc)
            .iter()
            .any(|(t, s, _, _)| t == "called on" && s.as_deref() == Some("GEOGOV")),
        "{:?}",
        events(&doc)
    );
    let promise = doc
        .commitments
        .iter()
        .find(|c| c.kind == CommitmentKind::Promise)
        .unwrap_or_else(|| panic!("no promise: {:?}", doc.commitments));
    assert_eq!(
        promise.due.map(|d| d.1),
        Some(day(2026, 11, 27)),
        "'by Friday'"
    );
    // the demand for a new election was made on Monday, the publication day: no due date
    assert!(
        doc.commitments
            .iter()
            .filter(|c| c.kind == CommitmentKind::Demand)
            .all(|c| c.due.is_none_or(|d| d.1 > day(2026, 11, 23))),
        "{:?}",
        doc.commitments
    );
    assert!(places(&doc).contains(&"Tbilisi"), "{:?}", places(&doc));
}
