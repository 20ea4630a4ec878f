//! Importers that grow the KB: they turn other formats into the records of
//! [`crate::model`] and write them as data files that [`crate::Kb::load_dir`] reads.
//!
//! - [`phoenix::import_phoenix`]: PETRARCH/Phoenix actor dictionaries (people with
//!   date-restricted codes) and agent dictionaries;
//! - [`wikidata::import_wikidata`]: Wikidata JSON dumps (`.json`, `.json.gz`, `.json.bz2`),
//!   streamed one entity per line: people with "position held" (P39) and its start/end
//!   qualifiers, countries, intergovernmental organisations.
//!
//! Importers never stop on a bad record: it is skipped and reported as a `KB021` note in
//! [`ImportResult::skipped`].

pub mod phoenix;
pub mod wikidata;

use crate::error::{ErrorCode, KbError};
use crate::load::FILES;
use crate::model::*;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

pub use phoenix::import_phoenix;
pub use wikidata::import_wikidata;

/// Records an importer produced. Roles point into `people` by index.
#[derive(Debug, Default)]
pub struct ImportResult {
    pub countries: Vec<Country>,
    pub igos: Vec<Igo>,
    pub people: Vec<Person>,
    pub roles: Vec<Role>,
    pub agents: Vec<Agent>,
    /// Records left out, with why (`KB021`), line-numbered where the input has lines.
    pub skipped: Vec<KbError>,
}

impl ImportResult {
    /// A one-line summary: `12 people, 30 roles, 0 countries, 0 IGOs, 5 agents, 2 skipped`.
    pub fn summary(&self) -> String {
        format!(
            "{} people, {} roles, {} countries, {} IGOs, {} agents, {} skipped",
            self.people.len(),
            self.roles.len(),
            self.countries.len(),
            self.igos.len(),
            self.agents.len(),
            self.skipped.len()
        )
    }

    /// Writes the non-empty record sets as data files in `dir` (created if needed), in the
    /// format of the embedded data. Existing files of the same names are replaced.
    pub fn write_dir(&self, dir: &Path) -> Result<Vec<String>, KbError> {
        let io = |e: std::io::Error| {
            KbError::new(
                ErrorCode::ImportRead,
                &dir.display().to_string(),
                0,
                format!("cannot write: {e}"),
            )
        };
        std::fs::create_dir_all(dir).map_err(io)?;
        let mut written = Vec::new();
        for (name, text) in self.render() {
            std::fs::write(dir.join(name), text).map_err(io)?;
            written.push(name.to_string());
        }
        Ok(written)
    }

    /// The data files as (file name, text), only for non-empty record sets.
    pub fn render(&self) -> Vec<(&'static str, String)> {
        let header = |name: &str| -> String {
            let cols = FILES
                .iter()
                .find(|(f, _)| *f == name)
                .map(|(_, c)| c.join("\t"))
                .unwrap_or_default();
            format!("# Imported by attache-kb.\n{cols}\n")
        };
        let clean = |s: &str| s.replace(['\t', '\n', '\r', '|'], " ");
        let join = |v: &[String]| v.iter().map(|s| clean(s)).collect::<Vec<_>>().join("|");
        let date = |d: Option<attache_core::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        let mut out = Vec::new();
        if !self.countries.is_empty() {
            let mut t = header("countries.tsv");
            for c in &self.countries {
                let _ = writeln!(
                    t,
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    c.alpha3,
                    c.alpha2,
                    clean(&c.name),
                    clean(&c.formal),
                    if c.un_member { "1" } else { "0" },
                    join(&c.demonyms),
                    join(&c.aliases)
                );
            }
            out.push(("countries.tsv", t));
        }
        if !self.igos.is_empty() {
            let mut t = header("igos.tsv");
            for g in &self.igos {
                let _ = writeln!(
                    t,
                    "{}\t{}\t{}\t{}\t{}",
                    g.id,
                    g.code,
                    clean(&g.name),
                    join(&g.aliases),
                    join(&g.nouns)
                );
            }
            out.push(("igos.tsv", t));
        }
        if !self.people.is_empty() {
            let mut t = header("people.tsv");
            for p in &self.people {
                let _ = writeln!(
                    t,
                    "{}\t{}\t{}\t{}\t{}",
                    p.id,
                    clean(&p.name),
                    join(&p.aliases),
                    join(&p.short),
                    p.gender.map(String::from).unwrap_or_default()
                );
            }
            out.push(("people.tsv", t));
        }
        if !self.roles.is_empty() {
            let mut t = header("roles.tsv");
            for r in &self.roles {
                let Some(p) = self.people.get(r.person as usize) else {
                    continue;
                };
                let of = match (&r.country, &r.igo) {
                    (Some(c), _) => c.clone(),
                    (None, Some(g)) => format!("igo:{g}"),
                    (None, None) => continue,
                };
                let _ = writeln!(
                    t,
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    p.id,
                    of,
                    r.role,
                    r.office,
                    clean(&r.title),
                    date(r.valid.start),
                    date(r.valid.end),
                    clean(&r.source)
                );
            }
            out.push(("roles.tsv", t));
        }
        if !self.agents.is_empty() {
            let mut t = header("agents.tsv");
            for a in &self.agents {
                let _ = writeln!(
                    t,
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    a.id,
                    clean(&a.noun),
                    join(&a.plurals),
                    a.role,
                    match a.attach {
                        Attach::After => "after",
                        Attach::Before => "before",
                    },
                    a.office.map(|o| o.as_str()).unwrap_or(""),
                    a.kind.as_str()
                );
            }
            out.push(("agents.tsv", t));
        }
        out
    }
}

/// Hands out unique ids from names (`sergei-lavrov`, `sergei-lavrov-2`).
#[derive(Default)]
pub(crate) struct Ids {
    used: HashSet<String>,
}

impl Ids {
    pub fn make(&mut self, name: &str, fallback: &str) -> String {
        let base = crate::norm::slug(name);
        let base = if base.is_empty() {
            fallback.to_string()
        } else {
            base
        };
        let mut id = base.clone();
        let mut n = 2;
        while !self.used.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }
}

/// `SERGEY_LAVROV_` → `Sergey Lavrov`; `BAN_KI-MOON` → `Ban Ki-Moon`.
pub(crate) fn title_case(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    let mut start = true;
    for c in phrase.trim_matches('_').chars() {
        let c = if c == '_' { ' ' } else { c };
        if c.is_alphabetic() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = c == ' ' || c == '-' || c == '.';
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_reads_dictionary_phrases() {
        assert_eq!(title_case("SERGEY_LAVROV_"), "Sergey Lavrov");
        assert_eq!(title_case("BAN_KI-MOON"), "Ban Ki-Moon");
        assert_eq!(title_case("K._ANNAN"), "K. Annan");
    }

    #[test]
    fn ids_are_unique() {
        let mut ids = Ids::default();
        assert_eq!(ids.make("Sergei Lavrov", "p"), "sergei-lavrov");
        assert_eq!(ids.make("Sergei Lavrov", "p"), "sergei-lavrov-2");
        assert_eq!(ids.make("!!", "p"), "p");
    }
}
