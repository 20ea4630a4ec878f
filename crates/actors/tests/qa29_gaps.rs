//! Session 29, known gaps: a bare "the army", "the police" or "the government" in an
//! article that names no country in its text takes the one country its headline names
//! ("Lebanese army seizes weapons" over "The army said ..."); never when the headline names
//! several, or the text names another. Invented text.

use crate::common::{code, resolve_headed};

#[test]
fn a_bare_army_takes_the_country_its_headline_names() {
    let doc = resolve_headed(
        "Lebanese army seizes weapons near border",
        "The army said on Tuesday it had seized a weapons cache.",
    );
    assert_eq!(code(&doc, "The army").as_deref(), Some("LBNMIL"));
    let doc = resolve_headed(
        "Unrest in Kenya",
        "The police arrested twenty protesters on Monday. The government condemned the violence.",
    );
    assert_eq!(code(&doc, "The police").as_deref(), Some("KENCOP"));
    assert_eq!(code(&doc, "The government").as_deref(), Some("KENGOV"));
}

#[test]
fn a_headline_naming_two_countries_gives_none() {
    let doc = resolve_headed(
        "Kenya and Uganda trade blame over border clash",
        "The army said on Tuesday it had seized a weapons cache.",
    );
    assert_eq!(code(&doc, "The army"), None);
}

#[test]
fn a_text_naming_another_country_keeps_the_headline_out() {
    let doc = resolve_headed(
        "Lebanese army seizes weapons near border",
        "The army said it had seized a weapons cache and accused Israel of smuggling arms.",
    );
    assert_ne!(code(&doc, "The army").as_deref(), Some("LBNMIL"));
}
