//! Session 18: who the actors of real news are, on sentences of our own: persons the text
//! names and titles but the KB does not know.

use crate::common;

use common::{assert_named_code, resolve_parsed, resolve_parsed_from, us_story};

#[test]
fn a_state_office_title_without_a_state_codes_the_holder_in_an_american_story() {
    let doc = us_story(
        "Sen. Dana Whitcombe criticized the plan on Tuesday. Gov. Lorna Pettibone said the \
         state would wait. Former Rep. Amos Kettering endorsed Clinton.",
    );
    assert_named_code(&doc, "Dana Whitcombe", Some("USALEG"));
    assert_named_code(&doc, "Lorna Pettibone", Some("USAGOV"));
    assert_named_code(&doc, "Amos Kettering", Some("USAELI"));
}

#[test]
fn a_state_office_title_without_a_state_codes_nobody_outside_an_american_story() {
    // a Philippine story: its senators and governors are no US officeholders
    let doc = resolve_parsed(
        "President Rodrigo Duterte met Philippine lawmakers in Manila on Monday. \
         Sen. Dana Whitcombe criticized the plan. Gov. Lorna Pettibone of the province said \
         Manila would wait.",
        (2018, 5, 2),
    );
    assert_named_code(&doc, "Dana Whitcombe", None);
    assert_named_code(&doc, "Lorna Pettibone", None);
}

#[test]
fn a_kb_person_titled_with_an_office_before_the_kbs_first_one_is_in_government() {
    // the KB knows him as Tanzania's president from 2005 on; in 1998 the text titles him
    // foreign minister
    let doc = resolve_parsed(
        "Tanzania mourned the dead on Friday. Tanzanian Foreign Minister Jakaya Kikwete \
         thanked the rescuers in Dar es Salaam.",
        (1998, 8, 18),
    );
    assert_named_code(&doc, "Jakaya Kikwete", Some("TZAGOV"));
}

#[test]
fn former_before_vice_president_makes_a_former_officeholder() {
    let doc = resolve_parsed(
        "Former Vice President Dick Cheney criticized the nuclear deal on Monday. Cheney said \
         it would fail.",
        (2016, 3, 1),
    );
    assert_named_code(&doc, "Dick Cheney", Some("USAELI"));
}

#[test]
fn a_named_aide_after_a_coded_persons_name_is_coded_as_the_principal() {
    let doc = us_story(
        "Sanders campaign manager Wendell Okafor said the race was not over. Clinton \
         spokesman Rory Whitcombe accused the rival camp of distortions.",
    );
    assert_named_code(&doc, "Wendell Okafor", Some("USALEG"));
    assert_named_code(&doc, "Rory Whitcombe", Some("USAELI"));
    // one mention from the principal's name on: "Sanders" there is no mention of its own
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert!(
        doc.mentions
            .iter()
            .any(|m| doc.slice(m.span) == "Sanders campaign manager Wendell Okafor"),
        "{listing}"
    );
}

#[test]
fn a_supporter_after_a_coded_persons_name_is_not_the_principals_staff() {
    let doc = us_story("Trump supporter Wendell Okafor waved a flag at the rally on Monday.");
    assert_named_code(&doc, "Wendell Okafor", None);
}

#[test]
fn a_dateline_in_ordinary_case_before_a_wire_credit_names_no_actor() {
    let doc = resolve_parsed(
        "Clinton hits back\n\nWashington (AFP) – Hillary Clinton took a swipe at Donald Trump \
         on Friday.",
        (2016, 6, 24),
    );
    let body = doc.text.find("Hillary").unwrap_or(0) as u32;
    assert!(
        doc.mentions
            .iter()
            .all(|m| m.span.start >= body || m.span.end <= 17),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
    // a country in ordinary case before a parenthesis of several words is no dateline
    let doc = resolve_parsed(
        "Estonia (a Baltic state) – a member of NATO – protested to Russia.",
        (2016, 6, 24),
    );
    assert_eq!(common::code(&doc, "Estonia").as_deref(), Some("EST"));
}

#[test]
fn an_organisation_named_after_a_kb_person_is_not_the_person() {
    let doc = us_story(
        "The Trump Organization denied the report on Tuesday. Donors met at the Clinton \
         Global Initiative. Trump said the report was false.",
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert!(
        common::codes_of(&doc, "Trump Organization").is_empty(),
        "{listing}"
    );
    let organisation = doc.text.find("Trump Organization").unwrap_or(0) as u32;
    assert!(
        doc.mentions.iter().all(|m| {
            let text = doc.slice(m.span);
            text != "Clinton" && !(text == "Trump" && m.span.start == organisation)
        }),
        "{listing}"
    );
    // the person named alone later is still the KB person
    assert_eq!(common::codes_of(&doc, "Trump"), ["USAELI"], "{listing}");
    // a person named in full inside a foundation's name stays the person
    let doc = us_story("She spoke at the Hillary Clinton Foundation gala on Friday.");
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert_eq!(
        common::codes_of(&doc, "Hillary Clinton"),
        ["USAELI"],
        "{listing}"
    );
}

#[test]
fn republicans_and_democrats_named_alone_are_the_american_parties_in_an_american_story() {
    let doc = us_story(
        "Republicans criticized the budget on Tuesday. Democrats said the plan would pass.",
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert_eq!(
        common::codes_of(&doc, "Republicans"),
        ["USAPTY"],
        "{listing}"
    );
    assert_eq!(common::codes_of(&doc, "Democrats"), ["USAPTY"], "{listing}");
    // a party is no "he"
    let doc = us_story("Democrats cheered the vote. He said the bill was fair.");
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert!(
        !common::codes_of(&doc, "He").contains(&"USAPTY".to_string()),
        "{listing}"
    );
    // a story on Northern Ireland: its republicans are no American party
    let doc = resolve_parsed(
        "Britain and Ireland urged calm in Belfast on Monday. British officials met Irish \
         ministers. Republicans marched through the city.",
        (1998, 3, 22),
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert!(
        common::codes_of(&doc, "Republicans").is_empty(),
        "{listing}"
    );
}

#[test]
fn a_singular_party_word_names_a_person_not_the_party() {
    let doc = us_story(
        "Senator Mara Quillfeather, a Democrat from Oregon, praised the governor on Monday. \
         Voters may yet blame a Democrat for the long delay.",
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert!(
        !common::codes_of(&doc, "Democrat").contains(&"USAPTY".to_string()),
        "{listing}"
    );
}

#[test]
fn a_party_word_before_a_noun_is_no_mention_of_the_party() {
    let doc = us_story(
        "The GOP front-runner grumbled that the tally in Utah was unfair. Later the GOP said \
         its vote would wait until June. Democratic Party voters crowded the hall in Reno. \
         Democratic Party officials defended the schedule.",
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    // the party that said, not the front-runner who grumbled
    assert_eq!(common::codes_of(&doc, "GOP"), ["USAPTY"], "{listing}");
    // its voters are not the party, its officials speak for it
    assert_eq!(
        common::codes_of(&doc, "Democratic Party"),
        ["USAPTY"],
        "{listing}"
    );
}

#[test]
fn a_party_bloc_in_congress_is_its_legislators() {
    // (the party named alone in the next sentence stays the party)
    let doc = us_story(
        "Congressional Democrats welcomed the farm bill on Thursday. Democrats said the \
         vote would come in May.",
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert_eq!(
        common::codes_of(&doc, "Democrats"),
        ["USALEG", "USAPTY"],
        "{listing}"
    );
    let doc = us_story("Republicans in the Senate blocked the farm bill on Thursday.");
    let listing = attache_actors::resolve::render_mentions(&doc);
    assert_eq!(
        common::codes_of(&doc, "Republicans"),
        ["USALEG"],
        "{listing}"
    );
}

#[test]
fn a_former_aide_after_a_coded_persons_name_is_an_elite_not_the_principal() {
    let doc = us_story(
        "Former Obama adviser Wendell Okafor said the primary was far from settled. \
         Obama spokesman Rory Whitcombe declined to comment.",
    );
    assert_named_code(&doc, "Wendell Okafor", Some("USAELI"));
    assert_named_code(&doc, "Rory Whitcombe", Some("USAGOV"));
}

#[test]
fn a_state_office_title_after_a_foreign_place_codes_no_american() {
    let doc = us_story(
        "Sonora Gov. Tomas Errazuriz criticized the Border Patrol on Tuesday. Later \
         Gov. Tomas Errazuriz met Clinton. Republican Sen. Dana Whitcombe praised the plan.",
    );
    assert_named_code(&doc, "Tomas Errazuriz", None);
    assert_named_code(&doc, "Dana Whitcombe", Some("USALEG"));
}

#[test]
fn a_datelines_country_whose_government_the_story_names_stays_its_country_over_a_country_named_twice(
) {
    // filed from London, naming India twice (a demonym and its capital) and the British
    // government once (Downing Street): the judge and the opposition are British
    let doc = resolve_parsed_from(
        "Former Chancellor Hugo Pembridge met Indian ministers in New Delhi. Judge Alice \
         Thornbury rejected the appeal. A spokesman for Downing Street welcomed the ruling. \
         Opposition leader Gareth Ollerton called it a scandal.",
        (2019, 6, 12),
        Some("LONDON"),
    );
    assert_named_code(&doc, "Alice Thornbury", Some("GBRJUD"));
    assert_named_code(&doc, "Gareth Ollerton", Some("GBROPP"));
}

#[test]
fn a_datelines_country_named_by_its_officeholder_stays_the_story_country() {
    // filed from Berlin, naming Brazil twice and Germany's chancellor once
    let doc = resolve_parsed_from(
        "Brazilian diplomats toured a factory outside Brasilia on Monday. Opposition leader \
         Jonas Hartwig demanded an inquiry. Chancellor Angela Merkel said the talks went well.",
        (2019, 6, 12),
        Some("BERLIN"),
    );
    assert_named_code(&doc, "Jonas Hartwig", Some("DEUOPP"));
}

#[test]
fn a_datelines_country_named_only_as_a_place_gives_no_story_country_over_a_country_named_twice() {
    // filed from Nairobi about Somalia: "the Kenyan capital" is where the officials spoke,
    // no Kenyan government (the only government named is the American one); the police
    // are no Kenyan police
    let doc = resolve_parsed_from(
        "Somali troops shelled a village near Mogadishu, officials in the Kenyan capital \
         said. The State Department condemned the shelling. Police arrested two men at the \
         scene.",
        (2019, 6, 12),
        Some("NAIROBI"),
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    let police = common::found(&doc, "Police");
    assert_ne!(police.code.as_deref(), Some("KENCOP"), "{listing}");
}

#[test]
fn an_undated_wire_datelines_place_and_region_give_the_story_country() {
    // the reader takes "HARARE, Zimbabwe (AP) _" out of the text and gives its place and
    // region as the dateline: police named without a country are that country's
    let doc = resolve_parsed_from(
        "Police fired tear gas at striking nurses outside a clinic on Tuesday, two of the \
         nurses said.",
        (2019, 6, 12),
        Some("HARARE, Zimbabwe"),
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    let police = common::found(&doc, "Police");
    assert_eq!(police.code.as_deref(), Some("ZWECOP"), "{listing}");
}

#[test]
fn an_undated_wire_datelines_capital_gives_the_story_country() {
    let doc = resolve_parsed_from(
        "Police detained a man who climbed a fence near the river on Friday, a spokesman \
         said.",
        (1999, 3, 4),
        Some("WASHINGTON"),
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    let police = common::found(&doc, "Police");
    assert_eq!(police.code.as_deref(), Some("USACOP"), "{listing}");
}

#[test]
fn an_undated_wire_datelines_country_named_only_as_a_place_gives_no_story_country() {
    // the same guard as a dated dateline's: filed from Nairobi about Somalia, naming
    // Kenya only by its capital, the police are no Kenyan police
    let doc = resolve_parsed_from(
        "Somali troops shelled a village near Mogadishu, officials in the Kenyan capital \
         said. The State Department condemned the shelling. Police arrested two men at the \
         scene.",
        (2019, 6, 12),
        Some("NAIROBI, Kenya"),
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    let police = common::found(&doc, "Police");
    assert_ne!(police.code.as_deref(), Some("KENCOP"), "{listing}");
}

#[test]
fn a_wire_dateline_left_in_the_text_gives_no_story_country() {
    // the dateline is the reader's to find; one left in the text (below the first
    // paragraph, where another story is quoted) names no actor and gives no country
    let doc = resolve_parsed_from(
        "Police fired tear gas at striking nurses on Tuesday, two of the nurses said.\n\n\
         HARARE, Zimbabwe (AP) _ A second clinic closed.",
        (2019, 6, 12),
        None,
    );
    let listing = attache_actors::resolve::render_mentions(&doc);
    let police = common::found(&doc, "Police");
    assert_ne!(police.code.as_deref(), Some("ZWECOP"), "{listing}");
    assert!(common::actor_exact(&doc, "Zimbabwe").is_none(), "{listing}");
}
