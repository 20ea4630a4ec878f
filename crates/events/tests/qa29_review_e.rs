//! Session 29, review (review29e): the over-firing shapes invented probes found in the
//! session's event and actor rules, each narrowed. Sentences and headlines are invented.

use crate::common;

use attache_core::{Document, Published};
use common::{day, doc, has, has_root, rows, stages};

/// `text` with headline `title`, published on 2024-03-04 (no dateline), through the pipeline.
fn headed(title: &str, text: &str) -> Document {
    let mut d = Document::from_plain(text);
    d.title = Some(title.to_string());
    d.published = Some(Published::day(day(2024, 3, 4)));
    for s in stages() {
        s.run(&mut d);
    }
    d
}

#[test]
fn what_an_accusation_says_someone_is_stays_its_target() {
    // `predicate_mention` dropped the predicate, and with it the allegation.
    for text in [
        "Iraq alleged the inspector was an American spy.",
        "Iraq alleged Ritter was an American spy, state television said.",
    ] {
        let d = doc(text);
        assert!(has(&d, "IRQ", Some("USA"), "11"), "{text}: {:?}", rows(&d));
    }
    // (A promise's predicate is still no target.)
    let d = doc("I can assure you she will never be president of the United States.");
    assert!(
        !rows(&d)
            .iter()
            .any(|(_, t, _)| t.as_deref() == Some("USAGOV")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_building_hit_is_no_one_a_thing_is_blamed_on() {
    let d = doc("Syria blamed the attack on the Russian embassy.");
    assert!(!has(&d, "SYR", Some("RUS"), "11"), "{:?}", rows(&d));
    let d = doc("Lebanon blamed the bombing on Israel.");
    assert!(has(&d, "LBN", Some("ISR"), "11"), "{:?}", rows(&d));
}

#[test]
fn a_country_word_of_a_name_in_a_headline_gives_no_country() {
    for (title, unwanted) in [
        ("Michael Jordan backs new mayor", "JOR"),
        ("Georgia storms leave thousands without power", "GEO"),
        ("New Mexico wildfire spreads", "MEX"),
    ] {
        let d = headed(
            title,
            "The army said it would send troops to the town on Monday.",
        );
        assert!(
            !rows(&d)
                .iter()
                .any(|(s, _, _)| s.as_deref().is_some_and(|s| s.starts_with(unwanted))),
            "{title}: {:?}",
            rows(&d)
        );
    }
    let d = headed(
        "Lebanese army seizes weapons",
        "The army said it arrested ten militants on Monday.",
    );
    assert!(
        rows(&d)
            .iter()
            .any(|(s, _, _)| s.as_deref() == Some("LBNMIL")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_party_compared_with_as_a_conjunct_is_no_doer() {
    let d = doc("Germany, unlike France, condemned the coup in Niger.");
    assert!(has(&d, "DEU", Some("NER"), "11"), "{:?}", rows(&d));
    assert!(!has(&d, "FRA", Some("NER"), "11"), "{:?}", rows(&d));
    // (A list still does the act together.)
    let d = doc("Germany and France condemned the coup in Niger.");
    assert!(has(&d, "FRA", Some("NER"), "11"), "{:?}", rows(&d));
}

#[test]
fn showing_with_a_that_clause_the_tagger_reads_as_a_subject_is_no_protest() {
    let d = doc(
        "Russia wants to demonstrate to the West that sanctions have failed, the minister said.",
    );
    assert!(!has_root(&d, "14"), "{:?}", rows(&d));
    let d = doc("Thousands of students demonstrated against the government in Cairo on Friday.");
    assert!(has_root(&d, "14"), "{:?}", rows(&d));
}
