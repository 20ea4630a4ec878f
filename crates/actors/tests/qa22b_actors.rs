//! Session 22 reviewer's actor findings: the WHO's dotted acronym, peoples with no state of
//! their own, and an envoy's own state against the one they are sent to. Invented sentences.

use crate::common;

use common::{assert_code, assert_not_code, resolve_parsed_from};

#[test]
fn the_dotted_who_acronym_is_the_world_health_organization() {
    for text in [
        "Ministers criticized the W.H.O. on Tuesday.",
        "The W.H.O. warned governments about the outbreak on Monday.",
    ] {
        let doc = resolve_parsed_from(text, (2020, 3, 2), None);
        assert_code(&doc, "W.H.O.", Some("IGOUNOHLHWHO"));
    }
    let doc = resolve_parsed_from(
        "Officials have warned the WHO to be cautious.",
        (2020, 3, 2),
        None,
    );
    assert_code(&doc, "WHO", Some("IGOUNOHLHWHO"));
}

#[test]
fn the_who_after_an_article_is_tagged_a_name_not_a_pronoun() {
    for text in [
        "Officials have warned the WHO not to be complacent.",
        "The WHO said the outbreak was slowing.",
    ] {
        let doc = resolve_parsed_from(text, (2020, 3, 2), None);
        let who = doc
            .tokens
            .iter()
            .find(|t| doc.slice(t.span) == "WHO")
            .expect("a WHO token");
        assert!(who.upos.is("PROPN"), "{text}: {:?}", who.upos);
    }
    // the pronoun itself keeps its tag
    let doc = resolve_parsed_from("Officials who met on Monday agreed.", (2020, 3, 2), None);
    let who = doc
        .tokens
        .iter()
        .find(|t| doc.slice(t.span) == "who")
        .expect("a who token");
    assert!(!who.upos.is("PROPN"), "{:?}", who.upos);
}

#[test]
fn leaders_of_a_people_with_no_state_take_no_government_code() {
    for (text, mention) in [
        (
            "Kurdish leaders criticized the government in Ankara on Monday.",
            "leaders",
        ),
        (
            "Tamil leaders criticized the government in Colombo on Monday.",
            "leaders",
        ),
    ] {
        let doc = resolve_parsed_from(text, (2019, 5, 6), None);
        assert_code(&doc, mention, None);
    }
    let doc = resolve_parsed_from(
        "Kurdish leaders said the offensive would fail.",
        (2019, 5, 6),
        Some("ANKARA, Turkey"),
    );
    assert_not_code(&doc, "leaders", Some("TURGOV"));
}

#[test]
fn a_people_word_does_not_hide_a_nationality_before_it() {
    let doc = resolve_parsed_from(
        "Turkish officials criticized the offensive in Ankara on Monday.",
        (2019, 5, 6),
        None,
    );
    assert_code(&doc, "Turkish officials", Some("TURGOV"));
}

#[test]
fn an_envoy_of_one_state_to_another_is_the_sending_state_s() {
    let doc = resolve_parsed_from(
        "The ambassador of Iran to Iraq criticized the United States on Monday.",
        (2019, 5, 6),
        None,
    );
    // the state they are sent to stays a mention of its own, as after "Iran's ambassador"
    assert_code(&doc, "The ambassador of Iran", Some("IRNGOV"));
    assert_code(&doc, "Iraq", Some("IRQ"));
    let doc = resolve_parsed_from(
        "Iran's ambassador to Iraq met the prime minister on Sunday.",
        (2019, 5, 6),
        None,
    );
    assert_code(&doc, "Iran's ambassador", Some("IRNGOV"));
}

#[test]
fn a_diplomat_described_as_western_is_not_the_host_country_s() {
    let doc = resolve_parsed_from(
        "Afghan officials met on Monday. A Western diplomat in Kabul criticized the Taliban.",
        (2019, 5, 6),
        Some("KABUL"),
    );
    assert_code(&doc, "A Western diplomat", None);
}

#[test]
fn a_faith_role_of_two_segments_is_private_as_its_first_segment() {
    // The event coder's "political role" test and the actors stage's private nouns read one
    // list: a Catholic's or Protestant's code is a Christian's, no political office.
    for role in [
        "CVL", "REF", "CHR", "CHRCTH", "CHRPRO", "CHRMAR", "JEW", "MOS", "HIN", "BUD",
    ] {
        assert!(attache_core::is_private_role(role), "{role}");
    }
    for role in ["GOV", "OPP", "MIL", "LEG", "IGO", "GOVCHR", "", "CH"] {
        assert!(!attache_core::is_private_role(role), "{role}");
    }
}
