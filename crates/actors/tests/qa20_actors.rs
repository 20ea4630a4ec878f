//! Session 20: named actors that were left without a code on real news, and the story's
//! country the actors stage leaves on the document for the later stages.

use crate::common;

use common::resolve_parsed_from;

#[test]
fn the_story_country_is_stored_on_the_document() {
    let doc = resolve_parsed_from(
        "The finance minister presented a leaner budget to parliament on Tuesday. Opposition \
         deputies said the cuts would close rural clinics.",
        (2018, 3, 6),
        Some("BUDAPEST"),
    );
    assert_eq!(doc.story_country.as_deref(), Some("HUN"));
}

#[test]
fn a_story_of_two_countries_stores_no_story_country() {
    let doc = resolve_parsed_from(
        "Chile and Peru signed a fishing accord on Monday. Chilean boats may now fish in \
         Peruvian waters, and Peru will open two ports to Chile.",
        (2018, 3, 6),
        None,
    );
    assert_eq!(doc.story_country, None);
}

fn resolve_with_towns(text: &str, dateline: &str) -> attache_core::Document {
    crate::common::resolve_with_towns_at(text, (1998, 3, 2), dateline)
}

#[test]
fn a_dateline_town_with_a_us_state_gives_an_american_story() {
    let doc = resolve_parsed_from(
        "Judge Harold Lambert told the county to reopen the polling station by noon. Lambert \
         said voters had waited for hours.",
        (1998, 3, 2),
        Some("KEENE, N.H."),
    );
    assert_eq!(doc.story_country.as_deref(), Some("USA"));
    assert_eq!(
        common::code(&doc, "Judge Harold Lambert").as_deref(),
        Some("USAJUD"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn a_dateline_town_the_gazetteer_knows_gives_its_country() {
    let doc = resolve_with_towns(
        "Judge Harold Lambert told the county to reopen the polling station by noon. Police \
         said the line of voters stretched around the block.",
        "LUBBOCK",
    );
    assert_eq!(doc.story_country.as_deref(), Some("USA"));
    assert_eq!(
        common::code(&doc, "Police").as_deref(),
        Some("USACOP"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
    // a town the stand-in does not know leaves the story without a country
    let other = resolve_with_towns(
        "Judge Harold Lambert told the county to reopen the polling station by noon.",
        "SPRINGVALE",
    );
    assert_eq!(other.story_country, None);
}

#[test]
fn a_dateline_town_yields_to_an_article_about_another_country() {
    let doc = resolve_with_towns(
        "Mexico and Guatemala agreed on Monday to patrol their border together. Mexico will \
         send 500 agents, and Guatemala will open three new posts, Mexico's interior ministry \
         said.",
        "TULSA",
    );
    assert_ne!(doc.story_country.as_deref(), Some("USA"));
}

#[test]
fn a_us_partys_national_committee_by_its_initials_is_the_party() {
    let doc = resolve_parsed_from(
        "The senator met donors in Ohio on Monday. The DNC wants the primary debates moved \
         to weeknights, and the RNC has hired forty field organisers in the state.",
        (2016, 3, 7),
        Some("WASHINGTON"),
    );
    assert_eq!(common::code(&doc, "DNC").as_deref(), Some("USAPTY"));
    assert_eq!(common::code(&doc, "RNC").as_deref(), Some("USAPTY"));
}

#[test]
fn other_initials_ending_in_nc_are_no_party_committee() {
    let doc = resolve_parsed_from(
        "The senator met donors in Ohio on Monday. The ZNC wants the primary debates moved \
         to weeknights.",
        (2016, 3, 7),
        Some("WASHINGTON"),
    );
    assert_ne!(common::code(&doc, "ZNC").as_deref(), Some("USAPTY"));
}

#[test]
fn pope_john_paul_ii_is_the_vaticans_head_of_state_in_1998() {
    let doc = resolve_parsed_from(
        "Pope John Paul II told pilgrims in Poland that the church would not take sides in \
         the election.",
        (1998, 6, 8),
        None,
    );
    assert_eq!(
        common::code(&doc, "Pope John Paul II").as_deref(),
        Some("VATGOV"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn us_agencies_named_by_their_initials_are_the_us_government() {
    let doc = resolve_parsed_from(
        "The IRS audited the charity last spring. IRS officials said the charity owed back \
         taxes, and the SEC opened a separate inquiry into its bond sales.",
        (1989, 5, 2),
        None,
    );
    assert_eq!(common::code(&doc, "IRS").as_deref(), Some("USAGOV"));
    assert_eq!(common::code(&doc, "SEC").as_deref(), Some("USAGOV"));
    assert_eq!(
        common::code(&doc, "IRS officials").as_deref(),
        Some("USAGOV"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn the_drug_enforcement_administration_is_american_police() {
    let doc = resolve_parsed_from(
        "Agents of the Drug Enforcement Administration seized two tons of cocaine in a port \
         warehouse on Friday.",
        (1998, 3, 2),
        None,
    );
    assert_eq!(
        common::actor(&doc, "Drug Enforcement Administration").and_then(|a| a.code.as_deref()),
        Some("USACOP"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn a_surname_after_an_elided_particle_is_no_kb_namesake() {
    // "Amato" is a KB surname (an Italian prime minister); "D'Amato" is someone else, and
    // his mentions make no Italian story.
    let doc = resolve_parsed_from(
        "In the race for the Senate, Senator Vito D'Amato, a Republican, faces a strong \
         challenger. Few voters knew D'Amato's position on highway tolls. D'Amato has opposed \
         new tolls, and D'Amato said so again on Sunday.",
        (1998, 10, 26),
        None,
    );
    assert_ne!(doc.story_country.as_deref(), Some("ITA"));
    assert!(
        (doc.actors.iter()).all(|a| !a.code.as_deref().unwrap_or("").starts_with("ITA")),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}
