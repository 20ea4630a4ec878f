//! Regressions of the session-15 review of the state-office, staff and heritage rules, on
//! sentences of our own: former officeholders, a state named like a country, offices that
//! are no holder, campaign and union staff, state legislatures, country pairs with
//! "-American", a governor's "we".

use crate::common;

use attache_actors::resolve::render_mentions;
use attache_core::Document;
use common::{assert_named_code, code as code_of, found, named, resolve_parsed, us_story};

const DAY: (i32, u32, u32) = (2016, 3, 1);

/// The code of the actor with a mention of exactly `text`, which must be found.
fn code_of_found(doc: &Document, text: &str) -> Option<String> {
    found(doc, text).code.clone()
}

#[test]
fn a_former_state_officeholder_is_an_elite_not_the_government() {
    let doc = us_story(
        "Former Arkansas governor Mike Dunn said he would run. Ex-governor Carl Brandt agreed. A former governor said the plan was wrong, and the former Arkansas governor replied.",
    );
    let listing = render_mentions(&doc);
    assert_named_code(&doc, "Mike Dunn", Some("USAELI"));
    assert_eq!(
        code_of(&doc, "A former governor").as_deref(),
        Some("USAELI"),
        "{listing}"
    );
    assert!(
        doc.actors
            .iter()
            .all(|a| a.code.as_deref() != Some("USAGOV") || a.name == "Barack Obama"),
        "{listing}"
    );
}

#[test]
fn a_state_named_like_a_country_is_no_country() {
    let doc = us_story(
        "The former New Mexico governor said he would run. Ana Ruiz, a two-term governor of New Mexico, agreed.",
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors
            .iter()
            .all(|a| a.country.as_deref() != Some("MEX")),
        "{listing}"
    );
    assert_eq!(
        code_of(&doc, "The former New Mexico governor").as_deref(),
        Some("USAELI"),
        "{listing}"
    );
}

#[test]
fn an_office_spoken_of_as_an_office_is_no_officeholder() {
    let doc = us_story(
        "Tom Webb said he won the governor's race in 2010. He once planned a run for Governor. While governor, Webb cut taxes. He had become governor of Ohio in 2011. As Ohio's governor, Webb signed the bill. The candidate for governor, Ana Ruiz, spoke later.",
    );
    let listing = render_mentions(&doc);
    for m in &doc.mentions {
        let text = doc.slice(m.span).to_lowercase();
        let role = doc
            .actors
            .get(m.actor as usize)
            .and_then(|a| a.role.clone());
        assert!(
            !text.ends_with("governor") || role.is_none(),
            "{text}\n{listing}"
        );
    }
    assert_eq!(named(&doc, "Ana Ruiz").code, None, "{listing}");
}

#[test]
fn campaign_union_and_party_staff_take_no_story_country() {
    let doc = us_story(
        "On Tuesday Webb spokeswoman Ana Ruiz said the campaign was ready. Ruiz campaign spokesman Tom Dale agreed, and RNC Chairman Bill Cole said so too. AFL-CIO president Mary Tate disagreed. Labor leaders were angry. White House spokesman Carl Brandt declined to comment.",
    );
    let listing = render_mentions(&doc);
    for name in ["Ana Ruiz", "Tom Dale", "Bill Cole", "Mary Tate"] {
        assert_eq!(named(&doc, name).code, None, "{name}\n{listing}");
    }
    assert_eq!(code_of_found(&doc, "leaders"), None, "{listing}");
    // the government's own spokesman keeps it
    assert_named_code(&doc, "Carl Brandt", Some("USAGOV"));
}

#[test]
fn a_state_legislature_is_not_the_us_congress() {
    let doc = us_story(
        "Ohio Gov. Tom Webb signed a bill after the legislature passed its own version. Most state senators support the change. The Senate will vote next week.",
    );
    let listing = render_mentions(&doc);
    assert_ne!(
        code_of_found(&doc, "the legislature").as_deref(),
        Some("USALEG"),
        "{listing}"
    );
    assert_ne!(
        code_of_found(&doc, "senators").as_deref(),
        Some("USALEG"),
        "{listing}"
    );
    // the national one stays
    assert_eq!(
        code_of(&doc, "The Senate").as_deref(),
        Some("USALEG"),
        "{listing}"
    );
}

#[test]
fn a_nationality_before_american_and_a_relation_noun_is_a_country() {
    let doc = resolve_parsed(
        "Talks\n\nThe Russian-American talks began in Geneva on Monday. Israeli-American relations were tense. The Mexican-American judge ruled on Friday, and the Cuban-American diaspora in Miami cheered.",
        DAY,
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        code_of(&doc, "Russian").as_deref(),
        Some("RUS"),
        "{listing}"
    );
    assert_eq!(
        code_of(&doc, "Israeli").as_deref(),
        Some("ISR"),
        "{listing}"
    );
    // a heritage before a person stays no country
    assert!(
        doc.actors
            .iter()
            .all(|a| !matches!(a.country.as_deref(), Some("MEX" | "CUB"))),
        "{listing}"
    );
}

#[test]
fn a_state_governors_we_is_not_the_federal_government() {
    let doc = us_story(
        "Ohio Gov. Tom Webb spoke in Columbus. \"If we don't do well, we will cut the budget,\" Webb said. \"We will help Ohio,\" Obama said.",
    );
    let listing = render_mentions(&doc);
    // the governor's "we" is no mention of the federal government (none at all here) ...
    let webb_quote = doc.text.find("If we").unwrap_or(0) as u32;
    let obama_quote = doc.text.find("We will help").unwrap_or(0) as u32;
    let we_codes = |from: u32, to: u32| -> Vec<Option<String>> {
        doc.mentions
            .iter()
            .filter(|m| m.span.start >= from && m.span.end <= to)
            .filter(|m| {
                doc.text[m.span.start as usize..m.span.end as usize].eq_ignore_ascii_case("we")
            })
            .map(|m| doc.actors[m.actor as usize].code.clone())
            .collect()
    };
    let webb_we = we_codes(webb_quote, obama_quote);
    assert!(
        webb_we.iter().all(|c| c.as_deref() != Some("USAGOV")),
        "{listing}"
    );
    // ... while the president's "we" is (so the test sees a "we" when there is one)
    assert_eq!(
        we_codes(obama_quote, doc.text.len() as u32),
        vec![Some("USAGOV".to_string())],
        "{listing}"
    );
    assert_named_code(&doc, "Tom Webb", Some("USAGOV"));
}

#[test]
fn former_before_a_plural_noun_is_not_a_later_senators_title() {
    let doc = us_story(
        "Two former Republican hopefuls, Sen. Tom Webb of Ohio and Gov. Carl Brandt of Nevada, spoke on Friday.",
    );
    assert_named_code(&doc, "Tom Webb", Some("USALEG"));
}

#[test]
fn party_staff_and_a_former_holders_office_words_are_read() {
    let doc = us_story(
        "Some Republican officials in the state disagreed. Ana Ruiz, a former Obama administration official, agreed.",
    );
    let listing = render_mentions(&doc);
    // (no government's: the party's, as "party officials" are; session 26)
    assert_eq!(
        code_of_found(&doc, "officials").as_deref(),
        Some("USAPTY"),
        "{listing}"
    );
    assert_eq!(
        code_of(&doc, "official").as_deref(),
        Some("USAELI"),
        "{listing}"
    );
}

#[test]
fn a_party_and_state_tag_after_a_name_is_a_member_of_congress() {
    let doc = us_story(
        "\"The rules must change,\" Oversight Chairman Tom Webb (R-Utah) said on Tuesday.",
    );
    assert_named_code(&doc, "Tom Webb", Some("USALEG"));
}

#[test]
fn a_party_tag_followed_by_a_curly_apostrophe_is_still_read() {
    // (the old cut of 24 bytes after the name fell inside the apostrophe)
    let doc = us_story("Sen. Ana Ruiz (D-Vt.) said the plan’s cost was high.");
    assert_named_code(&doc, "Ana Ruiz", Some("USALEG"));
}

#[test]
fn then_before_a_hyphen_makes_a_former_holder() {
    let doc = us_story("Ruiz beat then-lieutenant governor Tom Webb in 2012.");
    assert_named_code(&doc, "Tom Webb", Some("USAELI"));
}
