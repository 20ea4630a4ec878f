//! Session 22 review: over-firing shapes of this session's actor rules, found by probing
//! them with invented wire sentences.

use crate::common;

use common::{assert_code, assert_no_code_prefix, assert_not_code, resolve_parsed_from};

#[test]
fn rebels_placed_by_their_own_sentence_take_no_nearby_group_s_country() {
    let doc = resolve_parsed_from(
        "Hamas condemned the killing of its commander on Monday. In Syria, rebels attacked \
         army positions near the northern city of Aleppo.",
        (2015, 4, 6),
        None,
    );
    assert_not_code(&doc, "rebels", Some("PSEREB"));
    let doc = resolve_parsed_from(
        "Hezbollah fired rockets at two border posts on Sunday. Israeli troops later fired at \
         militants in Jenin.",
        (2015, 4, 6),
        None,
    );
    assert_not_code(&doc, "militants", Some("LBNREB"));
}

#[test]
fn rebels_beside_a_group_with_no_place_of_their_own_still_take_its_country() {
    let doc = resolve_parsed_from(
        "Hamas said it had carried out the raid on Monday. Militants fired mortars at a border \
         post.",
        (2015, 4, 6),
        None,
    );
    assert_code(&doc, "Militants", Some("PSEREB"));
}

#[test]
fn georgia_in_a_washington_story_stays_the_country() {
    let doc = resolve_parsed_from(
        "Russia invaded Georgia in 2008, and senators from every state voted to condemn the \
         war.",
        (2009, 2, 3),
        Some("WASHINGTON"),
    );
    assert_code(&doc, "Georgia", Some("GEO"));
}

#[test]
fn georgia_called_a_state_in_a_washington_story_is_the_us_state() {
    let doc = resolve_parsed_from(
        "The state of Georgia sued the Justice Department on Monday over the new voting rules.",
        (2009, 2, 3),
        Some("WASHINGTON"),
    );
    assert_no_code_prefix(&doc, "Georgia", "GEO");
}

#[test]
fn georgia_in_a_list_of_states_in_a_washington_story_is_the_us_state() {
    let doc = resolve_parsed_from(
        "The senator won the primaries in Alabama, Georgia and Tennessee on Tuesday night.",
        (2016, 3, 2),
        Some("WASHINGTON"),
    );
    assert_no_code_prefix(&doc, "Georgia", "GEO");
}

#[test]
fn a_faith_group_in_a_named_country_is_that_country_s() {
    let doc = resolve_parsed_from(
        "Catholic priests in Poland protested against the government on Sunday.",
        (2024, 3, 10),
        None,
    );
    assert_code(&doc, "Catholic priests in Poland", Some("POLCHRCTH"));
    assert_code(&doc, "the government", Some("POLGOV"));
    let doc = resolve_parsed_from(
        "Muslim leaders in France condemned the attack on the mosque.",
        (2024, 3, 10),
        None,
    );
    assert_code(&doc, "Muslim leaders", Some("FRAMOS"));
}

#[test]
fn a_country_before_a_state_body_s_head_word_names_its_own_body() {
    let doc = resolve_parsed_from(
        "The Philippines Department of Foreign Affairs summoned the Chinese ambassador.",
        (2017, 6, 1),
        None,
    );
    assert!(
        doc.mentions
            .iter()
            .filter_map(|m| doc.actors.get(m.actor as usize)?.code.as_deref())
            .any(|c| c.starts_with("PHL")),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}
