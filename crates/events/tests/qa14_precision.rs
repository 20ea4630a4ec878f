//! Session-14 precision on US political news: acts the coder read in the wrong sense.
//! Invented sentences, whole pipeline.

mod common;

use attache_core::Document;
use common::{day, pipeline};

/// Published Tuesday 2026-03-03.
fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 3, 3))
}

fn codes(d: &Document) -> Vec<String> {
    d.events
        .iter()
        .map(|e| format!("{}:{}", e.cameo, e.evidence.rule))
        .collect()
}

fn has_root(d: &Document, root: &str) -> bool {
    d.events.iter().any(|e| e.cameo.starts_with(root))
}

#[test]
fn attacks_on_a_rival_with_no_force_in_sight_are_criticism() {
    for text in [
        "Senator Bernie Sanders stepped up his attacks on Hillary Clinton on Monday.",
        "Donald Trump attacked Senator Ted Cruz relentlessly in Iowa.",
        "Governor Chris Christie launched a fresh attack on Senator Marco Rubio, calling him weak.",
    ] {
        let d = doc(text);
        assert!(!has_root(&d, "19"), "{text}: {:?}", codes(&d));
        assert!(
            d.events.iter().any(|e| e.cameo == "111"),
            "{text}: {:?}",
            codes(&d)
        );
    }
}

#[test]
fn attacks_with_weapons_victims_armed_actors_or_places_stay_force() {
    for text in [
        "Taliban fighters killed two Afghan soldiers in an attack on a convoy near Kandahar.",
        "The terrorist attack on the US consulate left four Americans dead.",
        "Russia's attack on Ukraine drew condemnation from the European Union.",
        "Azerbaijan attacked Armenian positions near the border.",
        "Houthi rebels attacked a commercial ship in the Red Sea.",
    ] {
        let d = doc(text);
        assert!(has_root(&d, "19"), "{text}: {:?}", codes(&d));
    }
}
