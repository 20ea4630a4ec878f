//! The whole pipeline (syntax, actors, times, places, quotes, events) on eleven invented wire
//! stories in tests/data/wire_stories/. Expectations were written before the first run; the
//! ones the code does not meet yet are not asserted and are listed here (stage in brackets):
//! - ceasefire: "would return to the negotiating table on Monday if the shelling stopped"
//!   stays 040, hypothetical, by choice: CAMEO's 036 note is about commitments to meet, and
//!   the labelled set codes a future or conditional act as the act itself, flagged
//!   hypothetical ("If Turkey blocks the bid, Sweden will negotiate with Ankara" 046, "Biden
//!   will visit Poland next week" 042, "Serbia would recognize Kosovo if ..." 054); 036 is
//!   kept for an act under an intention word ("ready to", "agreed to", "offered to").
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
//! - deadline (08): "Beirut" after "to send an envoy to" is Lebanon's government, not a place
//!   [actors].
//! - famine aid (09, ninth session): "The Rapid Support Forces released 12 aid workers" has
//!   no event (the RSF get no code [actors]); "accused the paramilitary group" has no target
//!   (no back-reference to the RSF [events]); "to enter Darfur" is no place (a one-word region
//!   after a verb of motion [geo]); Amira Hassan's remark is given to Sudan [speech].
//! - camp attack (10): "Congo" is read as the
//!   Republic of the Congo (COG), so the blame, expulsion and recall have the wrong source
//!   [actors]; "M23 rebels" and "M23 fighters" get no code, so the blame has no target and the
//!   massacre no event [actors]; "the governor imposed a night curfew" has no actor [actors].
//! - defence pact (11): "The Indian and Japanese navies will hold joint exercises" is coded
//!   from JPNMIL alone (one mention for the two navies [actors]); "said Manila and Tokyo would
//!   begin sharing intelligence" is coded from Teodoro (the parse makes "Manila" the subject of
//!   "said" [syntax]); "near the Andaman Islands" is no place [geo].

use crate::common;

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
    // agreeing to a ceasefire is CAMEO 0871 (its note: "agreements to commence a cease-fire")
    has(&doc, "agreed", Some("ISR"), Some("LBN"), "0871");
    has(&doc, "agreed", Some("LBN"), Some("ISR"), "0871");
    // "warned that Israel would resume air strikes if the deadline passed": the party the
    // deadline was set for
    has(&doc, "warned", Some("ISR"), Some("LBN"), "138");
    // "a ceasefire brokered by the United States": the broker mediated between the parties
    has(&doc, "brokered", Some("USA"), Some("ISR"), "045");
    has(&doc, "brokered", Some("USA"), Some("LBN"), "045");
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
    for code in ["0871", "045"] {
        let past = doc
            .events
            .iter()
            .find(|e| e.cameo == code)
            .unwrap_or_else(|| panic!("no {code}: {:?}", events(&doc)));
        assert_eq!(past.date.as_deref(), Some("2024-11"), "{code}");
    }
    // no event takes place "in" a country named as an actor of another word
    assert!(
        doc.events.iter().all(|e| e.place.is_none()),
        "{:?}",
        events(&doc)
    );
}

/// The event on `trigger` with that root, if any.
fn event_on<'d>(doc: &'d Document, trigger: &str, root: &str) -> Option<&'d attache_core::Event> {
    doc.events
        .iter()
        .find(|e| doc.slice(e.evidence.trigger) == trigger && e.cameo.starts_with(root))
}

#[test]
fn famine_aid_story_aid_loan_open_crossing_vow_of_force_praise_appeal_and_no_weather_event() {
    let doc = story("09_famine_aid.txt", 17);
    has(&doc, "sent", Some("DEU"), Some("SDN"), "073");
    has(&doc, "granted", Some("SAU"), Some("SDN"), "071");
    // "reopened the Adre border crossing to aid convoys": humanitarian access
    has(&doc, "reopened", Some("TCD"), None, "0863");
    has(&doc, "accused", Some("SDN"), None, "11");
    // "vowed to retake El Fasher before the end of the year": a threat of force, made on
    // the day of the story and due by the end of the year
    has(&doc, "vowed", Some("SDN"), None, "138");
    let vow = event_on(&doc, "vowed", "13").expect("the vow");
    assert_eq!(vow.date.as_deref(), Some("2026-11-17"), "made, not due");
    commits(
        &doc,
        CommitmentKind::Threat,
        "SDN",
        Some((day(2026, 11, 17), day(2026, 12, 31))),
    );
    has(&doc, "praised", Some("IGOUNO"), Some("TCD"), "05");
    has(&doc, "appealed", Some("IGOUNO"), None, "023");
    no_event_in(&doc, "An aid coordinator");
    no_event_in(&doc, "Heavy rains");
    let p = places(&doc);
    for name in ["El Fasher", "Omdurman", "Khartoum", "Port Sudan"] {
        assert!(p.contains(&name), "{name}: {p:?}");
    }
}

#[test]
fn camp_attack_story_abduction_expulsion_recall_denial_arrest_appeal_and_no_sport_event() {
    let doc = story("10_camp_attack.txt", 24);
    has(&doc, "deployed", Some("RWA"), Some("COD"), "154");
    has(&doc, "abducted", None, Some("KEN"), "181");
    has(&doc, "expelled", None, Some("RWA"), "161");
    has(&doc, "recalled", None, Some("RWA"), "161");
    has(&doc, "denied", Some("RWA"), None, "016");
    commits(&doc, CommitmentKind::Denial, "RWA", None);
    has(&doc, "accused", Some("RWA"), Some("COD"), "112");
    // the accusation is made today; "last month" dates the shelling in its relative clause
    let accused = event_on(&doc, "accused", "11").expect("the accusation");
    assert_eq!(accused.date.as_deref(), Some("2026-11-24"));
    has(&doc, "arrested", Some("CODCOP"), None, "173");
    has(&doc, "called for", Some("IGOAFRAFU"), None, "0256");
    has(&doc, "offered", Some("IGOAFRAFU"), None, "03");
    commits(&doc, CommitmentKind::Offer, "IGOAFRAFU", None);
    // "M23 fighters had massacred", said by a UN official: never the UN's act
    assert!(
        !events(&doc)
            .iter()
            .any(|(_, s, _, _)| s.as_deref() == Some("IGOUNO")),
        "{:?}",
        events(&doc)
    );
    no_event_in(&doc, "In Kinshasa");
    let p = places(&doc);
    for name in ["Goma", "Rutshuru"] {
        assert!(p.contains(&name), "{name}: {p:?}");
    }
}

#[test]
fn defence_pact_story_signing_exercises_loan_criticism_threat_welcome_lifting_and_release() {
    let doc = story("11_defence_pact.txt", 19);
    has(&doc, "signed", Some("IND"), Some("JPN"), "057");
    has(&doc, "signed", Some("JPN"), Some("IND"), "057");
    has(&doc, "hold", None, None, "062");
    has(&doc, "supply", Some("JPN"), Some("IND"), "07");
    // "extended a loan of 300 billion yen to India"
    has(&doc, "extended", Some("JPN"), Some("IND"), "071");
    // "criticised the agreement": the two who signed it; the condition of the warning
    // after it is not the criticism's
    has(&doc, "criticised", Some("CHN"), Some("JPN"), "111");
    has(&doc, "criticised", Some("CHN"), Some("IND"), "111");
    assert!(
        doc.events
            .iter()
            .filter(|e| e.cameo == "111")
            .all(|e| e.condition.is_none() && !e.hypothetical),
        "{:?}",
        events(&doc)
    );
    has(&doc, "warned", Some("CHN"), Some("JPN"), "13");
    assert!(
        doc.commitments
            .iter()
            .any(|c| c.kind == CommitmentKind::Threat && c.condition.is_some()),
        "{:?}",
        doc.commitments
    );
    // "welcomed the pact": the two who signed it
    has(&doc, "welcomed", Some("PHL"), Some("JPN"), "05");
    has(&doc, "welcomed", Some("PHL"), Some("IND"), "05");
    has(&doc, "sharing", Some("PHL"), None, "064");
    has(&doc, "lifted", Some("JPN"), Some("IND"), "085");
    // "released 20 Japanese fishermen who had been detained ... in October": released today
    has(&doc, "released", Some("IND"), Some("JPN"), "0841");
    let released = event_on(&doc, "released", "08").expect("the release");
    assert_eq!(released.date.as_deref(), Some("2026-11-19"));
    // "the first aircraft would arrive by March", said by a navy spokesman: no act of his
    assert!(
        event_on(&doc, "arrive", "04").is_none(),
        "{:?}",
        events(&doc)
    );
    no_event_in(&doc, "The rupee rose");
    let p = places(&doc);
    for name in ["New Delhi", "Bay of Bengal", "South China Sea", "Mumbai"] {
        assert!(p.contains(&name), "{name}: {p:?}");
    }
}
