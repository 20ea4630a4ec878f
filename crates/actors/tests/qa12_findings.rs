//! Actor findings of session 12's blind test of the event coder, on sentences of our own:
//! role nouns (chargés d'affaires, firms, settlers), a possessive pronoun's country, a
//! ministry "in" a capital, IGO codes, and a name the tagger misses before its
//! apposition. Each with a negative where one applies.

use attache_actors::resolve::render_mentions;
use attache_core::Document;

use crate::common;
use common::{actor_exact as actor, code, codes_of, resolve_parsed};

const DAY: (i32, u32, u32) = (2025, 5, 6);

/// Each `(text, mention, code)`: the mention of that text in the parsed text has that code.
fn assert_codes(cases: &[(&str, &str, &str)]) {
    common::assert_codes_at(DAY, cases);
}

#[test]
fn a_charge_daffaires_is_a_government_diplomat_of_their_country() {
    assert_codes(&[
        (
            "Hungary summoned the Austrian charge d'affaires over the remarks.",
            "the Austrian charge d'affaires",
            "AUTGOV",
        ),
        (
            "The French chargé d'affaires in Rome was called in on Monday.",
            "The French chargé d'affaires",
            "FRAGOV",
        ),
    ]);
}

#[test]
fn firms_and_contractors_are_businesses_of_their_country() {
    assert_codes(&[
        (
            "Beijing barred exports to Japanese defence firms last week.",
            "Japanese defence firms",
            "JPNBUS",
        ),
        (
            "Moscow fined two German engineering contractors.",
            "German engineering contractors",
            "DEUBUS",
        ),
    ]);
}

#[test]
fn firm_after_a_verb_with_no_determiner_is_no_company() {
    let doc = resolve_parsed("Poland stood firm on the border dispute with Belarus.", DAY);
    assert!(
        doc.mentions
            .iter()
            .all(|m| !doc.slice(m.span).contains("firm")),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn settlers_have_the_settler_role_of_their_country() {
    let doc = resolve_parsed("Israeli settlers set fire to olive groves overnight.", DAY);
    assert_eq!(
        code(&doc, "Israeli settlers").as_deref(),
        Some("ISRSET"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_trailing_its_ministry_speaks_for_the_sentences_subject_not_a_demonym() {
    for (text, want) in [
        (
            "Oman will not host the summit without a Yemeni ceasefire, its foreign ministry said.",
            "OMNGOV",
        ),
        (
            "Ethiopia blamed Egypt for the delay, its foreign ministry said on Sunday.",
            "ETHGOV",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        assert_eq!(
            code(&doc, "its foreign ministry").as_deref(),
            Some(want),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
    // not trailing: the latest country before it
    let doc = resolve_parsed("Egypt said Sudan had recalled its ambassador.", DAY);
    assert_eq!(
        code(&doc, "its ambassador").as_deref(),
        Some("SDNGOV"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_ministry_in_a_capital_is_that_capitals_countrys_not_a_travellers() {
    let doc = resolve_parsed(
        "Spain has sent two more tanks to Ukraine, the defence ministry in Madrid said.",
        DAY,
    );
    assert_eq!(
        code(&doc, "the defence ministry in Madrid").as_deref(),
        Some("ESPMIL"),
        "{}",
        render_mentions(&doc)
    );
    // a diplomat in a capital has no nationality from it
    let doc = resolve_parsed("A diplomat in Vienna said the talks had stalled.", DAY);
    assert!(
        actor(&doc, "A diplomat").is_none_or(|a| a.country.is_none()),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn the_opcw_is_an_igo_of_its_own_not_a_un_body() {
    let doc = resolve_parsed("The OPCW said sarin had been used in the attack.", DAY);
    assert_eq!(
        code(&doc, "OPCW").as_deref(),
        Some("IGO"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_name_the_tagger_misses_before_its_apposition_takes_the_apposition() {
    // "Gonzalez" is a KB surname of other people; "Edmundo Ruiz" is unknown to the tagger
    for (text, name) in [
        (
            "Edmundo Gonzalez, Bolivia's opposition candidate, was granted asylum by Peru.",
            "Edmundo Gonzalez",
        ),
        (
            "Peru granted asylum to Edmundo Ruiz, Bolivia's opposition candidate.",
            "Edmundo Ruiz",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        assert_eq!(
            code(&doc, name).as_deref(),
            Some("BOLOPP"),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
    // a place and a date opening the sentence are no names
    for text in [
        "In La Paz, Bolivia's opposition candidate said the vote was rigged.",
        "On Monday Morning, Bolivia's opposition candidate said the vote was rigged.",
    ] {
        let doc = resolve_parsed(text, DAY);
        assert!(
            doc.mentions.iter().all(|m| {
                let t = doc.slice(m.span);
                !t.starts_with("In ") && !t.starts_with("On ")
            }),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
}

// ---- own wire stories across regions ----------------------------------------------------

#[test]
fn a_demonym_after_a_compass_or_region_word_names_no_country() {
    for (text, phrase) in [
        (
            "The envoy urged Latin American governments to keep up the pressure.",
            "American",
        ),
        ("West African leaders met in Accra on Friday.", "African"),
    ] {
        let doc = resolve_parsed(text, DAY);
        assert!(
            doc.mentions.iter().all(|m| {
                !doc.slice(m.span).contains(phrase)
                    || doc.actors[m.actor as usize].country.is_none()
            }),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
    // a country's own compass name is a longer KB name
    let doc = resolve_parsed("South African troops crossed the border.", DAY);
    assert_eq!(
        code(&doc, "South African troops").as_deref(),
        Some("ZAFMIL"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn that_before_a_plural_role_noun_is_a_complementizer_not_its_determiner() {
    let doc = resolve_parsed(
        "The spokesman told reporters that Ugandan troops had crossed the border.",
        DAY,
    );
    assert_eq!(
        code(&doc, "Ugandan troops").as_deref(),
        Some("UGAMIL"),
        "{}",
        render_mentions(&doc)
    );
    // "that delegation": a determiner of a singular noun
    let doc = resolve_parsed("Kenya said that delegation would arrive on Monday.", DAY);
    assert!(
        doc.mentions
            .iter()
            .all(|m| doc.slice(m.span) != "delegation"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn the_african_unions_peace_and_security_council_is_the_au_not_the_un() {
    let doc = resolve_parsed(
        "The African Union's Peace and Security Council called for a ceasefire in Sudan.",
        DAY,
    );
    assert_eq!(
        code(&doc, "Peace and Security Council").as_deref(),
        Some("IGOAFRAFU"),
        "{}",
        render_mentions(&doc)
    );
    assert!(
        doc.actors
            .iter()
            .all(|a| a.code.as_deref() != Some("IGOUNO")),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_us_treasury_secretary_is_a_titled_person_of_the_us_government() {
    let doc = resolve_parsed(
        "Argentina's president held talks with US Treasury Secretary Mark Rendell in Washington.",
        DAY,
    );
    assert_eq!(
        code(&doc, "US Treasury Secretary Mark Rendell").as_deref(),
        Some("USAGOV"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_first_name_the_tagger_reads_as_an_organisation_after_a_title_joins_the_name() {
    let doc = resolve_parsed(
        "Army spokesman Nabil Abdallah told reporters the districts had been cleared.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let person = doc
        .mentions
        .iter()
        .find(|m| doc.slice(m.span).ends_with("Nabil Abdallah"))
        .map(|m| &doc.actors[m.actor as usize]);
    assert!(
        person.is_some_and(
            |a| a.kind == attache_core::ActorKind::Person && a.name == "Nabil Abdallah"
        ),
        "{listing}"
    );
}

#[test]
fn a_narrowed_description_is_nobody_of_another_office_named_before() {
    let doc = resolve_parsed(
        "Chilean President Gabriel Boric criticised the plan. Peru's Congress voted to remove the interior minister.",
        DAY,
    );
    let boric = actor(&doc, "Chilean President Gabriel Boric").map(|a| a.name.clone());
    let minister = actor(&doc, "the interior minister").map(|a| a.name.clone());
    assert!(
        boric.is_some() && minister != boric,
        "{}",
        render_mentions(&doc)
    );
    // the bare head still refers back
    let doc = resolve_parsed(
        "Sergei Lavrov met Ahmed Attaf in Moscow. The minister said ties were strong.",
        DAY,
    );
    assert_eq!(
        actor(&doc, "The minister").map(|a| a.name.as_str()),
        Some("Ahmed Attaf"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn two_kb_short_forms_of_different_people_side_by_side_are_someone_else() {
    let doc = resolve_parsed(
        "Mohamed Ali, an Egyptian official, said the talks had failed.",
        DAY,
    );
    let listing = render_mentions(&doc);
    assert!(actor(&doc, "Mohamed").is_none(), "{listing}");
    assert!(actor(&doc, "Ali").is_none(), "{listing}");
    assert!(
        actor(&doc, "Mohamed Ali").is_some_and(|a| a.kb_id.is_none()),
        "{listing}"
    );
}

#[test]
fn joint_chiefs_and_general_staff_are_their_countrys_military() {
    let doc = resolve_parsed(
        "Pyongyang fired two missiles, Seoul's Joint Chiefs of Staff said. Russia's General Staff said the drills went on.",
        DAY,
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        code(&doc, "Seoul's Joint Chiefs of Staff").as_deref(),
        Some("KORMIL"),
        "{listing}"
    );
    assert_eq!(
        code(&doc, "Russia's General Staff").as_deref(),
        Some("RUSMIL"),
        "{listing}"
    );
}

#[test]
fn a_capital_joined_to_a_place_after_a_place_cue_is_a_place_too() {
    let doc = resolve_parsed(
        "Pakistan and India agreed to a truce, officials in Islamabad and New Delhi said.",
        DAY,
    );
    let listing = render_mentions(&doc);
    assert!(actor(&doc, "Islamabad").is_none(), "{listing}");
    assert!(actor(&doc, "New Delhi").is_none(), "{listing}");
    // no place cue: both governments
    let doc = resolve_parsed("Islamabad and New Delhi agreed to a truce.", DAY);
    assert_eq!(
        code(&doc, "New Delhi").as_deref(),
        Some("INDGOV"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn an_indefinite_spokesman_of_a_body_is_an_unnamed_person_of_it_not_its_officeholder() {
    assert_codes(&[
        (
            "A Sudanese army spokesman denied the report.",
            "A Sudanese army spokesman",
            "SDNMIL",
        ),
        (
            "A spokeswoman for the Chadian defence ministry declined to comment.",
            "A spokeswoman for the Chadian defence ministry",
            "TCDMIL",
        ),
    ]);
}

#[test]
fn a_word_naming_a_ministry_before_it_leaves_the_country_in_the_phrase() {
    let doc = resolve_parsed(
        "Karim Haddad, an Iraqi oil ministry official, said exports had risen.",
        DAY,
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        code(&doc, "an Iraqi oil ministry official").as_deref(),
        Some("IRQGOV"),
        "{listing}"
    );
    assert_eq!(
        code(&doc, "Karim Haddad").as_deref(),
        Some("IRQGOV"),
        "{listing}"
    );
}

#[test]
fn an_igo_modifying_a_role_noun_makes_a_body_of_that_igo() {
    let doc = resolve_parsed("The rebels attacked a base, an AU official said.", DAY);
    assert_eq!(
        code(&doc, "official").as_deref(),
        Some("IGOAFRAFU"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_trailing_ministry_with_no_country_speaks_for_the_sentences_subject() {
    let doc = resolve_parsed(
        "Somalia's federal government accused Kenya of arming militias, the information ministry said.",
        DAY,
    );
    assert_eq!(
        code(&doc, "the information ministry").as_deref(),
        Some("SOMGOV"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn military_instructors_are_their_countrys_military() {
    let doc = resolve_parsed(
        "Russian military instructors arrived in Niamey last month.",
        DAY,
    );
    assert_eq!(
        code(&doc, "Russian military instructors").as_deref(),
        Some("RUSMIL"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_role_word_inside_a_kb_name_early_in_a_long_article_is_no_second_mention() {
    // more than eight KB names after it: the overlap check must not look only at the last
    let text = "Britain voted to leave the European Union. France, Spain, Italy, Greece, \
                Poland, Sweden, Finland, Norway, Austria and Belgium watched.";
    let doc = resolve_parsed(text, DAY);
    let at = text.find("European Union").unwrap_or(0);
    let inside: Vec<&str> = doc
        .mentions
        .iter()
        .filter(|m| (m.span.start as usize) < at + 14 && (m.span.end as usize) > at)
        .map(|m| doc.slice(m.span))
        .collect();
    assert_eq!(inside, vec!["European Union"], "{}", render_mentions(&doc));
}

/// Whether any mention in `doc` covering `name` resolves to a government.
fn government_mention(doc: &Document, name: &str) -> Option<String> {
    doc.mentions
        .iter()
        .filter(|m| doc.slice(m.span).contains(name))
        .filter_map(|m| doc.actors.get(m.actor as usize))
        .filter_map(|a| a.code.clone())
        .find(|c| c.ends_with("GOV"))
}

#[test]
fn a_capital_on_a_journey_is_a_place_not_its_government() {
    for (text, names) in [
        (
            "Delegates flew from Kyiv to Warsaw on Monday.",
            &["Kyiv", "Warsaw"][..],
        ),
        (
            "A train from Berlin to Warsaw was cancelled after the storm.",
            &["Berlin", "Warsaw"][..],
        ),
        (
            "The first flights to Vienna resumed in June.",
            &["Vienna"][..],
        ),
        (
            "The chemistry lecturer flew to Cairo for a workshop.",
            &["Cairo"][..],
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        for name in names {
            assert_eq!(
                government_mention(&doc, name),
                None,
                "{text}: {name}\n{}",
                render_mentions(&doc)
            );
        }
    }
    // a capital sending something is still its government
    let doc = resolve_parsed("Moscow sent a delegation to Kyiv on Monday.", DAY);
    assert_eq!(
        code(&doc, "Moscow").as_deref(),
        Some("RUSGOV"),
        "{}",
        render_mentions(&doc)
    );
    assert_eq!(
        code(&doc, "Kyiv").as_deref(),
        Some("UKRGOV"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_football_club_named_after_a_capital_is_no_government() {
    for (text, name) in [
        ("Real Madrid beat Bayern Munich on Tuesday night.", "Madrid"),
        (
            "Madrid beat Barcelona 2-1 in the league on Sunday.",
            "Madrid",
        ),
        ("Celtic lost to Dynamo Kyiv in the qualifier.", "Kyiv"),
        ("Leeds drew with Berlin 1-1 in a friendly.", "Berlin"),
    ] {
        let doc = resolve_parsed(text, DAY);
        assert_eq!(
            government_mention(&doc, name),
            None,
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
    // no score, no club word: a capital beating back a proposal is its government
    let doc = resolve_parsed("Washington beat back the proposal at the council.", DAY);
    assert_eq!(
        code(&doc, "Washington").as_deref(),
        Some("USAGOV"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_capital_in_history_or_called_a_home_is_a_city() {
    for (text, name) in [
        ("Rome fell in 410 after a long siege.", "Rome"),
        (
            "Constantinople was taken in 1453, and Athens fell soon after.",
            "Athens",
        ),
        ("Victoria Beckham said London was her home.", "London"),
        ("For twenty years Paris was his adopted home.", "Paris"),
    ] {
        let doc = resolve_parsed(text, DAY);
        assert_eq!(
            government_mention(&doc, name),
            None,
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
    // a modern year keeps the government, and so does a capital speaking today
    for (text, name, want) in [
        ("Rome signed the treaty in 2019.", "Rome", "ITAGOV"),
        (
            "Moscow, founded in 1147, said on Monday it would respond.",
            "Moscow",
            "RUSGOV",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        assert_eq!(
            code(&doc, name).as_deref(),
            Some(want),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
}

/// The actor of the mention whose text is exactly `text` (the first such).
fn actor_of_word<'d>(doc: &'d Document, text: &str) -> Option<&'d attache_core::Actor> {
    doc.mentions
        .iter()
        .find(|m| doc.slice(m.span) == text)
        .and_then(|m| doc.actors.get(m.actor as usize))
}

#[test]
fn it_or_they_in_a_wh_clause_of_belief_is_the_subject_of_the_clause_holding_it() {
    let doc = resolve_parsed(
        "Moscow has voiced concerns about what it sees as efforts to expand eastward.",
        DAY,
    );
    assert_eq!(
        actor_of_word(&doc, "it").and_then(|a| a.code.as_deref()),
        Some("RUSGOV"),
        "{}",
        render_mentions(&doc)
    );
    let doc = resolve_parsed(
        "Blinken said that countries are free to choose which alliances they want to join.",
        DAY,
    );
    assert_eq!(
        actor_of_word(&doc, "they").map(|a| a.name.as_str()),
        Some("countries"),
        "{}",
        render_mentions(&doc)
    );
    // no verb of belief or wish: no antecedent, and no actor for things
    for text in [
        "Such attacks are rare, and it is hard to predict how they will affect the vote.",
        "Critics asked where Washington might move the detainees and how much it would cost.",
    ] {
        let doc = resolve_parsed(text, DAY);
        assert!(
            doc.mentions
                .iter()
                .all(|m| !matches!(doc.slice(m.span), "it" | "they" | "Such attacks")),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
}

#[test]
fn both_governments_are_the_paired_parties_not_the_latest_host() {
    for text in [
        "Thailand and Cambodia agreed to a ceasefire at talks hosted by Malaysia. Both governments said the truce would start at midnight.",
        "Thai and Cambodian leaders met in Malaysia on Monday, where both governments agreed to a ceasefire.",
    ] {
        let doc = resolve_parsed(text, DAY);
        let phrase = if text.contains("Both") { "Both governments" } else { "both governments" };
        assert_eq!(
            codes_of(&doc, phrase),
            ["KHMGOV", "THAGOV"],
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
    // no pair named: still the latest two
    let doc = resolve_parsed(
        "After talks with Thailand, Cambodia thanked Malaysia. Both governments agreed to meet again.",
        DAY,
    );
    assert_eq!(
        codes_of(&doc, "Both governments"),
        ["KHMGOV", "MYSGOV"],
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_junta_spokesman_with_a_military_rank_speaks_for_the_government() {
    let doc = resolve_parsed(
        "Mali's military rulers postponed the vote. Junta spokesman Colonel Amadou Diallo said the elections in Mali would wait.",
        DAY,
    );
    assert_eq!(
        code(&doc, "Colonel Amadou Diallo").as_deref(),
        Some("MLIGOV"),
        "{}",
        render_mentions(&doc)
    );
    let doc = resolve_parsed(
        "Niger's junta expelled the French ambassador. The junta's spokesman read the statement.",
        DAY,
    );
    assert_eq!(
        code(&doc, "The junta's spokesman").as_deref(),
        Some("NERGOV"),
        "{}",
        render_mentions(&doc)
    );
    // an army spokesman with a rank stays the military's; a colonel alone too
    for (text, mention) in [
        ("Mali's military rulers postponed the vote. Army spokesman Colonel Amadou Diallo said the elections in Mali would wait.", "Colonel Amadou Diallo"),
        ("Mali's military rulers postponed the vote. Colonel Amadou Diallo said the elections in Mali would wait.", "Colonel Amadou Diallo"),
    ] {
        let doc = resolve_parsed(text, DAY);
        assert_eq!(code(&doc, mention).as_deref(), Some("MLIMIL"), "{text}\n{}", render_mentions(&doc));
    }
}

#[test]
fn a_bare_agent_takes_the_country_its_sentence_names_as_the_scene_when_the_story_has_none() {
    let doc = resolve_parsed(
        "Thailand and Cambodia traded accusations over the border on Monday. In Cambodia, soldiers were seen massing near the border.",
        DAY,
    );
    assert_eq!(
        code(&doc, "soldiers").as_deref(),
        Some("KHMMIL"),
        "{}",
        render_mentions(&doc)
    );
    // the country named otherwise than as the scene gives none ("Paris agreement")
    let doc = resolve_parsed(
        "Thailand and Cambodia traded accusations over the border on Monday. Several leaders want the Paris agreement to bind its signatories.",
        DAY,
    );
    assert!(
        actor(&doc, "leaders").is_none_or(|a| a.country.is_none()),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn capitals_in_a_list_of_places_struck_are_places() {
    let doc = resolve_parsed(
        "The attack came after Beirut, after Paris, after Brussels.",
        DAY,
    );
    for name in ["Beirut", "Paris", "Brussels"] {
        assert!(
            doc.mentions.iter().all(|m| doc.slice(m.span) != name),
            "{name}\n{}",
            render_mentions(&doc)
        );
    }
    // one "after" and a verb: the government
    let doc = resolve_parsed(
        "After Moscow rejected the plan, Kyiv said talks were over.",
        DAY,
    );
    assert_eq!(
        code(&doc, "Moscow").as_deref(),
        Some("RUSGOV"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_military_government_is_the_government_of_its_country() {
    let doc = resolve_parsed(
        "Chad's military government barred the observers from the capital.",
        DAY,
    );
    assert_eq!(
        code(&doc, "Chad's military government").as_deref(),
        Some("TCDGOV"),
        "{}",
        render_mentions(&doc)
    );
    // a junta is still the military as a body
    let doc = resolve_parsed("Chad's junta barred the observers from the capital.", DAY);
    assert_eq!(
        code(&doc, "Chad's junta").as_deref(),
        Some("TCDMIL"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_forces_convoy_or_patrol_names_the_force() {
    for (text, mention, want) in [
        (
            "Gunmen ambushed a Nigerian army convoy near the border.",
            "a Nigerian army",
            "NGAMIL",
        ),
        (
            "The drone struck a Syrian police patrol outside the town.",
            "a Syrian police",
            "SYRCOP",
        ),
        (
            "Yemeni army warplanes hit a depot near the port.",
            "Yemeni army",
            "YEMMIL",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        assert_eq!(
            code(&doc, mention).as_deref(),
            Some(want),
            "{}",
            render_mentions(&doc)
        );
    }
    // a force word before another noun is still no mention of the force
    let doc = resolve_parsed("The army reforms were delayed again.", DAY);
    assert!(
        doc.mentions
            .iter()
            .all(|m| !doc.slice(m.span).contains("army")),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn an_igos_own_envoy_is_the_igo_not_the_storys_country() {
    let doc = resolve_parsed(
        "Niger's junta summoned the AU's envoy and accused him of meddling.",
        DAY,
    );
    assert_eq!(
        code(&doc, "the AU's envoy").as_deref(),
        Some("IGOAFRAFU"),
        "{}",
        render_mentions(&doc)
    );
    // a country's envoy stays that country's
    let doc = resolve_parsed("The AU summoned Niger's envoy on Monday.", DAY);
    assert_eq!(
        code(&doc, "Niger's envoy").as_deref(),
        Some("NERGOV"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn ecuadorian_is_a_demonym_of_ecuador() {
    let doc = resolve_parsed("Ecuadorian soldiers guarded the prison in Guayaquil.", DAY);
    assert_eq!(
        code(&doc, "Ecuadorian soldiers").as_deref(),
        Some("ECUMIL"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn leaders_of_a_region_are_not_the_storys_country() {
    let doc = resolve_parsed(
        "Haitian Prime Minister Garry Conille quit after Caribbean leaders pressed him.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let leaders: Vec<_> = doc
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span).contains("leaders"))
        .collect();
    assert!(
        !leaders.is_empty()
            && leaders
                .iter()
                .all(|m| doc.actors[m.actor as usize].code.is_none()),
        "{listing}"
    );
    // leaders with no region word are the story's country's
    let doc = resolve_parsed(
        "Haitian Prime Minister Garry Conille quit after leaders pressed him.",
        DAY,
    );
    assert_eq!(
        code(&doc, "leaders").as_deref(),
        Some("HTIGOV"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_spokesman_for_a_body_named_before_is_of_its_country() {
    for (text, want) in [
        (
            "Guinea's junta dissolved the parliament. A spokesman for the junta said elections would follow.",
            "GINGOV",
        ),
        (
            "Chad's army closed the border. A spokeswoman for the army said it would reopen.",
            "TCDMIL",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        let listing = render_mentions(&doc);
        let got = doc
            .mentions
            .iter()
            .find(|m| doc.slice(m.span).starts_with("A spokes"))
            .and_then(|m| doc.actors[m.actor as usize].code.clone());
        assert_eq!(got.as_deref(), Some(want), "{listing}");
    }
    // with no body named before and no country, nobody's spokesman
    let doc = resolve_parsed(
        "A spokesman for the junta said elections would follow.",
        DAY,
    );
    assert!(
        doc.mentions
            .iter()
            .filter_map(|m| doc.actors[m.actor as usize].code.as_deref())
            .all(|c| !c.ends_with("GOV")),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_former_officeholder_titled_opposition_leader_is_the_opposition() {
    let doc = resolve_parsed(
        "Opposition leader Raila Odinga rejected the tax bill on Friday.",
        DAY,
    );
    assert_eq!(
        code(&doc, "Opposition leader Raila Odinga").as_deref(),
        Some("KENOPP"),
        "{}",
        render_mentions(&doc)
    );
    // untitled or titled by the old office, still a former officeholder
    let doc = resolve_parsed(
        "Former prime minister Raila Odinga rejected the tax bill.",
        DAY,
    );
    assert!(
        doc.actors
            .iter()
            .any(|a| a.code.as_deref() == Some("KENELI")),
        "{}",
        render_mentions(&doc)
    );
}
