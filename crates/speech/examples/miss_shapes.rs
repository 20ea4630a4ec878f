//! Groups the PolNeAR attributions the stage misses by the shape of their attribution:
//! `cargo run --release -p attache-speech --features pipeline --example miss_shapes -- DIR [N]`.
//! A gold content is missed when no predicted quote shares at least half of the larger
//! token set with it (one prediction may count for several gold items here, unlike the
//! scorer). Each miss gets a shape: the cue's head lemma and part of speech, and how the
//! content hangs from the cue in the parse (ccomp, xcomp, obj, ... ; `tag` when the cue
//! hangs from the content, `according`, `colon`, `xsent`, `nocue`); with `none` when no
//! prediction overlaps it at all and `part` when one does. Prints the N largest shapes
//! and lemmas (default 40). With `SHOW=prefix` every miss whose `overlap, lemma, shape`
//! starts with the prefix is printed with its sentence. With `PROBE=1` it counts, for
//! every verb with an actor subject (a pronoun or a mention), how often its object,
//! oblique, clausal or infinitive complement lies in a gold content that does not hold
//! the verb (is the verb an attribution cue there?), by whether the lexicon lists the
//! verb form, `not_cues.txt` excludes its lemma, or neither.

mod common;

use std::collections::{BTreeSet, HashMap};

use attache_core::Document;
use attache_speech::eval::{brat_items, load_polnear};
use attache_speech::Lexicon;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: miss_shapes DIR [N]");
        std::process::exit(2);
    };
    let top: usize = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(40);
    let articles = match load_polnear(std::path::Path::new(&dir)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("cannot read {dir}: {e}");
            std::process::exit(1);
        }
    };
    let stages = common::pipeline_stages(true);
    let lexicon = Lexicon::embedded();
    let mut shapes: HashMap<String, usize> = HashMap::new();
    let mut lemmas: HashMap<String, usize> = HashMap::new();
    let mut examples: HashMap<String, Vec<String>> = HashMap::new();
    let (mut gold_n, mut missed) = (0usize, 0usize);
    let mut probe: HashMap<String, usize> = HashMap::new();
    let mut by_lemma: HashMap<String, (usize, usize)> = HashMap::new();
    for (_name, text, anns) in &articles {
        let Some(ann) = anns.first() else { continue };
        let mut doc = Document::from_plain(text);
        attache_core::run_stages(&stages, &mut doc);
        // Byte offset of every char, to map brat char ranges onto tokens.
        let mut byte_of: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        byte_of.push(text.len());
        let tokens_in = |spans: &[(usize, usize)]| -> BTreeSet<usize> {
            let mut set = BTreeSet::new();
            for &(a, b) in spans {
                let (Some(&a), Some(&b)) = (byte_of.get(a), byte_of.get(b)) else {
                    continue;
                };
                for (i, t) in doc.tokens.iter().enumerate() {
                    let (s, e) = (t.span.start as usize, t.span.end as usize);
                    if s < b && a < e && doc.word(i).chars().any(char::is_alphanumeric) {
                        set.insert(i);
                    }
                }
            }
            set
        };
        let preds: Vec<BTreeSet<usize>> = doc
            .quotes
            .iter()
            .filter(|q| q.reported_by.is_none())
            .map(|q| tokens_in_bytes(&doc, q.span.start as usize, q.span.end as usize))
            .collect();
        let (items, _) = brat_items(ann);
        // PROBE: how often a verb with an actor subject and an object or oblique has that
        // dependent inside a gold content (would a general verb-and-object rule be right?).
        if std::env::var("PROBE").is_ok() {
            let gold: Vec<BTreeSet<usize>> = items.iter().map(|i| tokens_in(&i.content)).collect();
            for v in 0..doc.tokens.len() {
                if doc.tokens[v].upos.as_str() != "VERB" {
                    continue;
                }
                let deps: Vec<usize> = doc.dependents(v).collect();
                let actor_subject = deps.iter().any(|&d| {
                    doc.tokens[d].deprel.as_str() == "nsubj"
                        && (doc.tokens[d].upos.as_str() == "PRON"
                            || doc
                                .mentions
                                .iter()
                                .any(|m| m.span.overlaps(doc.tokens[d].span)))
                });
                if !actor_subject {
                    continue;
                }
                let listed = if lexicon.class_of(&doc.word(v).to_lowercase()).is_some() {
                    "listed"
                } else if lexicon.is_not_cue(doc.lemma(v)) {
                    "notcue"
                } else {
                    "unlisted"
                };
                for &d in &deps {
                    let rel = doc.tokens[d].deprel.base();
                    if !matches!(rel, "obj" | "obl" | "ccomp" | "xcomp") {
                        continue;
                    }
                    let hit = gold.iter().any(|g| g.contains(&d) && !g.contains(&v));
                    let key = format!("{rel}\t{listed}\t{}", if hit { "in-gold" } else { "not" });
                    *probe.entry(key).or_default() += 1;
                    // Per lemma (and the preposition of an oblique): `PROBE=lemma`.
                    if std::env::var("PROBE").is_ok_and(|p| p == "lemma") && listed != "listed" {
                        let case = doc
                            .dependents(d)
                            .find(|&c| doc.tokens[c].deprel.base() == "case")
                            .map_or(String::new(), |c| {
                                format!(" {}", doc.word(c).to_lowercase())
                            });
                        let e = by_lemma
                            .entry(format!("{rel}\t{listed}\t{}{case}", doc.lemma(v)))
                            .or_insert((0, 0));
                        e.0 += hit as usize;
                        e.1 += 1;
                    }
                }
            }
        }
        for item in items {
            gold_n += 1;
            let g = tokens_in(&item.content);
            if g.is_empty() {
                continue;
            }
            let best = preds
                .iter()
                .map(|p| g.intersection(p).count() as f64 / g.len().max(p.len()) as f64)
                .fold(0.0, f64::max);
            if best >= 0.5 {
                continue;
            }
            // The words of the prediction sharing most words with the content.
            let best_pred: String = preds
                .iter()
                .max_by_key(|p| g.intersection(p).count())
                .filter(|p| g.intersection(p).count() > 0)
                .map_or(String::new(), |p| {
                    p.iter().map(|&t| doc.word(t)).collect::<Vec<_>>().join(" ")
                });
            missed += 1;
            let overlap = if best > 0.0 { "part" } else { "none" };
            let content_text: String = item
                .content
                .iter()
                .map(|&(a, b)| text.chars().skip(a).take(b - a).collect::<String>())
                .collect::<Vec<_>>()
                .join(" | ");
            let direct = content_text.trim_start().starts_with(['"', '“', '\'']);
            let cue = tokens_in(&item.cue);
            let cue_text: String = item
                .cue
                .iter()
                .map(|&(a, b)| text.chars().skip(a).take(b - a).collect::<String>())
                .collect::<Vec<_>>()
                .join(" ");
            let (shape, lemma) = shape_of(&doc, lexicon, &g, &cue, &cue_text, direct);
            // SHOW="lemma-prefix" prints each such miss with its sentence.
            if let Ok(show) = std::env::var("SHOW") {
                if format!("{overlap}\t{lemma}\t{shape}").starts_with(&show) {
                    let sentence = cue
                        .iter()
                        .next()
                        .and_then(|&t| doc.sentence_at(doc.tokens[t].span.start))
                        .map_or("", |s| doc.slice(doc.sentences[s].span));
                    println!("SHOW\t{overlap}\t{lemma}\t{shape}\t{cue_text}\t{content_text}\t<<\t{sentence}\t{best_pred}");
                }
            }
            *shapes.entry(format!("{overlap}\t{shape}")).or_default() += 1;
            *lemmas.entry(format!("{lemma}\t{shape}")).or_default() += 1;
            let ex = examples.entry(format!("{lemma}\t{shape}")).or_default();
            if ex.len() < 2 {
                let short: String = content_text.chars().take(90).collect();
                ex.push(format!("cue={cue_text:?} content={short:?}"));
            }
        }
    }
    println!("gold {gold_n}, missed {missed}");
    let mut v: Vec<_> = probe.into_iter().collect();
    v.sort();
    for (k, n) in v {
        println!("PROBE\t{k}\t{n}");
    }
    for (k, (hit, n)) in &by_lemma {
        if *n >= 6 {
            println!("LEMMA\t{hit}\t{n}\t{k}");
        }
    }
    let mut v: Vec<_> = shapes.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("== shapes");
    for (k, n) in v.iter().take(top) {
        println!("{n}\t{k}");
    }
    let mut v: Vec<_> = lemmas.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("== lemma and shape");
    for (k, n) in v.iter().take(top) {
        println!("{n}\t{k}\t{}", examples[k].join(" || "));
    }
}

fn tokens_in_bytes(doc: &Document, a: usize, b: usize) -> BTreeSet<usize> {
    doc.tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            (t.span.start as usize) < b
                && a < t.span.end as usize
                && doc.word(*i).chars().any(char::is_alphanumeric)
        })
        .map(|(i, _)| i)
        .collect()
}

/// The shape of one attribution and the cue's lemma (with its lexicon class).
fn shape_of(
    doc: &Document,
    lexicon: &Lexicon,
    content: &BTreeSet<usize>,
    cue: &BTreeSet<usize>,
    cue_text: &str,
    direct: bool,
) -> (String, String) {
    let d = if direct { "direct:" } else { "" };
    if cue.is_empty() {
        return (format!("{d}nocue"), "-".into());
    }
    let lower = cue_text.to_lowercase();
    if lower.contains("according to") {
        return (format!("{d}according"), "according to".into());
    }
    // The cue's head: its token whose head lies outside the cue.
    let h = cue
        .iter()
        .copied()
        .find(|&t| doc.head(t).is_none_or(|x| !cue.contains(&x)))
        .unwrap_or(*cue.iter().next().unwrap_or(&0));
    let upos = doc.tokens[h].upos;
    let class = lexicon
        .class_of(&doc.word(h).to_lowercase())
        .map_or("unlisted".to_string(), |c| c.as_str().to_string());
    let notcue = if lexicon.is_not_cue(doc.lemma(h)) {
        ",notcue"
    } else {
        ""
    };
    let lemma = format!("{} {}({class}{notcue})", doc.lemma(h), upos.as_str());
    let pos = match upos.as_str() {
        "NOUN" | "PROPN" => "noun",
        "VERB" | "AUX" => "verb",
        "ADJ" => "adj",
        _ => "other",
    };
    // The content's head: its first token whose head lies outside it.
    let c = content
        .iter()
        .copied()
        .find(|&t| doc.head(t).is_none_or(|x| !content.contains(&x)));
    let same_sentence = c.is_some_and(|c| {
        doc.sentence_at(doc.tokens[c].span.start) == doc.sentence_at(doc.tokens[h].span.start)
    });
    let rel = match c {
        None => "?".to_string(),
        Some(_) if !same_sentence => "xsent".to_string(),
        Some(c) => {
            let gap = if c > h {
                (h + 1..*content.iter().next().unwrap_or(&c)).collect::<Vec<_>>()
            } else {
                Vec::new()
            };
            if gap.iter().any(|&t| doc.word(t) == ":") {
                "colon".to_string()
            } else if doc.head(c).is_some_and(|x| cue.contains(&x) || x == h) {
                let r = doc.tokens[c].deprel.as_str().to_string();
                let marker = doc
                    .dependents(c)
                    .find(|&m| {
                        matches!(doc.tokens[m].deprel.as_str(), "mark")
                            && matches!(doc.word(m).to_lowercase().as_str(), "that" | "to")
                    })
                    .map(|m| doc.word(m).to_lowercase());
                match marker {
                    Some(m) => format!("{r}+{m}"),
                    None => r,
                }
            } else if doc.head(h).is_some_and(|x| content.contains(&x)) {
                "tag".to_string()
            } else {
                "other".to_string()
            }
        }
    };
    (format!("{d}{pos}:{rel}"), lemma)
}
