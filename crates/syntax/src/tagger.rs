//! Greedy left-to-right part-of-speech tagger: an averaged perceptron over joint
//! (PTB XPOS, UPOS) classes, with a tag dictionary that fixes frequent unambiguous words
//! and gives the possible tags of the words around as features. A second pass also reads
//! the first pass's classes to the right.
//!
//! Speed: most features read one word at a fixed offset from the tagged word (its "role").
//! For the frequent word forms (a list kept in the model file) the weights of all their
//! role features are summed at load into one vector per (pass, role), so tagging such a
//! word's neighbourhood adds five vectors instead of looking up some twenty features.
//! Features of a single class (previous class, ...) are dense tables indexed by class.
//! Only the features mixing several words or a word and a class are looked up per token.
//! Every score is the same sum of the same weights as a plain lookup of all features
//! (tested), so outputs do not depend on the cache. The looked-up features that do not read
//! the classes a pass assigns are listed before the pass (the second pass's during the
//! first) and their weights prefetched a word or two before they are summed.
//!
//! Hashed features share buckets; each bucket belongs to the first feature trained into it
//! (its 16-bit fingerprint is kept), and other features falling into it are ignored, so
//! that features never seen in training add nothing instead of another feature's weights.
//! Words seen fewer than `KNOWN_MIN` times in training are unknown: their form features
//! read one `UNK` value per word cluster, which training learns from the rare words.
//!
//! Word clusters ([`crate::clusters`], Brown clusters of 190,000 forms, MIT-licensed data
//! of spaCy v2.2: see `models/README.md`) give every word a class, also the words never seen
//! in training: the tagged word's cluster at three grains and its neighbours' at one are
//! features, and an unknown word's form reads as its cluster.

use std::collections::HashMap;

use attache_core::tags::{Upos, Xpos};

use crate::clusters::{Cluster, Clusters};
use crate::corpus::GoldSentence;
use crate::features::{feat, hash_bytes, Analyzer, WordInfo};
use crate::io::{ByteReader, ByteWriter};
use crate::pages::PagedTable;
use crate::perceptron::{first_index_of, prefetch, Trainer, MAX_SPARSE_CLASSES};
use crate::U64Map;

/// [`crate::clusters::data_hash`] of the word-cluster table the committed `tagger.bin` was
/// trained with: the cluster features mean nothing with another table, so a regenerated
/// `clusters.tsv` needs a retrained tagger (a test compares this with the embedded table).
pub const TRAINED_CLUSTERS: u64 = 0x75e4_25fd_20a6_02b4;

pub const TAGGER_BITS: u32 = 18;
const KIND: u8 = b'T';
/// Layout and feature set of `tagger.bin`; files of another format are refused on load.
const FORMAT: u32 = 4;
/// A word seen at least this often with one class this large a share is tagged without the
/// model.
const SURE_COUNT: u32 = 20;
const SURE_SHARE: f64 = 0.997;
/// First-pass margin (in quantized weight units) above which the second pass is skipped.
const KEEP_MARGIN: i32 = 30_000;
/// Words seen fewer times than this in training are unknown: no dictionary entry, and their
/// form features read `UNK` (so that training sees unknown words as the tagger meets them).
const KNOWN_MIN: u32 = 2;
/// How many of the commonest training forms get their role vectors summed at load.
const CACHED_FORMS: usize = 1000;
/// How many of the commonest training forms the model file lists (the cache's candidates).
const LISTED_FORMS: usize = 20_000;

/// Offsets from the tagged word of the words whose word-only features form a role.
const ROLE_OFFSETS: [isize; 5] = [0, -1, -2, 1, 2];
const ROLES: usize = ROLE_OFFSETS.len();

#[derive(Clone, Copy, Debug)]
struct DictEntry {
    /// Bit `x` set when XPOS id `x` was seen for the word.
    mask: u64,
    /// The class to assign without scoring, or `u16::MAX`.
    sure: u16,
}

/// One pass's weights: per hash bucket, a run of `class << 16 | i16 weight` entries (as in
/// [`crate::perceptron::SparseModel`]; crowded buckets become dense rows at load) and the
/// fingerprint of the feature that owns the bucket. A feature whose fingerprint differs
/// from its bucket's owner is ignored, in training as at run time: it was never trained,
/// and the bucket's weights belong to another feature (without this, unseen features, such
/// as an unknown word's bigrams, picked up the weights of whatever feature shared their
/// bucket).
///
/// Layout (as `SparseModel`'s, which measured faster than a bitmap per block of buckets
/// with fixed-size slots): where each bucket's run starts, as a block base plus a 16-bit
/// offset per bucket, and the runs one after the other, each behind a header with its
/// owner and length, so the owner is read from the same cache line as the weights.
#[derive(Clone)]
struct Weights {
    bits: u32,
    n_classes: usize,
    stride: usize,
    /// Where each block of `2^BLOCK_BITS` buckets starts in `runs` (one more than the
    /// blocks).
    base: Vec<u32>,
    /// Per bucket (and one past the last): where its run starts, relative to its block's
    /// base. A bucket without weights has an empty run.
    rel: Vec<u16>,
    /// Per bucket with weights: `fingerprint << 16 | len`, then `len` entries, or (`len` is
    /// `DENSE_LEN`) one word, the index of a dense row. On huge pages where the system has
    /// them (its lookups are random: see [`PagedTable`]).
    runs: PagedTable<u32>,
    /// Dense rows, `stride` weights each (a run holds one weight per class, so they are
    /// i16 as the entries are).
    dense: Vec<i16>,
}

/// Buckets per block of [`Weights::base`].
const BLOCK_BITS: u32 = 6;

/// Run length of a dense row's header.
const DENSE_LEN: u32 = 0xffff;

/// The fingerprint of a feature hash: its low 16 bits (the bucket is the high bits), never
/// 0, which marks a free bucket.
#[inline]
fn fingerprint(h: u64) -> u16 {
    (h as u16) | 1
}

/// The bucket of `h` in a table of `2^bits` buckets.
#[inline]
fn bucket_of(h: u64, bits: u32) -> usize {
    (h >> (64 - bits)) as usize
}

impl Weights {
    /// The runtime form of `runs`: `(bucket, owner, entries)` in bucket order, owners not 0,
    /// entries not empty, at most one entry per class, in a table of `2^bits` buckets.
    fn build<'a>(
        n_classes: usize,
        bits: u32,
        runs: impl Iterator<Item = (usize, u16, &'a [u32])>,
    ) -> Result<Weights, String> {
        if !(8..=26).contains(&bits) {
            return Err(format!("tagger: bad bucket bits {bits}"));
        }
        if n_classes == 0 || n_classes > MAX_SPARSE_CLASSES {
            return Err(format!("tagger: bad class count {n_classes}"));
        }
        let stride = n_classes.div_ceil(8) * 8;
        // A dense row costs about as much to add up as `stride / 4` entries.
        let dense_min = (stride / 4).max(8);
        let n = 1usize << bits;
        // Where each bucket's run starts (absolute), filled in as runs arrive.
        let mut starts = vec![0u32; n + 1];
        let mut out = Vec::new();
        let mut dense: Vec<i16> = Vec::new();
        let mut rows = 0u32;
        let mut next = 0usize;
        for (b, owner, run) in runs {
            if b >= n || b < next {
                return Err("tagger: weight buckets out of order or out of range".into());
            }
            if owner == 0 || run.is_empty() || run.len() > n_classes {
                return Err(format!("tagger: bad run of bucket {b}"));
            }
            if run.iter().any(|&e| (e >> 16) as usize >= n_classes) {
                return Err("tagger: a weight names a class beyond the class count".into());
            }
            // Classes are below MAX_SPARSE_CLASSES (128): one bit each.
            let mut seen = 0u128;
            for &e in run {
                let bit = 1u128 << (e >> 16);
                if seen & bit != 0 {
                    return Err(format!("tagger: bucket {b} has two weights of one class"));
                }
                seen |= bit;
            }
            let at = run_offset(out.len())?;
            for s in &mut starts[next..=b] {
                *s = at;
            }
            next = b + 1;
            let owner = (owner as u32) << 16;
            if run.len() >= dense_min {
                out.push(owner | DENSE_LEN);
                out.push(rows);
                dense.resize(dense.len() + stride, 0);
                let row = &mut dense[rows as usize * stride..];
                for &e in run {
                    row[(e >> 16) as usize] = e as u16 as i16;
                }
                rows += 1;
            } else {
                out.push(owner | run.len() as u32);
                out.extend_from_slice(run);
            }
        }
        let end = run_offset(out.len())?;
        for s in &mut starts[next..] {
            *s = end;
        }
        // A block's runs take at most 64 * (1 + 27) words (longer runs are dense rows), so
        // the offsets fit 16 bits.
        let base: Vec<u32> = starts.iter().step_by(1 << BLOCK_BITS).copied().collect();
        let rel = starts
            .iter()
            .enumerate()
            .map(|(b, &o)| (o - base[b >> BLOCK_BITS]) as u16)
            .collect();
        Ok(Weights {
            bits,
            n_classes,
            stride,
            base,
            rel,
            runs: PagedTable::new(&out),
            dense,
        })
    }

    /// Weights exported by a trainer, with the owners it kept (runs of free buckets, if
    /// any, are dropped: no feature can reach them).
    fn from_trainer(trainer: &Trainer, owners: &[u16]) -> Weights {
        let (offsets, entries) = trainer.to_sparse().plain();
        let bits = owners.len().trailing_zeros();
        let runs = offsets.windows(2).enumerate().filter_map(|(b, w)| {
            let run = entries.get(w[0] as usize..w[1] as usize)?;
            let owner = owners.get(b).copied().unwrap_or(0);
            (owner != 0 && !run.is_empty()).then_some((b, owner, run))
        });
        Weights::build(trainer.n_classes(), bits, runs)
            .expect("the trainer writes a well-formed table of at most 128 classes")
    }

    /// Where the run of bucket `b` starts in `runs` (`b` up to the bucket count).
    #[inline]
    fn start(&self, b: usize) -> usize {
        let base = self.base.get(b >> BLOCK_BITS).copied().unwrap_or(0);
        base as usize + self.rel.get(b).copied().unwrap_or(0) as usize
    }

    /// Where the runs of buckets `b` and `b + 1` start in `runs` (`b` below the bucket
    /// count): the run of `b` is between them. One length check for each of the two
    /// tables, instead of one per look-up.
    #[inline(always)]
    fn range(&self, b: usize) -> (u32, u32) {
        let block = b >> BLOCK_BITS;
        let (Some(&[rel0, rel1]), Some(&[base0, base1])) = (
            self.rel.get(b..b + 2).and_then(|r| r.first_chunk::<2>()),
            self.base
                .get(block..block + 2)
                .and_then(|r| r.first_chunk::<2>()),
        ) else {
            return (0, 0);
        };
        // `b + 1` may open the next block.
        let next_base = if (b + 1) >> BLOCK_BITS == block {
            base0
        } else {
            base1
        };
        (base0 + rel0 as u32, next_base + rel1 as u32)
    }

    /// The header and entries (for a dense row: its index) of bucket `b`, when it has
    /// weights.
    #[inline]
    fn run(&self, b: usize) -> Option<(u32, &[u32])> {
        let (lo, hi) = (self.start(b), self.start(b + 1));
        let run = self.runs.as_slice().get(lo..hi)?;
        Some((*run.first()?, run.get(1..)?))
    }

    /// Starts loading the bucket offsets of `feats` (see [`prefetch`]).
    #[inline]
    fn prefetch_index(&self, feats: &[u64]) {
        for &h in feats {
            prefetch(self.rel.as_ptr().wrapping_add(bucket_of(h, self.bits)));
        }
    }

    /// Starts loading the runs of `feats` (best once [`Weights::prefetch_index`] of them
    /// has had time to finish: their offsets are read here).
    #[inline]
    fn prefetch_runs(&self, feats: &[u64]) {
        let runs = self.runs.as_slice();
        for &h in feats {
            let start = self.start(bucket_of(h, self.bits));
            prefetch(runs.as_ptr().wrapping_add(start));
        }
    }

    /// Adds the weights of the features of `feats` that own their bucket to `acc` (at
    /// least `stride` long; nothing is added to a shorter one).
    fn score(&self, feats: &[u64], acc: &mut [i32]) {
        if acc.len() < self.stride {
            return;
        }
        let mut all = [0i32; MAX_SPARSE_CLASSES];
        let mut rows = Rows::default();
        self.gather(feats, &mut all, &mut rows);
        rows.add_to(&mut all[..self.stride]);
        for (a, s) in acc.iter_mut().zip(&all) {
            *a += s;
        }
    }

    /// Adds the entries of the features of `feats` that own their bucket to `acc` (its
    /// first `stride` scores: the entries' classes, checked on load, are below the class
    /// count) and their dense rows to `rows`. Reads all bucket offsets first, then all
    /// runs, so that the (independent) cache misses overlap.
    #[inline(always)]
    fn gather<'a>(
        &'a self,
        feats: &[u64],
        acc: &mut [i32; MAX_SPARSE_CLASSES],
        rows: &mut Rows<'a>,
    ) {
        // u32 offsets (`Weights::build` refuses tables whose run starts do not fit u32,
        // see `run_offset`, so the casts are exact): half the bytes to zero per call.
        let mut ranges = [(0u32, 0u32, 0u16); 64];
        let stride = self.stride.min(MAX_SPARSE_CLASSES);
        let runs = self.runs.as_slice();
        for chunk in feats.chunks(64) {
            for (r, &h) in ranges.iter_mut().zip(chunk) {
                let (lo, hi) = self.range(bucket_of(h, self.bits));
                *r = (lo, hi, fingerprint(h));
            }
            for &(lo, hi, fp) in &ranges[..chunk.len()] {
                let (lo, hi) = (lo as usize, hi as usize);
                let Some((&head, run)) = runs.get(lo..hi).and_then(|r| r.split_first()) else {
                    continue;
                };
                if (head >> 16) as u16 != fp {
                    continue;
                }
                if head & 0xffff == DENSE_LEN {
                    if let Some(&r) = run.first() {
                        let at = r as usize * stride;
                        let row = self.dense.get(at..at + stride).unwrap_or(&[]);
                        rows.push_narrow(row, &mut acc[..stride]);
                    }
                } else {
                    for &e in run {
                        // The mask keeps the index in the array without a check (classes
                        // are below MAX_SPARSE_CLASSES, so it changes none).
                        acc[(e >> 16) as usize & (MAX_SPARSE_CLASSES - 1)] +=
                            (e as u16 as i16) as i32;
                    }
                }
            }
        }
    }

    fn n_classes(&self) -> usize {
        self.n_classes
    }

    fn bytes(&self) -> usize {
        4 * (self.base.len() + self.runs.as_slice().len()) + 2 * (self.dense.len() + self.rel.len())
    }

    /// The runs as `(bucket, owner, entries)`, dense rows expanded back to entries.
    fn plain_runs(&self) -> Vec<(usize, u16, Vec<u32>)> {
        let mut out = Vec::new();
        for b in 0..1usize << self.bits {
            let Some((head, run)) = self.run(b) else {
                continue;
            };
            let entries = if head & 0xffff == DENSE_LEN {
                let start = run.first().map_or(0, |&r| r as usize * self.stride);
                let row = self.dense.get(start..start + self.n_classes).unwrap_or(&[]);
                row.iter()
                    .enumerate()
                    .filter(|&(_, &v)| v != 0)
                    .map(|(c, &v)| ((c as u32) << 16) | v as u16 as u32)
                    .collect()
            } else {
                run.to_vec()
            };
            out.push((b, (head >> 16) as u16, entries));
        }
        out
    }

    /// File form: class count, bucket bits, the occupancy bitmaps (two u32 per block of 64
    /// buckets), then per bucket with weights its header and entries (dense rows written as
    /// entries).
    fn write(&self, w: &mut ByteWriter) {
        w.u32(self.n_classes as u32);
        w.u32(self.bits);
        let plain = self.plain_runs();
        let mut bitmaps = vec![0u32; 2 * (1usize << self.bits).div_ceil(64)];
        let mut runs = Vec::with_capacity(self.runs.as_slice().len());
        for (b, owner, entries) in plain {
            bitmaps[b / 32] |= 1 << (b % 32);
            runs.push((owner as u32) << 16 | entries.len() as u32);
            runs.extend_from_slice(&entries);
        }
        w.u32s(&bitmaps);
        w.u32s(&runs);
    }

    fn read(r: &mut ByteReader) -> Result<Weights, String> {
        let n_classes = r.u32()? as usize;
        let bits = r.u32()?;
        if !(8..=26).contains(&bits) {
            return Err(format!("tagger: bad bucket bits {bits}"));
        }
        let bitmaps = r.u32s()?;
        let runs = r.u32s()?;
        if bitmaps.len() != 2 * (1usize << bits).div_ceil(64) {
            return Err("tagger: occupancy bitmaps do not match the bucket count".into());
        }
        let buckets = bitmaps.chunks_exact(2).enumerate().flat_map(|(k, p)| {
            let occupied = p[0] as u64 | (p[1] as u64) << 32;
            (0..64)
                .filter(move |bit| occupied >> bit & 1 == 1)
                .map(move |bit| 64 * k + bit)
        });
        let mut at = 0usize;
        let mut list = Vec::new();
        for b in buckets {
            let Some(&head) = runs.get(at) else {
                return Err("tagger: weight runs end early".into());
            };
            let len = (head & 0xffff) as usize;
            let Some(run) = runs.get(at + 1..at + 1 + len) else {
                return Err("tagger: weight runs end early".into());
            };
            list.push((b, (head >> 16) as u16, run));
            at += 1 + len;
        }
        if at != runs.len() {
            return Err("tagger: weight runs longer than the bitmaps say".into());
        }
        Weights::build(n_classes, bits, list.into_iter())
    }
}

/// One pass's weights with the tables derived from them at load.
#[derive(Clone)]
struct Pass {
    model: Weights,
    /// Per role, the summed weights of a word outside the sentence (`stride` each).
    outside: Vec<i32>,
    /// Per class-only template of the pass, one row per previous/other class value
    /// (class ids, then the sentence-boundary value last), `stride` each: one feature's
    /// weights, so i16 as they are.
    class_rows: Vec<i16>,
    /// The flag feature's weights per `flags * 2 + starts sentence`, `stride` each.
    flag_rows: Vec<i16>,
}

/// Role vectors of the frequent forms.
#[derive(Clone, Default)]
struct FormCache {
    /// Hash of the form as written -> slot.
    slots: U64Map<u32>,
    forms: Vec<Box<str>>,
    info: Vec<WordInfo>,
    cl: Vec<Option<Cluster>>,
    amb: Vec<u64>,
    sure: Vec<u16>,
    /// Vectors per slot (passes times roles).
    per_slot: usize,
    /// Per slot, per pass, per role: where its vector of `stride` summed weights starts,
    /// in `narrow` or, with `WIDE` set, in `wide`.
    at: Vec<u32>,
    /// The vectors whose sums fit i16 (most of the neighbours' roles).
    narrow: PagedTable<i16>,
    /// The others (most of the tagged word's role, whose features are many).
    wide: PagedTable<i32>,
}

/// Marks a vector in `FormCache::wide`.
const WIDE: u32 = 1 << 31;

/// One cached role vector.
enum RoleVector<'a> {
    Narrow(&'a [i16]),
    Wide(&'a [i32]),
}

pub struct Tagger {
    classes: Vec<(Xpos, Upos)>,
    /// First pass (left context only).
    first: Pass,
    /// Second pass: also reads the first pass's classes to the right.
    second: Option<Pass>,
    dict: U64Map<DictEntry>,
    /// The commonest training forms, commonest first (the cache's candidates).
    common: Vec<String>,
    cache: FormCache,
    /// Word clusters (the embedded table).
    clusters: &'static Clusters,
    /// Class count rounded up to 8.
    stride: usize,
    /// See [`Tagger::set_keep_margin`].
    keep_margin: i32,
    /// Whether the passes may run the copy of their code compiled for AVX2 (the 112-class
    /// rows summed twice as wide; same integer sums). They do only where the processor has
    /// AVX2, checked where the copy is called, so setting this never makes it unsound.
    wide: bool,
}

/// Per-sentence scratch reused across calls.
#[derive(Default)]
pub struct TagScratch {
    pub info: Vec<WordInfo>,
    /// Word cluster of each token.
    cl: Vec<Option<Cluster>>,
    amb: Vec<u64>,
    /// Dictionary class of each token (`u16::MAX`: none), looked up once per token.
    sure: Vec<u16>,
    /// Cache slot of each token (`u32::MAX`: not cached).
    slot: Vec<u32>,
    first: Vec<u16>,
    /// First-pass margin of each token.
    margins: Vec<i32>,
    feats: Vec<u64>,
    /// Per pass, the words it scores with their [`Tagger::ahead_features`].
    lists: [AheadList; 2],
    analyzer: Analyzer,
}

/// What the feature functions read of a sentence's words (borrowed from [`TagScratch`];
/// the three travel together everywhere).
#[derive(Clone, Copy)]
struct Sentence<'a> {
    info: &'a [WordInfo],
    /// Word cluster of each token.
    cl: &'a [Option<Cluster>],
    /// Ambiguity class of each token.
    amb: &'a [u64],
}

impl TagScratch {
    fn sentence(&self) -> Sentence<'_> {
        Sentence {
            info: &self.info,
            cl: &self.cl,
            amb: &self.amb,
        }
    }
}

/// The words a pass scores, in order, with their [`Tagger::ahead_features`].
#[derive(Default)]
struct AheadList {
    feats: Vec<u64>,
    /// Per word: its index in the sentence and where its features start in `feats`.
    at: Vec<(u32, u32)>,
}

impl AheadList {
    fn clear(&mut self) {
        self.feats.clear();
        self.at.clear();
    }

    /// The ahead features of the `k`th word listed (none past the last).
    #[inline]
    fn feats_of(&self, k: usize) -> &[u64] {
        let Some(&(_, lo)) = self.at.get(k) else {
            return &[];
        };
        let hi = self
            .at
            .get(k + 1)
            .map_or(self.feats.len(), |&(_, hi)| hi as usize);
        self.feats.get(lo as usize..hi).unwrap_or(&[])
    }
}

const NONE: u64 = 0x6e6f_6e65;
/// The form value of an unknown word.
const UNK: u64 = 0x756e_6b6e;
const START: u64 = 0x7374_6172;
const NO_SLOT: u32 = u32::MAX;
/// While a word is scored, the bucket offsets of the ahead features of the word scored
/// `INDEX_AHEAD` words later are fetched, and the runs of the word `RUNS_AHEAD` later.
const INDEX_AHEAD: usize = 2;
const RUNS_AHEAD: usize = 1;

/// What the features see of a position outside the sentence.
const OUTSIDE: WordInfo = WordInfo {
    norm: START,
    exact: START,
    suffix: [START; 4],
    prefix: [START; 3],
    shape: START,
    flags: 0,
};

impl TagScratch {
    /// Analyzes `forms` (or takes them from the cache) and looks up their dictionary
    /// entries.
    fn prepare(
        &mut self,
        forms: &[&str],
        dict: &U64Map<DictEntry>,
        cache: &FormCache,
        clusters: &Clusters,
    ) {
        self.info.clear();
        self.cl.clear();
        self.amb.clear();
        self.sure.clear();
        self.slot.clear();
        for f in forms {
            let hit = cache
                .slots
                .get(&hash_bytes(f.as_bytes()))
                .copied()
                .filter(|&s| cache.forms.get(s as usize).is_some_and(|c| **c == **f));
            if let Some(s) = hit {
                let s = s as usize;
                self.info.push(cache.info[s]);
                self.cl.push(cache.cl[s]);
                self.amb.push(cache.amb[s]);
                self.sure.push(cache.sure[s]);
                self.slot.push(s as u32);
                continue;
            }
            let w = self.analyzer.analyze(f);
            let (amb, sure) = word_entry(dict, &w);
            self.amb.push(amb);
            self.sure.push(sure);
            self.slot.push(NO_SLOT);
            self.cl.push(clusters.get(&w));
            self.info.push(w);
        }
    }
}

/// Ambiguity-class value and sure class of an analyzed word.
fn word_entry(dict: &U64Map<DictEntry>, w: &WordInfo) -> (u64, u16) {
    let entry = dict.get(&w.norm);
    (
        entry.map_or(NONE, |e| mix_mask(e.mask)),
        entry.map_or(u16::MAX, |e| e.sure),
    )
}

fn mix_mask(mask: u64) -> u64 {
    crate::features::mix(0xa3b1, mask)
}

/// The features of word `w` (ambiguity value `amb`) that depend on it alone, when it
/// stands at `ROLE_OFFSETS[role]` from the tagged word.
fn role_features(w: &WordInfo, amb: u64, cl: Option<Cluster>, role: usize, out: &mut Vec<u64>) {
    let norm = form_value(w.norm, amb, cl);
    let prefix = |k: u32| cl.map_or(NONE, |c| c.prefix(k));
    match role {
        0 => {
            out.push(feat(0, &[]));
            out.push(feat(1, &[norm]));
            for (k, s) in w.suffix.iter().enumerate() {
                out.push(feat(2 + k as u64, &[*s]));
            }
            for (k, p) in w.prefix.iter().enumerate() {
                out.push(feat(6 + k as u64, &[*p]));
            }
            out.push(feat(9, &[w.shape]));
            out.push(feat(25, &[amb]));
            out.push(feat(29, &[form_value(w.exact, amb, cl)]));
            // The word's cluster at three grains (the whole cluster measured no better).
            out.push(feat(60, &[prefix(4)]));
            out.push(feat(61, &[prefix(6)]));
            out.push(feat(62, &[prefix(10)]));
        }
        1 => {
            out.push(feat(11, &[norm]));
            out.push(feat(22, &[w.suffix[2]]));
            out.push(feat(24, &[w.shape]));
            out.push(feat(35, &[amb]));
            out.push(feat(64, &[prefix(6)]));
        }
        2 => out.push(feat(13, &[norm])),
        3 => {
            out.push(feat(12, &[norm]));
            out.push(feat(19, &[amb]));
            out.push(feat(21, &[w.suffix[2]]));
            out.push(feat(23, &[w.shape]));
            out.push(feat(65, &[prefix(6)]));
        }
        _ => {
            out.push(feat(14, &[norm]));
            out.push(feat(20, &[amb]));
        }
    }
}

/// A form value (`norm` or `exact`) as the features read it: for unknown words `UNK`, mixed
/// with the word's cluster when it has one (so that an unseen word reads like the rare
/// training words of its cluster, in its own and its neighbours' features).
#[inline]
fn form_value(v: u64, amb: u64, cl: Option<Cluster>) -> u64 {
    match (amb, cl) {
        (NONE, Some(c)) => crate::features::mix(UNK, c.id()),
        (NONE, None) => UNK,
        _ => v,
    }
}

/// Templates of one class value: (template, which value). Values: 0 the previous class,
/// 1 the one before, 2 the first pass's class of the next word, 3 of the word itself,
/// 4 of the third word to the right.
const FIRST_CLASS_TEMPLATES: [(u64, usize); 2] = [(15, 0), (16, 1)];
const SECOND_CLASS_TEMPLATES: [(u64, usize); 5] = [(15, 0), (16, 1), (40, 2), (42, 3), (51, 4)];

fn class_templates(second: bool) -> &'static [(u64, usize)] {
    if second {
        &SECOND_CLASS_TEMPLATES
    } else {
        &FIRST_CLASS_TEMPLATES
    }
}

/// The class values the class-only templates read, as feature values (class + 1, or
/// START).
fn class_values(i: usize, (p1, p2): (u64, u64), first: Option<&[u16]>) -> [u64; 5] {
    let c = |k: usize| {
        first
            .and_then(|f| f.get(k))
            .map_or(START, |&c| c as u64 + 1)
    };
    [p1, p2, c(i + 1), c(i), c(i + 3)]
}

/// Which of a word's context features [`context_features`] lists.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Part {
    All,
    /// Those that do not read the classes the pass assigns before the word (the two
    /// previous classes): known before the pass starts, so they can be prefetched.
    Ahead,
    /// Those that read them.
    History,
}

impl Part {
    /// Whether a feature that reads the history (`reads_history`) is listed.
    #[inline(always)]
    fn lists(self, reads_history: bool) -> bool {
        match self {
            Part::All => true,
            Part::Ahead => !reads_history,
            Part::History => reads_history,
        }
    }
}

/// The features of word `i` that mix several words, or words and classes, given the two
/// previous classes and, in the second pass, the first pass's classes of the sentence
/// (`part` selects them by whether they read the previous classes; the order of the
/// features is the same in every part, and is the training's).
#[inline(always)]
fn context_features(
    sentence: Sentence,
    i: usize,
    (p1, p2): (u64, u64),
    first: Option<&[u16]>,
    part: Part,
    out: &mut Vec<u64>,
) {
    let Sentence { info, cl, amb } = sentence;
    let w = &info[i];
    let ambk = |k: isize| {
        let j = i as isize + k;
        if j < 0 {
            START
        } else {
            amb.get(j as usize).copied().unwrap_or(START)
        }
    };
    let norm = |k: isize| {
        let j = i as isize + k;
        match (j >= 0).then(|| info.get(j as usize)).flatten() {
            Some(x) => form_value(x.norm, ambk(k), cl.get(j as usize).copied().flatten()),
            None => START,
        }
    };
    let w_norm = norm(0);
    // `push!(true, f)`: the feature `f` reads the previous classes (it is only computed
    // when listed).
    macro_rules! push {
        ($reads_history:expr, $f:expr) => {
            if part.lists($reads_history) {
                out.push($f);
            }
        };
    }
    push!(true, feat(17, &[p1, p2]));
    push!(true, feat(18, &[p1, w_norm]));
    push!(true, feat(26, &[p1, ambk(1)]));
    push!(false, feat(27, &[w_norm, norm(1)]));
    push!(false, feat(28, &[w_norm, norm(-1)]));
    push!(false, feat(30, &[amb[i], ambk(1)]));
    push!(true, feat(31, &[amb[i], p1]));
    push!(true, feat(32, &[w.suffix[2], p1]));
    push!(false, feat(33, &[w_norm, ambk(1)]));
    push!(true, feat(34, &[w_norm, p2]));
    push!(false, feat(36, &[norm(1), norm(2)]));
    push!(true, feat(37, &[w.shape, p1]));
    push!(false, feat(38, &[w.suffix[2], norm(1)]));
    if let Some(f) = first {
        let c = |k: usize| f.get(k).map_or(START, |&c| c as u64 + 1);
        let (c0, r1, r2) = (c(i), c(i + 1), c(i + 2));
        push!(false, feat(41, &[r1, r2]));
        push!(true, feat(43, &[p1, r1]));
        push!(false, feat(44, &[w_norm, r1]));
        push!(false, feat(45, &[c0, r1]));
        push!(true, feat(46, &[p1, c0, r1]));
        push!(false, feat(47, &[w.suffix[2], r1]));
        push!(false, feat(48, &[w_norm, r1, r2]));
        push!(true, feat(49, &[w_norm, p1, r1]));
        push!(false, feat(50, &[norm(1), r1]));
        push!(false, feat(52, &[amb[i], r1]));
    }
}

/// All features of word `i` (training, and the reference the cached scoring must match).
fn features(
    sentence: Sentence,
    i: usize,
    history: (u64, u64),
    first: Option<&[u16]>,
    out: &mut Vec<u64>,
) {
    let Sentence { info, cl, amb } = sentence;
    out.clear();
    for (role, &off) in ROLE_OFFSETS.iter().enumerate() {
        let j = i as isize + off;
        match (j >= 0).then(|| info.get(j as usize)).flatten() {
            Some(w) => role_features(w, amb[j as usize], cl[j as usize], role, out),
            None => role_features(&OUTSIDE, START, None, role, out),
        }
    }
    let values = class_values(i, history, first);
    for &(t, v) in class_templates(first.is_some()) {
        out.push(feat(t, &[values[v]]));
    }
    out.push(flag_feature(info[i].flags, i));
    context_features(sentence, i, history, first, Part::All, out);
}

/// The feature of a word's flags and whether it starts the sentence.
fn flag_feature(flags: u8, i: usize) -> u64 {
    feat(10, &[flags as u64, (i == 0) as u64])
}

/// Flag values below this have a row in `Pass::flag_rows` (all the analyzer sets).
const FLAG_VALUES: usize = 64;

/// Whether the processor running this has AVX2 (x86-64 only).
#[cfg(test)]
fn has_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Starts loading every cache line of `v`.
#[inline]
fn prefetch_lines<T>(v: &[T]) {
    let bytes = std::mem::size_of_val(v);
    let p = v.as_ptr().cast::<u8>();
    for k in (0..bytes).step_by(64) {
        prefetch(p.wrapping_add(k));
    }
    if bytes > 0 {
        prefetch(p.wrapping_add(bytes - 1));
    }
}

/// Where a run starts in a weight table of `len` entries so far, as stored (u32): a table
/// too long for that is an error, not a silently wrapped offset.
fn run_offset(len: usize) -> Result<u32, String> {
    u32::try_from(len).map_err(|_| format!("tagger: weight table of {len} entries (at most 4G)"))
}

/// Most rows one score adds (more are added to the scores at once).
const MAX_ROWS: usize = 64;

/// Eights of classes of the committed tagger (its 112 classes), the one row length
/// [`Rows::add_to`] sums with a length known when compiled. A retrained tagger of another
/// length is still right but slower: a test checks the embedded tagger's stride against it.
const COMMITTED_EIGHTS: usize = 14;

/// Weight rows (`stride` long) to add to a word's scores, collected so that they are summed
/// in one sweep: eight classes at a time over all rows, the partial sums in registers
/// (adding them one by one reads and writes all the scores for each row).
struct Rows<'a> {
    narrow: [&'a [[i16; 8]]; MAX_ROWS],
    n_narrow: usize,
    wide: [&'a [[i32; 8]]; 8],
    n_wide: usize,
}

impl Default for Rows<'_> {
    fn default() -> Self {
        Rows {
            narrow: [&[]; MAX_ROWS],
            n_narrow: 0,
            wide: [&[]; 8],
            n_wide: 0,
        }
    }
}

impl<'a> Rows<'a> {
    /// Adds row `v` (or, when the collection is full, adds it to `acc` now).
    #[inline(always)]
    fn push_narrow(&mut self, v: &'a [i16], acc: &mut [i32]) {
        match self.narrow.get_mut(self.n_narrow) {
            Some(slot) => {
                debug_assert_eq!(v.len() % 8, 0, "a row is a whole number of eights");
                *slot = v.as_chunks::<8>().0;
                self.n_narrow += 1;
            }
            None => add_i16(acc, v),
        }
    }

    #[inline(always)]
    fn push_wide(&mut self, v: &'a [i32], acc: &mut [i32]) {
        match self.wide.get_mut(self.n_wide) {
            Some(slot) => {
                debug_assert_eq!(v.len() % 8, 0, "a row is a whole number of eights");
                *slot = v.as_chunks::<8>().0;
                self.n_wide += 1;
            }
            None => add_i32(acc, v),
        }
    }

    /// Forgets the rows collected (for the next word).
    #[inline(always)]
    fn clear(&mut self) {
        self.n_narrow = 0;
        self.n_wide = 0;
    }

    /// Adds the rows to `acc` (`stride` long).
    #[inline(always)]
    fn add_to(&self, acc: &mut [i32]) {
        let narrow = &self.narrow[..self.n_narrow];
        let wide = &self.wide[..self.n_wide];
        let chunks = acc.as_chunks_mut::<8>().0;
        // The committed tagger's classes, summed row by row in one accumulator per eight
        // (registers with AVX2) without a length check per eight.
        if let Ok(out) = <&mut [[i32; 8]; COMMITTED_EIGHTS]>::try_from(&mut *chunks) {
            add_rows_fixed(narrow, wide, out);
            return;
        }
        for (c, out) in chunks.iter_mut().enumerate() {
            let mut sum = [0i32; 8];
            for r in narrow {
                if let Some(w) = r.get(c) {
                    for k in 0..8 {
                        sum[k] += w[k] as i32;
                    }
                }
            }
            for r in wide {
                if let Some(w) = r.get(c) {
                    for k in 0..8 {
                        sum[k] += w[k];
                    }
                }
            }
            for k in 0..8 {
                out[k] += sum[k];
            }
        }
    }
}

/// [`Rows::add_to`] for `N` eights of classes: a row shorter than that adds nothing (rows
/// are `stride` long, so none is; debug builds check it).
#[inline(always)]
fn add_rows_fixed<const N: usize>(
    narrow: &[&[[i16; 8]]],
    wide: &[&[[i32; 8]]],
    out: &mut [[i32; 8]; N],
) {
    debug_assert!(
        narrow.iter().all(|r| r.len() >= N) && wide.iter().all(|r| r.len() >= N),
        "a collected row is shorter than the {N} eights of the scores"
    );
    let mut sum = [[0i32; 8]; N];
    for r in narrow {
        if let Some(r) = r.first_chunk::<N>() {
            for (s, w) in sum.iter_mut().zip(r) {
                for k in 0..8 {
                    s[k] += w[k] as i32;
                }
            }
        }
    }
    for r in wide {
        if let Some(r) = r.first_chunk::<N>() {
            for (s, w) in sum.iter_mut().zip(r) {
                for k in 0..8 {
                    s[k] += w[k];
                }
            }
        }
    }
    for (o, s) in out.iter_mut().zip(&sum) {
        for k in 0..8 {
            o[k] += s[k];
        }
    }
}

/// Adds `v` to `acc` element by element.
#[inline(always)]
fn add_i32(acc: &mut [i32], v: &[i32]) {
    for (a, &x) in acc.iter_mut().zip(v) {
        *a += x;
    }
}

#[inline(always)]
fn add_i16(acc: &mut [i32], v: &[i16]) {
    for (a, &x) in acc.iter_mut().zip(v) {
        *a += x as i32;
    }
}

impl Pass {
    fn new(model: Weights, second: bool, stride: usize) -> Pass {
        let n = model.n_classes();
        let mut feats = Vec::new();
        let mut outside = vec![0i32; ROLES * stride];
        for role in 1..ROLES {
            feats.clear();
            role_features(&OUTSIDE, START, None, role, &mut feats);
            model.score(&feats, &mut outside[role * stride..(role + 1) * stride]);
        }
        // One feature's weights: a single run, one i16 weight per class (`Weights::build`
        // refuses a class twice in a run), so each sum fits an i16 and the clamp never acts;
        // debug builds check that assumption instead of relying on the clamp.
        let row_of = |f: u64, out: &mut Vec<i16>| {
            let mut row = vec![0i32; stride];
            model.score(&[f], &mut row);
            out.extend(row.iter().map(|&v| {
                debug_assert!(
                    i16::try_from(v).is_ok(),
                    "one feature's weight {v} is no i16"
                );
                v.clamp(i16::MIN as i32, i16::MAX as i32) as i16
            }));
        };
        let templates = class_templates(second);
        let mut class_rows = Vec::with_capacity(templates.len() * (n + 1) * stride);
        for &(t, _) in templates {
            for c in 0..=n {
                let v = if c == n { START } else { c as u64 + 1 };
                row_of(feat(t, &[v]), &mut class_rows);
            }
        }
        let mut flag_rows = Vec::with_capacity(2 * FLAG_VALUES * stride);
        for k in 0..2 * FLAG_VALUES {
            let i = if k % 2 == 1 { 0 } else { 1 };
            row_of(flag_feature((k / 2) as u8, i), &mut flag_rows);
        }
        Pass {
            model,
            outside,
            class_rows,
            flag_rows,
        }
    }

    fn bytes(&self) -> usize {
        self.model.bytes()
            + 4 * self.outside.len()
            + 2 * (self.class_rows.len() + self.flag_rows.len())
    }
}

impl FormCache {
    /// Analyzes `forms` and sums their role vectors for each pass.
    fn build(
        forms: &[String],
        dict: &U64Map<DictEntry>,
        passes: &[&Pass],
        clusters: &Clusters,
        stride: usize,
    ) -> FormCache {
        let mut cache = FormCache {
            per_slot: passes.len() * ROLES,
            ..FormCache::default()
        };
        let (mut narrow, mut wide) = (Vec::new(), Vec::new());
        let mut an = Analyzer::default();
        let mut feats = Vec::new();
        let mut sums = vec![0i32; passes.len() * ROLES * stride];
        for f in forms {
            let key = hash_bytes(f.as_bytes());
            if cache.slots.contains_key(&key) {
                continue;
            }
            let w = an.analyze(f);
            let (amb, sure) = word_entry(dict, &w);
            let cl = clusters.get(&w);
            sums.iter_mut().for_each(|s| *s = 0);
            for (p, pass) in passes.iter().enumerate() {
                for role in 0..ROLES {
                    feats.clear();
                    role_features(&w, amb, cl, role, &mut feats);
                    let at = (p * ROLES + role) * stride;
                    pass.model.score(&feats, &mut sums[at..at + stride]);
                }
            }
            for v in sums.chunks_exact(stride) {
                if v.iter()
                    .all(|&s| s >= i16::MIN as i32 && s <= i16::MAX as i32)
                {
                    cache.at.push(narrow.len() as u32);
                    narrow.extend(v.iter().map(|&s| s as i16));
                } else {
                    cache.at.push(wide.len() as u32 | WIDE);
                    wide.extend_from_slice(v);
                }
            }
            cache.slots.insert(key, cache.forms.len() as u32);
            cache.forms.push(f.as_str().into());
            cache.info.push(w);
            cache.cl.push(cl);
            cache.amb.push(amb);
            cache.sure.push(sure);
        }
        cache.narrow = PagedTable::new(&narrow);
        cache.wide = PagedTable::new(&wide);
        cache
    }

    /// The summed role vector of slot `s` in pass `p` (`stride` long).
    #[inline]
    fn vector(&self, s: usize, p: usize, role: usize, stride: usize) -> Option<RoleVector<'_>> {
        let at = *self.at.get(s * self.per_slot + p * ROLES + role)?;
        let start = (at & !WIDE) as usize;
        Some(if at & WIDE == 0 {
            RoleVector::Narrow(self.narrow.as_slice().get(start..start + stride)?)
        } else {
            RoleVector::Wide(self.wide.as_slice().get(start..start + stride)?)
        })
    }

    fn bytes(&self) -> usize {
        2 * self.narrow.as_slice().len()
            + 4 * (self.wide.as_slice().len() + self.at.len())
            + self.forms.iter().map(|f| f.len() + 16).sum::<usize>()
            + self.info.len() * (std::mem::size_of::<WordInfo>() + 8 + 2 + 16)
    }
}

impl Tagger {
    /// A tagger from its parts; derives the class tables and the form cache.
    fn assemble(
        classes: Vec<(Xpos, Upos)>,
        first: Weights,
        second: Option<Weights>,
        dict: U64Map<DictEntry>,
        common: Vec<String>,
    ) -> Tagger {
        let stride = classes.len().div_ceil(8) * 8;
        let first = Pass::new(first, false, stride);
        let second = second.map(|m| Pass::new(m, true, stride));
        let mut passes = vec![&first];
        passes.extend(second.as_ref());
        let clusters = Clusters::embedded();
        let cache = FormCache::build(
            common.get(..CACHED_FORMS).unwrap_or(&common),
            &dict,
            &passes,
            clusters,
            stride,
        );
        Tagger {
            classes,
            first,
            second,
            dict,
            common,
            cache,
            clusters,
            stride,
            keep_margin: KEEP_MARGIN,
            wide: true,
        }
    }

    pub fn classes(&self) -> &[(Xpos, Upos)] {
        &self.classes
    }

    /// Tags `forms`; the result holds one class index per form (see [`Tagger::classes`]).
    pub fn tag(&self, forms: &[&str], sc: &mut TagScratch, out: &mut Vec<u16>) {
        sc.prepare(forms, &self.dict, &self.cache, self.clusters);
        match &self.second {
            None => self.pass(0, None, sc, out),
            Some(_) => {
                let mut first = std::mem::take(&mut sc.first);
                self.pass(0, None, sc, &mut first);
                self.pass(1, Some(&first), sc, out);
                sc.first = first;
            }
        }
    }

    /// Pass `p` (0: the first; 1: the second, or the first when there is none).
    fn pass_number(&self, p: usize) -> &Pass {
        match (&self.second, p) {
            (Some(second), 1) => second,
            _ => &self.first,
        }
    }

    /// The features of word `i` that the dense tables do not hold and that do not read the
    /// classes the pass assigns before it (with `first`, the first pass's classes: in the
    /// second pass): the role features of its uncached neighbours, its flags when they have
    /// no row, and its context features of [`Part::Ahead`]. Known when the pass starts, so
    /// their weights can be fetched while earlier words are scored.
    fn ahead_features(&self, i: usize, first: Option<&[u16]>, sc: &TagScratch, out: &mut Vec<u64>) {
        for (role, &off) in ROLE_OFFSETS.iter().enumerate() {
            let j = i as isize + off;
            if j >= 0 && sc.slot.get(j as usize) == Some(&NO_SLOT) {
                let j = j as usize;
                role_features(&sc.info[j], sc.amb[j], sc.cl[j], role, out);
            }
        }
        let flags = sc.info[i].flags;
        if flags as usize >= FLAG_VALUES {
            out.push(flag_feature(flags, i));
        }
        context_features(sc.sentence(), i, (START, START), first, Part::Ahead, out);
    }

    /// Scores of word `i` in pass `p` into the first `stride` of `acc` (zeroed here),
    /// given its [`Tagger::ahead_features`] in `ahead`.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn score_word<'s>(
        &'s self,
        p: usize,
        i: usize,
        history: (u64, u64),
        first: Option<&[u16]>,
        ahead: &[u64],
        sc: &mut TagScratch,
        rows: &mut Rows<'s>,
        all: &mut [i32; MAX_SPARSE_CLASSES],
    ) {
        let stride = self.stride;
        let pass = self.pass_number(p);
        // The features reading the history are only known now: their weights are fetched
        // while the dense rows are summed.
        sc.feats.clear();
        let sentence = Sentence {
            info: &sc.info,
            cl: &sc.cl,
            amb: &sc.amb,
        };
        context_features(sentence, i, history, first, Part::History, &mut sc.feats);
        pass.model.prefetch_runs(&sc.feats);
        all.iter_mut().for_each(|a| *a = 0);
        let acc = &mut all[..stride];
        rows.clear();
        for (role, &off) in ROLE_OFFSETS.iter().enumerate() {
            let j = i as isize + off;
            let slot = if j < 0 {
                None
            } else {
                sc.slot.get(j as usize).copied()
            };
            match slot {
                None => {
                    let v = &pass.outside[role * stride..(role + 1) * stride];
                    rows.push_wide(v, acc);
                }
                // An uncached word's role features are among `ahead`.
                Some(NO_SLOT) => {}
                Some(s) => match self.cache.vector(s as usize, p, role, stride) {
                    Some(RoleVector::Narrow(v)) => rows.push_narrow(v, acc),
                    Some(RoleVector::Wide(v)) => rows.push_wide(v, acc),
                    None => {}
                },
            }
        }
        let n1 = self.classes.len() + 1;
        let values = class_values(i, history, first);
        for (k, &(_, v)) in class_templates(first.is_some()).iter().enumerate() {
            let c = match values[v] {
                START => n1 - 1,
                x => (x as usize - 1).min(n1 - 1),
            };
            let at = (k * n1 + c) * stride;
            rows.push_narrow(&pass.class_rows[at..at + stride], acc);
        }
        let flags = sc.info[i].flags;
        if (flags as usize) < FLAG_VALUES {
            let at = (flags as usize * 2 + (i == 0) as usize) * stride;
            rows.push_narrow(&pass.flag_rows[at..at + stride], acc);
        }
        sc.feats.extend_from_slice(ahead);
        pass.model.gather(&sc.feats, all, rows);
        rows.add_to(&mut all[..stride]);
    }

    /// Starts loading the cached role vectors that scoring word `i` in pass `p` adds.
    #[inline]
    fn prefetch_vectors(&self, p: usize, i: usize, sc: &TagScratch) {
        for (role, &off) in ROLE_OFFSETS.iter().enumerate() {
            let j = i as isize + off;
            let Some(&s) = (j >= 0).then(|| sc.slot.get(j as usize)).flatten() else {
                continue;
            };
            match self.cache.vector(s as usize, p, role, self.stride) {
                Some(RoleVector::Narrow(v)) => prefetch_lines(v),
                Some(RoleVector::Wide(v)) => prefetch_lines(v),
                None => {}
            }
        }
    }

    /// The class of word `i` when pass `p` does not score it: a word the dictionary is sure
    /// of, or in the second pass (`first` given) one the first pass was sure enough of (the
    /// second pass would agree).
    #[inline]
    fn decided(&self, i: usize, first: Option<&[u16]>, sc: &TagScratch) -> Option<u16> {
        let sure = sc.sure.get(i).copied().unwrap_or(u16::MAX);
        if (sure as usize) < self.classes.len() {
            return Some(sure);
        }
        let confident = sc.margins.get(i).is_some_and(|&m| m >= self.keep_margin);
        first.filter(|_| confident)?.get(i).copied()
    }

    /// Adds word `j` to `list` when the second pass will score it, and starts loading the
    /// bucket offsets of its ahead features (and the runs of the word listed before it,
    /// whose offsets have had time to arrive). `first` holds the first pass's classes up
    /// to `j + 2` at least (all its ahead features read).
    fn list_for_second(&self, j: usize, first: &[u16], sc: &TagScratch, list: &mut AheadList) {
        let Some(second) = &self.second else {
            return;
        };
        if self.decided(j, Some(first), sc).is_some() {
            return;
        }
        if let Some(last) = list.at.len().checked_sub(1) {
            second.model.prefetch_runs(list.feats_of(last));
        }
        list.at.push((j as u32, list.feats.len() as u32));
        let start = list.feats.len();
        self.ahead_features(j, Some(first), sc, &mut list.feats);
        second
            .model
            .prefetch_index(list.feats.get(start..).unwrap_or(&[]));
    }

    /// Pass `p` over the sentence prepared in `sc` (the second pass when `first` holds the
    /// first pass's classes). The first pass lists the words of the second pass as their
    /// first-pass classes become known, so that the second pass's lookups are fetched
    /// while the first pass runs.
    fn pass(&self, p: usize, first: Option<&[u16]>, sc: &mut TagScratch, out: &mut Vec<u16>) {
        #[cfg(target_arch = "x86_64")]
        if self.wide && std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2, checked on the line above (std caches the
            // answer: one relaxed load per pass).
            unsafe { self.pass_avx2(p, first, sc, out) };
            return;
        }
        self.pass_body(p, first, sc, out);
    }

    /// [`Tagger::pass`] compiled for AVX2.
    ///
    /// # Safety
    /// The processor must have AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn pass_avx2(
        &self,
        p: usize,
        first: Option<&[u16]>,
        sc: &mut TagScratch,
        out: &mut Vec<u16>,
    ) {
        self.pass_body(p, first, sc, out);
    }

    #[inline(always)]
    fn pass_body(&self, p: usize, first: Option<&[u16]>, sc: &mut TagScratch, out: &mut Vec<u16>) {
        out.clear();
        let second = first.is_some();
        let model = &self.pass_number(p).model;
        let len = sc.info.len();
        // The words this pass scores and their ahead features, listed before they are
        // scored so that their weights are fetched a word or two before they are summed
        // (the lookups are cache misses).
        let mut list = std::mem::take(&mut sc.lists[p.min(1)]);
        let mut next = AheadList::default();
        if !second {
            sc.margins.clear();
            list.clear();
            for i in 0..len {
                if self.decided(i, None, sc).is_none() {
                    list.at.push((i as u32, list.feats.len() as u32));
                    self.ahead_features(i, None, sc, &mut list.feats);
                }
            }
            next = std::mem::take(&mut sc.lists[1]);
            next.clear();
        }
        for k in 0..INDEX_AHEAD {
            model.prefetch_index(list.feats_of(k));
        }
        for k in 0..RUNS_AHEAD {
            model.prefetch_runs(list.feats_of(k));
            if let Some(&(j, _)) = list.at.get(k) {
                self.prefetch_vectors(p, j as usize, sc);
            }
        }
        let mut acc = [0i32; MAX_SPARSE_CLASSES];
        // Made once per pass (it is a kilobyte), emptied for each word.
        let mut rows = Rows::default();
        let n = self.classes.len();
        let (mut p1, mut p2) = (START, START);
        let mut k = 0;
        for i in 0..len {
            let c = match self.decided(i, first, sc) {
                Some(c) => {
                    if !second {
                        sc.margins.push(i32::MAX);
                    }
                    c
                }
                None => {
                    model.prefetch_index(list.feats_of(k + INDEX_AHEAD));
                    model.prefetch_runs(list.feats_of(k + RUNS_AHEAD));
                    if let Some(&(j, _)) = list.at.get(k + RUNS_AHEAD) {
                        self.prefetch_vectors(p, j as usize, sc);
                    }
                    // The k-th listed word must be this one, or it would be scored with
                    // another word's features (listing and scoring must agree on `decided`).
                    debug_assert_eq!(list.at.get(k).map(|a| a.0 as usize), Some(i));
                    self.score_word(
                        p,
                        i,
                        (p1, p2),
                        first,
                        list.feats_of(k),
                        sc,
                        &mut rows,
                        &mut acc,
                    );
                    k += 1;
                    let (best, margin) = top_two(&mut acc[..n]);
                    if !second {
                        sc.margins.push(margin);
                    }
                    best as u16
                }
            };
            out.push(c);
            p2 = p1;
            p1 = c as u64 + 1;
            if !second && i >= 2 {
                self.list_for_second(i - 2, out, sc, &mut next);
            }
        }
        if !second {
            for j in len.saturating_sub(2)..len {
                self.list_for_second(j, out, sc, &mut next);
            }
            sc.lists[1] = next;
        }
        sc.lists[p.min(1)] = list;
    }

    /// Sums the role vectors of the `n` commonest training forms the model lists (at most;
    /// the default is `CACHED_FORMS`). Outputs do not change, only speed and memory.
    pub fn set_cached_forms(&mut self, n: usize) {
        let mut passes = vec![&self.first];
        passes.extend(self.second.as_ref());
        let forms = self.common.get(..n).unwrap_or(&self.common);
        self.cache = FormCache::build(forms, &self.dict, &passes, self.clusters, self.stride);
    }

    /// Tokens whose first-pass margin reaches `margin` skip the second pass (speed).
    pub fn set_keep_margin(&mut self, margin: i32) {
        self.keep_margin = margin;
    }

    pub fn write(&self) -> Vec<u8> {
        let mut w = ByteWriter::default();
        w.magic(KIND);
        w.u32(FORMAT);
        w.u32(self.classes.len() as u32);
        for (x, u) in &self.classes {
            w.str(x.as_str());
            w.str(u.as_str());
        }
        let mut keys: Vec<(&u64, &DictEntry)> = self.dict.iter().collect();
        keys.sort_by_key(|(k, _)| **k);
        w.u32(keys.len() as u32);
        for (k, e) in keys {
            w.u64(*k);
            w.u64(e.mask);
            w.u32(e.sure as u32);
        }
        w.u32(self.common.len() as u32);
        for f in &self.common {
            w.str(f);
        }
        self.first.model.write(&mut w);
        w.u32(self.second.is_some() as u32);
        if let Some(p) = &self.second {
            p.model.write(&mut w);
        }
        w.buf
    }

    pub fn read(data: &[u8]) -> Result<Tagger, String> {
        let mut r = ByteReader::new(data);
        r.magic(KIND)?;
        let format = r.u32()?;
        if format != FORMAT {
            return Err(format!(
                "tagger: file format {format} but this build reads format {FORMAT}; retrain"
            ));
        }
        let n = r.u32()? as usize;
        if n == 0 || n > MAX_SPARSE_CLASSES {
            return Err(format!("tagger: bad class count {n}"));
        }
        let mut classes = Vec::with_capacity(n);
        for _ in 0..n {
            let x = r.str()?;
            let u = r.str()?;
            let xpos = Xpos::exact(&x).ok_or_else(|| format!("tagger: unknown XPOS {x:?}"))?;
            let upos = Upos::exact(&u).ok_or_else(|| format!("tagger: unknown UPOS {u:?}"))?;
            classes.push((xpos, upos));
        }
        let m = r.u32()? as usize;
        let mut dict = U64Map::with_capacity_and_hasher(m.min(1 << 22), Default::default());
        for _ in 0..m {
            let k = r.u64()?;
            let mask = r.u64()?;
            let sure = r.u32()?;
            let sure = if (sure as usize) < classes.len() {
                sure as u16
            } else {
                u16::MAX
            };
            dict.insert(k, DictEntry { mask, sure });
        }
        let n_common = r.u32()? as usize;
        let mut common = Vec::with_capacity(n_common.min(1 << 16));
        for _ in 0..n_common {
            common.push(r.str()?);
        }
        let model = Weights::read(&mut r)?;
        let second = match r.u32()? {
            0 => None,
            _ => Some(Weights::read(&mut r)?),
        };
        r.done()?;
        if model.n_classes() != classes.len()
            || second
                .as_ref()
                .is_some_and(|m| m.n_classes() != classes.len())
        {
            return Err("tagger: class table and weights disagree".into());
        }
        Ok(Tagger::assemble(classes, model, second, dict, common))
    }

    /// Bytes of the weights and the tables derived from them, with the word-cluster table.
    pub fn weight_bytes(&self) -> usize {
        self.first.bytes()
            + self.second.as_ref().map_or(0, Pass::bytes)
            + self.cache.bytes()
            + self.clusters.bytes()
    }
}

/// Index of the best score (the first one on ties) and its margin over the best of the
/// others (0 for no scores). Each step is a plain pass over the scores that the compiler
/// vectorizes: the maximum, the first eight holding it, and the maximum of the others,
/// found with the best score briefly set to `i32::MIN` (restored before returning).
#[inline(always)]
fn top_two(s: &mut [i32]) -> (usize, i32) {
    let top = s.iter().copied().fold(i32::MIN, i32::max);
    let best = first_index_of(s, top);
    let Some(slot) = s.get_mut(best) else {
        return (0, 0);
    };
    let kept = std::mem::replace(slot, i32::MIN);
    let second = s.iter().copied().fold(i32::MIN, i32::max);
    s[best] = kept;
    (best, top.saturating_sub(second))
}

pub fn argmax_i32(s: &[i32]) -> usize {
    let mut best = 0;
    for (i, &v) in s.iter().enumerate() {
        if v > s[best] {
            best = i;
        }
    }
    best
}

fn argmax_f32(s: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in s.iter().enumerate() {
        if v > s[best] {
            best = i;
        }
    }
    best
}

/// Classes and tag dictionary of a training set.
struct Inventory {
    classes: Vec<(Xpos, Upos)>,
    dict: U64Map<DictEntry>,
    /// Gold class ids per sentence.
    gold: Vec<Vec<u16>>,
    /// The commonest forms as written, commonest first (ties in byte order).
    common: Vec<String>,
}

fn inventory(train: &[GoldSentence]) -> Inventory {
    let mut class_ids: HashMap<(Xpos, Upos), u16> = HashMap::new();
    let mut classes = Vec::new();
    let mut counts: HashMap<u64, HashMap<u16, u32>> = HashMap::new();
    let mut an = Analyzer::default();
    let mut gold: Vec<Vec<u16>> = Vec::with_capacity(train.len());
    let mut form_counts: HashMap<&str, u32> = HashMap::new();
    for s in train {
        let mut g = Vec::with_capacity(s.len());
        for i in 0..s.len() {
            let key = (s.xpos[i], s.upos[i]);
            let id = *class_ids.entry(key).or_insert_with(|| {
                classes.push(key);
                (classes.len() - 1) as u16
            });
            g.push(id);
            *form_counts.entry(&s.forms[i]).or_default() += 1;
            let norm = hash_bytes(an.normalize(&s.forms[i]).as_bytes());
            *counts.entry(norm).or_default().entry(id).or_default() += 1;
        }
        gold.push(g);
    }
    let mut dict = U64Map::default();
    for (norm, cs) in &counts {
        let total: u32 = cs.values().sum();
        if total < KNOWN_MIN {
            continue;
        }
        let mut mask = 0u64;
        let mut best = (0u32, u16::MAX);
        for (&c, &n) in cs {
            mask |= 1u64 << (classes[c as usize].0 .0 as u64 % 64);
            if (n, std::cmp::Reverse(c)) > (best.0, std::cmp::Reverse(best.1)) {
                best = (n, c);
            }
        }
        let sure = if total >= SURE_COUNT && best.0 as f64 >= SURE_SHARE * total as f64 {
            best.1
        } else {
            u16::MAX
        };
        dict.insert(*norm, DictEntry { mask, sure });
    }
    let mut common: Vec<(&str, u32)> = form_counts.into_iter().collect();
    common.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    common.truncate(LISTED_FORMS);
    Inventory {
        classes,
        dict,
        gold,
        common: common.into_iter().map(|(f, _)| f.to_string()).collect(),
    }
}

/// Trains one pass. `first` gives first-pass classes of the training sentences for a
/// second pass; `eval` scores a candidate model on dev (higher is better) and reports.
fn train_pass(
    train: &[GoldSentence],
    inv: &Inventory,
    first: Option<&[Vec<u16>]>,
    epochs: usize,
    seed: u64,
    eval: &mut dyn FnMut(usize, f64, Weights) -> f64,
) {
    let n_classes = inv.classes.len();
    let mut trainer = Trainer::new(TAGGER_BITS, n_classes);
    let mut owners = vec![0u16; 1 << TAGGER_BITS];
    let mut rng = crate::corpus::Rng::new(seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut sc = TagScratch::default();
    let no_cache = FormCache::default();
    let mut scores = vec![0f32; n_classes];
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &si in &order {
            let s = &train[si];
            let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
            sc.prepare(&forms, &inv.dict, &no_cache, Clusters::embedded());
            let f = first.map(|f| f[si].as_slice());
            let (mut p1, mut p2) = (START, START);
            for (i, &g) in inv.gold[si].iter().enumerate() {
                let sure = sc.sure.get(i).copied().unwrap_or(u16::MAX);
                let pred = if sure != u16::MAX {
                    sure
                } else {
                    let sentence = Sentence {
                        info: &sc.info,
                        cl: &sc.cl,
                        amb: &sc.amb,
                    };
                    features(sentence, i, (p1, p2), f, &mut sc.feats);
                    // A free bucket's features score nothing; on an update the first
                    // feature to reach a free bucket owns it.
                    sc.feats.retain(|&h| {
                        let o = owners[bucket_of(h, TAGGER_BITS)];
                        o == 0 || o == fingerprint(h)
                    });
                    scores.iter_mut().for_each(|s| *s = 0.0);
                    trainer.score(&sc.feats, &mut scores);
                    let pred = argmax_f32(&scores) as u16;
                    if pred != g {
                        for &h in &sc.feats {
                            let b = bucket_of(h, TAGGER_BITS);
                            if owners[b] == 0 {
                                owners[b] = fingerprint(h);
                            }
                        }
                        trainer.update(&sc.feats, g as usize, 1.0);
                        trainer.update(&sc.feats, pred as usize, -1.0);
                    }
                    trainer.tick();
                    pred
                };
                right += (pred == g) as usize;
                total += 1;
                // The history is what the tagger predicted, as at run time.
                p2 = p1;
                p1 = pred as u64 + 1;
            }
        }
        eval(
            epoch,
            right as f64 / total.max(1) as f64,
            Weights::from_trainer(&trainer, &owners),
        );
    }
}

/// Trains a one-pass tagger; keeps the epoch with the best dev accuracy.
fn train_one_pass(
    train: &[GoldSentence],
    dev: &[GoldSentence],
    inv: &Inventory,
    epochs: usize,
    seed: u64,
    report: &mut dyn FnMut(String),
) -> Tagger {
    let mut best: Option<(Tagger, f64)> = None;
    train_pass(
        train,
        inv,
        None,
        epochs,
        seed,
        &mut |epoch, train_acc, model| {
            let tagger = Tagger::assemble(
                inv.classes.clone(),
                model,
                None,
                inv.dict.clone(),
                inv.common.clone(),
            );
            let (dx, du) = accuracy(&tagger, dev);
            report(format!(
                "tagger pass 1 epoch {}: train acc {train_acc:.4}, dev xpos {dx:.4} upos {du:.4}",
                epoch + 1
            ));
            // Without dev sentences the last epoch wins.
            if dev.is_empty() || best.as_ref().is_none_or(|b| dx + du > b.1) {
                best = Some((tagger, dx + du));
            }
            dx + du
        },
    );
    match best {
        Some((t, _)) => t,
        None => Tagger::assemble(
            inv.classes.clone(),
            Weights::from_trainer(&Trainer::new(8, inv.classes.len()), &[0; 1 << 8]),
            None,
            inv.dict.clone(),
            inv.common.clone(),
        ),
    }
}

/// Trains a tagger; `report` gets one line per epoch. With `folds >= 2` a second pass is
/// trained on first-pass classes predicted by taggers that did not see the sentence
/// (jackknifing over `folds` folds). Returns the tagger (best dev epoch of each pass).
pub fn train(
    train: &[GoldSentence],
    dev: &[GoldSentence],
    epochs: usize,
    folds: usize,
    seed: u64,
    report: &mut dyn FnMut(String),
) -> Tagger {
    let inv = inventory(train);
    let base = train_one_pass(train, dev, &inv, epochs, seed, report);
    if folds < 2 {
        return base;
    }
    let mut first: Vec<Vec<u16>> = vec![Vec::new(); train.len()];
    let mut sc = TagScratch::default();
    for f in 0..folds {
        let (held, rest): (Vec<usize>, Vec<usize>) = (0..train.len()).partition(|i| i % folds == f);
        let rest_s: Vec<GoldSentence> = rest.iter().map(|&i| train[i].clone()).collect();
        let rest_inv = inventory(&rest_s);
        let mut quiet = |l: String| report(format!("fold {f}: {l}"));
        let t = train_one_pass(
            &rest_s,
            &[],
            &rest_inv,
            epochs.min(5),
            seed ^ (f as u64 + 1),
            &mut quiet,
        );
        for &i in &held {
            let forms: Vec<&str> = train[i].forms.iter().map(String::as_str).collect();
            let mut out = Vec::new();
            t.tag(&forms, &mut sc, &mut out);
            // Map the fold's class ids to the full inventory's.
            first[i] = out
                .iter()
                .map(|&c| {
                    let pair = t.classes[c as usize];
                    inv.classes.iter().position(|&p| p == pair).unwrap_or(0) as u16
                })
                .collect();
        }
    }
    let mut best: Option<(Tagger, f64)> = None;
    train_pass(
        train,
        &inv,
        Some(&first),
        epochs,
        seed ^ 0x2222,
        &mut |epoch, train_acc, model| {
            let tagger = Tagger::assemble(
                inv.classes.clone(),
                base.first.model.clone(),
                Some(model),
                inv.dict.clone(),
                inv.common.clone(),
            );
            let (dx, du) = accuracy(&tagger, dev);
            report(format!(
                "tagger pass 2 epoch {}: train acc {train_acc:.4}, dev xpos {dx:.4} upos {du:.4}",
                epoch + 1
            ));
            if best.as_ref().is_none_or(|b| dx + du > b.1) {
                best = Some((tagger, dx + du));
            }
            dx + du
        },
    );
    best.map_or(base, |b| b.0)
}

/// (XPOS accuracy, UPOS accuracy) of `tagger` on `sents`.
pub fn accuracy(tagger: &Tagger, sents: &[GoldSentence]) -> (f64, f64) {
    let mut sc = TagScratch::default();
    let mut out = Vec::new();
    let (mut x, mut u, mut n) = (0usize, 0usize, 0usize);
    for s in sents {
        let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
        tagger.tag(&forms, &mut sc, &mut out);
        for (i, &c) in out.iter().enumerate() {
            let (px, pu) = tagger.classes[c as usize];
            x += (px == s.xpos[i]) as usize;
            u += (pu == s.upos[i]) as usize;
            n += 1;
        }
    }
    (x as f64 / n.max(1) as f64, u as f64 / n.max(1) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small CoNLL-U corpus: `form/XPOS/UPOS` tokens, one sentence per line.
    fn corpus(lines: &[&str]) -> Vec<GoldSentence> {
        let mut text = String::new();
        for line in lines {
            for (k, tok) in line.split(' ').enumerate() {
                let p: Vec<&str> = tok.split('/').collect();
                let head = if k == 0 { 0 } else { 1 };
                let rel = if k == 0 { "root" } else { "dep" };
                text.push_str(&format!(
                    "{}\t{}\t{}\t{}\t{}\t_\t{head}\t{rel}\t_\t_\n",
                    k + 1,
                    p[0],
                    p[0].to_lowercase(),
                    p[2],
                    p[1]
                ));
            }
            text.push('\n');
        }
        crate::corpus::sentences_from_str(&text)
    }

    fn toy_tagger() -> Tagger {
        let base = [
            "The/DT/DET cat/NN/NOUN sat/VBD/VERB on/IN/ADP the/DT/DET mat/NN/NOUN ./././PUNCT",
            "A/DT/DET dog/NN/NOUN runs/VBZ/VERB to/IN/ADP Paris/NNP/PROPN ./././PUNCT",
            "They/PRP/PRON want/VBP/VERB to/TO/PART run/VB/VERB fast/RB/ADV ./././PUNCT",
            "Leaders/NNS/NOUN met/VBD/VERB in/IN/ADP Geneva/NNP/PROPN on/IN/ADP Monday/NNP/PROPN",
            "She/PRP/PRON said/VBD/VERB that/IN/SCONJ talks/NNS/NOUN will/MD/AUX resume/VB/VERB",
        ];
        let lines: Vec<&str> = base.iter().cycle().take(40).copied().collect();
        train(&corpus(&lines), &[], 3, 2, 7, &mut |_| {})
    }

    #[test]
    fn cached_scores_equal_the_sum_of_every_feature_weight() {
        let t = toy_tagger();
        assert!(t.second.is_some(), "two passes trained");
        assert!(t.cache.forms.len() > 10, "common forms cached");
        assert!(
            !t.cache.wide.as_slice().is_empty(),
            "toy weights are large: some sums need i32"
        );
        let n = t.classes.len();
        let mut sc = TagScratch::default();
        let mut feats = Vec::new();
        let mut acc = [0i32; MAX_SPARSE_CLASSES];
        let mut rows = Rows::default();
        let mut hits = 0;
        // Cached and unknown words, at the edges and inside, short and long sentences.
        for forms in [
            vec![
                "The",
                "dog",
                "met",
                "Zanzibar",
                "officials",
                "on",
                "Monday",
                ".",
            ],
            vec!["unknownword"],
            vec!["to", "Geneva"],
            vec![
                "They", "said", "that", "the", "cat", "will", "run", "fast", ".",
            ],
        ] {
            sc.prepare(&forms, &t.dict, &t.cache, t.clusters);
            hits += sc.slot.iter().filter(|&&s| s != NO_SLOT).count();
            let first: Vec<u16> = (0..forms.len()).map(|i| ((i * 7) % n) as u16).collect();
            for (p, f) in [(0, None), (1, Some(&first[..]))] {
                let pass = t.pass_number(p);
                for i in 0..forms.len() {
                    let mut ahead = Vec::new();
                    t.ahead_features(i, f, &sc, &mut ahead);
                    for history in [(START, START), ((i % n) as u64 + 1, START), (1, 2)] {
                        t.score_word(p, i, history, f, &ahead, &mut sc, &mut rows, &mut acc);
                        features(sc.sentence(), i, history, f, &mut feats);
                        let mut plain = vec![0i32; t.stride];
                        pass.model.score(&feats, &mut plain);
                        plain.truncate(n);
                        assert_eq!(&acc[..n], &plain[..], "{forms:?} word {i} pass {p}");
                    }
                }
            }
        }
        assert!(hits > 10, "cached forms were used");
    }

    #[test]
    fn the_embedded_clusters_are_the_table_the_tagger_was_trained_with() {
        let hash = crate::clusters::data_hash(crate::clusters::EMBEDDED_TEXT);
        assert_eq!(
            hash, TRAINED_CLUSTERS,
            "clusters.tsv changed ({hash:#x}): retrain tagger.bin and update TRAINED_CLUSTERS"
        );
        // Comment lines do not count; any change to a data line does.
        assert_eq!(
            crate::clusters::data_hash("# note\n01\ta b\n"),
            crate::clusters::data_hash("01\ta b\n")
        );
        assert_ne!(
            crate::clusters::data_hash("01\ta b\n"),
            crate::clusters::data_hash("01\tb a\n")
        );
    }

    #[test]
    fn unknown_words_read_as_their_cluster() {
        let cl = Clusters::parse("0101\tfoo bar\n11\tbaz\n").expect("well-formed");
        let mut an = Analyzer::default();
        let role0 = |w: &str, an: &mut Analyzer| {
            let info = an.analyze(w);
            let mut out = Vec::new();
            role_features(&info, NONE, cl.get(&info), 0, &mut out);
            // The form feature (template 1) and the cluster features (60-62).
            (out[1], out[out.len() - 3..].to_vec())
        };
        let (foo, bar, baz) = (
            role0("foo", &mut an),
            role0("bar", &mut an),
            role0("baz", &mut an),
        );
        assert_eq!(foo, bar, "one cluster, one reading");
        assert_ne!(foo.0, baz.0, "another cluster");
        assert_ne!(foo.1, baz.1);
        // A known word keeps its own form value.
        let info = an.analyze("foo");
        let mut known = Vec::new();
        role_features(&info, 12345, cl.get(&info), 0, &mut known);
        assert_ne!(known[1], foo.0);
        // Without a cluster: plain UNK.
        let none = role0("qqq", &mut an);
        assert_eq!(none.0, feat(1, &[UNK]));
    }

    #[test]
    fn weight_table_scores_only_owned_features_and_round_trips() {
        // Runs in 2^8 buckets: some buckets crowded (dense rows), some blocks empty.
        let n_classes = 40;
        let bits = 8;
        let mut rng = crate::corpus::Rng::new(3);
        let mut plain: Vec<(usize, u16, Vec<u32>)> = Vec::new();
        for b in (0..256).filter(|b| b % 3 == 0 && !(64..128).contains(b)) {
            let len = if b % 7 == 0 { 30 } else { 1 + b % 5 };
            let run = (0..len)
                .map(|c| {
                    ((c as u32 * 3 % n_classes as u32) << 16) | ((b as u32 * 37 + c as u32) % 500)
                })
                .collect();
            plain.push((b, (b as u16 * 11) | 1, run));
        }
        let w = Weights::build(
            n_classes,
            bits,
            plain.iter().map(|(b, o, r)| (*b, *o, r.as_slice())),
        )
        .expect("well-formed");
        assert!(!w.dense.is_empty(), "crowded buckets became dense rows");
        let stride = n_classes.div_ceil(8) * 8;
        for _ in 0..500 {
            let b = rng.next_u64() % 256;
            let owner = if rng.next_u64().is_multiple_of(2) {
                (b as u16 * 11) | 1
            } else {
                (rng.next_u64() as u16) | 1
            };
            let h = (b << 56) | owner as u64;
            let mut got = vec![0i32; stride];
            w.score(&[h], &mut got);
            let mut want = vec![0i32; stride];
            for (pb, po, run) in &plain {
                if *pb as u64 == b && *po == owner {
                    for &e in run {
                        want[(e >> 16) as usize] += (e as u16 as i16) as i32;
                    }
                }
            }
            assert_eq!(got, want, "bucket {b} owner {owner}");
        }
        let mut out = ByteWriter::default();
        w.write(&mut out);
        let back = Weights::read(&mut ByteReader::new(&out.buf)).expect("round trip");
        assert_eq!(back.plain_runs(), w.plain_runs());
        let mut cut = ByteWriter::default();
        w.write(&mut cut);
        let short = &cut.buf[..cut.buf.len() - 4];
        assert!(Weights::read(&mut ByteReader::new(short)).is_err());
        // A run with two weights of one class is refused (a dense row holds one per class).
        let twice = [(3u32 << 16) | 5, (3u32 << 16) | 7];
        let err = Weights::build(n_classes, bits, [(0usize, 1u16, &twice[..])].into_iter());
        assert!(err.is_err_and(|e| e.contains("two weights of one class")));
    }

    #[test]
    fn collected_rows_add_up_as_rows_added_one_by_one_even_past_the_collection() {
        // 16: the general sweep; the committed tagger's class count: its own sweep.
        for stride in [16, 8 * COMMITTED_EIGHTS] {
            rows_add_up_as_one_by_one(stride);
        }
    }

    #[test]
    fn the_embedded_tagger_has_the_row_length_of_the_fast_row_sum() {
        // A retrained tagger of another class count tags the same but loses the fast sum
        // of `Rows::add_to`: then update `COMMITTED_EIGHTS` (or add its length there).
        let t = Tagger::read(crate::EMBEDDED_TAGGER).expect("embedded tagger");
        assert_eq!(t.stride, 8 * COMMITTED_EIGHTS);
    }

    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "shorter than")]
    fn a_row_shorter_than_the_scores_is_caught_by_the_fixed_row_sum_in_debug_builds() {
        let short = vec![[1i16; 8]; 3];
        let mut out = [[0i32; 8]; 4];
        add_rows_fixed(&[short.as_slice()], &[], &mut out);
    }

    #[test]
    fn the_best_class_and_its_margin_are_those_of_a_plain_search() {
        // The first of equal best scores wins; its margin is over the best of the others
        // (0 when another equals it); the scores are left as they were.
        let plain = |s: &[i32]| {
            let mut best = 0;
            for (i, &v) in s.iter().enumerate() {
                if v > s[best] {
                    best = i;
                }
            }
            let second = (0..s.len())
                .filter(|&i| i != best)
                .map(|i| s[i])
                .max()
                .unwrap_or(i32::MIN);
            (best, s.get(best).map_or(0, |&t| t.saturating_sub(second)))
        };
        let mut cases: Vec<Vec<i32>> = vec![
            vec![],
            vec![7],
            vec![i32::MIN, i32::MIN],
            vec![i32::MAX, i32::MIN],
            vec![3, 9, 9, 1],
        ];
        for len in [5, 8, 9, 16, 23, 112] {
            for at in [0, len / 2, len - 1] {
                let mut s: Vec<i32> = (0..len).map(|k| (k as i32 * 37) % 101 - 300).collect();
                s[at] = 500;
                cases.push(s.clone());
                s[len - 1 - at] = 500;
                cases.push(s);
            }
        }
        for case in cases {
            let mut s = case.clone();
            assert_eq!(top_two(&mut s), plain(&case), "{case:?}");
            assert_eq!(s, case);
        }
    }

    #[test]
    fn weight_tables_past_u32_offsets_are_refused_not_wrapped() {
        assert_eq!(run_offset(0), Ok(0));
        assert_eq!(run_offset(u32::MAX as usize), Ok(u32::MAX));
        if let Some(past) = (u32::MAX as usize).checked_add(1) {
            assert!(run_offset(past).is_err_and(|e| e.contains("at most 4G")));
        }
    }

    fn rows_add_up_as_one_by_one(stride: usize) {
        let narrow: Vec<Vec<i16>> = (0..MAX_ROWS + 6)
            .map(|r| (0..stride).map(|c| (r * 31 + c * 7) as i16 - 200).collect())
            .collect();
        let wide: Vec<Vec<i32>> = (0..11)
            .map(|r| {
                (0..stride)
                    .map(|c| (r * 70_001 + c) as i32 - 300_000)
                    .collect()
            })
            .collect();
        let mut want = vec![5i32; stride];
        for v in &narrow {
            add_i16(&mut want, v);
        }
        for v in &wide {
            add_i32(&mut want, v);
        }
        let mut got = vec![5i32; stride];
        let mut rows = Rows::default();
        for v in &narrow {
            rows.push_narrow(v, &mut got);
        }
        for v in &wide {
            rows.push_wide(v, &mut got);
        }
        rows.add_to(&mut got);
        assert_eq!(got, want);
    }

    #[test]
    fn the_avx2_copy_of_the_passes_tags_as_the_plain_one() {
        if !has_avx2() {
            eprintln!("skipped: this processor has no AVX2, so there is no AVX2 copy to compare");
            return;
        }
        let mut t = toy_tagger();
        let mut sc = TagScratch::default();
        let (mut plain, mut wide) = (Vec::new(), Vec::new());
        for forms in [
            vec!["They", "met", "Zanzibar", "officials", "on", "Monday", "."],
            vec!["She", "said", "that", "talks", "will", "resume"],
        ] {
            t.wide = false;
            t.tag(&forms, &mut sc, &mut plain);
            t.wide = true;
            t.tag(&forms, &mut sc, &mut wide);
            assert_eq!(plain, wide, "{forms:?}");
        }
    }

    #[test]
    fn the_second_pass_list_made_during_the_first_pass_is_what_the_second_pass_scores() {
        let mut t = toy_tagger();
        let mut sc = TagScratch::default();
        let mut out = Vec::new();
        // Every margin below i32::MAX: the second pass scores every word not tagged from
        // the dictionary; with 0 it scores none.
        for margin in [i32::MAX, 60, 0] {
            t.set_keep_margin(margin);
            for forms in [
                vec!["They", "met", "Zanzibar", "officials", "on", "Monday", "."],
                vec!["unknownword"],
                vec!["to", "Geneva"],
                vec!["She", "said", "that", "talks", "will", "resume"],
            ] {
                t.tag(&forms, &mut sc, &mut out);
                let first = sc.first.clone();
                let list = std::mem::take(&mut sc.lists[1]);
                let mut want = AheadList::default();
                for i in 0..forms.len() {
                    if t.decided(i, Some(&first), &sc).is_none() {
                        want.at.push((i as u32, want.feats.len() as u32));
                        t.ahead_features(i, Some(&first), &sc, &mut want.feats);
                    }
                }
                assert_eq!(list.at, want.at, "{forms:?} margin {margin}");
                assert_eq!(list.feats, want.feats, "{forms:?} margin {margin}");
                if margin == 0 {
                    assert!(list.at.is_empty());
                }
                if margin == i32::MAX {
                    let sure = sc.sure.iter().filter(|&&c| (c as usize) < t.classes.len());
                    assert_eq!(list.at.len(), forms.len() - sure.count());
                }
            }
        }
    }

    #[test]
    fn tagger_file_round_trips_and_other_formats_are_refused() {
        let t = toy_tagger();
        let bytes = t.write();
        let back = Tagger::read(&bytes).expect("round trip");
        let forms = ["They", "met", "in", "Paris", "."];
        let (mut a, mut b) = (Vec::new(), Vec::new());
        t.tag(&forms, &mut TagScratch::default(), &mut a);
        back.tag(&forms, &mut TagScratch::default(), &mut b);
        assert_eq!(a, b);
        let mut old = bytes.clone();
        old[6] = 1;
        assert!(Tagger::read(&old).is_err_and(|e| e.contains("format")));
    }
}
