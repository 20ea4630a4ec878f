//! Session 26, review: a mayor named with "of" and a town the gazetteer places abroad is
//! that town's, no American officeholder, in an American story too; an American town's
//! mayor stays the United States' government (USAGOV).

/// The stage with a stand-in for the gazetteer's towns: Dayton is American, Kyiv Ukrainian.
fn stage_with_towns() -> &'static attache_actors::ActorResolution {
    static STAGE: std::sync::OnceLock<attache_actors::ActorResolution> = std::sync::OnceLock::new();
    STAGE.get_or_init(|| {
        let kb = attache_kb::Kb::embedded().expect("embedded KB loads");
        attache_actors::ActorResolution::with_builtin_model(std::sync::Arc::new(kb))
            .expect("model loads")
            .with_place_country(std::sync::Arc::new(|town: &str| match town {
                "Dayton" => Some("USA".to_string()),
                "Kyiv" => Some("UKR".to_string()),
                _ => None,
            }))
    })
}

/// The code of the actor named `name` in `text`, an American story from WASHINGTON.
fn code_of(text: &str, name: &str) -> Option<String> {
    use attache_core::Stage;
    let mut doc = attache_core::Document::from_plain(text);
    doc.published = attache_core::Date::new(2016, 5, 2).map(attache_core::Published::day);
    doc.source.dateline = Some("WASHINGTON".to_string());
    stage_with_towns().run(&mut doc);
    let actor = doc.actors.iter().find(|a| a.name == name);
    assert!(actor.is_some(), "{text}: {:?}", doc.actors);
    actor.and_then(|a| a.code.clone())
}

#[test]
fn a_mayor_of_a_town_abroad_is_not_american() {
    let text = "Mayor Ana Ruiz of Kyiv criticized the White House on Monday.";
    assert_ne!(
        code_of(text, "Ana Ruiz").as_deref(),
        Some("USAGOV"),
        "{text}"
    );
}

#[test]
fn a_mayor_of_an_american_town_is_the_us_government() {
    let text = "Mayor Ana Ruiz of Dayton criticized the White House on Monday.";
    assert_eq!(
        code_of(text, "Ana Ruiz").as_deref(),
        Some("USAGOV"),
        "{text}"
    );
}
