//! No text panics the stage, with or without a publication date.

use attache_core::{Date, Document, Published, Stage};
use attache_time::{due_window, time_for_clause, TimeNormalization};
use proptest::prelude::*;

fn words() -> impl Strategy<Value = String> {
    let vocabulary = prop::sample::select(vec![
        "the",
        "last",
        "next",
        "week",
        "May",
        "Jan.",
        "21",
        "2022",
        "/",
        "-",
        "'s",
        "'",
        "90s",
        "1990s",
        "every",
        "Monday",
        "ago",
        "two",
        "twenty",
        "four",
        "p.m.",
        ":",
        "30",
        "within",
        "end",
        "of",
        "quarter",
        "third",
        "year-ago",
        "mid",
        "a",
        "year",
        "earlier",
        "nineteen",
        "ninety",
        "thousand",
        ",",
        ".",
        "\u{e9}t\u{e9}",
        "\u{2019}s",
        "31st",
        "fiscal",
        "tonight",
    ]);
    prop::collection::vec(vocabulary, 0..30).prop_map(|w| w.join(" "))
}

fn run(text: &str, published: Option<Date>) {
    let mut doc = Document::from_plain(text);
    doc.published = published.map(Published::day);
    TimeNormalization::new().run(&mut doc);
    for i in 0..doc.times.len() {
        let _ = due_window(&doc, i);
        assert!(doc.text.get(doc.times[i].span.range()).is_some());
    }
    for k in 0..doc.tokens.len() {
        let _ = time_for_clause(&doc, k);
    }
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}", y in 1i32..3000, m in 1u32..13, d in 1u32..29) {
        run(&text, Date::new(y, m, d));
        run(&text, None);
    }

    #[test]
    fn time_vocabulary_soup_never_panics(text in words(), y in 1900i32..2100, m in 1u32..13, d in 1u32..29) {
        run(&text, Date::new(y, m, d));
        run(&text, None);
    }
}
