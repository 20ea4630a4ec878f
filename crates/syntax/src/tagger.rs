//! Greedy left-to-right part-of-speech tagger: an averaged perceptron over joint
//! (PTB XPOS, UPOS) classes, with a tag dictionary that fixes frequent unambiguous words
//! and gives the possible tags of the words to the right as features.

use std::collections::HashMap;

use attache_core::tags::{Upos, Xpos};

use crate::corpus::GoldSentence;
use crate::features::{feat, hash_bytes, Analyzer, WordInfo};
use crate::io::{ByteReader, ByteWriter};
use crate::perceptron::{SparseModel, Trainer};
use crate::U64Map;

pub const TAGGER_BITS: u32 = 20;
const KIND: u8 = b'T';
/// A word seen at least this often with one class this large a share is tagged without the
/// model.
const SURE_COUNT: u32 = 20;
const SURE_SHARE: f64 = 0.997;
/// First-pass margin (in quantized weight units) above which the second pass is skipped.
const KEEP_MARGIN: i32 = 50_000;

#[derive(Clone, Copy, Debug)]
struct DictEntry {
    /// Bit `x` set when XPOS id `x` was seen for the word.
    mask: u64,
    /// The class to assign without scoring, or `u16::MAX`.
    sure: u16,
}

pub struct Tagger {
    classes: Vec<(Xpos, Upos)>,
    /// First pass (left context only).
    model: SparseModel,
    /// Second pass: also reads the first pass's classes to the right.
    second: Option<SparseModel>,
    dict: U64Map<DictEntry>,
    /// See [`Tagger::set_keep_margin`].
    keep_margin: i32,
}

/// Per-sentence scratch reused across calls.
#[derive(Default)]
pub struct TagScratch {
    pub info: Vec<WordInfo>,
    amb: Vec<u64>,
    /// Dictionary class of each token (`u16::MAX`: none), looked up once per token.
    sure: Vec<u16>,
    first: Vec<u16>,
    /// First-pass margin of each token.
    margins: Vec<i32>,
    feats: Vec<u64>,
    scores: Vec<i32>,
    analyzer: Analyzer,
}

const NONE: u64 = 0x6e6f_6e65;
const START: u64 = 0x7374_6172;

impl TagScratch {
    /// Analyzes `forms` and looks up their dictionary entries.
    fn prepare(&mut self, forms: &[&str], dict: &U64Map<DictEntry>) {
        self.info.clear();
        self.amb.clear();
        self.sure.clear();
        for f in forms {
            let w = self.analyzer.analyze(f);
            let entry = dict.get(&w.norm);
            self.amb.push(entry.map_or(NONE, |e| mix_mask(e.mask)));
            self.sure.push(entry.map_or(u16::MAX, |e| e.sure));
            self.info.push(w);
        }
    }
}

fn mix_mask(mask: u64) -> u64 {
    crate::features::mix(0xa3b1, mask)
}

/// Features of word `i` given the two previous classes and, in the second pass, the
/// first pass's classes of the whole sentence.
fn features(
    info: &[WordInfo],
    amb: &[u64],
    i: usize,
    (p1, p2): (u64, u64),
    first: Option<&[u16]>,
    out: &mut Vec<u64>,
) {
    out.clear();
    let w = &info[i];
    let get = |k: isize| -> Option<&WordInfo> {
        let j = i as isize + k;
        (j >= 0).then(|| info.get(j as usize)).flatten()
    };
    let norm = |k: isize| get(k).map_or(START, |x| x.norm);
    let shape = |k: isize| get(k).map_or(START, |x| x.shape);
    let suf3 = |k: isize| get(k).map_or(START, |x| x.suffix[2]);
    let ambk = |k: isize| {
        let j = i as isize + k;
        if j < 0 {
            START
        } else {
            amb.get(j as usize).copied().unwrap_or(START)
        }
    };
    out.push(feat(0, &[]));
    out.push(feat(1, &[w.norm]));
    for (k, s) in w.suffix.iter().enumerate() {
        out.push(feat(2 + k as u64, &[*s]));
    }
    for (k, p) in w.prefix.iter().enumerate() {
        out.push(feat(6 + k as u64, &[*p]));
    }
    out.push(feat(9, &[w.shape]));
    out.push(feat(10, &[w.flags as u64, (i == 0) as u64]));
    out.push(feat(11, &[norm(-1)]));
    out.push(feat(12, &[norm(1)]));
    out.push(feat(13, &[norm(-2)]));
    out.push(feat(14, &[norm(2)]));
    out.push(feat(15, &[p1]));
    out.push(feat(16, &[p2]));
    out.push(feat(17, &[p1, p2]));
    out.push(feat(18, &[p1, w.norm]));
    out.push(feat(19, &[ambk(1)]));
    out.push(feat(20, &[ambk(2)]));
    out.push(feat(21, &[suf3(1)]));
    out.push(feat(22, &[suf3(-1)]));
    out.push(feat(23, &[shape(1)]));
    out.push(feat(24, &[shape(-1)]));
    out.push(feat(25, &[amb[i]]));
    out.push(feat(26, &[p1, ambk(1)]));
    out.push(feat(27, &[w.norm, norm(1)]));
    out.push(feat(28, &[w.norm, norm(-1)]));
    out.push(feat(29, &[w.exact]));
    out.push(feat(30, &[amb[i], ambk(1)]));
    out.push(feat(31, &[amb[i], p1]));
    out.push(feat(32, &[w.suffix[2], p1]));
    if let Some(f) = first {
        let c = |k: usize| f.get(k).map_or(START, |&c| c as u64 + 1);
        let (c0, r1, r2) = (c(i), c(i + 1), c(i + 2));
        out.push(feat(40, &[r1]));
        out.push(feat(41, &[r1, r2]));
        out.push(feat(42, &[c0]));
        out.push(feat(43, &[p1, r1]));
        out.push(feat(44, &[w.norm, r1]));
        out.push(feat(45, &[c0, r1]));
        out.push(feat(46, &[p1, c0, r1]));
        out.push(feat(47, &[w.suffix[2], r1]));
    }
}

impl Tagger {
    pub fn classes(&self) -> &[(Xpos, Upos)] {
        &self.classes
    }

    /// Tags `forms`; the result holds one class index per form (see [`Tagger::classes`]).
    pub fn tag(&self, forms: &[&str], sc: &mut TagScratch, out: &mut Vec<u16>) {
        sc.prepare(forms, &self.dict);
        sc.scores.resize(self.classes.len(), 0);
        match &self.second {
            None => self.pass(&self.model, None, sc, out),
            Some(second) => {
                let mut first = std::mem::take(&mut sc.first);
                self.pass(&self.model, None, sc, &mut first);
                self.pass(second, Some(&first), sc, out);
                sc.first = first;
            }
        }
    }

    fn pass(
        &self,
        model: &SparseModel,
        first: Option<&[u16]>,
        sc: &mut TagScratch,
        out: &mut Vec<u16>,
    ) {
        out.clear();
        let second = first.is_some();
        if !second {
            sc.margins.clear();
        }
        let (mut p1, mut p2) = (START, START);
        for i in 0..sc.info.len() {
            let sure = sc.sure.get(i).copied().unwrap_or(u16::MAX);
            let confident = second && sc.margins.get(i).is_some_and(|&m| m >= self.keep_margin);
            let c = if (sure as usize) < self.classes.len() {
                if !second {
                    sc.margins.push(i32::MAX);
                }
                sure
            } else if let (true, Some(&c)) = (confident, first.and_then(|f| f.get(i))) {
                // The first pass was sure enough: the second pass would agree.
                c
            } else {
                features(&sc.info, &sc.amb, i, (p1, p2), first, &mut sc.feats);
                sc.scores.iter_mut().for_each(|s| *s = 0);
                model.score(&sc.feats, &mut sc.scores);
                let (best, margin) = top_two(&sc.scores);
                if !second {
                    sc.margins.push(margin);
                }
                best as u16
            };
            out.push(c);
            p2 = p1;
            p1 = c as u64 + 1;
        }
    }

    /// Tokens whose first-pass margin reaches `margin` skip the second pass (speed).
    pub fn set_keep_margin(&mut self, margin: i32) {
        self.keep_margin = margin;
    }

    pub fn write(&self) -> Vec<u8> {
        let mut w = ByteWriter::default();
        w.magic(KIND);
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
        self.model.write(&mut w);
        w.u32(self.second.is_some() as u32);
        if let Some(m) = &self.second {
            m.write(&mut w);
        }
        w.buf
    }

    pub fn read(data: &[u8]) -> Result<Tagger, String> {
        let mut r = ByteReader::new(data);
        r.magic(KIND)?;
        let n = r.u32()? as usize;
        let mut classes = Vec::with_capacity(n.min(1024));
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
        let model = SparseModel::read(&mut r)?;
        let second = match r.u32()? {
            0 => None,
            _ => Some(SparseModel::read(&mut r)?),
        };
        r.done()?;
        if model.n_classes() != classes.len()
            || second
                .as_ref()
                .is_some_and(|m| m.n_classes() != classes.len())
        {
            return Err("tagger: class table and weights disagree".into());
        }
        Ok(Tagger {
            classes,
            model,
            second,
            dict,
            keep_margin: KEEP_MARGIN,
        })
    }

    pub fn weight_bytes(&self) -> usize {
        self.model.bytes() + self.second.as_ref().map_or(0, SparseModel::bytes)
    }
}

/// Index of the best score (the first one on ties) and its margin over the best of the
/// others. Written as plain max/position passes, which the compiler vectorizes.
fn top_two(s: &[i32]) -> (usize, i32) {
    let top = s.iter().copied().fold(i32::MIN, i32::max);
    let best = s.iter().position(|&v| v == top).unwrap_or(0);
    let second = s
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != best)
        .map(|(_, &v)| v)
        .fold(i32::MIN, i32::max);
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
}

fn inventory(train: &[GoldSentence]) -> Inventory {
    let mut class_ids: HashMap<(Xpos, Upos), u16> = HashMap::new();
    let mut classes = Vec::new();
    let mut counts: HashMap<u64, HashMap<u16, u32>> = HashMap::new();
    let mut an = Analyzer::default();
    let mut gold: Vec<Vec<u16>> = Vec::with_capacity(train.len());
    for s in train {
        let mut g = Vec::with_capacity(s.len());
        for i in 0..s.len() {
            let key = (s.xpos[i], s.upos[i]);
            let id = *class_ids.entry(key).or_insert_with(|| {
                classes.push(key);
                (classes.len() - 1) as u16
            });
            g.push(id);
            let norm = hash_bytes(an.normalize(&s.forms[i]).as_bytes());
            *counts.entry(norm).or_default().entry(id).or_default() += 1;
        }
        gold.push(g);
    }
    let mut dict = U64Map::default();
    for (norm, cs) in &counts {
        let total: u32 = cs.values().sum();
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
    Inventory {
        classes,
        dict,
        gold,
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
    eval: &mut dyn FnMut(usize, f64, SparseModel) -> f64,
) {
    let n_classes = inv.classes.len();
    let mut trainer = Trainer::new(TAGGER_BITS, n_classes);
    let mut rng = crate::corpus::Rng::new(seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut sc = TagScratch::default();
    let mut scores = vec![0f32; n_classes];
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &si in &order {
            let s = &train[si];
            let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
            sc.prepare(&forms, &inv.dict);
            let f = first.map(|f| f[si].as_slice());
            let (mut p1, mut p2) = (START, START);
            for (i, &g) in inv.gold[si].iter().enumerate() {
                let sure = sc.sure.get(i).copied().unwrap_or(u16::MAX);
                let pred = if sure != u16::MAX {
                    sure
                } else {
                    features(&sc.info, &sc.amb, i, (p1, p2), f, &mut sc.feats);
                    scores.iter_mut().for_each(|s| *s = 0.0);
                    trainer.score(&sc.feats, &mut scores);
                    let pred = argmax_f32(&scores) as u16;
                    if pred != g {
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
            trainer.to_sparse(),
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
            let tagger = Tagger {
                classes: inv.classes.clone(),
                model,
                second: None,
                dict: inv.dict.clone(),
                keep_margin: KEEP_MARGIN,
            };
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
        None => Tagger {
            classes: inv.classes.clone(),
            model: Trainer::new(8, inv.classes.len()).to_sparse(),
            second: None,
            dict: inv.dict.clone(),
            keep_margin: KEEP_MARGIN,
        },
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
            let tagger = Tagger {
                classes: inv.classes.clone(),
                model: base.model.clone(),
                second: Some(model),
                dict: inv.dict.clone(),
                keep_margin: KEEP_MARGIN,
            };
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
