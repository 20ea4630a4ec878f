//! The seed article's times (shared/seed/EXPECTED.md), read from /work/shared at test time.

use attache_core::{Date, Document, Published, Stage};
use attache_time::TimeNormalization;

#[test]
fn seed_article_times_have_their_expected_values() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/000_3f578599382f4b0e.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipping: seed article not found at {path}");
        return;
    };
    let mut doc = Document::from_plain(&text);
    doc.published = Date::new(2022, 1, 21).map(Published::day);
    TimeNormalization::new().run(&mut doc);
    let found: Vec<(String, Option<String>)> = doc
        .times
        .iter()
        .map(|t| (doc.slice(t.span).to_string(), t.value.clone()))
        .collect();
    let has = |text: &str, value: &str| {
        found
            .iter()
            .any(|(t, v)| t == text && v.as_deref() == Some(value))
    };
    for (text, value) in [
        ("Friday", "2022-01-21"),
        ("next week", "2022-W04"),
        ("February", "2022-02"),
        ("December", "2021-12"),
        ("December 2021", "2021-12"),
        ("21 January 2022", "2022-01-21"),
    ] {
        assert!(has(text, value), "{text} -> {value} missing in {found:?}");
    }
    // every "Friday" of the story (met on Friday, Friday's meeting, Friday's talks) is the day
    for (t, v) in &found {
        if t == "Friday" {
            assert_eq!(v.as_deref(), Some("2022-01-21"), "{found:?}");
        }
    }
    let week = doc
        .times
        .iter()
        .find(|t| doc.slice(t.span) == "next week")
        .and_then(|t| t.interval);
    assert_eq!(
        week,
        Some((
            Date::new(2022, 1, 24).unwrap(),
            Date::new(2022, 1, 30).unwrap()
        ))
    );
    // "rolled out in December": the December before the story
    let december = text
        .find("rolled out in December.")
        .map(|at| at + "rolled out in ".len());
    let t = doc
        .times
        .iter()
        .find(|t| Some(t.span.start as usize) == december)
        .expect("December of the proposals");
    assert_eq!(t.value.as_deref(), Some("2021-12"));
}

#[test]
fn seed_article_has_no_false_weekdays_or_months() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/000_3f578599382f4b0e.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipping: seed article not found at {path}");
        return;
    };
    let mut doc = Document::from_plain(&text);
    doc.published = Date::new(2022, 1, 21).map(Published::day);
    TimeNormalization::new().run(&mut doc);
    for t in &doc.times {
        let s = doc.slice(t.span);
        assert!(
            !s.eq_ignore_ascii_case("we") && !s.eq_ignore_ascii_case("may"),
            "false time {s:?}"
        );
    }
}
