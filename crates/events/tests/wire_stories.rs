//! The whole pipeline (syntax, actors, times, places, quotes, events) on eight invented wire
//! stories in tests/data/wire_stories/. Expectations were written before the first run; the
//! ones the code does not meet yet are not asserted and are listed here (stage in brackets):
//! - ceasefire: "would return to the negotiating table on Monday if the shelling stopped"
//!   is coded 040, hypothetical (expected an intent, 036; the labelled set codes a meeting on
//!   a condition as the meeting, so it stays).
//! - election: "Russia warned Western governments" has no target ("Western governments" is
//!   an actor without a code [actors]; it no longer targets Georgia). The expectation that
//!   the boycott should not be 143 was wrong: CAMEO 143 is "conduct strike or boycott", and
//!   1431's own example is a party boycotting elections (161/162 are states cutting ties or
//!   aid), so 143 is asserted.
//! - nile (05): "would reply within two weeks" is no promise (the speaker, "An Ethiopian water
//!   ministry official, Tesfaye Gebru", gets no code [actors]); "to Addis Ababa" in the
//!   invitation is read as Ethiopia's government, not a place [actors]; "January" is
//!   2026-01, not 2027-01 [time].
//! - ultimatum (06): the demand "within 48 hours" has no due date (PT48H has no due window
//!   [time]).
//! - tariffs (07): "willing to negotiate if Canberra suspended the probe" has no target; the
//!   demand for an apology in the same sentence is dated by "last week" (of the remarks);
//!   "before Christmas" is read as 2025-12-25 [time], so the offer is dated then and has no
//!   due date.
//! - deadline (08): "warned that Israel would resume air strikes if the deadline passed" has
//!   no target (the condition names no actor); "brokered by the United States" is not coded;
//!   "Beirut" after "to send an envoy to" is Lebanon's government, not a place [actors].

mod common;

use attache_core::{CommitmentKind, Date, Document, Published};
use common::stages;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/wire_stories/");

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
    // "praised the sanctions": who imposed them, five paragraphs before
    has(&doc, "praised", Some("USA"), Some("IGOEUREEC"), "05");
    // "the bloc would expand the measures next month if Tehran continued ...": a threat of
    // sanctions with its condition, due next month
    has(&doc, "expand", Some("IGOEUREEC"), Some("IRN"), "1312");
    assert!(
        doc.commitments
            .iter()
            .any(|c| c.kind == CommitmentKind::Threat
                && c.condition.is_some()
                && c.due == Some((day(2026, 12, 1), day(2026, 12, 31)))),
        "{:?}",
        doc.commitments
    );
    // "Tehran would announce its response within ten days": a promise due in ten days
    assert!(
        doc.commitments
            .iter()
            .any(|c| c.kind == CommitmentKind::Promise
                && c.due == Some((day(2026, 11, 24), day(2026, 12, 4)))),
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
    // "invited both leaders to visit Mogadishu": the two who signed, six paragraphs before
    has(&doc, "invited", Some("SOM"), Some("KEN"), "02");
    has(&doc, "invited", Some("SOM"), Some("TUR"), "02");
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
    has(&doc, "boycott", Some("GEOOPP"), None, "143");
    // "warned Western governments against interfering in Georgia's affairs": not Georgia
    assert!(
        !events(&doc)
            .iter()
            .any(|(t, _, g, _)| t == "warned" && g.as_deref() == Some("GEO")),
        "{:?}",
        events(&doc)
    );
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

/// A commitment as (by code, to code, due).
type CommitmentRow = (Option<String>, Option<String>, Option<(Date, Date)>);

/// Commitments of `kind` as (by code, to code, due).
fn commitments(doc: &Document, kind: CommitmentKind) -> Vec<CommitmentRow> {
    let code = |r: Option<attache_core::ActorRef>| {
        r.and_then(|r| doc.actors.get(r.actor as usize))
            .and_then(|a| a.code.clone())
    };
    doc.commitments
        .iter()
        .filter(|c| c.kind == kind)
        .map(|c| (code(c.by), code(c.to), c.due))
        .collect()
}

/// A commitment of `kind` by a code starting with `by`, due `due` (`None`: not checked).
fn commits(doc: &Document, kind: CommitmentKind, by: &str, due: Option<(Date, Date)>) {
    let all = commitments(doc, kind);
    let ok = all.iter().any(|(b, _, d)| {
        b.as_deref().is_some_and(|b| b.starts_with(by)) && due.is_none_or(|due| *d == Some(due))
    });
    assert!(ok, "no {kind:?} by {by} due {due:?}: {all:?}");
}

/// No event in the sentence whose text starts with `opening`.
fn no_event_in(doc: &Document, opening: &str) {
    let s = doc
        .sentences
        .iter()
        .position(|s| doc.slice(s.span).starts_with(opening))
        .expect("sentence in the story");
    assert!(
        doc.events.iter().all(|e| e.sentence as usize != s),
        "{:?}",
        events(doc)
    );
}

#[test]
fn nile_story_conditional_threats_offer_of_mediation_and_parties_named_before() {
    let doc = story("05_nile.txt", 25);
    has(&doc, "warned", Some("EGY"), Some("ETH"), "13");
    has(&doc, "refer", Some("EGY"), Some("ETH"), "13");
    has(&doc, "denied", Some("ETH"), None, "016");
    has(&doc, "refused", Some("ETH"), None, "12");
    has(&doc, "resume", Some("ETH"), None, "036");
    has(&doc, "offered", Some("IGOAFRAFU"), Some("EGY"), "039");
    has(&doc, "offered", Some("IGOAFRAFU"), Some("ETH"), "039");
    has(&doc, "invited", Some("IGOAFRAFU"), Some("EGY"), "02");
    has(&doc, "invited", Some("IGOAFRAFU"), Some("ETH"), "02");
    has(&doc, "urged", Some("SDN"), Some("EGY"), "0256");
    has(&doc, "urged", Some("SDN"), Some("ETH"), "0256");
    has(&doc, "consider", Some("ETH"), Some("IGOAFRAFU"), "014");
    commits(&doc, CommitmentKind::Threat, "EGY", None);
    commits(
        &doc,
        CommitmentKind::Threat,
        "EGY",
        Some((day(2026, 11, 25), day(2026, 12, 31))),
    );
    assert!(
        doc.commitments
            .iter()
            .filter(|c| c.kind == CommitmentKind::Threat)
            .all(|c| c.condition.is_some()),
        "{:?}",
        doc.commitments
    );
    commits(&doc, CommitmentKind::Denial, "ETH", None);
    commits(&doc, CommitmentKind::Refusal, "ETH", None);
    commits(&doc, CommitmentKind::Offer, "IGOAFRAFU", None);
    assert!(places(&doc).contains(&"Cairo"), "{:?}", places(&doc));
}

#[test]
fn ultimatum_story_demands_conditional_threat_dated_promise_and_no_market_event() {
    let doc = story("06_ultimatum.txt", 27);
    has(&doc, "demanded", Some("IND"), Some("PAK"), "10");
    has(&doc, "suspend", Some("IND"), Some("PAK"), "134");
    has(&doc, "rejected", Some("PAK"), Some("IND"), "12");
    has(&doc, "accused", Some("PAK"), Some("IND"), "11");
    has(&doc, "offered", Some("PAK"), None, "03");
    has(&doc, "share", Some("PAK"), Some("IND"), "031");
    has(&doc, "urged", Some("USA"), Some("IND"), "0256");
    has(&doc, "urged", Some("USA"), Some("PAK"), "0256");
    has(&doc, "urged", Some("GBR"), Some("IND"), "0256");
    has(&doc, "urged", Some("GBR"), Some("PAK"), "0256");
    commits(
        &doc,
        CommitmentKind::Threat,
        "IND",
        Some((day(2026, 11, 27), day(2026, 11, 29))),
    );
    commits(&doc, CommitmentKind::Refusal, "PAK", None);
    commits(&doc, CommitmentKind::Offer, "PAK", None);
    commits(
        &doc,
        CommitmentKind::Promise,
        "PAK",
        Some((day(2026, 11, 27), day(2026, 12, 4))),
    );
    assert!(
        commitments(&doc, CommitmentKind::Demand).len() >= 2,
        "{:?}",
        doc.commitments
    );
    no_event_in(&doc, "In Mumbai");
    let p = places(&doc);
    for name in ["Jammu", "Islamabad", "Mumbai"] {
        assert!(p.contains(&name), "{name}: {p:?}");
    }
}

#[test]
fn tariffs_story_threats_refusal_offer_welcome_and_no_sport_event() {
    let doc = story("07_tariffs.txt", 30);
    has(&doc, "threatened", Some("CHN"), Some("AUS"), "1312");
    has(&doc, "warned", Some("CHN"), Some("AUS"), "13");
    has(&doc, "negotiate", Some("CHN"), None, "036");
    has(&doc, "demanded", Some("CHN"), None, "10");
    // the demand does not take the condition of the offer to negotiate before it
    assert!(
        doc.events
            .iter()
            .filter(|e| e.cameo.starts_with("10"))
            .all(|e| e.condition.is_none()),
        "{:?}",
        events(&doc)
    );
    has(&doc, "refused", Some("AUS"), None, "12");
    has(&doc, "denied", Some("AUS"), None, "016");
    has(&doc, "offered", Some("AUS"), Some("CHN"), "036");
    has(&doc, "welcomed", Some("IGOEUREEC"), Some("AUS"), "05");
    let threats = commitments(&doc, CommitmentKind::Threat);
    assert!(
        threats.len() >= 2
            && doc
                .commitments
                .iter()
                .filter(|c| c.kind == CommitmentKind::Threat)
                .all(|c| c.condition.is_some()),
        "{:?}",
        doc.commitments
    );
    commits(&doc, CommitmentKind::Refusal, "AUS", None);
    commits(&doc, CommitmentKind::Denial, "AUS", None);
    commits(
        &doc,
        CommitmentKind::Promise,
        "AUS",
        Some((day(2026, 11, 30), day(2027, 1, 31))),
    );
    commits(&doc, CommitmentKind::Offer, "AUS", None);
    // the probe "aimed at China" is no place of the denial
    assert!(
        doc.events
            .iter()
            .filter(|e| e.cameo == "016")
            .all(|e| e.place.is_none()),
        "{:?}",
        events(&doc)
    );
    no_event_in(&doc, "In Melbourne");
}

#[test]
fn deadline_story_demand_with_deadline_refusals_appeals_and_a_past_agreement() {
    let doc = story("08_deadline.txt", 23);
    has(&doc, "gave", Some("ISR"), Some("LBN"), "10");
    has(&doc, "warned", Some("ISR"), None, "138");
    has(&doc, "negotiate", Some("ISR"), Some("LBN"), "04");
    has(&doc, "rejected", Some("LBN"), Some("ISR"), "12");
    has(&doc, "appealed", Some("LBN"), Some("FRA"), "02");
    has(&doc, "appealed", Some("LBN"), Some("USA"), "02");
    has(&doc, "promised", Some("FRA"), None, "03");
    // "called on both sides": the sides of the conflict (10, as the labelled set codes
    // "called on ... to")
    has(&doc, "called on", Some("FRA"), Some("ISR"), "10");
    has(&doc, "called on", Some("FRA"), Some("LBN"), "10");
    has(&doc, "denied", Some("LBN"), None, "016");
    has(&doc, "vowed", Some("LBN"), Some("ISR"), "13");
    has(&doc, "agreed", Some("ISR"), Some("LBN"), "037");
    has(&doc, "agreed", Some("LBN"), Some("ISR"), "037");
    // the refusal to negotiate is Israel's alone
    assert!(
        !events(&doc)
            .iter()
            .any(|(t, s, _, _)| t == "negotiate"
                && s.as_deref().is_some_and(|s| s.starts_with("LBN"))),
        "{:?}",
        events(&doc)
    );
    commits(
        &doc,
        CommitmentKind::Demand,
        "ISR",
        Some((day(2026, 11, 23), day(2026, 12, 15))),
    );
    commits(&doc, CommitmentKind::Refusal, "ISR", None);
    commits(&doc, CommitmentKind::Refusal, "LBN", None);
    commits(
        &doc,
        CommitmentKind::Promise,
        "LBN",
        Some((day(2026, 11, 23), day(2026, 12, 31))),
    );
    commits(
        &doc,
        CommitmentKind::Promise,
        "FRA",
        Some((day(2026, 11, 23), day(2026, 11, 29))),
    );
    commits(&doc, CommitmentKind::Threat, "ISR", None);
    commits(&doc, CommitmentKind::Threat, "LBN", None);
    commits(&doc, CommitmentKind::Denial, "LBN", None);
    let agreed = doc
        .events
        .iter()
        .find(|e| e.cameo == "037")
        .unwrap_or_else(|| panic!("no agreement: {:?}", events(&doc)));
    assert_eq!(agreed.date.as_deref(), Some("2024-11"));
    // no event takes place "in" a country named as an actor of another word
    assert!(
        doc.events.iter().all(|e| e.place.is_none()),
        "{:?}",
        events(&doc)
    );
}
