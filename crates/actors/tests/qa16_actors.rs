//! Session 16: who the actors are, on sentences of our own: a demonym before a royal title,
//! descriptions that refer back to the countries named before, groups named by a number
//! and a demonym.

use crate::common;

use common::{assert_codes_at, assert_mention_codes_on, resolve_parsed};

const DAY: (i32, u32, u32) = (2024, 3, 2);

/// [`assert_mention_codes_on`] on [`DAY`].
fn assert_mention_codes(text: &str, cases: &[(&str, &[&str])]) {
    assert_mention_codes_on(DAY, text, cases);
}

#[test]
fn a_demonym_before_a_royal_title_is_part_of_the_officeholders_mention() {
    assert_codes_at(
        DAY,
        &[
            (
                "Spanish King Felipe visited Berlin on Monday and laid a wreath.",
                "Spanish King Felipe",
                "ESPGOV",
            ),
            (
                "In Ankara, Saudi Crown Prince Mohammed bin Salman signed three trade accords.",
                "Saudi Crown Prince Mohammed bin Salman",
                "SAUGOV",
            ),
        ],
    );
    let doc = resolve_parsed("Spanish King Felipe visited Berlin on Monday.", DAY);
    assert!(
        doc.actors.iter().all(|a| a.code.as_deref() != Some("ESP")),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn both_countries_refers_to_the_countries_named_before() {
    assert_mention_codes(
        "Chile and Bolivia signed a water deal on Monday, and both countries criticized Peru over the river dispute.",
        &[("both countries", &["BOL", "CHL"])],
    );
    assert_mention_codes(
        "Ghana and Togo reopened their border on Friday. The two neighbours had closed it in March.",
        &[("The two neighbours", &["GHA", "TGO"])],
    );
}

#[test]
fn the_country_alone_is_no_description_of_the_parties() {
    let doc = resolve_parsed(
        "Ghana and Togo reopened their border. The country has a new port.",
        DAY,
    );
    assert!(
        doc.mentions
            .iter()
            .all(|m| !doc.slice(m.span).contains("country")),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn the_two_sides_as_a_subject_are_the_officeholders_its_sentence_names() {
    assert_mention_codes(
        "Greek Prime Minister Nikos Andreou held talks in Ankara with Turkish Prime Minister Ali Demir, who said later that the two sides had settled the fishing row.",
        &[("the two sides", &["GRCGOV", "TURGOV"])],
    );
}

#[test]
fn a_mediator_who_urges_both_sides_is_still_none_of_them() {
    assert_mention_codes(
        "Chilean President Ana Soto met Argentine President Luis Ramos on Monday. On Tuesday Brazilian President Marta Lima urged both sides to settle the river dispute.",
        &[("both sides", &["ARGGOV", "CHLGOV"])],
    );
}

#[test]
fn the_two_nations_after_two_leaders_are_their_countries() {
    assert_mention_codes(
        "When Xi hosted Putin in Beijing, officials of the two nations drafted a pipeline plan.",
        &[("the two nations", &["CHN", "RUS"])],
    );
}

#[test]
fn countries_without_a_number_name_no_one() {
    assert_mention_codes(
        "Ghana and Togo sent the migrants back to their countries, and Nigeria's neighbours agreed.",
        &[("their countries", &[]), ("Nigeria", &["NGA"])],
    );
}

#[test]
fn countries_that_urge_both_countries_are_none_of_them() {
    assert_mention_codes(
        "Ecuador and Peru traded fire on the border. On Sunday Chile and Argentina urged both countries to pull back their troops.",
        &[("both countries", &["ECU", "PER"])],
    );
}

#[test]
fn a_bare_parliament_after_a_verb_is_the_story_countrys_legislature() {
    assert_codes_at(
        DAY,
        &[(
            "Ghanaian President Nana Akufo-Addo met Ghanaian bishops in Accra. Hours later angry farmers besieged parliament over cocoa prices.",
            "parliament",
            "GHALEG",
        )],
    );
}

#[test]
fn a_bare_agency_noun_after_a_verb_stays_no_agency() {
    let doc = resolve_parsed(
        "Canada will share intelligence with Estonia on cyber threats.",
        DAY,
    );
    assert!(
        doc.actors
            .iter()
            .all(|a| a.code.as_deref() != Some("ESTSPY") && a.code.as_deref() != Some("CANSPY")),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn opposition_figures_and_labour_federations_are_groups_of_their_country() {
    assert_codes_at(
        DAY,
        &[
            (
                "Bolivian police detained 12 Bolivian opposition figures at dawn.",
                "Bolivian opposition figures",
                "BOLOPP",
            ),
            (
                "Chile's largest labour federation called a national strike over pensions.",
                "Chile's largest labour federation",
                "CHLLAB",
            ),
            (
                "Peru's main trade union federation rejected the new budget.",
                "Peru's main trade union federation",
                "PERLAB",
            ),
        ],
    );
}

#[test]
fn a_role_word_modifying_a_thing_after_a_demonym_is_that_countrys_body() {
    assert_codes_at(
        DAY,
        &[
            (
                "Japan protested against the Chinese military exercises near its islands.",
                "the Chinese military",
                "CHNMIL",
            ),
            (
                "Thousands of Bolivian opposition supporters rallied in La Paz.",
                "Bolivian opposition",
                "BOLOPP",
            ),
        ],
    );
}

/// Whether any mention of `doc` carries one of `codes`.
fn any_code(doc: &attache_core::Document, codes: &[&str]) -> bool {
    doc.mentions.iter().any(|m| {
        doc.actors
            .get(m.actor as usize)
            .and_then(|a| a.code.as_deref())
            .is_some_and(|c| codes.contains(&c))
    })
}

#[test]
fn a_crisis_after_a_demonym_and_a_role_word_is_no_group() {
    for text in [
        "Aid groups in Amman warned on Tuesday that the Syrian refugee crisis would worsen.",
        "Donors blamed the Afghan migrant influx on the drought.",
        "Police raided a Sudanese refugee camp near the border at dawn.",
    ] {
        let doc = resolve_parsed(text, DAY);
        assert!(
            !any_code(&doc, &["SYRREF", "AFGREF", "SDNREF"]),
            "{text}\n{}",
            attache_actors::resolve::render_mentions(&doc)
        );
    }
    // the people themselves are still the group
    assert_codes_at(
        DAY,
        &[(
            "Syrian refugees marched to the border on Tuesday.",
            "Syrian refugees",
            "SYRREF",
        )],
    );
}

#[test]
fn a_regime_of_rules_is_no_government() {
    assert_mention_codes(
        "Syria and Turkey traded accusations on Tuesday. Analysts said the new security regime in the region would take years to build, and the sanctions regime was tightened.",
        &[("the new security regime", &[]), ("the sanctions regime", &[])],
    );
    // a regime a country names is still its government
    assert_codes_at(
        DAY,
        &[(
            "Turkey accused the Syrian regime of shelling its border posts.",
            "the Syrian regime",
            "SYRGOV",
        )],
    );
}

#[test]
fn both_countries_after_more_countries_than_two_is_no_one() {
    assert_mention_codes(
        "Ghana shipped cocoa to Togo last season while Nigeria raised its tariffs. By winter both countries denied any smuggling.",
        &[("both countries", &[])],
    );
    // a pair joined by "and" still wins over a third country named
    assert_mention_codes(
        "Japan watched closely. Canada and Mexico held talks on Friday, and the two countries agreed to study the border.",
        &[("the two countries", &["CAN", "MEX"])],
    );
    // (a determiner may open the pair's second country)
    assert_mention_codes(
        "Kenya and the Netherlands settled a tariff quarrel with Ethiopia, and both countries hailed the outcome.",
        &[("both countries", &["KEN", "NLD"])],
    );
}

#[test]
fn leaders_joined_by_and_stand_for_the_two_nations_before_a_later_country() {
    assert_mention_codes(
        "Ukraine asked Europe for more help on Friday. Back in May, Lula and Milei toured the border, where farmers of the two nations share a dam.",
        &[("the two nations", &["ARG", "BRA"])],
    );
}

#[test]
fn a_demonym_before_a_shared_royal_name_picks_that_countrys_person() {
    assert_codes_at(
        DAY,
        &[(
            "Jordanian King Abdullah hosted a summit on water with three Gulf rulers.",
            "Jordanian King Abdullah",
            "JORGOV",
        )],
    );
    let doc = resolve_parsed(
        "Jordanian King Abdullah hosted a summit on water with three Gulf rulers.",
        DAY,
    );
    assert!(
        !any_code(&doc, &["SAUGOV", "SAUELI"]),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
    // the same name after the other country's demonym is that country's king
    assert_codes_at(
        (2013, 5, 6),
        &[(
            "Saudi King Abdullah hosted a summit on water with three Gulf rulers.",
            "Saudi King Abdullah",
            "SAUGOV",
        )],
    );
}

#[test]
fn a_counterpart_with_a_demonym_holds_the_same_office_for_the_two_sides() {
    assert_mention_codes(
        "Ghanaian Foreign Minister Kofi Mensah spoke by phone on Monday with his Togolese counterpart Yao Adjei. The two sides agreed to reopen the border crossings.",
        &[("The two sides", &["GHAGOV", "TGOGOV"])],
    );
}

#[test]
fn a_venue_after_at_is_no_antecedent_of_an_accused_it() {
    assert_mention_codes(
        "Gabon brought a complaint against Equatorial Guinea before the International Court of Justice on Monday, accusing it of occupying three islands.",
        &[("it", &["GNQ"])],
    );
    assert_mention_codes(
        "Belize lodged a claim against Guatemala at a UN tribunal, accusing it of moving troops into the forest.",
        &[("it", &["GTM"])],
    );
}

/// Whether any mention of `text` resolved on [`DAY`] is coded `code`.
fn any_coded(text: &str, code: &str) -> bool {
    let doc = resolve_parsed(text, DAY);
    doc.mentions.iter().any(|m| {
        doc.actors
            .get(m.actor as usize)
            .is_some_and(|a| a.code.as_deref() == Some(code))
    })
}

#[test]
fn critics_of_a_government_are_not_the_government() {
    for (text, code) in [
        (
            "Two Belarusian government critics were sentenced in Minsk on Friday.",
            "BLRGOV",
        ),
        (
            "Hundreds of Venezuelan regime opponents rallied outside the embassy.",
            "VENGOV",
        ),
        (
            "A group of Georgian army deserters crossed into Armenia last week.",
            "GEOMIL",
        ),
        (
            "Several Egyptian military defectors spoke to reporters in Rome.",
            "EGYMIL",
        ),
        (
            "Canadian military veterans gathered in Ottawa to demand better pensions.",
            "CANMIL",
        ),
    ] {
        assert!(!any_coded(text, code), "{text}: {code}");
    }
    // the body's own members still are the body
    assert!(any_coded(
        "Belarusian government officials met the envoy in Minsk on Friday.",
        "BLRGOV"
    ));
}

#[test]
fn victims_of_the_police_are_not_the_police() {
    for (text, code) in [
        (
            "Nigerian police victims told the inquiry how they were beaten.",
            "NGACOP",
        ),
        (
            "The report listed cases of Brazilian police brutality in three cities.",
            "BRACOP",
        ),
        (
            "Lawyers documented Ugandan police abuses in a new report.",
            "UGACOP",
        ),
    ] {
        assert!(!any_coded(text, code), "{text}: {code}");
    }
}

#[test]
fn the_last_two_of_a_list_of_three_countries_are_no_pair() {
    assert_mention_codes(
        "Peru, Chile and Bolivia opened a joint fisheries office in Lima on Monday. Both countries had argued over the quotas for years.",
        &[("Both countries", &[])],
    );
}

#[test]
fn a_country_named_a_few_sentences_before_leaves_the_two_countries_unknown() {
    assert_mention_codes(
        "Norway accused its neighbour of overfishing. Talks stalled for weeks. The fleet of Iceland kept sailing, a minister in Denmark said on Thursday. The two countries will meet again in May.",
        &[("The two countries", &[])],
    );
}

#[test]
fn a_place_before_two_leaders_joined_by_and_leaves_them_a_pair() {
    assert_mention_codes(
        "On a visit to Osaka, Japan, Lula and Milei pledged that their two nations would share the data.",
        &[("their two nations", &["ARG", "BRA"])],
    );
}

#[test]
fn a_title_may_open_the_second_leader_of_a_pair() {
    assert_mention_codes(
        "Chile sent observers. Peru sent a minister. Canada sent a letter. At the summit, Mr. Lula and Mr. Milei bound their two nations to a shared dam plan.",
        &[("their two nations", &["ARG", "BRA"])],
    );
}

#[test]
fn a_modifier_may_open_the_second_country_of_a_pair() {
    assert_mention_codes(
        "Canada sent a letter. The quarrel between Bolivia and neighbouring Paraguay is old. By now the two nations each guard the river with soldiers.",
        &[("the two nations", &["BOL", "PRY"])],
    );
}

#[test]
fn a_regime_of_rules_for_a_country_is_not_its_government() {
    assert!(!any_coded(
        "Diplomats in Vienna proposed a tougher inspection regime for Venezuela on Monday.",
        "VENGOV"
    ));
    assert!(!any_coded(
        "Brussels widened the sanctions regime against Belarus last week.",
        "BLRGOV"
    ));
    // the regime a demonym names is still its government
    assert!(any_coded(
        "Exiles in Madrid said the Venezuelan regime jailed two reporters.",
        "VENGOV"
    ));
}
