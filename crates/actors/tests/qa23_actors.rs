//! Session 23: private people and bodies named with a country's word are not its state. A
//! demonym before a private agent noun takes the noun's role, a demonym opening a private
//! body's own name is no mention of the country, and staff of a protest, a cause or a
//! campaign are no government's. Invented sentences.

use crate::common;

use common::{assert_code, assert_no_code_prefix, codes_of, resolve_parsed, us_story};

#[test]
fn a_demonym_before_a_private_agent_noun_takes_the_nouns_role() {
    for (text, mention, want) in [
        (
            "Danish unions rejected the wage deal on Monday.",
            "Danish unions",
            "DNKLAB",
        ),
        (
            "Cuban exiles protested outside the courthouse on Friday.",
            "Cuban exiles",
            "CUBOPP",
        ),
        (
            "Dutch voters rejected the treaty in a referendum.",
            "Dutch voters",
            "NLDCVL",
        ),
        (
            "Mexican drug cartels attacked a police station overnight.",
            "Mexican drug cartels",
            "MEXCRM",
        ),
        (
            "The Japanese Chamber of Commerce opposed the new tax.",
            "The Japanese Chamber of Commerce",
            "JPNBUS",
        ),
        (
            "The German electorate rejected the coalition in March.",
            "The German electorate",
            "DEUCVL",
        ),
        (
            "German business leaders criticized the new tax.",
            "German business leaders",
            "DEUBUS",
        ),
        (
            "Rescuers searched for American victims of the blast.",
            "American victims",
            "USACVL",
        ),
    ] {
        let doc = resolve_parsed(text, (2001, 5, 7));
        assert_code(&doc, mention, Some(want));
    }
}

#[test]
fn a_prosecutor_general_is_judiciary_not_military() {
    let doc = resolve_parsed(
        "Russian Prosecutor General Pavel Orlov accused the bank of fraud.",
        (1998, 3, 2),
    );
    assert_code(
        &doc,
        "Russian Prosecutor General Pavel Orlov",
        Some("RUSJUD"),
    );
}

#[test]
fn general_after_a_civil_office_word_is_no_military_rank() {
    for (text, mention, want) in [
        (
            "Russian Prosecutor-General Pavel Orlov accused the bank of fraud.",
            "Russian Prosecutor-General Pavel Orlov",
            "RUSJUD",
        ),
        (
            "Russian Procurator General Pavel Orlov accused the bank of fraud.",
            "Russian Procurator General Pavel Orlov",
            "RUSJUD",
        ),
        (
            "Kenyan Auditor General Anna Wambui criticized the ministry.",
            "Kenyan Auditor General Anna Wambui",
            "KENGOV",
        ),
        (
            "Russian General Pavel Orlov attacked the town.",
            "Russian General Pavel Orlov",
            "RUSMIL",
        ),
    ] {
        let doc = resolve_parsed(text, (1998, 3, 2));
        assert_code(&doc, mention, Some(want));
    }
}

#[test]
fn exiles_and_voters_named_without_a_country_take_no_story_country() {
    let doc = us_story("Exiles protested outside the embassy. Voters rejected the plan.");
    assert_no_code_prefix(&doc, "Exiles", "USA");
    assert_no_code_prefix(&doc, "Voters", "USA");
}

#[test]
fn a_demonym_opening_a_private_bodys_name_is_no_mention_of_the_country() {
    for (text, demonym, code) in [
        (
            "The American Legion asked the campaign to stop using its emblem.",
            "American",
            "USA",
        ),
        (
            "The Cuban American National Foundation criticized the ruling.",
            "Cuban",
            "CUB",
        ),
        (
            "The American Federation of Teachers endorsed the senator early.",
            "American",
            "USA",
        ),
        (
            "The Kenyan Bar Association condemned the arrests on Monday.",
            "Kenyan",
            "KEN",
        ),
        (
            "The U.S. Olympic Committee rejected the appeal on Friday.",
            "U.S.",
            "USA",
        ),
    ] {
        let doc = resolve_parsed(text, (2016, 2, 1));
        assert!(
            !codes_of(&doc, demonym).iter().any(|c| c == code),
            "{text}\n{}",
            attache_actors::resolve::render_mentions(&doc)
        );
    }
    // a state's own bodies and agents named with a demonym keep it
    let doc = resolve_parsed(
        "The Cuban Foreign Ministry protested. American officials said the talks would go on.",
        (2000, 1, 7),
    );
    assert_code(&doc, "The Cuban Foreign Ministry", Some("CUBGOV"));
    assert_code(&doc, "American officials", Some("USAGOV"));
    let doc = resolve_parsed("The U.S. Army attacked the town on Friday.", (2000, 1, 7));
    assert_code(&doc, "The U.S. Army", Some("USAMIL"));
}

#[test]
fn staff_of_a_protest_a_cause_or_a_campaign_take_no_government_code() {
    let doc = us_story(
        "Some protest leaders said they would march. Civil rights leaders met the senator on \
         Tuesday. Precinct leaders met the organizers. Senator Elizabeth Warren talked with \
         officials from the Clinton campaign. World leaders met in Davos. Officials said the \
         plan would pass.",
    );
    for (i, m) in doc
        .mentions
        .iter()
        .filter(|m| matches!(doc.slice(m.span), "leaders" | "officials"))
        .enumerate()
    {
        let code = doc.actors[m.actor as usize].code.as_deref();
        assert_ne!(
            code,
            Some("USAGOV"),
            "mention {i} at {:?}\n{}",
            m.span,
            attache_actors::resolve::render_mentions(&doc)
        );
    }
    // the story country's own officials stay its government's
    assert_code(&doc, "Officials", Some("USAGOV"));
    // "World" inside a party's name is no word of many states
    let doc = us_story("Protesters from the Workers World Party marched on Monday.");
    assert_code(&doc, "the Workers World Party", Some("USAPTY"));
}

#[test]
fn officials_of_a_number_of_states_are_no_one_states() {
    // not the host's ("in Tokyo") nor the story's
    let doc = resolve_parsed(
        "Ministers of 12 nations met in Tokyo on Monday to discuss trade.",
        (1990, 5, 7),
    );
    assert_code(&doc, "Ministers", None);
    // not the first of the two countries named before
    let doc = resolve_parsed(
        "Vietnam and Japan agreed on trade on Monday. Leaders of both countries signed the \
         accord in Hanoi.",
        (1990, 5, 7),
    );
    assert_code(&doc, "Leaders", None);
    // one state named after "of" keeps its reading
    let doc = resolve_parsed(
        "The foreign ministers of Poland met in Warsaw on Monday.",
        (1990, 5, 7),
    );
    assert_code(&doc, "The foreign ministers of Poland", Some("POLGOV"));
}

#[test]
fn a_country_name_before_a_sponsors_suffix_or_after_pro_is_not_the_country_acting() {
    for (text, name) in [
        ("U.S.-backed rebels attacked the town on Sunday.", "U.S."),
        (
            "Russia-armed separatists shelled the port overnight.",
            "Russia",
        ),
        ("Rabbis criticized a pro-Israel group on Monday.", "Israel"),
        ("The Cuba-born writer met the senator in Miami.", "Cuba"),
    ] {
        let doc = resolve_parsed(text, (2015, 6, 1));
        assert!(
            codes_of(&doc, name).is_empty(),
            "{text}\n{}",
            attache_actors::resolve::render_mentions(&doc)
        );
    }
    // a country leading is still the country
    let doc = resolve_parsed(
        "The U.S.-led coalition bombed the town. The U.S. and Russia met in Geneva.",
        (2015, 6, 1),
    );
    assert!(codes_of(&doc, "U.S.").iter().any(|c| c == "USA"));
}

#[test]
fn state_police_in_a_us_state_named_like_a_country_are_american() {
    let doc = common::resolve_parsed_from(
        "State police in Georgia arrested two men on Friday. The FBI said the suspects fled.",
        (1998, 7, 31),
        Some("WASHINGTON"),
    );
    assert_no_code_prefix(&doc, "police", "GEO");
    assert!(codes_of(&doc, "Georgia")
        .iter()
        .all(|c| !c.starts_with("GEO")));
}

#[test]
fn bank_officials_and_union_negotiators_are_no_government_but_central_bank_officials_are() {
    let doc = common::resolve_parsed_from(
        "Britain said on Monday it would act. Bank officials met on Monday. Union negotiators \
         met the company. Central bank officials said rates would rise.",
        (2001, 5, 7),
        Some("LONDON"),
    );
    let codes: Vec<Option<&str>> = doc
        .mentions
        .iter()
        .filter(|m| matches!(doc.slice(m.span), "officials" | "negotiators"))
        .map(|m| doc.actors[m.actor as usize].code.as_deref())
        .collect();
    assert_eq!(
        codes,
        vec![None, None, Some("GBRGOV")],
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn a_legislature_acting_for_a_country_is_not_that_countrys() {
    let doc = common::resolve_parsed_from(
        "The president requested emergency funding from Congress for Tanzania and Kenya.",
        (1998, 9, 30),
        Some("WASHINGTON"),
    );
    assert_code(&doc, "Congress", Some("USALEG"));
    assert_no_code_prefix(&doc, "Congress", "TZA");
    // a spokesman "for" a body keeps the body's country
    let doc = resolve_parsed(
        "A spokesman for the Israeli Defense Ministry denied the report.",
        (1998, 9, 30),
    );
    assert_code(
        &doc,
        "A spokesman for the Israeli Defense Ministry",
        Some("ISRMIL"),
    );
}
