//! The word lists the time grammar reads, embedded from `data/*.tsv` and linted on load.
//!
//! Each file holds one entry per line, `word<TAB>value[<TAB>flag]`; `#` starts a comment.
//! [`Lexicon::parse`] reports every problem with its file and line; the built-in lexicon is
//! parsed once on first use ([`Lexicon::builtin`]) and a unit test keeps it clean.

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use attache_core::hash::WordMap;

/// The embedded data files, by name.
pub const FILES: [(&str, &str); 17] = [
    ("months.tsv", include_str!("../data/months.tsv")),
    ("weekdays.tsv", include_str!("../data/weekdays.tsv")),
    ("numerals.tsv", include_str!("../data/numerals.tsv")),
    ("ordinals.tsv", include_str!("../data/ordinals.tsv")),
    ("units.tsv", include_str!("../data/units.tsv")),
    ("seasons.tsv", include_str!("../data/seasons.tsv")),
    ("dayparts.tsv", include_str!("../data/dayparts.tsv")),
    ("modifiers.tsv", include_str!("../data/modifiers.tsv")),
    ("references.tsv", include_str!("../data/references.tsv")),
    ("sets.tsv", include_str!("../data/sets.tsv")),
    ("tense.tsv", include_str!("../data/tense.tsv")),
    ("decades.tsv", include_str!("../data/decades.tsv")),
    ("hedges.tsv", include_str!("../data/hedges.tsv")),
    ("holidays.tsv", include_str!("../data/holidays.tsv")),
    ("rates.tsv", include_str!("../data/rates.tsv")),
    ("of_heads.tsv", include_str!("../data/of_heads.tsv")),
    (
        "generic_heads.tsv",
        include_str!("../data/generic_heads.tsv"),
    ),
];

/// A calendar unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Weekend,
    Half,
}

impl Unit {
    fn from_code(code: &str) -> Option<Unit> {
        Some(match code {
            "S" => Unit::Second,
            "MIN" => Unit::Minute,
            "H" => Unit::Hour,
            "D" => Unit::Day,
            "W" => Unit::Week,
            "2W" => Unit::Fortnight,
            "M" => Unit::Month,
            "Q" => Unit::Quarter,
            "Y" => Unit::Year,
            "DE" => Unit::Decade,
            "CE" => Unit::Century,
            "WE" => Unit::Weekend,
            "HALF" => Unit::Half,
            _ => return None,
        })
    }
}

/// A number word's value: exact, or vague ("several", "few").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    Exact(u32),
    Vague,
}

/// A part of the day: a TIMEX3 code (`MO`, `NI`) or a clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayPart {
    Code([u8; 2]),
    Clock(u8, u8),
}

/// What a modifier word does to the expression it precedes (see `data/modifiers.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modifier {
    Prev,
    Next,
    This,
    Early,
    Mid,
    Late,
    Approx,
    Within,
    Earlier,
    Later,
    Every,
    Recent,
    Fiscal,
    Filler,
}

/// How a holiday falls in a given year (`data/holidays.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holiday {
    /// The same month and day every year (`fixed:12-25`).
    Fixed { month: u8, day: u8 },
    /// The `n`-th weekday `wd` (1 = Monday) of a month; `n` = -1 is the last (`nth:11:4:4`).
    Nth { month: u8, wd: u8, n: i8 },
    /// US general election day: the Tuesday after the first Monday of November.
    Election,
    /// Days from Western Easter Sunday (`easter:-2` is Good Friday).
    Easter(i8),
}

/// The value of a fixed phrase (`data/references.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reference {
    Present,
    Past,
    Future,
    /// `FUTURE_REF` only in a future clause and not before a word that ties it to an event
    /// ("will soon reopen", but not "was soon released", "soon after the vote"); written
    /// `FUTURE_REF?` in the data.
    Prospect,
    /// The day the text named last, after "until", "till" or "by" ("until then"); written
    /// `THEN` in the data. Nothing when no day was named in the same or previous sentence.
    Then,
    /// Days from publication, with an optional part of the day.
    DayOffset(i8, Option<[u8; 2]>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

/// Everything the lexicon knows about one (lower-case) word. A word can play several
/// roles ("may" is a month and a modal, "second" an ordinal and a unit).
/// Flags a `past`/`future` row of `tense.tsv` may carry in its third field.
/// Several flags are joined by commas ("plans\tfuture\tnoun,intent").
const TENSE_FLAGS: [&str; 10] = [
    "noun",
    "ability",
    "phrase",
    "commit",
    "allot",
    "setfor",
    "appeal",
    "intent",
    "pastintent",
    "report",
];

#[derive(Clone, Debug, Default)]
pub struct WordInfo {
    pub month: Option<u8>,
    /// The month name is an abbreviation ("Jan"), valid only before "." or a number.
    pub month_abbr: bool,
    /// ISO weekday, 1 = Monday.
    pub weekday: Option<u8>,
    /// The weekday in the plural ("mondays"): a set.
    pub weekdays: Option<u8>,
    pub number: Option<Quantity>,
    pub ordinal: Option<u8>,
    pub unit: Option<Unit>,
    /// The unit word is plural ("days").
    pub plural: bool,
    pub season: Option<[u8; 2]>,
    pub daypart: Option<DayPart>,
    /// The part of the day in the plural ("nights"), kept apart from `daypart` so that no
    /// rule for one part of one day reads it: after a weekday, a set.
    pub daypart_every: Option<[u8; 2]>,
    pub modifier: Option<Modifier>,
    pub set: Option<String>,
    /// The set word, as an adjective after a determiner or possessive, still names a
    /// recurrence ("a daily rally", "his weekly address"); `recurrent` in `data/sets.tsv`.
    pub recurrent: bool,
    /// A noun naming a measured quantity ("average", "limit"): a frequency word before it
    /// gives the period it is counted over, not a routine; `data/rates.tsv`.
    pub rate: bool,
    /// A word that ends an amount ("percent", "million"): a period after it gives what the
    /// amount is counted over ("$2 million a year", "8 percent annually"); `data/rates.tsv`.
    pub amount: bool,
    /// A plural noun naming events ("meetings", "summits"): counted before a period it says
    /// how often they happen ("four meetings a year"), not an amount; `data/rates.tsv`.
    pub event: bool,
    /// A word that counts occurrences by itself ("once", "twice"): before "a"/"per" and a
    /// unit, a frequency ("twice a month"); `count` in `data/rates.tsv`.
    pub count: bool,
    /// The noun after a number that makes it a count of occurrences ("three times"): before
    /// "a"/"per" and a unit, a frequency ("three times a year"); `counted` in `data/rates.tsv`.
    pub counted: bool,
    /// The word is known only as a cue around an expression (`of_head`, `event`), never a
    /// part of one: the grammar does not try to start an expression at it.
    pub context_only: bool,
    /// A word of habit ("usually", "typically"): a clause holding it tells what happens
    /// every year or every week, not once; `habit` in `data/rates.tsv`.
    pub habit: bool,
    /// Right before "of", the word makes the "of" phrase a time ("as of tomorrow", "ahead of
    /// tomorrow's vote"), not a noun ("the engineers of tomorrow"); `data/of_heads.tsv`.
    pub of_head: bool,
    /// Right after "today's"/"tomorrow's", the noun makes the possessive mean "of our time"
    /// in general ("today's youth", "tomorrow's leaders"), not a day;
    /// `data/generic_heads.tsv`.
    pub generic_head: bool,
    pub tense: Option<Tense>,
    /// After "to", the word shows a preposition rather than an infinitive ("to the").
    pub not_verb: bool,
    /// The tense cue is also a noun: after a determiner it is no cue ("the plan").
    pub also_noun: bool,
    /// A modal that is also the past of ability ("could"): negated ("could not attend on
    /// Thursday") it says what was not possible and gives no cue of its own.
    pub ability: bool,
    /// A modal that is a cue for a time after it only within its own phrase: in "Farmers can
    /// sell their grain, though frost hit the region on Thursday" "can" is no cue for Thursday.
    pub own_phrase: bool,
    /// The word opens a clause ("that", "which", "but").
    pub boundary: bool,
    /// Right before an expression, the direction it gives ("since" past, "by" future).
    pub preposition: Option<Tense>,
    /// Right before an expression, the direction it gives when its clause has no tense cue
    /// ("until Tuesday" in "has until Tuesday").
    pub weak_preposition: Option<Tense>,
    /// A verb of deferral: "until X" / "through X" in its clause looks ahead even when the
    /// verb is past ("postponed until Tuesday", "extended the credit lines through January"),
    /// unless its clause is pluperfect or it has no object.
    pub defer: bool,
    /// A word of commitment: an infinitive after it looks ahead whatever the tense of the
    /// commitment ("agreed to sell the ferry line in February", "an agreement to build it in
    /// January").
    pub commit: bool,
    /// A word of readiness, offer or intention ("ready", "offered", "plans"): like `commit`,
    /// an infinitive right after it looks ahead whatever its tense ("was ready to resume
    /// talks in January", "had offered to hold talks before Christmas").
    pub intent: bool,
    /// A past form of a word of offer or intention ("offered", "planned"; implies `intent`):
    /// an infinitive right after it looks ahead for a deadline or an explicitly future time
    /// ("offered to hold talks before Christmas", "offered to resign next week"); any other
    /// time takes the tense of the past verb ("offered to resign on Monday" is the Monday
    /// past; "planned", listed as a future cue, still looks ahead).
    pub past_intent: bool,
    /// A verb of giving or allowing time: "until/by/before X" in its clause, with an object
    /// between verb and preposition, looks ahead ("gave the negotiators until Friday").
    pub allot: bool,
    /// A word that, with "for"/"of" right before the expression, fixes a date ahead ("a
    /// deadline set for Friday", "a vote scheduled for Monday").
    pub set_for: bool,
    /// A word of appeal: an infinitive after it (within its phrase) is the act asked for and
    /// looks ahead ("urged both sides to sign on Friday"); `appeal_on` only with "on"/"upon"
    /// right after it ("called on supporters to rally on Wednesday").
    pub appeal: bool,
    pub appeal_on: bool,
    /// The third-person present of a scheduled act ("travels", "expires"), with the words
    /// that must follow it (`["effect"]` for "takes effect"): a future cue only for a time in
    /// the verb's own phrase after it ("travels to Oslo on Monday"); `schedule` in
    /// `data/tense.tsv`. Such words also carry `tense: Future`.
    pub schedule: Option<Vec<String>>,
    /// The plural (base) form of a scheduled act ("meet", "open"; `schedulebase` in
    /// `data/tense.tsv`, with `schedule` holding the words after it): a cue only after a
    /// plural subject ("the two ministers meet in Geneva on Friday", "polls open on
    /// Sunday"); it carries no tense of its own, since the base form is also the infinitive
    /// and the form after "did not".
    pub schedule_base: bool,
    /// A verb of reporting ("said", "announced"; `report` in `data/tense.tsv`): its past
    /// tense dates the report, not the start of a period it reports ("announced a truce
    /// starting on Saturday").
    pub report: bool,
    /// A word that opens a period at the time after it ("starting", "beginning"; `onset` in
    /// `data/tense.tsv`), alone or with "on"/"from" between ("for ten days starting on
    /// Saturday").
    pub onset: bool,
    /// A verb of perception or attainment (`perceive` in `data/tense.tsv`): after the
    /// ability modal ("they could hear explosions on Tuesday", "No official could be reached
    /// on Monday") it tells what was possible then, and the modal gives no cue.
    pub perceive: bool,
    /// A word of calling off ("canceled", "scrapped"; `cancel` in `data/tense.tsv`): the
    /// weekday of a plan called off in its sentence ("slated for Sunday was scrapped") or
    /// closing the subject of the calling off is the nearer of the two.
    pub cancel: bool,
    /// Before a `schedule_base` verb: `Some(true)` for a plural pronoun subject ("they",
    /// "we"; `pluralsubject` in `data/tense.tsv`), `Some(false)` for a word in -s that is no
    /// plural ("news", "always"; `notplural`).
    pub plural_subject: Option<bool>,
    pub decade: Option<u8>,
    /// Phrases starting with this word: the remaining words and the value.
    pub phrases: Vec<(Vec<String>, Reference)>,
    /// Multi-word hedges starting with this word ("more than"): the remaining words.
    pub hedges: Vec<Vec<String>>,
    /// Holiday names starting with this word: the remaining words (a possessive `'s` is a
    /// word of its own) and the rule.
    pub holidays: Vec<(Vec<String>, Holiday)>,
}

/// A problem in a data file, with its place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[T101] {}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for LexiconError {}

/// The time grammar's vocabulary.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// Looked up for every token, so hashed with the fast word hasher; never iterated.
    words: WordMap<String, WordInfo>,
}

static BUILTIN: OnceLock<Lexicon> = OnceLock::new();

impl Lexicon {
    /// The lexicon embedded from `data/`, parsed on first use. The files are checked by
    /// the unit test `builtin_lexicon_is_clean`, so parsing them cannot fail at run time.
    pub fn builtin() -> &'static Lexicon {
        BUILTIN.get_or_init(|| match Lexicon::parse(&FILES) {
            Ok(lex) => lex,
            Err(errors) => panic!(
                "embedded time lexicon is broken:\n{}",
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        })
    }

    /// Parses `(file name, contents)` pairs; the file name says what the entries are.
    /// Returns every problem found, each with its file and line.
    pub fn parse(files: &[(&str, &str)]) -> Result<Lexicon, Vec<LexiconError>> {
        let mut lex = Lexicon::default();
        let mut errors = Vec::new();
        for &(file, text) in files {
            let mut seen: HashMap<String, usize> = HashMap::new();
            for (n, raw) in text.lines().enumerate() {
                let line = n + 1;
                let mut err = |message: String| {
                    errors.push(LexiconError {
                        file: file.to_string(),
                        line,
                        message,
                    })
                };
                if raw.trim().is_empty() || raw.starts_with('#') {
                    continue;
                }
                if raw != raw.trim() {
                    err("leading or trailing whitespace".into());
                    continue;
                }
                let fields: Vec<&str> = raw.split('\t').collect();
                let key = fields[0];
                if key.chars().any(|c| c.is_uppercase()) {
                    err(format!("`{key}` must be lower case"));
                    continue;
                }
                let phrases = ["references.tsv", "hedges.tsv", "holidays.tsv"];
                if key.contains(' ') && !phrases.contains(&file) {
                    err(format!(
                        "`{key}`: only references.tsv, hedges.tsv and holidays.tsv hold phrases"
                    ));
                    continue;
                }
                if let Some(first) = seen.insert(key.to_string(), line) {
                    err(format!("`{key}` is listed twice (first on line {first})"));
                    continue;
                }
                let value = fields.get(1).copied().unwrap_or("");
                let flag = fields.get(2).copied();
                let max_fields = if matches!(
                    file,
                    "months.tsv" | "tense.tsv" | "weekdays.tsv" | "sets.tsv" | "dayparts.tsv"
                ) {
                    3
                } else {
                    2
                };
                if fields.len() < 2 || fields.len() > max_fields || value.is_empty() {
                    err(format!(
                        "expected `word<TAB>value` ({} fields at most), found {} field(s)",
                        max_fields,
                        fields.len()
                    ));
                    continue;
                }
                if let Err(message) = lex.add(file, key, value, flag) {
                    err(message);
                }
            }
        }
        if errors.is_empty() {
            Ok(lex)
        } else {
            Err(errors)
        }
    }

    fn add(
        &mut self,
        file: &str,
        key: &str,
        value: &str,
        flag: Option<&str>,
    ) -> Result<(), String> {
        let number = |lo: u32, hi: u32| -> Result<u32, String> {
            value
                .parse::<u32>()
                .ok()
                .filter(|v| (lo..=hi).contains(v))
                .ok_or_else(|| format!("`{value}` is not a number in {lo}..={hi}"))
        };
        if file == "holidays.tsv" {
            let mut words = key
                .split(' ')
                .flat_map(|w| match w.strip_suffix("'s").filter(|b| !b.is_empty()) {
                    Some(base) => vec![base.to_string(), "'s".to_string()],
                    None => vec![w.to_string()],
                })
                .collect::<Vec<_>>()
                .into_iter();
            let first = words.next().unwrap_or_default();
            let rest: Vec<String> = words.collect();
            if first.is_empty() || rest.iter().any(String::is_empty) {
                return Err(format!("`{key}`: words must be separated by single spaces"));
            }
            let rule = parse_holiday(value)?;
            let entry = self.words.entry(first).or_default();
            entry.context_only = false;
            entry.holidays.push((rest, rule));
            return Ok(());
        }
        if file == "references.tsv" || file == "hedges.tsv" {
            let mut words = key.split(' ');
            let first = words.next().unwrap_or_default().to_string();
            let rest: Vec<String> = words.map(str::to_string).collect();
            if first.is_empty() || rest.iter().any(String::is_empty) {
                return Err(format!("`{key}`: words must be separated by single spaces"));
            }
            let entry = self.words.entry(first).or_default();
            entry.context_only = false;
            if file == "hedges.tsv" {
                if value != "approx" {
                    return Err(format!("`{value}`: hedges are `approx`"));
                }
                if rest.is_empty() {
                    return Err(format!("`{key}`: one-word hedges go in modifiers.tsv"));
                }
                entry.hedges.push(rest);
            } else {
                entry.phrases.push((rest, parse_reference(value)?));
            }
            return Ok(());
        }
        let existing = self.words.remove(key);
        let fresh = existing.is_none();
        let mut info = existing.unwrap_or_default();
        let cue = file == "of_heads.tsv"
            || file == "rates.tsv" && matches!(value, "event" | "counted" | "habit");
        info.context_only = cue && (fresh || info.context_only);
        let result = (|| -> Result<(), String> {
            match file {
                "months.tsv" => {
                    info.month = Some(number(1, 12)? as u8);
                    match flag {
                        None => {}
                        Some("abbr") => info.month_abbr = true,
                        Some(other) => return Err(format!("unknown flag `{other}` (want `abbr`)")),
                    }
                }
                "weekdays.tsv" => {
                    let wd = Some(number(1, 7)? as u8);
                    match flag {
                        None => info.weekday = wd,
                        Some("plural") => info.weekdays = wd,
                        Some(other) => {
                            return Err(format!("unknown flag `{other}` (want `plural`)"))
                        }
                    }
                }
                "numerals.tsv" => {
                    info.number = Some(if value == "X" {
                        Quantity::Vague
                    } else {
                        Quantity::Exact(number(1, 1000)?)
                    })
                }
                "ordinals.tsv" => info.ordinal = Some(number(1, 31)? as u8),
                "units.tsv" => {
                    info.unit = Some(
                        Unit::from_code(value).ok_or_else(|| format!("unknown unit code `{value}`"))?,
                    );
                    info.plural = key.ends_with('s');
                }
                "seasons.tsv" => info.season = Some(two_letters(value)?),
                "dayparts.tsv" => {
                    info.daypart = Some(match value.split_once(':') {
                        Some((h, m)) => {
                            let h = h.parse::<u8>().ok().filter(|h| *h < 24);
                            let m = m.parse::<u8>().ok().filter(|m| *m < 60);
                            match (h, m) {
                                (Some(h), Some(m)) => DayPart::Clock(h, m),
                                _ => return Err(format!("bad clock time `{value}`")),
                            }
                        }
                        None => DayPart::Code(two_letters(value)?),
                    });
                    match flag {
                        None => {}
                        Some("plural") => match info.daypart.take() {
                            Some(DayPart::Code(code)) => info.daypart_every = Some(code),
                            _ => return Err("`plural` needs a part-of-day code".into()),
                        },
                        Some(other) => {
                            return Err(format!("unknown flag `{other}` (want `plural`)"))
                        }
                    }
                }
                "modifiers.tsv" => {
                    info.modifier = Some(match value {
                        "prev" => Modifier::Prev,
                        "next" => Modifier::Next,
                        "this" => Modifier::This,
                        "early" => Modifier::Early,
                        "mid" => Modifier::Mid,
                        "late" => Modifier::Late,
                        "approx" => Modifier::Approx,
                        "within" => Modifier::Within,
                        "earlier" => Modifier::Earlier,
                        "later" => Modifier::Later,
                        "every" => Modifier::Every,
                        "recent" => Modifier::Recent,
                        "fiscal" => Modifier::Fiscal,
                        "filler" => Modifier::Filler,
                        other => return Err(format!("unknown modifier role `{other}`")),
                    })
                }
                "sets.tsv" => {
                    if !value.starts_with('P') || value.len() < 3 {
                        return Err(format!("`{value}` is not a TIMEX3 period like P1W"));
                    }
                    info.set = Some(value.to_string());
                    match flag {
                        None => {}
                        Some("recurrent") => info.recurrent = true,
                        Some(other) => {
                            return Err(format!("unknown flag `{other}` (want `recurrent`)"))
                        }
                    }
                }
                "tense.tsv" => match value {
                    "schedule" | "schedulebase" => {
                        let words: Vec<String> =
                            flag.map_or(Vec::new(), |f| f.split(' ').map(str::to_string).collect());
                        if words.iter().any(|w| w.is_empty() || w.chars().any(char::is_uppercase)) {
                            return Err(format!(
                                "`{}`: the words after a schedule verb are lower case, one space apart",
                                flag.unwrap_or("")
                            ));
                        }
                        info.schedule = Some(words);
                        if value == "schedulebase" {
                            info.schedule_base = true;
                        } else {
                            info.tense = Some(Tense::Future);
                        }
                    }
                    _ if flag.is_some_and(|f| f.split(',').any(|f| !TENSE_FLAGS.contains(&f))) => {
                        return Err(format!(
                            "unknown flag `{}` (want one or more of {}, joined by commas)",
                            flag.unwrap_or(""),
                            TENSE_FLAGS.join(", ")
                        ))
                    }
                    // only a tense takes a flag: "delay\tdefer\tnoun" would be read as a
                    // plain verb of deferral with the flag silently dropped
                    _ if flag.is_some() && !matches!(value, "past" | "future") => {
                        return Err(format!(
                            "a flag (`{}`) only follows `past` or `future`, not `{value}`",
                            flag.unwrap_or("")
                        ))
                    }
                    "past" | "future" if flag.is_some() => {
                        for f in flag.unwrap_or("").split(',') {
                            match f {
                                "commit" => info.commit = true,
                                "noun" => info.also_noun = true,
                                "ability" => info.ability = true,
                                "phrase" => info.own_phrase = true,
                                "allot" => info.allot = true,
                                "setfor" => info.set_for = true,
                                "intent" => info.intent = true,
                                "pastintent" => {
                                    info.intent = true;
                                    info.past_intent = true;
                                }
                                "report" => info.report = true,
                                _ => info.appeal = true,
                            }
                        }
                        info.tense = Some(if value == "past" {
                            Tense::Past
                        } else {
                            Tense::Future
                        });
                    }
                    "past" => info.tense = Some(Tense::Past),
                    "future" => info.tense = Some(Tense::Future),
                    "notverb" => info.not_verb = true,
                    "boundary" => info.boundary = true,
                    "pastprep" => info.preposition = Some(Tense::Past),
                    "futureprep" => info.preposition = Some(Tense::Future),
                    "weakfutureprep" => info.weak_preposition = Some(Tense::Future),
                    "defer" => info.defer = true,
                    "commit" => info.commit = true,
                    "intent" => info.intent = true,
                    "pastintent" => {
                        info.intent = true;
                        info.past_intent = true;
                    }
                    "allot" => info.allot = true,
                    "setfor" => info.set_for = true,
                    "appeal" => info.appeal = true,
                    "appealon" => info.appeal_on = true,
                    "cancel" => info.cancel = true,
                    "report" => info.report = true,
                    "onset" => info.onset = true,
                    "perceive" => info.perceive = true,
                    "pluralsubject" => info.plural_subject = Some(true),
                    "notplural" => info.plural_subject = Some(false),
                    other => {
                        return Err(format!("unknown tense cue `{other}` (want past|future|schedule|schedulebase|notverb|boundary|pastprep|futureprep|weakfutureprep|defer|commit|intent|pastintent|allot|setfor|appeal|appealon|cancel|report|onset|perceive|pluralsubject|notplural)"))
                    }
                },
                "decades.tsv" => info.decade = Some(number(0, 9)? as u8),
                "rates.tsv" => match value {
                    "rate" => info.rate = true,
                    "amount" => info.amount = true,
                    "event" => info.event = true,
                    "count" => info.count = true,
                    "counted" => info.counted = true,
                    "habit" => info.habit = true,
                    other => {
                        return Err(format!(
                            "unknown value `{other}` (want `rate`, `amount`, `event`, `count`, `counted` or `habit`)"
                        ))
                    }
                },
                "of_heads.tsv" => match value {
                    "head" => info.of_head = true,
                    other => return Err(format!("unknown value `{other}` (want `head`)")),
                },
                "generic_heads.tsv" => match value {
                    "generic" => info.generic_head = true,
                    other => return Err(format!("unknown value `{other}` (want `generic`)")),
                },
                other => return Err(format!("unknown lexicon file `{other}`")),
            }
            Ok(())
        })();
        self.words.insert(key.to_string(), info);
        result
    }

    /// What the lexicon knows about `word`, compared case-insensitively.
    pub fn get(&self, word: &str) -> Option<&WordInfo> {
        let mut buf = [0u8; 24];
        let bytes = word.as_bytes();
        if bytes.len() > buf.len() {
            return None;
        }
        // Most words are ASCII lower case already: looked up as they are.
        if bytes
            .iter()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            return self.words.get(word);
        }
        let mut ascii = true;
        for (b, &c) in buf.iter_mut().zip(bytes) {
            ascii &= c.is_ascii();
            *b = c.to_ascii_lowercase();
        }
        if ascii {
            let key = std::str::from_utf8(&buf[..bytes.len()]).ok()?;
            self.words.get(key)
        } else {
            self.words.get(&word.to_lowercase())
        }
    }
}

fn two_letters(value: &str) -> Result<[u8; 2], String> {
    match value.as_bytes() {
        [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => Ok([*a, *b]),
        _ => Err(format!("`{value}` is not a two-letter TIMEX3 code like MO")),
    }
}

/// `fixed:MM-DD`, `nth:MONTH:WEEKDAY:N` (N = -1 for the last), `election`, `easter:OFFSET`.
fn parse_holiday(value: &str) -> Result<Holiday, String> {
    let bad = || format!("`{value}`: want fixed:MM-DD, nth:M:WD:N, election or easter:N");
    let num = |s: &str, lo: i32, hi: i32| {
        s.parse::<i32>()
            .ok()
            .filter(|v| (lo..=hi).contains(v))
            .ok_or_else(bad)
    };
    let parts: Vec<&str> = value.split(':').collect();
    Ok(match parts.as_slice() {
        ["fixed", md] => {
            let (m, d) = md.split_once('-').ok_or_else(bad)?;
            let (month, day) = (num(m, 1, 12)? as u8, num(d, 1, 31)? as u8);
            if day > attache_core::date::days_in_month(2000, month) {
                return Err(bad());
            }
            Holiday::Fixed { month, day }
        }
        ["nth", m, wd, n] => Holiday::Nth {
            month: num(m, 1, 12)? as u8,
            wd: num(wd, 1, 7)? as u8,
            n: match num(n, -1, 5)? {
                0 => return Err(bad()),
                n => n as i8,
            },
        },
        ["election"] => Holiday::Election,
        ["easter", n] => Holiday::Easter(num(n, -60, 60)? as i8),
        _ => return Err(bad()),
    })
}

fn parse_reference(value: &str) -> Result<Reference, String> {
    Ok(match value {
        "PRESENT_REF" => Reference::Present,
        "PAST_REF" => Reference::Past,
        "FUTURE_REF" => Reference::Future,
        "FUTURE_REF?" => Reference::Prospect,
        "THEN" => Reference::Then,
        _ => {
            let rest = value
                .strip_prefix('D')
                .ok_or_else(|| format!("`{value}`: want *_REF or a day offset like D-1"))?;
            let (offset, part) = match rest.find('T') {
                Some(t) => (&rest[..t], Some(two_letters(&rest[t + 1..])?)),
                None => (rest, None),
            };
            let offset = offset
                .parse::<i8>()
                .ok()
                .filter(|o| (-7..=7).contains(o))
                .ok_or_else(|| format!("`{value}`: bad day offset"))?;
            Reference::DayOffset(offset, part)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_is_clean() {
        if let Err(errors) = Lexicon::parse(&FILES) {
            panic!("{errors:?}");
        }
        let lex = Lexicon::builtin();
        assert_eq!(lex.get("December").and_then(|w| w.month), Some(12));
        assert_eq!(lex.get("FRIDAY").and_then(|w| w.weekday), Some(5));
        assert!(lex.get("we").is_none_or(|w| w.weekday.is_none()));
    }

    #[test]
    fn a_word_known_only_as_a_cue_starts_no_expression_but_keeps_its_other_roles() {
        let lex = Lexicon::builtin();
        let ahead = lex.get("ahead").expect("`ahead` is listed in of_heads.tsv");
        assert!(ahead.of_head && ahead.context_only);
        // "as" also opens hedges ("as many as") and phrases
        let as_word = lex.get("as").expect("`as` is listed in of_heads.tsv");
        assert!(as_word.of_head && !as_word.context_only);
        let meetings = lex
            .get("meetings")
            .expect("`meetings` is listed in rates.tsv");
        assert!(meetings.event && meetings.context_only);
        // a part of the day that is also a head before "of" still starts expressions
        let evening = lex.get("evening").expect("`evening` is a part of the day");
        assert!(evening.of_head && !evening.context_only && evening.daypart.is_some());
        // the order of the files does not matter
        let lex = Lexicon::parse(&[
            ("of_heads.tsv", "night\thead"),
            ("dayparts.tsv", "night\tNI"),
        ])
        .expect("valid rows");
        let night = lex.get("night").expect("listed");
        assert!(night.of_head && !night.context_only);
    }

    #[test]
    fn plural_weekdays_are_listed_rows_and_survive_other_files() {
        let lex = Lexicon::builtin();
        for (n, name) in ["mondays", "tuesdays", "wednesdays", "thursdays", "fridays"]
            .iter()
            .enumerate()
        {
            let info = lex.get(name);
            assert_eq!(info.and_then(|w| w.weekdays), Some(n as u8 + 1), "{name}");
            assert_eq!(info.and_then(|w| w.weekday), None, "{name}");
        }
        // a later file listing the same word keeps the plural
        let lex = Lexicon::parse(&[
            ("weekdays.tsv", "sundays\t7\tplural\n"),
            ("sets.tsv", "sundays\tP1W\n"),
        ])
        .expect("valid files");
        assert_eq!(lex.get("sundays").and_then(|w| w.weekdays), Some(7));
        let errors = Lexicon::parse(&[("sets.tsv", "daily\tP1D\tsometimes\n")]).unwrap_err();
        assert_eq!(
            errors[0].to_string(),
            "[T101] sets.tsv:1: unknown flag `sometimes` (want `recurrent`)"
        );
        let errors = Lexicon::parse(&[("weekdays.tsv", "mondays\t1\tmany\n")]).unwrap_err();
        assert_eq!(
            errors[0].to_string(),
            "[T101] weekdays.tsv:1: unknown flag `many` (want `plural`)"
        );
    }

    #[test]
    fn tense_flags_other_than_noun_are_rejected() {
        let errors = Lexicon::parse(&[("tense.tsv", "plan\tfuture\tnoun\nwill\tfuture\tverb\n")])
            .unwrap_err();
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            ["[T101] tense.tsv:2: unknown flag `verb` (want one or more of noun, ability, phrase, commit, allot, setfor, appeal, intent, pastintent, report, joined by commas)"]
        );
    }

    #[test]
    fn tense_flags_joined_by_commas_all_apply_and_each_is_checked() {
        let lex = Lexicon::parse(&[("tense.tsv", "plans\tfuture\tnoun,intent\nready\tintent\n")])
            .expect("valid flags");
        let plans = lex.get("plans").expect("plans listed");
        assert!(plans.also_noun && plans.intent && plans.tense == Some(Tense::Future));
        let ready = lex.get("ready").expect("ready listed");
        assert!(ready.intent && ready.tense.is_none() && !ready.past_intent);
        let lex = Lexicon::parse(&[(
            "tense.tsv",
            "planned\tfuture\tsetfor,pastintent\noffered\tpastintent\n",
        )])
        .expect("valid flags");
        let lex_modal = Lexicon::parse(&[("tense.tsv", "could\tfuture\tability,phrase\n")])
            .expect("valid flags");
        let could = lex_modal.get("could").expect("could listed");
        assert!(could.ability && could.own_phrase && could.tense == Some(Tense::Future));
        for word in ["planned", "offered"] {
            let info = lex.get(word).expect("listed");
            assert!(
                info.intent && info.past_intent,
                "{word}: pastintent implies intent"
            );
        }
        let errors = Lexicon::parse(&[("tense.tsv", "plans\tfuture\tnoun,verb\n")]).unwrap_err();
        assert_eq!(
            errors[0].to_string(),
            "[T101] tense.tsv:1: unknown flag `noun,verb` (want one or more of noun, ability, phrase, commit, allot, setfor, appeal, intent, pastintent, report, joined by commas)"
        );
    }

    #[test]
    fn a_flag_after_a_value_other_than_a_tense_is_rejected() {
        let errors = Lexicon::parse(&[(
            "tense.tsv",
            "postpone\tdefer\nagree\tcommit\ndelay\tdefer\tnoun\nvow\tcommit\tcommit\n",
        )])
        .unwrap_err();
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "[T101] tense.tsv:3: a flag (`noun`) only follows `past` or `future`, not `defer`",
                "[T101] tense.tsv:4: a flag (`commit`) only follows `past` or `future`, not `commit`",
            ]
        );
    }

    #[test]
    fn lexicon_errors_name_file_and_line() {
        let errors = Lexicon::parse(&[
            ("months.tsv", "# c\njanuary\t13\nmay\t5\nmay\t5\n"),
            ("units.tsv", "day\tDAYS\n"),
        ])
        .unwrap_err();
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "[T101] months.tsv:2: `13` is not a number in 1..=12",
                "[T101] months.tsv:4: `may` is listed twice (first on line 3)",
                "[T101] units.tsv:1: unknown unit code `DAYS`",
            ]
        );
    }

    #[test]
    fn a_rate_noun_with_another_value_is_reported_with_its_line() {
        let errors = Lexicon::parse(&[(
            "rates.tsv",
            "average	rate
limit	cap
",
        )])
        .unwrap_err();
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            ["[T101] rates.tsv:2: unknown value `cap` (want `rate`, `amount`, `event`, `count`, `counted` or `habit`)"]
        );
    }
}
