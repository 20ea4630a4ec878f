//! Syntax, actors, times and quotes on five invented wire stories in
//! tests/data/wire_stories/. The expectations (each quote's kind, speaker and cue; each
//! time's value) were written before attache first ran on the stories; the ones the code
//! does not meet yet are not asserted and are listed here (none at present).
//!
//! Continuation quotes (an unattributed quote after an attributed one) carry the previous
//! cue by design; their cue is not checked.

use crate::common;

use attache_core::{Date, Document, Published};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/wire_stories/");

/// The story's body (after title and dateline), published on the given day.
fn story(file: &str, (y, m, d): (i32, u32, u32)) -> Document {
    let text = std::fs::read_to_string(format!("{DIR}{file}")).expect("story file");
    let body: Vec<&str> = text.lines().skip(2).collect();
    let mut doc = Document::from_plain(&body.join("\n"));
    doc.published = Date::new(y, m, d).map(Published::day);
    for s in common::parsed_stages(true) {
        s.run(&mut doc);
    }
    doc
}

/// Every quote as `kind | content | speaker's actor name | source as written | cue`.
fn quotes(doc: &Document) -> Vec<[String; 5]> {
    doc.quotes
        .iter()
        .map(|q| {
            let text = |s: Option<attache_core::Span>| s.map_or("", |s| doc.slice(s)).to_string();
            [
                q.kind.as_str().to_string(),
                doc.slice(q.span).to_string(),
                common::speaker_name(doc, q),
                text(q.source),
                text(q.cue),
            ]
        })
        .collect()
}

/// Asserts a quote of `kind` whose content starts with `starts`, whose speaker's actor
/// name contains `speaker` and whose cue starts with `cue` (`""`: not checked).
fn said_by(doc: &Document, kind: &str, starts: &str, speaker: &str, cue: &str) {
    let all = quotes(doc);
    let ok = all.iter().any(|[k, c, s, _, q]| {
        k == kind && c.starts_with(starts) && s.contains(speaker) && q.starts_with(cue)
    });
    assert!(ok, "no {kind} {starts:?} <- {speaker} ({cue}): {all:#?}");
}

/// Like [`said_by`], with the source phrase as written in place of the speaker.
fn sourced(doc: &Document, kind: &str, starts: &str, source: &str, cue: &str) {
    let all = quotes(doc);
    let ok = all.iter().any(|[k, c, _, s, q]| {
        k == kind && c.starts_with(starts) && s.contains(source) && q.starts_with(cue)
    });
    assert!(ok, "no {kind} {starts:?} from {source:?} ({cue}): {all:#?}");
}

/// Asserts every `(text, value)` is among the document's times.
fn times(doc: &Document, expect: &[(&str, &str)]) {
    let all: Vec<(&str, &str)> = doc
        .times
        .iter()
        .map(|t| (doc.slice(t.span), t.value.as_deref().unwrap_or("")))
        .collect();
    for e in expect {
        assert!(all.contains(e), "no time {e:?}: {all:?}");
    }
}

#[test]
fn grain_story_quotes_and_times() {
    let doc = story("01_grain.txt", (2027, 1, 14));
    said_by(
        &doc,
        "indirect",
        "Egypt and Ethiopia will resume",
        "officials",
        "said",
    );
    said_by(
        &doc,
        "indirect",
        "the two governments had agreed",
        "Karim Abdelnour",
        "said",
    );
    sourced(
        &doc,
        "direct",
        "We have lost too much time",
        "Abdelnour",
        "told",
    );
    sourced(&doc, "direct", "Every week of delay", "Abdelnour", "");
    said_by(
        &doc,
        "indirect",
        "his delegation would bring",
        "Dawit Mekonnen",
        "said",
    );
    said_by(
        &doc,
        "direct",
        "The draft is ready",
        "Dawit Mekonnen",
        "said",
    );
    said_by(
        &doc,
        "direct",
        "and it answers the concerns",
        "Dawit Mekonnen",
        "said",
    );
    said_by(
        &doc,
        "indirect",
        "The talks collapsed last month",
        "a diplomat",
        "according to",
    );
    said_by(
        &doc,
        "indirect",
        "the corridor should open",
        "The Ethiopian ministry",
        "said",
    );
    said_by(
        &doc,
        "mixed",
        "Cairo would not sign",
        "A senior Egyptian official",
        "said",
    );
    // the later surname alone is the spokesman named before (actors, issue 7)
    said_by(
        &doc,
        "direct",
        "We have lost too much time",
        "Karim Abdelnour",
        "told",
    );
    said_by(&doc, "direct", "Every week of delay", "Karim Abdelnour", "");
    times(
        &doc,
        &[
            ("next week", "2027-W03"),
            ("Wednesday", "2027-01-13"),
            // "had agreed to meet in Cairo on Monday": the meeting lies ahead
            ("Monday", "2027-01-18"),
            ("December", "2026-12"),
            ("last month", "2026-12"),
            ("the end of March", "2027-03"),
            ("earlier this year", "2027"),
        ],
    );
}

#[test]
fn sanctions_story_quotes_and_times() {
    let doc = story("02_sanctions.txt", (2027, 1, 21));
    said_by(
        &doc,
        "direct",
        "Belgrade must choose a side",
        "Kaja Kallas",
        "said",
    );
    said_by(
        &doc,
        "indirect",
        "Serbia had to respond",
        "Kaja Kallas",
        "said",
    );
    said_by(&doc, "direct", "No one will dictate", "Aleksandar", "said");
    said_by(
        &doc,
        "direct",
        "We are a sovereign country",
        "Aleksandar",
        "",
    );
    said_by(
        &doc,
        "indirect",
        "it would send a written reply",
        "Serbian government",
        "said",
    );
    sourced(
        &doc,
        "indirect",
        "Two days ago",
        "the prime minister's office",
        "according to",
    );
    said_by(&doc, "mixed", "the government was", "Jelena Radic", "said");
    said_by(
        &doc,
        "indirect",
        "the country could lose billions",
        "Jelena Radic",
        "warned",
    );
    times(
        &doc,
        &[
            ("30 days", "P30D"),
            ("Thursday", "2027-01-21"),
            ("Tuesday", "2027-01-19"),
            ("next month", "2027-02"),
            ("Two days ago", "2027-01-19"),
            ("Friday", "2027-01-22"),
        ],
    );
    let within = doc.times.iter().filter(|t| doc.slice(t.span) == "30 days");
    assert_eq!(within.count(), 2, "'30 days' and 'within 30 days'");
}

#[test]
fn election_story_quotes_and_times() {
    let doc = story("03_election.txt", (2027, 1, 9));
    said_by(
        &doc,
        "direct",
        "The commission is hiding",
        "Wanjiru Kamau",
        "said",
    );
    said_by(
        &doc,
        "direct",
        "We will not accept a result",
        "Wanjiru Kamau",
        "",
    );
    said_by(&doc, "direct", "We ask every Kenyan", "Wanjiru Kamau", "");
    sourced(
        &doc,
        "indirect",
        "the count would be completed",
        "The electoral commission",
        "said",
    );
    sourced(
        &doc,
        "indirect",
        "the delay was caused",
        "Peter Otieno",
        "told",
    );
    sourced(&doc, "direct", "There is no plot", "he", "added");
    sourced(
        &doc,
        "indirect",
        "the vote had been largely orderly",
        "observer mission",
        "said",
    );
    said_by(
        &doc,
        "indirect",
        "officers would disperse",
        "Samuel Njoroge",
        "warned",
    );
    said_by(
        &doc,
        "indirect",
        "she would challenge the result",
        "Wanjiru Kamau",
        "said",
    );
    // commissions, a chairman the tagger missed and an IGO's mission (actors, issues 5, 7)
    said_by(
        &doc,
        "indirect",
        "the count would be completed",
        "The electoral commission",
        "said",
    );
    said_by(
        &doc,
        "indirect",
        "the delay was caused",
        "Peter Otieno",
        "told",
    );
    said_by(&doc, "direct", "There is no plot", "Peter Otieno", "added");
    said_by(
        &doc,
        "indirect",
        "the vote had been largely orderly",
        "observer mission",
        "said",
    );
    times(
        &doc,
        &[
            ("Friday", "2027-01-08"),
            ("Monday", "2027-01-11"),
            // "called for nationwide protests on Sunday": the protests lie ahead
            ("Sunday", "2027-01-10"),
            ("last week", "2026-W53"),
            ("seven days", "P7D"),
        ],
    );
}

#[test]
fn summit_story_quotes_and_times() {
    let doc = story("04_summit.txt", (2026, 3, 3));
    said_by(
        &doc,
        "indirect",
        "Japan and South Korea will hold",
        "Japanese government",
        "said",
    );
    sourced(
        &doc,
        "indirect",
        "Prime Minister Shigeru Ishiba",
        "Tanabe",
        "said",
    );
    sourced(&doc, "direct", "Our two countries", "Tanabe", "said");
    sourced(&doc, "direct", "We should face them", "Tanabe", "");
    said_by(
        &doc,
        "indirect",
        "officials from both sides met",
        "foreign ministry",
        "According to",
    );
    said_by(
        &doc,
        "indirect",
        "Seoul hoped",
        "A South Korean official",
        "said",
    );
    sourced(&doc, "direct", "It is time to close", "Lee Min-ho", "said");
    said_by(
        &doc,
        "indirect",
        "it was following",
        "Chinese foreign ministry",
        "said",
    );
    // a person behind a long title, the surname later, a namesake of a KB person (actors)
    said_by(
        &doc,
        "indirect",
        "Prime Minister Shigeru Ishiba",
        "Hiroshi Tanabe",
        "said",
    );
    said_by(
        &doc,
        "direct",
        "Our two countries",
        "Hiroshi Tanabe",
        "said",
    );
    said_by(&doc, "direct", "We should face them", "Hiroshi Tanabe", "");
    said_by(&doc, "direct", "It is time to close", "Lee Min-ho", "said");
    times(
        &doc,
        &[
            ("April", "2026-04"),
            ("Tuesday", "2026-03-03"),
            ("Monday", "2026-03-02"),
            ("2019", "2019"),
            ("last year", "2025"),
            ("Wednesday", "2026-02-25"),
            ("November", "2025-11"),
        ],
    );
}

#[test]
fn ceasefire_story_quotes_and_times() {
    let doc = story("05_ceasefire.txt", (2026, 5, 27));
    sourced(
        &doc,
        "indirect",
        "Sudan's warring parties",
        "mediators",
        "said",
    );
    // "Saudi and US mediators said": the mediators, a group of one of the two countries
    // (the actors stage makes one group a country)
    said_by(
        &doc,
        "indirect",
        "Sudan's warring parties",
        "mediators",
        "said",
    );
    sourced(
        &doc,
        "direct",
        "This is a fragile",
        "Faisal Al-Harbi",
        "said",
    );
    sourced(&doc, "direct", "Both sides must now", "Faisal Al-Harbi", "");
    sourced(
        &doc,
        "indirect",
        "the army would respect",
        "Nabil Osman",
        "said",
    );
    sourced(
        &doc,
        "indirect",
        "its fighters had received",
        "Rapid Support Forces",
        "said",
    );
    said_by(
        &doc,
        "indirect",
        "aid convoys were waiting",
        "United Nations",
        "said",
    );
    said_by(
        &doc,
        "direct",
        "We cannot feed people",
        "Maria Lindqvist",
        "told",
    );
    said_by(
        &doc,
        "indirect",
        "The previous truce collapsed",
        "residents of Khartoum",
        "according to",
    );
    // the adjective "warring" is no speech cue of its own
    assert!(
        quotes(&doc).iter().all(|q| q[4] != "warring"),
        "{:#?}",
        quotes(&doc)
    );
    // people named after a nationality or a rank, a multiword organisation (actors)
    said_by(
        &doc,
        "indirect",
        "Sudan's warring parties",
        "mediators",
        "said",
    );
    said_by(
        &doc,
        "direct",
        "This is a fragile",
        "Faisal Al-Harbi",
        "said",
    );
    said_by(&doc, "direct", "Both sides must now", "Faisal Al-Harbi", "");
    said_by(
        &doc,
        "indirect",
        "the army would respect",
        "Nabil Osman",
        "said",
    );
    said_by(
        &doc,
        "indirect",
        "its fighters had received",
        "Rapid Support Forces",
        "said",
    );
    times(
        &doc,
        &[
            ("three-day", "P3D"),
            ("Friday", "2026-05-29"),
            ("Wednesday", "2026-05-27"),
            ("earlier this month", "2026-05"),
            ("Thursday", "2026-05-21"),
            ("48 hours", "PT48H"),
            ("two weeks ago", "2026-W20"),
            ("next Monday", "2026-06-01"),
        ],
    );
}
