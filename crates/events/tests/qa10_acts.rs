//! QA10 and review10 findings: signing papers that are no agreement, killing, shooting and
//! tear gas, and the date of a denial whose complement names another act's time. Invented
//! sentences, whole pipeline.

use crate::common;

use attache_core::Document;
use common::{day, has, pipeline, rows};

/// Published Friday 2026-01-16.
fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 1, 16))
}

#[test]
fn signing_a_decree_is_no_signed_agreement() {
    let d = doc("The president signed a decree appointing a new defence minister on Monday.");
    assert!(
        d.events.iter().all(|e| !e.cameo.starts_with("057")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn police_killing_protesters_is_an_assault() {
    let d = doc("Cameroonian police killed two protesters in Garoua on Monday.");
    assert!(
        has(&d, "CMR", None, "1823") || has(&d, "CMR", Some("CMR"), "1823"),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn killing_a_bill_is_no_assault() {
    let d = doc("Senate leaders plan to kill the bill before the recess.");
    assert!(
        d.events.iter().all(|e| !e.cameo.starts_with("18")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn deaths_no_one_caused_are_no_assault() {
    let d = doc("The storm killed three people in the Philippines on Monday.");
    assert!(
        d.events.iter().all(|e| !e.cameo.starts_with("18")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn shooting_people_dead_is_small_arms_fighting() {
    let d = doc("Israeli soldiers shot dead two Palestinian civilians near Jenin on Tuesday.");
    assert!(d.events.iter().any(|e| e.cameo == "193"), "{:?}", rows(&d));
}

#[test]
fn shooting_footage_is_no_fighting() {
    let d = doc("A film crew shot footage of the rally in Lagos on Friday.");
    assert!(
        d.events.iter().all(|e| !e.cameo.starts_with("19")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn firing_tear_gas_at_protesters_is_violent_repression() {
    let d = doc("Kenyan police fired tear gas at opposition protesters in Nairobi on Saturday.");
    assert!(d.events.iter().any(|e| e.cameo == "175"), "{:?}", rows(&d));
}

#[test]
fn a_denial_is_dated_by_its_own_time_not_the_denied_act_s() {
    let d = doc("Russia denied on Tuesday that its troops had crossed the border on Sunday.");
    let denial = d
        .events
        .iter()
        .find(|e| e.cameo == "016")
        .unwrap_or_else(|| panic!("no denial: {:?}", rows(&d)));
    assert_eq!(denial.date.as_deref(), Some("2026-01-13"), "{denial:?}");
}

#[test]
fn a_strike_on_the_towns_of_a_place_took_place_there() {
    let d = doc("Russian drones struck the towns of Kupiansk and Balakliia on Thursday.");
    let strike = d
        .events
        .iter()
        .find(|e| e.cameo.starts_with("19"))
        .unwrap_or_else(|| panic!("no strike: {:?}", rows(&d)));
    let place = strike.place.map(|i| d.places[i as usize].name.as_str());
    assert_eq!(place, Some("Kupiansk"), "{strike:?}");
}

#[test]
fn a_struck_place_s_country_named_in_the_article_is_the_target() {
    let d = doc("Russia launched a new offensive against Ukraine on Monday. Russian drones struck the town of Kupiansk on Thursday.");
    let strike = d
        .events
        .iter()
        .find(|e| e.sentence == 1 && e.cameo.starts_with("19"))
        .unwrap_or_else(|| panic!("no strike: {:?}", rows(&d)));
    let target = common::code_of(&d, strike.target);
    assert_eq!(target.as_deref(), Some("UKR"), "{:?}", rows(&d));
}

#[test]
fn a_visit_to_the_town_of_a_place_gives_no_target() {
    let d = doc("Russia criticized Ukraine on Monday. The Russian minister visited the town of Kupiansk on Thursday.");
    assert!(
        d.events
            .iter()
            .filter(|e| e.sentence == 1)
            .all(|e| common::code_of(&d, e.target).as_deref() != Some("UKR")),
        "{:?}",
        rows(&d)
    );
}
