//! Subjects and objects of the reporting and action verbs of the seed article (read from
//! ../shared at test time; skipped when absent).

use crate::common;
use common::*;

fn seed_line(containing: &str) -> Option<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/000_3f578599382f4b0e.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipping: seed article {path} is absent");
        return None;
    };
    let line = text.lines().find(|l| l.contains(containing));
    assert!(line.is_some(), "no seed line contains {containing:?}");
    line.map(str::to_string)
}

#[test]

fn promised_has_blinken_as_subject_and_the_submit_clause_as_object() {
    let Some(line) = seed_line("Blinken promised that") else {
        return;
    };
    let doc = parsed(&line);
    let v = find(&doc, "promised");
    let why = dump(&doc, v);
    let subj = deps(&doc, v, &["nsubj"]);
    assert_eq!(subj.len(), 1, "{why}");
    assert_eq!(doc.word(subj[0]), "Blinken", "{why}");
    let obj = deps(&doc, v, &["ccomp", "obj", "xcomp"]);
    assert!(obj.iter().any(|&o| doc.word(o) == "submit"), "{why}");
}

#[test]
fn met_has_lavrov_and_blinken_as_subject() {
    let Some(line) = seed_line(" met on ") else {
        return;
    };
    let doc = parsed(&line);
    let v = find(&doc, "met");
    let why = dump(&doc, v);
    let subj = deps(&doc, v, &["nsubj"]);
    assert_eq!(subj.len(), 1, "{why}");
    let words = subtree(&doc, subj[0]);
    assert!(
        words.contains("Lavrov") && words.contains("Blinken"),
        "{words} / {why}"
    );
    assert!(deps(&doc, v, &["obj"]).is_empty(), "{why}");
}

#[test]
fn calls_on_has_moscow_as_subject_and_washington_as_object() {
    let Some(line) = seed_line("calls on Washington") else {
        return;
    };
    let doc = parsed(&line);
    let v = find(&doc, "calls");
    let why = dump(&doc, v);
    let subj = deps(&doc, v, &["nsubj"]);
    assert_eq!(subj.len(), 1, "{why}");
    assert_eq!(doc.word(subj[0]), "Moscow", "{why}");
    let washington = find(&doc, "Washington");
    assert_eq!(doc.head(washington), Some(v), "{why}");
    assert!(
        matches!(doc.tokens[washington].deprel.base(), "obl" | "obj"),
        "{why}"
    );
}

#[test]
fn demanded_has_russia_as_subject_and_the_deploy_clause_as_object() {
    let Some(line) = seed_line("Russia demanded that") else {
        return;
    };
    let doc = parsed(&line);
    let v = find(&doc, "demanded");
    let why = dump(&doc, v);
    let subj = deps(&doc, v, &["nsubj"]);
    assert_eq!(subj.len(), 1, "{why}");
    assert_eq!(doc.word(subj[0]), "Russia", "{why}");
    let obj = deps(&doc, v, &["ccomp", "obj"]);
    assert_eq!(obj.len(), 1, "{why}");
    assert!(subtree(&doc, obj[0]).contains("deploy"), "{why}");
}
