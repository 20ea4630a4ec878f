//! Finding quotes and their attribution: candidates first (token ranges), then records.

use attache_core::{ActorKind, ActorRef, Document, Mention, MentionForm, Quote, QuoteKind, Span};

use crate::lexicon::{Cue, CueClass, Frame, Lexicon, WordList, TOPIC_NOUN_PREPOSITIONS};
use crate::marks::{pair_marks, paragraphs, Kind, Segment};

mod described;
mod group;
mod pronouns;

pub use described::describe_speakers;
pub use pronouns::pronoun_speakers;

/// Longest source phrase, in tokens.
const MAX_SOURCE: usize = 12;
/// How far (in tokens) a cue may sit from the quote it introduces or follows.
const MAX_WINDOW: usize = 14;

/// Words that may stand between a subject and its cue verb ("has also said").
const AUX_ADVERBS: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "shall",
    "did",
    "does",
    "do",
    "not",
    "n't",
    "n\u{2019}t",
    "never",
    "then",
    "later",
    "earlier",
    "previously",
    "recently",
    "once",
    "again",
    "further",
    "already",
    "still",
    "just",
    "even",
    "often",
    "always",
    "first",
    "last",
    "now",
    "too",
    "himself",
    "herself",
    "themselves",
    "itself",
    "however",
    "reportedly",
    "here",
    "'ve",
    "\u{2019}ve",
    "'d",
    "\u{2019}d",
    "'ll",
    "\u{2019}ll",
    "am",
    "'m",
    "\u{2019}m",
    "'re",
    "\u{2019}re",
    "very",
    "so",
    "quite",
    "long",
];

/// Cue verb forms that make "as X noted, ..." a comment on a clause (not a time: "as the
/// crowd cheered").
const AS_COMMENT_FORMS: &[&str] = &[
    "noted",
    "notes",
    "said",
    "says",
    "reported",
    "reports",
    "wrote",
    "writes",
    "put",
    "puts",
    "pointed",
    "points",
    "observed",
    "explained",
    "predicted",
    "acknowledged",
    "indicated",
    "showed",
    "shows",
    "learned",
    "found",
    "recalled",
    "argued",
    "reminded",
    "told",
    "suggested",
    "admitted",
    "mentioned",
    "described",
];

/// Participles of the anonymity formula after "(not) to be" ("asked not to be named").
const ANONYMITY_PARTICIPLES: &[&str] = &["named", "identified", "quoted"];

/// Forms of "be" that make a following past participle passive ("was told").
const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "'s"];

/// Words before a cue form that make it a noun ("the report", "his promise") or an
/// infinitive ("declined to say").
const NOT_BEFORE_CUE: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "this",
    "these",
    "those",
    "no",
    "any",
    "some",
    "every",
    "each",
    "to",
    "of",
    "for",
    "whose",
    "such",
    "most",
    "more",
    "least",
    "less",
    "'s",
    "\u{2019}s",
];

/// Words that end a source phrase (read leftwards from the cue).
const SOURCE_STOPS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "where", "when", "while", "whether", "if", "because",
    "since", "as", "although", "though", "after", "before", "until", "unless", "than", "so", "but",
    "or", "nor", "yet", "what", "why", "how", "to", "on", "by", "about", "during", "into", "over",
    "under", "against", "between", "through", "without", "despite", "and", "then", "there", "here",
    "not",
];

/// Words before a "to" phrase that belongs to a source ("a source close to the campaign",
/// "an aide to the senator").
const TO_SOURCE_HEADS: &[&str] = &[
    "close",
    "closer",
    "closest",
    "near",
    "loyal",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "counsel",
    "assistant",
    "deputy",
    "consultant",
    "consultants",
    "staffer",
    "staffers",
];

/// Words that begin an adjunct between a cue and its that-clause ("said on Friday that").
const ADJUNCT_STARTS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "last",
    "this",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "again",
    "also",
    "repeatedly",
    "publicly",
    "privately",
    "once",
    "recently",
    "while",
    "when",
    "to",
    "with",
    "from",
    "through",
    "via",
    "late",
    "early",
    "concerning",
    "regarding",
    "about",
    "of",
    "privately",
    "afterwards",
    "afterward",
    "for",
    "into",
    "up",
    "out",
    "back",
    "down",
    "off",
];

/// Words that end a source phrase read rightwards ("said Smith on Friday").
const TIME_WORDS: &[&str] = &[
    "at",
    "during",
    "last",
    "this",
    "today",
    "yesterday",
    "tomorrow",
    "earlier",
    "later",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Days that may stand between a subject and its verb ("Clinton on Tuesday called").
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
];

/// Addressees that stand alone after a tell-type cue ("told reporters").
const ADDRESSEES: &[&str] = &[
    "him",
    "her",
    "them",
    "me",
    "us",
    "you",
    "reporters",
    "journalists",
    "lawmakers",
    "supporters",
    "listeners",
    "viewers",
    "readers",
    "voters",
    "students",
    "officials",
    "members",
    "delegates",
    "congress",
    "parliament",
];

/// Nouns of an audience a name may modify after a tell-type cue ("told a Senate panel",
/// "a Rotary Club audience").
const AUDIENCE_NOUNS: &[&str] = &[
    "panel",
    "committee",
    "subcommittee",
    "commission",
    "audience",
    "crowd",
    "gathering",
    "meeting",
    "conference",
    "hearing",
    "forum",
    "rally",
    "caucus",
    "delegation",
    "council",
    "board",
    "convention",
    "summit",
    "briefing",
    "assembly",
    "session",
    "luncheon",
    "breakfast",
    "dinner",
];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "this", "that",
];

/// Words that may open a clause before "according to X," ("But, according to ...").
const CLAUSE_OPENERS: &[&str] = &[
    "but",
    "and",
    "however",
    "yet",
    "so",
    "still",
    "also",
    "now",
    "then",
    "indeed",
    "meanwhile",
    "instead",
    "moreover",
    "thus",
    "in",
    "fact",
    "still",
];

/// Lower-case words that cannot end a source phrase.
const NON_HEADS: &[&str] = &[
    "almost", "only", "just", "even", "also", "never", "ever", "very", "in", "of", "for", "from",
    "with", "at", "is", "are", "was", "were", "has", "have", "had", "it's", "there", "here", "now",
    "then", "what", "who", "which", "all",
];

/// Words after a comma that end a content following its cue (", when ...", ", which
/// ...", ", however, ..."). Not ", because" or ", with": in PolNeAR's training split
/// a reported content goes on past them more often than it stops there (15 against 5
/// and 51 against 27 non-direct contents; counts only). ", compared with ..." after a
/// poll's answer ("52 percent said X, compared with 41 percent who ...") is the writer's
/// comparison.
const TAIL_STARTS: &[&str] = &[
    "when", "where", "which", "however", "after", "before", "as", "whose", "even", "despite",
    "compared",
];

/// Words after "even" that make it open an adjunct of the content's clause, not the
/// writer's tail (`even_adjunct`).
const EVEN_ADJUNCT_NEXT: &[&str] = &[
    "if", "though", "when", "after", "before", "in", "with", "without", "among", "under", "for",
    "at", "on",
];

/// Nouns of a point in a course of events: "complaints from the outset that ..." names
/// when, not who (`noun_cue_author`).
const COURSE_POINTS: &[&str] = &[
    "outset",
    "start",
    "beginning",
    "onset",
    "end",
    "get-go",
    "moment",
];

/// Nouns of a span of time: "a week after", "a day later" is an adjunct, not a gloss.
const SPANS_OF_TIME: &[&str] = &[
    "minute", "hour", "day", "week", "month", "year", "decade", "century", "few", "couple",
];

/// Words of time after "this" that make it an adjunct ("said this week he").
const THIS_TIMES: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "time",
    "season",
    "past",
    "coming",
    "term",
    "session",
    "election",
    "cycle",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words after a comma that ends a reporting tag and opens the writer's own adjunct
/// ("..., the ministry said on Friday, after the fire broke out").
const TAG_END_OPENERS: &[&str] = &[
    "after",
    "before",
    "when",
    "while",
    "because",
    "since",
    "despite",
    "following",
    "hours",
    "days",
    "weeks",
];

/// Spans of time after a number ("two days after").
const SPANS_OF_TIME_PLURAL: &[&str] = &["minutes", "hours", "days", "weeks", "months", "years"];

/// Times of a day that end an adjunct of time ("said Thursday night they").
const TIMES_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night", "weekend"];

/// Nouns of an amount used as an adverb: "unfocused, a bit adrift" is no gloss.
const AMOUNT_NOUNS: &[&str] = &["bit", "lot", "little", "tad", "touch"];

/// "-ing" words after a comma that go on with the content, unlike a participle: in
/// PolNeAR's training split ", including ..." stays inside a reported content about seven
/// times in eight (101 of 115 non-direct contents it is in or right after; counts only).
const NOT_TAIL_PARTICIPLES: &[&str] = &["including"];

/// Words opening a subordinate clause.
const SUBORDINATORS: &[&str] = &[
    "if", "when", "while", "although", "though", "because", "as", "after", "before", "unless",
    "once", "since", "until", "whether",
];

/// Finite auxiliaries and modals (a clause's verb).
const FINITE_AUX: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "should", "must", "did", "does", "do",
];

/// Words after a comma that start the writer's aside ("..., though she did not say").
const CONCESSIVES: &[&str] = &["though", "although", "but", "while", "whereas"];

/// Words that open a clause as the object of a preposition ("about what it sees",
/// "over how the money was spent").
const CLAUSE_QUESTION_WORDS: &[&str] = &["what", "whatever", "how", "why", "whether"];

/// At most this many tokens of adjuncts after a closing tag's cue ("Sanders said on
/// Friday at a rally in Iowa").
const ADJUNCT_WORDS: usize = 8;

/// At most this many tokens of a verbless run of adjuncts after a closing tag's cue
/// (`long_verbless_adjunct`: "said in a letter to Governor Anne Walsh on Friday").
const LONG_ADJUNCT_WORDS: usize = 16;

/// Words that open a long verbless run of adjuncts after a closing tag's cue: the
/// prepositions and words of time of `ADJUNCT_STARTS`, no particle or topic word.
const LONG_ADJUNCT_STARTS: &[&str] = &[
    "on", "in", "at", "during", "after", "before", "last", "this", "earlier", "later", "to",
    "with", "through", "via",
];

/// How far after a cue's adjuncts a clause marker "that" may open its content.
const FAR_THAT_WORDS: usize = 24;

/// Words that join two statements ("..., and Y said B", "..., though Y said B").
const COORDINATORS: &[&str] = &["and", "but", "while", "whereas", "though", "although", ";"];

/// Words that open the question after "asked" ("asked whether ...").
const QUESTION_WORDS: &[&str] = &[
    "what", "why", "how", "whether", "if", "who", "which", "where", "when", "about",
];

/// Nouns that make "in NP" a source ("in the latest CNN poll").
const POLL_NOUNS: &[&str] = &["poll", "polls", "survey", "surveys", "average", "averages"];

/// Documents that may head a headline as its source ("Poll: ...", "Report: ...").
const DOCUMENT_SOURCES: &[&str] = &["poll", "survey", "report", "study"];

/// Nouns of studies and inquiries that find things ("a 2009 paper found", lemmas).
const FINDERS: &[&str] = &[
    "poll",
    "survey",
    "report",
    "study",
    "paper",
    "analysis",
    "review",
    "audit",
    "investigation",
    "inquiry",
    "research",
    "researcher",
    "data",
    "census",
    "probe",
];

/// Words a title leaves in lower case ("Latin History for Dummies").
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "for", "and", "or", "in", "on", "to", "with", "at", "by",
];

/// Reflexive pronouns ("found itself", "found himself"): no finding.
const REFLEXIVES: &[&str] = &[
    "itself",
    "himself",
    "herself",
    "themselves",
    "myself",
    "ourselves",
    "yourself",
];

/// Words of a share of people that may stand right before their verb ("a third say",
/// "most believe"): read by `share_verb_read_as_noun`.
const SHARE_WORDS: &[&str] = &[
    "third",
    "thirds",
    "half",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "majority",
    "minority",
    "plurality",
    "percent",
    "most",
    "many",
    "some",
    "few",
    "others",
];

/// Poll nouns that are a poll's only after a polling word ("the polling average").
const POLL_AVERAGES: &[&str] = &["average", "averages"];

/// Words that make an average a poll average.
const POLL_WORDS: &[&str] = &["poll", "polls", "polling", "survey", "surveys"];

/// People a poll asks ("a survey of likely voters", "of 1,000 adults").
const POLLED: &[&str] = &[
    "voters",
    "adults",
    "residents",
    "respondents",
    "people",
    "americans",
    "members",
    "registered",
    "likely",
    "citizens",
    "democrats",
    "republicans",
    "independents",
    "economists",
    "experts",
    "executives",
    "households",
    "parents",
    "students",
    "workers",
];

/// Words that may follow the poll noun at the end of a clause ("... in a poll released
/// Sunday").
const POLL_TAIL: &[&str] = &[
    "released",
    "conducted",
    "published",
    "taken",
    "last",
    "this",
    "week",
    "month",
    "on",
    "in",
    "of",
    "the",
    "voters",
    "by",
];

/// Verbs that raise their subject out of the clause they report ("X seems to").
const SEEM: &[&str] = &["seem", "seems", "seemed", "appear", "appears", "appeared"];

/// Words that open what a form of [`SEEM`] is followed by when it reports being seen
/// somewhere ("has not appeared publicly since May", "appeared outside the house"), no
/// hedge and nothing said.
const SEEN_AT: &[&str] = &[
    "since",
    "outside",
    "alongside",
    "together",
    "publicly",
    "before",
    "behind",
    "inside",
    "with",
    "onstage",
];

/// Nouns of a poll, a report or a paper that speak before a headline's colon ("Poll:
/// Sanders leads", "Report: ...", "Newspaper: ..."). Only nouns seen there: on PolNeAR
/// train and dev a quote with such a source before a colon comes 8 times with "Poll", 5
/// with "Report" (one "From the report"), once with "Newspaper"; "polls", "survey",
/// "study", "memo", "documents", "emails", "sources", "officials" and "audit", listed
/// before, never came (counted on the session-14 build).
const HEADLINE_EVIDENCE: &[&str] = &["poll", "report", "newspaper"];

/// Passive verbs that raise their subject out of the reported clause ("X is expected to").
const RAISING: &[&str] = &[
    "said",
    "reported",
    "expected",
    "believed",
    "thought",
    "rumored",
    "projected",
    "predicted",
];

/// Words before a participle cue whose source is the clause's subject ("by saying").
const PARTICIPLE_OPENERS: &[&str] = &[
    "by", "after", "while", "when", "before", "without", "in", "since", "besides",
];

const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "you"];

/// Subordinators that end the infinitive a tell cue orders ("told them to leave after
/// the vote ended": the time clause is the writer's).
const TELL_INFINITIVE_ENDS: &[&str] = &[
    "after", "before", "when", "while", "because", "since", "until", "if", "as", "once",
];

/// Relative pronouns: a clause after one modifies the noun before it.
/// Lemmas of cues that give their object a name (`named_end`).
const NAMING_CUES: &[&str] = &["call", "dub", "brand", "label", "term"];

const RELATIVE_PRONOUNS: &[&str] = &["who", "whom", "whose", "which", "that"];

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Words other than adjunct starts and determiners that may follow an opening participle
/// ("Responding to", "Standing with", "Looking for"); a name ending in "-ing" is followed
/// by its verb instead ("Beijing urged").
const PARTICIPLE_OBJECT_STARTS: &[&str] = &[
    "to", "with", "for", "from", "about", "into", "through", "over", "under", "out", "up", "down",
    "back", "off", "by", "as", "that", "him", "them", "us", "me", "it", "those", "these", "some",
    "many", "several", "two", "three",
];

/// Verbs whose object, a topic noun with "of", was given by the one the "of" phrase
/// names ("won the endorsement of the sheriff").
const RECEIVING_VERBS: &[&str] = &[
    "receive", "win", "secure", "get", "earn", "seek", "land", "gain", "garner", "court", "lose",
];

/// Subjects that say no one did it ("Nobody voiced concern").
const NEGATIVE_PRONOUNS: &[&str] = &["nobody", "none", "nothing", "neither", "noone"];

/// Verbs whose object, a noun of criticism or concern, is what their subject says
/// ("voiced concern about", "leveled criticism at").
const VOICING_VERBS: &[&str] = &[
    "voice", "express", "level", "launch", "renew", "repeat", "issue", "air", "have", "make",
    "offer", "give", "deliver",
];

/// Nouns for a message its sender speaks through ("issued a statement saying").
const MESSAGE_NOUNS: &[&str] = &[
    "statement",
    "email",
    "e-mail",
    "message",
    "memo",
    "letter",
    "note",
    "release",
    "tweet",
    "post",
    "text",
];

/// Verbs whose object does what the participle after it says ("left 60 percent of
/// voters saying", "got people talking about", "heard the crowd chanting").
const OBJECT_ACTS_VERBS: &[&str] = &[
    "leave", "get", "have", "keep", "find", "see", "hear", "watch", "catch", "show", "make",
];

/// Works whose stance is their maker's ("ran ads attacking the plan").
const WORK_NOUNS: &[&str] = &[
    "ad",
    "advertisement",
    "spot",
    "commercial",
    "video",
    "speech",
    "report",
    "resolution",
    "op-ed",
    "editorial",
    "column",
    "article",
    "book",
    "campaign",
    "paper",
    "brief",
    "filing",
];

/// A token range `start..end` into `Document::tokens`.
type Tokens = (usize, usize);

/// A quote before it becomes a record: token ranges into `Document::tokens`.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    /// Content tokens `start..end`.
    content: (usize, usize),
    kind: QuoteKind,
    source: Option<(usize, usize)>,
    cue: Option<(usize, usize)>,
    /// Reported (not in quotation marks): may nest inside another candidate.
    reported: bool,
    /// A direct quote with no cue of its own: takes the speaker of the statement before.
    carry: bool,
}

struct Ctx<'a> {
    doc: &'a Document,
    lex: &'a Lexicon,
    kinds: Vec<Kind>,
    /// Sentence (index into `Document::sentences`) of each token.
    sent_of: Vec<u32>,
    /// Token is part of a direct quote (marks included): no reported speech inside.
    in_direct: Vec<bool>,
    /// Token is a cue already used by an attribution.
    used: Vec<bool>,
    /// Token is inside a quoted fragment (makes reported speech mixed).
    in_fragment: Vec<bool>,
    /// Opening and closing mark of each quoted fragment (a quote inside a sentence that
    /// is not a direct quote of its own).
    fragments: Vec<(usize, usize)>,
    /// Sentence is written in title case (a headline): capitalized cues count there.
    title_case: Vec<bool>,
    /// First and last token (inclusive) of each token's subtree in the parse; empty
    /// without a parse.
    reach: Vec<(u32, u32)>,
}

/// All quotes of `doc`, in text order, speakers resolved against `doc.mentions`.
pub fn find_quotes(doc: &Document, lex: &Lexicon) -> Vec<Quote> {
    let n = doc.tokens.len();
    if n == 0 {
        return Vec::new();
    }
    let mut kinds: Vec<Kind> = (0..n).map(|i| Kind::of(doc.word(i))).collect();
    // A period after a title or an initial ("Sen.", "Mr.", "J.") does not end anything.
    for (i, kind) in kinds.iter_mut().enumerate().skip(1) {
        if *kind == Kind::End
            && doc.word(i) == "."
            && doc.tokens[i - 1].span.end == doc.tokens[i].span.start
            && is_abbreviation(doc.word(i - 1))
        {
            *kind = Kind::Other;
        }
    }
    // An opening curly mark glued to the comma or end mark of the words before it and
    // followed by a space is a closing mark set the wrong way (`"It's late,“ said Ruiz`):
    // a writer's opening mark is glued to the word after it.
    for i in 1..n {
        let glued_before = doc.tokens[i - 1].span.end == doc.tokens[i].span.start;
        let spaced_after = doc
            .tokens
            .get(i + 1)
            .is_none_or(|t| t.span.start > doc.tokens[i].span.end);
        if kinds[i] == Kind::Open
            && doc.word(i) == "\u{201c}"
            && glued_before
            && spaced_after
            && matches!(kinds[i - 1], Kind::Comma | Kind::End)
        {
            kinds[i] = Kind::Close;
        }
    }
    let mut sent_of = vec![0u32; n];
    for (s, sent) in doc.sentences.iter().enumerate() {
        for t in sent.tokens.clone() {
            if let Some(slot) = sent_of.get_mut(t as usize) {
                *slot = s as u32;
            }
        }
    }
    let title_case = doc
        .sentences
        .iter()
        .map(|s| is_title_case(doc, s.tokens.start as usize..s.tokens.end as usize))
        .collect();
    let mut cx = Ctx {
        doc,
        lex,
        kinds,
        sent_of,
        in_direct: vec![false; n],
        used: vec![false; n],
        in_fragment: vec![false; n],
        fragments: Vec::new(),
        title_case,
        reach: subtree_reach(doc),
    };
    let paras = paragraphs(doc);
    let mut segments = Vec::new();
    for (block, range) in &paras {
        pair_marks(&cx.kinds, *block, range.clone(), &mut segments);
    }
    let mut cands = Vec::new();
    cx.direct(&paras, &segments, &mut cands);
    for (_, range) in &paras {
        cx.reported(range.clone(), &mut cands);
    }
    if !cx.reach.is_empty() {
        // Where a content found so far starts (one pass, not one per paragraph).
        let mut starts = vec![false; n];
        for c in &cands {
            if let Some(s) = starts.get_mut(c.content.0) {
                *s = true;
            }
        }
        for (_, range) in &paras {
            cx.parsed_cues(range.clone(), &starts, &mut cands);
        }
        for (_, range) in &paras {
            cx.topic_cues(range.clone(), &starts, &mut cands);
        }
        for (_, range) in &paras {
            cx.distant_that(range.clone(), &mut cands);
        }
    }
    cands.retain(|c| cx.object_allowed(c));
    // (a stretch of a content split around its tag stays: "In the end, he said, voters
    // return")
    let cues: Vec<Option<Tokens>> = cands.iter().map(|c| c.cue).collect();
    cands.retain(|c| {
        !(cx.opening_phrase_content(c) || cx.adjunct_content(c))
            || cues.iter().filter(|&&q| q == c.cue).count() > 1
    });
    cands.retain_mut(|c| cx.adjective_holder(c));
    for c in &mut cands {
        cx.past_time_source(c);
        cx.setting_source(c);
        cx.nounless_source(c);
        cx.end_with_adverbial(c);
        cx.end_before_main_verb(c);
    }
    cands.retain(|c| {
        !cx.comparison(c)
            && !cx.yes_no_question(c)
            && !cx.span_of_time_for(c)
            && !cx.thing_source(c)
    });
    let inner_cues: Vec<usize> = cands.iter().filter_map(|c| c.cue.map(|q| q.0)).collect();
    // The stretches of a hedge split around its raised subject share its cue.
    let hedges: Vec<usize> = cands
        .iter()
        .filter(|c| cx.hedge_over_cue(c, &inner_cues))
        .filter_map(|c| c.cue.map(|q| q.0))
        .collect();
    cands.retain(|c| !c.cue.is_some_and(|q| hedges.contains(&q.0)));
    clip_nested(&mut cands);
    cx.end_before_second_statement(&mut cands);
    cx.fragment_continuations(&mut cands);
    cx.carry_over(&mut cands);
    cx.records(cands)
}

/// Nouns for groups, places and documents that can hold or show a position
/// (`Ctx::thing_source`): "the party supports", "the poll backed", "the state opposed".
const HOLDER_NOUNS: &[&str] = &[
    "people",
    "public",
    "group",
    "party",
    "union",
    "majority",
    "minority",
    "percent",
    "administration",
    "government",
    "committee",
    "state",
    "country",
    "nation",
    "city",
    "company",
    "campaign",
    "team",
    "crowd",
    "community",
    "family",
    "caucus",
    "board",
    "council",
    "court",
    "congress",
    "senate",
    "house",
    "staff",
    "electorate",
    "base",
    "establishment",
    "industry",
    "firm",
    "organization",
    "organisation",
    "association",
    "coalition",
    "movement",
    "network",
    "agency",
    "department",
    "ministry",
    "office",
    "police",
    "military",
    "army",
    "leadership",
    "side",
    "camp",
    "wing",
    "faction",
    "delegation",
    "panel",
    "jury",
    "audience",
    "church",
    "school",
    "university",
    "poll",
    "survey",
    "study",
    "report",
    "data",
    "evidence",
    "analysis",
    "research",
    "figure",
    "number",
    "document",
    "letter",
    "statement",
    "resolution",
    "platform",
    "paper",
    "editorial",
    "newspaper",
    "magazine",
    "ad",
    "advertisement",
    "memo",
    "one",
    "other",
    "everyone",
    "everybody",
    "anyone",
    "nobody",
    "someone",
    "half",
    "third",
    "quarter",
    "couple",
    "folk",
    "kid",
    "child",
    "children",
    "men",
    "women",
    "man",
    "woman",
    "youth",
    "elite",
    "press",
    "media",
    "station",
    "outlet",
    "county",
    "district",
    "region",
    "town",
    "village",
    "province",
    "world",
    "pac",
    "commission",
    "chair",
    "secretary",
    "arm",
    "chancellery",
    "voice",
    "heavyweight",
    "aficionado",
    "book",
    "piece",
    "petition",
    "speech",
    "call",
    "conference",
    "article",
    "column",
    "op-ed",
    "post",
    "tweet",
    "video",
    "film",
    "website",
    "site",
    "blog",
    "release",
];

/// Lemmas of the stance cues that take a position only from a holder
/// (`Ctx::thing_source`): "beams support the roof" holds none.
const HOLDER_CUES: &[&str] = &["support", "back", "endorse", "oppose", "favor", "favour"];

/// Endings of nouns for people by what they do (`Ctx::thing_source`): "voters",
/// "activists", "Democrats", "residents", "conservatives".
const DOER_ENDINGS: &[&str] = &[
    "er", "or", "ist", "ian", "ant", "ent", "crat", "ive", "al", "ee", "ite", "ic",
];

/// Auxiliaries that open a yes-no question before its subject (`Ctx::yes_no_question`).
const YES_NO_OPENERS: &[&str] = &[
    "do", "does", "did", "would", "will", "could", "can", "should", "are", "is", "was", "were",
];

/// Prepositions of time, place and manner: a verbless content opened by one is an adjunct
/// of its cue (`Ctx::adjunct_content`).
const ADJUNCT_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "during",
    "since",
    "over",
    "under",
    "along",
    "despite",
    "after",
    "before",
    "until",
    "throughout",
    "around",
    "amid",
    "by",
];

/// Connectives before a second speaker's statement inside a content
/// (`Ctx::end_before_second_statement`); "and" and "but" only after a comma.
const SECOND_STATEMENT_OPENERS: &[&str] = &["though", "although", "while", "whereas", "and", "but"];

/// Words that end the first words of a restricted cue's object (`Ctx::object_allowed`).
const OBJECT_HEAD_STOPS: &[&str] = &[
    "of", "in", "for", "to", "from", "with", "on", "at", "by", "about", "over", "against", ",",
    "that", "who", "which", "and", "or",
];

impl Ctx<'_> {
    /// A reported content that runs on into another speaker's statement ends before it:
    /// "In the poll, 38 percent said the mayor should resign, while 60 percent said he
    /// should stay", "the survey found farmers are unsure, and the governor has been
    /// urging them to stay home" (PolNeAR keeps the two apart). The second statement is a candidate
    /// whose source and cue lie inside the content, its source opening right after a
    /// connective (`SECOND_STATEMENT_OPENERS`; "and", "but" after a comma): the content
    /// ends at that comma or connective and the second statement reports on its own. A
    /// subject joined by a bare "and" ("said the mayor and the governor agree") is left,
    /// and so are a second statement in a later sentence of the content (a transcript
    /// turn goes on), an "according to" content (the account holds both) and an "I" or
    /// "we" inside a content before its cue or after a colon (the speaker goes on).
    fn end_before_second_statement(&self, cands: &mut [Candidate]) {
        let sources: Vec<(usize, usize)> = cands
            .iter()
            .filter_map(|d| match (d.source, d.cue) {
                // Not a relative pronoun: "people who think X, and who feel Y" goes on.
                (Some((s0, s1)), Some((c0, _)))
                    if s1 <= c0 && s0 >= 2 && !is_in(self.word(s0), &["who", "which", "that"]) =>
                {
                    Some((s0, c0))
                }
                _ => None,
            })
            .collect();
        // "According to X, A, and B said C" is X's account of both.
        let account = |c: &Candidate| {
            c.cue
                .is_some_and(|(c0, _)| self.word(c0).eq_ignore_ascii_case("according"))
        };
        for c in cands.iter_mut().filter(|c| c.reported && !account(c)) {
            let (a, b) = c.content;
            // A content before its cue or after a colon is the speaker's own words: its "I"
            // or "we" is that speaker going on ("The plan will fail, and I think the
            // council knows it, the mayor said"; review27b).
            let own_words =
                c.cue.is_some_and(|(c0, _)| b <= c0) || (a > 0 && self.word(a - 1) == ":");
            let cut = sources
                .iter()
                .filter(|&&(s0, c0)| a + 2 < s0 && c0 < b && self.sent_of[s0] == self.sent_of[a])
                .filter(|&&(s0, _)| !(own_words && is_in(self.word(s0), &["I", "we", "We"])))
                .filter_map(|&(s0, _)| {
                    let w = s0 - 1;
                    let comma = self.kind(w - 1) == Kind::Comma;
                    let opener = self.kind(w) == Kind::Word
                        && is_in(self.word(w), SECOND_STATEMENT_OPENERS)
                        && (comma || !is_in(self.word(w), &["and", "but"]))
                        && !self.in_fragment[w];
                    opener.then_some(if comma { w - 1 } else { w })
                })
                .min();
            if let Some(end) =
                cut.filter(|&e| (a..e).filter(|&t| self.kind(t) == Kind::Word).count() >= 2)
            {
                c.content.1 = end;
            }
        }
    }

    /// A reported content before its cue that is only a phrase opening the sentence, a
    /// preposition or subordinator and no verb ("As an immigrant, she felt for me", "In
    /// a changing economy, voters still believe in the dream"), is no statement: the
    /// words before a subject and its cue are the writer's frame, not what was said.
    fn opening_phrase_content(&self, c: &Candidate) -> bool {
        let (Some((c0, _)), (a, b)) = (c.cue, c.content) else {
            return false;
        };
        if !c.reported || self.reach.is_empty() || b > c0 || a >= b {
            return false;
        }
        let first = (a..b).find(|&t| !self.doc.tokens[t].upos.is("CCONJ"));
        first.is_some_and(|t| matches!(self.doc.tokens[t].upos.as_str(), "ADP" | "SCONJ"))
            && !(a..b).any(|t| matches!(self.doc.tokens[t].upos.as_str(), "VERB" | "AUX"))
    }

    /// A participle after a comma whose source opens with "with" or "to" compares figures
    /// ("X won 25 million votes, compared with 16 million for Y"; "up 4 percent, compared
    /// to last year"): it reports no stance, and a statement inside the figure's clause
    /// ("74 percent of voters say ..., compared with 64 percent") reports on its own.
    fn comparison(&self, c: &Candidate) -> bool {
        let (Some((s0, s1)), Some((c0, c1))) = (c.source, c.cue) else {
            return false;
        };
        c.reported
            && !self.reach.is_empty()
            && c1 == c0 + 1
            && s0 == c1
            && s0 < s1
            && c0 > 0
            && self.kind(c0 - 1) == Kind::Comma
            && self.doc.tokens[c0].xpos.is("VBN")
            && is_in(self.word(s0), &["with", "to"])
    }

    /// A stance cue in a relative clause on a noun the parse leaves as the sentence's root
    /// ("The players who support the coach left the meeting early": the parse finds no
    /// main verb and hangs the finite "left" on the cue, as an adverbial or clausal
    /// complement, with "the coach" as its subject): the content is the object noun
    /// phrase, and it ends before the main verb.
    fn end_before_main_verb(&self, c: &mut Candidate) {
        let (Some((c0, c1)), (a, b)) = (c.cue, c.content) else {
            return;
        };
        if self.reach.is_empty()
            || c1 != c0 + 1
            || a < c1
            || a >= b
            || !self.doc.tokens[c0].deprel.is("acl:relcl")
            || self.cue_class(c.cue) != CueClass::Stance
        {
            return;
        }
        let noun_root = self.doc.head(c0).is_some_and(|h| {
            self.doc.head(h).is_none()
                && matches!(self.doc.tokens[h].upos.as_str(), "NOUN" | "PROPN")
        });
        if !noun_root {
            return;
        }
        let Some(v) = (a + 1..b).find(|&t| {
            matches!(self.doc.tokens[t].deprel.as_str(), "advcl" | "ccomp")
                && self.doc.head(t) == Some(c0)
                && matches!(self.doc.tokens[t].xpos.as_str(), "VBD" | "VBZ" | "VBP")
        }) else {
            return;
        };
        let on_v =
            |t: usize, rel: &str| self.doc.tokens[t].deprel.is(rel) && self.doc.head(t) == Some(v);
        if (a..v).any(|t| on_v(t, "nsubj")) && !(a..v).any(|t| on_v(t, "mark")) {
            c.content.1 = v;
        }
    }

    /// A content of "spoke out for" that is a span of time ("spoke out for an hour",
    /// "for nearly two hours", "for the first time since", "for years against the dam"):
    /// how long or how often the speaking went on, not what it was for. A span of
    /// something ("two hours of talks") stays.
    fn span_of_time_for(&self, c: &Candidate) -> bool {
        let (Some((c0, c1)), (a, b)) = (c.cue, c.content) else {
            return false;
        };
        if c1 < c0 + 2 || a >= b || !c.reported {
            return false;
        }
        if !(self.word(c1 - 2).eq_ignore_ascii_case("out")
            && self.word(c1 - 1).eq_ignore_ascii_case("for"))
        {
            return false;
        }
        let Some(head) = (a..b.min(a + 5)).find(|&t| {
            !(matches!(self.doc.tokens[t].upos.as_str(), "DET" | "NUM" | "ADV")
                || is_in(self.word(t), &["first", "second", "last", "more", "than"]))
        }) else {
            return false;
        };
        let w = self.word(head).to_ascii_lowercase();
        let singular = w.strip_suffix('s').unwrap_or(&w);
        let ordinal = head > a && is_in(self.word(head - 1), &["first", "second", "last"]);
        (is_in(singular, SPANS_OF_TIME) && !is_in(singular, &["few", "couple"])
            || singular == "time" && ordinal)
            && !(head + 1 < b && self.word(head + 1).eq_ignore_ascii_case("of"))
    }

    /// A yes-no question about a position ("Do you support Donald Trump?", "Would
    /// Clinton back the deal?"): a stance cue, the sentence opening with an auxiliary,
    /// the source right after it (or holding it) and the cue after the source, and a "?"
    /// at the end. It asks whether the source takes the position; it reports none.
    /// (PolNeAR marks the questions of belief, "Do you think ...?", so those stay.)
    fn yes_no_question(&self, c: &Candidate) -> bool {
        let (Some((s0, s1)), Some((c0, _))) = (c.source, c.cue) else {
            return false;
        };
        let start = self.sentence_start(c0);
        let end = self.sentence_end(c0);
        // The source right after the auxiliary, or holding it ("Would the unions").
        let after_opener = s0 == start + 1 || (s0 == start && s1 > start + 1);
        c.reported
            && after_opener
            && self.cue_class(c.cue) == CueClass::Stance
            && s1 <= c0
            && end > c0
            && self.word(end - 1) == "?"
            && YES_NO_OPENERS
                .iter()
                .any(|w| self.word(start).eq_ignore_ascii_case(w))
    }

    /// A stance cue whose source is a thing ("Steel beams support the roof", "The money
    /// will go to support the clinics", "federal rules support their endeavors"): an
    /// attributed position needs a holder. The source's head, its last noun, is a common
    /// noun no actor mention covers, no noun for people (`WordList::SpeakerNouns`, a word
    /// of a doer's ending: "voters", "activists", "residents") nor for a group, place or
    /// document that can hold or show a position (`HOLDER_NOUNS`: "the party", "the poll").
    fn thing_source(&self, c: &Candidate) -> bool {
        let (Some((s0, s1)), Some((c0, c1))) = (c.source, c.cue) else {
            return false;
        };
        if self.reach.is_empty()
            || s1 <= s0
            || self.cue_class(c.cue) != CueClass::Stance
            || !(c0..c1).any(|t| is_in(self.doc.lemma(t), HOLDER_CUES))
            || (s0..s1).any(|t| self.mentioned(t) || is_in(self.word(t), TIME_WORDS))
        {
            return false;
        }
        // The parse's head of the phrase ("voters in the area": "voters"), a lower-case
        // common noun (a capitalised one may be a name the actors stage missed).
        let Some(head) = (s0..s1).find(|&t| self.doc.head(t).is_none_or(|h| h < s0 || h >= s1))
        else {
            return false;
        };
        let w = self.word(head);
        if !self.doc.tokens[head].upos.is("NOUN") || !w.starts_with(|ch: char| ch.is_lowercase()) {
            return false;
        }
        let w = w.to_ascii_lowercase();
        let one = w
            .strip_suffix("ies")
            .map(|s| format!("{s}y"))
            .or_else(|| w.strip_suffix('s').map(str::to_string))
            .unwrap_or_else(|| w.clone());
        // A poll or document named beside the head holds it ("survey timing supports").
        let document = (s0..s1).any(|t| {
            let w = self.word(t).to_ascii_lowercase();
            is_in(w.strip_suffix('s').unwrap_or(&w), HOLDER_NOUNS)
        });
        !(document
            || is_in(&one, SPANS_OF_TIME)
            || self.lex.in_list(WordList::SpeakerNouns, &w)
            || self.lex.in_list(WordList::SpeakerNouns, &one)
            || is_in(&one, HOLDER_NOUNS)
            || DOER_ENDINGS.iter().any(|e| one.ends_with(e)))
    }

    /// A reported content after its cue that is only a prepositional phrase with no verb
    /// ("continued as a member of parliament", "advocated over the weekend") says where,
    /// when or as what the cue's act took place, not what was said.
    fn adjunct_content(&self, c: &Candidate) -> bool {
        let (Some((_, c1)), (a, b)) = (c.cue, c.content) else {
            return false;
        };
        if !c.reported || self.reach.is_empty() || a < c1 || a >= b {
            return false;
        }
        self.doc.tokens[a].upos.is("ADP")
            && is_in(self.word(a), ADJUNCT_PREPOSITIONS)
            && !(a..b).any(|t| matches!(self.doc.tokens[t].upos.as_str(), "VERB" | "AUX"))
    }

    /// A cue form or phrase the lexicon restricts (`object_heads.tsv`) keeps a clause it reports
    /// ("accepted that the count was fair": a "that" before or opening the content, or a
    /// content the parse hangs on the cue as a clausal complement) and a noun phrase
    /// headed by one of the form's words (the parse's head of the content, or the last of
    /// its first words before any preposition or comma)
    /// ("accepted the council's offer of talks", "ignored the unsolicited advice", "stood
    /// by his remarks"). Not "accepted the nomination", "accepted donations", "ignored
    /// her", "standing by her side": in news these mostly report an action. Direct quotes and every other cue keep their
    /// content.
    fn object_allowed(&self, c: &Candidate) -> bool {
        let Some((c0, c1)) = c.cue else {
            return true;
        };
        if c.kind == QuoteKind::Direct || c1 <= c0 || c1 - c0 > 4 {
            return true;
        }
        if self.defends_ground(c1 - 1, c.content) {
            return false;
        }
        if self.lex.in_list(WordList::AsCues, self.doc.word(c1 - 1)) {
            return self.characterizes(c.content);
        }
        let key = (c0..c1)
            .map(|t| self.doc.word(t).to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        let Some(nouns) = self.lex.object_heads(&key) else {
            return true;
        };
        let (a, b) = c.content;
        // ("that" as a determiner opens a noun phrase: "accepted that nomination").
        let is_that = |t: usize| {
            self.doc.word(t).eq_ignore_ascii_case("that") && !self.doc.tokens[t].upos.is("DET")
        };
        if (a < b && is_that(a)) || (a == c1 + 1 && is_that(c1)) {
            return true;
        }
        let listed = |t: usize| {
            let mut buf = [0u8; 32];
            lower(self.doc.word(t), &mut buf).is_some_and(|w| nouns.contains(w))
        };
        if !self.reach.is_empty() {
            let root = (a..b).find(|&t| self.doc.head(t).is_none_or(|h| h < a || h >= b));
            if root.is_some_and(|r| self.doc.tokens[r].deprel.is("ccomp") || listed(r)) {
                return true;
            }
        }
        // Without a parse (or against a misparse), the last of the first words.
        (a..b)
            .take(8)
            .take_while(|&t| !is_in(self.doc.word(t), OBJECT_HEAD_STOPS))
            .last()
            .is_some_and(listed)
    }
}

/// Small words a name or title in title case may hold in lower case ("Gang of Eight",
/// "Meals in a Box", "The Baker's Dozen"): with them, words in marks are still a name
/// (`fragment_continuations`).
const NAME_SMALL_WORDS: &[&str] = &[
    "of",
    "in",
    "a",
    "an",
    "the",
    "and",
    "'s",
    "\u{2019}s",
    "for",
    "on",
    "to",
    "at",
    "or",
    "by",
];

impl Ctx<'_> {
    /// Whether a content of a verb of `as_cues.txt` is a characterization: an object and
    /// then an "as" phrase ("cast her rival as weak", "framed the vote as a test"), the
    /// "as" not opening the content, not a clause of its own ("painted a bleak picture
    /// as he spoke": the tagger reads that "as" as a subordinator) and with no verb
    /// before it in the content ("framed the talk by calling him a fraud as ..." is
    /// another verb's).
    fn characterizes(&self, (a, b): Tokens) -> bool {
        (a + 1..b)
            .take_while(|&t| !(self.tagged(t) && self.verb_tag(t)))
            .any(|t| self.as_preposition(t))
    }

    /// Whether an "as" phrase follows the verb at `v` after its object, in the same
    /// sentence, before any punctuation or other verb, within a dozen words ("cast her
    /// rival as weak"; not "cast their ballots", "as" right after the verb or an "as"
    /// clause).
    fn as_phrase_after(&self, v: usize) -> bool {
        let end = (v + 13).min(self.kinds.len());
        (v + 1..end)
            .take_while(|&t| {
                self.kind(t) == Kind::Word
                    && self.sent_of[t] == self.sent_of[v]
                    && !(self.tagged(t) && self.verb_tag(t))
            })
            .any(|t| t > v + 1 && self.as_preposition(t))
    }

    /// Whether token `t` is "as" and neither the tagger nor the parse reads it as opening
    /// a clause ("as the deadline neared": a subordinator, or the mark of a verb with a
    /// subject of its own).
    fn as_preposition(&self, t: usize) -> bool {
        if !self.doc.word(t).eq_ignore_ascii_case("as") {
            return false;
        }
        if !self.tagged(t) {
            return true;
        }
        let clause_head = self.doc.head(t).is_some_and(|h| {
            self.verb_tag(h)
                && self
                    .doc
                    .dependents(h)
                    .any(|d| self.doc.tokens[d].deprel.base() == "nsubj")
        });
        !self.doc.tokens[t].upos.is("SCONJ") && !clause_head
    }

    /// Whether the cue verb at `v` is "defend" and its object (`a..b`) is ground held or
    /// fought over, not something said or decided: a place below the country ("defend
    /// Ohio": a resolved place or an actor mention of a place, never of a country or its
    /// government) or a noun of `ground_nouns.txt` ("defended the border", "is defending
    /// three seats"). Read on the object's head in the parse.
    fn defends_ground(&self, v: usize, (a, b): Tokens) -> bool {
        if self.reach.is_empty() || a >= b || !self.doc.lemma(v).eq_ignore_ascii_case("defend") {
            return false;
        }
        let Some(root) = (a..b).find(|&t| self.doc.head(t).is_none_or(|h| h < a || h >= b)) else {
            return false;
        };
        let mentioned = |kind: ActorKind| self.mentioned_as(root, |k| k == kind);
        // A country or a government ("defended Russia at the council", "defended the
        // Kremlin") is defended in words: only ground below the country counts.
        let place =
            !mentioned(ActorKind::Country) && (mentioned(ActorKind::Place) || self.in_place(root));
        let mut buf = [0u8; 32];
        place
            || lower(self.doc.word(root), &mut buf)
                .is_some_and(|w| self.lex.in_list(WordList::GroundNouns, w))
    }
}

/// Words that may open a time adjunct before a cue ("on Thursday", "less than two weeks
/// ago", "earlier this month"): jumped over with it when a source is looked for left of it.
const TIME_ADJUNCT_WORDS: &[&str] = &[
    "on", "in", "at", "during", "since", "by", "less", "more", "than", "about", "nearly", "almost",
    "just", "only", "early", "late", "earlier", "later", "as", "recently", "over",
];

impl Ctx<'_> {
    /// Whether token `t` lies inside a time expression of the time stage.
    fn in_time(&self, t: usize) -> bool {
        let span = self.doc.tokens[t].span;
        self.doc
            .times
            .iter()
            .any(|x| x.span.start <= span.start && span.end <= x.span.end)
    }

    /// A time word that may open a time adjunct: the ambiguous ones ("as", "by", "in",
    /// "at", "over") only right before a time expression ("in March", not "over the
    /// years of talks").
    fn time_adjunct_word(&self, t: usize) -> bool {
        self.kind(t) == Kind::Word
            && is_in(self.word(t), TIME_ADJUNCT_WORDS)
            && (!is_in(self.word(t), &["as", "by", "in", "at", "over"])
                || (t + 1 < self.kinds.len() && self.in_time(t + 1)))
    }

    /// Whether the phrase `a..b` is only a time expression ("last June", "on Friday"): a
    /// word of a time expression, every other word a time adjunct word.
    fn time_only(&self, (a, b): Tokens) -> bool {
        let mut words = (a..b).filter(|&t| self.kind(t) == Kind::Word).peekable();
        words.peek().is_some()
            && (a..b).any(|t| self.in_time(t))
            && words.all(|t| self.in_time(t) || self.time_adjunct_word(t))
    }

    /// A source that is a time expression ("Friday night", "three days ago") is no
    /// speaker: "the council on Friday night voted" and "The agency barely three days ago
    /// said" have the subject before the time adjunct. The parse's subject of the cue
    /// verb takes its place (also when it holds the time phrase); without one, the phrase
    /// before the adjunct does when no verb stands before its first comma (kept as it is
    /// otherwise: "three-quarters say" is a share, not a date).
    fn past_time_source(&self, c: &mut Candidate) {
        let Some((s0, s1)) = c.source else {
            return;
        };
        let words = (s0..s1).filter(|&t| self.kind(t) == Kind::Word);
        let mut any_time = false;
        for t in words {
            if self.in_time(t) {
                any_time = true;
            } else if !self.time_adjunct_word(t) {
                return;
            }
        }
        if !any_time || self.reach.is_empty() {
            return;
        }
        let Some((c0, c1)) = c.cue.filter(|&(c0, c1)| c0 < c1) else {
            return;
        };
        let Some(v) = (c0..c1).find(|&t| self.doc.head(t).is_none_or(|h| h < c0 || h >= c1)) else {
            return;
        };
        if self.passive(v) {
            return;
        }
        if self.subjectless_cue(v) {
            // A time phrase is no speaker, and nothing else names one.
            c.source = None;
            return;
        }
        let lo = self.doc.sentences[self.sent_of[s0] as usize].tokens.start as usize;
        // No time word, and no finite verb or cue form before the first comma (a relative
        // clause after the head may have them: "Lund, who opposed the plan, on Friday
        // said").
        let clean = |(a, b): Tokens| {
            b <= s0
                && !self.empty_source((a, b))
                && !(a..b).any(|t| self.in_time(t))
                && !(a..b)
                    .take_while(|&t| self.kind(t) != Kind::Comma)
                    .any(|t| {
                        self.cue_form(t)
                            || matches!(
                                self.doc.tokens[t].xpos.as_str(),
                                "VBD" | "VBZ" | "VBP" | "MD"
                            )
                    })
        };
        // The parse's subject, also when the time phrase is inside it ("people who
        // spoke to me over the past weeks said"), or cut before the time phrase when the
        // parse hangs part or all of it on the subject ("the mayor on Friday").
        let subject = self
            .cue_subject(v, lo)
            .filter(|&(a, _)| a < s0)
            .map(|(a, b)| {
                if b > s0 && b <= s1 {
                    let mut e = s0;
                    while e > a
                        && (self.time_adjunct_word(e - 1) || self.kind(e - 1) == Kind::Comma)
                    {
                        e -= 1;
                    }
                    // A time phrase inside a modifier of the subject ("polls taken over
                    // the past weeks", "elections going back to 1972") is part of it.
                    let modifier = e > a
                        && self.doc.tokens.get(e - 1).is_some_and(|t| {
                            matches!(t.xpos.as_str(), "VBN" | "VBG" | "IN" | "RP" | "TO")
                        });
                    if modifier {
                        (a, b)
                    } else {
                        (a, e)
                    }
                } else if b <= s0 && self.hangs_inside((s0, s1), (a, b)) {
                    // "elections going back | to 1972": the parse hangs the time phrase
                    // on a word of the subject, with only prepositions between.
                    (a, s1)
                } else {
                    (a, b)
                }
            });
        // Never the content itself ("The deal, announced Friday, ...": the parse's
        // subject of "announced" is what was announced).
        let (q0, q1) = c.content;
        if subject.is_some_and(|(a, b)| b > q0 && a < q1) {
            c.source = None;
            return;
        }
        if let Some(subject) = subject {
            let covers = s1 <= subject.1 && !self.empty_source(subject);
            if clean(subject) || covers {
                c.source = Some(subject);
            }
            return;
        }
        // Without a parsed subject, the phrase before the adjunct.
        let mut k = s0;
        while k > lo && self.time_adjunct_word(k - 1) {
            k -= 1;
        }
        if let Some(np) = self.left_np(k, lo).filter(|&np| clean(np)) {
            c.source = Some(np);
        }
    }
}

impl Ctx<'_> {
    /// Whether token `t` is part of the act's setting: inside a time expression, or in a
    /// place of the places stage that no mention of an actor other than a place covers
    /// ("Ohio" in "at a rally in Dover, Ohio"; not "Beijing" standing for a government).
    fn setting_word(&self, t: usize) -> bool {
        self.in_time(t) || (self.in_place(t) && !self.actor_word(t))
    }

    /// Whether token `t` lies in a mention of an actor that is no place ("rebels" in "the
    /// rebels announcing").
    fn actor_word(&self, t: usize) -> bool {
        self.mentioned_as(t, |kind| kind != ActorKind::Place)
    }

    /// A source that is only the setting of the act, a place or a time before the
    /// subject ("At a meeting in Dover, Ohio, Senator Vale tried ..., saying"; "The day
    /// before, at a rally, Mr. Berg was blunt, claiming"), gives way to the parse's
    /// subject of the cue when that subject stands after it and before the cue. Kept
    /// otherwise (a city may stand for its government, and past_time_source reads the
    /// subjects before a time phrase).
    fn setting_source(&self, c: &mut Candidate) {
        let (Some((s0, s1)), Some((c0, c1))) = (c.source, c.cue) else {
            return;
        };
        if self.reach.is_empty() || c1 <= c0 || s1 > c0 {
            return;
        }
        let filler = |t: usize| {
            self.kind(t) != Kind::Word
                || self.time_adjunct_word(t)
                || matches!(
                    self.doc.tokens[t].upos.as_str(),
                    "DET" | "ADP" | "CCONJ" | "PUNCT"
                )
        };
        // "like Berg has spoken about": a phrase opened by a preposition is an adjunct
        // (not "of": "60 percent of the voters think"; not "for", also a conjunction:
        // "for the relatives will be resisting"; nor a name or pronoun right
        // before a gerund cue, its subject: "resulted in Vale reporting a loss"; also a
        // common noun naming an actor when no comma sets the phrase off, "ended in the
        // rebels announcing", unlike ", at one point calling" or "at a news conference
        // announcing").
        let gerund_subject = self.doc.tokens[c0].xpos.is("VBG")
            && match self.doc.tokens[s1 - 1].upos.as_str() {
                "PROPN" | "PRON" => true,
                "NOUN" => (s0 == 0 || self.kind(s0 - 1) != Kind::Comma) && self.actor_word(s1 - 1),
                _ => false,
            };
        let adjunct = (self.doc.tokens[s0].upos.is("ADP")
            || is_in(self.word(s0), &["like", "unlike"]))
            && !is_in(self.word(s0), &["of", "for"])
            && !gerund_subject
            && s1 > s0 + 1;
        if !adjunct
            && (!(s0..s1).any(|t| self.setting_word(t))
                || !(s0..s1).all(|t| self.setting_word(t) || filler(t)))
        {
            return;
        }
        let Some(v) = (c0..c1).find(|&t| self.doc.head(t).is_none_or(|h| h < c0 || h >= c1)) else {
            return;
        };
        if self.passive(v) {
            return;
        }
        let lo = self.sentence_start(s0);
        // The parse's own subject of the cue inside the phrase keeps it ("for the
        // relatives will be resisting").
        if adjunct
            && self
                .syntax_subject(v, lo)
                .is_some_and(|(a, b)| a < s1 && s0 < b)
        {
            return;
        }
        // A subject before the adjunct stands in the cue's clause: no subordinator or
        // relative word between them ("Vale claimed that the museum in Dover had
        // expressed interest": not Vale).
        let same_clause = |b: usize| {
            !(b..s0).any(|t| {
                self.doc.tokens[t].upos.is("SCONJ")
                    || self.doc.tokens[t].deprel.is("mark")
                    || is_in(self.word(t), RELATIVE_WORDS)
            })
        };
        let (q0, q1) = c.content;
        let subject = self.cue_subject(v, lo).filter(|&(a, b)| {
            (a >= s1 || adjunct && b <= s0 && same_clause(b))
                && b <= c0
                && !(b > q0 && a < q1)
                && (a..b).any(|t| self.nominal_tag(t) && !self.setting_word(t))
                && !self.empty_source((a, b))
        });
        let found = if adjunct {
            subject.or_else(|| {
                self.subject_before_comma(s0, v, lo)
                    .filter(|&(a, b)| !(b > q0 && a < q1))
            })
        } else {
            subject.or_else(|| self.subject_after_setting(s1, c0))
        };
        if let Some(np) = found {
            c.source = Some(np);
        }
    }

    /// "he has battled with the mayor, at one point calling him a liar": a participle
    /// cue `v` after a comma and an adjunct opening at `s0` speaks for the subject of the
    /// nearest verb before that comma that has one in the parse (a nominal phrase).
    fn subject_before_comma(&self, s0: usize, v: usize, lo: usize) -> Option<Tokens> {
        if !self.doc.tokens[v].xpos.is("VBG") || s0 <= lo || self.kind(s0 - 1) != Kind::Comma {
            return None;
        }
        let h = (lo..s0 - 1).rev().find(|&t| {
            self.verb_tag(t)
                && self
                    .doc
                    .dependents(t)
                    .any(|d| self.doc.tokens[d].deprel.base() == "nsubj")
        })?;
        self.syntax_subject(h, lo).filter(|&(a, b)| {
            b <= h
                && (a..b).any(|t| self.nominal_tag(t))
                && !(a..b).any(|t| is_in(self.word(t), RELATIVE_WORDS))
        })
    }

    /// The main clause's subject after a setting that opens the sentence and ends at
    /// `s1`, read from the words when the parse gives none: the phrases opened by a
    /// preposition or made of times and places between commas are passed ("Iowa, on
    /// Sunday, Mrs. Vale tried"), and the subject runs to the next verb (adverbs before
    /// it left out): at most 8 words, no preposition, opening with a capital, a
    /// determiner, a pronoun, an adjective or a number, before the cue at `c0`.
    fn subject_after_setting(&self, s1: usize, c0: usize) -> Option<Tokens> {
        let lo = self.sentence_start(s1.saturating_sub(1));
        if (lo..s1).any(|t| self.verb_tag(t)) {
            return None;
        }
        let mut a = s1;
        loop {
            while a < c0 && self.kind(a) == Kind::Comma {
                a += 1;
            }
            if a >= c0 {
                return None;
            }
            let e = (a..c0).find(|&t| self.kind(t) == Kind::Comma)?;
            let adjunct = self.doc.tokens[a].upos.is("ADP")
                || (a..e).all(|t| {
                    self.setting_word(t)
                        || self.kind(t) != Kind::Word
                        || matches!(self.doc.tokens[t].upos.as_str(), "DET" | "ADP" | "CCONJ")
                });
            if !adjunct {
                break;
            }
            a = e;
        }
        let v = (a..=c0).find(|&t| self.verb_tag(t))?;
        let mut b = v;
        while b > a
            && (self.kind(b - 1) == Kind::Comma || self.doc.tokens[b - 1].upos.as_str() == "ADV")
        {
            b -= 1;
        }
        let first = &self.doc.tokens[a];
        let opens =
            self.capitalized(a) || matches!(first.upos.as_str(), "DET" | "PRON" | "ADJ" | "NUM");
        let clean = (a..b).all(|t| {
            self.kind(t) == Kind::Word
                && !self.setting_word(t)
                && !matches!(self.doc.tokens[t].upos.as_str(), "ADP" | "VERB" | "AUX")
        });
        let nominal = (a..b).any(|t| self.nominal_tag(t));
        (b > a && b - a <= 8 && opens && clean && nominal).then_some((a, b))
    }

    /// Whether the phrase `p` follows `np` with only prepositions between and the parse
    /// hangs it on a verb or participle inside `np` ("polls going back | to 1972").
    fn hangs_inside(&self, (p0, p1): Tokens, (a, b): Tokens) -> bool {
        let Some(root) = (p0..p1).find(|&t| self.doc.head(t).is_none_or(|h| h < p0 || h >= p1))
        else {
            return false;
        };
        let participle = |t: usize| {
            self.doc.tokens.get(t).is_some_and(|tok| {
                matches!(tok.xpos.as_str(), "VBN" | "VBG")
                    || tok.xpos.is("JJ") && self.word(t).ends_with("ed")
            })
        };
        // The participle ends the subject, or an adverb or particle after it does
        // ("going back").
        let last = if b > a + 1
            && self
                .doc
                .tokens
                .get(b - 1)
                .is_some_and(|t| matches!(t.xpos.as_str(), "RB" | "RP"))
        {
            b - 2
        } else {
            b.saturating_sub(1)
        };
        b <= p0
            && (b..p0).all(|t| {
                self.doc
                    .tokens
                    .get(t)
                    .is_some_and(|t| matches!(t.xpos.as_str(), "IN" | "TO"))
            })
            && (participle(last)
                || self
                    .doc
                    .head(root)
                    .is_some_and(|h| h >= a && h < b && participle(h)))
    }
}

/// Relative words: never a speaker of their own ("in which", "that").
const RELATIVE_WORDS: &[&str] = &["which", "that", "who", "whom", "whose"];

/// Words opening a sentence that the tagger may read as adverbs but that name people
/// ("Others say ...", "Some, though, argued ...").
const FRONTED_PRONOUNS: &[&str] = &[
    "others", "some", "many", "most", "few", "several", "both", "all",
];

impl Ctx<'_> {
    /// A source phrase of adverbs, prepositions, verbs and particles only by the tags
    /// ("Outside", "Having", "quietly agree") is no speaker: the parse's subject of the cue
    /// verb (or, for a participle cue, of the verb it hangs on) takes its place when it
    /// has one; otherwise the phrase is kept (a mistagged noun: "Aides", "Others").
    /// Only a cue the parse reads as a verb gets a new speaker, and never a passive one
    /// ("being called a hero": the person named is not the speaker), a relative word
    /// ("which", "that") or a subject inside another clause's adverbial or relative
    /// clause ("Before the vote ended, the clerk asked": not "the vote").
    fn nounless_source(&self, c: &mut Candidate) {
        let (Some((s0, s1)), Some((c0, c1))) = (c.source, c.cue) else {
            return;
        };
        if self.reach.is_empty() || c1 <= c0 {
            return;
        }
        let nominal = |t: usize| {
            matches!(
                self.doc.tokens[t].upos.as_str(),
                "NOUN" | "PROPN" | "PRON" | "NUM" | "X" | ""
            )
        };
        // Determiners and adjectives can head a source ("many", "a third", "some", a
        // name tagged as an adjective): only adverbs, prepositions, verbs and particles
        // make a phrase nounless.
        let function = |t: usize| {
            matches!(
                self.doc.tokens[t].upos.as_str(),
                "ADV" | "ADP" | "VERB" | "AUX" | "CCONJ" | "SCONJ" | "PART" | "PUNCT" | "INTJ"
            )
        };
        if !(s0..s1).all(function) {
            return;
        }
        let Some(v) = (c0..c1).find(|&t| self.doc.head(t).is_none_or(|h| h < c0 || h >= c1)) else {
            return;
        };
        // A cue the parse does not read as a verb ("kept the detailed
        // costs private") gets no speaker from it.
        if !self.verb_tag(v)
            || self.doc.tokens[v].deprel.is("amod")
            || self.passive(v)
            || self.subjectless_cue(v)
        {
            return;
        }
        let lo = self.doc.sentences[self.sent_of[c0] as usize].tokens.start as usize;
        let found = self
            .cue_subject(v, lo)
            .filter(|&(a, b)| b <= c0 && (a..b).any(nominal) && (a, b) != (s0, s1))
            .filter(|&(a, b)| {
                !(b <= a + 2
                    && (a..b).any(|t| {
                        is_in(self.word(t), RELATIVE_WORDS) && !self.doc.tokens[t].upos.is("DET")
                    }))
            });
        if let Some(np) = found {
            c.source = Some(np);
            return;
        }
        // No subject from the parse: a participle opening the sentence (with its
        // auxiliary or particle: "Having announced that ..., Judge Ann Vale proceeded",
        // "Rattling off promises ..., Vale promised") speaks for the main clause's
        // subject after its comma; a fronted adverb or preposition opening it ("Hastily",
        // "Shortly after ...", "Throughout") names no one. Never a word of an actor's
        // mention, nor "Others" (a mistagged pronoun).
        let own = |t: usize| !self.mentioned(t) && self.kind(t) == Kind::Word;
        if self.sentence_start(s0) != s0 || !(s0..s1).all(own) {
            return;
        }
        let end = self.sentence_end(s0);
        if self.opening_participle(s0) && c1 < end {
            c.source = self.fronted_clause_subject(s0, (c1, end), end);
        } else if (s0..s1).all(|t| {
            matches!(
                self.doc.tokens[t].upos.as_str(),
                "ADV" | "ADP" | "SCONJ" | "CCONJ" | "INTJ" | "PART"
            ) && !is_in(self.word(t), FRONTED_PRONOUNS)
        }) {
            c.source = None;
        }
    }

    /// Whether the cue verb `v` has no subject a phrase elsewhere could give it: a bare
    /// past participle with no "have" ("data now considered a must", "the deal,
    /// announced Friday"), a verb right before the noun it modifies ("alleged
    /// kickbacks"), a gerund after "like"/"without" or hung on a noun ("a remark
    /// describing"), or a verb whose subject is a clause ("doing so would have
    /// undermined").
    fn subjectless_cue(&self, v: usize) -> bool {
        let Some(tok) = self.doc.tokens.get(v) else {
            return true;
        };
        let tag = tok.xpos.as_str();
        let dep = |rel: &str| {
            self.doc
                .dependents(v)
                .any(|d| self.doc.tokens[d].deprel.base() == rel)
        };
        let has_aux = self.doc.dependents(v).any(|d| {
            self.doc.tokens[d].deprel.base() == "aux"
                && self.doc.lemma(d).eq_ignore_ascii_case("have")
        });
        let modifies_next = self.doc.head(v).is_some_and(|h| {
            h > v
                && h <= v + 3
                && self
                    .doc
                    .tokens
                    .get(h)
                    .is_some_and(|t| matches!(t.upos.as_str(), "NOUN" | "PROPN"))
                && (v + 1..h).all(|t| {
                    self.doc.tokens.get(t).is_some_and(|t| {
                        matches!(t.upos.as_str(), "NOUN" | "PROPN" | "ADJ" | "PUNCT")
                    })
                })
        });
        (tag == "VBN" && !has_aux && !dep("nsubj"))
            || (matches!(tag, "VBN" | "VBD") && modifies_next && !dep("nsubj"))
            || (tag == "VBG"
                && (tok.deprel.base() == "acl"
                    && !dep("mark")
                    && !dep("case")
                    && self
                        .doc
                        .head(v)
                        .and_then(|h| self.doc.tokens.get(h))
                        .is_some_and(|t| t.upos.is("NOUN"))
                    || self.doc.dependents(v).any(|d| {
                        d < v
                            && matches!(self.doc.tokens[d].deprel.base(), "mark" | "case")
                            && self.word(d).eq_ignore_ascii_case("like")
                    })))
            || !dep("nsubj")
                && self.doc.dependents(v).any(|d| {
                    self.doc.tokens[d].deprel.base() == "csubj"
                        && self.reach.get(d).is_some_and(|&(r0, _)| r0 as usize == d)
                })
    }

    /// The parse's subject of the cue verb `v` (within `lo..`): its own; for a participle,
    /// that of the clause it closes; for a conjunct, that of the first verb of its
    /// coordination, unless that verb heads a clause inside another or opens with a
    /// subordinator ("the story the mayor told and then retold": not "the mayor"). Never a subject inside an adverbial or relative clause that
    /// does not hold `v`.
    fn cue_subject(&self, v: usize, lo: usize) -> Option<Tokens> {
        let participle = matches!(self.doc.tokens[v].xpos.as_str(), "VBG" | "VBN");
        // The first verb of the coordination: the parse may hang a conjunct on the one
        // before it ("dropped the draft the board had written and then rewrote it").
        let mut first = None;
        let mut x = v;
        for _ in 0..8 {
            match self.doc.head(x) {
                Some(h)
                    if self.doc.tokens[x].deprel.base() == "conj" && h < self.doc.tokens.len() =>
                {
                    first = Some(h);
                    x = h;
                }
                _ => break,
            }
        }
        // Not a verb heading a clause inside another, nor one opened by a subordinator
        // ("Before the bus left, the driver ... asked": not "the bus").
        let first = first.filter(|&h| {
            !matches!(
                self.doc.tokens[h].deprel.as_str(),
                "acl:relcl" | "advcl" | "acl" | "ccomp" | "xcomp"
            ) && !self
                .doc
                .dependents(h)
                .any(|d| self.doc.tokens[d].deprel.is("mark"))
        });
        self.syntax_subject(v, lo)
            .or_else(|| participle.then(|| self.participle_subject(v, lo)).flatten())
            .or_else(|| first.and_then(|h| self.syntax_subject(h, lo)))
            .filter(|&np| !self.in_side_clause(np, v))
    }

    /// Whether the verb at `v` is passive in the parse: a passive subject or auxiliary,
    /// or a past participle with a form of "be" ("being described", "is considered") or
    /// modifying a noun ("the plan, unveiled Monday").
    fn passive(&self, v: usize) -> bool {
        let be = |j: usize| {
            self.doc.tokens[j].deprel.base() == "aux"
                && self.doc.lemma(j).eq_ignore_ascii_case("be")
        };
        self.doc.dependents(v).any(|j| {
            matches!(
                self.doc.tokens[j].deprel.as_str(),
                "aux:pass" | "nsubj:pass" | "csubj:pass"
            )
        }) || (self.doc.tokens[v].xpos.is("VBN")
            && (self.doc.dependents(v).any(be) || self.doc.tokens[v].deprel.base() == "acl"))
    }

    /// Whether the phrase `np` lies inside an adverbial or relative clause that does not
    /// hold the verb `v` ("Before the vote ended, the clerk asked": "the vote").
    fn in_side_clause(&self, (a, b): Tokens, v: usize) -> bool {
        let lo = self.sentence_start(v);
        (lo..self.sentence_end(v)).any(|x| {
            self.doc
                .tokens
                .get(x)
                .is_some_and(|t| matches!(t.deprel.as_str(), "advcl" | "acl:relcl"))
                && self.reach.get(x).is_some_and(|&(r0, r1)| {
                    let (r0, r1) = (r0 as usize, r1 as usize);
                    r0 <= a && b <= r1 + 1 && !(r0..=r1).contains(&v)
                })
        })
    }
}

impl Ctx<'_> {
    /// A reported content whose cue heads an adverbial clause of a verb after it ends
    /// with that clause, at the last comma before that verb: in "While the clerk read
    /// out where the ballots were kept and counted, the hall grew quiet" the words after
    /// the comma are the writer's.
    fn end_with_adverbial(&self, c: &mut Candidate) {
        let (Some((c0, c1)), (a, b)) = (c.cue, c.content) else {
            return;
        };
        if c.kind == QuoteKind::Direct || self.reach.is_empty() || c1 <= c0 || a < c1 {
            return;
        }
        let Some(v) = (c0..c1).find(|&t| self.doc.head(t).is_none_or(|h| h < c0 || h >= c1)) else {
            return;
        };
        // The clause opens with its subordinator ("As", "While") before the cue and
        // hangs on a verb inside the content; the last comma before that verb closes it.
        let opened = self
            .doc
            .dependents(v)
            .any(|d| d < c0 && self.doc.tokens[d].deprel.is("mark"));
        let Some(h) = self.doc.head(v).filter(|&h| h > c1 && h < b) else {
            return;
        };
        if !self.doc.tokens[v].deprel.is("advcl") || !opened {
            return;
        }
        let Some(mut end) = (a + 1..h)
            .rev()
            .find(|&t| self.kind(t) == Kind::Comma && !self.in_fragment[t])
        else {
            return;
        };
        while end > a && matches!(self.kind(end - 1), Kind::Comma | Kind::Dash) {
            end -= 1;
        }
        if end > a && end < b {
            c.content.1 = end;
        }
    }
}

impl Ctx<'_> {
    /// Whether `c` is a "seem"/"appear" hedge whose infinitive is itself a cue of another
    /// quote ("appeared to criticize the plan"): the inner cue reports the content.
    fn hedge_over_cue(&self, c: &Candidate, cues: &[usize]) -> bool {
        let (Some((c0, _)), (a, b)) = (c.cue, c.content) else {
            return false;
        };
        if !is_in(self.doc.lemma(c0), &["seem", "appear"]) {
            return false;
        }
        let mut v = a;
        if v < b && self.word(v).eq_ignore_ascii_case("to") {
            v += 1;
        }
        while v < b && self.doc.tokens[v].upos.is("ADV") {
            v += 1;
        }
        v < b && cues.contains(&v)
    }
}

/// Who holds the attitude of an adjective cue (`Ctx::holder`).
enum Holder {
    /// A subject or a modified noun phrase.
    Phrase(Tokens),
    /// The parse names nobody.
    Nobody,
    /// The adjective describes the object of "leave", "make", "keep": no attitude.
    Object,
}

/// Verbs whose object an adjective describes ("leave him open to scrutiny", "made them
/// wary of"): the object holds no attitude of its own there.
/// Verbs and adjectives an infinitive cue may complete and still tell of something done
/// ("went on to endorse", "continued to criticize", "appeared to dismiss", "was proud to
/// announce"); every other word it completes leaves it unrealised or someone else's
/// ("refused to", "failed to", "asked him to", "has yet to", "ready to").
const REALISED_HEADS: &[&str] = &[
    "continue",
    "begin",
    "start",
    "go",
    "proceed",
    "resume",
    "appear",
    "seem",
    "proud",
    "pleased",
    "happy",
    "honored",
    "honoured",
    "delighted",
    "thrilled",
    "glad",
    "excited",
];

/// Verbs whose object does what an infinitive after them says ("lobbying Clinton to
/// embrace", "asked the candidates to discuss"): the object, not the subject, is the
/// infinitive's controller, and the act is only asked for.
const OTHERS_ACT_VERBS: &[&str] = &[
    "ask",
    "urge",
    "lobby",
    "press",
    "push",
    "pressure",
    "encourage",
    "invite",
    "challenge",
    "persuade",
    "force",
    "tell",
    "get",
    "want",
    "need",
    "allow",
    "permit",
    "require",
    "expect",
    "lead",
    "prompt",
    "dare",
    "beg",
    "implore",
    "order",
    "direct",
    "instruct",
];

/// Words under which an infinitive cue tells of something not done: refusal, failure,
/// ability, permission, difficulty, chance or cause ("declined to threaten", "unable to
/// discuss", "not authorized to reveal", "too early to discuss", "reasons to question").
const UNREALISED_HEADS: &[&str] = &[
    "refuse",
    "decline",
    "fail",
    "hesitate",
    "forget",
    "neglect",
    "able",
    "unable",
    "ready",
    "willing",
    "unwilling",
    "free",
    "authorize",
    "allow",
    "permit",
    "tough",
    "hard",
    "difficult",
    "easy",
    "early",
    "late",
    "reason",
    "chance",
    "opportunity",
    "right",
    "power",
    "freedom",
    "time",
    "need",
    "pressure",
    "effort",
    "attempt",
    "bid",
    "plan",
    "way",
    "temptation",
    "urge",
    "wait",
    "struggle",
    "try",
    "seek",
    "hope",
    "aim",
    "want",
    "wish",
];

/// Negations a head may carry in the parse.
const NEGATIONS: &[&str] = &[
    "not", "n't", "never", "no", "yet", "hardly", "barely", "nobody",
];

const OBJECT_PREDICATE_VERBS: &[&str] = &["leave", "make", "keep", "find", "render", "get"];

impl Ctx<'_> {
    /// The holder of an adjective cue ("confident that", "wary of", "concerned about") is
    /// the adjective's own subject in the parse: its `nsubj` ("the donors remain
    /// confident": the subject of the verb it completes), or the noun it modifies
    /// ("Republicans, concerned about ..."). With none, the quote has no source rather
    /// than the nearest name before the cue, which may sit in another clause ("Even
    /// people whose dealings with X were short are wary of ..." is not X). An adjective
    /// completing the object of "leave", "make", "keep" ("will leave him open to
    /// scrutiny") reports nothing: the candidate is dropped (`false`). Other cues, direct
    /// quotes and unparsed text are untouched.
    fn adjective_holder(&self, c: &mut Candidate) -> bool {
        let Some((c0, c1)) = c.cue else {
            return true;
        };
        if self.reach.is_empty() || c.kind == QuoteKind::Direct || c1 < c0 + 2 {
            return true;
        }
        let tok = &self.doc.tokens[c0];
        let adjective = tok.upos.is("ADJ")
            || (tok.xpos.as_str() == "VBN"
                && self
                    .doc
                    .dependents(c0)
                    .any(|d| self.doc.tokens[d].deprel.is("cop")));
        if !adjective {
            return true;
        }
        let words: Vec<String> = (c0..c1).map(|t| self.doc.word(t).to_lowercase()).collect();
        if !self.lex.is_phrase(&words) {
            return true;
        }
        let start = self.sentence_start(c0);
        c.source = match self.holder(c0, start) {
            Holder::Phrase(tokens) => Some(tokens),
            // Against a misparse, the phrase the surface reader found stays when it is a
            // noun phrase right before the adjective, with only a copula, auxiliaries and
            // adverbs between ("the couple worried that", "other Republicans were also not
            // satisfied with"), never a word like "being" or one from another clause.
            Holder::Nobody => c.source.filter(|&(a, b)| {
                b > a
                    && b <= c0
                    && matches!(
                        self.doc.tokens[b - 1].upos.as_str(),
                        "NOUN" | "PROPN" | "PRON"
                    )
                    && (b..c0)
                        .all(|t| matches!(self.doc.tokens[t].upos.as_str(), "AUX" | "ADV" | "PART"))
            }),
            Holder::Object => return false,
        };
        true
    }

    /// The holder of the adjective (or participle) at `j` in the parse, climbing at most
    /// four coordinations and complements: its `nsubj`; for a complement ("remain
    /// confident"), the subject of the verb it completes; for a conjunct ("was undecided
    /// and uncomfortable with"), the first conjunct's holder; for a modifier of a noun
    /// before it, or a conjunct of one ("Republicans, concerned about"), that noun.
    fn holder(&self, mut j: usize, start: usize) -> Holder {
        for _ in 0..4 {
            if self
                .doc
                .dependents(j)
                .any(|d| self.doc.tokens[d].deprel.base() == "nsubj")
            {
                return self
                    .syntax_subject(j, start)
                    .map_or(Holder::Nobody, Holder::Phrase);
            }
            let Some(h) = self.doc.head(j).filter(|&h| h >= start) else {
                return Holder::Nobody;
            };
            let noun = matches!(self.doc.tokens[h].upos.as_str(), "NOUN" | "PROPN");
            match self.doc.tokens[j].deprel.base() {
                "xcomp" if is_in(self.doc.lemma(h), OBJECT_PREDICATE_VERBS) => {
                    return Holder::Object
                }
                "amod" | "acl" | "conj" if noun && h < j => {
                    // The noun and the words right before it that hang on it ("the
                    // party's older donors, wary of ...": "older donors").
                    let mut a = h;
                    while a > start
                        && self.doc.head(a - 1) == Some(h)
                        && matches!(
                            self.doc.tokens[a - 1].deprel.base(),
                            "compound" | "flat" | "amod" | "det"
                        )
                    {
                        a -= 1;
                    }
                    return Holder::Phrase((a, h + 1));
                }
                "xcomp" | "conj" => j = h,
                _ => return Holder::Nobody,
            }
        }
        Holder::Nobody
    }
}

/// A reported content whose cue lies inside another content ends where that content
/// ends ("Cruz, who says Trump is attacking him because X, said Y": what "attacking"
/// reports stops at the end of what "says" reports, so "said Y" is no part of it and
/// reports on its own). Not when the inner content also holds the outer cue (the two
/// report each other: `records` keeps the longer as the outer one).
fn clip_nested(cands: &mut [Candidate]) {
    for q in 0..cands.len() {
        let c = cands[q];
        let Some((c0, c1)) = c.cue.filter(|_| c.reported) else {
            continue;
        };
        let outer = cands
            .iter()
            .enumerate()
            .filter(|&(p, o)| {
                p != q
                    && o.content.0 <= c0
                    && c1 <= o.content.1
                    && c.content.0 < o.content.1
                    && o.content.1 < c.content.1
                    && !o
                        .cue
                        .is_some_and(|(o0, o1)| c.content.0 <= o0 && o1 <= c.content.1)
            })
            .min_by_key(|(_, o)| o.content.1 - o.content.0)
            .map(|(_, o)| o.content.1);
        if let Some(end) = outer {
            cands[q].content.1 = end;
        }
    }
}

/// First and last token (inclusive) of every token's subtree, from the parse's heads;
/// empty when the document has no parse. Each token, in text order, widens the reach of
/// its ancestors (at most 64 levels up, so a damaged tree with a cycle cannot loop) and
/// stops at the first one that already reaches over it: that one's ancestors reach over
/// tokens on both sides of it once every token is done.
fn subtree_reach(doc: &Document) -> Vec<(u32, u32)> {
    let n = doc.tokens.len();
    if doc.tokens.iter().all(|t| t.deprel.as_str().is_empty()) {
        return Vec::new();
    }
    let mut reach: Vec<(u32, u32)> = (0..n as u32).map(|t| (t, t)).collect();
    for t in 0..n {
        let at = t as u32;
        let mut h = t;
        for _ in 0..64 {
            match doc.tokens[h].head as usize {
                up if up < n && up != h => {
                    let r = &mut reach[up];
                    if r.0 <= at && at <= r.1 {
                        break;
                    }
                    r.0 = r.0.min(at);
                    r.1 = r.1.max(at);
                    h = up;
                }
                _ => break,
            }
        }
    }
    reach
}

/// "Trump is expected to win", "The deal seemed likely": a raised subject's content is
/// the subject and what follows the cue, without the cue between them (as PolNeAR
/// annotates it: one attribution, its content split around the cue). `c` keeps the
/// stretch after the cue; the subject is returned, with the same cue and source.
fn split_raised_subject(c: &mut Candidate) -> Option<Candidate> {
    let (a, b) = c.content;
    let (c0, c1) = c.cue?;
    if !(a < c0 && c1 < b) {
        return None;
    }
    c.content = (c1, b);
    Some(Candidate {
        content: (a, c0),
        ..*c
    })
}

/// Lower-cases an ASCII word into `buf`; `None` for long or non-ASCII words.
fn lower<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// Whether most longer words of `range` are capitalized (a headline such as "Trump Says
/// He Will Win"), so that a capitalized cue there is a verb, not a name.
fn is_title_case(doc: &Document, range: std::ops::Range<usize>) -> bool {
    let (mut long, mut upper) = (0usize, 0usize);
    for t in range {
        let w = doc.word(t);
        if w.len() > 3 && w.chars().all(char::is_alphabetic) {
            long += 1;
            upper += usize::from(w.chars().next().is_some_and(char::is_uppercase));
        }
    }
    long >= 3 && upper * 10 >= long * 8
}

/// Titles and initials written with a period.
fn is_abbreviation(word: &str) -> bool {
    const TITLES: &[&str] = &[
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm",
        "prof", "rev", "jr", "sr", "st", "pres", "amb", "maj", "cmdr", "atty", "supt",
    ];
    let single_initial = word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase());
    single_initial || is_in(word, TITLES)
}

fn is_in(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether a Penn tag is a finite verb's or a modal's (VBD, VBZ, VBP, MD).
fn finite(tag: &str) -> bool {
    matches!(tag, "VBD" | "VBZ" | "VBP" | "MD")
}

impl Ctx<'_> {
    fn word(&self, i: usize) -> &str {
        self.doc.word(i)
    }

    fn kind(&self, i: usize) -> Kind {
        self.kinds.get(i).copied().unwrap_or(Kind::Other)
    }

    fn capitalized(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    fn sentence_start(&self, i: usize) -> usize {
        self.doc
            .sentences
            .get(self.sent_of[i] as usize)
            .map_or(i, |s| s.tokens.start as usize)
    }

    fn sentence_end(&self, i: usize) -> usize {
        self.doc
            .sentences
            .get(self.sent_of[i] as usize)
            .map_or(i + 1, |s| s.tokens.end as usize)
    }

    /// The block (paragraph) of token `i`.
    fn block_of(&self, i: usize) -> u32 {
        self.doc
            .sentences
            .get(self.sent_of[i] as usize)
            .map_or(0, |s| s.block)
    }

    /// The cue starting at token `i`, if any (lower-case forms only, except at the start
    /// of a sentence or for phrases).
    fn cue_at(&self, i: usize) -> Option<Cue> {
        if self.kind(i) != Kind::Word || self.used[i] {
            return None;
        }
        let mut buf = [0u8; 32];
        let w = lower(self.word(i), &mut buf)?;
        // (one lookup of the lower-case word answers both tests below)
        let lists = self.lex.lists_of(w);
        if !lists.may_start_cue() {
            // A form that is mostly a noun ("support", "plan") is a cue only where the
            // tagger reads it as a verb (`data/verb_cues.tsv`), and not one the parse
            // joins to an adjective ("technical and support personnel": a noun's modifier).
            let joined_to_adjective = self.doc.tokens[i].deprel.is("conj")
                && self
                    .doc
                    .head(i)
                    .is_some_and(|h| self.doc.tokens[h].upos.is("ADJ"));
            let verb = self.doc.tokens[i].upos.as_str() == "VERB"
                && !self.capitalized(i)
                && !joined_to_adjective;
            // A verb of characterization (`data/as_cues.txt`) only with its "as" phrase.
            if verb && lists.has(WordList::AsCues) {
                return self
                    .as_phrase_after(i)
                    .then(|| self.lex.verb_form(w))
                    .flatten();
            }
            return verb.then(|| self.lex.verb_form(w)).flatten();
        }
        let cue = self.lex.match_at(w, |k| {
            let j = i + k;
            (j < self.kinds.len() && self.sent_of[j] == self.sent_of[i]).then(|| self.word(j))
        })?;
        if self.capitalized(i)
            && cue.len == 1
            && self.sentence_start(i) != i
            && !self.title_case[self.sent_of[i] as usize]
        {
            return None;
        }
        // A verb form the parse reads as a noun ("the reality TV show", "her claims",
        // "a written reply": a participle modifying it counts as an adjective) is no cue.
        if self.doc.tokens[i].upos.as_str() == "NOUN"
            && i > 0
            && (matches!(
                self.doc.tokens[i - 1].upos.as_str(),
                "DET" | "ADJ" | "NOUN" | "PROPN"
            ) || self.doc.tokens[i - 1].deprel.is("amod"))
            && self.doc.head(i - 1) == Some(i)
            && !self.verb_read_as_plural_noun(i)
            && !self.share_verb_read_as_noun(i)
        {
            return None;
        }
        // A counted word is a noun, not a verb: "rose 2 points to 41 percent" is a score.
        if i > 0 && self.counted(i) {
            return None;
        }
        Some(cue)
    }

    /// Whether a cue form in -s the tagger reads as a plural noun after a singular noun
    /// is the verb of that noun's clause: "The leadership fears the closures could
    /// spread", "The committee worries that the plan will fail". The noun before is
    /// singular and opens its phrase (a determiner, possessive or the sentence start
    /// before it), and "that" follows, or a subject whose finite verb or modal comes
    /// before the next punctuation. "the party claims process", "the agency reports show"
    /// (a verb right after) stay nouns.
    fn verb_read_as_plural_noun(&self, i: usize) -> bool {
        let tok = &self.doc.tokens[i];
        if !tok.xpos.is("NNS") || !self.word(i).ends_with('s') || i == 0 {
            return false;
        }
        let subject = i - 1;
        if !matches!(self.doc.tokens[subject].xpos.as_str(), "NN" | "NNP") {
            return false;
        }
        let opener = subject == self.sentence_start(subject)
            || matches!(self.kind(subject - 1), Kind::Comma | Kind::End)
            || self.doc.tokens.get(subject - 1).is_some_and(|t| {
                matches!(t.xpos.as_str(), "DT" | "PRP$" | "POS")
                    || (t.xpos.is("NNP") && t.upos.is("PROPN"))
            });
        if !opener {
            return false;
        }
        let n = self.doc.tokens.len();
        if i + 1 >= n || self.kind(i + 1) != Kind::Word {
            return false;
        }
        if self.word(i + 1).eq_ignore_ascii_case("that") {
            return true;
        }
        if !matches!(
            self.doc.tokens[i + 1].upos.as_str(),
            "DET" | "PRON" | "PROPN" | "NOUN" | "ADJ" | "NUM"
        ) {
            return false;
        }
        (i + 2..n.min(i + 10))
            .take_while(|&t| self.kind(t) == Kind::Word)
            .any(|t| {
                matches!(
                    self.doc.tokens[t].xpos.as_str(),
                    "MD" | "VBD" | "VBZ" | "VBP"
                )
            })
    }

    /// Whether a cue's base form the tagger reads as a noun after a share or a group of
    /// people ("Nearly a third say they don't care", "Forty percent of those surveyed
    /// say they would") is the plural verb: a share word, number, plural noun or
    /// participle before it, and a subject pronoun after it whose finite verb or modal
    /// comes next (an adverb between). "little hope they will win" (an adjective of
    /// amount) and "the claims they made" (a determiner) stay nouns.
    fn share_verb_read_as_noun(&self, i: usize) -> bool {
        let n = self.doc.tokens.len();
        if i == 0 || i + 2 >= n || !self.doc.lemma(i).eq_ignore_ascii_case(self.word(i)) {
            return false;
        }
        let before = &self.doc.tokens[i - 1];
        let share = matches!(before.xpos.as_str(), "CD" | "NNS" | "VBN")
            || self.word(i - 1) == "%"
            || is_in(self.word(i - 1), SHARE_WORDS);
        if !share || !is_in(self.word(i + 1), SUBJECT_PRONOUNS) {
            return false;
        }
        let mut v = i + 2;
        if self.doc.tokens[v].xpos.is("RB") && v + 1 < n {
            v += 1;
        }
        self.kind(v) == Kind::Word
            && matches!(
                self.doc.tokens[v].xpos.as_str(),
                "MD" | "VBD" | "VBZ" | "VBP"
            )
    }

    /// Whether the figure right before `i` counts it: written in digits and, in the
    /// parse, a numeral modifying it ("2 points", "a 1981 claim", "911 calls"); without
    /// a parse, "point(s)". A number word is left alone: "the two write" is often
    /// misparsed as a counted noun.
    fn counted(&self, i: usize) -> bool {
        let n = i - 1;
        if self.kind(n) != Kind::Word || !self.word(n).starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        if self.tagged(i) {
            return self.doc.tokens[n].deprel.is("nummod") && self.doc.head(n) == Some(i);
        }
        is_in(self.word(i), &["point", "points"])
    }

    /// Whether token `i` is the first half of a contraction with "not" ("wo" of "won't",
    /// "ca" of "can't"): the token right after it is "n't", written with no space between.
    fn before_glued_not(&self, i: usize) -> bool {
        let n = i + 1;
        n < self.doc.tokens.len()
            && is_in(self.word(n), &["n't", "n\u{2019}t"])
            && self.doc.tokens[i].span.end == self.doc.tokens[n].span.start
    }

    /// Skips auxiliaries and adverbs leftwards from `i` (exclusive) down to `lo`; returns
    /// the index one past the subject's last token and whether a form of "be" was passed.
    fn skip_aux_left(&self, i: usize, lo: usize) -> (usize, bool) {
        let mut k = i;
        let mut passive = false;
        let mut floated = false;
        while k > lo {
            let w = self.word(k - 1);
            let adverb = w.len() > 3 && w.ends_with("ly") && !self.capitalized(k - 1);
            // A floating quantifier after its subject ("the senators have both urged",
            // "they all said"); a capitalised one opens the clause and is the subject.
            let floating =
                is_in(w, &["both", "all", "each"]) && !self.capitalized(k - 1) && k - 1 > lo;
            if self.kind(k - 1) == Kind::Word
                && (is_in(w, AUX_ADVERBS) || adverb || floating || self.before_glued_not(k - 1))
            {
                passive |= is_in(w, BE_FORMS);
                floated |= floating;
                k -= 1;
            } else if self.kind(k - 1) == Kind::Word && is_in(w, WEEKDAYS) {
                // "Clinton on Tuesday called ...": a day between subject and verb.
                k -= 1;
                if k > lo && self.word(k - 1).eq_ignore_ascii_case("on") {
                    k -= 1;
                }
            } else {
                break;
            }
        }
        // "were both attacked by ...": a passive keeps its quantifier as it was read
        // before (no reading of the agent through it).
        if floated && passive {
            return (i, false);
        }
        (k, passive)
    }

    /// The noun phrase ending just before `end`, not reaching before `lo`: names,
    /// descriptions ("an aide in the visiting trade mission"), pronouns,
    /// possessives, coordinated names ("Lavrov and Blinken"), and one appositive or
    /// relative clause between commas ("Smith, a spokesman for X,").
    fn left_np(&self, end: usize, lo: usize) -> Option<(usize, usize)> {
        // A subject pronoun right before the verb is the whole subject ("which
        // alliances they want").
        if end > lo
            && self.kind(end - 1) == Kind::Word
            && is_in(self.word(end - 1), SUBJECT_PRONOUNS)
        {
            return Some((end - 1, end));
        }
        let start = self.np_back(end, lo);
        // The head is the word before a trailing bracket ("Rubio (R-Fla.)").
        let head = if end > lo && self.kind(end - 1) == Kind::CloseBracket {
            (start..end - 1)
                .rev()
                .find(|&o| self.kind(o) == Kind::OpenBracket)
                .and_then(|o| o.checked_sub(1))
                .unwrap_or(end - 1)
        } else {
            end.saturating_sub(1)
        };
        if start < end && !self.head_ok(head) {
            return None;
        }
        if start == end {
            // "Smith, a spokesman for the ministry, said": the phrase before the commas.
            if end > lo + 1 && self.kind(end - 1) == Kind::Comma {
                let inner = self.np_back_loose(end - 1, lo);
                if inner < end - 1 && inner > lo && self.kind(inner - 1) == Kind::Comma {
                    let head = self.np_back(inner - 1, lo);
                    if head < inner - 1 {
                        // "Blinken, in turn, said": an adverbial, not an appositive.
                        let adverbial = !self.capitalized(inner)
                            && !is_in(self.word(inner), DETERMINERS)
                            && !is_in(self.word(inner), &["who", "whose", "which"]);
                        return Some((head, if adverbial { inner - 1 } else { end - 1 }));
                    }
                }
                // "Varga, whose first campaign the party paid for because ..., said": a
                // relative clause too long for the phrase reading, between the clause's
                // opening name and the cue.
                if let Some(np) = self.long_relative_subject(end - 1, lo) {
                    return Some(np);
                }
            }
            // "Jason Sims - a teacher from Dover - says": the same between spaced dashes.
            if end > lo + 1 && self.spaced_dash(end - 1) {
                let inner = (lo..end - 1)
                    .rev()
                    .take_while(|&t| {
                        matches!(self.kind(t), Kind::Word | Kind::Single | Kind::Comma)
                            || (self.kind(t) == Kind::Dash && !self.spaced(t))
                    })
                    .last()
                    .unwrap_or(end - 1);
                if inner < end - 1 && inner > lo + 1 && self.spaced_dash(inner - 1) {
                    let head = self.np_back(inner - 1, lo);
                    if head < inner - 1 {
                        return Some((head, end - 1));
                    }
                }
            }
            return None;
        }
        Some((start, end))
    }

    /// "Ana Ruiz, 58, who farms near Tulsa, says": the phrase read leftwards from the cue
    /// at `i` (its words end at `after`) is an aside set off by a comma after the cue's
    /// subject. The parse's subject of the cue, a name before that comma whose phrase
    /// holds the aside, is the source: from the subject to the end of the aside, so the
    /// speaker is the subject's actor, not a name, place or number of the aside. When
    /// the parse gives the cue no subject (it often hangs the cue on the verb of the
    /// aside's relative clause), a name opening the clause before an aside that starts
    /// with an age, "of"/"from" or a participle is.
    fn subject_around_aside(
        &self,
        (a, b): Tokens,
        i: usize,
        after: usize,
        lo: usize,
    ) -> Option<Tokens> {
        // The cue's content follows it: a tag between commas ("The problem, she said,
        // is ...") splits its content around it, and the parse's subject there is the
        // content's.
        // The comma opening the aside: right before the phrase, or before a preposition
        // that opens it ("Ruiz, during a rally in Akron, Ohio, said").
        let open = if a > lo + 1 && self.kind(a - 1) == Kind::Comma {
            a - 1
        } else if a > lo + 2
            && self.doc.tokens[a - 1].upos.is("ADP")
            && self.kind(a - 2) == Kind::Comma
        {
            a - 2
        } else {
            return None;
        };
        if self.kind(after) != Kind::Word {
            return None;
        }
        // The stretch before the aside no adjunct ("This weekend, Ruiz said" misparsed
        // with "weekend" as subject).
        if matches!(self.doc.tokens[lo].upos.as_str(), "ADP" | "SCONJ" | "ADV")
            || (lo..open).any(|t| self.in_time(t))
        {
            return None;
        }
        let subj = self
            .doc
            .dependents(i)
            .find(|&j| self.doc.tokens[j].deprel.base() == "nsubj");
        let Some(subj) = subj else {
            return (open + 1 == a)
                .then(|| self.name_before_aside((a, b), lo))
                .flatten();
        };
        if subj >= open || self.doc.tokens[subj].upos.as_str() != "PROPN" || !self.mentioned(subj) {
            return None;
        }
        let (s0, s1) = self.syntax_subject(i, lo)?;
        // The subject opens its clause ("After meeting Ruiz, the governor said" with a
        // misparse stays as read).
        if s0 != lo || s0 >= open {
            return None;
        }
        // An aside the parse leaves out of the subject ("Ruiz, at a rally in Akron,
        // said") is an adjunct of the cue: the subject alone.
        if s1 < b {
            return (s1 == open).then_some((s0, s1));
        }
        Some((s0, b))
    }

    /// The name opening the clause at `lo` and ending at the comma before the aside
    /// `a..b`, when the aside opens with an age ("58, who ..."), "of" or "from" (a home
    /// town) or a participle ("facing ..."); the name and its aside are the source.
    fn name_before_aside(&self, (a, b): Tokens, lo: usize) -> Option<Tokens> {
        let opens = self.word(a).bytes().all(|c| c.is_ascii_digit())
            || is_in(self.word(a), &["of", "from"])
            || self.doc.tokens[a].xpos.as_str() == "VBG";
        let name =
            (lo..a - 1).all(|t| self.doc.tokens[t].upos.as_str() == "PROPN" && self.capitalized(t));
        (opens && name && self.mentioned(lo)).then_some((lo, b))
    }

    /// "In opposing the request, her lawyer, Dan Ortiz, wrote ...": a participle clause
    /// opened by `opener` at the start of its sentence (after at most a short adverb:
    /// "Now, after arguing ...") whose content `c0..c1` holds a comma speaks for the
    /// main clause's subject, the words from its first comma to the next verb: at most 12,
    /// opening with a determiner, a possessive, a pronoun, an adjective or a capital, and no
    /// preposition or quotation mark among them.
    fn fronted_clause_subject(&self, opener: usize, (c0, c1): Tokens, hi: usize) -> Option<Tokens> {
        let start = self.sentence_start(opener);
        if opener - start > 2 || (start..opener).any(|t| self.verb_tag(t)) {
            return None;
        }
        let end = self.participle_clause_comma((c0, c1))?;
        let a = end + 1;
        let v = (a..hi).find(|&t| self.verb_tag(t))?;
        let mut b = v;
        while b > a
            && (self.kind(b - 1) == Kind::Comma || self.doc.tokens[b - 1].upos.as_str() == "ADV")
        {
            b -= 1;
        }
        let first = &self.doc.tokens[a];
        let opens = self.capitalized(a)
            || matches!(first.upos.as_str(), "DET" | "PRON" | "ADJ")
            || first.deprel.base() == "nmod:poss";
        let clean = (a..b).all(|t| {
            matches!(self.kind(t), Kind::Word | Kind::Comma)
                && self.doc.tokens[t].upos.as_str() != "ADP"
        });
        (b > a && b - a <= 12 && opens && clean).then_some((a, b))
    }

    /// The comma that ends an opening participle clause whose content is `c0..c1`: the
    /// first one outside a quoted fragment that opens no relative clause ("After
    /// thanking the crowd, which chanted his name, he ..." passes the first).
    fn participle_clause_comma(&self, (c0, c1): Tokens) -> Option<usize> {
        (c0..c1).find(|&t| {
            self.kind(t) == Kind::Comma
                && !self.in_fragment[t]
                && !is_in(
                    self.word(t + 1),
                    &["which", "who", "whom", "whose", "where"],
                )
        })
    }

    /// "Ruiz made a pitch to the farm lobby saying ...", "spent the week in the north
    /// portraying ...": the phrase before a speech participle is a preposition's object
    /// headed by no actor (not after "with": "with 30 percent saying" is theirs), so
    /// the participle speaks for the subject of the clause's verb before that phrase.
    fn subject_over_prepositional(&self, (a, b): Tokens, lo: usize) -> Option<Tokens> {
        let p = a.checked_sub(1).filter(|&p| p >= lo)?;
        // A phrase headed by an actor ("by a man claiming ...", "to Sanders vowing ...")
        // is the participle's own subject.
        if self.doc.tokens[p].upos.as_str() != "ADP"
            || self.word(p).eq_ignore_ascii_case("with")
            || self.mentioned(b - 1)
        {
            return None;
        }
        self.parsed_subject(lo, p).filter(|s| s.1 <= p)
    }

    /// "a speech which critics say was her best", "rules that officials said will
    /// start in May": the phrase between a relative word and the cue at `i` is a noun
    /// phrase with no verb, right before the cue, so it is the cue's subject and the
    /// relative word the gap in what it reports.
    fn object_relative_subject(&self, (a, b): Tokens, i: usize) -> bool {
        b == i
            && (a..b).all(|t| self.kind(t) == Kind::Word && !self.verb_tag(t))
            && (a..b).any(|t| matches!(self.doc.tokens[t].upos.as_str(), "NOUN" | "PROPN"))
    }

    /// The relative pronoun "who" or "which" after a comma, when only a time expression,
    /// adverbs and auxiliaries stand between it and `end` (the cue's subject end).
    fn relative_before_adjunct(&self, end: usize, lo: usize) -> Option<Tokens> {
        let mut k = end;
        while k > lo
            && self.kind(k - 1) == Kind::Word
            && (self.in_time(k - 1)
                || matches!(self.doc.tokens[k - 1].upos.as_str(), "ADV" | "AUX"))
        {
            k -= 1;
        }
        let skipped = k < end;
        (skipped
            && k > lo + 1
            && is_in(self.word(k - 1), &["who", "which"])
            && self.kind(k - 2) == Kind::Comma)
            .then(|| (k - 1, k))
    }

    /// The noun phrase opening the clause at `lo` when a relative clause ("who ...",
    /// "whose ...", "which ...") runs from the comma after it to the comma at `comma`,
    /// at most 40 tokens, with no cue in it.
    fn long_relative_subject(&self, comma: usize, lo: usize) -> Option<Tokens> {
        let first = (lo..comma).find(|&t| self.kind(t) == Kind::Comma)?;
        if first == comma
            || comma - first > 40
            || !is_in(self.word(first + 1), &["who", "whose", "which"])
            || self.np_back(first, lo) != lo
            || !self.head_ok(first - 1)
            || (first + 1..comma).any(|t| self.cue_at(t).is_some())
        {
            return None;
        }
        Some((lo, first))
    }

    /// Whether token `t` can end a noun phrase (not an adverb or a function word).
    fn head_ok(&self, t: usize) -> bool {
        let w = self.word(t);
        if self.capitalized(t) || self.kind(t) != Kind::Word {
            return self.kind(t) == Kind::Word;
        }
        !(w.ends_with("ly") || is_in(w, NON_HEADS) || is_in(w, DETERMINERS))
    }

    fn np_back(&self, end: usize, lo: usize) -> usize {
        let mut k = end;
        while k > lo && end - k < MAX_SOURCE {
            let t = k - 1;
            match self.kind(t) {
                Kind::Word => {
                    let w = self.word(t);
                    if is_in(w, SOURCE_STOPS) {
                        // "Lavrov and Blinken": join two capitalized words.
                        let joins = w.eq_ignore_ascii_case("and")
                            && t > lo
                            && k < end
                            && (self.capitalized(k) || is_in(self.word(k), DETERMINERS))
                            && (self.capitalized(t - 1) || is_in(self.word(t - 1), PRONOUNS));
                        // "a source close to the campaign", "an aide to the senator": a
                        // "to" phrase after a word of nearness or of a role is the source's.
                        let of_role = t > lo && k < end && self.role_to(t);
                        if !joins && !of_role {
                            break;
                        }
                    }
                    if self.cue_form(t) && k < end && !self.noun_modifier(t, end) {
                        break;
                    }
                }
                // A dash with a space before it closes an aside or a clause ("Aid is
                // late - army chiefs said"); a joining hyphen stays in the phrase.
                Kind::Dash if self.spaced(t) => break,
                Kind::Single | Kind::Dash if k < end && t > lo => {}
                Kind::Other if k < end && t > lo && self.slash_joins(t) => {}
                Kind::CloseBracket => {
                    // "Rep. Ann Vale (D-Vt.) said": skip the bracket.
                    let open = (t.saturating_sub(16).max(lo)..t)
                        .rev()
                        .find(|&o| self.kind(o) == Kind::OpenBracket);
                    match open {
                        Some(o) if o > lo => {
                            k = o;
                            continue;
                        }
                        _ => break,
                    }
                }
                _ => break,
            }
            k = t;
        }
        // A phrase does not start inside a hyphenated word ("over-the-counter stocks":
        // the walk stops at "over", or at a cue's form it now passes inside a title).
        let joining = |t: usize| self.kind(t) == Kind::Dash && !self.spaced(t);
        while k > lo && k < end && joining(k) {
            k -= 1;
            if k > lo && joining(k - 1) {
                k -= 1;
            }
        }
        // A phrase does not start with a lower-case word that is not a determiner,
        // pronoun or adjective-like word before a capitalized one: trim leading verbs
        // such as "met" in "met Lavrov".
        k
    }

    /// Whether token `t` is the "to" of a source's word of nearness or of a role
    /// (`TO_SOURCE_HEADS`: "a source close to the campaign", "an aide to the senator"):
    /// the "to" phrase is the source's.
    fn role_to(&self, t: usize) -> bool {
        t > 0 && self.word(t).eq_ignore_ascii_case("to") && is_in(self.word(t - 1), TO_SOURCE_HEADS)
    }

    /// Whether the parse reads token `t` as a noun or adjective modifying a later word
    /// of the phrase ending at `end` ("former planning director Ann Vale", "the campaign's
    /// polling chief"): a cue word's form inside a title, not a verb ending the phrase.
    fn noun_modifier(&self, t: usize, end: usize) -> bool {
        let tok = &self.doc.tokens[t];
        matches!(tok.upos.as_str(), "NOUN" | "ADJ")
            && matches!(tok.deprel.as_str(), "compound" | "amod")
            && self.doc.head(t).is_some_and(|h| h > t && h < end)
    }

    /// Like `np_back` but lets relative-clause words through ("who also heads ...").
    fn np_back_loose(&self, end: usize, lo: usize) -> usize {
        let mut k = end;
        while k > lo && end - k < 2 * MAX_SOURCE {
            let t = k - 1;
            let mark = self.kind(t) == Kind::Straight || self.kind(t).is_mark();
            if !(matches!(self.kind(t), Kind::Word | Kind::Single | Kind::Dash) || mark) {
                break;
            }
            k = t;
        }
        k
    }

    /// Whether token `t` is a single-word cue form (used as a phrase boundary).
    fn cue_form(&self, t: usize) -> bool {
        !self.capitalized(t) && self.lex.is_form(self.word(t))
    }

    /// The noun phrase starting at `start`, not reaching `hi`: "said Smith, the ...".
    fn right_np(&self, start: usize, hi: usize) -> Option<(usize, usize)> {
        let mut k = start;
        while k < hi && k - start < MAX_SOURCE {
            match self.kind(k) {
                Kind::Word => {
                    let w = self.word(k);
                    if k > start && (is_in(w, SOURCE_STOPS) || is_in(w, TIME_WORDS)) {
                        let joins = w.eq_ignore_ascii_case("and")
                            && self.capitalized(k - 1)
                            && k + 1 < hi
                            && self.capitalized(k + 1);
                        // "said a source close to the campaign".
                        let of_role =
                            k + 1 < hi && self.kind(k + 1) == Kind::Word && self.role_to(k);
                        if !joins && !of_role {
                            break;
                        }
                    }
                    if k == start && is_in(w, SOURCE_STOPS) {
                        return None;
                    }
                }
                // A dash with a space before it closes an aside ("X — according to
                // the ministry — has risen"); a joining hyphen stays in the phrase.
                Kind::Dash if k > start && self.spaced(k) => break,
                Kind::Single | Kind::Dash if k > start => {}
                // "a Reuters/Ipsos poll", "a station/newspaper/college poll".
                Kind::Other if k > start && self.slash_joins(k) => {}
                _ => break,
            }
            k += 1;
        }
        (k > start).then_some((start, k))
    }

    /// Whether whitespace separates token `t` from the token before it.
    fn spaced(&self, t: usize) -> bool {
        t > 0 && self.doc.tokens[t - 1].span.end != self.doc.tokens[t].span.start
    }

    /// Whether token `t` is a dash with whitespace before it (" - ", " — "): a break in
    /// the sentence, not a hyphen joining words.
    fn spaced_dash(&self, t: usize) -> bool {
        self.kind(t) == Kind::Dash && self.spaced(t)
    }

    /// Whether token `t` is a slash between two capitalized words ("Reuters/Ipsos").
    fn slash_joins(&self, t: usize) -> bool {
        t > 0
            && self.word(t) == "/"
            && self.capitalized(t - 1)
            && t + 1 < self.kinds.len()
            && self.capitalized(t + 1)
    }

    /// Length of the addressee after a tell-type cue at `j` ("reporters", "Sputnik",
    /// "the BBC"); none when a modal or a present-tense verb follows the phrase, which is
    /// then the content's subject ("warned the country could lose billions").
    fn addressee(&self, j: usize, hi: usize) -> usize {
        let n = self.addressee_phrase(j, hi);
        let subject = n > 0
            && self.doc.tokens.get(j + n).is_some_and(|t| {
                t.upos.is("AUX") || matches!(t.xpos.as_str(), "MD" | "VBZ" | "VBP")
            });
        if subject {
            0
        } else {
            n
        }
    }

    /// With a parse, the length of the object the cue verb right before `j` takes there,
    /// to the end of its subtree: the whole noun phrase, not its first words ("told a news
    /// briefing in Beijing that", "told USA TODAY's weekly video series it is clear").
    /// None (0) when the parse hangs no object there, or the phrase holds a clause of its
    /// own, a quotation mark or a comma.
    fn parsed_addressee(&self, j: usize, hi: usize) -> usize {
        if self.reach.is_empty() || j >= hi {
            return 0;
        }
        let limit = hi.min(j + MAX_SOURCE);
        let Some(d) = (j..limit).find(|&t| self.doc.head(t).is_none_or(|h| h < j)) else {
            return 0;
        };
        let Some(verb) = self.doc.head(d).filter(|&h| h + 4 >= j && self.verb_tag(h)) else {
            return 0;
        };
        if !matches!(self.doc.tokens[d].deprel.as_str(), "obj" | "iobj") {
            return 0;
        }
        let (first, last) = self.reach[d];
        let end = last as usize + 1;
        // The verb's clausal complement follows the phrase: without one the object is
        // what is said, wanted or criticised ("want safe homes").
        let complement = self.doc.dependents(verb).any(|c| {
            self.doc.tokens[c].deprel.base() == "ccomp" && self.reach[c].0 as usize >= end
        });
        // A verb right after the phrase makes it the content's subject ("warned the
        // country would lose billions"), as in `addressee`.
        let subject = self
            .doc
            .tokens
            .get(end)
            .is_some_and(|t| t.upos.is("AUX") || finite(t.xpos.as_str()));
        if first as usize != j || end > limit || !complement || subject {
            return 0;
        }
        let plain = (j..end).all(|t| {
            self.kind(t) != Kind::Comma
                && !self.kind(t).is_mark()
                && !is_in(self.word(t), &["that", "who", "which", "whom"])
                && !matches!(
                    self.doc.tokens[t].deprel.base(),
                    "acl" | "ccomp" | "advcl" | "mark" | "nsubj"
                )
        });
        if plain {
            end - j
        } else {
            0
        }
    }

    fn addressee_phrase(&self, j: usize, hi: usize) -> usize {
        if j >= hi || self.kind(j) != Kind::Word {
            return 0;
        }
        let w = self.word(j);
        if is_in(w, ADDRESSEES) {
            return 1;
        }
        let mut k = j;
        if is_in(w, DETERMINERS) && !w.eq_ignore_ascii_case("that") {
            k += 1;
        }
        let name_start = k;
        // A possessive inside the name goes on with it ("CNN's Jake Tapper", "ABC's Good
        // Morning America"), not alone at its end.
        let possessive = |t: usize| is_in(self.word(t), &["'s", "\u{2019}s"]);
        while k < hi
            && self.kind(k) == Kind::Word
            && (self.capitalized(k)
                || (k > name_start && possessive(k) && k + 1 < hi && self.capitalized(k + 1)))
            && k - j < 8
        {
            k += 1;
        }
        if k == name_start {
            // "the press": a determiner and one word.
            if name_start > j && k < hi && self.kind(k) == Kind::Word {
                return 2;
            }
            return 0;
        }
        // "told a Senate panel Wednesday", "a House committee": after a determiner, a noun
        // of an audience the name modifies (the parse's head of the name's last word) ends
        // the phrase; a capitalised word is no end of it. Other nouns stay out ("hates
        // the Medicare levy more than", "aimed their Sunday column at").
        if name_start > j
            && k < hi
            && self.kind(k) == Kind::Word
            && is_in(self.word(k), AUDIENCE_NOUNS)
            && self.doc.head(k - 1) == Some(k)
            && self.doc.head(j) == Some(k)
        {
            k += 1;
        }
        k - j
    }

    fn mark_direct(&mut self, seg: &Segment) {
        let last = seg.close.unwrap_or(seg.end.saturating_sub(1));
        for t in seg.open..=last.min(self.in_direct.len() - 1) {
            self.in_direct[t] = true;
        }
    }

    /// Whether an attribution tag follows the closing mark at `close`, read up to the end
    /// of its sentence or the next quotation mark (`"...," Ilse said.`).
    fn tag_after_close(&self, close: usize, para_end: usize) -> bool {
        let a = close + 1;
        let hi = (a..para_end)
            .find(|&t| self.kind(t) == Kind::End || self.kind(t).is_mark())
            .map_or(para_end, |t| t + 1);
        self.tag_after(a, hi).is_some()
    }

    /// Whether the quoted stretch stands as an utterance rather than a fragment inside
    /// running text.
    fn standalone(&self, seg: &Segment, para_start: usize, para_end: usize) -> bool {
        let open = seg.open;
        let before_ok = open == para_start
            || self.sentence_start(open) == open
            // A sentence in brackets: `("...," he said.)`.
            || (self.kind(open - 1) == Kind::OpenBracket
                && self.sentence_start(open - 1) == open - 1)
            || matches!(
                self.kind(open - 1),
                Kind::Comma | Kind::Colon | Kind::End | Kind::Dash | Kind::Close | Kind::Straight
            )
            // Right after a cue, a quote that goes on in lower case continues the
            // writer's sentence ("what the mayor calls "a fair share for the suburbs."",
            // "branded the levy "a tax on the poor.""): a fragment, not an utterance. The
            // sentence around it is the statement, mixed (`said "no."`: see `candidate`).
            || (self
                .cue_at(open - 1)
                .is_some_and(|c| c.frame != Frame::According)
                && !(seg.start..seg.end)
                    .find(|&t| self.kind(t) == Kind::Word)
                    .is_some_and(|t| self.word(t).chars().next().is_some_and(char::is_lowercase)));
        let after = seg.close.map_or(para_end, |c| c + 1);
        let after_ok = seg.close.is_none()
            || after >= para_end
            || matches!(
                self.kind(after),
                Kind::Comma
                    | Kind::End
                    | Kind::Semicolon
                    | Kind::Dash
                    | Kind::Colon
                    | Kind::Open
                    | Kind::Straight
                    | Kind::CloseBracket
            )
            || seg
                .end
                .checked_sub(1)
                .is_some_and(|l| matches!(self.kind(l), Kind::Comma | Kind::End));
        let words = (seg.start..seg.end)
            .filter(|&t| self.kind(t) == Kind::Word)
            .count();
        // `"... for now" Ilse said.`: an attribution right after the mark.
        let tag_follows = || seg.close.is_some_and(|c| self.tag_after_close(c, para_end));
        if !(before_ok && (after_ok || tag_follows())) {
            return false;
        }
        // A short title in capitals set off by commas inside the writer's sentence
        // (`his show, "The Apprentice," who went on to ...`): the sentence goes on in
        // lower case after it, with no tag. A fragment, not an utterance.
        let title = words <= 5
            && (seg.start..seg.end).all(|t| {
                self.kind(t) != Kind::End
                    && (self.kind(t) != Kind::Word
                        || self
                            .word(t)
                            .chars()
                            .next()
                            .is_some_and(|c| !c.is_lowercase())
                        || is_in(self.word(t), TITLE_SMALL_WORDS))
            });
        let goes_on = after < para_end
            && self.kind(after) == Kind::Word
            && self
                .word(after)
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        if title && goes_on && !tag_follows() {
            return false;
        }
        // One word stands as an utterance only with its tag right after it (`"Quiet," he
        // demanded`) or a cue right before it (`asked, "Really?"`).
        words >= 2
            || (words == 1
                && (tag_follows()
                    || (open > para_start
                        && self
                            .intro_before(self.sentence_start(open).max(para_start), open)
                            .is_some())))
    }

    /// Direct quotes: pair marks, decide utterance vs fragment, attribute utterances.
    fn direct(
        &mut self,
        paras: &[(u32, std::ops::Range<usize>)],
        segments: &[Segment],
        cands: &mut Vec<Candidate>,
    ) {
        let mut para_of_block = std::collections::HashMap::new();
        for (b, r) in paras {
            para_of_block.insert(*b, r.clone());
        }
        let mut utterances: Vec<(Segment, usize, usize)> = Vec::new();
        for seg in segments {
            let Some(range) = para_of_block.get(&seg.block) else {
                continue;
            };
            if self.standalone(seg, range.start, range.end) {
                self.mark_direct(seg);
                utterances.push((*seg, range.start, range.end));
            } else {
                for t in seg.start..seg.end {
                    self.in_fragment[t] = true;
                }
                if let Some(close) = seg.close {
                    self.fragments.push((seg.open, close));
                }
            }
        }
        // The close mark, source and cue of the last quote attributed after its close.
        let mut last_tag: Option<(usize, Tokens, Tokens)> = None;
        for (u, &(seg, pstart, pend)) in utterances.iter().enumerate() {
            let (mut start, mut end) = (seg.start, seg.end);
            // The writer's comma before the closing marks is no part of the words, also when
            // a nested quote closes right after it (the comma and the inner single mark go,
            // as they would without the nested quote).
            while end > start
                && (matches!(
                    self.kind(end - 1),
                    Kind::Comma | Kind::Colon | Kind::Semicolon
                ) || (end >= start + 2
                    && self.kind(end - 1) == Kind::Single
                    && self.kind(end - 2) == Kind::Comma))
            {
                end -= 1;
            }
            while start < end && matches!(self.kind(start), Kind::Comma) {
                start += 1;
            }
            if start >= end {
                continue;
            }
            // The stretch after the closing mark, up to the next quote or sentence end.
            let next_open = utterances
                .get(u + 1)
                .filter(|n| n.0.block == seg.block)
                .map_or(pend, |n| n.0.open);
            let after = seg.close.map(|c| {
                // Not bounded by the sentence: the splitter ends a sentence after `?"`.
                let hi = next_open.min(pend).max(c + 1);
                let hi = (c + 1..hi)
                    .find(|&t| self.kind(t) == Kind::End)
                    .map_or(hi, |t| t + 1);
                (c + 1, hi)
            });
            let prev_close = u
                .checked_sub(1)
                .and_then(|p| utterances.get(p))
                .filter(|p| p.0.block == seg.block)
                .and_then(|p| p.0.close.map(|c| c + 1));
            let lo = prev_close
                .unwrap_or(pstart)
                .max(self.sentence_start(seg.open).min(seg.open))
                .max(seg.open.saturating_sub(3 * MAX_WINDOW));
            // `"A," X said, "B"`: B shares the cue found between the two halves.
            let shared = last_tag
                .filter(|&(close, _, cue)| {
                    close < seg.open
                        && cue.1 <= seg.open
                        && (cue.1..seg.open)
                            .all(|t| matches!(self.kind(t), Kind::Comma | Kind::Colon))
                        && self.block_of(cue.0) == seg.block
                })
                .map(|(_, source, cue)| (source, cue));
            // A source that is one function word ("As", "Before", "Here") names nobody.
            let named = |f: Option<(Tokens, Tokens)>| f.filter(|&(src, _)| !self.empty_source(src));
            // `... her request: "A," Sullivan wrote.`: after a colon, a quote ending in a
            // comma is tagged after its close; the clause before the colon only leads in.
            let comma_final = seg.end > seg.start && self.kind(seg.end - 1) == Kind::Comma;
            let after_colon = seg.open > 0 && self.kind(seg.open - 1) == Kind::Colon;
            let closing = || named(after.and_then(|(a, b)| self.closing_tag(start, end, a, b)));
            let tag_first = (comma_final && after_colon).then(closing).flatten();
            let found = shared
                .or(tag_first)
                .or_else(|| named(self.intro_before(lo, seg.open)))
                .or_else(closing)
                .or_else(|| seg.close.and_then(|c| self.dash_tag(c, pend)))
                .or_else(|| {
                    seg.close
                        .and_then(|c| self.next_paragraph_dash_tag(c, pend, paras))
                })
                .or_else(|| named(self.colon_intro(lo, seg.open)))
                .or_else(|| named(self.colon_paragraph_intro(seg.open, pstart)))
                .or_else(|| named(self.inverted_intro(seg.open)))
                .or_else(|| named(self.unknown_verb_intro(lo, seg.open)));
            last_tag = None;
            if let Some((source, cue)) = found {
                if let Some(close) = seg.close.filter(|&c| cue.0 > c) {
                    last_tag = Some((close, source, cue));
                }
                for t in cue.0..cue.1 {
                    self.used[t] = true;
                }
                cands.push(Candidate {
                    content: (start, end),
                    kind: QuoteKind::Direct,
                    source: Some(source),
                    cue: Some(cue),
                    reported: false,
                    carry: false,
                });
            } else {
                // No cue: the speaker of the statement just before carries over (see
                // `carry_over`, run once reported speech is known).
                cands.push(Candidate {
                    content: (start, end),
                    kind: QuoteKind::Direct,
                    source: None,
                    cue: None,
                    reported: false,
                    carry: true,
                });
            }
        }
    }

    /// Whether a source phrase is a single function word ("As", "Before", "Here", "In").
    fn empty_source(&self, (a, b): Tokens) -> bool {
        b == a + 1
            && (is_in(self.word(a), SOURCE_STOPS)
                || is_in(self.word(a), ADJUNCT_STARTS)
                || is_in(self.word(a), DETERMINERS))
    }

    /// `X said: "..."`, `X told reporters, "..."`, `X added "..."`: the cue ends right
    /// before the opening mark (`open`), optionally followed by a comma or colon.
    fn intro_before(&self, lo: usize, open: usize) -> Option<(Tokens, Tokens)> {
        let mut k = open;
        if k > lo && matches!(self.kind(k - 1), Kind::Comma | Kind::Colon) {
            k -= 1;
        }
        // Allow a short addressee or adjunct between cue and mark ("told reporters:").
        // A cue whose frame does not fit ("written" in "told the paper in a written
        // statement, "...""; a cue with no subject before it) gives way to one further left.
        (lo..k)
            .rev()
            .take(10)
            .filter_map(|c| Some((c, self.cue_at(c)?)))
            .find_map(|(c, cue)| self.intro_with_cue(lo, k, c, cue))
    }

    /// [`Ctx::intro_before`] for the cue `cue` at `c`, `k` being the opening mark or the
    /// comma or colon before it.
    fn intro_with_cue(&self, lo: usize, k: usize, c: usize, cue: Cue) -> Option<(Tokens, Tokens)> {
        // A phrase may end with the comma before the mark (`As the Courier put it, "..."`).
        let ends_at_comma = c + cue.len == k + 1 && self.kind(k) == Kind::Comma;
        if c + cue.len > k && !ends_at_comma {
            return None;
        }
        if ends_at_comma {
            let (subj_end, _) = self.skip_aux_left(c, lo);
            let source = self.left_np(subj_end, lo)?;
            return Some((source, (c, c + cue.len)));
        }
        if cue.frame == Frame::According {
            // `According to X, "..."`
            let source = self.right_np(c + cue.len, k)?;
            return (source.1 == k).then_some((source, (c, c + cue.len)));
        }
        let between_ok = (c + cue.len..k).all(|t| self.kind(t) == Kind::Word);
        if !between_ok {
            return None;
        }
        // "interrupted me to announce, "..."": a speech cue in an infinitive, spoken by
        // the infinitive's controller.
        if c > lo
            && self.word(c - 1).eq_ignore_ascii_case("to")
            && cue.class == CueClass::Speech
            && !self.reach.is_empty()
        {
            if let Some(source) = self.infinitive_controller(c, lo) {
                return Some((source, (c, c + cue.len)));
            }
        }
        // "without saying, "..."": what follows was not said.
        if cue.participle && c > lo && self.word(c - 1).eq_ignore_ascii_case("without") {
            return None;
        }
        // `X marched past the court while chanting, "..."`: a participle after a
        // subordinator ("while", "after", "by") is the clause's too.
        let opened = c > lo + 1
            && c - 1 > self.sentence_start(c)
            && self.kind(c - 1) == Kind::Word
            && is_in(self.word(c - 1), PARTICIPLE_OPENERS);
        if cue.participle && c > lo && (self.kind(c - 1) == Kind::Comma || opened) {
            // `X urged women to vote, saying, "..."`: the clause's subject, in the
            // parse the subject of the verb the participle hangs on ("Before the
            // vote, the minister lobbied ..., saying"; "At the summit, Ferreira ..."),
            // else the pronoun or name the sentence opens with.
            let s0 = self.sentence_start(c).max(lo.min(c));
            let source = self.participle_subject(c, s0).or_else(|| {
                self.sentence_subject(s0, c)
                    .filter(|&s| !self.empty_source(s))
            })?;
            return Some((source, (c, c + cue.len)));
        }
        if cue.participle && self.tagged(c) && self.doc.tokens[c].deprel.base() == "acl" {
            // "mailed a leaflet to its members saying: "..."", "put out a notice late on
            // Friday saying, "..."": a participle on a noun that is the object of a verb
            // of sending (or of a preposition under one) reports what that verb's subject
            // wrote, not the noun.
            let s0 = self.sentence_start(c).max(lo.min(c));
            if let Some(source) = self.object_noun_subject(c, s0) {
                return Some((source, (c, c + cue.len)));
            }
            // A message with no author named or sent ("published a letter saying: "..."",
            // "found a note saying"): the message speaks, its own phrase.
            if let Some(noun) = self
                .doc
                .head(c)
                .filter(|&n| n < c && is_in(self.doc.lemma(n), MESSAGE_NOUNS))
            {
                let from = self.reach.get(noun).map_or(noun, |r| r.0 as usize);
                return Some(((from.max(s0), noun + 1), (c, c + cue.len)));
            }
        }
        if cue.participle && self.tagged(c) && self.unsent_message_before(c) {
            // The message speaks: its phrase ("a memo") is the source.
            let from = self.reach.get(c - 1).map_or(c - 1, |r| r.0 as usize);
            return Some(((from.max(lo), c), (c, c + cue.len)));
        }
        if cue.participle && self.tagged(c) && self.doc.tokens[c].deprel.base() != "acl" {
            // "the union sent a note to members saying: "..."": a participle
            // the parse hangs on a verb, not on the noun before it.
            let s0 = self.sentence_start(c).max(lo.min(c));
            if let Some(source) = self.head_subject(c, s0) {
                return Some((source, (c, c + cue.len)));
            }
        }
        let (subj_end, _) = self.skip_aux_left(c, lo);
        // `Sen. Ana Ruiz (D-NM), said, "..."`: a stray comma after the name.
        let source = self
            .left_np(subj_end, lo)
            .or_else(|| {
                (subj_end > lo + 1
                    && self.kind(subj_end - 1) == Kind::Comma
                    && (self.capitalized(subj_end - 2)
                        || self.kind(subj_end - 2) == Kind::CloseBracket))
                    .then(|| self.left_np(subj_end - 1, lo))
                    .flatten()
            })
            .or_else(|| {
                // `Petrescu said he accepted it and added, "..."`: the second verb of the
                // subject before it.
                let s0 = self.sentence_start(c).max(lo);
                (subj_end > s0 && is_in(self.word(subj_end - 1), &["and", "but"]))
                    .then(|| {
                        self.syntax_subject(c, s0)
                            .or_else(|| self.conjoined_cue_subject(c, s0))
                            .or_else(|| self.clause_subject(s0, subj_end - 1))
                    })
                    .flatten()
            })?;
        Some((source, (c, k)))
    }

    /// For a participle `c` hung on a noun: when that noun is an object or an oblique
    /// (of a verb or of another noun: "an email to supporters", "a statement"), the
    /// message's author. That is the author the message names itself (its possessor:
    /// "his memo to staff explaining"; a `from`/`by` phrase: "a letter from a soldier's
    /// mother saying"), or else the subject of the verb above the noun when that verb
    /// sends or issues (`data/senders.txt`: "issued a statement saying"), or of the
    /// nearest verb above that one with a subject in `lo..c`. A reader or finder of a
    /// letter is not its author ("read a letter saying": none).
    fn object_noun_subject(&self, c: usize, lo: usize) -> Option<Tokens> {
        let noun = self.doc.head(c)?;
        let rel = self.doc.tokens[noun].deprel.base();
        if !matches!(rel, "obj" | "obl" | "iobj" | "nmod") {
            return None;
        }
        let case_of = |n: usize, words: &[&str]| {
            self.doc
                .dependents(n)
                .find(|&d| self.doc.tokens[d].deprel.is("case") && is_in(self.word(d), words))
        };
        // A message someone sends ("a statement", "an email") or its addressees ("to
        // supporters"); an ad or a sign speaks for itself ("one of her ads saying").
        let addressee = case_of(noun, &["to"]).is_some();
        if !(addressee || is_in(self.doc.lemma(noun), MESSAGE_NOUNS)) {
            return None;
        }
        // The author a message names: its possessor ("the union's", "his") or the
        // phrase after "from"/"by", without the preposition.
        let author = |n: usize| {
            self.doc.dependents(n).find_map(|d| {
                let rel = self.doc.tokens[d].deprel;
                let reach = self.reach.get(d)?;
                if rel.is("nmod:poss") {
                    Some((reach.0 as usize, d + 1))
                } else if rel.base() == "nmod" {
                    let k = case_of(d, &["from", "by"])?;
                    Some((k + 1, reach.1 as usize + 1))
                } else {
                    None
                }
            })
        };
        let mut x = noun;
        let mut verb = None;
        for _ in 0..6 {
            // The addressees' own possessor ("to its members") is no author.
            if !(x == noun && addressee) {
                if let Some(found) = author(x) {
                    return Some(found).filter(|&(a, b)| a >= lo && a < b && b <= c);
                }
            }
            x = self.doc.head(x)?;
            if x < lo {
                return None;
            }
            if self.verb_tag(x) {
                verb = Some(x);
                break;
            }
        }
        let verb = verb?;
        let particle = self
            .doc
            .dependents(verb)
            .find(|&d| self.doc.tokens[d].deprel.is("compound:prt"))
            .map(|d| self.word(d));
        if !self.lex.is_sender(self.doc.lemma(verb), particle) {
            return None;
        }
        // The sender's subject, or that of a verb it completes ("decided to send").
        let mut x = verb;
        for _ in 0..6 {
            if self.verb_tag(x) {
                if let Some(subject) = self.syntax_subject(x, lo).filter(|s| s.1 <= c) {
                    return Some(subject);
                }
            }
            x = self.doc.head(x)?;
            if x < lo {
                return None;
            }
        }
        None
    }

    /// For a message's noun phrase `np` right before a speech participle ("issued a
    /// statement saying ...", "put out a statement saying ..."): the subject of the verb
    /// before the phrase when that verb sends or issues (`data/senders.txt`). Read from
    /// the words around the phrase, since the parse often hangs the message noun on the
    /// reported clause instead ("a statement" as the subject of "had failed").
    fn message_sender(&self, (a, b): Tokens, lo: usize) -> Option<Tokens> {
        if b <= a || !is_in(self.doc.lemma(b - 1), MESSAGE_NOUNS) {
            return None;
        }
        // The phrase may open with the verb's particle ("out a statement").
        let verb = if self.doc.tokens[a].deprel.is("compound:prt") {
            self.doc.head(a).filter(|&v| v < a)?
        } else {
            a.checked_sub(1)?
        };
        if verb < lo || !self.verb_tag(verb) || !self.sends(verb) {
            return None;
        }
        self.syntax_subject(verb, lo)
            .filter(|s| s.1 <= verb)
            .or_else(|| self.left_np(self.skip_aux_left(verb, lo).0, lo))
            .filter(|&s| !self.empty_source(s))
    }

    /// For a phrase `a..b` headed by a work that takes a stance (`WORK_NOUNS`: "ads", "a
    /// speech", "a resolution"): its possessor ("the governor's posts"), else the subject
    /// of the verb right before it whose object the parse makes it ("ran ads", "paid for
    /// ads"), through the verbs it
    /// completes ("helped draft a report": who helped).
    fn work_maker(&self, (a, b): Tokens, lo: usize) -> Option<Tokens> {
        let work = |t: usize| {
            let lemma = self.doc.lemma(t);
            let singular = self.word(t).strip_suffix('s').unwrap_or(self.word(t));
            [lemma, singular]
                .iter()
                .any(|w| is_in(w, WORK_NOUNS) || is_in(w, MESSAGE_NOUNS))
        };
        let w = (a..b).rev().find(|&t| work(t))?;
        if let Some(possessor) = self.work_possessor((a, w)) {
            return Some(possessor);
        }
        let verb = a.checked_sub(1).filter(|&v| v >= lo && self.verb_tag(v))?;
        // Through a measure noun in the phrase ("a series of tweets", "a pair of ads").
        let mut h = w;
        for _ in 0..2 {
            match self.doc.head(h) {
                Some(x) if x >= a && x < h && self.doc.tokens[h].deprel.base() == "nmod" => h = x,
                _ => break,
            }
        }
        if self.doc.head(h) != Some(verb)
            || !matches!(self.doc.tokens[h].deprel.base(), "obj" | "obl")
        {
            return None;
        }
        let v = self.completed_verb(verb);
        self.syntax_subject(v, lo)
            .filter(|s| s.1 <= v)
            .or_else(|| self.left_np(self.skip_aux_left(v, lo).0, lo))
            .filter(|&s| !self.empty_source(s))
    }

    /// The verb `verb` completes, up to three open complements (xcomp) to the left: the
    /// verb whose subject is the doer of "helped draft a memo".
    fn completed_verb(&self, verb: usize) -> usize {
        let mut v = verb;
        for _ in 0..3 {
            match self.doc.head(v) {
                Some(h) if h < v && self.doc.tokens[v].deprel.base() == "xcomp" => v = h,
                _ => break,
            }
        }
        v
    }

    /// "The coalition sent a letter this week urging ...", "filed a lawsuit alleging
    /// ...", "spent more time mocking ...": a phrase before a speech participle whose
    /// head is the parse object of a verb before it, with no verb between them, and that
    /// no actor mention covers, is a thing made, sent or spent, so the participle speaks
    /// for the subject of that verb (through the verbs it completes: "helped draft a
    /// memo"). A person or group the object names speaks for itself ("met voters saying").
    fn object_maker(&self, (a, b): Tokens, lo: usize) -> Option<Tokens> {
        let root = (a..b).find(|&t| self.doc.head(t).is_none_or(|h| h < a || h >= b))?;
        if self.doc.tokens[root].deprel.base() != "obj"
            || !self.doc.tokens[root].upos.is("NOUN")
            || (a..b).any(|t| self.mentioned(t))
        {
            return None;
        }
        let verb = self.doc.head(root)?;
        if verb < lo
            || verb >= a
            || !self.verb_tag(verb)
            || (verb + 1..a).any(|t| self.verb_tag(t))
            || is_in(self.doc.lemma(verb), OBJECT_ACTS_VERBS)
        {
            return None;
        }
        let v = self.completed_verb(verb);
        self.syntax_subject(v, lo)
            .filter(|s| s.1 <= v)
            .filter(|&s| !self.empty_source(s))
    }

    /// The possessor in `a..w` of the work at `w`: a possessive pronoun, or the words
    /// before an "'s" ("the governor's late posts": "the governor").
    fn work_possessor(&self, (a, w): Tokens) -> Option<Tokens> {
        (a..w).find_map(|t| {
            if self.kind(t) != Kind::Word {
                None
            } else if is_in(self.word(t), &["his", "her", "their", "its", "our", "my"]) {
                Some((t, t + 1))
            } else if t > a && is_in(self.word(t), &["'s", "\u{2019}s"]) {
                Some((a, t)).filter(|&s| !self.empty_source(s))
            } else {
                None
            }
        })
    }

    /// Whether the word before the participle `c` is a message noun ("memo", "letter")
    /// that is the object of the verb the parse hangs `c` on, when that verb does not send
    /// or issue (`data/senders.txt`): "Rebels obtained a memo saying: "..."" is the
    /// memo's word, not the rebels' (the parse hangs the participle on "obtained").
    fn unsent_message_before(&self, c: usize) -> bool {
        let (Some(noun), Some(verb)) = (c.checked_sub(1), self.doc.head(c)) else {
            return false;
        };
        if self.doc.tokens[c].deprel.base() == "acl"
            || self.doc.head(noun) != Some(verb)
            || !self.doc.tokens[noun].deprel.is("obj")
            || !is_in(self.doc.lemma(noun), MESSAGE_NOUNS)
        {
            return false;
        }
        let particle = self
            .doc
            .dependents(verb)
            .find(|&d| self.doc.tokens[d].deprel.is("compound:prt"))
            .map(|d| self.word(d));
        !self.lex.is_sender(self.doc.lemma(verb), particle)
    }

    /// The tag after a quote whose content is `start..end` ([`Ctx::tag_after`] over
    /// `a..b`). When the quote ends its own sentence with a period, a clause after it
    /// that goes on past its cue with a colon or a that-clause opens the next statement
    /// (`''We are not smugglers.'' Mr. Haldane said: ''...''`, `''...'' He said, twice,
    /// that ...`) and is no tag of this quote.
    fn closing_tag(
        &self,
        start: usize,
        end: usize,
        a: usize,
        b: usize,
    ) -> Option<(Tokens, Tokens)> {
        let (source, cue) = self.tag_after(a, b)?;
        let period_final = end > start && self.word(end - 1) == ".";
        let tail = source.1.max(cue.1)..b;
        // A cue with a clause of its own after it (`"..." Ruiz said he would resign.`;
        // in the parse a clausal complement of the cue, else a subject pronoun right
        // after it) reports that clause.
        let reports_clause = (cue.1..b).any(|t| {
            self.tagged(t)
                && self.doc.head(t) == Some(cue.0)
                && self.doc.tokens[t].deprel.base() == "ccomp"
        }) || (cue.1 < b && is_in(self.word(cue.1), SUBJECT_PRONOUNS));
        let opens_next = reports_clause
            || tail.clone().any(|t| self.kind(t) == Kind::Colon)
            || tail
                .take(4)
                .any(|t| self.word(t).eq_ignore_ascii_case("that"));
        (!(period_final && opens_next)).then_some((source, cue))
    }

    /// `"...", X said` / `"...", said X` / `"...", X told reporters.` in `a..b`.
    fn tag_after(&self, a: usize, b: usize) -> Option<(Tokens, Tokens)> {
        let mut w = a;
        while w < b && matches!(self.kind(w), Kind::Comma | Kind::Dash) {
            w += 1;
        }
        for c in w..b.min(w + 2 * MAX_WINDOW) {
            if self.kind(c) != Kind::Word {
                // Commas may surround an appositive source ("Trump, the frontrunner,
                // said"), brackets a party label; other marks end the search.
                // So may the marks of a quoted name inside such an aside ("Ana Lund,
                // wearing "Vote Lund" buttons, said").
                let inside = matches!(
                    self.kind(c),
                    Kind::Comma
                        | Kind::Single
                        | Kind::Dash
                        | Kind::OpenBracket
                        | Kind::CloseBracket
                ) || (self.quote_mark(c)
                    && (w..c).any(|t| self.kind(t) == Kind::Comma));
                if c == w || !inside {
                    break;
                }
                continue;
            }
            // "former planning director Ann Vale wrote": a cue word's form modifying a
            // noun after it is part of the source.
            if c > w && self.noun_modifier(c, b) {
                continue;
            }
            let Some(cue) = self.cue_at(c) else {
                continue;
            };
            if cue.frame == Frame::According {
                // `"...", according to X.`
                let source = self.right_np(c + cue.len, b)?;
                return Some((source, (c, c + cue.len)));
            }
            if cue.participle {
                return None;
            }
            if c == w {
                let source = self.right_np(c + cue.len, b)?;
                return Some((source, (c, c + cue.len)));
            }
            let (subj_end, _) = self.skip_aux_left(c, w);
            // A cue inside the source's relative clause (`"...," Ruiz, who has not
            // endorsed anyone, told reporters`) gives way to the next one.
            let Some((s0, s1)) = self
                .left_np(subj_end, w)
                .and_then(|(s0, s1)| {
                    if s0 == w {
                        return Some((s0, s1));
                    }
                    // "the Iowa senator and Republican candidate said": two descriptions of
                    // one speaker joined by "and".
                    (s0 > w + 1 && self.word(s0 - 1).eq_ignore_ascii_case("and"))
                        .then(|| self.left_np(s0 - 1, w))
                        .flatten()
                        .filter(|&(a, _)| a == w)
                        .map(|_| (w, s1))
                })
                .or_else(|| self.long_appositive_source(w, subj_end))
            else {
                continue;
            };
            let mut cue_end = c + cue.len;
            if cue.frame == Frame::Tell {
                cue_end += self.addressee(cue_end, b);
            }
            return Some(((s0, s1), (c, cue_end)));
        }
        self.tag_after_unknown_verb(w, b)
    }

    /// `"...," Trump shot back.` / `"...," remembered Roy Verley, ...`: a verb outside the
    /// lexicon, recognised by its place between a closing mark and the sentence end, next
    /// to a name or pronoun.
    fn tag_after_unknown_verb(&self, w: usize, b: usize) -> Option<(Tokens, Tokens)> {
        let end = (w..b)
            .find(|&t| !matches!(self.kind(t), Kind::Word))
            .unwrap_or(b);
        let lowercase_verb = |t: usize| {
            t < end
                && self.kind(t) == Kind::Word
                && !self.capitalized(t)
                && !is_in(self.word(t), SOURCE_STOPS)
                && !is_in(self.word(t), DETERMINERS)
        };
        // The tag ends at `t`, or after a time adjunct there ("fumed on Tuesday").
        let closes = |t: usize| {
            let t = t + self.time_adjunct(t, b);
            t >= b || matches!(self.kind(t), Kind::End | Kind::Comma)
        };
        // The cue's length: the verb [+ one particle] when the tag closes after it.
        let tail = |v: usize| {
            if closes(v + 1) {
                1
            } else if closes(v + 2) && self.time_adjunct(v + 1, b) == 0 {
                2
            } else {
                0
            }
        };
        // NP (pronoun or capitalized run) + verb [+ one particle].
        if w < end && is_in(self.word(w), SUBJECT_PRONOUNS) && lowercase_verb(w + 1) {
            let v = w + 1;
            if tail(v) > 0 {
                return Some(((w, w + 1), (v, v + tail(v))));
            }
        }
        let mut k = w;
        while k < end && self.capitalized(k) && k - w < 6 {
            k += 1;
        }
        if k > w && lowercase_verb(k) && tail(k) > 0 {
            return Some(((w, k), (k, k + tail(k))));
        }
        // A description + a past-tense verb ("the editorial read", "the crowd chanted").
        if w < end
            && is_in(
                self.word(w),
                &["the", "a", "an", "his", "her", "their", "its"],
            )
        {
            let v = (w + 2..end.min(w + 5)).find(|&v| tail(v) == 1 && !self.capitalized(v));
            if let Some(v) = v.filter(|&v| {
                (w + 1..v).all(|t| self.kind(t) == Kind::Word && !is_in(self.word(t), SOURCE_STOPS))
                    && self.past_tense(v)
            }) {
                return Some(((w, v), (v, v + 1)));
            }
        }
        // Inverted: verb + capitalized name, perhaps with its home town ("beamed Ana
        // Lund of Dayton, Ohio").
        if lowercase_verb(w) && w + 1 < end && self.capitalized(w + 1) {
            let mut k = w + 1;
            while k < end && self.capitalized(k) && k - w < 6 {
                k += 1;
            }
            if closes(k) {
                return Some(((w + 1, k), (w, w + 1)));
            }
            let capitals = |from: usize| {
                (from..b.min(from + 4))
                    .take_while(|&t| self.kind(t) == Kind::Word && self.capitalized(t))
                    .count()
            };
            if self.word(k) == "of" && capitals(k + 1) > 0 {
                let mut e = k + 1 + capitals(k + 1);
                if self.kind(e) == Kind::Comma
                    && capitals(e + 1) > 0
                    && closes(e + 1 + capitals(e + 1))
                {
                    e += 1 + capitals(e + 1);
                }
                if closes(e) {
                    return Some(((w + 1, e), (w, w + 1)));
                }
            }
        }
        None
    }

    /// `"...," Ms. Okoro, once a judge and now a farmer near Jos, Nigeria, said`: a name
    /// opening the tag at `w`, then appositives between commas up to the comma before the
    /// cue's subject end `end`, with no sentence end, quotation mark or bracket in
    /// between; the whole phrase is the source.
    fn long_appositive_source(&self, w: usize, end: usize) -> Option<Tokens> {
        if end < w + 3 || self.kind(end - 1) != Kind::Comma || !self.capitalized(w) {
            return None;
        }
        let first_comma = (w..end).find(|&t| self.kind(t) == Kind::Comma)?;
        let name = self.left_np(first_comma, w).filter(|&(a, _)| a == w)?;
        if !self.names_speaker(name) && !is_abbreviation(self.word(w).trim_end_matches('.')) {
            return None;
        }
        let plain = (first_comma..end).all(|t| {
            matches!(
                self.kind(t),
                Kind::Word | Kind::Comma | Kind::Single | Kind::Dash
            ) || self.quote_mark(t)
                || (self.word(t) == "." && t > 0 && is_abbreviation(self.word(t - 1)))
                || (self.word(t) == "."
                    && t > 0
                    && self.word(t - 1).len() <= 4
                    && self.capitalized(t - 1))
        });
        (plain && end - w <= 3 * MAX_SOURCE).then_some((w, end - 1))
    }

    /// Whether token `t` is a double quotation mark (opening, closing or straight).
    fn quote_mark(&self, t: usize) -> bool {
        matches!(self.kind(t), Kind::Open | Kind::Close | Kind::Straight)
    }

    /// `"..." — Ana Lund, 28, a nurse`: a dash right after the closing mark at `close`
    /// and a capitalized name that runs to a comma, the sentence end or the paragraph end
    /// (`para_end`), as in lists of quotes and epigraphs. The dash is the cue.
    fn dash_tag(&self, close: usize, para_end: usize) -> Option<(Tokens, Tokens)> {
        let dash = close + 1;
        // The horizontal bar (U+2015) serves as a quotation dash too.
        let is_dash = self.kind(dash) == Kind::Dash || self.word(dash) == "\u{2015}";
        if dash + 1 >= para_end || !is_dash || !self.capitalized(dash + 1) {
            return None;
        }
        let mut k = dash + 1;
        while k < para_end
            && k - dash <= 6
            && (matches!(self.kind(k), Kind::Word | Kind::Single)
                || (self.word(k) == "." && is_abbreviation(self.word(k - 1))))
        {
            if self.kind(k) == Kind::Word
                && !self.capitalized(k)
                && !is_in(
                    self.word(k),
                    &["and", "de", "del", "van", "von", "da", "al", "bin"],
                )
            {
                return None;
            }
            k += 1;
        }
        let ends = k >= para_end || matches!(self.kind(k), Kind::Comma | Kind::End);
        (ends && k > dash + 1).then_some(((dash + 1, k), (dash, dash + 1)))
    }

    /// `"..."` closing its paragraph (`close`, the paragraph ending at `para_end`) and a
    /// next paragraph that is a dash and a name (`- Ana Lund, 28, tweeting`): the name
    /// is the source, as [`Ctx::dash_tag`] reads it after the close.
    fn next_paragraph_dash_tag(
        &self,
        close: usize,
        para_end: usize,
        paras: &[(u32, std::ops::Range<usize>)],
    ) -> Option<(Tokens, Tokens)> {
        if (close + 1..para_end).any(|t| self.kind(t) != Kind::End) {
            return None;
        }
        let next = paras.iter().find(|(_, r)| r.start == para_end)?;
        self.dash_tag(next.1.start.checked_sub(1)?, next.1.end)
    }

    /// Length of a time adjunct at `t` before `b`, 0 when there is none: "at the time",
    /// or a time expression the time stage found (it runs before this stage), after an
    /// optional preposition ("Sunday", "on Tuesday", "last week", "in March").
    fn time_adjunct(&self, t: usize, b: usize) -> usize {
        let word = |k: usize| (k < b && self.kind(k) == Kind::Word).then(|| self.word(k));
        if word(t).is_some_and(|w| w.eq_ignore_ascii_case("at"))
            && word(t + 1).is_some_and(|d| d.eq_ignore_ascii_case("the"))
            && word(t + 2).is_some_and(|d| d.eq_ignore_ascii_case("time"))
        {
            return 3;
        }
        // The end of a time expression starting at token `k`.
        let time_at = |k: usize| {
            let start = self.doc.tokens.get(k).filter(|_| k < b)?.span.start;
            self.doc
                .times
                .iter()
                .find(|x| x.span.start == start)
                .map(|x| x.span.end)
        };
        let preposition = word(t).is_some_and(|w| is_in(w, &["on", "in", "at", "during"]));
        let Some((from, end)) = time_at(t).map(|e| (t, e)).or_else(|| {
            preposition
                .then(|| time_at(t + 1).map(|e| (t + 1, e)))
                .flatten()
        }) else {
            return 0;
        };
        (from..b)
            .find(|&k| self.doc.tokens[k].span.start >= end)
            .unwrap_or(b)
            - t
    }

    /// Whether token `t` is a past-tense verb: tagged so (VBD), or untagged ending in
    /// "-ed" or one of a few irregular forms of saying.
    fn past_tense(&self, t: usize) -> bool {
        let w = self.word(t);
        if self.tagged(t) {
            // "read" is spelled alike in every tense; the tagger often takes it as present.
            return self.doc.tokens[t].xpos.as_str() == "VBD" || (w == "read" && self.verb_tag(t));
        }
        w.ends_with("ed") || is_in(w, &["read", "wrote", "spoke", "told"])
    }

    /// A quote opening a paragraph after a paragraph that ends with a colon ("In a
    /// statement, the committee said about the platform:"): the cue of that sentence.
    fn colon_paragraph_intro(&self, open: usize, pstart: usize) -> Option<(Tokens, Tokens)> {
        let opens_paragraph = open == pstart;
        if !opens_paragraph || pstart == 0 || self.kind(pstart - 1) != Kind::Colon {
            return None;
        }
        let colon = pstart - 1;
        let lo = self.sentence_start(colon);
        let found = (lo..colon)
            .rev()
            .find_map(|c| self.cue_at(c).map(|cue| (c, cue)));
        let Some((c, cue)) = found.filter(|(_, cue)| cue.frame != Frame::According) else {
            // "The governor issued this statement:" (no cue word): the
            // subject of the sentence the colon ends, as in `colon_intro`.
            if found.is_some() {
                return None;
            }
            let root = (lo..colon).find(|&t| self.tagged(t) && self.doc.head(t).is_none());
            let subject = match root {
                Some(r) => self.syntax_subject(r, lo)?,
                None => self.clause_subject(lo, colon)?,
            };
            return (subject.1 < colon).then_some((subject, (colon, colon + 1)));
        };
        if cue.participle {
            // "The Times confirmed it, reporting:": the clause's subject.
            let source = self.clause_subject(lo, c)?;
            return Some((source, (c, c + cue.len)));
        }
        // "Recalled Pell:": a cue opening its sentence has its source after it.
        if c == lo {
            let source = self.right_np(c + cue.len, colon)?;
            return (source.1 == colon).then_some((source, (c, c + cue.len)));
        }
        let (subj_end, _) = self.skip_aux_left(c, lo);
        let source = self.left_np(subj_end, lo)?;
        Some((source, (c, c + cue.len)))
    }

    /// `Said Mara Quist, a neighbour, "..."`: a sentence that opens with its
    /// cue, the source right after it.
    fn inverted_intro(&self, open: usize) -> Option<(Tokens, Tokens)> {
        let s0 = self.sentence_start(open);
        if s0 + 2 >= open {
            return None;
        }
        let cue = self.cue_at(s0)?;
        if cue.frame == Frame::According || cue.participle {
            return None;
        }
        let source = self.right_np(s0 + cue.len, open)?;
        (self.capitalized(source.0) || is_in(self.word(source.0), DETERMINERS))
            .then_some((source, (s0, s0 + cue.len)))
    }

    /// `Hillary Clinton cracked, "..."`: a past-tense verb outside the lexicon between a
    /// name (or subject pronoun) and the comma or colon before the opening mark.
    fn unknown_verb_intro(&self, lo: usize, open: usize) -> Option<(Tokens, Tokens)> {
        if !(open > lo + 1 && matches!(self.kind(open - 1), Kind::Comma | Kind::Colon)) {
            return None;
        }
        let v = open - 2;
        let w = self.word(v);
        let past_or_present = w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss"));
        if self.kind(v) != Kind::Word || self.capitalized(v) || !past_or_present || w.len() < 5 {
            return None;
        }
        let (s0, s1) = self.left_np(v, lo)?;
        let named = self.capitalized(s1 - 1) || is_in(self.word(s1 - 1), SUBJECT_PRONOUNS);
        (named && s1 == v).then_some(((s0, s1), (v, v + 1)))
    }

    /// `Smith: "..."` at the start of a sentence: the colon is the cue.
    fn colon_intro(&self, lo: usize, open: usize) -> Option<(Tokens, Tokens)> {
        if open == 0 || open <= lo || self.kind(open - 1) != Kind::Colon {
            return None;
        }
        if let Some((s0, s1)) = self.left_np(open - 1, lo) {
            if s0 == lo && self.capitalized(s0) && s1 - s0 <= 6 {
                return Some(((s0, s1), (open - 1, open)));
            }
        }
        // "FEW VOTERS SWITCHED - Ana Lund and Piet Varga: "..."": the names after a
        // spaced dash that ends a lead-in (a digest's topic line).
        let colon = open - 1;
        if let Some(d) = (lo..colon)
            .rev()
            .take(9)
            .find(|&t| self.kind(t) == Kind::Dash)
        {
            let names = d + 1..colon;
            // A middle initial ("Ana P. Lund") is part of a name.
            let initial = |t: usize| {
                self.kind(t) == Kind::Word
                    && self.word(t).trim_end_matches('.').len() == 1
                    && self.capitalized(t)
            };
            let name_word = |t: usize| {
                (self.kind(t) == Kind::Word
                    && (self.word(t) == "and"
                        || (self.capitalized(t) && self.word(t).chars().any(char::is_lowercase))))
                    || initial(t)
            };
            if self.spaced(d)
                && d + 1 < colon
                && self.capitalized(d + 1)
                && names.clone().all(name_word)
            {
                return Some(((d + 1, colon), (colon, open)));
            }
        }
        // "The panel was blunt in its report: "..."": the subject of the sentence
        // the colon ends.
        let s0 = self.sentence_start(open - 1);
        let subject = self
            .parsed_subject(s0, open - 1)
            .or_else(|| self.clause_subject(s0, open - 1))?;
        if subject.1 >= open - 1 {
            return None;
        }
        // "Tchiroma told supporters in Garoua, in the North region: "..."": a cue verb
        // right after the subject (past its auxiliaries) is the cue, however long the
        // tag, when no verb stands between it and the colon (a verb there reports a
        // clause of its own: "She said she recalls X: "...""); else the colon is the cue.
        // A relative clause or an appositive between commas after the subject ("Tchiroma,
        // who says he won, told ...") is passed over.
        let mut from = subject.1;
        if from < colon && self.kind(from) == Kind::Comma {
            if let Some(t) = (from + 1..colon).find(|&t| self.kind(t) == Kind::Comma) {
                from = t + 1;
            }
        }
        let verb = (from..colon)
            .find(|&t| !(self.doc.tokens[t].upos.is("AUX") || self.doc.tokens[t].upos.is("ADV")));
        let cue = verb.and_then(|v| {
            let cue = self.cue_at(v)?;
            let ok = self.doc.tokens[v].upos.is("VERB")
                && cue.frame != Frame::According
                && !cue.participle
                && v + cue.len <= colon
                && !(v + cue.len..colon).any(|t| self.verb_tag(t));
            ok.then_some((v, v + cue.len))
        });
        Some((subject, cue.unwrap_or((colon, open))))
    }

    /// Reported speech in one paragraph's tokens, outside direct quotes.
    fn reported(&mut self, range: std::ops::Range<usize>, cands: &mut Vec<Candidate>) {
        let mut i = range.start;
        while i < range.end {
            if self.in_direct[i] {
                i += 1;
                continue;
            }
            if let Some(mut c) = self.construction(i, range.clone()) {
                self.used[i] = true;
                if let Some(mut subject) = split_raised_subject(&mut c) {
                    subject.content.0 = self.raised_subject_start(subject.content);
                    cands.push(subject);
                }
                cands.push(c);
                i += 1;
                continue;
            }
            let Some(cue) = self.cue_at(i).filter(|_| !self.in_fragment[i]) else {
                if let Some(c) = self.noun_cue(i, range.start, range.end) {
                    self.used[i] = true;
                    cands.push(c);
                }
                i += 1;
                continue;
            };
            if cue.len == 1 && self.names_thing(i) {
                i += 1;
                continue;
            }
            // The clause region: this sentence, not crossing a direct quote or a semicolon.
            let (lo, hi) = self.clause_bounds(i, &range);
            let found = if cue.frame == Frame::According {
                // "CONTENT, according to X" may hold a quoted phrase ("labeled "Made in
                // the U.S.A.""): the clause runs back to the sentence start, a semicolon or
                // a colon.
                let s0 = self.sentence_start(i).max(range.start);
                let lo = (s0..i)
                    .rev()
                    .find(|&t| matches!(self.kind(t), Kind::Semicolon | Kind::Colon))
                    .map_or(s0, |t| t + 1);
                self.according(i, cue, lo, hi)
            } else {
                self.verb_cue(i, cue, lo, hi, cands)
            };
            // "Trump's claim that ...": a form that is also a noun cue.
            let found = found.or_else(|| self.noun_cue(i, range.start, range.end));
            if let Some(mut c) = found {
                let seem = is_in(self.word(i), SEEM) && c.content.0 > i;
                // "has not appeared publicly since May", "appeared outside the house",
                // "if they appear together": being seen somewhere, no hedge and nothing
                // said.
                if seem && is_in(self.word(c.content.0), SEEN_AT) {
                    i += cue.len;
                    continue;
                }
                // "It seems that ...", "it would appear as if ...": the writer's hedge, no
                // one's statement.
                if c.source.is_some_and(|(a, b)| {
                    b == a + 1 && is_in(self.word(a), &["it", "there"]) && is_in(self.word(i), SEEM)
                }) {
                    c.source = None;
                }
                // "the premier seems to have given in", "the mood seemed calmer": a
                // hedge reported with its content right after it is the writer's estimate
                // too, whatever its subject ("appeared on Sunday shows to tout" is no
                // hedge).
                if seem
                    && (i + 1..c.content.0).all(|t| {
                        !matches!(
                            self.doc.tokens[t].upos.as_str(),
                            "NOUN" | "PROPN" | "PRON" | "ADP" | "NUM"
                        )
                    })
                {
                    c.source = None;
                }
                // "was asked about the deal", "When pressed on it": the one a question
                // is put to is no source, and the asker is rarely named.
                if self.question_put_to(i, cue) {
                    c.source = None;
                }
                // "At the hearing the chairwoman told the lawyers to stop": the order's
                // source is the tell verb's subject in the parse.
                if cue.frame == Frame::Tell
                    && c.content.0 > i
                    && self.word(c.content.0).eq_ignore_ascii_case("to")
                {
                    if let Some(subject) = self.syntax_subject(i, lo) {
                        c.source = Some(subject);
                    }
                }
                for t in i..i + cue.len {
                    self.used[t] = true;
                }
                if let Some(first) = self.split_around_tag(&mut c, cue) {
                    cands.push(first);
                }
                cands.push(c);
            }
            i += cue.len;
        }
    }

    /// Whether "called" at `i` names the noun it follows ("a super PAC called Future 45
    /// ran ads", "a band called the Lanterns"): a participle the parse hangs on a noun
    /// (`acl`) and no one's statement.
    fn names_thing(&self, i: usize) -> bool {
        if !self.word(i).eq_ignore_ascii_case("called") || i == 0 || !self.tagged(i) {
            return false;
        }
        let t = &self.doc.tokens[i];
        // A name follows ("called Future 45", "called "Harbour Watch"", "called the
        // Lanterns"), not a lower-case object ("a speech called rivals cowards" is a
        // misparse of "in a speech, X called rivals cowards").
        let mut n = i + 1;
        if n < self.doc.tokens.len() && self.word(n).eq_ignore_ascii_case("the") {
            n += 1;
        }
        let name = n < self.doc.tokens.len()
            && (self.capitalized(n) || matches!(self.kind(n), Kind::Open | Kind::Straight));
        name && t.xpos.as_str() == "VBN"
            && t.deprel.base() == "acl"
            && self.doc.head(i).is_some_and(|h| {
                // "a group called", not "the letter called Oz a quack" (a misparse of a
                // clause whose subject ends in "the letter").
                h + 1 == i
                    && self.doc.tokens.get(h).is_some_and(|t| t.upos.is("NOUN"))
                    && !(h.saturating_sub(4)..h).any(|d| {
                        self.doc.head(d) == Some(h)
                            && (self.word(d).eq_ignore_ascii_case("the")
                                || self
                                    .doc
                                    .tokens
                                    .get(d)
                                    .is_some_and(|t| t.deprel.is("nmod:poss")))
                    })
            })
            && !self.second_object(n)
    }

    /// Whether a second noun phrase follows the one at `n` after "called" ("called
    /// the Post's story a hoax"): an "a"/"an" or a possessive before the next
    /// punctuation or preposition, a few words on.
    fn second_object(&self, n: usize) -> bool {
        (n..self.doc.tokens.len().min(n + 8))
            .take_while(|&t| {
                matches!(self.kind(t), Kind::Word | Kind::Open | Kind::Straight)
                    && !self.doc.tokens.get(t).is_some_and(|t| t.upos.is("ADP"))
            })
            .any(|t| is_in(self.word(t), &["a", "an", "'s", "\u{2019}s"]))
    }

    /// Whether the cue at `i` is a question put to someone about a topic, in the passive
    /// or with no subject ("was asked about", "were pressed on", "When questioned about",
    /// "Asked about"): the phrase's verb is "asked", "pressed" or "questioned" and its
    /// last word "about" or "on".
    fn question_put_to(&self, i: usize, cue: Cue) -> bool {
        if cue.len < 2 || !is_in(self.word(i + cue.len - 1), &["about", "on"]) {
            return false;
        }
        let v = (i..i + cue.len - 1)
            .find(|&t| is_in(self.word(t), &["asked", "pressed", "questioned"]));
        let Some(v) = v else {
            return false;
        };
        let s0 = self.sentence_start(i);
        v == s0
            || self.kind(v - 1) == Kind::Comma
            || is_in(self.word(v - 1), BE_FORMS)
            || is_in(
                self.word(v - 1),
                &["when", "whenever", "after", "if", "once", "being", "again"],
            )
    }

    /// `Varga, according to Novak, welcomed the offer`: a content that holds its own
    /// "according to" tag is the two stretches around it, as PolNeAR annotates it (one
    /// attribution, its content split around the cue). `c` keeps the stretch after the
    /// tag; the stretch before it is returned, with the same cue and source.
    fn split_around_tag(&self, c: &mut Candidate, cue: Cue) -> Option<Candidate> {
        let (a, b) = c.content;
        let (c0, c1) = c.cue?;
        if !(a < c0 && c1 < b) {
            return None;
        }
        // "The economy, she said, is weak": the source before the cue, between commas.
        let c0 = match c.source {
            Some((s0, s1)) if cue.frame != Frame::According && s1 <= c0 && a < s0 => s0,
            _ if cue.frame != Frame::According => return None,
            _ => c0,
        };
        let after = c.source.map_or(c1, |s| s.1.max(c1));
        let is_gap = |t: usize| matches!(self.kind(t), Kind::Comma | Kind::Dash);
        let mut head_end = c0;
        while head_end > a && is_gap(head_end - 1) {
            head_end -= 1;
        }
        let mut tail_start = after;
        while tail_start < b && is_gap(tail_start) {
            tail_start += 1;
        }
        if head_end <= a || tail_start >= b {
            return None;
        }
        // "differentiated himself from Schultz, who works for RT and, Mr. King said, has
        // ...": a tag inside a relative clause reports what follows it; the main clause
        // before the relative pronoun is the writer's. The content is the stretch after
        // the tag alone.
        if cue.frame != Frame::According
            && (a..head_end).any(|t| {
                is_in(self.word(t), &["who", "whom", "whose", "which"])
                    && t > a
                    && self.kind(t - 1) == Kind::Comma
            })
        {
            c.content = (tail_start, b);
            return None;
        }
        // "As China builds islands, it is his job, he said, to ...": an opening adverbial
        // or participle clause before the head is the writer's; the head is what follows
        // its last comma.
        let opener = cue.frame != Frame::According
            && (is_in(self.word(a), SUBORDINATORS)
                || (self.tagged(a) && matches!(self.doc.tokens[a].xpos.as_str(), "VBN" | "VBG")));
        let a = if opener {
            (a + 1..head_end)
                .rev()
                .find(|&t| self.kind(t) == Kind::Comma && !self.in_fragment[t])
                .map_or(a, |t| t + 1)
        } else {
            a
        };
        if head_end <= a {
            return None;
        }
        c.content = (tail_start, b);
        Some(Candidate {
            content: (a, head_end),
            ..*c
        })
    }

    /// Attributions read from the parse: a verb with a clausal complement after it
    /// ("Ortiz wagered the plan would fail", "went out of her way to say that") whose
    /// lemma is not one of the light or aspectual verbs of `data/not_cues.txt` ("mean",
    /// "make", "have"). Mostly these are verbs the lexicon does not list, but this is also
    /// a fallback for listed cues the surface reader missed ("Ortiz, after a long speech
    /// on the budget, said she'd like"): any verb it has not used. Passives are refused,
    /// as `verb_cue` refuses them, and so is a complement with a subordinator other than
    /// "that", "whether" or "if". The content runs from the complement to the end of the
    /// clause, cut like any reported content; the source is the verb's subject in the
    /// parse, or the subject of the verb it completes or is conjoined to ("continued to
    /// say", "and said").
    /// `starts` marks where the contents found before this pass start.
    fn parsed_cues(
        &mut self,
        range: std::ops::Range<usize>,
        starts: &[bool],
        cands: &mut Vec<Candidate>,
    ) {
        // Each verb with the first clausal complement after it, in text order.
        let mut pairs: Vec<(usize, usize)> = range
            .clone()
            .filter(|&d| self.doc.tokens[d].deprel.is("ccomp"))
            .filter_map(|d| {
                self.doc
                    .head(d)
                    .filter(|&v| range.contains(&v) && v < d)
                    .map(|v| (v, d))
            })
            .collect();
        pairs.sort_unstable();
        pairs.dedup_by_key(|p| p.0);
        for (v, c) in pairs {
            if self.in_direct[v] || self.used[v] || self.in_fragment[v] {
                continue;
            }
            let tok = &self.doc.tokens[v];
            if !tok.upos.is("VERB") || self.lex.is_not_cue(self.doc.lemma(v)) {
                continue;
            }
            // Right after a possessive "'s" a verb form modifies the noun that follows
            // ("Sudan's warring parties have agreed"): the parse's clause is that noun's.
            let possessed = v > 0
                && is_in(self.word(v - 1), &["'s", "\u{2019}s", "'"])
                && self.doc.tokens[v - 1].deprel.is("case");
            if possessed {
                continue;
            }
            // A passive ("the plan was criticized", "it was announced", "is said to") has
            // its patient or an expletive as subject, not a speaker; `verb_cue` refuses it
            // too.
            if self.doc.dependents(v).any(|d| {
                matches!(
                    self.doc.tokens[d].deprel.as_str(),
                    "aux:pass" | "nsubj:pass" | "csubj:pass" | "expl"
                )
            }) {
                continue;
            }
            let (lo, hi) = self.clause_bounds(v, &range);
            let hi = trim_end(self, lo, hi);
            if c >= hi {
                continue;
            }
            let mut a = self.reach[c].0 as usize;
            if a <= v {
                continue;
            }
            // A finite clause with its own subject or a "that"/"whether"/"if": the parse
            // also gives "ccomp" to fragments after verbs that report nothing. Any other
            // subordinator ("because", "although", "while") makes it an adverbial clause
            // the parser mislabelled, not what was said.
            let is_content_mark = |d: usize| is_in(self.word(d), &["that", "whether", "if"]);
            let mut finite = false;
            let mut other_mark = false;
            for d in self.doc.dependents(c) {
                match self.doc.tokens[d].deprel.base() {
                    "nsubj" => finite = true,
                    "mark" if is_content_mark(d) => finite = true,
                    "mark" => other_mark = true,
                    _ => {}
                }
            }
            if !finite || other_mark {
                continue;
            }
            if self.word(a).eq_ignore_ascii_case("that") {
                a += 1;
            }
            if a >= hi || starts.get(a).copied().unwrap_or(false) {
                continue;
            }
            // A participle modifying a noun has no subject to fall back on: the words
            // before it are the noun's sentence, not the participle's agent.
            let participle = self.doc.tokens[v].deprel.is("acl");
            let source = self.parsed_source(v, lo).or_else(|| {
                let (end, _) = self.skip_aux_left(v, lo);
                let np = self.left_np(end, lo).filter(|&np| !self.empty_source(np));
                np.filter(|_| !participle)
            });
            // Without a source the verb is as often no attribution ("the move rose ...").
            if source.is_none() {
                continue;
            }
            // "It signals the talks had failed", "this suggests ...": a thing, not a
            // speaker, is read as the source more often than not.
            if source.is_some_and(|(s0, s1)| {
                s1 == s0 + 1 && is_in(self.word(s0), &["it", "this", "that", "there"])
            }) {
                continue;
            }
            if let Some(cand) = self.candidate((a, hi), source, (v, v + 1)) {
                self.used[v] = true;
                cands.push(cand);
            }
        }
    }

    /// "Obama spoke at the White House on Tuesday about the victims", "talks to Kelly
    /// about bullying": a verb of talking (`data/topic_verbs.txt`: a lemma and the
    /// preposition that names its topic) with that prepositional phrase anywhere after it
    /// in the parse reports the phrase, its source the verb's subject (or that of the verb
    /// it completes or is conjoined to). The surface reader finds only the phrase right
    /// after the verb ("talked about"); this pass reads a verb it has not used. Passives
    /// and subjectless verbs are refused, as in `parsed_cues`.
    fn topic_cues(
        &mut self,
        range: std::ops::Range<usize>,
        starts: &[bool],
        cands: &mut Vec<Candidate>,
    ) {
        for d in range.clone() {
            if !matches!(self.doc.tokens[d].deprel.base(), "obl" | "nmod") {
                continue;
            }
            // The parse's own attachment only: climbing through the phrases it may have
            // hung the topic on instead ("talked to reporters on Friday about": "about"
            // on "Friday") matched a PolNeAR attribution in 10 of 30 new places.
            let Some(v) = self.doc.head(d).filter(|&v| range.contains(&v) && v < d) else {
                continue;
            };
            if self.in_direct[v] || self.used[v] || self.in_fragment[v] || self.in_direct[d] {
                continue;
            }
            if !self.doc.tokens[v].upos.is("VERB") {
                continue;
            }
            // The preposition lies in the phrase's subtree before its head.
            let Some(case) = (self.reach[d].0 as usize..d)
                .find(|&c| self.doc.head(c) == Some(d) && self.doc.tokens[c].deprel.is("case"))
            else {
                continue;
            };
            let mut buf = [0u8; 32];
            let Some(prep) = lower(self.word(case), &mut buf) else {
                continue;
            };
            if !self.lex.is_topic_verb(self.doc.lemma(v), prep) {
                continue;
            }
            // Passive, modal or controlled ("wants to talk about", "is able to speak
            // about", "could write about"): no statement made.
            if self.doc.dependents(v).any(|e| {
                matches!(
                    self.doc.tokens[e].deprel.as_str(),
                    "aux:pass" | "nsubj:pass" | "expl"
                ) || self.doc.tokens[e].xpos.as_str() == "MD"
            }) || self.doc.tokens[v].deprel.base() == "xcomp"
            {
                continue;
            }
            // A date is no topic ("testify on Thursday"), nor a number ("said about half
            // of them").
            let head_span = self.doc.tokens[d].span;
            if self.doc.times.iter().any(|x| x.span.overlaps(head_span))
                || is_in(self.word(d), TIME_WORDS)
                || self.doc.tokens[d].upos.is("NUM")
                || (case + 1 < d && self.doc.tokens[case + 1].upos.is("NUM"))
            {
                continue;
            }
            let (lo, hi) = self.clause_bounds(v, &range);
            let hi = trim_end(self, lo, hi);
            let a = case + 1;
            let b = (self.reach[d].1 as usize + 1).min(hi);
            if a >= b || starts.get(a).copied().unwrap_or(false) {
                continue;
            }
            let Some(source) = self.parsed_source(v, lo) else {
                continue;
            };
            if source.1 == source.0 + 1
                && is_in(self.word(source.0), &["it", "this", "that", "there"])
            {
                continue;
            }
            // A nominal subject only: not a relative pronoun ("who spoke about") or a
            // word the parse made the subject that is no noun.
            let nominal = self.doc.dependents(v).any(|e| {
                self.doc.tokens[e].deprel.base() == "nsubj"
                    && self.nominal_tag(e)
                    && !is_in(self.word(e), RELATIVE_PRONOUNS)
            });
            if !nominal && self.syntax_subject(v, lo) == Some(source) {
                continue;
            }
            if let Some(cand) = self.candidate((a, b), Some(source), (v, v + 1)) {
                self.used[v] = true;
                cands.push(cand);
            }
        }
    }

    /// "Trumka told members of the union's executive council that ...", "Cruz said Thursday
    /// during a town hall in Buffalo, New York, that ...": a speech cue the other readers
    /// left unused, with a "that" the tagger reads as a complementizer (or a "whether")
    /// after it and no verb in between (an addressee or adjuncts, whatever the parse made
    /// of them), reports the clause after "that" (from "whether" on); its source the cue's
    /// subject in the parse.
    fn distant_that(&mut self, range: std::ops::Range<usize>, cands: &mut Vec<Candidate>) {
        for v in range.clone() {
            if self.used[v] || self.in_direct[v] || self.in_fragment[v] {
                continue;
            }
            if !self.doc.tokens[v].upos.is("VERB") {
                continue;
            }
            // Cheap test first: a "that" or "whether" soon after, in the same sentence.
            let s = self.sent_of[v];
            let near = (v + 2..range.end.min(v + 16))
                .take_while(|&t| self.sent_of[t] == s)
                .any(|t| is_in(self.word(t), &["that", "whether"]));
            if !near {
                continue;
            }
            let Some(cue) = self
                .cue_at(v)
                .filter(|c| c.len == 1 && c.class == CueClass::Speech)
            else {
                continue;
            };
            if cue.participle && !self.word(v).ends_with("ing") {
                continue;
            }
            let (lo, hi) = self.clause_bounds(v, &range);
            let hi = trim_end(self, lo, hi);
            let Some(that) = (v + 2..hi.min(v + 16)).find(|&t| {
                (self.word(t).eq_ignore_ascii_case("that") && self.doc.tokens[t].upos.is("SCONJ"))
                    || self.word(t).eq_ignore_ascii_case("whether")
            }) else {
                continue;
            };
            // The clause must be the cue's own complement in the parse ("begged the
            // question of whether", "calls into question whether": the noun's), and the
            // cue active ("had been told ... that", "after being warned ... that": the
            // subject is the one addressed).
            // After a comma that closes the adjuncts ("wrote to the mayor on Friday, after
            // a long debate, that ...") or an adjunct before "whether" ("would not discuss
            // with the board whether"), the parse may hang the clause on a noun of the
            // adjunct: it is still the cue's, unless it hangs on another verb or is a
            // question's ("the question of whether", "calls into question whether").
            let own_clause = self.doc.head(that).is_some_and(|h| match self.doc.head(h) {
                Some(up) if up == v => true,
                Some(up) => {
                    !self.verb_tag(up)
                        && (self.kind(that - 1) == Kind::Comma
                            || (self.word(that).eq_ignore_ascii_case("whether")
                                && !is_in(self.word(that - 1), &["of", "question"])))
                }
                None => false,
            });
            let passive = self.doc.dependents(v).any(|d| {
                matches!(
                    self.doc.tokens[d].deprel.as_str(),
                    "aux:pass" | "nsubj:pass"
                )
            });
            if !own_clause || passive {
                continue;
            }
            // "whether" is part of the question reported ("wouldn't discuss ... whether").
            let that = if self.word(that).eq_ignore_ascii_case("whether") {
                that - 1
            } else {
                that
            };
            if (v + 1..that)
                .any(|t| self.verb_tag(t) || self.kind(t).is_mark() || self.in_direct[t])
            {
                continue;
            }
            let Some(source) = self.parsed_source(v, lo) else {
                continue;
            };
            if let Some(cand) = self.candidate((that + 1, hi), Some(source), (v, v + 1)) {
                self.used[v] = true;
                cands.push(cand);
            }
        }
    }

    /// The subject of verb `v` in the parse, or of the verb it completes, is conjoined to
    /// or modifies ("continued to say", "rushed in and said", "went out of her way to
    /// say", "smiled, saying"), up to three verbs up; never across a clausal complement
    /// (that subject reports the clause `v` is in). A participle modifying a noun
    /// ("met aides wagering the plan would fail") has none: the envoy who met them is not
    /// its agent, and the noun is as often a message ("a memo arguing") as a speaker
    /// (taking the noun as source cost PolNeAR dev speaker F1 0.6317 -> 0.6312).
    fn parsed_source(&self, v: usize, lo: usize) -> Option<Tokens> {
        let mut t = v;
        for _ in 0..4 {
            if let Some(s) = self.syntax_subject(t, lo) {
                return Some(s);
            }
            match self.doc.tokens[t].deprel.base() {
                "xcomp" | "conj" | "advcl" => t = self.doc.head(t)?,
                _ => return None,
            }
        }
        None
    }

    /// The clause region around token `i`: its sentence within `para`, cut at semicolons
    /// and direct quotes.
    fn clause_bounds(&self, i: usize, para: &std::ops::Range<usize>) -> (usize, usize) {
        let s0 = self.sentence_start(i).max(para.start);
        let s1 = self.sentence_end(i).min(para.end);
        let lo = (s0..i)
            .rev()
            .find(|&t| self.in_direct[t] || self.kind(t) == Kind::Semicolon)
            .map_or(s0, |t| t + 1);
        let hi = (i..s1)
            .find(|&t| self.in_direct[t] || self.kind(t) == Kind::Semicolon)
            .unwrap_or(s1);
        (lo, hi)
    }

    /// Attributions made by a construction rather than a cue word: a question put to
    /// someone ("Asked whether he would run, ..."), a poll as the source ("In the latest
    /// CNN poll, ..."), a raised subject ("Trump is expected to win") and a headline
    /// naming its speaker ("Reid: Never underestimate Trump").
    fn construction(&self, i: usize, para: std::ops::Range<usize>) -> Option<Candidate> {
        if self.kind(i) != Kind::Word || self.used[i] || self.in_fragment[i] {
            return None;
        }
        // Cheap test first: only these words (or a paragraph's first token) start one.
        let w = self.word(i);
        let lists = self.lex.lists_of(w);
        let trigger = i == para.start
            || w.eq_ignore_ascii_case("asked")
            || w.eq_ignore_ascii_case("in")
            || is_in(w, SEEM)
            || is_in(w, RAISING)
            || lists.has_seen_as_verb()
            || lists.has(WordList::HearsayAdverbs)
            || (lists.has(WordList::PerspectivePrepositions) && i <= self.sentence_start(i) + 1);
        if !trigger {
            return None;
        }
        let (lo, hi) = self.clause_bounds(i, &para);
        let hi = trim_end(self, lo, hi);
        self.asked_question(i, lo, hi)
            .or_else(|| self.poll_source(i, lo, hi))
            .or_else(|| self.in_view(i, lo, hi))
            .or_else(|| self.raised_subject(i, lo, hi))
            .or_else(|| self.seen_as(i, lo, hi))
            .or_else(|| self.hearsay(i, lo, hi))
            .or_else(|| self.perspective(i, lo, hi))
            .or_else(|| self.headline_speaker(i, &para))
            .or_else(|| self.transcript_turn(i, &para))
    }

    /// "Asked whether he would run, Sanders said ...", "when asked about the deal": the
    /// question is the content, with no source (the asker is rarely named).
    fn asked_question(&self, i: usize, lo: usize, hi: usize) -> Option<Candidate> {
        if !self.word(i).eq_ignore_ascii_case("asked") || i + 2 >= hi {
            return None;
        }
        let opens = i == lo
            || self.kind(i - 1) == Kind::Comma
            || is_in(self.word(i - 1), &["when", "after", "if", "once", "being"])
            // "Sanders was asked whether ...": the one asked is no source; the asker is
            // rarely named.
            || is_in(self.word(i - 1), &["was", "were", "is", "are", "been"]);
        if !opens {
            return None;
        }
        // The question word right after "asked", or after a short adjunct with no verb
        // or comma ("Asked on Fox News who ...", "was asked by the moderator whether
        // ..."): a "by" agent there is the asker, the source.
        // "was asked to name ...", "Asked by the host to respond ...": a request put to
        // someone, its infinitive the content.
        let is_q = |t: usize| {
            is_in(self.word(t), QUESTION_WORDS)
                || (self.word(t).eq_ignore_ascii_case("to")
                    && t + 1 < hi
                    && self.tagged(t + 1)
                    && self.doc.tokens[t + 1].xpos.as_str() == "VB")
        };
        let q = (i + 1..hi.min(i + 9))
            .take_while(|&t| t == i + 1 || (self.kind(t) == Kind::Word && !self.verb_tag(t)))
            .find(|&t| is_q(t))?;
        let asker = (q > i + 2 && self.word(i + 1).eq_ignore_ascii_case("by"))
            .then(|| self.right_np(i + 2, q))
            .flatten()
            .filter(|&np| !self.empty_source(np));
        if q > i + 1 && self.word(i + 1).eq_ignore_ascii_case("by") && asker.is_none() {
            return None;
        }
        // "The senator, a Democrat, asked why ...": after a comma, "asked" may be the
        // verb of the subject before an apposition; then the ordinary cue reads it.
        if i > lo && self.kind(i - 1) == Kind::Comma {
            let has_subject = if self.doc.tokens[i].deprel.as_str().is_empty() {
                self.left_np(i, lo).is_some()
            } else {
                self.doc
                    .dependents(i)
                    .any(|j| self.doc.tokens[j].deprel.base() == "nsubj")
            };
            if has_subject {
                return None;
            }
        }
        let end = (q + 1..hi)
            .find(|&t| matches!(self.kind(t), Kind::Comma | Kind::End | Kind::Colon))
            .unwrap_or(hi);
        let cue_end = if asker.is_some() { q } else { i + 1 };
        self.candidate((q, end), asker, (i, cue_end))
    }

    /// "In a poll released Sunday, Ferreira led ..." / "Ferreira led by 4 points in
    /// the latest county poll.": the poll is the source of the clause around it.
    fn poll_source(&self, i: usize, lo: usize, hi: usize) -> Option<Candidate> {
        if !self.word(i).eq_ignore_ascii_case("in") || i + 2 >= hi {
            return None;
        }
        let poll = (i + 1..hi.min(i + 12))
            .take_while(|&t| matches!(self.kind(t), Kind::Word | Kind::Other | Kind::Dash))
            .find(|&t| is_in(self.word(t), POLL_NOUNS))?;
        // "In an average year": an average is a poll's only after a polling word ("the
        // polling average").
        if is_in(self.word(poll), POLL_AVERAGES)
            && !(i + 1..poll).any(|t| is_in(self.word(t), POLL_WORDS))
        {
            return None;
        }
        // The poll noun heads its phrase ("poll workers" is no poll), and "a survey of"
        // counts only people ("of 1,000 voters"), not things ("of the damage").
        if poll + 1 < hi
            && self.tagged(poll + 1)
            && matches!(self.doc.tokens[poll + 1].upos.as_str(), "NOUN" | "PROPN")
        {
            return None;
        }
        if poll + 2 < hi && self.word(poll + 1).eq_ignore_ascii_case("of") {
            let people = (poll + 2..hi.min(poll + 6))
                .take_while(|&t| self.kind(t) == Kind::Word)
                .any(|t| {
                    is_in(self.word(t), POLLED)
                        || self.word(t).starts_with(|c: char| c.is_ascii_digit())
                });
            if !people {
                return None;
            }
        }
        let first = self.word(i + 1);
        if !(is_in(first, DETERMINERS) || self.capitalized(i + 1) || first == "recent") {
            return None;
        }
        // "rising in the polls", "head to the polls": no particular poll.
        if poll == i + 2 && self.word(poll).eq_ignore_ascii_case("polls") {
            return None;
        }
        if i == lo || (self.kind(i - 1) == Kind::Comma && self.clause_start(lo, i - 1)) {
            // "In NP, CONTENT": the content starts after the comma closing the phrase.
            let comma = (poll + 1..hi).find(|&t| self.kind(t) == Kind::Comma)?;
            return self.candidate((comma + 1, hi), Some((i + 1, comma)), (i, i + 1));
        }
        // "CONTENT in NP.": the phrase (and a date after it) ends the clause, or a
        // comma or semicolon follows it ("... in a CBS poll last month, ...").
        let tail_end = (poll + 1..hi)
            .find(|&t| matches!(self.kind(t), Kind::Comma | Kind::Semicolon))
            .unwrap_or(hi);
        let tail_ok = (poll + 1..tail_end).all(|t| {
            self.kind(t) == Kind::Word
                && (self.capitalized(t)
                    || is_in(self.word(t), POLL_TAIL)
                    || self.word(t).starts_with(|c: char| c.is_ascii_digit()))
        });
        // The clause before the phrase: after an opening adjunct's comma ("By Jan. 18,
        // Obama was winning ...") and an opening subordinator ("Though she is running
        // ahead ...").
        let mut start = (lo..i)
            .rev()
            .find(|&t| self.kind(t) == Kind::Comma)
            .map_or(lo, |t| t + 1);
        if start < i && is_in(self.word(start), SUBORDINATORS) {
            start += 1;
        }
        (tail_ok && i > start + 2)
            .then(|| self.candidate((start, i), Some((i + 1, tail_end)), (i, i + 1)))?
    }

    /// "Trump is expected to win": a raising verb after "be" reports its clause with no
    /// source; the content is the subject and the infinitive.
    fn raised_subject(&self, i: usize, lo: usize, hi: usize) -> Option<Candidate> {
        let seem = is_in(self.word(i), SEEM);
        if !(seem || is_in(self.word(i), RAISING)) || i + 2 >= hi || i <= lo {
            return None;
        }
        if !self.word(i + 1).eq_ignore_ascii_case("to") {
            return if seem { self.seems_so(i, lo, hi) } else { None };
        }
        // A bare verb follows "to" ("is expected to win"), not a phrase ("was reported
        // to police", "to the United Nations"): the tag decides when there is one. An
        // adverb may split the infinitive ("is expected to again pass").
        let mut v = i + 2;
        while v + 1 < hi && self.tagged(v) && self.doc.tokens[v].upos.is("ADV") {
            v += 1;
        }
        let bare_verb = self.kind(v) == Kind::Word
            && !self.capitalized(v)
            && !is_in(self.word(v), DETERMINERS)
            && !self.mentioned(v)
            && (!self.tagged(v) || self.verb_tag(v));
        if !bare_verb {
            return None;
        }
        let (subj_end, passive) = self.skip_aux_left(i, lo);
        if !(passive || seem) {
            return None;
        }
        let s0 = self.subject_start(subj_end, Some(i), lo)?;
        // The infinitive's clause ends where a reported one would ("seemed to match the
        // mood, as the band played": the "as" clause is the writer's).
        let end = self.cut_tail(i + 1, hi, false);
        let end = if seem {
            self.hedge_end(i + 1, end)
        } else {
            end
        };
        let c = self.candidate((s0, end), None, (subj_end, i + 1))?;
        Some(c)
    }

    /// The start of the subject a cue splits from its content ("Kovacs | as the
    /// favourite"): the phrase that ends at `subj_end`, else the parse's subject of
    /// `verb`.
    fn subject_start(&self, subj_end: usize, verb: Option<usize>, lo: usize) -> Option<usize> {
        let (s0, _) = self
            .left_np(subj_end, lo)
            .or_else(|| verb.and_then(|v| self.syntax_subject(v, lo)))?;
        Some(s0)
    }

    /// `subject_start`, when the subject names something: not an empty phrase, "it" or
    /// "there".
    fn named_subject_start(
        &self,
        subj_end: usize,
        verb: Option<usize>,
        lo: usize,
    ) -> Option<usize> {
        let s0 = self.subject_start(subj_end, verb, lo)?;
        let unnamed = self.empty_source((s0, subj_end)) || is_in(self.word(s0), &["it", "there"]);
        (!unnamed).then_some(s0)
    }

    /// The candidate of a content after its cue, with the subject before the cue (from
    /// `s0`) as the content's start: the content split around the cue.
    fn split_candidate(
        &self,
        s0: usize,
        content: (usize, usize),
        source: Option<(usize, usize)>,
        cue: (usize, usize),
    ) -> Option<Candidate> {
        let mut c = self.candidate(content, source, cue)?;
        c.content.0 = s0;
        Some(c)
    }

    /// "Kovacs is widely seen as the favourite", "the plan was viewed by farmers as a
    /// betrayal": a passive verb of judging with an "as" phrase after it (and an optional
    /// "by" agent before it, the source) reports its subject and the phrase, split around
    /// the cue as a raised subject is ("Kovacs | as the favourite").
    fn seen_as(&self, i: usize, lo: usize, hi: usize) -> Option<Candidate> {
        if !self.lex.is_seen_as_verb(self.word(i)) || i + 2 >= hi || i <= lo {
            return None;
        }
        let (subj_end, passive) = self.skip_aux_left(i, lo);
        if !passive || subj_end == i {
            return None;
        }
        // "seen as", or "seen by NP as" (the agent a short phrase with no verb); the
        // preposition as `seen_as.txt` pairs it ("known for his temper").
        let as_word = |t: usize| self.lex.is_seen_as(self.word(i), self.word(t));
        let (agent, as_at) = if as_word(i + 1) {
            (None, i + 1)
        } else if self.word(i + 1).eq_ignore_ascii_case("by") {
            let np = self.right_np(i + 2, hi)?;
            let as_at = np.1;
            if as_at >= hi || !self.word(as_at).eq_ignore_ascii_case("as") {
                return None;
            }
            (Some(np), as_at)
        } else {
            return None;
        };
        // "is known as the Northern Front", "known as "the Lion"": a name, no view; nor is
        // "is not known as a resort".
        if self.word(i).eq_ignore_ascii_case("known") {
            let mut n = as_at + 1;
            if self.word(n).eq_ignore_ascii_case("the") && n + 1 < hi {
                n += 1;
            }
            if matches!(self.kind(as_at + 1), Kind::Open | Kind::Straight)
                || self.capitalized(n)
                || (subj_end..i).any(|t| is_in(self.word(t), &["not", "n't", "never"]))
            {
                return None;
            }
        }
        let s0 = self.named_subject_start(subj_end, Some(i), lo)?;
        // "can be seen as", "must be seen as": a possibility or a demand, no one's view.
        if (subj_end..i).any(|t| self.tagged(t) && self.doc.tokens[t].xpos.as_str() == "MD") {
            return None;
        }
        // The view ends before a dash, a concession ("although ...": the writer's), a
        // comma opening "either" or a relative "which", or a verb phrase joined to the cue
        // ("known for his temper and is praised as ...").
        let end = self.cut_tail(as_at + 1, hi, false);
        let end = (as_at + 1..end)
            .find(|&t| {
                self.kind(t) == Kind::Dash
                    || is_in(self.word(t), &["although", "though", "but", "while"])
                    || (self.kind(t) == Kind::Comma
                        && t + 1 < end
                        && is_in(self.word(t + 1), &["either", "which"]))
                    || (is_in(self.word(t), &["and", "or"])
                        && t + 1 < end
                        && self.tagged(t + 1)
                        && (self.doc.tokens[t + 1].upos.as_str() == "AUX"
                            || matches!(
                                self.doc.tokens[t + 1].xpos.as_str(),
                                "VBZ" | "VBD" | "VBP" | "MD"
                            )))
            })
            .unwrap_or(end);
        // "a valley that was known as a backwater": the relative pronoun is no subject to
        // report.
        if is_in(self.word(s0), &["that", "which", "who"]) {
            return self.candidate((as_at + 1, end), agent, (subj_end, as_at + 1));
        }
        self.split_candidate(s0, (as_at + 1, end), agent, (subj_end, as_at + 1))
    }

    /// "In Petrov's view, the tariff will hurt farmers", "The tariff, in his view, will
    /// hurt farmers", "..., in her opinion": "in", a possessor (a possessive pronoun, or
    /// a short phrase ending in "'s") and a noun of `WordList::ViewNouns` give the possessor's view
    /// of the clause around the phrase, as "according to" does; between commas inside
    /// the clause the content is split around it.
    fn in_view(&self, i: usize, lo: usize, hi: usize) -> Option<Candidate> {
        if !self.word(i).eq_ignore_ascii_case("in") || i + 2 >= hi {
            return None;
        }
        let pronoun = is_in(
            self.word(i + 1),
            &["his", "her", "their", "my", "our", "its"],
        );
        let source_end = if pronoun {
            i + 2
        } else {
            let s = (i + 1..hi.min(i + 7))
                .take_while(|&t| self.kind(t) == Kind::Word)
                .find(|&t| is_in(self.word(t), &["'s", "\u{2019}s"]))?;
            if s == i + 1 || self.verb_tag(s - 1) {
                return None;
            }
            s + 1
        };
        let mut noun = source_end;
        if noun < hi && self.word(noun).eq_ignore_ascii_case("own") {
            noun += 1;
        }
        if noun >= hi || !self.lex.in_list(WordList::ViewNouns, self.word(noun)) {
            return None;
        }
        let cue_end = noun + 1;
        // "in his assessment of the deal": a view of a thing, not of the clause.
        if cue_end < hi && self.word(cue_end).eq_ignore_ascii_case("of") {
            return None;
        }
        // A question ("Why, in her view, did the talks fail?") states no view.
        let s1 = self.sentence_end(i);
        if (i..s1).any(|t| self.word(t) == "?") {
            return None;
        }
        let source = (i + 1, if pronoun { i + 2 } else { source_end - 1 });
        let content = if i == lo || self.clause_start(lo, i) {
            let mut c0 = cue_end;
            while c0 < hi && self.kind(c0) == Kind::Comma {
                c0 += 1;
            }
            (c0, hi)
        } else if i > lo + 1 && self.kind(i - 1) == Kind::Comma {
            if cue_end + 1 < hi && self.kind(cue_end) == Kind::Comma {
                (lo, hi)
            } else {
                (lo, i - 1)
            }
        } else {
            (lo, i)
        };
        // A trailing phrase ("..., in her view") holds the clause of the verb the parse
        // hangs it on, not all the words before it ("He also says the plan, ...").
        let content = match self.doc.head(noun) {
            Some(h) if content.0 < i && content.1 <= i && h < i && self.verb_tag(h) => (
                content
                    .0
                    .max(self.reach.get(h).map_or(content.0, |r| r.0 as usize)),
                content.1,
            ),
            _ => content,
        };
        // A clause with a cue of its own ("Trump, in his view, accused ...") is that
        // cue's report; the view phrase says no more.
        if (content.0..content.1).any(|t| (t < i || t >= cue_end) && self.cue_at(t).is_some()) {
            return None;
        }
        let mut c = self.candidate(content, Some(source), (i, cue_end))?;
        // `candidate` trims only a content after its cue; one around it keeps its ends.
        if c.content.0 < i && cue_end < c.content.1 {
            c.content = (content.0, content.1);
        }
        Some(c)
    }

    /// "To Novak, the vote marked a turning point": a sentence that opens with "to" and a
    /// phrase naming an actor (a mention of the actors stage, no verb in it) before a
    /// comma gives that actor's view; the clause after the comma (with a finite verb, not
    /// a relative clause on the phrase) is the content, the phrase its source. Not a
    /// purpose or a time ("To win, ...", "To this day, ...": no actor named).
    fn perspective(&self, i: usize, lo: usize, hi: usize) -> Option<Candidate> {
        if !self
            .lex
            .in_list(WordList::PerspectivePrepositions, self.word(i))
            || i + 3 >= hi
        {
            return None;
        }
        let opens =
            i == lo || (i == lo + 1 && is_in(self.word(lo), &["but", "and", "yet", "still"]));
        if !opens {
            return None;
        }
        let comma = (i + 1..hi.min(i + 10)).find(|&t| self.kind(t) != Kind::Word)?;
        if self.kind(comma) != Kind::Comma || comma <= i + 1 {
            return None;
        }
        // The view is the phrase's actor's, never a possessive pronoun's: "To his successor,
        // Obama leaves a divisive legacy" names an heir, not Obama's view.
        let holder = |t: usize| self.mentioned(t) && self.doc.tokens[t].xpos.as_str() != "PRP$";
        if (i + 1..comma).any(|t| self.verb_tag(t)) || !(i + 1..comma).any(holder) {
            return None;
        }
        if is_in(self.word(comma + 1), RELATIVE_PRONOUNS) {
            return None;
        }
        let end = self.cut_tail(comma + 1, hi, false);
        if !(comma + 1..end).any(|t| self.tagged(t) && finite(self.doc.tokens[t].xpos.as_str())) {
            return None;
        }
        self.candidate((comma + 1, end), Some((i + 1, comma)), (i, i + 1))
    }

    /// "The Club for Growth is reportedly spending ...": a clause with a hearsay adverb
    /// is reported by unnamed others; its subject and the rest of the clause are the
    /// content, split around the adverb as a raised subject is, with no source.
    fn hearsay(&self, i: usize, lo: usize, hi: usize) -> Option<Candidate> {
        if !self.lex.in_list(WordList::HearsayAdverbs, self.word(i)) || i + 1 >= hi || i <= lo {
            return None;
        }
        let (subj_end, _) = self.skip_aux_left(i, lo);
        let s0 = self.named_subject_start(subj_end, self.doc.head(i), lo)?;
        let end = self.cut_tail(i + 1, hi, false);
        // The clause ends before a web address or markup left in the text ("https://...",
        // "<a href=...>", "pic.twitter.com/...").
        let markup = |t: usize| {
            let w = self.word(t);
            w.contains("://")
                || w.starts_with("www.")
                || w.contains(".com/")
                || matches!(w, "<" | ">" | "href" | "http" | "https")
        };
        let end = (i + 1..end).find(|&t| markup(t)).unwrap_or(end);
        self.split_candidate(s0, (i + 1, end), None, (i, i + 1))
    }

    /// "Trump's supporters seemed equally unperturbed", "The deal appears likely": a
    /// subject that seems so, by the parse an adjective, a participle or "like" after
    /// "seem"; the writer's reading, with no source (as PolNeAR marks most of them). The
    /// content is the subject and what it seems, to where a reported clause would end.
    fn seems_so(&self, i: usize, lo: usize, hi: usize) -> Option<Candidate> {
        let next = i + 1;
        if !self.tagged(next) || self.kind(next) != Kind::Word {
            return None;
        }
        let complement = (next..hi.min(next + 3))
            .take_while(|&t| self.kind(t) == Kind::Word)
            .find(|&t| !self.doc.tokens[t].upos.is("ADV"))
            .is_some_and(|t| {
                self.doc.tokens[t].upos.is("ADJ")
                    || self.doc.tokens[t].xpos.as_str() == "VBN"
                    || self.word(t).eq_ignore_ascii_case("like")
            });
        if !complement {
            return None;
        }
        let (subj_end, _) = self.skip_aux_left(i, lo);
        let (s0, _) = self
            .left_np(subj_end, lo)
            .or_else(|| self.syntax_subject(i, lo))?;
        if self.empty_source((s0, subj_end)) || is_in(self.word(s0), &["it", "there"]) {
            return None;
        }
        let end = self.cut_tail(i, hi, false);
        let end = self.hedge_end(i + 1, end);
        self.candidate((s0, end), None, (subj_end, i + 1))
    }

    /// Where what a hedge says seems ends: at the first comma, dash, colon or semicolon
    /// after it ("appeared to be locked in a tight race, with a new poll finding ...",
    /// "seems to have backfired: by refusing ..."): what follows is the writer's.
    /// Not at a comma inside the complement itself: a list ("ready, willing and able"),
    /// an aside ("ready, moreover, to"), an appositive or a phrase the parse hangs on a
    /// word of the complement, unless that phrase is a clause with its own subject.
    fn hedge_end(&self, a: usize, b: usize) -> usize {
        (a + 1..b)
            .find(|&t| {
                (matches!(self.kind(t), Kind::Comma | Kind::Colon | Kind::Semicolon)
                    || self.spaced_dash(t))
                    && !self.in_fragment[t]
                    && !self.hedge_goes_on(a, t, b)
            })
            .unwrap_or(b)
    }

    /// Whether the phrase after the punctuation `p` (inside the hedge complement `a..b`)
    /// still belongs to the complement: the parse hangs it on a word between `a` and
    /// `p`, as a conjunct, appositive, modifier or aside, and it is no clause with a
    /// subject and finite verb of its own.
    fn hedge_goes_on(&self, a: usize, p: usize, b: usize) -> bool {
        if !self.tagged(p) || self.kind(p) == Kind::Semicolon || p + 1 >= b {
            return false;
        }
        // An adverb between two commas is an aside: "ready, moreover, to ...".
        let adverb = |t: usize| {
            self.kind(t) == Kind::Word
                && self
                    .doc
                    .tokens
                    .get(t)
                    .is_some_and(|t| t.xpos.as_str() == "RB")
        };
        if self.kind(p) == Kind::Comma
            && (self.kind(p + 2) == Kind::Comma && adverb(p + 1)
                || p >= a + 2 && self.kind(p - 2) == Kind::Comma && adverb(p - 1))
        {
            return true;
        }
        // The root of the phrase after `p`: climb while the head lies after `p`.
        let mut r = p + 1;
        for _ in 0..16 {
            match self.doc.head(r) {
                Some(h) if h > p && h < b && h != r => r = h,
                Some(h) if h == p => match self.doc.head(p) {
                    Some(g) if g > p && g < b && g != r => r = g,
                    _ => break,
                },
                _ => break,
            }
        }
        let Some(h) = self.doc.head(r).or_else(|| self.doc.head(p)) else {
            return false;
        };
        let h = if h == p {
            match self.doc.head(p) {
                Some(g) => g,
                None => return false,
            }
        } else {
            h
        };
        if h < a || h >= p {
            return false;
        }
        let Some(tok) = self.doc.tokens.get(r) else {
            return false;
        };
        let own_subject = self
            .doc
            .dependents(r)
            .any(|d| matches!(self.doc.tokens[d].deprel.base(), "nsubj" | "expl"))
            && (finite(tok.xpos.as_str())
                || self.doc.dependents(r).any(|d| {
                    matches!(self.doc.tokens[d].deprel.base(), "aux" | "cop")
                        && finite(self.doc.tokens[d].xpos.as_str())
                }));
        // ", and voters ...": after a conjunction only a list of like words goes on
        // ("everyone, or no one", "Tehran, and Damascus").
        let nominal = |t: usize| {
            self.doc
                .tokens
                .get(t)
                .is_some_and(|t| matches!(t.upos.as_str(), "NOUN" | "PROPN" | "PRON" | "NUM"))
        };
        let like = |x: usize, y: usize| {
            nominal(x) && nominal(y)
                || self.doc.tokens.get(x).map(|t| t.upos) == self.doc.tokens.get(y).map(|t| t.upos)
        };
        if self
            .doc
            .tokens
            .get(p + 1)
            .is_some_and(|t| t.upos.is("CCONJ"))
            && !like(r, h)
        {
            return false;
        }
        // After a colon or dash, a clause with a finite verb is the writer's own.
        if self.kind(p) != Kind::Comma
            && (p + 1..b).any(|t| {
                self.doc
                    .tokens
                    .get(t)
                    .is_some_and(|t| finite(t.xpos.as_str()))
            })
        {
            return false;
        }
        // A finite verb after `p` with no subject of its own is the sentence's verb
        // ("the rich, worried about ... have fueled ...").
        let subjectless = (p + 1..b).any(|t| {
            let Some(tok) = self.doc.tokens.get(t) else {
                return false;
            };
            if !finite(tok.xpos.as_str()) {
                return false;
            }
            let c = if matches!(tok.deprel.base(), "aux" | "cop") {
                self.doc.head(t).unwrap_or(t)
            } else {
                t
            };
            !self
                .doc
                .dependents(c)
                .any(|d| matches!(self.doc.tokens[d].deprel.base(), "nsubj" | "expl"))
        });
        if subjectless {
            return false;
        }
        // Nothing after `p` hangs outside the complement ("..., worried about X have
        // fueled ...": the sentence's own verb follows).
        let outside = (p + 1..b).any(|t| {
            self.kind(t) == Kind::Word && self.doc.head(t).is_none_or(|h| h + 1 < a || h >= b)
        });
        if outside {
            return false;
        }
        let mark = self
            .doc
            .dependents(r)
            .any(|d| d > p && self.doc.tokens[d].deprel.is("mark"));
        !own_subject
            && !mark
            && matches!(
                tok.deprel.base(),
                "conj" | "appos" | "amod" | "nmod" | "obl" | "advmod" | "acl" | "xcomp" | "obj"
            )
    }

    /// The colon closing a label of at most `most` words that opens at `i` ("Reid:",
    /// "JANE DOE:"), with at least two tokens after it in the paragraph `para`.
    fn label_colon(&self, i: usize, para: &std::ops::Range<usize>, most: usize) -> Option<usize> {
        let colon = (i + 1..para.end.min(i + most + 1)).find(|&t| self.kind(t) != Kind::Word)?;
        (self.kind(colon) == Kind::Colon && colon + 2 < para.end).then_some(colon)
    }

    /// A one-sentence paragraph such as a headline, "Reid: Never underestimate Trump":
    /// a short capitalized name, a colon, then the statement.
    fn headline_speaker(&self, i: usize, para: &std::ops::Range<usize>) -> Option<Candidate> {
        // The article's first paragraph (its headline as a paragraph) or a title-case
        // one-sentence paragraph.
        let headline = para.start == 0 || self.title_case[self.sent_of[i] as usize];
        if i != para.start || !headline || self.sentence_end(i) < para.end.saturating_sub(1) {
            return None;
        }
        if self.kind(para.end - 1) == Kind::End && self.word(para.end - 1) == "?" {
            return None;
        }
        let colon = self.label_colon(i, para, 7)?;
        // "Clinton to Planned Parenthood: ...", "Former AG Smith at RNC: ...": the name
        // before "to"/"at" speaks, to or at the one named after it (`addressed_label`).
        let name_end = self.addressed_label(i, colon).unwrap_or(colon);
        if name_end == colon && colon - i > 4 {
            return None;
        }
        let name_ok = (i..colon).filter(|&t| t != name_end).all(|t| {
            let w = self.word(t);
            (self.capitalized(t) || is_in(w, &["'s", "\u{2019}s"]))
                && !(w.len() > 3 && w.chars().all(|c| c.is_ascii_uppercase()))
        }) && !is_in(self.word(i), &["the", "a", "an"]);
        if !name_ok || self.empty_source((i, name_end)) || self.lex.is_label(self.word(i)) {
            return None;
        }
        // A label ("Exclusive:") or a place ("Ukraine:") heads many headlines: only a
        // person or organisation the actors stage found there speaks.
        // So does a poll, a report or a paper ("Poll: ...", "Report: ...").
        let evidence = name_end == colon && is_in(self.word(colon - 1), HEADLINE_EVIDENCE);
        if !self.names_speaker((i, name_end)) && !evidence {
            return None;
        }
        let hi = trim_end(self, colon, para.end);
        if (colon + 1..hi).any(|t| self.in_direct[t]) {
            // `Smith: "..."` is a direct quote (`colon_intro`).
            return None;
        }
        self.candidate((colon + 1, hi), Some((i, name_end)), (colon, colon + 1))
    }

    /// The "to"/"at" between a headline label's speaker and the one addressed, with
    /// capitalized words on both sides: "Clinton to Planned Parenthood:", "Former AG
    /// Smith at RNC:" (the label `i..colon`). At most four words before it and three after.
    fn addressed_label(&self, i: usize, colon: usize) -> Option<usize> {
        (i + 1..colon.saturating_sub(1))
            .find(|&t| is_in(self.word(t), &["to", "at"]))
            .filter(|&t| t - i <= 4 && colon - t - 1 <= 3 && self.capitalized(t + 1))
    }

    /// A transcript turn, "HARLAN: We never saw the budget. It was late.": a paragraph
    /// opened by a speaker label in capitals (one to three words of two or more letters,
    /// "JANE DOE") and a colon reports the rest of the paragraph, the label its source.
    /// Not "Q:"/"A:" or a name in mixed case ("Harlan:"): PolNeAR's annotators mostly
    /// kept the statements inside such turns (train: -18 matches for "Q:"/"A:", +9 false
    /// alarms for mixed-case names).
    /// The turn is the outer report; cues inside it ("I think ...") keep their own.
    fn transcript_turn(&self, i: usize, para: &std::ops::Range<usize>) -> Option<Candidate> {
        if i != para.start {
            return None;
        }
        let colon = self.label_colon(i, para, 3)?;
        let label = (i..colon).all(|t| {
            let w = self.word(t);
            w.len() >= 2
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c == '.' || c == '-')
                && w.chars().any(|c| c.is_ascii_uppercase())
        });
        // Not the article's headline, a section label ("UPDATE:", "BYLINE:") or a
        // title-case line after it ("FLASHBACK: Rivals Trade Barbs").
        if !label
            || i == 0
            || (i..colon).any(|t| self.lex.is_label(self.word(t)))
            || self.title_case[self.sent_of[colon + 1] as usize]
        {
            return None;
        }
        let hi = trim_end(self, colon, para.end);
        let words = (colon + 1..hi)
            .filter(|&t| self.kind(t) == Kind::Word)
            .count();
        (words >= 3).then_some(Candidate {
            content: (colon + 1, hi),
            kind: QuoteKind::Indirect,
            source: Some((i, colon)),
            cue: Some((colon, colon + 1)),
            reported: true,
            carry: false,
        })
    }

    /// Whether token `t` has a part-of-speech tag (the syntax stage ran).
    fn tagged(&self, t: usize) -> bool {
        self.doc
            .tokens
            .get(t)
            .is_some_and(|tok| !tok.upos.as_str().is_empty())
    }

    /// Whether an actor mention covers token `t` ("police" in "reported to police").
    fn mentioned(&self, t: usize) -> bool {
        let span = self.doc.tokens[t].span;
        self.doc.mentions.iter().any(|m| m.span.overlaps(span))
    }

    /// Whether a mention of an actor whose kind passes `kind` covers token `t`.
    fn mentioned_as(&self, t: usize, kind: impl Fn(ActorKind) -> bool) -> bool {
        let span = self.doc.tokens[t].span;
        self.doc.mentions.iter().any(|m| {
            m.span.overlaps(span)
                && self
                    .doc
                    .actors
                    .get(m.actor as usize)
                    .is_some_and(|x| kind(x.kind))
        })
    }

    /// Whether a place of the places stage covers token `t`.
    fn in_place(&self, t: usize) -> bool {
        let span = self.doc.tokens[t].span;
        self.doc.places.iter().any(|p| p.span.overlaps(span))
    }

    /// Whether token `t` is tagged as a noun, proper noun or pronoun.
    fn nominal_tag(&self, t: usize) -> bool {
        self.doc
            .tokens
            .get(t)
            .is_some_and(|tok| matches!(tok.upos.as_str(), "NOUN" | "PROPN" | "PRON"))
    }

    /// Whether token `t` is tagged as a verb or auxiliary.
    fn verb_tag(&self, t: usize) -> bool {
        self.doc
            .tokens
            .get(t)
            .is_some_and(|tok| matches!(tok.upos.as_str(), "VERB" | "AUX"))
    }

    /// Whether the phrase `a..b` has a verb of its own clause before anything that
    /// modifies one of its nouns: a verb or auxiliary the parse tags before the first
    /// clause hung on the noun right before it (`acl`, `acl:relcl`) or relative pronoun
    /// after a noun. "the economy reflects a gain" and "Cruz for showing resolve" (a
    /// gerund after a preposition) have one; "the union representing the workers" and
    /// "observers who watched the vote" have none.
    fn clause_verb_in(&self, a: usize, b: usize) -> bool {
        for t in a..b {
            let Some(tok) = self.doc.tokens.get(t) else {
                return false;
            };
            let after_noun = t > a && self.nominal_tag(t - 1);
            let modifier = after_noun
                && (matches!(tok.deprel.as_str(), "acl" | "acl:relcl")
                    || (self.kind(t) == Kind::Word && is_in(self.word(t), RELATIVE_PRONOUNS)));
            if modifier {
                return false;
            }
            if self.verb_tag(t) {
                return true;
            }
        }
        false
    }

    /// Whether token `t` after the participle at `p` still belongs to its object: it is
    /// no verb, or a verb heading a clause of its own, with its own subject or marker
    /// ("saying they want", "claiming that it was") in the parse. The parse may hang the
    /// main verb under the object ("concerns declined") or the object's clause on the
    /// main verb ("issued a statement saying it would"), so its tree is not followed.
    fn in_participle_object(&self, t: usize, p: usize) -> bool {
        if !self.verb_tag(t) {
            return true;
        }
        if self.doc.tokens[p].deprel.as_str().is_empty() {
            return false;
        }
        let verb = if matches!(self.doc.tokens[t].deprel.base(), "aux" | "cop") {
            self.doc.head(t).unwrap_or(t)
        } else {
            t
        };
        (p + 1..t).any(|j| {
            self.doc.head(j) == Some(verb)
                && matches!(self.doc.tokens[j].deprel.base(), "nsubj" | "mark" | "expl")
        }) || self.word(t - 1).eq_ignore_ascii_case("to")
    }

    /// Whether `a..b` names a person, organisation or group (not a country or place):
    /// a mention of one overlaps it, or, when the actors stage marked nothing there, its
    /// last word ends a name mentioned elsewhere in the article ("Reid:" after "Harry
    /// Reid").
    fn names_speaker(&self, (a, b): Tokens) -> bool {
        let (start, end) = (
            self.doc.tokens[a].span.start,
            self.doc.tokens[b - 1].span.end,
        );
        let speaking = |actor: u32| {
            self.doc.actors.get(actor as usize).is_some_and(|act| {
                matches!(
                    act.kind,
                    ActorKind::Person | ActorKind::Organization | ActorKind::Group
                )
            })
        };
        let here = Span::new(start as usize, end as usize);
        // Headlines in title case are read poorly ("John" of "John McCain"): any
        // overlapping mention will do, as long as none is a place.
        let mut covered = false;
        for m in self.doc.mentions.iter().filter(|m| m.span.overlaps(here)) {
            if !speaking(m.actor) {
                return false;
            }
            covered = true;
        }
        if covered {
            return true;
        }
        let last = self.word(b - 1);
        // "Poll: Clinton leads in Ohio": a poll or report speaks for its findings.
        if b == a + 1 && is_in(last, DOCUMENT_SOURCES) {
            return true;
        }
        self.doc.mentions.iter().any(|m| {
            let text = self.doc.slice(m.span);
            speaking(m.actor)
                && m.span.start >= end
                && text.ends_with(last)
                && (text.len() == last.len() || text[..text.len() - last.len()].ends_with(' '))
        })
    }

    /// The author of a noun cue `i` with no possessor, named by "from" or "by" right after
    /// it and ended by a "that" (the phrase `a..b`, `b` the "that"): "complaints from his
    /// counterpart that ...", "claims by the union that ...". A phrase of at most six
    /// words, no verb, comma, number or preposition, with a noun or pronoun and no word
    /// of time ("a suggestion from last year that") or of a point in a course
    /// (`COURSE_POINTS`: "complaints from the outset that").
    fn noun_cue_author(&self, i: usize, hi: usize) -> Option<Tokens> {
        let j = i + 1;
        if j + 2 >= hi || !is_in(self.word(j), &["from", "by"]) {
            return None;
        }
        let b = (j + 1..hi.min(j + 8)).find(|&t| self.word(t).eq_ignore_ascii_case("that"))?;
        let phrase = j + 1..b;
        let ok = !phrase.is_empty()
            && phrase.clone().all(|t| {
                self.kind(t) == Kind::Word
                    && self.tagged(t)
                    && !self.verb_tag(t)
                    && !matches!(self.doc.tokens[t].upos.as_str(), "NUM" | "ADP" | "SCONJ")
            })
            && phrase.clone().any(|t| self.nominal_tag(t))
            && !phrase.clone().any(|t| {
                let w = self.word(t);
                is_in(w, TIME_WORDS)
                    || is_in(w, SPANS_OF_TIME)
                    || is_in(w, SPANS_OF_TIME_PLURAL)
                    || is_in(w, THIS_TIMES)
                    || is_in(w, COURSE_POINTS)
                    || self.in_time(t)
            });
        ok.then_some((j + 1, b))
    }

    /// "his statement that ...", "Trump's decision to ...": a noun cue (`nouns.tsv`) after
    /// a possessive (one adjective may stand between), the possessor as the source (for a
    /// possessive pronoun, the clause's subject when it comes first), the that-clause or
    /// to-infinitive as the content.
    fn noun_cue(&self, i: usize, plo: usize, phi: usize) -> Option<Candidate> {
        if self.kind(i) != Kind::Word || self.in_fragment[i] || self.used[i] {
            return None;
        }
        let mut buf = [0u8; 32];
        let w = lower(self.word(i), &mut buf)?;
        // "criticism of the plan", "questions about his health": a noun of
        // `data/topic_nouns.txt` with its preposition (speech when no other class).
        let topic = i + 2 < phi && self.topic_noun(i);
        let class = match self.lex.noun_class(w) {
            Some(class) => class,
            None if topic => CueClass::Speech,
            None => return None,
        };
        let lo = self.sentence_start(i).max(plo);
        let hi = trim_end(self, lo, self.sentence_end(i).min(phi));
        let possessive = |t: usize| {
            self.kind(t) == Kind::Word
                && is_in(self.word(t), &["his", "her", "their", "its", "our", "my"])
        };
        // "'s", or the apostrophe alone after a plural ("the farmers' concern").
        let apostrophe_s = |t: usize| {
            is_in(self.word(t), &["'s", "\u{2019}s"])
                || (self.tagged(t) && self.doc.tokens[t].xpos.as_str() == "POS")
        };
        // The possessor ends at `p` (exclusive), right before the noun or one adjective.
        let p = [i, i.saturating_sub(1)].into_iter().find(|&p| {
            p > lo
                && (p == i || (!self.capitalized(p) && self.kind(p) == Kind::Word))
                && (possessive(p - 1) || (p > lo + 1 && apostrophe_s(p - 1)))
        });
        let Some(p) = p else {
            if topic {
                return self.bare_topic_noun(i, lo, hi);
            }
            // No possessor: "an assertion that ...", "amid warnings that ...": the clause after a
            // "that" the tagger reads as a complementizer, when the parse does not make its
            // clause a relative one ("the statement that the ministry issued"). An author
            // named by "from"/"by" before the "that" speaks ("complaints from his
            // counterpart that ...").
            let author = self.noun_cue_author(i, hi);
            let j = author.map_or(i + 1, |(_, b)| b);
            if j + 2 >= hi
                || !self.word(j).eq_ignore_ascii_case("that")
                || self.doc.tokens[j].upos.as_str() != "SCONJ"
                || self
                    .doc
                    .head(j)
                    .is_some_and(|v| self.doc.tokens[v].deprel.as_str() == "acl:relcl")
                || (j + 1..hi).any(|t| self.in_direct[t])
            {
                return None;
            }
            // A noun in an oblique of a reporting verb ("says in a statement that ...") is
            // where the verb's statement was made: the verb reports the clause, once.
            let verb_cue = |h: usize| {
                let mut buf = [0u8; 32];
                lower(self.doc.word(h), &mut buf).is_some_and(|w| self.lex.is_form(w))
            };
            if self.doc.head(i).is_some_and(|h| h < i && verb_cue(h)) {
                return None;
            }
            // The subject of the verb the noun hangs on ("Trump stirred controversy with an
            // assertion that ...") speaks, if any.
            // A time phrase the parse makes that subject is no speaker; a conjunct verb
            // speaks for the subject of the verb it is joined to ("Vale has taken a firm
            // stance, and last June stirred controversy with an assertion that ...").
            let source = author.or_else(|| {
                let h = self.doc.head(i).filter(|&h| self.verb_tag(h))?;
                let s = self.head_subject(i, lo)?;
                if !self.time_only(s) {
                    return Some(s);
                }
                let first = self
                    .doc
                    .head(h)
                    .filter(|_| self.doc.tokens[h].deprel.base() == "conj")?;
                self.syntax_subject(first, lo)
                    .filter(|&s| s.1 <= first && !self.time_only(s))
            });
            return self.candidate((j + 1, hi), source, (i, i + 1));
        };
        let source = if possessive(p - 1) {
            // "Sanders ... his view that": the clause's subject, which the pronoun
            // stands for, when it comes first.
            self.clause_subject(lo, p - 1)
                .filter(|s| s.1 < p - 1)
                .unwrap_or((p - 1, p))
        } else {
            // The possessor only: a phrase read back past a verb ("joined the
            // governor's call") starts after it, and after a preposition opening it
            // ("combined with the mayor's endorsement").
            let (a, b) = self.left_np(p - 1, lo)?;
            let a = (a..b)
                .rev()
                .find(|&t| self.tagged(t) && self.verb_tag(t))
                .map_or(a, |v| v + 1);
            let a = if a < b && self.tagged(a) && self.doc.tokens[a].upos.as_str() == "ADP" {
                a + 1
            } else {
                a
            };
            // A plural's bare apostrophe belongs to the last noun of the phrase ("the
            // depth of voters' anger": the voters).
            let a = if self.word(p - 1).starts_with("'s")
                || self.word(p - 1).starts_with("\u{2019}s")
            {
                a
            } else {
                (a..b)
                    .rev()
                    .find(|&t| self.tagged(t) && self.doc.tokens[t].upos.as_str() == "ADP")
                    .map_or(a, |t| t + 1)
            };
            if a >= b {
                return None;
            }
            (a, b)
        };
        let j = i + 1;
        if j >= hi || self.kind(j) != Kind::Word {
            return None;
        }
        let next = self.word(j);
        // "to" after a statement noun is its addressee ("his message to voters").
        let start = if next.eq_ignore_ascii_case("to") && class == CueClass::Intent {
            j
        } else if next.eq_ignore_ascii_case("that") {
            j + 1
        } else if j + 1 < hi
            && ((class == CueClass::Stance
                && self.lex.in_list(WordList::ObjectNounCues, self.word(i))
                && is_in(next, &["of", "against"]))
                || (self.lex.in_list(WordList::CallNouns, self.word(i))
                    && next.eq_ignore_ascii_case("for"))
                || topic)
        {
            // "Trump's attacks on Curiel", "her criticism of the bill", "Pence's call for
            // a special prosecutor" (6 of 7 new quotes matched on PolNeAR train): the
            // object, to the end of its phrase in the parse.
            let end = self.preposition_object_end(j, hi)?;
            return self.candidate((j + 1, end), Some(source), (i, j + 1));
        } else if j + 2 < hi
            && is_in(next, &["is", "was"])
            && self.word(j + 1).eq_ignore_ascii_case("that")
            && matches!(class, CueClass::Speech | CueClass::Belief)
        {
            // "Rubio's response was that ...": the copula's that-clause.
            j + 2
        } else {
            return None;
        };
        if (start..hi).any(|t| self.in_direct[t]) {
            return None;
        }
        self.candidate((start, hi), Some(source), (i, i + 1))
    }

    /// Whether the noun at `i` and the preposition after it are a pair of
    /// `data/topic_nouns.txt` ("criticism" + "of").
    fn topic_noun(&self, i: usize) -> bool {
        // A singular "-ing" noun needs a determiner or a possessor to be a thing said
        // ("a warning about", not "days of warning about", "for warning about").
        let gerund_like = || {
            let w = self.word(i).as_bytes();
            w.len() > 4
                && w[w.len() - 3..].eq_ignore_ascii_case(b"ing")
                && !self.doc.dependents(i).any(|d| {
                    matches!(
                        self.doc.tokens[d].deprel.as_str(),
                        "det" | "nmod:poss" | "det:poss"
                    )
                })
        };
        self.tagged(i)
            && self.doc.tokens[i].upos.as_str() == "NOUN"
            && self.kind(i + 1) == Kind::Word
            && is_in(self.word(i + 1), TOPIC_NOUN_PREPOSITIONS)
            && self.lex.is_topic_noun(self.doc.lemma(i), self.word(i + 1))
            && !gerund_like()
    }

    /// The end (exclusive) of the phrase the preposition at `j` opens, whatever the parse
    /// hung it on ("joined the governor's call for a new inquiry": "inquiry" on "joined"),
    /// within `..hi`; none when the parse gives it no noun or it holds a direct quote.
    fn preposition_object_end(&self, j: usize, hi: usize) -> Option<usize> {
        let object = self.doc.head(j).filter(|&d| {
            d > j
                && self.reach[d].0 as usize == j
                && matches!(
                    self.doc.tokens[d].upos.as_str(),
                    "NOUN" | "PROPN" | "PRON" | "NUM"
                )
        })?;
        let end = (self.reach[object].1 as usize + 1).min(hi);
        // The parse may hang the main verb on the object ("criticism of the plan
        // grew", "criticism of the plan voiced by ..."): any verb ends it, and so does
        // a relative pronoun ("criticism of the mayor that ..."); a participle glued to
        // a word by a hyphen ("state-funded") is part of the phrase.
        let hyphenated = |t: usize| t > j + 1 && self.word(t - 1) == "-" && !self.spaced(t);
        let cut = (j + 1..end).find(|&t| {
            (self.tagged(t)
                && !hyphenated(t)
                && (self.verb_tag(t) || self.doc.tokens[t].xpos.as_str() == "MD"))
                || is_in(self.word(t), &["who", "that", "which"])
        });
        // A clause opened by a question word ("concerns about what it sees as ...",
        // "questions about how the money was spent") is cut by its own verb: what is left
        // ("what it") is no content.
        if cut.is_some() && is_in(self.word(j + 1), CLAUSE_QUESTION_WORDS) {
            return None;
        }
        let end = cut.unwrap_or(end);
        if (j + 1..end).any(|t| self.in_direct[t]) {
            return None;
        }
        Some(end)
    }

    /// A topic noun with no possessor ("criticism of the plan", "questions about his
    /// health"): the phrase after its preposition, reported by the author a "from"/"by"
    /// phrase on the noun names ("complaints about the fee from two mayors"), else by the
    /// subject of a verb of voicing whose object the noun is ("the senator voiced concern
    /// about the delay"), else by nobody named.
    fn bare_topic_noun(&self, i: usize, lo: usize, hi: usize) -> Option<Candidate> {
        let j = i + 1;
        // "no apology for", "any concerns about" (after a negation or in a question): no
        // one voiced it.
        if self
            .doc
            .dependents(i)
            .any(|d| self.doc.tokens[d].deprel.is("det") && is_in(self.word(d), &["no", "any"]))
        {
            return None;
        }
        // The verb the noun hangs on, through a noun the parse hangs it on ("nothing but
        // praise for", "a statement of concern about"), and the noun's relation to it.
        let mut n = i;
        for _ in 0..2 {
            match self.doc.head(n) {
                Some(h)
                    if self.doc.tokens[n].deprel.base() == "nmod"
                        && matches!(self.doc.tokens[h].upos.as_str(), "NOUN" | "PRON") =>
                {
                    n = h
                }
                _ => break,
            }
        }
        let verb = self.doc.head(n);
        let rel = self.doc.tokens[n].deprel.base();
        if let Some(v) = verb {
            // "did not voice concern about", "Nobody had concerns about": no one did.
            let nobody = self
                .syntax_subject(v, lo)
                .is_some_and(|(a, b)| b == a + 1 && is_in(self.word(a), NEGATIVE_PRONOUNS));
            if self.negated(v) || nobody {
                return None;
            }
            // "won the endorsement of the sheriff": the "of" phrase names who gave it.
            if rel == "obj"
                && self.word(j).eq_ignore_ascii_case("of")
                && is_in(self.doc.lemma(v), RECEIVING_VERBS)
            {
                return None;
            }
        }
        let mut end = self.preposition_object_end(j, hi)?;
        // The author a "from"/"by" phrase on the noun itself names, after its object
        // ("complaints about the fee from two mayors"; one the parse hangs inside the
        // object is the object's: "concerns about threats from the rebels"): the content
        // stops before it.
        let author = (j + 2..hi).find_map(|d| {
            if self.doc.tokens[d].deprel.base() != "nmod" || self.doc.head(d) != Some(i) {
                return None;
            }
            let k = self.doc.dependents(d).find(|&k| {
                self.doc.tokens[k].deprel.is("case") && is_in(self.word(k), &["from", "by"])
            })?;
            let reach = self.reach.get(d)?;
            let b = (reach.1 as usize + 1).min(hi);
            (k + 1 < b && k > j + 1).then_some((k, b))
        });
        let author = author.map(|(k, b)| {
            if k < end {
                end = k;
            }
            (k + 1, b)
        });
        // "has praise for", "offered an apology for": the verb's subject; so is that of a
        // speech verb an "in" phrase holding the noun hangs on, when the phrase opens the
        // clause and a comma closes it ("In a terse endorsement of the plan, the mayor
        // said"; "mired in accusations of bias" is no one's).
        let voiced = || {
            let verb = verb?;
            let opening = || {
                let case = self.doc.dependents(n).find(|&d| {
                    self.doc.tokens[d].deprel.is("case") && self.word(d).eq_ignore_ascii_case("in")
                });
                // The parse may hang the closing comma on the phrase.
                let last = self.reach[n].1 as usize;
                case.is_some_and(|c| c == lo || self.clause_start(lo, c))
                    && (last..=last + 1).any(|t| t < hi && self.kind(t) == Kind::Comma)
            };
            let mut buf = [0u8; 32];
            let speech_verb = lower(self.word(verb), &mut buf).is_some_and(|w| self.lex.is_form(w));
            let inside = rel == "obl" && speech_verb && opening();
            ((rel == "obj" && is_in(self.doc.lemma(verb), VOICING_VERBS)) || inside)
                .then(|| self.syntax_subject(verb, lo))
                .flatten()
                .filter(|s| s.1 <= i || s.0 >= end)
        };
        let source = author.or_else(voiced);
        self.candidate((j + 1, end), source, (i, j + 1))
    }

    fn according(&self, i: usize, cue: Cue, lo: usize, hi: usize) -> Option<Candidate> {
        let after = i + cue.len;
        let source = self.right_np(after, hi)?;
        let cue_span = (i, after);
        let hi = trim_end(self, lo, hi);
        // "X — according to Y — has risen": the dashes close an aside in the clause.
        let aside =
            i > lo && self.kind(i - 1) == Kind::Dash && (source.1..hi).any(|t| self.spaced_dash(t));
        let content = if aside {
            (lo, hi)
        } else if i == lo
            || (i > lo && self.kind(i - 1) == Kind::Comma && self.clause_start(lo, i - 1))
            || (i > lo && matches!(self.kind(i - 1), Kind::Colon | Kind::Dash))
            || (i > lo && self.clause_start(lo, i))
        {
            // "According to X, CONTENT.", "But according to X, CONTENT."
            let mut c0 = source.1;
            while c0 < hi && matches!(self.kind(c0), Kind::Comma) {
                c0 += 1;
            }
            (c0, hi)
        } else if i > lo && self.kind(i - 1) == Kind::Comma {
            // "CONTENT, according to X, who ...": a relative clause or a clause with its
            // own verb before the cue (in the parse) ends the content at the cue.
            let closes = source.1 + 1 < hi
                && (is_in(self.word(source.1 + 1), &["who", "which", "whose"])
                    || (self.tagged(lo) && !self.verbless(lo, i - 1)));
            if source.1 < hi && self.kind(source.1) == Kind::Comma && source.1 + 1 < hi && !closes {
                // "Varga, according to Novak, welcomed the offer."
                (lo, hi)
            } else {
                // "CONTENT, according to X."
                (lo, i - 1)
            }
        } else {
            (lo, i)
        };
        self.candidate(content, Some(source), cue_span)
    }

    /// A cue in the passive with its agent "by" at `by`, right after the cue or after a
    /// short adjunct ("The senator was endorsed on Friday by the union", "The tariff was
    /// criticized by Mexico"): the subject before the forms of "be" is the content, the
    /// phrase after "by" the source. A one-word subject
    /// ("Cruz was endorsed by ...") is left out: on PolNeAR train it added 3 matches
    /// and 10 false alarms.
    fn passive_with_agent(
        &self,
        i: usize,
        cue: Cue,
        by: usize,
        lo: usize,
        hi: usize,
    ) -> Option<Candidate> {
        if cue.participle {
            return None;
        }
        let (subj_end, passive) = self.skip_aux_left(i, lo);
        if !passive || subj_end >= i {
            return None;
        }
        let content = self.left_np(subj_end, lo)?;
        let source = self.right_np(by + 1, hi)?;
        if self.empty_source(content) || self.empty_source(source) {
            return None;
        }
        // "The minister was told by his aides that ...", "was asked by reporters whether
        // ...", "was warned by the IMF: ...": the subject is the one addressed, and what
        // was said follows; it is no report on the subject.
        let next = source.1;
        if next < hi
            && (matches!(
                self.kind(next),
                Kind::Colon | Kind::Open | Kind::Straight | Kind::Close
            ) || ["that", "whether", "if"]
                .iter()
                .any(|w| self.word(next).eq_ignore_ascii_case(w)))
        {
            return None;
        }
        self.candidate(content, Some(source), (i, i + cue.len))
    }

    /// "It was widely reported that ...", "it is assumed that ...": a passive cue whose
    /// subject is an expletive "it" (the word right before its auxiliaries) and that a
    /// "that" follows reports the clause after "that", by nobody named.
    fn expletive_passive(
        &self,
        i: usize,
        subj_end: usize,
        lo: usize,
        hi: usize,
    ) -> Option<Candidate> {
        if subj_end <= lo
            || subj_end >= i
            || !self.word(subj_end - 1).eq_ignore_ascii_case("it")
            || i + 2 >= hi
            || !self.word(i + 1).eq_ignore_ascii_case("that")
        {
            return None;
        }
        // "It should be noted that ...", "it must be said that": the writer's own aside.
        if (subj_end..i).any(|t| self.tagged(t) && self.doc.tokens[t].xpos.as_str() == "MD") {
            return None;
        }
        // "the report that it was said that": the "it" opens its clause, not an object.
        if subj_end - 1 > lo && self.kind(subj_end - 2) == Kind::Word && self.verb_tag(subj_end - 2)
        {
            return None;
        }
        let hi = trim_end(self, lo, hi);
        if i + 2 >= hi || (i + 2..hi).any(|t| self.in_direct[t]) {
            return None;
        }
        self.candidate((i + 2, hi), None, (subj_end - 1, i + 1))
    }

    /// Whether `lo..end` is only an introductory adverbial (empty or short with no verb
    /// cue): "According to X" opening a clause after "But," / "In fact,".
    fn clause_start(&self, lo: usize, end: usize) -> bool {
        end <= lo
            || (end - lo <= 2
                && (lo..end)
                    .all(|t| self.kind(t) == Kind::Comma || is_in(self.word(t), CLAUSE_OPENERS)))
    }

    fn verb_cue(
        &self,
        i: usize,
        cue: Cue,
        lo: usize,
        hi: usize,
        cands: &[Candidate],
    ) -> Option<Candidate> {
        let after = i + cue.len;
        if i > lo && self.kind(i - 1) == Kind::Word && self.word(i - 1).eq_ignore_ascii_case("to") {
            return self.infinitive_cue(i, cue, lo, hi);
        }
        if i > lo && self.kind(i - 1) == Kind::Word && is_in(self.word(i - 1), NOT_BEFORE_CUE) {
            return None;
        }
        // "joined the governor's call for ...": after a possessive the cue is a noun
        // (`noun_cue` reads it, its possessor the source), not a verb of the subject.
        if i > lo && is_in(self.word(i - 1), &["'s", "\u{2019}s"]) {
            return None;
        }
        if let Some(c) = self.as_clause(i, cue, lo, hi) {
            return Some(c);
        }
        if after < hi && self.kind(after) == Kind::Word {
            let next = self.word(after);
            if next.eq_ignore_ascii_case("by") {
                // "The senator was endorsed by the union": a passive cue reports on its
                // subject, by its agent. A participle modifier ("a plan backed by the
                // party") says nothing.
                return self.passive_with_agent(i, cue, after, lo, hi);
            }
            // An active belief verb before an infinitive reports what its subject hopes
            // or expects to do ("Kovacs hopes to win the seat"): the infinitive is the
            // content, as after an intent verb.
            let belief_infinitive = cue.class == CueClass::Belief
                && !self.skip_aux_left(i, lo).1
                && after + 1 < hi
                && self.verb_tag(after + 1);
            if cue.frame == Frame::Say && next.eq_ignore_ascii_case("to") && !belief_infinitive {
                // Raising ("is said to be").
                return None;
            }
        }
        let (subj_end, passive) = self.skip_aux_left(i, lo);
        if passive && !cue.participle && cue.len == 1 {
            // "It was widely reported that ...": an expletive subject, nobody named.
            if let Some(c) = self.expletive_passive(i, subj_end, lo, hi) {
                return Some(c);
            }
            // "was endorsed on Friday by the union": the agent after a short adjunct.
            let by = (after..hi.min(after + 5))
                .take_while(|&t| self.kind(t) == Kind::Word && !self.verb_tag(t))
                .find(|&t| self.word(t).eq_ignore_ascii_case("by"))?;
            return self.passive_with_agent(i, cue, by, lo, hi);
        }
        let hi_trim = trim_end(self, lo, hi);
        // Participle after a comma: ", saying that ...", source from the clause before;
        // also after a direct quote closed by its comma ("..., "I don't like it,"
        // adding that ...").
        if cue.participle
            && ((subj_end > lo && self.kind(subj_end - 1) == Kind::Comma)
                || (subj_end == lo && self.quote_closed_by_comma(lo)))
        {
            let content = self.right_content(i, cue, hi_trim)?;
            // The source of a cue before it in the sentence, else the subject of the verb
            // the parse hangs the participle on ("On Monday, Ferreira ..., accusing"), else
            // the pronoun or name the clause opens with.
            let source = self
                .previous_source(i, cands)
                .or_else(|| self.participle_subject(i, lo))
                .or_else(|| self.main_subject_over(i, lo))
                .or_else(|| {
                    self.sentence_subject(lo, i)
                        .filter(|&s| !self.empty_source(s))
                });
            return self.candidate(content.0, source, (i, content.1));
        }
        if cue.participle && i > lo {
            if let Some(joined) = self.joined_participle(i, cue, lo, hi_trim, cands) {
                return Some(joined);
            }
        }
        if cue.participle && subj_end == i && i > lo && self.kind(i - 1) == Kind::Word {
            if is_in(self.word(i - 1), PARTICIPLE_OPENERS) {
                // "by saying that ...", "after suggesting ...": the clause's subject.
                // The participle's own clause first ("Officials said X angered Y by
                // saying": X): the subject opening a reported clause that holds the
                // participle, else the parse's; then the source of the statement before.
                // An opening participle clause ("After saying he was tired, the
                // farmer left") speaks for the subject after its comma, and a phrase
                // of its own content never does.
                let (content, cue_end) = self.right_content(i, cue, hi_trim)?;
                let own_end = self.participle_clause_comma(content).unwrap_or(content.1);
                let outside = |s: &Tokens| !(content.0 <= s.0 && s.1 <= own_end);
                let source = self
                    .enclosing_subject(i, cands)
                    .or_else(|| self.fronted_clause_subject(i - 1, content, hi_trim))
                    .or_else(|| {
                        self.doc
                            .head(i)
                            .and_then(|h| self.syntax_subject(h, lo))
                            .filter(outside)
                    })
                    .or_else(|| self.previous_source(i, cands))
                    .or_else(|| self.clause_subject(lo, i - 1).filter(|s| s.1 < i - 1));
                return self.candidate(content, source, (i, cue_end));
            }
            // "A spokesman citing security concerns declined ...": a speech participle
            // after a verbless noun phrase; the phrase is the source, the participle's
            // object the content. Only with tags: without them the main verb is unknown.
            // A phrase read past a verb or "with" ("have left most residents
            // saying", "with 30 percent saying") starts after it; a day is no source
            // ("The minister spent Tuesday outlining").
            let np = self
                .left_np(i, lo)
                .filter(|_| {
                    matches!(
                        cue.class,
                        CueClass::Speech | CueClass::Stance | CueClass::Evidence
                    ) && self.tagged(i)
                })
                .map(|(a, b)| {
                    let a = (a..b)
                        .rev()
                        .find(|&t| self.verb_tag(t) || self.word(t).eq_ignore_ascii_case("with"))
                        .map_or(a, |v| v + 1);
                    (a, b)
                })
                .filter(|&(a, b)| {
                    a < b && !self.empty_source((a, b)) && !is_in(self.word(b - 1), TIME_WORDS)
                });
            // A stance participle only after a work its maker made ("released a statement
            // condemning", "ran ads praising"): "farmers backing the mayor" says nothing;
            // but its doer after "with" speaks (`with_doer`: "with forty members blasting
            // the raids", "with polls showing a tie"); evidence only there.
            let with_doer = np.is_some_and(|np| self.with_doer(np, lo));
            let np = np.filter(|&np| {
                with_doer
                    || cue.class == CueClass::Speech
                    || (cue.class == CueClass::Stance && self.work_maker(np, lo).is_some())
            });
            if let Some(np) = np {
                let ((c0, c1), cue_end) = self.right_content(i, cue, hi_trim)?;
                // When the phrase opens its clause, the clause's verb follows the object
                // ("A spokesman citing X declined"); after a verb or a preposition ("left
                // 60 percent saying ...", "with 30 percent saying ..."), it has passed.
                // So does a possessed work's ("says the governor's posts attacking X are
                // lies"): a phrase of its own.
                let subject = !(lo..np.0)
                    .any(|t| self.verb_tag(t) || self.word(t).eq_ignore_ascii_case("with"))
                    || (cue.class == CueClass::Stance && self.work_possessor(np).is_some());
                let c1 = (c0..c1)
                    .find(|&t| {
                        self.kind(t) == Kind::Comma || (subject && !self.in_participle_object(t, i))
                    })
                    .unwrap_or(c1);
                // "with each side blaming the other and the host threatening to leave": a
                // second doer and its participle after "and" is a new absolute clause.
                let c1 = if with_doer {
                    (c0 + 1..c1)
                        .find(|&t| self.absolute_clause_at(t, c1))
                        .unwrap_or(c1)
                } else {
                    c1
                };
                // A message's phrase after a verb that sends or issues it speaks for
                // the verb's subject ("The ministry issued a statement saying ...").
                // A stance taken in a work ("bankrolled ads attacking X", "released a
                // statement condemning X") is its maker's, whatever the verb.
                let source = if with_doer {
                    np
                } else if cue.class == CueClass::Stance {
                    self.work_maker(np, lo)?
                } else {
                    self.message_sender(np, lo)
                        .or_else(|| self.object_maker(np, lo))
                        .or_else(|| self.subject_over_prepositional(np, lo))
                        .unwrap_or(np)
                };
                return self.candidate((c0, c1), Some(source), (i, cue_end));
            }
        }
        if cue.participle && !(subj_end < i && is_in(self.word(subj_end), BE_FORMS)) {
            // "the warning", "after saying": not a finite reporting verb.
            // "The envoy spent Thursday outlining": a phrase with a verb is no source.
            if !(subj_end > lo
                && self.kind(subj_end - 1) == Kind::Word
                && self
                    .left_np(subj_end, lo)
                    .is_some_and(|(a, b)| !(a..b).any(|t| self.verb_tag(t)))
                && subj_end < i)
            {
                return None;
            }
        }
        // The phrase read leftwards, else the parse's subject when there is a parse; the
        // parse also wins when the phrase stopped at a relative pronoun ("the man who
        // came yesterday said").
        // "... and can't read": after the half of a contraction, a coordinator before it
        // joins the cue to an earlier verb whose subject it shares: the parse's subject of
        // the cue, else (below) that of the verb it is joined to; never a phrase read
        // leftwards across the coordinator.
        let coordinated = (subj_end..i).any(|t| self.before_glued_not(t))
            && subj_end > lo
            && self.kind(subj_end - 1) == Kind::Word
            && is_in(self.word(subj_end - 1), &["and", "but"]);
        let phrase = if coordinated {
            None
        } else {
            self.left_np(subj_end, lo)
        };
        let mut source = match phrase {
            // ... but a subject pronoun after the relative word is the subject ("Rubio,
            // who he dubbed the little senator"): the relative word is the object.
            Some((a, b))
                if a > lo
                    && is_in(self.word(a - 1), &["who", "which", "that", "whom"])
                    && !(b == a + 1 && is_in(self.word(a), SUBJECT_PRONOUNS)
                        || self.object_relative_subject((a, b), i)) =>
            {
                self.syntax_subject(i, lo).or(Some((a, b)))
            }
            // A lone function word ("In", "And") is no source: the parse may know one.
            Some(np) if self.empty_source(np) => self.syntax_subject(i, lo),
            Some(np) => Some(self.subject_around_aside(np, i, after, lo).unwrap_or(np)),
            None => self.syntax_subject(i, lo),
        };
        if source.is_none()
            && subj_end > lo
            && self.kind(subj_end - 1) == Kind::Word
            && is_in(self.word(subj_end - 1), &["who", "which"])
        {
            // "Sanders, who said ...": the relative pronoun stands for the source (its
            // antecedent is the speaker, see `speaker`).
            source = Some((subj_end - 1, subj_end));
        }
        if subj_end > lo + 1
            && self.word(subj_end - 1).eq_ignore_ascii_case("who")
            && self.kind(subj_end - 2) == Kind::Comma
            && !self.passive(i)
            && source.is_some_and(|(a, b)| b < subj_end - 1 && (a..b).any(|t| self.mentioned(t)))
        {
            // "Podesta, who said ...": the parse may give the verb the antecedent as its
            // subject; the source as written is still the relative pronoun, and its
            // antecedent, an actor's mention, the speaker. Not for a passive cue.
            source = Some((subj_end - 1, subj_end));
        }
        // "Beck, who has in the past described ...": words between the relative pronoun
        // and the cue with no name or pronoun, none the parse's subject, are no source;
        // the pronoun is ("Bannon, who Beck on Wednesday called" keeps Beck; "who could be
        // celebrating being dubbed" names no dubber).
        if let Some((a, _)) = source.filter(|&(a, b)| {
            !self.reach.is_empty()
                && a >= lo + 2
                && b <= i
                && self.word(a - 1).eq_ignore_ascii_case("who")
                && self.kind(a - 2) == Kind::Comma
                && !self.passive(i)
                && !(a..b).any(|t| {
                    self.doc.tokens[t].deprel.base() == "nsubj"
                        || matches!(self.doc.tokens[t].upos.as_str(), "PROPN" | "PRON")
                })
        }) {
            source = Some((a - 1, a));
        }
        if let Some(who) = self.relative_before_adjunct(subj_end, lo) {
            // "Cruz, who last year threatened ...", "Beck, who has in the past
            // described ...": the same across a time adjunct or an adverb.
            source = Some(who);
        }
        if source.is_none()
            && subj_end > lo
            && is_in(self.word(subj_end - 1), &["and", "but"])
            && self.kind(subj_end - 1) == Kind::Word
        {
            // "He said X and said that Y" / "The senator survived prison and says ...":
            // the subject of the first verb. For an intention or a belief the parse makes
            // a conjunct of an earlier verb, that verb's own subject comes first: in "said
            // Russia has never threatened them and is not planning to invade", Russia
            // plans, not the one who said it.
            // So does a verb after the half of a contraction ("lost their land and won't
            // say"): the subject of the verb it is joined to.
            let conjunct = (coordinated
                || matches!(cue.class, CueClass::Intent | CueClass::Belief))
                && self.doc.tokens[i].deprel.base() == "conj"
                && self.doc.head(i).is_some_and(|h| h < i);
            source = conjunct
                .then(|| self.head_subject(i, lo))
                .flatten()
                .or_else(|| self.previous_source(i, cands))
                .or_else(|| self.syntax_subject(i, lo))
                .or_else(|| self.clause_subject(lo, subj_end - 1));
        }
        // `..., "A," said Jon Doggett, an analyst.`: inverted after a comma or mark (the
        // parse's subject of an inverted "said" is often a word of the content before).
        let named_after = || {
            self.right_np(after, hi_trim).is_some_and(|(a, b)| {
                self.capitalized(a)
                    && self.mentioned(a)
                    && !(a..b).any(|t| self.verb_tag(t))
                    && self.clause_before_cue(i, lo)
                    && (b == hi_trim || self.kind(b) == Kind::Comma)
            })
        };
        // The parse's subject of the cue after it ("..., said the bureau's director,
        // James Comey, on Monday"), or a bare noun it hangs there as a complement with no
        // subject or copula of its own ("said an official who was briefed"): inverted,
        // whatever phrase stands before the comma.
        let subject_after = || {
            self.doc.dependents(i).any(|d| {
                let tok = &self.doc.tokens[d];
                d >= after
                    && d < hi_trim
                    && (tok.deprel.is("nsubj")
                        || tok.deprel.is("ccomp")
                            && matches!(tok.upos.as_str(), "NOUN" | "PROPN")
                            && !self.doc.dependents(d).any(|e| {
                                matches!(self.doc.tokens[e].deprel.base(), "nsubj" | "cop")
                            }))
            })
        };
        // "..., said a diplomat who was told about the call": a verbless phrase after a
        // speech cue that the parse hangs on it as its object, with a relative clause on a
        // person ("who", "whom"), is the source when the stretch before the cue is the
        // cue's clausal complement (or the parse hangs the cue on it), whatever the parse made of the relative clause's own
        // verb (a cue of its own: "told").
        let relative_after = || {
            self.right_np(after, hi_trim).is_some_and(|(a, b)| {
                cue.class == CueClass::Speech
                    && cue.frame == Frame::Say
                    && b < hi_trim
                    && is_in(self.word(b), &["who", "whom"])
                    && !(a..b).any(|t| self.verb_tag(t))
                    && self.clause_before_cue(i, lo)
                    && (a..b).any(|t| {
                        self.doc.head(t) == Some(i)
                            && matches!(self.doc.tokens[t].deprel.base(), "obj" | "nsubj" | "iobj")
                    })
            })
        };
        if subj_end == i
            && i > lo + 1
            && self.ends_clause(i - 1)
            && !cue.participle
            && (source.is_none()
                || self.left_np(subj_end, lo).is_none()
                || named_after()
                || subject_after()
                || relative_after())
        {
            if let Some(src) = self.right_np(after, hi_trim) {
                // A phrase with a clause's verb is a content, not a source ("a third, 31%,
                // say the border deserves more money"); a verb modifying the noun ("says
                // the union representing the workers") leaves it a source.
                // A person's relative clause may follow the phrase ("said observers who
                // watched the vote"); the source is the phrase, so that its speaker is
                // not a mention inside the clause.
                let relative =
                    self.kind(src.1) == Kind::Word && is_in(self.word(src.1), &["who", "whom"]);
                if !self.clause_verb_in(src.0, src.1)
                    && (src.1 == hi_trim || self.kind(src.1) == Kind::Comma || relative)
                {
                    return self.candidate((lo, i - 1), Some(src), (i, after));
                }
            }
        }
        match self.right_content(i, cue, hi_trim) {
            Some((content, cue_end)) => {
                let source = source?;
                let end = self.cut_at_participle(content.0, content.1);
                let end = self.cut_at_coordinated_cue(content.0, end);
                let end = self.cut_at_concession(content.0, end, Some(i));
                // "The mayor, who said X, left": the relative clause ends at its comma;
                // so does one whose relative word is the gap in the content ("the rules,
                // which officials said will start in May, ...").
                let relative = (source.1 == source.0 + 1
                    && is_in(self.word(source.0), &["who", "which"])
                    && source.0 > lo
                    && self.kind(source.0 - 1) == Kind::Comma)
                    || (source.0 > lo + 1
                        && is_in(self.word(source.0 - 1), &["which", "that", "whom"])
                        && self.kind(source.0 - 2) == Kind::Comma
                        && self.object_relative_subject(source, i));
                let end = if relative {
                    (content.0 + 1..end)
                        .find(|&t| self.kind(t) == Kind::Comma && !self.in_fragment[t])
                        .unwrap_or(end)
                } else {
                    end
                };
                let content = (content.0, end);
                self.candidate(content, Some(source), (i, cue_end))
            }
            None => {
                // "CONTENT, SOURCE said." / "CONTENT, said SOURCE."; also when the tag
                // goes on with a participle of its own ("..., Ortiz said, adding that
                // ..."): that participle reports on its own, and may already have (a
                // direct quote it opens: "..., Ortiz said, adding, "..."").
                let participle_after = after + 1 < hi_trim
                    && self.kind(after) == Kind::Comma
                    && self.word(after + 1).ends_with("ing")
                    && (self.cue_at(after + 1).is_some_and(|c| c.participle)
                        || (self.used[after + 1] && self.cue_form(after + 1)));
                if !participle_after && !self.nothing_but_adjuncts(after, hi_trim, cue) {
                    // The tag may end at a comma or spaced dash after its adjuncts, what
                    // follows being the writer's ("..., the ministry said on Friday, three
                    // days after the fire broke out"): the content before stands
                    // when no content split around the tag reads.
                    let tag_end = (after..hi_trim)
                        .find(|&t| self.kind(t) == Kind::Comma || self.spaced_dash(t));
                    let writer_adjunct = |c: usize| {
                        let w = self.word(c + 1);
                        c + 2 < hi_trim
                            && (is_in(w, TAG_END_OPENERS)
                                || self.doc.tokens[c + 1].upos.is("NUM")
                                    && is_in(self.word(c + 2), SPANS_OF_TIME_PLURAL))
                    };
                    // A spaced dash right after a tagged verb whose subject is a
                    // phrase of words opens the writer's aside whatever follows ("...,
                    // Garcia allies believe — donors she will need"); after adjuncts it
                    // may open the content ("who proclaimed in May - wrongly - that"),
                    // and a number is no subject ("600 in favor, 700 opposed —").
                    let named_subject = source.is_some_and(|(s0, s1)| {
                        s1 == i
                            && (s0..s1).any(|t| {
                                matches!(
                                    self.doc.tokens[t].upos.as_str(),
                                    "NOUN" | "PROPN" | "PRON"
                                )
                            })
                            && !is_in(self.word(s0), RELATIVE_WORDS)
                    });
                    let dash_after_verb = |c: usize| {
                        c == after
                            && self.kind(c) == Kind::Dash
                            && self.verb_tag(i)
                            && named_subject
                    };
                    let tag_ends = tag_end.is_some_and(|c| {
                        self.nothing_but_adjuncts(after, c, cue)
                            && (writer_adjunct(c) || dash_after_verb(c))
                    });
                    let split = self.parenthetical(i, cue, source?, lo, hi_trim);
                    if split.is_some() || !tag_ends {
                        return split;
                    }
                }
                let cue_end = if cue.frame == Frame::Tell {
                    after + self.addressee(after, hi_trim)
                } else {
                    after
                };
                if let Some((s0, s1)) = source {
                    if s0 > lo + 1 && self.ends_clause(s0 - 1) {
                        // A tag closed by a spaced dash inside a dashed aside reports the
                        // aside only ("the issue — that won't happen, they believe — is").
                        let closed_by_dash = cue_end < hi_trim && self.spaced_dash(cue_end);
                        let start = if closed_by_dash {
                            (lo..s0 - 1)
                                .rev()
                                .find(|&t| self.spaced_dash(t))
                                .map_or(lo, |t| t + 1)
                        } else {
                            lo
                        };
                        if start + 1 < s0 {
                            return self.candidate((start, s0 - 1), Some((s0, s1)), (i, cue_end));
                        }
                    }
                    return None;
                }
                None
            }
        }
    }

    /// "Grijalva was the first Democrat to endorse Sanders", "The governor used the
    /// speech to propose a carbon tax": a speech or stance cue in an infinitive reports
    /// its object or clause, its source the infinitive's controller in the parse (the
    /// subject of the verb it completes or modifies, or of the predicate noun it hangs
    /// on). Inside an intent cue's content ("declined to criticize X") it nests there.
    /// None without a parse, or when the parse gives no controller.
    fn infinitive_cue(&self, i: usize, cue: Cue, lo: usize, hi: usize) -> Option<Candidate> {
        // Speech and stance cues only: an infinitive of belief or intent is mostly the
        // content of the verb it completes ("hopes to win", "plans to run").
        if self.reach.is_empty()
            || cue.participle
            || !matches!(cue.class, CueClass::Speech | CueClass::Stance)
        {
            return None;
        }
        let source = self.infinitive_controller(i, lo)?;
        let hi_trim = trim_end(self, lo, hi);
        let (content, cue_end) = self.right_content(i, cue, hi_trim)?;
        self.candidate(content, Some(source), (i, cue_end))
    }

    /// The controller of the infinitive verb at `i` in the parse, when the infinitive
    /// tells of something done: the subject of the verb it continues ("went on to
    /// endorse") or whose purpose it gives ("used the speech to propose"), or of the
    /// predicate noun it hangs on ("was the first senator to endorse"). None when it
    /// completes another verb ("refused to disclose", "asked him to condemn", "has yet
    /// to endorse": not done, or done by someone else), hangs on an adjective ("not
    /// ready to endorse", "tough for Cruz to counter", "free to disclose") or on a noun
    /// of chance or cause ("reasons to question"), when its head is negated ("was not
    /// the first to"), when the verb it modifies asks, urges or lets someone else act
    /// ("lobbying Clinton to embrace"), and for a phrase with no word of content.
    fn infinitive_controller(&self, i: usize, lo: usize) -> Option<Tokens> {
        let h = self.doc.head(i)?;
        if self.negated(h) || self.negated(i) {
            return None;
        }
        let source = match self.doc.tokens.get(i)?.deprel.base() {
            "xcomp" if is_in(self.doc.lemma(h), REALISED_HEADS) => self.parsed_source(i, lo),
            "advcl"
                if self.doc.tokens[h].upos.is("VERB")
                    && !is_in(self.doc.lemma(h), OTHERS_ACT_VERBS)
                    && !is_in(self.doc.lemma(h), UNREALISED_HEADS) =>
            {
                self.parsed_source(i, lo)
            }
            "acl" if !is_in(self.doc.lemma(h), UNREALISED_HEADS) => {
                let copular = self
                    .doc
                    .dependents(h)
                    .any(|d| self.doc.tokens[d].deprel.base() == "cop");
                if copular {
                    self.syntax_subject(h, lo)
                } else {
                    None
                }
            }
            _ => None,
        }?;
        (!self.empty_source(source)).then_some(source)
    }

    /// Token `t` has a negation among its dependents in the parse ("not", "never",
    /// "n't", "no", "yet": "was not the first to", "no reason to").
    fn negated(&self, t: usize) -> bool {
        self.doc.dependents(t).any(|d| {
            is_in(self.word(d), NEGATIONS) && !self.doc.tokens[d].deprel.as_str().is_empty()
        })
    }

    /// "Still, he said, the council must choose" / "The economy, she said, is weak": a
    /// cue between commas inside its content; the content is the whole clause (source
    /// and cue included) or what follows when the source opens it.
    fn parenthetical(
        &self,
        i: usize,
        cue: Cue,
        (s0, s1): Tokens,
        lo: usize,
        hi: usize,
    ) -> Option<Candidate> {
        let mut cue_end = i + cue.len;
        if cue.frame == Frame::Tell {
            cue_end += self.addressee(cue_end, hi);
        }
        if !(cue_end + 2 < hi && self.kind(cue_end) == Kind::Comma) {
            return None;
        }
        let opens = s0 == lo || (s0 > lo && self.clause_start(lo, s0));
        if opens {
            return self.candidate((cue_end + 1, hi), Some((s0, s1)), (i, cue_end));
        }
        if s0 > lo + 1 && self.kind(s0 - 1) == Kind::Comma {
            // The stretch after the tag ends where a content after its cue would; the
            // stretch before it is split off by `split_around_tag`.
            let tail = self.candidate((cue_end + 1, hi), Some((s0, s1)), (i, cue_end))?;
            let mut c = self.candidate((lo, hi), Some((s0, s1)), (i, cue_end))?;
            c.content.1 = tail.content.1;
            return Some(c);
        }
        None
    }

    /// The subject opening the clause `lo..end`, after introductory words ("But", "Still,").
    fn clause_subject(&self, lo: usize, end: usize) -> Option<Tokens> {
        let mut k = lo;
        // "in" opens a clause only in "in fact": "In reply to X, Y ..." is an adjunct
        // that `sentence_subject` reads past.
        let opener = |k: usize| {
            is_in(self.word(k), CLAUSE_OPENERS)
                && (!self.word(k).eq_ignore_ascii_case("in")
                    || self.word(k + 1).eq_ignore_ascii_case("fact"))
        };
        while k < end && (self.kind(k) == Kind::Comma || (self.kind(k) == Kind::Word && opener(k)))
        {
            k += 1;
        }
        self.sentence_subject(k, end)
    }

    /// For a cue verb `c` joined by "and"/"but" to an earlier verb: that verb's subject,
    /// when the parse makes `c` its conjunct and the earlier verb is a cue or the main
    /// verb ("Kuznetsov said it failed and added, ..."). A conjunct hung on a verb of the
    /// reported clause ("failed") would give that clause's subject, so then none.
    fn conjoined_cue_subject(&self, c: usize, lo: usize) -> Option<Tokens> {
        if self.doc.tokens.get(c)?.deprel.base() != "conj" {
            return None;
        }
        let h = self.doc.head(c)?;
        let mut buf = [0u8; 32];
        let main_or_cue = self.doc.head(h).is_none()
            || lower(self.word(h), &mut buf).is_some_and(|l| self.lex.is_form(l));
        if main_or_cue {
            self.head_subject(c, lo)
        } else {
            None
        }
    }

    /// For a participle `t` after a comma ("..., adding, "...""): the subject of the
    /// clause it closes. That is the subject of the verb the parse hangs it on, or, when
    /// that verb is inside a complement of the main clause (a clausal complement or a
    /// noun's clause, or the noun phrase holding that), of the outermost verb above it
    /// with a subject: the parse hangs the participle on the nearest verb, and in "Lund
    /// said the plan that the council drew up had failed, adding" that is "failed".
    /// A relative clause, a conjunct or a parenthetical verb (`"...," she said`) stops the
    /// climb.
    fn participle_subject(&self, t: usize, lo: usize) -> Option<Tokens> {
        let mut h = self.doc.head(t)?;
        let own = self.syntax_subject(h, lo).filter(|s| s.1 <= t);
        let mut best = own;
        for _ in 0..16 {
            let rel = self.doc.tokens[h].deprel.as_str();
            if rel == "acl:relcl" {
                // The climb went through a relative clause (from "adding" in "She
                // thanked the nurses who told her the ward would stay open, adding ..."
                // up through "told"): its subject is not the main clause's.
                return own;
            }
            let climbs = matches!(rel, "ccomp" | "acl" | "xcomp" | "obl" | "obj" | "nmod");
            let Some(up) = self.doc.head(h).filter(|_| climbs) else {
                break;
            };
            h = up;
            if let Some(s) = self.syntax_subject(h, lo).filter(|s| s.1 <= t) {
                best = Some(s);
            }
        }
        best
    }

    /// Whether the clause region starting at `lo` follows a direct quote whose closing
    /// mark comes right after its comma (`"I don't like it," adding that ...`): a
    /// participle opening the region goes on from the clause before the quote.
    fn quote_closed_by_comma(&self, lo: usize) -> bool {
        lo >= 2
            && matches!(self.kind(lo - 1), Kind::Close | Kind::Straight)
            && self.kind(lo - 2) == Kind::Comma
            && self.in_direct[lo - 1]
            && !self.in_direct[lo]
    }

    /// Whether the noun phrase `np` before a participle cue follows "with" opening an
    /// absolute clause ("..., with forty members blasting the raids"): the phrase is the
    /// participle's doer. Not a bare number or percentage ("with 42% preferring X", a
    /// poll's share, stays out).
    fn with_doer(&self, np: Tokens, lo: usize) -> bool {
        np.0 > lo
            && self.word(np.0 - 1).eq_ignore_ascii_case("with")
            && self.doc.tokens[np.0].upos.as_str() != "NUM"
            && !self.word(np.0).starts_with(|c: char| c.is_ascii_digit())
            && (np.0..np.1).any(|t| self.kind(t) == Kind::Word && self.nominal_tag(t))
    }

    /// Whether "and" at `t` (before `b`) opens a clause of a noun phrase and a present
    /// participle, with no verb between ("and the host nation threatening").
    fn absolute_clause_at(&self, t: usize, b: usize) -> bool {
        if !self.word(t).eq_ignore_ascii_case("and") {
            return false;
        }
        let Some(v) = (t + 2..b.min(t + 8)).find(|&x| {
            self.kind(x) != Kind::Word
                || !matches!(
                    self.doc.tokens[x].upos.as_str(),
                    "DET" | "ADJ" | "NOUN" | "PROPN" | "NUM" | "PRON"
                )
        }) else {
            return false;
        };
        self.kind(v) == Kind::Word
            && self.doc.tokens[v].xpos.as_str() == "VBG"
            && (t + 1..v).any(|x| matches!(self.doc.tokens[x].upos.as_str(), "NOUN" | "PROPN"))
    }

    /// A participle cue at `i` after "and" that the parse joins to an earlier participle
    /// ("..., calling the plan a scam and vowing to block it", "by praising the workers
    /// and accusing the board of waste"): it speaks for the earlier one's source (its
    /// candidate's, else the subject the parse gives that participle); without either,
    /// it is not reported.
    fn joined_participle(
        &self,
        i: usize,
        cue: Cue,
        lo: usize,
        hi: usize,
        cands: &[Candidate],
    ) -> Option<Candidate> {
        // Adverbs between "and" and the participle ("and totally ignoring").
        let mut k = i - 1;
        while k > lo
            && self.kind(k) == Kind::Word
            && (self.doc.tokens[k].xpos.as_str() == "RB"
                && !self.word(k).eq_ignore_ascii_case("not"))
        {
            k -= 1;
        }
        if !self.word(k).eq_ignore_ascii_case("and") || !self.tagged(i) {
            return None;
        }
        if self.doc.tokens[i].xpos.as_str() == "VBG" {
            // "..., saying the park was safe and urging members to reopen it": the
            // statement before, cut at this "and", was made by a participle too (the
            // parse may join the second one inside its content).
            let cut_before = cands.iter().rev().find(|c| {
                c.content.1 == k
                    && c.cue.is_some_and(|(c0, c1)| {
                        c1 <= c.content.0
                            && self.sent_of[c0] == self.sent_of[i]
                            && self.word(c1 - 1).ends_with("ing")
                    })
            });
            if let Some(c) = cut_before {
                let (content, cue_end) = self.right_content(i, cue, hi)?;
                return self.candidate(content, c.source, (i, cue_end));
            }
        }
        let p = self
            .doc
            .head(i)
            .filter(|&p| p >= lo && p < k && self.doc.tokens[i].deprel.base() == "conj")?;
        if self.doc.tokens[p].xpos.as_str() != "VBG" || self.doc.tokens[i].xpos.as_str() != "VBG" {
            return None;
        }
        let earlier = cands
            .iter()
            .find(|c| c.cue.is_some_and(|(c0, _)| c0 == p))
            .and_then(|c| c.source);
        // A participle on a noun ("an ad featuring farmers praising X and attacking Y")
        // speaks for that noun, which no clause subject stands for.
        let on_noun = self.doc.tokens[p].deprel.base() == "acl";
        // No source, no report: where neither gives one the parse has lost the clause
        // (a gerund subject, "Listening to critics and finding common ground is hard"),
        // and the content runs on into it.
        let source = earlier.or_else(|| {
            (!on_noun)
                .then(|| {
                    self.syntax_subject(p, lo)
                        .filter(|s| s.1 <= p)
                        .or_else(|| self.participle_subject(p, lo))
                        .or_else(|| self.main_subject_over(p, lo))
                })
                .flatten()
        })?;
        let (content, cue_end) = self.right_content(i, cue, hi)?;
        self.candidate(content, Some(source), (i, cue_end))
    }

    /// The subject (within `lo..t`) of the verb the parse hangs token `t` on.
    fn head_subject(&self, t: usize, lo: usize) -> Option<Tokens> {
        self.doc
            .head(t)
            .and_then(|h| self.syntax_subject(h, lo))
            .filter(|s| s.1 <= t)
    }

    /// The subject of the main verb of the clause `lo..t` for a comma participle at `t`
    /// ("Several senators have begun to speak out, however, expressing dismay"), when
    /// no other clause opens between that verb and the participle (a time or relative
    /// clause: "The row began after the tycoon entered the race, calling them ...").
    fn main_subject_over(&self, t: usize, lo: usize) -> Option<Tokens> {
        let root = (lo..t)
            .find(|&v| self.verb_tag(v) && self.doc.head(v).is_none_or(|h| h < lo || h >= t))?;
        // The parse may hang the participle anywhere ("claiming" on a noun of what it
        // claims); the words between the main verb and it decide: no subordinator or
        // relative word opening another clause there.
        let other_clause = (root + 1..t).any(|k| {
            self.kind(k) == Kind::Word
                && is_in(
                    self.word(k),
                    &[
                        "after", "before", "when", "while", "because", "since", "which", "who",
                        "whom", "whose", "that", "where", "if", "as", "until", "although",
                        "though", "unless", "whether",
                    ],
                )
        });
        if other_clause {
            return None;
        }
        self.syntax_subject(root, lo).filter(|s| s.1 <= t)
    }

    /// The subject of the clause `lo..end` in the parse: the subject of its main verb (a
    /// verb whose head lies outside the range), when the syntax stage ran.
    fn parsed_subject(&self, lo: usize, end: usize) -> Option<Tokens> {
        let root = (lo..end)
            .find(|&t| self.verb_tag(t) && self.doc.head(t).is_none_or(|h| h < lo || h >= end))?;
        self.syntax_subject(root, lo).filter(|s| s.1 <= end)
    }

    /// The subject of the verb at `i` from the parse, when the syntax stage ran: the
    /// subtree of its `nsubj` dependent, if it lies before the verb within `lo..i`.
    fn syntax_subject(&self, i: usize, lo: usize) -> Option<Tokens> {
        if self.doc.tokens.get(i)?.deprel.as_str().is_empty() {
            return None;
        }
        let subj = self
            .doc
            .dependents(i)
            .find(|&j| self.doc.tokens[j].deprel.base() == "nsubj")?;
        let (mut a, mut b) = (subj, subj + 1);
        for t in self.sentence_start(i)..self.sentence_end(i) {
            // Climb from t; if the chain reaches `subj`, t is in its subtree.
            let mut h = t;
            for _ in 0..32 {
                if h == subj {
                    a = a.min(t);
                    b = b.max(t + 1);
                    break;
                }
                match self.doc.head(h) {
                    Some(n) => h = n,
                    None => break,
                }
            }
        }
        // The parse may hang the comma before a phrase on it: a source phrase never
        // opens or closes with one (", told neighbours").
        let edge = |t: usize| matches!(self.kind(t), Kind::Comma | Kind::Colon | Kind::Semicolon);
        while a < b && edge(a) {
            a += 1;
        }
        while b > a && edge(b - 1) {
            b -= 1;
        }
        // A hyphenated word is one word: the parse may hang its first part elsewhere
        // ("Guinea-Bissau's military rulers", "Guinea" the root), the phrase keeps it.
        loop {
            let glued = |t: usize| !self.spaced(t);
            if a > lo && self.kind(a) == Kind::Dash && glued(a) && self.kind(a - 1) == Kind::Word {
                a -= 1;
            } else if a > lo + 1
                && self.kind(a - 1) == Kind::Dash
                && glued(a)
                && glued(a - 1)
                && self.kind(a - 2) == Kind::Word
            {
                a -= 2;
            } else {
                break;
            }
        }
        (a >= lo && a < b && b <= i).then_some((a, b))
    }

    /// Whether the stretch before the cue at `i` (from `lo`) is the cue's clause: the
    /// parse hangs a clausal complement or parataxis before it on the cue, or hangs the
    /// cue on a word there.
    fn clause_before_cue(&self, i: usize, lo: usize) -> bool {
        (lo..i).any(|t| {
            self.doc.head(t) == Some(i)
                && matches!(self.doc.tokens[t].deprel.base(), "ccomp" | "parataxis")
        }) || self.doc.head(i).is_some_and(|h| (lo..i).contains(&h))
    }

    /// Where the subject stretch `(a, c0)` of a raised subject starts: at the subtree of
    /// the first word the parse makes the subject of a word from the cue on ("she's glad
    /// Clinton | appeared to be feeling better": "Clinton"), never before `a`; at `a`
    /// when the parse has none.
    fn raised_subject_start(&self, (a, c0): Tokens) -> usize {
        if self.reach.is_empty() {
            return a;
        }
        (a..c0)
            .find(|&n| {
                self.doc.tokens[n].deprel.base() == "nsubj"
                    && self.doc.head(n).is_some_and(|h| h >= c0)
            })
            .map_or(a, |n| (self.reach[n].0 as usize).clamp(a, n))
    }

    /// Whether token `t` can end a statement that a cue follows: a comma or a closing
    /// quotation mark.
    fn ends_clause(&self, t: usize) -> bool {
        match self.kind(t) {
            Kind::Comma | Kind::Close => true,
            // A straight mark here closes a quote (an opening one would follow the cue).
            Kind::Straight => true,
            _ => false,
        }
    }

    /// Whether token `t` opens an adjunct or participle phrase (see `sentence_subject`).
    fn adjunct_start(&self, t: usize) -> bool {
        let mut buf = [0u8; 32];
        lower(self.word(t), &mut buf).is_some_and(|l| is_in(l, ADJUNCT_STARTS))
            || self.opening_participle(t)
    }

    /// Whether the capitalised "-ing" word at `t` is a participle opening its clause
    /// ("Speaking in Ohio, ..."), not a name that happens to end so ("Beijing urged",
    /// "Manning said"). With tags, it must be tagged a verb and, unless an auxiliary
    /// ("Having met ..."), not be followed by another verb: the tagger may take an
    /// unknown name for a verb ("Chongqing pressed"). Without tags, the word must be no
    /// actor mention and either a cue form ("Citing") or followed by a lower-case
    /// function word ("Standing on", "Meeting the").
    fn opening_participle(&self, t: usize) -> bool {
        let w = self.word(t);
        if self.capitalized(t) && w.len() > 4 && w.ends_with("ed") {
            return self.opening_past_participle(t);
        }
        if !(self.capitalized(t) && w.len() > 5 && w.ends_with("ing")) {
            return false;
        }
        if self.tagged(t) {
            let aux = self.doc.tokens[t].upos.as_str() == "AUX";
            return self.verb_tag(t) && (aux || !self.verb_tag(t + 1));
        }
        if self.mentioned(t) {
            return false;
        }
        let mut buf = [0u8; 32];
        let cue_form = lower(w, &mut buf).is_some_and(|l| self.lex.is_form(l));
        let next = t + 1;
        cue_form
            || (next < self.kinds.len()
                && self.sent_of[next] == self.sent_of[t]
                && self.kind(next) == Kind::Word
                && !self.capitalized(next)
                && (is_in(self.word(next), ADJUNCT_STARTS)
                    || is_in(self.word(next), DETERMINERS)
                    || is_in(self.word(next), PARTICIPLE_OBJECT_STARTS)))
    }

    /// Whether the capitalised "-ed" word at `t` opens a passive participle clause before
    /// the subject ("Asked whether he would run, Varga said ...", "Pressed on the
    /// budget, the minister ..."), a comma later in the sentence: with tags, a past
    /// participle (VBN) that is not the sentence's main verb, or a verb followed by a
    /// question word or a preposition (the parse may make it the root); without tags, a
    /// cue form followed by one of those. A name ending so ("Ned", "Reed") is neither.
    fn opening_past_participle(&self, t: usize) -> bool {
        if self.mentioned(t) || self.sentence_start(t) != t {
            return false;
        }
        let next = t + 1;
        let lower_next = next < self.kinds.len()
            && self.sent_of[next] == self.sent_of[t]
            && self.kind(next) == Kind::Word
            && !self.capitalized(next);
        if !lower_next {
            return false;
        }
        // The parse may make the participle the root; a question or adjunct after it
        // still opens the clause ("Asked whether", "Pressed on").
        let opens_clause = is_in(self.word(next), QUESTION_WORDS)
            || is_in(self.word(next), ADJUNCT_STARTS)
            || is_in(self.word(next), PARTICIPLE_OBJECT_STARTS);
        let comma_later = (next..self.sentence_end(t)).any(|k| self.kind(k) == Kind::Comma);
        if self.tagged(t) {
            let vbn = self.doc.tokens[t].xpos.as_str() == "VBN";
            return comma_later
                && ((vbn && self.doc.head(t).is_some()) || (self.verb_tag(t) && opens_clause));
        }
        let mut buf = [0u8; 32];
        comma_later
            && opens_clause
            && lower(self.word(t), &mut buf).is_some_and(|l| self.lex.is_form(l))
    }

    /// The subject at the start of a clause, for participle cues: a pronoun or a run of
    /// capitalized words.
    fn sentence_subject(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        if lo >= hi || self.kind(lo) != Kind::Word {
            return None;
        }
        // An opening adjunct or participle phrase ("On Thursday, he ...", "Speaking in
        // Leeds, Ferreira ...") is no subject: read after its comma, or find none.
        if self.adjunct_start(lo) {
            let comma = (lo + 1..hi).find(|&t| self.kind(t) == Kind::Comma)?;
            return self
                .sentence_subject(comma + 1, hi)
                .filter(|s| self.kind(s.0) == Kind::Word && !self.adjunct_start(s.0));
        }
        if is_in(self.word(lo), PRONOUNS) {
            return Some((lo, lo + 1));
        }
        let mut k = lo;
        if is_in(self.word(k), DETERMINERS) {
            k += 1;
        }
        let s = k;
        while k < hi && self.kind(k) == Kind::Word && self.capitalized(k) {
            k += 1;
        }
        (k > s).then_some((lo, k))
    }

    /// Whether `a..b` holds only adjuncts and addressees ("on Friday", "Sputnik", "in a
    /// statement"), so that the cue ends its clause.
    fn nothing_but_adjuncts(&self, a: usize, b: usize, cue: Cue) -> bool {
        if a >= b {
            return true;
        }
        let mut k = a;
        if matches!(cue.frame, Frame::Tell) {
            k += self.addressee(k, b);
        }
        if k >= b {
            return true;
        }
        // A period inside a closing title ("on the station's "Evening Desk."") ends nothing.
        let title_end =
            |t: usize| self.kind(t) == Kind::End && (t + 1..b).all(|u| self.kind(u).is_mark());
        (is_in(self.word(k), ADJUNCT_STARTS) || self.capitalized(k))
            && (k..b).all(|t| {
                matches!(self.kind(t), Kind::Word | Kind::Comma | Kind::Single)
                    || self.kind(t).is_mark()
                    || title_end(t)
            })
            && !(k..b).any(|t| self.word(t).eq_ignore_ascii_case("that"))
            && (b - k <= ADJUNCT_WORDS
                || (self.capitalized(k) && b - k <= 24)
                || self.long_verbless_adjunct(a, k, b))
    }

    /// Whether `k..b`, past `ADJUNCT_WORDS`, is still one run of adjuncts after the cue
    /// ending at `a`: at most `LONG_ADJUNCT_WORDS` tagged words opened by a preposition
    /// or word of time (`LONG_ADJUNCT_STARTS`, no particle: "showed up in"), none of them
    /// a verb, so no clause of its own ("..., the clerk said in a letter to Governor Anne
    /// Walsh on Friday", "wrote in a memo to Finance Department Deputy Director Anne
    /// Walsh"), after a cue that is no participle on a noun ("mail pieces aimed at").
    fn long_verbless_adjunct(&self, a: usize, k: usize, b: usize) -> bool {
        let cue_word = a.checked_sub(1);
        b - k <= LONG_ADJUNCT_WORDS
            && is_in(self.word(k), LONG_ADJUNCT_STARTS)
            && cue_word.is_some_and(|c| {
                self.verb_tag(c)
                    && !matches!(
                        self.doc.tokens[c].deprel.as_str(),
                        "acl" | "acl:relcl" | "amod"
                    )
            })
            && (k..b).all(|t| self.kind(t) != Kind::Word || (self.tagged(t) && !self.verb_tag(t)))
    }

    /// Where a clause reported without "that" after an adjunct begins ("said on Friday he
    /// met", "said in politics it takes time"): the parse makes a finite verb after the
    /// adjunct the cue's clausal complement, with its own subject after the adjunct and
    /// only words between. The clause opens at the adjunct when the parse hangs
    /// the adjunct inside it and it names no time ("in politics ... takes"), else at its
    /// subject. `i..j` is the cue, `k` the adjunct's first word.
    fn clause_after_adjunct(&self, i: usize, j: usize, k: usize, hi: usize) -> Option<usize> {
        let tokens = &self.doc.tokens;
        // The parse may hang the clause on a day named in the adjunct as a relative
        // clause ("said on Friday he met").
        let verb = (k + 1..hi.min(k + 14)).find(|&v| match self.doc.head(v) {
            Some(h) if (i..j).contains(&h) => {
                matches!(tokens[v].deprel.base(), "ccomp" | "parataxis")
            }
            // Or as a clause on a time noun of it ("said in a statement Thursday night
            // they pulled", "said on Thursday he delivered").
            Some(h) => {
                tokens[v].deprel.base() == "acl"
                    && (k..v).contains(&h)
                    && (is_in(self.word(h), ADJUNCT_STARTS) || is_in(self.word(h), TIMES_OF_DAY))
            }
            None => false,
        })?;
        let finite_verb = finite(tokens[verb].xpos.as_str())
            || self
                .doc
                .dependents(verb)
                .any(|d| tokens[d].deprel.base() == "aux" && finite(tokens[d].xpos.as_str()));
        let subject = self
            .doc
            .dependents(verb)
            .find(|&d| matches!(tokens[d].deprel.base(), "nsubj" | "expl"))
            .filter(|&s| s > k + 1 && s < verb)?;
        // The adjunct is a phrase, no clause: no verb, subordinator or question word
        // ("questioned whether Trump has", "reported after the FBI appears" are not it).
        // A comma ends the cue's sentence part ("is confident in the outcome, there is a
        // debate" joins two statements of the writer).
        let plain = (k..subject).all(|t| {
            self.kind(t) == Kind::Word
                && !self.word(t).eq_ignore_ascii_case("that")
                && !matches!(tokens[t].upos.as_str(), "VERB" | "AUX" | "SCONJ")
                && !matches!(tokens[t].xpos.as_str(), "WP" | "WRB" | "WDT" | "IN")
                || t == k && tokens[t].upos.is("ADP")
        }) && (k..subject).all(|t| self.cue_at(t).is_none());
        // The adjunct has a word of its own after the preposition ("after the FBI appears"
        // opens a clause); "of" and "about" name a topic ("reminds us of the man who ...");
        // a question or relative word is no subject.
        let phrase = (k + 1..subject).any(|t| {
            matches!(
                tokens[t].upos.as_str(),
                "NOUN" | "PROPN" | "PRON" | "NUM" | "ADV"
            )
        }) || !tokens[k].upos.is("ADP");
        if !phrase
            || is_in(self.word(k), &["of", "about"])
            || matches!(tokens[subject].xpos.as_str(), "WP" | "WDT" | "WRB")
        {
            return None;
        }
        if !finite_verb || !plain {
            return None;
        }
        // The subject's phrase opens where its subtree does ("the Secret Service had").
        let start = self
            .reach
            .get(subject)
            .map_or(subject, |r| (r.0 as usize).clamp(k + 1, subject));
        // A time ("on Monday evening", "last week") is when the cue spoke, whatever the
        // parse hangs it on.
        let time = (k + 1..subject)
            .any(|t| is_in(self.word(t), ADJUNCT_STARTS) || tokens[t].upos.is("NUM"));
        // The preposition governs a noun of the adjunct, not the subject ("think through
        // its quarterly earnings release" is no clause with "earnings" for subject).
        if tokens[k].upos.is("ADP") && !self.doc.head(k).is_some_and(|h| h > k && h < start) {
            return None;
        }
        let mut up = k;
        for _ in 0..6 {
            match self.doc.head(up) {
                Some(h) if h == verb && !time => return Some(k),
                Some(h) if (i..j).contains(&h) => return Some(start),
                Some(h) => up = h,
                None => break,
            }
        }
        Some(start)
    }

    /// The content to the right of the cue at `i` and where the cue span ends (tell-type
    /// cues take their addressee): `that`-clause, clause without `that`, to-infinitive;
    /// when none opens right after the cue, a that-clause after a phrase the parse hangs
    /// it on.
    fn right_content(&self, i: usize, cue: Cue, hi: usize) -> Option<((usize, usize), usize)> {
        self.right_content_next(i, cue, hi).or_else(|| {
            let j = i + cue.len;
            let t = self.that_clause_past_phrase(i, j, hi)?;
            Some(((t + 1, hi), j))
        })
    }

    /// The content right after the cue at `i` (see `right_content`).
    fn right_content_next(&self, i: usize, cue: Cue, hi: usize) -> Option<((usize, usize), usize)> {
        let j = i + cue.len;
        if j >= hi {
            return None;
        }
        let mut cue_end = j;
        let mut k = j;
        match cue.frame {
            Frame::Tell | Frame::Urge => {
                let mut a = self.addressee(k, hi);
                if cue.frame == Frame::Tell {
                    a = a.max(self.parsed_addressee(k, hi));
                    cue_end = k + a;
                }
                k += a;
            }
            Frame::Say | Frame::According => {}
        }
        // "that" after adjuncts: "said on Friday that", "told reporters in Geneva that".
        // A "that" the tagger reads as a determiner before a noun opens an object ("rejected
        // that idea"), not a clause.
        let determiner = |t: usize| {
            self.doc.tokens[t].upos.as_str() == "DET"
                && t + 1 < hi
                && self.doc.tokens[t + 1].upos.as_str() == "NOUN"
        };
        // Past ten words only a "that" the parse makes a clause's marker counts, after
        // phrases with no verb or infinitive ("said Thursday during a taping of a town
        // hall meeting in Buffalo, New York, that").
        let far_marker = |t: usize| {
            t < k + 10
                || self.doc.tokens[t].upos.is("SCONJ")
                    && self.doc.tokens[t].deprel.is("mark")
                    && (k..t).all(|x| {
                        !matches!(self.doc.tokens[x].upos.as_str(), "VERB" | "AUX" | "PART")
                    })
        };
        if let Some(t) = (k..hi.min(k + FAR_THAT_WORDS))
            .find(|&t| self.word(t).eq_ignore_ascii_case("that") && !determiner(t) && far_marker(t))
        {
            // After a comma the words must open like an adjunct too ("said, in a
            // statement, that"): "said, a policy that could help" is an apposition whose
            // relative clause is nothing the speaker said.
            let opens = |x: usize| x < t && is_in(self.word(x), ADJUNCT_STARTS);
            let adjuncts_only = t == k
                || (opens(k)
                    || self.kind(k) == Kind::Comma && (opens(k + 1) || self.capitalized(k + 1)))
                    && (k..t).all(|x| matches!(self.kind(x), Kind::Word | Kind::Comma))
                    && (k..t).all(|x| self.cue_at(x).is_none())
                    && !self.relative_in_infinitive(t, k);
            if adjuncts_only && t + 1 < hi {
                return Some(((t + 1, hi), cue_end));
            }
        }
        // "has said repeatedly the next president should choose": a manner or frequency
        // adverb between the cue and its content, when the parse hangs it on the cue as
        // its advmod or a "that" follows ("warning darkly that"); one hung on a word of
        // the content is the content's ("proposed jointly owned drones", "vowed to
        // temporarily ban").
        let on_cue = |t: usize| {
            self.doc.tokens[t].deprel.base() == "advmod"
                && self.doc.head(t).is_some_and(|h| (i..j).contains(&h))
                || self.word(t + 1).eq_ignore_ascii_case("that") && !determiner(t + 1)
        };
        while k + 1 < hi
            && self.kind(k) == Kind::Word
            && self.tagged(k)
            && self.doc.tokens[k].upos.is("ADV")
            && on_cue(k)
            && self.word(k).len() > 4
            && self.word(k).ends_with("ly")
            && matches!(self.kind(k + 1), Kind::Word | Kind::Open | Kind::Straight)
        {
            k += 1;
        }
        if k >= hi {
            return None;
        }
        match self.kind(k) {
            Kind::Colon => (k + 1 < hi).then_some(((k + 1, hi), cue_end)),
            Kind::Word => {
                if self.anonymity_request(k, hi) {
                    return None;
                }
                let w = self.word(k);
                if cue.frame == Frame::Urge {
                    // "urged Kiev to ...": the content starts at "to", after a short
                    // addressee; with no "to", the object is the content ("promised a
                    // response").
                    let to = (k..hi.min(k + 5))
                        .take_while(|&t| {
                            self.kind(t) == Kind::Word
                                && (t == k
                                    || !is_in(self.word(t), SOURCE_STOPS)
                                    || self.word(t).eq_ignore_ascii_case("to"))
                        })
                        .find(|&t| self.word(t).eq_ignore_ascii_case("to"));
                    if let Some(to) = to {
                        return (to + 1 < hi).then_some(((to, hi), cue_end));
                    }
                }
                let possessive = k + 1 < hi && is_in(self.word(k + 1), &["'s", "\u{2019}s"]);
                // "discuss recently released polls": an adverb the parse hangs on the
                // participle or adjective after it opens a noun phrase, no adjunct.
                let modifier = k + 1 < hi
                    && self.doc.head(k) == Some(k + 1)
                    && matches!(self.doc.tokens[k + 1].xpos.as_str(), "VBN" | "JJ");
                // "knows this scam will hurt", "hope this is a transition": a "this"
                // before no word of time is the content's first word, no adjunct.
                let this_content = w.eq_ignore_ascii_case("this")
                    && k + 1 < hi
                    && self.kind(k + 1) == Kind::Word
                    && !is_in(self.word(k + 1), THIS_TIMES);
                if is_in(w, ADJUNCT_STARTS)
                    && !w.eq_ignore_ascii_case("to")
                    && !possessive
                    && !modifier
                    && !this_content
                {
                    return self
                        .clause_after_adjunct(i, j, k, hi)
                        .map(|start| ((start, hi), cue_end));
                }
                // "told the lawyers to stop shouting": after an addressee, a tell cue's
                // infinitive is what it ordered, to a time or reason clause ("after the
                // recess ended" is the writer's).
                if w.eq_ignore_ascii_case("to")
                    && cue.frame == Frame::Tell
                    && k > j
                    && k + 1 < hi
                    && self.tagged(k + 1)
                    && self.doc.tokens[k + 1].xpos.as_str() == "VB"
                {
                    let end = (k + 2..hi)
                        .find(|&t| {
                            (is_in(self.word(t), TELL_INFINITIVE_ENDS)
                                && (self.word(t) != "as" || self.doc.tokens[t].upos.is("SCONJ")))
                                || self.kind(t) == Kind::Semicolon
                        })
                        .unwrap_or(hi);
                    return Some(((k, end), cue_end));
                }
                if w.eq_ignore_ascii_case("to") && cue.class == CueClass::Speech {
                    return None;
                }
                let words = (k..hi).filter(|&t| self.kind(t) == Kind::Word).count();
                // One word only as a named or pronoun object ("endorsed Clinton",
                // "backed him").
                let object =
                    words == 1 && (self.capitalized(k) || self.object_pronoun(k, Some(cue.class)));
                (words >= 2 || object).then_some(((k, hi), cue_end))
            }
            Kind::Open | Kind::Straight => Some(((k, hi), cue_end)),
            _ => None,
        }
    }

    /// The "that" opening the content of the cue at `i..j` after a phrase the parse hangs
    /// the clause on ("told members of the executive council that the body won't vote",
    /// "wrote to the senator's office that it had no permission"): a "that" the parse
    /// makes a clause's marker, the clause with a subject of its own and hung on the cue
    /// or on a noun between, and between them only words and commas of no verb, other
    /// cue or question word.
    fn that_clause_past_phrase(&self, i: usize, j: usize, hi: usize) -> Option<usize> {
        let tokens = &self.doc.tokens;
        let t =
            (j..hi.min(j + FAR_THAT_WORDS)).find(|&t| self.word(t).eq_ignore_ascii_case("that"))?;
        if t == j || t + 1 >= hi || !tokens[t].upos.is("SCONJ") || !tokens[t].deprel.is("mark") {
            return None;
        }
        let verb = self.doc.head(t).filter(|&v| v > t + 1 && v < hi)?;
        let subject = (t + 1..verb).any(|d| {
            self.doc.head(d) == Some(verb) && matches!(tokens[d].deprel.base(), "nsubj" | "expl")
        });
        let hung = self.doc.head(verb).is_some_and(|h| {
            (i..j).contains(&h)
                || (j..t).contains(&h)
                    && matches!(tokens[h].upos.as_str(), "NOUN" | "PROPN")
                    && matches!(tokens[verb].deprel.base(), "acl" | "advcl" | "ccomp")
                    && !tokens[verb].deprel.is("acl:relcl")
                    // "rejected the notion that": an object's own clause says what it is.
                    && !matches!(tokens[h].deprel.base(), "obj" | "nsubj")
        });
        let plain = (j..t).all(|x| {
            (matches!(self.kind(x), Kind::Word | Kind::Comma | Kind::Single)
                || self.kind(x) == Kind::Dash && !self.spaced(x))
                && !matches!(tokens[x].upos.as_str(), "VERB" | "AUX" | "SCONJ")
                && !matches!(tokens[x].xpos.as_str(), "WP" | "WRB" | "WDT")
                && self.cue_at(x).is_none()
        });
        (subject && hung && plain).then_some(t)
    }

    /// Whether "that" at `t` is, by the parse, the subject or object of a relative clause
    /// on a noun of the infinitive at `k` ("threatened to bomb any convoy that enters
    /// without a permit"): what follows describes the noun, it is no reported clause; the
    /// infinitive is the content. A "that" the parse marks as a complementizer never is
    /// ("said in a statement that ...").
    fn relative_in_infinitive(&self, t: usize, k: usize) -> bool {
        let infinitive =
            self.word(k).eq_ignore_ascii_case("to") && k + 1 < t && self.verb_tag(k + 1);
        let Some(verb) = self.doc.head(t).filter(|_| infinitive) else {
            return false;
        };
        // The parse often hangs a complement clause on the noun before it ("said in the
        // letter that the advertisement suggests"): a relative clause's verb has no
        // subject but "that".
        let other_subject = (self.sentence_start(verb)..self.sentence_end(verb)).any(|d| {
            d != t && self.doc.head(d) == Some(verb) && self.doc.tokens[d].deprel.base() == "nsubj"
        });
        matches!(self.doc.tokens[t].deprel.base(), "nsubj" | "obj")
            && self.doc.tokens[verb].upos.is("VERB")
            && self.doc.tokens[verb].deprel.is("acl:relcl")
            && self.doc.head(verb).is_some_and(|n| k <= n && n < t)
            && !other_subject
    }

    /// Does the content at `k` ask that the source not be named ("a diplomat who asked not
    /// to be named", "declined to be identified")? That is the wire formula for an
    /// anonymous source, not something the source said.
    fn anonymity_request(&self, k: usize, hi: usize) -> bool {
        let mut t = k;
        let mut next = |w: &str| {
            let hit = t < hi && self.word(t).eq_ignore_ascii_case(w);
            t += hit as usize;
            hit
        };
        next("not");
        if !next("to") {
            return false;
        }
        next("not");
        next("be") && t < hi && is_in(self.word(t), ANONYMITY_PARTICIPLES)
    }

    /// The subject opening the content of an earlier reported statement that holds `i`
    /// ("said Cavusoglu angered Ankara by saying": Cavusoglu), if it is a name or pronoun
    /// followed by more of the clause.
    fn enclosing_subject(&self, i: usize, cands: &[Candidate]) -> Option<(usize, usize)> {
        let c = cands
            .iter()
            .rev()
            .find(|c| c.reported && c.content.0 < i && i < c.content.1)?;
        self.sentence_subject(c.content.0, i - 1)
            .filter(|s| s.1 + 1 < i)
    }

    /// The source of the last candidate whose cue is before `i` in the same sentence.
    ///
    /// A cue inside the content of another statement that ends before `i` is skipped:
    /// in "The envoy told reporters that NATO sees X as Y, saying ..." the one saying is
    /// the envoy, not NATO, whose "sees" lies in the reported clause.
    fn previous_source(&self, i: usize, cands: &[Candidate]) -> Option<(usize, usize)> {
        let nested_before = |c0: usize| {
            cands.iter().any(|d| {
                d.cue.is_some_and(|(d0, _)| d0 != c0)
                    && d.content.0 <= c0
                    && c0 < d.content.1
                    && d.content.1 <= i
            })
        };
        cands
            .iter()
            .rev()
            .find(|c| {
                c.cue.is_some_and(|(c0, _)| {
                    c0 < i && self.sent_of[c0] == self.sent_of[i] && !nested_before(c0)
                })
            })
            .and_then(|c| c.source)
    }

    /// Ends a content span before a coordinated statement with its own cue: "X said A,
    /// and Y said B" / "X said A and said B" / "..., but Y did not say".
    fn cut_at_coordinated_cue(&self, a: usize, b: usize) -> usize {
        for t in a + 1..b {
            let Some(cue) = self.cue_at(t) else {
                continue;
            };
            if cue.frame == Frame::According || cue.participle {
                continue;
            }
            let (se, _) = self.skip_aux_left(t, a);
            let start = match self.left_np(se, a) {
                Some((p, _)) => p,
                // "and said that": a second verb of the same subject.
                None if self.word(t + cue.len).eq_ignore_ascii_case("that") => se,
                None => continue,
            };
            // "government troops and allied militias had attacked": one subject of the
            // content's verb, not a second speaker.
            let joined_noun = se > start && self.subject_conjunct(start, se, t);
            if joined_noun {
                continue;
            }
            if start > a && is_in(self.word(start - 1), COORDINATORS) {
                let concessive = is_in(self.word(start - 1), &["though", "although"]);
                // A content opened by "although" is the clause it opens ("said although
                // X, Y"), not a statement joined to another.
                if concessive && start - 1 == a {
                    continue;
                }
                let mut cut = start - 1;
                // "even though Y said": the cut goes before "even".
                if concessive && cut > a && self.word(cut - 1).eq_ignore_ascii_case("even") {
                    cut -= 1;
                }
                while cut > a && self.kind(cut - 1) == Kind::Comma {
                    cut -= 1;
                }
                return cut;
            }
        }
        b
    }

    /// Whether the verb at `v` (or the verb its auxiliary serves) is a conjunct the parse
    /// hangs on a verb inside `a..end` ("she hired him, but has not decided": "decided"
    /// on "hired"), so that the clause after "but" goes on with the content.
    fn joined_inside(&self, v: usize, a: usize, end: usize) -> bool {
        let Some(tok) = self.doc.tokens.get(v) else {
            return false;
        };
        let verb = if tok.upos.is("AUX") {
            self.doc.head(v).unwrap_or(v)
        } else {
            v
        };
        self.doc
            .tokens
            .get(verb)
            .is_some_and(|t| t.deprel.base() == "conj")
            && self.doc.head(verb).is_some_and(|h| {
                (a..end).contains(&h) && self.verb_tag(h) && !self.narration_join(verb, h, a, end)
            })
    }

    /// Whether the conjunct `verb` of `h` is the writer's narration after all: a past or
    /// present verb joined to an infinitive ("to insinuate X but failed"), or `h` inside
    /// an adverbial clause of time within `a..end` ("as she left the hall and
    /// watched": the "and" goes on with the main clause; not "as if", "before").
    fn narration_join(&self, verb: usize, h: usize, a: usize, end: usize) -> bool {
        let tag = |t: usize| self.doc.tokens.get(t).map_or("", |t| t.xpos.as_str());
        if matches!(tag(verb), "VBD" | "VBZ") && tag(h) == "VB" {
            return true;
        }
        let mut x = h;
        for _ in 0..8 {
            if !(a..end).contains(&x) {
                return false;
            }
            let adverbial = self.doc.tokens.get(x).is_some_and(|t| t.deprel.is("advcl"))
                && self.doc.dependents(x).any(|d| {
                    d < x
                        && self.doc.tokens[d].deprel.is("mark")
                        && is_in(self.word(d), &["as", "when", "while"])
                        && !is_in(self.word(d + 1), &["if", "though"])
                });
            if adverbial {
                return true;
            }
            match self.doc.head(x) {
                Some(g) if g != x => x = g,
                _ => return false,
            }
        }
        false
    }

    /// Ends a content span before ", though ..." / ", but ..." (the writer's aside). A
    /// second "that" after "but" goes on with the same report ("that A, but that B").
    fn cut_at_concession(&self, a: usize, b: usize, cue: Option<usize>) -> usize {
        (a + 1..b)
            .find(|&t| {
                self.kind(t - 1) == Kind::Comma
                    && is_in(self.word(t), CONCESSIVES)
                    && !(t + 1 < b
                        && self.word(t + 1).eq_ignore_ascii_case("that")
                        && self.doc.tokens[t + 1].upos.is("SCONJ"))
                    && !(t + 1 < b
                        && self.tagged(t + 1)
                        && (self.doc.tokens[t + 1].upos.is("AUX")
                            || matches!(
                                self.doc.tokens[t + 1].xpos.as_str(),
                                "VBD" | "VBZ" | "VBP"
                            ))
                        && self.joined_inside(t + 1, a, t))
                    && !self.coordinates_inside(t, a, cue)
                    && !self.second_half_of_contrast(a, t, b)
                    && !self.verbless_concession(t, b)
            })
            .map_or(b, |t| t - 1)
    }

    /// Whether "though"/"although" at `t` opens a concession with no verb of its own, up to
    /// the next comma or `b` ("a costly, though brief, delay", "forged ballots, though
    /// mixed with real ones"): it qualifies a word of the content and goes on with it.
    /// Not one opened by "without" ("though without giving a reason").
    /// A concessive clause ("though it lost the final") may be the writer's aside
    /// and still ends the content: a finite verb or an auxiliary by the tags, or a
    /// subject by the parse ("though it cost him a fortune", where "cost" may be read as
    /// a participle); false without tags.
    fn verbless_concession(&self, t: usize, b: usize) -> bool {
        if !is_in(self.word(t), &["though", "although"]) || !self.tagged(t) {
            return false;
        }
        let end = (t + 1..b)
            .find(|&x| self.kind(x) == Kind::Comma)
            .unwrap_or(b);
        // "though without elaborating": the writer's note of what the speaker left out.
        end > t + 1
            && !self.word(t + 1).eq_ignore_ascii_case("without")
            && (t + 1..end).all(|x| {
                let tok = &self.doc.tokens[x];
                !tok.upos.is("AUX")
                    && !matches!(tok.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD")
                    && !tok.deprel.base().starts_with("nsubj")
            })
    }

    /// Whether ", but" at `t` opens the second half of a contrast inside the content:
    /// "not only X, but Y", "X, but also Y", "X, but not Y" (PolNeAR train: 33 such
    /// contents go on past the "but", 5 stop before it; counts only). Not when a past or
    /// "-s" verb follows the adverb: "thanked the crews, but also asked them to ..." is the
    /// subject's second act.
    fn second_half_of_contrast(&self, a: usize, t: usize, b: usize) -> bool {
        let second_act = t + 2 < b
            && self.tagged(t + 2)
            && matches!(self.doc.tokens[t + 2].xpos.as_str(), "VBD" | "VBZ");
        let adverb = t + 1 < b && is_in(self.word(t + 1), &["also", "not", "no", "never"]);
        let correlative = (a + 1..t).any(|x| {
            self.word(x - 1).eq_ignore_ascii_case("not")
                && is_in(self.word(x), &["only", "just", "merely", "simply"])
        });
        self.word(t).eq_ignore_ascii_case("but") && !second_act && (adverb || correlative)
    }

    /// Whether the parse makes the adjective `v` a conjunct of an adjective inside `a..t`:
    /// "a credible and appealing plan" coordinates inside one phrase, whatever cue a word
    /// after "and" could be (nouns are left out: "embrace of X and vow to" is often a
    /// verb the tagger reads as a noun).
    fn modifier_conjunct(&self, v: usize, a: usize, t: usize) -> bool {
        !self.reach.is_empty()
            && self.doc.tokens[v].deprel.base() == "conj"
            && self.doc.head(v).is_some_and(|h| {
                (a..t).contains(&h)
                    && self.doc.tokens.get(h).is_some_and(|x| x.upos.is("ADJ"))
                    && self.doc.tokens[v].upos.is("ADJ")
            })
    }

    /// Whether the coordinator at `t` opens, in the parse, a conjunct of a verb inside
    /// the content `a..t`: "said he will back the nominee, but beyond that he wants no
    /// part in the race" reports both clauses ("but" a `cc` of "wants", itself a `conj`
    /// of "back"). A verb conjoined to the cue or to a word before `a` ends the content.
    /// After a cue of belief or wish (`cue` the cue's first token, if any) the clause
    /// after "but" is the writer's ("she wants the fee gone, but the plan would cost").
    fn coordinates_inside(&self, t: usize, a: usize, cue: Option<usize>) -> bool {
        if self.reach.is_empty()
            || self
                .doc
                .tokens
                .get(t)
                .is_none_or(|x| x.deprel.base() != "cc")
        {
            return false;
        }
        let Some(v) = self.doc.head(t).filter(|&v| v > t) else {
            return false;
        };
        if cue.is_some_and(|q| {
            matches!(
                self.lex.class_of(self.word(q)),
                Some(CueClass::Belief | CueClass::Intent)
            )
        }) {
            return false;
        }
        self.verb_tag(v) && self.joined_inside(v, a, t)
    }

    /// Ends a content span before ", saying ..." / ", adding ..." (a second statement).
    fn cut_at_participle(&self, a: usize, b: usize) -> usize {
        for t in a + 1..b {
            if self.kind(t - 1) == Kind::Comma && self.cue_at(t).is_some_and(|c| c.participle) {
                return t - 1;
            }
        }
        b
    }

    /// Ends a content that follows its cue before what the writer adds: a semicolon, a
    /// participle clause after a comma (", making it the largest ..."), a closing
    /// attribution tag (", Sanders said"), an adverbial or relative clause (", when ...",
    /// ", which ..."), a new main clause (", the Census will ...") or a second verb of the
    /// source ("blamed X and denied Y").
    fn cut_tail(&self, a: usize, b: usize, clause_cue: bool) -> usize {
        let b = (a + 1..b)
            .find(|&t| {
                self.temporal_after_object(a, t, b)
                    || self.time_after_object(a, t, b)
                    || self.adjunct_of_cue(a, t, b)
                    || (self.verb_phrase_after_object(a, t, b)
                        && !(clause_cue
                            && self.kind(t - 1) == Kind::Word
                            && (a..t).filter(|&w| self.kind(w) == Kind::Word).count() >= 3))
            })
            .unwrap_or(b);
        // A content that opens with a subordinate clause ("if X, Y") goes on past its comma.
        // "even if X, Y" and "even after X, Y" open with one too.
        let subordinate = is_in(self.word(a), SUBORDINATORS)
            || (a + 1 < b
                && self.word(a).eq_ignore_ascii_case("even")
                && is_in(self.word(a + 1), SUBORDINATORS));
        // One that opens with an adverbial phrase goes on past its comma into the clause
        // it leads ("during the talks, the envoy left", "despite the rain, X"); a gloss
        // after that clause still ends it.
        let adverbial_opener = (self.tagged(a)
            && self.doc.tokens[a].upos.is("ADP")
            && !is_in(self.word(a), &["of", "to", "about", "for"]))
            || is_in(self.word(a), &["however", "according"]);
        // "admit that, given the divide, reaching the goals will be hard": a content
        // opened right after "that," is a fronted adjunct whose closing comma leads into
        // the clause "that" opens; that first comma ends nothing.
        let fronted = a >= 2
            && self.kind(a - 1) == Kind::Comma
            && self.word(a - 2).eq_ignore_ascii_case("that");
        let first_comma = fronted
            .then(|| (a + 1..b).find(|&t| self.kind(t) == Kind::Comma))
            .flatten();
        // The closing mark of a paired apposition jumped over ("nominate X - a member of
        // the clan - to replace Y"): tokens before it end nothing.
        let mut skip_to = 0;
        for t in a + 2..b {
            if t < skip_to || Some(t) == first_comma {
                continue;
            }
            match self.kind(t) {
                Kind::Semicolon => return t,
                Kind::Comma if t + 1 < b && self.tag_follows(t + 1, b) => return t,
                // `..., "A," Sanders said`: the tag after the closing mark.
                Kind::Comma
                    if t + 2 < b
                        && matches!(self.kind(t + 1), Kind::Close | Kind::Straight)
                        && self.tag_follows(t + 2, b) =>
                {
                    return t + 1
                }
                // `called the plan "a betrayal," and the union walked out`: a verbless
                // content (an object and a quoted fragment) closed by the fragment's comma
                // ends at the mark when "and"/"but" and a new clause follow it. A clause
                // goes on ("said the bill was "late," and the vote failed" reports both).
                Kind::Comma
                    if t + 3 < b
                        && matches!(self.kind(t + 1), Kind::Close | Kind::Straight)
                        && is_in(self.word(t + 2), &["and", "but"])
                        && self.verbless(a, t)
                        && self.clause_follows(t + 3, b) =>
                {
                    return t + 2
                }
                // "a day after France, Germany and Britain triggered ...": a comma inside
                // a list of nouns (the parse's conjunct of a noun before it) opens no
                // clause.
                Kind::Comma if self.list_comma(a, t) || self.gerund_list_comma(a, t, b) => {}
                // "the deal is dead, a verdict few share": an indefinite noun phrase after
                // a clause is the writer's gloss on it (not inside a quoted fragment, not a
                // span of time or amount: "a week after ...", "a bit adrift"; not in a
                // content opened by a subordinate clause, nor the subject of the clause
                // that follows: "even if X, a recount could not be done"). An apposition
                // closed by a second mark with more content after it is jumped over.
                Kind::Comma | Kind::Dash
                    if t + 2 < b
                        && (self.kind(t) == Kind::Comma || self.spaced(t))
                        && is_in(self.word(t + 1), &["a", "an"])
                        && !is_in(self.word(t + 2), SPANS_OF_TIME)
                        && !is_in(self.word(t + 2), AMOUNT_NOUNS)
                        && !self.in_fragment[t + 1]
                        && !subordinate
                        && !self.verbless(a, t) =>
                {
                    match self.gloss_noun(t + 1, b) {
                        Some((_, Some(close))) => skip_to = close + 1,
                        Some((n, None)) if self.subject_of_clause(n) => {}
                        _ => return t,
                    }
                }
                // "backed the ban, something she opposed as a senator": "something" or
                // "nothing" and a relative clause after a clause is a gloss too ("a
                // gesture, nothing more" goes on).
                Kind::Comma
                    if t + 3 < b
                        && is_in(self.word(t + 1), &["something", "nothing"])
                        && (is_in(self.word(t + 2), &["that", "which"])
                            || self.doc.tokens[t + 2].upos.is("PRON")
                            || self.doc.tokens[t + 2].upos.is("PROPN"))
                        && !self.in_fragment[t + 1]
                        && !subordinate
                        && !self.verbless(a, t) =>
                {
                    return t
                }
                // "attacked his rival, with whom he clashed", "the plan worked, with Mayor
                // Ruiz calling it a model": an absolute "with" clause is the writer's. A
                // dash aside closed by a second dash is inside the content ("the battle
                // - with jets flying raids - would be hard").
                Kind::Comma | Kind::Dash
                    if (self.kind(t) == Kind::Comma
                        || (self.spaced(t) && !(t + 1..b).any(|x| self.spaced_dash(x))))
                        && t + 3 < b
                        && self.word(t + 1).eq_ignore_ascii_case("with")
                        && !self.in_fragment[t + 1]
                        && self.with_absolute(t + 1, b) =>
                {
                    return t
                }
                // "the decision, which struck down ..., illustrates": before the content's
                // verb (in the parse) a comma opens an apposition or relative clause.
                Kind::Comma if self.verbless(a, t) => {}
                // "... would be Trump, who has a big lead": a relative clause on a name
                // after the content's verb is the writer's gloss on the person.
                Kind::Comma
                    if t + 1 < b
                        && self.word(t + 1).eq_ignore_ascii_case("who")
                        && self.kind(t - 1) == Kind::Word
                        && self.capitalized(t - 1)
                        && !self.in_fragment[t - 1] =>
                {
                    return t
                }
                Kind::Comma if t + 1 < b && !self.in_fragment[t + 1] => {
                    let w = self.word(t + 1);
                    let participle = self.kind(t + 1) == Kind::Word
                        && !self.capitalized(t + 1)
                        && w.len() > 5
                        && w.ends_with("ing")
                        && !is_in(w, NOT_TAIL_PARTICIPLES)
                        // "nothing", "something", "morning": no participle when the tagger reads no verb.
                        && (!self.tagged(t + 1) || self.verb_tag(t + 1));
                    if participle
                        || (is_in(w, TAIL_STARTS)
                            && !self.as_well_as(t + 1, b)
                            && !self.even_adjunct(t + 1, b))
                        || (!subordinate && !adverbial_opener && self.clause_follows(t + 1, b))
                    {
                        return t;
                    }
                }
                Kind::Word
                    if t + 1 < b
                        && is_in(self.word(t), &["and", "but"])
                        && !self.in_fragment[t + 1] =>
                {
                    let (v, w) = (t + 1, self.word(t + 1));
                    // Not a word the parse reads as a modifier of the content's subject
                    // ("troops and allied militias had attacked"). Its noun tags are
                    // no guide: "and vow to", "but warning that" are often tagged nouns.
                    // A past form that is no cue and that the parse conjoins to a verb
                    // inside the content goes on with it ("said the mill released waste
                    // and poisoned the fish"); a cue form after "and" is mostly a second
                    // statement (measured: letting it go on too lost train matches).
                    let parsed_verb = !self.modifies_subject(v);
                    let verb = parsed_verb
                        && !self.capitalized(v)
                        && !self.modifier_conjunct(v, a, t)
                        && (self.cue_form(v)
                            || (w.len() > 4 && w.ends_with("ed") && !self.joined_inside(v, a, t)))
                        && !(v + 1 < b && self.word(v + 1).eq_ignore_ascii_case("by"));
                    if verb {
                        return t;
                    }
                }
                _ => {}
            }
        }
        b
    }

    /// Whether "with" at `w` opens an absolute clause or a relative one: "with whom" or
    /// "with which", or a noun phrase with a name and a cue's participle ("with Mayor Ruiz
    /// now calling it a model"; by the tags, at most seven words before the participle). A
    /// phrase with no name is most often the content's own detail ("a poll showed him
    /// ahead, with 13 percent supporting another candidate", "with only a few others
    /// backing him") and goes on.
    fn with_absolute(&self, w: usize, b: usize) -> bool {
        if is_in(self.word(w + 1), &["whom", "which"]) {
            return true;
        }
        let Some(v) = (w + 1..b.min(w + 9)).find(|&x| {
            self.kind(x) != Kind::Word
                || !matches!(
                    self.doc.tokens[x].upos.as_str(),
                    "DET" | "ADJ" | "NOUN" | "PROPN" | "NUM" | "PRON" | "ADV"
                )
        }) else {
            return false;
        };
        // a verb of the clause a cue's ("with Smith saying", "calling it a model", "taking
        // to the radio to call the story false"): a second statement; "with Ramirez scoring
        // twice", "with Novak trailing" are the content's own detail (review27b)
        let cue_verb = |x: usize| {
            let form = self.word(x).to_ascii_lowercase();
            let third = format!("{}s", self.doc.lemma(x).to_ascii_lowercase());
            self.doc.tokens[x].upos.is("VERB")
                && [form, third].iter().any(|f| {
                    self.lex.match_at(f, |_| None).is_some() || self.lex.verb_form(f).is_some()
                })
        };
        let clause_end = (v..b)
            .find(|&x| !matches!(self.kind(x), Kind::Word | Kind::Other))
            .unwrap_or(b);
        self.kind(v) == Kind::Word
            && self.doc.tokens[v].xpos.as_str() == "VBG"
            && (v..clause_end).any(cue_verb)
            && (w + 1..v).any(|x| self.doc.tokens[x].upos.is("PROPN"))
    }

    /// The head noun (in the parse) of the noun phrase whose article is at `d`, and the
    /// mark that closes it as a paired apposition when one of the kind before `d` ends
    /// its subtree with more of the content after it ("X - a member of the clan - to
    /// replace Y", "Daley, a former banker, to serve"). None without a parse.
    fn gloss_noun(&self, d: usize, b: usize) -> Option<(usize, Option<usize>)> {
        if self.reach.is_empty() {
            return None;
        }
        let n = self.doc.head(d).filter(|&n| n > d && n < b)?;
        let end = self.reach[n].1 as usize + 1;
        // Not when a new clause follows the closing mark ("if he ate a cheeseburger - an
        // old favorite - others say ...": its subject).
        let paired = end + 1 < b
            && self.kind(end) == self.kind(d - 1)
            && (self.kind(end) == Kind::Comma || self.spaced(end))
            && self.kind(end + 1) == Kind::Word
            && self.doc.tokens[end + 1].deprel.base() != "nsubj";
        Some((n, paired.then_some(end)))
    }

    /// Whether noun `n` is, in the parse, the only subject of a finite verb after it that
    /// is no cue: "even if X, a recount could not be done" opens a main clause; "a
    /// request not always honored" (no finite verb), "an issue Democrats have struggled
    /// with" (a relative clause, another subject) and "a new poll finds" (a tag) do not.
    fn subject_of_clause(&self, n: usize) -> bool {
        let Some(h) = self.doc.head(n).filter(|&h| h > n) else {
            return false;
        };
        let finite = |t: usize| {
            self.doc.tokens[t].upos.is("AUX") || finite(self.doc.tokens[t].xpos.as_str())
        };
        // A name or pronoun right after the noun opens a relative clause on it.
        let relative = n + 1 < h
            && (self.doc.tokens[n + 1].upos.is("PROPN") || self.doc.tokens[n + 1].upos.is("PRON"));
        self.doc.tokens[n].deprel.base() == "nsubj"
            && !relative
            && (finite(h) || self.doc.dependents(h).any(|d| d > n && d < h && finite(d)))
            && !self
                .doc
                .dependents(h)
                .any(|d| d != n && self.doc.tokens[d].deprel.base() == "nsubj")
            && self.cue_at(h).is_none()
    }

    /// "endorsed him when the poll was taken": after an object with no verb (by the
    /// tags), a temporal clause at `t` is the writer's (when the cue's action happened);
    /// not "because" (a reason is mostly the source's own), nor one the word before
    /// modifies.
    fn temporal_after_object(&self, a: usize, t: usize, b: usize) -> bool {
        t + 2 < b
            && (is_in(self.word(t), &["when", "while", "before", "after", "until"])
                || self.as_clause_at(t, b))
            && !self.in_fragment[t]
            && !self.subordinator_modified(t)
            && !self.inside_dash_aside(a, t)
            && self.verbless(a, t)
            && (t + 1..b.min(t + 8)).any(|x| self.verb_tag(x))
    }

    /// "endorsed the mayor in late May", "announced his bid on Tuesday": after an object
    /// with no verb (by the tags), a preposition before a time expression of the time
    /// stage, hung by the parse on a word before the content, tells when the cue's act
    /// happened: the writer's, not the content's. Only when the time ends the content
    /// (or a comma or dash follows it): "praised the crews on Sunday for clearing the
    /// road" keeps the reason, and the time with it.
    fn time_after_object(&self, a: usize, t: usize, b: usize) -> bool {
        if !(t > a
            && t + 1 < b
            && is_in(self.word(t), &["in", "on", "during", "since", "at", "over"])
            && !self.in_fragment[t]
            && self.verbless(a, t))
        {
            return false;
        }
        // The time may open after a modifier ("in late May", "in recent weeks").
        let first = (t + 1..b.min(t + 3)).find(|&x| self.in_time(x));
        let Some(first) = first else {
            return false;
        };
        if (t + 1..first).any(|x| self.kind(x) != Kind::Word) {
            return false;
        }
        // The time ends the content, or a comma or dash follows it.
        let end = (first..b).find(|&x| !self.in_time(x)).unwrap_or(b);
        let last = end >= b || matches!(self.kind(end), Kind::Comma | Kind::Dash | Kind::Semicolon);
        // The parse hangs the phrase on a word before the content (the cue's adjunct),
        // not on a noun of the content ("denied any part in the 2001 riots").
        let on_cue = self
            .doc
            .head(t)
            .filter(|&n| n > t && n < b)
            .and_then(|n| self.doc.head(n))
            .is_some_and(|h| h < a);
        last && on_cue && self.verbless(a, b) && !self.inside_dash_aside(a, t)
    }

    /// "praised the mayor on Twitter", "recounted the incident at a rally in May": after
    /// an object with no verb (by the tags), a prepositional phrase at `t` that the parse
    /// hangs on a word before the content (the cue's own `obl`) tells where or when the
    /// cue's act happened: the writer's, not the content's.
    fn adjunct_of_cue(&self, a: usize, t: usize, b: usize) -> bool {
        let Some(n) = self.doc.head(t).filter(|&n| n > t && n < b) else {
            return false;
        };
        // What follows the phrase inside the content is still the content's ("described
        // the plan in an interview as a scam", "expressed anger in a speech that ...").
        // The parse may hang that rest on the phrase's noun: it is read up to the second
        // token after the phrase ("on Twitter -- as a skeptic"). (Read last: it walks the
        // phrase, and this runs for every token of a content.)
        let goes_on = || {
            let after = self.reach.get(n).map_or(b, |r| r.1 as usize + 1);
            (t + 1..=(after + 1).min(b - 1)).any(|x| {
                (self.word(x).eq_ignore_ascii_case("as")
                    && self.doc.tokens[x].deprel.base() != "mark")
                    || self.word(x).eq_ignore_ascii_case("that")
                    || (x == after && matches!(self.kind(x), Kind::Open | Kind::Straight))
            })
        };
        t > a
            && t + 1 < b
            && self.tagged(t)
            && self.doc.tokens[t].upos.is("ADP")
            && is_in(
                self.word(t),
                &[
                    "in", "on", "at", "during", "after", "before", "through", "amid", "via",
                ],
            )
            && !self.in_fragment[t]
            && self.doc.tokens[n].deprel.base() == "obl"
            && self.doc.head(n).is_some_and(|h| h < a)
            && self.lex.in_list(WordList::VenueNouns, self.word(n))
            // "in the event of" states a condition, no venue.
            && !(self.word(n).eq_ignore_ascii_case("event")
                && n + 1 < b
                && self.word(n + 1).eq_ignore_ascii_case("of"))
            && !self.inside_dash_aside(a, t)
            && self.verbless(a, t)
            && !goes_on()
    }

    /// Whether "as" at `t` opens a clause with its own subject and tensed verb ("backing
    /// the drivers as the government prepared fines"), the parse marking it as a
    /// subordinator: "as a ..." and "as well as" open none. A comparison whose second
    /// "as" opens such a clause ("as a threat as much as it was ...") is the writer's
    /// from its first "as", so the clause opens there and not at the second "as".
    fn as_clause_at(&self, t: usize, b: usize) -> bool {
        let is_as = |x: usize| self.word(x).eq_ignore_ascii_case("as");
        let marks = |x: usize| is_as(x) && self.doc.tokens[x].deprel.base() == "mark";
        if !is_as(t) {
            return false;
        }
        if t + 3 < b
            && marks(t + 2)
            && matches!(self.doc.tokens[t + 1].upos.as_str(), "ADV" | "ADJ")
        {
            return self.clause_follows(t + 3, b);
        }
        marks(t) && !(t >= 2 && is_as(t - 2)) && self.clause_follows(t + 1, b)
    }

    /// Whether `t` sits inside a dash aside opened after `a` and not yet closed ("the
    /// plan - unheard of until now - was adopted").
    fn inside_dash_aside(&self, a: usize, t: usize) -> bool {
        (a..t).filter(|&x| self.spaced_dash(x)).count() % 2 == 1
    }

    /// Whether the word before the subordinator at `t` modifies it, takes it as a
    /// relative clause or joins it to another: "minutes after", "even when", "the days
    /// when", "December when", "if and when".
    fn subordinator_modified(&self, t: usize) -> bool {
        let Some(p) = t.checked_sub(1) else {
            return false;
        };
        let w = self.word(p).to_ascii_lowercase();
        let w = w.trim_end_matches('s');
        is_in(w, SPANS_OF_TIME)
            || is_in(
                w,
                &[
                    "even",
                    "particularly",
                    "especially",
                    "just",
                    "shortly",
                    "soon",
                    "back",
                    "only",
                    "right",
                    "long",
                    "time",
                    "moment",
                    "era",
                    "point",
                    "night",
                    "morning",
                    "and",
                    "or",
                ],
            )
            || (self.word(t).eq_ignore_ascii_case("when")
                && self.tagged(p)
                && matches!(self.doc.tokens[p].upos.as_str(), "NOUN" | "PROPN" | "NUM"))
            || self.kind(p) != Kind::Word
    }

    /// "slammed Cruz and has repeatedly attacked his record": after an object with no
    /// verb, "and" or "but" at `t` and a verb phrase go on about the source.
    fn verb_phrase_after_object(&self, a: usize, t: usize, b: usize) -> bool {
        t + 2 < b
            && is_in(self.word(t), &["and", "but"])
            && !self.in_fragment[t + 1]
            && self.verbless(a, t)
            && self.verb_phrase_at(a, t + 1, b)
    }

    /// Whether a verb phrase with no subject starts at `t`, in a content from `a`:
    /// auxiliaries, "not" and adverbs, then a verb (by the tags) that is finite or has an
    /// auxiliary before it ("and has repeatedly voted", "and denied"), or that the parse
    /// conjoins to a word before the content (the cue), unless a bare gerund. A
    /// participle or gerund with
    /// neither is a modifier or the content's own ("the close and sometimes overlapping
    /// interests", "reform and passing more gun control"), as is a verb the parse conjoins
    /// to one inside the content ("Stein complied with orders and left the area").
    fn verb_phrase_at(&self, a: usize, t: usize, b: usize) -> bool {
        let mut v = t;
        let mut aux = false;
        while v < b
            && self.kind(v) == Kind::Word
            && (is_in(self.word(v), FINITE_AUX)
                || is_in(self.word(v), &["not", "n't", "never", "also", "then"])
                || self.doc.tokens[v].upos.is("ADV"))
        {
            aux |= is_in(self.word(v), FINITE_AUX);
            v += 1;
        }
        if !(v < b
            && self.kind(v) == Kind::Word
            && self.doc.tokens[v].upos.is("VERB")
            && !self.modifies_subject(v))
        {
            return false;
        }
        let conj_head = (self.doc.tokens[v].deprel.base() == "conj")
            .then(|| self.doc.head(v))
            .flatten();
        match conj_head {
            // A bare gerund the parse conjoins to the cue is most often the object's
            // ("backed reform and passing more laws").
            Some(h) if h < a => aux || self.doc.tokens[v].xpos.as_str() != "VBG",
            Some(h) if h < t => false,
            _ => aux || matches!(self.doc.tokens[v].xpos.as_str(), "VBD" | "VBZ" | "VBP"),
        }
    }

    /// Whether "as well as" starts at `t` (before `b`): it adds to the content, it opens
    /// no writer's clause ("is a threat, as well as a danger").
    fn as_well_as(&self, t: usize, b: usize) -> bool {
        t + 2 < b
            && self.word(t).eq_ignore_ascii_case("as")
            && self.word(t + 1).eq_ignore_ascii_case("well")
            && self.word(t + 2).eq_ignore_ascii_case("as")
    }

    /// Whether the parse makes `v` part of a verb's subject: a modifier (`amod`) of the
    /// subject noun or of a conjunct of it, or itself a conjunct of it ("allied" in
    /// "troops and allied militias had attacked", which the parse may read as a verb
    /// conjoined to "troops").
    fn modifies_subject(&self, v: usize) -> bool {
        let subject = |n: usize| self.doc.tokens[n].deprel.base() == "nsubj" && self.nominal_tag(n);
        let Some(head) = self.doc.head(v) else {
            return false;
        };
        match self.doc.tokens[v].deprel.as_str() {
            "amod" => {
                subject(head)
                    || (self.doc.tokens[head].deprel.base() == "conj"
                        && self.doc.head(head).is_some_and(subject))
            }
            // A noun conjunct may be a verb form the parse took for one ("people and
            // demands respect"); a participle tagged as a verb conjoined to the subject
            // noun is a modifier it misread.
            "conj" => self.verb_tag(v) && subject(head),
            _ => false,
        }
    }

    /// Whether the phrase `a..b` before the cue verb `t` is, in the parse, a conjunct of
    /// the subject of `t` standing before it, and `t` the complement of a verb before
    /// (the clause reported): "government troops and allied militias had attacked".
    fn subject_conjunct(&self, a: usize, b: usize, t: usize) -> bool {
        if !self.doc.tokens[t].deprel.is("ccomp") {
            return false;
        }
        let Some(root) = (a..b).find(|&x| self.doc.head(x).is_none_or(|h| h < a || h >= b)) else {
            return false;
        };
        self.doc.tokens[root].deprel.base() == "conj"
            && self.doc.head(root).is_some_and(|h| {
                h + 1 < a
                    && self.doc.tokens[h].deprel.base() == "nsubj"
                    && self.doc.head(h) == Some(t)
            })
    }

    /// Whether the comma at `t` joins two items of a list in the parse: the word after it
    /// is a conjunct of a noun or name within `a..t`, and no verb.
    fn list_comma(&self, a: usize, t: usize) -> bool {
        let next = t + 1;
        self.doc.tokens.get(next).is_some_and(|tok| {
            tok.deprel.base() == "conj"
                && matches!(tok.upos.as_str(), "NOUN" | "PROPN")
                && self.doc.head(next).is_some_and(|h| {
                    (a..t).contains(&h)
                        && matches!(self.doc.tokens[h].upos.as_str(), "NOUN" | "PROPN")
                })
        })
    }

    /// Whether the comma at `t` joins two gerunds of a list that a later "and"/"or" closes
    /// ("her pledges: closing the depot, selling the trucks and hiring drivers"): a gerund follows
    /// it, the list's first item is a gerund within `a..t` (the parse's head of that
    /// gerund, or one opening the content or following a mark), and an "and"/"or" before
    /// `b` opens a gerund the parse joins to either. A lone participle after a comma
    /// (", prompting a reply", ", reflecting a trend") is no list and
    /// still ends the content.
    fn gerund_list_comma(&self, a: usize, t: usize, b: usize) -> bool {
        let next = t + 1;
        let gerund = |x: usize| {
            x < b
                && self.kind(x) == Kind::Word
                && self.word(x).len() > 4
                && self.word(x).ends_with("ing")
                && (!self.tagged(x) || self.verb_tag(x))
        };
        if !gerund(next) {
            return false;
        }
        let first = self
            .doc
            .head(next)
            .filter(|&h| (a..t).contains(&h) && gerund(h))
            .or_else(|| {
                (a..t)
                    .rev()
                    .find(|&g| gerund(g) && (g == a || self.kind(g - 1) != Kind::Word))
            });
        let Some(first) = first else {
            return false;
        };
        (next + 1..b).any(|x| {
            is_in(self.word(x), &["and", "or"])
                && gerund(x + 1)
                && self
                    .doc
                    .head(x + 1)
                    .is_some_and(|h| h == first || h == next)
        })
    }

    /// Whether "even" at `e` opens an adjunct of the content's own clause ("would pass,
    /// even if the farm counties vote no", "will not publish the memos, even in redacted
    /// form", "renters, even with rents falling, spend less"): a
    /// subordinator or a preposition follows it (`EVEN_ADJUNCT_NEXT`). "even as", the
    /// writer's contrast with a fact of the moment, still ends the content.
    fn even_adjunct(&self, e: usize, b: usize) -> bool {
        self.word(e).eq_ignore_ascii_case("even")
            && e + 1 < b
            && is_in(self.word(e + 1), EVEN_ADJUNCT_NEXT)
    }

    /// Whether the parse tags no token of `a..b` as a verb or auxiliary (false without a
    /// parse).
    fn verbless(&self, a: usize, b: usize) -> bool {
        let tagged = self
            .doc
            .tokens
            .get(a)
            .is_some_and(|t| !t.upos.as_str().is_empty());
        tagged && (a..b).all(|t| !matches!(self.doc.tokens[t].upos.as_str(), "VERB" | "AUX"))
    }

    /// Whether a new clause with its own subject starts at `a` ("..., the Census will
    /// serve", "..., Judge Berman proceeded"): a short subject (pronoun, or a phrase
    /// opened by a determiner or a capital) followed by an auxiliary or a past-tense verb.
    fn clause_follows(&self, a: usize, b: usize) -> bool {
        if a >= b || self.kind(a) != Kind::Word {
            return false;
        }
        let first = self.word(a);
        let opens = is_in(first, SUBJECT_PRONOUNS)
            || first.eq_ignore_ascii_case("it")
            || is_in(first, DETERMINERS)
            || self.capitalized(a);
        if !opens {
            return false;
        }
        (a + 1..b.min(a + 6))
            .take_while(|&x| self.kind(x) == Kind::Word)
            .any(|x| {
                let w = self.word(x);
                !self.capitalized(x) && (is_in(w, FINITE_AUX) || (w.len() > 4 && w.ends_with("ed")))
            })
    }

    /// Whether `a..b` is an attribution tag closing the clause: a short name or
    /// description, then a cue, then at most a few adjunct words (", Sanders said",
    /// ", said Friday that", ", a spokesman told reporters").
    fn tag_follows(&self, a: usize, b: usize) -> bool {
        (a..b.min(a + 8))
            .take_while(|&x| self.kind(x) == Kind::Word)
            .find(|&x| !self.capitalized(x) && !self.in_fragment[x] && self.cue_at(x).is_some())
            .is_some_and(|x| {
                let cue = self.cue_at(x).map_or(1, |c| c.len);
                let rest = b.saturating_sub(x + cue);
                (x == a || self.left_np(x, a).is_some_and(|np| np.0 == a))
                    && (rest <= 4
                        || (x + cue..b.min(x + cue + 4))
                            .any(|y| self.word(y).eq_ignore_ascii_case("that")))
            })
    }

    /// Whether the word at `t` is an object pronoun that stands as a whole content after
    /// a cue of class `class` (`data/object_pronouns.tsv`: a person's "him" after any cue,
    /// "it" only after a stance cue).
    fn object_pronoun(&self, t: usize, class: Option<CueClass>) -> bool {
        let mut buf = [0u8; 32];
        lower(self.word(t), &mut buf).is_some_and(|w| self.lex.is_object_pronoun(w, class))
    }

    fn candidate(
        &self,
        content: (usize, usize),
        source: Option<(usize, usize)>,
        cue: (usize, usize),
    ) -> Option<Candidate> {
        let (mut a, mut b) = content;
        while a < b && self.kind(a).is_punct() && !self.kind(a).is_mark() {
            a += 1;
        }
        while b > a
            && matches!(
                self.kind(b - 1),
                Kind::Comma | Kind::Colon | Kind::Semicolon | Kind::Dash | Kind::End
            )
        {
            b -= 1;
        }
        if cue.1 <= a
            && self.lex.class_of(self.word(cue.0)) != Some(CueClass::Speech)
            && !self.sends(cue.0)
            && self.message_saying(a, b)
        {
            // "Investigators found a note saying ...", "obtained a letter saying ...": the
            // message speaks (its own statement); the finder says nothing. One who issues
            // or sends it ("issued a statement saying ...") is its author and speaks. One who cites
            // or mentions it ("cited a memo saying ...") makes it their statement.
            return None;
        }
        if cue.1 <= a && self.found_no_finding(cue, a, b, source) {
            return None;
        }
        if cue.1 <= a {
            // "said" reports a clause, never a phrase of three or more words: a content
            // that reads verbless after it is mistagged ("said Stein complied with the
            // orders and left": "complied" as an adjective), and its "and" + verb with no
            // comma before it is the clause's.
            let clause_cue =
                self.doc.lemma(cue.0).eq_ignore_ascii_case("say") && cue.1 == cue.0 + 1;
            b = self.cut_tail(a, b, clause_cue);
            b = self.object_end(cue, a, b);
            (a, b) = self.fragment_end(cue, a, b);
            b = self.named_end(cue, a, b);
            b = self.clause_end(cue, a, b);
            b = self.open_fragment_end(a, b);
        } else if b <= cue.0 {
            // "A; B, he said": only B.
            if let Some(t) = (a..b).rev().find(|&t| self.kind(t) == Kind::Semicolon) {
                a = t + 1;
            }
        }
        let words = (a..b).filter(|&t| self.kind(t) == Kind::Word).count();
        // One word only as a named or pronoun object ("endorsed Clinton", "backed him").
        let object = words == 1
            && cue.1 <= a
            && (self.capitalized(a) || self.object_pronoun(a, self.lex.class_of(self.word(cue.0))));
        // One quoted word right after the cue (`the senator said "no."`): the fragment is
        // the statement, mixed.
        let quoted = words == 1 && cue.1 <= a && (a..b).any(|t| self.in_fragment[t]);
        if words < 2 && !object && !quoted {
            return None;
        }
        let mixed = (a..b).any(|t| self.in_fragment[t]);
        let source = match source {
            Some(s) => self.past_dateline(s, cue.0).unwrap_or(Some(s)),
            None => None,
        };
        Some(Candidate {
            content: (a, b),
            kind: if mixed {
                QuoteKind::Mixed
            } else {
                QuoteKind::Indirect
            },
            source,
            cue: Some(cue),
            reported: true,
            carry: false,
        })
    }

    /// The end of a wire dateline opening the paragraph of the sentence at `lo`
    /// ("ORLANDO, Fla. (Reuters) - ", "Washington (AFP) - ", "BUENA PARK, Calif. — "):
    /// the token after a spaced dash within the first 14 tokens, with no verb before it,
    /// after a bracketed agency or a first word in capitals.
    fn dateline_end(&self, lo: usize) -> Option<usize> {
        let gap_start = lo
            .checked_sub(1)
            .map_or(0, |p| self.doc.tokens[p].span.end as usize);
        let gap = self
            .doc
            .text
            .get(gap_start..self.doc.tokens.get(lo)?.span.start as usize)
            .unwrap_or("");
        if lo > 0 && !gap.contains('\n') {
            return None;
        }
        let end = self.sentence_end(lo).min(lo + 14);
        let dash = (lo + 1..end).find(|&t| self.spaced_dash(t))?;
        if (lo..dash).any(|t| self.verb_tag(t)) {
            return None;
        }
        let capitals = {
            let w = self.word(lo);
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        };
        let agency = self.kind(dash - 1) == Kind::CloseBracket;
        (capitals || agency).then_some(dash + 1)
    }

    /// A source inside the dateline opening its paragraph is no speaker: the subject of
    /// the sentence's main verb after the dateline (the cue hangs on it through
    /// coordinations and adverbial clauses), else none. `None` when the source is no
    /// dateline's.
    fn past_dateline(&self, (s0, _): Tokens, cue: usize) -> Option<Option<Tokens>> {
        let lo = self.sentence_start(cue);
        let end = self.dateline_end(lo)?;
        if s0 < lo || s0 >= end || cue < end {
            return None;
        }
        let mut v = cue;
        for _ in 0..8 {
            match self.doc.head(v) {
                Some(h) if matches!(self.doc.tokens[v].deprel.base(), "conj" | "advcl") => v = h,
                _ => break,
            }
        }
        // The parse often hangs the dateline on the subject: then the capitalized words
        // opening the sentence after the dateline, when an actor mention covers one
        // ("Vice President Joe Biden", "Democrat Hillary Clinton").
        let opening_mention = || {
            let k = (end..cue)
                .find(|&t| self.kind(t) != Kind::Word || !self.capitalized(t))
                .unwrap_or(cue);
            (k > end && (end..k).any(|t| self.mentioned(t))).then_some((end, k))
        };
        // A subject the parse opens with the dateline starts after it.
        Some(
            self.syntax_subject(v, lo)
                .map(|(a, b)| (a.max(end), b))
                .filter(|&(a, b)| a < b && b <= cue)
                .or_else(opening_mention),
        )
    }

    /// Whether "found" (or "finds") at the cue reports no finding: with a reflexive
    /// object ("found itself at the center of"), as "establish" ("helped found the
    /// group"), or with a bare noun phrase as object ("found ways to ...", "found the
    /// posting") unless a poll, survey, report or study is the finder ("a poll found
    /// better support for Clinton").
    fn found_no_finding(
        &self,
        (c0, c1): Tokens,
        a: usize,
        b: usize,
        source: Option<Tokens>,
    ) -> bool {
        if c1 != c0 + 1
            || self.doc.lemma(c0) != "find"
            || !is_in(self.word(c0), &["found", "finds"])
        {
            return false;
        }
        if c0 > 0
            && is_in(
                self.word(c0 - 1),
                &["help", "helped", "helps", "helping", "co"],
            )
        {
            return true;
        }
        if is_in(self.word(a), REFLEXIVES) {
            return true;
        }
        let document = source.is_some_and(|(s0, s1)| {
            (s0..s1).any(|t| is_in(self.doc.lemma(t), FINDERS) || is_in(self.word(t), POLL_WORDS))
        });
        // By the parse: a complement clause ("found the agency had lost the files"),
        // not an object noun with an infinitive of its own ("found ways to press").
        let clause = self.word(a).eq_ignore_ascii_case("that")
            || (a > 0 && self.word(a - 1).eq_ignore_ascii_case("that"))
            || self.doc.dependents(c0).any(|d| {
                (a..b).contains(&d) && matches!(self.doc.tokens[d].deprel.base(), "ccomp" | "xcomp")
            });
        self.tagged(c0) && !clause && !document
    }

    /// `a..b` widened so that a quoted fragment it opens it also closes: the closing
    /// mark right after the end, or after the comma or period before it, comes in
    /// (`told the envoy that Manila "will not be intimidated,"`); a content starting at a
    /// fragment's first word starts at its opening mark.
    fn balance_marks(&self, a: usize, b: usize) -> (usize, usize) {
        let (mut a, mut b) = (a, b);
        for &(open, close) in &self.fragments {
            let gap = |from: usize| {
                (from..close).all(|t| matches!(self.kind(t), Kind::Comma | Kind::End))
            };
            if a <= open && open < b && b <= close && close <= b + 1 && gap(b) {
                b = close + 1;
            }
            if open + 1 == a && a <= close && close < b {
                a = open;
            }
        }
        (a, b)
    }

    /// Whether the cue word `c` sends or issues a message (`data/senders.txt`, with its
    /// particle: "issued", "released", "put out"): its subject is the message's author.
    fn sends(&self, c: usize) -> bool {
        let particle = self
            .doc
            .dependents(c)
            .find(|&d| self.doc.tokens[d].deprel.is("compound:prt"))
            .map(|d| self.word(d));
        self.lex.is_sender(self.doc.lemma(c), particle)
    }

    /// Whether `a..b` opens with a message's noun phrase and the speech participle right
    /// after its noun ("a note saying ...", "a short letter stating that ..."), by the
    /// parse: no verb before the noun.
    fn message_saying(&self, a: usize, b: usize) -> bool {
        let Some(t) =
            (a + 1..b.min(a + 6)).find(|&t| self.kind(t) != Kind::Word || self.verb_tag(t))
        else {
            return false;
        };
        self.tagged(t)
            && is_in(self.doc.lemma(t - 1), MESSAGE_NOUNS)
            && self.word(t).ends_with("ing")
            && self.lex.class_of(self.word(t)) == Some(CueClass::Speech)
    }

    /// Ends a content that opens with a quoted fragment (`a` its opening mark, or "as"
    /// before it: "described as") at the fragment's closing mark when the fragment is the
    /// whole of what the source said: the cue names it in a free relative ("after what
    /// officials called "a blunder," the talks ..."; "what the mayor calls "a detour"
    /// cost ..."), where the phrase ends with the name, or a comma closes it (`branded
    /// "a blunder," and the talks ...`), after which the writer's sentence goes on. The
    /// content is then the fragment with its marks, without the "as".
    /// `(a, b)` unchanged when the content does not open with a fragment or the fragment
    /// runs on (`said "no" to the plan`).
    fn fragment_end(&self, (c0, _): Tokens, a: usize, b: usize) -> Tokens {
        if a >= b {
            return (a, b);
        }
        let open = a + usize::from(self.word(a).eq_ignore_ascii_case("as"));
        if open + 1 >= b || !self.kind(open).is_mark() || !self.in_fragment[open + 1] {
            return (a, b);
        }
        let Some(close) = (open + 1..b).find(|&t| !self.in_fragment[t]) else {
            return (a, b);
        };
        if !self.kind(close).is_mark() || close + 1 >= b {
            return (a, b);
        }
        // "what" opens the cue's clause: "what officials called", "what she describes as".
        let naming = (c0.saturating_sub(6)..c0)
            .rev()
            .take_while(|&t| self.kind(t) == Kind::Word)
            .any(|t| self.word(t).eq_ignore_ascii_case("what"));
        let comma = self.kind(close - 1) == Kind::Comma || self.kind(close + 1) == Kind::Comma;
        if naming || comma {
            (open, close + 1)
        } else {
            (a, b)
        }
    }

    /// Ends the content of a naming cue ("called", "dubbed", "branded", "labeled") at
    /// the quoted name it gives its object:
    /// `calling him a "nice guy" and leaving`, `called them "rapists" (although ...)`: the
    /// source said the object and the name; a conjunct or an aside after the closing mark
    /// is the writer's. Quoted names joined by "and"/"or" (`"a liar" and "a cheat"`) all
    /// stay. `b` unchanged for other cues, when no fragment follows a short object
    /// without a verb, or when something else follows it.
    fn named_end(&self, (c0, c1): Tokens, a: usize, b: usize) -> usize {
        // One word: "called for", "calls on" are other cues.
        let naming = c1 == c0 + 1 && is_in(self.doc.lemma(c0), NAMING_CUES);
        if !naming || a >= b {
            return b;
        }
        let Some(&(open, close)) = self
            .fragments
            .iter()
            .find(|&&(open, close)| a < open && close < b)
        else {
            return b;
        };
        // The object before the name: a few words, no verb, no clause break.
        if open - a > 10
            || (a..open)
                .any(|t| self.verb_tag(t) || !matches!(self.kind(t), Kind::Word | Kind::Single))
        {
            return b;
        }
        let mut end = close + 1;
        // `"a liar" and "a cheat"`: the next name joined to this one.
        loop {
            let next = self.fragments.iter().find(|&&(o, c)| {
                o == end + 1
                    && c < b
                    && self.kind(end) == Kind::Word
                    && is_in(self.word(end), &["and", "or"])
            });
            match next {
                Some(&(_, c)) => end = c + 1,
                None => break,
            }
        }
        // Only where the writer's sentence plainly goes on: a new conjunct, an aside,
        // "instead". A reason or an adjunct after the name ("because ...", "for ...",
        // "in global efforts ...") is mostly the source's too.
        let goes_on = end < b
            && match self.kind(end) {
                Kind::Dash | Kind::OpenBracket => true,
                Kind::Word => is_in(self.word(end), &["and", "but", "instead"]),
                _ => false,
            };
        if goes_on {
            end
        } else {
            b
        }
    }

    /// Ends a content that is the cue's object or infinitive ("criticized the plan",
    /// "wanted to see the parade") where the parse ends that phrase, when a coordinated
    /// phrase or a comma follows it ("... and left the room", "the mayor, mostly because
    /// ..."): what follows is the writer's, not the source's.
    /// `b` without a parse, when the content holds a clause, or when the phrase runs on.
    fn object_end(&self, (c0, c1): Tokens, a: usize, b: usize) -> usize {
        if self.reach.is_empty() || a >= b {
            return b;
        }
        let Some(v) = (c0..c1).find(|&t| self.doc.head(t).is_none_or(|h| h < c0 || h >= c1)) else {
            return b;
        };
        let holder = (c1..b).find(|&d| {
            self.doc.head(d) == Some(v) && {
                let (lo, hi) = self.reach[d];
                lo as usize <= a && a <= hi as usize
            }
        });
        let Some(d) = holder else {
            return b;
        };
        let rel = self.doc.tokens[d].deprel.base();
        if !(rel == "obj" || rel == "xcomp") {
            return b;
        }
        let end = self.reach[d].1 as usize + 1;
        if end <= a || end >= b {
            return b;
        }
        // A hyphen inside a word ("D-minus") is no boundary, nor a dash opening an aside
        // the content goes on after ("her server - there were several - was hacked").
        let aside = || {
            (end + 1..b)
                .find(|&t| self.spaced_dash(t))
                .is_some_and(|t| t + 1 < b)
        };
        // ", including ..." goes on with the object (see NOT_TAIL_PARTICIPLES), unless
        // the parse hangs its phrase before the cue, on the subject ("Several unions back
        // the plan, including the dockers").
        let including = || {
            end + 2 < b
                && is_in(self.word(end + 1), NOT_TAIL_PARTICIPLES)
                && self.kind(end + 2) == Kind::Word
                && self
                    .doc
                    .head(end + 1)
                    .and_then(|n| self.doc.head(n))
                    .is_none_or(|h| h >= c0)
        };
        let boundary = match self.kind(end) {
            Kind::Comma => !including() && !self.subject_goes_on(a, end, b),
            Kind::Semicolon => true,
            Kind::Dash => self.spaced(end) && !aside(),
            Kind::Word => {
                is_in(self.word(end), &["and", "but"]) && !self.noun_joined_to_cue(end, v)
            }
            _ => false,
        };
        if boundary {
            end
        } else {
            b
        }
    }

    /// Whether the comma at `c` ends no object but a subject: a tensed verb follows the
    /// comma closing an aside on the noun ("argued the rebel army, which lost its guns,
    /// is near collapse", "said the mayor, a former nurse, backs the plan": the parse may
    /// take the noun for the cue's object and the verb for an aside). With no aside
    /// before it ("thanked the crews, cleared the road") the verb is the writer's next
    /// clause. `a` is the content's start.
    fn subject_goes_on(&self, a: usize, c: usize, b: usize) -> bool {
        let mut x = c + 1;
        if x < b && is_in(self.word(x), &["which", "who"]) {
            let Some(close) = (x + 1..b).find(|&y| self.kind(y) != Kind::Word) else {
                return false;
            };
            if self.kind(close) != Kind::Comma {
                return false;
            }
            x = close + 1;
        } else if !(a..c).any(|y| {
            // Not "X, and as before, did ...": a new clause of the writer's.
            self.kind(y) == Kind::Comma && !is_in(self.word(y + 1), &["and", "but"])
        }) {
            return false;
        }
        x < b
            && self.tagged(x)
            && (self.doc.tokens[x].upos.is("AUX")
                || matches!(
                    self.doc.tokens[x].xpos.as_str(),
                    "VBZ" | "VBD" | "VBP" | "MD"
                ))
    }

    /// Whether the coordinator at `t` joins a noun to the cue verb `v` in the parse
    /// ("demanded new elections and an end to the curfew", the parse making "end" a
    /// conjunct of "demanded"): a second object it misread, no second act; a noun with a
    /// subject or copula of its own heads a clause, and one with a preposition of its own
    /// is an oblique ("not only by X but also by the weather"): both are left out.
    fn noun_joined_to_cue(&self, t: usize, v: usize) -> bool {
        self.doc.head(t).is_some_and(|c| {
            c > t
                && self.doc.tokens[c].deprel.base() == "conj"
                && self.doc.head(c) == Some(v)
                && matches!(self.doc.tokens[c].upos.as_str(), "NOUN" | "PROPN")
                && !self.doc.dependents(c).any(|d| {
                    matches!(
                        self.doc.tokens[d].deprel.base(),
                        "nsubj" | "cop" | "aux" | "obj" | "mark" | "case"
                    )
                })
        })
    }

    /// "As the Courier noted, CONTENT" and "CONTENT, as the minister said.": a cue in a
    /// clause opened by "as" and closed by a comma (or the sentence's end) reports the
    /// clause on the other side of that comma; the phrase between "as" and the cue speaks.
    fn as_clause(&self, i: usize, cue: Cue, lo: usize, hi: usize) -> Option<Candidate> {
        // Verbs of comment only: "as the crowd cheered" tells when, not what.
        if !is_in(self.word(i), AS_COMMENT_FORMS) {
            return None;
        }
        let (subj_end, _) = self.skip_aux_left(i, lo);
        let (s0, s1) = self.left_np(subj_end, lo)?;
        if s0 <= lo || !self.word(s0 - 1).eq_ignore_ascii_case("as") || s1 != subj_end {
            return None;
        }
        let as_at = s0 - 1;
        let hi_trim = trim_end(self, lo, hi);
        // A few adjunct words may follow the cue ("noted on Friday", "put it").
        let after = i + cue.len;
        let stop = (after..hi_trim.min(after + 5))
            .find(|&t| self.kind(t) != Kind::Word)
            .unwrap_or(hi_trim);
        let opens =
            as_at == lo || (as_at == lo + 1 && is_in(self.word(lo), &["but", "and", "so", "yet"]));
        if opens && stop < hi_trim && self.kind(stop) == Kind::Comma {
            // "As X noted, CONTENT."
            return self.candidate((stop + 1, hi_trim), Some((s0, s1)), (i, after));
        }
        if as_at > lo + 1 && self.kind(as_at - 1) == Kind::Comma && stop >= hi_trim {
            // "CONTENT, as X said."
            return self.candidate((lo, as_at - 1), Some((s0, s1)), (i, after));
        }
        None
    }

    /// `said the mayor "has courage. He is unafraid."`: a quoted fragment opened inside a
    /// content and closed in a later sentence carries the content to its closing mark
    /// (going on to the end of that sentence was tried: no better).
    fn open_fragment_end(&self, a: usize, b: usize) -> usize {
        let Some(&(_, close)) = self
            .fragments
            .iter()
            .find(|&&(open, close)| a <= open && open < b && close >= b)
        else {
            return b;
        };
        close + 1
    }

    /// Ends a content after its cue where the parse ends the cue verb's clause, when a
    /// comma follows there: "As the singer was standing by her side, the governor told
    /// ..." gives "her side", not the main clause too.
    /// `b` without a parse or when the clause runs to `b` or stops before `a`.
    fn clause_end(&self, (c0, c1): Tokens, a: usize, b: usize) -> usize {
        if self.reach.is_empty() || a >= b {
            return b;
        }
        let Some(v) = (c0..c1).find(|&t| self.doc.head(t).is_none_or(|h| h < c0 || h >= c1)) else {
            return b;
        };
        let mut end = self.reach[v].1 as usize + 1;
        if end > a + 1 && self.kind(end - 1) == Kind::Comma {
            // The parse may hang the closing comma on the verb itself.
            end -= 1;
        }
        // "Voters who said the economy mattered most were split evenly": a cue in a
        // relative clause on a noun before it reports no further than the relative
        // clause when the sentence's own finite verb follows it, comma or not.
        let relative = self.doc.tokens[v].deprel.is("acl:relcl")
            && self.doc.head(v).is_some_and(|h| h < c0)
            && end < b
            && self.tagged(end)
            && (self.doc.tokens[end].upos.is("AUX")
                || matches!(
                    self.doc.tokens[end].xpos.as_str(),
                    "VBD" | "VBZ" | "VBP" | "MD"
                ))
            && self.doc.head(v).is_some_and(|h| {
                // The noun is the subject of the verb at `end` (or of the verb that
                // `end` is an auxiliary of): "Donors who want to help | can send".
                self.doc
                    .tokens
                    .get(h)
                    .is_some_and(|t| t.deprel.base() == "nsubj")
                    && self.doc.head(h).is_some_and(|g| {
                        (g == end || (g > end && self.doc.head(end) == Some(g)))
                            // Not when that verb has a subject inside the content too
                            // ("a source who told him the nominee | hadn't paid").
                            && !(a..end).any(|t| {
                                self.doc.head(t) == Some(g)
                                    && self
                                        .doc
                                        .tokens
                                        .get(t)
                                        .is_some_and(|t| t.deprel.base() == "nsubj")
                            })
                    })
            });
        // "a source who told him the nominee | hadn't paid": after a cue with its
        // addressee, a bare noun phrase is the subject of what follows, no content.
        let addressed = (c0..c1).any(|t| {
            self.doc.head(t) == Some(v)
                && self
                    .doc
                    .tokens
                    .get(t)
                    .is_some_and(|t| matches!(t.deprel.base(), "iobj" | "obj"))
        });
        let bare = (a..end.min(b)).all(|t| !self.verb_tag(t));
        let relative = relative && !(addressed && bare);
        if end > a && end < b && (self.kind(end) == Kind::Comma || relative) {
            end
        } else {
            b
        }
    }

    /// `"A," Ana Lund said. But "B."` / `"A," she said. "B" to win.`: a sentence right
    /// after a tagged direct quote, in its paragraph, with a quoted fragment and no
    /// report of its own goes on with the quote: the whole sentence is a cue-less quote
    /// that `carry_over` gives the speaker before it (PolNeAR joins it to the quote as
    /// one attribution of several stretches). The words in the marks hold a verb in the
    /// parse and are no name in title case with small words ("Gang of Eight", "The
    /// Baker's Dozen"): a title, a term or a name in marks is the writer's. A fragment
    /// closing in a later sentence carries the sentences up to its close, and none of
    /// them may hold another quote's content, cue or source ('... "were stiff. There was
    /// no joy" in those talks, Ruiz said' is Ruiz's, not the quote's before).
    fn fragment_continuations(&self, cands: &mut Vec<Candidate>) {
        let mut added: Vec<Candidate> = Vec::new();
        let mut seen: Vec<u32> = Vec::new();
        for &(open, close) in &self.fragments {
            let s = self.sent_of[open];
            if s == 0 || seen.contains(&s) {
                continue;
            }
            // Words someone says, not a title or a term in quotation marks ("The Walking
            // Dead", "at-large"): three words or more, one of them in lower case.
            let words: Vec<usize> = (open + 1..close)
                .filter(|&t| self.kind(t) == Kind::Word)
                .collect();
            let name = words
                .iter()
                .all(|&t| self.capitalized(t) || is_in(self.word(t), NAME_SMALL_WORDS));
            let parsed = !self.reach.is_empty();
            if words.len() < 3 || name || (parsed && !words.iter().any(|&t| self.verb_tag(t))) {
                continue;
            }
            seen.extend(s..=self.sent_of[close]);
            let (lo, hi) = (self.sentence_start(open), self.sentence_end(close));
            let hi = trim_end(self, lo, hi);
            // No content, cue or source of another quote in the sentences.
            let touched = cands.iter().any(|c| {
                let inside = |(a, b): Tokens| a < hi && lo < b;
                inside(c.content) || c.cue.is_some_and(inside) || c.source.is_some_and(inside)
            });
            if touched || hi <= lo {
                continue;
            }
            // The sentence before ends with a direct quote tagged with its source, in the
            // same paragraph.
            let prev = lo.checked_sub(1).map(|t| self.sent_of[t]);
            let follows = cands.iter().any(|c| {
                c.kind == QuoteKind::Direct
                    && !c.carry
                    && c.source.is_some()
                    && c.cue.is_some()
                    && Some(self.sent_of[c.content.0]) == prev
                    && self.block_of(c.content.0) == self.block_of(lo)
            });
            if !follows {
                continue;
            }
            added.push(Candidate {
                content: (lo, hi),
                kind: QuoteKind::Mixed,
                source: None,
                cue: None,
                reported: false,
                carry: true,
            });
        }
        cands.extend(added);
    }

    /// Gives each cue-less direct quote the source and cue of the statement that ends last
    /// before it (the outermost one on ties), within the same or the previous paragraph:
    /// the quote continues that attribution. A reported statement made inside the tag of
    /// an earlier direct quote ("..., said Ms. Varga, pointing to ...", "she said,
    /// adding that ...", "said Mr. Oduya, who ran ...") does not interrupt it: the quote
    /// continues the direct one.
    fn carry_over(&self, cands: &mut [Candidate]) {
        cands.sort_by_key(|c| (c.content.0, std::cmp::Reverse(c.content.1)));
        let block = |t: usize| self.block_of(t);
        for q in 0..cands.len() {
            if !cands[q].carry {
                continue;
            }
            let start = cands[q].content.0;
            let ends_last = |pick: &dyn Fn(&Candidate) -> bool| {
                cands[..q]
                    .iter()
                    .filter(|c| c.content.1 <= start && c.source.is_some() && pick(c))
                    .max_by_key(|c| (c.content.1, std::cmp::Reverse(c.content.0)))
                    .copied()
            };
            let Some(mut before) = ends_last(&|c: &Candidate| self.carries(c))
                .filter(|c| block(c.content.0) + 1 >= block(start))
            else {
                cands[q].source = None;
                continue;
            };
            if let Some((cue, _)) = before.cue.filter(|_| before.reported) {
                let tag_sentence = self.sent_of[cue];
                let direct = ends_last(&|c: &Candidate| {
                    c.kind == QuoteKind::Direct
                        && c.cue.is_some_and(|(d, _)| self.sent_of[d] == tag_sentence)
                });
                if let Some(d) = direct {
                    before = d;
                }
            }
            // `"A," Ana Lund said. Later, she hopes to ... "B."`: a belief, intention or
            // stance of a pronoun in between is the quoted speaker's aside; the quote goes
            // on from the direct quote before it (same or previous paragraph).
            let pronoun = |c: &Candidate| {
                c.source
                    .is_some_and(|(a, b)| b == a + 1 && is_in(self.word(a), SUBJECT_PRONOUNS))
            };
            if before.reported && pronoun(&before) && self.cue_class(before.cue) != CueClass::Speech
            {
                let direct = ends_last(&|c: &Candidate| c.kind == QuoteKind::Direct && !c.carry)
                    .filter(|d| block(d.content.0) + 1 >= block(start));
                if let Some(d) = direct {
                    before = d;
                }
            }
            cands[q].source = before.source;
            cands[q].cue = before.cue;
        }
    }

    /// Whether a statement may pass its speaker on to a cue-less direct quote after it
    /// (`carry_over`): a direct quote, "according to", or a reported one whose cue is a
    /// verb. A stance noun ("her criticism of"), a topic or a phrase ending in a
    /// preposition ("responded to the request", "talked about", "is seen as"), a hedge
    /// ("reportedly") or a perspective ("in her view") says nothing a quote could go on
    /// with. Belief and intention verbs do pass their subject on ("Varga hopes to ...
    /// "..."": keeping only speech verbs cost PolNeAR train direct+speaker 0.9007 ->
    /// 0.8977).
    fn carries(&self, c: &Candidate) -> bool {
        if c.kind == QuoteKind::Direct {
            return true;
        }
        let Some((c0, c1)) = c.cue else {
            return false;
        };
        let tag = |t: usize| self.doc.tokens[t].upos;
        let according = self.word(c0).eq_ignore_ascii_case("according");
        let first = (c0..c1).find(|&t| self.kind(t) == Kind::Word);
        let not_verb = first.is_some_and(|t| {
            self.tagged(t)
                && (tag(t).is("NOUN") || tag(t).is("ADV") || tag(t).is("ADJ") || tag(t).is("ADP"))
        });
        let topic = c1 > c0 + 1 && self.tagged(c1 - 1) && tag(c1 - 1).is("ADP");
        according || !(not_verb || topic)
    }

    /// Candidates to records: spans, nesting, speakers.
    /// A pronoun source ("he") before its content cannot stand for an actor the content
    /// names: "he made the suggestion that Trump should ..." is not Trump speaking of
    /// himself (a pronoun does not refer to a name in the clause it governs), so a
    /// resolution to that actor is wrong and the quote keeps no speaker. A name before
    /// the pronoun may be its antecedent ("Trump will win, he said"), and a name
    /// modifying a noun is a label ("he said a Trump White House would ..."): neither
    /// counts.
    fn pronoun_names_itself(&self, c: &Candidate, actor: u32) -> bool {
        let Some((a, b)) = c.source else {
            return false;
        };
        // Only a person: "he" may be the government a state's name in the content stands
        // for ("he added that Virginia would ...").
        // The name must carry the person's surname ("Mr. Trump" for Donald Trump), not be
        // a place the actors stage linked to them.
        let Some(surname) = self
            .doc
            .actors
            .get(actor as usize)
            .filter(|x| x.kind == ActorKind::Person)
            .and_then(|x| x.name.split_whitespace().last())
        else {
            return false;
        };
        if b != a + 1 || !is_in(self.doc.word(a), PRONOUNS) || c.content.0 < b {
            return false;
        }
        let content = self.doc.tokens[c.content.0]
            .span
            .cover(self.doc.tokens[c.content.1 - 1].span);
        // A name modifying a noun is a label, not a reference ("he said a Trump White
        // House would ...").
        let modifier = |end: u32| {
            let last = (c.content.0..c.content.1)
                .rev()
                .find(|&t| self.doc.tokens[t].span.end <= end);
            let next = last.map(|t| t + 1).filter(|&t| t < c.content.1);
            last.is_some_and(|t| matches!(self.doc.tokens[t].deprel.base(), "compound" | "amod"))
                || next
                    .is_some_and(|t| matches!(self.doc.tokens[t].upos.as_str(), "NOUN" | "PROPN"))
        };
        self.doc.mentions.iter().any(|m| {
            m.actor == actor
                && m.form == attache_core::MentionForm::Name
                && self
                    .doc
                    .slice(m.span)
                    .split_whitespace()
                    .any(|w| w == surname)
                && content.start <= m.span.start
                && m.span.end <= content.end
                && !modifier(m.span.end)
        })
    }

    /// A reported statement's cue with the negation right before it ("is not planning
    /// to invade": cue "not planning"; "doesn't want": "doesn't want"), so that no record
    /// reads a denied intention or belief as held. A direct quote's cue stays as it is.
    fn with_negation(&self, (c0, c1): Tokens, kind: QuoteKind) -> Tokens {
        if kind == QuoteKind::Direct || c0 == 0 || self.sent_of[c0 - 1] != self.sent_of[c0] {
            return (c0, c1);
        }
        let w = self.word(c0 - 1);
        let contracted = is_in(w, &["n't", "n\u{2019}t"]);
        if !contracted && !is_in(w, &["not", "never"]) {
            return (c0, c1);
        }
        // "does" + "n't" are one word on the page.
        let glued = contracted
            && c0 >= 2
            && self.doc.tokens[c0 - 2].span.end == self.doc.tokens[c0 - 1].span.start;
        (if glued { c0 - 2 } else { c0 - 1 }, c1)
    }

    fn records(&self, mut cands: Vec<Candidate>) -> Vec<Quote> {
        cands.sort_by_key(|c| (c.content.0, std::cmp::Reverse(c.content.1)));
        let span = |(a, b): (usize, usize)| -> Span {
            let s = self.doc.tokens[a].span;
            let e = self.doc.tokens[b - 1].span;
            s.cover(e)
        };
        let mut out: Vec<Quote> = Vec::with_capacity(cands.len());
        for (q, c) in cands.iter().enumerate() {
            // The innermost other candidate whose content holds this one's cue. When two
            // contents hold each other's cues ("They want to X, Sanders said"), the longer
            // one reports the shorter, never both ways.
            let holds = |outer: &Candidate, inner: &Candidate| {
                inner
                    .cue
                    .is_some_and(|(c0, c1)| outer.content.0 <= c0 && c1 <= outer.content.1)
            };
            let len = |x: &Candidate| x.content.1 - x.content.0;
            let reported_by = if c.reported {
                c.cue.and_then(|_| {
                    cands
                        .iter()
                        .enumerate()
                        .filter(|(p, o)| {
                            *p != q && holds(o, c) && !(holds(c, o) && len(c) >= len(o))
                        })
                        .min_by_key(|(_, o)| o.content.1 - o.content.0)
                        .map(|(p, _)| p as u32)
                })
            } else {
                None
            };
            let source = c.source.map(span);
            let speaker = source
                .and_then(|s| self.speaker(s))
                .filter(|sp| !self.pronoun_names_itself(c, sp.actor));
            // With no actor to stand for it, an appositive source ("a party spokeswoman,
            // Aminatou Bello") is its name.
            let source = match (speaker, c.source) {
                (None, Some(tokens)) => Some(span(self.apposed_name(tokens).unwrap_or(tokens))),
                _ => source,
            };
            let speakers = match c.source {
                Some(tokens) => self.speakers(tokens, speaker),
                None => speaker.into_iter().collect(),
            };
            // The span shown holds both marks of a quoted fragment it opens (the
            // candidates keep their ends: what follows a closing mark is read from them).
            let content = if c.kind == QuoteKind::Mixed {
                self.balance_marks(c.content.0, c.content.1)
            } else {
                c.content
            };
            out.push(Quote {
                span: span(content),
                kind: c.kind,
                class: self.cue_class(c.cue),
                speaker,
                speakers,
                cue: c.cue.map(|cue| span(self.with_negation(cue, c.kind))),
                sentence: self.sent_of[c.content.0],
                reported_by,
                source,
            });
        }
        out
    }

    /// The name of a source phrase that is a role noun and, after one comma, a name in
    /// apposition to it ("a party spokeswoman, Aminatou Bello"): capitalised words only
    /// after the comma, a common noun right before it and only a determiner and nominal
    /// modifiers before that.
    fn apposed_name(&self, (a, b): Tokens) -> Option<Tokens> {
        let mut end = b;
        while end > a && self.word(end - 1) == "," {
            end -= 1;
        }
        let comma = (a..end).rev().find(|&t| self.word(t) == ",")?;
        let name = (comma + 1, end);
        let nominal = |t: usize| {
            matches!(
                self.doc.tokens[t].upos.as_str(),
                "DET" | "NOUN" | "PROPN" | "ADJ"
            ) || matches!(self.word(t), "'s" | "\u{2019}s")
        };
        let ok = comma > a
            && name.0 < name.1
            && self.doc.tokens[comma - 1].upos.is("NOUN")
            && (a..comma).all(nominal)
            && (name.0..name.1).all(|t| self.capitalized(t) && !self.doc.tokens[t].upos.is("PRON"));
        ok.then_some(name)
    }

    /// What a quote's cue reports: the class of its noun cue ("his claim that"), or of
    /// the lexicon's verb or phrase starting there; a statement for a quote with no cue
    /// (a direct quote carrying the speaker of the one before) or a cue the lexicon does
    /// not list (the verb before a direct quote: "she wrote on her blog: ...").
    fn cue_class(&self, cue: Option<Tokens>) -> CueClass {
        let Some((a, b)) = cue else {
            return CueClass::Speech;
        };
        let mut buf = [0u8; 32];
        let Some(w) = lower(self.word(a), &mut buf) else {
            return CueClass::Speech;
        };
        let verb = || {
            self.lex
                .match_at(w, |k| (a + k < b).then(|| self.word(a + k)))
                .or_else(|| self.lex.verb_form(w))
                .map(|c| c.class)
        };
        if self.doc.tokens[a].upos.as_str() == "NOUN" {
            self.lex.noun_class(w).or_else(verb)
        } else {
            verb().or_else(|| self.lex.noun_class(w))
        }
        // A cue opening with its auxiliaries or its expletive ("was widely criticized as",
        // "It was reported", "is expected"): the first listed verb form in it.
        .or_else(|| {
            (a + 1..b).find_map(|t| {
                let mut buf = [0u8; 32];
                let w = lower(self.word(t), &mut buf)?;
                self.lex
                    .class_of(w)
                    .or_else(|| self.lex.verb_form(w).map(|c| c.class))
            })
        })
        .unwrap_or(CueClass::Speech)
    }

    /// The actor mention covering the source phrase: the earliest-starting mention that
    /// overlaps it (the phrase's head comes first: "a source in the Russian delegation"),
    /// unless that mention only modifies a later name in the same noun phrase ("EU foreign
    /// policy chief Kaja Kallas": Kallas speaks, not the EU).
    fn speaker(&self, source: Span) -> Option<ActorRef> {
        let first_after = |from: u32| {
            self.doc
                .mentions
                .iter()
                .enumerate()
                .filter(move |(_, h)| h.span.start >= from && h.span.overlaps(source))
                .min_by_key(|(_, h)| (h.span.start, std::cmp::Reverse(h.span.end)))
        };
        let mut covering = self
            .doc
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.span.overlaps(source))
            .min_by_key(|(_, m)| (m.span.start, std::cmp::Reverse(m.span.end)));
        while let Some((_, m)) = covering {
            match first_after(m.span.end) {
                // `h` must start after `m`, so the walk ends even over an empty mention
                // (which `first_after` would otherwise find again and again).
                Some(h)
                    if h.1.span.start > m.span.start
                        && h.1.form == attache_core::MentionForm::Name
                        && self.only_premodifiers(m.span.end, h.1.span.start) =>
                {
                    covering = Some(h)
                }
                _ => break,
            }
        }
        // "An RSF adviser, Hamid Osman," / "The European Union's foreign policy chief, Kaja
        // Kallas,": the name in apposition to the role noun speaks, not the organisation
        // that modifies the role noun.
        if let Some((_, m)) = covering {
            if let Some(h) = self.appositive_name(m.span.end, source) {
                covering = Some(h);
            }
        }
        if covering.is_some_and(|(_, m)| {
            self.name_in_modifier(source, m.span)
                || self.in_source_relative(source, m.span)
                || self.in_to_phrase(source, m.span)
                || self.adjective_taken_for_name(m)
        }) {
            return None;
        }
        if let Some((i, m)) = covering {
            return Some(ActorRef {
                actor: m.actor,
                mention: Some(i as u32),
            });
        }
        // A transcript label in capitals ("QUINLAN:", "MARA QUINLAN:") no mention covers is
        // the one person of the article whose name ends in the label's last word; with two
        // such people ("CLINTON:" after Bill and Hillary Clinton) it is neither.
        if let Some(actor) = self.person_of_capitals_label(source) {
            return Some(ActorRef {
                actor,
                mention: None,
            });
        }
        // "Sanders, who said ...": a relative pronoun stands for the mention just before
        // it (at most a comma and a few characters between).
        let text = self.doc.slice(source);
        if !["who", "which", "Who", "Which"].contains(&text) {
            return None;
        }
        self.doc
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.span.end <= source.start && source.start - m.span.end <= 3)
            .max_by_key(|(_, m)| m.span.end)
            .map(|(i, m)| ActorRef {
                actor: m.actor,
                mention: Some(i as u32),
            })
    }
}

impl Ctx<'_> {
    /// The one person actor whose name ends in the last word of `source`, when `source` is
    /// a label written in capitals (letters, spaces, hyphens and apostrophes; two letters or
    /// more) right before a colon; `None` when no person or several share that word.
    fn person_of_capitals_label(&self, source: Span) -> Option<u32> {
        let label = self.doc.slice(source).trim();
        let letters = label.chars().filter(|c| c.is_alphabetic()).count();
        let capitals = label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '\u{2019}'));
        // only a label before its colon (not "HP" or a dateline's place in a sentence)
        let colon = self
            .doc
            .text
            .get(source.end as usize..)
            .is_some_and(|rest| rest.trim_start_matches(' ').starts_with(':'));
        if letters < 2 || !capitals || !colon {
            return None;
        }
        let last = label.split_whitespace().last()?;
        let mut people = self.doc.actors.iter().enumerate().filter(|(_, a)| {
            a.kind == ActorKind::Person
                && a.name
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| w.to_lowercase() == last.to_lowercase())
        });
        let (i, _) = people.next()?;
        people.next().is_none().then_some(i as u32)
    }

    /// Whether mention `m` is one capitalised adjective the actors stage took for an
    /// uncoded person's name, before the noun it modifies ("Anonymous sources said": the
    /// sources speak, described, not a person named Anonymous).
    fn adjective_taken_for_name(&self, m: &attache_core::Mention) -> bool {
        let t = self.token_from(m.span.start);
        m.form == MentionForm::Name
            && t + 1 < self.doc.tokens.len()
            && self.doc.tokens[t].span == m.span
            && self.doc.tokens[t].upos.is("ADJ")
            && self.doc.tokens[t + 1].upos.is("NOUN")
            && self.doc.actors.get(m.actor as usize).is_some_and(|a| {
                a.kind == ActorKind::Person && a.code.is_none() && a.kb_id.is_none()
            })
    }

    /// Whether the mention at `m` lies in the "to" phrase of a source's head of nearness or
    /// role ("a source close to President Obama", "an aide to Senator Holt"): the head
    /// speaks, not the one it is close to.
    fn in_to_phrase(&self, source: Span, m: Span) -> bool {
        let first = self.token_from(source.start);
        let mt = self.token_from(m.start);
        mt > first + 1
            && (first + 1..mt)
                .any(|t| self.role_to(t) && (t + 1..mt).all(|x| self.kind(x) == Kind::Word))
    }

    /// The first token starting at or after byte offset `at` (the token count when none).
    fn token_from(&self, at: u32) -> usize {
        self.doc.tokens.partition_point(|t| t.span.start < at)
    }

    /// Whether the mention at `m` lies in the apposition or relative clause after a
    /// source's head, and that head is a name no mention covers ("Erin Murphy, a former
    /// Clinton aide who ...", "Rep. Adam Schiff, the top Democrat on ..."): the phrase's
    /// head speaks, and it is no actor, so no one is. A name making up the whole
    /// apposition is the source's own ("The Foreign Ministry Spokesperson, Mao Ning").
    fn name_in_modifier(&self, source: Span, m: Span) -> bool {
        let first = self.token_from(source.start);
        let end = self.token_from(source.end);
        let Some(cut) = (first..end).find(|&t| {
            self.kind(t) == Kind::Comma || is_in(self.word(t), &["who", "whom", "whose", "which"])
        }) else {
            return false;
        };
        if cut == first || m.start < self.doc.tokens[cut].span.end {
            return false;
        }
        let head = cut - 1;
        let unnamed = self.kind(head) == Kind::Word
            && self.capitalized(head)
            && !self.doc.tokens[head].upos.is("PRON")
            && !self.doc.mentions.iter().any(|h| {
                h.span.start < self.doc.tokens[head].span.end
                    && h.span.end > self.doc.tokens[first].span.start
            });
        let mut last = end;
        while last > cut + 1 && self.kind(last - 1) == Kind::Comma {
            last -= 1;
        }
        let whole = self.kind(cut) == Kind::Comma
            && cut + 1 < last
            && m.start == self.doc.tokens[cut + 1].span.start
            && m.end >= self.doc.tokens[last - 1].span.end;
        unnamed && !whole
    }

    /// Whether the mention at `m` lies inside a relative clause hung on a word of the
    /// source before it ("some voters who have heard Ms. Lund speak said": the voters
    /// speak, not Lund).
    fn in_source_relative(&self, source: Span, m: Span) -> bool {
        if self.reach.is_empty() {
            return false;
        }
        let first = self.token_from(source.start);
        let end = self.token_from(source.end);
        let mt = self.token_from(m.start);
        if mt <= first || mt >= end {
            return false;
        }
        // A name closing the source after a comma is its apposition ("The editor I was
        // talking to, Tim Grieve").
        if self.kind(mt - 1) == Kind::Comma && m.end >= source.end {
            return false;
        }
        (first..end).any(|x| {
            self.doc.tokens[x].deprel.is("acl:relcl")
                && self.doc.head(x).is_some_and(|h| h >= first && h < mt)
                && self
                    .reach
                    .get(x)
                    .is_some_and(|&(r0, r1)| r0 as usize <= mt && mt <= r1 as usize)
        })
    }

    /// The name mention in apposition to the role noun that a mention ending at `from`
    /// modifies, inside `source`: only nominal modifiers and a role noun between them, then
    /// one comma right before the name ("RSF adviser, Hamid Osman"). A bare comma between
    /// two names is a list ("the EU, France and Germany"), no apposition.
    fn appositive_name(&self, from: u32, source: Span) -> Option<(usize, &attache_core::Mention)> {
        let first = self.token_from(from);
        let end = self.token_from(source.end);
        let comma = (first..end).find(|&t| self.doc.word(t) == ",")?;
        if comma <= first
            || !self.doc.tokens[comma - 1].upos.is("NOUN")
            || !self.only_premodifiers(from, self.doc.tokens[comma].span.start)
        {
            return None;
        }
        // The person's name ends the apposition (titles and places may stand before it:
        // "Clinton's opponent, Vermont Sen. Bernie Sanders"); a name followed by more
        // words is one of a list ("biographers, David and Jeanne Heidler").
        let after_comma = self.doc.tokens[comma].span.end;
        let (i, h) = self
            .doc
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, h)| {
                h.span.start >= after_comma
                    && h.span.end <= source.end
                    && h.form == attache_core::MentionForm::Name
                    && self
                        .doc
                        .actors
                        .get(h.actor as usize)
                        .is_some_and(|a| a.kind == attache_core::ActorKind::Person)
                    && self.only_premodifiers(after_comma, h.span.start)
            })
            .max_by_key(|(_, h)| h.span.start)?;
        let name_end = self.token_from(h.span.end);
        (name_end..end)
            .all(|t| self.doc.word(t) == ",")
            .then_some((i, h))
    }

    /// Whether the words between byte offsets `from` and `to` are all nominal modifiers
    /// (nouns, adjectives, names, a possessive "'s"), so that a mention ending at `from`
    /// modifies the one starting at `to` ("UN aid coordinator Maria Lindqvist"). A comma,
    /// a preposition, a conjunction or a verb between them keeps them apart.
    fn only_premodifiers(&self, from: u32, to: u32) -> bool {
        let first = self.token_from(from);
        let last = self.token_from(to);
        (first..last).all(|t| {
            let word = self.doc.word(t);
            matches!(self.doc.tokens[t].upos.as_str(), "NOUN" | "PROPN" | "ADJ")
                || word == "'s"
                || word == "\u{2019}s"
        })
    }
}

/// `hi` without trailing sentence punctuation.
fn trim_end(cx: &Ctx<'_>, lo: usize, hi: usize) -> usize {
    // A sentence in brackets ("(Farmers like the plan, Ms. Ortiz said.)") ends before its
    // closing bracket.
    let bracketed = hi > lo + 1 && cx.kind(lo) == Kind::OpenBracket;
    let mut b = hi;
    while b > lo
        && (cx.kind(b - 1) == Kind::End || (bracketed && cx.kind(b - 1) == Kind::CloseBracket))
    {
        b -= 1;
    }
    b
}

/// Gives a speaker to each quote in `doc.quotes[from..]` whose source is a transcript label
/// in capitals before its colon ("MORROW: Governor, ...") and that no actor stands for:
/// a person named from the label ("Morrow"), with no code, country or role, so that the
/// record names who spoke rather than leaving the speaker unresolved. One label is one
/// person throughout the article. A label that is a headline word (`labels.txt`), a role
/// or heading (`label_nouns.txt`), a place (`place_name`, or a place of the article) or
/// a single letter ("Q:") names no one.
pub fn name_label_speakers(
    doc: &mut Document,
    lex: &Lexicon,
    from: usize,
    place_name: &dyn Fn(&str) -> bool,
) {
    let mut made: Vec<(String, u32)> = Vec::new();
    for q in from..doc.quotes.len() {
        let quote = &doc.quotes[q];
        let (known, Some(source), Some(cue)) = (quote.speaker, quote.source, quote.cue) else {
            continue;
        };
        if known.is_some_and(|sp| sp.mention.is_some()) {
            continue;
        }
        // The label opens its paragraph and the colon follows it right away, one to
        // three words ("BROADWAY BEAT—\"...\" by X:" is a column's heading, no speaker).
        let between = doc.text.get(source.end as usize..cue.start as usize);
        let before = doc
            .text
            .get(..source.start as usize)
            .unwrap_or_default()
            .trim_end_matches([' ', '\t']);
        let opens = before.is_empty() || before.ends_with('\n');
        let label = doc.slice(source).trim().to_string();
        if doc.slice(cue) != ":"
            || !between.is_some_and(|b| b.trim().is_empty())
            || !opens
            || label.split_whitespace().count() > 3
        {
            continue;
        }
        // The label is the speaker's mention there (the contract gives every actor its
        // mentions, and the speaker its text).
        let lead = doc.slice(source).len() - doc.slice(source).trim_start().len();
        let start = source.start as usize + lead;
        let span = Span::new(start, start + label.len());
        let sentence = doc
            .sentences
            .iter()
            .position(|s| s.span.start <= span.start && span.start < s.span.end)
            .unwrap_or(0) as u32;
        let mention = |actor: u32| Mention {
            span,
            actor,
            form: MentionForm::Name,
            sentence,
        };
        // A label an actor of the article already speaks under ("RILKE:" for Anna Rilke).
        if let Some(sp) = known {
            if name_of_label(&label).is_some() {
                let m = insert_mention(doc, mention(sp.actor));
                doc.quotes[q].speaker = Some(ActorRef {
                    actor: sp.actor,
                    mention: Some(m),
                });
            }
            continue;
        }
        // A heading, a role or a programme ("LATEST:", "MODERATOR:", "UNIDENTIFIED
        // MALE:"; `labels.txt`, `label_nouns.txt`) or a dateline's place ("NEW DELHI:") is
        // nobody.
        let role = |w: &str| lex.is_label(w) || lex.in_list(WordList::LabelNouns, w);
        let is_place =
            |a: &attache_core::Actor| matches!(a.kind, ActorKind::Country | ActorKind::Place);
        let place = doc
            .places
            .iter()
            .any(|p| p.span.overlaps(source) || p.name.eq_ignore_ascii_case(&label))
            || doc
                .actors
                .iter()
                .any(|a| is_place(a) && a.name.eq_ignore_ascii_case(&label))
            || doc.mentions.iter().any(|m| {
                (m.span.overlaps(source) || doc.slice(m.span).eq_ignore_ascii_case(&label))
                    && doc.actors.get(m.actor as usize).is_some_and(is_place)
            });
        let Some(name) = name_of_label(&label)
            .filter(|name| !place && !place_name(name))
            .filter(|_| !label.split_whitespace().any(|w| role(w.trim_matches('.'))))
        else {
            continue;
        };
        // Two people of the article share the label's last word ("CLINTON:" after Bill
        // and Hillary Clinton): the label is one of them, not a third person. A shorter
        // label sharing the last word of a person this rule made ("BOULDUAN:" after "KATE
        // BOULDUAN:") is that person.
        let last = name.split_whitespace().last().unwrap_or_default();
        let sharers: Vec<u32> = (0..doc.actors.len() as u32)
            .filter(|&i| {
                let a = &doc.actors[i as usize];
                a.kind == ActorKind::Person
                    && a.name
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| w.eq_ignore_ascii_case(last))
            })
            .collect();
        let actor = match (made.iter().find(|(n, _)| *n == name), sharers.as_slice()) {
            (Some(&(_, a)), _) => a,
            (None, &[one]) if made.iter().any(|&(_, a)| a == one) => one,
            (None, []) => {
                let a = doc.actors.len() as u32;
                doc.actors
                    .push(attache_core::Actor::uncoded_person(name.clone()));
                made.push((name, a));
                a
            }
            _ => continue,
        };
        let mention = insert_mention(doc, mention(actor));
        doc.quotes[q].speaker = Some(ActorRef {
            actor,
            mention: Some(mention),
        });
    }
}

/// Inserts `m` into the document's mentions in text order and returns its index; every
/// index into the mentions after it (actors' lists, quotes' speakers) moves on by one.
fn insert_mention(doc: &mut Document, m: Mention) -> u32 {
    let pos = doc
        .mentions
        .partition_point(|x| (x.span.start, x.span.end) < (m.span.start, m.span.end));
    let shift = |i: &mut u32| {
        if *i as usize >= pos {
            *i += 1;
        }
    };
    let actor = m.actor as usize;
    doc.mentions.insert(pos, m);
    for a in &mut doc.actors {
        a.mentions.iter_mut().for_each(shift);
    }
    let refs = doc
        .quotes
        .iter_mut()
        .flat_map(|q| q.speaker.iter_mut().chain(q.speakers.iter_mut()))
        .chain(
            doc.events
                .iter_mut()
                .flat_map(|e| [e.source.as_mut(), e.target.as_mut()])
                .flatten(),
        )
        .chain(
            doc.commitments
                .iter_mut()
                .flat_map(|c| [c.by.as_mut(), c.to.as_mut()])
                .flatten(),
        );
    for r in refs {
        if let Some(i) = r.mention.as_mut() {
            shift(i);
        }
    }
    if let Some(a) = doc.actors.get_mut(actor) {
        let at = a.mentions.partition_point(|&i| (i as usize) < pos);
        a.mentions.insert(at, pos as u32);
    }
    pos as u32
}

/// The name a transcript label in capitals stands for, each word capitalized after a
/// space, hyphen or apostrophe ("JAKE TAPPER" -> "Jake Tapper", "O'NEILL" -> "O'Neill");
/// `None` unless the label is written in capitals (letters, spaces, hyphens, apostrophes
/// and periods) with two letters or more.
fn name_of_label(label: &str) -> Option<String> {
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = label
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '\u{2019}' | '.'));
    if letters < 2 || !capitals {
        return None;
    }
    let mut name = String::with_capacity(label.len());
    let mut start = true;
    for c in label.chars() {
        if start {
            name.push(c);
        } else {
            name.extend(c.to_lowercase());
        }
        start = matches!(c, ' ' | '-' | '\'' | '\u{2019}' | '.');
    }
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every token's subtree span, climbing from every token to the root.
    fn naive_reach(doc: &Document) -> Vec<(u32, u32)> {
        let n = doc.tokens.len();
        let mut reach: Vec<(u32, u32)> = (0..n as u32).map(|t| (t, t)).collect();
        for t in 0..n {
            let mut h = t;
            for _ in 0..64 {
                match doc.tokens[h].head as usize {
                    up if up < n && up != h => {
                        reach[up].0 = reach[up].0.min(t as u32);
                        reach[up].1 = reach[up].1.max(t as u32);
                        h = up;
                    }
                    _ => break,
                }
            }
        }
        reach
    }

    proptest! {
        #[test]
        fn subtree_reach_equals_climbing_every_token(
            picks in proptest::collection::vec(any::<u32>(), 1..40)
        ) {
            // A random tree: token i > 0 hangs on an earlier or later token, never on
            // itself, no cycles (each head is a token closer to the root, token 0).
            let text = vec!["w"; picks.len()].join(" ");
            let mut doc = Document::from_plain(&text);
            prop_assume!(doc.tokens.len() == picks.len());
            let mut order: Vec<usize> = (0..picks.len()).collect();
            order.sort_by_key(|&i| picks[i]);
            for (rank, &i) in order.iter().enumerate() {
                let tok = &mut doc.tokens[i];
                tok.deprel = attache_core::Deprel::from_label("dep");
                tok.head = if rank == 0 {
                    attache_core::NO_HEAD
                } else {
                    order[picks[i] as usize % rank] as u32
                };
            }
            prop_assert_eq!(subtree_reach(&doc), naive_reach(&doc));
        }
    }
}
