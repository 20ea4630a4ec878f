//! Finding temporal expressions: a small hand-written grammar over "pieces" (tokens split
//! at hyphens and before a possessive `'s`), producing unresolved meanings ([`Sem`]).
//! Resolution against the publication date happens in [`crate::resolve`].

use attache_core::{Date, Document, Span};

use crate::lexicon::{DayPart, Holiday, Lexicon, Modifier, Quantity, Reference, Unit, WordInfo};

/// A piece of a token: the unit the grammar reads.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Piece<'a> {
    pub span: Span,
    pub text: &'a str,
    pub info: Option<&'a WordInfo>,
    /// Value of an all-digit piece (at most 9 digits).
    pub num: Option<u32>,
    /// Number of characters of an all-digit piece.
    pub digits: u8,
    /// Glued to the previous piece by a hyphen ("two-year", "mid-2020").
    pub joined: bool,
    /// The token ended with a period that `text` leaves out ("Sept.").
    pub dotted: bool,
    pub cap: bool,
    /// The syntax stage tagged the token a noun (NN*); false when the text is untagged.
    pub noun: bool,
    /// Index into `Document::tokens`.
    pub token: u32,
}

/// How a weekday, month, season or quarter without a year is anchored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rel {
    /// By the tense of the clause.
    Tense,
    /// "last": strictly before publication.
    Prev,
    /// "next": strictly after publication.
    Next,
    /// "this": the one of the current week/year.
    This,
    /// On or before publication, whatever the tense ("Friday's meeting").
    OnOrBefore,
}

/// The meaning of an expression before it is resolved against the publication date.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Sem {
    Date(Date),
    /// A day of a month with no year ("Jan. 21", "last Oct. 23").
    MonthDay {
        month: u8,
        day: u8,
        rel: Rel,
    },
    Month {
        month: u8,
        year: Option<i32>,
        rel: Rel,
    },
    Year(i32),
    /// "the 1990s" -> 199.
    Decade(i32),
    /// "the nineties" (digit 9): the century comes from publication.
    DecadeWord(u8),
    /// "the 20th century" -> 19.
    Century(i32),
    Quarter {
        q: u8,
        year: Option<i32>,
        rel: Rel,
    },
    /// A period written out in full ("2 1/2 years" -> `P2Y6M`).
    Period(String),
    /// The week holding a day ("the week of March 13").
    WeekOf(Box<Sem>),
    /// Days from a named day ("the day after last Monday" -> +1).
    DayFrom(Box<Sem>, i64),
    /// "February this year", "July last year".
    MonthOfYear {
        month: u8,
        year_offset: i64,
    },
    /// "the second quarter ended Nov. 30": quarter `q` of the year of the day it ended.
    QuarterEnded {
        q: u8,
        end: Box<Sem>,
    },
    /// "the second half of next year".
    RelHalf {
        year_offset: i64,
        h: u8,
    },
    /// "next year's first quarter".
    RelQuarter {
        year_offset: i64,
        q: u8,
    },
    Half {
        h: u8,
        year: Option<i32>,
        rel: Rel,
    },
    Season {
        code: [u8; 2],
        year: Option<i32>,
        rel: Rel,
    },
    Weekday {
        wd: u8,
        rel: Rel,
        part: Option<DayPart>,
    },
    /// "the previous Friday" (-1), "the following Monday" (+1): that weekday before or after
    /// the day the text is talking about (resolved in [`crate::find_times`]), else
    /// publication.
    WeekdayFrom {
        wd: u8,
        step: i64,
    },
    /// "for the year", "the fiscal year": the year of publication, or in a past clause the
    /// year of the last quarter that has ended ("Profits rose for the year", published in
    /// January, is about the year just ended).
    TheYear,
    /// "by year-end", "since year-end": the last day of a year, the past one in a past
    /// clause (the last Dec. 31 before publication), else the current one; "by year-end
    /// 2025": that year's.
    YearEnd {
        year: Option<i32>,
    },
    /// "the next year", "the next week": the unit after the last date the text named in a
    /// narrative (a past clause, or no tense and no preposition of extent before it), else
    /// the unit after publication ("over the next year", "will meet the next week" when the
    /// story's last date has passed); resolved in [`crate::find_times`].
    NextOf {
        unit: Unit,
        extent: bool,
    },
    /// "in the morning": a part of the day the text is talking about (the day named in the
    /// same or the previous sentence, else publication; resolved in [`crate::find_times`]).
    PartOfDay(DayPart),
    /// Days from publication ("yesterday", "this morning").
    Offset {
        days: i64,
        part: Option<DayPart>,
    },
    Ref(Reference),
    /// "last week" (-1), "this year" (0), "next month" (+1).
    Relative {
        unit: Unit,
        offset: i64,
    },
    /// "two days ago" (sign -1), "a year later" (+1).
    Ago {
        n: Quantity,
        unit: Unit,
        sign: i64,
    },
    Duration {
        n: Quantity,
        unit: Unit,
    },
    Set(String),
    /// A clock time, on a day given by another expression or publication.
    Clock {
        h: u8,
        m: u8,
        day: Option<Box<Sem>>,
    },
    Weekend {
        rel: Rel,
    },
    /// A named holiday ("Thanksgiving Day"), or the ISO week around it ("Easter week").
    Holiday {
        rule: Holiday,
        year: Option<i32>,
        week: bool,
    },
    /// "24 hours a day", "seven days a week": all the time, an idiom read only so that its
    /// words make no time (dropped in [`crate::find_times`]).
    Idiom,
    /// "that year", "that day": the period of that unit holding the last date the text
    /// named (resolved in [`crate::find_times`]); the publication's period when none.
    That {
        unit: Unit,
        /// 0 for "that year", +1 for "the following year", -1 for "the preceding year".
        offset: i64,
        /// "the next morning": a part of that day.
        part: Option<DayPart>,
    },
}

/// A found expression: pieces `start..end` and its meaning.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
    pub anaphor: Anaphor,
}

/// Expressions whose granularity comes from the quarter the text is talking about
/// (earnings reports compare "the third quarter" with "a year ago", "the year-ago period").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anaphor {
    None,
    /// "a year ago", "a year earlier", "the year-ago quarter": the same quarter a year back.
    YearAgo,
    /// "last year's quarter", "the 1988 period": the quarter of the year it names.
    QuarterOf,
    /// "the quarter": the quarter last mentioned, else the latest completed one.
    TheQuarter,
    /// "a month earlier": the month before the one its sentence names, if it names one.
    MonthAgo,
}

/// Splits the tokens `range` of `doc` into pieces. Works with tokenizers that keep
/// hyphenated words whole ("two-year") and with ones that split them ("two", "-", "year"):
/// a hyphen glued to both neighbours is dropped and the next piece marked `joined`.
pub(crate) fn pieces<'a>(
    doc: &'a Document,
    lex: &'a Lexicon,
    range: std::ops::Range<usize>,
    out: &mut Vec<Piece<'a>>,
) {
    let mut glue = false;
    for t in range {
        let Some(token) = doc.tokens.get(t) else {
            break;
        };
        let text = doc.slice(token.span);
        let base = token.span.start as usize;
        let noun = token.xpos.as_str().starts_with("NN");
        let first = out.len();
        if text == "-" {
            let before = t > 0 && doc.tokens[t - 1].span.end == token.span.start;
            let after = doc
                .tokens
                .get(t + 1)
                .is_some_and(|n| n.span.start == token.span.end);
            if before && after && !out.is_empty() {
                glue = true;
                continue;
            }
        }
        if is_numeric_date(text) {
            out.push(piece(lex, text, base, glue, t));
            glue = false;
            continue;
        }
        let mut at = 0;
        for (k, part) in text.split('-').enumerate() {
            let start = at;
            at += part.len() + 1;
            if part.is_empty() {
                continue;
            }
            let (word, poss) = match part
                .strip_suffix("'s")
                .or_else(|| part.strip_suffix("\u{2019}s"))
            {
                Some(w) if !w.is_empty() => (w, &part[w.len()..]),
                _ => (part, ""),
            };
            out.push(piece(lex, word, base + start, k > 0 || glue, t));
            glue = false;
            if !poss.is_empty() {
                out.push(piece(lex, poss, base + start + word.len(), true, t));
            }
        }
        for p in &mut out[first..] {
            p.noun = noun;
        }
    }
}

/// A piece over `raw` at byte `at`; a trailing period of an abbreviation ("Sept.", "p.m.")
/// stays in the span but not in the text the grammar compares.
fn piece<'a>(lex: &'a Lexicon, raw: &'a str, at: usize, joined: bool, token: usize) -> Piece<'a> {
    let text = match raw.strip_suffix('.') {
        Some(w) if !w.is_empty() => w,
        _ => raw,
    };
    let all_digits =
        !text.is_empty() && text.len() <= 9 && text.bytes().all(|b| b.is_ascii_digit());
    Piece {
        span: Span::new(at, at + raw.len()),
        text,
        info: if all_digits { None } else { lex.get(text) },
        num: if all_digits { text.parse().ok() } else { None },
        digits: if all_digits { text.len() as u8 } else { 0 },
        joined,
        dotted: text.len() < raw.len(),
        cap: text.chars().next().is_some_and(char::is_uppercase),
        noun: false,
        token: token as u32,
    }
}

/// `2022-01-21`, `2022-01`, `21-01-2022`, `21/01/2022`, `21.01.2022`: kept as one piece.
fn is_numeric_date(text: &str) -> bool {
    // Its first part is digits: most tokens fail on their first byte.
    if !text.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let Some(sep) = text.chars().find(|c| matches!(c, '-' | '/' | '.')) else {
        return false;
    };
    let parts: Vec<&str> = text.split(sep).collect();
    (parts.len() == 2 && sep == '-' || parts.len() == 3)
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        && (parts[0].len() == 4 || parts.len() == 3 && matches!(parts[2].len(), 2 | 4))
}

/// Could piece `p` start an expression? (A cheap filter before the grammar runs.)
pub(crate) fn may_start(p: &Piece) -> bool {
    p.info.is_some_and(|w| !w.context_only)
        || period_code(p.text).is_some()
        || p.num.is_some()
        || p.text.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || p.text.eq_ignore_ascii_case("the")
        || p.text.starts_with('\'')
        || p.text.starts_with('\u{2019}')
}

/// Words after "the" that the rules of `with_the` match by text although the lexicon does
/// not know them; [`article_head`] lets them through its early exit, and the unit test
/// `every_word_with_the_reads_by_text_passes_its_early_exit` checks that no rule compares a
/// word the exit would stop. "the end of May", "the rest of the year".
const PART_OF: [&str; 6] = ["end", "beginning", "start", "middle", "rest", "remainder"];
/// "the same period last year", "the corresponding quarter a year earlier".
const SAME_PERIOD: [&str; 3] = ["same", "corresponding", "comparable"];
/// "the last two quarters of 1990", "the final two quarters of the year".
const LAST_OF: [&str; 2] = ["last", "final"];
/// "the most recent quarter".
const MOST: &str = "most";
/// "the preceding year", "the previous Friday": counted back from the story's date.
const BEFORE: [&str; 3] = ["preceding", "previous", "prior"];

/// Whether the word after "the" (lexicon entry, text, lower case) can open an expression
/// that takes the article: a word the lexicon knows, a number, an elided year ('90s), a
/// period code or a word the rules match by text. Most articles open a noun phrase no rule
/// reads ("the company"), so `with_the` stops early on every other word.
fn article_head(info: Option<&WordInfo>, text: &str, lower: &str) -> bool {
    info.is_some_and(|w| !w.context_only)
        || text.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || text.starts_with('\'')
        || text.starts_with('\u{2019}')
        || period_code(text).is_some()
        || PART_OF.contains(&lower)
        || SAME_PERIOD.contains(&lower)
        || LAST_OF.contains(&lower)
        || lower == MOST
        || BEFORE.contains(&lower)
}

/// Words after "of" that make the noun before it a part of something ("three quarters of
/// the vote", "the days of the week") rather than a stretch of time ("two quarters of growth",
/// "months of delays").
const OF_OWNERS: [&str; 16] = [
    "the", "a", "an", "its", "their", "his", "her", "our", "all", "them", "those", "these", "this",
    "that", "us", "it",
];

/// Words that end a noun phrase rather than continue it: after "year-end" they show it is
/// a noun ("by year-end amid hopes"), not a modifier ("year-end profits"). Prepositions the
/// lexicon marks with a direction are caught by their `preposition` info as well.
pub(crate) const FUNCTION_WORDS: [&str; 39] = [
    "to", "and", "or", "but", "in", "on", "at", "by", "for", "with", "from", "as", "when", "while",
    "before", "after", "until", "since", "of", "into", "through", "than", "if", "is", "are", "was",
    "were", "will", "would", "could", "should", "amid", "amidst", "despite", "among", "amongst",
    "against", "during", "without",
];

/// Determiners and possessives: after one, a rhythm word such as "daily" is an adjective of
/// the noun that follows ("a daily rally", "his weekly address").
const DETERMINERS: [&str; 12] = [
    "a",
    "an",
    "the",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "'s",
    "\u{2019}s",
];

/// Words after "the quarter" that make it a round of a tournament, not a period.
const QUARTER_STAGES: [&str; 4] = ["final", "finals", "finalist", "finalists"];

/// Subjects of a present copula that make "the Nth day (week)" the publication's: "today is
/// the ninth day of the walkout", "it's the second week of the strike".
const PRESENT_SUBJECTS: [&str; 5] = ["today", "it", "this", "that", "now"];

/// A period written as a code: `Q3` (quarter), `H1` (half year), `FY2024` (fiscal year).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Code {
    Quarter(u8),
    Half(u8),
    Fiscal(Option<i32>),
}

fn period_code(text: &str) -> Option<Code> {
    let b = text.as_bytes();
    match b {
        [b'Q', d @ b'1'..=b'4'] => Some(Code::Quarter(d - b'0')),
        [b'H', d @ b'1'..=b'2'] => Some(Code::Half(d - b'0')),
        [b'F', b'Y'] => Some(Code::Fiscal(None)),
        [b'F', b'Y', rest @ ..] if rest.len() == 4 && rest.iter().all(u8::is_ascii_digit) => {
            let y: i32 = text[2..].parse().ok()?;
            (1900..2100).contains(&y).then_some(Code::Fiscal(Some(y)))
        }
        _ => None,
    }
}

/// A word lower-cased on the stack (ASCII letters only; a word longer than the buffer
/// comes out empty, and no word the grammar compares is that long).
pub(crate) struct Lower {
    buf: [u8; 24],
    len: usize,
}

impl Lower {
    fn new(word: &str) -> Lower {
        let mut buf = [0u8; 24];
        let bytes = word.as_bytes();
        if bytes.len() > buf.len() {
            return Lower { buf, len: 0 };
        }
        for (b, &c) in buf.iter_mut().zip(bytes) {
            *b = c.to_ascii_lowercase();
        }
        Lower {
            buf,
            len: bytes.len(),
        }
    }

    fn as_str(&self) -> &str {
        // only ASCII bytes changed, so the bytes are still the word's UTF-8
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// The grammar over one block's pieces.
pub(crate) struct Grammar<'p, 'a> {
    pub p: &'p [Piece<'a>],
}

impl<'p, 'a> Grammar<'p, 'a> {
    fn text(&self, i: usize) -> &'a str {
        self.p.get(i).map_or("", |p| p.text)
    }

    /// Piece `i` lower-cased, without allocating.
    fn lower(&self, i: usize) -> Lower {
        Lower::new(self.text(i))
    }

    /// An amount ends at piece `k`: a word that ends one ("million", "percent"), digits that
    /// are not a year, a day of a month or a clock time ("1.76", "358,000", "700"), or a
    /// plural noun counted by a number ("300 seats", "four flights"; not "three times", a
    /// frequency, nor an event noun, "four meetings").
    fn amount_ends(&self, k: usize) -> bool {
        let Some(p) = self.p.get(k) else {
            return false;
        };
        if self.info(k).is_some_and(|w| w.amount) {
            return true;
        }
        let digits = |q: &Piece| q.text.starts_with(|c: char| c.is_ascii_digit());
        if digits(p) {
            let year = p.num.is_some() && p.digits == 4;
            // "on March 5 annually", "on the 5th monthly": the day of a month
            let day = k > 0 && self.info(k - 1).is_some_and(|w| w.month.is_some())
                || ["st", "nd", "rd", "th"]
                    .iter()
                    .any(|end| self.lower(k).as_str().ends_with(end));
            // "opens at 9 daily", "at 9:30 daily": a clock time
            let clock =
                p.text.contains(':') || k > 0 && (self.is(k - 1, "at") || self.is(k - 1, ":"));
            return !(year || day || clock);
        }
        let counted = k > 0
            && (digits(&self.p[k - 1])
                || self
                    .info(k - 1)
                    .and_then(|w| w.number)
                    .is_some_and(|q| matches!(q, Quantity::Exact(n) if n > 1)));
        counted
            && p.text.len() > 2
            && p.text.ends_with('s')
            && p.text.starts_with(|c: char| c.is_ascii_lowercase())
            && self.info(k).is_none_or(|w| {
                w.unit.is_none() && w.number.is_none() && w.daypart.is_none() && !w.event
            })
            && !self.is(k, "times")
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.text(i).eq_ignore_ascii_case(word)
    }

    fn info(&self, i: usize) -> Option<&'a WordInfo> {
        self.p.get(i).and_then(|p| p.info)
    }

    fn modifier(&self, i: usize) -> Option<Modifier> {
        self.info(i).and_then(|w| w.modifier)
    }

    fn joined(&self, i: usize) -> bool {
        self.p.get(i).is_some_and(|p| p.joined)
    }

    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        self.info(i).and_then(|w| w.unit.map(|u| (u, w.plural)))
    }

    /// Pieces `i..` spell `words` (lower case)?
    fn spells(&self, i: usize, words: &[String]) -> bool {
        words.iter().enumerate().all(|(k, w)| self.is(i + k, w))
    }

    /// Does piece `i` continue a noun phrase, so that the piece before it modifies a noun
    /// ("year-end [profits]")? A lower-case word that is not a function word or tense cue.
    fn modifies_noun(&self, i: usize) -> bool {
        let Some(next) = self.p.get(i) else {
            return false;
        };
        next.text.chars().next().is_some_and(char::is_lowercase)
            && !next.joined
            && self
                .info(i)
                .is_none_or(|w| w.tense.is_none() && !w.boundary && w.preposition.is_none())
            && !FUNCTION_WORDS.contains(&self.lower(i).as_str())
    }

    /// Does piece `i` make the period before it a distance in time rather than the period of
    /// a rate ("twice a decade ago", "three times a year earlier", "two summits a year
    /// apart")? Then "a decade" is a duration or an anchor, and the count no frequency.
    fn measures_distance(&self, i: usize) -> bool {
        !self.joined(i)
            && matches!(
                self.lower(i).as_str(),
                "ago" | "earlier" | "later" | "before" | "after" | "apart"
            )
    }

    /// Is the generic noun at piece `k` (`data/generic_heads.tsv`, after "today's") the head
    /// of its phrase, so that the possessive means "of our time"? It is lower case (not "World
    /// Cup", "People's Congress") and no noun, possessive or capitalised word follows it,
    /// except another generic noun it forms a compound with ("today's world leaders").
    /// "today's world leaders' summit" names a summit of that day.
    fn heads_generic_phrase(&self, mut k: usize) -> bool {
        let lower = |k: usize| {
            self.p
                .get(k)
                .is_some_and(|p| p.text.starts_with(|c: char| c.is_ascii_lowercase()))
        };
        let generic = |k: usize| lower(k) && self.info(k).is_some_and(|w| w.generic_head);
        if !generic(k) {
            return false;
        }
        while generic(k + 1) && !self.joined(k + 1) {
            k += 1;
        }
        let Some(next) = self.p.get(k + 1) else {
            return !self.p[k].text.ends_with(['\'', '\u{2019}']);
        };
        let possessive = matches!(next.text, "'s" | "\u{2019}s" | "'" | "\u{2019}")
            || self.p[k].text.ends_with(['\'', '\u{2019}']);
        let noun = next.noun
            || self
                .info(k + 1)
                .is_some_and(|w| w.generic_head || w.event || w.unit.is_some());
        !(possessive || next.cap || noun)
    }

    /// The longest expression starting at piece `i`.
    pub fn find(&self, i: usize) -> Option<Found> {
        let p = self.p.get(i)?;
        if !may_start(p) {
            return None;
        }
        let mut best: Option<Found> = None;
        for found in [
            self.holiday(i),
            self.that(i),
            self.phrase(i),
            self.hedged(i),
            self.with_the(i),
            self.day_described(i),
            self.core(i),
            self.frequency(i),
        ]
        .into_iter()
        .flatten()
        {
            if found.start == i && best.as_ref().is_none_or(|b| found.end > b.end) {
                best = Some(found);
            }
        }
        // "a year-end loss", "the fiscal year end": the year's end modifies a noun or
        // belongs to a company's calendar; "a year" without its "end" is no duration
        if best.as_ref().is_some_and(|b| {
            b.end > b.start
                && self.unit(b.end - 1).is_some_and(|(u, _)| u == Unit::Year)
                && self.is(b.end, "end")
        }) {
            return None;
        }
        // "quarter-to-quarter", "year-over-year", "day-to-day": a comparison, not a time
        let end = best.as_ref().map_or(i, |b| b.end);
        let distributive = self.joined(end)
            && matches!(self.lower(end).as_str(), "to" | "over" | "on" | "by")
            && self.joined(end + 1)
            && self.unit(end + 1).is_some();
        if distributive {
            return None;
        }
        // "Working in the summer, a student earns 6,000 dollars annually": a season of a
        // sentence that tells what happens every year is every year's season, no calendar one
        if let Some(Found {
            sem:
                Sem::Season {
                    code: [a, b],
                    year: None,
                    rel: Rel::Tense,
                },
            ..
        }) = best
        {
            if self.yearly_sentence(i) {
                let set = Sem::Set(format!("XXXX-{}{}", a as char, b as char));
                return best.map(|b| Found { sem: set, ..b });
            }
        }
        best
    }

    /// Does the clause around piece `i` tell what happens every year: a yearly frequency
    /// adverb ("annually", "yearly") or "every/each" before "year" or a season anywhere up
    /// to the sentence's end or a semicolon, or a word of habit ("usually") between the
    /// same commas ("The ministry, which usually publishes in May, said in the summer"
    /// is one summer)?
    fn yearly_sentence(&self, i: usize) -> bool {
        let ends = |k: usize| matches!(self.text(k), "." | "!" | "?" | ";");
        let first = (0..i).rev().find(|&k| ends(k)).map_or(0, |k| k + 1);
        let last = (i..self.p.len()).find(|&k| ends(k)).unwrap_or(self.p.len());
        let comma = |k: usize| self.text(k) == ",";
        let near_first = (first..i)
            .rev()
            .find(|&k| comma(k))
            .map_or(first, |k| k + 1);
        let near_last = (i..last).find(|&k| comma(k)).unwrap_or(last);
        (first..last).any(|k| {
            let Some(w) = self.info(k) else {
                return false;
            };
            let every_year = w.modifier == Some(Modifier::Every)
                && self
                    .info(k + 1)
                    .is_some_and(|n| n.season.is_some() || n.unit == Some(Unit::Year) && !n.plural);
            let habit_here = w.habit && (near_first..near_last).contains(&k);
            habit_here || w.set.as_deref() == Some("P1Y") || every_year
        })
    }

    /// "three times a year", "twice a month", "several times per week", "once every two
    /// weeks", "twice yearly": how often something happens, a set whose value is the period
    /// (TimeML gives the count as the set's frequency).
    fn frequency(&self, i: usize) -> Option<Found> {
        let j = if self.info(i).is_some_and(|w| w.count) {
            i + 1
        } else {
            let (j, _) = self.number(i)?;
            if !self.info(j).is_some_and(|w| w.counted) {
                return None;
            }
            j + 1
        };
        // "twice yearly", "three times daily": the frequency adverb gives the period
        if let Some(set) = self.info(j).and_then(|w| w.set.as_ref()) {
            return Self::found(i, j + 1, Sem::Set(set.clone()));
        }
        let every = self.is(j, "every");
        if !(every || matches!(self.lower(j).as_str(), "a" | "an" | "per" | "each")) {
            return None;
        }
        // "once every two weeks"
        if every {
            if let Some(d) = self.duration(j + 1) {
                if let Sem::Duration { n, unit } = d.sem {
                    if self.measures_distance(d.end) {
                        return None;
                    }
                    return Self::found(i, d.end, Sem::Set(period(n, unit)));
                }
            }
        }
        if self.measures_distance(j + 2) {
            return None;
        }
        match self.unit(j + 1)? {
            (Unit::Weekend | Unit::Half, _) | (_, true) => None,
            (unit, false) => Self::found(i, j + 2, Sem::Set(period(Quantity::Exact(1), unit))),
        }
    }

    fn found(start: usize, end: usize, sem: Sem) -> Option<Found> {
        Some(Found {
            start,
            end,
            sem,
            anaphor: Anaphor::None,
        })
    }

    fn anaphoric(start: usize, end: usize, sem: Sem, anaphor: Anaphor) -> Option<Found> {
        Some(Found {
            start,
            end,
            sem,
            anaphor,
        })
    }

    /// A fixed phrase ("the near future", "yesterday"), with a part of day after a day word.
    fn phrase(&self, i: usize) -> Option<Found> {
        let info = self.info(i)?;
        let mut best: Option<(usize, Reference)> = None;
        for (rest, value) in &info.phrases {
            if self.spells(i + 1, rest) && best.is_none_or(|(n, _)| rest.len() + 1 > n) {
                best = Some((rest.len() + 1, *value));
            }
        }
        let (len, value) = best?;
        let end = i + len;
        // "the long-term outlook": a compound modifier, not a phrase
        if (i + 1..end).any(|k| self.joined(k)) {
            return None;
        }
        // "KDX Today", "USA Today": a capitalised word after an acronym is a name; after a
        // title-case word it is a headline's time ("Senate Votes Today On Budget Deal")
        let name = i > 0
            && self.p[i].cap
            && !self.p[i - 1].dotted
            && self.p[i - 1].text.len() >= 2
            && self.p[i - 1].text.chars().all(|c| c.is_ascii_uppercase());
        // "the past three summers", "the past two elections": "the past" only opens a
        // counted noun phrase
        let counted = self.is(i, "the") && self.number(end).is_some();
        // "the future of the alliance", "the past of the city": the fate or history of
        // something, not a time
        let owned = matches!(value, Reference::Future | Reference::Past) && self.is(end, "of");
        // "a remnant of the past", "the cities of the future", "the leaders of tomorrow": what
        // has been or will be in general, a noun after "of", not a time ("the events of the
        // past week" is read by its unit; "the risks of the near term" names a stretch). A
        // possessive after it ("ahead of tomorrow's vote") or a head before "of" that makes
        // the phrase a time ("as of tomorrow", data/of_heads.tsv) keeps the time.
        let generic = i > 0
            && self.is(i - 1, "of")
            && self.unit(end).is_none()
            && !self.is(end, "'s")
            && !self.is(end, "\u{2019}s")
            && !(i > 1 && self.info(i - 2).is_some_and(|w| w.of_head))
            && (matches!(value, Reference::Future | Reference::Past) && len == 2
                || value == Reference::DayOffset(1, None));
        // "today's youth", "today's personal computers", "tomorrow's leaders": of our time in
        // general, not of that day (not "today's vote", "tomorrow's summit")
        let possessive = self.is(end, "'s") || self.is(end, "\u{2019}s");
        let generic_head = |k: usize| self.info(k).is_some_and(|w| w.generic_head);
        let adjective = |k: usize| {
            self.p.get(k).is_some_and(|p| {
                p.text.starts_with(|c: char| c.is_ascii_lowercase()) && p.info.is_none()
            })
        };
        let of_our_time = matches!(value, Reference::DayOffset(0 | 1, None))
            && possessive
            && [end + 1, end + 2]
                .into_iter()
                .find(|&k| generic_head(k) && (k == end + 1 || adjective(end + 1)))
                .is_some_and(|k| self.heads_generic_phrase(k));
        if name || counted || owned || generic || of_our_time {
            return None;
        }
        match value {
            Reference::DayOffset(days, part) => {
                let code_part = part.map(DayPart::Code);
                // "yesterday afternoon"
                if code_part.is_none() {
                    if let Some(dp) = self.info(end).and_then(|w| w.daypart) {
                        return Self::found(
                            i,
                            end + 1,
                            Sem::Offset {
                                days: days as i64,
                                part: Some(dp),
                            },
                        );
                    }
                }
                Self::found(
                    i,
                    end,
                    Sem::Offset {
                        days: days as i64,
                        part: code_part,
                    },
                )
            }
            // "soon after the vote", "as soon as": tied to an event; "too soon to tell", "so
            // soon after", "how soon": a degree word makes it a comparison, not a time of its
            // own
            Reference::Prospect => {
                let tied = matches!(
                    self.lower(end).as_str(),
                    "after" | "afterwards" | "afterward" | "thereafter" | "before" | "as" | "than"
                ) || i > 0
                    && matches!(self.lower(i - 1).as_str(), "as" | "too" | "so" | "how");
                if tied {
                    return None;
                }
                Self::found(i, end, Sem::Ref(Reference::Prospect))
            }
            // "until then", "by then": the moment just named. Not "by then-President X" or
            // "by then Prime Minister X", where "then" says who held an office at the time.
            Reference::Then => {
                // "the then current price", "at then-current prices": current at that past
                // time; not "until then current rules apply"
                let determined = i > 0 && DETERMINERS.contains(&self.lower(i - 1).as_str());
                if self.is(end, "current") && (self.joined(end) || determined) {
                    return Self::found(i, end + 1, Sem::Ref(Reference::Past));
                }
                let point = i > 0 && matches!(self.lower(i - 1).as_str(), "until" | "till" | "by");
                let title = self.joined(end) || self.p.get(end).is_some_and(|p| p.cap);
                if !point || title {
                    return None;
                }
                Self::found(i, end, Sem::Ref(Reference::Then))
            }
            other => Self::found(i, end, Sem::Ref(other)),
        }
    }

    /// A holiday name, capitalised ("Thanksgiving Day", "New Year's Eve"), with an optional
    /// year ("Christmas 1998") or "week" ("Easter week").
    fn holiday(&self, i: usize) -> Option<Found> {
        let p = self.p.get(i)?;
        if !p.cap {
            return None;
        }
        let mut best: Option<(usize, Holiday)> = None;
        for (rest, rule) in &p.info?.holidays {
            if self.spells(i + 1, rest) && best.is_none_or(|(n, _)| rest.len() + 1 > n) {
                best = Some((rest.len() + 1, *rule));
            }
        }
        let (len, rule) = best?;
        let end = i + len;
        if self.unit(end) == Some((Unit::Week, false)) {
            let sem = Sem::Holiday {
                rule,
                year: None,
                week: true,
            };
            return Self::found(i, end + 1, sem);
        }
        let (end, year) = match self.year_after(end) {
            Some((e, y)) => (e, Some(y)),
            None => (end, None),
        };
        Self::found(
            i,
            end,
            Sem::Holiday {
                rule,
                year,
                week: false,
            },
        )
    }

    /// A day described after a copula with "it"/"this"/"that" as subject ("for the town it
    /// was a bleak day", "this is a hard day") is the day the text is talking about: after a
    /// past copula a day the sentence names later, else the last day named (else no time,
    /// see `find_times`); always publication after a present copula. Up to three adjectives
    /// may come between; not "a day off", "a day-long", "a day's", "a day trip". The span
    /// is "day" alone, as TimeBank marks it.
    fn day_described(&self, i: usize) -> Option<Found> {
        let past = self.described_day(i)?;
        let sem = if past {
            Sem::That {
                unit: Unit::Day,
                offset: 0,
                part: None,
            }
        } else {
            Sem::Offset {
                days: 0,
                part: None,
            }
        };
        Self::found(i, i + 1, sem)
    }

    /// Whether piece `d`, "day", is described after a copula with "it"/"this"/"that" (see
    /// `day_described`): `Some(true)` after "was", `Some(false)` after "is"/"'s".
    fn described_day(&self, d: usize) -> Option<bool> {
        if self.unit(d) != Some((Unit::Day, false)) || self.joined(d) || self.joined(d + 1) {
            return None;
        }
        // "day" ends its noun phrase: the end, punctuation, a preposition or a relative
        // word next; a noun next makes a compound ("a day trip", "a day care centre")
        let (raw, next) = (self.text(d + 1), self.lower(d + 1));
        let closes = raw.is_empty()
            || !raw.starts_with(char::is_alphanumeric)
            || matches!(
                next.as_str(),
                "for"
                    | "of"
                    | "in"
                    | "on"
                    | "at"
                    | "to"
                    | "with"
                    | "without"
                    | "like"
                    | "as"
                    | "and"
                    | "but"
                    | "that"
                    | "when"
                    | "which"
                    | "we"
                    | "i"
                    | "you"
                    | "they"
                    | "he"
                    | "she"
            );
        if !closes || matches!(raw, "'s" | "\u{2019}s") {
            return None;
        }
        // back over at most three adjectives to the article
        let mut k = d.checked_sub(1)?;
        while !(self.is(k, "a") || self.is(k, "an")) {
            let p = self.p.get(k)?;
            let adjective = p.text.starts_with(char::is_lowercase)
                && p.text.chars().all(char::is_alphabetic)
                && !p.joined
                && p.info.is_none()
                && !FUNCTION_WORDS.contains(&self.lower(k).as_str());
            if !adjective || d - k > 3 {
                return None;
            }
            k = k.checked_sub(1)?;
        }
        // an opening quotation mark may stand between the copula and the article
        let quoted = k > 0 && matches!(self.text(k - 1), "\"" | "``" | "\u{201c}");
        let copula = k.checked_sub(if quoted { 2 } else { 1 })?;
        let past = match self.lower(copula).as_str() {
            "was" => true,
            "is" | "'s" | "\u{2019}s" => false,
            _ => return None,
        };
        let subject = copula.checked_sub(1)?;
        matches!(self.lower(subject).as_str(), "it" | "this" | "that").then_some(past)
    }

    /// "that year", "that day", "that week", "that month" and "earlier/later that day".
    fn that(&self, i: usize) -> Option<Found> {
        let shifted = matches!(self.modifier(i), Some(Modifier::Earlier | Modifier::Later));
        let j = if shifted { i + 1 } else { i };
        if !self.is(j, "that") {
            return None;
        }
        // "that night", "later that morning": a part of the day the text named
        if let Some(part @ DayPart::Code(_)) = self.info(j + 1).and_then(|w| w.daypart) {
            let sem = Sem::That {
                unit: Unit::Day,
                offset: 0,
                part: Some(part),
            };
            return Self::found(i, j + 2, sem);
        }
        match self.unit(j + 1)? {
            // "that quarter": the quarter the text last named, as "the quarter"
            (Unit::Quarter, false) => {
                let sem = Sem::Relative {
                    unit: Unit::Quarter,
                    offset: -1,
                };
                Self::anaphoric(i, j + 2, sem, Anaphor::TheQuarter)
            }
            (unit @ (Unit::Year | Unit::Month | Unit::Week | Unit::Day), false) => Self::found(
                i,
                j + 2,
                Sem::That {
                    unit,
                    offset: 0,
                    part: None,
                },
            ),
            _ => None,
        }
    }

    /// A hedge or "within" before a duration: "nearly two months", "within 18 months".
    fn hedged(&self, i: usize) -> Option<Found> {
        // "within" is a preposition, outside the span like "by" ("within [two months]");
        // "over" is a hedge before a number ("over a week") but a preposition before "the"
        // or a vague quantity ("over [the next two years]", "over [several years]")
        if self.is(i, "over") {
            let vague = self.info(i + 1).and_then(|w| w.number) == Some(Quantity::Vague);
            if vague || self.is(i + 1, "the") {
                return None;
            }
        }
        let mut j = match self.modifier(i) {
            Some(Modifier::Approx) => i + 1,
            Some(Modifier::Within) => return None,
            _ => {
                let info = self.info(i)?;
                let rest = info.hedges.iter().find(|rest| self.spells(i + 1, rest))?;
                i + 1 + rest.len()
            }
        };
        if self.modifier(j) == Some(Modifier::Approx) {
            j += 1;
        }
        let inner = self.with_the(j).or_else(|| self.duration(j))?;
        match inner.sem {
            Sem::Duration { .. } | Sem::Period(_) | Sem::Ago { .. } | Sem::Ref(_) => {
                Self::found(i, inner.end, inner.sem)
            }
            _ => None,
        }
    }

    /// The value of a time expression that ends right before the copula at `copula` and is
    /// of the same unit as `unit` (a day or a week), as in "Tomorrow is the first day":
    /// the subject names the day the "Nth day" is.
    fn dated_subject(&self, copula: usize, unit: Unit) -> Option<Sem> {
        let found = (copula.saturating_sub(4)..copula)
            .filter_map(|k| self.find(k))
            .find(|f| f.end == copula)?;
        let fits = match unit {
            Unit::Day => matches!(
                found.sem,
                Sem::Date(_)
                    | Sem::MonthDay { .. }
                    | Sem::Weekday { part: None, .. }
                    | Sem::Offset { part: None, .. }
                    | Sem::DayFrom(..)
                    | Sem::Holiday { week: false, .. }
            ),
            _ => matches!(
                found.sem,
                Sem::Relative {
                    unit: Unit::Week,
                    ..
                } | Sem::WeekOf(_)
            ),
        };
        fits.then_some(found.sem)
    }

    /// "the" + an expression that takes the article in its span ("the past year",
    /// "the third quarter", "the 1990s", "the end of May").
    fn with_the(&self, i: usize) -> Option<Found> {
        if !self.is(i, "the") {
            return None;
        }
        let j = i + 1;
        // most articles open a noun phrase no rule below reads ("the company"): only a word
        // the lexicon knows, a number, a code or one of the words matched by text can follow
        let p = self.p.get(j)?;
        if !article_head(p.info, p.text, self.lower(j).as_str()) {
            return None;
        }
        // "the end of May", "the end of the year"
        if PART_OF.contains(&self.lower(j).as_str()) && self.is(j + 1, "of") {
            let k = j + 2;
            if self.is(k, "the") {
                if let Some((unit, false)) = self.unit(k + 1) {
                    if self.end_of_the_day_idiom(i, j, unit) {
                        return Self::found(i, k + 2, Sem::Idiom);
                    }
                    return Self::found(i, k + 2, Sem::Relative { unit, offset: 0 });
                }
            }
            let inner = self.with_the(k).or_else(|| self.core(k))?;
            return match inner.sem {
                Sem::Duration { .. } | Sem::Set(_) | Sem::Ago { .. } => None,
                sem => Self::found(i, inner.end, sem),
            };
        }
        // "the first hours of the offensive", "the early years": the opening stretch of
        // something, some units long (TimeML's vague duration, `PTXH`, `PXY`); not "the early
        // hours of Thursday" (a part of that day) nor "the first days after the vote" (a
        // stretch counted from an event, which the stage does not read)
        let opening = self.is(j, "early") || self.info(j).and_then(|w| w.ordinal) == Some(1);
        if opening && !self.joined(j + 1) {
            if let Some((unit, true)) = self.unit(j + 1) {
                let k = j + 2;
                let of_time =
                    self.is(k, "of") && self.with_the(k + 1).or_else(|| self.core(k + 1)).is_some();
                let from_event = matches!(self.lower(k).as_str(), "after" | "before" | "since");
                if !of_time && !from_event && !matches!(unit, Unit::Weekend | Unit::Half) {
                    let sem = Sem::Duration {
                        n: Quantity::Vague,
                        unit,
                    };
                    return Self::found(i, k, sem);
                }
            }
        }
        // "the following month", "the preceding year", "the same day": counted from the
        // last date the text named
        // "the previous day", "the prior year" too; "the next week" in a narrative ("The next
        // week, talks opened") but not after a preposition of extent ("over the next year or
        // so", "within the next month": from publication)
        let extent = || {
            i > 0
                && matches!(
                    self.lower(i - 1).as_str(),
                    "over" | "in" | "within" | "during" | "for" | "through" | "throughout" | "into"
                )
        };
        // "the next year/month/week": whether it counts from the story's date or from
        // publication depends on the clause's tense, settled in `find_times`
        if self.is(j, "next") && !self.joined(j + 1) {
            if let Some((unit @ (Unit::Year | Unit::Month | Unit::Week), false)) = self.unit(j + 1)
            {
                let sem = Sem::NextOf {
                    unit,
                    extent: extent(),
                };
                return Self::found(i, j + 2, sem);
            }
        }
        let step = match self.lower(j).as_str() {
            "following" => Some(1),
            "next" if !extent() => Some(1),
            w if BEFORE.contains(&w) => Some(-1),
            "same" => Some(0),
            _ => None,
        };
        if let (Some(offset), Some((unit, false))) = (step, self.unit(j + 1)) {
            if matches!(unit, Unit::Year | Unit::Month | Unit::Week | Unit::Day)
                && !self.joined(j + 1)
            {
                let sem = Sem::That {
                    unit,
                    offset,
                    part: None,
                };
                return Self::found(i, j + 2, sem);
            }
        }
        // "the next day", "the next morning": the day after the last day the text named
        // (in a narrative, not tomorrow)
        if self.is(j, "next") && !self.joined(j + 1) {
            let part = self
                .info(j + 1)
                .and_then(|w| w.daypart)
                .filter(|d| matches!(d, DayPart::Code(_)));
            if part.is_some() || self.unit(j + 1) == Some((Unit::Day, false)) {
                let sem = Sem::That {
                    unit: Unit::Day,
                    offset: 1,
                    part,
                };
                return Self::found(i, j + 2, sem);
            }
        }
        // "the full year", "the full fiscal year": the current year
        if self.is(j, "full") {
            let k = if self.modifier(j + 1) == Some(Modifier::Fiscal) {
                j + 2
            } else {
                j + 1
            };
            if self.unit(k) == Some((Unit::Year, false)) {
                if let Some((end, y)) = self.year_at(k + 1, false) {
                    return Self::found(i, end, Sem::Year(y));
                }
                let sem = Sem::Relative {
                    unit: Unit::Year,
                    offset: 0,
                };
                return Self::found(i, k + 1, sem);
            }
        }
        // "the first two quarters of 1990", "the last two quarters of the year": a half
        let half = match self.lower(j).as_str() {
            "first" => Some(1),
            w if LAST_OF.contains(&w) => Some(2),
            _ => None,
        };
        if let Some(h) = half {
            let two_quarters =
                self.is(j + 1, "two") && self.unit(j + 2) == Some((Unit::Quarter, true));
            if two_quarters && self.is(j + 3, "of") {
                if let Some((end, y)) = self.year_after(j + 3) {
                    let sem = Sem::Half {
                        h,
                        year: Some(y),
                        rel: Rel::Tense,
                    };
                    return Self::found(i, end, sem);
                }
            }
        }
        // "The day before, he met rebels", "the year after": a unit from the last date the
        // text named (only when nothing follows: "the day before the vote" names an event)
        if let Some((unit, false)) = self.unit(j) {
            let step = match self.lower(j + 1).as_str() {
                "before" | "earlier" => Some(-1),
                "after" | "later" => Some(1),
                _ => None,
            };
            let closed = self
                .p
                .get(j + 2)
                .is_none_or(|p| matches!(p.text, "," | "." | ";" | ":" | ")" | "!" | "?"));
            if let (Some(offset), true) = (step, closed) {
                if matches!(unit, Unit::Year | Unit::Month | Unit::Week | Unit::Day) {
                    let sem = Sem::That {
                        unit,
                        offset,
                        part: None,
                    };
                    return Self::found(i, j + 2, sem);
                }
            }
        }
        // "the day before last Tuesday's vote", "the day after Christmas": one day from
        // the day named
        if self.unit(j) == Some((Unit::Day, false)) {
            let step = match self.lower(j + 1).as_str() {
                "before" => Some(-1),
                "after" => Some(1),
                _ => None,
            };
            let inner = step.and_then(|_| {
                self.holiday(j + 2)
                    .or_else(|| self.core(j + 2))
                    .filter(|f| {
                        matches!(
                            f.sem,
                            Sem::Weekday { part: None, .. } | Sem::MonthDay { .. } | Sem::Date(_)
                        ) || matches!(f.sem, Sem::Holiday { week: false, .. })
                    })
            });
            if let (Some(days), Some(f)) = (step, inner) {
                return Self::found(i, f.end, Sem::DayFrom(Box::new(f.sem), days));
            }
        }
        // "today is the ninth day of the walkout", "it's the second week of the strike":
        // after a present copula, the day (week) of publication
        let copula = || {
            i > 0 && (self.is(i - 1, "is") || self.is(i - 1, "'s") || self.is(i - 1, "\u{2019}s"))
        };
        if self.info(j).is_some_and(|w| w.ordinal.is_some()) && copula() {
            let k = if ["straight", "consecutive", "full"]
                .iter()
                .any(|w| self.is(j + 1, w))
            {
                j + 2
            } else {
                j + 1
            };
            let unit = match self.unit(k) {
                Some((unit @ (Unit::Day | Unit::Week), false)) => Some(unit),
                _ => None,
            };
            if let Some(unit) = unit {
                // the subject says which day: "today is" / "it's" is publication,
                // "Tomorrow is the first day" is tomorrow; any other subject gives nothing
                let subject = i.checked_sub(2);
                let pronoun = subject.is_some_and(|s| {
                    PRESENT_SUBJECTS
                        .iter()
                        .any(|w| self.lower(s).as_str() == *w)
                });
                let sem = if pronoun {
                    Some(match unit {
                        Unit::Day => Sem::Offset {
                            days: 0,
                            part: None,
                        },
                        _ => Sem::Relative {
                            unit: Unit::Week,
                            offset: 0,
                        },
                    })
                } else {
                    self.dated_subject(i - 1, unit)
                };
                return sem.and_then(|sem| Self::found(i, k + 1, sem));
            }
        }
        // "the previous Friday", "the following Monday": counted from the day the story is
        // about, not from publication
        if let Some(wd) = self.info(j + 1).and_then(|w| w.weekday) {
            let step = match self.lower(j).as_str() {
                w if BEFORE.contains(&w) => Some(-1),
                "following" => Some(1),
                _ => None,
            };
            if let Some(step) = step {
                return Self::found(i, j + 2, Sem::WeekdayFrom { wd, step });
            }
        }
        // "in the morning", "during the afternoon" (not "the morning of Oct. 5", "the evening
        // news")
        let inside = i > 0 && (self.is(i - 1, "in") || self.is(i - 1, "during"));
        if let Some(part @ DayPart::Code(_)) = self.info(j).and_then(|w| w.daypart) {
            let next = self.p.get(j + 1);
            let modifies = next.is_some_and(|n| {
                n.text.chars().next().is_some_and(char::is_lowercase)
                    && !n.joined
                    && self
                        .info(j + 1)
                        .is_none_or(|w| w.tense.is_none() && !w.boundary)
                    && !matches!(
                        n.text,
                        "to" | "and"
                            | "or"
                            | "but"
                            | "in"
                            | "on"
                            | "at"
                            | "by"
                            | "for"
                            | "with"
                            | "from"
                            | "as"
                            | "when"
                            | "while"
                            | "before"
                            | "after"
                            | "until"
                    )
            }) || self.is(j + 1, "of");
            if inside && !modifies {
                return Self::found(i, j + 1, Sem::PartOfDay(part));
            }
        }
        // "the first nine months"
        if self.info(j).and_then(|w| w.ordinal) == Some(1) {
            if let Some(d) = self.duration(j + 1) {
                if matches!(d.sem, Sem::Duration { .. }) {
                    return Self::found(i, d.end, d.sem);
                }
            }
        }
        // "the quarter ended Sept. 30": the quarter of that date
        if self.unit(j) == Some((Unit::Quarter, false))
            && (self.is(j + 1, "ended") || self.is(j + 1, "ending"))
        {
            if let Some(f) = self.month_led(j + 2) {
                if let Sem::MonthDay { month, .. } | Sem::Date(Date { month, .. }) = f.sem {
                    // the calendar quarter holding most of the three months: the one of
                    // the month before the last ("the quarter ended Aug. 31" is June-August, Q3);
                    // a quarter ended in January is mostly the previous year's fourth
                    let year = match f.sem {
                        Sem::Date(d) if month == 1 => Some(d.year - 1),
                        Sem::Date(d) => Some(d.year),
                        _ => None,
                    };
                    let q = (month + 10) % 12 / 3 + 1;
                    return Self::found(
                        i,
                        j + 1,
                        Sem::Quarter {
                            q,
                            year,
                            rel: Rel::OnOrBefore,
                        },
                    );
                }
            }
        }
        // "the quarter a year ago", "the same period last year", "the corresponding
        // quarter a year earlier": the quarter the text talks about, a year back
        let period_at = if SAME_PERIOD.contains(&self.lower(j).as_str()) {
            j + 1
        } else {
            j
        };
        if self.unit(period_at) == Some((Unit::Quarter, false)) || self.is(period_at, "period") {
            if let Some(end) = self.year_back(period_at + 1) {
                let sem = Sem::Ago {
                    n: Quantity::Exact(1),
                    unit: Unit::Year,
                    sign: -1,
                };
                return Self::anaphoric(i, end, sem, Anaphor::YearAgo);
            }
        }
        // "the quarter" (not "the quarter finals", "the quarter-final")
        let stage = QUARTER_STAGES.contains(&self.lower(j + 1).as_str());
        if self.unit(j) == Some((Unit::Quarter, false)) && !self.is(j + 1, "of") && !stage {
            let sem = Sem::Relative {
                unit: Unit::Quarter,
                offset: -1,
            };
            return Self::anaphoric(i, j + 1, sem, Anaphor::TheQuarter);
        }
        // "the summer", "the early summer"
        let season_at = if matches!(
            self.modifier(j),
            Some(Modifier::Early | Modifier::Mid | Modifier::Late)
        ) {
            j + 1
        } else {
            j
        };
        if let Some(code) = self.info(season_at).and_then(|w| w.season) {
            // "the winter of 1994"
            if self.is(season_at + 1, "of") {
                if let Some((end, y)) = self.year_after(season_at + 1) {
                    let sem = Sem::Season {
                        code,
                        year: Some(y),
                        rel: Rel::Tense,
                    };
                    return Self::found(i, end, sem);
                }
            }
            let sem = Sem::Season {
                code,
                year: None,
                rel: Rel::Tense,
            };
            return Self::found(i, season_at + 1, sem);
        }
        // "the last half of 1990": the second half
        if self.is(j, "last")
            && self.unit(j + 1) == Some((Unit::Half, false))
            && self.is(j + 2, "of")
        {
            if let Some((end, y)) = self.year_after(j + 2) {
                let sem = Sem::Half {
                    h: 2,
                    year: Some(y),
                    rel: Rel::Tense,
                };
                return Self::found(i, end, sem);
            }
            // "the last half of the '70s": the decade, as TimeBank has it
            let decade = self.with_the(j + 3).or_else(|| self.core(j + 3));
            if let Some(d) = decade {
                if matches!(d.sem, Sem::Decade(_) | Sem::DecadeWord(_)) {
                    return Self::found(i, d.end, d.sem);
                }
            }
        }
        // "the week of March 13": the week holding that day
        if self.unit(j) == Some((Unit::Week, false)) && self.is(j + 1, "of") {
            if let Some(day) = self.month_led(j + 2) {
                if matches!(day.sem, Sem::Date(_) | Sem::MonthDay { .. }) {
                    let sem = Sem::WeekOf(Box::new(day.sem));
                    return Self::found(i, day.end, sem);
                }
            }
        }
        // "the most recent quarter": as "the latest quarter"
        if self.is(j, MOST) && self.is(j + 1, "recent") && self.unit(j + 2).is_some() {
            if let Some(inner) = self.modified(j + 1, Modifier::Prev) {
                if matches!(
                    inner.sem,
                    Sem::Relative { .. } | Sem::Quarter { .. } | Sem::QuarterEnded { .. }
                ) {
                    return Some(Found { start: i, ..inner });
                }
            }
        }
        // "the latest period": a quarter in an earnings report
        if self.modifier(j) == Some(Modifier::Prev) && self.is(j + 1, "period") {
            let sem = Sem::Relative {
                unit: Unit::Quarter,
                offset: -1,
            };
            return Self::anaphoric(i, j + 2, sem, Anaphor::TheQuarter);
        }
        // "the weeks ahead": some weeks, as "the coming weeks"
        if let (Some((unit, true)), true) = (self.unit(j), self.is(j + 1, "ahead")) {
            let sem = Sem::Duration {
                n: Quantity::Vague,
                unit,
            };
            return Self::found(i, j + 2, sem);
        }
        // "the weekend"
        if let Some((Unit::Weekend, false)) = self.unit(j) {
            return Self::found(i, j + 1, Sem::Weekend { rel: Rel::Tense });
        }
        // "the nineties", "the '90s"
        if let Some(d) = self.info(j).and_then(|w| w.decade) {
            return Self::found(i, j + 1, Sem::DecadeWord(d));
        }
        // "the year 2000", "the year two thousand"
        if let Some((Unit::Year, false)) = self.unit(j) {
            if let Some((end, y)) = self.year_at(j + 1, true) {
                return Self::found(i, end, Sem::Year(y));
            }
        }
        // "the (fiscal) year ended Sept. 30": a fiscal year, counted as a duration; "for the
        // year", "a high for the year": the current year. Not "the year before", "the
        // year-ago quarter", "the year's end".
        let year_at = if self.modifier(j) == Some(Modifier::Fiscal) {
            j + 1
        } else {
            j
        };
        if self.unit(year_at) == Some((Unit::Year, false)) && !self.joined(year_at + 1) {
            let next = self.lower(year_at + 1);
            let fiscal = matches!(next.as_str(), "ended" | "ending" | "ends");
            let other = matches!(
                next.as_str(),
                "'s" | "\u{2019}s" | "end" | "before" | "after" | "earlier" | "later" | "ago"
            ) || self.info(year_at + 1).is_some_and(|w| w.unit.is_some());
            if fiscal {
                let sem = Sem::Duration {
                    n: Quantity::Exact(1),
                    unit: Unit::Year,
                };
                return Self::found(i, year_at + 1, sem);
            }
            // "for the fiscal year", "throughout the fiscal year": the current (fiscal) year,
            // as "the current fiscal year", or the year just ended in a past clause early in
            // the year (resolved by tense)
            if !other {
                if let Some((end, y)) = self.year_at(year_at + 1, false) {
                    return Self::found(i, end, Sem::Year(y));
                }
                return Self::found(i, year_at + 1, Sem::TheYear);
            }
        }
        // "over the years", "in the years that followed": some years (not "the years before
        // the war", "the days since", "the months of talks")
        if let Some((unit, true)) = self.unit(j) {
            let prev = if i > 0 { self.text(i - 1) } else { "" };
            let opened = ["over", "in", "during", "through", "throughout"]
                .iter()
                .any(|w| prev.eq_ignore_ascii_case(w));
            let bounded = matches!(
                self.lower(j + 1).as_str(),
                "before" | "after" | "since" | "of" | "between" | "to" | "until" | "leading"
            );
            if opened && !bounded && !self.joined(j + 1) && unit != Unit::Weekend {
                let sem = Sem::Duration {
                    n: Quantity::Vague,
                    unit,
                };
                return Self::found(i, j + 1, sem);
            }
        }
        let inner = self.core(j)?;
        // "the 30-day [period]", "the third-quarter [results]": the article belongs to the
        // noun the compound modifies, outside the expression
        let last = inner.end.saturating_sub(1);
        let compound = last > j
            && self.joined(last)
            && self
                .p
                .get(inner.end)
                .is_some_and(|n| n.text.chars().next().is_some_and(char::is_lowercase));
        if compound {
            return None;
        }
        // "the year-ago quarter", "the 1988 period": the article goes with its noun, inside
        let noun_last = self.unit(last) == Some((Unit::Quarter, false)) || self.is(last, "period");
        let year_back = matches!(inner.anaphor, Anaphor::YearAgo | Anaphor::QuarterOf);
        if year_back && noun_last {
            return Some(Found { start: i, ..inner });
        }
        match inner.sem {
            Sem::Duration { .. }
            | Sem::Period(_)
            | Sem::Relative { .. }
            | Sem::Quarter { .. }
            | Sem::QuarterEnded { .. }
            | Sem::Half { .. }
            | Sem::RelHalf { .. }
            | Sem::RelQuarter { .. }
            | Sem::Decade(_)
            | Sem::DecadeWord(_)
            | Sem::Century(_)
            | Sem::Weekend { .. } => Self::found(i, inner.end, inner.sem),
            _ => None,
        }
    }

    /// Does a comparison ("compared with", "versus") come before piece `i` in its sentence?
    fn compared_before(&self, i: usize) -> bool {
        (i.saturating_sub(25)..i)
            .rev()
            .take_while(|&k| !matches!(self.text(k), "." | ";" | "?" | "!"))
            .any(|k| {
                matches!(
                    self.lower(k).as_str(),
                    "compared" | "compares" | "versus" | "vs"
                )
            })
    }

    /// Is the expression at `i` the second term of a comparison: after "compared with" or
    /// "versus" in its sentence, or after "from", "against" or "than" a few words before it
    /// ("up from 4 percent a year ago", "higher than a year ago")?
    pub(crate) fn comparison_before(&self, i: usize) -> bool {
        self.compared_before(i)
            || (i.saturating_sub(6)..i)
                .rev()
                .take_while(|&k| !matches!(self.text(k), "." | ";" | "?" | "!" | ","))
                .any(|k| matches!(self.lower(k).as_str(), "from" | "against" | "than"))
    }

    /// The end of "a year ago", "a year earlier", "last year" or "the year before" at `i`.
    fn year_back(&self, i: usize) -> Option<usize> {
        let one = self.is(i, "a") || self.is(i, "one");
        if one && self.unit(i + 1) == Some((Unit::Year, false)) {
            let back = self.is(i + 2, "ago")
                || matches!(self.modifier(i + 2), Some(Modifier::Earlier))
                || self.is(i + 2, "before");
            return back.then_some(i + 3);
        }
        if self.modifier(i) == Some(Modifier::Prev)
            && self.unit(i + 1) == Some((Unit::Year, false))
            && !self.is(i + 2, "'s")
            && !self.is(i + 2, "\u{2019}s")
        {
            return Some(i + 2);
        }
        None
    }

    /// Everything that does not start with "the" or a hedge.
    fn core(&self, i: usize) -> Option<Found> {
        let p = self.p.get(i)?;
        if let Some(rest) = p
            .text
            .strip_prefix('\'')
            .or_else(|| p.text.strip_prefix('\u{2019}'))
        {
            // "'90s", as one token or two
            let (digits, end) = if rest.is_empty() {
                (self.p.get(i + 1)?.text, i + 2)
            } else {
                (rest, i + 1)
            };
            let digits = digits.strip_suffix('s')?;
            if digits.len() == 2
                && digits.ends_with('0')
                && digits.bytes().all(|b| b.is_ascii_digit())
            {
                let d = digits.as_bytes()[0] - b'0';
                return Self::found(i, end, Sem::DecadeWord(d));
            }
            return None;
        }
        if let Some(f) = self.numeric(i) {
            return Some(f);
        }
        // "on Mondays": every Monday; "on Mondays and Thursdays", "on Mondays, Wednesdays
        // or Fridays": each one after a set
        if let Some(wd) = p.info.and_then(|w| w.weekdays).filter(|_| p.cap) {
            let prev = if i > 0 { self.text(i - 1) } else { "" };
            let on = ["on", "most", "all", "some"]
                .iter()
                .any(|w| prev.eq_ignore_ascii_case(w));
            let listed = i >= 2
                && ["and", "or", ","]
                    .iter()
                    .any(|w| prev.eq_ignore_ascii_case(w))
                && self.info(i - 2).is_some_and(|w| w.weekdays.is_some())
                && self
                    .core(i - 2)
                    .is_some_and(|f| matches!(f.sem, Sem::Set(_)));
            if on || listed {
                return Self::found(i, i + 1, Sem::Set(format!("XXXX-WXX-{wd}")));
            }
            return None;
        }
        if let Some(code) = period_code(p.text) {
            return self.coded(i, code);
        }
        let info = p.info?;
        if let Some(m) = info.modifier {
            if let Some(f) = self.modified(i, m) {
                return Some(f);
            }
        }
        if info.month.is_some() {
            if let Some(f) = self.month_led(i) {
                return Some(f);
            }
        }
        if let Some(wd) = info.weekday {
            return Some(self.weekday_led(i, wd));
        }
        if let Some(set) = &info.set {
            // "daily" is a set; "a daily newspaper", "quarterly results" are not
            let next = self.p.get(i + 1);
            let adjective = next.is_some_and(|n| {
                n.text.chars().next().is_some_and(char::is_lowercase)
                    && self.info(i + 1).is_none_or(|w| w.tense.is_none())
                    && !matches!(
                        n.text,
                        "in" | "on"
                            | "at"
                            | "for"
                            | "by"
                            | "to"
                            | "and"
                            | "or"
                            | "but"
                            | "since"
                            | "from"
                            | "with"
                            | "outside"
                            | "inside"
                            | "near"
                            | "around"
                            | "across"
                            | "during"
                            | "until"
                            | "through"
                            | "throughout"
                            | "after"
                            | "before"
                            | "into"
                            | "against"
                            | "as"
                            | "when"
                            | "while"
                            | "if"
                    )
            });
            // "the party daily Zorya", "the weekly Der Spiegel": a newspaper's name follows;
            // "the daily newspaper Zorya", "the weekly magazine Kolo": a common noun that
            // introduces the name follows
            let named = |k: usize| {
                self.p.get(k).is_some_and(|n| {
                    n.cap
                        && !n.dotted
                        && self
                            .info(k)
                            .is_none_or(|w| w.weekday.is_none() && w.month.is_none())
                })
            };
            let introduces = adjective && !self.joined(i + 1) && named(i + 2);
            let name = named(i + 1) || introduces;
            // "a daily rally", "his weekly address", "on a daily basis": after a determiner
            // or possessive a word marked `recurrent` names the rhythm of the noun
            let determined = i > 0 && DETERMINERS.contains(&self.lower(i - 1).as_str());
            // "the daily average", "a weekly limit": the period a quantity is counted over
            let rate = self.info(i + 1).is_some_and(|w| w.rate);
            let recurrent = adjective && info.recurrent && determined && !rate;
            // "8 percent annually", "10,000 units annually": the unit an amount is counted in
            let counted_in = i > 0 && self.amount_ends(i - 1);
            if (adjective && !recurrent) || name || counted_in {
                return None;
            }
            return Self::found(i, i + 1, Sem::Set(set.clone()));
        }
        if let Some(n) = info.ordinal {
            if let Some(f) = self.ordinal_led(i, n) {
                return Some(f);
            }
        }
        if let Some(DayPart::Clock(h, m)) = info.daypart {
            // "high noon" is an idiom ("High Noon", "high noon arrives today")
            if i > 0 && self.is(i - 1, "high") {
                return None;
            }
            // "noon Thursday", "midnight Friday"
            let day = self.day_after(i + 1);
            let end = day.as_ref().map_or(i + 1, |d| d.end);
            // "noon on March 15", "midnight on Friday": the day after "on" dates the time
            // and stays an expression of its own, as after a clock number
            let on = || {
                self.is(i + 1, "on")
                    .then(|| self.day_after(i + 2).or_else(|| self.numeric_day(i + 2)))
                    .flatten()
            };
            let (day, end) = match day {
                Some(d) => (Some(d), end),
                None => (on(), i + 1),
            };
            // midnight of a named day is the end of that day (TIMEX3 T24:00): "until
            // midnight Friday" runs through Friday
            let h = if (h, m) == (0, 0) && day.is_some() {
                24
            } else {
                h
            };
            return Self::found(
                i,
                end,
                Sem::Clock {
                    h,
                    m,
                    day: day.map(|d| Box::new(d.sem)),
                },
            );
        }
        if let Some(Quantity::Exact(_) | Quantity::Vague) = info.number {
            if let Some(f) = self.duration(i) {
                return Some(f);
            }
            if let Some(f) = self.spelled_year(i) {
                return Some(f);
            }
        }
        // "a day-long meeting", "a decades-long feud": a length
        if let Some((unit, plural)) = self.unit(i) {
            if self.joined(i + 1) && self.is(i + 1, "long") && unit != Unit::Weekend {
                let n = if plural {
                    Quantity::Vague
                } else {
                    Quantity::Exact(1)
                };
                return Self::found(i, i + 2, Sem::Duration { n, unit });
            }
        }
        // "within a matter of days": some days
        if self.is(i, "a") && self.is(i + 1, "matter") && self.is(i + 2, "of") {
            if let Some((unit, true)) = self.unit(i + 3) {
                let sem = Sem::Duration {
                    n: Quantity::Vague,
                    unit,
                };
                return Self::found(i, i + 4, sem);
            }
        }
        // "for a while": a stretch of unknown length
        if self.is(i, "a") && self.is(i + 1, "while") && i > 0 && self.is(i - 1, "for") {
            return Self::found(i, i + 2, Sem::Period("PXX".to_string()));
        }
        // "just months ago", "Years ago": a bare plural unit before "ago" is the stretch back
        // to some time in the past, a vague duration as TimeBank has it (`PXM`); with a count
        // or "several" before it it is that time ("several years ago": `PAST_REF`)
        if let Some((unit, true)) = self.unit(i) {
            let bare = i == 0
                || self.info(i - 1).is_none_or(|w| {
                    !w.not_verb && w.number.is_none() && w.modifier.is_none() && w.ordinal.is_none()
                }) && self.p[i - 1].num.is_none();
            let ago = self.is(i + 1, "ago") && !self.joined(i + 1) && !self.p[i].joined;
            if bare && ago && !matches!(unit, Unit::Quarter | Unit::Half | Unit::Weekend) {
                let sem = Sem::Duration {
                    n: Quantity::Vague,
                    unit,
                };
                return Self::found(i, i + 2, sem);
            }
        }
        // "for years", "in months"; "after weeks of talks", "follows months of delays": a
        // bare plural unit measuring an activity (not "the last months of the war", "days of
        // the week": a determiner-like word of the lexicon (`notverb`), a number, a time
        // modifier or an ordinal before it, an article after "of"); an ordinary adjective
        // before it stays ("heady days of"), as TimeML marks such a stretch a vague duration
        if let Some((unit, true)) = self.unit(i) {
            let prev = if i > 0 { self.text(i - 1) } else { "" };
            let measured = self.is(i + 1, "of")
                && self.p.get(i + 2).is_some_and(|p| {
                    p.text.chars().next().is_some_and(char::is_lowercase)
                        && p.num.is_none()
                        && !OF_OWNERS.contains(&Lower::new(p.text).as_str())
                })
                && (i == 0
                    || self.info(i - 1).is_none_or(|w| {
                        !w.not_verb
                            && w.number.is_none()
                            && w.modifier.is_none()
                            && w.ordinal.is_none()
                    }))
                && !i
                    .checked_sub(1)
                    .and_then(|k| self.p.get(k))
                    .is_some_and(|p| p.num.is_some() || p.joined)
                && !self.p[i].joined
                && matches!(
                    unit,
                    Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade
                );
            if measured
                || ["for", "in", "over", "within"]
                    .iter()
                    .any(|w| prev.eq_ignore_ascii_case(w))
            {
                return Self::found(
                    i,
                    i + 1,
                    Sem::Duration {
                        n: Quantity::Vague,
                        unit,
                    },
                );
            }
        }
        if let Some((Unit::Year, false)) = self.unit(i) {
            // "by year-end", "since year end", "by year's end": the year's last day; not a
            // modifier of a noun ("year-end profits", "year-end net")
            let poss = self.is(i + 1, "'s") || self.is(i + 1, "\u{2019}s");
            let end_at = if poss { i + 2 } else { i + 1 };
            if self.is(end_at, "end") {
                // "fiscal year-end": the day depends on the company, so no day
                let fiscal = i > 0 && self.modifier(i - 1) == Some(Modifier::Fiscal);
                if fiscal || self.modifies_noun(end_at + 1) {
                    return None;
                }
                // "by year-end 2025", "at year-end of 2023": that year's last day
                let j = if self.is(end_at + 1, "of") {
                    end_at + 2
                } else {
                    end_at + 1
                };
                if let Some((end, y)) = self.year_at(j, false) {
                    if (1900..2100).contains(&y) {
                        return Self::found(i, end, Sem::YearEnd { year: Some(y) });
                    }
                }
                return Self::found(i, end_at + 1, Sem::YearEnd { year: None });
            }
            // "year-earlier", "year-ago", "the year-ago quarter"
            let earlier = self.modifier(i + 1) == Some(Modifier::Earlier) || self.is(i + 1, "ago");
            if self.joined(i + 1) && earlier {
                let mut end = i + 2;
                // "the year-earlier six months": the stretch, counted a year back
                if let Some(d) = self.duration(end) {
                    if matches!(d.sem, Sem::Duration { .. }) && d.start == end {
                        return Self::found(i, d.end, d.sem);
                    }
                }
                if self.info(end).is_some_and(|w| w.ordinal.is_some())
                    && self.unit(end + 1) == Some((Unit::Quarter, false))
                {
                    end += 2;
                } else if self.unit(end) == Some((Unit::Quarter, false)) || self.is(end, "period") {
                    end += 1;
                }
                let sem = Sem::Ago {
                    n: Quantity::Exact(1),
                    unit: Unit::Year,
                    sign: -1,
                };
                return Self::anaphoric(i, end, sem, Anaphor::YearAgo);
            }
        }
        None
    }

    /// "Q3 2023", "in Q3", "H1 2024", "FY2024", "FY 2024": a quarter, a half, a fiscal year.
    /// A code without a year counts only after a preposition or "this/last/next", not after
    /// a name ("the Audi Q3" is a car) nor after a bare article ("the H1 scheme" is a visa,
    /// "the Q3" a car again; "the Q3 2021 results" has its year).
    fn coded(&self, i: usize, code: Code) -> Option<Found> {
        let year = self.year_at(i + 1, false);
        let (end, year) = match year {
            Some((end, y)) => (end, Some(y)),
            None => (i + 1, None),
        };
        let introduced = i > 0
            && matches!(
                self.lower(i - 1).as_str(),
                "in" | "during"
                    | "for"
                    | "by"
                    | "since"
                    | "until"
                    | "through"
                    | "of"
                    | "from"
                    | "to"
                    | "this"
                    | "last"
                    | "next"
            );
        // a capitalised word before the code is a name unless it is the introducing word
        // itself ("In Q4, sales slowed")
        let after_name = i > 0 && self.p[i - 1].cap && !introduced;
        if year.is_none() && (after_name || !introduced) {
            return None;
        }
        let rel = Rel::Tense;
        let sem = match code {
            Code::Quarter(q) => Sem::Quarter { q, year, rel },
            Code::Half(h) => Sem::Half { h, year, rel },
            Code::Fiscal(Some(y)) => Sem::Year(y),
            Code::Fiscal(None) => Sem::Year(year?),
        };
        Self::found(i, end, sem)
    }

    /// The `)` closing the bracket opened at `open`, if it closes before another opens.
    fn closing_bracket(&self, open: usize) -> Option<usize> {
        (open + 1..self.p.len())
            .take_while(|&k| !self.is(k, "("))
            .find(|&k| self.is(k, ")"))
    }

    /// A day expression after a clock time: a weekday, "today", "yesterday", a date.
    fn day_after(&self, i: usize) -> Option<Found> {
        let info = self.info(i)?;
        if info.weekday.is_some() || info.month.is_some() {
            let f = self.core(i)?;
            return matches!(
                f.sem,
                Sem::Weekday { .. } | Sem::Date(_) | Sem::MonthDay { .. }
            )
            .then_some(f);
        }
        let f = self.phrase(i)?;
        matches!(f.sem, Sem::Offset { part: None, .. }).then_some(f)
    }

    /// A date that starts with digits, as a clock time's day: "26 November 2026", "21st of
    /// January", "26/11/2026" (not a year, a count or another clock time).
    fn numeric_day(&self, i: usize) -> Option<Found> {
        self.p.get(i)?;
        let f = self.numeric(i)?;
        matches!(f.sem, Sem::Date(_) | Sem::MonthDay { .. }).then_some(f)
    }

    fn modified(&self, i: usize, m: Modifier) -> Option<Found> {
        let j = i + 1;
        let info = self.info(j);
        match m {
            Modifier::Prev | Modifier::Next | Modifier::This => {
                let rel = match m {
                    Modifier::Prev => Rel::Prev,
                    Modifier::Next => Rel::Next,
                    _ => Rel::This,
                };
                let offset = match m {
                    Modifier::Prev => -1,
                    Modifier::Next => 1,
                    _ => 0,
                };
                // "the current fiscal year", "next fiscal year": read as the calendar year
                if self.modifier(j) == Some(Modifier::Fiscal) {
                    if let Some((unit @ (Unit::Year | Unit::Quarter), false)) = self.unit(j + 1) {
                        return Self::found(i, j + 2, Sem::Relative { unit, offset });
                    }
                }
                // "this coming Sunday": the next one
                if m == Modifier::This && self.is(j, "coming") {
                    if let Some(f) = self.modified(j, Modifier::Next) {
                        if matches!(f.sem, Sem::Weekday { .. } | Sem::MonthDay { .. }) {
                            return Some(Found { start: i, ..f });
                        }
                    }
                }
                if let Some(info) = info {
                    if let Some(wd) = info.weekday {
                        // "next Sunday, March 8": the date says which
                        let dated = self.weekday_led(j, wd);
                        if matches!(dated.sem, Sem::Date(_) | Sem::MonthDay { .. }) {
                            return Some(Found { start: i, ..dated });
                        }
                        let part = self.info(j + 1).and_then(|w| w.daypart);
                        let end = if part.is_some() { j + 2 } else { j + 1 };
                        return Self::found(i, end, Sem::Weekday { wd, rel, part });
                    }
                    if let (Some(_), true) = (info.month, self.p[j].cap) {
                        // "last Oct. 23"
                        if let Some(f) = self.month_led(j) {
                            match f.sem {
                                Sem::MonthDay { month, day, .. } => {
                                    let sem = Sem::MonthDay { month, day, rel };
                                    return Self::found(i, f.end, sem);
                                }
                                Sem::Date(_) => return Some(Found { start: i, ..f }),
                                Sem::Month {
                                    month, year: None, ..
                                } => {
                                    return Self::found(
                                        i,
                                        f.end,
                                        Sem::Month {
                                            month,
                                            year: None,
                                            rel,
                                        },
                                    )
                                }
                                _ => {}
                            }
                        }
                    }
                    if let Some(code) = info.season {
                        return Self::found(
                            i,
                            j + 1,
                            Sem::Season {
                                code,
                                year: None,
                                rel,
                            },
                        );
                    }
                    if let Some(part @ DayPart::Code(_)) = info.daypart {
                        return Self::found(
                            i,
                            j + 1,
                            Sem::Offset {
                                days: offset.min(0),
                                part: Some(part),
                            },
                        );
                    }
                    // "the last-minute effort", "next-day delivery": a compound adjective
                    if info.unit.is_some() && self.joined(j) {
                        return None;
                    }
                    // "the past decade", "the past century": the years up to now
                    let long = info
                        .unit
                        .filter(|u| matches!(u, Unit::Decade | Unit::Century));
                    if let (Some(unit), false, true) = (long, info.plural, self.is(i, "past")) {
                        let sem = Sem::Duration {
                            n: Quantity::Exact(1),
                            unit,
                        };
                        return Self::found(i, j + 1, sem);
                    }
                    // "ABC's \"This Week\"": a capitalised unit after a modifier is a name
                    let title = self.p[j].cap && info.unit.is_some();
                    if let (Some(unit), false) = (info.unit, title) {
                        if !info.plural {
                            if unit == Unit::Weekend {
                                return Self::found(i, j + 1, Sem::Weekend { rel });
                            }
                            // "this year's third quarter", "last year's quarter"
                            let poss = self.is(j + 1, "'s") || self.is(j + 1, "\u{2019}s");
                            if unit == Unit::Year && poss {
                                let q = self
                                    .info(j + 2)
                                    .and_then(|w| w.ordinal)
                                    .filter(|q| (1..=4).contains(q));
                                let k = if q.is_some() { j + 3 } else { j + 2 };
                                if self.unit(k) == Some((Unit::Quarter, false)) {
                                    return match q {
                                        Some(q) => Self::found(
                                            i,
                                            k + 1,
                                            Sem::RelQuarter {
                                                year_offset: offset,
                                                q,
                                            },
                                        ),
                                        None => Self::anaphoric(
                                            i,
                                            k + 1,
                                            Sem::Relative { unit, offset },
                                            Anaphor::QuarterOf,
                                        ),
                                    };
                                }
                            }
                            // "compared with $3 million last year": the period compared
                            let compared = unit == Unit::Year && offset == -1 && !poss && {
                                self.compared_before(i)
                            };
                            let anaphor = if unit == Unit::Quarter {
                                Anaphor::TheQuarter
                            } else if compared {
                                Anaphor::YearAgo
                            } else {
                                Anaphor::None
                            };
                            return Self::anaphoric(
                                i,
                                j + 1,
                                Sem::Relative { unit, offset },
                                anaphor,
                            );
                        }
                        if m == Modifier::Prev {
                            // "past years"
                            return Self::found(i, j + 1, Sem::Ref(Reference::Past));
                        }
                        if m == Modifier::Next {
                            // "the coming weeks": some weeks, as "recent weeks" is
                            let sem = Sem::Duration {
                                n: Quantity::Vague,
                                unit,
                            };
                            return Self::found(i, j + 1, sem);
                        }
                    }
                }
                if m != Modifier::This && !self.verb_last(i) {
                    // "the last five years", "the next several days"
                    let d = self.duration(j)?;
                    if let Sem::Duration { .. } = d.sem {
                        return Self::found(i, d.end, d.sem);
                    }
                }
                None
            }
            Modifier::Every => {
                // "every morning", "each night": that part of every day
                if let Some(DayPart::Code([a, b])) = info.and_then(|w| w.daypart) {
                    let v = format!("XXXX-XX-XXT{}{}", a as char, b as char);
                    return Self::found(i, j + 1, Sem::Set(v));
                }
                // "every other week": every second one
                if self.is(j, "other") {
                    if let Some((unit, false)) = self.unit(j + 1) {
                        return Self::found(i, j + 2, Sem::Set(period(Quantity::Exact(2), unit)));
                    }
                }
                let info = info?;
                if let Some(wd) = info.weekday {
                    return Self::found(i, j + 1, Sem::Set(format!("XXXX-WXX-{wd}")));
                }
                if let (Some(month), true) = (info.month, self.p[j].cap) {
                    return Self::found(i, j + 1, Sem::Set(format!("XXXX-{month:02}")));
                }
                if let Some([a, b]) = info.season {
                    return Self::found(
                        i,
                        j + 1,
                        Sem::Set(format!("XXXX-{}{}", a as char, b as char)),
                    );
                }
                if let Some(unit) = info.unit.filter(|_| !info.plural) {
                    return Self::found(i, j + 1, Sem::Set(period(Quantity::Exact(1), unit)));
                }
                let d = self.duration(j)?;
                match d.sem {
                    Sem::Duration { n, unit } => Self::found(i, d.end, Sem::Set(period(n, unit))),
                    _ => None,
                }
            }
            Modifier::Early | Modifier::Mid | Modifier::Late => {
                if let Some(DayPart::Code(_)) = info.and_then(|w| w.daypart) {
                    // "mid-afternoon yesterday", "late afternoon"
                    let part = info.and_then(|w| w.daypart);
                    if let Some(day) = self.phrase(j + 1) {
                        if let Sem::Offset { days, part: None } = day.sem {
                            return Self::found(i, day.end, Sem::Offset { days, part });
                        }
                    }
                    if let Some(wd) = self.info(j + 1).and_then(|w| w.weekday) {
                        return Self::found(
                            i,
                            j + 2,
                            Sem::Weekday {
                                wd,
                                rel: Rel::Tense,
                                part,
                            },
                        );
                    }
                    return Self::found(i, j + 1, Sem::Offset { days: 0, part });
                }
                // "late yesterday"
                let inner = self
                    .with_the(j)
                    .or_else(|| self.core(j))
                    .or_else(|| self.phrase(j))?;
                match inner.sem {
                    Sem::Year(_)
                    | Sem::Month { .. }
                    | Sem::MonthOfYear { .. }
                    | Sem::Decade(_)
                    | Sem::DecadeWord(_)
                    | Sem::Century(_)
                    | Sem::Relative { .. }
                    | Sem::Season { .. }
                    | Sem::Weekday { .. }
                    | Sem::Offset { .. }
                    | Sem::Quarter { .. }
                    | Sem::QuarterEnded { .. } => Self::found(i, inner.end, inner.sem),
                    _ => None,
                }
            }
            Modifier::Earlier | Modifier::Later => {
                // "earlier in the year", "later in the week": the current one
                if self.is(j, "in") && self.is(j + 1, "the") {
                    if let Some((
                        unit @ (Unit::Year | Unit::Month | Unit::Week | Unit::Day),
                        false,
                    )) = self.unit(j + 2)
                    {
                        return Self::found(i, j + 3, Sem::Relative { unit, offset: 0 });
                    }
                }
                let inner = self.phrase(j).or_else(|| self.core(j))?;
                match inner.sem {
                    Sem::Relative { .. } | Sem::Weekday { .. } | Sem::Offset { .. } => {
                        Self::found(i, inner.end, inner.sem)
                    }
                    _ => None,
                }
            }
            Modifier::Recent => {
                let (unit, plural) = self.unit(j)?;
                plural.then_some(Found {
                    start: i,
                    end: j + 1,
                    sem: Sem::Duration {
                        n: Quantity::Vague,
                        unit,
                    },
                    anaphor: Anaphor::None,
                })
            }
            Modifier::Fiscal => {
                let inner = self.with_the(j).or_else(|| self.core(j))?;
                match inner.sem {
                    Sem::Year(_)
                    | Sem::Quarter { .. }
                    | Sem::QuarterEnded { .. }
                    | Sem::Half { .. } => Self::found(i, inner.end, inner.sem),
                    _ => None,
                }
            }
            Modifier::Approx | Modifier::Within | Modifier::Filler => None,
        }
    }

    /// A number: digits, numeral words ("twenty-four", "a couple of", "several").
    fn number(&self, i: usize) -> Option<(usize, Quantity)> {
        let p = self.p.get(i)?;
        if let Some(n) = p.num {
            if p.digits <= 6 {
                return Some((i + 1, Quantity::Exact(n)));
            }
            return None;
        }
        let q = p.info?.number?;
        let Quantity::Exact(n) = q else {
            return Some((i + 1, q));
        };
        if n == 1 && (self.is(i, "a") || self.is(i, "an")) {
            // "a couple of", "a few", "a hundred"
            match self.info(i + 1).and_then(|w| w.number) {
                Some(Quantity::Exact(2)) if self.is(i + 1, "couple") => {
                    let end = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                    return Some((end, Quantity::Exact(2)));
                }
                Some(Quantity::Exact(v)) if v >= 12 => return Some((i + 2, Quantity::Exact(v))),
                Some(Quantity::Vague) => return Some((i + 2, Quantity::Vague)),
                _ => return Some((i + 1, Quantity::Exact(1))),
            }
        }
        if n == 2 && self.is(i, "couple") {
            // "the next couple of years", "the past couple of weeks"
            let counted = i > 0
                && matches!(
                    self.lower(i - 1).as_str(),
                    "next" | "past" | "last" | "first" | "coming"
                );
            if counted && self.is(i + 1, "of") {
                return Some((i + 2, Quantity::Exact(2)));
            }
            return None;
        }
        // "twenty four", "twenty-four"
        if (20..100).contains(&n) && n % 10 == 0 {
            if let Some(Quantity::Exact(ones)) = self.info(i + 1).and_then(|w| w.number) {
                if (1..10).contains(&ones) && !self.is(i + 1, "a") && !self.is(i + 1, "an") {
                    return Some((i + 2, Quantity::Exact(n + ones)));
                }
            }
        }
        // "two hundred"
        if let Some(Quantity::Exact(mult @ (100 | 1000))) = self.info(i + 1).and_then(|w| w.number)
        {
            if n < 100 {
                return Some((i + 2, Quantity::Exact(n * mult)));
            }
        }
        Some((i + 1, q))
    }

    /// number + unit, with "ago"/"earlier"/"later" ("two days ago") or as a duration.
    fn duration(&self, i: usize) -> Option<Found> {
        let (mut j, n) = self.number(i)?;
        // "2 1/2 years"
        let fraction = matches!(self.text(j), "1/2" | "\u{bd}");
        if fraction {
            j += 1;
        }
        // "four and a half years"
        if let Quantity::Exact(n) = n {
            let spelled_half = self.is(j, "and") && self.is(j + 1, "a") && self.is(j + 2, "half");
            if spelled_half && !fraction {
                if let Some((unit, _)) = self.unit(j + 3) {
                    if let Some(v) = half_more(n, unit) {
                        return Self::found(i, j + 4, Sem::Period(v));
                    }
                }
            }
        }
        if self.modifier(j) == Some(Modifier::Filler) {
            j += 1;
        }
        let (unit, plural) = self.unit(j)?;
        // "CBS's 60 Minutes", "48 Hours": a capitalised unit after digits is a name
        if self.p.get(j).is_some_and(|p| p.cap) && self.p.get(i).is_some_and(|p| p.num.is_some()) {
            return None;
        }
        // "an hour and a half"
        let and_a_half =
            !fraction && self.is(j + 1, "and") && self.is(j + 2, "a") && self.is(j + 3, "half");
        if let (true, Quantity::Exact(n)) = (fraction || and_a_half, n) {
            let end = if fraction { j + 1 } else { j + 4 };
            return half_more(n, unit).and_then(|v| Self::found(i, end, Sem::Period(v)));
        }
        // "a days" is not an expression; "two day" only as a compound modifier
        if let Quantity::Exact(1) = n {
            if plural && !self.p[i].text.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
        }
        if unit == Unit::Half {
            return None;
        }
        // "will one day be": some time ahead, not a day's length
        let modal_before = i > 0
            && matches!(
                self.lower(i - 1).as_str(),
                "will" | "would" | "could" | "might" | "may" | "shall" | "can"
            );
        if modal_before && self.is(i, "one") && unit == Unit::Day && !plural {
            return Self::found(i, j + 1, Sem::Ref(Reference::Future));
        }
        // "three-quarters of", "a second round": a fraction or an ordinal, not a time
        // ("several quarters of losses", "two quarters of growth" are periods: no article
        // or number follows "of")
        let part_of = self.is(j + 1, "of")
            && (self.joined(j)
                || self.p.get(j + 2).is_none_or(|p| {
                    p.num.is_some() || OF_OWNERS.contains(&Lower::new(p.text).as_str())
                }));
        let fraction = unit == Unit::Quarter && n != Quantity::Vague && part_of;
        let another = unit == Unit::Second && (self.is(i, "a") || self.is(i, "an"));
        if fraction || another {
            return None;
        }
        let mut end = j + 1;
        let article = self.is(i, "a") || self.is(i, "an");
        // "it was a day of mourning": the day described, read at "day"
        if article && j == i + 1 && self.described_day(j).is_some() {
            return None;
        }
        if article && self.joined(end) && self.modifier(end) == Some(Modifier::Earlier) {
            // "a year-earlier [figure]": the article belongs to the noun
            return None;
        }
        if self.joined(end) && self.is(end, "long") {
            // "a day-long meeting" is read at "day"; "a two-week-long strike" keeps its count
            if article {
                return None;
            }
            return Self::found(i, end + 1, Sem::Duration { n, unit });
        }
        // "24 hours a day", "seven days a week", "365 days a year": the whole of the period,
        // i.e. all the time, no time of its own
        let whole = |per: Unit| match (unit, per) {
            (Unit::Hour, Unit::Day) => 24,
            (Unit::Day, Unit::Week) => 7,
            (Unit::Day, Unit::Year) => 365,
            (Unit::Week, Unit::Year) => 52,
            (Unit::Month, Unit::Year) => 12,
            _ => 0,
        };
        if matches!(self.lower(end).as_str(), "a" | "per" | "each")
            && !self.measures_distance(end + 2)
        {
            if let Some((per, false)) = self.unit(end + 1) {
                if n == Quantity::Exact(whole(per)) {
                    return Self::found(i, end + 2, Sem::Idiom);
                }
                // "three days a week", "12 hours a day", "two weeks each year": part of every
                // such period, a set of that period (TimeML gives the part as the frequency)
                if let (Some(a), Some(b)) = (span_rank(unit), span_rank(per)) {
                    if a < b {
                        let sem = Sem::Set(period(Quantity::Exact(1), per));
                        return Self::found(i, end + 2, sem);
                    }
                }
            }
        }
        let one_year = n == Quantity::Exact(1) && unit == Unit::Year;
        let anaphor = if one_year {
            Anaphor::YearAgo
        } else if n == Quantity::Exact(1) && unit == Unit::Month {
            Anaphor::MonthAgo
        } else {
            Anaphor::None
        };
        if self.is(end, "ago") && !self.joined(end) {
            return Self::anaphoric(i, end + 1, ago(n, unit, -1), anaphor);
        }
        // "three days earlier", "two hours earlier" count back from a time of the story, like
        // "three days later" forward (TimeBank's "A day earlier" is `P1D`, "earlier" inside
        // its span, while "later" stays outside "an hour and a half later"); months, quarters
        // and years earlier stay the period before ("a year earlier" is a comparison's term)
        let counted_within_story = matches!(
            unit,
            Unit::Day
                | Unit::Week
                | Unit::Fortnight
                | Unit::Weekend
                | Unit::Hour
                | Unit::Minute
                | Unit::Second
        );
        match self.modifier(end) {
            Some(Modifier::Earlier) if counted_within_story && !self.joined(end) => {
                return Self::found(i, end + 1, Sem::Duration { n, unit })
            }
            Some(Modifier::Earlier) if !self.joined(end) || unit == Unit::Year => {
                return Self::anaphoric(i, end + 1, ago(n, unit, -1), anaphor)
            }
            // "three days later" counts from an event, not from publication
            Some(Modifier::Later) => return Self::found(i, end, Sem::Duration { n, unit }),
            _ => {}
        }
        if self.is(end, "from") && self.is(end + 1, "now") {
            return Self::found(i, end + 2, ago(n, unit, 1));
        }
        // "$2 million a year", "300 seats a week": the unit an amount is counted in, not a
        // time ("a week after the vote", "a year into the war" count from an event, "a year
        // from now" from publication)
        let counted_in = article
            && i > 0
            && self.amount_ends(i - 1)
            && !matches!(self.lower(end).as_str(), "after" | "before" | "into");
        if counted_in {
            return None;
        }
        // "four meetings a year", "two summits a year": a count of events per period says
        // how often they happen, a set like "four times a year"
        let per_events = article
            && i > 1
            && self.info(i - 1).is_some_and(|w| w.event)
            && self.number(i - 2).is_some_and(|(k, _)| k == i - 1);
        if per_events && !plural && !self.measures_distance(end) {
            return Self::found(i, end, Sem::Set(period(Quantity::Exact(1), unit)));
        }
        if self.is(end, "old") {
            // an age ("a 6-year-old", "52 years old"), not a time
            return None;
        }
        if self.is(end, "or") && self.is(end + 1, "so") {
            end += 2;
            // "a week or so ago"
            if self.is(end, "ago") {
                return Self::anaphoric(i, end + 1, ago(n, unit, -1), anaphor);
            }
        }
        Self::found(i, end, Sem::Duration { n, unit })
    }

    /// A four-digit year (1000..=2099; before 1900 only after a preposition), or a spelled
    /// one after "the year".
    fn year_at(&self, i: usize, spelled: bool) -> Option<(usize, i32)> {
        let p = self.p.get(i)?;
        if let (Some(y), 4) = (p.num, p.digits) {
            if (1000..=2099).contains(&y) {
                return Some((i + 1, y as i32));
            }
            return None;
        }
        if spelled {
            if let Some(f) = self.spelled_year(i) {
                if let Sem::Year(y) = f.sem {
                    return Some((f.end, y));
                }
            }
            // "two thousand"
            if let Some((end, Quantity::Exact(y))) = self.number(i) {
                if (1000..=2099).contains(&y) {
                    return Some((end, y as i32));
                }
            }
        }
        None
    }

    /// "nineteen ninety-six", "nineteen eighty".
    fn spelled_year(&self, i: usize) -> Option<Found> {
        let Some(Quantity::Exact(century @ (19 | 20))) = self.info(i).and_then(|w| w.number) else {
            return None;
        };
        if self.is(i, "twenty") && self.info(i + 1).is_none_or(|w| w.number.is_none()) {
            return None;
        }
        let (end, Quantity::Exact(rest)) = self.number(i + 1)? else {
            return None;
        };
        if !(10..100).contains(&rest) || self.unit(end).is_some() {
            return None;
        }
        Self::found(i, end, Sem::Year((century * 100 + rest) as i32))
    }

    /// Expressions that start with digits: dates, years, decades, clock times, durations.
    fn numeric(&self, i: usize) -> Option<Found> {
        let p = &self.p[i];
        let text = p.text;
        let first = text.as_bytes().first()?;
        if !first.is_ascii_digit() {
            return None;
        }
        if p.num.is_none() {
            if is_numeric_date(text) {
                return parse_numeric_date(text).and_then(|sem| Self::found(i, i + 1, sem));
            }
            // "10:30" as one token
            if let Some((h, m)) = text.split_once(':') {
                if let (Ok(h), Ok(m), 2) = (h.parse::<u32>(), m.parse::<u32>(), m.len()) {
                    return self.clock_tail(i, h, m, i + 1);
                }
                return None;
            }
            // "1990s", "90s" (the latter only after an apostrophe, handled in `core`)
            if let Some(d) = text.strip_suffix('s') {
                if d.len() == 4 && d.ends_with('0') && d.bytes().all(|b| b.is_ascii_digit()) {
                    let y: i32 = d.parse().ok()?;
                    if (1000..2100).contains(&y) {
                        return Self::found(i, i + 1, Sem::Decade(y / 10));
                    }
                }
                return None;
            }
            // "21st", "3rd": a day before a month, or an ordinal
            let n = ordinal_digits(text)?;
            return self.day_month(i, n).or_else(|| self.ordinal_led(i, n));
        }
        let n = p.num?;
        // numeric date 21/01/2022, 1/21/22
        if (self.is(i + 1, "/") || self.is(i + 1, ".")) && self.text(i + 3) == self.text(i + 1) {
            if let (Some(b), Some(c)) = (self.p.get(i + 2).and_then(|q| q.num), self.p.get(i + 4)) {
                if let Some(date) = slash_date(n, b, c) {
                    return Self::found(i, i + 5, Sem::Date(date));
                }
            }
        }
        if let Some(f) = self.clock(i, n) {
            return Some(f);
        }
        if (1..=31).contains(&n) && p.digits <= 2 {
            if let Some(f) = self.day_month(i, n as u8) {
                return Some(f);
            }
        }
        if p.digits != 4 || !matches!(self.unit(i + 1), Some((_, false)) | None) {
            if let Some(f) = self.duration(i) {
                return Some(f);
            }
        }
        if p.digits == 4 {
            let y = n as i32;
            // "the 1988 second quarter"
            if let Some(q) = self.info(i + 1).and_then(|w| w.ordinal) {
                if let Some((Unit::Quarter | Unit::Half, false)) = self.unit(i + 2) {
                    let sem = match self.unit(i + 2) {
                        Some((Unit::Quarter, _)) if (1..=4).contains(&q) => Sem::Quarter {
                            q,
                            year: Some(y),
                            rel: Rel::Tense,
                        },
                        Some((Unit::Half, _)) if (1..=2).contains(&q) => Sem::Half {
                            h: q,
                            year: Some(y),
                            rel: Rel::Tense,
                        },
                        _ => return None,
                    };
                    return Self::found(i, i + 3, sem);
                }
            }
            if !self.plausible_year(i, y) {
                return None;
            }
            // "the 1988 period", "the 1988 quarter"
            if self.is(i + 1, "period") || self.unit(i + 1) == Some((Unit::Quarter, false)) {
                return Self::anaphoric(i, i + 2, Sem::Year(y), Anaphor::QuarterOf);
            }
            return Self::found(i, i + 1, Sem::Year(y));
        }
        None
    }

    /// Is the four-digit number at `i` a year rather than a quantity?
    fn plausible_year(&self, i: usize, y: i32) -> bool {
        let prev = if i > 0 { self.text(i - 1) } else { "" };
        if matches!(prev, "$" | "\u{a3}" | "\u{20ac}" | "#" | "No" | "no") {
            return false;
        }
        let next = self.text(i + 1);
        if next == "%" || next.eq_ignore_ascii_case("percent") || next == ":" {
            return false;
        }
        // a name with a number inside a sentence ("a fund called Atlas 1975")
        let named = i >= 2
            && self.p[i - 1].cap
            && self.p[i - 1].info.is_none_or(|w| w.context_only)
            && prev.len() > 1
            && prev.chars().all(char::is_alphabetic)
            && self.text(i - 2).chars().all(char::is_alphabetic)
            && !self.text(i - 2).is_empty();
        if named {
            return false;
        }
        if (1900..=2099).contains(&y) {
            return true;
        }
        (1000..1900).contains(&y)
            && [
                "in", "since", "of", "from", "until", "by", "year", "fiscal", "before", "after",
            ]
            .iter()
            .any(|w| prev.eq_ignore_ascii_case(w))
    }

    /// "9:30 a.m.", "10 p.m. Wednesday", "15:00" (the colon a token of its own).
    fn clock(&self, i: usize, n: u32) -> Option<Found> {
        if self.is(i + 1, ":") {
            let mp = self.p.get(i + 2)?;
            if mp.digits != 2 || n > 23 {
                return None;
            }
            return self.clock_tail(i, n, mp.num?, i + 3);
        }
        self.clock_tail(i, n, 0, i + 1)
    }

    /// The rest of a clock time after hours `h` and minutes `m`, from piece `j`: a.m./p.m.,
    /// a zone, a day.
    fn clock_tail(&self, i: usize, mut h: u32, m: u32, mut j: usize) -> Option<Found> {
        let dotted = |k: usize| self.p.get(k).is_some_and(|p| p.dotted);
        let has_minutes = j > i + 1 || self.text(i).contains(':');
        let mer = self.lower(j);
        let pm = match mer.as_str() {
            "p.m" | "pm" => Some(true),
            "a.m" | "am" => Some(false),
            _ => None,
        };
        match pm {
            Some(pm) => {
                if !(1..=12).contains(&h) || m > 59 {
                    return None;
                }
                if pm && h < 12 {
                    h += 12;
                }
                if !pm && h == 12 {
                    h = 0;
                }
                j += 1;
                if !dotted(j - 1) && self.is(j, ".") {
                    j += 1;
                }
            }
            None if has_minutes && h < 24 && m < 60 => {}
            None => {
                // "at 5 in the morning", "until 9 in the evening", "by 11 at night"
                let led = i > 0
                    && matches!(
                        self.lower(i - 1).as_str(),
                        "at" | "until" | "till" | "by" | "before" | "after" | "around" | "about"
                    );
                let part_at = if !led {
                    return None;
                } else if self.is(j, "in") && self.is(j + 1, "the") {
                    j + 2
                } else if self.is(j, "at") {
                    j + 1
                } else {
                    return None;
                };
                let code = match self.info(part_at).and_then(|w| w.daypart) {
                    Some(DayPart::Code(code)) => code,
                    _ => return None,
                };
                if !(1..=12).contains(&h) || m > 59 {
                    return None;
                }
                h = match (&code, h) {
                    (b"MO", 12) => 0,
                    (b"MO", h) => h,
                    // "until 12 at night": midnight that ends the day, TIMEX3 T24:00
                    (b"NI", 12) => 24,
                    (b"NI", h) if h < 5 => h,
                    (_, 12) => 12,
                    (_, h) => h + 12,
                };
                j = part_at + 1;
            }
        }
        // "EDT", "GMT", "local time": zones are dropped but kept in the span
        if matches!(
            self.text(j),
            "GMT" | "UTC" | "EST" | "EDT" | "CST" | "CDT" | "PST" | "PDT"
        ) {
            j += 1;
        } else if self.is(j, "local") && self.is(j + 1, "time") {
            j += 2;
        }
        // a day after a bracketed conversion: "9:50 a.m. (0650 GMT) Friday"
        // or inside it, however long the bracket: "5 in the morning (around 5 a.m. EDT on
        // Thursday, army time)"
        let bracketed = self
            .is(j, "(")
            .then(|| self.closing_bracket(j))
            .flatten()
            .and_then(|close| {
                self.day_after(close + 1)
                    .or_else(|| (j + 1..close).rev().find_map(|k| self.day_after(k)))
            });
        let day = self
            .day_after(j)
            .or_else(|| self.is(j, ",").then(|| self.day_after(j + 1)).flatten());
        // "at 3 a.m. on Wednesday", "09:40 GMT on 26 November 2026", "13:55 GMT, 21 January
        // 2022": the day after "on" or a full date after a comma dates the clock time, and
        // stays an expression of its own
        let bracketed = bracketed
            .or_else(|| {
                self.is(j, "on")
                    .then(|| self.day_after(j + 1).or_else(|| self.numeric_day(j + 1)))
                    .flatten()
            })
            .or_else(|| self.is(j, ",").then(|| self.numeric_day(j + 1)).flatten());
        // the day dates the clock time; the span stays on the time itself
        if let (None, Some(d)) = (&day, bracketed) {
            return Self::found(
                i,
                j,
                Sem::Clock {
                    h: h as u8,
                    m: m as u8,
                    day: Some(Box::new(d.sem)),
                },
            );
        }
        let end = day.as_ref().map_or(j, |d| d.end);
        Self::found(
            i,
            end,
            Sem::Clock {
                h: h as u8,
                m: m as u8,
                day: day.map(|d| Box::new(d.sem)),
            },
        )
    }

    /// day + month [year]: "21 January 2022", "21st of January".
    fn day_month(&self, i: usize, day: u8) -> Option<Found> {
        let mut j = i + 1;
        if self.is(j, "of") {
            j += 1;
        }
        let month = self.month_at(j)?;
        j = self.skip_abbr_period(j);
        if let Some((end, y)) = self.year_after(j) {
            return Date::new(y, month as u32, day as u32)
                .and_then(|d| Self::found(i, end, Sem::Date(d)));
        }
        (day <= attache_core::date::days_in_month(2000, month)).then_some(Found {
            start: i,
            end: j,
            sem: Sem::MonthDay {
                month,
                day,
                rel: Rel::Tense,
            },
            anaphor: Anaphor::None,
        })
    }

    /// A month name at `i` that counts as one (capitalised; abbreviations only before "." or
    /// a number).
    fn month_at(&self, i: usize) -> Option<u8> {
        let p = self.p.get(i)?;
        let info = p.info?;
        let month = info.month?;
        if !p.cap {
            return None;
        }
        if info.month_abbr && !p.dotted {
            let next = self.p.get(i + 1)?;
            if next.text != "." && next.num.is_none() {
                return None;
            }
        }
        Some(month)
    }

    /// Can the spelled ordinal at `j` be the day of the month at `i`? Only at the end of a
    /// phrase (punctuation, end of text or a year after it: "on Sunday, March eighth."), and not
    /// after a name ("Theresa May first announced", "won the May second round").
    fn spelled_day_fits(&self, i: usize, j: usize) -> bool {
        let closes = match self.p.get(j + 1) {
            None => true,
            Some(next) => {
                next.text.chars().all(|c| c.is_ascii_punctuation())
                    || self.year_after(j + 1).is_some()
            }
        };
        let after_name = i > 0 && {
            let prev = &self.p[i - 1];
            let day_word = prev.info.is_some_and(|w| w.weekday.is_some());
            prev.cap && !day_word && prev.text.chars().all(char::is_alphabetic) && {
                // a capitalised word opening the sentence is no name ("In May first ...")
                i >= 2 && !matches!(self.text(i - 2), "." | "!" | "?" | "\"" | ":")
            }
        };
        closes && !after_name
    }

    /// The piece after a month name, skipping the period of an abbreviation.
    fn skip_abbr_period(&self, i: usize) -> usize {
        let dotted = self.p.get(i).is_some_and(|p| p.dotted);
        if !dotted && self.info(i).is_some_and(|w| w.month_abbr) && self.is(i + 1, ".") {
            i + 2
        } else {
            i + 1
        }
    }

    /// ", 2022" or "2022" or "of 2022" at `i`.
    fn year_after(&self, i: usize) -> Option<(usize, i32)> {
        let mut j = if self.is(i, ",") || self.is(i, "of") {
            i + 1
        } else {
            i
        };
        // "the first quarter of fiscal 2024", "of fiscal year 2024": a company's year, named
        // by its number as TimeML does
        if j > i && self.modifier(j) == Some(Modifier::Fiscal) {
            j += 1;
            if self.unit(j) == Some((Unit::Year, false)) {
                j += 1;
            }
        }
        self.year_at(j, true)
    }

    fn month_led(&self, i: usize) -> Option<Found> {
        let month = self.month_at(i)?;
        let j = self.skip_abbr_period(i);
        if let Some(next) = self.p.get(j) {
            let day = next
                .num
                .filter(|_| next.digits <= 2)
                .or_else(|| ordinal_digits(next.text).map(u32::from))
                // "March eighth", as broadcasts write it
                .or_else(|| {
                    next.info
                        .filter(|_| !next.joined && self.spelled_day_fits(i, j))
                        .and_then(|w| w.ordinal)
                        .map(u32::from)
                });
            if let Some(day) = day.filter(|d| (1..=31).contains(d)) {
                let clock = self.is(j + 1, ":") && self.p.get(j + 2).is_some_and(|p| p.digits == 2);
                if !clock && self.unit(j + 1).is_none() {
                    if let Some((end, y)) = self.year_after(j + 1) {
                        return Date::new(y, month as u32, day)
                            .and_then(|d| Self::found(i, end, Sem::Date(d)));
                    }
                    if day <= attache_core::date::days_in_month(2000, month) as u32 {
                        // "the quarter ended Nov. 30": a period that has ended ended on a
                        // day on or before publication, however far back (a year at most)
                        let ended = i > 0 && self.is(i - 1, "ended");
                        let rel = if ended { Rel::OnOrBefore } else { Rel::Tense };
                        return Self::found(
                            i,
                            j + 1,
                            Sem::MonthDay {
                                month,
                                day: day as u8,
                                rel,
                            },
                        );
                    }
                }
            }
        }
        if let Some((end, y)) = self.year_after(j) {
            return Self::found(
                i,
                end,
                Sem::Month {
                    month,
                    year: Some(y),
                    rel: Rel::Tense,
                },
            );
        }
        // "February this year", "July last year", "March of next year"
        if let Some(year_offset) = self.year_word(j) {
            return Self::found(i, j + 2, Sem::MonthOfYear { month, year_offset });
        }
        if self.is(j, "of") {
            if let Some(year_offset) = self.year_word(j + 1) {
                return Self::found(i, j + 3, Sem::MonthOfYear { month, year_offset });
            }
        }
        if self.info(i).is_some_and(|w| w.month_abbr) {
            return None;
        }
        if month == 5 && !self.may_is_month(i) {
            return None;
        }
        // "the March for Peace", "the March of the Silent Widows": a name
        let named = (self.is(i + 1, "for") || self.is(i + 1, "of"))
            && self.p.get(i + 2).is_some_and(|p| p.cap)
            || self.is(i + 1, "of")
                && self.is(i + 2, "the")
                && self.p.get(i + 3).is_some_and(|p| p.cap);
        if named {
            return None;
        }
        Self::found(
            i,
            i + 1,
            Sem::Month {
                month,
                year: None,
                rel: Rel::Tense,
            },
        )
    }

    /// "this year" (0), "last year" (-1), "next year" (+1) at `i`.
    fn year_word(&self, i: usize) -> Option<i64> {
        let offset = match self.modifier(i)? {
            Modifier::Prev => -1,
            Modifier::Next => 1,
            Modifier::This => 0,
            _ => return None,
        };
        (self.unit(i + 1) == Some((Unit::Year, false)) && !self.joined(i + 1)).then_some(offset)
    }

    /// "May" alone is the month only after a preposition or determiner-like word.
    fn may_is_month(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let prev = self.lower(i - 1);
        matches!(
            prev.as_str(),
            "in" | "of"
                | "since"
                | "until"
                | "till"
                | "by"
                | "through"
                | "from"
                | "to"
                | "during"
                | "between"
                | "and"
                | "or"
                | "early"
                | "mid"
                | "late"
                | "last"
                | "next"
                | "this"
                | "before"
                | "after"
                | "on"
                | "for"
                | "each"
                | "every"
                | "-"
                | ","
        )
    }

    fn weekday_led(&self, i: usize, wd: u8) -> Found {
        let mut j = i + 1;
        if self.is(j, ",") {
            j += 1;
        }
        if self.info(j).is_some_and(|w| w.month.is_some()) {
            if let Some(f) = self.month_led(j) {
                if let Sem::Date(_) | Sem::MonthDay { .. } = f.sem {
                    return Found {
                        start: i,
                        end: f.end,
                        sem: f.sem,
                        anaphor: Anaphor::None,
                    };
                }
            }
        }
        if let Some(n) = self
            .p
            .get(j)
            .and_then(|p| p.num)
            .filter(|n| (1..=31).contains(n))
        {
            if let Some(f) = self.day_month(j, n as u8) {
                return Found {
                    start: i,
                    end: f.end,
                    sem: f.sem,
                    anaphor: Anaphor::None,
                };
            }
        }
        // "on Friday nights", "on Sunday and Monday nights": every such night
        let listed = matches!(self.lower(i + 1).as_str(), "and" | "or")
            && self.info(i + 2).is_some_and(|w| w.weekday.is_some());
        let plural_at = if listed { i + 3 } else { i + 1 };
        if let Some([a, b]) = self.info(plural_at).and_then(|w| w.daypart_every) {
            let value = format!("XXXX-WXX-{wd}T{}{}", a as char, b as char);
            let end = if listed { i + 1 } else { i + 2 };
            return Found {
                start: i,
                end,
                sem: Sem::Set(value),
                anaphor: Anaphor::None,
            };
        }
        let part = self.info(i + 1).and_then(|w| w.daypart);
        if let Some(part) = part {
            return Found {
                start: i,
                end: i + 2,
                sem: Sem::Weekday {
                    wd,
                    rel: Rel::Tense,
                    part: Some(part),
                },
                anaphor: Anaphor::None,
            };
        }
        // a possessive names an event that has happened ("Friday's meeting")
        let possessive = self.joined(i + 1)
            && (self.is(i + 1, "'s") || self.is(i + 1, "\u{2019}s"))
            || self.is(i + 1, "'s")
            || self.is(i + 1, "\u{2019}s");
        let rel = if possessive {
            Rel::OnOrBefore
        } else {
            Rel::Tense
        };
        Found {
            start: i,
            end: i + 1,
            sem: Sem::Weekday {
                wd,
                rel,
                part: None,
            },
            anaphor: Anaphor::None,
        }
    }

    /// "third quarter", "first half of 1990", "20th century", "21st of January".
    fn ordinal_led(&self, i: usize, n: u8) -> Option<Found> {
        if let Some(f) = self.quarters_of_ordinals(i, n) {
            return Some(f);
        }
        let (unit, plural) = self.unit(i + 1)?;
        if plural {
            return None;
        }
        let end = i + 2;
        // "the third quarter of next year", "the first half of last year"
        if self.is(end, "of") && self.unit(end + 2) == Some((Unit::Year, false)) {
            let year_offset = match self.lower(end + 1).as_str() {
                "next" => Some(1),
                "last" => Some(-1),
                "this" => Some(0),
                _ => None,
            };
            let sem = match (unit, year_offset) {
                (Unit::Quarter, Some(year_offset)) if (1..=4).contains(&n) => {
                    Some(Sem::RelQuarter { year_offset, q: n })
                }
                (Unit::Half, Some(year_offset)) if (1..=2).contains(&n) => {
                    Some(Sem::RelHalf { year_offset, h: n })
                }
                _ => None,
            };
            if let Some(sem) = sem {
                return Self::found(i, end + 3, sem);
            }
        }
        // "the second quarter ended Nov. 30": a fiscal quarter keeps its number and takes
        // the year of the day it ended (the span stops before "ended", as TimeBank's does)
        if unit == Unit::Quarter && (1..=4).contains(&n) && self.is(end, "ended") {
            if let Some(f) = self.month_led(end + 1) {
                if matches!(f.sem, Sem::MonthDay { .. } | Sem::Date(_)) {
                    let sem = Sem::QuarterEnded {
                        q: n,
                        end: Box::new(f.sem),
                    };
                    return Self::found(i, end, sem);
                }
            }
        }
        let year = self.year_after(end);
        let (end, year) = match year {
            Some((e, y)) => (e, Some(y)),
            None => (end, None),
        };
        let sem = match unit {
            Unit::Quarter if (1..=4).contains(&n) => Sem::Quarter {
                q: n,
                year,
                rel: Rel::Tense,
            },
            Unit::Half if (1..=2).contains(&n) => Sem::Half {
                h: n,
                year,
                rel: Rel::Tense,
            },
            Unit::Century if year.is_none() && n >= 1 => Sem::Century(n as i32 - 1),
            _ => return None,
        };
        Self::found(i, end, sem)
    }
}

impl Grammar<'_, '_> {
    /// Quarters in the plural after ordinals: "the second and fourth quarters" (the first
    /// ordinal alone, as TimeML marks each quarter) and "fourth quarters". In a clause of
    /// habit ("is usually done in the second and fourth quarters", `habit` in
    /// `data/rates.tsv`), and for a lone ordinal before the plural, that quarter of every
    /// year (`XXXX-Q2`); otherwise the coordination names quarters as the singular does ("fell
    /// in the second and third quarters").
    fn quarters_of_ordinals(&self, i: usize, n: u8) -> Option<Found> {
        if !(1..=4).contains(&n) {
            return None;
        }
        let ordinal = |k: usize| {
            self.info(k)
                .and_then(|w| w.ordinal)
                .or_else(|| ordinal_digits(self.text(k)))
                .is_some_and(|m| (1..=4).contains(&m))
        };
        let conjunction = |k: usize| matches!(self.lower(k).as_str(), "and" | "or" | ",");
        let plural_quarter = |k: usize| self.unit(k) == Some((Unit::Quarter, true));
        // "second" in "the second and fourth quarters"; "fourth quarters" itself
        // the year after the plural ("of 1988") is each quarter's
        let (end, coordinated, year) =
            if conjunction(i + 1) && ordinal(i + 2) && plural_quarter(i + 3) {
                (i + 1, true, self.year_after(i + 4).map(|(_, y)| y))
            } else if plural_quarter(i + 1) {
                let coordinated = i >= 2 && conjunction(i - 1) && ordinal(i - 2);
                match self.year_after(i + 2) {
                    Some((e, y)) => (e, coordinated, Some(y)),
                    None => (i + 2, coordinated, None),
                }
            } else {
                return None;
            };
        let sem = if year.is_none() && (!coordinated || self.habitual_before(i)) {
            Sem::Set(format!("XXXX-Q{n}"))
        } else {
            Sem::Quarter {
                q: n,
                year,
                rel: Rel::Tense,
            }
        };
        Self::found(i, end, sem)
    }

    /// "At the end of the day, voters want ...": "at the end of the day" (the article at `the`,
    /// "end" at `part`) opening its sentence or clause means "all things considered", no
    /// time; "the border closes at the end of the day" and "by the end of the day" keep the
    /// day.
    fn end_of_the_day_idiom(&self, the: usize, part: usize, unit: Unit) -> bool {
        if unit != Unit::Day || !self.is(part, "end") || the == 0 || !self.is(the - 1, "at") {
            return false;
        }
        let punctuation = |k: usize| {
            let t = self.text(k);
            !t.is_empty() && !t.starts_with(char::is_alphanumeric)
        };
        the == 1 || punctuation(the - 2)
    }

    /// Is piece `i` the verb "last" ("will last one year", "expected to last two weeks",
    /// "could easily last a decade")? The duration after it is the time, the verb is not
    /// ("the last two years" keeps the word).
    fn verb_last(&self, i: usize) -> bool {
        if !self.is(i, "last") || i == 0 {
            return false;
        }
        // one adverb in "-ly" may stand between the auxiliary and the verb
        let mut k = i - 1;
        if k > 0 && self.p[k].text.ends_with("ly") && self.p[k].info.is_none() {
            k -= 1;
        }
        AUXILIARIES.contains(&self.lower(k).as_str())
    }

    /// Is there a word of habit ("usually", "typically") in the clause before piece `i`?
    fn habitual_before(&self, i: usize) -> bool {
        (i.saturating_sub(HABIT_REACH)..i)
            .rev()
            .take_while(|&k| !matches!(self.text(k), "." | ";" | "!" | "?"))
            .any(|k| self.info(k).is_some_and(|w| w.habit))
    }
}

/// Words before a verb in its base form: modals, "to", "do" and negation.
const AUXILIARIES: [&str; 17] = [
    "will", "would", "can", "could", "may", "might", "must", "should", "shall", "'ll", "to", "not",
    "n't", "do", "does", "did", "cannot",
];

/// How many pieces before an expression a word of habit is looked for.
const HABIT_REACH: usize = 12;

/// The order of the calendar units by length (none for a weekend or a half, which are no
/// even part of a longer unit).
fn span_rank(unit: Unit) -> Option<u8> {
    Some(match unit {
        Unit::Second => 0,
        Unit::Minute => 1,
        Unit::Hour => 2,
        Unit::Day => 3,
        Unit::Week => 4,
        Unit::Fortnight => 5,
        Unit::Month => 6,
        Unit::Quarter => 7,
        Unit::Year => 8,
        Unit::Decade => 9,
        Unit::Century => 10,
        Unit::Weekend | Unit::Half => return None,
    })
}

/// The TIMEX3 period of `n` and a half units ("2 1/2 years" -> P2Y6M), for the units whose
/// half is a whole number of the next smaller one.
fn half_more(n: u32, unit: Unit) -> Option<String> {
    Some(match unit {
        Unit::Year => format!("P{n}Y6M"),
        Unit::Day => format!("P{n}DT12H"),
        Unit::Week => format!("P{}DT12H", 7 * n + 3),
        Unit::Hour => format!("PT{n}H30M"),
        Unit::Minute => format!("PT{n}M30S"),
        _ => return None,
    })
}

fn ago(n: Quantity, unit: Unit, sign: i64) -> Sem {
    match n {
        Quantity::Vague => Sem::Ref(if sign < 0 {
            Reference::Past
        } else {
            Reference::Future
        }),
        n => Sem::Ago { n, unit, sign },
    }
}

/// TIMEX3 period for `n` units: `P2M`, `PT3H`, `PXY`.
pub(crate) fn period(n: Quantity, unit: Unit) -> String {
    let (mult, code, time) = match unit {
        Unit::Second => (1, "S", true),
        Unit::Minute => (1, "M", true),
        Unit::Hour => (1, "H", true),
        Unit::Day => (1, "D", false),
        Unit::Week => (1, "W", false),
        Unit::Fortnight => (2, "W", false),
        Unit::Month => (1, "M", false),
        Unit::Quarter => (1, "Q", false),
        Unit::Year => (1, "Y", false),
        // TimeBank writes decades and centuries in years ("two decades" -> P20Y)
        Unit::Decade => (10, "Y", false),
        Unit::Century => (100, "Y", false),
        Unit::Weekend => (2, "D", false),
        Unit::Half => (6, "M", false),
    };
    let t = if time { "T" } else { "" };
    match n {
        Quantity::Exact(n) => format!("P{t}{}{code}", n.saturating_mul(mult)),
        // "for centuries" counts in centuries, not in some years: TimeBank's century unit
        Quantity::Vague if unit == Unit::Century => "PXC".to_string(),
        Quantity::Vague => format!("P{t}X{code}"),
    }
}

/// "21st", "2nd", "3rd", "4th" -> the number.
fn ordinal_digits(text: &str) -> Option<u8> {
    let digits = text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &text[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u8 = digits.parse().ok()?;
    let want = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    suffix.eq_ignore_ascii_case(want).then_some(n)
}

/// `2022-01-21`, `2022-01`, `21-01-2022`.
fn parse_numeric_date(text: &str) -> Option<Sem> {
    let sep = text.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<u32> = text
        .split(sep)
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match (parts.as_slice(), text.find(sep)) {
        ([y, m], Some(4)) => (1..=12).contains(m).then_some(Sem::Month {
            month: *m as u8,
            year: Some(*y as i32),
            rel: Rel::Tense,
        }),
        ([y, m, d], Some(4)) => Date::new(*y as i32, *m, *d).map(Sem::Date),
        ([a, b, y], _) => slash_date_u(*a, *b, *y).map(Sem::Date),
        _ => None,
    }
}

/// Day and month from `a/b/year`: day first when `a` > 12, month first when `b` > 12, and
/// month first (the American order) when both could be months.
fn slash_date(a: u32, b: u32, year: &Piece) -> Option<Date> {
    slash_date_n(a, b, year.num?, year.digits)
}

fn slash_date_n(a: u32, b: u32, y: u32, digits: u8) -> Option<Date> {
    let year = match digits {
        4 => y as i32,
        2 if y < 50 => 2000 + y as i32,
        2 => 1900 + y as i32,
        _ => return None,
    };
    let (day, month) = if a > 12 { (a, b) } else { (b, a) };
    Date::new(year, month, day)
}

/// `slash_date` on a plain year number (two digits below 100).
fn slash_date_u(a: u32, b: u32, y: u32) -> Option<Date> {
    slash_date_n(a, b, y, if y >= 100 { 4 } else { 2 })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word `with_the` compares at the word after the article (`self.is(j, ..)`,
    /// `self.lower(j)` matched against literals), read from this file's source.
    fn words_with_the_compares() -> Vec<String> {
        let src = include_str!("grammar.rs");
        let start = src
            .find("    fn with_the(")
            .expect("with_the is in grammar.rs");
        let body = &src[start..];
        let body = &body[..body[1..].find("\n    fn ").map_or(body.len(), |e| e + 1)];
        let literals = |text: &str| -> Vec<String> {
            text.split('"')
                .skip(1)
                .step_by(2)
                .filter(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
                .map(str::to_string)
                .collect()
        };
        let mut words = Vec::new();
        for (at, _) in body.match_indices("self.is(j, \"") {
            let rest = &body[at + "self.is(j, ".len()..];
            words.extend(literals(&rest[..rest.find(')').unwrap_or(rest.len())]));
        }
        for (at, _) in body.match_indices("self.lower(j).as_str()") {
            let before = &body[..at];
            let rest = &body[at + "self.lower(j).as_str()".len()..];
            // `match ... { arms _ => }` or `matches!(..., "a" | "b")`
            let end = if before.ends_with("match ") {
                rest.find("_ =>")
            } else {
                rest.find(')')
            };
            words.extend(literals(&rest[..end.unwrap_or(rest.len())]));
        }
        words
    }

    #[test]
    fn every_word_with_the_reads_by_text_passes_its_early_exit() {
        let words = words_with_the_compares();
        for expected in ["next", "full", "first", "following"] {
            assert!(words.iter().any(|w| w == expected), "{expected}: {words:?}");
        }
        let lex = Lexicon::builtin();
        let stopped: Vec<&String> = words
            .iter()
            .filter(|w| !article_head(lex.get(w), w, w))
            .collect();
        assert!(stopped.is_empty(), "stopped before their rule: {stopped:?}");
    }

    #[test]
    fn ordinal_suffixes_must_agree() {
        assert_eq!(ordinal_digits("21st"), Some(21));
        assert_eq!(ordinal_digits("3rd"), Some(3));
        assert_eq!(ordinal_digits("11th"), Some(11));
        assert_eq!(ordinal_digits("21th"), None);
        assert_eq!(ordinal_digits("st"), None);
    }

    #[test]
    fn ambiguous_slash_dates_read_month_first() {
        assert_eq!(slash_date_u(21, 1, 2022), Date::new(2022, 1, 21));
        assert_eq!(slash_date_u(1, 21, 2022), Date::new(2022, 1, 21));
        assert_eq!(slash_date_u(2, 3, 2022), Date::new(2022, 2, 3));
        assert_eq!(slash_date_u(2, 3, 98), Date::new(1998, 2, 3));
    }
}
