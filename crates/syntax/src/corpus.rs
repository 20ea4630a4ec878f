//! Training sentences read from CoNLL-U files.

use std::path::{Path, PathBuf};

use attache_core::conllu;
use attache_core::tags::{Deprel, Upos, Xpos};

/// GUM genres whose texts are licensed CC BY or CC BY-SA (per GUM's LICENSE.txt); the
/// others (essay, fiction, letter, podcast, whow, reddit) are non-commercial, and
/// conversation, speech, textbook and vlog have no license stated there, so they are left out.
pub const GUM_OPEN_GENRES: &[&str] = &["academic", "bio", "court", "interview", "news", "voyage"];

/// The `GUM_<genre>_*.conllu` files of `dir` whose genre is in [`GUM_OPEN_GENRES`], sorted.
pub fn gum_open_files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                    name.ends_with(".conllu")
                        && name
                            .strip_prefix("GUM_")
                            .and_then(|r| r.split('_').next())
                            .is_some_and(|g| GUM_OPEN_GENRES.contains(&g))
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// One gold sentence: syntactic words (multiword tokens expanded).
#[derive(Clone, Debug, Default)]
pub struct GoldSentence {
    pub forms: Vec<String>,
    pub lemmas: Vec<String>,
    pub upos: Vec<Upos>,
    pub xpos: Vec<Xpos>,
    /// 1-based head per word, 0 for the root.
    pub heads: Vec<u32>,
    pub deprels: Vec<Deprel>,
}

impl GoldSentence {
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}

/// Reads the sentences of CoNLL-U text. Sentences with an out-of-range head are dropped.
pub fn sentences_from_str(text: &str) -> Vec<GoldSentence> {
    let (sents, _errors) = conllu::parse(text);
    let mut out = Vec::with_capacity(sents.len());
    for s in sents {
        let n = s.words.len() as u32;
        if n == 0 || s.words.iter().any(|w| w.head > n) {
            continue;
        }
        let mut g = GoldSentence::default();
        for w in &s.words {
            g.forms.push(w.form.clone());
            g.lemmas.push(w.lemma.clone());
            g.upos.push(Upos::from_label(&w.upos));
            g.xpos.push(Xpos::from_label(&w.xpos));
            g.heads.push(w.head);
            g.deprels.push(Deprel::from_label(&w.deprel));
        }
        out.push(g);
    }
    out
}

/// Reads all `paths`; errors name the file.
pub fn read_files(paths: &[PathBuf]) -> Result<Vec<GoldSentence>, String> {
    let mut out = Vec::new();
    for p in paths {
        let text =
            std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
        out.extend(sentences_from_str(&text));
    }
    if out.is_empty() {
        return Err("no sentences in the given files".into());
    }
    Ok(out)
}

/// A small deterministic generator (SplitMix64) for shuffling and exploration.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x853c_49e6_748f_ea9b)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}
