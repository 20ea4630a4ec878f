//! Lemmatizer: suffix rules per PTB tag plus an exception table, both learned from the
//! treebanks and kept as a TSV file (`models/lemmas.tsv`).
//!
//! File format, one record a line, tab-separated:
//! - `R  XPOS  SUFFIX  STRIP  APPEND  CASE`: for a word with tag XPOS whose lowercased form
//!   ends in SUFFIX (longest matching suffix wins, `""` always matches), drop STRIP
//!   characters and append APPEND; CASE is `keep` (work on the form as written) or `lower`.
//! - `E  FORM  XPOS  LEMMA`: the lemma of FORM (lowercased) with tag XPOS.
//!
//! Lines starting with `#` are comments. Loading reports the first bad line by number.

use std::collections::HashMap;

use attache_core::tags::Xpos;

use crate::corpus::GoldSentence;
use crate::features::{hash_bytes, mix};
use crate::U64Map;

const MAX_SUFFIX: usize = 6;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Rule {
    strip: u8,
    append: String,
    lower: bool,
}

impl Rule {
    fn identity() -> Rule {
        Rule {
            strip: 0,
            append: String::new(),
            lower: false,
        }
    }

    /// The rule that turns `form` into `lemma`.
    fn learn(form: &str, lemma: &str) -> Rule {
        let lowered = form.to_lowercase();
        // Lowercase whenever the lemma is lowercase, so "The" and "the" vote alike.
        let (base, lower) = if lemma.starts_with(char::is_lowercase) || lemma == lowered {
            (lowered.as_str(), true)
        } else {
            (form, false)
        };
        let common = base
            .chars()
            .zip(lemma.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let strip = base.chars().count() - common;
        let append: String = lemma.chars().skip(common).collect();
        Rule {
            strip: strip.min(255) as u8,
            append,
            lower,
        }
    }

    fn apply(&self, form: &str, out: &mut String) {
        let start = out.len();
        if self.lower && form.is_ascii() {
            out.push_str(form);
            if let Some(s) = out.get_mut(start..) {
                s.make_ascii_lowercase();
            }
        } else if self.lower {
            for c in form.chars() {
                out.extend(c.to_lowercase());
            }
        } else {
            out.push_str(form);
        }
        let strip = self.strip as usize;
        if form.is_ascii() {
            // One byte a character.
            if strip < out.len() - start {
                out.truncate(out.len() - strip);
                out.push_str(&self.append);
            }
            return;
        }
        let n = out[start..].chars().count();
        if strip < n {
            let keep = n - strip;
            let cut = out[start..]
                .char_indices()
                .nth(keep)
                .map_or(out.len(), |(i, _)| start + i);
            out.truncate(cut);
            out.push_str(&self.append);
        }
    }
}

#[derive(Default)]
pub struct Lemmatizer {
    rules: HashMap<(Xpos, String), Rule>,
    exceptions: HashMap<(String, Xpos), String>,
    /// `key(xpos, lowercased form)` -> lemma.
    exception_index: U64Map<String>,
    /// The rule suffixes of each tag as a trie read from the word's end: `suffix_key`
    /// of every suffix (up to `MAX_SUFFIX` characters, `""` included) of every rule
    /// suffix, holding the rule whose suffix it is, if any. A word's suffixes are looked
    /// up shortest first until one is missing: no longer one can then hold a rule.
    /// Filled by `index`, which every constructor must call.
    suffix_index: U64Map<Option<Rule>>,
}

fn key(x: Xpos, s: &str) -> u64 {
    mix(hash_bytes(s.as_bytes()), x.0 as u64)
}

/// The running hash of a suffix read backwards, one more character `c` (its UTF-8 bytes
/// last to first) in front: so the keys of all of a word's suffixes take one pass.
fn extend_suffix_hash(h: u64, c: &[u8]) -> u64 {
    c.iter().rev().fold(h, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

const SUFFIX_SEED: u64 = 0x51ff_1c3e_5eed_0001;

fn suffix_key(x: Xpos, running: u64) -> u64 {
    mix(running, x.0 as u64)
}

fn suffix_of(lower: &str, k: usize) -> Option<&str> {
    let n = lower.chars().count();
    if k > n {
        return None;
    }
    let start = lower
        .char_indices()
        .nth(n - k)
        .map_or(lower.len(), |(i, _)| i);
    Some(&lower[start..])
}

impl Lemmatizer {
    /// Appends the lemma of `form` tagged `xpos` to `out`. The lowercased form is built
    /// in `out` itself (then replaced), so nothing is allocated for ASCII words.
    pub fn lemmatize_into(&self, form: &str, xpos: Xpos, out: &mut String) {
        let start = out.len();
        if form.is_ascii() {
            out.push_str(form);
            if let Some(s) = out.get_mut(start..) {
                s.make_ascii_lowercase();
            }
        } else {
            out.push_str(&form.to_lowercase());
        }
        let lower = &out[start..];
        if let Some(l) = self.exception_index.get(&key(xpos, lower)) {
            out.truncate(start);
            out.push_str(l);
            return;
        }
        let mut running = SUFFIX_SEED;
        let mut rule = match self.suffix_index.get(&suffix_key(xpos, running)) {
            Some(node) => node.as_ref(),
            None => {
                out.truncate(start);
                out.push_str(form);
                return;
            }
        };
        let mut buf = [0u8; 4];
        for c in lower.chars().rev().take(MAX_SUFFIX) {
            running = extend_suffix_hash(running, c.encode_utf8(&mut buf).as_bytes());
            match self.suffix_index.get(&suffix_key(xpos, running)) {
                Some(Some(r)) => rule = Some(r),
                Some(None) => {}
                None => break,
            }
        }
        out.truncate(start);
        match rule {
            Some(rule) => rule.apply(form, out),
            None => out.push_str(form),
        }
    }

    pub fn lemmatize(&self, form: &str, xpos: Xpos) -> String {
        let mut s = String::new();
        self.lemmatize_into(form, xpos, &mut s);
        s
    }

    /// Learns rules and exceptions from gold sentences.
    pub fn learn(sents: &[GoldSentence]) -> Lemmatizer {
        let mut votes: HashMap<(Xpos, String), HashMap<Rule, u32>> = HashMap::new();
        let mut words: HashMap<(String, Xpos), HashMap<(String, String), u32>> = HashMap::new();
        for s in sents {
            for i in 0..s.len() {
                let (form, lemma, x) = (&s.forms[i], &s.lemmas[i], s.xpos[i]);
                if lemma == "_" || lemma.is_empty() {
                    continue;
                }
                let rule = Rule::learn(form, lemma);
                let lower = form.to_lowercase();
                for k in 0..=MAX_SUFFIX {
                    if let Some(suf) = suffix_of(&lower, k) {
                        *votes
                            .entry((x, suf.to_string()))
                            .or_default()
                            .entry(rule.clone())
                            .or_default() += 1;
                    }
                }
                *words
                    .entry((lower, x))
                    .or_default()
                    .entry((form.clone(), lemma.clone()))
                    .or_default() += 1;
            }
        }
        let best = |m: &HashMap<Rule, u32>| -> (Rule, u32) {
            let mut v: Vec<(&Rule, &u32)> = m.iter().collect();
            v.sort_by(|a, b| {
                b.1.cmp(a.1).then_with(|| {
                    (a.0.strip, &a.0.append, a.0.lower).cmp(&(b.0.strip, &b.0.append, b.0.lower))
                })
            });
            (v[0].0.clone(), m.values().sum())
        };
        let mut rules = HashMap::new();
        // Keep a rule when it is supported and differs from what its shorter suffix says.
        let mut keys: Vec<&(Xpos, String)> = votes.keys().collect();
        keys.sort_by_key(|(x, s)| (s.chars().count(), *x, s.clone()));
        for key in keys {
            let (rule, total) = best(&votes[key]);
            let k = key.1.chars().count();
            if k > 0 && total < 2 {
                continue;
            }
            let parent = (1..=k).find_map(|d| {
                let shorter = suffix_of(&key.1, k - d)?;
                rules.get(&(key.0, shorter.to_string())).cloned()
            });
            if k == 0 || parent.as_ref() != Some(&rule) {
                rules.insert(key.clone(), rule);
            }
        }
        let mut lem = Lemmatizer {
            rules,
            ..Lemmatizer::default()
        };
        lem.index();
        let mut exceptions = HashMap::new();
        for ((lower, x), pairs) in &words {
            // The commonest lemma of the word; an exception when the rules miss it for
            // the commonest way the word is written.
            let mut by_lemma: HashMap<&String, u32> = HashMap::new();
            for ((_, l), n) in pairs {
                *by_lemma.entry(l).or_default() += n;
            }
            let mut v: Vec<(&String, u32)> = by_lemma.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
            let gold = v[0].0;
            let mut forms: Vec<(&String, u32)> = pairs
                .iter()
                .filter(|((_, l), _)| l == gold)
                .map(|((f, _), n)| (f, *n))
                .collect();
            forms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
            let form = forms.first().map_or(lower, |f| f.0);
            if lem.lemmatize(form, *x) != *gold || lem.lemmatize(lower, *x) != *gold {
                exceptions.insert((lower.clone(), *x), gold.clone());
            }
        }
        lem.exceptions = exceptions;
        lem.index();
        lem
    }

    fn index(&mut self) {
        self.exception_index = self
            .exceptions
            .iter()
            .map(|((f, x), l)| (key(*x, f), l.clone()))
            .collect();
        let mut nodes: U64Map<Option<Rule>> = U64Map::default();
        let mut buf = [0u8; 4];
        for ((x, suffix), r) in &self.rules {
            let n = suffix.chars().count();
            let mut running = SUFFIX_SEED;
            nodes.entry(suffix_key(*x, running)).or_insert(None);
            for c in suffix.chars().rev().take(MAX_SUFFIX) {
                running = extend_suffix_hash(running, c.encode_utf8(&mut buf).as_bytes());
                nodes.entry(suffix_key(*x, running)).or_insert(None);
            }
            // Rules with longer suffixes never match (lookups stop at `MAX_SUFFIX`).
            if n <= MAX_SUFFIX {
                nodes.insert(suffix_key(*x, running), Some(r.clone()));
            }
        }
        self.suffix_index = nodes;
    }

    pub fn to_tsv(&self) -> String {
        let mut lines: Vec<String> = Vec::new();
        for ((x, suf), r) in &self.rules {
            lines.push(format!(
                "R\t{}\t{}\t{}\t{}\t{}",
                x.as_str(),
                suf,
                r.strip,
                r.append,
                if r.lower { "lower" } else { "keep" }
            ));
        }
        for ((form, x), l) in &self.exceptions {
            lines.push(format!("E\t{}\t{}\t{}", form, x.as_str(), l));
        }
        lines.sort();
        let mut out = String::from(
            "# attache lemmatizer: rules and exceptions learned from UD English EWT and GUM\n\
             # (CC BY-SA 4.0 / CC BY 4.0 annotations; see README.md). Format in src/lemma.rs.\n",
        );
        for l in lines {
            out.push_str(&l);
            out.push('\n');
        }
        out
    }

    pub fn from_tsv(text: &str) -> Result<Lemmatizer, String> {
        let mut lem = Lemmatizer::default();
        for (n, line) in text.lines().enumerate() {
            let at = |m: &str| format!("lemmas.tsv:{}: {m}", n + 1);
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let xpos = |s: &str| Xpos::exact(s).ok_or_else(|| at(&format!("unknown XPOS {s:?}")));
            match cols.as_slice() {
                ["R", x, suf, strip, append, case] => {
                    let strip: u8 = strip
                        .parse()
                        .map_err(|_| at(&format!("strip count {strip:?} is not a number")))?;
                    let lower = match *case {
                        "lower" => true,
                        "keep" => false,
                        c => return Err(at(&format!("case must be lower or keep, not {c:?}"))),
                    };
                    lem.rules.insert(
                        (xpos(x)?, suf.to_string()),
                        Rule {
                            strip,
                            append: append.to_string(),
                            lower,
                        },
                    );
                }
                ["E", form, x, lemma] => {
                    lem.exceptions
                        .insert((form.to_string(), xpos(x)?), lemma.to_string());
                }
                _ => {
                    return Err(at(
                        "expected `R XPOS SUFFIX STRIP APPEND CASE` or `E FORM XPOS LEMMA`",
                    ))
                }
            }
        }
        if lem.rules.is_empty() {
            lem.rules
                .insert((Xpos::NONE, String::new()), Rule::identity());
        }
        lem.index();
        Ok(lem)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learned_rule_round_trips_regular_inflection() {
        let r = Rule::learn("Running", "run");
        let mut s = String::new();
        r.apply("Running", &mut s);
        assert_eq!(s, "run");
        let r = Rule::learn("promised", "promise");
        let mut s = String::new();
        r.apply("demanded", &mut s);
        assert_eq!(s, "demande");
    }

    #[test]
    fn every_constructor_indexes_the_rule_suffixes_of_each_tag() {
        let nns = Xpos::exact("NNS").expect("NNS");
        let from_tsv = Lemmatizer::from_tsv("R\tNNS\ties\t3\ty\tlower\n").expect("rules");
        // "", "s", "es", "ies": four trie nodes, the rule on the last.
        assert_eq!(from_tsv.suffix_index.len(), 4);
        assert_eq!(from_tsv.suffix_index.values().flatten().count(), 1);
        assert_eq!(from_tsv.lemmatize("Treaties", nns), "treaty");
        assert_eq!(
            from_tsv.lemmatize("Tries", Xpos::exact("VBZ").expect("VBZ")),
            "Tries"
        );
        // Plural nouns in "-ies" and in plain "-s": a rule for "es" beats the rule for "".
        let conllu: String = [
            "Envoys/envoy",
            "delegates/delegate",
            "treaties/treaty",
            "parties/party",
        ]
        .iter()
        .enumerate()
        .filter_map(|(k, w)| w.split_once('/').map(|(f, l)| (k, f, l)))
        .map(|(k, f, l)| {
            format!(
                "{}\t{f}\t{l}\tNOUN\tNNS\t_\t{}\tdep\t_\t_\n",
                k + 1,
                k.min(1)
            )
        })
        .chain(["\n".to_string()])
        .collect();
        let learned = Lemmatizer::learn(&crate::corpus::sentences_from_str(&conllu));
        assert!(learned.suffix_index.values().flatten().count() > 0);
        assert_eq!(learned.lemmatize("Armies", nns), "army");
    }

    /// A rule whose suffix is longer than `MAX_SUFFIX` characters is never applied, and
    /// a word of multi-byte characters finds the rule for its last characters.
    #[test]
    fn rule_suffixes_past_the_longest_looked_up_are_ignored_and_multibyte_ones_match() {
        let nn = Xpos::exact("NN").expect("NN");
        let lem = Lemmatizer::from_tsv(
            "R\tNN\tabcdefg\t1\tZ\tlower\nR\tNN\tçõ\t2\tx\tlower\nR\tNN\t\t0\t\tkeep\n",
        )
        .expect("rules");
        assert_eq!(lem.lemmatize("XABCDEFG", nn), "XABCDEFG");
        assert_eq!(lem.lemmatize("AÇÕ", nn), "ax");
        assert_eq!(lem.lemmatize("õ", nn), "õ");
    }

    /// The lemma as the lemmatizer gave it before it skipped suffixes longer than its
    /// rules': lowercased char by char, every suffix up to `MAX_SUFFIX` looked up.
    fn lemma_probing_every_suffix(lem: &Lemmatizer, form: &str, xpos: Xpos) -> String {
        let lower: String = form.chars().flat_map(char::to_lowercase).collect();
        if let Some(l) = lem.exceptions.get(&(lower.clone(), xpos)) {
            return l.clone();
        }
        let rule = (0..=MAX_SUFFIX)
            .rev()
            .filter_map(|k| suffix_of(&lower, k))
            .find_map(|suffix| lem.rules.get(&(xpos, suffix.to_string())));
        let mut out = String::new();
        match rule {
            Some(r) if r.lower => {
                // `Rule::apply` on the lowercased form, char by char as before.
                let n = lower.chars().count();
                out = lower.clone();
                if (r.strip as usize) < n {
                    out = lower.chars().take(n - r.strip as usize).collect();
                    out.push_str(&r.append);
                }
            }
            Some(r) => r.apply(form, &mut out),
            None => out.push_str(form),
        }
        out
    }

    #[test]
    fn lookups_up_to_the_longest_rule_suffix_give_the_lemmas_of_probing_every_suffix() {
        let lem = Lemmatizer::from_tsv(include_str!("../models/lemmas.tsv")).expect("lemmas");
        let mut forms: Vec<String> = lem.exceptions.keys().map(|(f, _)| f.clone()).collect();
        forms.sort();
        forms.truncate(3000);
        for f in [
            "Running",
            "DEMANDED",
            "cities",
            "Studies",
            "mice",
            "Ärzte",
            "naïvely",
            "İstanbul",
            "x",
            "",
            "2020s",
            "re-elected",
            "ΑΘΗΝΑ",
            "talked",
            "Talking",
        ] {
            forms.push(f.to_string());
        }
        let extra: Vec<String> = forms.iter().map(|f| f.to_uppercase()).collect();
        forms.extend(extra);
        let mut tags: Vec<Xpos> = lem.rules.keys().map(|(x, _)| *x).collect();
        tags.sort_by_key(|x| x.0);
        tags.dedup();
        assert!(tags.len() > 10, "the committed rules cover many tags");
        let mut checked = 0;
        for f in &forms {
            for &x in &tags {
                assert_eq!(
                    lem.lemmatize(f, x),
                    lemma_probing_every_suffix(&lem, f, x),
                    "{f} {x:?}"
                );
                checked += 1;
            }
        }
        assert!(checked > 10_000);
    }

    #[test]
    fn bad_line_is_reported_with_its_number() {
        let e = Lemmatizer::from_tsv("# c\nR\tVBD\ted\tx\t\tkeep\n").err();
        assert!(e.is_some_and(|e| e.starts_with("lemmas.tsv:2:")));
    }
}
