//! Session 20 (third actors helper): named actors and bodies left without a code, each shape
//! in sentences written for these tests.

use crate::common;

use common::resolve_parsed_from;

#[test]
fn opposition_groups_are_the_story_countrys_opposition() {
    let doc = resolve_parsed_from(
        "Opposition groups called a general strike for Thursday. The interior minister said \
         the police would keep the roads to the capital open.",
        (1998, 5, 4),
        Some("NAIROBI"),
    );
    assert_eq!(
        common::code(&doc, "Opposition groups").as_deref(),
        Some("KENOPP"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn an_indefinite_ministry_spokesman_is_the_story_countrys_government() {
    let doc = resolve_parsed_from(
        "A Foreign Ministry spokesman accused Norway of meddling on Tuesday. Cuba has long \
         rejected such reports.",
        (1999, 2, 9),
        Some("HAVANA"),
    );
    assert_eq!(
        common::code(&doc, "A Foreign Ministry spokesman").as_deref(),
        Some("CUBGOV"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn an_indefinite_spokesman_with_no_body_stays_nobody() {
    let doc = resolve_parsed_from(
        "A spokesman declined to comment on the talks on Tuesday. Cuba has long rejected such \
         reports.",
        (1999, 2, 9),
        Some("HAVANA"),
    );
    assert_eq!(common::code(&doc, "A spokesman"), None);
}

#[test]
fn the_pope_is_the_vatican_s_head_of_state_not_the_story_country() {
    let doc = resolve_parsed_from(
        "The pope urged the rebels to free the hostages on Sunday. The pontiff spoke to \
         pilgrims near the port.",
        (1999, 4, 11),
        Some("LISBON"),
    );
    for text in ["The pope", "The pontiff"] {
        assert_eq!(
            common::code(&doc, text).as_deref(),
            Some("VATGOV"),
            "{text}: {}",
            attache_actors::resolve::render_mentions(&doc)
        );
    }
}

#[test]
fn a_president_is_no_title_of_one_country() {
    let doc = resolve_parsed_from(
        "The president urged the rebels to free the hostages on Sunday.",
        (1999, 4, 11),
        Some("LISBON"),
    );
    assert_ne!(
        common::code(&doc, "The president").as_deref(),
        Some("USAGOV"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn a_surname_pope_is_no_pontiff() {
    let doc = resolve_parsed_from(
        "Dana Pope, a county clerk, said the ballots would be counted again on Monday.",
        (2016, 4, 11),
        Some("WASHINGTON"),
    );
    assert_ne!(
        common::code(&doc, "Dana Pope").as_deref(),
        Some("VATGOV"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn the_vatican_as_a_doer_is_the_holy_sees_government() {
    let doc = resolve_parsed_from(
        "The Vatican protested the arrest of two priests on Monday. Officials in the capital \
         gave no answer.",
        (2001, 3, 5),
        Some("HANOI"),
    );
    assert_eq!(
        common::code(&doc, "Vatican").as_deref(),
        Some("VATGOV"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn a_spelled_out_party_committee_at_a_sentence_start_is_the_party() {
    let doc = resolve_parsed_from(
        "The Republican National Committee sued the county over its ballots on Friday. The \
         suit asks for a recount.",
        (2004, 10, 8),
        Some("WASHINGTON"),
    );
    assert_eq!(
        common::code(&doc, "Republican National Committee").as_deref(),
        Some("USAPTY"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn the_pres_abbreviation_is_the_presidents_office() {
    let doc = resolve_parsed_from(
        "Pres. Obama phoned the Egyptian leader on Thursday. The two men spoke about the \
         border crossing.",
        (2012, 11, 15),
        Some("WASHINGTON"),
    );
    assert_eq!(
        common::actor(&doc, "Obama").and_then(|a| a.code.as_deref()),
        Some("USAGOV"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}
