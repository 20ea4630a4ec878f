//! Datelines and timestamps that give an article's publication moment.
//!
//! Forms read (each may stand alone on a line, or open the first paragraph followed by a
//! dash and the story):
//! `13:55 GMT, 21 January 2022`, `KYIV, 11 September 2023`, `CHISINAU, Tuesday 12 March 2024`,
//! `BEIJING, March 10, 2023`, `VIENNA, 14 April 2023 (Friday)`,
//! `Published 09:40 GMT, Tuesday 15 November 2022`, `2022-01-21T13:55:00Z`.
//!
//! Undated wire datelines give the place (and the outlet) without a date: `WASHINGTON (AP)
//! -- ...`, `NAIROBI, Kenya (AP) _ ...`, `UNITED NATIONS (Reuters) - ...`, `BEIJING — ...`,
//! `MOSCOW (Sputnik): ...`, and `MOSCOW, Jan. 5 (Xinhua) -- ...`, whose day without a year
//! gives no date (the publication date comes from elsewhere).

use attache_core::date::{month_from_name, weekday_from_name};
use attache_core::{Date, Published};

/// What a dateline gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The moment the dateline gives; `None` for an undated wire dateline.
    pub published: Option<Published>,
    /// The place written before the date (`KYIV`), as written; an undated dateline's keeps
    /// its region (`NAIROBI, Kenya`).
    pub place: Option<String>,
    /// Outlet credited in parentheses (`MOSCOW (Sputnik) -`).
    pub outlet: Option<String>,
    /// Bytes of the line the dateline takes, including a trailing dash and spaces; the
    /// story (if any) starts here.
    pub consumed: usize,
}

/// Reads a dateline at the start of `line`. Returns `None` unless the line is a dateline
/// or a dateline followed by a dash and text.
pub fn parse_dateline(line: &str) -> Option<Dateline> {
    // every form opens with a digit, a lead word ("Published"), a weekday, a month or a
    // place in capitals: a paragraph opening with another word in ordinary case ("The",
    // "Officials") is none, told at once
    let trimmed = line.trim_start();
    let mut chars = trimmed.chars();
    let first = chars.next()?;
    if !first.is_alphanumeric() {
        return None;
    }
    if first.is_alphabetic() && chars.next().is_some_and(char::is_lowercase) {
        let word_end = trimmed
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(trimmed.len());
        let word = &trimmed[..word_end];
        let lead = trimmed.get(..4).unwrap_or("");
        if !(LEAD_WORDS.iter().any(|w| w[..4].eq_ignore_ascii_case(lead))
            || weekday_from_name(word).is_some()
            || month_from_name(word).is_some())
        {
            return parse_titled(line);
        }
    }
    parse_dated(line).or_else(|| parse_undated(line))
}

/// An undated wire dateline whose place is written in title case ("Beirut (Reuters) -",
/// "New York (AFP) –", "Mexico City, Mexico (AP) --"): one to three capitalised words, an
/// optional `, Region`, then a credit in parentheses and a dash are all required, since a
/// title-case opening is otherwise ordinary prose. The credit is one or two capitalised
/// words (a wire's name, not a parenthetical aside), the story opens in a capital and
/// is no heading.
fn parse_titled(line: &str) -> Option<Dateline> {
    const MAX_PLACE: usize = 40;
    let mut c = Cursor { s: line, at: 0 };
    c.skip_space();
    let start = c.at;
    let mut place_to = c.title_words(3)?;
    if place_to - start > MAX_PLACE
        || line[start..place_to]
            .split_whitespace()
            .any(|w| RUBRIC_WORDS.iter().any(|r| r.eq_ignore_ascii_case(w)))
    {
        // a column or rubric name, no place ("Breaking News (Reuters) -")
        return None;
    }
    c.skip_space();
    if c.eat_char(',') {
        c.skip_space();
        let (end, bare) = c.region()?;
        if bare || end - start > 2 * MAX_PLACE {
            return None;
        }
        place_to = end;
        c.skip_space();
    }
    let outlet = c.credit()?;
    let words: Vec<&str> = outlet.split(' ').collect();
    if words.len() > 2 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    c.skip_space();
    let rest = &line[c.at..];
    let dash = DATELINE_DASHES
        .iter()
        .filter(|d| **d != ":")
        .find(|d| rest.starts_with(**d))?;
    let after = &rest[dash.len()..];
    if !after.starts_with(char::is_whitespace) {
        return None;
    }
    let story = after.trim_start();
    let opens = story.chars().next().is_some_and(|ch| {
        ch.is_uppercase() || ch.is_ascii_digit() || "\"'`\u{201c}\u{2018}".contains(ch)
    });
    let first_line = story.split('\n').next().unwrap_or(story);
    if !opens || crate::text::looks_like_heading(first_line) {
        return None;
    }
    Some(Dateline {
        published: None,
        place: Some(line[start..place_to].to_string()),
        outlet: Some(outlet),
        consumed: line.len() - story.len(),
    })
}

/// Words of a wire's column and rubric names ("Breaking News", "Analysis", "Taking Stock",
/// "Market Wrap"), none a word of a place's name: a title-case opening made of one is no
/// dateline (session 29, dateline29).
const RUBRIC_WORDS: &[&str] = &[
    "Analysis",
    "Breaking",
    "Brief",
    "Briefing",
    "Column",
    "Commentary",
    "Corrected",
    "Correction",
    "Digest",
    "Editorial",
    "Exclusive",
    "Explainer",
    "Factbox",
    "Feature",
    "Focus",
    "Highlights",
    "Insight",
    "Interview",
    "Markets",
    "News",
    "Opinion",
    "Preview",
    "Recap",
    "Refile",
    "Report",
    "Review",
    "Roundup",
    "Snapshot",
    "Stock",
    "Stocks",
    "Taking",
    "Timeline",
    "Update",
    "Urgent",
    "Wrap",
    "Wrapup",
];

/// Words that may open a dated dateline line ("Published 09:40 GMT, ..."), longest first.
const LEAD_WORDS: &[&str] = &[
    "Last updated",
    "Published on",
    "Published",
    "Updated",
    "Posted",
    "Date",
];

/// A dateline that carries a date.
fn parse_dated(line: &str) -> Option<Dateline> {
    let mut c = Cursor { s: line, at: 0 };
    c.skip_space();
    for lead in LEAD_WORDS {
        if c.eat_word_ci(lead) {
            c.eat_char(':');
            c.skip_space();
            break;
        }
    }
    // A machine timestamp (`Updated: 2022-01-21T23:30:00-05:00`).
    let token_end = c.s[c.at..]
        .find(char::is_whitespace)
        .map_or(c.s.len(), |e| c.at + e);
    let token = &c.s[c.at..token_end];
    if token.len() >= 10 && token.as_bytes()[0].is_ascii_digit() {
        if let Some(published) = parse_iso(token) {
            let rest = c.s[token_end..].trim();
            if rest.is_empty() {
                return Some(Dateline {
                    published: Some(published),
                    place: None,
                    outlet: None,
                    consumed: line.len(),
                });
            }
        }
    }
    let place = c.place();
    let mut outlet = None;
    if place.is_some() {
        // `MOSCOW (Sputnik) -` or `KYIV, ...`
        c.skip_space();
        outlet = c.credit();
        c.skip_space();
        c.eat_char(',');
        c.skip_space();
    }
    let mut time = c.time();
    if time.is_some() {
        c.eat_char(',');
        c.skip_space();
        c.eat_word_ci("on");
        c.skip_space();
    }
    // Optional weekday before the date.
    let save = c.at;
    if let Some(w) = c.word() {
        if weekday_from_name(w).is_some() {
            c.eat_char(',');
            c.skip_space();
        } else {
            c.at = save;
        }
    }
    let date = c.date()?;
    c.skip_space();
    // Optional trailing weekday in parentheses, or a time after the date.
    let save = c.at;
    if c.eat_char('(') {
        let ok = c.word().is_some_and(|w| weekday_from_name(w).is_some()) && c.eat_char(')');
        if !ok {
            c.at = save;
        }
        c.skip_space();
    }
    if time.is_none() {
        let save = c.at;
        c.eat_char(',');
        c.skip_space();
        c.eat_word_ci("at");
        c.skip_space();
        time = c.time();
        if time.is_none() {
            c.at = save;
        }
    }
    // `(Sputnik)` may also follow the date.
    c.skip_space();
    if outlet.is_none() {
        outlet = c.credit();
    }
    c.skip_space();
    // What follows must be nothing, a dash and the story, or closing punctuation.
    let rest = &c.s[c.at..];
    let consumed = if rest
        .trim_matches(|ch: char| ch.is_whitespace() || ch == '.')
        .is_empty()
    {
        line.len()
    } else {
        let dash = ["\u{2014}", "\u{2013}", "--", "-", "|", ":"]
            .iter()
            .find(|d| rest.starts_with(**d))?;
        let after = &rest[dash.len()..];
        c.at + dash.len() + (after.len() - after.trim_start().len())
    };
    let (date, time) = match time {
        Some((h, m, s, offset_min)) => to_utc(date, h, m, s, offset_min),
        None => (date, None),
    };
    Some(Dateline {
        published: Some(Published { date, time }),
        place,
        outlet,
        consumed,
    })
}

/// Dashes that end a dateline, longest first (a hyphen only before a space or the end).
const DATELINE_DASHES: &[&str] = &["\u{2014}", "\u{2013}", "\u{2015}", "--", "_", "-", ":"];

/// Heading and label words in capitals that never name a dateline's place.
static HEADING_LABELS: &str = include_str!("../data/heading_labels.txt");

fn is_heading_label(place: &str) -> bool {
    let first = place.split(' ').next().unwrap_or(place);
    HEADING_LABELS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .any(|label| label == place || label == first)
}

/// An undated wire dateline opening `line`: a place in capitals (one to four words), an
/// optional `, Region` in any case, an optional day without a year (`, Jan. 5`), an
/// optional credit in parentheses, then a dash (`--`, `_`, `—`, `–`, ` - `) or a colon and
/// the story. An ordinary opening is refused: a capitalised word not followed by that dash
/// ("NATO said ...", "US troops ..."), a place of three letters or fewer without a credit
/// ("US — China talks", an acronym), a region that is a bare acronym without a credit, a
/// list ("US, UK AND FRANCE"), a heading label ("BREAKING:", `data/heading_labels.txt`),
/// a story in capitals or in title case (a heading), or one opening in lower case (a
/// parenthesis: "NATO — which ..."). A colon needs a region, day or credit besides: a label
/// in capitals before a colon is as often a transcript's speaker ("JENNINGS: Good
/// evening"), which only a gazetteer tells from a place. Alone on its line, the dateline
/// needs a credit, region or day, or the wire's `_` or `--`.
fn parse_undated(line: &str) -> Option<Dateline> {
    const MAX_PLACE: usize = 40;
    let mut c = Cursor { s: line, at: 0 };
    c.skip_space();
    let start = c.at;
    let (place_end, letters) = c.caps_words(4)?;
    let name = &line[start..place_end];
    if name.len() > MAX_PLACE || is_heading_label(name) {
        return None;
    }
    let mut place_to = place_end;
    let mut region = false;
    let mut bare_region = false;
    let mut day = false;
    c.skip_space();
    if c.eat_char(',') {
        c.skip_space();
        if c.month_day() {
            day = true;
        } else {
            let from = c.at;
            let (end, bare) = c.region()?;
            region = true;
            bare_region = bare;
            place_to = end;
            if end - from > MAX_PLACE {
                return None;
            }
            c.skip_space();
            if c.eat_char(',') {
                c.skip_space();
                if !c.month_day() {
                    return None;
                }
                day = true;
            }
        }
        c.skip_space();
    }
    let outlet = c.credit();
    c.skip_space();
    let credited = outlet.is_some();
    if (letters <= 3 || bare_region) && !credited {
        return None;
    }
    let rest = &line[c.at..];
    let dash = DATELINE_DASHES.iter().find(|d| rest.starts_with(**d))?;
    let after = &rest[dash.len()..];
    let story = after.trim_start();
    if *dash == "-" && !(story.is_empty() || after.starts_with(char::is_whitespace)) {
        return None;
    }
    if *dash == ":" && !(region || day || credited) {
        return None;
    }
    if story.is_empty() {
        if !(region || day || credited || *dash == "_" || *dash == "--") {
            return None;
        }
    } else {
        let opens = story.chars().next().is_some_and(|ch| {
            ch.is_uppercase() || ch.is_ascii_digit() || "\"'`\u{201c}\u{2018}".contains(ch)
        });
        let first_line = story.split('\n').next().unwrap_or(story);
        let cased = first_line.chars().take(80).any(char::is_lowercase);
        if !opens || !cased || crate::text::looks_like_heading(first_line) {
            return None;
        }
    }
    Some(Dateline {
        published: None,
        place: Some(line[start..place_to].to_string()),
        outlet,
        consumed: line.len() - story.len(),
    })
}

/// Parses a machine timestamp: `2022-01-21`, `2022-01-21T13:55:00Z`,
/// `2022-01-21T16:55:00+03:00`, `2022-01-21 13:55:00`, or any dateline form.
pub fn parse_timestamp(s: &str) -> Option<Published> {
    let s = s.trim();
    if let Some(p) = parse_iso(s) {
        return Some(p);
    }
    let d = parse_dateline(s)?;
    if d.consumed == s.len() {
        d.published
    } else {
        None
    }
}

/// ISO 8601 date or date-time, with an optional offset, as UTC.
fn parse_iso(s: &str) -> Option<Published> {
    let b = s.as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        let y: i32 = s.get(0..4)?.parse().ok()?;
        let mo: u32 = s.get(5..7)?.parse().ok()?;
        let d: u32 = s.get(8..10)?.parse().ok()?;
        let date = Date::new(y, mo, d)?;
        let rest = &s[10..];
        if rest.is_empty() {
            return Some(Published::day(date));
        }
        let rest = rest.strip_prefix(['T', ' '])?;
        let mut c = Cursor { s: rest, at: 0 };
        let (h, m) = (c.digits(1, 2)?, {
            if !c.eat_char(':') {
                return None;
            }
            c.digits(2, 2)?
        });
        let sec = if c.eat_char(':') { c.digits(2, 2)? } else { 0 };
        if c.eat_char('.') {
            while c.peek().is_some_and(|ch| ch.is_ascii_digit()) {
                c.bump();
            }
        }
        let tail = &c.s[c.at..];
        let offset = match tail {
            "" | "Z" | "z" => 0,
            t => {
                let sign = match t.as_bytes()[0] {
                    b'+' => 1,
                    b'-' => -1,
                    _ => return None,
                };
                let t = t[1..].replace(':', "");
                let hh: i32 = t.get(0..2)?.parse().ok()?;
                let mm: i32 = t.get(2..4).unwrap_or("0").parse().ok()?;
                sign * (hh * 60 + mm)
            }
        };
        if h > 23 || m > 59 || sec > 60 {
            return None;
        }
        let (date, time) = to_utc(date, h as u8, m as u8, sec.min(59) as u8, offset);
        return Some(Published { date, time });
    }
    None
}

/// Shifts a local time with a UTC offset (minutes) to UTC.
fn to_utc(date: Date, h: u8, m: u8, s: u8, offset_min: i32) -> (Date, Option<(u8, u8, u8)>) {
    let minutes = h as i64 * 60 + m as i64 - offset_min as i64;
    let day_shift = minutes.div_euclid(24 * 60);
    let minutes = minutes.rem_euclid(24 * 60);
    (
        date.add_days(day_shift),
        Some(((minutes / 60) as u8, (minutes % 60) as u8, s)),
    )
}

/// Offsets of time-zone abbreviations, in minutes east of UTC.
fn zone_offset(name: &str) -> Option<i32> {
    Some(match name {
        "GMT" | "UTC" | "Z" | "WET" => 0,
        "BST" | "CET" | "WEST" => 60,
        "CEST" | "EET" | "SAST" => 120,
        "EEST" | "MSK" | "AST" | "TRT" => 180,
        "GST" => 240,
        "PKT" => 300,
        "IST" => 330,
        "ICT" | "WIB" => 420,
        "HKT" | "SGT" | "AWST" | "PHT" => 480,
        "JST" | "KST" => 540,
        "AEST" => 600,
        "AEDT" => 660,
        "NZST" => 720,
        "EST" => -300,
        "EDT" => -240,
        "CDT" => -300,
        "CST" => -360,
        "MST" => -420,
        "MDT" => -360,
        "PST" => -480,
        "PDT" => -420,
        _ => return None,
    })
}

struct Cursor<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<char> {
        self.s[self.at..].chars().next()
    }

    fn bump(&mut self) {
        if let Some(ch) = self.peek() {
            self.at += ch.len_utf8();
        }
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(|c| c.is_whitespace() && c != '\n') {
            self.bump();
        }
    }

    /// Whether one space and a word opening in a capital follow: the cursor steps over the
    /// space when they do (a run of capitalised words goes on), stays otherwise.
    fn space_before_capital(&mut self) -> bool {
        let next = self.s[self.at..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_uppercase));
        if next {
            self.bump();
        }
        next
    }

    fn eat_char(&mut self, ch: char) -> bool {
        if self.peek() == Some(ch) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// Eats `w` (ASCII, any case) when it is followed by a non-letter.
    fn eat_word_ci(&mut self, w: &str) -> bool {
        let rest = &self.s[self.at..];
        if rest.len() >= w.len()
            && rest.is_char_boundary(w.len())
            && rest[..w.len()].eq_ignore_ascii_case(w)
            && !rest[w.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
        {
            self.at += w.len();
            true
        } else {
            false
        }
    }

    /// An outlet credited in parentheses (`(Sputnik)`); the cursor stays put otherwise.
    fn credit(&mut self) -> Option<String> {
        let save = self.at;
        if !self.eat_char('(') {
            return None;
        }
        let start = self.at;
        while self.peek().is_some_and(|ch| ch != ')' && ch != '\n') {
            self.bump();
        }
        let name = self.s[start..self.at].trim().to_string();
        if self.eat_char(')') && !name.is_empty() && name.len() < 40 {
            Some(name)
        } else {
            self.at = save;
            None
        }
    }

    /// A run of letters (and a trailing period), then spaces.
    fn word(&mut self) -> Option<&'a str> {
        let start = self.at;
        while self.peek().is_some_and(char::is_alphabetic) {
            self.bump();
        }
        if self.at == start {
            return None;
        }
        let w = &self.s[start..self.at];
        self.eat_char('.');
        self.skip_space();
        Some(w)
    }

    fn digits(&mut self, min: usize, max: usize) -> Option<u32> {
        let start = self.at;
        while self.at - start < max && self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.bump();
        }
        if self.at - start < min || self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.at = start;
            return None;
        }
        self.s[start..self.at].parse().ok()
    }

    /// An upper-case place name followed by a comma or a parenthesised credit:
    /// `KYIV,`, `NEW YORK,`, `Port-au-Prince,`? (only all-caps words are taken).
    fn place(&mut self) -> Option<String> {
        let start = self.at;
        let mut end = start;
        let mut letters = 0;
        while let Some(ch) = self.peek() {
            if ch.is_uppercase() {
                letters += 1;
            } else if ch.is_lowercase() || ch.is_ascii_digit() {
                self.at = start;
                return None;
            } else if !(ch == ' ' || ch == '-' || ch == '\'' || ch == '.' || ch == '\u{2019}') {
                break;
            }
            self.bump();
            if ch != ' ' {
                end = self.at;
            }
        }
        let next = self.s[end..].trim_start().chars().next();
        if letters >= 2 && matches!(next, Some(',') | Some('(')) {
            self.at = end;
            Some(self.s[start..end].to_string())
        } else {
            self.at = start;
            None
        }
    }

    /// One to `max` words in capitals opening the cursor ("NEW YORK", "O'SMACH", "DAR ES
    /// SALAAM"), one space apart: the end of the last and the number of letters. A word
    /// with a lower-case letter or a digit ends the run; the cursor stays after the run.
    fn caps_words(&mut self, max: usize) -> Option<(usize, usize)> {
        let mut end = self.at;
        let mut letters = 0;
        let mut words = 0;
        loop {
            let from = self.at;
            let mut lower = false;
            let mut n = 0;
            while let Some(ch) = self.peek() {
                if ch.is_alphabetic() {
                    lower |= !ch.is_uppercase();
                    n += 1;
                } else if !matches!(ch, '.' | '\'' | '\u{2019}' | '-') {
                    break;
                }
                self.bump();
            }
            let word = self.s[from..self.at].trim_end_matches('-');
            let digit_next = self.peek().is_some_and(|ch| ch.is_ascii_digit());
            if lower || n == 0 || digit_next || !word.starts_with(char::is_uppercase) {
                break;
            }
            words += 1;
            letters += n;
            end = from + word.len();
            self.at = end;
            if words == max || !self.space_before_capital() {
                break;
            }
        }
        self.at = end;
        (words > 0).then_some((end, letters))
    }

    /// One to `max` title-case words opening the cursor ("Beirut", "New York",
    /// "Port-au-Prince"), one space apart: a capital, then lower-case letters (hyphenated
    /// parts may open in either case). The end of the last word; the cursor stays after it.
    fn title_words(&mut self, max: usize) -> Option<usize> {
        let mut end = None;
        let mut words = 0;
        loop {
            let from = self.at;
            while self
                .peek()
                .is_some_and(|ch| ch.is_alphabetic() || ch == '-' || ch == '\'')
            {
                self.bump();
            }
            let word = &self.s[from..self.at];
            let mut parts = word.split('-');
            let head = parts.next().unwrap_or("");
            let mut head_chars = head.chars();
            let titled = head_chars.next().is_some_and(char::is_uppercase)
                && head.chars().count() >= 2
                && head_chars.all(|ch| ch.is_lowercase() || ch == '\'')
                && parts.all(|p| !p.is_empty() && p.chars().skip(1).all(char::is_lowercase));
            if !titled {
                self.at = from;
                break;
            }
            words += 1;
            end = Some(self.at);
            if words == max || !self.space_before_capital() {
                break;
            }
        }
        if let Some(e) = end {
            self.at = e;
        }
        end
    }

    /// A dateline's region after the place's comma ("Kenya", "Puerto Rico", "N.Y.",
    /// "MO."): one to three words opening in a capital, no "AND". Its end, and whether it
    /// is a bare acronym (three capitals or fewer, no period: "EU", "DC").
    fn region(&mut self) -> Option<(usize, bool)> {
        let start = self.at;
        let mut end = start;
        let mut words = 0;
        loop {
            let from = self.at;
            while self
                .peek()
                .is_some_and(|ch| ch.is_alphabetic() || matches!(ch, '.' | '\'' | '\u{2019}' | '-'))
            {
                self.bump();
            }
            let word = self.s[from..self.at].trim_end_matches('-');
            if !word.starts_with(char::is_uppercase)
                || word.eq_ignore_ascii_case("and")
                || self.peek().is_some_and(|ch| ch.is_ascii_digit())
            {
                break;
            }
            words += 1;
            end = from + word.len();
            self.at = end;
            if words == 3 || !self.space_before_capital() {
                break;
            }
        }
        self.at = end;
        if words == 0
            || self.s[self.at..]
                .trim_start()
                .starts_with(|c: char| c.is_uppercase())
        {
            self.at = start;
            return None;
        }
        let region = &self.s[start..end];
        let bare = region.len() <= 3 && region.chars().all(|c| c.is_ascii_uppercase());
        Some((end, bare))
    }

    /// A day without a year (`Jan. 5`, `March 12`), eaten when there; the cursor stays
    /// put otherwise.
    fn month_day(&mut self) -> bool {
        let save = self.at;
        let month = self.word().and_then(month_from_name);
        if month.is_some() && self.digits(1, 2).is_some() {
            self.eat_ordinal();
            return true;
        }
        self.at = save;
        false
    }

    /// `13:55 GMT`, `9:40 am EST`, `13:55` -> (h, m, s, offset minutes).
    fn time(&mut self) -> Option<(u8, u8, u8, i32)> {
        let start = self.at;
        let h = self.digits(1, 2)?;
        if !self.eat_char(':') {
            self.at = start;
            return None;
        }
        let Some(m) = self.digits(2, 2) else {
            self.at = start;
            return None;
        };
        let s = if self.eat_char(':') {
            self.digits(2, 2).unwrap_or(0)
        } else {
            0
        };
        let mut h = h;
        self.skip_space();
        let save = self.at;
        match self.word().map(|w| w.to_ascii_lowercase()) {
            Some(w) if w == "am" || w == "a" => {
                self.eat_word_ci("m.");
                self.skip_space();
                if h == 12 {
                    h = 0;
                }
            }
            Some(w) if w == "pm" || w == "p" => {
                self.eat_word_ci("m.");
                self.skip_space();
                if h < 12 {
                    h += 12;
                }
            }
            _ => self.at = save,
        }
        let save = self.at;
        let offset = match self.word() {
            Some(z) => match zone_offset(z) {
                Some(o) => o + self.zone_suffix(),
                None => {
                    self.at = save;
                    0
                }
            },
            None => 0,
        };
        if h > 23 || m > 59 {
            self.at = start;
            return None;
        }
        self.skip_space();
        Some((h as u8, m as u8, s.min(59) as u8, offset))
    }

    /// `+3` / `+03:00` after `GMT`.
    fn zone_suffix(&mut self) -> i32 {
        let save = self.at;
        let sign = match self.peek() {
            Some('+') => 1,
            Some('-') => -1,
            _ => return 0,
        };
        self.bump();
        let Some(h) = self.digits(1, 2) else {
            self.at = save;
            return 0;
        };
        let m = if self.eat_char(':') {
            self.digits(2, 2).unwrap_or(0)
        } else {
            0
        };
        self.skip_space();
        sign * (h as i32 * 60 + m as i32)
    }

    /// `21 January 2022`, `21 Jan. 2022`, `January 21, 2022`, `March 10 2023`,
    /// `2022-01-21`.
    fn date(&mut self) -> Option<Date> {
        let start = self.at;
        if let Some(d) = self.iso_date() {
            return Some(d);
        }
        // Day first.
        if let Some(day) = self.digits(1, 2) {
            self.eat_ordinal();
            self.skip_space();
            self.eat_word_ci("of");
            self.skip_space();
            let month = self.word().and_then(month_from_name);
            self.eat_char(',');
            self.skip_space();
            let year = self.digits(4, 4);
            if let (Some(mo), Some(y)) = (month, year) {
                if let Some(d) = Date::new(y as i32, mo as u32, day) {
                    return Some(d);
                }
            }
            self.at = start;
            return None;
        }
        // Month first.
        let month = self.word().and_then(month_from_name);
        if let Some(mo) = month {
            if let Some(day) = self.digits(1, 2) {
                self.eat_ordinal();
                self.eat_char(',');
                self.skip_space();
                if let Some(y) = self.digits(4, 4) {
                    if let Some(d) = Date::new(y as i32, mo as u32, day) {
                        return Some(d);
                    }
                }
            }
        }
        self.at = start;
        None
    }

    fn eat_ordinal(&mut self) {
        for suf in ["st", "nd", "rd", "th"] {
            if self.eat_word_ci(suf) {
                return;
            }
        }
    }

    fn iso_date(&mut self) -> Option<Date> {
        let start = self.at;
        let y = self.digits(4, 4)?;
        let ok = self.eat_char('-');
        let mo = if ok { self.digits(2, 2) } else { None };
        let ok2 = mo.is_some() && self.eat_char('-');
        let d = if ok2 { self.digits(2, 2) } else { None };
        match (mo, d) {
            (Some(mo), Some(d)) => {
                let date = Date::new(y as i32, mo, d);
                if date.is_none() {
                    self.at = start;
                }
                // An ISO time may follow: `T13:55:00Z`.
                if self.peek() == Some('T') {
                    self.bump();
                }
                self.skip_space();
                date
            }
            _ => {
                self.at = start;
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn published(line: &str) -> String {
        parse_dateline(line)
            .and_then(|d| d.published)
            .map(|p| p.iso())
            .unwrap_or_else(|| "none".into())
    }

    #[test]
    fn every_dateline_form_in_the_brief_gives_its_date() {
        assert_eq!(
            published("13:55 GMT, 21 January 2022"),
            "2022-01-21T13:55:00Z"
        );
        assert_eq!(published("KYIV, 11 September 2023"), "2023-09-11");
        assert_eq!(published("CHISINAU, Tuesday 12 March 2024"), "2024-03-12");
        assert_eq!(published("BEIJING, March 10, 2023"), "2023-03-10");
        assert_eq!(published("Tuesday, 12 March 2024"), "2024-03-12");
        assert_eq!(published("March 10, 2023"), "2023-03-10");
        assert_eq!(published("posted 12 March 2024"), "2024-03-12");
        assert_eq!(published("VIENNA, 14 April 2023 (Friday)"), "2023-04-14");
        assert_eq!(
            published("Published 09:40 GMT, Tuesday 15 November 2022"),
            "2022-11-15T09:40:00Z"
        );
    }

    #[test]
    fn local_times_with_a_zone_are_converted_to_utc_across_midnight() {
        assert_eq!(
            published("23:30 EST, 31 December 2021"),
            "2022-01-01T04:30:00Z"
        );
        assert_eq!(published("02:10 MSK, 1 March 2022"), "2022-02-28T23:10:00Z");
        assert_eq!(
            published("10:00 GMT+3, 1 March 2022"),
            "2022-03-01T07:00:00Z"
        );
    }

    #[test]
    fn dateline_opening_a_paragraph_hands_back_the_story() {
        let line = "KYIV, 11 September 2023 \u{2014} Ukraine said on Monday ...";
        let d = parse_dateline(line).unwrap();
        assert_eq!(&line[d.consumed..], "Ukraine said on Monday ...");
        assert_eq!(d.place.as_deref(), Some("KYIV"));
        let d = parse_dateline("MOSCOW, March 3, 2022 (Reuters) - Russia said").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("Reuters"));
    }

    #[test]
    fn iso_timestamp_lines_keep_their_offset_and_leave_no_text_behind() {
        assert_eq!(
            published("Updated: 2022-01-21T23:30:00-05:00"),
            "2022-01-22T04:30:00Z"
        );
        assert_eq!(
            published("2022-01-21T10:00:00+05:30"),
            "2022-01-21T04:30:00Z"
        );
        assert_eq!(
            published("9:40 a.m. EST, 21 January 2022"),
            "2022-01-21T14:40:00Z"
        );
    }

    #[test]
    fn prose_is_not_a_dateline() {
        assert_eq!(
            published("Russia said on 21 January 2022 that it would respond."),
            "none"
        );
        assert_eq!(
            published("A new round of negotiations will take place."),
            "none"
        );
        assert_eq!(
            published("NATO, the alliance, met on 3 May 2022 in Brussels"),
            "none"
        );
    }

    #[test]
    fn machine_timestamps_parse_with_offsets() {
        let iso = |s| parse_timestamp(s).map(|p| p.iso());
        assert_eq!(
            iso("2022-01-21T16:55:00+03:00").as_deref(),
            Some("2022-01-21T13:55:00Z")
        );
        assert_eq!(iso("2022-01-21").as_deref(), Some("2022-01-21"));
        assert_eq!(
            iso("2022-01-21 13:55:00").as_deref(),
            Some("2022-01-21T13:55:00Z")
        );
        assert_eq!(
            iso("2022-01-21T13:55:00.000Z").as_deref(),
            Some("2022-01-21T13:55:00Z")
        );
        assert_eq!(iso("21 January 2022").as_deref(), Some("2022-01-21"));
        assert_eq!(iso("2022-13-45"), None);
    }
}
