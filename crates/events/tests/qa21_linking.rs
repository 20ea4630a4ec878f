//! Session 21: who did it to whom. Shapes from the actors helper's judged samples (class
//! "argument choice") and the same shapes in PolNeAR train and TimeBank+AQUAINT, in which the
//! session-start build coded the act but took the wrong mention, or none, for a side. Each
//! test holds invented sentences of the shape.

use crate::common;

use common::{doc, rows};

/// `text` holds an event `src` -> `tgt` (`None`: no target) whose code starts with `root`.
fn coded(text: &str, src: &str, tgt: Option<&str>, root: &str) {
    let d = doc(text);
    assert!(common::has(&d, src, tgt, root), "{text}: {:?}", rows(&d));
}

#[test]
fn a_gerund_of_time_before_its_verb_is_done_by_that_verbs_subject() {
    // The clause opens the sentence: its doer is the subject that follows the comma.
    coded(
        "While praising the Dutch minister at every rally, Chancellor Olaf Scholz has kept \
         his distance from Brussels.",
        "DEU",
        Some("NLD"),
        "05",
    );
    coded(
        "After criticizing Canada for weeks, Prime Minister Narendra Modi sent a new envoy \
         to Ottawa.",
        "IND",
        Some("CAN"),
        "11",
    );
}

#[test]
fn a_gerund_of_time_opened_by_when_is_done_by_its_verbs_subject() {
    // The parse reads "when" as an adverb of the gerund, not as its marker.
    coded(
        "The Australian foreign minister said on Monday when endorsing Japan that the vote \
         was close.",
        "AUS",
        Some("JPN"),
        "051",
    );
    coded(
        "President Emmanuel Macron said on Monday when praising Greece that the talks went \
         well.",
        "FRA",
        Some("GRC"),
        "051",
    );
}

#[test]
fn a_gerund_of_time_hung_on_a_predicate_adjective_is_the_main_verbs_subjects_act() {
    // "called X reckless while praising Y": the parse hangs the gerund on the adjective.
    coded(
        "President Emmanuel Macron on Monday called Turkey reckless while praising Greece \
         as a steady partner.",
        "FRA",
        Some("GRC"),
        "05",
    );
    // (Read leftwards, the object before the adjective became the praiser.)
    coded(
        "Prime Minister Justin Trudeau on Tuesday slammed Mexico as divisive while praising \
         Chile as a loyal friend.",
        "CAN",
        Some("CHL"),
        "05",
    );
    coded(
        "Prime Minister Justin Trudeau on Friday pummeled Mexico as careless while praising \
         Chile as a \"loyal friend.\"",
        "CAN",
        Some("CHL"),
        "05",
    );
}

#[test]
fn a_gerund_of_time_after_a_passive_verb_is_done_by_its_subject() {
    // "was suspended after slamming X": the one suspended is the one who slammed.
    coded(
        "The Kenyan envoy was recalled last month after denouncing Uganda in a speech.",
        "KEN",
        Some("UGA"),
        "11",
    );
}

#[test]
fn a_name_after_a_fronted_phrase_is_the_main_verbs_subject_not_part_of_the_phrase() {
    // The parse hangs the name on the phrase's last noun ("Geneva, Antony Blinken"), leaving
    // the verb with no subject: the gerund before it had no doer.
    coded(
        "After meeting with Russian officials in Geneva, Antony Blinken proposed new talks.",
        "USA",
        Some("RUS"),
        "04",
    );
}

#[test]
fn an_actor_inside_a_fronted_phrase_is_not_a_second_doer_of_the_main_verb() {
    // Read leftwards, the BBC and Qatar were second doers beside the named subject.
    for (text, src, other, tgt, root) in [
        (
            "In a radio interview with the BBC, President Cyril Ramaphosa castigated Israel \
             over the strikes.",
            "ZAF",
            "GBR",
            "ISR",
            "11",
        ),
        (
            "At a press conference before a summit hosted by Qatar, Erdogan praised Egypt for \
             its mediation.",
            "TUR",
            "QAT",
            "EGY",
            "05",
        ),
    ] {
        let d = doc(text);
        assert!(
            common::has(&d, src, Some(tgt), root),
            "{text}: {:?}",
            rows(&d)
        );
        assert!(
            !common::has(&d, other, Some(tgt), root),
            "{text}: {:?}",
            rows(&d)
        );
    }
}

#[test]
fn being_committed_to_an_act_is_the_subjects_own_commitment_not_a_passive() {
    // "is committed to" has no one by whom: its subject is the one who commits.
    coded(
        "President Lula says he is committed to a new round of talks with Argentina.",
        "BRA",
        None,
        "03",
    );
    let d = doc("President Lula says he is committed to a new round of talks with Argentina.");
    assert!(
        !rows(&d).iter().any(
            |(_, t, c)| t.as_deref().is_some_and(|t| t.starts_with("BRA")) && c.starts_with("03")
        ),
        "{:?}",
        rows(&d)
    );
}
