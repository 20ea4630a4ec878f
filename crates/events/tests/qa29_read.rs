//! Session 29, read sample: wrong acts and sides found judging 150 events from the middle of
//! PolNeAR dev (real political news). Sentences are invented.

use crate::common;

use common::{day, has, has_root, has_target, pipeline, rows};

#[test]
fn a_word_of_a_law_name_is_no_act() {
    // "the Fair Sentencing Act" sentences no one.
    for text in [
        "Senator Scott helped shape the Fair Sentencing Act of 2010.",
        "The Senate passed the Fair Sentencing Act on Tuesday.",
    ] {
        let d = pipeline(text, day(2016, 9, 20));
        assert!(!has_root(&d, "17"), "{text}: {:?}", rows(&d));
    }
}

#[test]
fn a_title_case_headline_inside_the_text_keeps_its_act() {
    // Every longer word is capitalised: no name, a headline's verb.
    let d = pipeline(
        "The campaign sent an email to reporters on Monday.\nIt read: Donald Trump Slams Hillary Clinton Over Trade Deals At Ohio Rally.",
        day(2016, 5, 5),
    );
    assert!(has(&d, "USAELI", Some("USAELI"), "111"), "{:?}", rows(&d));
}

#[test]
fn a_word_in_capitals_is_no_name() {
    let d = pipeline(
        "CONGRESS HAS INVESTIGATED HIM -- his dubious advice earned Dr. Oz the attention of lawmakers.",
        day(2016, 9, 15),
    );
    assert!(has_root(&d, "09"), "{:?}", rows(&d));
}

#[test]
fn showing_a_state_something_with_a_that_clause_is_no_protest() {
    let d = pipeline(
        "The United States wants to demonstrate to North Korea that there are consequences.",
        day(2016, 9, 9),
    );
    assert!(!has_root(&d, "14"), "{:?}", rows(&d));
}

#[test]
fn demonstrating_against_a_bill_stays_a_protest() {
    // The parse may read the bill as a clause of its own; it opens with no "that".
    let d = pipeline(
        "Georgians demonstrated against the foreign agents bill.",
        day(2023, 3, 7),
    );
    assert!(has(&d, "GEO", None, "141"), "{:?}", rows(&d));
}

#[test]
fn an_act_whose_chance_or_wisdom_is_weighed_is_none_done() {
    for (text, root) in [
        (
            "People disagree about whether there is any chance of North Korea threatening the United States.",
            "13",
        ),
        (
            "Some Democrats question the wisdom of committing to President Obama.",
            "03",
        ),
    ] {
        let d = pipeline(text, day(2016, 9, 9));
        assert!(!has_root(&d, root), "{text}: {:?}", rows(&d));
    }
}

#[test]
fn the_party_compared_with_is_no_doer() {
    for text in [
        "Senator Ruth Hale, like Donald Trump, has refused to apologize for the comment.",
        "\"She, like Donald Trump, has refused to apologize for a crude remark about veterans.",
    ] {
        let d = pipeline(text, day(2016, 9, 28));
        assert!(
            !rows(&d)
                .iter()
                .any(|(s, _, _)| s.as_deref() == Some("USAELI")),
            "{text}: {:?}",
            rows(&d)
        );
    }
    // The senator's refusal itself stays, with her as its doer.
    let d = pipeline(
        "Senator Ruth Hale, like Donald Trump, has refused to apologize for the comment.",
        day(2016, 9, 28),
    );
    assert!(
        rows(&d)
            .iter()
            .any(|(s, _, _)| s.as_deref() == Some("USALEG")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn an_example_after_like_still_does_the_act() {
    let d = pipeline(
        "Although senators like Marco Rubio have criticized Obama over the pipeline, work has begun.",
        day(2016, 2, 1),
    );
    assert!(has(&d, "USALEG", Some("USAGOV"), "111"), "{:?}", rows(&d));
}

#[test]
fn arriving_in_a_country_as_a_teenager_is_no_visit() {
    let d = pipeline(
        "My wife and I arrived in the United States as teens.",
        day(2016, 9, 16),
    );
    assert!(!has_root(&d, "04"), "{:?}", rows(&d));
    let d = pipeline(
        "King Hussein of Jordan arrived in Washington on Monday.",
        day(1990, 8, 16),
    );
    assert!(has_root(&d, "04"), "{:?}", rows(&d));
}

#[test]
fn a_name_after_the_title_in_apposition_names_the_kin() {
    // "his wife, Democratic presidential nominee Hillary Clinton": the parse hangs the name
    // on the title, the title on "wife"; the possessor is not the one investigated.
    let d = pipeline(
        "Reno spoke with Bill Clinton in May while agents were investigating his wife, Democratic party nominee Hillary Clinton, over the gifts.",
        day(2016, 9, 29),
    );
    assert!(
        rows(&d)
            .iter()
            .any(|(_, t, c)| c.starts_with("09") && t.as_deref() == Some("USAELI")),
        "{:?}",
        rows(&d)
    );
    assert!(
        d.events.iter().all(|e| !e.cameo.starts_with("09")
            || e.target
                .is_none_or(|r| d.actors[r.actor as usize].name != "Bill Clinton")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_noun_predicated_of_someone_is_no_target() {
    // "will never be president of the United States": the predicate names no one the
    // promise is made to (it was read as the sitting president).
    for text in [
        "I know Hale, and I can promise you he is never going to be president of the United States.",
        "I can assure you she will never be president of the United States.",
    ] {
        let d = pipeline(text, day(2016, 9, 16));
        assert!(
            !rows(&d)
                .iter()
                .any(|(_, t, _)| t.as_deref() == Some("USAGOV")),
            "{text}: {:?}",
            rows(&d)
        );
    }
}

#[test]
fn a_request_made_in_a_letter_is_made_to_its_addressee() {
    let d = pipeline(
        "Democrats requested the files last week in a letter to the State Department.",
        day(2016, 9, 23),
    );
    assert!(has_target(&d, "USAGOV", "02"), "{:?}", rows(&d));
    let d = pipeline(
        "The senators demanded the documents in an email to the Pentagon on Friday.",
        day(2016, 9, 23),
    );
    assert!(has_target(&d, "USAMIL", "10"), "{:?}", rows(&d));
}

#[test]
fn a_message_the_act_asks_for_names_no_addressee_of_the_act() {
    let d = pipeline(
        "The mayor said: I urge you to do what is right and send a message to the Iranians.",
        day(1998, 3, 3),
    );
    assert!(
        !rows(&d)
            .iter()
            .any(|(_, t, c)| c.starts_with("02") && t.as_deref() == Some("IRN")),
        "{:?}",
        rows(&d)
    );
}
