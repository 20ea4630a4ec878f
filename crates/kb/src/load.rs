//! Parsing and linting the TSV data files.
//!
//! Parsing never stops at the first problem: every file is read to the end, each bad line
//! becomes a [`KbError`] and is left out, and [`crate::Kb::load_dir`] refuses a KB with
//! errors while [`crate::lint_dir`] reports them all.

use crate::error::{ErrorCode, KbError};
use crate::model::*;
use attache_core::{ActorKind, Date};
use std::collections::{HashMap, HashSet};

/// The data files, their columns, in load order.
pub const FILES: [(&str, &[&str]); 10] = [
    (
        "countries.tsv",
        &[
            "alpha3", "alpha2", "name", "formal", "un", "demonyms", "aliases",
        ],
    ),
    ("igos.tsv", &["id", "code", "name", "aliases", "nouns"]),
    (
        "seats.tsv",
        &["id", "name", "aliases", "country", "igo", "code", "kind"],
    ),
    ("people.tsv", &["id", "name", "aliases", "short", "gender"]),
    (
        "roles.tsv",
        &[
            "person", "of", "role", "office", "title", "start", "end", "source",
        ],
    ),
    (
        "agents.tsv",
        &["id", "noun", "plurals", "role", "attach", "office", "kind"],
    ),
    ("titles.tsv", &["country", "office", "titles"]),
    (
        "no_office.tsv",
        &["country", "office", "start", "end", "note"],
    ),
    (
        "groups.tsv",
        &["id", "code", "name", "aliases", "country", "role", "nouns"],
    ),
    (
        "former_states.tsv",
        &["country", "successor", "seats", "start", "end"],
    ),
];

/// Everything parsed from one set of files, before indexing.
#[derive(Default)]
pub(crate) struct Parsed {
    pub countries: Vec<Country>,
    pub igos: Vec<Igo>,
    pub seats: Vec<Seat>,
    pub people: Vec<Person>,
    pub roles: Vec<Role>,
    pub agents: Vec<Agent>,
    pub titles: Vec<Title>,
    pub no_office: Vec<NoOffice>,
    pub groups: Vec<Group>,
    pub former_states: Vec<FormerState>,
}

/// A file's text by name; absent files are empty.
pub(crate) type Sources<'a> = HashMap<&'static str, (String, &'a str)>;

/// One data line: its number and fields.
struct Line<'a> {
    no: usize,
    fields: Vec<&'a str>,
}

/// Splits a file into data lines after checking its header. Comment (`#`) and blank lines
/// are skipped but counted.
fn lines<'a>(
    file: &str,
    text: &'a str,
    columns: &[&str],
    errors: &mut Vec<KbError>,
) -> Vec<Line<'a>> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, raw) in text.lines().enumerate() {
        let no = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = raw.split('\t').map(str::trim).collect();
        if !header_seen {
            header_seen = true;
            if fields != columns {
                errors.push(KbError::new(
                    ErrorCode::Header,
                    file,
                    no,
                    format!(
                        "header is `{}`, expected `{}`",
                        fields.join(" "),
                        columns.join(" ")
                    ),
                ));
                return out;
            }
            continue;
        }
        if fields.len() != columns.len() {
            errors.push(KbError::new(
                ErrorCode::FieldCount,
                file,
                no,
                format!(
                    "{} fields, expected {} ({})",
                    fields.len(),
                    columns.len(),
                    columns.join(" ")
                ),
            ));
            continue;
        }
        out.push(Line { no, fields });
    }
    out
}

/// A `|`-separated list; empty items dropped.
fn list(field: &str) -> Vec<String> {
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A partial start means its first day; a partial end
/// means the first day after the period (ends are exclusive).
pub fn parse_date(s: &str, is_end: bool) -> Option<Date> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| -> Option<u32> {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    match parts.as_slice() {
        [y] => {
            let y = num(y, 4)? as i32;
            Date::new(if is_end { y + 1 } else { y }, 1, 1)
        }
        [y, m] => {
            let y = num(y, 4)? as i32;
            let m = num(m, 2)?;
            let first = Date::new(y, m, 1)?;
            if is_end {
                Some(Date::last_of_month(y, m as u8).add_days(1))
            } else {
                Some(first)
            }
        }
        [y, m, d] => Date::new(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?),
        _ => None,
    }
}

/// True for `RUS`, `RUSGOV`, `IGOWSTNAT`: one or more upper-case letter (or digit) triples.
pub fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.len().is_multiple_of(3)
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Reads the optional `[start, end)` pair of columns; `None` after reporting KB007/KB012.
fn validity(cx: &mut Ctx, line: &Line, start: usize, end: usize) -> Option<Validity> {
    let f = &line.fields;
    let mut dates = [None, None];
    for (k, (col, is_end)) in [(start, false), (end, true)].into_iter().enumerate() {
        if f[col].is_empty() {
            continue;
        }
        match parse_date(f[col], is_end) {
            Some(d) => dates[k] = Some(d),
            None => {
                cx.err(
                    ErrorCode::BadDate,
                    line.no,
                    format!(
                        "bad date `{}` (expected YYYY, YYYY-MM or YYYY-MM-DD)",
                        f[col]
                    ),
                );
                return None;
            }
        }
    }
    if let [Some(s), Some(e)] = dates {
        if e < s {
            cx.err(
                ErrorCode::EndBeforeStart,
                line.no,
                format!("role ends before it starts ({}..{})", f[start], f[end]),
            );
            return None;
        }
    }
    Some(Validity {
        start: dates[0],
        end: dates[1],
    })
}

struct Ctx<'e> {
    file: &'static str,
    errors: &'e mut Vec<KbError>,
}

impl Ctx<'_> {
    fn err(&mut self, code: ErrorCode, line: usize, msg: impl Into<String>) {
        self.errors.push(KbError::new(code, self.file, line, msg));
    }

    /// A required field; records KB004 when it is empty.
    fn need<'a>(&mut self, line: &Line<'a>, idx: usize, column: &str) -> Option<&'a str> {
        let v = line.fields[idx];
        if v.is_empty() {
            self.err(
                ErrorCode::Empty,
                line.no,
                format!("`{column}` must not be empty"),
            );
            None
        } else {
            Some(v)
        }
    }

    fn id(&mut self, line: &Line, idx: usize, seen: &mut HashSet<String>) -> Option<String> {
        let id = self.need(line, idx, "id")?;
        if !is_id(id) {
            self.err(
                ErrorCode::BadValue,
                line.no,
                format!("id `{id}` must be lower-case letters, digits, `-` or `_`"),
            );
            return None;
        }
        if !seen.insert(id.to_string()) {
            self.err(
                ErrorCode::DuplicateId,
                line.no,
                format!("duplicate id `{id}`"),
            );
            return None;
        }
        Some(id.to_string())
    }

    fn country(&mut self, line: usize, code: &str, known: &HashSet<String>) -> bool {
        if known.contains(code) {
            true
        } else {
            self.err(
                ErrorCode::UnknownCountry,
                line,
                format!("unknown country code `{code}`"),
            );
            false
        }
    }

    fn igo(&mut self, line: usize, id: &str, known: &HashSet<String>) -> bool {
        if known.contains(id) {
            true
        } else {
            self.err(
                ErrorCode::UnknownIgo,
                line,
                format!("unknown IGO id `{id}`"),
            );
            false
        }
    }

    fn code(&mut self, line: usize, code: &str) -> bool {
        if is_code(code) {
            true
        } else {
            self.err(
                ErrorCode::BadCode,
                line,
                format!("`{code}` is not a CAMEO code (upper-case letter triples)"),
            );
            false
        }
    }

    fn office(&mut self, line: usize, s: &str) -> Option<Office> {
        let o = Office::parse(s);
        if o.is_none() {
            let names: Vec<&str> = Office::ALL.iter().map(|o| o.as_str()).collect();
            self.err(
                ErrorCode::UnknownOffice,
                line,
                format!("unknown office `{s}` (one of {})", names.join(", ")),
            );
        }
        o
    }

    /// Reports a name listed twice for one entry (after folding).
    fn unique_names(&mut self, line: usize, names: &[&String]) {
        let mut seen = HashSet::new();
        for n in names {
            if !seen.insert(crate::norm::fold(n)) {
                self.err(
                    ErrorCode::DuplicateName,
                    line,
                    format!("name `{n}` is given twice"),
                );
            }
        }
    }
}

fn kind_of(s: &str) -> Option<ActorKind> {
    Some(match s {
        "person" => ActorKind::Person,
        "organization" => ActorKind::Organization,
        "country" => ActorKind::Country,
        "group" => ActorKind::Group,
        "place" => ActorKind::Place,
        _ => return None,
    })
}

/// Parses every file; references are checked against the files given.
pub(crate) fn parse(sources: &Sources) -> (Parsed, Vec<KbError>) {
    let mut errors = Vec::new();
    let mut p = Parsed::default();
    let text = |name: &str| sources.get(name).map(|(_, t)| *t).unwrap_or("");
    let shown = |name: &'static str| -> &'static str { name };

    // countries.tsv
    let mut cx = Ctx {
        file: shown("countries.tsv"),
        errors: &mut errors,
    };
    let mut alpha3s = HashSet::new();
    let mut alpha2s = HashSet::new();
    for line in lines(cx.file, text("countries.tsv"), FILES[0].1, cx.errors) {
        let f = &line.fields;
        let (Some(a3), Some(a2), Some(name)) = (
            cx.need(&line, 0, "alpha3"),
            cx.need(&line, 1, "alpha2"),
            cx.need(&line, 2, "name"),
        ) else {
            continue;
        };
        if a3.len() != 3 || !a3.bytes().all(|b| b.is_ascii_uppercase()) {
            cx.err(
                ErrorCode::BadIso,
                line.no,
                format!("alpha-3 `{a3}` must be three upper-case letters"),
            );
            continue;
        }
        if a2.len() != 2 || !a2.bytes().all(|b| b.is_ascii_uppercase()) {
            cx.err(
                ErrorCode::BadIso,
                line.no,
                format!("alpha-2 `{a2}` must be two upper-case letters"),
            );
            continue;
        }
        if !alpha3s.insert(a3.to_string()) {
            cx.err(
                ErrorCode::DuplicateId,
                line.no,
                format!("duplicate alpha-3 `{a3}`"),
            );
            continue;
        }
        if !alpha2s.insert(a2.to_string()) {
            cx.err(
                ErrorCode::DuplicateId,
                line.no,
                format!("duplicate alpha-2 `{a2}`"),
            );
            continue;
        }
        let un = match f[4] {
            "1" => true,
            "0" | "" => false,
            other => {
                cx.err(
                    ErrorCode::BadValue,
                    line.no,
                    format!("`un` is `{other}`, expected 1 or 0"),
                );
                false
            }
        };
        let c = Country {
            alpha3: a3.to_string(),
            alpha2: a2.to_string(),
            name: name.to_string(),
            formal: f[3].to_string(),
            un_member: un,
            demonyms: list(f[5]),
            aliases: list(f[6]),
        };
        let mut names = vec![&c.name];
        names.extend(c.aliases.iter());
        names.extend(c.demonyms.iter());
        cx.unique_names(line.no, &names);
        p.countries.push(c);
    }
    let known_countries = &alpha3s;

    // igos.tsv
    let mut cx = Ctx {
        file: shown("igos.tsv"),
        errors: &mut errors,
    };
    let mut igo_ids = HashSet::new();
    for line in lines(cx.file, text("igos.tsv"), FILES[1].1, cx.errors) {
        let f = &line.fields;
        let Some(id) = cx.id(&line, 0, &mut igo_ids) else {
            continue;
        };
        let (Some(code), Some(name)) = (cx.need(&line, 1, "code"), cx.need(&line, 2, "name"))
        else {
            continue;
        };
        if !cx.code(line.no, code) {
            continue;
        }
        let igo = Igo {
            id,
            code: code.to_string(),
            name: name.to_string(),
            aliases: list(f[3]),
            nouns: list(f[4]).into_iter().map(|n| n.to_lowercase()).collect(),
        };
        let mut names = vec![&igo.name];
        names.extend(igo.aliases.iter());
        cx.unique_names(line.no, &names);
        p.igos.push(igo);
    }
    let igo_ids = &igo_ids;

    // seats.tsv
    let mut cx = Ctx {
        file: shown("seats.tsv"),
        errors: &mut errors,
    };
    let mut seat_ids = HashSet::new();
    for line in lines(cx.file, text("seats.tsv"), FILES[2].1, cx.errors) {
        let f = &line.fields;
        let Some(id) = cx.id(&line, 0, &mut seat_ids) else {
            continue;
        };
        let (Some(name), Some(code)) = (cx.need(&line, 1, "name"), cx.need(&line, 5, "code"))
        else {
            continue;
        };
        let country = (!f[3].is_empty()).then(|| f[3].to_string());
        let igo = (!f[4].is_empty()).then(|| f[4].to_string());
        if country.is_none() && igo.is_none() {
            cx.err(
                ErrorCode::Empty,
                line.no,
                "a seat needs a `country` or an `igo`",
            );
            continue;
        }
        if country
            .as_deref()
            .is_some_and(|c| !cx.country(line.no, c, known_countries))
            || igo.as_deref().is_some_and(|i| !cx.igo(line.no, i, igo_ids))
            || !cx.code(line.no, code)
        {
            continue;
        }
        let seat = Seat {
            id,
            name: name.to_string(),
            aliases: list(f[2]),
            country,
            igo,
            code: code.to_string(),
            kind: if f[6].is_empty() {
                "building".to_string()
            } else {
                f[6].to_string()
            },
        };
        let mut names = vec![&seat.name];
        names.extend(seat.aliases.iter());
        cx.unique_names(line.no, &names);
        p.seats.push(seat);
    }

    // people.tsv
    let mut cx = Ctx {
        file: shown("people.tsv"),
        errors: &mut errors,
    };
    let mut person_ids = HashSet::new();
    let mut person_index: HashMap<String, u32> = HashMap::new();
    for line in lines(cx.file, text("people.tsv"), FILES[3].1, cx.errors) {
        let f = &line.fields;
        let Some(id) = cx.id(&line, 0, &mut person_ids) else {
            continue;
        };
        let Some(name) = cx.need(&line, 1, "name") else {
            continue;
        };
        let gender = match f[4] {
            "" => None,
            "m" => Some('m'),
            "f" => Some('f'),
            other => {
                cx.err(
                    ErrorCode::BadValue,
                    line.no,
                    format!("gender `{other}` must be m, f or empty"),
                );
                None
            }
        };
        let person = Person {
            id: id.clone(),
            name: name.to_string(),
            aliases: list(f[2]),
            short: list(f[3]),
            gender,
        };
        let mut names = vec![&person.name];
        names.extend(person.aliases.iter());
        cx.unique_names(line.no, &names);
        person_index.insert(id, p.people.len() as u32);
        p.people.push(person);
    }

    // roles.tsv
    let mut cx = Ctx {
        file: shown("roles.tsv"),
        errors: &mut errors,
    };
    for line in lines(cx.file, text("roles.tsv"), FILES[4].1, cx.errors) {
        let f = &line.fields;
        let (Some(pid), Some(of), Some(role), Some(office)) = (
            cx.need(&line, 0, "person"),
            cx.need(&line, 1, "of"),
            cx.need(&line, 2, "role"),
            cx.need(&line, 3, "office"),
        ) else {
            continue;
        };
        let Some(&person) = person_index.get(pid) else {
            cx.err(
                ErrorCode::UnknownPerson,
                line.no,
                format!("unknown person id `{pid}`"),
            );
            continue;
        };
        let (country, igo) = match of.strip_prefix("igo:") {
            Some(id) => {
                if !cx.igo(line.no, id, igo_ids) {
                    continue;
                }
                (None, Some(id.to_string()))
            }
            None => {
                if !cx.country(line.no, of, known_countries) {
                    continue;
                }
                (Some(of.to_string()), None)
            }
        };
        if !cx.code(line.no, role) {
            continue;
        }
        let Some(office) = cx.office(line.no, office) else {
            continue;
        };
        let Some(valid) = validity(&mut cx, &line, 5, 6) else {
            continue;
        };
        p.roles.push(Role {
            person,
            country,
            igo,
            role: role.to_string(),
            office,
            title: f[4].to_string(),
            valid,
            source: f[7].to_string(),
        });
    }

    // agents.tsv
    let mut cx = Ctx {
        file: shown("agents.tsv"),
        errors: &mut errors,
    };
    let mut agent_ids = HashSet::new();
    for line in lines(cx.file, text("agents.tsv"), FILES[5].1, cx.errors) {
        let f = &line.fields;
        let Some(id) = cx.id(&line, 0, &mut agent_ids) else {
            continue;
        };
        let (Some(noun), Some(role)) = (cx.need(&line, 1, "noun"), cx.need(&line, 3, "role"))
        else {
            continue;
        };
        if !cx.code(line.no, role) {
            continue;
        }
        let attach = match f[4] {
            "" | "after" => Attach::After,
            "before" => Attach::Before,
            other => {
                cx.err(
                    ErrorCode::BadValue,
                    line.no,
                    format!("attach `{other}` must be after or before"),
                );
                continue;
            }
        };
        let office = if f[5].is_empty() {
            None
        } else {
            match cx.office(line.no, f[5]) {
                Some(o) => Some(o),
                None => continue,
            }
        };
        let Some(kind) = kind_of(f[6]) else {
            cx.err(
                ErrorCode::BadValue,
                line.no,
                format!(
                    "kind `{}` must be person, organization, country, group or place",
                    f[6]
                ),
            );
            continue;
        };
        p.agents.push(Agent {
            id,
            noun: noun.to_lowercase(),
            plurals: list(f[2]).into_iter().map(|s| s.to_lowercase()).collect(),
            role: role.to_string(),
            attach,
            office,
            kind,
        });
    }

    // titles.tsv
    let mut cx = Ctx {
        file: shown("titles.tsv"),
        errors: &mut errors,
    };
    for line in lines(cx.file, text("titles.tsv"), FILES[6].1, cx.errors) {
        let (Some(country), Some(office), Some(titles)) = (
            cx.need(&line, 0, "country"),
            cx.need(&line, 1, "office"),
            cx.need(&line, 2, "titles"),
        ) else {
            continue;
        };
        let country = if country == "*" {
            None
        } else if cx.country(line.no, country, known_countries) {
            Some(country.to_string())
        } else {
            continue;
        };
        let Some(office) = cx.office(line.no, office) else {
            continue;
        };
        for t in list(titles) {
            p.titles.push(Title {
                country: country.clone(),
                office,
                title: crate::norm::fold_lower(&t),
            });
        }
    }

    // no_office.tsv
    let mut cx = Ctx {
        file: shown("no_office.tsv"),
        errors: &mut errors,
    };
    for line in lines(cx.file, text("no_office.tsv"), FILES[7].1, cx.errors) {
        let (Some(country), Some(office)) =
            (cx.need(&line, 0, "country"), cx.need(&line, 1, "office"))
        else {
            continue;
        };
        if !cx.country(line.no, country, known_countries) {
            continue;
        }
        let Some(office) = cx.office(line.no, office) else {
            continue;
        };
        let Some(valid) = validity(&mut cx, &line, 2, 3) else {
            continue;
        };
        p.no_office.push(NoOffice {
            country: country.to_string(),
            office,
            valid,
            note: line.fields[4].to_string(),
        });
    }

    // groups.tsv
    let mut cx = Ctx {
        file: shown("groups.tsv"),
        errors: &mut errors,
    };
    let mut group_ids = HashSet::new();
    for line in lines(cx.file, text("groups.tsv"), FILES[8].1, cx.errors) {
        let f = &line.fields;
        let Some(id) = cx.id(&line, 0, &mut group_ids) else {
            continue;
        };
        let (Some(code), Some(name), Some(role)) = (
            cx.need(&line, 1, "code"),
            cx.need(&line, 2, "name"),
            cx.need(&line, 5, "role"),
        ) else {
            continue;
        };
        let country = (!f[4].is_empty()).then(|| f[4].to_string());
        if !cx.code(line.no, code)
            || !cx.code(line.no, role)
            || country
                .as_deref()
                .is_some_and(|c| !cx.country(line.no, c, known_countries))
        {
            continue;
        }
        let group = Group {
            id,
            code: code.to_string(),
            name: name.to_string(),
            aliases: list(f[3]),
            country,
            role: role.to_string(),
            nouns: list(f[6]).into_iter().map(|n| n.to_lowercase()).collect(),
        };
        let mut names = vec![&group.name];
        names.extend(group.aliases.iter());
        cx.unique_names(line.no, &names);
        p.groups.push(group);
    }

    // former_states.tsv
    let mut cx = Ctx {
        file: shown("former_states.tsv"),
        errors: &mut errors,
    };
    for line in lines(cx.file, text("former_states.tsv"), FILES[9].1, cx.errors) {
        let (Some(country), Some(successor), Some(seats)) = (
            cx.need(&line, 0, "country"),
            cx.need(&line, 1, "successor"),
            cx.need(&line, 2, "seats"),
        ) else {
            continue;
        };
        if !cx.country(line.no, country, known_countries)
            || !cx.country(line.no, successor, known_countries)
        {
            continue;
        }
        let seats = list(seats);
        if let Some(unknown) = seats.iter().find(|s| !seat_ids.contains(s.as_str())) {
            cx.err(
                ErrorCode::BadValue,
                line.no,
                format!("unknown seat id `{unknown}` (seats.tsv has none)"),
            );
            continue;
        }
        let Some(valid) = validity(&mut cx, &line, 3, 4) else {
            continue;
        };
        p.former_states.push(FormerState {
            country: country.to_string(),
            successor: successor.to_string(),
            seats,
            valid,
        });
    }

    (p, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_date_reads_partial_dates_as_period_bounds() {
        assert_eq!(parse_date("2022-01-21", false), Date::new(2022, 1, 21));
        assert_eq!(parse_date("2022", false), Date::new(2022, 1, 1));
        assert_eq!(parse_date("2022", true), Date::new(2023, 1, 1));
        assert_eq!(parse_date("2024-02", true), Date::new(2024, 3, 1));
        assert_eq!(parse_date("2022-13-01", false), None);
        assert_eq!(parse_date("22-01-01", false), None);
        assert_eq!(parse_date("", false), None);
    }

    #[test]
    fn is_code_accepts_letter_triples_only() {
        assert!(is_code("RUSGOV"));
        assert!(is_code("IGOWSTNAT"));
        assert!(!is_code("RUSGO"));
        assert!(!is_code("rusgov"));
        assert!(!is_code(""));
    }
}
