//! A digest of what `SentenceSplit` makes of every text in ../shared (seed articles,
//! PolNeAr article texts, rebuilt EWT and GUM documents): token and sentence spans,
//! hashed per source. A speed-only change must leave every digest as it was:
//! `cargo run --release -p attache-core --example segment_digest` before and after, and
//! compare the output. Extra arguments are plain-text files or directories, digested as
//! one more source.

use std::hash::Hasher;
use std::path::{Path, PathBuf};

use attache_core::segment::gold_documents;
use attache_core::Document;

fn main() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let corpora = shared.join("data/corpora");
    let mut sources: Vec<(String, Vec<String>)> = Vec::new();
    let plain = |dir: &Path| -> Vec<String> {
        files(dir, "txt")
            .iter()
            .filter_map(|f| std::fs::read_to_string(f).ok())
            .collect()
    };
    sources.push(("seed".into(), plain(&shared.join("seed"))));
    for split in ["train", "dev", "test"] {
        let dir = corpora.join("polnear").join(split).join("text");
        sources.push((format!("polnear-{split}"), plain(&dir)));
    }
    let rebuilt = |paths: Vec<PathBuf>| -> Vec<String> {
        paths
            .iter()
            .filter_map(|f| std::fs::read_to_string(f).ok())
            .flat_map(|c| gold_documents(&c).into_iter().map(|d| d.text))
            .collect()
    };
    let ewt = corpora.join("ud-english-ewt");
    sources.push((
        "ewt".into(),
        rebuilt(vec![
            ewt.join("en_ewt-ud-train.conllu"),
            ewt.join("en_ewt-ud-dev.conllu"),
        ]),
    ));
    for split in ["train", "dev"] {
        let dir = corpora.join("gum").join(split).join("dep");
        sources.push((format!("gum-{split}"), rebuilt(files(&dir, "conllu"))));
    }
    let extra: Vec<String> = std::env::args()
        .skip(1)
        .flat_map(|a| {
            let p = PathBuf::from(a);
            if p.is_dir() {
                plain(&p)
            } else {
                std::fs::read_to_string(&p).ok().into_iter().collect()
            }
        })
        .collect();
    if !extra.is_empty() {
        sources.push(("arguments".into(), extra));
    }
    for (name, texts) in &sources {
        let mut h = Fnv(0xcbf2_9ce4_8422_2325);
        let (mut tokens, mut sentences) = (0usize, 0usize);
        for text in texts {
            // One paragraph per non-empty line, segmented by `SentenceSplit`.
            let doc = Document::from_plain(text);
            digest(&doc, &mut h);
            tokens += doc.tokens.len();
            sentences += doc.sentences.len();
        }
        println!(
            "{name:<14} texts={:<6} tokens={tokens:<8} sentences={sentences:<7} digest={:016x}",
            texts.len(),
            h.finish()
        );
    }
}

/// Feeds the token and sentence spans of `doc` (segmented by `SentenceSplit`) to `h`.
fn digest(doc: &Document, h: &mut Fnv) {
    for t in &doc.tokens {
        h.write_u32(t.span.start);
        h.write_u32(t.span.end);
    }
    h.write_u32(u32::MAX);
    for s in &doc.sentences {
        h.write_u32(s.span.start);
        h.write_u32(s.span.end);
        h.write_u32(s.tokens.start);
        h.write_u32(s.block);
    }
    h.write_u32(u32::MAX);
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    out.retain(|p| p.extension().is_some_and(|e| e == ext));
    out.sort();
    out
}

/// FNV-1a over bytes: stable across runs and builds, unlike the std hasher.
struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
