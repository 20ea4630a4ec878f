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
    weights: Vec<[i16; ROW]>,
    scale: f32,
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

const MAGIC: &[u8; 6] = b"ATNER1";

/// The model shipped with attache (trained on GUM's openly licensed genres; see
/// models/README.md).
pub static BUILTIN_MODEL: &[u8] = include_bytes!("../models/ner.bin");

impl NameTagger {
    /// The shipped model.
    pub fn builtin() -> Result<NameTagger, ModelError> {
        NameTagger::from_bytes(BUILTIN_MODEL)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<NameTagger, ModelError> {
        if bytes.len() < 11 || &bytes[..6] != MAGIC {
            return Err(ModelError("not an ATNER1 model file".into()));
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
        if raw.len() != rows * LABELS * 2 {
            return Err(ModelError(format!(
                "expected {} weight bytes, found {}",
                rows * LABELS * 2,
                raw.len()
            )));
        }
        let mut weights = vec![[0i16; ROW]; rows];
        for (r, row) in weights.iter_mut().enumerate() {
            for (l, w) in row.iter_mut().take(LABELS).enumerate() {
                let at = (r * LABELS + l) * 2;
                *w = i16::from_le_bytes([raw[at], raw[at + 1]]);
            }
        }
        Ok(NameTagger {
            bits,
            weights,
            scale,
        })
    }

    /// Serializes (16-bit weights); weights below `prune` in magnitude become zero.
    pub fn to_bytes(&self, prune: f32) -> Vec<u8> {
        let mut raw = Vec::with_capacity(self.weights.len() * LABELS * 2);
        let cut = (prune * self.scale).round() as i32;
        for row in &self.weights {
            for &w in row.iter().take(LABELS) {
                let q = if (w as i32).abs() < cut { 0 } else { w };
                raw.extend_from_slice(&q.to_le_bytes());
            }
        }
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(self.bits as u8);
        out.extend_from_slice(&self.scale.to_le_bytes());
        let mut enc = flate2::write::DeflateEncoder::new(out, flate2::Compression::best());
        // Writing into a Vec cannot fail.
        let _ = enc.write_all(&raw);
        enc.finish().unwrap_or_default()
    }

    /// Names in `words` (one sentence).
    pub fn tag(&self, words: &[&str], gaz: &Gazetteer) -> Vec<NameSpan> {
        let mut labels = Vec::new();
        let mut feats = Vec::new();
        let toks = describe(words, gaz);
        self.decode(&toks, &mut labels, &mut feats, None);
        spans_of(&labels)
    }

    /// Greedy decoding; with `train`, perceptron updates against the gold labels.
    fn decode(
        &self,
        toks: &[Tok],
        labels: &mut Vec<usize>,
        feats: &mut Vec<u64>,
        mut train: Option<(&[usize], &mut Trainer)>,
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
            features(toks, i, prev, prev2, feats);
            let mut score = [0f32; ROW];
            match &train {
                Some((_, t)) => {
                    for &f in feats.iter() {
                        let row = &t.w[(f & mask) as usize];
                        for l in 0..LABELS {
                            score[l] += row[l];
                        }
                    }
                }
                None => {
                    let mut sum = [0i32; ROW];
                    for &f in feats.iter() {
                        if let Some(row) = self.weights.get((f & mask) as usize) {
                            for l in 0..ROW {
                                sum[l] += row[l] as i32;
                            }
                        }
                    }
                    for l in 0..ROW {
                        score[l] = sum[l] as f32;
                    }
                }
            }
            let mut best = 0;
            for l in 1..LABELS {
                if allowed(prev, l) && score[l] > score[best] {
                    best = l;
                }
            }
            if let Some((gold, t)) = train.as_mut() {
                let g = gold[i];
                if g != best {
                    t.update(feats, mask, g, best);
                }
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

fn describe(words: &[&str], gaz: &Gazetteer) -> Vec<Tok> {
    let upper: Vec<bool> = words
        .iter()
        .map(|w| w.chars().any(char::is_uppercase))
        .collect();
    let gated =
        |i: usize| upper[i] || (i > 0 && upper[i - 1]) || (i + 1 < upper.len() && upper[i + 1]);
    // features of a token are read for gated tokens and their neighbours two away
    let needed = |i: usize| (i.saturating_sub(2)..(i + 3).min(words.len())).any(gated);
    (0..words.len())
        .map(|i| {
            let mut t = if needed(i) {
                describe_word(words[i], gaz)
            } else {
                Tok::default()
            };
            t.upper = upper[i];
            t.gated = gated(i);
            t
        })
        .collect()
}

fn describe_word(word: &str, gaz: &Gazetteer) -> Tok {
    let mut lower = 0xcbf2_9ce4_8422_2325u64;
    let mut shape = 0x8422_2325_cbf2_9ce4u64;
    let mut last_class = 0u64;
    let mut upper = false;
    let mut lowered: [u32; 4] = [0; 4]; // last four lowercase chars, newest last
    let mut pre3 = 0x1234u64;
    let mut n = 0usize;
    for c in word.chars() {
        let class = if c.is_uppercase() {
            upper = true;
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else {
            0
        } as u64;
        let class = if class == 0 { c as u64 | 0x1000 } else { class };
        if class != last_class {
            shape = mix(shape, class);
            last_class = class;
        }
        let mut push = |l: char| {
            lower = mix(lower, l as u64);
            if n < 3 {
                pre3 = mix(pre3, l as u64);
            }
            n += 1;
            lowered.rotate_left(1);
            lowered[3] = l as u32;
        };
        if c.is_ascii() {
            push(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut push);
        }
    }
    let suffix = |k: usize| {
        let mut h = 0x9e37_79b9u64 + k as u64;
        for &c in lowered.iter().skip(4 - k.min(n).min(4)) {
            h = mix(h, c as u64);
        }
        h
    };
    Tok {
        lower,
        shape,
        pre3,
        suf2: suffix(2),
        suf3: suffix(3),
        suf4: suffix(4),
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

fn features(toks: &[Tok], i: usize, prev: usize, prev2: usize, out: &mut Vec<u64>) {
    out.clear();
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
    out.push(f(0, 0));
    out.push(f(1, w.lower));
    out.push(f(2, w.shape));
    out.push(f(3, w.pre3));
    out.push(f(4, w.suf2));
    out.push(f(5, w.suf3));
    out.push(f(6, w.suf4));
    out.push(f(7, p.lower));
    out.push(f(8, n.lower));
    out.push(f(9, p2.lower));
    out.push(f(10, n2.lower));
    out.push(f2(11, p.shape, w.shape));
    out.push(f2(12, w.shape, n.shape));
    out.push(f(13, prev as u64));
    out.push(f2(14, prev as u64, prev2 as u64));
    out.push(f2(15, prev as u64, w.lower));
    out.push(f2(16, prev as u64, w.shape));
    out.push(f2(17, first, w.lower));
    out.push(f2(18, p.lower, w.lower));
    out.push(f2(19, w.lower, n.lower));
    out.push(f2(20, first, w.shape));
    out.push(f2(21, prev as u64, n.lower));
    if w.gaz != 0 {
        out.push(f(22, w.gaz as u64));
        out.push(f2(23, w.gaz as u64, prev as u64));
    }
    if p.gaz != 0 {
        out.push(f(24, p.gaz as u64));
    }
    if n.gaz != 0 {
        out.push(f(25, n.gaz as u64));
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
        weights: Vec::new(),
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
            model.decode(toks, &mut labels, &mut feats, Some((gold, &mut t)));
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
    model.weights = averaged
        .iter()
        .map(|r| {
            let mut q = [0i16; ROW];
            for l in 0..LABELS {
                q[l] = (r[l] * model.scale).round() as i16;
            }
            q
        })
        .collect();
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
    fn a_corrupt_model_file_is_an_error_not_a_panic() {
        assert!(NameTagger::from_bytes(b"ATNER1\x10\0\0\x80\x3fgarbage").is_err());
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
