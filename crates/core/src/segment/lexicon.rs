//! The segmenter's word lists (`data/segment/*.txt`), compiled in and checked on load.
//!
//! Each list is linted when first used; a malformed line is skipped and reported by
//! [`lint`] (a unit test keeps the shipped files clean).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

const ABBREVIATIONS: &str = include_str!("../../data/segment/abbreviations.txt");
const STARTERS: &str = include_str!("../../data/segment/starters.txt");
const HYPHEN_PREFIXES: &str = include_str!("../../data/segment/hyphen_prefixes.txt");
const CLOSINGS: &str = include_str!("../../data/segment/closings.txt");
const GREETINGS: &str = include_str!("../../data/segment/greetings.txt");
const LINE_LABELS: &str = include_str!("../../data/segment/line_labels.txt");
const LEAD_INS: &str = include_str!("../../data/segment/lead_ins.txt");
const NAME_PARTICLES: &str = include_str!("../../data/segment/name_particles.txt");
const CLAUSE_OPENERS: &str = include_str!("../../data/segment/clause_openers.txt");
const SIGNOFF_WORDS: &str = include_str!("../../data/segment/signoff_words.txt");

/// How an abbreviation behaves at a possible sentence end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbrevClass {
    /// Precedes a name: never ends a sentence (`Mr.`, `Gen.`).
    Title,
    /// Precedes a number (`No. 5`, `Jan. 21`): ends a sentence only before a starter.
    PreNumber,
    /// Never ends a sentence (`e.g.`, `vs.`).
    Inner,
    /// May end a sentence (`etc.`, `Inc.`): does so before a starter.
    Final,
}

/// A problem in one of the compiled-in lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for LexiconError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "[SEG001] {}:{}: {}", self.file, self.line, self.message)
    }
}

/// A small multiplicative hash: the keys are short words from our own lists, and
/// lookups happen at every period, so SipHash's flood resistance is not worth its cost.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<WordHasher>>;
type WordSet = HashSet<&'static str, BuildHasherDefault<WordHasher>>;

pub(crate) struct Lexicon {
    abbreviations: WordMap<AbbrevClass>,
    /// Case-folded forms of the abbreviations up to eight bytes long, to turn most words
    /// away before the case-variant lookups.
    folded: KeyFilter,
    /// The same for the sentence starters (most capitalised words are names).
    folded_starters: KeyFilter,
    /// Byte length of the longest abbreviation: longer words skip the lookups.
    longest_abbreviation: usize,
    starters: WordSet,
    hyphen_prefixes: WordSet,
    /// Letter closings (`best regards`), lowercase.
    closings: WordSet,
    /// Last bytes of the closings, as a 256-bit set.
    closing_ends: [u64; 4],
    /// Message greetings (`hi`, `good morning`), lowercase.
    greetings: WordSet,
    /// Labels of a message's or a form's lines (`subject`, `note`), lowercase.
    line_labels: WordSet,
    /// Words ending a sentence before a colon (`follows`), lowercase.
    lead_ins: WordSet,
    /// Words joining a given name to a family name (`st`, `van`), lowercase.
    name_particles: WordSet,
    /// Words opening a clause after a line of names in informal text (`Please`, `It`).
    clause_openers: WordSet,
    /// Words opening a signature line after a double hyphen (`posted`), lowercase.
    signoff_words: WordSet,
}

impl Lexicon {
    /// Class of `word` (without its period), trying the capitalised form of a word in
    /// capitals ("GEN" -> "Gen") and a lowercase entry for a capitalised word
    /// ("Etc" -> "etc").
    pub fn abbreviation(&self, word: &str) -> Option<AbbrevClass> {
        if word.len() > self.longest_abbreviation {
            return None;
        }
        if let Some(key) = folded_key(word) {
            if !self.folded.contains(key) {
                return None;
            }
        }
        if let Some(&c) = self.abbreviations.get(word) {
            return Some(c);
        }
        let first = word.as_bytes().first()?;
        if !first.is_ascii_uppercase() || word.len() > 8 {
            return None;
        }
        let mut buf = [0u8; 8];
        let buf = &mut buf[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        // "GEN" -> "Gen" (text in capitals), then "Etc" -> "etc".
        if buf.iter().all(u8::is_ascii_uppercase) && buf.len() > 1 {
            buf[1..].make_ascii_lowercase();
            if let Some(&c) = std::str::from_utf8(buf)
                .ok()
                .and_then(|w| self.abbreviations.get(w))
            {
                return Some(c);
            }
        }
        buf[0] = buf[0].to_ascii_lowercase();
        let lower = std::str::from_utf8(buf).ok()?;
        self.abbreviations.get(lower).copied()
    }

    pub fn is_starter(&self, word: &str) -> bool {
        if let Some(key) = folded_key(word) {
            if !self.folded_starters.contains(key) {
                return false;
            }
        }
        self.starters.contains(word)
    }

    /// Whether `word`, written in lowercase, is a sentence starter of the list (`the`,
    /// `but`; three letters at least, so that no country's web domain of two letters
    /// counts: `.it`, `.no`) or the pronoun `i`: what opens the next sentence after a
    /// period when web text leaves out the space ("the phillies won.the inn was small").
    pub fn is_lowercase_starter(&self, word: &str) -> bool {
        let b = word.as_bytes();
        if b == b"i" {
            return true;
        }
        let mut buf = [0u8; 16];
        if b.len() < 3 || b.len() > buf.len() || !b.iter().all(u8::is_ascii_lowercase) {
            return false;
        }
        buf[..b.len()].copy_from_slice(b);
        buf[0] = buf[0].to_ascii_uppercase();
        std::str::from_utf8(&buf[..b.len()]).is_ok_and(|w| self.is_starter(w))
    }

    /// Whether `phrase` (lowercase, single spaces) is a letter closing.
    pub fn is_closing(&self, phrase: &str) -> bool {
        self.closings.contains(phrase)
    }

    /// Whether `phrase` (lowercase, single spaces) is a greeting.
    pub fn is_greeting(&self, phrase: &str) -> bool {
        self.greetings.contains(phrase)
    }

    /// Whether `word` (any case) labels a line (`Subject`, `NOTE`).
    pub fn is_line_label(&self, word: &str) -> bool {
        contains_folded(&self.line_labels, word)
    }

    /// Whether `word` (any case) joins a given name to a family name (`St`, `Van`).
    pub fn is_name_particle(&self, word: &str) -> bool {
        contains_folded(&self.name_particles, word)
    }

    /// Whether `word` (as written) opens a clause after a line of names (`Please`).
    pub fn is_clause_opener(&self, word: &str) -> bool {
        self.clause_openers.contains(word)
    }

    /// Whether `word` (any case) opens a signature line after a double hyphen (`Posted`).
    pub fn is_signoff_word(&self, word: &str) -> bool {
        contains_folded(&self.signoff_words, word)
    }

    /// Whether `word` (any case) ends a sentence before a colon (`follows`).
    pub fn is_lead_in(&self, word: &str) -> bool {
        contains_folded(&self.lead_ins, word)
    }

    /// Whether a closing may end with a word ending in `last` (any case): a cheap test
    /// before assembling the phrase.
    #[inline]
    pub fn may_end_closing(&self, last: u8) -> bool {
        let c = last.to_ascii_lowercase();
        self.closing_ends[(c / 64) as usize] & (1 << (c % 64)) != 0
    }

    /// Whether a hyphen after `prefix` keeps the word whole (case-insensitive).
    pub fn is_hyphen_prefix(&self, prefix: &str) -> bool {
        if prefix.len() > 8 || !prefix.is_ascii() {
            return false;
        }
        let mut buf = [0u8; 8];
        buf[..prefix.len()].copy_from_slice(prefix.as_bytes());
        buf[..prefix.len()].make_ascii_lowercase();
        std::str::from_utf8(&buf[..prefix.len()])
            .map(|p| self.hyphen_prefixes.contains(p))
            .unwrap_or(false)
    }
}

/// A word of at most eight bytes, ASCII-lowercased and packed into an integer.
#[inline]
fn folded_key(word: &str) -> Option<u64> {
    let b = word.as_bytes();
    if b.len() > 8 {
        return None;
    }
    let mut key = [0u8; 8];
    for (k, c) in key.iter_mut().zip(b) {
        *k = c.to_ascii_lowercase();
    }
    Some(u64::from_le_bytes(key))
}

/// A one-hash bit filter over packed keys: no false negatives, few false positives.
struct KeyFilter {
    bits: Box<[u64; KeyFilter::WORDS]>,
}

impl KeyFilter {
    const BITS: u32 = 14;
    const WORDS: usize = (1 << Self::BITS) / 64;

    fn new() -> KeyFilter {
        KeyFilter {
            bits: Box::new([0; Self::WORDS]),
        }
    }

    #[inline]
    fn slot(key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - Self::BITS)) as usize
    }

    fn insert(&mut self, key: u64) {
        let s = Self::slot(key);
        self.bits[s / 64] |= 1 << (s % 64);
    }

    #[inline]
    fn contains(&self, key: u64) -> bool {
        let s = Self::slot(key);
        self.bits[s / 64] & (1 << (s % 64)) != 0
    }
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| load(&mut Vec::new()))
}

/// Problems in the shipped lists (empty when they are clean).
pub fn lint() -> Vec<LexiconError> {
    let mut errors = Vec::new();
    load(&mut errors);
    errors
}

fn load(errors: &mut Vec<LexiconError>) -> Lexicon {
    let mut abbreviations = WordMap::default();
    for (line, text) in entries(ABBREVIATIONS) {
        let err = |message: String| LexiconError {
            file: "abbreviations.txt",
            line,
            message,
        };
        let Some((form, class)) = text.split_once('\t') else {
            errors.push(err(format!("expected `form<TAB>class`, found {text:?}")));
            continue;
        };
        let class = match class.trim() {
            "title" => AbbrevClass::Title,
            "prenum" => AbbrevClass::PreNumber,
            "inner" => AbbrevClass::Inner,
            "final" => AbbrevClass::Final,
            other => {
                errors.push(err(format!(
                    "unknown class {other:?} (use title, prenum, inner or final)"
                )));
                continue;
            }
        };
        if form.is_empty() || form.ends_with('.') || form.contains(char::is_whitespace) {
            errors.push(err(format!(
                "form {form:?} must be one word written without its final period"
            )));
            continue;
        }
        if abbreviations.insert(form, class).is_some() {
            errors.push(err(format!("duplicate entry {form:?}")));
        }
    }
    let mut folded = KeyFilter::new();
    for key in abbreviations.keys().filter_map(|w| folded_key(w)) {
        folded.insert(key);
    }
    let starters = word_set(STARTERS, "starters.txt", errors);
    let closings = phrase_set(CLOSINGS, "closings.txt", errors);
    let mut closing_ends = [0u64; 4];
    for c in closings.iter().filter_map(|p| p.as_bytes().last()) {
        closing_ends[(c / 64) as usize] |= 1 << (c % 64);
    }
    let mut folded_starters = KeyFilter::new();
    for key in starters.iter().filter_map(|w| folded_key(w)) {
        folded_starters.insert(key);
    }
    Lexicon {
        folded,
        folded_starters,
        longest_abbreviation: abbreviations.keys().map(|k| k.len()).max().unwrap_or(0),
        abbreviations,
        starters,
        hyphen_prefixes: word_set(HYPHEN_PREFIXES, "hyphen_prefixes.txt", errors),
        closing_ends,
        closings,
        greetings: phrase_set(GREETINGS, "greetings.txt", errors),
        line_labels: lowercase_word_set(LINE_LABELS, "line_labels.txt", errors),
        lead_ins: lowercase_word_set(LEAD_INS, "lead_ins.txt", errors),
        name_particles: lowercase_word_set(NAME_PARTICLES, "name_particles.txt", errors),
        clause_openers: word_set(CLAUSE_OPENERS, "clause_openers.txt", errors),
        signoff_words: lowercase_word_set(SIGNOFF_WORDS, "signoff_words.txt", errors),
    }
}

/// Whether the lowercase set holds `word` lowercased (words of up to 16 bytes).
fn contains_folded(set: &WordSet, word: &str) -> bool {
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|w| set.contains(w))
}

fn word_set(data: &'static str, file: &'static str, errors: &mut Vec<LexiconError>) -> WordSet {
    let mut set = WordSet::default();
    for (line, word) in entries(data) {
        if word.contains(char::is_whitespace) || word.contains('.') {
            errors.push(LexiconError {
                file,
                line,
                message: format!("expected one word without spaces or periods, found {word:?}"),
            });
        } else if !set.insert(word) {
            errors.push(LexiconError {
                file,
                line,
                message: format!("duplicate entry {word:?}"),
            });
        }
    }
    set
}

/// A [`word_set`] whose entries must be lowercase.
fn lowercase_word_set(
    data: &'static str,
    file: &'static str,
    errors: &mut Vec<LexiconError>,
) -> WordSet {
    let mut set = word_set(data, file, errors);
    for (line, word) in entries(data) {
        if word.bytes().any(|c| c.is_ascii_uppercase()) {
            errors.push(LexiconError {
                file,
                line,
                message: format!("expected a lowercase word, found {word:?}"),
            });
            set.remove(word);
        }
    }
    set
}

fn phrase_set(data: &'static str, file: &'static str, errors: &mut Vec<LexiconError>) -> WordSet {
    let mut set = WordSet::default();
    for (line, phrase) in entries(data) {
        let well_formed = phrase
            .split(' ')
            .all(|w| !w.is_empty() && w.bytes().all(|c| c.is_ascii_lowercase() || c == b'\''));
        if !well_formed {
            errors.push(LexiconError {
                file,
                line,
                message: format!(
                    "expected lowercase words separated by single spaces, found {phrase:?}"
                ),
            });
        } else if !set.insert(phrase) {
            errors.push(LexiconError {
                file,
                line,
                message: format!("duplicate entry {phrase:?}"),
            });
        }
    }
    set
}

/// Non-empty, non-comment lines with their 1-based numbers.
fn entries(data: &'static str) -> impl Iterator<Item = (usize, &'static str)> {
    data.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_word_lists_lint_clean() {
        let errors = lint();
        assert!(errors.is_empty(), "{errors:#?}");
    }

    #[test]
    fn capitalised_abbreviation_finds_lowercase_entry() {
        let lex = lexicon();
        assert_eq!(lex.abbreviation("Etc"), Some(AbbrevClass::Final));
        assert_eq!(lex.abbreviation("Mr"), Some(AbbrevClass::Title));
        assert_eq!(lex.abbreviation("Minister"), None);
        assert_eq!(lex.abbreviation("GEN"), Some(AbbrevClass::Title));
        assert_eq!(lex.abbreviation("ETC"), Some(AbbrevClass::Final));
        assert!(lex.is_hyphen_prefix("Non"));
        assert!(!lex.is_hyphen_prefix("so"));
    }
}
