//! Session 26, review: the over-firing shapes a reviewer's invented probes found in the
//! session's senses (warnings of a danger, occasions ahead, pull-outs) and codes (party
//! words inside a longer party name; a mayor of a town abroad is tested in the actors
//! crate, whose stage reads the gazetteer). Sentences are invented.

use crate::common::{coded_by, doc, none_of, not_by, rows, some_of};

use crate::common::all_hypothetical as hypothetical;

#[test]
fn a_warning_about_the_warned_sides_own_conduct_stays_a_warning() {
    some_of(
        "France warned Syria about its use of chemical weapons.",
        "11",
    );
    // the danger told stays no disapproval
    none_of("Russia warned Ukraine of an attack.", "11");
}

#[test]
fn people_a_future_meeting_will_see_are_described_not_scheduled() {
    hypothetical(
        "Merkel will meet Russian officials who criticize Germany.",
        "111",
        false,
    );
    hypothetical(
        "Obama will attend the conference at which he and Putin meet.",
        "040",
        true,
    );
}

#[test]
fn a_deal_pulled_out_of_is_no_deal_made() {
    none_of(
        "Russia pulled out of the nuclear deal with the United States.",
        "057",
    );
    some_of(
        "Russia signed a nuclear deal with the United States.",
        "057",
    );
}

use crate::common::US_STORY;

#[test]
fn another_countrys_party_ending_in_a_party_word_is_no_us_party() {
    for text in [
        "Social Democratic leaders in Germany criticized the tariff plan.",
        "Christian Democratic officials criticized the tariff plan.",
    ] {
        not_by(&format!("{US_STORY} {text}"), "USAPTY", "1");
    }
    coded_by(
        &format!("{US_STORY} Senior Republican leaders criticized the White House."),
        "USAPTY",
        "1",
    );
}

#[test]
fn an_act_opened_by_instead_of_was_not_done() {
    // the parse hangs a fixed "instead of" on "instead"
    let d = doc("Russia attacked the village instead of negotiating with Ukraine.");
    let talks: Vec<_> = d.events.iter().filter(|e| e.cameo == "046").collect();
    assert!(!talks.is_empty(), "{:?}", rows(&d));
    assert!(talks.iter().all(|e| e.negated), "{:?}", rows(&d));
    // the act done stays done
    assert!(
        d.events
            .iter()
            .filter(|e| e.cameo == "190")
            .all(|e| !e.negated),
        "{:?}",
        rows(&d)
    );
}
