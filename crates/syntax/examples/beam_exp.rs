//! Beam-search experiment for the parser (issue 3; the twenty-third session's experiment,
//! shipped in the twenty-fourth as `src/beam.rs`). It runs the library's beam search and
//! global training (`attache_syntax::beam`, `#[doc(hidden)]`) with what the shipped parser
//! does not use: other sums of the move scores (`NORM=`), max-violation update, scoring on
//! dev after each epoch.
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
//! written to `OUT.eN.bin`. Early update is the library's `train_parser_width`'s.
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

use attache_syntax::beam::{self, Update};
use attache_syntax::corpus::{self, GoldSentence};
use attache_syntax::features::Analyzer;
use attache_syntax::parser::{
    self, ParseExample, ParseInput, ParseScratch, Parser, State, N_MOVES,
};
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
struct Decoder {
    beam: beam::Beam<f64>,
    /// The searched state.
    st: State,
    norm: Norm,
}

impl Decoder {
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

    /// [`Decoder::parse`] compiled for AVX2, as the greedy parser's `parse_avx2` (the move
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
        p.begin_search(x, sc, &mut self.st);
        let norm = self.norm;
        self.beam.search_from(
            p,
            k,
            (sc, &mut self.st),
            |st, raw| norm.apply(st, raw),
            f64::total_cmp,
        );
        p.finish_state(x, &mut self.st, sc, heads, labels);
    }
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
    let mut beam = Decoder {
        norm: norm(),
        ..Decoder::default()
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
    // `SEED=` (default 7): the shuffle's seed.
    let seed = std::env::var("SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(SEED);
    let update = if max_violation {
        Update::MaxViolation
    } else {
        Update::Early
    };
    let mut t0 = cpu_seconds();
    let mut each_epoch = |epoch: usize, w: &attache_syntax::perceptron::Trainer| {
        println!("epoch {epoch}: {:.0} CPU-s", cpu_seconds() - t0);
        p.set_moves(w.to_dense());
        report(&p, &sets, &dev, k, 1);
        if k != 1 {
            report(&p, &sets, &dev, 0, 1);
        }
        let file = format!("{out}.e{epoch}.bin");
        if let Err(e) = std::fs::write(&file, p.write()) {
            eprintln!("cannot write {file}: {e}");
        }
        t0 = cpu_seconds();
    };
    if epochs > 0 {
        beam::train_moves(
            &examples,
            (epochs, seed),
            (k, bits, update),
            jk_share,
            &mut |line| println!("{line}"),
            &mut each_epoch,
        );
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
