//! The one owning document and the records that are views into it.
//!
//! Records hold [`Span`]s and indices (into `Document::sentences`, `actors`, `quotes`...),
//! never copied text. Text is taken from `Document::text` when a record is shown.

use crate::date::{Date, Published};
use crate::span::Span;
use crate::tags::{Deprel, Upos, Xpos};

/// Where an article came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Source {
    pub path: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    /// The place a dateline names before its date (`YEREVAN` in `YEREVAN, 14 January
    /// 2026`), as written: where the story was filed, which is not always where its events
    /// happened.
    pub dateline: Option<String>,
}

/// A block of the body: a paragraph of prose or a section heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    /// A section heading inside the body: never a sentence, never a quote.
    Heading,
}

/// A sentence of a paragraph. `tokens` indexes `Document::tokens`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: std::ops::Range<u32>,
    /// Index into `Document::blocks`.
    pub block: u32,
}

/// One token, with the annotations the linguistic core writes. Compact (24 bytes): tags
/// are one-byte ids into the tables of [`crate::tags`], the lemma a span into
/// `Document::lemmas`. Read them through `Document::{word, lemma, head}` and the tag's
/// `as_str()`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    /// Lemma as a byte span into `Document::lemmas` (empty until lemmatized).
    pub lemma: Span,
    /// Head token as an index into `Document::tokens`; [`NO_HEAD`] for the root or before
    /// parsing.
    pub head: u32,
    pub upos: Upos,
    pub xpos: Xpos,
    pub deprel: Deprel,
}

/// `Token::head` of a root or unparsed token.
pub const NO_HEAD: u32 = u32::MAX;

impl Token {
    pub fn new(span: Span) -> Token {
        Token {
            span,
            head: NO_HEAD,
            ..Token::default()
        }
    }
}

/// What a mention is, linguistically.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MentionForm {
    /// A proper name ("Sergei Lavrov", "NATO", "Moscow").
    Name,
    /// A description ("the Russian diplomat", "his US counterpart").
    Description,
    /// A pronoun ("he", "she", "they").
    Pronoun,
    /// A demonym or adjective standing for a country ("Russian officials").
    Adjective,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActorKind {
    Person,
    Organization,
    Country,
    Group,
    Place,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Country => "country",
            ActorKind::Group => "group",
            ActorKind::Place => "place",
        }
    }
}

/// A resolved actor of the article (all its mentions point here).
#[derive(Clone, Debug, PartialEq)]
pub struct Actor {
    /// Canonical name, or the text as written when unknown.
    pub name: String,
    pub kind: ActorKind,
    /// CAMEO-style code (`RUSGOV`, `IGOWSTNAT`) or `None`.
    pub code: Option<String>,
    /// ISO 3166 alpha-3, `None` for IGOs and unknowns.
    pub country: Option<String>,
    /// `GOV`, `MIL`, `IGO`...
    pub role: Option<String>,
    /// Id in attache's knowledge base.
    pub kb_id: Option<String>,
    /// Indices into `Document::mentions`, in text order.
    pub mentions: Vec<u32>,
}

impl Actor {
    /// A person known only by `name`: no code, country, role or knowledge-base entry, and no
    /// mentions yet (a speaker named by a transcript label, a person in a test document).
    pub fn uncoded_person(name: impl Into<String>) -> Actor {
        Actor {
            name: name.into(),
            kind: ActorKind::Person,
            code: None,
            country: None,
            role: None,
            kb_id: None,
            mentions: Vec::new(),
        }
    }
}

/// Roles of private people, by a role's first segment: civilians, farmers, refugees, clergy
/// and the faiths of the actors stage's `faith_words.tsv` (Jews, Muslims, Christians,
/// Hindus, Buddhists). See [`is_private_role`].
pub const PRIVATE_ROLES: &[&str] = &[
    "CVL", "AGR", "REF", "REL", "JEW", "MOS", "CHR", "HIN", "BUD",
];

/// Whether `role` (an [`Actor::role`]: one or two segments of three capitals, "CVL",
/// "CHRCTH") is a private people's role, no political one: its first segment is one of
/// [`PRIVATE_ROLES`] ("CHRCTH", a Catholic's, is a Christian's as "CHR" is). The actors
/// stage reads it for private nouns capitalised in a name ("Tourist Commission"), the event
/// coder for a named person with no political role ("John Smith, a farmer").
pub fn is_private_role(role: &str) -> bool {
    let first = role.get(..3).unwrap_or(role);
    PRIVATE_ROLES.contains(&first)
}

/// A mention of an actor in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    /// Index into `Document::actors`.
    pub actor: u32,
    pub form: MentionForm,
    pub sentence: u32,
}

/// A pointer to an actor as it is mentioned at one place: the contract's inline Actor
/// object takes its `text` from the mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActorRef {
    pub actor: u32,
    /// Index into `Document::mentions`, when the reference stands on a mention.
    pub mention: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    Direct,
    Indirect,
    Mixed,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// What an attribution reports, by its cue: a statement, or a belief, intention, stance
/// or evidence ascribed to the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueClass {
    /// Something said or written ("said", "told", "warned").
    Speech,
    /// A reported belief, feeling or expectation ("believes", "hopes", "fears").
    Belief,
    /// A reported wish or intention ("wants", "plans").
    Intent,
    /// A stance taken towards someone or something ("criticized", "endorsed").
    Stance,
    /// What a poll, study or record shows ("shows", "found").
    Evidence,
}

impl CueClass {
    /// The class named by its label (`speech`, `belief`, `intent`, `stance`, `evidence`).
    pub fn from_label(s: &str) -> Option<CueClass> {
        match s {
            "speech" => Some(CueClass::Speech),
            "belief" => Some(CueClass::Belief),
            "intent" => Some(CueClass::Intent),
            "stance" => Some(CueClass::Stance),
            "evidence" => Some(CueClass::Evidence),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CueClass::Speech => "speech",
            CueClass::Belief => "belief",
            CueClass::Intent => "intent",
            CueClass::Stance => "stance",
            CueClass::Evidence => "evidence",
        }
    }
}

/// A quotation or reported statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The content only, without quotation marks or attribution.
    pub span: Span,
    pub kind: QuoteKind,
    /// What the cue reports: a statement ([`CueClass::Speech`], also for a quote with no
    /// cue, such as a direct quote carrying the speaker of the one before) or a belief,
    /// intention, stance or evidence.
    pub class: CueClass,
    /// `None` when nothing in the text names or describes the speaker.
    pub speaker: Option<ActorRef>,
    /// Every actor the source phrase names as a speaker, in text order: several for a
    /// coordinated source ("Russia and China said") or a group phrase standing for two
    /// actors named just before ("the two ministers"); else `speaker` alone, or nothing.
    /// When `speaker` is set it comes first; a group phrase no actor covers keeps
    /// `speaker` empty and lists its members here.
    pub speakers: Vec<ActorRef>,
    /// Cue verb or phrase ("said", "told reporters", "according to").
    pub cue: Option<Span>,
    /// First sentence the content lies in (index into `Document::sentences`).
    pub sentence: u32,
    /// For nested attribution ("According to Lavrov, Blinken promised..."): the quote that
    /// reports this one.
    pub reported_by: Option<u32>,
    /// The phrase that names or describes the speaker as written ("a source in the
    /// delegation", "he"), also when no actor mention covers it; `None` when the text names
    /// no speaker.
    pub source: Option<Span>,
}

/// TIMEX3 type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeKind {
    Date,
    Week,
    Month,
    Year,
    Duration,
    Set,
    Time,
}

impl TimeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TimeKind::Date => "date",
            TimeKind::Week => "week",
            TimeKind::Month => "month",
            TimeKind::Year => "year",
            TimeKind::Duration => "duration",
            TimeKind::Set => "set",
            TimeKind::Time => "time",
        }
    }
}

/// A temporal expression and its normalised value.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeExpr {
    pub span: Span,
    /// TIMEX3-style value (`2022-01-21`, `2022-W04`, `2022-02`, `P2M`, `PRESENT_REF`), or
    /// `None` when it cannot be resolved (e.g. no publication date).
    pub value: Option<String>,
    pub kind: TimeKind,
    /// The calendar interval the expression denotes, when it denotes one.
    pub interval: Option<(Date, Date)>,
    pub sentence: u32,
}

/// A place resolved against the gazetteer.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub span: Span,
    pub name: String,
    /// ISO alpha-3.
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geonames_id: Option<u64>,
    pub sentence: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePrecision {
    Day,
    Week,
    Month,
    Year,
    Unknown,
}

impl DatePrecision {
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Week => "week",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
            DatePrecision::Unknown => "unknown",
        }
    }
}

/// Why an event or commitment was coded: the span, the trigger and the rule that fired.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    pub span: Span,
    pub trigger: Span,
    /// Lexicon entry or rule id.
    pub rule: String,
}

/// A coded event.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub source: Option<ActorRef>,
    pub target: Option<ActorRef>,
    /// CAMEO code (`"040"`, `"1383"`).
    pub cameo: String,
    /// PLOVER event type (`"CONSULT"`).
    pub plover: Option<String>,
    pub quad_class: u8,
    pub goldstein: f32,
    /// TIMEX3-style value of the event's date (`2022-01-21`, `2021-12`, `2022-W04`).
    pub date: Option<String>,
    pub date_precision: DatePrecision,
    /// Why this date: `"time expression"`, `"publication date"`...
    pub date_reason: Option<String>,
    /// Index into `Document::places`.
    pub place: Option<u32>,
    pub negated: bool,
    pub hypothetical: bool,
    pub condition: Option<Span>,
    pub sentence: u32,
    /// The quote this event is reported in, if any.
    pub quote: Option<u32>,
    pub evidence: Evidence,
    /// Index into `Document::events` of the first earlier event this one restates (the same
    /// act reported again: same source, target, CAMEO root, negation and polarity, and the
    /// same date or none), set by the events stage.
    pub restates: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommitmentKind {
    Promise,
    Threat,
    Demand,
    Denial,
    Offer,
    Agreement,
    Refusal,
}

impl CommitmentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CommitmentKind::Promise => "promise",
            CommitmentKind::Threat => "threat",
            CommitmentKind::Demand => "demand",
            CommitmentKind::Denial => "denial",
            CommitmentKind::Offer => "offer",
            CommitmentKind::Agreement => "agreement",
            CommitmentKind::Refusal => "refusal",
        }
    }
}

/// A promise, threat, demand, denial, offer, agreement or refusal.
#[derive(Clone, Debug, PartialEq)]
pub struct Commitment {
    pub kind: CommitmentKind,
    pub by: Option<ActorRef>,
    pub to: Option<ActorRef>,
    pub content: Span,
    /// Due window (inclusive dates).
    pub due: Option<(Date, Date)>,
    pub condition: Option<Span>,
    /// `pending` at first.
    pub status: &'static str,
    /// Index into `Document::quotes`.
    pub quote: Option<u32>,
    pub sentence: u32,
    /// Index into `Document::events` of the event the commitment was read from.
    pub event: Option<u32>,
    /// Index into `Document::commitments` of the first earlier commitment of the same kind
    /// whose event this one's event restates.
    pub restates: Option<u32>,
}

/// A diagnostic: what could not be read or decided. Never silent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Stable code (`R003`), catalogued in docs/errors.md.
    pub code: &'static str,
    pub message: String,
}

impl Warning {
    pub fn new(code: &'static str, message: impl Into<String>) -> Warning {
        Warning {
            code,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "[{}] {}", self.code, self.message)
    }
}

/// One article and everything attache found in it.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Given id, else a content hash.
    pub id: String,
    pub title: Option<String>,
    pub published: Option<Published>,
    pub source: Source,
    /// The body all offsets point into. Never changes after reading.
    pub text: String,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// Arena of lemma strings that `Token::lemma` spans point into.
    pub lemmas: String,
    pub actors: Vec<Actor>,
    pub mentions: Vec<Mention>,
    pub quotes: Vec<Quote>,
    pub times: Vec<TimeExpr>,
    pub places: Vec<Place>,
    pub events: Vec<Event>,
    pub commitments: Vec<Commitment>,
    pub warnings: Vec<Warning>,
    /// The country the story is about as the actors stage judged it (the dateline's, else
    /// the one most of its places and actors name), the country it gives an agent that has
    /// none of its own; `None` before that stage runs or when no country leads.
    pub story_country: Option<String>,
}

impl Document {
    /// A document over `text` with the given id; no blocks or sentences yet.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    /// A document over `text` exactly, each non-empty line a paragraph block, not yet
    /// segmented (for evaluations whose gold offsets point into `text`).
    pub fn with_line_blocks(id: impl Into<String>, text: &str) -> Document {
        let mut doc = Document::new(id, text);
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let body = line.trim_end();
            let lead = body.len() - body.trim_start().len();
            if !body.trim().is_empty() {
                doc.blocks.push(Block {
                    span: Span::new(at + lead, at + body.len()),
                    kind: BlockKind::Paragraph,
                });
            }
            at += line.len();
        }
        doc
    }

    /// A document whose non-empty lines are paragraphs, segmented: for tests and examples
    /// of stages that need sentences and tokens but no reader.
    pub fn from_plain(text: &str) -> Document {
        let mut doc = Document::with_line_blocks("plain", text);
        crate::stage::Stage::run(&crate::segment::SentenceSplit, &mut doc);
        doc
    }

    #[inline]
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    /// What the text says of `quote`'s speaker: `resolved` (an actor), `author` (the
    /// source is the "I" or "we" of the article's own voice, outside any quotation and any
    /// transcript line opened by a speaker's label: its writer, or the one whose speech or
    /// statement it prints; the text names no one for it), `unresolved` (a phrase names or
    /// describes someone no actor stands for) or `unattributed` (no source phrase).
    pub fn speaker_status(&self, quote: &Quote) -> &'static str {
        match (quote.speaker, quote.source) {
            (Some(_), _) => "resolved",
            (None, Some(source)) if self.is_author_voice(source) => "author",
            (None, Some(_)) => "unresolved",
            (None, None) => "unattributed",
        }
    }

    /// Whether `source` is a bare "I" or "we" of the article's own voice: in no direct or
    /// mixed quote and no other speaker's reported content, after no unclosed quotation
    /// mark of its paragraph and no colon of its sentence, in no paragraph opened by a
    /// label ("Q:", "A:", "TAPPER:") whose speaker the "I" is, or by markup (a tweet the
    /// reader kept), and in no answer of an unlabelled interview.
    fn is_author_voice(&self, source: Span) -> bool {
        let first_person =
            |s: Option<Span>| s.is_some_and(|s| matches!(self.slice(s), "I" | "we" | "We"));
        if !first_person(Some(source)) {
            return false;
        }
        // in a direct or mixed quote, or in the content of another speaker's report ("Mr.
        // Diallo wrote on Twitter: I think", "I will not resign, and I believe ..., he
        // wrote"; review27b)
        let quoted = self.quotes.iter().any(|q| {
            (q.kind != QuoteKind::Indirect || !first_person(q.source))
                && q.span.start <= source.start
                && source.end <= q.span.end
        });
        let before = self.paragraph_before(source.start);
        let open = before.matches('\u{201c}').count() > before.matches('\u{201d}').count()
            || before.matches('"').count() % 2 == 1
            || before.matches("''").count() % 2 == 1
            || last_mark_opens(self.paragraph_before(source.end));
        // a tweet or other markup the reader kept: its own author's words
        let markup = before.trim_start().starts_with('<');
        // after a colon in its sentence: someone's words introduced ("told the court: I
        // saw the man run, and I believe he had a gun"; review27b)
        let after_colon = self
            .sentence_at(source.start)
            .map(|i| &self.sentences[i])
            .is_some_and(|s| {
                self.text
                    .get(s.span.start as usize..source.start as usize)
                    .is_some_and(|t| {
                        // the "Q:" label of an interviewer's question is no colon of the
                        // sentence
                        let t = match self.line_label(source.start) {
                            Some("Q") => t.split_once(':').map_or(t, |(_, rest)| rest),
                            _ => t,
                        };
                        t.contains(": ")
                    })
            });
        !quoted
            && !open
            && self.line_label(source.start).is_none_or(|l| l == "Q")
            && !markup
            && !after_colon
            && !self.interview_answer(source.start)
            && !self.labelled_answer(source.start)
    }

    /// Whether source `source` is a bare "I" or "we" inside a direct or mixed quote or the
    /// content of another speaker's report.
    fn quoted_first_person(&self, source: Span) -> bool {
        let first_person =
            |s: Option<Span>| s.is_some_and(|s| matches!(self.slice(s), "I" | "we" | "We"));
        self.quotes.iter().any(|q| {
            (q.kind != QuoteKind::Indirect || !first_person(q.source))
                && q.span.start <= source.start
                && source.end <= q.span.end
        })
    }

    /// The interviewee of a printed interview whose "I" or "we" `source` is, in an answer
    /// (a paragraph labelled "A:" or "A.", or a paragraph after the first question of an
    /// interview printed with no labels), outside any quote or other report: the one
    /// person the intro names (the paragraphs before the first question), or the one
    /// person named in an intro sentence with "interview", "spoke to" or "told". Never a
    /// guess among several people (twenty-seventh session, interviews).
    pub fn interview_speaker(&self, source: Span) -> Option<u32> {
        if !matches!(self.slice(source), "I" | "we" | "We") || self.quoted_first_person(source) {
            return None;
        }
        let first_question = self
            .blocks
            .iter()
            .find(|b| b.kind == BlockKind::Paragraph && self.question_paragraph(b))?;
        if source.start < first_question.span.end
            || !(self.labelled_answer(source.start) || self.interview_answer(source.start))
        {
            return None;
        }
        let intro_end = first_question.span.start as usize;
        // a person, not a journalist who asks ("spoke with POLITICO senior writer ...")
        let person = |a: u32| {
            let actor = &self.actors[a as usize];
            actor.kind == ActorKind::Person
                && !actor.role.as_deref().is_some_and(|r| r.starts_with("MED"))
        };
        let one = |mut ids: Vec<u32>| {
            ids.sort_unstable();
            ids.dedup();
            (ids.len() == 1).then(|| ids[0])
        };
        // a person right after or before an interview phrase of the intro ("interviewed
        // Ana Lund", "Lund spoke to The Times")
        let intro = self
            .text
            .get(..intro_end)
            .unwrap_or("")
            .to_ascii_lowercase();
        let phrases: Vec<(usize, usize)> = INTERVIEW_PHRASES
            .iter()
            .flat_map(|p| intro.match_indices(p).map(|(i, p)| (i, i + p.len())))
            .collect();
        let near = |m: &&Mention| {
            let (start, end) = (m.span.start as usize, m.span.end as usize);
            let lead = intro
                .get(start.saturating_sub(INTERVIEW_REACH)..start)
                .unwrap_or("");
            end <= intro_end
                && !JOURNALIST_WORDS.iter().any(|w| lead.contains(w))
                && phrases.iter().any(|&(ps, pe)| {
                    (pe..=pe + INTERVIEW_REACH).contains(&start)
                        || (ps.saturating_sub(INTERVIEW_REACH)..=ps).contains(&end)
                })
        };
        let introduced = self
            .mentions
            .iter()
            .filter(|m| person(m.actor))
            .filter(near)
            .map(|m| m.actor)
            .collect();
        one(introduced)
            .or_else(|| {
                // the one person whose full name a headline of an interview holds ("Q&A: Ana
                // Lund on ...", "Wikinews interviews Marymegan Daly"; not "... on Santorum
                // cocktail")
                let title = self.title.as_deref()?;
                let lower = title.to_ascii_lowercase();
                if !lower.contains("q&a") && !INTERVIEW_PHRASES.iter().any(|p| lower.contains(p)) {
                    return None;
                }
                let named = self
                    .mentions
                    .iter()
                    .filter(|m| person(m.actor))
                    .filter(|m| {
                        let text = self.slice(m.span);
                        text.contains(' ') && title.contains(text)
                    })
                    .map(|m| m.actor)
                    .collect();
                one(named)
            })
            .or_else(|| {
                // a transcript labelled "Q:"/"A:": the one person its intro names more than
                // once ("Actress Diane Guerrero has become ... her roles as Maritza Ramos")
                self.labelled_answer(source.start).then_some(())?;
                let named: Vec<u32> = self
                    .mentions
                    .iter()
                    .filter(|m| person(m.actor) && (m.span.end as usize) <= intro_end)
                    .map(|m| m.actor)
                    .collect();
                one(named
                    .iter()
                    .copied()
                    .filter(|&a| named.iter().filter(|&&b| b == a).count() > 1)
                    .collect())
            })
    }

    /// Whether block `b` is an interview's question: labelled "Q:" or "Q.", or a
    /// paragraph that ends with a question mark.
    fn question_paragraph(&self, b: &Block) -> bool {
        let t = b.span.slice(&self.text).trim();
        t.starts_with("Q:") || t.starts_with("Q. ") || t.ends_with('?')
    }

    /// Whether offset `at` lies in a paragraph labelled as an interview's answer ("A:",
    /// "A.").
    fn labelled_answer(&self, at: u32) -> bool {
        self.block_at(at).is_some_and(|b| {
            let t = b.span.slice(&self.text).trim_start();
            t.starts_with("A:") || t.starts_with("A. ")
        })
    }

    /// Whether offset `at` lies in an answer of an interview printed as questions and
    /// answers with no labels: the text has two paragraphs that are questions, one of them
    /// asking "you", and the paragraph holding `at` is no question (the interviewer's own
    /// "I" asks; review27b). A column's rhetorical questions seldom ask "you".
    fn interview_answer(&self, at: u32) -> bool {
        let question = |b: &Block| b.span.slice(&self.text).trim_end().ends_with('?');
        let questions: Vec<&Block> = self
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph && question(b))
            .collect();
        let asks_you = questions.iter().any(|b| {
            b.span
                .slice(&self.text)
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("you") || w.eq_ignore_ascii_case("your"))
        });
        questions.len() >= 2 && asks_you && !self.block_at(at).is_some_and(question)
    }

    /// The block holding offset `at`, if any.
    fn block_at(&self, at: u32) -> Option<&Block> {
        self.blocks
            .iter()
            .find(|b| b.span.start <= at && at < b.span.end)
    }

    /// The text of the paragraph block holding offset `at`, from its start to `at`.
    fn paragraph_before(&self, at: u32) -> &str {
        let start = self.block_at(at).map_or(0, |b| b.span.start);
        self.text.get(start as usize..at as usize).unwrap_or("")
    }

    /// The speaker's label opening the paragraph that holds offset `at` ("TAPPER:", "Q:",
    /// "Sidney Blumenthal: 'No Idea' If I ..."): one to four capitalised words before the
    /// paragraph's first colon, without the colon.
    pub fn line_label(&self, at: u32) -> Option<&str> {
        let (head, _) = self.paragraph_before(at).split_once(':')?;
        let words: Vec<&str> = head.split_whitespace().collect();
        ((1..=4).contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase)))
        .then_some(head.trim())
    }

    pub fn warn(&mut self, code: &'static str, message: impl Into<String>) {
        self.warnings.push(Warning::new(code, message));
    }

    /// Tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        let r = &self.sentences[i].tokens;
        &self.tokens[r.start as usize..r.end as usize]
    }

    /// The text of token `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| self.slice(t.span))
    }

    /// The lemma of token `i` (`""` before lemmatization).
    #[inline]
    pub fn lemma(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| t.lemma.slice(&self.lemmas))
    }

    /// Sets the lemma of token `i`.
    pub fn set_lemma(&mut self, i: usize, lemma: &str) {
        let start = self.lemmas.len();
        self.lemmas.push_str(lemma);
        if let Some(t) = self.tokens.get_mut(i) {
            t.lemma = Span::new(start, self.lemmas.len());
        }
    }

    /// The head of token `i`, if it has one.
    #[inline]
    pub fn head(&self, i: usize) -> Option<usize> {
        self.tokens
            .get(i)
            .and_then(|t| (t.head != NO_HEAD).then_some(t.head as usize))
    }

    /// Tokens whose head is `i` (dependents), in order. Linear in the sentence length.
    pub fn dependents(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let range = self
            .sentence_at(self.tokens.get(i).map_or(0, |t| t.span.start))
            .map_or(0..0, |s| {
                self.sentences[s].tokens.start as usize..self.sentences[s].tokens.end as usize
            });
        range.filter(move |&j| self.tokens[j].head == i as u32)
    }

    /// Index of the sentence containing byte offset `at`, if any.
    pub fn sentence_at(&self, at: u32) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        (i < self.sentences.len() && self.sentences[i].span.start <= at).then_some(i)
    }

    /// Index of the token containing byte offset `at`, if any.
    pub fn token_at(&self, at: u32) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.span.end <= at);
        (i < self.tokens.len() && self.tokens[i].span.start <= at).then_some(i)
    }

    /// The publication date, if known.
    pub fn published_date(&self) -> Option<Date> {
        self.published.map(|p| p.date)
    }

    /// Word count (tokens that contain a letter or digit), for throughput figures.
    pub fn word_count(&self) -> usize {
        if self.tokens.is_empty() {
            return self.text.split_whitespace().count();
        }
        self.tokens
            .iter()
            .filter(|t| self.slice(t.span).chars().any(char::is_alphanumeric))
            .count()
    }
}

/// Phrases that introduce the person a printed interview speaks with, lower case.
const INTERVIEW_PHRASES: &[&str] = &[
    "interview",
    "q&a with",
    "q&a:",
    "spoke to",
    "spoke with",
    "speaks to",
    "speaks with",
    "talked to",
    "talked with",
    "talks to",
    "talks with",
    "sat down",
    "caught up with",
    "told ",
    "tells ",
];

/// Words before a name that make its person the one who asks ("spoke with POLITICO
/// senior writer Michael Grunwald"), lower case.
const JOURNALIST_WORDS: &[&str] = &[
    "writer",
    "reporter",
    "editor",
    "correspondent",
    "journalist",
    "columnist",
    "anchor",
    "host ",
];

/// Bytes between an interview phrase and the person it introduces.
const INTERVIEW_REACH: usize = 40;

/// Whether the last quotation mark of `text` opens a quotation: a left curly mark, or a
/// straight one with no letter, digit or end mark before it and a word right after it
/// (`Tammy said, "In December ...`), so that an unpaired mark earlier in a long paragraph
/// does not hide the quotation an "I" stands in.
fn last_mark_opens(text: &str) -> bool {
    let Some((i, mark)) = text
        .char_indices()
        .rfind(|&(_, c)| matches!(c, '"' | '\u{201c}' | '\u{201d}'))
    else {
        return false;
    };
    match mark {
        '\u{201c}' => true,
        '"' => {
            let prev = text[..i].chars().next_back();
            let next = text[i + 1..].chars().next();
            !prev.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '!' | '?'))
                && next.is_some_and(char::is_alphanumeric)
        }
        _ => false,
    }
}
