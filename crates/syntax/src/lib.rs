//! attache-syntax: part-of-speech tagging (UPOS + PTB XPOS), lemmatization and labelled
//! dependency parsing (UD relations) in pure Rust, with weights embedded in the binary.
//!
//! - [`Syntax`] holds the three models: [`Syntax::embedded`] (the committed weights in
//!   `models/`), [`Syntax::load`] (a directory written by [`train_tagger`] and
//!   [`train_parser`]).
//! - [`SyntaxStage`] is the pipeline stage: for every sentence of a `Document` it fills
//!   `Token::{upos, xpos, lemma, head, deprel}` (heads are global token indices).
//! - [`eval_parse`] scores a model on gold CoNLL-U (gold tokenization).
//!
//! Models: the tagger is a greedy averaged perceptron over joint (XPOS, UPOS) classes; the
//! parser a greedy arc-hybrid transition parser trained with a dynamic oracle (or, chosen
//! with [`ParserChoice::Beam`], one whose moves are trained globally and searched with a
//! beam of four paths, `models/parser-beam.bin`); labels come
//! from a second perceptron that reads the finished tree. Weights are i16 per hash bucket
//! (i8 for the parser's moves). After the parser, [`repair::repair_coordination`] mends a
//! coordination of names parsed as one noun phrase (evaluated with it: `eval_parse` runs
//! the same analysis as the stage).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use attache_core::eval::Report;
use attache_core::tags::{Deprel, Upos, Xpos};
use attache_core::{Document, Stage, NO_HEAD};

#[doc(hidden)]
pub mod beam;
pub mod clusters;
pub mod corpus;
pub mod features;
mod io;
pub mod lemma;
mod pages;
#[doc(hidden)]
pub mod parse_report;
pub mod parser;
pub mod perceptron;
pub mod repair;
pub mod tagger;

use features::Analyzer;
use lemma::Lemmatizer;
use parser::{ParseExample, ParseInput, ParseScratch, Parser};
use tagger::{TagScratch, Tagger};

/// Hasher for keys that are already good 64-bit hashes.
#[derive(Default, Clone, Copy)]
pub struct PassHasher(u64);

impl Hasher for PassHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// A map keyed by 64-bit hashes.
pub type U64Map<V> = HashMap<u64, V, BuildHasherDefault<PassHasher>>;

pub const TAGGER_FILE: &str = "tagger.bin";
pub const PARSER_FILE: &str = "parser.bin";
pub const LEMMA_FILE: &str = "lemmas.tsv";

static EMBEDDED_TAGGER: &[u8] = include_bytes!("../models/tagger.bin");
static EMBEDDED_PARSER: &[u8] = include_bytes!("../models/parser.bin");
static EMBEDDED_BEAM_PARSER: &[u8] = include_bytes!("../models/parser-beam.bin");

/// Which committed parser the embedded models use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ParserChoice {
    /// `models/parser.bin`: the greedy parser the quote, event, time and actor rules were
    /// written on (the default).
    #[default]
    Greedy,
    /// `models/parser-beam.bin`: moves trained globally and searched with a beam of
    /// [`parser::BEAM_WIDTH`] paths (twenty-fourth session): EWT dev UAS / LAS 85.27 /
    /// 81.21 against 83.99 / 80.05, but the events figures drop with its trees
    /// (`models/README.md`, "Beam").
    Beam,
}
static EMBEDDED_LEMMAS: &str = include_str!("../models/lemmas.tsv");

/// Why models could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Stable code: `SYN001` (unreadable file), `SYN002` (malformed model).
    pub code: &'static str,
    pub message: String,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "[{}] {}", self.code, self.message)
    }
}

impl std::error::Error for SyntaxError {}

fn malformed(what: &str, e: String) -> SyntaxError {
    SyntaxError {
        code: "SYN002",
        message: format!("{what}: {e}"),
    }
}

/// The tagger, lemmatizer and parser together.
pub struct Syntax {
    pub tagger: Tagger,
    pub lemmatizer: Lemmatizer,
    pub parser: Parser,
}

/// What [`Syntax::analyze`] finds for one sentence (one entry per input form).
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    pub upos: Vec<Upos>,
    pub xpos: Vec<Xpos>,
    /// 1-based head word, 0 for the root.
    pub heads: Vec<u32>,
    pub deprels: Vec<Deprel>,
    /// Lemmas, concatenated; `lemma_ends[i]` is where lemma `i` ends in `lemma_text`.
    pub lemma_text: String,
    pub lemma_ends: Vec<u32>,
}

impl Analysis {
    pub fn lemma(&self, i: usize) -> &str {
        let start = if i == 0 {
            0
        } else {
            self.lemma_ends.get(i - 1).copied().unwrap_or(0) as usize
        };
        let end = self.lemma_ends.get(i).copied().unwrap_or(0) as usize;
        self.lemma_text.get(start..end).unwrap_or("")
    }
}

/// Scratch space for [`Syntax::analyze_into`], reused across sentences.
#[derive(Default)]
pub struct Scratch {
    tag: TagScratch,
    parse: ParseScratch,
    classes: Vec<u16>,
    words: Vec<u64>,
    tags: Vec<u8>,
    /// [`Syntax::analyze_all`]: word values of all sentences, and where each ends.
    all_words: Vec<u64>,
    word_ends: Vec<usize>,
}

impl Syntax {
    /// The models committed in `models/`, compiled into the binary.
    pub fn embedded() -> Result<Syntax, SyntaxError> {
        Syntax::embedded_with(ParserChoice::Greedy)
    }

    /// The committed models with the parser `choice` names.
    pub fn embedded_with(choice: ParserChoice) -> Result<Syntax, SyntaxError> {
        let parser = match choice {
            ParserChoice::Greedy => EMBEDDED_PARSER,
            ParserChoice::Beam => EMBEDDED_BEAM_PARSER,
        };
        Syntax::from_parts(EMBEDDED_TAGGER, EMBEDDED_LEMMAS, parser)
    }

    /// Models from a directory holding `tagger.bin`, `lemmas.tsv` and `parser.bin`.
    pub fn load(dir: &Path) -> Result<Syntax, SyntaxError> {
        let read = |name: &str| {
            std::fs::read(dir.join(name)).map_err(|e| SyntaxError {
                code: "SYN001",
                message: format!("cannot read {}: {e}", dir.join(name).display()),
            })
        };
        let tagger = read(TAGGER_FILE)?;
        let parser = read(PARSER_FILE)?;
        let lemmas = String::from_utf8(read(LEMMA_FILE)?)
            .map_err(|_| malformed(LEMMA_FILE, "not UTF-8".into()))?;
        Syntax::from_parts(&tagger, &lemmas, &parser)
    }

    pub fn from_parts(tagger: &[u8], lemmas: &str, parser: &[u8]) -> Result<Syntax, SyntaxError> {
        Ok(Syntax {
            tagger: Tagger::read(tagger).map_err(|e| malformed(TAGGER_FILE, e))?,
            lemmatizer: Lemmatizer::from_tsv(lemmas).map_err(|e| malformed(LEMMA_FILE, e))?,
            parser: Parser::read(parser).map_err(|e| malformed(PARSER_FILE, e))?,
        })
    }

    /// Bytes of weights held in memory (tagger + parser tables).
    pub fn weight_bytes(&self) -> usize {
        self.tagger.weight_bytes() + self.parser.weight_bytes()
    }

    /// Tags, lemmatizes and parses one sentence given as word forms.
    pub fn analyze(&self, forms: &[&str]) -> Analysis {
        let mut out = Analysis::default();
        self.analyze_into(forms, &mut Scratch::default(), &mut out);
        out
    }

    /// [`Syntax::analyze`] reusing `scratch` and `out`.
    pub fn analyze_into(&self, forms: &[&str], sc: &mut Scratch, out: &mut Analysis) {
        self.tag_lemmatize_into(forms, sc, out);
        self.parse_tagged(sc, out);
    }

    /// Analyzes many sentences at once: all are tagged first, then all parsed, so that
    /// each model's weights stay in the processor's caches for a whole run of sentences
    /// (faster than [`Syntax::analyze_into`] one sentence after the other). `outs` gets
    /// one analysis per sentence.
    pub fn analyze_all(&self, sentences: &[&[&str]], sc: &mut Scratch, outs: &mut Vec<Analysis>) {
        outs.resize_with(sentences.len(), Analysis::default);
        outs.truncate(sentences.len());
        sc.all_words.clear();
        sc.word_ends.clear();
        for (forms, out) in sentences.iter().zip(outs.iter_mut()) {
            self.tag_lemmatize_into(forms, sc, out);
            sc.all_words.extend_from_slice(&sc.words);
            sc.word_ends.push(sc.all_words.len());
        }
        let mut start = 0;
        let mut words = std::mem::take(&mut sc.words);
        for (k, out) in outs.iter_mut().enumerate() {
            let end = sc.word_ends.get(k).copied().unwrap_or(start);
            words.clear();
            words.extend_from_slice(sc.all_words.get(start..end).unwrap_or(&[]));
            start = end;
            std::mem::swap(&mut sc.words, &mut words);
            self.parse_tagged(sc, out);
            std::mem::swap(&mut sc.words, &mut words);
        }
        sc.words = words;
    }

    /// Tags and lemmatizes; leaves the parser's word values in `sc.words`.
    fn tag_lemmatize_into(&self, forms: &[&str], sc: &mut Scratch, out: &mut Analysis) {
        self.tag_into(forms, sc, out);
        for (i, f) in forms.iter().enumerate() {
            self.lemmatizer
                .lemmatize_into(f, out.xpos[i], &mut out.lemma_text);
            out.lemma_ends.push(out.lemma_text.len() as u32);
        }
        sc.words.clear();
        let vocab = self.parser.vocab();
        sc.words.extend(sc.tag.info.iter().map(|w| vocab.word(w)));
    }

    /// Parses a sentence tagged into `out`, its word values in `sc.words`.
    fn parse_tagged(&self, sc: &mut Scratch, out: &mut Analysis) {
        sc.tags.clear();
        sc.tags.extend(out.xpos.iter().map(|x| x.0));
        let x = ParseInput {
            words: &sc.words,
            tags: &sc.tags,
        };
        self.parser
            .parse(&x, &mut sc.parse, &mut out.heads, &mut out.deprels);
        repair::repair_coordination(&out.upos, &mut out.heads, &mut out.deprels);
        repair::repair_reported_speaker(&out.upos, &out.xpos, &mut out.heads, &mut out.deprels);
    }

    /// Tags only (clears `out`, fills `upos` and `xpos`).
    fn tag_into(&self, forms: &[&str], sc: &mut Scratch, out: &mut Analysis) {
        out.upos.clear();
        out.xpos.clear();
        out.heads.clear();
        out.deprels.clear();
        out.lemma_text.clear();
        out.lemma_ends.clear();
        // Each vector gets one entry per word: sized once, not grown push by push.
        out.upos.reserve(forms.len());
        out.xpos.reserve(forms.len());
        out.lemma_ends.reserve(forms.len());
        out.lemma_text
            .reserve(forms.iter().map(|f| f.len()).sum::<usize>());
        self.tagger.tag(forms, &mut sc.tag, &mut sc.classes);
        let classes = self.tagger.classes();
        for (i, &c) in sc.classes.iter().enumerate() {
            let (mut x, mut u) = classes.get(c as usize).copied().unwrap_or_default();
            if x.is("WP") && i > 0 && acronym_after_article(forms[i - 1], forms[i]) {
                (x, u) = (Xpos::from_label("NNP"), Upos::from_label("PROPN"));
            }
            out.xpos.push(x);
            out.upos.push(u);
        }
    }
}

/// Whether `form` is an acronym spelt like a wh-word after an article ("the WHO"): a
/// capitalised "WHO", "WHAT" or "WHICH" after "the", "a" or "an", which no pronoun follows.
/// The tagger, taught on lower-case "who", tagged it a pronoun, and the parser then read
/// "warned the WHO not to be complacent" as a clause of its own with the WHO its subject.
fn acronym_after_article(before: &str, form: &str) -> bool {
    matches!(before, "the" | "The" | "a" | "an") && matches!(form, "WHO" | "WHAT" | "WHICH")
}

/// The pipeline stage: tags, lemmatizes and parses every sentence of the document.
pub struct SyntaxStage {
    syntax: Arc<Syntax>,
}

impl SyntaxStage {
    pub fn new(syntax: Arc<Syntax>) -> SyntaxStage {
        SyntaxStage { syntax }
    }

    /// A stage over the embedded models.
    pub fn embedded() -> Result<SyntaxStage, SyntaxError> {
        SyntaxStage::embedded_with(ParserChoice::Greedy)
    }

    /// A stage over the embedded models with the parser `choice` names.
    pub fn embedded_with(choice: ParserChoice) -> Result<SyntaxStage, SyntaxError> {
        Ok(SyntaxStage::new(Arc::new(Syntax::embedded_with(choice)?)))
    }
}

impl Stage for SyntaxStage {
    fn name(&self) -> &'static str {
        "Syntax"
    }

    fn run(&self, doc: &mut Document) {
        let mut sc = Scratch::default();
        // One piece per sentence, and one per bracketed insertion of the writer's ("He
        // [Blinken] promised", "with [a] swift response", "[...]"), which is parsed on its
        // own and hung on a word next to it: no treebank has such brackets inside a clause,
        // and the parser read "He [Blinken] promised" as a clause of "Blinken".
        let mut pieces: Vec<Piece> = Vec::new();
        let mut forms: Vec<Vec<&str>> = Vec::new();
        for s in 0..doc.sentences.len() {
            let range = doc.sentences[s].tokens.clone();
            let (a, b) = (
                range.start as usize,
                (range.end as usize).min(doc.tokens.len()),
            );
            if a >= b {
                continue;
            }
            let words: Vec<&str> = doc.tokens[a..b]
                .iter()
                .map(|t| t.span.slice(&doc.text))
                .collect();
            let groups = insertions(&words);
            let inside = |i: usize| groups.iter().any(|&(lo, hi)| lo <= i && i <= hi);
            let kept: Vec<usize> = (0..words.len()).filter(|&i| !inside(i)).collect();
            if groups.is_empty() || kept.is_empty() {
                forms.push(words);
                pieces.push(Piece {
                    start: a,
                    map: (0..b - a).collect(),
                    beside: None,
                });
                continue;
            }
            forms.push(kept.iter().map(|&i| words[i]).collect());
            pieces.push(Piece {
                start: a,
                map: kept,
                beside: None,
            });
            for &(lo, hi) in &groups {
                forms.push(words[lo..=hi].to_vec());
                let before = lo.checked_sub(1).filter(|&i| !inside(i));
                let after = Some(hi + 1).filter(|&i| i < words.len() && !inside(i));
                pieces.push(Piece {
                    start: a,
                    map: (lo..=hi).collect(),
                    beside: Some((before, after)),
                });
            }
        }
        let sentences: Vec<&[&str]> = forms.iter().map(Vec::as_slice).collect();
        let mut results = Vec::new();
        self.syntax.analyze_all(&sentences, &mut sc, &mut results);
        drop(sentences);
        drop(forms);
        // Sentences first, so that an insertion sees the tags of the words beside it.
        for pass in [false, true] {
            for (piece, r) in pieces.iter().zip(&results) {
                if piece.beside.is_some() != pass {
                    continue;
                }
                let anchor = piece.beside.and_then(|(before, after)| {
                    let word = |i: usize| piece.start + i;
                    let punct =
                        |i: usize| doc.tokens.get(word(i)).is_none_or(|t| t.upos.is("PUNCT"));
                    before
                        .filter(|&i| !punct(i))
                        .or(after.filter(|&i| !punct(i)))
                        .or(before)
                        .or(after)
                        .map(word)
                });
                for i in 0..r.upos.len().min(piece.map.len()) {
                    let g = piece.start + piece.map[i];
                    let lemma = r.lemma(i);
                    doc.set_lemma(g, lemma);
                    let head = match r.heads.get(i) {
                        Some(&h) if h > 0 => piece
                            .map
                            .get(h as usize - 1)
                            .map_or(NO_HEAD, |&l| (piece.start + l) as u32),
                        _ => anchor.map_or(NO_HEAD, |x| x as u32),
                    };
                    let mut deprel = r.deprels.get(i).copied().unwrap_or_default();
                    if anchor.is_some() && !matches!(r.heads.get(i), Some(&h) if h > 0) {
                        // A name or noun after a nominal says who it is ("He [Blinken]").
                        let nominal = |u: Upos| u.is("NOUN") || u.is("PROPN") || u.is("PRON");
                        let beside = anchor.and_then(|x| doc.tokens.get(x)).map(|t| t.upos);
                        deprel = if nominal(r.upos[i]) && beside.is_some_and(nominal) {
                            Deprel::from_label("appos")
                        } else if r.upos[i].is("PUNCT") {
                            Deprel::from_label("punct")
                        } else {
                            Deprel::from_label("dep")
                        };
                    }
                    if let Some(t) = doc.tokens.get_mut(g) {
                        t.upos = r.upos[i];
                        t.xpos = r.xpos[i];
                        t.deprel = deprel;
                        t.head = head;
                    }
                }
            }
        }
    }
}

/// Most words a bracketed insertion may hold to be parsed apart from its sentence.
const MAX_INSERTION: usize = 12;

/// Part of a sentence analysed on its own: the sentence without its bracketed insertions,
/// or one insertion with its brackets.
struct Piece {
    /// Global index of the sentence's first token.
    start: usize,
    /// The sentence-local index of each of the piece's words.
    map: Vec<usize>,
    /// For an insertion: the sentence-local words just before and after it outside every
    /// insertion, if any.
    beside: Option<(Option<usize>, Option<usize>)>,
}

/// The writer's bracketed insertions of a sentence: `[` and `]` as tokens of their own with
/// 1 to [`MAX_INSERTION`] words between them and no other bracket (inclusive local ranges).
fn insertions(words: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if words[i] == "[" {
            let close = (i + 1..words.len().min(i + MAX_INSERTION + 2))
                .find(|&j| matches!(words[j], "[" | "]"));
            if let Some(j) = close.filter(|&j| words[j] == "]" && j > i + 1) {
                out.push((i, j));
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// What a training run produced.
#[derive(Clone, Debug, Default)]
pub struct TrainSummary {
    pub train_sentences: usize,
    pub dev_sentences: usize,
    /// Best dev figures (`dev_upos`, `dev_uas`...).
    pub figures: Vec<(String, f64)>,
    pub files: Vec<PathBuf>,
}

fn write_file(path: &Path, data: &[u8]) -> Result<(), String> {
    std::fs::write(path, data).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Trains the tagger and the lemmatizer on `train`, picks the epoch by `dev`, and writes
/// `tagger.bin` and `lemmas.tsv` into `out`. Deterministic for a given `seed`.
pub fn train_tagger(
    train: &[PathBuf],
    dev: &[PathBuf],
    out: &Path,
    seed: u64,
) -> Result<TrainSummary, String> {
    train_tagger_epochs(train, dev, out, seed, 8, 4)
}

/// [`train_tagger`] with explicit epochs and jackknife folds for the second pass (0 or 1:
/// one pass only).
pub fn train_tagger_epochs(
    train: &[PathBuf],
    dev: &[PathBuf],
    out: &Path,
    seed: u64,
    epochs: usize,
    folds: usize,
) -> Result<TrainSummary, String> {
    let tr = corpus::read_files(train)?;
    let dv = corpus::read_files(dev)?;
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    eprintln!("tagger: {} train / {} dev sentences", tr.len(), dv.len());
    let tagger = tagger::train(&tr, &dv, epochs, folds, seed, &mut |l| eprintln!("{l}"));
    let (x, u) = tagger::accuracy(&tagger, &dv);
    let lem = Lemmatizer::learn(&tr);
    let tp = out.join(TAGGER_FILE);
    let lp = out.join(LEMMA_FILE);
    write_file(&tp, &tagger.write())?;
    write_file(&lp, lem.to_tsv().as_bytes())?;
    Ok(TrainSummary {
        train_sentences: tr.len(),
        dev_sentences: dv.len(),
        figures: vec![("dev_xpos".into(), x), ("dev_upos".into(), u)],
        files: vec![tp, lp],
    })
}

/// Learns the lemmatizer alone and writes `lemmas.tsv` into `out` (train_tagger does it too).
pub fn train_lemmatizer(train: &[PathBuf], out: &Path) -> Result<PathBuf, String> {
    let tr = corpus::read_files(train)?;
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let lp = out.join(LEMMA_FILE);
    write_file(&lp, Lemmatizer::learn(&tr).to_tsv().as_bytes())?;
    Ok(lp)
}

/// Parser inputs for gold sentences, with tags from `tagger` (or gold tags when `None`).
fn parse_examples(
    sents: &[corpus::GoldSentence],
    vocab: &parser::Vocab,
    tagger: Option<&Tagger>,
) -> Vec<ParseExample> {
    let mut an = Analyzer::default();
    let mut sc = TagScratch::default();
    let mut classes = Vec::new();
    sents
        .iter()
        .map(|s| {
            let words: Vec<u64> = s.forms.iter().map(|f| vocab.word(&an.analyze(f))).collect();
            let tags: Vec<u8> = match tagger {
                Some(t) => {
                    let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
                    t.tag(&forms, &mut sc, &mut classes);
                    classes
                        .iter()
                        .map(|&c| t.classes().get(c as usize).map_or(0, |p| p.0 .0))
                        .collect()
                }
                None => s.xpos.iter().map(|x| x.0).collect(),
            };
            ParseExample::new(s, words, tags)
        })
        .collect()
}

/// Trains the (greedy) parser and labeller and writes `parser.bin` into `out`. When `out` already
/// holds a `tagger.bin`, dev is scored with the tagger's tags, as at run time (otherwise
/// gold tags). Training reads gold tags, and for the share of sentences
/// [`parser::TAG_MIX`] gives (none in the committed setting), tags predicted by taggers
/// trained on the other folds of `train` (jackknifing; needs `tagger.bin` and `folds >= 2`).
/// Deterministic for a given `seed`.
pub fn train_parser(
    train: &[PathBuf],
    dev: &[PathBuf],
    out: &Path,
    seed: u64,
) -> Result<TrainSummary, String> {
    train_parser_epochs(train, dev, out, seed, (12, 4), 1)
}

/// [`train_parser`] for a parser that keeps `width` paths (1: greedy): a wider beam trains
/// its moves globally with that beam for [`parser::BEAM_EPOCHS`] epochs (`parser::train`).
/// The beam parser of `models/parser-beam.bin` is width [`parser::BEAM_WIDTH`].
pub fn train_parser_width(
    train: &[PathBuf],
    dev: &[PathBuf],
    out: &Path,
    seed: u64,
    width: usize,
) -> Result<TrainSummary, String> {
    train_parser_epochs(train, dev, out, seed, (12, 4), width)
}

/// Jackknife taggers: for each of `folds` folds (sentence `i` is held out by fold
/// `i % folds`), the indices of its held-out sentences and a tagger trained on the rest
/// (5 epochs, seed `seed ^ fold`). The folds train in parallel threads; the result does not
/// depend on the order they finish in. A fold whose thread fails is left out.
pub fn fold_taggers(
    tr: &[corpus::GoldSentence],
    folds: usize,
    seed: u64,
) -> Vec<(Vec<usize>, Tagger)> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..folds)
            .map(|f| {
                scope.spawn(move || {
                    let (held, rest): (Vec<usize>, Vec<usize>) =
                        (0..tr.len()).partition(|i| i % folds == f);
                    let rest_s: Vec<corpus::GoldSentence> =
                        rest.iter().map(|&i| tr[i].clone()).collect();
                    let held_s: Vec<corpus::GoldSentence> =
                        held.iter().map(|&i| tr[i].clone()).collect();
                    let t = tagger::train(&rest_s, &held_s, 5, 0, seed ^ f as u64, &mut |l| {
                        eprintln!("fold {f}: {l}")
                    });
                    (held, t)
                })
            })
            .collect();
        handles.into_iter().filter_map(|h| h.join().ok()).collect()
    })
}

/// [`train_parser_width`] with explicit epochs and jackknife folds (0: no jackknifing).
pub fn train_parser_epochs(
    train: &[PathBuf],
    dev: &[PathBuf],
    out: &Path,
    seed: u64,
    (epochs, folds): (usize, usize),
    width: usize,
) -> Result<TrainSummary, String> {
    let tr = corpus::read_files(train)?;
    let dv = corpus::read_files(dev)?;
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let tagger = match std::fs::read(out.join(TAGGER_FILE)) {
        Ok(b) => Some(Tagger::read(&b)?),
        Err(_) => None,
    };
    let vocab = parser::Vocab::learn(&tr);
    let mixing = parser::TAG_MIX.moves > 0.0 || parser::TAG_MIX.labels > 0.0;
    let train_ex = if folds >= 2 && tagger.is_some() && mixing {
        // Gold tags stay the examples' tags; each fold tagger's are their `alt_tags` (the
        // parser trains on a mix of both).
        let per_fold: Vec<Vec<(usize, ParseExample)>> = fold_taggers(&tr, folds, seed)
            .into_iter()
            .map(|(held, t)| {
                let held_s: Vec<corpus::GoldSentence> =
                    held.iter().map(|&i| tr[i].clone()).collect();
                let predicted = parse_examples(&held_s, &vocab, Some(&t));
                held.into_iter()
                    .zip(predicted)
                    .zip(&held_s)
                    .map(|((i, mut ex), s)| {
                        let gold = s.xpos.iter().map(|x| x.0).collect();
                        ex.alt_tags = std::mem::replace(&mut ex.tags, gold);
                        (i, ex)
                    })
                    .collect()
            })
            .collect();
        let mut ex: Vec<Option<ParseExample>> = (0..tr.len()).map(|_| None).collect();
        for (i, e) in per_fold.into_iter().flatten() {
            ex[i] = Some(e);
        }
        if ex.iter().any(Option::is_none) {
            return Err("parser: a jackknife fold failed".into());
        }
        ex.into_iter().flatten().collect()
    } else {
        parse_examples(&tr, &vocab, None)
    };
    let dev_ex = parse_examples(&dv, &vocab, tagger.as_ref());
    eprintln!(
        "parser: {} train / {} dev sentences ({} dev tags)",
        tr.len(),
        dv.len(),
        if tagger.is_some() {
            "predicted"
        } else {
            "gold"
        }
    );
    let (p, uas, las) = parser::train(
        &vocab,
        &train_ex,
        &dev_ex,
        (epochs, seed),
        width,
        &mut |l| eprintln!("{l}"),
    );
    let pp = out.join(PARSER_FILE);
    write_file(&pp, &p.write())?;
    Ok(TrainSummary {
        train_sentences: tr.len(),
        dev_sentences: dv.len(),
        figures: vec![("dev_uas".into(), uas), ("dev_las".into(), las)],
        files: vec![pp],
    })
}

/// Scores `model` on gold CoNLL-U texts: UPOS, XPOS and lemma accuracy, UAS and LAS, all
/// over syntactic words on gold tokenization, punctuation included. LAS compares full labels
/// (`acl:relcl` is not `acl`); `las_universal` compares their universal part only, as the
/// CoNLL 2017 and 2018 shared tasks scored UD parsers, so figures can be set beside theirs.
pub fn eval_parse(gold_conllu_contents: &[String], model: &Syntax) -> Report {
    let mut report = Report::new("parse");
    let (mut n, mut upos, mut xpos, mut lemma, mut uas, mut las, mut las_universal) =
        (0u64, 0u64, 0u64, 0u64, 0u64, 0u64, 0u64);
    let mut sc = Scratch::default();
    let mut out = Analysis::default();
    let mut sentences = 0usize;
    for text in gold_conllu_contents {
        for s in corpus::sentences_from_str(text) {
            sentences += 1;
            let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
            model.analyze_into(&forms, &mut sc, &mut out);
            for i in 0..s.len() {
                n += 1;
                upos += (out.upos[i] == s.upos[i]) as u64;
                xpos += (out.xpos[i] == s.xpos[i]) as u64;
                lemma += (out.lemma(i) == s.lemmas[i]) as u64;
                let head_ok = out.heads.get(i) == Some(&s.heads[i]);
                uas += head_ok as u64;
                las += (head_ok && out.deprels.get(i) == Some(&s.deprels[i])) as u64;
                las_universal += (head_ok
                    && out
                        .deprels
                        .get(i)
                        .is_some_and(|d| d.base() == s.deprels[i].base()))
                    as u64;
            }
        }
    }
    let r = |k: u64| if n == 0 { 0.0 } else { k as f64 / n as f64 };
    report.notes.push(format!(
        "{sentences} sentences, {n} syntactic words, gold tokenization; UAS/LAS include punctuation; LAS compares full labels with subtypes, las_universal their universal part (CoNLL 2018 shared task LAS)"
    ));
    report.figure("upos", r(upos));
    report.figure("xpos", r(xpos));
    report.figure("lemma", r(lemma));
    report.figure("uas", r(uas));
    report.figure("las", r(las));
    report.figure("las_universal", r(las_universal));
    report
}
