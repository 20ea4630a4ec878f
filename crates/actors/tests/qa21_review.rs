//! Session 21 review of the actors helper's rules: shapes those rules coded wrongly in
//! stories of other countries than the development corpora's, each in sentences written
//! for these tests.

use crate::common;

use common::{assert_code, assert_not_code, resolve_parsed_from};

#[test]
fn a_senator_named_before_a_foreign_story_s_country_is_not_made_american() {
    let doc = resolve_parsed_from(
        "Senator Nell Varga said the new grain levy would ruin wheat growers. Australia's \
         government defended the levy on Monday, and the United States welcomed it.",
        (2023, 5, 9),
        None,
    );
    assert_not_code(&doc, "Senator Nell Varga", Some("USALEG"));
}

#[test]
fn a_senator_in_a_story_naming_one_other_country_only_is_not_american() {
    let doc = resolve_parsed_from(
        "Senator Nell Varga said the new grain levy would ruin wheat growers. The Australian \
         government defended the levy on Monday.",
        (2023, 5, 9),
        None,
    );
    assert_not_code(&doc, "Senator Nell Varga", Some("USALEG"));
}

#[test]
fn a_representative_in_a_philippine_story_is_not_made_american() {
    let doc = resolve_parsed_from(
        "The Philippine government raised the tax on diesel. Rep. Dino Cabral said jeepney \
         drivers would end up paying American oil firms more.",
        (2023, 5, 9),
        None,
    );
    assert_not_code(&doc, "Rep. Dino Cabral", Some("USALEG"));
}

#[test]
fn a_senator_in_a_foreign_story_of_american_party_politics_stays_american() {
    let doc = resolve_parsed_from(
        "Senator Nell Varga, who leads the Republican push against the accord, said Tehran \
         could not be trusted. Iran's government called her bill hostile, and Iranian \
         officials said the talks would go on.",
        (2023, 5, 9),
        None,
    );
    assert_code(&doc, "Senator Nell Varga", Some("USALEG"));
}

#[test]
fn a_titled_visitor_after_an_opening_in_capital_is_not_the_host_s() {
    let doc = resolve_parsed_from(
        "Japan's government raised its defense budget again. In Washington, Defense Minister \
         Goro Ueda said Tokyo would buy more radar systems from the United States.",
        (2023, 5, 9),
        None,
    );
    // (The mention must be there: a lost one would pass the inequality.)
    common::found_code(&doc, "Goro Ueda");
    assert_ne!(
        common::actor(&doc, "Goro Ueda").and_then(|a| a.country.as_deref()),
        Some("USA"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn an_exiled_opposition_after_an_opening_in_capital_is_not_the_host_s() {
    let doc = resolve_parsed_from(
        "Belarus jailed two more activists on Friday, and Lithuania protested. In Vilnius, \
         the exiled opposition leader said the arrests would not stop them.",
        (2023, 5, 9),
        None,
    );
    assert_not_code(&doc, "the exiled opposition leader", Some("LTUOPP"));
}

/// The stage with a stand-in for the gazetteer's towns: Geneva is Swiss (the test stage
/// has no gazetteer, and the KB knows Geneva as no seat).
fn stage_with_geneva() -> &'static attache_actors::ActorResolution {
    static STAGE: std::sync::OnceLock<attache_actors::ActorResolution> = std::sync::OnceLock::new();
    STAGE.get_or_init(|| {
        let kb = attache_kb::Kb::embedded().expect("embedded KB loads");
        attache_actors::ActorResolution::with_builtin_model(std::sync::Arc::new(kb))
            .expect("model loads")
            .with_place_country(std::sync::Arc::new(|town: &str| {
                (town == "Geneva").then(|| "CHE".to_string())
            }))
    })
}

#[test]
fn officials_at_a_venue_the_story_never_names_are_not_its_government() {
    use attache_core::Stage;
    let syntax = attache_syntax::SyntaxStage::embedded().expect("syntax loads");
    let mut doc = attache_core::Document::from_plain(
        "Iran and the Western powers met for a fifth round of talks on Tuesday. In Geneva, \
         officials said the gap between the sides had narrowed.",
    );
    doc.published = attache_core::Date::new(2023, 5, 9).map(attache_core::Published::day);
    syntax.run(&mut doc);
    stage_with_geneva().run(&mut doc);
    assert_not_code(&doc, "officials", Some("CHEGOV"));
}

#[test]
fn a_court_after_an_opening_in_capital_is_not_the_host_s() {
    let doc = resolve_parsed_from(
        "A former Liberian warlord went on trial for war crimes on Monday. In The Hague, the \
         court heard its first witness.",
        (2023, 5, 9),
        None,
    );
    assert_not_code(&doc, "the court", Some("NLDJUD"));
}

#[test]
fn the_verb_thought_before_officials_keeps_the_story_country() {
    let doc = resolve_parsed_from(
        "Kenya's government ordered an audit of the port. Kenyan officials met in Mombasa on \
         Monday. The auditor thought officials at the port had hidden the fees.",
        (2023, 5, 9),
        None,
    );
    assert_eq!(
        common::code(&doc, "officials").as_deref(),
        Some("KENGOV"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn a_representative_of_a_foreign_democratic_party_is_not_made_american() {
    let doc = resolve_parsed_from(
        "South Korea's president vetoed the housing bill on Tuesday. Rep. Han Ji-woo of the \
         opposition Democratic Party called the veto a betrayal, and the United States said \
         nothing.",
        (2023, 5, 9),
        None,
    );
    assert_not_code(&doc, "Rep. Han Ji-woo", Some("USALEG"));
}

#[test]
fn thought_after_an_adjective_still_names_leaders_of_thought() {
    let doc = resolve_parsed_from(
        "Germany's government met in Berlin, and German officials were gloomy. Liberal \
         thought leaders such as the columnist Ada Brenner attacked the coalition.",
        (2023, 5, 9),
        None,
    );
    assert_not_code(&doc, "leaders", Some("DEUGOV"));
}
