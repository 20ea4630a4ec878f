//! PETRARCH/Phoenix dictionaries → KB records.
//!
//! - **Actor dictionaries** (`*.actors.txt`): a block is a primary phrase, `+synonym` lines
//!   and `[CODE restriction]` groups. Blocks with at least one date-restricted code are
//!   people: each dated code becomes a [`Role`] (`[RUSGOV >20040309]` → RUS, GOV, from
//!   2004-03-09). Blocks without dates name countries, cities and organisations, which the
//!   KB keeps in its own curated files: they are counted in `skipped`, not imported.
//! - **Agent dictionaries** (`Phoenix.agents.txt`): `PHRASE {PLURAL} [~CODE]` lines with
//!   `!SET! = a, b` substitutions become [`Agent`]s; regular plurals are generated (+S,
//!   Y→IES, S/SH/CH/X→ES) unless `{}` says there is none.
//!
//! Dates: `YYMMDD` (YY ≤ 30 → 20YY, else 19YY) or `YYYYMMDD`; `>D` from D, `<D` until D,
//! `D1-D2` from D1 to D2 (ends exclusive, as in PETRARCH-2's tests). Malformed dates are
//! skipped with a note, never fatal.

use super::{title_case, Ids, ImportResult};
use crate::error::{ErrorCode, KbError};
use crate::kb::Kb;
use crate::model::*;
use attache_core::{ActorKind, Date};
use std::collections::HashMap;
use std::io::Read;

/// Imports a Phoenix actor or agent dictionary, checking codes against the embedded KB.
pub fn import_phoenix(reader: impl Read, source: &str) -> Result<ImportResult, KbError> {
    let kb = Kb::embedded()?;
    import_phoenix_with(reader, source, &kb)
}

/// [`import_phoenix`] with the KB whose countries and IGO codes the codes are read against.
pub fn import_phoenix_with(
    mut reader: impl Read,
    source: &str,
    kb: &Kb,
) -> Result<ImportResult, KbError> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|e| {
        KbError::new(
            ErrorCode::ImportRead,
            source,
            0,
            format!("cannot read: {e}"),
        )
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let is_agents = text.lines().any(|l| {
        let l = strip_comment(l);
        l.contains("[~") || l.contains("~]") || (l.starts_with('!') && l.contains("! ="))
    });
    Ok(if is_agents {
        agents(&text, source)
    } else {
        actors(&text, source, kb)
    })
}

fn strip_comment(line: &str) -> &str {
    let line = line.split('#').next().unwrap_or("");
    line.trim_end()
}

fn skip(out: &mut ImportResult, source: &str, line: usize, msg: String) {
    out.skipped
        .push(KbError::new(ErrorCode::ImportSkip, source, line, msg));
}

/// `[CODE restriction]` groups of a line, with the text before the first group.
fn code_groups(line: &str) -> (&str, Vec<&str>) {
    let head = line.split('[').next().unwrap_or("");
    let mut groups = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(']') else {
            break;
        };
        groups.push(after[..close].trim());
        rest = &after[close + 1..];
    }
    (head, groups)
}

/// A dictionary date: YYMMDD or YYYYMMDD.
fn dict_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| s.get(r).and_then(|p| p.parse::<u32>().ok());
    let (y, m, d) = match s.len() {
        6 => {
            let yy = n(0..2)? as i32;
            (
                if yy <= 30 { 2000 + yy } else { 1900 + yy },
                n(2..4)?,
                n(4..6)?,
            )
        }
        8 => (n(0..4)? as i32, n(4..6)?, n(6..8)?),
        _ => return None,
    };
    Date::new(y, m, d)
}

/// Reads `>D`, `<D`, `D1-D2`; `Ok(None)` when there is no restriction.
fn restriction(s: &str) -> Result<Option<Validity>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let bad = || format!("malformed date restriction `{s}`");
    if let Some(d) = s.strip_prefix('>') {
        let start = dict_date(d).ok_or_else(bad)?;
        return Ok(Some(Validity {
            start: Some(start),
            end: None,
        }));
    }
    if let Some(d) = s.strip_prefix('<') {
        let end = dict_date(d).ok_or_else(bad)?;
        return Ok(Some(Validity {
            start: None,
            end: Some(end),
        }));
    }
    let (a, b) = s.split_once('-').ok_or_else(bad)?;
    let (start, end) = (dict_date(a).ok_or_else(bad)?, dict_date(b).ok_or_else(bad)?);
    if end < start {
        return Err(format!("restriction `{s}` ends before it starts"));
    }
    Ok(Some(Validity {
        start: Some(start),
        end: Some(end),
    }))
}

struct Block {
    line: usize,
    primary: String,
    synonyms: Vec<String>,
    /// (code, restriction text, line)
    codes: Vec<(String, String, usize)>,
}

fn actors(text: &str, source: &str, kb: &Kb) -> ImportResult {
    let mut out = ImportResult::default();
    let mut blocks: Vec<Block> = Vec::new();
    let mut in_xml_comment = false;
    for (i, raw) in text.lines().enumerate() {
        let no = i + 1;
        if in_xml_comment {
            in_xml_comment = !raw.contains("-->");
            continue;
        }
        if raw.trim_start().starts_with("<!--") {
            in_xml_comment = !raw.contains("-->");
            continue;
        }
        let line = strip_comment(raw);
        if line.trim().is_empty() || line.trim_start().starts_with(';') {
            continue;
        }
        let starts_blank = line.starts_with(char::is_whitespace);
        let trimmed = line.trim_start();
        if let Some(syn) = trimmed.strip_prefix('+') {
            let (head, groups) = code_groups(syn);
            match blocks.last_mut() {
                Some(b) => {
                    b.synonyms.push(head.trim().to_string());
                    for g in groups {
                        push_code(b, g, no);
                    }
                }
                None => skip(
                    &mut out,
                    source,
                    no,
                    "synonym before any primary phrase".into(),
                ),
            }
        } else if trimmed.starts_with('[') && (starts_blank || blocks.last().is_some()) {
            let (_, groups) = code_groups(trimmed);
            match blocks.last_mut() {
                Some(b) => groups.into_iter().for_each(|g| push_code(b, g, no)),
                None => skip(
                    &mut out,
                    source,
                    no,
                    "codes before any primary phrase".into(),
                ),
            }
        } else {
            let (head, groups) = code_groups(trimmed);
            let mut b = Block {
                line: no,
                primary: head.trim().to_string(),
                synonyms: Vec::new(),
                codes: Vec::new(),
            };
            groups.into_iter().for_each(|g| push_code(&mut b, g, no));
            blocks.push(b);
        }
    }

    let igo_by_code: HashMap<&str, &str> = kb
        .igos()
        .iter()
        .rev()
        .map(|g| (g.code.as_str(), g.id.as_str()))
        .collect();
    let mut ids = Ids::default();
    let mut undated = 0usize;
    for b in blocks {
        let mut roles = Vec::new();
        for (code, restr, line) in &b.codes {
            let valid = match restriction(restr) {
                Ok(Some(v)) => v,
                Ok(None) => continue,
                Err(msg) => {
                    skip(&mut out, source, *line, format!("{}: {msg}", b.primary));
                    continue;
                }
            };
            if !crate::load::is_code(code) || code.len() < 3 {
                skip(
                    &mut out,
                    source,
                    *line,
                    format!("{}: bad code `{code}`", b.primary),
                );
                continue;
            }
            let (prefix, rest) = code.split_at(3);
            if kb.country(prefix).is_some_and(|c| c.alpha3 == prefix) {
                if rest.is_empty() {
                    skip(
                        &mut out,
                        source,
                        *line,
                        format!("{}: code `{code}` has no role", b.primary),
                    );
                    continue;
                }
                roles.push((Some(prefix.to_string()), None, rest.to_string(), valid));
            } else if prefix == "IGO" {
                match igo_by_code.get(code.as_str()) {
                    Some(id) => roles.push((None, Some(id.to_string()), "IGO".into(), valid)),
                    None => skip(
                        &mut out,
                        source,
                        *line,
                        format!("{}: no IGO in the KB has code `{code}`", b.primary),
                    ),
                }
            } else {
                skip(
                    &mut out,
                    source,
                    *line,
                    format!("{}: code `{code}` names no known country or IGO", b.primary),
                );
            }
        }
        if roles.is_empty() {
            if b.codes.iter().all(|(_, r, _)| r.trim().is_empty()) {
                undated += 1;
            }
            continue;
        }
        let name = title_case(&b.primary);
        if name.is_empty() {
            skip(&mut out, source, b.line, "empty primary phrase".into());
            continue;
        }
        let id = ids.make(&name, "person");
        let mut aliases: Vec<String> = Vec::new();
        for s in &b.synonyms {
            let a = title_case(s);
            if !a.is_empty()
                && crate::norm::fold(&a) != crate::norm::fold(&name)
                && !aliases
                    .iter()
                    .any(|x| crate::norm::fold(x) == crate::norm::fold(&a))
            {
                aliases.push(a);
            }
        }
        // One-word synonyms are short forms ("+LAVROV"), not full names.
        let (short, aliases): (Vec<String>, Vec<String>) =
            aliases.into_iter().partition(|a| !a.contains(' '));
        let person = out.people.len() as u32;
        out.people.push(Person {
            id,
            name,
            aliases,
            short,
            gender: None,
        });
        for (country, igo, role, valid) in roles {
            out.roles.push(Role {
                person,
                country,
                igo,
                role,
                office: Office::Other,
                title: String::new(),
                valid,
                source: "phoenix".into(),
            });
        }
    }
    if undated > 0 {
        skip(
            &mut out,
            source,
            0,
            format!(
                "{undated} blocks without dated codes (countries, places, organisations) not imported"
            ),
        );
    }
    out
}

fn push_code(b: &mut Block, group: &str, line: usize) {
    let mut parts = group.splitn(2, char::is_whitespace);
    let code = parts.next().unwrap_or("").trim().to_string();
    let restr = parts.next().unwrap_or("").trim().to_string();
    if !code.is_empty() {
        b.codes.push((code, restr, line));
    }
}

/// Regular English plural of the last word (PETRARCH rules).
fn plural(phrase: &str) -> String {
    if let Some(stem) = phrase.strip_suffix('y') {
        let before = stem.chars().last();
        if before.is_some_and(|c| !"aeiou".contains(c)) {
            return format!("{stem}ies");
        }
    }
    if phrase.ends_with('s')
        || phrase.ends_with("sh")
        || phrase.ends_with("ch")
        || phrase.ends_with('x')
    {
        return format!("{phrase}es");
    }
    format!("{phrase}s")
}

fn agents(text: &str, source: &str) -> ImportResult {
    let mut out = ImportResult::default();
    let mut sets: HashMap<String, Vec<String>> = HashMap::new();
    let mut ids = Ids::default();
    let mut seen = std::collections::HashSet::new();
    for (i, raw) in text.lines().enumerate() {
        let no = i + 1;
        let line = strip_comment(raw).trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with('!') {
            if let Some((name, items)) = line.split_once('=') {
                let items = items
                    .split(',')
                    .map(|s| s.trim().to_lowercase().replace('_', " "))
                    .filter(|s| !s.is_empty())
                    .collect();
                sets.insert(name.trim().to_string(), items);
                continue;
            }
        }
        let Some(open) = line.rfind('[') else {
            skip(&mut out, source, no, format!("no [code] in `{line}`"));
            continue;
        };
        let code = line[open..].trim_matches(|c| c == '[' || c == ']' || c == ' ');
        let mut head = line[..open].trim();
        let mut plural_given: Option<Vec<String>> = None;
        if let (Some(b0), Some(b1)) = (head.find('{'), head.rfind('}')) {
            if b0 < b1 {
                let inner = head[b0 + 1..b1].trim().to_lowercase().replace('_', " ");
                plural_given = Some(if inner.is_empty() {
                    vec![]
                } else {
                    vec![inner]
                });
                head = head[..b0].trim();
            }
        }
        let (role, attach) = if let Some(r) = code.strip_prefix('~') {
            (r, Attach::After)
        } else if let Some(r) = code.strip_suffix('~') {
            (r, Attach::Before)
        } else {
            (code, Attach::After)
        };
        if !crate::load::is_code(role) {
            skip(&mut out, source, no, format!("bad agent code `{code}`"));
            continue;
        }
        // Expand !SET! references into one phrase per member.
        let mut phrases = vec![head.to_lowercase()];
        for (name, items) in &sets {
            let key = name.to_lowercase();
            if phrases.iter().any(|p| p.contains(&key)) {
                phrases = phrases
                    .iter()
                    .flat_map(|p| {
                        let key = &key;
                        items.iter().map(move |it| p.replace(key, it))
                    })
                    .collect();
            }
        }
        let expanded = phrases.len() > 1 || head.contains('!');
        for p in phrases {
            let noun = p
                .replace('_', " ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if noun.is_empty() || noun.contains('!') || !seen.insert(noun.clone()) {
                continue;
            }
            let plurals = match &plural_given {
                Some(v) => v.clone(),
                None if expanded => vec![],
                None => vec![plural(&noun)],
            };
            let kind = if plural_given.as_ref().is_some_and(|v| v.is_empty()) {
                ActorKind::Group
            } else {
                ActorKind::Person
            };
            out.agents.push(Agent {
                id: ids.make(&noun, "agent"),
                noun,
                plurals,
                role: role.to_string(),
                attach,
                office: None,
                kind,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dict_dates_use_the_tabari_pivot() {
        assert_eq!(dict_date("040309"), Date::new(2004, 3, 9));
        assert_eq!(dict_date("970101"), Date::new(1997, 1, 1));
        assert_eq!(dict_date("20090120"), Date::new(2009, 1, 20));
        assert_eq!(dict_date("2004017"), None);
        assert_eq!(dict_date("9999999999"), None);
    }

    #[test]
    fn restrictions_read_open_and_closed_ranges() {
        let v = restriction(">20040309").unwrap().unwrap();
        assert_eq!(v.start, Date::new(2004, 3, 9));
        assert_eq!(v.end, None);
        let v = restriction("19940922 - 20040712").unwrap().unwrap();
        assert_eq!(v.end, Date::new(2004, 7, 12));
        assert!(restriction("").unwrap().is_none());
        assert!(restriction(">2004017").is_err());
    }

    #[test]
    fn plurals_follow_petrarch_rules() {
        assert_eq!(plural("rebel"), "rebels");
        assert_eq!(plural("militia"), "militias");
        assert_eq!(plural("spy"), "spies");
        assert_eq!(plural("boss"), "bosses");
        assert_eq!(plural("day"), "days");
    }
}
