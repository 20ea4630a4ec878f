//! Session 20: named actors that were left without a code on real news, and the story's
//! country the actors stage leaves on the document for the later stages.

mod common;

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
