//! Every capital and every country name of the KB is found in the frames where the blind
//! test of session 12 lost some ("Russia held talks with Kyiv", "Moscow was ready to
//! resume negotiations with Ukraine"), whatever the name tagger reads there, with and
//! without a parse.

use crate::common;

use attache_actors::resolve::render_mentions;
use attache_core::Document;
use common::{actor_exact, resolve_at, resolve_parsed, stage};

fn resolve(text: &str, parse: bool) -> Document {
    if parse {
        resolve_parsed(text, (2025, 3, 4))
    } else {
        resolve_at(text, (2025, 3, 4), None)
    }
}

/// The frames, `{}` standing for the name; `other` is a country named beside it.
fn frames(other: &str) -> [String; 3] {
    [
        format!("{other} held talks with {{}} on Tuesday."),
        format!("{{}} was ready to resume negotiations with {other}."),
        "{} said on Monday that it would send aid to the region.".to_string(),
    ]
}

/// Fills `frame` with `name` and notes a failure unless the name's actor has one of
/// `codes`.
fn check(frame: &str, name: &str, codes: &[&str], lead: &str, failures: &mut Vec<String>) {
    let text = format!("{lead}{}", frame.replace("{}", name));
    for parse in [false, true] {
        let doc = resolve(&text, parse);
        let got = actor_exact(&doc, name).and_then(|a| a.code.clone());
        if !got.as_deref().is_some_and(|g| codes.contains(&g)) {
            failures.push(format!(
                "{text} (parse {parse}): {name} -> {got:?}, want one of {codes:?}\n{}",
                render_mentions(&doc)
            ));
        }
    }
}

#[test]
fn every_capital_of_the_kb_is_its_government_in_three_frames() {
    let kb = stage().kb();
    let ambiguous: Vec<String> = attache_actors::lexicon::AMBIGUOUS_CAPITALS_TXT
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.trim().to_lowercase())
        .collect();
    let mut failures = Vec::new();
    let mut checked = 0;
    for seat in kb.seats().iter().filter(|s| s.kind == "capital") {
        let Some(cty) = seat.country.as_deref() else {
            continue;
        };
        let other = if cty == "RUS" { "Brazil" } else { "Russia" };
        // a capital that is often something else ("Victoria") stands for its government
        // where the article names its country (ambiguous_capitals.txt)
        let lead = if ambiguous.contains(&seat.name.to_lowercase()) {
            let country = kb.countries().iter().find(|c| c.alpha3 == cty);
            format!(
                "{} held an election in May. ",
                country.map_or("", |c| c.name.as_str())
            )
        } else {
            String::new()
        };
        // "Brussels" is the Belgian government's seat and the EU's: the KB gives it the EU
        let codes: Vec<&str> = kb
            .seats()
            .iter()
            .filter(|s| s.name == seat.name)
            .map(|s| s.code.as_str())
            .collect();
        for frame in frames(other) {
            check(&frame, &seat.name, &codes, &lead, &mut failures);
            checked += 1;
        }
    }
    assert!(checked > 500, "{checked} frames");
    assert!(
        failures.is_empty(),
        "{} of {checked} capital frames fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_country_name_of_the_kb_is_found_in_three_frames() {
    let kb = stage().kb();
    let mut failures = Vec::new();
    let mut checked = 0;
    for country in kb.countries() {
        let other = if country.alpha3 == "RUS" {
            "Brazil"
        } else {
            "Russia"
        };
        // a seat named as its state ("Vatican") stands for the state's government
        let mut codes = vec![country.alpha3.as_str()];
        codes.extend(
            (kb.seats().iter())
                .filter(|s| s.name == country.name && s.country.as_ref() == Some(&country.alpha3))
                .map(|s| s.code.as_str()),
        );
        for frame in frames(other) {
            check(&frame, &country.name, &codes, "", &mut failures);
            checked += 1;
        }
    }
    assert!(checked > 500, "{checked} frames");
    assert!(
        failures.is_empty(),
        "{} of {checked} country frames fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_capital_modifying_a_noun_or_inside_a_longer_name_is_no_government() {
    for (text, capital) in [
        (
            "A Moscow-based analyst said the talks had stalled.",
            "Moscow",
        ),
        (
            "He wrote for the Washington Post for a decade.",
            "Washington",
        ),
        ("A fellow at the Carnegie Moscow Center said so.", "Moscow"),
        ("The statue of George Washington was moved.", "Washington"),
    ] {
        for parse in [false, true] {
            let doc = resolve(text, parse);
            assert!(
                actor_exact(&doc, capital).is_none(),
                "{text} (parse {parse})\n{}",
                render_mentions(&doc)
            );
        }
    }
}

#[test]
fn a_capital_after_a_place_cue_is_a_place_not_a_government() {
    for text in [
        "Russia and Ukraine held talks in Ankara on Friday.",
        "Heavy shelling was reported near Kharkiv and outside Kyiv.",
    ] {
        let doc = resolve(text, true);
        for capital in ["Ankara", "Kyiv"] {
            assert!(
                actor_exact(&doc, capital).is_none(),
                "{text}\n{}",
                render_mentions(&doc)
            );
        }
    }
}
