//! Wikidata JSON dumps → KB records.
//!
//! A dump is one JSON array with one entity per line (`[`, then `{...},` lines, then `]`),
//! read as a stream from `.json`, `.json.gz` or (feature `bz2`) `.json.bz2`, so memory
//! holds only what is kept, never the dump. From each entity:
//! - **countries** (P31 = sovereign state Q3624078 or country Q6256, with ISO alpha-3 P298):
//!   name, aliases, alpha-2 (P297); their "office held by head of state/government"
//!   (P1906, P1313) tell which positions are heads of state and government;
//! - **intergovernmental organisations** (P31 = Q245065): name, aliases (code `IGO`; give
//!   them a specific CAMEO code by hand);
//! - **people** (P31 = human Q5, or anyone with P39): name, aliases, gender (P21), and every
//!   "position held" (P39) with start (P580) and end (P582) qualifiers.
//!
//! Positions are resolved after the pass: a position's country comes from its P17/P1001
//! (an entity of the dump, or a country the KB knows by name), its office from the
//! countries' P1906/P1313 or from its English label ("Minister of Foreign Affairs of
//! Russia" → foreign minister). Positions that resolve to no country are skipped with a
//! note.

use super::{Ids, ImportResult};
use crate::error::{ErrorCode, KbError};
use crate::kb::Kb;
use crate::model::*;
use attache_core::Date;
use serde_json::Value;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// Imports a Wikidata dump (`.json`, `.json.gz`, `.json.bz2`), reading country names
/// against the embedded KB.
pub fn import_wikidata(path: &Path) -> Result<ImportResult, KbError> {
    let kb = Kb::embedded()?;
    import_wikidata_with(path, &kb)
}

/// [`import_wikidata`] with the KB used to resolve country names and codes.
pub fn import_wikidata_with(path: &Path, kb: &Kb) -> Result<ImportResult, KbError> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path)
        .map_err(|e| KbError::new(ErrorCode::ImportRead, &name, 0, format!("cannot open: {e}")))?;
    let lower = name.to_lowercase();
    let reader: Box<dyn Read> = if lower.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(file)))
    } else if lower.ends_with(".bz2") {
        bz2_reader(file, &name)?
    } else {
        Box::new(file)
    };
    import_wikidata_reader(BufReader::new(reader), &name, kb)
}

#[cfg(feature = "bz2")]
fn bz2_reader(file: std::fs::File, _name: &str) -> Result<Box<dyn Read>, KbError> {
    Ok(Box::new(bzip2_rs::DecoderReader::new(BufReader::new(file))))
}

#[cfg(not(feature = "bz2"))]
fn bz2_reader(_file: std::fs::File, name: &str) -> Result<Box<dyn Read>, KbError> {
    Err(KbError::new(
        ErrorCode::ImportRead,
        name,
        0,
        "bzip2 input needs attache-kb's `bz2` feature",
    ))
}

struct PersonRec {
    name: String,
    aliases: Vec<String>,
    gender: Option<char>,
    /// (position QID, start, end)
    held: Vec<(String, Option<Date>, Option<Date>)>,
}

struct PositionRec {
    label: String,
    /// Jurisdiction QIDs (P1001 first, then P17).
    places: Vec<String>,
}

struct CountryRec {
    alpha3: String,
    alpha2: String,
    name: String,
    aliases: Vec<String>,
}

/// Imports from any buffered reader holding a dump (uncompressed).
pub fn import_wikidata_reader(
    reader: impl BufRead,
    source: &str,
    kb: &Kb,
) -> Result<ImportResult, KbError> {
    let mut out = ImportResult::default();
    let mut people: Vec<PersonRec> = Vec::new();
    let mut positions: HashMap<String, PositionRec> = HashMap::new();
    let mut countries: HashMap<String, CountryRec> = HashMap::new();
    let mut office_of: HashMap<String, Office> = HashMap::new();
    let mut igo_ids = Ids::default();
    for (i, line) in reader.split(b'\n').enumerate() {
        let no = i + 1;
        let bytes = line.map_err(|e| {
            KbError::new(
                ErrorCode::ImportRead,
                source,
                no,
                format!("cannot read: {e}"),
            )
        })?;
        let text = String::from_utf8_lossy(&bytes);
        let text = text.trim().trim_end_matches(',');
        if text.is_empty() || text == "[" || text == "]" {
            continue;
        }
        let entity: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                out.skipped.push(KbError::new(
                    ErrorCode::ImportSkip,
                    source,
                    no,
                    format!("not a JSON entity: {e}"),
                ));
                continue;
            }
        };
        let Some(id) = entity.get("id").and_then(Value::as_str) else {
            continue;
        };
        let label = en_label(&entity);
        let aliases = en_aliases(&entity);
        let instance = item_values(&entity, "P31");
        let is = |q: &str| instance.iter().any(|i| i == q);
        // Positions can be anything an entity names with P17/P1001.
        let places: Vec<String> = item_values(&entity, "P1001")
            .into_iter()
            .chain(item_values(&entity, "P17"))
            .collect();
        if let Some(label) = &label {
            if !places.is_empty() {
                positions.insert(
                    id.to_string(),
                    PositionRec {
                        label: label.clone(),
                        places: places.clone(),
                    },
                );
            }
        }
        let alpha3 = string_value(&entity, "P298");
        if (is("Q3624078") || is("Q6256")) && alpha3.is_some() {
            for q in item_values(&entity, "P1906") {
                office_of.insert(q, Office::HeadOfState);
            }
            for q in item_values(&entity, "P1313") {
                office_of.insert(q, Office::HeadOfGovernment);
            }
            if let (Some(a3), Some(name)) = (alpha3, label.clone()) {
                countries.insert(
                    id.to_string(),
                    CountryRec {
                        alpha3: a3,
                        alpha2: string_value(&entity, "P297").unwrap_or_default(),
                        name,
                        aliases,
                    },
                );
            }
            continue;
        }
        if is("Q245065") {
            if let Some(name) = label {
                out.igos.push(Igo {
                    id: igo_ids.make(&name, "igo"),
                    code: "IGO".into(),
                    name,
                    aliases,
                    nouns: Vec::new(),
                });
            }
            continue;
        }
        let held = positions_held(&entity);
        if is("Q5") || !held.is_empty() {
            let Some(name) = label else {
                out.skipped.push(KbError::new(
                    ErrorCode::ImportSkip,
                    source,
                    no,
                    format!("{id}: person without an English label"),
                ));
                continue;
            };
            let gender = match item_values(&entity, "P21").first().map(String::as_str) {
                Some("Q6581097") => Some('m'),
                Some("Q6581072") => Some('f'),
                _ => None,
            };
            people.push(PersonRec {
                name,
                aliases,
                gender,
                held,
            });
        }
    }

    // Resolve positions to (country, office).
    let country_code = |q: &str| -> Option<String> {
        if let Some(c) = countries.get(q) {
            return kb
                .country(&c.alpha3)
                .map(|k| k.alpha3.clone())
                .or_else(|| Some(c.alpha3.clone()));
        }
        None
    };
    let mut ids = Ids::default();
    for p in people {
        let mut roles = Vec::new();
        for (q, start, end) in &p.held {
            let Some(pos) = positions.get(q) else {
                out.skipped.push(KbError::new(
                    ErrorCode::ImportSkip,
                    source,
                    0,
                    format!("{}: position {q} is not in the dump", p.name),
                ));
                continue;
            };
            let country = pos
                .places
                .iter()
                .find_map(|pl| country_code(pl))
                .or_else(|| {
                    // A country named inside the label: "... of Russia".
                    pos.label
                        .rsplit(" of ")
                        .next()
                        .and_then(|tail| kb.country(tail.trim_start_matches("the ")))
                        .map(|c| c.alpha3.clone())
                });
            let Some(country) = country else {
                out.skipped.push(KbError::new(
                    ErrorCode::ImportSkip,
                    source,
                    0,
                    format!("{}: no country for position {q} ({})", p.name, pos.label),
                ));
                continue;
            };
            let office = office_of
                .get(q)
                .copied()
                .unwrap_or_else(|| office_from_label(&pos.label));
            if let (Some(s), Some(e)) = (start, end) {
                if e < s {
                    out.skipped.push(KbError::new(
                        ErrorCode::ImportSkip,
                        source,
                        0,
                        format!("{}: {} ends before it starts", p.name, pos.label),
                    ));
                    continue;
                }
            }
            roles.push(Role {
                person: 0,
                country: Some(country),
                igo: None,
                role: "GOV".into(),
                office,
                title: pos.label.clone(),
                valid: Validity {
                    start: *start,
                    end: *end,
                },
                source: format!("wikidata:{q}"),
            });
        }
        let person = out.people.len() as u32;
        let short: Vec<String> = p
            .name
            .split_whitespace()
            .last()
            .filter(|s| *s != p.name)
            .map(|s| vec![s.to_string()])
            .unwrap_or_default();
        out.people.push(Person {
            id: ids.make(&p.name, "person"),
            name: p.name,
            aliases: p.aliases,
            short,
            gender: p.gender,
        });
        for mut r in roles {
            r.person = person;
            out.roles.push(r);
        }
    }
    for c in countries.into_values() {
        if c.alpha3.len() == 3 && c.alpha2.len() == 2 {
            let known = kb.country(&c.alpha3).filter(|k| k.alpha3 == c.alpha3);
            out.countries.push(Country {
                un_member: known.is_some_and(|k| k.un_member),
                demonyms: known.map(|k| k.demonyms.clone()).unwrap_or_default(),
                formal: String::new(),
                alpha3: c.alpha3,
                alpha2: c.alpha2,
                name: c.name,
                aliases: c.aliases,
            });
        }
    }
    out.countries.sort_by(|a, b| a.alpha3.cmp(&b.alpha3));
    // Countries the roles name must be defined where the files are loaded: add the KB's.
    if !out.countries.is_empty() {
        let mut have: std::collections::HashSet<String> =
            out.countries.iter().map(|c| c.alpha3.clone()).collect();
        for r in &out.roles {
            if let Some(c) = &r.country {
                if have.insert(c.clone()) {
                    if let Some(k) = kb.country(c) {
                        out.countries.push(k.clone());
                    }
                }
            }
        }
    }
    Ok(out)
}

/// The office a position's English label names.
fn office_from_label(label: &str) -> Office {
    let l = label.to_lowercase();
    let has = |w: &str| l.contains(w);
    if has("foreign") || has("external affairs") || has("secretary of state") {
        Office::ForeignMinister
    } else if has("defence") || has("defense") {
        Office::DefenceMinister
    } else if has("prime minister") || has("premier") || has("chancellor") {
        Office::HeadOfGovernment
    } else if has("president") || has("monarch") || has("king") || has("queen") {
        Office::HeadOfState
    } else if has("spokes") || has("press secretary") {
        Office::Spokesperson
    } else {
        Office::Other
    }
}

fn en_label(e: &Value) -> Option<String> {
    e.pointer("/labels/en/value")
        .and_then(Value::as_str)
        .map(str::to_string)
}

fn en_aliases(e: &Value) -> Vec<String> {
    e.pointer("/aliases/en")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.get("value").and_then(Value::as_str))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn claims<'v>(e: &'v Value, prop: &str) -> impl Iterator<Item = &'v Value> {
    e.get("claims")
        .and_then(|c| c.get(prop))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
}

/// Item ids (`Q5`) of a property's main values.
fn item_values(e: &Value, prop: &str) -> Vec<String> {
    claims(e, prop)
        .filter_map(|c| {
            c.pointer("/mainsnak/datavalue/value/id")
                .and_then(Value::as_str)
        })
        .map(str::to_string)
        .collect()
}

fn string_value(e: &Value, prop: &str) -> Option<String> {
    claims(e, prop)
        .filter_map(|c| {
            c.pointer("/mainsnak/datavalue/value")
                .and_then(Value::as_str)
        })
        .map(str::to_string)
        .next()
}

/// A Wikidata time (`+2004-03-09T00:00:00Z`, precision 9 = year, 10 = month, 11 = day).
fn wd_time(v: &Value, is_end: bool) -> Option<Date> {
    let time = v.get("time").and_then(Value::as_str)?;
    let precision = v.get("precision").and_then(Value::as_u64).unwrap_or(11);
    let body = time.strip_prefix('+')?;
    let date = body.split('T').next()?;
    let mut it = date.split('-');
    let y: i32 = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    let text = match precision {
        9 => format!("{y:04}"),
        10 => format!("{y:04}-{m:02}"),
        p if p >= 11 => format!("{y:04}-{m:02}-{d:02}"),
        _ => return None,
    };
    crate::load::parse_date(&text, is_end)
}

fn positions_held(e: &Value) -> Vec<(String, Option<Date>, Option<Date>)> {
    claims(e, "P39")
        .filter_map(|c| {
            let q = c
                .pointer("/mainsnak/datavalue/value/id")?
                .as_str()?
                .to_string();
            let qual = |p: &str, is_end| {
                c.pointer(&format!("/qualifiers/{p}"))
                    .and_then(Value::as_array)
                    .and_then(|a| a.first())
                    .and_then(|s| s.pointer("/datavalue/value"))
                    .and_then(|v| wd_time(v, is_end))
            };
            Some((q, qual("P580", false), qual("P582", true)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn wikidata_times_respect_precision() {
        let v = json!({"time": "+2004-03-09T00:00:00Z", "precision": 11});
        assert_eq!(wd_time(&v, false), Date::new(2004, 3, 9));
        let v = json!({"time": "+2004-00-00T00:00:00Z", "precision": 9});
        assert_eq!(wd_time(&v, false), Date::new(2004, 1, 1));
        assert_eq!(wd_time(&v, true), Date::new(2005, 1, 1));
    }

    #[test]
    fn office_labels_map_to_offices() {
        assert_eq!(
            office_from_label("Minister of Foreign Affairs of Russia"),
            Office::ForeignMinister
        );
        assert_eq!(
            office_from_label("Secretary of Defense"),
            Office::DefenceMinister
        );
        assert_eq!(office_from_label("mayor of Paris"), Office::Other);
    }
}
