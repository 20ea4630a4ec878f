//! A statistical name tagger: PERSON / ORGANIZATION / PLACE over tokens, BIO labels,
//! greedy left-to-right decoding with an averaged perceptron over hashed features (word,
//! shape, affixes, context words, previous labels, gazetteer classes).
//!
//! Only tokens that are capitalized or next to a capitalized token are scored ("gated");
//! every other token is `O`. Training applies the same gate, so the model never sees the
//! lowercase bulk of the text, and tagging costs little outside names.
//!
//! Model file: `ATNER1`, hash bits (u8), scale (f32 LE), then the deflated dense table of
//! `2^bits x LABELS` i16 weights (LE); a weight is `i16 / scale`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{Read, Write};

/// The gazetteer's keys are already hashes: pass them through.
#[derive(Default, Clone, Copy)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, b as u64);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// What a name names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NameKind {
    Person,
    Organization,
    Place,
}

impl NameKind {
    pub const ALL: [NameKind; 3] = [NameKind::Person, NameKind::Organization, NameKind::Place];

    pub fn as_str(self) -> &'static str {
        match self {
            NameKind::Person => "person",
            NameKind::Organization => "organization",
            NameKind::Place => "place",
        }
    }

    fn begin_label(self) -> usize {
        match self {
            NameKind::Person => 1,
            NameKind::Organization => 3,
            NameKind::Place => 5,
        }
    }
}

/// A name found by the tagger: words `start..end` of the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameSpan {
    pub start: usize,
    pub end: usize,
    pub kind: NameKind,
}

/// O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC.
const LABELS: usize = 7;
/// Weights per bucket, padded for alignment.
const ROW: usize = 8;

fn label_kind(label: usize) -> Option<NameKind> {
    match label {
        1 | 2 => Some(NameKind::Person),
        3 | 4 => Some(NameKind::Organization),
        5 | 6 => Some(NameKind::Place),
        _ => None,
    }
}

fn is_inside(label: usize) -> bool {
    label == 2 || label == 4 || label == 6
}

/// `I-X` may only follow `B-X` or `I-X`.
fn allowed(prev: usize, label: usize) -> bool {
    !is_inside(label) || (prev != 0 && label_kind(prev) == label_kind(label))
}

/// Word classes from lists (first names, countries, organisation words...), one bit each.
/// The same gazetteer must be given at training and tagging time.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    classes: HashMap<u64, u8, BuildHasherDefault<KeyHasher>>,
}

impl Gazetteer {
    pub const FIRST_NAME: u8 = 1;
    pub const PERSON_NAME: u8 = 2;
    pub const COUNTRY: u8 = 4;
    pub const PLACE: u8 = 8;
    pub const ORGANIZATION: u8 = 16;
    pub const TITLE: u8 = 32;

    /// Adds class bits to the lowercase form of `word`.
    pub fn insert(&mut self, word: &str, class: u8) {
        *self.classes.entry(hash_lower(word)).or_insert(0) |= class;
    }

    pub fn len(&self) -> usize {
        self.classes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.classes.is_empty()
    }

    /// Class bits of `word` (lower-cased), 0 when unlisted.
    pub fn classes(&self, word: &str) -> u8 {
        self.classes_of(hash_lower(word))
    }

    fn classes_of(&self, lower_hash: u64) -> u8 {
        if self.classes.is_empty() {
            return 0;
        }
        self.classes.get(&lower_hash).copied().unwrap_or(0)
    }
}

/// The trained model.
#[derive(Clone)]
pub struct NameTagger {
    bits: u32,
    /// Quantized weights (weight = value / scale).
    weights: Weights,
    scale: f32,
}

/// 64 rows of the hashed weight table: which of them are non-zero, and where the first
/// non-zero one is stored.
#[derive(Clone, Copy, Debug, Default)]
#[repr(C, align(16))]
struct Block {
    present: u64,
    base: u32,
}

/// The weight table with its all-zero rows left out. Few rows are non-zero (about 4% of
/// the shipped model's 2^20), so the packed rows (690 KB) and the presence bits (256 KB)
/// mostly stay in cache where the dense table (16 MB) would not, and a feature whose row
/// is zero costs no load.
///
/// A row is 16 bytes (one cache line holds four): two u64 words of four 16-bit lanes,
/// each lane a label's weight plus 2^15 (so it is never negative). Adding a row spreads
/// its lanes into four u64 sums of two 32-bit lanes with masks and shifts, and no lane
/// carries into the next (a token has at most 26 features, far below 2^16). Every lane of
/// a sum carries the same bias (2^15 times the rows added), so comparing lanes compares
/// the scores of the dense table exactly.
#[derive(Clone, Debug, Default)]
struct Weights {
    blocks: Vec<Block>,
    rows: Vec<Packed>,
}

/// Two words of four 16-bit lanes: labels 0-3 and 4-6.
type Packed = [u64; 2];
/// Sums of rows: four words of two 32-bit lanes (see [`add_row`]).
type Sums = [u64; 4];
const BIAS: i32 = 1 << 15;
/// The most rows a token adds (its features), far below the 2^16 a 32-bit lane can take.
const MAX_ROWS_ADDED: usize = 32;
const EVEN_LANES: u64 = 0x0000_ffff_0000_ffff;

fn pack(row: [i16; ROW]) -> Packed {
    let mut p = [0u64; 2];
    for (l, &w) in row.iter().take(LABELS).enumerate() {
        p[l / 4] |= ((w as i32 + BIAS) as u64) << (16 * (l % 4));
    }
    p
}

/// Lane `l` of a packed row.
fn row_lane(p: &Packed, l: usize) -> u64 {
    (p[l / 4] >> (16 * (l % 4))) & 0xffff
}

/// `sums += row`: 16-bit lanes 0 and 2 of a word go to one sum word, 1 and 3 to the next.
#[inline(always)]
fn add_row(sums: &mut Sums, row: &Packed) {
    sums[0] += row[0] & EVEN_LANES;
    sums[1] += (row[0] >> 16) & EVEN_LANES;
    sums[2] += row[1] & EVEN_LANES;
    sums[3] += (row[1] >> 16) & EVEN_LANES;
}

/// Lane `l` of a sum.
#[inline]
fn lane(s: &Sums, l: usize) -> u64 {
    let p = l % 4;
    (s[2 * (l / 4) + (p & 1)] >> (32 * (p >> 1))) & 0xffff_ffff
}

impl Weights {
    fn from_dense(rows: impl ExactSizeIterator<Item = [i16; ROW]>) -> Weights {
        let n = rows.len();
        Weights::from_sparse(n, rows.enumerate())
    }

    /// The table of `n` buckets from its non-zero rows `(bucket, row)`, in bucket order
    /// (zero rows and buckets out of order or range are left out).
    fn from_sparse(n: usize, rows: impl Iterator<Item = (usize, [i16; ROW])>) -> Weights {
        let mut w = Weights {
            blocks: vec![Block::default(); n.div_ceil(64)],
            rows: Vec::new(),
        };
        let mut next = 0;
        for (r, row) in rows {
            if r < next || r >= n || row.iter().all(|&x| x == 0) {
                continue;
            }
            next = r + 1;
            let b = &mut w.blocks[r / 64];
            if b.present == 0 {
                b.base = w.rows.len() as u32;
            }
            b.present |= 1 << (r % 64);
            w.rows.push(pack(row));
        }
        w
    }

    /// The index in `rows` of bucket `r`, `u32::MAX` when the row is all zeros.
    #[inline]
    fn index(&self, r: usize) -> u32 {
        let Some(b) = self.blocks.get(r >> 6) else {
            return u32::MAX;
        };
        let bit = 1u64 << (r & 63);
        if b.present & bit == 0 {
            return u32::MAX;
        }
        b.base + (b.present & (bit - 1)).count_ones()
    }

    /// The row of bucket `r`, `None` when it is all zeros.
    fn row(&self, r: usize) -> Option<&Packed> {
        self.rows.get(self.index(r) as usize)
    }

    /// Every row in bucket order, zeros included.
    fn dense(&self) -> impl Iterator<Item = [i16; ROW]> + '_ {
        (0..self.blocks.len() * 64).map(|r| {
            let mut out = [0i16; ROW];
            if let Some(p) = self.row(r) {
                for (l, w) in out.iter_mut().take(LABELS).enumerate() {
                    *w = (row_lane(p, l) as i32 - BIAS) as i16;
                }
            }
            out
        })
    }
}

/// Why a model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub String);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "[NER001] name tagger model: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

/// The first form: every bucket's row, deflated.
const MAGIC: &[u8; 6] = b"ATNER1";
/// The sparse form: after the same header (hash bits, scale), deflated, a presence bit per
/// bucket (bucket `r` is bit `r % 8` of byte `r / 8`) and then the rows of the buckets
/// present, in order. Few rows are non-zero, so it inflates a twentieth of the bytes.
const MAGIC_SPARSE: &[u8; 6] = b"ATNER2";

/// The model shipped with attache (trained on GUM's openly licensed genres; see
/// models/README.md).
pub static BUILTIN_MODEL: &[u8] = include_bytes!("../models/ner.bin");

impl NameTagger {
    /// The shipped model.
    pub fn builtin() -> Result<NameTagger, ModelError> {
        NameTagger::from_bytes(BUILTIN_MODEL)
    }

    /// Reads either form (`ATNER1` dense, `ATNER2` sparse); both give the same tagger.
    pub fn from_bytes(bytes: &[u8]) -> Result<NameTagger, ModelError> {
        let sparse = bytes.get(..6) == Some(MAGIC_SPARSE.as_slice());
        if bytes.len() < 11 || !(sparse || &bytes[..6] == MAGIC) {
            return Err(ModelError("not an ATNER1 or ATNER2 model file".into()));
        }
        let bits = bytes[6] as u32;
        if !(8..=24).contains(&bits) {
            return Err(ModelError(format!("hash bits {bits} outside 8..=24")));
        }
        let scale = f32::from_le_bytes([bytes[7], bytes[8], bytes[9], bytes[10]]);
        if !(scale.is_finite() && scale > 0.0) {
            return Err(ModelError(format!("bad weight scale {scale}")));
        }
        let mut raw = Vec::new();
        flate2::read::DeflateDecoder::new(&bytes[11..])
            .read_to_end(&mut raw)
            .map_err(|e| ModelError(format!("weights do not inflate: {e}")))?;
        let rows = 1usize << bits;
        if sparse {
            return NameTagger::from_sparse_raw(bits, scale, &raw);
        }
        if raw.len() != rows * LABELS * 2 {
            return Err(ModelError(format!(
                "expected {} weight bytes, found {}",
                rows * LABELS * 2,
                raw.len()
            )));
        }
        let weights = Weights::from_dense(raw.chunks_exact(LABELS * 2).map(|c| {
            let mut row = [0i16; ROW];
            for (w, b) in row.iter_mut().zip(c.chunks_exact(2)) {
                *w = i16::from_le_bytes([b[0], b[1]]);
            }
            row
        }));
        Ok(NameTagger {
            bits,
            weights,
            scale,
        })
    }

    /// The inflated body of the sparse form: presence bits, then the rows present.
    fn from_sparse_raw(bits: u32, scale: f32, raw: &[u8]) -> Result<NameTagger, ModelError> {
        let rows = 1usize << bits;
        let (present, body) = raw.split_at(raw.len().min(rows.div_ceil(8)));
        let count: usize = present.iter().map(|b| b.count_ones() as usize).sum();
        if present.len() != rows.div_ceil(8) || body.len() != count * LABELS * 2 {
            return Err(ModelError(format!(
                "expected {} presence bytes and {} row bytes, found {} in all",
                rows.div_ceil(8),
                count * LABELS * 2,
                raw.len()
            )));
        }
        let buckets = (0..rows).filter(|r| present[r / 8] & (1 << (r % 8)) != 0);
        let weights = Weights::from_sparse(
            rows,
            buckets.zip(body.chunks_exact(LABELS * 2)).map(|(r, c)| {
                let mut row = [0i16; ROW];
                for (w, b) in row.iter_mut().zip(c.chunks_exact(2)) {
                    *w = i16::from_le_bytes([b[0], b[1]]);
                }
                (r, row)
            }),
        );
        Ok(NameTagger {
            bits,
            weights,
            scale,
        })
    }

    /// Serializes in the sparse form (16-bit weights); weights below `prune` in magnitude
    /// become zero.
    pub fn to_bytes(&self, prune: f32) -> Vec<u8> {
        let rows = self.weights.blocks.len() * 64;
        let mut present = vec![0u8; rows.div_ceil(8)];
        let mut body = Vec::new();
        let cut = (prune * self.scale).round() as i32;
        for (r, row) in self.weights.dense().enumerate() {
            let q = row.map(|w| if (w as i32).abs() < cut { 0 } else { w });
            if q.iter().take(LABELS).all(|&w| w == 0) {
                continue;
            }
            present[r / 8] |= 1 << (r % 8);
            for &w in q.iter().take(LABELS) {
                body.extend_from_slice(&w.to_le_bytes());
            }
        }
        let mut raw = present;
        raw.extend_from_slice(&body);
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC_SPARSE);
        out.push(self.bits as u8);
        out.extend_from_slice(&self.scale.to_le_bytes());
        let mut enc = flate2::write::DeflateEncoder::new(out, flate2::Compression::best());
        // Writing into a Vec cannot fail.
        let _ = enc.write_all(&raw);
        enc.finish().unwrap_or_default()
    }

    /// Names in `words` (one sentence).
    pub fn tag(&self, words: &[&str], gaz: &Gazetteer) -> Vec<NameSpan> {
        let toks = describe(words, gaz);
        let mut labels = vec![0usize; toks.len()];
        let mask = (1u64 << self.bits) - 1;
        for i in 0..toks.len() {
            if !toks[i].gated {
                continue;
            }
            let prev = if i > 0 { labels[i - 1] } else { 0 };
            let prev2 = if i > 1 { labels[i - 2] } else { 0 };
            // hashes first, then the presence bits, then the rows: the loads of one step do
            // not wait on each other, so their cache misses overlap
            let mut buckets = [0usize; MAX_ROWS_ADDED];
            let mut n = 0;
            for_each_feature(&toks, i, prev, prev2, |f| {
                if let Some(slot) = buckets.get_mut(n) {
                    *slot = (f & mask) as usize;
                    n += 1;
                }
            });
            let mut rows = [u32::MAX; MAX_ROWS_ADDED];
            for (row, &b) in rows.iter_mut().zip(&buckets[..n]) {
                *row = self.weights.index(b);
            }
            let mut sum: Sums = [0; 4];
            for &r in &rows[..n] {
                if let Some(row) = self.weights.rows.get(r as usize) {
                    add_row(&mut sum, row);
                }
            }
            let mut best = 0;
            let mut best_score = lane(&sum, 0);
            for l in 1..LABELS {
                let score = lane(&sum, l);
                if allowed(prev, l) && score > best_score {
                    best = l;
                    best_score = score;
                }
            }
            labels[i] = best;
        }
        spans_of(&labels)
    }

    /// Greedy decoding with perceptron updates against the gold labels (training).
    fn decode(
        &self,
        toks: &[Tok],
        labels: &mut Vec<usize>,
        feats: &mut Vec<u64>,
        gold: &[usize],
        t: &mut Trainer,
    ) {
        labels.clear();
        labels.resize(toks.len(), 0);
        let mask = (1u64 << self.bits) - 1;
        for i in 0..toks.len() {
            if !toks[i].gated {
                continue;
            }
            let prev = if i > 0 { labels[i - 1] } else { 0 };
            let prev2 = if i > 1 { labels[i - 2] } else { 0 };
            feats.clear();
            for_each_feature(toks, i, prev, prev2, |f| feats.push(f));
            let mut score = [0f32; ROW];
            for &f in feats.iter() {
                let row = &t.w[(f & mask) as usize];
                for l in 0..LABELS {
                    score[l] += row[l];
                }
            }
            let mut best = 0;
            for l in 1..LABELS {
                if allowed(prev, l) && score[l] > score[best] {
                    best = l;
                }
            }
            if gold[i] != best {
                t.update(feats, mask, gold[i], best);
            }
            labels[i] = best;
        }
    }
}

/// Spans from BIO labels.
fn spans_of(labels: &[usize]) -> Vec<NameSpan> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        let l = labels[i];
        match label_kind(l) {
            Some(kind) if !is_inside(l) || i == 0 || labels[i - 1] == 0 => {
                let mut j = i + 1;
                while j < labels.len()
                    && is_inside(labels[j])
                    && label_kind(labels[j]) == Some(kind)
                {
                    j += 1;
                }
                out.push(NameSpan {
                    start: i,
                    end: j,
                    kind,
                });
                i = j;
            }
            _ => i += 1,
        }
    }
    out
}

/// Per-token hashes computed once per sentence.
#[derive(Clone, Copy, Debug, Default)]
struct Tok {
    lower: u64,
    shape: u64,
    pre3: u64,
    suf2: u64,
    suf3: u64,
    suf4: u64,
    gaz: u8,
    upper: bool,
    gated: bool,
}

const K: u64 = 0x517c_c1b7_2722_0a95;

#[inline]
fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

fn hash_lower(word: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325;
    for c in word.chars() {
        for l in c.to_lowercase() {
            h = mix(h, l as u64);
        }
    }
    h
}

fn has_upper(word: &str) -> bool {
    for &b in word.as_bytes() {
        if b.is_ascii_uppercase() {
            return true;
        }
        if !b.is_ascii() {
            return word.chars().any(char::is_uppercase);
        }
    }
    false
}

fn describe(words: &[&str], gaz: &Gazetteer) -> Vec<Tok> {
    let n = words.len();
    let upper: Vec<bool> = words.iter().map(|w| has_upper(w)).collect();
    // uppers[k] = capitalized words among the first k
    let mut uppers = Vec::with_capacity(n + 1);
    uppers.push(0u32);
    for &u in &upper {
        uppers.push(uppers[uppers.len() - 1] + u as u32);
    }
    let any_upper = |from: usize, to: usize| uppers[to.min(n)] > uppers[from];
    (0..n)
        .map(|i| {
            // gated: capitalized or next to a capitalized word; features of a token are
            // read for gated tokens and their neighbours two away, so it is described when
            // a capitalized word is within three
            let gated = any_upper(i.saturating_sub(1), i + 2);
            let mut t = if any_upper(i.saturating_sub(3), i + 4) {
                describe_word(words[i], gaz)
            } else {
                Tok::default()
            };
            t.upper = upper[i];
            t.gated = gated;
            t
        })
        .collect()
}

const LOWER_SEED: u64 = 0xcbf2_9ce4_8422_2325;
const SHAPE_SEED: u64 = 0x8422_2325_cbf2_9ce4;
const PREFIX_SEED: u64 = 0x1234;

/// The hash of the last `min(k, n)` of the `n` lower-case chars whose last four are
/// `tail` (oldest first).
fn suffix_hash(tail: &[u32], k: usize) -> u64 {
    let mut h = 0x9e37_79b9u64 + k as u64;
    for &c in &tail[tail.len() - k.min(tail.len())..] {
        h = mix(h, c as u64);
    }
    h
}

/// The shape class of a char: upper, lower, digit, or the char itself.
#[inline]
fn char_class(c: char) -> u64 {
    if c.is_uppercase() {
        b'X' as u64
    } else if c.is_lowercase() {
        b'x' as u64
    } else if c.is_numeric() {
        b'd' as u64
    } else {
        c as u64 | 0x1000
    }
}

fn describe_word(word: &str, gaz: &Gazetteer) -> Tok {
    if !word.is_ascii() {
        return describe_word_unicode(word, gaz);
    }
    let bytes = word.as_bytes();
    let mut lower = LOWER_SEED;
    let mut shape = SHAPE_SEED;
    let mut last_class = 0u64;
    let mut upper = false;
    let mut pre3 = PREFIX_SEED;
    for (k, &b) in bytes.iter().enumerate() {
        let class = match b {
            b'A'..=b'Z' => {
                upper = true;
                b'X'
            }
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            _ => 0,
        } as u64;
        let class = if class == 0 { b as u64 | 0x1000 } else { class };
        if class != last_class {
            shape = mix(shape, class);
            last_class = class;
        }
        let l = b.to_ascii_lowercase() as u64;
        lower = mix(lower, l);
        if k < 3 {
            pre3 = mix(pre3, l);
        }
    }
    let mut tail = [0u32; 4];
    let t = &bytes[bytes.len().saturating_sub(4)..];
    for (slot, &b) in tail.iter_mut().zip(t) {
        *slot = b.to_ascii_lowercase() as u32;
    }
    word_tok(lower, shape, pre3, &tail[..t.len()], upper, gaz)
}

/// [`describe_word`] for words with non-ASCII chars (lower-casing may change their count).
fn describe_word_unicode(word: &str, gaz: &Gazetteer) -> Tok {
    let mut lower = LOWER_SEED;
    let mut shape = SHAPE_SEED;
    let mut last_class = 0u64;
    let mut upper = false;
    let mut lowered: [u32; 4] = [0; 4]; // last four lowercase chars, newest last
    let mut pre3 = PREFIX_SEED;
    let mut n = 0usize;
    for c in word.chars() {
        let class = char_class(c);
        upper |= class == b'X' as u64;
        if class != last_class {
            shape = mix(shape, class);
            last_class = class;
        }
        for l in c.to_lowercase() {
            lower = mix(lower, l as u64);
            if n < 3 {
                pre3 = mix(pre3, l as u64);
            }
            n += 1;
            lowered = [lowered[1], lowered[2], lowered[3], l as u32];
        }
    }
    word_tok(lower, shape, pre3, &lowered[4 - n.min(4)..], upper, gaz)
}

/// A word's description from its hashes and its last (up to four) lowercase chars.
#[inline]
fn word_tok(lower: u64, shape: u64, pre3: u64, tail: &[u32], upper: bool, gaz: &Gazetteer) -> Tok {
    Tok {
        lower,
        shape,
        pre3,
        suf2: suffix_hash(tail, 2),
        suf3: suffix_hash(tail, 3),
        suf4: suffix_hash(tail, 4),
        gaz: gaz.classes_of(lower),
        upper,
        gated: false,
    }
}

const BOS: Tok = Tok {
    lower: 0x0b05,
    shape: 0x0b05,
    pre3: 0,
    suf2: 0,
    suf3: 0,
    suf4: 0,
    gaz: 0,
    upper: false,
    gated: false,
};
const EOS: Tok = Tok {
    lower: 0x0e05,
    shape: 0x0e05,
    ..BOS
};

#[inline]
fn f(template: u64, a: u64) -> u64 {
    mix(
        mix(template.wrapping_mul(0x9e37_79b9_7f4a_7c15), a),
        template,
    )
}

#[inline]
fn f2(template: u64, a: u64, b: u64) -> u64 {
    mix(f(template, a), b)
}

/// Calls `out` with the hash of every feature of token `i` given the two previous labels.
#[inline(always)]
fn for_each_feature(toks: &[Tok], i: usize, prev: usize, prev2: usize, mut out: impl FnMut(u64)) {
    let at = |k: isize| -> &Tok {
        let j = i as isize + k;
        if j < 0 {
            &BOS
        } else if j as usize >= toks.len() {
            &EOS
        } else {
            &toks[j as usize]
        }
    };
    let (w, p, n, p2, n2) = (at(0), at(-1), at(1), at(-2), at(2));
    let first = (i == 0) as u64;
    out(f(0, 0));
    out(f(1, w.lower));
    out(f(2, w.shape));
    out(f(3, w.pre3));
    out(f(4, w.suf2));
    out(f(5, w.suf3));
    out(f(6, w.suf4));
    out(f(7, p.lower));
    out(f(8, n.lower));
    out(f(9, p2.lower));
    out(f(10, n2.lower));
    out(f2(11, p.shape, w.shape));
    out(f2(12, w.shape, n.shape));
    out(f(13, prev as u64));
    out(f2(14, prev as u64, prev2 as u64));
    out(f2(15, prev as u64, w.lower));
    out(f2(16, prev as u64, w.shape));
    out(f2(17, first, w.lower));
    out(f2(18, p.lower, w.lower));
    out(f2(19, w.lower, n.lower));
    out(f2(20, first, w.shape));
    out(f2(21, prev as u64, n.lower));
    if w.gaz != 0 {
        out(f(22, w.gaz as u64));
        out(f2(23, w.gaz as u64, prev as u64));
    }
    if p.gaz != 0 {
        out(f(24, p.gaz as u64));
    }
    if n.gaz != 0 {
        out(f(25, n.gaz as u64));
    }
}

/// Training state: current weights and the running sums for averaging.
struct Trainer {
    w: Vec<[f32; ROW]>,
    u: Vec<[f32; ROW]>,
    step: f32,
}

impl Trainer {
    fn update(&mut self, feats: &[u64], mask: u64, gold: usize, guess: usize) {
        for &f in feats {
            let r = (f & mask) as usize;
            self.w[r][gold] += 1.0;
            self.w[r][guess] -= 1.0;
            self.u[r][gold] += self.step;
            self.u[r][guess] -= self.step;
        }
    }
}

/// One training sentence: its words and its names.
#[derive(Clone, Debug)]
pub struct TrainSentence {
    pub words: Vec<String>,
    pub names: Vec<NameSpan>,
}

/// Training settings.
#[derive(Clone, Copy, Debug)]
pub struct TrainOptions {
    pub epochs: usize,
    /// log2 of the number of weight rows.
    pub bits: u32,
    pub seed: u64,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            epochs: 10,
            bits: 18,
            seed: 7,
        }
    }
}

/// Trains an averaged perceptron on `data`. `progress` is called after each epoch with
/// (epoch, training token errors).
pub fn train(
    data: &[TrainSentence],
    gaz: &Gazetteer,
    opts: TrainOptions,
    mut progress: impl FnMut(usize, usize),
) -> NameTagger {
    let rows = 1usize << opts.bits;
    let mut model = NameTagger {
        bits: opts.bits,
        weights: Weights::default(),
        scale: 1.0,
    };
    let mut t = Trainer {
        w: vec![[0f32; ROW]; rows],
        u: vec![[0f32; ROW]; rows],
        step: 1.0,
    };
    let prepared: Vec<(Vec<Tok>, Vec<usize>)> = data
        .iter()
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            let toks = describe(&words, gaz);
            let mut gold = vec![0usize; words.len()];
            for n in &s.names {
                let b = n.kind.begin_label();
                for (k, g) in gold
                    .iter_mut()
                    .enumerate()
                    .take(n.end.min(words.len()))
                    .skip(n.start)
                {
                    *g = if k == n.start { b } else { b + 1 };
                }
            }
            // Names outside the gate cannot be learned; leave them as the gate decides.
            for (k, g) in gold.iter_mut().enumerate() {
                if !toks[k].gated {
                    *g = 0;
                }
            }
            (toks, gold)
        })
        .collect();
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut rng = opts.seed.max(1);
    let mut labels = Vec::new();
    let mut feats = Vec::new();
    for epoch in 0..opts.epochs {
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let mut errors = 0;
        for &k in &order {
            let (toks, gold) = &prepared[k];
            model.decode(toks, &mut labels, &mut feats, gold, &mut t);
            errors += labels.iter().zip(gold).filter(|(a, b)| a != b).count();
            t.step += 1.0;
        }
        progress(epoch + 1, errors);
    }
    let c = t.step;
    let averaged: Vec<[f32; ROW]> =
        t.w.iter()
            .zip(&t.u)
            .map(|(w, u)| {
                let mut r = [0f32; ROW];
                for l in 0..LABELS {
                    r[l] = w[l] - u[l] / c;
                }
                r
            })
            .collect();
    let max = averaged
        .iter()
        .flat_map(|r| r.iter())
        .fold(0f32, |m, w| m.max(w.abs()));
    model.scale = if max > 0.0 { 32000.0 / max } else { 1.0 };
    model.weights = Weights::from_dense(averaged.iter().map(|r| {
        let mut q = [0i16; ROW];
        for l in 0..LABELS {
            q[l] = (r[l] * model.scale).round() as i16;
        }
        q
    }));
    model
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(text: &str, names: &[(usize, usize, NameKind)]) -> TrainSentence {
        TrainSentence {
            words: text.split(' ').map(str::to_string).collect(),
            names: names
                .iter()
                .map(|&(start, end, kind)| NameSpan { start, end, kind })
                .collect(),
        }
    }

    #[test]
    fn a_model_learns_its_training_names_and_survives_serialization() {
        let data = vec![
            sentence(
                "Yesterday Maria Lopez visited Paris with Acme Corp staff .",
                &[
                    (1, 3, NameKind::Person),
                    (4, 5, NameKind::Place),
                    (6, 8, NameKind::Organization),
                ],
            ),
            sentence("They said nothing .", &[]),
        ];
        let gaz = Gazetteer::default();
        let opts = TrainOptions {
            epochs: 5,
            bits: 12,
            seed: 1,
        };
        let model = train(&data, &gaz, opts, |_, _| {});
        let words: Vec<&str> = data[0].words.iter().map(String::as_str).collect();
        assert_eq!(model.tag(&words, &gaz), data[0].names);
        let again = NameTagger::from_bytes(&model.to_bytes(0.0)).expect("round trip");
        assert_eq!(again.tag(&words, &gaz), data[0].names);
    }

    #[test]
    fn packed_rows_keep_extreme_weights_and_their_order() {
        let rows = vec![
            [0i16; ROW],
            [-32768, 32767, 0, -1, 1, 12, -12, 0],
            [0i16; ROW],
            [5, 0, 0, 0, 0, 0, -32768, 0],
        ];
        let w = Weights::from_dense(rows.clone().into_iter());
        assert_eq!(w.rows.len(), 2);
        assert!(w.row(0).is_none() && w.row(2).is_none());
        assert_eq!(w.dense().take(4).collect::<Vec<_>>(), rows);
        // 26 additions of the extreme weights (a token's most) keep every lane's order
        let row = w.row(1).copied().unwrap_or_default();
        let mut sum: Sums = [0; 4];
        for _ in 0..26 {
            add_row(&mut sum, &row);
        }
        for (l, &w) in rows[1].iter().take(LABELS).enumerate() {
            let want = 26 * (w as i64 + BIAS as i64);
            assert_eq!(lane(&sum, l) as i64, want, "lane {l}");
        }
        let order = [0, 6, 3, 2, 4, 5, 1]; // ascending weights of row 1
        for pair in order.windows(2) {
            assert!(lane(&sum, pair[0]) < lane(&sum, pair[1]), "{pair:?}");
        }
    }

    #[test]
    fn the_dense_and_sparse_forms_load_the_same_weights() {
        let bits = 8;
        let dense: Vec<[i16; ROW]> = (0..1usize << bits)
            .map(|r| {
                let mut row = [0i16; ROW];
                if r % 3 == 0 {
                    for (l, w) in row.iter_mut().take(LABELS).enumerate() {
                        *w = ((r * 7 + l * 13) % 200) as i16 - 100;
                    }
                }
                row
            })
            .collect();
        let mut raw = Vec::new();
        for row in &dense {
            for w in row.iter().take(LABELS) {
                raw.extend_from_slice(&w.to_le_bytes());
            }
        }
        let mut v1 = MAGIC.to_vec();
        v1.push(bits as u8);
        v1.extend_from_slice(&2.5f32.to_le_bytes());
        let mut enc = flate2::write::DeflateEncoder::new(v1, flate2::Compression::fast());
        enc.write_all(&raw).expect("in memory");
        let v1 = enc.finish().expect("in memory");
        let from_v1 = NameTagger::from_bytes(&v1).expect("dense form");
        let v2 = from_v1.to_bytes(0.0);
        assert_eq!(&v2[..6], MAGIC_SPARSE);
        let from_v2 = NameTagger::from_bytes(&v2).expect("sparse form");
        assert_eq!(from_v1.weights.rows, from_v2.weights.rows);
        assert_eq!(
            from_v1.weights.dense().collect::<Vec<_>>(),
            from_v2.weights.dense().collect::<Vec<_>>()
        );
        assert_eq!(from_v2.weights.dense().collect::<Vec<_>>(), dense);
        assert_eq!((from_v2.bits, from_v2.scale), (bits, 2.5));
    }

    #[test]
    fn a_corrupt_model_file_is_an_error_not_a_panic() {
        assert!(NameTagger::from_bytes(b"ATNER1\x10\0\0\x80\x3fgarbage").is_err());
        assert!(NameTagger::from_bytes(b"ATNER2\x10\0\0\x80\x3fgarbage").is_err());
        assert!(NameTagger::from_bytes(b"nope").is_err());
    }

    #[test]
    fn inside_labels_never_start_a_name() {
        assert!(!allowed(0, 2));
        assert!(!allowed(1, 4));
        assert!(allowed(1, 2));
        assert_eq!(
            spans_of(&[0, 2, 2, 5]),
            vec![
                NameSpan {
                    start: 1,
                    end: 3,
                    kind: NameKind::Person
                },
                NameSpan {
                    start: 3,
                    end: 4,
                    kind: NameKind::Place
                }
            ]
        );
    }
}
