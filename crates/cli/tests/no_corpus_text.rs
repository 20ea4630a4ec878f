//! The measurement corpora in `../shared/data/corpora` are read, never copied: no file of the
//! repository may hold a run of `RUN` words that also stands in a corpus text (PolNeAR,
//! GeoVirus, TimeBank + AQUAINT, IE-ER, and the sentence texts of UD English EWT and GUM).
//! Test sentences are invented; a test that guards a construction seen in a corpus keeps the
//! construction and changes the words. Skips with a message when ../shared is absent.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// How many words in a row make a copy. Nine-word runs still occur by chance in plain
/// English ("in the third quarter compared with a year earlier"); ten did not in this
/// repository once the copies were rewritten.
const RUN: usize = 10;

fn word_hash(w: &str) -> u64 {
    // FNV-1a over the lowercased bytes.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in w.bytes() {
        h ^= u64::from(b.to_ascii_lowercase());
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The words of `text` (ASCII letters, digits and apostrophes) with the byte offset of each.
fn words(text: &str) -> Vec<(usize, u64)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inside = c.is_ascii_alphanumeric() || c == '\'';
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, word_hash(&text[s..i])));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, word_hash(&text[s..])));
    }
    out
}

fn run_hash(ws: &[(usize, u64)]) -> u64 {
    ws.iter()
        .fold(0u64, |h, &(_, w)| h.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ w)
}

/// Markup out: tags of XML/SGML corpora become spaces.
fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn files_below(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files_below(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// The corpus texts, one string a document (or a sentence for CoNLL-U).
fn corpus_texts(corpora: &Path) -> Vec<String> {
    let mut paths = Vec::new();
    files_below(corpora, &mut paths);
    let mut texts = Vec::new();
    for p in paths {
        let name = p.to_string_lossy().to_string();
        let Ok(raw) = std::fs::read(&p) else { continue };
        let text = String::from_utf8_lossy(&raw);
        if name.contains("/polnear/") && name.contains("/text/") {
            texts.push(text.into_owned());
        } else if name.ends_with(".conllu") {
            texts.extend(
                text.lines()
                    .filter_map(|l| l.strip_prefix("# text = "))
                    .map(str::to_string),
            );
        } else if name.ends_with(".tml")
            || name.ends_with("GeoVirus.xml")
            || (name.contains("/ieer/") && !name.contains("README") && !name.contains("LICENSE"))
        {
            texts.push(strip_tags(&text));
        }
    }
    texts
}

/// The repository's own files that hold prose or code: sources, tests, data lists, docs.
fn repo_files(root: &Path) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    for sub in ["crates", "docs", "examples", "scripts"] {
        files_below(&root.join(sub), &mut paths);
    }
    paths.push(root.join("README.md"));
    paths
        .into_iter()
        .filter(|p| {
            let s = p.to_string_lossy();
            let ext_ok = ["rs", "txt", "tsv", "jsonl", "json", "md", "sh", "py"]
                .iter()
                .any(|e| p.extension().is_some_and(|x| x == *e));
            // Licence texts are other people's words by design; the syntax models' word
            // lists (forms and lemmas learned from the treebanks, CC BY-SA) are no prose;
            // the knowledge base's and gazetteer's tables hold names (facts, with their
            // sources stated), and an official name can run to ten words.
            ext_ok
                && !s.contains("/target")
                && !s.contains("LICENSE")
                && !s.contains("/syntax/models/")
                && !s.contains("/kb/data/")
                && !s.contains("/geo/data/")
        })
        .collect()
}

#[test]
fn no_repository_file_copies_a_run_of_corpus_words() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let corpora = root.join("../shared/data/corpora");
    if !corpora.is_dir() {
        eprintln!(
            "skipping: {} is absent (the corpus copy check needs ../shared)",
            corpora.display()
        );
        return;
    }
    let mut runs: HashSet<u64> = HashSet::new();
    for text in corpus_texts(&corpora) {
        let ws = words(&text);
        for w in ws.windows(RUN) {
            runs.insert(run_hash(w));
        }
    }
    assert!(runs.len() > 1_000_000, "corpora read: {} runs", runs.len());

    let mut copies = Vec::new();
    for path in repo_files(&root) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let ws = words(&text);
        let mut last_line = 0;
        for w in ws.windows(RUN) {
            if runs.contains(&run_hash(w)) {
                let line = text[..w[0].0].matches('\n').count() + 1;
                if line != last_line {
                    let rel = path.strip_prefix(&root).unwrap_or(&path);
                    copies.push(format!("{}:{line}", rel.display()));
                    last_line = line;
                }
            }
        }
    }
    assert!(
        copies.is_empty(),
        "{} places share a run of {RUN} words with a corpus text (rewrite them as invented \
         text): {copies:?}",
        copies.len()
    );
}

#[test]
fn the_copy_check_finds_a_copied_run_and_ignores_a_shorter_one() {
    // The check itself: the same ten words in a row match wherever they stand, case and
    // punctuation aside; nine do not make a run.
    let corpus =
        "Yesterday the committee said that the new bridge over the river will open in May.";
    let runs: HashSet<u64> = words(corpus).windows(RUN).map(run_hash).collect();
    let copied = "// \"The Committee said that the new bridge over the river will open\" ...";
    assert!(words(copied)
        .windows(RUN)
        .any(|w| runs.contains(&run_hash(w))));
    let shorter = "the committee said that the new bridge over the lake";
    assert!(!words(shorter)
        .windows(RUN)
        .any(|w| runs.contains(&run_hash(w))));
    assert_eq!(strip_tags("<a x=\"1\">word</a>").trim(), "word");
}
