//! Session 17: actors on real news, on sentences of our own: a dateline left in the text,
//! and country words that modify a thing, a war's name, a company or a described person
//! rather than naming the state acting.

use crate::common;

use common::{assert_mention_codes_on, codes_of, resolve_parsed};

const DAY: (i32, u32, u32) = (1998, 5, 14);

/// [`assert_mention_codes_on`] on [`DAY`].
fn assert_mention_codes(text: &str, cases: &[(&str, &[&str])]) {
    assert_mention_codes_on(DAY, text, cases);
}

/// The codes of the actors of every mention covering the first byte of `needle` in the
/// document's text, sorted.
fn codes_covering(doc: &attache_core::Document, needle: &str) -> Vec<String> {
    let Some(at) = doc.text.find(needle) else {
        return vec!["(text not found)".to_string()];
    };
    let at = at as u32;
    let mut codes: Vec<String> = (doc.mentions.iter())
        .filter(|m| m.span.start <= at && at < m.span.end)
        .filter_map(|m| doc.actors.get(m.actor as usize)?.code.clone())
        .collect();
    codes.sort();
    codes
}

#[test]
fn a_dateline_left_in_the_text_names_no_actor() {
    assert_mention_codes(
        "OSORNO, Chile (AP)_ Gunmen burned a grain warehouse on Tuesday. Chile protested to Peru.",
        &[("Chile", &["CHL"])],
    );
    let doc = resolve_parsed(
        "OSORNO, Chile (AP)_ Gunmen burned a grain warehouse on Tuesday.",
        DAY,
    );
    let body = doc.text.find("Gunmen").unwrap_or(0) as u32;
    assert!(
        doc.mentions.iter().all(|m| m.span.start >= body),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
    let doc = resolve_parsed(
        "TARTU, Estonia -- Farmers blocked a road near the town on Monday.",
        DAY,
    );
    assert!(
        doc.mentions.iter().all(|m| doc.slice(m.span) != "Estonia"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn a_line_in_ordinary_case_is_no_dateline() {
    assert_mention_codes(
        "Estonia (the smallest Baltic state) - a member of NATO - protested to Russia.",
        &[("Estonia", &["EST"])],
    );
}

#[test]
fn a_country_word_before_money_or_a_flag_names_no_actor() {
    assert_mention_codes(
        "The ministry offered 9,000 Canadian dollars for news of the missing boat. \
         Marchers waved Brazilian flags outside the embassy.",
        &[("Canadian", &[]), ("Brazilian", &[])],
    );
}

#[test]
fn a_country_before_a_capitalised_war_names_a_war_not_a_state() {
    assert_mention_codes(
        "Veterans of the Vietnam War met the mayor of Dayton on Friday.",
        &[("Vietnam", &[])],
    );
}

#[test]
fn a_country_owning_its_biggest_company_is_no_actor_of_the_phrase() {
    assert_mention_codes(
        "Fiat, Italy's second-largest carmaker, urged its dealers to cut prices. \
         Italy's foreign minister visited Oslo.",
        &[("Italy", &["ITA"])],
    );
    // (the company must stand in the possessor's clause)
    assert_mention_codes(
        "Canada is Norway's closest ally. Canadian companies are the biggest investors there.",
        &[("Norway", &["NOR"])],
    );
    let doc = resolve_parsed(
        "Fiat, Italy's second-largest carmaker, urged its dealers to cut prices.",
        DAY,
    );
    assert!(
        codes_of(&doc, "Italy").is_empty(),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn a_demonym_describing_a_named_person_is_no_state() {
    assert_mention_codes(
        "Chilean swimmer Marta Rojas thanked the crowd in Lima.",
        &[("Chilean", &[])],
    );
    // a ruler so described is the state's
    let doc = resolve_parsed(
        "The letter quoted former Chilean dictator Pablo Ortega at length.",
        DAY,
    );
    assert!(
        !codes_covering(&doc, "Chilean").is_empty(),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
    // a demonym before a role word still gives that role's holder a country
    let doc = resolve_parsed(
        "Chilean Foreign Minister Pablo Ortega thanked the crowd in Lima.",
        DAY,
    );
    assert!(
        doc.actors
            .iter()
            .any(|a| a.code.as_deref() == Some("CHLGOV")),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn a_long_opening_line_with_curly_quotes_is_read_without_error() {
    let text = "Choirs sang “Ode to the Harbour” at the opening of the Fjord Art ‘Days’ fair in Bergen’s old port.\nNorway thanked Iceland.";
    let doc = resolve_parsed(text, DAY);
    assert_eq!(codes_of(&doc, "Norway"), ["NOR"]);
}

#[test]
fn an_agent_noun_of_a_word_naming_no_place_is_no_body_of_the_story_country() {
    let story = "The United States offered a reward on Monday, and the FBI in Washington \
                 opened an inquiry. Letters signed by the Army of Light reached three clinics. \
                 An army of volunteers cleaned the beach. The army sent two helicopters. \
                 Critics said the party of freedom had lost its way.";
    let doc = resolve_parsed(story, DAY);
    let listing = attache_actors::resolve::render_mentions(&doc);
    for (needle, want) in [
        ("Army of Light", &[][..]),
        ("army of volunteers", &[]),
        ("army sent", &["USAMIL"]),
        // (a lower-case party "of" a word is a figure for a real one)
        ("party of freedom", &["USAPTY"]),
    ] {
        assert_eq!(codes_covering(&doc, needle), want, "{needle:?}\n{listing}");
    }
}

#[test]
fn northern_ireland_is_part_of_the_united_kingdom() {
    assert_mention_codes(
        "Police in Northern Ireland arrested two men, and Ireland thanked them.",
        &[
            ("Police in Northern Ireland", &["GBRCOP"]),
            ("Ireland", &["IRL"]),
        ],
    );
}

#[test]
fn a_capital_named_after_in_the_capital_is_the_city() {
    let doc = resolve_parsed(
        "Crowds gathered in the capital Lusaka on Friday for a rally backing the president. \
         Zambia's police watched from the roadside.",
        DAY,
    );
    assert!(
        codes_covering(&doc, "Lusaka on").is_empty(),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
    let doc = resolve_parsed(
        "Marchers filled the streets in the Kenyan capital, Nairobi, to back the new charter.",
        DAY,
    );
    assert!(
        codes_covering(&doc, "Nairobi, to").is_empty(),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn a_royal_title_before_a_shared_name_picks_the_monarch_at_the_story_date() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "King Hussein flew to Baghdad on Monday for talks with Saddam Hussein.",
            "King Hussein",
            "JORGOV",
        ),
        (
            "King Hussein flew to Baghdad on Monday for talks with Saddam Hussein.",
            "Saddam Hussein",
            "IRQGOV",
        ),
        (
            "Saddam Hussein received an envoy on Sunday. King Hussein later telephoned President Bush.",
            "Bush",
            "USAGOV",
        ),
    ];
    common::assert_codes_at((1990, 9, 10), cases);
    // "the king" is the monarch the story names, not a president named after him
    common::assert_codes_at(
        (1990, 9, 10),
        &[(
            "King Hussein flew to Baghdad on Monday. President Bush spoke with Saddam Hussein \
             by telephone. The king later met Arab envoys.",
            "The king",
            "JORGOV",
        )],
    );
}

#[test]
fn a_cabinet_officer_of_the_1990s_keeps_her_country_in_a_story_about_another() {
    let text = "Cuban officials in Havana accused the exiles of kidnapping, and Cuba's \
                foreign minister spoke on television. Attorney General Janet Reno said on \
                Tuesday that the case belongs in a federal court.";
    let doc = resolve_parsed(text, (1999, 11, 30));
    assert_eq!(
        common::code(&doc, "Attorney General Janet Reno").as_deref(),
        Some("USAJUD"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn a_title_before_the_surname_of_a_past_officeholder_names_him_years_later() {
    let doc = resolve_parsed(
        "The senator praised President Reagan for his defence buildup and said Reagan never \
         gave in.",
        (2016, 5, 10),
    );
    assert_eq!(
        common::code(&doc, "President Reagan").as_deref(),
        Some("USAELI"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}
