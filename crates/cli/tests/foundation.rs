//! Issue 2 acceptance: reading the seed article, the contract fields, formats, bad input.

use crate::common;
use common::*;

const CONTRACT_FIELDS: &[&str] = &[
    "schema",
    "id",
    "title",
    "published",
    "source",
    "text",
    "sentences",
    "actors",
    "quotes",
    "events",
    "commitments",
    "times",
    "places",
    "warnings",
];

#[test]
fn seed_article_reads_headline_date_outlet_and_body() {
    let Some(shared) = shared() else { return };
    let seed = shared.join("seed/000_3f578599382f4b0e.txt");
    let (docs, _, code) = code_jsonl(&[seed.to_str().unwrap()]);
    assert_eq!(code, 0);
    let a = &docs[0];
    for f in CONTRACT_FIELDS {
        assert!(a.get(*f).is_some(), "missing contract field {f}");
    }
    assert_eq!(a["schema"], "attache/1");
    assert_eq!(
        a["title"],
        "Lavrov-Blinken Talks Wrap Up With Two Sides 'on Clear Path to Understanding'"
    );
    assert_eq!(a["published"], "2022-01-21T13:55:00Z");
    assert_eq!(a["source"]["outlet"], "Sputnik");
    let text = a["text"].as_str().unwrap();
    let sentences = a["sentences"].as_array().unwrap();
    let sents: Vec<String> = sentences.iter().map(|s| char_slice(text, s)).collect();
    assert!(
        sents[0].starts_with("A new round of negotiations"),
        "{}",
        sents[0]
    );
    assert!(
        sents[1].starts_with("Russian Foreign Minister Sergei Lavrov"),
        "{}",
        sents[1]
    );
    // Counted by hand: 25 sentences in the body (see docs/ARCHITECTURE.md, SentenceSplit).
    assert_eq!(sentences.len(), 25, "{sents:#?}");
}

#[test]
fn seed_section_headings_are_neither_sentences_nor_quotes() {
    let Some(shared) = shared() else { return };
    let seed = shared.join("seed/000_3f578599382f4b0e.txt");
    let (docs, _, _) = code_jsonl(&[seed.to_str().unwrap()]);
    let a = &docs[0];
    let text = a["text"].as_str().unwrap();
    let headings: Vec<String> = a["headings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| char_slice(text, h))
        .collect();
    assert_eq!(
        headings,
        [
            "'Russia Does Not Threaten Ukrainian People'",
            "'Severe Response From US'",
            "Russia-US Security Talks"
        ]
    );
    let overlaps = |v: &serde_json::Value, h: &serde_json::Value| {
        v["start"].as_u64() < h["end"].as_u64() && h["start"].as_u64() < v["end"].as_u64()
    };
    for h in a["headings"].as_array().unwrap() {
        for s in a["sentences"].as_array().unwrap() {
            assert!(!overlaps(s, h), "a sentence overlaps heading {h}");
        }
        for q in a["quotes"].as_array().unwrap() {
            assert!(!overlaps(q, h), "a quote overlaps heading {h}");
        }
    }
}

#[test]
fn every_example_format_reads_with_its_metadata() {
    let (docs, stderr, code) = code_jsonl(&[examples().to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let by_title = |t: &str| {
        docs.iter()
            .find(|d| d["title"] == t)
            .unwrap_or_else(|| panic!("no {t}"))
    };
    let html = by_title("Ukraine and Turkey Discuss Black Sea Grain Corridor");
    assert_eq!(html["published"], "2023-09-11T09:40:00Z");
    assert_eq!(html["source"]["outlet"], "Example Wire");
    let text = html["text"].as_str().unwrap();
    assert!(
        text.starts_with("Ukrainian Foreign Minister Dmytro Kuleba"),
        "{text}"
    );
    for junk in [
        "Home",
        "Wheat prices",
        "All rights reserved",
        "editor:",
        "analytics",
    ] {
        assert!(!text.contains(junk), "boilerplate {junk:?} in {text}");
    }
    let jsonl = docs
        .iter()
        .find(|d| d["id"] == "wire-0002")
        .expect("wire-0002");
    assert_eq!(
        jsonl["published"], "2023-04-14",
        "date from the body's dateline"
    );
    assert!(jsonl["text"]
        .as_str()
        .unwrap()
        .starts_with("Iran and the International"));
    let txt = by_title("Moldova and Romania Sign Deal on Second Power Line");
    assert_eq!(txt["published"], "2024-03-12");
}

#[test]
fn date_flag_overrides_and_missing_date_is_a_warning() {
    let dir = scratch("dates");
    let p = dir.join("a.txt");
    std::fs::write(
        &p,
        "Officials met in Paris on Friday and agreed to talk again.\n",
    )
    .unwrap();
    let (docs, _, code) = code_jsonl(&[p.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(docs[0]["published"].is_null());
    assert!(docs[0]["warnings"][0].as_str().unwrap().contains("R010"));
    let (docs, _, _) = code_jsonl(&["--date", "2022-01-21", p.to_str().unwrap()]);
    assert_eq!(docs[0]["published"], "2022-01-21");
    assert!(docs[0]["warnings"].as_array().unwrap().is_empty());
    let out = attache(&["code", "--date", "21.01.2022", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn gzip_inputs_read_like_their_uncompressed_form() {
    let dir = scratch("gzip");
    let body = "{\"id\":\"g1\",\"title\":\"T\",\"published\":\"2022-01-21\",\"text\":\"Russia and Ukraine held talks.\"}\n";
    std::fs::write(dir.join("a.jsonl.gz"), gzip(body.as_bytes())).unwrap();
    let (docs, _, code) = code_jsonl(&[dir.join("a.jsonl.gz").to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(docs[0]["id"], "g1");
    assert_eq!(docs[0]["text"], "Russia and Ukraine held talks.");
}

#[test]
fn stdin_is_read_with_a_dash() {
    let input = b"Talks Resume\nBEIJING, March 10, 2023\nChina and India agreed to talk.\n";
    let (stdout, _) = attache_stdin(&["code", "--format", "jsonl", "-"], input);
    let a: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(a["title"], "Talks Resume");
    assert_eq!(a["published"], "2023-03-10");
}

#[test]
fn conllu_format_shows_the_parse_records_are_read_from() {
    let input = b"Talks Resume\nBEIJING, March 10, 2023\nChina and India agreed to talk. Wang met Jaishankar.\n";
    let (stdout, _) = attache_stdin(&["code", "--format", "conllu", "-"], input);
    assert!(
        stdout.contains("# sent_id = s1\n# text = Wang met Jaishankar.\n"),
        "{stdout}"
    );
    let rows: Vec<Vec<&str>> = stdout
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect();
    assert!(rows.iter().all(|r| r.len() == 10), "{stdout}");
    // "Wang met Jaishankar.": the verb is the root, the names its subject and object.
    let second: Vec<&Vec<&str>> = rows.iter().skip_while(|r| r[1] != "Wang").collect();
    assert_eq!(second[1][1], "met", "{stdout}");
    assert_eq!(second[1][7], "root", "{stdout}");
    assert_eq!((second[0][6], second[0][7]), ("2", "nsubj"), "{stdout}");
    assert_eq!((second[2][6], second[2][7]), ("2", "obj"), "{stdout}");
    assert_eq!(second[1][2], "meet", "{stdout}");
}

#[test]
fn readout_and_tsv_formats_print() {
    let p = examples().join("chisinau-power-line.txt");
    let out = attache(&["code", "--format", "readout", p.to_str().unwrap()]);
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.contains("Moldova and Romania Sign Deal on Second Power Line"),
        "{s}"
    );
    assert!(s.contains("2024-03-12"), "{s}");
    let out = attache(&["code", "--format", "tsv", p.to_str().unwrap()]);
    let s = String::from_utf8_lossy(&out.stdout);
    let header = s.lines().next().unwrap();
    assert!(
        header.starts_with("article_id\tpublished\tevent_date"),
        "{header}"
    );
    for line in s.lines() {
        assert_eq!(
            line.split('\t').count(),
            header.split('\t').count(),
            "{line}"
        );
    }
}

#[test]
fn readout_where_keeps_places_the_text_locates_and_lists_actor_names_apart() {
    let input = b"Fighting Goes On\nKYIV, 2 March 2022\n\nRussian troops entered Ukraine on Monday, the ministry said. Fighting continued in eastern Ukraine on Tuesday. Canada criticized Norway over the fishing dispute.\n";
    let (stdout, _) = attache_stdin(&["code", "--format", "readout", "-"], input);
    let where_at = stdout.find("\nWhere\n").expect("a Where section");
    let named_at = stdout
        .find("named as actors")
        .expect("a line of places named as actors");
    let where_part = &stdout[where_at..named_at];
    assert!(where_part.contains("Ukraine (UKR)"), "{stdout}");
    assert!(!where_part.contains("Canada"), "{stdout}");
    assert!(stdout[named_at..].contains("Canada"), "{stdout}");
}
