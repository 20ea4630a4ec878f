//! Session 27, titles: doers named by a title "of" a place or body, and event nouns with a
//! name before them, from a blind judge's verdicts on real news. Sentences are invented; these
//! guard the shapes that already code as they should (see ARCHITECTURE, "Twenty-seventh
//! session, titles", for those left as found).

use crate::common;

use common::{day, has, has_source, pipeline, rows};

#[test]
fn a_governor_of_a_city_in_a_dated_story_is_its_government() {
    let d = pipeline(
        "LAGOS, Nigeria (AP) -- The Governor of Lagos criticized the police on Monday after a week of protests in the city.",
        day(2019, 3, 4),
    );
    assert!(has_source(&d, "NGAGOV", "11"), "{:?}", rows(&d));
}

#[test]
fn the_secretary_general_of_the_united_nations_is_the_un() {
    let d = pipeline(
        "The Secretary-General of the United Nations urged both sides to halt the fighting in Sudan on Wednesday.",
        day(2019, 3, 4),
    );
    assert!(has_source(&d, "IGOUNO", "02"), "{:?}", rows(&d));
}

#[test]
fn a_leaders_name_before_talks_is_the_talks_doer() {
    // "The Nixon talks in Beijing": the tagger's noun with a name modifier.
    let d = pipeline(
        "The Nixon talks in Beijing ended on Friday with a joint statement.",
        day(1972, 2, 25),
    );
    assert!(has_source(&d, "USAGOV", "04"), "{:?}", rows(&d));
}

#[test]
fn talks_owned_or_between_leaders_are_both_ways() {
    for text in [
        "Krenz's talks with Kohl ended on Friday.",
        "The talks between Krenz and Kohl ended on Friday.",
    ] {
        let d = pipeline(text, day(1989, 11, 3));
        assert!(
            has(&d, "DDRGOV", Some("DEUGOV"), "04"),
            "{text}: {:?}",
            rows(&d)
        );
        assert!(
            has(&d, "DEUGOV", Some("DDRGOV"), "04"),
            "{text}: {:?}",
            rows(&d)
        );
    }
}

#[test]
fn a_governor_of_a_us_state_is_left_to_the_state_office_rules() {
    // "of Texas" is a US state: no federal government from the "of" phrase.
    let d = pipeline(
        "The governor of Texas criticized Mexico on Monday.",
        day(2019, 3, 4),
    );
    assert!(
        !rows(&d)
            .iter()
            .any(|(s, _, _)| s.as_deref() == Some("USAGOV")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn talks_the_tagger_made_a_verb_after_the_and_a_name_are_that_names() {
    // "The Krenz talks with Kohl ended": the tagger's VBZ "talks" with "ended" its clause.
    for text in [
        "The Krenz talks with Kohl ended on Friday without agreement.",
        "The Kohl talks with Krenz were cordial.",
    ] {
        let d = pipeline(text, day(1989, 11, 3));
        assert!(
            has(&d, "DDRGOV", Some("DEUGOV"), "04"),
            "{text}: {:?}",
            rows(&d)
        );
        assert!(
            has(&d, "DEUGOV", Some("DDRGOV"), "04"),
            "{text}: {:?}",
            rows(&d)
        );
    }
}
