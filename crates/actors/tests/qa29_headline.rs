//! Session 29, dateline29: the headline's country lends a bare "the army" or "the police"
//! its country only when the word is used as the country: not a food's name before its
//! market ("Turkey prices soar") nor a city before the meeting it hosts ("Paris talks
//! stall"). Invented text.

use crate::common::{code, resolve_headed};

#[test]
fn a_food_named_like_a_country_gives_the_story_no_country() {
    for title in [
        "Turkey prices soar before holiday",
        "Turkey shortage hits stores",
    ] {
        let doc = resolve_headed(
            title,
            "The police said shoplifting rose before the holiday.",
        );
        assert_eq!(code(&doc, "The police"), None, "{title:?}");
    }
    let doc = resolve_headed(
        "Turkey raids opposition offices",
        "The police detained forty people.",
    );
    assert_eq!(code(&doc, "The police").as_deref(), Some("TURCOP"));
}

#[test]
fn a_city_hosting_talks_gives_the_story_no_country() {
    for title in ["Paris talks stall", "Vienna conference ends without deal"] {
        let doc = resolve_headed(title, "The army said on Tuesday it would not withdraw.");
        assert_eq!(code(&doc, "The army"), None, "{title:?}");
    }
    let doc = resolve_headed(
        "Sudan talks resume as fighting spreads",
        "The army said on Tuesday it had seized a weapons cache near the border.",
    );
    assert_eq!(code(&doc, "The army").as_deref(), Some("SDNMIL"));
}
