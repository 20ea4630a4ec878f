//! `attache eval events`: precision, recall and F1 of coded events against a gold JSONL
//! file, on exact code, root code and dyad + root, with one row per root.
//!
//! Gold lines: `{"id","text","date","expected_events":[{"source","target","code"}]}`;
//! `source`/`target` are CAMEO-style actor codes (`RUSGOV`, `USA`), `null` when the text
//! names none. Events are matched within a line as multisets.

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
}

/// One coded or expected event, reduced to what is compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coded {
    pub source: Option<String>,
    pub target: Option<String>,
    pub code: String,
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
        })
        .collect()
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
