//! attache-time: temporal expressions ("Friday", "next week", "in December", "two months")
//! found in each sentence and normalised against the article's publication date.
//!
//! - [`TimeNormalization`] is the pipeline stage: it fills `Document::times` with TIMEX3-style
//!   values (`2022-01-21`, `2022-W04`, `2021-12`, `P2M`, `PRESENT_REF`, `XXXX-WXX-1`) and the
//!   calendar interval each denotes.
//! - [`time_for_clause`], [`date_for_clause`], [`precision_of`] and [`due_window`] are what the
//!   events and commitments stage calls to date a clause or a promise.
//! - [`eval::eval_times`] scores the stage on TimeML files.
//!
//! How it works: tokens are split into pieces (at hyphens and before a possessive `'s`), a
//! hand-written grammar ([`grammar`]) reads the pieces of each paragraph and returns
//! unresolved meanings, and [`resolve`] turns those into values with the publication date and
//! the tense of the clause ([`tense`]). The vocabulary lives in `data/*.tsv`
//! ([`lexicon::Lexicon`]), embedded in the binary and linted on load.
//!
//! Invariants: the stage never changes offsets and never fails; every span lies on token
//! boundaries or hyphens inside a token; without a publication date relative expressions keep
//! `value: None` and the document gets one `T001` warning.

pub mod eval;
mod grammar;
pub mod lexicon;
mod resolve;
mod tense;

use attache_core::{Date, DatePrecision, Document, Span, Stage, TimeExpr, TimeKind};

use crate::grammar::{Anaphor, Sem};
use crate::lexicon::{Lexicon, Tense};

/// Warning code: relative expressions were found but the article has no publication date.
pub const UNRESOLVED_RELATIVE: &str = "T001";

/// The pipeline stage that finds and normalises temporal expressions (fills `doc.times`).
pub struct TimeNormalization {
    lex: &'static Lexicon,
}

impl TimeNormalization {
    /// The stage with the built-in lexicon.
    pub fn new() -> TimeNormalization {
        TimeNormalization {
            lex: Lexicon::builtin(),
        }
    }
}

impl Default for TimeNormalization {
    fn default() -> Self {
        TimeNormalization::new()
    }
}

impl Stage for TimeNormalization {
    fn name(&self) -> &'static str {
        "TimeNormalization"
    }

    fn run(&self, doc: &mut Document) {
        let times = find_times(doc, self.lex);
        let unresolved = times.iter().filter(|(_, relative)| *relative).count();
        doc.times.extend(times.into_iter().map(|(t, _)| t));
        if unresolved > 0 && doc.published.is_none() {
            doc.warn(
                UNRESOLVED_RELATIVE,
                format!(
                    "{unresolved} relative time expression(s) left unresolved: the article has no \
                     publication date (give one to date \"Friday\", \"next week\"...)"
                ),
            );
        }
    }
}

/// Finds and resolves the expressions of `doc`, with whether each depends on publication.
fn find_times(doc: &Document, lex: &Lexicon) -> Vec<(TimeExpr, bool)> {
    let anchor = doc.published_date();
    let mut out = Vec::new();
    let mut pieces = Vec::new();
    // the quarter the text last named: (year, quarter, sentence)
    let mut last_quarter: Option<(i32, u8, usize)> = None;
    // the first quarter named in a sentence: what a year-ago comparison later in the same
    // sentence refers to ("for the quarter ended Sept. 30, ... against $39 million a year
    // earlier"), whatever the story names most
    let mut sentence_quarter: Option<(i32, u8, usize)> = None;
    let mut quarters = QuarterTally::default();
    // the sentence that last named a period of months ("the nine months")
    let mut months_period: Option<usize> = None;
    // the first month named in a sentence: what a year-ago comparison later in the same
    // sentence refers to when no quarter was named there ("Unemployment was 5 percent in
    // March, up from 4 percent a year earlier")
    let mut sentence_month: Option<(i32, u8, usize)> = None;
    // the last calendar value the text named, and the last day with its sentence
    let mut last_value: Option<String> = None;
    let mut last_day: Option<(Date, usize)> = None;
    // the last expression the text named was that day (a clock time or part of day on it
    // aside): "until then" means it only then
    let mut day_last = false;
    let mut s = 0;
    while s < doc.sentences.len() {
        // a paragraph at a time, so that "Jan. 21" survives a sentence split after "Jan."
        let block = doc.sentences[s].block;
        let mut e = s + 1;
        while e < doc.sentences.len() && doc.sentences[e].block == block {
            e += 1;
        }
        let tokens =
            doc.sentences[s].tokens.start as usize..doc.sentences[e - 1].tokens.end as usize;
        s = e;
        pieces.clear();
        // piece indices of this paragraph:
        // a clock time dated by the day after "on" ("at noon on Friday"): the piece where that
        // day starts and the date the clock time took, so that the day reads the same
        let mut clock_on: Option<(usize, Date)> = None;
        // the piece after the last expression that named a day, and that day ("Friday" in "on
        // Friday at midnight")
        let mut after_day: Option<(usize, Date)> = None;
        grammar::pieces(doc, lex, tokens, &mut pieces);
        let g = grammar::Grammar { p: &pieces };
        let mut i = 0;
        while i < pieces.len() {
            let Some(found) = g.find(i) else {
                i += 1;
                continue;
            };
            let end = found.end.clamp(i + 1, pieces.len());
            if found.sem == Sem::Idiom {
                i = end;
                continue;
            }
            let start = i;
            let (first, last) = (pieces[i], pieces[end - 1]);
            // "the nine months", "the latest nine months": a period a report covers, not a
            // bare count of months ("fell for six months")
            let reported = first.text.eq_ignore_ascii_case("the");
            i = end;
            let span = Span {
                start: first.span.start,
                end: last.span.end,
            };
            let Some(sentence) = doc.sentence_at(span.start) else {
                continue;
            };
            let mut tense =
                || tense::clause_tense(doc, lex, first.token as usize, last.token as usize);
            // "soon" is a time only in a future clause ("will soon reopen"; "was soon
            // released" says how quickly one event followed another)
            let prospect = found.sem == Sem::Ref(lexicon::Reference::Prospect);
            let near =
                || tense::nearest_cue(doc, lex, first.token as usize, last.token as usize, 4);
            if prospect && near() != Some(Tense::Future) {
                continue;
            }
            let mut r = resolve::resolve(&found.sem, anchor, &mut tense);
            // a unit counted from the last date the text named ("The next week, talks
            // opened"); a day or a week counts from the last day named when the last value
            // is coarser ("The next week, talks opened. The day before, ...")
            let from_story = |unit, offset| {
                last_value
                    .as_deref()
                    .and_then(|v| that_period(v, unit, offset))
                    .or_else(|| {
                        last_day.and_then(|(d, _)| that_period(&d.to_string(), unit, offset))
                    })
            };
            match &found.sem {
                Sem::That { unit, offset, part } => {
                    // the day described after a past copula ("it was a bleak day for the
                    // port"): a day its sentence names after it ("... in Mosul on Sunday")
                    // first, then the day the story is about; with neither, no time (a past
                    // day is not publication)
                    let described = first.text.eq_ignore_ascii_case("day");
                    let named_after = if described {
                        day_named_after(doc, lex, &g, &pieces, end, sentence, anchor)
                    } else {
                        None
                    };
                    if let Some(v) = named_after.or_else(|| from_story(*unit, *offset)) {
                        let v = match (part, v.interval) {
                            (Some(_), Some((d, _))) => resolve::with_part(d, *part),
                            _ => v,
                        };
                        r = keep_flags(r, v);
                    } else if described {
                        continue;
                    }
                }
                // "the next year": from the story's date in a past clause ("Growth was weak
                // in 2019. Over the next year the economy recovered") or a narrative without
                // tense; from publication after a preposition of extent ("over the next year
                // or so") or in a future clause, unless the story's date is itself ahead
                Sem::NextOf { unit, extent } => {
                    // the last value named begins after publication (its finest reading)
                    let story_ahead = || {
                        use lexicon::Unit;
                        let named = last_value.as_deref().and_then(|v| {
                            [Unit::Day, Unit::Month, Unit::Year]
                                .into_iter()
                                .find_map(|u| that_period(v, u, 0))
                        });
                        match (named.and_then(|n| n.interval), anchor) {
                            (Some((start, _)), Some(a)) => start > a,
                            _ => false,
                        }
                    };
                    let narrative = match tense() {
                        Some(Tense::Past) => true,
                        Some(Tense::Future) => story_ahead(),
                        None => !extent,
                    };
                    if let Some(v) = from_story(*unit, 1).filter(|_| narrative) {
                        r = keep_flags(r, v);
                    }
                }
                // "the previous Friday": before the day the story is about, however far back it
                // was named: unlike a clock time or a part of day, "previous"/"following" only
                // make sense against a day of the story (publication would be "last Friday"),
                // so the last day named is a better anchor than publication at any distance
                // (the one TimeBank case names its day three sentences earlier)
                Sem::WeekdayFrom { wd, step } => {
                    if let Some((d, _)) = last_day {
                        r = keep_flags(r, resolve::day(resolve::weekday_from(d, *wd, *step)));
                    }
                }
                // a count of years or months after "in", in a future clause, is the point that
                // far after publication ("The new runway will open in three years" is a year,
                // `2029` read in 2026), not a stretch ("within three years" stays one); not in
                // a comparison ("will earn more in three years than in the last ten")
                Sem::Duration {
                    n: n @ lexicon::Quantity::Exact(k),
                    unit: unit @ (lexicon::Unit::Year | lexicon::Unit::Month),
                } => {
                    let after_in = start > 0 && pieces[start - 1].text.eq_ignore_ascii_case("in");
                    let hi = doc.sentences[sentence].tokens.end;
                    let compared = pieces[end..]
                        .iter()
                        .take_while(|p| p.token < hi)
                        .any(|p| p.text.eq_ignore_ascii_case("than"));
                    // a count ("three years", "a year"), not "in the year to March"
                    let counted = first.num.is_some()
                        || first.info.is_some_and(|w| w.number.is_some())
                        || matches!(first.text.to_ascii_lowercase().as_str(), "a" | "an");
                    // "in five-year steps" is a modifier; "in a year or two" vague
                    let noun = *k == 1 || last.text.ends_with('s');
                    let open_end = pieces.get(end).is_none_or(|p| {
                        !matches!(
                            p.text.to_ascii_lowercase().as_str(),
                            "or" | "of" | "and" | "to" | "time" | "'s" | "\u{2019}s"
                        ) && !p.joined
                    });
                    if after_in
                        && counted
                        && noun
                        && open_end
                        && !compared
                        && tense() == Some(Tense::Future)
                    {
                        let ahead = Sem::Ago {
                            n: *n,
                            unit: *unit,
                            sign: 1,
                        };
                        let mut v = resolve::resolve(&ahead, anchor, &mut || None);
                        v.relative = true;
                        r = v;
                    }
                }
                // a weekday of an act called off is the nearer one (the day may have passed
                // or not), when the day is the plan's ("a parade slated for Sunday was
                // scrapped") or the called-off act's own ("the Sunday parade was scrapped"):
                // not a day that dates the calling off or another act ("On Sunday, the
                // city scrapped the parade", "said on Sunday that the parade was scrapped")
                Sem::Weekday {
                    rel: grammar::Rel::Tense,
                    ..
                } => {
                    let lo = doc.sentences[sentence].tokens.start as usize;
                    let hi = doc.sentences[sentence].tokens.end as usize;
                    let called_off = planned_for(doc, lex, lo, first.token as usize)
                        && (last.token as usize + 1..hi)
                            .any(|k| lex.get(doc.word(k)).is_some_and(|w| w.cancel))
                        || subject_called_off(doc, lex, last.token as usize + 1, hi);
                    if let (true, Some(a)) = (called_off, anchor) {
                        let on = |t| {
                            resolve::resolve(&found.sem, anchor, &mut || Some(t))
                                .interval
                                .map(|(d, _)| (d.to_days() - a.to_days()).abs())
                        };
                        if let (Some(back), Some(ahead)) = (on(Tense::Past), on(Tense::Future)) {
                            let t = if back < ahead {
                                Tense::Past
                            } else {
                                Tense::Future
                            };
                            r = keep_flags(
                                r,
                                resolve::resolve(&found.sem, anchor, &mut || Some(t)),
                            );
                        }
                    }
                }
                // a part of a day without a day is of the day the text is talking about
                Sem::PartOfDay(part) => {
                    if let Some((d, _)) = last_day.filter(|&(_, at)| sentence <= at + DAY_CONTEXT) {
                        r = keep_flags(r, resolve::with_part(d, Some(*part)));
                    }
                }
                // "until then": the day the text just named; without one, or when a later
                // expression ("due in 2025", "three weeks later") came after it, no time
                Sem::Ref(lexicon::Reference::Then) => {
                    let near = last_day.filter(|&(_, at)| day_last && sentence <= at + DAY_CONTEXT);
                    match near {
                        Some((d, _)) => r = keep_flags(r, resolve::day(d)),
                        None => continue,
                    }
                }
                // a clock time without a day is on the day the text is talking about
                Sem::Clock { h, m, day: None } => {
                    // "on Friday at midnight": the time given right after its day, and
                    // midnight then ends that day (T24:00), as in "midnight Friday"
                    let given_after = after_day.filter(|&(k, _)| {
                        k + 1 == start && pieces[k].text.eq_ignore_ascii_case("at")
                    });
                    if let Some((_, d)) = given_after {
                        let h = if (*h, *m) == (0, 0) { 24 } else { *h };
                        r = keep_flags(r, resolve::clock_value(d, h, *m));
                    } else if let Some((d, _)) =
                        last_day.filter(|&(_, at)| sentence <= at + DAY_CONTEXT)
                    {
                        r = keep_flags(r, resolve::clock_value(d, *h, *m));
                    }
                }
                _ => {}
            }
            // "at noon on Friday", "until midnight on Friday", "5 p.m. on Wednesday": the day is
            // the one its clock time was given (read with the clock time's preposition)
            let clock_day = clock_on.take().filter(|&(at, _)| at == start);
            if let Some((_, d)) = clock_day {
                if matches!(found.sem, Sem::Weekday { .. } | Sem::MonthDay { .. }) {
                    r = keep_flags(r, resolve::day(d));
                }
            }
            if let (Sem::Clock { day: Some(_), .. }, Some((d, _))) = (&found.sem, r.interval) {
                if pieces
                    .get(end)
                    .is_some_and(|p| p.text.eq_ignore_ascii_case("on"))
                {
                    clock_on = Some((end + 1, d));
                }
            }
            // a period of months named earlier in the sentence ("for the nine months, ... a
            // year earlier", "in the first nine months, ... in the 2019 period") is what a
            // year-ago comparison refers to, not the quarter; an expression that names a
            // quarter ("the 2019 quarter", "last year's quarter") still is one
            let months_here = months_period == Some(sentence);
            let names_period = last.text.eq_ignore_ascii_case("period");
            let same_sentence = sentence_quarter
                .filter(|&(_, _, at)| at == sentence)
                .filter(|_| found.anaphor == Anaphor::YearAgo);
            // "a year earlier" is anaphoric by nature; "a year ago" counts from publication
            // unless it is the second term of a comparison ("5 percent in March, up from 4
            // percent a year ago"; not "In May, she recalled that a year ago ...")
            let compared = || !last.text.eq_ignore_ascii_case("ago") || g.comparison_before(start);
            let month_here = sentence_month
                .filter(|&(_, _, at)| at == sentence)
                .filter(|_| found.anaphor == Anaphor::YearAgo && same_sentence.is_none())
                .filter(|_| compared());
            let context = same_sentence
                .or(last_quarter)
                .filter(|&(_, _, at)| sentence <= at + QUARTER_CONTEXT)
                .filter(|_| {
                    let period_of = found.anaphor == Anaphor::QuarterOf && names_period;
                    !(months_here && (found.anaphor == Anaphor::YearAgo || period_of))
                })
                .filter(|_| month_here.is_none());
            // "the year-earlier quarter" with no quarter named before it: the latest
            // completed quarter, a year back
            let names_quarter = last
                .info
                .is_some_and(|w| w.unit == Some(lexicon::Unit::Quarter) && !w.plural);
            let context = context.or_else(|| {
                if found.anaphor != Anaphor::YearAgo || !names_quarter {
                    return None;
                }
                let latest = Sem::Relative {
                    unit: lexicon::Unit::Quarter,
                    offset: -1,
                };
                let latest = resolve::resolve(&latest, anchor, &mut || None);
                let (y, q) = latest.value.as_deref().and_then(quarter_of)?;
                Some((y, q, sentence))
            });
            if let Some((y, m, _)) = month_here {
                r = keep_flags(r, resolve::month_value(y - 1, m));
            }
            // "5.1 percent in October, up from 4.9 percent a month earlier": the month before
            // the one named, as "a year earlier" is that month a year back
            let month_before = sentence_month
                .filter(|&(_, _, at)| at == sentence)
                .filter(|_| found.anaphor == Anaphor::MonthAgo && compared());
            if let Some((y, m, _)) = month_before {
                let (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
                r = keep_flags(r, resolve::month_value(y, m));
            }
            match (found.anaphor, context, r.value.as_deref().and_then(year_of)) {
                (Anaphor::None, _, _) => {
                    // only a quarter that has begun can be the one an earnings report
                    // compares with a year before ("until the third quarter of 1990" is
                    // a forecast)
                    let begun = match (r.interval, anchor) {
                        (Some((start, _)), Some(a)) => start <= a,
                        _ => true,
                    };
                    if let Some((y, q)) = r.value.as_deref().and_then(quarter_of).filter(|_| begun)
                    {
                        if sentence_quarter.is_none_or(|(_, _, at)| at != sentence) {
                            sentence_quarter = Some((y, q, sentence));
                        }
                        let (y, q) = quarters.named(y, q, anchor);
                        last_quarter = Some((y, q, sentence));
                    }
                    let months = r.value.as_deref().is_some_and(|v| {
                        v.starts_with('P') && v.ends_with('M') && !v.starts_with("PT")
                    });
                    if months && reported {
                        months_period = Some(sentence);
                    }
                    if let Some((y, m)) = r.value.as_deref().and_then(month_of).filter(|_| begun) {
                        if sentence_month.is_none_or(|(_, _, at)| at != sentence) {
                            sentence_month = Some((y, m, sentence));
                        }
                    }
                }
                (Anaphor::YearAgo, Some((y, q, _)), Some(_)) => {
                    r = keep_flags(r, resolve::quarter_value(y - 1, q))
                }
                (Anaphor::QuarterOf, Some((_, q, _)), Some(y)) => {
                    r = keep_flags(r, resolve::quarter_value(y, q))
                }
                (Anaphor::TheQuarter, Some((y, q, _)), Some(_)) => {
                    r = keep_flags(r, resolve::quarter_value(y, q))
                }
                _ => {}
            }
            // "the quarter" with no quarter named before it (the latest completed one) is
            // then the quarter the text talks about ("Sales in the quarter rose 5 percent,
            // after falling in the year-ago period")
            // it carries to later sentences only when its own sentence reports figures (a
            // percent or a sum): "The team reached the quarter finals. A year ago ..." is no
            // earnings report
            if found.anaphor == Anaphor::TheQuarter && context.is_none() {
                if let Some((y, q)) = r.value.as_deref().and_then(quarter_of) {
                    sentence_quarter = Some((y, q, sentence));
                    if reports_figures(doc, &pieces, sentence) {
                        last_quarter = Some((y, q, sentence));
                    }
                }
            }
            // a clock time or part of day without a day of its own only repeats the day the
            // text is about: it does not carry that day further
            let inherited = matches!(found.sem, Sem::Clock { day: None, .. } | Sem::PartOfDay(_));
            if !inherited {
                day_last = false;
            }
            if let Some(v) = r.value.as_deref() {
                if precision_of(v) != DatePrecision::Unknown {
                    last_value = Some(v.to_string());
                }
                if precision_of(v) == DatePrecision::Day && !inherited {
                    if let Some((d, _)) = r.interval {
                        last_day = Some((d, sentence));
                        day_last = true;
                    }
                }
            }
            after_day = r
                .interval
                .filter(|(a, b)| a == b && r.kind == TimeKind::Date)
                .map(|(d, _)| (end, d));
            let day_named = matches!(found.sem, Sem::MonthDay { .. } | Sem::Date(_));
            let second = r
                .interval
                .filter(|_| day_named)
                .and_then(|(d, _)| second_day(&pieces, end, d));
            out.push((
                TimeExpr {
                    span,
                    value: r.value,
                    kind: r.kind,
                    interval: r.interval,
                    sentence: sentence as u32,
                },
                r.relative,
            ));
            if let Some((k, d)) = second {
                let day = resolve::day(d);
                out.push((
                    TimeExpr {
                        span: pieces[k].span,
                        value: day.value,
                        kind: day.kind,
                        interval: day.interval,
                        sentence: sentence as u32,
                    },
                    r.relative,
                ));
                i = k + 1;
            }
        }
    }
    out
}

/// The first expression after piece `from` in sentence `sentence` that resolves to a single
/// day ("on Sunday", "Oct. 3"), each read in its own clause's tense.
fn day_named_after(
    doc: &Document,
    lex: &Lexicon,
    g: &grammar::Grammar,
    pieces: &[grammar::Piece],
    from: usize,
    sentence: usize,
    anchor: Option<Date>,
) -> Option<resolve::Resolved> {
    let hi = doc.sentences[sentence].tokens.end;
    (from..pieces.len())
        .take_while(|&j| pieces[j].token < hi)
        .find_map(|j| {
            let found = g.find(j)?;
            let end = found.end.clamp(j + 1, pieces.len());
            let (a, b) = (pieces[j].token as usize, pieces[end - 1].token as usize);
            let v = resolve::resolve(&found.sem, anchor, &mut || {
                tense::clause_tense(doc, lex, a, b)
            });
            v.interval.is_some_and(|(s, e)| s == e).then_some(v)
        })
}

/// The expression starting at token `first` is the day of a plan: "for" right before it and
/// a word of fixing a date (`setfor` in `data/tense.tsv`: planned, set, scheduled, slated)
/// at most six words before that "for", in the sentence starting at token `lo`
/// ("a parade slated in the capital for Sunday").
fn planned_for(doc: &Document, lex: &Lexicon, lo: usize, first: usize) -> bool {
    first >= lo + 2
        && doc.word(first - 1).eq_ignore_ascii_case("for")
        && (first.saturating_sub(7).max(lo)..first - 1)
            .any(|k| lex.get(doc.word(k)).is_some_and(|w| w.set_for))
}

/// The words from token `from` (right after a weekday) are a passive of calling off, so that
/// the weekday closes the subject phrase: "The Sunday parade was scrapped", "the parade on
/// Sunday has been cancelled" (an auxiliary or two, then a `cancel` word of
/// `data/tense.tsv`), before token `hi`.
fn subject_called_off(doc: &Document, lex: &Lexicon, from: usize, hi: usize) -> bool {
    let mut k = from;
    while k < hi && k < from + 2 {
        let w = doc.word(k).to_ascii_lowercase();
        if !matches!(
            w.as_str(),
            "was" | "were" | "is" | "are" | "has" | "have" | "had" | "been"
        ) {
            break;
        }
        k += 1;
    }
    k > from && k < hi && lex.get(doc.word(k)).is_some_and(|w| w.cancel)
}

/// Does sentence `sentence` report a figure: a percent, a sum of money or a count ("3
/// percent", "$40 million", "40,000 tons")?
fn reports_figures(doc: &Document, pieces: &[grammar::Piece], sentence: usize) -> bool {
    pieces
        .iter()
        .filter(|p| doc.sentence_at(p.span.start) == Some(sentence))
        .any(|p| {
            p.info.is_some_and(|w| w.amount)
                || p.text.starts_with(['$', '\u{a3}', '\u{20ac}', '%'])
                || p.text.starts_with(|c: char| c.is_ascii_digit()) && p.text.contains([',', '.'])
        })
}

/// The second day of a range after a day of a month ("June 9 and 10", "May 3-5", "Jan. 14
/// to 16"), with `pieces[end]` the piece after the first: its piece and date, in the first's
/// month. Not when the number counts something ("9 and 10 percent").
fn second_day(pieces: &[grammar::Piece], end: usize, first: Date) -> Option<(usize, Date)> {
    let link = pieces.get(end)?;
    let k = if link.num.is_some() && link.joined {
        end
    } else if matches!(
        link.text,
        "and" | "to" | "through" | "or" | "-" | "\u{2013}"
    ) {
        end + 1
    } else {
        return None;
    };
    let p = pieces.get(k)?;
    let n = p.num.filter(|_| p.digits <= 2)?;
    if n <= first.day as u32 {
        return None;
    }
    let counts = pieces.get(k + 1).is_some_and(|q| {
        q.info
            .is_some_and(|w| w.unit.is_some() || w.month.is_some())
            || matches!(q.text, "%" | "percent" | ":" | "p.m" | "a.m")
            || q.joined
    });
    if counts {
        return None;
    }
    Some((k, Date::new(first.year, first.month as u32, n)?))
}

/// The period of `unit` holding the calendar value `v` ("that year" after "in 1988"),
/// shifted by `offset` units ("the following month").
fn that_period(v: &str, unit: lexicon::Unit, offset: i64) -> Option<resolve::Resolved> {
    use lexicon::Unit;
    let digits = |r: std::ops::Range<usize>| {
        v.get(r)
            .is_some_and(|s| s.bytes().all(|b| b.is_ascii_digit()))
    };
    let year = year_of(v)?;
    let month = digits(5..7)
        .then(|| v.get(5..7).and_then(|m| m.parse::<u8>().ok()))
        .flatten()
        .filter(|m| (1..=12).contains(m));
    let day = digits(8..10)
        .then(|| v.get(8..10).and_then(|d| d.parse::<u32>().ok()))
        .flatten();
    let date = || Date::new(year, month? as u32, day?);
    match unit {
        Unit::Year => Some(resolve::year_value(year + offset as i32)),
        Unit::Month => {
            let index = year as i64 * 12 + month? as i64 - 1 + offset;
            let (y, m) = (index.div_euclid(12) as i32, index.rem_euclid(12) as u8 + 1);
            Some(resolve::month_value(y, m))
        }
        Unit::Day => Some(resolve::day(date()?.add_days(offset))),
        Unit::Week => Some(resolve::week_of(date()?.add_days(7 * offset))),
        _ => None,
    }
}

/// How often each recent quarter was named: the one named most is what an earnings story
/// reports on, and what "a year ago" or "the quarter" refer to ("third-quarter profit rose ...
/// after a weak second quarter ... the year-earlier period").
#[derive(Default)]
struct QuarterTally {
    counts: Vec<((i32, u8), u32)>,
}

impl QuarterTally {
    /// Notes that quarter `q` of `y` was named; returns the quarter the text is about: the
    /// most named among those of the last five quarters before publication (a tie goes to
    /// the one named first). An older quarter ("the third quarter of 1982") is only the
    /// reference of what follows it.
    fn named(&mut self, y: i32, q: u8, anchor: Option<Date>) -> (i32, u8) {
        let recent = anchor.is_none_or(|a| {
            let now = a.year as i64 * 4 + (a.month as i64 - 1) / 3;
            (0..=4).contains(&(now - (y as i64 * 4 + q as i64 - 1)))
        });
        if !recent {
            return (y, q);
        }
        let at = match self.counts.iter().position(|(k, _)| *k == (y, q)) {
            Some(at) => at,
            None => {
                self.counts.push(((y, q), 0));
                self.counts.len() - 1
            }
        };
        self.counts[at].1 += 1;
        let named = self.counts[at].1;
        self.counts
            .iter()
            .filter(|&&(k, n)| k != (y, q) && n >= named)
            .max_by_key(|&&(_, n)| n)
            .map_or((y, q), |&(k, _)| k)
    }
}

/// How many sentences after the one naming it a day stays the day the text is about for
/// "in the morning" and a clock time without a day ("the previous Friday" has no limit).
const DAY_CONTEXT: usize = 1;

/// How many sentences a named quarter stays the reference of "a year ago", "the quarter".
const QUARTER_CONTEXT: usize = 8;

/// The year of a value starting with four digits.
fn year_of(value: &str) -> Option<i32> {
    value.get(..4)?.parse().ok()
}

/// `(year, month)` of a `YYYY-MM` value.
fn month_of(value: &str) -> Option<(i32, u8)> {
    let (y, m) = value.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    let m: u8 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
    Some((y.parse().ok()?, m))
}

/// `(year, quarter)` of a `YYYY-Qn` value.
fn quarter_of(value: &str) -> Option<(i32, u8)> {
    let (y, q) = value.split_once("-Q")?;
    let q: u8 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
    Some((y.parse().ok()?, q))
}

/// `new`'s value, kind and interval, with `old`'s relativity.
fn keep_flags(old: resolve::Resolved, new: resolve::Resolved) -> resolve::Resolved {
    resolve::Resolved {
        relative: old.relative,
        ..new
    }
}

/// Relations by which a time expression hangs off its clause's verb.
const TIME_RELATIONS: [&str; 8] = [
    "obl",
    "obl:tmod",
    "obl:npmod",
    "obl:unmarked",
    "nmod:tmod",
    "nmod:npmod",
    "advmod",
    "nmod",
];

/// The time expression (index into `doc.times`) attached to the clause headed by `token`.
///
/// With a dependency parse: an expression whose head token is an `obl`/`obl:tmod`/
/// `nmod:tmod`/`advmod` (or `obl:npmod`) dependent of the verb, or of the verb's `xcomp`/
/// `ccomp`. Without one (or when the parse attaches none): the nearest expression in the
/// same sentence, at most 15 tokens away and not across a `;` or a quotation mark; with a
/// parse, never one hanging from another clause below the verb that has its own subject or
/// opener ("denied reports that the country had moved uranium in December": December dates
/// the moving, not the denial; a participle without a subject, "In its proposals rolled out
/// in December, Russia demanded", still dates the act).
pub fn time_for_clause(doc: &Document, token: usize) -> Option<usize> {
    clause_time(doc, token, true)
}

/// Like [`time_for_clause`], but only a time of the act itself: an expression hanging from
/// the verb at `token`, never one in its `xcomp`/`ccomp` complement. For an act that reports,
/// denies or comments on another ("denied that the troops had crossed the border in
/// December", "said the talks would resume on Monday"), whose complement's time dates the
/// act reported, not the report; `None` leaves the report to be dated otherwise (by the
/// publication).
pub fn own_time_for_clause(doc: &Document, token: usize) -> Option<usize> {
    clause_time(doc, token, false)
}

/// The time expression of the clause headed by `token`; `complements`: also one of its
/// `xcomp`/`ccomp` complement (see [`time_for_clause`]).
fn clause_time(doc: &Document, token: usize, complements: bool) -> Option<usize> {
    let at = doc.tokens.get(token)?.span.start;
    let s = doc.sentence_at(at)?;
    let candidates: Vec<usize> = (0..doc.times.len())
        .filter(|&i| doc.times[i].sentence as usize == s)
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let parsed = doc
        .sentence_tokens(s)
        .iter()
        .any(|t| t.head != attache_core::NO_HEAD);
    let mut verbs = vec![token];
    if parsed && complements {
        verbs.extend(
            doc.dependents(token)
                .filter(|&c| matches!(doc.tokens[c].deprel.as_str(), "xcomp" | "ccomp")),
        );
    }
    // the verb an expression hangs from by a time relation, when the parse gives one
    let verb_of = |i: usize| {
        let h = expression_head(doc, doc.times[i].span)?;
        TIME_RELATIONS
            .contains(&doc.tokens[h].deprel.as_str())
            .then(|| doc.head(h))
            .flatten()
    };
    if parsed {
        let attached = candidates
            .iter()
            .copied()
            .find(|&i| verb_of(i).is_some_and(|v| verbs.contains(&v)));
        if attached.is_some() {
            return attached;
        }
    }
    // with a parse, an expression hanging from another clause below this one, with its own
    // subject or opener, is that clause's time ("denied reports that the country had moved
    // uranium in December", "accused Israel of violating the truce on Wednesday"); a
    // participle without either shares the act's occasion ("In its proposals rolled out in
    // December, Russia demanded ...", "Speaking on Monday, the minister demanded ...")
    let embedded = |i: usize| {
        parsed
            && verb_of(i).is_some_and(|v| {
                !verbs.contains(&v)
                    && is_verb(doc, v)
                    && own_clause(doc, v)
                    && descends_from(doc, v, token)
            })
    };
    let sentence = &doc.sentences[s];
    let tokens_of = |span: Span| {
        let first = doc
            .token_at(span.start)
            .unwrap_or(sentence.tokens.start as usize);
        let last = doc.token_at(span.end.saturating_sub(1)).unwrap_or(first);
        (first, last)
    };
    candidates
        .into_iter()
        .filter(|&i| !embedded(i))
        .filter_map(|i| {
            let (first, last) = tokens_of(doc.times[i].span);
            let (lo, hi) = if last < token {
                (last, token)
            } else {
                (token, first)
            };
            let distance = hi.saturating_sub(lo);
            let blocked =
                (lo + 1..hi).any(|k| matches!(doc.word(k), ";" | "\"" | "\u{201c}" | "\u{201d}"));
            (distance <= 15 && !blocked).then_some((distance, i))
        })
        .min()
        .map(|(_, i)| i)
}

/// The token of `span` whose head lies outside it (the expression's syntactic head).
/// Whether token `k` is a verb by the tagger (a `VERB`/`AUX` or a `VB*` tag).
fn is_verb(doc: &Document, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| {
        matches!(t.upos.as_str(), "VERB" | "AUX") || t.xpos.as_str().starts_with("VB")
    })
}

/// Whether the verb at `v` heads a clause of its own: it has a subject (`nsubj`, `csubj`,
/// `expl`) or an opener (`mark`: "that", "whether", "of" before a gerund).
fn own_clause(doc: &Document, v: usize) -> bool {
    doc.dependents(v).any(|c| {
        matches!(
            doc.tokens[c].deprel.base(),
            "nsubj" | "csubj" | "expl" | "mark"
        )
    })
}

/// Whether token `k` lies below `ancestor` in the parse (not `ancestor` itself); the climb
/// stops after as many steps as the document has tokens, so a malformed parse cannot loop.
fn descends_from(doc: &Document, k: usize, ancestor: usize) -> bool {
    let mut at = k;
    for _ in 0..doc.tokens.len() {
        match doc.head(at) {
            Some(h) if h == ancestor => return true,
            Some(h) => at = h,
            None => return false,
        }
    }
    false
}

fn expression_head(doc: &Document, span: Span) -> Option<usize> {
    let first = doc.token_at(span.start)?;
    let last = doc.token_at(span.end.saturating_sub(1))?;
    (first..=last).find(|&k| doc.head(k).is_none_or(|h| h < first || h > last))
}

/// How precise a TIMEX3 value is, as the event contract's `date_precision` wants it.
/// Quarters, halves and seasons count as `Year` (they are coarser than a month);
/// decades, references (`PAST_REF`), durations and sets are `Unknown`.
pub fn precision_of(value: &str) -> DatePrecision {
    let b = value.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if b.len() < 4 || !digits(0..4) {
        return DatePrecision::Unknown;
    }
    if b.len() == 4 {
        return DatePrecision::Year;
    }
    if b[4] != b'-' {
        return DatePrecision::Unknown;
    }
    match b.get(5) {
        Some(b'W') if digits(6..8) => DatePrecision::Week,
        Some(b'Q' | b'H' | b'S' | b'F' | b'W') => DatePrecision::Year,
        _ if digits(5..7) && b.len() == 7 => DatePrecision::Month,
        _ if digits(5..7) && b.get(7) == Some(&b'-') && digits(8..10) => DatePrecision::Day,
        _ => DatePrecision::Unknown,
    }
}

/// The date of a clause for an event record: the value of the expression attached to it
/// ([`time_for_clause`]), else the publication date.
#[derive(Clone, Debug, PartialEq)]
pub struct ClauseDate {
    /// TIMEX3-style value, or `None` with no expression and no publication date.
    pub value: Option<String>,
    pub precision: DatePrecision,
    /// `"time expression"`, `"publication date"` or `"unknown"`.
    pub reason: &'static str,
    /// Index into `doc.times` of the expression used.
    pub time: Option<usize>,
}

/// The date of the clause headed by `token` (see [`ClauseDate`]). An attached expression
/// without a calendar value (a duration, a set, a reference such as `PRESENT_REF`, a decade,
/// or unresolved) falls back to publication.
pub fn date_for_clause(doc: &Document, token: usize) -> ClauseDate {
    if let Some(i) = time_for_clause(doc, token) {
        let t = &doc.times[i];
        let dated = !matches!(t.kind, TimeKind::Duration | TimeKind::Set);
        let calendar = t
            .value
            .as_deref()
            .filter(|v| precision_of(v) != DatePrecision::Unknown);
        if let (true, Some(v)) = (dated, calendar) {
            return ClauseDate {
                precision: precision_of(v),
                value: Some(v.to_string()),
                reason: "time expression",
                time: Some(i),
            };
        }
    }
    match doc.published_date() {
        Some(d) => ClauseDate {
            value: Some(d.iso()),
            precision: DatePrecision::Day,
            reason: "publication date",
            time: None,
        },
        None => ClauseDate {
            value: None,
            precision: DatePrecision::Unknown,
            reason: "unknown",
            time: None,
        },
    }
}

/// The due window (inclusive start and end dates) of a commitment dated by `doc.times[time]`:
/// - a deadline ("by the end of May", "until March", "before the end of the year"):
///   publication .. the end of the period (for a plain "before X": the day before X starts);
/// - a limit ("within two months", "in the next two weeks"): publication .. publication +
///   the duration;
/// - any other expression with an interval ("next week"): that interval.
///
/// `None` without a publication date for the relative cases, and for expressions without
/// an interval (references such as `FUTURE_REF`, sets).
pub fn due_window(doc: &Document, time: usize) -> Option<(Date, Date)> {
    let t = doc.times.get(time)?;
    let text = doc.slice(t.span).to_ascii_lowercase();
    let published = doc.published_date();
    let cue = word_before(doc, t.span).to_ascii_lowercase();
    if t.kind == TimeKind::Duration {
        let limit = text.starts_with("within")
            || matches!(cue.as_str(), "within" | "in")
            || text.starts_with("the next")
            || text.starts_with("the coming");
        let from = published?;
        return limit
            .then(|| Some((from, add_period(from, t.value.as_deref()?)?)))
            .flatten();
    }
    let (start, end) = t.interval?;
    let end_of = text.starts_with("the end of") || text.starts_with("end of");
    match cue.as_str() {
        "by" | "until" | "till" | "through" => Some((published?, end)),
        "before" if end_of => Some((published?, end)),
        "before" => Some((published?, start.add_days(-1))),
        _ => Some((start, end)),
    }
}

/// The word just before `span` in its sentence (`""` at the start).
fn word_before(doc: &Document, span: Span) -> &str {
    let Some(k) = doc.token_at(span.start) else {
        return "";
    };
    let Some(s) = doc.sentence_at(span.start) else {
        return "";
    };
    if k == 0 || (k as u32) <= doc.sentences[s].tokens.start {
        return "";
    }
    doc.word(k - 1)
}

/// `from` + a TIMEX3 period of days, weeks, months or years (`P2M`), or of hours or minutes
/// (`PT48H`, `PT90M`) as whole days rounded up (48 hours from a Friday end on the Sunday, 12
/// hours on the next day); `None` for vague periods and other units.
pub fn add_period(from: Date, period: &str) -> Option<Date> {
    let body = period.strip_prefix('P')?;
    if let Some(clock) = body.strip_prefix('T') {
        let unit = clock.chars().last()?;
        let n: i64 = clock[..clock.len() - unit.len_utf8()].parse().ok()?;
        let per_day = match unit {
            'H' => 24,
            'M' => 24 * 60,
            _ => return None,
        };
        return (n >= 0).then(|| from.add_days((n + per_day - 1) / per_day));
    }
    let unit = body.chars().last()?;
    let n: i64 = body[..body.len() - unit.len_utf8()].parse().ok()?;
    let months = |m: i64| {
        let idx = from.year as i64 * 12 + from.month as i64 - 1 + m;
        let (y, mo) = (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u8);
        let day = from.day.min(attache_core::date::days_in_month(y, mo));
        Date {
            year: y,
            month: mo,
            day,
        }
    };
    Some(match unit {
        'D' => from.add_days(n),
        'W' => from.add_days(7 * n),
        'M' => months(n),
        'Q' => months(3 * n),
        'Y' => months(12 * n),
        _ => return None,
    })
}
