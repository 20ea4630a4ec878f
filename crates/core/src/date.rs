//! Civil dates without a dependency: proleptic Gregorian, days since 1970-01-01.

use std::fmt;

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Monday = 0 .. Sunday = 6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Weekday(pub u8);

impl Weekday {
    pub const NAMES: [&'static str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];

    pub fn name(self) -> &'static str {
        Self::NAMES[self.0 as usize % 7]
    }
}

pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month as u8) as u32 {
            return None;
        }
        Some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        Date {
            year: (y + if m <= 2 { 1 } else { 0 }) as i32,
            month: m,
            day: d,
        }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (3).
        Weekday(((self.to_days() + 3).rem_euclid(7)) as u8)
    }

    /// ISO 8601 week-numbering year and week.
    pub fn iso_week(self) -> (i32, u32) {
        let wd = self.weekday().0 as i64;
        let thursday = Date::from_days(self.to_days() - wd + 3);
        let jan1 = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u32)
    }

    /// The Monday starting ISO week `week` of `year`.
    pub fn from_iso_week(year: i32, week: u32) -> Option<Date> {
        let jan4 = Date {
            year,
            month: 1,
            day: 4,
        };
        let monday1 = jan4.add_days(-(jan4.weekday().0 as i64));
        let d = monday1.add_days((week as i64 - 1) * 7);
        (week >= 1 && d.iso_week() == (year, week)).then_some(d)
    }

    pub fn last_of_month(year: i32, month: u8) -> Date {
        Date {
            year,
            month,
            day: days_in_month(year, month),
        }
    }

    /// `2022-01-21`.
    pub fn iso(self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Month number (1-12) of an English month name or common abbreviation, any case,
/// with or without a trailing period ("Jan.", "Sept").
pub fn month_from_name(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    let m = match w.as_str() {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// Weekday of an English weekday name or abbreviation ("Tue.", "Thurs").
pub fn weekday_from_name(word: &str) -> Option<Weekday> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    let d = match w.as_str() {
        "monday" | "mon" => 0,
        "tuesday" | "tue" | "tues" => 1,
        "wednesday" | "wed" => 2,
        "thursday" | "thu" | "thur" | "thurs" => 3,
        "friday" | "fri" => 4,
        "saturday" | "sat" => 5,
        "sunday" | "sun" => 6,
        _ => return None,
    };
    Some(Weekday(d))
}

/// The article's publication moment: a date, optionally a UTC time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Published {
    pub date: Date,
    /// Hours, minutes, seconds in UTC, when the source gave a time.
    pub time: Option<(u8, u8, u8)>,
}

impl Published {
    pub fn day(date: Date) -> Published {
        Published { date, time: None }
    }

    /// ISO 8601 as the contract wants: `2022-01-21T13:55:00Z` or `2022-01-21`.
    pub fn iso(&self) -> String {
        match self.time {
            Some((h, m, s)) => format!("{}T{:02}:{:02}:{:02}Z", self.date, h, m, s),
            None => self.date.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip_across_centuries() {
        for z in (-800_000..800_000).step_by(97) {
            assert_eq!(Date::from_days(z).to_days(), z);
        }
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
    }

    #[test]
    fn weekdays_and_iso_weeks_match_the_calendar() {
        let d = Date::new(2022, 1, 21).unwrap();
        assert_eq!(d.weekday().name(), "Friday");
        assert_eq!(d.iso_week(), (2022, 3));
        assert_eq!(Date::new(2022, 1, 24).unwrap().iso_week(), (2022, 4));
        assert_eq!(Date::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
        assert_eq!(Date::from_iso_week(2022, 4), Date::new(2022, 1, 24));
        assert_eq!(Date::new(2022, 2, 29), None);
        assert!(Date::new(2024, 2, 29).is_some());
    }
}
