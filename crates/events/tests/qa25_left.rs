//! Session 25, leftovers of the event helpers: "papal" as the pope's word, uncoded people
//! with a role as the doers of talks and inquiries. Sentences are invented.

use crate::common::{codes, doc, has};

/// The name of the source of the first event of `text` with CAMEO root `root`.
fn source_name(text: &str, root: &str) -> Option<String> {
    let d = doc(text);
    let e = d.events.iter().find(|e| e.cameo.starts_with(root));
    assert!(e.is_some(), "{text}: no {root} in {:?}", codes(&d));
    e.and_then(|e| e.source)
        .and_then(|r| d.actors.get(r.actor as usize))
        .map(|a| a.name.clone())
}

#[test]
fn a_papal_visit_is_the_popes() {
    let text = "The papal visit to Havana angered the exiles in Miami.";
    assert!(
        has(&doc(text), "VATGOV", None, "04") || has(&doc(text), "VATGOV", Some("CUB"), "04"),
        "{:?}",
        codes(&doc(text))
    );
}

#[test]
fn a_papal_envoy_is_the_holy_sees() {
    let text = "A papal envoy met President Miguel Diaz-Canel in Havana on Monday.";
    assert!(
        has(&doc(text), "VAT", Some("CUB"), "04"),
        "{:?}",
        codes(&doc(text))
    );
}

#[test]
fn papal_before_no_noun_names_no_one() {
    let d = doc("The bishops rejected the papal.");
    assert!(d.actors.iter().all(|a| a.country.as_deref() != Some("VAT")));
}

#[test]
fn an_uncoded_ambassador_leaving_for_consultations_holds_them() {
    let name = source_name(
        "Ambassador Mikhail Sorokin left for consultations with President Vladimir Putin.",
        "04",
    );
    assert_eq!(name.as_deref(), Some("Mikhail Sorokin"));
}

#[test]
fn a_judges_inquiry_is_an_investigation_by_the_judge() {
    let name = source_name(
        "Judge Lena Ortiz's inquiry into the Interior Ministry of Peru began on Monday.",
        "09",
    );
    assert_eq!(name.as_deref(), Some("Lena Ortiz"));
}

#[test]
fn a_sport_event_named_after_a_country_is_no_actor() {
    let d = doc("Organisers of the Tour de France criticized the riders on Monday.");
    assert!(
        d.events.iter().all(|e| e.source.is_none()
            || crate::common::code_of(&d, e.source).as_deref() != Some("FRA")),
        "{:?}",
        codes(&d)
    );
}

#[test]
fn a_party_named_with_a_demonym_is_that_countrys_party() {
    let text = "The Iraqi Communist Party condemned the government of Iraq.";
    assert!(
        has(&doc(text), "IRQPTY", Some("IRQGOV"), "11"),
        "{:?}",
        codes(&doc(text))
    );
}

#[test]
fn a_backer_in_a_participle_gives_the_army_no_country() {
    let d = doc("The rebels, backed by U.S. forces, attacked the army.");
    assert!(
        d.events
            .iter()
            .all(|e| crate::common::code_of(&d, e.target).as_deref() != Some("USAMIL")),
        "{:?}",
        crate::common::rows(&d)
    );
}

/// The hypothetical flags of the events of `text` with CAMEO root `root`.
fn flags(text: &str, root: &str) -> Vec<bool> {
    let d = doc(text);
    let v: Vec<bool> = (d.events.iter())
        .filter(|e| e.cameo.starts_with(root))
        .map(|e| e.hypothetical)
        .collect();
    assert!(!v.is_empty(), "{text}: no {root} in {:?}", codes(&d));
    v
}

#[test]
fn a_fronted_condition_before_a_warning_aside_is_the_contents() {
    assert_eq!(
        flags(
            "If the talks fail, Hamas warned Israel, the region will suffer.",
            "11"
        ),
        vec![false]
    );
    // (a threat on a condition stays conditional)
    assert!(flags(
        "If the demands are not met, Hamas warned, it will attack Israel.",
        "13"
    )
    .iter()
    .all(|&h| h));
}

#[test]
fn a_rating_agency_named_in_full_is_a_business() {
    let text = "Fitch Ratings criticized the government of Nigeria on Monday.";
    assert!(
        has(&doc(text), "USABUS", Some("NGAGOV"), "11"),
        "{:?}",
        codes(&doc(text))
    );
    // ("Moody's" alone may be a surname's possessive: no agency)
    let d = doc("Roy Moody's wife criticized the government of Nigeria.");
    assert!(d.actors.iter().all(|a| a.code.as_deref() != Some("USABUS")));
}

#[test]
fn a_party_leader_named_by_the_party_is_the_partys() {
    for text in [
        "UK Independence Party leader Nigel Farage criticized the government of Iraq.",
        "The leader of the UK Independence Party criticized the government of Iraq.",
    ] {
        assert!(
            has(&doc(text), "GBRPTY", Some("IRQGOV"), "11"),
            "{text}: {:?}",
            codes(&doc(text))
        );
    }
}
