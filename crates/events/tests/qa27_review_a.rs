//! Session 27, review: shapes where this session's event rules fired too widely, found by
//! probing them with invented wire sentences. Each test holds the over-fired shape and the
//! case the rule was written for, which stays.

use crate::common;
use crate::qa22_sides::sides;

use common::{coded, none_of, not_by};

#[test]
fn animals_make_no_killing_only_when_they_are_what_is_killed() {
    // The animal words name the object (or the of-phrase of a number heading it, or the
    // object a joined verb shares), not any word of the clause.
    coded(
        "Somali rebels killed 12 Kenyan villagers and stole their cattle on Monday.",
        "SOMREB",
        Some("KENCVL"),
        "18",
    );
    coded(
        "Somali gunmen killed 20 Kenyans at a livestock market in Mandera.",
        "SOM",
        Some("KEN"),
        "18",
    );
    coded(
        "Ugandan troops killed three Kenyan cattle herders on Monday.",
        "UGAMIL",
        Some("KEN"),
        "18",
    );
    coded(
        "Somali rebels killed two Kenyan aid workers and a dog in the raid.",
        "SOMREB",
        Some("KENNGO"),
        "18",
    );
    none_of(
        "Kenyan officials are killing stray dogs to stop rabies.",
        "18",
    );
    none_of(
        "Kenyan health officials killed thousands of chickens in Nairobi.",
        "18",
    );
    none_of(
        "Kenyan farmers will kill and bury their pigs after the outbreak.",
        "18",
    );
}

#[test]
fn powers_and_speeches_are_no_aid_only_when_they_are_what_is_given() {
    coded(
        "The United States gave economic aid to Kenya and new authority to its envoy.",
        "USA",
        Some("KEN"),
        "07",
    );
    // A speech given on aid, the phrase parsed on the verb: the aid is its topic.
    none_of(
        "President Kenyatta gave a speech on economic aid to Uganda.",
        "07",
    );
}

/// Is some event of `text` printed (by [`sides`]) with the side coded `code` as its target?
fn targets(text: &str, code: &str) -> bool {
    sides(text).iter().any(|g| {
        g.split(" -> ")
            .nth(1)
            .is_some_and(|t| t.contains(&format!("[{code}]")))
    })
}

#[test]
fn past_verbs_sharing_an_object_are_no_headline_passive() {
    // "killed and wounded 30 soldiers": the noun phrase after the last joined verb is the
    // object of each, so the subject did the harm.
    for (text, doer) in [
        (
            "Somali rebels killed and wounded 30 Kenyan soldiers on Monday.",
            "SOMREB",
        ),
        (
            "Somali rebels kidnapped and killed two Kenyan aid workers.",
            "SOMREB",
        ),
        (
            "Kenyan police detained, beat and deported two Ugandan journalists.",
            "KENCOP",
        ),
    ] {
        assert!(!targets(text, doer), "{text}: {:?}", sides(text));
    }
    coded(
        "Somali rebels killed and wounded 30 Kenyan soldiers on Monday.",
        "SOMREB",
        Some("KENMIL"),
        "18",
    );
    // The headline passive stays: no object after the participle.
    let text = "Three Kenyan soldiers killed in an ambush by Somali rebels.";
    assert!(targets(text, "KENMIL"), "{:?}", sides(text));
}

#[test]
fn a_trade_verb_with_its_own_object_after_an_adjective_is_trade() {
    // "military" tagged as an adjective before "imports": the verb's object says it trades.
    coded(
        "Iran's military imports most of its weapons from Russia.",
        "IRNMIL",
        Some("RUS"),
        "06",
    );
    none_of("Japan's total exports to China fell sharply.", "06");
}

#[test]
fn a_joined_bare_participle_with_a_by_phrase_is_passive() {
    // The parse hangs the second participle on the noun the first describes; the noun it
    // shares is the one harmed and the by-phrase names the doer.
    coded(
        "Two Kenyan aid workers kidnapped and killed by Somali rebels.",
        "SOMREB",
        Some("KENNGO"),
        "18",
    );
    not_by(
        "Two Kenyan aid workers kidnapped and killed by Somali rebels.",
        "KEN",
        "18",
    );
    // An active verb joined to a first one keeps its subject as the doer.
    coded(
        "Somali rebels kidnapped and killed two Kenyan aid workers.",
        "SOMREB",
        Some("KENNGO"),
        "18",
    );
}

#[test]
fn both_sides_are_never_a_group_the_kb_cannot_code() {
    // The nearest earlier act between two actors is a criticism of "the media", a group with
    // no code: no side of the talks the later sentence speaks of.
    none_of(
        "Japanese Ambassador Taizo Okada criticized the media for its coverage of the trade \
         talks. Both sides have agreed to continue the talks next month.",
        "03",
    );
    // Two coded parties met before: they are both sides.
    coded(
        "Kenyan President Uhuru Kenyatta met Ugandan President Yoweri Museveni on Monday. \
         Both sides have agreed to meet again next month.",
        "UGAGOV",
        Some("KENGOV"),
        "03",
    );
}
