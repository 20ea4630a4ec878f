//! The parser's beam search and its global training (issue 3; measured in the twenty-third
//! session as `examples/beam_exp.rs`, shipped in the twenty-fourth).
//!
//! Decoding keeps the `k` best paths of moves through the arc-hybrid system of `parser.rs`,
//! scored with the parser's own features and cached move sums; a path scores the sum of its
//! scored moves (a forced move adds nothing, as the greedy parser never scores one). The
//! best finished path is labelled as the greedy parse is. Candidates are ranked by score,
//! ties by the rank of the path they extend and then by move order, so width 1 picks what
//! the greedy parser picks.
//!
//! Training is a structured perceptron over the beam's move sequences with early update
//! (Collins & Roark 2004; Zhang & Nivre 2011): the gold sequence is the dynamic oracle's
//! cheapest move at each step (arcs before SHIFT); where the gold path falls out of the
//! beam (or ends below the best path), the gold prefix's moves gain and the best path's lose,
//! from the first move where they part. Weights are averaged (ticked once a sentence).

use crate::corpus::Rng;
use crate::parser::{
    move_features, ParseExample, ParseInput, ParseScratch, Parser, ParserIds, State, LEFT, N_MOVES,
    RIGHT, SHIFT,
};
use crate::perceptron::{DenseModel, Trainer};

/// A partial parse in the beam.
#[derive(Clone, Default)]
struct Item<S> {
    st: State,
    score: S,
}

/// The decoder's buffers, reused across sentences (in [`ParseScratch`]; public for the beam
/// experiment, `examples/beam_exp.rs`, which sums other scores: `S`).
#[doc(hidden)]
#[derive(Default)]
pub struct Beam<S = i64> {
    items: Vec<Item<S>>,
    next: Vec<Item<S>>,
    /// (path score, item, move) of the next step's candidates.
    cands: Vec<(S, usize, usize)>,
    /// Per item of the beam, how many of the kept candidates extend it.
    uses: Vec<u32>,
}

impl Beam<i64> {
    /// Searches the sentence `sc` was set up for (`Parser::begin_sentence`; `sc.state` is
    /// its initial state) keeping the `k` best paths, and leaves the best finished state in
    /// `sc.state`.
    #[inline(always)]
    pub(crate) fn search(&mut self, p: &Parser, k: usize, sc: &mut ParseScratch) {
        if self.items.is_empty() {
            self.items.push(Item::default());
        }
        std::mem::swap(&mut self.items[0].st, sc.state_mut());
        self.run(p, k, sc, |_, s| s.map(i64::from), i64::cmp);
        std::mem::swap(&mut self.items[0].st, sc.state_mut());
    }
}

impl<S: Copy + Default + std::ops::Add<Output = S>> Beam<S> {
    /// The beam experiment's search: from `st`, the initial state of the sentence `sc` was
    /// set up for (`Parser::begin_search`), keeps the `k` best paths, a path scoring the sum
    /// of what `score` makes of its states' move scores, ranked by `cmp`; leaves the best
    /// finished state in `st`.
    #[doc(hidden)]
    #[inline(always)]
    pub fn search_from(
        &mut self,
        p: &Parser,
        k: usize,
        (sc, st): (&mut ParseScratch, &mut State),
        score: impl Fn(&State, [i32; N_MOVES]) -> [S; N_MOVES],
        cmp: impl Fn(&S, &S) -> std::cmp::Ordering,
    ) {
        if self.items.is_empty() {
            self.items.push(Item::default());
        }
        std::mem::swap(&mut self.items[0].st, st);
        self.run(p, k, sc, score, cmp);
        std::mem::swap(&mut self.items[0].st, st);
    }

    /// The search from the state in `items[0]`, which holds the best finished state after.
    #[inline(always)]
    fn run(
        &mut self,
        p: &Parser,
        k: usize,
        sc: &mut ParseScratch,
        score: impl Fn(&State, [i32; N_MOVES]) -> [S; N_MOVES],
        cmp: impl Fn(&S, &S) -> std::cmp::Ordering,
    ) {
        self.items[0].score = S::default();
        let mut live = 1;
        while !self.items[0].st.terminal() {
            self.cands.clear();
            for (i, it) in self.items[..live].iter_mut().enumerate() {
                if let Some(m) = it.st.forced_move() {
                    self.cands.push((it.score, i, m));
                    continue;
                }
                let raw = p.score_state(&mut it.st, sc);
                let s = score(&it.st, raw);
                for (m, &sm) in s.iter().enumerate() {
                    if it.st.valid(m) {
                        self.cands.push((it.score + sm, i, m));
                    }
                }
            }
            let take = best_first(&mut self.cands, k, &cmp);
            if take == 0 {
                break; // cannot happen: some move is valid before the end
            }
            if self.next.len() < take {
                self.next.resize_with(take, Item::default);
            }
            // An item's state is copied for each kept candidate but its last, which takes
            // the state itself (the old beam is not read again).
            self.uses.clear();
            self.uses.resize(live, 0);
            for &(_, i, _) in &self.cands[..take] {
                self.uses[i] += 1;
            }
            for (to, &(score, i, m)) in self.next.iter_mut().zip(&self.cands[..take]) {
                self.uses[i] -= 1;
                if self.uses[i] == 0 {
                    std::mem::swap(&mut to.st, &mut self.items[i].st);
                } else {
                    to.st.clone_from(&self.items[i].st);
                }
                to.st.apply(m);
                to.score = score;
            }
            std::mem::swap(&mut self.items, &mut self.next);
            live = take;
        }
    }
}

/// Puts the `k` best candidates `(score, item, move)` first, best first by `cmp` on their
/// scores (ties: the lower item, then the lower move); returns how many there are (at most
/// `k`).
#[inline(always)]
fn best_first<S: Copy>(
    cands: &mut [(S, usize, usize)],
    k: usize,
    cmp: impl Fn(&S, &S) -> std::cmp::Ordering,
) -> usize {
    let order = |a: &(S, usize, usize), b: &(S, usize, usize)| {
        cmp(&b.0, &a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
    };
    let take = cands.len().min(k);
    if take == 0 {
        return 0;
    }
    if take < cands.len() {
        cands.select_nth_unstable_by(take - 1, order);
    }
    cands[..take].sort_unstable_by(order);
    take
}

/// A path in the trainer's beam.
#[derive(Clone, Default)]
struct TrainItem {
    st: State,
    score: f64,
    /// Its last move in the sentence's arena ([`NONE`]: the initial state).
    node: u32,
    /// Whether its moves are the gold sequence's first moves.
    gold: bool,
}

const NONE: u32 = u32::MAX;

/// The gold move sequence of `ex` read with `x`'s tags: at each step the valid move of
/// least dynamic-oracle cost, LEFT, then RIGHT, then SHIFT among equals (zero cost all
/// the way for a projective tree).
fn oracle_moves(x: &ParseInput, ex: &ParseExample, st: &mut State) -> Vec<usize> {
    let n = x.n();
    st.reset(n, x.tags, ParserIds::get());
    let mut pending = vec![0u32; n + 1];
    for &h in ex.heads.iter().skip(1).take(n) {
        if let Some(c) = pending.get_mut(h as usize) {
            *c += 1;
        }
    }
    let mut moves = Vec::with_capacity(2 * n);
    while !st.terminal() {
        let cost = |m: usize| {
            if st.valid(m) {
                st.cost(m, &ex.heads, &pending)
            } else {
                u32::MAX
            }
        };
        let Some(m) = [LEFT, RIGHT, SHIFT]
            .into_iter()
            .min_by_key(|&m| cost(m))
            .filter(|&m| cost(m) != u32::MAX)
        else {
            break;
        };
        if m == SHIFT {
            if let Some(c) = ex
                .heads
                .get(st.front() as usize)
                .and_then(|&h| pending.get_mut(h as usize))
            {
                *c = c.saturating_sub(1);
            }
        }
        st.apply(m);
        moves.push(m);
    }
    moves
}

/// Where the global trainer updates a sentence's weights once its gold path loses.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Update {
    /// Early update (Collins & Roark 2004): at the step where the gold path leaves the beam
    /// (or at the end), and the search stops there (the shipped training).
    #[default]
    Early,
    /// Max-violation (Huang, Fayong & Guo 2012): at the step where the best path leads the
    /// gold path by most; the search runs to the end (the twenty-third session's
    /// experiment, `examples/beam_exp.rs`).
    MaxViolation,
}

/// The global trainer's weights and buffers.
struct Global {
    w: Trainer,
    update: Update,
    feats: Vec<u64>,
    items: Vec<TrainItem>,
    next: Vec<TrainItem>,
    cands: Vec<(f64, usize, usize)>,
    /// (parent node, move) of every path's moves in this sentence.
    arena: Vec<(u32, usize)>,
    start: State,
    /// The oracle's state (a buffer), then the gold path's state (max-violation).
    gold_st: State,
}

impl Global {
    fn scores(&mut self, x: &ParseInput, st: &State) -> [f32; N_MOVES] {
        move_features(x, st, &mut self.feats);
        let mut s = [0f32; N_MOVES];
        self.w.score(&self.feats, &mut s);
        s
    }

    /// Searches `x` (the words and some tags of `ex`) with beam `k` and, where the gold
    /// path loses, updates the weights (`self.update`); returns the heads of the best final
    /// path when the search ran to the end.
    fn learn(&mut self, x: &ParseInput, ex: &ParseExample, k: usize) -> Option<Vec<u32>> {
        let gold = oracle_moves(x, ex, &mut self.gold_st);
        self.start.reset(x.n(), x.tags, ParserIds::get());
        let max_violation = self.update == Update::MaxViolation;
        if max_violation {
            self.gold_st.clone_from(&self.start);
        }
        self.arena.clear();
        if self.items.is_empty() {
            self.items.push(TrainItem::default());
        }
        self.items[0].st.clone_from(&self.start);
        self.items[0].score = 0.0;
        self.items[0].node = NONE;
        self.items[0].gold = true;
        let mut live = 1;
        let mut gold_score = 0.0;
        // (violation, node of the best path, its length) of the update: early, the last
        // step where the best path was not the gold path's prefix; max-violation, the step
        // where it leads the gold path by most.
        let mut update: Option<(f64, u32, usize)> = None;
        let mut finished = true;
        for (t, &gm) in gold.iter().enumerate() {
            self.cands.clear();
            for i in 0..live {
                let st = std::mem::take(&mut self.items[i].st);
                let score = self.items[i].score;
                if let Some(m) = st.forced_move() {
                    self.cands.push((score, i, m));
                } else {
                    let s = self.scores(x, &st);
                    for (m, &sm) in s.iter().enumerate() {
                        if st.valid(m) {
                            self.cands.push((score + sm as f64, i, m));
                        }
                    }
                }
                self.items[i].st = st;
            }
            if max_violation {
                if self.gold_st.forced_move().is_none() {
                    let g = std::mem::take(&mut self.gold_st);
                    gold_score += self.scores(x, &g)[gm] as f64;
                    self.gold_st = g;
                }
                self.gold_st.apply(gm);
            }
            let take = best_first(&mut self.cands, k, f64::total_cmp);
            if self.next.len() < take {
                self.next.resize_with(take, TrainItem::default);
            }
            for (to, &(score, i, m)) in self.next.iter_mut().zip(&self.cands[..take]) {
                let from = &self.items[i];
                to.st.clone_from(&from.st);
                to.st.apply(m);
                to.score = score;
                to.gold = from.gold && m == gm;
                self.arena.push((from.node, m));
                to.node = self.arena.len() as u32 - 1;
            }
            std::mem::swap(&mut self.items, &mut self.next);
            live = take;
            let best = &self.items[0];
            if !best.gold {
                let violation = best.score - gold_score;
                if !max_violation || update.is_none_or(|(v, _, _)| violation >= v) {
                    update = Some((violation, best.node, t + 1));
                }
            }
            if !max_violation && !self.items[..live].iter().any(|it| it.gold) {
                finished = false;
                break;
            }
        }
        let final_wrong = !finished || !self.items[0].gold;
        if let (true, Some((_, node, len))) = (final_wrong, update) {
            self.update_paths(x, &gold[..len], node);
        }
        self.w.tick();
        finished.then(|| self.items[0].st.heads.clone())
    }

    /// +1 to the gold prefix's scored moves, -1 to those of the path ending at `node`, from
    /// the first move where they part.
    fn update_paths(&mut self, x: &ParseInput, gold: &[usize], node: u32) {
        let mut pred = Vec::with_capacity(gold.len());
        let mut at = node;
        while at != NONE {
            let (parent, m) = self.arena[at as usize];
            pred.push(m);
            at = parent;
        }
        pred.reverse();
        let same = gold.iter().zip(&pred).take_while(|(a, b)| a == b).count();
        let mut st = self.start.clone();
        for &m in &gold[..same] {
            st.apply(m);
        }
        for (moves, delta) in [(&gold[same..], 1.0), (&pred[same..], -1.0)] {
            let mut path = st.clone();
            for &m in moves {
                if path.forced_move().is_none() {
                    move_features(x, &path, &mut self.feats);
                    self.w.update(&self.feats, m, delta);
                }
                path.apply(m);
            }
        }
    }
}

/// Trains the move weights globally with beam `k` and `update` for `epochs` epochs (a
/// seeded shuffle each epoch; `moves_share` of the sentences read their `alt_tags`, as the
/// greedy training does) and returns the last epoch's averaged weights in a table of
/// 2^`bits` buckets. `each_epoch` sees every epoch's number (from 1) and weights (the beam
/// experiment scores them).
#[doc(hidden)]
pub fn train_moves(
    train: &[ParseExample],
    (epochs, seed): (usize, u64),
    (k, bits, update): (usize, u32, Update),
    moves_share: f64,
    report: &mut dyn FnMut(String),
    each_epoch: &mut dyn FnMut(usize, &Trainer),
) -> DenseModel {
    let mut g = Global {
        w: Trainer::new(bits, N_MOVES),
        update,
        feats: Vec::new(),
        items: Vec::new(),
        next: Vec::new(),
        cands: Vec::new(),
        arena: Vec::new(),
        start: State::default(),
        gold_st: State::default(),
    };
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    for epoch in 0..epochs.max(1) {
        rng.shuffle(&mut order);
        let (mut right, mut total, mut early) = (0usize, 0usize, 0usize);
        for &i in &order {
            let ex = &train[i];
            let x = ParseInput {
                words: &ex.words,
                tags: ex.training_tags(moves_share, &mut rng),
            };
            if x.n() == 0 {
                continue;
            }
            match g.learn(&x, ex, k) {
                Some(heads) => {
                    for (h, gh) in heads.iter().zip(&ex.heads).skip(1) {
                        right += (h == gh) as usize;
                        total += 1;
                    }
                }
                None => early += 1,
            }
        }
        report(format!(
            "parser epoch {}: beam {k}, train UAS {:.4} over the {total} words of the searches that ran to the end ({early} stopped early), {} move buckets used",
            epoch + 1,
            right as f64 / total.max(1) as f64,
            g.w.used_buckets()
        ));
        each_epoch(epoch + 1, &g.w);
    }
    g.w.to_dense()
}
