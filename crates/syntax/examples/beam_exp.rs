//! Beam-search experiment for the parser (issue 3; an experiment, not the shipped parser).
//! It reuses the parser's transition system, features, move scoring and labeller through
//! the `#[doc(hidden)]` hooks of `parser.rs`; only the search and the training loop are here.
//!
//! `beam_exp decode PARSER.bin|- BEAMS [REPEATS]`: parses EWT dev (or the files `DEV=` names,
//! comma-separated, a directory for its `.conllu` files) with gold tags and with
//! the embedded tagger's tags with a beam of each width of BEAMS (comma-separated, e.g.
//! `1,2,4,8`) and prints UAS, LAS (the committed labeller and repairs on the beam's tree)
//! and tokens per CPU-second of parsing and labelling (`bench_parser`'s method: getrusage,
//! REPEATS passes, default 3). Width 1 is checked against the greedy parser
//! (`Parser::parse`): the sentences whose heads or labels differ are counted.
//!
//! `beam_exp train BEAM EPOCHS EVERY OUT [max|early]`: trains the move weights globally
//! (structured perceptron over the beam's move sequences, averaged; max-violation update by
//! default, or early update; Huang, Fayong & Guo 2012, Zhang & Nivre 2011) with a beam of
//! BEAM on every EVERY-th sentence of EWT train + GUM's open genres (gold tags, the
//! committed parser's word list, a seeded shuffle each epoch). The gold sequence
//! is the dynamic oracle's cheapest move at each step, arcs before SHIFT. After each epoch
//! the averaged moves replace the committed ones (the labeller and sure labels are kept)
//! and EWT dev is scored with beam BEAM and greedily, gold and tagger tags; the parser is
//! written to `OUT.eN.bin`.
//!
//! Move scores: a path scores the sum of its scored moves; a forced move (SHIFT from the
//! bare root, RIGHT once the buffer is empty) adds nothing, as the greedy parser never
//! scores it. Candidates are ranked by score, ties by beam rank and then move order, so
//! width 1 picks what the greedy parser picks. When decoding, `NORM=max` makes each state's
//! scores relative to its best valid move and `NORM=softmaxT` their log-softmax at
//! temperature T (for weights trained greedily); training sums the scores as they are.
//! Training options: `BITS=` the move table's size (2^BITS buckets; default the parser's),
//! `SEED=` the shuffle's seed (default 7), `JACKKNIFE=SHARE` that share of the sentences
//! learnt on jackknifed tags (4 fold taggers, cached in `/tmp/beam23-jackknife.tags`).
//! Figures and commands: `models/README.md`, "Beam (twenty-third session, experiment)".

use std::path::PathBuf;

use attache_syntax::corpus::{self, GoldSentence, Rng};
use attache_syntax::features::Analyzer;
use attache_syntax::parser::{
    self, ParseExample, ParseInput, ParseScratch, Parser, ParserIds, State, LEFT, N_MOVES, RIGHT,
    SHIFT,
};
use attache_syntax::perceptron::Trainer;
use attache_syntax::Syntax;

use attache_core::tags::Deprel;

const SEED: u64 = 7;

fn cpu_seconds() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
}

fn fail(msg: String) -> ! {
    eprintln!("{msg}");
    std::process::exit(2)
}

/// A partial parse in the decoder's beam.
#[derive(Clone, Default)]
struct Item {
    st: State,
    score: f64,
}

/// How a state's move scores add to a path's score.
#[derive(Clone, Copy, Debug, Default)]
enum Norm {
    /// The scores as they are.
    #[default]
    Raw,
    /// Less the best valid move's score (the greedy choice adds 0).
    Max,
    /// The log-softmax of the valid moves' scores divided by this temperature.
    Softmax(f64),
}

impl Norm {
    fn parse(s: &str) -> Norm {
        match s {
            "raw" => Norm::Raw,
            "max" => Norm::Max,
            _ => match s.strip_prefix("softmax").and_then(|t| t.parse().ok()) {
                Some(t) => Norm::Softmax(t),
                None => fail(format!("NORM={s}: raw, max or softmaxT (e.g. softmax20)")),
            },
        }
    }

    /// The valid moves' scores of `st` (`s`) as they add to the path's score.
    fn apply(self, st: &State, s: [i32; N_MOVES]) -> [f64; N_MOVES] {
        let valid = |m: usize| st.valid(m);
        let best = (0..N_MOVES)
            .filter(|&m| valid(m))
            .map(|m| s[m])
            .max()
            .unwrap_or(0) as f64;
        let mut out = s.map(f64::from);
        match self {
            Norm::Raw => {}
            Norm::Max => out.iter_mut().for_each(|v| *v -= best),
            Norm::Softmax(t) => {
                let z: f64 = (0..N_MOVES)
                    .filter(|&m| valid(m))
                    .map(|m| ((out[m] - best) / t).exp())
                    .sum();
                out.iter_mut().for_each(|v| *v = (*v - best) / t - z.ln());
            }
        }
        out
    }
}

/// The decoder's buffers, reused across sentences.
#[derive(Default)]
struct Beam {
    items: Vec<Item>,
    next: Vec<Item>,
    /// (path score, item, move) of the next step's candidates.
    cands: Vec<(f64, usize, usize)>,
    /// Per item of the beam, how many of the kept candidates extend it.
    uses: Vec<u32>,
    live: usize,
    norm: Norm,
}

impl Beam {
    /// Parses `x` (with words) keeping the `k` best paths, and labels the best finished
    /// one into `heads` and `labels` (as `Parser::parse` writes them).
    fn parse(
        &mut self,
        p: &Parser,
        x: &ParseInput,
        k: usize,
        sc: &mut ParseScratch,
        out: (&mut Vec<u32>, &mut Vec<Deprel>),
    ) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2, checked on the line above.
            unsafe { self.parse_avx2(p, x, k, sc, out) };
            return;
        }
        self.parse_body(p, x, k, sc, out);
    }

    /// [`Beam::parse`] compiled for AVX2, as the greedy parser's `parse_avx2` (the move
    /// scoring and the labeller inline into it with their AVX2 sums).
    ///
    /// # Safety
    /// The processor must have AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn parse_avx2(
        &mut self,
        p: &Parser,
        x: &ParseInput,
        k: usize,
        sc: &mut ParseScratch,
        out: (&mut Vec<u32>, &mut Vec<Deprel>),
    ) {
        self.parse_body(p, x, k, sc, out);
    }

    #[inline(always)]
    fn parse_body(
        &mut self,
        p: &Parser,
        x: &ParseInput,
        k: usize,
        sc: &mut ParseScratch,
        (heads, labels): (&mut Vec<u32>, &mut Vec<Deprel>),
    ) {
        if self.items.is_empty() {
            self.items.push(Item::default());
        }
        p.begin_search(x, sc, &mut self.items[0].st);
        self.items[0].score = 0.0;
        self.live = 1;
        while !self.items[0].st.terminal() {
            self.cands.clear();
            for (i, it) in self.items[..self.live].iter_mut().enumerate() {
                if let Some(m) = it.st.forced_move() {
                    self.cands.push((it.score, i, m));
                    continue;
                }
                let raw = p.score_state(&mut it.st, sc);
                let s = self.norm.apply(&it.st, raw);
                for (m, &sm) in s.iter().enumerate() {
                    if it.st.valid(m) {
                        self.cands.push((it.score + sm, i, m));
                    }
                }
            }
            let take = best_first(&mut self.cands, k, |a, b| b.total_cmp(a));
            if self.next.len() < take {
                self.next.resize_with(take, Item::default);
            }
            // An item's state is copied for each kept candidate but its last, which takes
            // the state itself (the old beam is not read again).
            self.uses.clear();
            self.uses.resize(self.live, 0);
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
            self.live = take;
        }
        p.finish_state(x, &mut self.items[0].st, sc, heads, labels);
    }
}

/// Puts the `k` best candidates `(score, item, move)` first, best first, by `better` on
/// their scores, ties by item and then move (width 1 takes the greedy parser's first of
/// equals); returns how many there are (at most `k`).
fn best_first<S: Copy>(
    cands: &mut [(S, usize, usize)],
    k: usize,
    better: impl Fn(&S, &S) -> std::cmp::Ordering,
) -> usize {
    let order = |a: &(S, usize, usize), b: &(S, usize, usize)| {
        better(&a.0, &b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
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

/// One dev setting: the words and tags of each sentence.
struct DevSet {
    name: &'static str,
    inputs: Vec<(Vec<u64>, Vec<u8>)>,
}

/// The XPOS ids the embedded tagger gives each sentence.
fn tagger_tags(syntax: &Syntax, sents: &[GoldSentence]) -> Vec<Vec<u8>> {
    let mut sc = attache_syntax::tagger::TagScratch::default();
    let mut classes = Vec::new();
    sents
        .iter()
        .map(|s| {
            let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
            syntax.tagger.tag(&forms, &mut sc, &mut classes);
            classes
                .iter()
                .map(|&c| syntax.tagger.classes()[c as usize].0 .0)
                .collect()
        })
        .collect()
}

fn dev_sets(p: &Parser, syntax: &Syntax, dev: &[GoldSentence]) -> Vec<DevSet> {
    let mut an = Analyzer::default();
    let words: Vec<Vec<u64>> = dev
        .iter()
        .map(|s| {
            s.forms
                .iter()
                .map(|f| p.vocab().word(&an.analyze(f)))
                .collect()
        })
        .collect();
    let gold = dev.iter().map(|s| s.xpos.iter().map(|x| x.0).collect());
    let tagged = tagger_tags(syntax, dev);
    vec![
        DevSet {
            name: "gold tags",
            inputs: words.iter().cloned().zip(gold).collect(),
        },
        DevSet {
            name: "tagger tags",
            inputs: words.into_iter().zip(tagged).collect(),
        },
    ]
}

/// What one pass of a decoder over a dev set gives.
struct DevScore {
    uas: f64,
    las: f64,
    tokens_per_cpu_s: f64,
    /// Sentences whose heads or labels differ from the greedy parser's.
    unlike_greedy: usize,
}

/// Parses `set` `repeats` times with beam `k` (0: the greedy parser itself) and scores the
/// first pass against `gold`, as `bench_parser` does (every word, punctuation included).
fn score_set(
    p: &Parser,
    set: &DevSet,
    gold: &[GoldSentence],
    k: usize,
    repeats: usize,
) -> DevScore {
    let mut sc = ParseScratch::default();
    let mut beam = Beam {
        norm: norm(),
        ..Beam::default()
    };
    let (mut heads, mut labels) = (Vec::new(), Vec::new());
    let (mut g_heads, mut g_labels) = (Vec::new(), Vec::new());
    let (mut n, mut uas, mut las, mut tokens, mut unlike) = (0usize, 0, 0, 0usize, 0);
    let mut cpu = 0.0;
    for r in 0..repeats.max(1) {
        let t0 = cpu_seconds();
        let mut parsed: Vec<(Vec<u32>, Vec<Deprel>)> = Vec::new();
        for (words, tags) in &set.inputs {
            let x = ParseInput { words, tags };
            if k == 0 || words.is_empty() {
                p.parse(&x, &mut sc, &mut heads, &mut labels);
            } else {
                beam.parse(p, &x, k, &mut sc, (&mut heads, &mut labels));
            }
            tokens += words.len();
            if r == 0 {
                parsed.push((heads.clone(), labels.clone()));
            }
        }
        cpu += cpu_seconds() - t0;
        for (((h, l), s), (words, tags)) in parsed.iter().zip(gold).zip(&set.inputs) {
            for i in 0..s.len().min(h.len()) {
                let ok = h[i] == s.heads[i];
                n += 1;
                uas += ok as usize;
                las += (ok && l[i] == s.deprels[i]) as usize;
            }
            if k == 1 {
                let x = ParseInput { words, tags };
                p.parse(&x, &mut sc, &mut g_heads, &mut g_labels);
                unlike += (g_heads != *h || g_labels != *l) as usize;
            }
        }
    }
    DevScore {
        uas: 100.0 * uas as f64 / n.max(1) as f64,
        las: 100.0 * las as f64 / n.max(1) as f64,
        tokens_per_cpu_s: tokens as f64 / cpu.max(1e-9),
        unlike_greedy: unlike,
    }
}

fn report(p: &Parser, sets: &[DevSet], dev: &[GoldSentence], k: usize, repeats: usize) {
    for set in sets {
        let s = score_set(p, set, dev, k, repeats);
        let width = if k == 0 {
            "greedy".to_string()
        } else {
            format!("beam {k}")
        };
        let check = if k == 1 {
            format!("; {} sentences unlike the greedy parser's", s.unlike_greedy)
        } else {
            String::new()
        };
        println!(
            "{width}, {}: UAS {:.2} LAS {:.2}; {:.0} tokens per CPU-second{check}",
            set.name, s.uas, s.las, s.tokens_per_cpu_s
        );
    }
}

/// `NORM=` (default `raw`): how move scores add up along a path.
fn norm() -> Norm {
    std::env::var("NORM").map_or(Norm::Raw, |s| Norm::parse(&s))
}

fn corpora() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/corpora")
}

/// EWT dev, or the files `DEV=` names (comma-separated; a directory stands for its
/// `.conllu` files, e.g. GUM's `dev/dep`, all genres).
fn ewt_dev() -> Vec<GoldSentence> {
    let files: Vec<PathBuf> = match std::env::var("DEV") {
        Err(_) => vec![corpora().join("ud-english-ewt/en_ewt-ud-dev.conllu")],
        Ok(list) => list
            .split(',')
            .flat_map(|f| match std::fs::read_dir(f) {
                Ok(dir) => {
                    let mut fs: Vec<PathBuf> = dir
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
                        .collect();
                    fs.sort();
                    fs
                }
                Err(_) => vec![PathBuf::from(f)],
            })
            .collect(),
    };
    corpus::read_files(&files).unwrap_or_else(|e| fail(e))
}

fn load_parser(path: &str, syntax: &Syntax) -> Parser {
    let bytes = if path == "-" {
        syntax.parser.write()
    } else {
        std::fs::read(path).unwrap_or_else(|e| fail(format!("{path}: {e}")))
    };
    Parser::read(&bytes).unwrap_or_else(|e| fail(e))
}

fn decode(args: &[String]) {
    let syntax = Syntax::embedded().unwrap_or_else(|e| fail(e.to_string()));
    let p = load_parser(args.first().map_or("-", String::as_str), &syntax);
    let widths: Vec<usize> = args
        .get(1)
        .map_or("1,2,4,8", String::as_str)
        .split(',')
        .map(|w| w.parse().unwrap_or_else(|_| fail(format!("bad width {w}"))))
        .collect();
    let repeats = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(3);
    let dev = ewt_dev();
    let sets = dev_sets(&p, &syntax, &dev);
    report(&p, &sets, &dev, 0, repeats);
    for k in widths {
        report(&p, &sets, &dev, k, repeats);
    }
}

/// A path in the trainer's beam.
#[derive(Clone, Default)]
struct TrainItem {
    st: State,
    score: f64,
    /// Its last move in the sentence's arena (`NONE`: the initial state).
    node: u32,
    /// Whether its moves are the gold sequence's first moves.
    gold: bool,
}

const NONE: u32 = u32::MAX;

/// The gold move sequence of `ex`: at each step the valid move of least dynamic-oracle cost,
/// LEFT, then RIGHT, then SHIFT among equals (zero cost all the way for a projective tree).
fn oracle_moves(x: &ParseInput, ex: &ParseExample, st: &mut State) -> Vec<usize> {
    let n = x.words.len().min(x.tags.len());
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

/// The structured perceptron's state and buffers.
struct Global {
    w: Trainer,
    max_violation: bool,
    feats: Vec<u64>,
    items: Vec<TrainItem>,
    next: Vec<TrainItem>,
    cands: Vec<(f64, usize, usize)>,
    /// (parent node, move) of every path's moves in this sentence.
    arena: Vec<(u32, usize)>,
    start: State,
    gold_st: State,
}

impl Global {
    fn scores(&mut self, x: &ParseInput, st: &State) -> [f32; N_MOVES] {
        parser::move_features(x, st, &mut self.feats);
        let mut s = [0f32; N_MOVES];
        self.w.score(&self.feats, &mut s);
        s
    }

    /// Searches `ex` with beam `k` and updates the weights where the gold path loses
    /// (max-violation or early update); returns the heads of the best final path when the
    /// search ran to the end (else `None`).
    fn learn(&mut self, ex: &ParseExample, tags: &[u8], k: usize) -> Option<Vec<u32>> {
        let x = ParseInput {
            words: &ex.words,
            tags,
        };
        let gold = oracle_moves(&x, ex, &mut self.gold_st);
        let n = x.words.len().min(x.tags.len());
        self.start.reset(n, x.tags, ParserIds::get());
        self.gold_st.clone_from(&self.start);
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
        // (violation, node of the best path, its length) of the update.
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
                    let s = self.scores(&x, &st);
                    for (m, &sm) in s.iter().enumerate() {
                        if st.valid(m) {
                            self.cands.push((score + sm as f64, i, m));
                        }
                    }
                }
                self.items[i].st = st;
            }
            if self.gold_st.forced_move().is_none() {
                let g = std::mem::take(&mut self.gold_st);
                gold_score += self.scores(&x, &g)[gm] as f64;
                self.gold_st = g;
            }
            self.gold_st.apply(gm);
            let take = best_first(&mut self.cands, k, |a, b| b.total_cmp(a));
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
                let worse = update.is_none_or(|(v, _, _)| violation >= v);
                // Early update: the last step, where the gold path leaves the beam (or the
                // end); max-violation: the step where the best path leads it by most.
                if !self.max_violation || worse {
                    update = Some((violation, best.node, t + 1));
                }
            }
            if !self.max_violation && !self.items[..live].iter().any(|it| it.gold) {
                finished = false;
                break;
            }
        }
        let final_wrong = !finished || !self.items[0].gold;
        if let (true, Some((_, node, len))) = (final_wrong, update) {
            self.update_paths(&x, &gold[..len], node);
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
                    parser::move_features(x, &path, &mut self.feats);
                    self.w.update(&self.feats, m, delta);
                }
                path.apply(m);
            }
        }
    }
}

/// The tags of each training sentence given by a fold tagger trained without it (4 folds),
/// read from the cache when it fits `tr`.
fn jackknife(tr: &[GoldSentence]) -> Vec<Vec<u8>> {
    let cache = "/tmp/beam23-jackknife.tags";
    let split = |flat: &[u8]| {
        let mut k = 0;
        let out: Vec<Vec<u8>> = tr
            .iter()
            .map(|s| {
                let t = flat.get(k..k + s.len()).unwrap_or(&[]).to_vec();
                k += s.len();
                t
            })
            .collect();
        (k == flat.len()).then_some(out)
    };
    if let Some(out) = std::fs::read(cache).ok().and_then(|b| split(&b)) {
        return out;
    }
    let mut out = vec![Vec::new(); tr.len()];
    let mut sc = attache_syntax::tagger::TagScratch::default();
    let mut classes = Vec::new();
    for (held, t) in attache_syntax::fold_taggers(tr, 4, SEED) {
        for i in held {
            let forms: Vec<&str> = tr[i].forms.iter().map(String::as_str).collect();
            t.tag(&forms, &mut sc, &mut classes);
            out[i] = classes
                .iter()
                .map(|&c| t.classes().get(c as usize).map_or(0, |p| p.0 .0))
                .collect();
        }
    }
    let flat: Vec<u8> = out.iter().flatten().copied().collect();
    if let Err(e) = std::fs::write(cache, flat) {
        eprintln!("cannot cache the jackknifed tags: {e}");
    }
    out
}

fn train(args: &[String]) {
    let arg = |i: usize, what: &str| -> usize {
        args.get(i).and_then(|a| a.parse().ok()).unwrap_or_else(|| {
            fail(format!(
                "usage: beam_exp train BEAM EPOCHS EVERY OUT; {what}"
            ))
        })
    };
    let (k, epochs, every) = (arg(0, "BEAM"), arg(1, "EPOCHS"), arg(2, "EVERY").max(1));
    let out = args
        .get(3)
        .cloned()
        .unwrap_or_else(|| fail("usage: beam_exp train BEAM EPOCHS EVERY OUT".into()));
    let max_violation = args.get(4).is_none_or(|u| u != "early");
    let syntax = Syntax::embedded().unwrap_or_else(|e| fail(e.to_string()));
    let mut p = load_parser("-", &syntax);
    let mut files = vec![corpora().join("ud-english-ewt/en_ewt-ud-train.conllu")];
    files.extend(corpus::gum_open_files(&corpora().join("gum/train/dep")));
    let tr = corpus::read_files(&files).unwrap_or_else(|e| fail(e));
    let mut an = Analyzer::default();
    // `JACKKNIFE=SHARE`: that share of the sentences (drawn each epoch) is learnt on the tags
    // of 4 fold taggers (`attache_syntax::fold_taggers`, seed 7), cached in
    // `/tmp/beam23-jackknife.tags`.
    let jk_share: f64 = std::env::var("JACKKNIFE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0.0);
    let jk = if jk_share > 0.0 {
        jackknife(&tr)
    } else {
        vec![Vec::new(); tr.len()]
    };
    let examples: Vec<ParseExample> = tr
        .iter()
        .zip(jk)
        .enumerate()
        .filter(|(i, (s, _))| i % every == 0 && !s.forms.is_empty())
        .map(|(_, (s, alt))| {
            let words = s
                .forms
                .iter()
                .map(|f| p.vocab().word(&an.analyze(f)))
                .collect();
            let mut ex = ParseExample::new(s, words, s.xpos.iter().map(|x| x.0).collect());
            ex.alt_tags = alt;
            ex
        })
        .filter(|ex| jk_share == 0.0 || ex.alt_tags.len() == ex.tags.len())
        .collect();
    let tokens: usize = examples.iter().map(|e| e.words.len()).sum();
    eprintln!(
        "training on {} of {} sentences ({tokens} tokens), beam {k}, {} update, jackknifed tags for a share {jk_share}",
        examples.len(),
        tr.len(),
        if max_violation {
            "max-violation"
        } else {
            "early"
        }
    );
    // `BITS=` (default the parser's): hash buckets of the move table, 2^BITS.
    let bits = std::env::var("BITS")
        .ok()
        .and_then(|b| b.parse().ok())
        .filter(|b| (8..=26).contains(b))
        .unwrap_or(parser::PARSER_BITS);
    let dev = ewt_dev();
    let sets = dev_sets(&p, &syntax, &dev);
    let mut g = Global {
        w: Trainer::new(bits, N_MOVES),
        max_violation,
        feats: Vec::new(),
        items: Vec::new(),
        next: Vec::new(),
        cands: Vec::new(),
        arena: Vec::new(),
        start: State::default(),
        gold_st: State::default(),
    };
    // `SEED=` (default 7): the shuffle's seed.
    let seed = std::env::var("SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(SEED);
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    for epoch in 1..=epochs {
        let t0 = cpu_seconds();
        rng.shuffle(&mut order);
        let (mut right, mut total, mut early) = (0usize, 0usize, 0usize);
        for &i in &order {
            let ex = &examples[i];
            let tags = if jk_share > 0.0 && rng.unit() < jk_share {
                &ex.alt_tags
            } else {
                &ex.tags
            };
            match g.learn(ex, tags, k) {
                Some(heads) => {
                    for (h, g) in heads.iter().zip(&ex.heads).skip(1) {
                        right += (h == g) as usize;
                        total += 1;
                    }
                }
                None => early += 1,
            }
        }
        let train_cpu = cpu_seconds() - t0;
        println!(
            "epoch {epoch}: train UAS {:.4} over {total} words of the searches that ran to the end ({early} stopped early), {} move buckets used, {train_cpu:.0} CPU-s",
            right as f64 / total.max(1) as f64,
            g.w.used_buckets()
        );
        p.set_moves(g.w.to_dense());
        report(&p, &sets, &dev, k, 1);
        if k != 1 {
            report(&p, &sets, &dev, 0, 1);
        }
        let file = format!("{out}.e{epoch}.bin");
        if let Err(e) = std::fs::write(&file, p.write()) {
            eprintln!("cannot write {file}: {e}");
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("decode") => decode(&args[1..]),
        Some("train") => train(&args[1..]),
        _ => fail(
            "usage: beam_exp decode PARSER.bin|- [BEAMS] [REPEATS] | beam_exp train BEAM EPOCHS EVERY OUT [max|early]"
                .into(),
        ),
    }
}
