//! Session 17: who the actors are, on sentences of our own: a title before a full name
//! whose given name is some KB person's surname, possessives after a plural phrase, a
//! country's body named through "the country's".

use crate::common;

use common::{assert_mention_codes_on, codes_of, named, resolve_parsed};

const DAY: (i32, u32, u32) = (2024, 3, 2);

/// The names of the actors with a mention of exactly `text`, sorted.
fn names_of(doc: &attache_core::Document, text: &str) -> Vec<String> {
    let mut names: Vec<String> = doc
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span) == text)
        .filter_map(|m| Some(doc.actors.get(m.actor as usize)?.name.clone()))
        .collect();
    names.sort();
    names
}

#[test]
fn a_title_before_a_full_name_keeps_a_given_name_that_is_a_kb_surname() {
    // "Rita" and "Thomas" are short forms of KB people (a Timorese minister, a Grenadian
    // prime minister); after a title they open someone else's full name
    for (text, mention, name, later) in [
        (
            "On Monday, Governor Rita Okafor toured the flooded valley. Okafor said the state would rebuild.",
            "Governor Rita Okafor",
            "Rita Okafor",
            "Okafor",
        ),
        (
            "Commissioner Thomas Brandauer opened the hearing. Brandauer called the first witness.",
            "Commissioner Thomas Brandauer",
            "Thomas Brandauer",
            "Brandauer",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        let listing = attache_actors::resolve::render_mentions(&doc);
        assert_eq!(names_of(&doc, mention), [name], "{listing}");
        assert_eq!(names_of(&doc, later), [name], "{listing}");
        assert_eq!(named(&doc, name).code, None, "{listing}");
        assert!(codes_of(&doc, "Rita").is_empty() && codes_of(&doc, "Thomas").is_empty());
    }
}

#[test]
fn their_after_a_plural_phrase_is_every_member_with_the_bodys_role() {
    assert_mention_codes_on(
        DAY,
        "Estonia and Latvia signed a gas accord on Friday. Both countries have put their navies on alert.",
        &[("their navies", &["ESTMIL", "LVAMIL"])],
    );
    // a singular organisation named after the pair is not what "their" refers to
    assert_mention_codes_on(
        DAY,
        "Peru and Ecuador backed a WHO plan on vaccines after their health ministers met in Quito.",
        &[("their health ministers", &["ECUGOV", "PERGOV"])],
    );
}

#[test]
fn its_never_takes_one_member_of_a_plural_phrase() {
    for text in [
        "Estonia and Latvia signed a gas accord on Friday. The two countries had expelled its diplomats in May.",
        "Estonia and Latvia had expelled its diplomats in May.",
    ] {
        let doc = resolve_parsed(text, DAY);
        let listing = attache_actors::resolve::render_mentions(&doc);
        let codes = codes_of(&doc, "its diplomats");
        assert!(
            !codes.iter().any(|c| c.starts_with("EST") || c.starts_with("LVA")),
            "{text}\n{listing}"
        );
    }
    // one country alone still owns "its"
    let doc = resolve_parsed("Latvia recalled its diplomats on Friday.", DAY);
    assert_eq!(codes_of(&doc, "its diplomats"), ["LVAGOV"]);
}

#[test]
fn the_countrys_body_is_the_body_of_the_country_named_last() {
    // the story named another country first: "the country's" is the latest one
    assert_mention_codes_on(
        DAY,
        "Zambia's opposition leader Hakainde Mutale toured Lusaka. Union leaders in Ghana asked that the country's army release the detained miners.",
        &[("the country's army", &["GHAMIL"])],
    );
    assert_mention_codes_on(
        DAY,
        "Rescuers sent by Chile's navy and Chile's army reached the flooded valleys of Peru on Monday. The nation's health ministry said forty people had died.",
        &[("The nation's health ministry", &["PERGOV"])],
    );
}

#[test]
fn a_body_before_a_subjunctive_verb_read_as_a_noun_is_still_an_actor() {
    // "order" after "that the ... commission" is the clause's verb: the tagger reads it
    // as a noun, so the body looked like a modifier of "order"
    assert_mention_codes_on(
        DAY,
        "Opposition parties in Malawi demanded that the election commission order a new count.",
        &[("the election commission", &["MWIGOV"])],
    );
}

#[test]
fn a_country_after_a_comma_owns_its_when_no_and_closes_a_list() {
    // "Russia, Austria" is no list: the comma ends an opening phrase
    assert_mention_codes_on(
        DAY,
        "Alarmed by the drills off Kaliningrad and near Russia, Austria has decided to enlarge its army.",
        &[("its army", &["AUTMIL"])],
    );
    // a list closed by "and" is plural: "their" is every member
    assert_mention_codes_on(
        DAY,
        "Peru, Chile and Bolivia put their armies on alert.",
        &[("their armies", &["BOLMIL", "CHLMIL", "PERMIL"])],
    );
}

#[test]
fn a_pronoun_never_refers_to_a_person_whose_given_name_is_of_the_other_gender() {
    // "She" after a man named in full for the first time is not him
    let doc = resolve_parsed(
        "Marta Szabo arrived late. Peter Halasz spoke first. She said the plan would fail.",
        DAY,
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert_eq!(names_of(&doc, "She"), ["Marta Szabo"], "{listing}");
    // a given name of both genders refuses nothing
    let doc = resolve_parsed(
        "Andrea Volpe spoke first. She said the plan would fail.",
        DAY,
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert_eq!(names_of(&doc, "She"), ["Andrea Volpe"], "{listing}");
}

#[test]
fn a_kb_surname_after_a_possessive_and_a_relation_noun_names_a_relative() {
    // "Martin" is a KB short form (Ireland's Micheál Martin); after "her son" it is the
    // son, a person of his own
    let doc = resolve_parsed(
        "Dana Whitlock and her son Martin were detained at the airport in Lagos.",
        DAY,
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert_eq!(codes_of(&doc, "Martin"), Vec::<String>::new(), "{listing}");
    assert_eq!(names_of(&doc, "Martin"), ["Martin"], "{listing}");
    assert_eq!(
        names_of(&doc, "Dana Whitlock"),
        ["Dana Whitlock"],
        "{listing}"
    );
}

#[test]
fn both_sides_after_between_a_and_b_are_those_two() {
    // a government and a rebel group of one country: no officeholders of two countries,
    // but the two the sentence names after "between"
    assert_mention_codes_on(
        DAY,
        "Norway has brokered contacts between Colombia's government and the ELN rebels since April, and both sides will meet again in Oslo.",
        &[("both sides", &["COLGOV", "COLREB"])],
    );
}

#[test]
fn the_army_never_refers_back_to_a_rebel_group_named_army() {
    // the ELN's KB name is "National Liberation Army": "the army" reporting on it is the
    // state's, and "the group" after that is still the ELN
    assert_mention_codes_on(
        DAY,
        "Guerrillas of the ELN set fire to a police post near Cucuta overnight, the army reported, blaming the group for three earlier raids.",
        &[("the army", &["COLMIL"]), ("the group", &["COLREB"])],
    );
}

#[test]
fn karen_joan_and_hanna_are_given_names_of_both_genders() {
    // Armenian, Catalan and Arab men bear these names: "He" after them is still theirs
    for (text, name) in [
        (
            "Karen Mkrtchyan, the deputy minister, opened the talks in Yerevan on Monday. He said the border would stay open.",
            "Karen Mkrtchyan",
        ),
        (
            "Joan Ferrer, the mayor of Girona, spoke on Sunday. He said the accounts were in order.",
            "Joan Ferrer",
        ),
        (
            "Hanna Gharios, a parish priest in Zahle, was released on Friday. He thanked the army.",
            "Hanna Gharios",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        let listing = attache_actors::resolve::render_mentions(&doc);
        assert_eq!(names_of(&doc, "He"), [name], "{listing}");
    }
}

#[test]
fn a_bare_surname_shared_by_a_family_moves_to_the_namesake_of_the_pronouns_gender() {
    // Grace is mentioned more often when "Okonkwo" comes, but "He" makes it Peter, and
    // "she" is then free for the rival
    let doc = resolve_parsed(
        "Peter Okonkwo runs the campaign in the delta. Grace Okonkwo, who keeps its books, said she was confident. Okonkwo has a rival in Linda Farrow. He says she will lose.",
        DAY,
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert_eq!(names_of(&doc, "Okonkwo"), ["Peter Okonkwo"], "{listing}");
    assert_eq!(names_of(&doc, "He"), ["Peter Okonkwo"], "{listing}");
    assert_eq!(
        names_of(&doc, "she"),
        ["Grace Okonkwo", "Linda Farrow"],
        "{listing}"
    );
    // with no namesake of that gender the pronoun is left alone, not sent further back
    let doc = resolve_parsed(
        "Grace Okonkwo and Linda Okonkwo arrived after Viktor Pelin. Okonkwo spoke first. He was brief.",
        DAY,
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert!(names_of(&doc, "He").is_empty(), "{listing}");
}

#[test]
fn a_bare_surname_is_the_namesake_mentioned_most_not_a_relative_named_last() {
    // the story's subject keeps the bare surname after a relative is named once
    let doc = resolve_parsed(
        "Donald Trump spoke in Dayton on Tuesday. Trump promised tariffs. Melania Trump sat in the front row. Later, Trump met the mayor.",
        DAY,
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert_eq!(
        names_of(&doc, "Trump"),
        ["Donald Trump", "Donald Trump"],
        "{listing}"
    );
}

#[test]
fn an_honorific_picks_the_namesake_of_its_gender() {
    // "Mr. Okafor" is the father, whoever was mentioned more or last
    let doc = resolve_parsed(
        "Samuel Okafor and his daughter, Grace Okafor, spoke at the rally. Ms. Okafor said she was proud. Later Mr. Okafor thanked the crowd.",
        DAY,
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert_eq!(names_of(&doc, "Mr. Okafor"), ["Samuel Okafor"], "{listing}");
    assert_eq!(names_of(&doc, "Ms. Okafor"), ["Grace Okafor"], "{listing}");
}

#[test]
fn a_senator_apposed_as_a_states_partisan_is_a_us_legislator() {
    // the story's country is Puerto Rico; "the Iowa Republican" makes the senator American
    assert_mention_codes_on(
        DAY,
        "Puerto Rico missed a debt payment on Monday. The island's bankers met in San Juan. Senator Harold J. Vance, the Iowa Republican, said the bill was dead.",
        &[("Senator Harold J. Vance", &["USALEG"])],
    );
}

#[test]
fn a_countrys_partner_is_no_relative() {
    // "Lula" after "China's partner" is Brazil's president, not a relative of China
    let doc = resolve_parsed(
        "China's partner Lula arrived in Beijing on Sunday.",
        (2024, 3, 12),
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert!(!codes_of(&doc, "Lula").is_empty(), "{listing}");
}

#[test]
fn a_relative_whose_kb_name_holds_the_possessors_surname_keeps_the_kb_link() {
    // Bilawal Bhutto Zardari is in the KB: "his son Bilawal" after Asif Ali Zardari is him
    let doc = resolve_parsed(
        "Asif Ali Zardari was sworn in again as president on Sunday, and his son Bilawal praised the vote.",
        (2024, 3, 12),
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert!(
        names_of(&doc, "Bilawal")
            .iter()
            .all(|n| n.contains("Zardari")),
        "{listing}"
    );
    assert_eq!(names_of(&doc, "Bilawal").len(), 1, "{listing}");
}

#[test]
fn the_countrys_body_is_nobodys_after_a_pair_of_countries() {
    // "Chad and Niger": "the country's" could be either, so neither
    let doc = resolve_parsed(
        "Chad and Niger signed a border pact on Monday. The country's parliament must ratify it within a month.",
        DAY,
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    let codes = codes_of(&doc, "The country's parliament");
    assert!(!codes.contains(&"NERLEG".to_string()), "{listing}");
}

#[test]
fn both_sides_after_between_survive_a_multibyte_character_before_between() {
    // an accented word right before "between" once cut the byte window mid-character
    assert_mention_codes_on(
        DAY,
        "Talks began in Genève between Colombia's government and the ELN rebels, and both sides will meet again in May.",
        &[("both sides", &["COLGOV", "COLREB"])],
    );
}

#[test]
fn a_body_noun_before_a_plural_noun_and_a_relative_clause_is_a_modifier() {
    // "generals" is no subjunctive verb: "Uganda's army" is no actor of its own here, only
    // the generals are
    let doc = resolve_parsed(
        "Uganda's army generals the president promoted last year were dismissed in Kampala.",
        DAY,
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert!(names_of(&doc, "Uganda's army").is_empty(), "{listing}");
    assert_eq!(
        codes_of(&doc, "Uganda's army generals"),
        ["UGAMIL"],
        "{listing}"
    );
}

#[test]
fn their_after_a_plural_group_is_not_the_countries_named_before_it() {
    // the rebels stand between "Kenya and Uganda" and "their": the commanders are theirs
    let doc = resolve_parsed(
        "Kenya and Uganda urged the rebels to replace their commanders before the talks.",
        DAY,
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    let codes = codes_of(&doc, "their commanders");
    assert!(
        !codes.contains(&"KENMIL".to_string()) && !codes.contains(&"UGAMIL".to_string()),
        "{listing}"
    );
}
