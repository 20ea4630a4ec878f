//! The cue lexicon: reporting verbs and phrases, loaded from `data/cues.tsv` and
//! `data/phrases.tsv` (embedded) and checked on load with line-numbered errors.

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use attache_core::hash::{ascii_lower, WordMap, WordSet, LOWER_BUF};

/// What a cue reports (defined in core: every quote carries its class).
pub use attache_core::CueClass;

/// How a cue's source and content are arranged around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Frame {
    /// `SOURCE cue [that] CONTENT`, `CONTENT, SOURCE cue`, `CONTENT, cue SOURCE`.
    Say,
    /// Like `Say` with an addressee after the cue (`told reporters that`).
    Tell,
    /// An addressee, then a to-infinitive or that-clause (`urged Kiev to`).
    Urge,
    /// The source follows the cue: `according to SOURCE, CONTENT`.
    According,
}

impl Frame {
    fn parse(s: &str) -> Option<Frame> {
        match s {
            "say" => Some(Frame::Say),
            "tell" => Some(Frame::Tell),
            "urge" => Some(Frame::Urge),
            "according" => Some(Frame::According),
            _ => None,
        }
    }
}

/// One cue entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub class: CueClass,
    pub frame: Frame,
    /// Number of tokens the cue spans (1 for single verbs).
    pub len: usize,
    /// The form is a present participle (`saying`, `adding`).
    pub participle: bool,
}

/// The word lists holding a word ([`Lexicon::lists_of`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lists(u32);

impl Lists {
    /// Whether `list` is among them.
    pub fn has(self, list: WordList) -> bool {
        self.0 & list.bit() != 0
    }

    /// Whether the word is a verb of `seen_as.txt` ([`Lexicon::is_seen_as_verb`]).
    pub fn has_seen_as_verb(self) -> bool {
        self.0 & SEEN_AS_VERB_BIT != 0
    }

    /// Whether the word is a cue form or a phrase's first word: whether it can start a cue
    /// at all, a cheap filter.
    pub fn may_start_cue(self) -> bool {
        self.0 & MAY_START_BIT != 0
    }
}

/// The bit of a word's [`Lists`] that marks a cue form or a phrase's first word.
const MAY_START_BIT: u32 = 1 << 30;

/// The bit of a word's [`Lists`] that marks a verb of `seen_as.txt`, above the bits of the
/// word lists, so that the test costs no lookup of its own where the lists are read.
const SEEN_AS_VERB_BIT: u32 = 1 << 31;

/// The short word lists the attribution pass reads, each from its own file under `data/`
/// of one lower-case word a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WordList {
    /// `hearsay_adverbs.txt`: adverbs of a clause reported by unnamed others.
    HearsayAdverbs,
    /// `view_nouns.txt`: nouns of a view after "in" and a possessor ("in her view").
    ViewNouns,
    /// `object_noun_cues.txt`: stance nouns whose "of"/"against" object is their content.
    ObjectNounCues,
    /// `call_nouns.txt`: nouns of a demand whose "for" object is their content.
    CallNouns,
    /// `perspective_prepositions.txt`: prepositions opening a view ("To Novak, ...").
    PerspectivePrepositions,
    /// `ground_nouns.txt`: nouns of ground held or fought over ("defended the border").
    GroundNouns,
    /// `label_nouns.txt`: words of a transcript label naming a role or a heading
    /// ("MODERATOR:", "LATEST:"), no person.
    LabelNouns,
    /// `venue_nouns.txt`: nouns of where or through what something was said ("on
    /// Twitter", "at a rally", "through his lawyer"), the writer's after an object.
    VenueNouns,
    /// `as_cues.txt`: verb forms that report only a characterization, an object and an
    /// "as" phrase ("cast her rival as weak").
    AsCues,
    /// `speaker_nouns.txt`: nouns for people heading a source that describes its speaker
    /// ("a spokesman", "campaign aides").
    SpeakerNouns,
    /// `body_nouns.txt`: nouns for organisations heading such a source ("the group").
    BodyNouns,
}

impl WordList {
    /// Every list, in the order the embedded lexicon loads them.
    pub const ALL: [WordList; 11] = [
        WordList::HearsayAdverbs,
        WordList::ViewNouns,
        WordList::ObjectNounCues,
        WordList::CallNouns,
        WordList::PerspectivePrepositions,
        WordList::GroundNouns,
        WordList::LabelNouns,
        WordList::VenueNouns,
        WordList::AsCues,
        WordList::SpeakerNouns,
        WordList::BodyNouns,
    ];

    /// The list's bit in a set of lists (there are fewer than 32 lists).
    fn bit(self) -> u32 {
        1 << (self as u32)
    }

    /// The list's file name under `data/`.
    pub fn file(self) -> &'static str {
        match self {
            WordList::HearsayAdverbs => "hearsay_adverbs.txt",
            WordList::ViewNouns => "view_nouns.txt",
            WordList::ObjectNounCues => "object_noun_cues.txt",
            WordList::CallNouns => "call_nouns.txt",
            WordList::PerspectivePrepositions => "perspective_prepositions.txt",
            WordList::GroundNouns => "ground_nouns.txt",
            WordList::LabelNouns => "label_nouns.txt",
            WordList::VenueNouns => "venue_nouns.txt",
            WordList::AsCues => "as_cues.txt",
            WordList::SpeakerNouns => "speaker_nouns.txt",
            WordList::BodyNouns => "body_nouns.txt",
        }
    }

    /// The embedded text of the list's file.
    fn embedded_text(self) -> &'static str {
        match self {
            WordList::HearsayAdverbs => include_str!("../data/hearsay_adverbs.txt"),
            WordList::ViewNouns => include_str!("../data/view_nouns.txt"),
            WordList::ObjectNounCues => include_str!("../data/object_noun_cues.txt"),
            WordList::CallNouns => include_str!("../data/call_nouns.txt"),
            WordList::PerspectivePrepositions => {
                include_str!("../data/perspective_prepositions.txt")
            }
            WordList::GroundNouns => include_str!("../data/ground_nouns.txt"),
            WordList::LabelNouns => include_str!("../data/label_nouns.txt"),
            WordList::VenueNouns => include_str!("../data/venue_nouns.txt"),
            WordList::AsCues => include_str!("../data/as_cues.txt"),
            WordList::SpeakerNouns => include_str!("../data/speaker_nouns.txt"),
            WordList::BodyNouns => include_str!("../data/body_nouns.txt"),
        }
    }
}

/// A line-numbered problem in a lexicon file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[SP001] {}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for LexiconError {}

/// Single-word forms and multi-word phrases, keyed by their (lower-case) first word.
#[derive(Debug, Default)]
pub struct Lexicon {
    words: WordMap<String, Cue>,
    /// Noun cues ("statement", "claim", "decision"), read only after a possessive.
    nouns: WordMap<String, CueClass>,
    /// First word -> (remaining words, cue), longest phrases first.
    phrases: WordMap<String, Vec<(Vec<String>, Cue)>>,
    /// Headline labels that never speak ("exclusive", "factbox"), lower case.
    labels: WordSet<String>,
    /// Verb lemmas whose clausal complement is no attribution ("mean", "make").
    not_cues: WordSet<String>,
    /// Object pronouns that are a whole content, with the cue classes they need (`None`:
    /// any cue).
    object_pronouns: HashMap<String, Option<Vec<CueClass>>>,
    /// Verbs of sending or issuing a message ("send", "issue", "put out"), lower case.
    senders: std::collections::HashSet<String>,
    /// Forms that are mostly nouns in news text ("support", "plan", "attacks"): cues only
    /// where the tagger reads them as verbs.
    verb_words: WordMap<String, Cue>,
    /// Cue forms whose noun-phrase object must be headed by one of some nouns
    /// ("accepted the offer", not "accepted the nomination"), lower case.
    object_heads: HashMap<String, std::collections::HashSet<String>>,
    /// Verbs of talking and the prepositions that name their topic ("talk about",
    /// "comment on"), lower case, as "lemma preposition".
    topic_verbs: std::collections::HashSet<String>,
    /// Nouns of criticism, question and concern and the preposition that names what they
    /// are about ("criticism of", "question about"), lower case, as "lemma preposition".
    topic_nouns: std::collections::HashSet<String>,
    /// Passive verbs of judging and the preposition of what their subject is held to be
    /// ("seen as", "known for"), lower case, as "verb preposition".
    seen_as: std::collections::HashSet<String>,
    /// The short word lists of `WordList`, lower case (checked on load).
    word_lists: WordMap<WordList, WordSet<String>>,
    /// Every word of `word_lists` with a bit for each list holding it
    /// ([`WordList::bit`]), every verb of `seen_as` with [`SEEN_AS_VERB_BIT`] and every
    /// cue form and phrase's first word with [`MAY_START_BIT`]: `in_list` hashes the word
    /// once, whatever the list.
    list_bits: WordMap<String, u32>,
}

const CUES: &str = include_str!("../data/cues.tsv");
const PHRASES: &str = include_str!("../data/phrases.tsv");
const NOUNS: &str = include_str!("../data/nouns.tsv");
const LABELS: &str = include_str!("../data/labels.txt");
const NOT_CUES: &str = include_str!("../data/not_cues.txt");
const OBJECT_PRONOUNS: &str = include_str!("../data/object_pronouns.tsv");
const SENDERS: &str = include_str!("../data/senders.txt");
const VERB_CUES: &str = include_str!("../data/verb_cues.tsv");
const OBJECT_HEADS: &str = include_str!("../data/object_heads.tsv");
const TOPIC_VERBS: &str = include_str!("../data/topic_verbs.txt");
const TOPIC_NOUNS: &str = include_str!("../data/topic_nouns.txt");
const SEEN_AS: &str = include_str!("../data/seen_as.txt");

/// The prepositions a pair of `seen_as.txt` may have.
pub const SEEN_AS_PREPOSITIONS: &[&str] = &["as", "for"];

/// The prepositions a pair of `topic_nouns.txt` may have: the stage checks them before it
/// asks the lexicon, so the loader rejects any other.
pub const TOPIC_NOUN_PREPOSITIONS: &[&str] = &["of", "over", "about", "on", "to", "for", "against"];

impl Lexicon {
    /// The embedded lexicon. Its files are checked by a test, so this cannot fail in a
    /// released binary; if it ever did, the lexicon is empty and the stage finds only
    /// direct quotes.
    pub fn embedded() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| {
            let mut lex = Lexicon::parse(CUES, PHRASES).unwrap_or_default();
            lex.add_nouns(NOUNS).ok();
            lex.add_labels(LABELS).ok();
            lex.add_not_cues(NOT_CUES).ok();
            lex.add_object_pronouns(OBJECT_PRONOUNS).ok();
            lex.add_senders(SENDERS).ok();
            lex.add_verb_cues(VERB_CUES).ok();
            lex.add_object_heads(OBJECT_HEADS).ok();
            lex.add_topic_verbs(TOPIC_VERBS).ok();
            lex.add_topic_nouns(TOPIC_NOUNS).ok();
            lex.add_seen_as(SEEN_AS).ok();
            for list in WordList::ALL {
                lex.add_word_list(list, list.embedded_text()).ok();
            }
            lex
        })
    }

    /// Reads `verb_cues.tsv` (the format of `cues.tsv`): forms that are cues only where
    /// the tagger reads them as verbs. A form `cues.tsv` lists already is an error.
    pub fn add_verb_cues(&mut self, text: &str) -> Result<(), Vec<LexiconError>> {
        let mut errors = Vec::new();
        for (n, fields) in data_lines(text) {
            let err = |m: String| LexiconError {
                file: "verb_cues.tsv",
                line: n,
                message: m,
            };
            let (class, frame, forms) = match cue_row(&fields) {
                Ok(row) => row,
                Err(m) => {
                    errors.push(err(m));
                    continue;
                }
            };
            for form in forms.split_whitespace() {
                if form.chars().any(|c| c.is_uppercase()) || self.words.contains_key(form) {
                    errors.push(err(format!(
                        "form {form:?} must be lower case and not in cues.tsv"
                    )));
                    continue;
                }
                let cue = Cue {
                    class,
                    frame,
                    len: 1,
                    participle: false,
                };
                if self.verb_words.insert(form.to_string(), cue).is_some() {
                    errors.push(err(format!("form {form:?} is listed twice")));
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Reads `object_heads.tsv`: cue forms or phrases (each already a cue, separated by
    /// commas) and the words that may head their noun-phrase object (space-separated), all
    /// lower case.
    pub fn add_object_heads(&mut self, text: &str) -> Result<(), Vec<LexiconError>> {
        let mut errors = Vec::new();
        for (n, fields) in data_lines(text) {
            let err = |m: String| LexiconError {
                file: "object_heads.tsv",
                line: n,
                message: m,
            };
            let [forms, nouns] = fields[..] else {
                errors.push(err(format!(
                    "expected 2 tab-separated fields (cue forms, nouns), found {}",
                    fields.len()
                )));
                continue;
            };
            let lower_words = |list: &str| {
                list.split_whitespace().next().is_some()
                    && list.split_whitespace().all(|w| {
                        w.chars()
                            .all(|c| c.is_ascii_lowercase() || c == '-' || c == ',')
                    })
            };
            if !lower_words(forms) || !lower_words(nouns) || nouns.contains(',') {
                errors.push(err("forms and nouns must be lower-case words".into()));
                continue;
            }
            let nouns: std::collections::HashSet<String> =
                nouns.split_whitespace().map(str::to_string).collect();
            for form in forms.split(',').map(str::trim) {
                let words: Vec<String> = form.split_whitespace().map(str::to_string).collect();
                let known = match &words[..] {
                    [word] => self.words.contains_key(word) || self.verb_words.contains_key(word),
                    _ => self.is_phrase(&words),
                };
                if !known {
                    errors.push(err(format!("form {form:?} is no cue form or phrase")));
                    continue;
                }
                match self.object_heads.entry(words.join(" ")) {
                    std::collections::hash_map::Entry::Occupied(_) => {
                        errors.push(err(format!("form {form:?} is listed twice")));
                    }
                    std::collections::hash_map::Entry::Vacant(slot) => {
                        slot.insert(nouns.clone());
                    }
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// The words that may head the noun-phrase object of a restricted cue form or phrase
    /// (lower case, a phrase's words joined by single spaces), or `None` when any object
    /// may.
    pub fn object_heads(&self, form: &str) -> Option<&std::collections::HashSet<String>> {
        self.object_heads.get(form)
    }

    /// The cue of a form that counts only as a verb ("support"), lower case.
    pub fn verb_form(&self, word: &str) -> Option<Cue> {
        self.verb_words.get(word).copied()
    }

    /// Parses the two lexicon files, reporting every bad line.
    pub fn parse(cues: &str, phrases: &str) -> Result<Lexicon, Vec<LexiconError>> {
        let mut lex = Lexicon::default();
        let mut errors = Vec::new();
        for (n, fields) in data_lines(cues) {
            let err = |m: String| LexiconError {
                file: "cues.tsv",
                line: n,
                message: m,
            };
            let (class, frame, forms) = match cue_row(&fields) {
                Ok(row) => row,
                Err(m) => {
                    errors.push(err(m));
                    continue;
                }
            };
            for form in forms.split_whitespace() {
                if form.chars().any(|c| c.is_uppercase()) {
                    errors.push(err(format!("form {form:?} must be lower case")));
                    continue;
                }
                let cue = Cue {
                    class,
                    frame,
                    len: 1,
                    participle: form.ends_with("ing"),
                };
                if lex.words.insert(form.to_string(), cue).is_some() {
                    errors.push(err(format!("form {form:?} is listed twice")));
                }
            }
        }
        for (n, fields) in data_lines(phrases) {
            let err = |m: String| LexiconError {
                file: "phrases.tsv",
                line: n,
                message: m,
            };
            let [class, frame, words] = fields[..] else {
                errors.push(err(format!(
                    "expected 3 tab-separated fields (class, frame, words), found {}",
                    fields.len()
                )));
                continue;
            };
            let (Some(class), Some(frame)) = (CueClass::from_label(class), Frame::parse(frame))
            else {
                errors.push(err(format!("unknown class {class:?} or frame {frame:?}")));
                continue;
            };
            let words: Vec<String> = words.split_whitespace().map(str::to_string).collect();
            if words.len() < 2 {
                errors.push(err("a phrase needs at least two words".into()));
                continue;
            }
            if words.iter().any(|w| w.chars().any(char::is_uppercase)) {
                errors.push(err("phrases must be lower case".into()));
                continue;
            }
            let cue = Cue {
                class,
                frame,
                len: words.len(),
                // "saying that" is a participle cue, "was quoted as saying" a finite one.
                participle: frame != Frame::According && words[0].ends_with("ing"),
            };
            let list = lex.phrases.entry(words[0].clone()).or_default();
            if list.iter().any(|(rest, _)| rest[..] == words[1..]) {
                errors.push(err(format!("phrase {:?} is listed twice", words.join(" "))));
                continue;
            }
            list.push((words[1..].to_vec(), cue));
            list.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        for first in lex.words.keys().chain(lex.phrases.keys()) {
            *lex.list_bits.entry(first.clone()).or_default() |= MAY_START_BIT;
        }
        if errors.is_empty() {
            Ok(lex)
        } else {
            Err(errors)
        }
    }

    /// The cue starting at word `words[0]`, if any: phrases first, then single forms.
    /// `lower(i)` gives the lower-cased word `i` positions ahead (or `None` past the end).
    pub fn match_at<'a>(
        &self,
        first: &str,
        next: impl Fn(usize) -> Option<&'a str>,
    ) -> Option<Cue> {
        if let Some(list) = self.phrases.get(first) {
            for (rest, cue) in list {
                if rest
                    .iter()
                    .enumerate()
                    .all(|(k, w)| next(k + 1).is_some_and(|t| t.eq_ignore_ascii_case(w)))
                {
                    return Some(*cue);
                }
            }
        }
        self.words.get(first).copied()
    }

    /// Reads `nouns.tsv` (`class<TAB>forms`) into the noun cues; errors name the line.
    pub fn add_nouns(&mut self, text: &str) -> Result<(), Vec<LexiconError>> {
        let mut errors = Vec::new();
        for (n, fields) in data_lines(text) {
            let err = |m: String| LexiconError {
                file: "nouns.tsv",
                line: n,
                message: m,
            };
            let [class, forms] = fields[..] else {
                errors.push(err(format!(
                    "expected 2 tab-separated fields (class, forms), found {}",
                    fields.len()
                )));
                continue;
            };
            let Some(class) = CueClass::from_label(class) else {
                errors.push(err(format!("unknown class {class:?}")));
                continue;
            };
            for form in forms.split_whitespace() {
                if form.chars().any(char::is_uppercase) {
                    errors.push(err(format!("form {form:?} must be lower case")));
                } else if self.nouns.insert(form.to_string(), class).is_some() {
                    errors.push(err(format!("noun {form:?} is listed twice")));
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Reads `labels.txt` (one lower-case word a line) into the headline labels.
    pub fn add_labels(&mut self, text: &str) -> Result<(), Vec<LexiconError>> {
        read_word_set(text, "labels.txt", ("word", "label"), &mut self.labels)
    }

    /// Reads `not_cues.txt` (one lower-case verb lemma a line) into the verbs whose
    /// clausal complement is no attribution.
    pub fn add_not_cues(&mut self, text: &str) -> Result<(), Vec<LexiconError>> {
        read_word_set(text, "not_cues.txt", ("lemma", "lemma"), &mut self.not_cues)
    }

    /// Reads `senders.txt` (a lower-case lemma a line, or a lemma, a space and its
    /// particle: "put out") into the verbs of sending or issuing a message.
    pub fn add_senders(&mut self, text: &str) -> Result<(), Vec<LexiconError>> {
        let mut errors = Vec::new();
        for (n, fields) in data_lines(text) {
            let err = |m: String| LexiconError {
                file: "senders.txt",
                line: n,
                message: m,
            };
            let [verb] = fields[..] else {
                errors.push(err(
                    "expected one lemma (and its particle after a space)".into()
                ));
                continue;
            };
            let words: Vec<&str> = verb.split(' ').collect();
            let word_ok =
                |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            if words.len() > 2 || !words.iter().all(|w| word_ok(w)) {
                errors.push(err(format!(
                    "verb {verb:?} must be a lower-case lemma, optionally a space and a particle"
                )));
            } else if !self.senders.insert(verb.to_string()) {
                errors.push(err(format!("verb {verb:?} is listed twice")));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Reads one of the short word lists (one lower-case word a line; the file named by
    /// `list.file()` in the errors).
    pub fn add_word_list(&mut self, list: WordList, text: &str) -> Result<(), Vec<LexiconError>> {
        let set = self.word_lists.entry(list).or_default();
        let read = read_word_set(text, list.file(), ("word", "word"), set);
        for word in set.iter() {
            *self.list_bits.entry(word.clone()).or_default() |= list.bit();
        }
        read
    }

    /// Whether `word` (any case) is in the list `list`.
    pub fn in_list(&self, list: WordList, word: &str) -> bool {
        self.lists_of(word).has(list)
    }

    /// The lists holding `word` (any case), for a rule that asks about several lists.
    pub fn lists_of(&self, word: &str) -> Lists {
        // The lists hold ASCII lower-case words only, so a lookup of the word with its
        // ASCII letters lowered finds what a case-blind comparison with each would.
        let mut buf = [0u8; LOWER_BUF];
        let bits = match ascii_lower(word, &mut buf) {
            Some(lower) => self.list_bits.get(lower),
            None => self.list_bits.get(word.to_ascii_lowercase().as_str()),
        };
        Lists(bits.copied().unwrap_or(0))
    }

    /// Reads `topic_verbs.txt` (a lower-case lemma, a space and a preposition a line:
    /// "talk about") into the verbs of talking whose prepositional phrase is what they
    /// report.
    pub fn add_topic_verbs(&mut self, text: &str) -> Result<(), Vec<LexiconError>> {
        read_pairs(text, "topic_verbs.txt", None, &mut self.topic_verbs)
    }

    /// Reads `topic_nouns.txt` (a lower-case noun lemma, a space and a preposition a line:
    /// "criticism of") into the nouns whose prepositional phrase is what they report.
    pub fn add_topic_nouns(&mut self, text: &str) -> Result<(), Vec<LexiconError>> {
        read_pairs(
            text,
            "topic_nouns.txt",
            Some(TOPIC_NOUN_PREPOSITIONS),
            &mut self.topic_nouns,
        )
    }

    /// Reads `seen_as.txt` (a lower-case passive verb, a space and "as" or "for" a line:
    /// "seen as", "known for").
    pub fn add_seen_as(&mut self, text: &str) -> Result<(), Vec<LexiconError>> {
        let read = read_pairs(
            text,
            "seen_as.txt",
            Some(SEEN_AS_PREPOSITIONS),
            &mut self.seen_as,
        );
        for pair in &self.seen_as {
            if let Some((verb, _)) = pair.rsplit_once(' ') {
                *self.list_bits.entry(verb.to_string()).or_default() |= SEEN_AS_VERB_BIT;
            }
        }
        read
    }

    /// Whether the passive verb `word` (any case) with `prep` (any case) after it says
    /// what its subject is held to be ("seen" + "as").
    pub fn is_seen_as(&self, word: &str, prep: &str) -> bool {
        let mut buf = [0u8; 64];
        pair_key(word, prep, &mut buf).is_some_and(|key| self.seen_as.contains(key))
    }

    /// Whether `word` (any case) is a verb of `seen_as.txt` with any preposition.
    pub fn is_seen_as_verb(&self, word: &str) -> bool {
        self.lists_of(word).has_seen_as_verb()
    }

    /// Whether a noun lemma (any case) reports its phrase after `prep` (any case) as its
    /// topic ("question" + "about").
    pub fn is_topic_noun(&self, lemma: &str, prep: &str) -> bool {
        if self.topic_nouns.is_empty() {
            return false;
        }
        let mut buf = [0u8; 64];
        pair_key(lemma, prep, &mut buf).is_some_and(|key| self.topic_nouns.contains(key))
    }

    /// Whether a verb lemma (any case) reports its phrase after `prep` (lower case) as
    /// its topic ("talk" + "about").
    pub fn is_topic_verb(&self, lemma: &str, prep: &str) -> bool {
        if self.topic_verbs.is_empty() {
            return false;
        }
        let mut buf = [0u8; 64];
        pair_key(lemma, prep, &mut buf).is_some_and(|key| self.topic_verbs.contains(key))
    }

    /// Whether a verb lemma (any case), with the particle `particle` when it has one
    /// ("put" + "out"), sends or issues a message.
    pub fn is_sender(&self, lemma: &str, particle: Option<&str>) -> bool {
        let key = match particle {
            Some(p) => format!("{} {}", lemma, p),
            None => lemma.to_string(),
        };
        self.senders.contains(key.to_ascii_lowercase().as_str())
    }

    /// Reads `object_pronouns.tsv` (`pronoun<TAB>any` or `pronoun<TAB>classes`) into the
    /// object pronouns that stand as a whole content; errors name the line.
    pub fn add_object_pronouns(&mut self, text: &str) -> Result<(), Vec<LexiconError>> {
        let mut errors = Vec::new();
        for (n, fields) in data_lines(text) {
            let err = |m: String| LexiconError {
                file: "object_pronouns.tsv",
                line: n,
                message: m,
            };
            let [word, after] = fields[..] else {
                errors.push(err(format!(
                    "expected 2 tab-separated fields (pronoun, classes or any), found {}",
                    fields.len()
                )));
                continue;
            };
            if word.is_empty() || word.contains(' ') || word.chars().any(char::is_uppercase) {
                errors.push(err(format!("pronoun {word:?} must be one lower-case word")));
                continue;
            }
            let classes = if after == "any" {
                None
            } else {
                let mut classes = Vec::new();
                for name in after.split_whitespace() {
                    match CueClass::from_label(name) {
                        Some(c) => classes.push(c),
                        None => errors.push(err(format!("unknown class {name:?}"))),
                    }
                }
                if classes.is_empty() {
                    errors.push(err("no class given (write `any` for every cue)".into()));
                    continue;
                }
                Some(classes)
            };
            if self
                .object_pronouns
                .insert(word.to_string(), classes)
                .is_some()
            {
                errors.push(err(format!("pronoun {word:?} is listed twice")));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Whether `word` (lower case) is an object pronoun that stands as a whole content
    /// after a cue of class `class` ("endorsed him"; "it" only after a stance cue).
    pub fn is_object_pronoun(&self, word: &str, class: Option<CueClass>) -> bool {
        match self.object_pronouns.get(word) {
            Some(None) => true,
            Some(Some(classes)) => class.is_some_and(|c| classes.contains(&c)),
            None => false,
        }
    }

    /// Whether a verb lemma's clausal complement is no attribution ("mean", "make").
    pub fn is_not_cue(&self, lemma: &str) -> bool {
        // Listed lemmas are short lower-case ASCII words (linted on load): lower-case on
        // the stack, and a longer or non-ASCII lemma is never one of them.
        let mut buf = [0u8; 32];
        let Some(out) = buf.get_mut(..lemma.len()) else {
            return false;
        };
        out.copy_from_slice(lemma.as_bytes());
        out.make_ascii_lowercase();
        std::str::from_utf8(out).is_ok_and(|l| self.not_cues.contains(l))
    }

    /// Whether `word` (any case) is a headline label that names no speaker ("Exclusive").
    pub fn is_label(&self, word: &str) -> bool {
        self.labels.contains(word.to_ascii_lowercase().as_str())
    }

    /// The class of a noun cue ("claim" -> speech), lower-case forms only.
    pub fn noun_class(&self, word: &str) -> Option<CueClass> {
        self.nouns.get(word).copied()
    }

    pub fn class_of(&self, form: &str) -> Option<CueClass> {
        self.words
            .get(form.to_ascii_lowercase().as_str())
            .map(|c| c.class)
    }

    /// Whether `word` (lower case) is a single-word cue form.
    pub fn is_form(&self, word: &str) -> bool {
        self.words.contains_key(word)
    }

    /// Whether `words` (lower case) are one multi-word cue phrase, whole ("according to").
    pub fn is_phrase(&self, words: &[String]) -> bool {
        let Some((first, rest)) = words.split_first() else {
            return false;
        };
        self.phrases
            .get(first)
            .is_some_and(|list| list.iter().any(|(r, _)| r.as_slice() == rest))
    }
}

/// Non-comment, non-blank lines with their 1-based numbers, split on tabs.
/// A row of `cues.tsv` or `verb_cues.tsv` (class, lemma, verb frame, forms): its class,
/// frame and forms, or what is wrong with it.
fn cue_row<'a>(fields: &[&'a str]) -> Result<(CueClass, Frame, &'a str), String> {
    let [class, lemma, frame, forms] = fields[..] else {
        return Err(format!(
            "expected 4 tab-separated fields (class, lemma, frame, forms), found {}",
            fields.len()
        ));
    };
    let Some(class) = CueClass::from_label(class) else {
        return Err(format!(
            "unknown class {class:?} (speech, belief, intent, stance, evidence)"
        ));
    };
    let Some(frame) = Frame::parse(frame).filter(|f| *f != Frame::According) else {
        return Err(format!("unknown verb frame {frame:?} (say, tell, urge)"));
    };
    if lemma.is_empty() || forms.split_whitespace().next().is_none() {
        return Err("empty lemma or forms".into());
    }
    Ok((class, frame, forms))
}

fn data_lines(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, l)| {
        let l = l.trim_end();
        (!l.is_empty() && !l.starts_with('#'))
            .then(|| (i + 1, l.split('\t').map(str::trim).collect()))
    })
}

/// Reads a data file of one entry a line into `set`, with line-numbered errors: `expected`
/// when a line holds more than one field, `check`'s message when an entry is malformed, and
/// a message for an entry listed twice. `what` starts those messages ("entry", "label").
fn read_entries<S: std::hash::BuildHasher>(
    text: &str,
    file: &'static str,
    (expected, what): (&str, &str),
    check: impl Fn(&str) -> Result<(), String>,
    set: &mut std::collections::HashSet<String, S>,
) -> Result<(), Vec<LexiconError>> {
    let mut errors = Vec::new();
    for (n, fields) in data_lines(text) {
        let err = |m: String| LexiconError {
            file,
            line: n,
            message: m,
        };
        let [entry] = fields[..] else {
            errors.push(err(expected.to_string()));
            continue;
        };
        if let Err(m) = check(entry) {
            errors.push(err(format!("{what} {entry:?} {m}")));
        } else if !set.insert(entry.to_string()) {
            errors.push(err(format!("{what} {entry:?} is listed twice")));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Reads a file of "word preposition" pairs (lower case, one a line) into `set`; when
/// `prepositions` is given, the preposition must be one of them. Errors name the file and
/// line.
fn read_pairs(
    text: &str,
    file: &'static str,
    prepositions: Option<&[&str]>,
    set: &mut std::collections::HashSet<String>,
) -> Result<(), Vec<LexiconError>> {
    let word_ok = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    let check = |entry: &str| match entry.split(' ').collect::<Vec<_>>()[..] {
        [lemma, prep] if word_ok(lemma) && word_ok(prep) => match prepositions {
            Some(allowed) if !allowed.contains(&prep) => Err(format!(
                "has the preposition {prep:?}; the code reads only {}",
                allowed.join(", ")
            )),
            _ => Ok(()),
        },
        _ => Err("must be a lower-case lemma, a space and a preposition".into()),
    };
    read_entries(
        text,
        file,
        ("expected one lemma, a space and a preposition", "entry"),
        check,
        set,
    )
}

/// Reads a file of one lower-case word a line into `set`, with line-numbered errors. `what`
/// names the word in the messages: the first in "expected one ...", the second at the
/// start of the others.
fn read_word_set(
    text: &str,
    file: &'static str,
    what: (&str, &str),
    set: &mut WordSet<String>,
) -> Result<(), Vec<LexiconError>> {
    let check = |word: &str| {
        if !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase()) {
            Ok(())
        } else {
            Err("must be one lower-case word".to_string())
        }
    };
    let expected = format!("expected one {}", what.0);
    read_entries(text, file, (&expected, what.1), check, set)
}

/// Writes "first second" in lower case into `buf` and returns it, without allocating;
/// none when it does not fit.
fn pair_key<'b>(first: &str, second: &str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    let len = first.len() + 1 + second.len();
    if len > buf.len() {
        return None;
    }
    buf[..first.len()].copy_from_slice(first.as_bytes());
    buf[first.len()] = b' ';
    buf[first.len() + 1..len].copy_from_slice(second.as_bytes());
    buf[..len].make_ascii_lowercase();
    std::str::from_utf8(&buf[..len]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicon_lints_clean() {
        if let Err(errors) = Lexicon::parse(CUES, PHRASES) {
            let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("lexicon errors:\n{}", msgs.join("\n"));
        }
        if let Err(errors) = Lexicon::default().add_nouns(NOUNS) {
            let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("noun cue errors:\n{}", msgs.join("\n"));
        }
        if let Err(errors) = Lexicon::default().add_labels(LABELS) {
            let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("headline label errors:\n{}", msgs.join("\n"));
        }
        if let Err(errors) = Lexicon::default().add_not_cues(NOT_CUES) {
            let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("not-cue lemma errors:\n{}", msgs.join("\n"));
        }
        if let Err(errors) = Lexicon::parse(CUES, PHRASES)
            .unwrap_or_default()
            .add_verb_cues(VERB_CUES)
        {
            let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("verb-only cue errors:\n{}", msgs.join("\n"));
        }
        if let Err(errors) = Lexicon::parse(CUES, PHRASES)
            .unwrap_or_default()
            .add_object_heads(OBJECT_HEADS)
        {
            let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("object head errors:\n{}", msgs.join("\n"));
        }
        if let Err(errors) = Lexicon::default().add_object_pronouns(OBJECT_PRONOUNS) {
            let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("object pronoun errors:\n{}", msgs.join("\n"));
        }
        if let Err(errors) = Lexicon::default().add_senders(SENDERS) {
            let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("sender verb errors:\n{}", msgs.join("\n"));
        }
        if let Err(errors) = Lexicon::default().add_topic_verbs(TOPIC_VERBS) {
            let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("topic verb errors:\n{}", msgs.join("\n"));
        }
        if let Err(errors) = Lexicon::default().add_topic_nouns(TOPIC_NOUNS) {
            let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("topic noun errors:\n{}", msgs.join("\n"));
        }
        if let Err(errors) = Lexicon::default().add_seen_as(SEEN_AS) {
            let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("seen-as errors:\n{}", msgs.join("\n"));
        }
        for list in WordList::ALL {
            if let Err(errors) = Lexicon::default().add_word_list(list, list.embedded_text()) {
                let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
                panic!("{} errors:\n{}", list.file(), msgs.join("\n"));
            }
        }
    }

    #[test]
    fn a_topic_noun_with_a_preposition_the_stage_never_reads_is_rejected() {
        let errors = Lexicon::default()
            .add_topic_nouns("criticism of\nanger at\n")
            .unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].line, 2, "{errors:?}");
        assert!(errors[0].message.contains("\"at\""), "{errors:?}");
    }

    #[test]
    fn seen_as_pairs_name_their_preposition() {
        let lex = Lexicon::embedded();
        assert!(lex.is_seen_as("Regarded", "as"));
        assert!(lex.is_seen_as("known", "for"));
        assert!(!lex.is_seen_as("seen", "for"));
        assert!(lex.is_seen_as_verb("viewed"));
        let errors = Lexicon::default()
            .add_seen_as("seen as\nknown by\n")
            .unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].line, 2, "{errors:?}");
    }

    #[test]
    fn a_seen_as_verb_and_a_cue_start_are_bits_of_the_word_lists_only_for_their_words() {
        let mut lex =
            Lexicon::parse("speech\tsay\tsay\tsaid\n", "speech\tsay\ttold reporters\n").unwrap();
        lex.add_seen_as("viewed as\n").unwrap();
        lex.add_word_list(WordList::HearsayAdverbs, "reportedly\n")
            .unwrap();
        assert!(lex.is_seen_as_verb("Viewed"));
        assert!(!lex.is_seen_as_verb("as"));
        assert!(!lex.is_seen_as_verb("reportedly"));
        let may_start = |w: &str| lex.lists_of(w).may_start_cue();
        assert!(may_start("said") && may_start("told"));
        assert!(!may_start("reporters") && !may_start("viewed"));
        assert!(!may_start("reportedly"));
        assert!(lex.lists_of("said").may_start_cue());
        assert!(!lex.lists_of("said").has(WordList::HearsayAdverbs));
        assert!(lex.in_list(WordList::HearsayAdverbs, "Reportedly"));
        assert!(!lex.lists_of("reportedly").may_start_cue());
    }

    #[test]
    fn topic_pairs_are_found_in_any_case() {
        let mut lex = Lexicon::default();
        lex.add_topic_nouns("criticism of\n").unwrap();
        assert!(lex.is_topic_noun("Criticism", "OF"));
        assert!(!lex.is_topic_noun("criticism", "about"));
        assert!(!lex.is_topic_noun(&"x".repeat(80), "of"));
    }

    #[test]
    fn word_list_errors_carry_file_and_line() {
        let mut lex = Lexicon::default();
        let errors = lex
            .add_word_list(WordList::ViewNouns, "# a note\nview\nView\nview\nin view\n")
            .unwrap_err();
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [3, 4, 5], "{errors:?}");
        assert!(errors[0]
            .to_string()
            .starts_with("[SP001] view_nouns.txt:3:"));
        assert!(lex.in_list(WordList::ViewNouns, "VIEW"));
        assert!(!lex.in_list(WordList::HearsayAdverbs, "view"));
    }

    #[test]
    fn the_embedded_word_lists_hold_the_words_the_rules_read() {
        let lex = Lexicon::embedded();
        for (list, word) in [
            (WordList::HearsayAdverbs, "reportedly"),
            (WordList::ViewNouns, "opinion"),
            (WordList::ObjectNounCues, "criticism"),
            (WordList::CallNouns, "calls"),
            (WordList::PerspectivePrepositions, "to"),
        ] {
            assert!(lex.in_list(list, word), "{} lacks {word}", list.file());
        }
        assert!(!lex.in_list(WordList::PerspectivePrepositions, "for"));
    }

    #[test]
    fn object_pronoun_errors_carry_file_and_line() {
        let errors = Lexicon::default()
            .add_object_pronouns("him\tany\nIt\tstance\nus\tstanse\nhim\tany\nme\n")
            .unwrap_err();
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 3, 3, 4, 5], "{errors:?}");
        assert!(errors[0]
            .to_string()
            .starts_with("[SP001] object_pronouns.tsv:2:"));
    }

    #[test]
    fn object_head_errors_carry_file_and_line() {
        let mut lex = Lexicon::parse(
            "stance\taccept\tsay\taccept accepted\n",
            "stance\tsay\tstood by\n",
        )
        .unwrap();
        let errors = lex
            .add_object_heads(
                "accepted, stood by\toffer\nadmired\toffer\naccept\tOffer\naccepted\tplan\nx\nstood in\tplan\n",
            )
            .unwrap_err();
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 3, 4, 5, 6], "{errors:?}");
        assert!(errors[0]
            .to_string()
            .starts_with("[SP001] object_heads.tsv:2:"));
        assert!(lex
            .object_heads("stood by")
            .is_some_and(|n| n.contains("offer")));
        assert!(lex
            .object_heads("accepted")
            .is_some_and(|n| n.contains("offer")));
        assert!(lex.object_heads("said").is_none());
    }

    #[test]
    fn sender_verbs_take_their_particle_and_lint_by_line() {
        let mut lex = Lexicon::default();
        assert!(lex.add_senders("send\nput out\n").is_ok());
        assert!(lex.is_sender("Send", None));
        assert!(lex.is_sender("put", Some("out")));
        assert!(!lex.is_sender("put", None));
        assert!(!lex.is_sender("read", None));
        let errors = Lexicon::default()
            .add_senders("send\nSend\nput out now\nsend\nissue\tx\n")
            .unwrap_err();
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 3, 4, 5], "{errors:?}");
    }

    #[test]
    fn object_pronoun_needs_its_cue_class() {
        let mut lex = Lexicon::default();
        assert!(lex
            .add_object_pronouns("him\tany\nit\tstance evidence\n")
            .is_ok());
        assert!(lex.is_object_pronoun("him", None));
        assert!(lex.is_object_pronoun("it", Some(CueClass::Stance)));
        assert!(lex.is_object_pronoun("it", Some(CueClass::Evidence)));
        assert!(!lex.is_object_pronoun("it", Some(CueClass::Speech)));
        assert!(!lex.is_object_pronoun("it", None));
        assert!(!lex.is_object_pronoun("us", Some(CueClass::Stance)));
    }

    #[test]
    fn not_cue_errors_carry_file_and_line() {
        let errors = Lexicon::default()
            .add_not_cues("mean\nMake\nmean\n")
            .unwrap_err();
        assert_eq!(errors.len(), 2);
        assert!(errors[0].to_string().starts_with("[SP001] not_cues.txt:2:"));
        assert!(errors[1].message.contains("twice"), "{}", errors[1]);
    }

    #[test]
    fn not_cue_lemmas_match_in_any_case_and_long_or_other_lemmas_never() {
        let mut lex = Lexicon::default();
        lex.add_not_cues("mean\n").unwrap();
        assert!(lex.is_not_cue("mean"));
        assert!(lex.is_not_cue("Mean"));
        assert!(!lex.is_not_cue("meant"));
        assert!(!lex.is_not_cue("m\u{e9}an"));
        assert!(!lex.is_not_cue(&"mean".repeat(10)));
        assert!(!lex.is_not_cue(""));
    }

    #[test]
    fn headline_label_errors_carry_file_and_line() {
        let errors = Lexicon::default()
            .add_labels("exclusive\nFact Box\nexclusive\n")
            .unwrap_err();
        assert_eq!(errors.len(), 2);
        assert!(errors[0].to_string().starts_with("[SP001] labels.txt:2:"));
        assert!(errors[1].message.contains("twice"), "{}", errors[1]);
    }

    #[test]
    fn noun_cue_errors_carry_file_and_line() {
        let errors = Lexicon::default()
            .add_nouns("speech\tclaim claims\nopinion\tview\n")
            .unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().starts_with("[SP001] nouns.tsv:2:"));
    }

    #[test]
    fn lexicon_errors_carry_file_and_line() {
        let errs = Lexicon::parse(
            "# c\nspeech\tsay\tsay\tsaid\nspeech\tsay\tshout\tsaid\n",
            "",
        )
        .unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].line, 3);
        assert!(errs[0].to_string().starts_with("[SP001] cues.tsv:3:"));
        let errs =
            Lexicon::parse("speech\tsay\tsay\tsaid\nspeech\tsay\tsay\tsaid\n", "").unwrap_err();
        assert!(errs[0].message.contains("twice"), "{}", errs[0]);
    }

    #[test]
    fn phrases_win_over_words() {
        let lex = Lexicon::embedded();
        let words = ["according", "to", "Lavrov"];
        let cue = lex.match_at("according", |k| words.get(k).copied());
        assert_eq!(cue.map(|c| (c.frame, c.len)), Some((Frame::According, 2)));
        assert_eq!(lex.class_of("believes"), Some(CueClass::Belief));
        assert_eq!(lex.class_of("Said"), Some(CueClass::Speech));
    }
}
