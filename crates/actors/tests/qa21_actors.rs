//! Session 21 (actors helper): actors left null or given the wrong country or role in
//! the development corpora, each shape in sentences written for these tests.

use crate::common;

use common::{assert_code, assert_not_code, resolve_parsed_from};

#[test]
fn a_senator_with_no_state_in_a_story_about_cuba_is_american() {
    let doc = resolve_parsed_from(
        "Senator Alma Reyes, a Democrat, criticized the new U.S. rules for visits to Havana on \
         Tuesday. The Cuban government called the rules an insult, and Cuba recalled its envoy. Cuban \
         officials said the talks were over.",
        (1999, 3, 2),
        None,
    );
    assert_code(&doc, "Senator Alma Reyes", Some("USALEG"));
}

#[test]
fn a_representative_with_no_state_beside_beijing_is_american() {
    let doc = resolve_parsed_from(
        "Republican Representative Dunmore said the United States should punish Beijing for its currency \
         policy. Chinese officials did not answer.",
        (2016, 3, 2),
        None,
    );
    assert_code(&doc, "Representative Dunmore", Some("USALEG"));
}

#[test]
fn a_senator_in_a_story_that_never_names_the_united_states_stays_uncoded() {
    let doc = resolve_parsed_from(
        "Senator Alma Reyes criticized the new rules for visits to Havana on Tuesday. The \
         Cuban government called the rules an insult.",
        (1999, 3, 2),
        None,
    );
    assert_not_code(&doc, "Senator Alma Reyes", Some("USALEG"));
}

#[test]
fn a_senator_under_a_foreign_dateline_stays_that_country_s() {
    let doc = resolve_parsed_from(
        "Senator Alma Reyes criticized the new rules for fishing permits on Tuesday. The \
         president's office did not answer.",
        (1999, 3, 2),
        Some("MANILA"),
    );
    assert_code(&doc, "Senator Alma Reyes", Some("PHLLEG"));
}

#[test]
fn a_senator_of_a_story_that_names_its_own_senate_stays_that_country_s() {
    let doc = resolve_parsed_from(
        "The Philippine Senate met on Monday. Senator Alma Reyes criticized the new rules for \
         fishing permits. Filipino fishermen cheered.",
        (1999, 3, 2),
        None,
    );
    assert_code(&doc, "Senator Alma Reyes", Some("PHLLEG"));
}

#[test]
fn a_governor_with_no_state_in_a_story_about_cuba_is_not_made_american() {
    let doc = resolve_parsed_from(
        "Governor Alma Reyes criticized the new rules for visits to Havana on Tuesday. The \
         Cuban government called the rules an insult, and Cuba recalled its envoy.",
        (1999, 3, 2),
        None,
    );
    assert_not_code(&doc, "Governor Alma Reyes", Some("USAGOV"));
}

#[test]
fn a_state_senator_with_no_state_is_not_made_a_member_of_congress() {
    let doc = resolve_parsed_from(
        "State Sen. Alma Reyes opposed the bill on Tuesday, and Republican Senator Dana Holt backed it. \
         Beijing said the American bill was hostile to China.",
        (2016, 3, 2),
        None,
    );
    assert_not_code(&doc, "Alma Reyes", Some("USALEG"));
    assert_code(&doc, "Senator Dana Holt", Some("USALEG"));
}

#[test]
fn a_party_s_national_chairman_is_not_the_government() {
    let doc = resolve_parsed_from(
        "Reporters pressed Republican National Chairman Dale Okonkwo on the primary rules. \
         The White House declined to comment.",
        (2016, 3, 2),
        Some("WASHINGTON"),
    );
    assert_not_code(&doc, "Dale Okonkwo", Some("USAGOV"));
}

#[test]
fn thought_leaders_are_not_the_government() {
    let doc = resolve_parsed_from(
        "Conservative thought leaders such as the radio host Dale Okonkwo are backing the \
         senator. The White House declined to comment.",
        (2016, 3, 2),
        Some("WASHINGTON"),
    );
    assert_not_code(&doc, "leaders", Some("USAGOV"));
}

#[test]
fn the_government_after_an_opening_in_capital_is_that_capital_s_country() {
    let doc = resolve_parsed_from(
        "President Clinton spoke about the boy's return to Cuba on Monday. In Havana, the \
         government said the boy must come home.",
        (2000, 1, 10),
        Some("WASHINGTON"),
    );
    assert_code(&doc, "the government", Some("CUBGOV"));
}

#[test]
fn officials_after_an_opening_in_capital_are_that_capital_s_country() {
    let doc = resolve_parsed_from(
        "President Clinton spoke about the boy's return to Cuba on Monday. In Havana, officials \
         said the boy must come home.",
        (2000, 1, 10),
        Some("WASHINGTON"),
    );
    assert_code(&doc, "officials", Some("CUBGOV"));
}

#[test]
fn an_opening_in_phrase_of_no_place_leaves_the_story_country() {
    let doc = resolve_parsed_from(
        "The minister flew home on Friday. In March, officials welcomed the new treaty.",
        (1998, 3, 2),
        Some("KIEV"),
    );
    assert_code(&doc, "officials", Some("UKRGOV"));
}

#[test]
fn a_body_named_after_the_verb_of_an_opening_in_capital_sentence_keeps_its_own_country() {
    let doc = resolve_parsed_from(
        "President Clinton spoke about the boy on Monday. In Havana, Fidel Castro said the \
         case would be settled by the courts.",
        (2000, 1, 10),
        Some("WASHINGTON"),
    );
    assert_not_code(&doc, "the courts", Some("CUBJUD"));
}

#[test]
fn a_liberation_army_named_with_a_place_is_that_place_s_rebels_not_its_army() {
    let doc = resolve_parsed_from(
        "The Kosovo Liberation Army ambushed a police convoy near the border on Sunday.",
        (1998, 3, 22),
        Some("PRISTINA"),
    );
    let render = attache_actors::resolve::render_mentions(&doc);
    assert_code(&doc, "Kosovo Liberation Army", Some("XKXREB"));
    assert!(common::actor_exact(&doc, "Kosovo").is_none(), "{render}");
}

#[test]
fn a_republican_army_named_with_a_demonym_is_one_rebel_group() {
    let doc = resolve_parsed_from(
        "The bombing of the market was blamed on the Irish Republican Army by the police.",
        (1998, 3, 22),
        Some("BELFAST"),
    );
    let render = attache_actors::resolve::render_mentions(&doc);
    assert_code(&doc, "Irish Republican Army", Some("IRLREB"));
    assert!(common::actor_exact(&doc, "Irish").is_none(), "{render}");
}

#[test]
fn a_persons_supporters_are_not_the_person() {
    let doc = resolve_parsed_from(
        "Thousands of Yeltsin supporters marched to the parliament on Sunday, and Yeltsin's \
         loyalists in the army stayed in their barracks. Yeltsin thanked them.",
        (1998, 3, 22),
        Some("MOSCOW"),
    );
    let render = attache_actors::resolve::render_mentions(&doc);
    let yeltsin: Vec<&str> = doc
        .mentions
        .iter()
        .filter(|m| {
            doc.actors
                .get(m.actor as usize)
                .is_some_and(|a| a.code.as_deref() == Some("RUSGOV"))
        })
        .map(|m| doc.slice(m.span))
        .collect();
    assert_eq!(yeltsin, vec!["Yeltsin"], "{render}");
}

#[test]
fn a_chairman_after_a_company_s_possessive_is_not_the_government() {
    let doc = resolve_parsed_from(
        "Molly Fenn's chairman, Oren Talbot, praised the accord on Friday. The Japanese \
         cabinet approved it.",
        (1990, 8, 13),
        Some("TOKYO"),
    );
    assert_not_code(&doc, "Oren Talbot", Some("JPNGOV"));
}

#[test]
fn a_spokesman_after_a_country_s_possessive_stays_that_government_s() {
    let doc = resolve_parsed_from(
        "Japan's spokesman, Oren Talbot, praised the accord on Friday.",
        (1990, 8, 13),
        Some("TOKYO"),
    );
    assert_code(&doc, "Oren Talbot", Some("JPNGOV"));
}
