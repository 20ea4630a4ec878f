//! Actor findings of session 13 (the known gaps of session 12 and blind set 13), on
//! sentences of our own: legislatures named by a role noun, legislators titled by one,
//! pronouns and descriptions referring back. Each with a negative where one applies.

use attache_actors::resolve::render_mentions;

use crate::common;
use common::{actor, actor_exact, code, resolve_parsed};

const DAY: (i32, u32, u32) = (2025, 5, 6);

/// Each `(text, mention, code)`: the mention of that text in the parsed text has that code.
fn assert_codes(cases: &[(&str, &str, &str)]) {
    common::assert_codes_at(DAY, cases);
}

/// No mention of the parsed `text` contains `word`.
fn assert_no_mention_with(text: &str, word: &str) {
    common::assert_no_mention_with_at(DAY, text, word);
}

#[test]
fn a_bare_congress_senate_or_house_is_the_us_legislature() {
    assert_codes(&[
        (
            "Congress passed a bill on Tuesday to fund the wall.",
            "Congress",
            "USALEG",
        ),
        ("The bill passed Congress on Monday.", "Congress", "USALEG"),
        (
            "The Senate rejected the measure on Tuesday.",
            "The Senate",
            "USALEG",
        ),
        (
            "The House voted to condemn the attack.",
            "The House",
            "USALEG",
        ),
        (
            "The House of Representatives approved the budget.",
            "The House of Representatives",
            "USALEG",
        ),
    ]);
}

#[test]
fn a_legislature_with_a_country_of_its_own_is_that_countrys() {
    assert_codes(&[
        (
            "The Philippine Senate approved the bill on Monday.",
            "The Philippine Senate",
            "PHLLEG",
        ),
        (
            "France's National Assembly voted against the pension reform.",
            "France's National Assembly",
            "FRALEG",
        ),
        (
            "Kenya's parliament approved the budget.",
            "Kenya's parliament",
            "KENLEG",
        ),
        (
            "The Duma passed a law banning foreign agents.",
            "Duma",
            "RUSLEG",
        ),
        (
            "The Sejm voted to extend the border zone.",
            "Sejm",
            "POLLEG",
        ),
    ]);
}

#[test]
fn house_in_lower_case_or_before_a_lower_case_word_is_no_legislature() {
    assert_no_mention_with("He bought a house in Kenya last year.", "house");
    assert_no_mention_with("House prices rose in March.", "House");
    // "Congress" in lower case is a meeting: no US legislature
    let doc = resolve_parsed("The party congress opened in Beijing on Monday.", DAY);
    assert!(
        doc.actors
            .iter()
            .all(|a| a.code.as_deref() != Some("USALEG")),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_title_after_a_legislature_word_makes_a_legislator_not_an_organisation() {
    for (text, name) in [
        (
            "Senate Minority Leader Karen Holloway criticised the bill on Tuesday.",
            "Karen Holloway",
        ),
        (
            "House Minority Leader Dan Whitfield said the vote would go ahead.",
            "Dan Whitfield",
        ),
        (
            "Senate Foreign Relations Committee Chairman Robert Haskins met the envoy.",
            "Robert Haskins",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        let a = actor(&doc, name);
        assert_eq!(
            a.map(|a| (a.kind.as_str(), a.code.as_deref())),
            Some(("person", Some("USALEG"))),
            "{text}\n{}",
            render_mentions(&doc)
        );
        // the legislature word is part of the title, no actor of its own
        assert!(
            doc.mentions
                .iter()
                .all(|m| !matches!(doc.slice(m.span), "Senate" | "House")),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
}

#[test]
fn the_group_refers_to_the_kb_group_named_just_before() {
    assert_codes(&[
        (
            "Warplanes struck Houthi positions in Yemen, after the group attacked a tanker.",
            "the group",
            "YEMREB",
        ),
        (
            "Hezbollah fired rockets at Israel overnight. The group said it would not stop.",
            "The group",
            "LBNREB",
        ),
    ]);
}

#[test]
fn the_group_after_another_organisation_or_in_another_name_is_not_the_kb_group() {
    // another organisation was named since the KB group
    let doc = resolve_parsed(
        "Hamas fired rockets on Monday. The World Food Programme said the group had blocked aid.",
        DAY,
    );
    assert_ne!(
        code(&doc, "the group").as_deref(),
        Some("PSEREBHMS"),
        "{}",
        render_mentions(&doc)
    );
    // a narrowed description is another group; a possessed one is nobody
    for text in [
        "Hamas fired rockets on Monday. The student group protested in Cairo.",
        "Hamas fired rockets on Monday. She said her group would help.",
    ] {
        let doc = resolve_parsed(text, DAY);
        assert!(
            doc.mentions.iter().all(|m| {
                !doc.slice(m.span).contains("group")
                    || doc.actors[m.actor as usize].code.as_deref() != Some("PSEREBHMS")
            }),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
}

#[test]
fn a_titled_member_of_a_named_group_is_coded_as_the_group() {
    assert_codes(&[
        (
            "Hezbollah commander Fuad Karaki was killed in Beirut on Tuesday.",
            "commander Fuad Karaki",
            "LBNREB",
        ),
        (
            "Hamas political leader Yusuf Darwish was killed in Doha on Friday.",
            "leader Yusuf Darwish",
            "PSEREBHMS",
        ),
    ]);
}

#[test]
fn a_forces_base_or_ship_stands_for_the_force() {
    assert_codes(&[
        (
            "Rebels shelled a Malian army base near the border on Monday.",
            "a Malian army",
            "MLIMIL",
        ),
        (
            "Drones hit a Russian navy ship off Crimea.",
            "a Russian navy",
            "RUSMIL",
        ),
    ]);
    // a rank before a noun of stance is no officer
    assert_no_mention_with(
        "The pope said it was his general position on migrants.",
        "general",
    );
}

#[test]
fn its_jets_are_the_possessors_force() {
    assert_codes(&[
        (
            "Egypt's defence ministry said its warplanes had struck hideouts in Libya.",
            "its warplanes",
            "EGYMIL",
        ),
        (
            "Ukraine said its drones had hit an oil depot in Russia.",
            "its drones",
            "UKR",
        ),
    ]);
    // "its" of a stance or a base is no force
    assert_no_mention_with(
        "China said its position on the islands had not changed.",
        "its position",
    );
}

#[test]
fn the_two_sides_are_the_leaders_of_two_countries_named_just_before() {
    let doc = resolve_parsed(
        "Italian President Sergio Mattarella received Indian Prime Minister Narendra Modi in Rome. The two sides signed five agreements.",
        DAY,
    );
    let mut codes: Vec<&str> = doc
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span) == "The two sides")
        .filter_map(|m| doc.actors[m.actor as usize].code.as_deref())
        .collect();
    codes.sort();
    assert_eq!(codes, ["INDGOV", "ITAGOV"], "{}", render_mentions(&doc));
    // the countries' own names are left to the event coder; a side of a border is nobody
    assert_no_mention_with(
        "Armenia accused Azerbaijan of shelling villages. France urged both sides to show restraint.",
        "sides",
    );
    assert_no_mention_with("Shops stand on the Kazakh side of the zone.", "side");
    assert_codes(&[(
        "Beijing said the Chinese side would respond firmly.",
        "the Chinese side",
        "CHNGOV",
    )]);
}

#[test]
fn whoever_urges_both_sides_is_not_one_of_them() {
    // the mediator named before the phrase, and its country, speak to the sides: with only
    // one other party's officeholder left the phrase stays for the event coder
    assert_no_mention_with(
        "Russian Foreign Minister Sergei Lavrov said Moscow was ready to negotiate. \
         Turkish Foreign Minister Hakan Fidan urged both sides to sign a truce.",
        "sides",
    );
    let doc = resolve_parsed(
        "Israeli Prime Minister Benjamin Netanyahu met Lebanese Prime Minister Nawaf Salam. \
         French Foreign Minister Jean-Noel Barrot called on both sides to respect the truce.",
        DAY,
    );
    let mut codes: Vec<&str> = doc
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span) == "both sides")
        .filter_map(|m| doc.actors[m.actor as usize].code.as_deref())
        .collect();
    codes.sort();
    assert_eq!(codes, ["ISRGOV", "LBNGOV"], "{}", render_mentions(&doc));
}

#[test]
fn a_government_speaking_of_the_office_speaks_of_its_own_holder() {
    assert_codes(&[
        (
            "Downing Street said the prime minister had spoken by phone to the Ukrainian president.",
            "the prime minister",
            "GBRGOV",
        ),
        (
            "The Kremlin said the president would not attend the summit.",
            "the president",
            "RUSGOV",
        ),
    ]);
    // a person speaking is no government
    let doc = resolve_parsed(
        "Olena Marchuk said the president would not attend the summit.",
        DAY,
    );
    assert_eq!(
        code(&doc, "the president"),
        None,
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_given_name_that_is_also_a_place_opens_a_titled_name_before_a_surname() {
    // a new person (not the KB's Colombian Murillo), of the state the sentence opens with
    let doc = resolve_parsed(
        "Nicaragua cut ties with Israel, with Vice President Rosario Murillo calling the Israeli government fascist.",
        (2024, 10, 11),
    );
    let a = actor(&doc, "Rosario Murillo");
    assert_eq!(
        a.map(|a| (a.name.as_str(), a.code.as_deref())),
        Some(("Rosario Murillo", Some("NICGOV"))),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_government_title_trailing_a_states_sentence_is_that_states() {
    assert_codes(&[(
        "Kenya hosted the talks, Foreign Minister Jane Wanjiru said.",
        "Foreign Minister Jane Wanjiru",
        "KENGOV",
    )]);
    // an apposition after the speaker, or a title inside another phrase, is not
    for (text, name) in [
        (
            "Belgium failed to act, said Ralf Jager, the minister.",
            "Ralf Jager",
        ),
        (
            "Russia spread theories about President John Kellerman's assassination.",
            "John Kellerman",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        assert!(
            actor(&doc, name).is_none_or(|a| a.code.is_none()),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
}

#[test]
fn the_object_of_an_accusing_participle_is_the_main_clauses_object() {
    assert_codes(&[
        (
            "Russia expelled two British diplomats on Monday, accusing them of spying.",
            "them",
            "GBRGOV",
        ),
        (
            "Ethiopia recalled its ambassador to Egypt, accusing it of backing rebels.",
            "it",
            "EGY",
        ),
        (
            "China summoned the Japanese ambassador, accusing him of meddling.",
            "him",
            "JPNGOV",
        ),
    ]);
    // "it" of a thing after another verb is nobody
    let doc = resolve_parsed(
        "Kenya seized the tanker and used it to ferry troops to Somalia.",
        DAY,
    );
    assert_eq!(actor_exact(&doc, "it"), None, "{}", render_mentions(&doc));
}

#[test]
fn a_named_person_comes_before_an_unnamed_official_for_he() {
    let doc = resolve_parsed(
        "The Japanese ambassador met Foreign Minister Sergei Lavrov in Moscow. He said the talks were useful.",
        (2022, 1, 21),
    );
    assert_eq!(
        actor_exact(&doc, "He").map(|a| a.name.as_str()),
        Some("Sergei Lavrov"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn its_government_websites_are_the_countrys_government() {
    assert_codes(&[(
        "Estonia said hackers had attacked its government websites.",
        "its government",
        "ESTGOV",
    )]);
    // "official" before "website" is an adjective
    assert_no_mention_with(
        "Kenya posted the figures on its official website.",
        "its official",
    );
}

#[test]
fn one_proper_noun_before_a_reporting_verb_is_a_speaker() {
    for (text, name, kind) in [
        (
            "Halvorsen says the tariffs will hurt farmers.",
            "Halvorsen",
            "person",
        ),
        (
            "On Monday, FactWatch announced it would check the debate.",
            "FactWatch",
            "organization",
        ),
        // (an acronym the KB does not know: "FBI" is now the government's agency)
        (
            "Last month, the NWPB warned state officials about hackers.",
            "NWPB",
            "organization",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        assert_eq!(
            actor_exact(&doc, name).map(|a| a.kind.as_str()),
            Some(kind),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
    // a plural, or a word the article also writes in lower case, is no name
    assert_no_mention_with("Millennials say the economy is weak.", "Millennials");
    assert_no_mention_with(
        "Time says the economy is weak. It was a good time to buy.",
        "Time",
    );
}

#[test]
fn the_foreign_office_without_a_country_is_britains() {
    assert_codes(&[
        (
            "The Taliban detained two British aid workers in Kabul, the Foreign Office said.",
            "the Foreign Office",
            "GBRGOV",
        ),
        (
            "Germany's Foreign Office summoned the Russian ambassador.",
            "Germany's Foreign Office",
            "DEUGOV",
        ),
    ]);
}

#[test]
fn a_capital_acting_in_a_relative_clause_after_in_is_its_government() {
    assert_codes(&[(
        "Saudi Arabia and Iran restored ties, according to a statement issued in Beijing, which brokered the deal.",
        "Beijing",
        "CHNGOV",
    )]);
    // a capital described by "which is" stays a place
    let doc = resolve_parsed(
        "The talks were held in Nairobi, which is the capital of Kenya.",
        DAY,
    );
    assert_eq!(
        actor_exact(&doc, "Nairobi"),
        None,
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_foreign_affairs_ministry_spokesman_is_of_the_ministrys_country() {
    assert_codes(&[
        (
            "Algerian foreign affairs ministry spokesman Karim Haddad said Thursday.",
            "Algerian foreign affairs ministry spokesman Karim Haddad",
            "DZAGOV",
        ),
        (
            "The Algerian foreign affairs ministry said on Thursday that it would respond.",
            "The Algerian foreign affairs ministry",
            "DZAGOV",
        ),
        (
            "India's home affairs ministry said the curfew would stay.",
            "India's home affairs ministry",
            "INDGOV",
        ),
    ]);
}

#[test]
fn a_body_noun_ending_another_proper_name_is_no_legislature() {
    for (text, word) in [
        ("The Opera House reopened on Friday.", "House"),
        ("Netflix also released Fuller House last year.", "House"),
    ] {
        let doc = resolve_parsed(text, DAY);
        assert!(
            doc.actors
                .iter()
                .all(|a| a.code.as_deref() != Some("USALEG")),
            "{text} ({word})\n{}",
            render_mentions(&doc)
        );
    }
    assert_codes(&[
        (
            "In Congress, the senator proved adept.",
            "Congress",
            "USALEG",
        ),
        (
            "The bill passed the U.S. House on Monday.",
            "the U.S. House",
            "USALEG",
        ),
    ]);
}
