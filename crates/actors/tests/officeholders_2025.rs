//! Officeholders of 2025 the KB gained (US Trade Representative, UN humanitarian chief,
//! Cameroon's communication minister, an opposition candidate), and a surname several KB
//! people share staying nobody's.

use attache_actors::resolve::render_mentions;
use attache_core::Document;

use crate::common;
use common::{actor, resolve_at};

/// `text` published on `date`, resolved.
fn resolve(text: &str, date: (i32, u32, u32)) -> Document {
    resolve_at(text, date, None)
}

fn code(doc: &Document, text: &str) -> Option<String> {
    actor(doc, text).and_then(|a| a.code.clone())
}

#[test]
fn the_us_trade_representative_of_2025_is_known() {
    let doc = resolve(
        "Jamieson Greer rejected the proposal. Greer said talks would go on.",
        (2025, 9, 1),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        code(&doc, "Jamieson Greer").as_deref(),
        Some("USAGOV"),
        "{listing}"
    );
    assert_eq!(
        actor(&doc, "Greer")
            .and_then(|a| a.kb_id.clone())
            .as_deref(),
        Some("person:jamieson-greer"),
        "{listing}"
    );
}

#[test]
fn the_un_humanitarian_chief_is_coded_as_the_un() {
    let doc = resolve("Tom Fletcher met aid groups in Nyala.", (2025, 8, 14));
    let listing = render_mentions(&doc);
    assert_eq!(
        code(&doc, "Tom Fletcher").as_deref(),
        Some("IGOUNO"),
        "{listing}"
    );
    // before his term he held no office the KB knows
    let doc = resolve("Tom Fletcher met aid groups in Nyala.", (2024, 1, 10));
    let listing = render_mentions(&doc);
    assert!(actor(&doc, "Tom Fletcher").is_some(), "{listing}");
    assert_ne!(
        code(&doc, "Tom Fletcher").as_deref(),
        Some("IGOUNO"),
        "{listing}"
    );
}

#[test]
fn cameroons_opposition_candidate_and_spokesman_of_2025_are_known() {
    let doc = resolve(
        "Issa Tchiroma Bakary rejected the results. Rene Sadi warned against violence. \
         Tchiroma called for protests.",
        (2025, 10, 28),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        code(&doc, "Issa Tchiroma Bakary").as_deref(),
        Some("CMROPP"),
        "{listing}"
    );
    assert_eq!(
        code(&doc, "Rene Sadi").as_deref(),
        Some("CMRGOV"),
        "{listing}"
    );
    let later = actor(&doc, "Tchiroma").map(|a| a.name.as_str());
    assert_eq!(later, Some("Issa Tchiroma Bakary"), "{listing}");
    // in 2015 he was the communication minister himself
    let doc = resolve("Issa Tchiroma Bakary rejected the report.", (2015, 3, 1));
    assert_eq!(
        code(&doc, "Issa Tchiroma Bakary").as_deref(),
        Some("CMRGOV")
    );
}

#[test]
fn a_surname_several_kb_people_share_stays_nobodys() {
    let doc = resolve("\"We will fight,\" Diallo said on Monday.", (2025, 10, 28));
    let listing = render_mentions(&doc);
    assert!(
        doc.actors.iter().all(|a| a.kb_id.is_none()),
        "a bare Diallo was given a KB person: {listing}"
    );
}
