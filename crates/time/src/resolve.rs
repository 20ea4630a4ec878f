//! Resolving a found expression against the publication date: TIMEX3 value, kind and the
//! calendar interval it denotes.

use attache_core::date::days_in_month;
use attache_core::{Date, TimeKind};

use crate::grammar::{period, Rel, Sem};
use crate::lexicon::{DayPart, Holiday, Quantity, Reference, Tense, Unit};

/// A resolved expression.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Resolved {
    pub value: Option<String>,
    pub kind: TimeKind,
    pub interval: Option<(Date, Date)>,
    /// The value depends on the publication date (and was left `None` without one).
    pub relative: bool,
}

impl Resolved {
    fn new(value: String, kind: TimeKind, interval: Option<(Date, Date)>) -> Resolved {
        Resolved {
            value: Some(value),
            kind,
            interval,
            relative: false,
        }
    }

    fn unresolved(kind: TimeKind) -> Resolved {
        Resolved {
            value: None,
            kind,
            interval: None,
            relative: true,
        }
    }
}

/// Resolves `sem`; `tense` is the tense of its clause, asked for only when needed.
pub(crate) fn resolve(
    sem: &Sem,
    anchor: Option<Date>,
    tense: &mut dyn FnMut() -> Option<Tense>,
) -> Resolved {
    let absolute = match sem {
        Sem::Date(d) => Some(day(*d)),
        Sem::Month {
            month,
            year: Some(y),
            ..
        } => Some(month_value(*y, *month)),
        Sem::Year(y) => Some(year_value(*y)),
        Sem::WeekOf(inner) => match inner.as_ref() {
            Sem::Date(d) => Some(week_of(*d)),
            _ => None,
        },
        Sem::DayFrom(inner, days) => match inner.as_ref() {
            Sem::Date(d) => Some(day(d.add_days(*days))),
            _ => None,
        },
        Sem::QuarterEnded { q, end } => match end.as_ref() {
            Sem::Date(d) => Some(quarter_value(d.year, *q)),
            _ => None,
        },
        Sem::Decade(d) => Some(decade_value(*d)),
        Sem::Century(c) => Some(century_value(*c)),
        Sem::Quarter {
            q, year: Some(y), ..
        } => Some(quarter_value(*y, *q)),
        Sem::Half {
            h, year: Some(y), ..
        } => Some(half_value(*y, *h)),
        Sem::Season {
            code,
            year: Some(y),
            ..
        } => Some(season_value(*y, *code)),
        Sem::Duration { n, unit } => {
            Some(Resolved::new(period(*n, *unit), TimeKind::Duration, None))
        }
        Sem::Set(v) => Some(Resolved::new(v.clone(), TimeKind::Set, None)),
        Sem::Period(v) => Some(Resolved::new(v.clone(), TimeKind::Duration, None)),
        Sem::Holiday {
            rule,
            year: Some(y),
            week,
        } => holiday_date(*rule, *y).map(|d| holiday_value(d, *week)),
        Sem::Ref(Reference::Past) => Some(Resolved::new("PAST_REF".into(), TimeKind::Date, None)),
        Sem::Ref(Reference::Future | Reference::Prospect) => {
            Some(Resolved::new("FUTURE_REF".into(), TimeKind::Date, None))
        }
        _ => None,
    };
    if let Some(r) = absolute {
        return r;
    }
    let kind = kind_of(sem);
    let Some(a) = anchor else {
        return Resolved::unresolved(kind);
    };
    let mut r = resolve_relative(sem, a, tense).unwrap_or(Resolved {
        value: None,
        kind,
        interval: None,
        relative: true,
    });
    r.relative = true;
    r
}

fn kind_of(sem: &Sem) -> TimeKind {
    match sem {
        Sem::Month { .. } | Sem::MonthOfYear { .. } => TimeKind::Month,
        Sem::Year(_) | Sem::Decade(_) | Sem::DecadeWord(_) | Sem::Century(_) => TimeKind::Year,
        Sem::Duration { .. } | Sem::Period(_) => TimeKind::Duration,
        Sem::Set(_) => TimeKind::Set,
        Sem::Clock { .. } => TimeKind::Time,
        Sem::Relative {
            unit: Unit::Week, ..
        }
        | Sem::WeekOf(_) => TimeKind::Week,
        Sem::Relative {
            unit: Unit::Month, ..
        } => TimeKind::Month,
        Sem::Relative {
            unit: Unit::Year, ..
        } => TimeKind::Year,
        _ => TimeKind::Date,
    }
}

fn resolve_relative(
    sem: &Sem,
    a: Date,
    tense: &mut dyn FnMut() -> Option<Tense>,
) -> Option<Resolved> {
    Some(match sem {
        Sem::MonthDay { month, day: d, rel } => {
            // by tense the latest such day on or before publication (past) or the next on
            // or after (future), within a year; else the nearest
            let candidates: Vec<Date> = [a.year - 1, a.year, a.year + 1]
                .into_iter()
                .filter_map(|y| Date::new(y, *month as u32, *d as u32))
                .collect();
            let nearest = candidates
                .iter()
                .copied()
                .min_by_key(|c| (c.to_days() - a.to_days()).abs())?;
            let on_or_before = || candidates.iter().copied().filter(|c| *c <= a).max();
            let on_or_after = || candidates.iter().copied().filter(|c| *c >= a).min();
            let best = match rel {
                Rel::Prev => candidates.iter().copied().filter(|c| *c < a).max(),
                Rel::Next => candidates.iter().copied().filter(|c| *c > a).min(),
                Rel::This => Date::new(a.year, *month as u32, *d as u32),
                Rel::OnOrBefore => on_or_before(),
                Rel::Tense => match tense() {
                    Some(Tense::Past) => on_or_before(),
                    Some(Tense::Future) => on_or_after(),
                    None => None,
                }
                .filter(|c| (c.to_days() - a.to_days()).abs() <= 300),
            };
            day(best.unwrap_or(nearest))
        }
        Sem::Month { month, rel, .. } => {
            let now = month_index(a);
            let target = *month as i64 - 1;
            let back = (now - target).rem_euclid(12);
            let fwd = (target - now).rem_euclid(12);
            let idx = match rel {
                Rel::This => a.year as i64 * 12 + target,
                Rel::OnOrBefore => now - back,
                Rel::Prev => now - if back == 0 { 12 } else { back },
                Rel::Next => now + if fwd == 0 { 12 } else { fwd },
                // by tense when that stays within MONTH_REACH months ("gave it until
                // mid-November" in late October is this November), else the nearest
                Rel::Tense => match tense() {
                    Some(Tense::Past) if back <= MONTH_REACH => now - back,
                    Some(Tense::Future) if fwd <= MONTH_REACH => now + fwd,
                    // nearest, ties to the publication year
                    _ if back < fwd => now - back,
                    _ if fwd < back => now + fwd,
                    _ => a.year as i64 * 12 + target,
                },
            };
            let (y, m) = from_month_index(idx);
            month_value(y, m)
        }
        Sem::DecadeWord(d) => {
            let mut decade = (a.year / 100) * 10 + *d as i32;
            if decade * 10 > a.year {
                decade -= 10;
            }
            decade_value(decade)
        }
        Sem::DayFrom(inner, days) => {
            let (start, _) = resolve_relative(inner, a, tense)?.interval?;
            day(start.add_days(*days))
        }
        Sem::WeekOf(inner) => {
            let (start, _) = resolve_relative(inner, a, tense)?.interval?;
            week_of(start)
        }
        Sem::MonthOfYear { month, year_offset } => {
            month_value(a.year + *year_offset as i32, *month)
        }
        Sem::QuarterEnded { q, end } => {
            let (d, _) = resolve_relative(end, a, tense)?.interval?;
            quarter_value(d.year, *q)
        }
        Sem::RelQuarter { year_offset, q } => quarter_value(a.year + *year_offset as i32, *q),
        Sem::RelHalf { year_offset, h } => half_value(a.year + *year_offset as i32, *h),
        Sem::Quarter { q, rel, .. } => {
            let (y, n) = nth_period(
                a.year,
                (a.month as i32 - 1) / 3 + 1,
                *q as i32,
                4,
                *rel,
                tense,
            );
            quarter_value(y, n as u8)
        }
        Sem::Half { h, rel, .. } => {
            let (y, n) = nth_period(
                a.year,
                (a.month as i32 - 1) / 6 + 1,
                *h as i32,
                2,
                *rel,
                tense,
            );
            half_value(y, n as u8)
        }
        Sem::Season { code, rel, .. } => {
            // seasons numbered 1 (spring) .. 4 (winter, December to February); January and
            // February belong to the winter that began the year before
            let season_year = if a.month < 3 { a.year - 1 } else { a.year };
            let now_season = match a.month {
                12 | 1 | 2 => 4,
                m => (m as i32 - 3) / 3 + 1,
            };
            let want = (season_start(*code) as i32 - 3).rem_euclid(12) / 3 + 1;
            let y = match rel {
                Rel::This if want == 4 => season_year,
                Rel::This => a.year,
                // a future clause names the next such season ("will vote in the spring"
                // in January is this spring, in July the next one); so does a clause without
                // a past cue ("we need these systems in the summer" in January is the coming
                // summer): only a past clause names the last one
                Rel::Tense => match tense() {
                    Some(Tense::Past) => season_year - i32::from(want > now_season),
                    _ => season_year + i32::from(want < now_season),
                },
                _ => nth_period(season_year, now_season, want, 4, *rel, tense).0,
            };
            season_value(y, *code)
        }
        Sem::Weekday { wd, rel, part } => {
            let d = weekday_date(a, *wd, *rel, tense);
            with_part(d, *part)
        }
        Sem::Offset { days, part } => with_part(a.add_days(*days), *part),
        Sem::PartOfDay(part) => with_part(a, Some(*part)),
        Sem::WeekdayFrom { wd, step } => day(weekday_from(a, *wd, *step)),
        Sem::Ref(Reference::Present) => {
            Resolved::new("PRESENT_REF".into(), TimeKind::Date, Some((a, a)))
        }
        Sem::Ref(Reference::DayOffset(days, part)) => {
            with_part(a.add_days(*days as i64), part.map(DayPart::Code))
        }
        Sem::Relative { unit, offset } => shifted(a, *unit, *offset)?,
        Sem::Ago {
            n: Quantity::Exact(n),
            unit,
            sign,
        } => {
            let n = *n as i64 * sign;
            match unit {
                Unit::Day | Unit::Hour | Unit::Minute | Unit::Second | Unit::Weekend => {
                    day(a.add_days(if *unit == Unit::Day { n } else { 0 }))
                }
                // "a week ago" is a day; "six weeks ago" the week, as TimeBank has it
                Unit::Week if n.abs() == 1 => day(a.add_days(7 * n)),
                Unit::Week => week_of(a.add_days(7 * n)),
                Unit::Fortnight => day(a.add_days(14 * n)),
                // "a decade ago" is the year ten years back, not the previous decade
                Unit::Decade => year_value(a.year + 10 * n as i32),
                Unit::Century => year_value(a.year + 100 * n as i32),
                other => shifted(a, *other, n)?,
            }
        }
        Sem::Clock { h, m, day: on } => {
            let d = match on {
                Some(inner) => resolve_relative(inner, a, tense)
                    .and_then(|r| r.interval)
                    .map_or(a, |(s, _)| s),
                None => a,
            };
            Resolved::new(format!("{d}T{h:02}:{m:02}"), TimeKind::Time, Some((d, d)))
        }
        Sem::Holiday { rule, week, .. } => {
            // like a day of a month: by tense the latest on or before publication (past) or
            // the next on or after (future); else the nearest
            // a week counts from its Monday ("as Easter week got under way")
            let candidates: Vec<Date> = [a.year - 1, a.year, a.year + 1]
                .into_iter()
                .filter_map(|y| holiday_date(*rule, y))
                .map(|d| match week {
                    true => d.add_days(-(d.weekday().0 as i64)),
                    false => d,
                })
                .collect();
            let distance = |c: &Date| (c.to_days() - a.to_days()).abs();
            let nearest = candidates.iter().copied().min_by_key(distance)?;
            let best = match tense() {
                Some(Tense::Past) => candidates.iter().copied().filter(|c| *c <= a).max(),
                Some(Tense::Future) => candidates.iter().copied().filter(|c| *c >= a).min(),
                None => None,
            };
            holiday_value(best.unwrap_or(nearest), *week)
        }
        Sem::That {
            unit: Unit::Day,
            offset,
            part: Some(part),
        } => with_part(a.add_days(*offset), Some(*part)),
        Sem::That { unit, offset, .. } => shifted(a, *unit, *offset)?,
        Sem::NextOf { unit, .. } => shifted(a, *unit, 1)?,
        Sem::YearEnd { year: Some(y) } => day(Date::new(*y, 12, 31)?),
        Sem::YearEnd { year: None } => {
            // a past clause means the last Dec. 31 before publication (published on Dec. 31:
            // that day)
            let past = tense() == Some(Tense::Past) && !(a.month == 12 && a.day == 31);
            let y = if past { a.year - 1 } else { a.year };
            day(Date::new(y, 12, 31)?)
        }
        Sem::TheYear => match tense() {
            // the year holding the last quarter that has ended
            Some(Tense::Past) if a.month <= 3 => year_value(a.year - 1),
            _ => year_value(a.year),
        },
        Sem::Weekend { rel } => {
            let wd = a.weekday().0 as i64; // Monday = 0
            let saturday = match rel {
                Rel::This | Rel::OnOrBefore => a.add_days(5 - wd),
                Rel::Next => a.add_days(5 - wd + 7),
                Rel::Prev => a.add_days(-wd - 2),
                Rel::Tense => match tense() {
                    Some(Tense::Future) => a.add_days(5 - wd),
                    _ if wd >= 5 => a.add_days(5 - wd),
                    _ => a.add_days(-wd - 2),
                },
            };
            let (y, w) = saturday.iso_week();
            Resolved::new(
                format!("{y}-W{w:02}-WE"),
                TimeKind::Date,
                Some((saturday, saturday.add_days(1))),
            )
        }
        _ => return None,
    })
}

/// How many months back (past clause) or ahead (future clause) a month without a year may
/// lie; farther than that the nearest occurrence wins.
const MONTH_REACH: i64 = 10;

/// The date of holiday `rule` in year `y`.
pub(crate) fn holiday_date(rule: Holiday, y: i32) -> Option<Date> {
    match rule {
        Holiday::Fixed { month, day } => Date::new(y, month as u32, day as u32),
        Holiday::Nth { month, wd, n } => {
            let start = Date::new(y, month as u32, 1)?;
            let target = (wd as i64 - 1).rem_euclid(7);
            let first = start.add_days((target - start.weekday().0 as i64).rem_euclid(7));
            if n > 0 {
                let d = first.add_days(7 * (n as i64 - 1));
                (d.month == month).then_some(d)
            } else {
                let last = Date::last_of_month(y, month);
                Some(last.add_days(-(last.weekday().0 as i64 - target).rem_euclid(7)))
            }
        }
        Holiday::Election => {
            let first = Date::new(y, 11, 1)?;
            let monday = first.add_days((-(first.weekday().0 as i64)).rem_euclid(7));
            Some(monday.add_days(1))
        }
        Holiday::Easter(offset) => easter(y).map(|d| d.add_days(offset as i64)),
    }
}

/// Western Easter Sunday of year `y` (the Gregorian computus).
fn easter(y: i32) -> Option<Date> {
    let a = y.rem_euclid(19);
    let (b, c) = (y.div_euclid(100), y.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(y, month as u32, day as u32)
}

/// A holiday's day, or the ISO week holding it.
fn holiday_value(d: Date, week: bool) -> Resolved {
    if week {
        week_of(d)
    } else {
        day(d)
    }
}

/// A clock time on day `d`.
pub(crate) fn clock_value(d: Date, h: u8, m: u8) -> Resolved {
    Resolved::new(format!("{d}T{h:02}:{m:02}"), TimeKind::Time, Some((d, d)))
}

/// The ISO week holding `d`.
pub(crate) fn week_of(d: Date) -> Resolved {
    let (y, w) = d.iso_week();
    let monday = d.add_days(-(d.weekday().0 as i64));
    Resolved::new(
        format!("{y}-W{w:02}"),
        TimeKind::Week,
        Some((monday, monday.add_days(6))),
    )
}

/// The `want`-th period (quarter, half, season) of a year relative to the current one.
fn nth_period(
    year: i32,
    now: i32,
    want: i32,
    per_year: i32,
    rel: Rel,
    tense: &mut dyn FnMut() -> Option<Tense>,
) -> (i32, i32) {
    let y = match rel {
        Rel::This => year,
        Rel::OnOrBefore => year - i32::from(want > now),
        Rel::Prev => year - i32::from(want >= now),
        Rel::Next => year + i32::from(want <= now),
        // a quarter named in a future clause is mostly this year's ("will report
        // third-quarter results"); otherwise the latest one that has begun
        Rel::Tense => match tense() {
            Some(Tense::Future) => year,
            _ => year - i32::from(want > now),
        },
    };
    (y, want.clamp(1, per_year))
}

/// The weekday `wd` strictly before (`step` < 0) or after `a`.
pub(crate) fn weekday_from(a: Date, wd: u8, step: i64) -> Date {
    let rel = if step < 0 { Rel::Prev } else { Rel::Next };
    weekday_date(a, wd, rel, &mut || None)
}

fn weekday_date(a: Date, wd: u8, rel: Rel, tense: &mut dyn FnMut() -> Option<Tense>) -> Date {
    let now = a.weekday().0 as i64;
    let target = (wd as i64 - 1).rem_euclid(7);
    let back = (now - target).rem_euclid(7);
    let fwd = (target - now).rem_euclid(7);
    let delta = match rel {
        Rel::This => target - now,
        Rel::OnOrBefore => -back,
        Rel::Prev => -(if back == 0 { 7 } else { back }),
        Rel::Next => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        Rel::Tense => match tense() {
            Some(Tense::Future) => fwd,
            _ => -back,
        },
    };
    a.add_days(delta)
}

/// The unit containing `a`, shifted by `offset` units.
fn shifted(a: Date, unit: Unit, offset: i64) -> Option<Resolved> {
    Some(match unit {
        Unit::Day => day(a.add_days(offset)),
        Unit::Week | Unit::Fortnight => {
            let d = a.add_days(7 * offset);
            let (y, w) = d.iso_week();
            let monday = d.add_days(-(d.weekday().0 as i64));
            Resolved::new(
                format!("{y}-W{w:02}"),
                TimeKind::Week,
                Some((monday, monday.add_days(6))),
            )
        }
        Unit::Month => {
            let (y, m) = from_month_index(month_index(a) + offset);
            month_value(y, m)
        }
        Unit::Quarter => {
            let idx = a.year as i64 * 4 + (a.month as i64 - 1) / 3 + offset;
            quarter_value(idx.div_euclid(4) as i32, (idx.rem_euclid(4) + 1) as u8)
        }
        Unit::Half => {
            let idx = a.year as i64 * 2 + (a.month as i64 - 1) / 6 + offset;
            half_value(idx.div_euclid(2) as i32, (idx.rem_euclid(2) + 1) as u8)
        }
        Unit::Year => year_value(a.year + offset as i32),
        Unit::Decade => decade_value(a.year.div_euclid(10) + offset as i32),
        Unit::Century => century_value(a.year.div_euclid(100) + offset as i32),
        Unit::Weekend => {
            let rel = match offset {
                o if o < 0 => Rel::Prev,
                0 => Rel::This,
                _ => Rel::Next,
            };
            return resolve_relative(&Sem::Weekend { rel }, a, &mut || None);
        }
        Unit::Hour | Unit::Minute | Unit::Second => {
            Resolved::new(period(Quantity::Exact(1), unit), TimeKind::Duration, None)
        }
    })
}

pub(crate) fn with_part(d: Date, part: Option<DayPart>) -> Resolved {
    match part {
        None => day(d),
        Some(DayPart::Code([x, y])) => Resolved::new(
            format!("{d}T{}{}", x as char, y as char),
            TimeKind::Time,
            Some((d, d)),
        ),
        Some(DayPart::Clock(h, m)) => {
            Resolved::new(format!("{d}T{h:02}:{m:02}"), TimeKind::Time, Some((d, d)))
        }
    }
}

fn month_index(d: Date) -> i64 {
    d.year as i64 * 12 + d.month as i64 - 1
}

fn from_month_index(i: i64) -> (i32, u8) {
    (i.div_euclid(12) as i32, (i.rem_euclid(12) + 1) as u8)
}

fn first(y: i32, m: u8) -> Date {
    Date {
        year: y,
        month: m,
        day: 1,
    }
}

pub(crate) fn day(d: Date) -> Resolved {
    Resolved::new(d.iso(), TimeKind::Date, Some((d, d)))
}

pub(crate) fn month_value(y: i32, m: u8) -> Resolved {
    Resolved::new(
        format!("{y:04}-{m:02}"),
        TimeKind::Month,
        Some((first(y, m), Date::last_of_month(y, m))),
    )
}

pub(crate) fn year_value(y: i32) -> Resolved {
    Resolved::new(
        format!("{y:04}"),
        TimeKind::Year,
        Some((first(y, 1), Date::last_of_month(y, 12))),
    )
}

pub(crate) fn quarter_value(y: i32, q: u8) -> Resolved {
    let m = (q.clamp(1, 4) - 1) * 3 + 1;
    Resolved::new(
        format!("{y:04}-Q{q}"),
        TimeKind::Date,
        Some((first(y, m), Date::last_of_month(y, m + 2))),
    )
}

fn half_value(y: i32, h: u8) -> Resolved {
    let m = (h.clamp(1, 2) - 1) * 6 + 1;
    Resolved::new(
        format!("{y:04}-H{h}"),
        TimeKind::Date,
        Some((first(y, m), Date::last_of_month(y, m + 5))),
    )
}

fn season_start(code: [u8; 2]) -> u8 {
    match &code {
        b"SP" => 3,
        b"SU" => 6,
        b"FA" => 9,
        _ => 12,
    }
}

fn season_value(y: i32, code: [u8; 2]) -> Resolved {
    let start = season_start(code);
    let begin = first(y, start);
    let end_index = month_index(begin) + 2;
    let (ey, em) = from_month_index(end_index);
    Resolved::new(
        format!("{y:04}-{}{}", code[0] as char, code[1] as char),
        TimeKind::Date,
        Some((
            begin,
            Date {
                year: ey,
                month: em,
                day: days_in_month(ey, em),
            },
        )),
    )
}

fn decade_value(d: i32) -> Resolved {
    Resolved::new(
        format!("{d:03}"),
        TimeKind::Year,
        Some((first(d * 10, 1), Date::last_of_month(d * 10 + 9, 12))),
    )
}

fn century_value(c: i32) -> Resolved {
    Resolved::new(
        format!("{c:02}"),
        TimeKind::Year,
        Some((first(c * 100, 1), Date::last_of_month(c * 100 + 99, 12))),
    )
}
