//! Session 27, sides (second pass): sides the sentence names but the event left empty, from
//! a blind judge's dyad verdicts on real news. Sentences are invented.

use crate::common;

use common::{day, has, has_source, pipeline, rows};

#[test]
fn the_former_officeholder_is_the_one_named_before() {
    // "The former president" is Nixon, named in the sentence before, out of office in 1989.
    let d = pipeline(
        "Richard Nixon arrived in Beijing on Monday. The former president held talks with Chinese leaders.",
        day(1989, 6, 12),
    );
    assert!(has(&d, "USAELI", Some("CHNGOV"), "046"), "{:?}", rows(&d));
    assert!(has(&d, "CHNGOV", Some("USAELI"), "046"), "{:?}", rows(&d));
}

#[test]
fn a_former_office_the_person_never_held_names_someone_else() {
    // Carter was never a senator; "the former senator" is left empty, not Carter.
    let d = pipeline(
        "Jimmy Carter arrived in Nairobi on Monday. The former senator met Kenyan leaders.",
        day(1989, 6, 12),
    );
    assert!(!has_source(&d, "USAELI", "040"), "{:?}", rows(&d));
}

#[test]
fn the_partner_of_someones_talks_is_not_the_former_officeholder() {
    // "his talks with Hosni Mubarak": the former president is the owner, not Mubarak.
    let d = pipeline(
        "In his talks with Hosni Mubarak, the former president urged Israel to stop the raids.",
        day(2026, 3, 3),
    );
    assert!(
        !rows(&d).iter().any(|(s, t, _)| s.is_some() && s == t),
        "{:?}",
        rows(&d)
    );
    assert!(
        d.events.iter().any(|e| e.cameo.starts_with("04")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn an_office_held_only_later_is_no_former_one() {
    // In 2016 Donald Trump has not yet been president: "the former president" is not him.
    let d = pipeline(
        "Donald Trump spoke in Ohio on Monday. He criticized the former president for the war.",
        day(2016, 6, 12),
    );
    assert!(
        !rows(&d)
            .iter()
            .any(|(s, t, c)| c.starts_with("11") && s == t),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_us_state_sued_is_a_side_printed_by_its_name() {
    // The state's government, which the KB cannot code: by its text, code null.
    let d = pipeline(
        "The Justice Department sued North Carolina over the law on Monday.",
        day(2016, 5, 10),
    );
    let sued = d.events.iter().any(|e| {
        e.cameo.starts_with("115")
            && e.target
                .and_then(|r| d.actors.get(r.actor as usize))
                .is_some_and(|a| a.name == "North Carolina" && a.code.is_none())
    });
    assert!(sued, "{:?}", rows(&d));
}

#[test]
fn a_us_state_visited_is_no_side() {
    // A place gone to is where, not who: no visit to the state's government.
    let d = pipeline(
        "Senator Bernie Sanders visited Missouri on Saturday.",
        day(2016, 5, 10),
    );
    let visited = d.events.iter().any(|e| {
        e.target
            .and_then(|r| d.actors.get(r.actor as usize))
            .is_some_and(|a| a.name == "Missouri")
    });
    assert!(!visited, "{:?}", rows(&d));
}

#[test]
fn a_title_of_a_place_is_one_name() {
    // "The Prince of Wales" is the visitor by its text, not "Prince" alone.
    let text = "The Prince of Wales visited the farms of Kenya on Monday to meet farmers.";
    let d = pipeline(text, day(2016, 5, 10));
    let prince = d.events.iter().any(|e| {
        e.cameo.starts_with("04")
            && e.source
                .and_then(|r| d.actors.get(r.actor as usize))
                .is_some_and(|a| a.name == "Prince of Wales" && a.code.is_none())
    });
    assert!(prince, "{:?}", rows(&d));
}
