//! Session 29, leftovers: shapes this session's reviewers left (a perfect participle opening
//! the sentence, an act that is only an idea, the party of a comparison). Sentences are
//! invented.

use crate::common;

use common::{day, has, has_root, pipeline, rows};

#[test]
fn a_fronted_perfect_participle_is_done_by_the_main_subject() {
    for (text, root) in [
        (
            "Having accused Russia of lying, Germany said the talks had failed.",
            "11",
        ),
        (
            "Having criticized the Kremlin, Germany urged new sanctions.",
            "11",
        ),
    ] {
        let d = pipeline(text, day(2016, 5, 5));
        assert!(has(&d, "DEU", Some("RUS"), root), "{text}: {:?}", rows(&d));
    }
}

#[test]
fn an_act_that_is_only_an_idea_is_none_done() {
    for text in [
        "The general has an idea to attack the rebels.",
        "Some senators have their own ideas for attacking Iran.",
    ] {
        let d = pipeline(text, day(2016, 5, 5));
        assert!(!has_root(&d, "19"), "{text}: {:?}", rows(&d));
    }
}

#[test]
fn the_party_of_a_comparison_after_an_uncoded_subject_is_no_source() {
    let d = pipeline(
        "The senator, unlike Trump, praised Mexico.",
        day(2016, 5, 5),
    );
    assert!(!has(&d, "USA", None, "05"), "{:?}", rows(&d));
}
