//! `attache eval events`: precision, recall and F1 of coded events against a gold JSONL
//! file, on exact code, root code and dyad + root, with one row per root.
//!
//! Gold lines: `{"id","text","date","expected_events":[{"source","target","code"}]}`;
//! `source`/`target` are CAMEO-style actor codes (`RUSGOV`, `USA`), `null` when the text
//! names none. Events are matched within a line as multisets.
//!
//! The flags are scored on the dyad + root matches only: an expected event's optional
//! `"negated": true` / `"hypothetical": true` (absent means stated as done) against the
//! coded event's flags, one P/R/F1 row per flag, so an act the text only plans or denies
//! but the coder states as done is a false negative of its row.

use attache_core::eval::{Counts, Report};
use attache_core::{Date, Document};
use serde::Deserialize;

use crate::ontology::root;

#[derive(Deserialize)]
struct GoldLine {
    id: String,
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    expected_events: Vec<GoldEvent>,
}

#[derive(Deserialize)]
struct GoldEvent {
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    target: Option<String>,
    code: String,
    #[serde(default)]
    negated: bool,
    #[serde(default)]
    hypothetical: bool,
}

/// One coded or expected event, reduced to what is compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coded {
    pub source: Option<String>,
    pub target: Option<String>,
    pub code: String,
    pub negated: bool,
    pub hypothetical: bool,
}

/// The events of a document as actor codes and CAMEO codes.
pub fn coded_events(doc: &Document) -> Vec<Coded> {
    let code_of = |r: Option<attache_core::ActorRef>| {
        r.and_then(|r| doc.actors.get(r.actor as usize))
            .and_then(|a| a.code.clone())
    };
    doc.events
        .iter()
        .map(|e| Coded {
            source: code_of(e.source),
            target: code_of(e.target),
            code: e.cameo.clone(),
            negated: e.negated,
            hypothetical: e.hypothetical,
        })
        .collect()
}

/// Flag counts over the dyad + root matches of one line: `(negated, hypothetical)`.
/// A coded event takes an unmatched expected event of its dyad and root, one with the
/// same flags when there is one, so equal keys are not paired against their flags.
fn flag_counts(gold: &[Coded], pred: &[Coded]) -> (Counts, Counts) {
    let key = |e: &Coded| {
        (
            e.source.clone(),
            e.target.clone(),
            root(&e.code).to_string(),
        )
    };
    let mut used = vec![false; gold.len()];
    let (mut neg, mut hyp) = (Counts::default(), Counts::default());
    let tally = |c: &mut Counts, g: bool, p: bool| match (g, p) {
        (true, true) => c.tp += 1,
        (false, true) => c.fp += 1,
        (true, false) => c.fn_ += 1,
        (false, false) => {}
    };
    for p in pred {
        let k = key(p);
        let same = |g: &Coded| g.negated == p.negated && g.hypothetical == p.hypothetical;
        let free = |i: usize| !used[i] && key(&gold[i]) == k;
        let pick = (0..gold.len())
            .find(|&i| free(i) && same(&gold[i]))
            .or_else(|| (0..gold.len()).find(|&i| free(i)));
        if let Some(i) = pick {
            used[i] = true;
            tally(&mut neg, gold[i].negated, p.negated);
            tally(&mut hyp, gold[i].hypothetical, p.hypothetical);
        }
    }
    (neg, hyp)
}

/// Matches two multisets by `key`; returns counts.
fn match_by<K: PartialEq>(gold: &[Coded], pred: &[Coded], key: impl Fn(&Coded) -> K) -> Counts {
    let mut left: Vec<K> = gold.iter().map(&key).collect();
    let mut c = Counts::default();
    for p in pred {
        let k = key(p);
        if let Some(i) = left.iter().position(|g| *g == k) {
            left.swap_remove(i);
            c.tp += 1;
        } else {
            c.fp += 1;
        }
    }
    c.fn_ += left.len() as u64;
    c
}

fn parse_date(s: &str) -> Option<Date> {
    let mut it = s.get(..10)?.split('-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    Date::new(y, m, d)
}

fn blank(s: Option<String>) -> Option<String> {
    s.filter(|x| !x.is_empty() && x != "---")
}

/// Scores `run` (text, publication date -> coded document) on the gold lines.
pub fn eval_events(
    gold_jsonl: &str,
    run: &dyn Fn(&str, Option<Date>) -> Document,
) -> Result<Report, String> {
    let mut exact = Counts::default();
    let mut roots = Counts::default();
    let mut dyad = Counts::default();
    let (mut negated, mut hypothetical) = (Counts::default(), Counts::default());
    let mut per_root: Vec<(String, Counts)> = (1..=20)
        .map(|r| (format!("root {r:02}"), Counts::default()))
        .collect();
    let (mut lines, mut quiet_lines, mut false_alarms) = (0u64, 0u64, 0u64);
    for (i, raw) in gold_jsonl.lines().enumerate() {
        if raw.trim().is_empty() {
            continue;
        }
        let g: GoldLine =
            serde_json::from_str(raw).map_err(|e| format!("gold line {}: {e}", i + 1))?;
        let gold: Vec<Coded> = g
            .expected_events
            .into_iter()
            .map(|e| Coded {
                source: blank(e.source),
                target: blank(e.target),
                code: e.code,
                negated: e.negated,
                hypothetical: e.hypothetical,
            })
            .collect();
        if let Some(bad) = gold.iter().find(|e| !crate::ontology::is_code(&e.code)) {
            return Err(format!(
                "gold line {} ({}): `{}` is not a CAMEO code",
                i + 1,
                g.id,
                bad.code
            ));
        }
        let date = g.date.as_deref().and_then(parse_date);
        let doc = run(&g.text, date);
        let pred = coded_events(&doc);
        lines += 1;
        if gold.is_empty() {
            quiet_lines += 1;
            if !pred.is_empty() {
                false_alarms += 1;
            }
        }
        exact.add(match_by(&gold, &pred, |e| e.code.clone()));
        roots.add(match_by(&gold, &pred, |e| root(&e.code).to_string()));
        dyad.add(match_by(&gold, &pred, |e| {
            (
                e.source.clone(),
                e.target.clone(),
                root(&e.code).to_string(),
            )
        }));
        let (neg, hyp) = flag_counts(&gold, &pred);
        negated.add(neg);
        hypothetical.add(hyp);
        for (r, counts) in per_root.iter_mut() {
            let want = &r[5..];
            let gs: Vec<Coded> = gold
                .iter()
                .filter(|e| root(&e.code) == want)
                .cloned()
                .collect();
            let ps: Vec<Coded> = pred
                .iter()
                .filter(|e| root(&e.code) == want)
                .cloned()
                .collect();
            counts.add(match_by(&gs, &ps, |e| root(&e.code).to_string()));
        }
    }
    let mut report = Report::new("events");
    report
        .notes
        .push("events matched per line as multisets; dyad compares actor codes exactly".into());
    report.row("exact", exact);
    report.row("root", roots);
    report.row("dyad+root", dyad);
    report.notes.push(
        "negated / hypothetical: flags of the dyad+root matches (absent in gold = stated as done)"
            .into(),
    );
    report.row("negated", negated);
    report.row("hypothetical", hypothetical);
    for (r, c) in per_root {
        if c.tp + c.fp + c.fn_ > 0 {
            report.row(r, c);
        }
    }
    report.figure("lines", lines as f64);
    report.figure("no_event_lines", quiet_lines as f64);
    report.figure("no_event_lines_with_events", false_alarms as f64);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use attache_core::{Actor, ActorKind, ActorRef, DatePrecision, Event, Evidence, Span};

    fn doc_with(events: &[(&str, &str, &str)]) -> Document {
        let mut d = Document::from_plain("x");
        for (s, t, c) in events {
            for code in [s, t] {
                if !d.actors.iter().any(|a| a.code.as_deref() == Some(*code)) {
                    d.actors.push(Actor {
                        name: code.to_string(),
                        kind: ActorKind::Country,
                        code: Some(code.to_string()),
                        country: None,
                        role: None,
                        kb_id: None,
                        mentions: vec![],
                    });
                }
            }
            let idx = |c: &str| {
                d.actors
                    .iter()
                    .position(|a| a.code.as_deref() == Some(c))
                    .unwrap() as u32
            };
            let (si, ti) = (idx(s), idx(t));
            d.events.push(Event {
                source: Some(ActorRef {
                    actor: si,
                    mention: None,
                }),
                target: Some(ActorRef {
                    actor: ti,
                    mention: None,
                }),
                cameo: c.to_string(),
                plover: None,
                quad_class: 1,
                goldstein: 0.0,
                date: None,
                date_precision: DatePrecision::Unknown,
                date_reason: None,
                place: None,
                negated: false,
                hypothetical: false,
                condition: None,
                sentence: 0,
                quote: None,
                evidence: Evidence {
                    span: Span::default(),
                    trigger: Span::default(),
                    rule: "t".into(),
                },
                restates: None,
            });
        }
        d
    }

    #[test]
    fn scores_exact_root_and_dyad_separately() {
        let gold = r#"{"id":"a","text":"one","date":"2022-01-21","expected_events":[{"source":"RUS","target":"USA","code":"042"}]}
{"id":"b","text":"two","date":null,"expected_events":[]}
"#;
        let run = |t: &str, _d: Option<Date>| match t {
            "one" => doc_with(&[("USA", "RUS", "043")]),
            _ => doc_with(&[("FRA", "DEU", "190")]),
        };
        let r = eval_events(gold, &run).unwrap();
        let row = |n: &str| r.rows.iter().find(|(c, _)| c == n).unwrap().1;
        assert_eq!(
            row("exact"),
            Counts {
                tp: 0,
                fp: 2,
                fn_: 1
            }
        );
        assert_eq!(
            row("root"),
            Counts {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(
            row("dyad+root"),
            Counts {
                tp: 0,
                fp: 2,
                fn_: 1
            }
        );
        assert_eq!(
            row("root 19"),
            Counts {
                tp: 0,
                fp: 1,
                fn_: 0
            }
        );
        assert!(r
            .figures
            .contains(&("no_event_lines_with_events".to_string(), 1.0)));
        // Per-root rows are printed as P/R/F1 and the last line stays key=value.
        let text = r.render();
        assert!(text.lines().any(|l| l.trim_start().starts_with("root 04 ")));
        let last = text.lines().last().unwrap_or("");
        assert!(last.starts_with("task=events "), "{last}");
        assert!(last.contains(" root_04_f1=1.0000") && last.contains(" root_19_p=0.0000"));
    }

    #[test]
    fn flags_are_scored_on_dyad_matches_and_a_planned_act_stated_as_done_is_missed() {
        // Line a: a planned visit coded as done (hypothetical fn); line b: a plain act coded
        // as denied (negated fp); line c: two equal keys, flags paired with their like.
        let gold = r#"{"id":"a","text":"a","expected_events":[{"source":"RUS","target":"USA","code":"042","hypothetical":true}]}
{"id":"b","text":"b","expected_events":[{"source":"FRA","target":"DEU","code":"040"}]}
{"id":"c","text":"c","expected_events":[{"source":"CHN","target":"TWN","code":"190"},{"source":"CHN","target":"TWN","code":"190","negated":true,"hypothetical":true}]}
{"id":"d","text":"d","expected_events":[{"source":"IRN","target":"ISR","code":"130","hypothetical":true}]}
"#;
        let run = |t: &str, _d: Option<Date>| {
            let mut d = match t {
                "a" => doc_with(&[("RUS", "USA", "042")]),
                "b" => doc_with(&[("FRA", "DEU", "040")]),
                "c" => doc_with(&[("CHN", "TWN", "190"), ("CHN", "TWN", "190")]),
                _ => doc_with(&[("ISR", "IRN", "130")]),
            };
            if t == "b" {
                d.events[0].negated = true;
            }
            if t == "c" {
                d.events[0].negated = true;
                d.events[0].hypothetical = true;
            }
            if t == "d" {
                d.events[0].hypothetical = true;
            }
            d
        };
        let r = eval_events(gold, &run).unwrap();
        let row = |n: &str| r.rows.iter().find(|(c, _)| c == n).unwrap().1;
        // Line d's event is no dyad match (sides swapped), so its flag is not scored.
        assert_eq!(
            row("hypothetical"),
            Counts {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(
            row("negated"),
            Counts {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
    }

    #[test]
    fn bad_gold_lines_are_errors_with_line_numbers() {
        let run = |_: &str, _: Option<Date>| Document::default();
        assert!(eval_events("{not json}\n", &run)
            .unwrap_err()
            .starts_with("gold line 1"));
        let bad =
            r#"{"id":"a","text":"t","expected_events":[{"source":null,"target":"X","code":"99"}]}"#;
        assert!(eval_events(bad, &run)
            .unwrap_err()
            .contains("not a CAMEO code"));
    }
}
