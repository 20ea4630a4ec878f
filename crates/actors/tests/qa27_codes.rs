//! Session 27: actors a blind judge found coded as the wrong state or body. A community
//! named by a demonym is that country's civilians (CVL), never its state; a community with
//! no country of its own takes no story country.

use crate::common::{assert_code, assert_no_code_prefix, us_story};

#[test]
fn a_demonym_community_is_civilians_not_the_state() {
    let doc = us_story("The Cuban community in Miami protested against the ruling.");
    assert_code(&doc, "The Cuban community", Some("CUBCVL"));
    let doc = us_story("Leaders met the Armenian and Greek communities in Boston.");
    assert_code(&doc, "Greek communities", Some("GRCCVL"));
}

#[test]
fn a_community_without_a_country_takes_no_story_country() {
    let doc = us_story("The local community protested against the new road.");
    assert_no_code_prefix(&doc, "community", "USA");
}

#[test]
fn a_faith_community_keeps_its_faith() {
    let doc = us_story("The Muslim community condemned the attack.");
    assert_code(&doc, "The Muslim community", Some("MOS"));
}

#[test]
fn a_head_after_a_personal_possessive_is_no_one() {
    for text in [
        "Senator Ann Reed shook her head and walked away from Iran's envoy.",
        "The runner raised a flag above his head after the race in Ohio.",
    ] {
        let doc = us_story(text);
        assert_no_code_prefix(&doc, "head", "USA");
    }
}

#[test]
fn an_organisation_head_stays_a_role() {
    let doc = us_story("The agency's head, Ann Reed, criticized Iran.");
    assert!(
        doc.mentions
            .iter()
            .any(|m| doc.slice(m.span).ends_with("head")),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn an_officer_of_a_civil_duty_is_no_army_officer() {
    for (text, officer) in [
        (
            "A customs officer criticized the new rules in Ohio.",
            "customs officer",
        ),
        (
            "The company's chief investment officer criticized the plan.",
            "investment officer",
        ),
        (
            "A consular officer interviewed the applicant in Ohio.",
            "consular officer",
        ),
        (
            "Critics condemned violence against law enforcement officers.",
            "enforcement officers",
        ),
    ] {
        let doc = us_story(text);
        assert_no_code_prefix(&doc, officer, "USAMIL");
    }
}

#[test]
fn a_company_officer_is_not_the_army() {
    let doc = us_story("A Kellogg officer, who asked not to be named, criticized the plan.");
    assert_no_code_prefix(&doc, "officer", "USAMIL");
}

#[test]
fn an_army_officer_stays_military() {
    let doc = us_story("A retired Army officer criticized the plan.");
    assert_code(&doc, "A retired Army officer", Some("USAMIL"));
    let doc = us_story("Senior officers criticized the plan on Tuesday.");
    assert_code(&doc, "officers", Some("USAMIL"));
}

#[test]
fn official_as_an_adjective_is_no_official() {
    for (text, word) in [
        (
            "The official Ruritanian News Agency said the talks had failed.",
            "The official",
        ),
        (
            "Senator Ann Reed posted on her official Facebook page that Iran was wrong.",
            "her official",
        ),
        (
            "The banker repeated the official Japanese position on the treaty.",
            "the official",
        ),
    ] {
        let doc = us_story(text);
        assert!(
            !doc.mentions.iter().any(|m| doc.slice(m.span) == word),
            "{text}\n{}",
            attache_actors::resolve::render_mentions(&doc)
        );
    }
}

#[test]
fn an_official_who_speaks_stays_an_official() {
    for text in [
        "The official said that Iran was wrong.",
        "An official said Saturday that Iran was wrong.",
        "The official, who spoke on condition of anonymity, criticized Iran.",
    ] {
        let doc = us_story(text);
        assert_code(&doc, "fficial", Some("USAGOV"));
    }
}

#[test]
fn religious_leaders_opening_a_sentence_are_clergy_not_the_government() {
    let doc = us_story("Religious leaders in Dayton denounced the arson.");
    assert_code(&doc, "Religious leaders", Some("REL"));
}

#[test]
fn an_officer_after_a_country_word_keeps_the_country_convention() {
    let doc = us_story("The European Union sanctioned Serbian officers on Monday.");
    assert_code(&doc, "Serbian officers", Some("SRBMIL"));
}
