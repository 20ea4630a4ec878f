//! Threats, refusals and promises as they are stated: on a condition ("would suspend the talks
//! if ..."), with a deadline ("would announce its decision within ten days", "gave Kosovo
//! until Friday"), negated under a modal ("would not negotiate"), and where an act happened.
//! Invented sentences; the hand-placed ones use the surface reading, the others the whole
//! pipeline.

use crate::common;

use attache_core::{CommitmentKind, Document, Span, Stage, TimeExpr, TimeKind};
use attache_events::EventCoding;
use common::{day, hand_placed, has, pipeline, placed, rows};

fn commitments(doc: &Document, kind: CommitmentKind) -> Vec<&attache_core::Commitment> {
    doc.commitments.iter().filter(|c| c.kind == kind).collect()
}

#[test]
fn a_warning_on_a_condition_is_a_threat_that_keeps_its_condition() {
    let doc = hand_placed(
        "Greece warned Turkey that it would respond if its ships entered the strait.",
        &[("Greece", "GRC"), ("Turkey", "TUR")],
    );
    assert!(has(&doc, "GRC", Some("TUR"), "13"), "{:?}", rows(&doc));
    let threats = commitments(&doc, CommitmentKind::Threat);
    assert!(
        threats.iter().any(|c| c.condition.is_some()),
        "{:?}",
        doc.commitments
    );
}

/// No event of root 13 and no threat written.
fn assert_no_threat(doc: &Document) {
    assert!(
        !rows(doc).iter().any(|(_, _, c)| c.starts_with("13")),
        "{:?}",
        rows(doc)
    );
    assert!(
        commitments(doc, CommitmentKind::Threat).is_empty(),
        "{:?}",
        doc.commitments
    );
}

#[test]
fn a_warning_of_what_the_economy_would_do_on_a_condition_is_no_threat() {
    assert_no_threat(&pipeline(
        "The IMF warned that growth in Kenya would slow if the government raised tariffs.",
        day(2026, 11, 23),
    ));
    assert_no_threat(&pipeline(
        "Egypt's central bank warned that inflation would rise if Ethiopia kept the dam closed.",
        day(2026, 11, 23),
    ));
}

#[test]
fn a_warning_of_a_state_change_of_its_own_on_a_condition_is_no_threat() {
    let doc = hand_placed(
        "Greece warned Turkey that it would suffer if the strait closed.",
        &[("Greece", "GRC"), ("Turkey", "TUR")],
    );
    assert_no_threat(&doc);
}

#[test]
fn a_warning_that_another_side_would_act_on_a_condition_is_no_threat_of_the_warner() {
    let doc = hand_placed(
        "Greece warned that Turkey would close the strait if talks failed.",
        &[("Greece", "GRC"), ("Turkey", "TUR")],
    );
    assert!(!has(&doc, "GRC", None, "13"), "{:?}", rows(&doc));
}

#[test]
fn responding_to_a_request_on_a_condition_is_no_threat() {
    assert_no_threat(&pipeline(
        "A Kenyan government spokesman said the ministry would respond if it received a formal request from Uganda.",
        day(2026, 11, 23),
    ));
}

#[test]
fn responding_on_a_hostile_condition_is_a_threat() {
    let doc = hand_placed(
        "Greece would respond if Turkey attacked its ships.",
        &[("Greece", "GRC"), ("Turkey", "TUR")],
    );
    assert!(has(&doc, "GRC", Some("TUR"), "13"), "{:?}", rows(&doc));
}

#[test]
fn a_warning_without_condition_stays_a_warning() {
    let doc = hand_placed(
        "Greece warned Turkey against new drilling.",
        &[("Greece", "GRC"), ("Turkey", "TUR")],
    );
    assert!(has(&doc, "GRC", Some("TUR"), "11"), "{:?}", rows(&doc));
    assert!(!has(&doc, "GRC", Some("TUR"), "13"), "{:?}", rows(&doc));
}

#[test]
fn vowing_to_resist_is_a_threat() {
    let doc = hand_placed(
        "Lebanon vowed to resist any incursion by Israel.",
        &[("Lebanon", "LBN"), ("Israel", "ISR")],
    );
    assert!(
        rows(&doc)
            .iter()
            .any(|(s, _, c)| s.as_deref() == Some("LBN") && c.starts_with("13")),
        "{:?}",
        rows(&doc)
    );
}

#[test]
fn a_refusal_to_negotiate_is_the_refusing_side_alone() {
    let doc = hand_placed(
        "Israel would not negotiate with Lebanon.",
        &[("Israel", "ISR"), ("Lebanon", "LBN")],
    );
    assert!(has(&doc, "ISR", Some("LBN"), "04"), "{:?}", rows(&doc));
    assert!(!has(&doc, "LBN", Some("ISR"), "04"), "{:?}", rows(&doc));
    let refusals = commitments(&doc, CommitmentKind::Refusal);
    assert_eq!(refusals.len(), 1, "{:?}", doc.commitments);
}

#[test]
fn being_ready_to_share_evidence_is_an_intent_to_cooperate() {
    let doc = hand_placed(
        "Pakistan is ready to share evidence with India.",
        &[("Pakistan", "PAK"), ("India", "IND")],
    );
    assert!(has(&doc, "PAK", Some("IND"), "0314"), "{:?}", rows(&doc));
    let doc = hand_placed(
        "Pakistan shared evidence with India.",
        &[("Pakistan", "PAK"), ("India", "IND")],
    );
    assert!(has(&doc, "PAK", Some("IND"), "064"), "{:?}", rows(&doc));
}

#[test]
fn a_due_window_that_ends_before_it_starts_is_dropped() {
    // "before Christmas" misread as last year's Christmas: no due date rather than a window
    // running backwards.
    let text = "Japan offered to hold talks with Vietnam before Christmas.";
    let mut doc = placed(text, &[("Japan", "JPN"), ("Vietnam", "VNM")]);
    doc.published = Some(attache_core::Published::day(day(2026, 11, 30)));
    let at = text.find("Christmas").expect("in the text");
    doc.times.push(TimeExpr {
        span: Span::new(at, at + "Christmas".len()),
        value: Some("2025-12-25".into()),
        kind: TimeKind::Date,
        interval: Some((day(2025, 12, 25), day(2025, 12, 25))),
        sentence: 0,
    });
    EventCoding::standard()
        .expect("lexicon loads")
        .run(&mut doc);
    let offers = commitments(&doc, CommitmentKind::Offer);
    assert!(!offers.is_empty(), "{:?}", doc.commitments);
    assert!(offers.iter().all(|c| c.due.is_none()), "{:?}", offers);
}

#[test]
fn a_conditional_halt_of_talks_said_by_its_own_side_is_a_threat_due_at_the_deadline() {
    let doc = pipeline(
        "Prabowo Subianto said Indonesia would suspend the fisheries talks with Australia if Canberra failed to act by Friday.",
        day(2026, 11, 23),
    );
    assert!(has(&doc, "IDN", Some("AUS"), "134"), "{:?}", rows(&doc));
    let threat = commitments(&doc, CommitmentKind::Threat);
    assert!(
        threat
            .iter()
            .any(|c| c.condition.is_some() && c.due == Some((day(2026, 11, 23), day(2026, 11, 27)))),
        "{:?}",
        doc.commitments
    );
}

#[test]
fn a_conditional_act_forecast_by_another_side_is_no_threat() {
    let doc = pipeline(
        "Japan said Indonesia would suspend the fisheries talks with Australia if Canberra failed to act by Friday.",
        day(2026, 11, 23),
    );
    assert!(has(&doc, "IDN", Some("AUS"), "16"), "{:?}", rows(&doc));
    assert!(
        !rows(&doc).iter().any(|(_, _, c)| c.starts_with("13")),
        "{:?}",
        rows(&doc)
    );
}

#[test]
fn a_conditional_strike_stays_the_strike_as_the_labelled_set_has_it() {
    let doc = pipeline(
        "If Iran enriches uranium further, Israel will strike its facilities, Israeli officials said.",
        day(2026, 11, 23),
    );
    assert!(
        rows(&doc)
            .iter()
            .any(|(s, _, c)| s.as_deref() == Some("ISR") && c.starts_with("19")),
        "{:?}",
        rows(&doc)
    );
    assert!(
        !rows(&doc).iter().any(|(_, _, c)| c.starts_with("13")),
        "{:?}",
        rows(&doc)
    );
}

#[test]
fn expanding_measures_on_a_condition_is_a_threat_of_sanctions() {
    let doc = pipeline(
        "Kaja Kallas said the European Union would expand the measures next month if Iran continued to supply drones to Russia.",
        day(2026, 11, 24),
    );
    assert!(
        has(&doc, "IGOEUREEC", Some("IRN"), "1312"),
        "{:?}",
        rows(&doc)
    );
    assert!(
        commitments(&doc, CommitmentKind::Threat)
            .iter()
            .any(|c| c.condition.is_some()),
        "{:?}",
        doc.commitments
    );
}

#[test]
fn an_intent_of_its_own_side_with_a_deadline_is_a_promise_due_then() {
    let doc = pipeline(
        "Prabowo Subianto said Indonesia would announce its decision within ten days.",
        day(2026, 11, 23),
    );
    let promises = commitments(&doc, CommitmentKind::Promise);
    assert!(
        promises
            .iter()
            .any(|c| c.due == Some((day(2026, 11, 23), day(2026, 12, 3))) && c.event.is_none()),
        "{:?}",
        doc.commitments
    );
}

#[test]
fn an_intent_without_deadline_or_of_another_side_is_no_promise() {
    for text in [
        "Prabowo Subianto said Indonesia would announce its decision soon.",
        "Prabowo Subianto said Malaysia would announce its decision within ten days.",
        "Prabowo Subianto said Indonesia would not announce its decision within ten days.",
    ] {
        let doc = pipeline(text, day(2026, 11, 23));
        assert!(
            commitments(&doc, CommitmentKind::Promise).is_empty(),
            "{text}: {:?}",
            doc.commitments
        );
    }
}

#[test]
fn giving_a_side_until_a_day_is_a_demand_due_that_day() {
    let doc = pipeline(
        "Serbia gave Kosovo until Friday to withdraw its police from the north.",
        day(2026, 11, 23),
    );
    assert!(has(&doc, "SRB", Some("XKX"), "10"), "{:?}", rows(&doc));
    assert!(
        commitments(&doc, CommitmentKind::Demand)
            .iter()
            .any(|c| c.due == Some((day(2026, 11, 23), day(2026, 11, 27)))),
        "{:?}",
        doc.commitments
    );
}

#[test]
fn an_act_takes_place_only_from_a_locative_phrase() {
    let doc = pipeline(
        "Penny Wong denied that the probe was aimed at China.\nSergei Lavrov met Hakan Fidan in Geneva on Monday.",
        day(2026, 11, 23),
    );
    let place = |root: &str| {
        doc.events
            .iter()
            .filter(|e| e.cameo.starts_with(root))
            .map(|e| e.place.map(|p| doc.places[p as usize].name.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(place("016"), vec![None], "{:?}", rows(&doc));
    assert!(
        place("04").iter().all(|p| p.as_deref() == Some("Geneva")) && !place("04").is_empty(),
        "{:?}",
        place("04")
    );
}

#[test]
fn a_threat_on_a_condition_is_dated_the_day_it_is_reported() {
    let mut doc = placed(
        "Greece warned Turkey that it would respond if its ships entered the strait.",
        &[("Greece", "GRC"), ("Turkey", "TUR")],
    );
    doc.published = Some(attache_core::Published::day(day(2026, 11, 25)));
    EventCoding::standard()
        .expect("lexicon loads")
        .run(&mut doc);
    let threat = doc.events.iter().find(|e| e.cameo.starts_with("13"));
    assert_eq!(
        threat.and_then(|e| e.date.as_deref()),
        Some("2026-11-25"),
        "{:?}",
        doc.events
    );
}

#[test]
fn a_condition_of_another_clause_is_not_inherited() {
    let doc = pipeline(
        "Hakan Fidan said Turkey was willing to negotiate if Athens withdrew the claim, and demanded an apology from Greece.",
        day(2026, 11, 23),
    );
    let demand = doc
        .events
        .iter()
        .find(|e| e.cameo.starts_with("10"))
        .unwrap_or_else(|| panic!("no demand: {:?}", rows(&doc)));
    assert!(demand.condition.is_none(), "{:?}", doc.events);
    assert!(
        doc.events
            .iter()
            .any(|e| e.cameo == "036" && e.condition.is_some()),
        "{:?}",
        doc.events
    );
}

#[test]
fn a_sentence_opening_condition_is_the_main_clause_s() {
    let doc = pipeline(
        "If Serbia closes the border, the European Union will impose sanctions.",
        day(2026, 11, 23),
    );
    assert!(
        has(&doc, "IGOEUREEC", Some("SRB"), "163"),
        "{:?}",
        rows(&doc)
    );
}
