//! Arc-hybrid dependency parser (averaged perceptron) over rich non-local features (second
//! children, valency, distance, separators; after Zhang & Nivre 2011), and a separate arc
//! labeller that reads the finished tree top-down, so each arc's features include its
//! head's label. Move weights are i8 (a small table: fewer cache misses), label weights i16.
//! The shipped moves are trained globally and decoded with a beam of [`BEAM_WIDTH`] paths
//! (`beam.rs`, since the twenty-fourth session); a file of width 1 is the greedy parser,
//! trained with the dynamic oracle with exploration (Goldberg & Nivre 2013), which the
//! search reuses: its move scoring, caches and labelling are the same code.
//!
//! Positions: 0 is the artificial root, words are 1..=n. The stack starts as `[0]`;
//! `RIGHT` onto the root is allowed only as the very last move, so every tree has one root.

use attache_core::tags::{Deprel, Xpos, DEPREL_LABELS};

use crate::corpus::{GoldSentence, Rng};
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

use crate::beam::{self, Beam};
use crate::features::{feat_fast as feat, Analyzer, WordInfo};
use crate::io::{ByteReader, ByteWriter};
use crate::perceptron::{first_index_of, DenseModel, SparseModel, Trainer};
use crate::PassHasher;

/// Hash buckets of the move table (2^19 × 3 i8 = 1.5 MB: as accurate as 2^20 on dev, and
/// faster because more of it stays in cache).
pub const PARSER_BITS: u32 = 19;
/// Hash buckets of the label table (2^16: as accurate as 2^18 on dev, smaller, faster).
pub const LABELER_BITS: u32 = 16;
/// Words seen at least this often in training keep their identity; rarer ones are read
/// by their shape.
const VOCAB_MIN: u32 = 2;
const KIND: u8 = b'P';
/// Layout of `parser.bin` after the common header: bumped whenever the features, the
/// tables or their order change, so an older file is refused on load, not misread.
const FORMAT: u32 = 0x5041_0008;
/// The layout of a greedy parser's file (width 1): [`FORMAT`] without the width word, as
/// all files were before the twenty-fourth session, so a greedy parser's file is the same
/// bytes as then.
const FORMAT_GREEDY: u32 = 0x5041_0007;

/// The moves, by their index in a row of move scores (public for the beam experiment,
/// `examples/beam_exp.rs`).
#[doc(hidden)]
pub const SHIFT: usize = 0;
#[doc(hidden)]
pub const LEFT: usize = 1;
#[doc(hidden)]
pub const RIGHT: usize = 2;
#[doc(hidden)]
pub const N_MOVES: usize = 3;

const NO: u32 = u32::MAX;
/// Word/tag value of a missing position.
const ABSENT: u64 = 0x00ab_5e47;
/// Word/tag value of the root.
const ROOT: u64 = 0x7007;

/// What the parser reads of each word: a word hash and a tag id (position 0 is the root).
pub struct ParseInput<'a> {
    pub words: &'a [u64],
    pub tags: &'a [u8],
}

impl ParseInput<'_> {
    pub(crate) fn n(&self) -> usize {
        self.words.len().min(self.tags.len())
    }
    #[inline]
    fn w(&self, i: u32) -> u64 {
        if i == NO {
            ABSENT
        } else if i == 0 {
            ROOT
        } else {
            self.words.get(i as usize - 1).copied().unwrap_or(ABSENT)
        }
    }
    #[inline]
    fn t(&self, i: u32) -> u64 {
        if i == NO {
            ABSENT
        } else if i == 0 {
            ROOT
        } else {
            self.tags
                .get(i as usize - 1)
                .map_or(ABSENT, |&t| t as u64 + 1)
        }
    }
}

/// Word and tag values of a sentence's positions as the parser's features read them.
trait Positions {
    /// The word value at `i` (0 is the root, `NO` none).
    fn w(&self, i: u32) -> u64;
    /// The tag value at `i`.
    fn t(&self, i: u32) -> u64;
}

impl Positions for ParseInput<'_> {
    #[inline]
    fn w(&self, i: u32) -> u64 {
        ParseInput::w(self, i)
    }
    #[inline]
    fn t(&self, i: u32) -> u64 {
        ParseInput::t(self, i)
    }
}

/// The values of a [`ParseInput`] laid out by position plus one: `NO` wraps to slot 0
/// ([`ABSENT`]), the root is slot 1 ([`ROOT`]), word `i` slot `i + 1`; so a look-up is one
/// bounds check instead of three branches. Filled per sentence by [`PaddedInput::fill`].
#[derive(Default)]
struct PaddedInput {
    words: Vec<u64>,
    tags: Vec<u64>,
}

impl PaddedInput {
    fn fill(&mut self, x: &ParseInput) {
        self.words.clear();
        self.words.extend_from_slice(&[ABSENT, ROOT]);
        self.words.extend_from_slice(x.words);
        self.tags.clear();
        self.tags.extend_from_slice(&[ABSENT, ROOT]);
        self.tags.extend(x.tags.iter().map(|&t| t as u64 + 1));
    }
}

impl Positions for PaddedInput {
    #[inline]
    fn w(&self, i: u32) -> u64 {
        self.words
            .get(i.wrapping_add(1) as usize)
            .copied()
            .unwrap_or(ABSENT)
    }
    #[inline]
    fn t(&self, i: u32) -> u64 {
        self.tags
            .get(i.wrapping_add(1) as usize)
            .copied()
            .unwrap_or(ABSENT)
    }
}

/// Parser configuration.
#[derive(Default)]
pub struct State {
    stack: Vec<u32>,
    b: u32,
    n: u32,
    pub heads: Vec<u32>,
    lc1: Vec<u32>,
    lc2: Vec<u32>,
    rc1: Vec<u32>,
    rc2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    /// `punct[i]`: separators (`,` `:` brackets, hyphens) among words 1..=i.
    punct: Vec<u16>,
}

/// A copy of a state for the beam search (`beam.rs`, `examples/beam_exp.rs`); `clone_from`
/// reuses the buffers of the state it overwrites.
impl Clone for State {
    fn clone(&self) -> State {
        let mut st = State::default();
        st.clone_from(self);
        st
    }

    fn clone_from(&mut self, from: &State) {
        self.stack.clone_from(&from.stack);
        self.b = from.b;
        self.n = from.n;
        for (to, from) in [
            (&mut self.heads, &from.heads),
            (&mut self.lc1, &from.lc1),
            (&mut self.lc2, &from.lc2),
            (&mut self.rc1, &from.rc1),
            (&mut self.rc2, &from.rc2),
        ] {
            to.clone_from(from);
        }
        self.nl.clone_from(&from.nl);
        self.nr.clone_from(&from.nr);
        self.punct.clone_from(&from.punct);
    }
}

impl State {
    pub fn reset(&mut self, n: usize, tags: &[u8], ids: &ParserIds) {
        let m = n + 1;
        let seps = &ids.seps;
        self.punct.clear();
        self.punct.push(0);
        let mut c = 0u16;
        for t in tags.iter().take(n) {
            c = c.saturating_add(seps.contains(t) as u16);
            self.punct.push(c);
        }
        self.punct.resize(m, c);
        self.stack.clear();
        self.stack.push(0);
        self.b = 1;
        self.n = n as u32;
        for v in [
            &mut self.heads,
            &mut self.lc1,
            &mut self.lc2,
            &mut self.rc1,
            &mut self.rc2,
        ] {
            v.clear();
            v.resize(m, NO);
        }
        self.nl.clear();
        self.nl.resize(m, 0);
        self.nr.clear();
        self.nr.resize(m, 0);
    }

    /// Separators strictly between positions `a` and `b` (capped at 2).
    fn seps_between(&self, a: u32, b: u32) -> u64 {
        if a == NO || b == NO || a == b {
            return 3;
        }
        let (lo, hi) = (a.min(b) as usize, a.max(b) as usize);
        match (self.punct.get(hi - 1), self.punct.get(lo)) {
            (Some(&x), Some(&y)) => x.saturating_sub(y).min(2) as u64,
            _ => 3,
        }
    }

    fn buffer_empty(&self) -> bool {
        self.b > self.n
    }

    /// The buffer's front (past the last word once the buffer is empty).
    #[doc(hidden)]
    pub fn front(&self) -> u32 {
        self.b
    }

    fn s(&self, k: usize) -> u32 {
        let l = self.stack.len();
        if k < l {
            self.stack[l - 1 - k]
        } else {
            NO
        }
    }

    fn bi(&self, k: u32) -> u32 {
        let i = self.b + k;
        if i <= self.n {
            i
        } else {
            NO
        }
    }

    pub fn terminal(&self) -> bool {
        self.buffer_empty() && self.stack.len() <= 1
    }

    /// The one valid move when there is only one (SHIFT from the bare root, RIGHT once
    /// the buffer is empty).
    #[doc(hidden)]
    pub fn forced_move(&self) -> Option<usize> {
        let valid = [SHIFT, LEFT, RIGHT].map(|m| self.valid(m));
        if valid.iter().filter(|&&v| v).count() == 1 {
            valid.iter().position(|&v| v)
        } else {
            None
        }
    }

    /// The valid move of highest score (the first of equals), if any is valid.
    fn best_move(&self, scores: &[i32]) -> Option<usize> {
        let mut best: Option<usize> = None;
        for (m, &score) in scores.iter().enumerate().take(N_MOVES) {
            if self.valid(m) && best.is_none_or(|b| score > scores[b]) {
                best = Some(m);
            }
        }
        best
    }

    #[doc(hidden)]
    pub fn valid(&self, m: usize) -> bool {
        match m {
            SHIFT => !self.buffer_empty(),
            LEFT => !self.buffer_empty() && self.stack.len() >= 2,
            _ => self.stack.len() >= 3 || (self.stack.len() == 2 && self.buffer_empty()),
        }
    }

    fn add_arc(&mut self, h: u32, d: u32) {
        let (hu, du) = (h as usize, d as usize);
        self.heads[du] = h;
        if d < h {
            self.nl[hu] = self.nl[hu].saturating_add(1);
            if self.lc1[hu] == NO || d < self.lc1[hu] {
                self.lc2[hu] = self.lc1[hu];
                self.lc1[hu] = d;
            } else if self.lc2[hu] == NO || d < self.lc2[hu] {
                self.lc2[hu] = d;
            }
        } else {
            self.nr[hu] = self.nr[hu].saturating_add(1);
            if self.rc1[hu] == NO || d > self.rc1[hu] {
                self.rc2[hu] = self.rc1[hu];
                self.rc1[hu] = d;
            } else if self.rc2[hu] == NO || d > self.rc2[hu] {
                self.rc2[hu] = d;
            }
        }
    }

    #[doc(hidden)]
    pub fn apply(&mut self, m: usize) {
        match m {
            SHIFT => {
                self.stack.push(self.b);
                self.b += 1;
            }
            LEFT => {
                if let Some(s0) = self.stack.pop() {
                    self.add_arc(self.b, s0);
                }
            }
            _ => {
                if let Some(s0) = self.stack.pop() {
                    let s1 = self.s(0);
                    if s1 != NO {
                        self.add_arc(s1, s0);
                    }
                }
            }
        }
    }

    /// Dynamic-oracle cost of move `m` against `gold` heads (index 0 unused);
    /// `pending[h]` counts the gold dependents of `h` still in the buffer.
    #[doc(hidden)]
    pub fn cost(&self, m: usize, gold: &[u32], pending: &[u32]) -> u32 {
        let in_buffer = |i: u32| i >= self.b && i <= self.n && i != NO;
        let deps_in_buffer = |h: u32| pending[h as usize];
        match m {
            SHIFT => {
                let b = self.b;
                let s0 = self.s(0);
                let head_lost = self.stack[..self.stack.len() - 1]
                    .iter()
                    .any(|&k| gold[b as usize] == k)
                    && gold[b as usize] != s0;
                let deps_lost = self
                    .stack
                    .iter()
                    .filter(|&&k| k != 0 && gold[k as usize] == b)
                    .count() as u32;
                head_lost as u32 + deps_lost
            }
            LEFT => {
                let s0 = self.s(0);
                let s1 = self.s(1);
                let g = gold[s0 as usize];
                let head_lost = g != self.b && (g == s1 || in_buffer(g));
                head_lost as u32 + deps_in_buffer(s0)
            }
            _ => {
                let s0 = self.s(0);
                let s1 = self.s(1);
                let g = gold[s0 as usize];
                let head_lost = g != s1 && in_buffer(g);
                head_lost as u32 + deps_in_buffer(s0)
            }
        }
    }
}

fn dist_bucket(a: u32, b: u32) -> u64 {
    if a == NO || b == NO {
        return 0;
    }
    match a.abs_diff(b) {
        d @ 0..=4 => d as u64 + 1,
        5..=6 => 6,
        7..=9 => 7,
        _ => 8,
    }
}

/// [`features`], for the beam experiment's training (`examples/beam_exp.rs`).
#[doc(hidden)]
pub fn move_features(x: &ParseInput, st: &State, out: &mut Vec<u64>) {
    features(x, st, out);
}

/// Transition features of a state: those of the buffer window, of the three top stack
/// words on their own, and the rest ([`state_features`]).
fn features(x: &ParseInput, st: &State, out: &mut Vec<u64>) {
    out.clear();
    buffer_features(x, st.b, st.n, out);
    for (role, k) in [S0, S1, S2].into_iter().zip(0..) {
        stack_word_features(x, role, st.s(k), out);
    }
    stack_top_features(x, st, out);
    state_features(x, st, out);
}

/// Features of the three top stack words together (positions only, no arcs): the stack
/// returns to the same top after every arc, so the parser scores them once per top.
fn stack_top_features(x: &impl Positions, st: &State, out: &mut Vec<u64>) {
    let (s0, s1, s2) = (st.s(0), st.s(1), st.s(2));
    let (s0w, s0t, s1w, s1t, s2t) = (x.w(s0), x.t(s0), x.w(s1), x.t(s1), x.t(s2));
    let d01 = dist_bucket(s1, s0);
    let p10 = st.seps_between(s1, s0);
    out.extend_from_slice(&[
        feat(28, &[s0t, s1t]),
        feat(29, &[s0w, s1w]),
        feat(30, &[s0w, s1t]),
        feat(31, &[s0t, s1w]),
        feat(32, &[s1w, s1t, s0w, s0t]),
        feat(43, &[s2t, s1t, s0t]),
        feat(66, &[s1t, s0t, d01]),
        feat(67, &[s1w, s0w, d01]),
        feat(96, &[s1t, s0t, p10]),
        feat(99, &[s1w, s0t, p10]),
    ]);
}

/// Stack roles of [`stack_word_features`].
const S0: u64 = 0;
const S1: u64 = 1;
const S2: u64 = 2;

/// Features of the buffer window `b`, `b + 1`, `b + 2` alone: they change only when a word
/// is shifted, so the parser scores them once per buffer front.
fn buffer_features(x: &impl Positions, b: u32, n: u32, out: &mut Vec<u64>) {
    let at = |k: u32| if b + k <= n { b + k } else { NO };
    let (b0, b1, b2) = (at(0), at(1), at(2));
    let (b0w, b0t, b1w, b1t, b2w, b2t) = (x.w(b0), x.t(b0), x.w(b1), x.t(b1), x.w(b2), x.t(b2));
    out.extend_from_slice(&[
        feat(0, &[]),
        feat(7, &[b0w]),
        feat(8, &[b0t]),
        feat(9, &[b0w, b0t]),
        feat(10, &[b1w]),
        feat(11, &[b1t]),
        feat(12, &[b1w, b1t]),
        feat(13, &[b2t]),
        feat(15, &[b2w]),
        feat(27, &[b0t, b1t]),
        feat(37, &[b0w, b1w]),
        feat(38, &[b0w, b1t]),
        feat(39, &[b0t, b1w]),
        feat(40, &[b0t, b1t, b2t]),
    ]);
}

/// Features of word `i` alone in stack role `role` (the parser caches their scores per
/// word and role).
fn stack_word_features(x: &impl Positions, role: u64, i: u32, out: &mut Vec<u64>) {
    let (w, t) = (x.w(i), x.t(i));
    match role {
        S0 => out.extend_from_slice(&[feat(1, &[w]), feat(2, &[t]), feat(3, &[w, t])]),
        S1 => out.extend_from_slice(&[feat(4, &[w]), feat(5, &[t]), feat(6, &[w, t])]),
        _ => out.extend_from_slice(&[feat(14, &[t]), feat(16, &[w])]),
    }
}

/// The features that read more than one word of the stack, or the state's arcs.
fn state_features(x: &impl Positions, st: &State, out: &mut Vec<u64>) {
    let (s0, s1) = (st.s(0), st.s(1));
    let (b0, b1) = (st.bi(0), st.bi(1));
    let child = |v: &Vec<u32>, i: u32| if i == NO { NO } else { v[i as usize] };
    let (s0l, s0r) = (child(&st.lc1, s0), child(&st.rc1, s0));
    let (s0l2, s0r2) = (child(&st.lc2, s0), child(&st.rc2, s0));
    let (s1l, s1r) = (child(&st.lc1, s1), child(&st.rc1, s1));
    let s1r2 = child(&st.rc2, s1);
    let (b0l, b0l2) = (child(&st.lc1, b0), child(&st.lc2, b0));
    let (s0w, s0t, s1w, s1t, b0w, b0t, b1t) = (
        x.w(s0),
        x.t(s0),
        x.w(s1),
        x.t(s1),
        x.w(b0),
        x.t(b0),
        x.t(b1),
    );
    let (s0lt, s0rt, s1lt, s1rt, b0lt) = (x.t(s0l), x.t(s0r), x.t(s1l), x.t(s1r), x.t(b0l));
    let (s0l2t, s0r2t, s1r2t, b0l2t) = (x.t(s0l2), x.t(s0r2), x.t(s1r2), x.t(b0l2));
    let (s0lw, s0rw, b0lw, s1rw) = (x.w(s0l), x.w(s0r), x.w(b0l), x.w(s1r));
    let d = dist_bucket(s0, b0);
    let d1b = dist_bucket(s1, b0);
    let p0b = st.seps_between(s0, b0);
    let val = |v: &Vec<u8>, i: u32| {
        if i == NO {
            99
        } else {
            v[i as usize].min(4) as u64
        }
    };
    let (s0vl, s0vr, b0vl) = (val(&st.nl, s0), val(&st.nr, s0), val(&st.nl, b0));
    let (s1vl, s1vr) = (val(&st.nl, s1), val(&st.nr, s1));
    let f = [
        // pairs
        feat(20, &[s0w, s0t, b0w, b0t]),
        feat(21, &[s0w, s0t, b0w]),
        feat(22, &[s0w, b0w, b0t]),
        feat(23, &[s0w, s0t, b0t]),
        feat(24, &[s0t, b0w, b0t]),
        feat(25, &[s0w, b0w]),
        feat(26, &[s0t, b0t]),
        feat(33, &[s1t, b0t]),
        feat(34, &[s1w, b0w]),
        feat(35, &[s1t, b0w]),
        feat(36, &[s1w, b0t]),
        // triples
        feat(41, &[s0t, b0t, b1t]),
        feat(42, &[s1t, s0t, b0t]),
        feat(44, &[s0t, s0lt, b0t]),
        feat(45, &[s0t, s0rt, b0t]),
        feat(46, &[s0t, b0t, b0lt]),
        feat(47, &[s1t, s1rt, s0t]),
        feat(48, &[s1t, s1lt, s0t]),
        feat(49, &[s1t, s0t, s0rt]),
        feat(50, &[s1w, s0t, b0t]),
        feat(51, &[s1t, s0w, b0t]),
        feat(52, &[s1t, s0t, b0w]),
        feat(53, &[s0w, b0t, b1t]),
        feat(54, &[s0t, b0w, b1t]),
        feat(55, &[s1t, s0t, s0lt]),
        feat(56, &[s0t, s0lt, s0l2t]),
        feat(57, &[s0t, s0rt, s0r2t]),
        feat(58, &[b0t, b0lt, b0l2t]),
        feat(59, &[s1t, s1rt, s1r2t]),
        // distance
        feat(60, &[s0w, d]),
        feat(61, &[s0t, d]),
        feat(62, &[b0w, d]),
        feat(63, &[b0t, d]),
        feat(64, &[s0w, b0w, d]),
        feat(65, &[s0t, b0t, d]),
        feat(68, &[s1t, b0t, d1b]),
        // valency
        feat(70, &[s0w, s0vr]),
        feat(71, &[s0t, s0vr]),
        feat(72, &[s0w, s0vl]),
        feat(73, &[s0t, s0vl]),
        feat(74, &[b0w, b0vl]),
        feat(75, &[b0t, b0vl]),
        feat(76, &[s1t, s1vr]),
        feat(77, &[s1t, s1vl]),
        // children
        feat(80, &[s0lw]),
        feat(81, &[s0lt]),
        feat(82, &[s0rw]),
        feat(83, &[s0rt]),
        feat(84, &[b0lw]),
        feat(85, &[b0lt]),
        feat(86, &[s1lt]),
        feat(87, &[s1rt]),
        feat(88, &[s1rw]),
        feat(89, &[s0l2t]),
        feat(90, &[s0r2t]),
        feat(91, &[b0l2t]),
        feat(92, &[s0t, s0lw]),
        feat(93, &[s0t, s0rw]),
        feat(94, &[b0t, b0lw]),
        // separators between
        feat(95, &[s0t, b0t, p0b]),
        feat(97, &[s0w, b0t, p0b]),
        feat(98, &[s0t, b0w, p0b]),
    ];
    out.extend_from_slice(&f);
}

/// Label features of the arc `h -> d` in a finished tree; `hl` is the label of `h`'s own
/// arc (labels are assigned top-down, heads before their dependents).
fn label_features(
    x: &ParseInput,
    tree: &Tree,
    ids: &ParserIds,
    d: u32,
    h: u32,
    hl: u64,
    out: &mut Vec<u64>,
) {
    out.clear();
    arc_label_features(x, tree, ids, d, h, out);
    head_label_features(x, d, h, hl, out);
}

/// The label features of the arc `h -> d` that do not read the head's label (all but two):
/// the parser lists them for all arcs before it labels them top-down.
fn arc_label_features(
    x: &ParseInput,
    tree: &Tree,
    ids: &ParserIds,
    d: u32,
    h: u32,
    out: &mut Vec<u64>,
) {
    let (dw, dt, hw, ht) = (x.w(d), x.t(d), x.w(h), x.t(h));
    let dir = label_dir(d, h);
    let dist = if h == 0 { 0 } else { dist_bucket(h, d) };
    let g = if h == 0 { NO } else { tree.heads[h as usize] };
    let gt = if h == 0 { ABSENT } else { x.t(g) };
    let (dl, dr) = (tree.lc[d as usize], tree.rc[d as usize]);
    let dln = tree.ln[d as usize];
    let hn = if h == 0 {
        NO
    } else {
        tree.nearest_left_other(h, d)
    };
    let prev = if d > 1 { d - 1 } else { NO };
    let next = if (d as usize) < x.n() { d + 1 } else { NO };
    let nkids = tree.nkids[d as usize].min(3) as u64;
    let rank = if h == 0 { 0 } else { tree.side_rank(h, d) };
    let seps = tree.seps_between(h, d);
    let cc_left = tree.has_left_kid_tagged(x, d, ids.cc_tag);
    let (dl1, dl2) = tree.nearest_left_two(d);
    let f = [
        feat(100, &[dir]),
        feat(101, &[dw]),
        feat(102, &[dt]),
        feat(103, &[hw]),
        feat(104, &[ht]),
        feat(105, &[dt, ht, dir]),
        feat(106, &[dw, ht, dir]),
        feat(107, &[dt, hw, dir]),
        feat(108, &[dw, hw, dir]),
        feat(109, &[dt, ht, dir, dist]),
        feat(110, &[dt, ht, gt]),
        feat(112, &[dt, x.w(dl)]),
        feat(113, &[dt, x.t(dr)]),
        feat(114, &[dt, x.w(dln), dir]),
        feat(115, &[ht, dt, dir, x.w(hn)]),
        feat(117, &[dt, x.t(prev)]),
        feat(118, &[dt, x.t(next)]),
        feat(119, &[dt, nkids, dir]),
        feat(120, &[dt, x.w(dr)]),
        feat(121, &[dt, x.t(dl), ht, dir]),
        feat(122, &[dt, ht, dir, rank]),
        feat(123, &[dt, ht, dir, seps, cc_left]),
        feat(124, &[dt, ht, x.t(dl1), x.t(dl2)]),
    ];
    out.extend_from_slice(&f);
}

/// The label features of the arc `h -> d` that read `hl`, the label of `h`'s own arc.
fn head_label_features(x: &ParseInput, d: u32, h: u32, hl: u64, out: &mut Vec<u64>) {
    let (dw, dt, ht) = (x.w(d), x.t(d), x.t(h));
    let dir = label_dir(d, h);
    out.extend_from_slice(&[feat(111, &[dt, ht, hl, dir]), feat(116, &[dw, hl])]);
}

/// The direction of the arc `h -> d` as the labeller reads it (the root is its own).
fn label_dir(d: u32, h: u32) -> u64 {
    (h == 0) as u64 * 2 + (d < h) as u64
}

/// A finished tree with the child links the labeller reads.
#[derive(Default)]
pub struct Tree {
    heads: Vec<u32>,
    lc: Vec<u32>,
    rc: Vec<u32>,
    /// Nearest left child.
    ln: Vec<u32>,
    nkids: Vec<u16>,
    /// Children of each position, flattened: `kids[kid_start[h]..kid_start[h + 1]]`.
    kid_start: Vec<u32>,
    kids: Vec<u32>,
    /// `seps[i]`: separator tags (`,` `:` brackets, hyphens) among words 1..=i.
    seps: Vec<u16>,
}

impl Tree {
    /// Builds the child links of `heads` (position 0 is the root; `heads[0]` unused) and
    /// counts the separators among `tags` (`tags[i - 1]` is word `i`'s tag), all the label
    /// features read of the tree, in one call.
    pub fn build(&mut self, heads: &[u32], tags: &[u8], ids: &ParserIds) {
        debug_assert_eq!(tags.len() + 1, heads.len(), "one tag per word");
        self.count_separators(tags, &ids.seps);
        let m = heads.len();
        self.heads.clear();
        self.heads.extend_from_slice(heads);
        for v in [&mut self.lc, &mut self.rc, &mut self.ln] {
            v.clear();
            v.resize(m, NO);
        }
        self.nkids.clear();
        self.nkids.resize(m, 0);
        self.kid_start.clear();
        self.kid_start.resize(m + 1, 0);
        for (d, &h) in heads.iter().enumerate().skip(1) {
            if h as usize >= m {
                continue;
            }
            let (hu, d32) = (h as usize, d as u32);
            self.nkids[hu] = self.nkids[hu].saturating_add(1);
            self.kid_start[hu + 1] += 1;
            if d32 < h {
                if self.lc[hu] == NO {
                    self.lc[hu] = d32;
                }
                self.ln[hu] = d32;
            } else {
                self.rc[hu] = d32;
            }
        }
        for i in 1..=m {
            self.kid_start[i] += self.kid_start[i - 1];
        }
        self.kids.clear();
        self.kids.resize(self.kid_start[m] as usize, 0);
        let mut fill: Vec<u32> = self.kid_start[..m].to_vec();
        for (d, &h) in heads.iter().enumerate().skip(1) {
            let h = h as usize;
            if h < m {
                self.kids[fill[h] as usize] = d as u32;
                fill[h] += 1;
            }
        }
    }

    fn count_separators(&mut self, tags: &[u8], seps: &[u8]) {
        self.seps.clear();
        self.seps.push(0);
        let mut c = 0u16;
        for t in tags {
            c = c.saturating_add(seps.contains(t) as u16);
            self.seps.push(c);
        }
    }

    /// Separators strictly between `a` and `b` (capped at 2; 3 when unknown).
    fn seps_between(&self, a: u32, b: u32) -> u64 {
        if a == b {
            return 3;
        }
        let (lo, hi) = (a.min(b) as usize, a.max(b) as usize);
        match (self.seps.get(hi - 1), self.seps.get(lo)) {
            (Some(&x), Some(&y)) => x.saturating_sub(y).min(2) as u64,
            _ => 3,
        }
    }

    /// Where `d` stands among `h`'s children on its side, counted from `h` (0, 1, 2 for
    /// further), with whether it is the outermost there.
    fn side_rank(&self, h: u32, d: u32) -> u64 {
        let kids = self.kids_of(h);
        let left = kids.partition_point(|&k| k < h);
        let (near, outermost) = if d < h {
            let side = &kids[..left];
            let at = side.partition_point(|&k| k < d);
            (side.len().saturating_sub(at + 1), at == 0)
        } else {
            let side = &kids[left..];
            let at = side.partition_point(|&k| k < d);
            (at, at + 1 == side.len())
        };
        near.min(2) as u64 * 2 + outermost as u64
    }

    /// Whether `d` has a child on its left tagged `tag`.
    fn has_left_kid_tagged(&self, x: &ParseInput, d: u32, tag: u8) -> u64 {
        self.kids_of(d)
            .iter()
            .take_while(|&&k| k < d)
            .any(|&k| x.tags.get(k as usize - 1) == Some(&tag)) as u64
    }

    /// The two left children of `d` nearest to it ([`NO`] where there are fewer).
    fn nearest_left_two(&self, d: u32) -> (u32, u32) {
        let kids = self.kids_of(d);
        let left = kids.partition_point(|&k| k < d);
        let at = |i: usize| left.checked_sub(i).and_then(|j| kids.get(j)).copied();
        (at(1).unwrap_or(NO), at(2).unwrap_or(NO))
    }

    /// Positions 1.. in top-down order (breadth first from the root; positions the root
    /// does not reach, which a well-formed tree has none of, come last).
    fn top_down(&self, order: &mut Vec<u32>) {
        let m = self.heads.len();
        order.clear();
        order.push(0);
        let mut k = 0;
        while k < order.len() && order.len() < m {
            let h = order[k];
            order.extend_from_slice(self.kids_of(h));
            k += 1;
        }
        order.truncate(m);
        if order.len() < m {
            let mut seen = vec![false; m];
            for &o in order.iter() {
                seen[o as usize] = true;
            }
            order.extend((0..m as u32).filter(|&i| !seen[i as usize]));
        }
        order.remove(0);
    }

    fn kids_of(&self, h: u32) -> &[u32] {
        let h = h as usize;
        match (self.kid_start.get(h), self.kid_start.get(h + 1)) {
            (Some(&a), Some(&b)) => &self.kids[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The left child of `h` nearest to it, other than `d` (kids are sorted, so this is
    /// a binary search: no quadratic cost on very long flat sentences).
    fn nearest_left_other(&self, h: u32, d: u32) -> u32 {
        let kids = self.kids_of(h);
        let left = kids.partition_point(|&k| k < h);
        kids[..left]
            .iter()
            .rev()
            .take(2)
            .find(|&&k| k != d)
            .copied()
            .unwrap_or(NO)
    }
}

/// The tags and labels the parser reads by name, looked up once (not per sentence): the
/// features' separators and conjunction, the marks labelled without scoring, the root, and
/// what the repairs test, with which labels are of the base relations they test (indexed
/// by label id). [`ParserIds::get`] once per sentence, and pass it down.
pub struct ParserIds {
    /// Separator tags (`,` `:` hyphens, brackets) the features count between two words.
    seps: [u8; 5],
    /// The tag of coordinating conjunctions.
    cc_tag: u8,
    /// The tags of punctuation marks labelled `punct` without scoring.
    marks: [u8; 8],
    root: Deprel,
    appos: Deprel,
    adjective: u8,
    nouns: [u8; 4],
    nominal: [u8; 5],
    finite: [u8; 3],
    comma: u8,
    amod: Deprel,
    compound: Deprel,
    conj: Deprel,
    cc: Deprel,
    punct: Deprel,
    aux: Deprel,
    aux_pass: Deprel,
    nsubj: Deprel,
    nsubj_pass: Deprel,
    /// Labels whose base relation is `nsubj`.
    nsubj_base: [bool; 256],
    /// Labels whose base relation is `obl`.
    obl_base: [bool; 256],
    /// Labels whose base relation is `nsubj`, `csubj` or `expl`.
    subject_base: [bool; 256],
}

impl ParserIds {
    pub fn get() -> &'static ParserIds {
        static IDS: std::sync::OnceLock<ParserIds> = std::sync::OnceLock::new();
        IDS.get_or_init(ParserIds::look_up)
    }

    fn look_up() -> ParserIds {
        let x = |l: &str| Xpos::exact(l).map_or(u8::MAX, |x| x.0);
        let d = |l: &str| Deprel::exact(l).unwrap_or(Deprel::NONE);
        let bases = |of: &[&str]| {
            let mut set = [false; 256];
            for (i, member) in set.iter_mut().enumerate().take(DEPREL_LABELS.len()) {
                *member = of.contains(&Deprel(i as u8).base());
            }
            set
        };
        ParserIds {
            seps: [",", ":", "HYPH", "-LRB-", "-RRB-"].map(x),
            cc_tag: x("CC"),
            marks: [".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH"].map(x),
            root: d("root"),
            appos: d("appos"),
            adjective: x("JJ"),
            nouns: ["NN", "NNS", "NNP", "NNPS"].map(x),
            nominal: ["NN", "NNS", "NNP", "NNPS", "PRP"].map(x),
            finite: ["VBD", "VBZ", "VBP"].map(x),
            comma: x(","),
            amod: d("amod"),
            compound: d("compound"),
            conj: d("conj"),
            cc: d("cc"),
            punct: d("punct"),
            aux: d("aux"),
            aux_pass: d("aux:pass"),
            nsubj: d("nsubj"),
            nsubj_pass: d("nsubj:pass"),
            nsubj_base: bases(&["nsubj"]),
            obl_base: bases(&["obl"]),
            subject_base: bases(&["nsubj", "csubj", "expl"]),
        }
    }
}

/// Repairs a second subject: a greedy parse sometimes gives a predicate two subjects on its
/// left when the first is a lone modifier glued before the real subject's phrase ("Veldish
/// Trade Minister Ana Brandt spoke", with "Veldish" read as a subject of "spoke"). A
/// dependent-less adjective or noun labelled as a subject, standing right before the
/// phrase of a later subject of the same predicate, becomes a modifier inside that phrase:
/// an `amod` (adjective) or `compound` (noun) of the head of the word after it.
/// `heads` has index 0 unused; `labels[i - 1]` is the label of word `i`.
fn one_subject_per_predicate(
    tags: &[u8],
    heads: &mut [u32],
    labels: &mut [Deprel],
    ids: &ParserIds,
) {
    let (adjective, nouns) = (ids.adjective, ids.nouns);
    let n = labels
        .len()
        .min(tags.len())
        .min(heads.len().saturating_sub(1)) as u32;
    let is_subject = |l: Deprel| ids.nsubj_base[l.0 as usize];
    // Is `a` inside the subtree of `top` (a bounded walk up the heads)?
    let within = |heads: &[u32], mut a: u32, top: u32| {
        for _ in 0..=n {
            if a == top {
                return true;
            }
            match heads.get(a as usize) {
                Some(&h) if h > 0 => a = h,
                _ => return false,
            }
        }
        false
    };
    for s1 in 1..n {
        let v = heads[s1 as usize];
        let tag = tags[s1 as usize - 1];
        if v <= s1 + 1
            || !is_subject(labels[s1 as usize - 1])
            || (tag != adjective && !nouns.contains(&tag))
            || (1..=n).any(|k| heads[k as usize] == s1)
        {
            continue;
        }
        let Some(s2) =
            (s1 + 1..v).find(|&k| heads[k as usize] == v && is_subject(labels[k as usize - 1]))
        else {
            continue;
        };
        let next = s1 + 1;
        if !within(heads, next, s2) {
            continue;
        }
        heads[s1 as usize] = if next == s2 { s2 } else { heads[next as usize] };
        labels[s1 as usize - 1] = if tag == adjective {
            ids.amod
        } else {
            ids.compound
        };
    }
}

/// Repairs one greedy-parser error: in "According to Okafor, Brandt agreed ..." the
/// parser reads the subject after a fronted oblique as a conjunct of the oblique's noun
/// ("Okafor, Brandt"). A nominal `conj` is moved to the subject of the oblique's verb
/// when the coordination has no coordinating conjunction, a comma separates the two
/// nouns, the nominal stands before that verb with nothing but its own dependents in
/// between, and the verb is finite and has no subject yet. The comma then closes the
/// oblique. `heads` has index 0 unused; `labels[i - 1]` is the label of word `i`.
fn subject_after_fronted_oblique(
    tags: &[u8],
    heads: &mut [u32],
    labels: &mut [Deprel],
    ids: &ParserIds,
) {
    let (nominal, finite, comma) = (ids.nominal, ids.finite, ids.comma);
    let (conj, cc, punct, aux, aux_pass) = (ids.conj, ids.cc, ids.punct, ids.aux, ids.aux_pass);
    let n = labels
        .len()
        .min(tags.len())
        .min(heads.len().saturating_sub(1));
    let tag = |i: u32| {
        (i as usize)
            .checked_sub(1)
            .and_then(|j| tags.get(j))
            .copied()
            .unwrap_or(u8::MAX)
    };
    for c in 1..=n as u32 {
        let (h, v) = match heads.get(c as usize) {
            Some(&h) if h > 0 && h < c && labels[c as usize - 1] == conj => (h, heads[h as usize]),
            _ => continue,
        };
        if v <= c
            || !ids.obl_base[labels[h as usize - 1].0 as usize]
            || !nominal.contains(&tag(c))
            || !(h + 1..c).any(|k| tag(k) == comma)
        {
            continue;
        }
        let hs: &[u32] = heads;
        let kids = |p: u32| (1..=n as u32).filter(move |&k| hs[k as usize] == p);
        let has_cc = kids(h).chain(kids(c)).any(|k| labels[k as usize - 1] == cc)
            || kids(h).any(|k| k != c && labels[k as usize - 1] == conj);
        let subject = kids(v).any(|k| ids.subject_base[labels[k as usize - 1].0 as usize]);
        let verb_finite =
            finite.contains(&tag(v)) || kids(v).any(|k| labels[k as usize - 1] == aux);
        let between_ok = (c + 1..v).all(|k| {
            let hk = hs[k as usize];
            hk > c.saturating_sub(1) && hk <= v
        });
        if has_cc || subject || !verb_finite || !between_ok {
            continue;
        }
        let passive = kids(v).any(|k| labels[k as usize - 1] == aux_pass);
        heads[c as usize] = v;
        labels[c as usize - 1] = if passive { ids.nsubj_pass } else { ids.nsubj };
        for k in h + 1..c {
            if heads[k as usize] == c && tag(k) == comma && labels[k as usize - 1] == punct {
                heads[k as usize] = h;
            }
        }
    }
}

pub struct Parser {
    moves: DenseModel,
    labels: SparseModel,
    vocab: Vocab,
    sure: SureLabels,
    /// How many paths the search keeps (1: the greedy parser); stored in the file, as the
    /// moves are trained for it.
    beam: u32,
}

/// The beam width of the beam parser (`models/parser-beam.bin`, twenty-fourth session;
/// `models/README.md`, "Beam": EWT dev UAS / LAS +1.3 / +1.2 over the greedy parser with
/// the tagger's tags). Its moves are trained for this width and decoded at it.
pub const BEAM_WIDTH: usize = 4;
/// Epochs of a beam parser's global training of its moves (early update learns less an
/// epoch than greedy training; the last epoch is kept).
pub const BEAM_EPOCHS: usize = 32;
/// The widest beam a model file may ask for.
const MAX_BEAM: u32 = 64;

/// Arcs seen at least this often in training (per key of [`SureLabels`]) may have a sure
/// label.
pub const SURE_LABEL_MIN: u32 = 20;
/// The share of a key's training arcs its commonest label must have to be sure.
pub const SURE_LABEL_SHARE: f64 = 0.997;

/// The labels the training trees fix for an arc: by the dependent's tag, the head's tag
/// and the direction ("DT before NN": `det`), or by these with the dependent's word ("to"
/// TO before VB: `mark`). An arc whose key was seen at least [`SURE_LABEL_MIN`] times
/// with one label at least [`SURE_LABEL_SHARE`] of the time gets that label unscored
/// (about 40% of the EWT dev arcs that are not punctuation); the labeller scores the rest.
/// A word key seen that often without one label is stored with [`Deprel::NONE`]: the
/// word breaks its tags' rule, so its arcs are scored even when the tags' key is sure.
/// The labeller's weights are trained on all arcs, so they do not depend on the table.
#[derive(Clone, Default)]
pub struct SureLabels(HashMap<u64, Deprel, BuildHasherDefault<PassHasher>>);

impl SureLabels {
    /// The keys of the arc `h -> d` (`h` not the root), in the order they are tried: with
    /// the dependent's word, without, and with the distance instead.
    #[inline]
    fn keys(x: &ParseInput, d: u32, h: u32) -> [u64; 3] {
        let (dt, ht, dir) = (x.t(d), x.t(h), label_dir(d, h));
        [
            feat(200, &[x.w(d), dt, ht, dir]),
            feat(201, &[dt, ht, dir]),
            feat(202, &[dt, ht, dir, dist_bucket(h, d)]),
        ]
    }

    /// The sure label of the arc `h -> d` (`h` not the root), if it has one (never
    /// [`Deprel::NONE`]: a word key stored with it means "score it", and arcs to the root
    /// are not learnt).
    #[inline]
    pub fn label(&self, x: &ParseInput, d: u32, h: u32) -> Option<Deprel> {
        if self.0.is_empty() {
            return None;
        }
        let [word, tags, distance] = SureLabels::keys(x, d, h);
        let label = match self.0.get(&word) {
            Some(&by_word) => by_word,
            None => *self.0.get(&tags).or_else(|| self.0.get(&distance))?,
        };
        (label != Deprel::NONE).then_some(label)
    }

    /// The sure labels of the gold trees of `train` (their `tags`): keys seen at least
    /// `min` times with one label at least `share` of the time, and word keys seen that
    /// often without one label, stored with [`Deprel::NONE`]. Punctuation (labelled
    /// without scoring) is left out.
    pub fn learn(train: &[ParseExample], min: u32, share: f64) -> SureLabels {
        let ids = ParserIds::get();
        // (key, whether it is a word key, label).
        let mut seen: Vec<(u64, bool, u8)> = Vec::new();
        for ex in train {
            let x = ParseInput {
                words: &ex.words,
                tags: &ex.tags,
            };
            for d in 1..=x.n() {
                let (h, label) = match (ex.heads.get(d), ex.labels.get(d)) {
                    (Some(&h), Some(&l)) if h != 0 && l != Deprel::NONE => (h, l),
                    _ => continue,
                };
                if x.tags.get(d - 1).is_some_and(|t| ids.marks.contains(t)) {
                    continue;
                }
                for (k, key) in SureLabels::keys(&x, d as u32, h).into_iter().enumerate() {
                    seen.push((key, k == 0, label.0));
                }
            }
        }
        seen.sort_unstable();
        let mut sure = HashMap::default();
        for arcs in seen.chunk_by(|a, b| a.0 == b.0) {
            let total = arcs.len();
            let top = arcs
                .chunk_by(|a, b| a.2 == b.2)
                .max_by_key(|same| same.len())
                .unwrap_or(&[]);
            if let Some(&(key, by_word, label)) = top.first() {
                if total < min as usize {
                    continue;
                }
                if top.len() as f64 >= share * total as f64 {
                    sure.insert(key, Deprel(label));
                } else if by_word {
                    sure.insert(key, Deprel::NONE);
                }
            }
        }
        SureLabels(sure)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn write(&self, w: &mut ByteWriter) {
        let mut pairs: Vec<(u64, u8)> = self.0.iter().map(|(&k, &l)| (k, l.0)).collect();
        pairs.sort_unstable();
        w.u32(pairs.len() as u32);
        for (k, l) in pairs {
            w.u64(k);
            w.u8(l);
        }
    }

    fn read(r: &mut ByteReader) -> Result<SureLabels, String> {
        let n = r.u32()? as usize;
        let mut sure = HashMap::with_capacity_and_hasher(n.min(1 << 20), Default::default());
        for _ in 0..n {
            let key = r.u64()?;
            // 0 is `Deprel::NONE`, a word key's "score it".
            let label = r.u8()?;
            if label as usize >= DEPREL_LABELS.len() {
                return Err(format!("parser: sure label {label} is not a label"));
            }
            sure.insert(key, Deprel(label));
        }
        Ok(SureLabels(sure))
    }
}

/// Normalized-form hashes of the words the parser reads by identity.
#[derive(Clone, Default)]
pub struct Vocab(HashSet<u64, BuildHasherDefault<PassHasher>>);

impl Vocab {
    /// Words of `sents` seen at least `VOCAB_MIN` times.
    pub fn learn(sents: &[GoldSentence]) -> Vocab {
        let mut an = Analyzer::default();
        let mut counts: HashMap<u64, u32> = HashMap::new();
        for s in sents {
            for f in &s.forms {
                *counts.entry(an.analyze(f).norm).or_default() += 1;
            }
        }
        Vocab(
            counts
                .into_iter()
                .filter(|&(_, n)| n >= VOCAB_MIN)
                .map(|(k, _)| k)
                .collect(),
        )
    }

    /// The value the parser's features read for a word.
    #[inline]
    pub fn word(&self, w: &WordInfo) -> u64 {
        if self.0.contains(&w.norm) {
            w.norm
        } else {
            w.shape ^ 0x5a5a_5a5a_5a5a_5a5a
        }
    }
}

/// Scratch reused across sentences.
#[derive(Default)]
pub struct ParseScratch {
    state: State,
    tree: Tree,
    feats: Vec<u64>,
    /// The current state's [`state_features`].
    state_feats: Vec<u64>,
    /// The sentence's word and tag values by position.
    padded: PaddedInput,
    /// Move scores of the buffer window's features, by buffer front.
    window_scores: Vec<[i32; N_MOVES]>,
    /// Where each word's features end in `feats` (batch scoring).
    ends: Vec<usize>,
    /// The features of the scored arcs other than their head's label, in labelling order
    /// (each arc's ending at its entry of `ends`).
    arc_feats: Vec<u64>,
    scores: Vec<i32>,
    order: Vec<u32>,
    /// Move scores of the features of word `i` alone in stack role `r`, at
    /// `r * (n + 2) + i` (`n + 1` stands for no word), or [`UNSCORED`].
    stack_scores: Vec<[i32; N_MOVES]>,
    /// Per stack depth: the top three words `(s2, s1, s0)` when the stack last had that
    /// depth, and the move scores of their [`stack_top_features`].
    top_scores: Vec<([u32; 3], [i32; N_MOVES])>,
    /// The beam search's paths and candidates.
    beam: Beam,
}

impl ParseScratch {
    /// The state the greedy parser moves (the beam's start and, once searched, its best
    /// final state).
    pub(crate) fn state_mut(&mut self) -> &mut State {
        &mut self.state
    }
}

/// A [`ParseScratch::stack_scores`] slot not computed yet (no real sum gets near it).
const UNSCORED: [i32; N_MOVES] = [i32::MIN; N_MOVES];

/// A cached part of a state's move scores that is looked up at this move.
#[derive(Clone, Copy)]
enum Part {
    /// A word in a stack role: its slot of [`ParseScratch::stack_scores`].
    Word(usize),
    /// The three top stack words together.
    Top,
}

/// The slot of [`ParseScratch::stack_scores`] of word `i` (or [`NO`]) in stack role `role`,
/// for a sentence of `slots - 2` words.
#[inline]
fn stack_slot(role: u64, i: u32, slots: usize) -> usize {
    let word = if i == NO { slots - 1 } else { i as usize };
    role as usize * slots + word
}

/// Words whose window and stack-top features are listed and prefetched together when a
/// sentence starts (enough misses in flight; few enough lines to stay in L1 till summed).
const BATCH: usize = 8;

/// An apposition never takes a coordinating conjunction before it (none in EWT train does,
/// while 85% of conjuncts do): an `appos` with a `cc` child on its left becomes a `conj`
/// ("Okafor and her colleague Brandt"). `labels` is indexed by position (0: root).
fn appositions_with_a_conjunction_are_conjuncts(
    tree: &Tree,
    labels: &mut [Deprel],
    ids: &ParserIds,
) {
    let (appos, cc, conj) = (ids.appos, ids.cc, ids.conj);
    for d in 1..labels.len() {
        if labels[d] == appos
            && tree
                .kids_of(d as u32)
                .iter()
                .any(|&k| (k as usize) < d && labels.get(k as usize) == Some(&cc))
        {
            labels[d] = conj;
        }
    }
}

/// The label of highest score other than the root (and label 0), the first of equals; 0
/// when there is no other label. The scores of label 0 and the root are set aside while
/// the others are searched with vectorized passes (the maximum, then its first place), and
/// restored.
#[inline]
fn best_label(scores: &mut [i32], root: usize) -> usize {
    let (Some(&zero), Some(&at_root)) = (scores.first(), scores.get(root)) else {
        return best_label_plain(scores, root);
    };
    scores[0] = i32::MIN;
    scores[root] = i32::MIN;
    let top = scores.iter().copied().fold(i32::MIN, i32::max);
    let best = first_index_of(scores, top);
    scores[root] = at_root;
    scores[0] = zero;
    // All others at `i32::MIN` (or none): the first of them, as the plain search finds it.
    if top == i32::MIN {
        return best_label_plain(scores, root);
    }
    best
}

/// [`best_label`] one label at a time.
fn best_label_plain(scores: &[i32], root: usize) -> usize {
    let mut best: Option<(usize, i32)> = None;
    for (c, &score) in scores.iter().enumerate().skip(1) {
        if c != root && best.is_none_or(|(_, top)| score > top) {
            best = Some((c, score));
        }
    }
    best.map_or(0, |(c, _)| c)
}

impl Parser {
    /// Parses `x`; writes 1-based heads (0 = root) and labels for words 1..=n.
    pub fn parse(
        &self,
        x: &ParseInput,
        sc: &mut ParseScratch,
        heads: &mut Vec<u32>,
        labels: &mut Vec<Deprel>,
    ) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2, checked on the line above (std caches the
            // answer: one relaxed load per sentence).
            unsafe { self.parse_avx2(x, sc, heads, labels) };
            return;
        }
        self.parse_body(x, sc, heads, labels);
    }

    /// [`Parser::parse`] compiled for AVX2 (the same integer sums, so the same parses; the
    /// label table's dense rows are added eight classes to an instruction).
    ///
    /// # Safety
    /// The processor must have AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn parse_avx2(
        &self,
        x: &ParseInput,
        sc: &mut ParseScratch,
        heads: &mut Vec<u32>,
        labels: &mut Vec<Deprel>,
    ) {
        self.parse_body(x, sc, heads, labels);
    }

    #[inline(always)]
    fn parse_body(
        &self,
        x: &ParseInput,
        sc: &mut ParseScratch,
        heads: &mut Vec<u32>,
        labels: &mut Vec<Deprel>,
    ) {
        let n = x.n();
        heads.clear();
        labels.clear();
        if n == 0 {
            return;
        }
        let ids = ParserIds::get();
        self.begin_sentence(x, sc, ids);
        if self.beam > 1 {
            let mut beam = std::mem::take(&mut sc.beam);
            beam.search(self, self.beam as usize, sc);
            sc.beam = beam;
        }
        while !sc.state.terminal() {
            // A forced move (only SHIFT from the bare root, only RIGHT once the buffer is
            // empty) needs no scoring.
            if let Some(m) = sc.state.forced_move() {
                sc.state.apply(m);
                continue;
            }
            self.score_moves(sc);
            match sc.state.best_move(&sc.scores) {
                Some(m) => sc.state.apply(m),
                None => break, // cannot happen: some move is always valid before the end
            }
        }
        let mut hs = std::mem::take(&mut sc.state.heads);
        self.finish_tree(x, &mut hs, sc, heads, labels, ids);
        sc.state.heads = hs;
    }

    /// Labels the arcs `hs` (index 0 unused) the moves made and runs the repairs; writes
    /// the heads and labels of words 1..=n.
    #[inline(always)]
    fn finish_tree(
        &self,
        x: &ParseInput,
        hs: &mut [u32],
        sc: &mut ParseScratch,
        heads: &mut Vec<u32>,
        labels: &mut Vec<Deprel>,
        ids: &ParserIds,
    ) {
        // Anything left unattached (only if the loop broke) goes to the root.
        for h in hs.iter_mut().skip(1) {
            if *h == NO {
                *h = 0;
            }
        }
        self.label(x, hs, sc, labels, ids);
        subject_after_fronted_oblique(x.tags, hs, labels, ids);
        one_subject_per_predicate(x.tags, hs, labels, ids);
        heads.extend_from_slice(&hs[1..]);
    }

    /// Beam experiment (`examples/beam_exp.rs`): sets `sc` up for `x` (`x` has words) as
    /// [`Parser::parse`] does before its first move, and copies the initial state to `start`.
    #[doc(hidden)]
    #[inline(always)]
    pub fn begin_search(&self, x: &ParseInput, sc: &mut ParseScratch, start: &mut State) {
        self.begin_sentence(x, sc, ParserIds::get());
        start.clone_from(&sc.state);
    }

    /// Beam search (`beam.rs`, `examples/beam_exp.rs`): the move scores of `st`, a state of
    /// the sentence `sc` was set up for, with the greedy parser's caches (the same sums as
    /// scoring every feature).
    #[doc(hidden)]
    #[inline(always)]
    pub fn score_state(&self, st: &mut State, sc: &mut ParseScratch) -> [i32; N_MOVES] {
        std::mem::swap(st, &mut sc.state);
        self.score_moves(sc);
        std::mem::swap(st, &mut sc.state);
        let mut out = [0; N_MOVES];
        out.copy_from_slice(&sc.scores[..N_MOVES]);
        out
    }

    /// Beam experiment: labels and repairs the tree of a finished state of `x`, as
    /// [`Parser::parse`] does after its last move (inlined, so that a caller compiled for
    /// AVX2 labels with its AVX2 sums, as `parse_avx2` does).
    #[doc(hidden)]
    #[inline(always)]
    pub fn finish_state(
        &self,
        x: &ParseInput,
        st: &mut State,
        sc: &mut ParseScratch,
        heads: &mut Vec<u32>,
        labels: &mut Vec<Deprel>,
    ) {
        heads.clear();
        labels.clear();
        if x.n() == 0 {
            return;
        }
        self.finish_tree(x, &mut st.heads, sc, heads, labels, ParserIds::get());
    }

    /// Beam experiment: the move weights of `feats` added to `scores`.
    #[doc(hidden)]
    pub fn score_move_features(&self, feats: &[u64], scores: &mut [i32]) {
        self.moves.score(feats, scores);
    }

    /// Beam experiment: replaces the move weights (a retrained move table of the same shape).
    #[doc(hidden)]
    pub fn set_moves(&mut self, moves: DenseModel) {
        self.moves = moves;
    }

    /// Sets `sc` up for parsing `x` (`x.n()` > 0): the initial state, empty caches, and the
    /// parts scored once per sentence.
    #[inline(always)]
    fn begin_sentence(&self, x: &ParseInput, sc: &mut ParseScratch, ids: &ParserIds) {
        let n = x.n();
        sc.state.reset(n, x.tags, ids);
        sc.scores.clear();
        sc.scores.resize(N_MOVES, 0);
        sc.stack_scores.clear();
        sc.stack_scores.resize(3 * (n + 2), UNSCORED);
        sc.top_scores.clear();
        sc.padded.fill(x);
        self.score_sentence_parts(sc);
    }

    /// Puts the move scores of `sc.state` into `sc.scores`: the same sums as scoring
    /// `features(x, st)` at once, but the parts that depend on one word or on the buffer
    /// front alone are scored once and reused. All features to look up now are listed
    /// first and their rows prefetched, so the cache misses overlap; then they are summed.
    #[inline(always)]
    fn score_moves(&self, sc: &mut ParseScratch) {
        let st = &sc.state;
        let slots = st.n as usize + 2;
        let x = &sc.padded;
        sc.state_feats.clear();
        state_features(x, st, &mut sc.state_feats);
        self.moves.prefetch(&sc.state_feats);
        sc.feats.clear();
        let mut todo = [(Part::Top, 0usize); 4];
        let mut n_todo = 0;
        for (role, k) in [S0, S1, S2].into_iter().zip(0..) {
            let i = st.s(k);
            let slot = stack_slot(role, i, slots);
            if sc.stack_scores.get(slot) == Some(&UNSCORED) {
                stack_word_features(x, role, i, &mut sc.feats);
                todo[n_todo] = (Part::Word(slot), sc.feats.len());
                n_todo += 1;
            }
        }
        let depth = st.stack.len();
        if sc.top_scores.len() <= depth {
            sc.top_scores.resize(depth + 1, ([NO; 3], UNSCORED));
        }
        let top = [st.s(2), st.s(1), st.s(0)];
        let fresh = sc
            .top_scores
            .get(depth)
            .is_some_and(|&(words, sums)| words == top && sums != UNSCORED);
        if !fresh {
            stack_top_features(x, st, &mut sc.feats);
            todo[n_todo] = (Part::Top, sc.feats.len());
            n_todo += 1;
        }
        self.moves.prefetch(&sc.feats);
        let mut from = 0;
        for &(part, to) in &todo[..n_todo] {
            let mut sums = [0; N_MOVES];
            self.moves.score(&sc.feats[from..to], &mut sums);
            let cached = match part {
                Part::Word(slot) => sc.stack_scores.get_mut(slot),
                Part::Top => sc.top_scores.get_mut(depth).map(|(words, sums)| {
                    *words = top;
                    sums
                }),
            };
            if let Some(cached) = cached {
                *cached = sums;
            }
            from = to;
        }
        sc.scores
            .copy_from_slice(sc.window_scores.get(st.b as usize).unwrap_or(&[0; N_MOVES]));
        let mut add = |cached: Option<&[i32; N_MOVES]>| {
            if let Some(cached) = cached {
                for (s, c) in sc.scores.iter_mut().zip(cached) {
                    *s += c;
                }
            }
        };
        for (role, k) in [S0, S1, S2].into_iter().zip(0..) {
            add(sc.stack_scores.get(stack_slot(role, st.s(k), slots)));
        }
        add(sc.top_scores.get(depth).map(|(_, sums)| sums));
        self.moves.score(&sc.state_feats, &mut sc.scores);
    }

    /// Scores, before the first move, the parts every parse looks up once per word: the
    /// buffer window at each front and each word as the stack's top (every word is
    /// pushed). These lookups do not depend on the moves, so they are listed in batches
    /// and prefetched together.
    #[inline(always)]
    fn score_sentence_parts(&self, sc: &mut ParseScratch) {
        let n = sc.state.n;
        let slots = n as usize + 2;
        sc.window_scores.clear();
        sc.window_scores.resize(slots, [0; N_MOVES]);
        let mut first = 1u32;
        while first <= n {
            let last = (first + BATCH as u32 - 1).min(n);
            sc.feats.clear();
            sc.ends.clear();
            for b in first..=last {
                buffer_features(&sc.padded, b, n, &mut sc.feats);
                sc.ends.push(sc.feats.len());
                stack_word_features(&sc.padded, S0, b, &mut sc.feats);
                sc.ends.push(sc.feats.len());
            }
            self.moves.prefetch(&sc.feats);
            let mut from = 0;
            for (k, b) in (first..=last).enumerate() {
                let (window_end, word_end) = (sc.ends[2 * k], sc.ends[2 * k + 1]);
                let mut sums = [0; N_MOVES];
                self.moves.score(&sc.feats[from..window_end], &mut sums);
                sc.window_scores[b as usize] = sums;
                let mut sums = [0; N_MOVES];
                self.moves.score(&sc.feats[window_end..word_end], &mut sums);
                if let Some(cached) = sc.stack_scores.get_mut(stack_slot(S0, b, slots)) {
                    *cached = sums;
                }
                from = word_end;
            }
            first = last + 1;
        }
    }

    #[inline(always)]
    fn label(
        &self,
        x: &ParseInput,
        hs: &[u32],
        sc: &mut ParseScratch,
        labels: &mut Vec<Deprel>,
        ids: &ParserIds,
    ) {
        sc.tree.build(hs, x.tags, ids);
        sc.tree.top_down(&mut sc.order);
        let n_labels = DEPREL_LABELS.len();
        sc.scores.resize(n_labels.max(N_MOVES), 0);
        let root = ids.root.0 as usize;
        labels.clear();
        labels.resize(hs.len(), Deprel::NONE);
        let (marks, punct) = (ids.marks, ids.punct);
        // Which arcs are scored: not the root's, not punctuation's (`punct`, 99.5% of them
        // in EWT train).
        let scored = |d: u32| {
            hs[d as usize] != 0
                && !x
                    .tags
                    .get(d as usize - 1)
                    .is_some_and(|t| marks.contains(t))
        };
        // The features that do not read the head's label, listed for all scored arcs in
        // labelling order, so that the lookups of the next arcs can be prefetched (index
        // two arcs ahead, runs one arc ahead) while an arc is scored.
        // Arcs with a sure label get it now (it is never `NONE`, which marks the arcs
        // still to label below).
        sc.arc_feats.clear();
        sc.ends.clear();
        for &d in &sc.order {
            if scored(d) {
                let h = hs[d as usize];
                if let Some(sure) = self.sure.label(x, d, h) {
                    labels[d as usize] = sure;
                    continue;
                }
                arc_label_features(x, &sc.tree, ids, d, h, &mut sc.arc_feats);
                sc.ends.push(sc.arc_feats.len());
            }
        }
        let span = |k: usize| match (
            k.checked_sub(1).map_or(Some(&0), |j| sc.ends.get(j)),
            sc.ends.get(k),
        ) {
            (Some(&a), Some(&b)) => a..b,
            _ => 0..0,
        };
        self.labels.prefetch_index(&sc.arc_feats[span(0)]);
        self.labels.prefetch_index(&sc.arc_feats[span(1)]);
        self.labels.prefetch_runs(&sc.arc_feats[span(0)]);
        let mut k = 0;
        let scores = &mut sc.scores[..n_labels];
        for &d in &sc.order {
            if hs[d as usize] == 0 {
                labels[d as usize] = Deprel(root as u8);
                continue;
            }
            if !scored(d) {
                labels[d as usize] = punct;
                continue;
            }
            if labels[d as usize] != Deprel::NONE {
                continue;
            }
            self.labels.prefetch_index(&sc.arc_feats[span(k + 2)]);
            self.labels.prefetch_runs(&sc.arc_feats[span(k + 1)]);
            let h = hs[d as usize];
            let hl = labels[h as usize].0 as u64;
            sc.feats.clear();
            sc.feats.extend_from_slice(&sc.arc_feats[span(k)]);
            head_label_features(x, d, h, hl, &mut sc.feats);
            k += 1;
            scores.iter_mut().for_each(|s| *s = 0);
            self.labels.score(&sc.feats, scores);
            labels[d as usize] = Deprel(best_label(scores, root) as u8);
        }
        appositions_with_a_conjunction_are_conjuncts(&sc.tree, labels, ids);
        labels.remove(0);
    }

    pub fn write(&self) -> Vec<u8> {
        let mut w = ByteWriter::default();
        w.magic(KIND);
        if self.beam > 1 {
            w.u32(FORMAT);
            w.u32(self.beam);
        } else {
            w.u32(FORMAT_GREEDY);
        }
        self.moves.write(&mut w);
        w.u32(DEPREL_LABELS.len() as u32);
        for l in DEPREL_LABELS {
            w.str(l);
        }
        self.labels.write(&mut w);
        let mut keys: Vec<u64> = self.vocab.0.iter().copied().collect();
        keys.sort_unstable();
        w.u32(keys.len() as u32);
        for k in keys {
            w.u64(k);
        }
        self.sure.write(&mut w);
        w.buf
    }

    pub fn read(data: &[u8]) -> Result<Parser, String> {
        let mut r = ByteReader::new(data);
        r.magic(KIND)?;
        let format = r.u32()?;
        let beam = match format {
            FORMAT_GREEDY => 1,
            FORMAT => r.u32()?,
            _ => {
                return Err(format!(
                    "parser: file layout {format:#x} but this build reads {FORMAT_GREEDY:#x} and {FORMAT:#x}; retrain"
                ))
            }
        };
        if !(1..=MAX_BEAM).contains(&beam) {
            return Err(format!(
                "parser: beam width {beam} in the model file (1 to {MAX_BEAM})"
            ));
        }
        let moves = DenseModel::read(&mut r)?;
        let n = r.u32()? as usize;
        for i in 0..n {
            let l = r.str()?;
            if DEPREL_LABELS.get(i) != Some(&l.as_str()) {
                return Err(format!(
                    "parser: label {i} is {l:?} in the model but {:?} in this build; retrain",
                    DEPREL_LABELS.get(i).copied().unwrap_or("")
                ));
            }
        }
        let labels = SparseModel::read(&mut r)?;
        let n = r.u32()? as usize;
        let mut vocab = HashSet::with_capacity_and_hasher(n.min(1 << 22), Default::default());
        for _ in 0..n {
            vocab.insert(r.u64()?);
        }
        let sure = SureLabels::read(&mut r)?;
        r.done()?;
        if labels.n_classes() != DEPREL_LABELS.len() {
            return Err("parser: label weights do not match the label table".into());
        }
        let mut parser = Parser::assemble(moves, labels, Vocab(vocab), sure);
        parser.beam = beam;
        Ok(parser)
    }

    /// A greedy parser of these tables.
    fn assemble(moves: DenseModel, labels: SparseModel, vocab: Vocab, sure: SureLabels) -> Parser {
        Parser {
            moves,
            labels,
            vocab,
            sure,
            beam: 1,
        }
    }

    /// How many paths the search keeps (1: greedy).
    pub fn beam_width(&self) -> usize {
        self.beam as usize
    }

    /// Sets how many paths the search keeps (1: greedy; clamped to 1..=64). The moves are
    /// trained for the width the file gives, and score worse at others (`models/README.md`).
    pub fn set_beam_width(&mut self, k: usize) {
        self.beam = k.clamp(1, MAX_BEAM as usize) as u32;
    }

    /// Replaces the sure labels (for experiments with [`SureLabels::learn`]'s settings).
    #[doc(hidden)]
    pub fn set_sure_labels(&mut self, sure: SureLabels) {
        self.sure = sure;
    }

    pub fn sure_labels(&self) -> &SureLabels {
        &self.sure
    }

    pub fn weight_bytes(&self) -> usize {
        self.moves.bytes() + self.labels.bytes() + 8 * self.vocab.0.len()
    }

    pub fn vocab(&self) -> &Vocab {
        &self.vocab
    }
}

/// A training sentence as the parser sees it.
pub struct ParseExample {
    pub words: Vec<u64>,
    pub tags: Vec<u8>,
    /// Gold heads, index 0 unused (position 0 is the root).
    pub heads: Vec<u32>,
    /// Gold labels, index 0 unused.
    pub labels: Vec<Deprel>,
    /// Tags a tagger trained without this sentence predicted for it (empty: none); training
    /// reads them instead of `tags` for a share of the sentences, so the parser learns what
    /// tagging errors look like.
    pub alt_tags: Vec<u8>,
}

impl ParseExample {
    pub fn new(s: &GoldSentence, words: Vec<u64>, tags: Vec<u8>) -> ParseExample {
        let mut heads = vec![0];
        heads.extend_from_slice(&s.heads);
        let mut labels = vec![Deprel::NONE];
        labels.extend_from_slice(&s.deprels);
        ParseExample {
            words,
            tags,
            heads,
            labels,
            alt_tags: Vec::new(),
        }
    }

    /// The tags training reads for this sentence: `alt_tags` with probability `share` (no
    /// random draw when `share` is 0, so such a run is the same as one without `alt_tags`).
    pub(crate) fn training_tags(&self, share: f64, rng: &mut Rng) -> &[u8] {
        if share > 0.0 && !self.alt_tags.is_empty() && rng.unit() < share {
            &self.alt_tags
        } else {
            &self.tags
        }
    }
}

/// Shares of the training sentences whose moves and labels are learnt from predicted tags
/// ([`ParseExample::alt_tags`]) rather than gold tags.
#[derive(Clone, Copy, Debug, Default)]
pub struct TagMix {
    pub moves: f64,
    pub labels: f64,
}

/// The committed parser's mix: gold tags only. Mixing in jackknifed tags (4 folds) was
/// measured on a held-out tenth of TRAIN (its own jackknifed tags) and on EWT dev (the
/// committed tagger's tags): half the sentences gave tune UAS/LAS 84.71/80.71 against
/// 84.96/80.91 with gold tags only, and the same EWT dev UAS/LAS (83.04/78.67 against
/// 83.03/78.66); see `examples/parser_exp.rs`.
pub const TAG_MIX: TagMix = TagMix {
    moves: 0.0,
    labels: 0.0,
};

/// Epochs at the end of training whose models are scored on dev (the best is kept).
const SCORED_EPOCHS: usize = 4;

/// Trains a parser that keeps `width` paths; one report line per epoch. Width 1 (the
/// shipped parser): the moves with the dynamic oracle, the labeller on the gold trees, both
/// for `epochs` epochs, and of the last [`SCORED_EPOCHS`] epochs the one with the best dev
/// LAS is kept. A wider beam: the moves are trained globally with that beam for
/// [`BEAM_EPOCHS`] epochs (the last kept: `beam.rs`), the labeller as before, and of its
/// last [`SCORED_EPOCHS`] epochs the one with the best dev LAS on the beam's trees is kept.
/// The moves and the labeller are independent, so they train in two threads; each has its
/// own seeded order, so the result is deterministic.
pub fn train(
    vocab: &Vocab,
    train: &[ParseExample],
    dev: &[ParseExample],
    (epochs, seed): (usize, u64),
    width: usize,
    report: &mut dyn FnMut(String),
) -> (Parser, f64, f64) {
    train_mixed(vocab, train, dev, (epochs, seed), TAG_MIX, width, report)
}

/// [`train`] with an explicit share of predicted tags.
pub fn train_mixed(
    vocab: &Vocab,
    train: &[ParseExample],
    dev: &[ParseExample],
    (epochs, seed): (usize, u64),
    mix: TagMix,
    width: usize,
    report: &mut dyn FnMut(String),
) -> (Parser, f64, f64) {
    let epochs = epochs.max(1);
    let width = width.clamp(1, MAX_BEAM as usize);
    let scored = |epoch: usize| epoch + SCORED_EPOCHS >= epochs;
    let (moves, labels) = std::thread::scope(|scope| {
        let labeller =
            scope.spawn(move || train_labeler(train, (epochs, seed), mix.labels, &scored));
        let moves = if width > 1 {
            let m = beam::train_moves(
                train,
                (BEAM_EPOCHS, seed),
                (width, PARSER_BITS, beam::Update::Early),
                mix.moves,
                report,
                &mut |_, _| {},
            );
            vec![(BEAM_EPOCHS - 1, m)]
        } else {
            train_moves(train, (epochs, seed), mix.moves, &scored, report)
        };
        let labels = labeller.join().unwrap_or_default();
        (moves, labels)
    });
    let sure = SureLabels::learn(train, SURE_LABEL_MIN, SURE_LABEL_SHARE);
    let empty = || Trainer::new(LABELER_BITS, DEPREL_LABELS.len()).to_sparse();
    if width > 1 {
        // The one set of moves with each scored labeller, swapped into one parser.
        let moves = moves
            .into_iter()
            .next_back()
            .map_or_else(|| Trainer::new(PARSER_BITS, N_MOVES).to_dense(), |m| m.1);
        let mut parser = Parser::assemble(moves, empty(), vocab.clone(), sure);
        parser.set_beam_width(width);
        let first = epochs + 1 - labels.len();
        let candidates = labels.into_iter().enumerate().map(|(k, l)| {
            let name = format!(
                "parser: moves epoch {BEAM_EPOCHS}, labeller epoch {}",
                first + k
            );
            (name, l)
        });
        let measure = |l: &SparseModel| {
            let kept = std::mem::replace(&mut parser.labels, l.clone());
            let scores = attachment(&parser, dev);
            parser.labels = kept;
            scores
        };
        return match best_by_las(candidates, measure, report) {
            Some((labels, uas, las)) => {
                parser.labels = labels;
                (parser, uas, las)
            }
            None => (parser, 0.0, 0.0),
        };
    }
    let candidates = moves
        .into_iter()
        .zip(labels)
        .map(|((epoch, moves), labels)| {
            let parser = Parser::assemble(moves, labels, vocab.clone(), sure.clone());
            (format!("parser epoch {}", epoch + 1), parser)
        });
    best_by_las(candidates, |p| attachment(p, dev), report).unwrap_or_else(|| {
        let parser = Parser::assemble(
            Trainer::new(PARSER_BITS, N_MOVES).to_dense(),
            empty(),
            vocab.clone(),
            sure,
        );
        (parser, 0.0, 0.0)
    })
}

/// Retrains only the labeller of `base` (its moves and vocabulary are kept), as [`train_mixed`]
/// does: of the last [`SCORED_EPOCHS`] epochs keeps the one with the best dev LAS. For
/// labeller experiments (`examples/parser_exp.rs`, `MOVES_FROM=`), which then need not
/// retrain the moves.
#[doc(hidden)]
pub fn retrain_labels(
    base: &Parser,
    train: &[ParseExample],
    dev: &[ParseExample],
    (epochs, seed): (usize, u64),
    labels_share: f64,
    report: &mut dyn FnMut(String),
) -> Result<(Parser, f64, f64), String> {
    let epochs = epochs.max(1);
    let scored = |epoch: usize| epoch + SCORED_EPOCHS >= epochs;
    // One copy of the parser; each epoch's labeller is swapped into it to be measured.
    let mut parser = Parser::read(&base.write())?;
    let candidates = train_labeler(train, (epochs, seed), labels_share, &scored)
        .into_iter()
        .enumerate()
        .map(|(k, labels)| (format!("labeller {k}"), labels));
    let measure = |labels: &SparseModel| {
        let kept = std::mem::replace(&mut parser.labels, labels.clone());
        let scores = attachment(&parser, dev);
        parser.labels = kept;
        scores
    };
    let (labels, uas, las) =
        best_by_las(candidates, measure, report).ok_or("parser: no labeller epoch")?;
    parser.labels = labels;
    Ok((parser, uas, las))
}

/// Of `candidates` (each named for the report), the one with the best dev LAS (ties: the
/// first), with its dev UAS and LAS; `measure` gives a candidate's (UAS, LAS).
fn best_by_las<C>(
    candidates: impl IntoIterator<Item = (String, C)>,
    mut measure: impl FnMut(&C) -> (f64, f64),
    report: &mut dyn FnMut(String),
) -> Option<(C, f64, f64)> {
    let mut best: Option<(C, f64, f64)> = None;
    for (name, c) in candidates {
        let (uas, las) = measure(&c);
        report(format!("{name}: dev UAS {uas:.4} LAS {las:.4}"));
        if best.as_ref().is_none_or(|b| las > b.2) {
            best = Some((c, uas, las));
        }
    }
    best
}

/// Trains the move classifier with the dynamic oracle; returns the averaged weights of the
/// epochs `scored` selects.
fn train_moves(
    train: &[ParseExample],
    (epochs, seed): (usize, u64),
    moves_share: f64,
    scored: &dyn Fn(usize) -> bool,
    report: &mut dyn FnMut(String),
) -> Vec<(usize, DenseModel)> {
    let mut moves = Trainer::new(PARSER_BITS, N_MOVES);
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let ids = ParserIds::get();
    let mut st = State::default();
    let mut feats = Vec::new();
    let mut pending: Vec<u32> = Vec::new();
    let mut scores = [0f32; N_MOVES];
    let mut out = Vec::new();
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &si in &order {
            let ex = &train[si];
            let x = ParseInput {
                words: &ex.words,
                tags: ex.training_tags(moves_share, &mut rng),
            };
            let n = x.n();
            if n == 0 {
                continue;
            }
            st.reset(n, x.tags, ids);
            pending.clear();
            pending.resize(n + 1, 0);
            for &h in ex.heads.iter().skip(1).take(n) {
                if let Some(p) = pending.get_mut(h as usize) {
                    *p += 1;
                }
            }
            while !st.terminal() {
                features(&x, &st, &mut feats);
                scores.iter_mut().for_each(|s| *s = 0.0);
                moves.score(&feats, &mut scores);
                let mut costs = [u32::MAX; N_MOVES];
                for (m, c) in costs.iter_mut().enumerate() {
                    if st.valid(m) {
                        *c = st.cost(m, &ex.heads, &pending);
                    }
                }
                let min_cost = costs.iter().copied().min().unwrap_or(u32::MAX);
                if min_cost == u32::MAX {
                    break;
                }
                let pick = |ok: &dyn Fn(usize) -> bool| {
                    let mut b = usize::MAX;
                    for m in 0..N_MOVES {
                        if ok(m) && (b == usize::MAX || scores[m] > scores[b]) {
                            b = m;
                        }
                    }
                    b
                };
                let pred = pick(&|m| costs[m] != u32::MAX);
                let gold = pick(&|m| costs[m] == min_cost);
                if costs[pred] > min_cost {
                    moves.update(&feats, gold, 1.0);
                    moves.update(&feats, pred, -1.0);
                }
                moves.tick();
                let follow = if epoch > 0 && rng.unit() < 0.9 {
                    pred
                } else {
                    gold
                };
                if follow == SHIFT {
                    // The buffer's front leaves the buffer.
                    if let Some(&h) = ex.heads.get(st.b as usize) {
                        if let Some(p) = pending.get_mut(h as usize) {
                            *p = p.saturating_sub(1);
                        }
                    }
                }
                st.apply(follow);
            }
            for d in 1..=n {
                right += (st.heads[d] == ex.heads[d]) as usize;
                total += 1;
            }
        }
        report(format!(
            "parser epoch {}: train UAS {:.4} (exploring), {} move buckets used",
            epoch + 1,
            right as f64 / total.max(1) as f64,
            moves.used_buckets()
        ));
        if scored(epoch) {
            out.push((epoch, moves.to_dense()));
        }
    }
    out
}

/// Trains the labeller on the gold trees; returns the averaged weights of the epochs
/// `scored` selects.
fn train_labeler(
    train: &[ParseExample],
    (epochs, seed): (usize, u64),
    labels_share: f64,
    scored: &dyn Fn(usize) -> bool,
) -> Vec<SparseModel> {
    let mut labeler = Trainer::new(LABELER_BITS, DEPREL_LABELS.len());
    let mut rng = Rng::new(seed ^ 0x1abe_1e55);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut tree = Tree::default();
    let mut feats = Vec::new();
    let mut scores = vec![0f32; DEPREL_LABELS.len()];
    let ids = ParserIds::get();
    let root = ids.root.0 as usize;
    let mut out = Vec::new();
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        for &si in &order {
            let ex = &train[si];
            let x = ParseInput {
                words: &ex.words,
                tags: ex.training_tags(labels_share, &mut rng),
            };
            let n = x.n();
            if n == 0 {
                continue;
            }
            tree.build(&ex.heads, x.tags, ids);
            for d in 1..=n {
                let h = ex.heads[d];
                if h == 0 {
                    continue;
                }
                let hl = ex.labels[h as usize].0 as u64;
                label_features(&x, &tree, ids, d as u32, h, hl, &mut feats);
                scores.iter_mut().for_each(|s| *s = 0.0);
                labeler.score(&feats, &mut scores);
                let mut p = 0;
                for c in 1..scores.len() {
                    if c != root && (p == 0 || scores[c] > scores[p]) {
                        p = c;
                    }
                }
                let g = ex.labels[d].0 as usize;
                if p != g {
                    labeler.update(&feats, g, 1.0);
                    labeler.update(&feats, p, -1.0);
                }
                labeler.tick();
            }
        }
        if scored(epoch) {
            out.push(labeler.to_sparse());
        }
    }
    out
}

/// (UAS, LAS) of `parser` on examples (their own tags), punctuation included.
pub fn attachment(parser: &Parser, sents: &[ParseExample]) -> (f64, f64) {
    let (mut u, mut l, mut n) = (0usize, 0usize, 0usize);
    parse_each_word(parser, sents, |gold_head, gold_label, head, label| {
        let ok = gold_head == Some(head);
        u += ok as usize;
        l += (ok && gold_label == Some(label)) as usize;
        n += 1;
    });
    (u as f64 / n.max(1) as f64, l as f64 / n.max(1) as f64)
}

/// For each move feature position (the order of `features`: buffer window, stack words,
/// stack top, state), how many of the greedy parser's scored decisions on `sents` would
/// change if that one feature's weights were left out (no retraining), and the number of
/// decisions: which templates the moves lean on least (for template experiments).
#[doc(hidden)]
pub fn move_feature_influence(parser: &Parser, sents: &[ParseExample]) -> (Vec<usize>, usize) {
    let ids = ParserIds::get();
    let mut st = State::default();
    let mut feats = Vec::new();
    let mut changed: Vec<usize> = Vec::new();
    let mut decisions = 0;
    for ex in sents {
        let x = ParseInput {
            words: &ex.words,
            tags: &ex.tags,
        };
        let n = x.n();
        if n == 0 {
            continue;
        }
        st.reset(n, x.tags, ids);
        while !st.terminal() {
            if let Some(m) = st.forced_move() {
                st.apply(m);
                continue;
            }
            features(&x, &st, &mut feats);
            let mut total = [0i32; N_MOVES];
            parser.moves.score(&feats, &mut total);
            let Some(best) = st.best_move(&total) else {
                break;
            };
            changed.resize(changed.len().max(feats.len()), 0);
            for (k, f) in feats.iter().enumerate() {
                let mut row = [0i32; N_MOVES];
                parser.moves.score(std::slice::from_ref(f), &mut row);
                let without: Vec<i32> = total.iter().zip(row).map(|(t, r)| t - r).collect();
                if st.best_move(&without) != Some(best) {
                    changed[k] += 1;
                }
            }
            decisions += 1;
            st.apply(best);
        }
    }
    (changed, decisions)
}

/// Parses each example of `sents` (with its own tags) and calls `word` for each word in
/// order with its gold head and label (`None` when the gold is shorter) and the parse's.
pub(crate) fn parse_each_word(
    parser: &Parser,
    sents: &[ParseExample],
    mut word: impl FnMut(Option<u32>, Option<Deprel>, u32, Deprel),
) {
    let mut sc = ParseScratch::default();
    let (mut heads, mut labels) = (Vec::new(), Vec::new());
    for ex in sents {
        let x = ParseInput {
            words: &ex.words,
            tags: &ex.tags,
        };
        parser.parse(&x, &mut sc, &mut heads, &mut labels);
        for (i, (&h, &lab)) in heads.iter().zip(&labels).enumerate() {
            word(
                ex.heads.get(i + 1).copied(),
                ex.labels.get(i + 1).copied(),
                h,
                lab,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(ts: &[&str]) -> Vec<u8> {
        ts.iter()
            .map(|t| Xpos::exact(t).map_or(0, |x| x.0))
            .collect()
    }

    fn labels(ls: &[&str]) -> Vec<Deprel> {
        ls.iter()
            .map(|l| Deprel::exact(l).unwrap_or(Deprel::NONE))
            .collect()
    }

    /// Sentences as (form, tag) pairs for the scoring test: varied lengths and shapes, so
    /// that the stack grows, shrinks and returns to earlier tops.
    /// The parser's word ids and the tag ids of a tagged test sentence.
    fn test_input(
        parser: &Parser,
        an: &mut Analyzer,
        sent: &[(&str, &str)],
    ) -> (Vec<u64>, Vec<u8>) {
        let words = sent
            .iter()
            .map(|(f, _)| parser.vocab.word(&an.analyze(f)))
            .collect();
        (
            words,
            tags(&sent.iter().map(|&(_, t)| t).collect::<Vec<_>>()),
        )
    }

    /// The parser shipped in the binary.
    fn embedded_parser() -> Parser {
        match Parser::read(crate::EMBEDDED_PARSER) {
            Ok(p) => p,
            Err(e) => panic!("the embedded parser does not load: {e}"),
        }
    }

    fn tagged_sentences() -> Vec<Vec<(&'static str, &'static str)>> {
        let split = |s: &'static str| {
            s.split(' ')
                .filter_map(|wt| wt.rsplit_once('/'))
                .collect::<Vec<_>>()
        };
        [
            "The/DT ministers/NNS met/VBD in/IN Geneva/NNP on/IN Monday/NNP ./.",
            "She/PRP said/VBD that/IN the/DT talks/NNS ,/, which/WDT began/VBD late/RB ,/, \
             would/MD resume/VB after/IN the/DT holiday/NN ./.",
            "Yes/UH ./.",
            "Officials/NNS in/IN Paris/NNP ,/, Rome/NNP and/CC Berlin/NNP agreed/VBD to/TO \
             cut/VB tariffs/NNS by/IN 5/CD %/NN over/IN two/CD years/NNS ,/, according/VBG \
             to/IN a/DT statement/NN released/VBN Friday/NNP ./.",
            "\"/`` We/PRP will/MD not/RB accept/VB this/DT ,/, \"/'' he/PRP told/VBD \
             reporters/NNS (/-LRB- in/IN French/NNP )/-RRB- ./.",
        ]
        .into_iter()
        .map(split)
        .collect()
    }

    #[test]
    fn cached_move_scores_equal_scoring_every_feature_plainly() {
        let parser = embedded_parser();
        let mut an = Analyzer::default();
        let mut sc = ParseScratch::default();
        let mut plain_feats = Vec::new();
        let mut compared = 0;
        // one scratch for all sentences, as in a run: no cache may leak between them
        for sent in tagged_sentences() {
            let (words, tag_ids) = test_input(&parser, &mut an, &sent);
            let x = ParseInput {
                words: &words,
                tags: &tag_ids,
            };
            parser.begin_sentence(&x, &mut sc, ParserIds::get());
            while !sc.state.terminal() {
                if let Some(m) = sc.state.forced_move() {
                    sc.state.apply(m);
                    continue;
                }
                parser.score_moves(&mut sc);
                features(&x, &sc.state, &mut plain_feats);
                let mut plain = [0; N_MOVES];
                parser.moves.score(&plain_feats, &mut plain);
                assert_eq!(sc.scores, plain, "move {compared} of {sent:?}");
                compared += 1;
                match sc.state.best_move(&plain) {
                    Some(m) => sc.state.apply(m),
                    None => panic!("no valid move before the end of {sent:?}"),
                }
            }
            // the parse itself takes the same moves: labelled and repaired the same way,
            // the plainly scored arcs give its heads and labels
            let mut want_heads = std::mem::take(&mut sc.state.heads);
            let mut want_labels = Vec::new();
            let ids = ParserIds::get();
            parser.label(&x, &want_heads, &mut sc, &mut want_labels, ids);
            subject_after_fronted_oblique(x.tags, &mut want_heads, &mut want_labels, ids);
            one_subject_per_predicate(x.tags, &mut want_heads, &mut want_labels, ids);
            let (mut heads, mut labels) = (Vec::new(), Vec::new());
            parser.parse(&x, &mut sc, &mut heads, &mut labels);
            assert_eq!(heads, want_heads[1..], "{sent:?}");
            assert_eq!(labels, want_labels, "{sent:?}");
        }
        assert!(compared > 60, "only {compared} scored moves");
    }

    #[test]
    fn the_best_label_is_the_first_best_other_than_label_0_and_the_root() {
        // Ties, the best at label 0 or at the root (both skipped), every other label at
        // i32::MIN, too few labels; the scores are left as they were.
        let mut cases: Vec<(Vec<i32>, usize)> = vec![
            (vec![], 0),
            (vec![9], 0),
            (vec![9, 4], 1),
            (vec![1, 5, 7], 2),
            (vec![i32::MIN; 5], 1),
            (vec![i32::MAX, i32::MIN, i32::MIN, i32::MIN], 2),
        ];
        for len in [3, 9, 17, 64] {
            for root in [1, len / 2, len - 1] {
                let mut s: Vec<i32> = (0..len).map(|k| (k as i32 * 29) % 53 - 20).collect();
                s[0] = 900;
                s[root] = 800;
                cases.push((s.clone(), root));
                s[len - 1] = 77;
                s[len / 3] = 77;
                cases.push((s, root));
            }
        }
        for (case, root) in cases {
            let mut s = case.clone();
            assert_eq!(
                best_label(&mut s, root),
                best_label_plain(&case, root),
                "{case:?} root {root}"
            );
            assert_eq!(s, case);
        }
    }

    #[test]
    fn label_confusions_count_the_words_attachment_scores() {
        let parser = embedded_parser();
        let mut an = Analyzer::default();
        let mut sc = ParseScratch::default();
        let (mut heads, mut labels) = (Vec::new(), Vec::new());
        // Gold: the parse itself, with every third head and every fourth label changed.
        let mut examples = Vec::new();
        let mut n = 0;
        for sent in tagged_sentences() {
            let (words, tag_ids) = test_input(&parser, &mut an, &sent);
            let x = ParseInput {
                words: &words,
                tags: &tag_ids,
            };
            parser.parse(&x, &mut sc, &mut heads, &mut labels);
            let mut gold_heads = vec![0];
            let mut gold_labels = vec![Deprel::NONE];
            for (&h, &l) in heads.iter().zip(&labels) {
                n += 1;
                gold_heads.push(if n % 3 == 0 { h + 1 } else { h });
                gold_labels.push(if n % 4 == 0 { Deprel((l.0 + 1) % 8) } else { l });
            }
            examples.push(ParseExample {
                words,
                tags: tag_ids,
                heads: gold_heads,
                labels: gold_labels,
                alt_tags: Vec::new(),
            });
        }
        let (uas, las) = attachment(&parser, &examples);
        let confusion = crate::parse_report::label_confusion(&parser, &examples);
        let right_heads: usize = confusion.values().sum();
        let right_labels: usize = confusion
            .iter()
            .filter(|((g, p), _)| g == p)
            .map(|(_, c)| c)
            .sum();
        assert_eq!(right_heads, n - n / 3);
        assert_eq!(uas, right_heads as f64 / n as f64);
        assert_eq!(las, right_labels as f64 / n as f64);
        assert!(
            right_labels < right_heads,
            "some labels changed on right heads"
        );
    }

    #[test]
    fn the_embedded_labeller_has_the_row_length_added_whole() {
        // A label set of another size labels the same but loses the whole-row sum of
        // `add_dense_rows`: then update `WHOLE_ROW_CLASSES`.
        let parser = embedded_parser();
        assert_eq!(parser.labels.stride(), crate::perceptron::WHOLE_ROW_CLASSES);
    }

    #[test]
    fn the_avx2_copy_of_the_parser_parses_as_the_plain_one() {
        #[cfg(target_arch = "x86_64")]
        {
            if !std::arch::is_x86_feature_detected!("avx2") {
                eprintln!("skipped: this processor has no AVX2, so the AVX2 copy never runs");
                return;
            }
            let parser = embedded_parser();
            let mut an = Analyzer::default();
            let mut sc = ParseScratch::default();
            for sent in tagged_sentences() {
                let (words, tag_ids) = test_input(&parser, &mut an, &sent);
                let x = ParseInput {
                    words: &words,
                    tags: &tag_ids,
                };
                let (mut heads, mut labels) = (Vec::new(), Vec::new());
                parser.parse_body(&x, &mut sc, &mut heads, &mut labels);
                let (mut wide_heads, mut wide_labels) = (Vec::new(), Vec::new());
                // SAFETY: the processor has AVX2 (checked above).
                unsafe { parser.parse_avx2(&x, &mut sc, &mut wide_heads, &mut wide_labels) };
                assert_eq!(wide_heads, heads, "{sent:?}");
                assert_eq!(wide_labels, labels, "{sent:?}");
                assert_eq!(heads.len(), sent.len());
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        eprintln!("skipped: the AVX2 copy exists on x86-64 only");
    }

    #[test]
    fn a_beam_of_one_path_and_the_hooks_step_by_step_parse_as_the_greedy_parser() {
        // The beam search (`beam.rs`) and `examples/beam_exp.rs` build the parse from these
        // hooks; stepped greedily they, and a beam of width 1, give the greedy parse.
        let parser = embedded_parser();
        let mut an = Analyzer::default();
        let mut sc = ParseScratch::default();
        let mut st = State::default();
        let mut beam = Beam::default();
        for sent in tagged_sentences() {
            let (words, tag_ids) = test_input(&parser, &mut an, &sent);
            let x = ParseInput {
                words: &words,
                tags: &tag_ids,
            };
            let (mut heads, mut labels) = (Vec::new(), Vec::new());
            parser.parse(&x, &mut sc, &mut heads, &mut labels);
            parser.begin_search(&x, &mut sc, &mut st);
            while !st.terminal() {
                let m = match st.forced_move() {
                    Some(m) => m,
                    None => {
                        let scores = parser.score_state(&mut st, &mut sc);
                        let mut full = [0; N_MOVES];
                        let mut feats = Vec::new();
                        move_features(&x, &st, &mut feats);
                        parser.score_move_features(&feats, &mut full);
                        assert_eq!(scores, full, "cached and plain scores of {sent:?}");
                        st.best_move(&scores).expect("a valid move")
                    }
                };
                let copy = st.clone();
                st.apply(m);
                let mut again = State::default();
                again.clone_from(&copy);
                again.apply(m);
                assert_eq!(
                    again.heads, st.heads,
                    "a copied state moves as the original"
                );
            }
            let (mut beam_heads, mut beam_labels) = (Vec::new(), Vec::new());
            parser.finish_state(&x, &mut st, &mut sc, &mut beam_heads, &mut beam_labels);
            assert_eq!(beam_heads, heads, "{sent:?}");
            assert_eq!(beam_labels, labels, "{sent:?}");
            parser.begin_sentence(&x, &mut sc, ParserIds::get());
            beam.search(&parser, 1, &mut sc);
            assert!(sc.state.terminal(), "{sent:?}");
            assert_eq!(sc.state.heads[1..], heads, "{sent:?}");
        }
    }

    /// `copies` training examples of one tagged sentence with its gold heads (index 0
    /// unused) and labels (index 0 unused); word values are the word's position.
    fn examples(
        copies: usize,
        tag_names: &[&str],
        heads: &[u32],
        label_names: &[&str],
    ) -> Vec<ParseExample> {
        let ex = || ParseExample {
            words: (1..=tag_names.len() as u64).collect(),
            tags: tags(tag_names),
            heads: heads.to_vec(),
            labels: labels(label_names),
            alt_tags: Vec::new(),
        };
        (0..copies).map(|_| ex()).collect()
    }

    #[test]
    fn sure_labels_are_the_keys_seen_often_with_one_label() {
        // "the cat sleeps" 25 times; once more with "cat" read as an object.
        let mut train = examples(
            25,
            &["DT", "NN", "VBZ"],
            &[0, 2, 3, 0],
            &["root", "det", "nsubj", "root"],
        );
        train.extend(examples(
            1,
            &["DT", "NN", "VBZ"],
            &[0, 2, 3, 0],
            &["root", "det", "obj", "root"],
        ));
        let (words, tag_ids) = (train[0].words.clone(), train[0].tags.clone());
        let x = ParseInput {
            words: &words,
            tags: &tag_ids,
        };
        let sure = SureLabels::learn(&train, 20, 0.995);
        assert_eq!(sure.label(&x, 1, 2), Deprel::exact("det"));
        assert_eq!(sure.label(&x, 2, 3), None, "nsubj is 25 of 26: not sure");
        assert_eq!(
            SureLabels::learn(&train, 20, 0.95).label(&x, 2, 3),
            Deprel::exact("nsubj")
        );
        assert!(
            SureLabels::learn(&train, 27, 0.9).is_empty(),
            "seen 26 times"
        );
    }

    #[test]
    fn a_word_often_seen_with_mixed_labels_is_scored_though_its_tags_are_sure() {
        // "the cat sleeps" 300 times; word 9 in the place of "the" 20 times, once as
        // `nmod:poss`: DT before NN is sure (300 + 19 of 320), word 9's arcs are not.
        let mut train = examples(
            300,
            &["DT", "NN", "VBZ"],
            &[0, 2, 3, 0],
            &["root", "det", "nsubj", "root"],
        );
        let mut other = examples(
            19,
            &["DT", "NN", "VBZ"],
            &[0, 2, 3, 0],
            &["root", "det", "nsubj", "root"],
        );
        other.extend(examples(
            1,
            &["DT", "NN", "VBZ"],
            &[0, 2, 3, 0],
            &["root", "nmod:poss", "nsubj", "root"],
        ));
        for ex in &mut other {
            ex.words[0] = 9;
        }
        train.extend(other);
        let sure = SureLabels::learn(&train, 20, 0.995);
        let tags = train[0].tags.clone();
        let (usual, word_9) = (train[0].words.clone(), vec![9, 2, 3]);
        let input = |words| ParseInput { words, tags: &tags };
        assert_eq!(sure.label(&input(&usual), 1, 2), Deprel::exact("det"));
        assert_eq!(sure.label(&input(&word_9), 1, 2), None, "19 of 20: scored");
        assert_eq!(
            SureLabels::learn(&train, 21, 0.995).label(&input(&word_9), 1, 2),
            Deprel::exact("det"),
            "a word seen too rarely keeps its tags' label"
        );
    }

    #[test]
    fn arcs_with_a_sure_label_get_it_unscored() {
        // With all weights zero the parser attaches each word to the one before it and the
        // labeller's first label wins; "DT then NN" is a sure `det` here.
        let train = examples(25, &["DT", "NN"], &[0, 0, 1], &["root", "root", "det"]);
        let mut parser = Parser::assemble(
            Trainer::new(8, N_MOVES).to_dense(),
            Trainer::new(8, DEPREL_LABELS.len()).to_sparse(),
            Vocab::default(),
            SureLabels::default(),
        );
        let x = ParseInput {
            words: &train[0].words,
            tags: &train[0].tags,
        };
        let mut sc = ParseScratch::default();
        let (mut heads, mut labels) = (Vec::new(), Vec::new());
        parser.parse(&x, &mut sc, &mut heads, &mut labels);
        assert_eq!(heads, [0, 1]);
        assert_ne!(Some(labels[1]), Deprel::exact("det"));
        parser.set_sure_labels(SureLabels::learn(&train, 20, 0.995));
        parser.parse(&x, &mut sc, &mut heads, &mut labels);
        assert_eq!(heads, [0, 1]);
        assert_eq!(Some(labels[1]), Deprel::exact("det"));
    }

    #[test]
    fn parser_files_round_trip_and_other_layouts_are_refused() {
        let det = Deprel::exact("det").unwrap_or(Deprel::NONE);
        let sure = SureLabels([(0x1234_5678_9abc_def0, det)].into_iter().collect());
        let p = Parser::assemble(
            Trainer::new(8, N_MOVES).to_dense(),
            Trainer::new(8, DEPREL_LABELS.len()).to_sparse(),
            Vocab::default(),
            sure,
        );
        let mut p = p;
        p.set_beam_width(5);
        let bytes = p.write();
        let back = Parser::read(&bytes);
        assert!(back.is_ok());
        assert_eq!(back.as_ref().map_or(0, Parser::beam_width), 5);
        let back_sure = back.map(|b| b.sure.0).unwrap_or_default();
        assert_eq!(back_sure.get(&0x1234_5678_9abc_def0), Some(&det));
        assert_eq!(back_sure.len(), 1);
        let mut other = bytes.clone();
        other[6] ^= 1; // the layout word follows the 6-byte common header
        let e = Parser::read(&other).err().unwrap_or_default();
        assert!(e.contains("retrain"), "{e}");
        // the beam width follows the layout word; 0 is no width
        let mut no_width = bytes.clone();
        no_width[10..14].copy_from_slice(&0u32.to_le_bytes());
        let e = Parser::read(&no_width).err().unwrap_or_default();
        assert!(e.contains("beam width 0"), "{e}");
    }

    #[test]
    fn the_greedy_parsers_file_is_written_as_before_the_beam() {
        // layout 0x50410007, no width word: the committed file reads and writes back the
        // same bytes
        let parser = embedded_parser();
        assert_eq!(parser.beam_width(), 1);
        assert!(parser.write() == crate::EMBEDDED_PARSER);
        let beam = Parser::read(crate::EMBEDDED_BEAM_PARSER).map(|p| p.write());
        assert!(beam.is_ok_and(|b| b == crate::EMBEDDED_BEAM_PARSER));
    }

    #[test]
    fn the_beam_parser_searches_with_its_trained_width_and_gives_trees() {
        let parser = match Parser::read(crate::EMBEDDED_BEAM_PARSER) {
            Ok(p) => p,
            Err(e) => panic!("the embedded beam parser does not load: {e}"),
        };
        assert_eq!(parser.beam_width(), BEAM_WIDTH);
        let mut an = Analyzer::default();
        let mut sc = ParseScratch::default();
        for sent in tagged_sentences() {
            let (words, tag_ids) = test_input(&parser, &mut an, &sent);
            let x = ParseInput {
                words: &words,
                tags: &tag_ids,
            };
            let (mut heads, mut labels) = (Vec::new(), Vec::new());
            parser.parse(&x, &mut sc, &mut heads, &mut labels);
            let n = sent.len();
            assert_eq!((heads.len(), labels.len()), (n, n), "{sent:?}");
            // every word reaches the root within n steps (no cycle)
            for start in 1..=n as u32 {
                let mut at = start;
                let mut steps = 0;
                while at != 0 && steps <= n {
                    at = heads[at as usize - 1];
                    steps += 1;
                }
                assert_eq!(at, 0, "word {start} of {sent:?} never reaches the root");
            }
        }
    }

    #[test]
    fn labelling_order_puts_heads_before_their_dependents() {
        let mut t = Tree::default();
        // word 2 is the root; 1 and 3 depend on it, 4 on 3
        t.build(
            &[0, 2, 0, 2, 3],
            &tags(&["NN", "VBD", "NN", "."]),
            ParserIds::get(),
        );
        let mut order = Vec::new();
        t.top_down(&mut order);
        assert_eq!(order, vec![2, 1, 3, 4]);
        // a cycle the root does not reach still lists every word once
        t.build(&[0, 2, 1, 0], &tags(&["NN", "NN", "."]), ParserIds::get());
        t.top_down(&mut order);
        assert_eq!(order, vec![3, 1, 2]);
    }

    #[test]
    fn label_features_see_ranks_separators_and_left_children() {
        let mut t = Tree::default();
        // "a b , c d e": 4 is the root; 1, 2 and 5 depend on it, 3 (a comma) and 6 on 5
        let x = |l: &str| Xpos::exact(l).map_or(0, |x| x.0);
        let tags = [x("DT"), x("CC"), x(","), x("NN"), x("NN"), x("NN")];
        t.build(&[0, 4, 4, 5, 0, 4, 5], &tags, ParserIds::get());
        // 2 is nearest to 4 on the left and 1 the outermost; 5 the only right child
        assert_eq!(t.side_rank(4, 2), 0);
        assert_eq!(t.side_rank(4, 1), 3);
        assert_eq!(t.side_rank(4, 5), 1);
        // one comma strictly between 2 and 5, none between 4 and 5
        assert_eq!(t.seps_between(2, 5), 1);
        assert_eq!(t.seps_between(4, 5), 0);
        assert_eq!(t.nearest_left_two(5), (3, NO));
        assert_eq!(t.nearest_left_two(4), (2, 1));
        let words = [0u64; 6];
        let input = ParseInput {
            words: &words,
            tags: &tags,
        };
        assert_eq!(t.has_left_kid_tagged(&input, 4, x("CC")), 1);
        assert_eq!(t.has_left_kid_tagged(&input, 5, x("CC")), 0);
    }

    #[test]
    fn the_candidate_with_the_best_las_is_kept_and_ties_keep_the_first() {
        let scores = [("a", 0.80), ("b", 0.82), ("c", 0.82), ("d", 0.81)];
        let candidates = scores.iter().map(|&(n, las)| (n.to_string(), (n, las)));
        let mut lines = Vec::new();
        let best = best_by_las(candidates, |&(_, las)| (0.9, las), &mut |l| lines.push(l));
        assert_eq!(best.map(|(c, _, las)| (c.0, las)), Some(("b", 0.82)));
        assert_eq!(lines.len(), 4, "every candidate is reported: {lines:?}");
        let none = best_by_las(Vec::<(String, u8)>::new(), |_| (0.0, 0.0), &mut |_| {});
        assert!(none.is_none());
    }

    #[test]
    fn building_a_tree_counts_the_separators_of_its_own_sentence() {
        // One call gives the labeller everything it reads: a tree reused for the next
        // sentence must not keep the last sentence's separators.
        let ids = ParserIds::get();
        let mut t = Tree::default();
        // "Okafor , Brandt spoke": 4 is the root; 1 and 3 depend on it, the comma on 3
        t.build(&[0, 4, 3, 4, 0], &tags(&["NNP", ",", "NNP", "VBD"]), ids);
        assert_eq!(t.seps_between(1, 4), 1);
        // "Okafor and Brandt spoke": no separator between 1 and 4 any more
        t.build(&[0, 4, 3, 4, 0], &tags(&["NNP", "CC", "NNP", "VBD"]), ids);
        assert_eq!(t.seps_between(1, 4), 0);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "one tag per word")]
    fn building_a_tree_without_its_tags_is_refused_in_debug_builds() {
        Tree::default().build(&[0, 2, 0], &[], ParserIds::get());
    }

    #[test]
    fn conjunct_after_fronted_oblique_becomes_the_verbs_subject() {
        // According to Okafor , Brandt agreed .
        let t = tags(&["VBG", "IN", "NNP", ",", "NNP", "VBD", "."]);
        let mut heads = vec![0, 3, 1, 6, 5, 3, 0, 6];
        let mut l = labels(&["case", "fixed", "obl", "punct", "conj", "root", "punct"]);
        subject_after_fronted_oblique(&t, &mut heads, &mut l, ParserIds::get());
        assert_eq!(heads, vec![0, 3, 1, 6, 3, 6, 0, 6]);
        assert_eq!(l[4], Deprel::exact("nsubj").unwrap_or(Deprel::NONE));
    }

    #[test]
    fn a_lone_modifier_read_as_a_second_subject_joins_the_subjects_phrase() {
        // Veldish Trade Minister Brandt spoke .
        let t = tags(&["JJ", "NNP", "NNP", "NNP", "VBD", "."]);
        let mut heads = vec![0, 5, 3, 4, 5, 0, 5];
        let mut l = labels(&["nsubj", "compound", "compound", "nsubj", "root", "punct"]);
        one_subject_per_predicate(&t, &mut heads, &mut l, ParserIds::get());
        assert_eq!(heads, vec![0, 3, 3, 4, 5, 0, 5]);
        assert_eq!(l[0], Deprel::exact("amod").unwrap_or(Deprel::NONE));
    }

    #[test]
    fn an_apposition_after_a_conjunction_is_a_conjunct() {
        // Okafor and her colleague Brandt spoke .
        let mut t = Tree::default();
        let ids = ParserIds::get();
        let words = tags(&["NNP", "CC", "PRP$", "NN", "NNP", "VBD", "."]);
        t.build(&[0, 6, 4, 4, 1, 4, 0, 6], &words, ids);
        let mut l = labels(&[
            "root",
            "nsubj",
            "cc",
            "nmod:poss",
            "appos",
            "flat",
            "root",
            "punct",
        ]);
        appositions_with_a_conjunction_are_conjuncts(&t, &mut l, ids);
        assert_eq!(l[4], Deprel::exact("conj").unwrap_or(Deprel::NONE));
        // without the conjunction it stays an apposition
        let mut l = labels(&[
            "root",
            "nsubj",
            "det",
            "nmod:poss",
            "appos",
            "flat",
            "root",
            "punct",
        ]);
        appositions_with_a_conjunction_are_conjuncts(&t, &mut l, ids);
        assert_eq!(l[4], Deprel::exact("appos").unwrap_or(Deprel::NONE));
    }

    /// Toy training sentences: "the cat sat ." with gold tags, and tags full of errors
    /// as their predicted tags.
    fn toy_examples() -> Vec<ParseExample> {
        let gold = tags(&["DT", "NN", "VBD", "."]);
        let wrong = tags(&["DT", "VB", "NN", "."]);
        (0..3)
            .map(|k| ParseExample {
                words: vec![11 + k, 12, 13, 14],
                tags: gold.clone(),
                heads: vec![0, 2, 3, 0, 3],
                labels: [Deprel::NONE]
                    .into_iter()
                    .chain(labels(&["det", "nsubj", "root", "punct"]))
                    .collect(),
                alt_tags: wrong.clone(),
            })
            .collect()
    }

    #[test]
    fn a_zero_share_of_predicted_tags_trains_on_gold_tags_only() {
        let with_alt = toy_examples();
        let mut without_alt = toy_examples();
        without_alt.iter_mut().for_each(|e| e.alt_tags.clear());
        let vocab = Vocab::default();
        for width in [1, BEAM_WIDTH] {
            let run = |ex: &[ParseExample], mix: TagMix| {
                train_mixed(&vocab, ex, ex, (2, 7), mix, width, &mut |_| {})
                    .0
                    .write()
            };
            let none = TagMix::default();
            assert_eq!(run(&with_alt, none), run(&without_alt, none));
            // a full share reads the predicted tags, so the weights differ
            let all = TagMix {
                moves: 1.0,
                labels: 1.0,
            };
            assert_ne!(run(&with_alt, all), run(&without_alt, all));
        }
    }

    #[test]
    fn a_subject_with_its_own_dependents_is_not_moved() {
        // The old guard , the new rulers met .  (an odd parse, but the first subject
        // has dependents, so it is not a lone modifier)
        let t = tags(&["DT", "JJ", "NN", ",", "DT", "JJ", "NNS", "VBD", "."]);
        let mut heads = vec![0, 3, 3, 8, 7, 7, 7, 8, 0, 8];
        let mut l = labels(&[
            "det", "amod", "nsubj", "punct", "det", "amod", "nsubj", "root", "punct",
        ]);
        let before = (heads.clone(), l.clone());
        one_subject_per_predicate(&t, &mut heads, &mut l, ParserIds::get());
        assert_eq!((heads, l), before);
    }

    #[test]
    fn real_coordination_after_an_oblique_is_left_alone() {
        // With Paris , Rome and Berlin agreed .  ("and" marks a true coordination)
        let t = tags(&["IN", "NNP", ",", "NNP", "CC", "NNP", "VBD", "."]);
        let mut heads = vec![0, 2, 7, 4, 2, 6, 2, 0, 7];
        let mut l = labels(&[
            "case", "obl", "punct", "conj", "cc", "conj", "root", "punct",
        ]);
        let before = (heads.clone(), l.clone());
        subject_after_fronted_oblique(&t, &mut heads, &mut l, ParserIds::get());
        assert_eq!((heads, l), before);
    }
}
