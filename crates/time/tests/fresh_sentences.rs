//! The out-of-sample check: sentences written for `data/fresh_sentences.tsv` (never seen by the
//! rules while they were tuned on TimeBank) scored like `eval_times` scores TimeML: an expected
//! expression is right when a prediction overlapping it has exactly its value.
//!
//! `cargo test -p attache-time --test integration fresh_sentences:: -- --nocapture` prints the score and every
//! miss.

use attache_core::{Date, Document, Published, Stage};
use attache_time::TimeNormalization;

const DATA: &str = include_str!("data/fresh_sentences.tsv");
/// The second set, written in the fifth session before the stage was run on it.
const DATA_5: &str = include_str!("data/fresh_sentences_5.tsv");
/// The third set, written in the sixth session before the stage was run on it and before that
/// session's rules were written.
const DATA_6: &str = include_str!("data/fresh_sentences_6.tsv");
/// The fourth set, written in the seventh session before the stage was run on it and before that
/// session's rules were written.
const DATA_7: &str = include_str!("data/fresh_sentences_7.tsv");
/// The fifth set, written in the eighth session before the stage was run on it and before that
/// session's rules were written.
const DATA_8: &str = include_str!("data/fresh_sentences_8.tsv");
/// The sixth set, written in the ninth session before the stage was run on it and before that
/// session's rules were written.
const DATA_9: &str = include_str!("data/fresh_sentences_9.tsv");

/// One line of the data file: publication date, sentence, expected `(text, value)`s.
struct Case {
    published: Date,
    sentence: &'static str,
    expected: Vec<(&'static str, &'static str)>,
}

fn cases(data: &'static str) -> Vec<Case> {
    let mut out = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() == 3, "line {}: three columns expected", n + 1);
        let ymd: Vec<u32> = cols[0].split('-').filter_map(|p| p.parse().ok()).collect();
        let published = match ymd.as_slice() {
            [y, m, d] => Date::new(*y as i32, *m, *d),
            _ => None,
        };
        let Some(published) = published else {
            panic!("line {}: bad date {:?}", n + 1, cols[0]);
        };
        let expected = cols[2]
            .split(" | ")
            .filter(|item| !item.is_empty())
            .map(|item| match item.rsplit_once('=') {
                Some(pair) => pair,
                None => panic!("line {}: {item:?} is not text=value", n + 1),
            })
            .collect();
        out.push(Case {
            published,
            sentence: cols[1],
            expected,
        });
    }
    out
}

/// `(right, predicted, expected)` over all cases, printing each miss.
fn score(data: &'static str) -> (usize, usize, usize) {
    let stage = TimeNormalization::new();
    let (mut right, mut predicted, mut expected) = (0, 0, 0);
    for case in cases(data) {
        let mut doc = Document::from_plain(case.sentence);
        doc.published = Some(Published::day(case.published));
        stage.run(&mut doc);
        let found: Vec<(std::ops::Range<usize>, String)> = doc
            .times
            .iter()
            .map(|t| {
                let span = t.span.start as usize..t.span.end as usize;
                (span, t.value.clone().unwrap_or_default())
            })
            .collect();
        predicted += found.len();
        expected += case.expected.len();
        let mut used = vec![false; found.len()];
        for (text, value) in &case.expected {
            let Some(start) = case.sentence.find(text) else {
                panic!("{text:?} is not in {:?}", case.sentence);
            };
            let gold = start..start + text.len();
            let hit = found.iter().enumerate().position(|(i, (span, _))| {
                !used[i] && span.start < gold.end && gold.start < span.end
            });
            match hit {
                Some(i) => {
                    used[i] = true;
                    if found[i].1 == *value {
                        right += 1;
                    } else {
                        let got = &case.sentence[found[i].0.clone()];
                        eprintln!(
                            "wrong  {}  {text}={value}  got {got}={}",
                            case.published, found[i].1
                        );
                    }
                }
                None => eprintln!("missed {}  {text}={value}", case.published),
            }
        }
        for (i, (span, value)) in found.iter().enumerate() {
            if !used[i] {
                let text = &case.sentence[span.clone()];
                eprintln!("extra  {}  {text}={value}", case.published);
            }
        }
    }
    (right, predicted, expected)
}

/// Scores one file of sentences and fails when its value F1 falls below `floor`.
fn assert_set_keeps_f1(data: &'static str, name: &str, floor: f64) {
    let (right, predicted, expected) = score(data);
    let f1 = 2.0 * right as f64 / (predicted + expected) as f64;
    eprintln!(
        "{name}: {right} right, {predicted} predicted, {expected} expected, value F1 {f1:.4}"
    );
    assert!(
        expected >= 50,
        "{name}: the file holds {expected} expressions"
    );
    assert!(f1 >= floor, "{name}: value F1 {f1:.4}");
}

#[test]
fn fresh_sentences_keep_their_value_f1() {
    assert_set_keeps_f1(DATA, "fresh sentences", 0.93);
}

#[test]
fn fifth_session_sentences_keep_their_value_f1() {
    assert_set_keeps_f1(DATA_5, "fifth-session sentences", 0.95);
}

#[test]
fn sixth_session_sentences_keep_their_value_f1() {
    assert_set_keeps_f1(DATA_6, "sixth-session sentences", 0.95);
}

#[test]
fn seventh_session_sentences_keep_their_value_f1() {
    assert_set_keeps_f1(DATA_7, "seventh-session sentences", 0.90);
}

#[test]
fn eighth_session_sentences_keep_their_value_f1() {
    assert_set_keeps_f1(DATA_8, "eighth-session sentences", 0.88);
}

#[test]
fn ninth_session_sentences_keep_their_value_f1() {
    assert_set_keeps_f1(DATA_9, "ninth-session sentences", 0.92);
}
