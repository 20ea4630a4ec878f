//! Session 29, known gaps: a wire dateline written in title case ("Beirut (Reuters) -")
//! gives the story's country through its place, not the credited outlet's: a bare "the
//! army" or "the government" is that country's, never the wire's home (GBRMIL was seen).
//! The gazetteer is the command's, so the test runs it. Sentences are invented.

use crate::common::attache_stdin;

/// The source codes of the coded rows of `text`.
fn sources(text: &str) -> Vec<String> {
    let (out, code) = attache_stdin(
        &["code", "-", "--date", "2019-03-04", "--format", "tsv"],
        text.as_bytes(),
    );
    assert_eq!(code, 0, "{out}");
    out.lines()
        .skip(1)
        .filter_map(|l| l.split('\t').nth(5).map(str::to_string))
        .collect()
}

#[test]
fn a_title_case_dateline_gives_a_bare_army_its_place_not_the_wire() {
    let got = sources(
        "Beirut (Reuters) - The army said on Tuesday it had seized a weapons cache and \
         accused militants of smuggling arms.\n",
    );
    assert!(got.iter().any(|c| c == "LBNMIL"), "{got:?}");
    assert!(!got.iter().any(|c| c.starts_with("GBR")), "{got:?}");
}

#[test]
fn a_title_case_dateline_gives_a_bare_government_its_place() {
    let got =
        sources("Cairo (Reuters) - The government accused the opposition of inciting violence.\n");
    assert!(got.iter().any(|c| c == "EGYGOV"), "{got:?}");
    assert!(!got.iter().any(|c| c.starts_with("GBR")), "{got:?}");
}
