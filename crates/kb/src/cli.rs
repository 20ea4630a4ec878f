//! Printable results for the maintainers' subcommands, so the CLI only wires arguments:
//! - `attache kb lint [DIR]` → [`lint_report`] (a complete KB directory, or the embedded
//!   one); `attache kb lint --add DIR` → [`lint_layered_report`] (the embedded KB grown by
//!   DIR, e.g. an import);
//! - `attache kb lookup NAME [--date D]` → [`lookup_report`] (with [`parse_date_arg`]).

use crate::kb::{EntryRef, Kb, NameForm};
use crate::model::Office;
use attache_core::Date;
use std::fmt::Write as _;
use std::path::Path;

/// Lints `dir`, or the embedded data when `None`. Returns the report (one error per line,
/// then a summary line) and the number of errors (the CLI exits non-zero when > 0).
pub fn lint_report(dir: Option<&Path>) -> (String, usize) {
    let (what, errors) = match dir {
        Some(d) => (d.display().to_string(), crate::kb::lint_dir(d)),
        None => ("embedded KB".to_string(), crate::kb::lint_embedded()),
    };
    let mut out = String::new();
    for e in &errors {
        let _ = writeln!(out, "{e}");
    }
    if errors.is_empty() {
        let stats = match dir {
            Some(d) => Kb::load_dir(d).map(|kb| stats(&kb)).unwrap_or_default(),
            None => Kb::embedded().map(|kb| stats(&kb)).unwrap_or_default(),
        };
        let _ = writeln!(out, "{what}: ok ({stats})");
    } else {
        let _ = writeln!(out, "{what}: {} error(s)", errors.len());
    }
    (out, errors.len())
}

/// Lints the embedded KB grown by `dir`'s files (for `attache kb lint --add DIR`): what
/// [`crate::Kb::embedded_with`] would load. Same output shape as [`lint_report`].
pub fn lint_layered_report(dir: &Path) -> (String, usize) {
    let errors = crate::kb::lint_embedded_with(dir);
    let mut out = String::new();
    for e in &errors {
        let _ = writeln!(out, "{e}");
    }
    if errors.is_empty() {
        let stats = Kb::embedded_with(dir)
            .map(|kb| stats(&kb))
            .unwrap_or_default();
        let _ = writeln!(out, "embedded KB + {}: ok ({stats})", dir.display());
    } else {
        let _ = writeln!(
            out,
            "embedded KB + {}: {} error(s)",
            dir.display(),
            errors.len()
        );
    }
    (out, errors.len())
}

/// `201 countries, 77 IGOs, 230 seats, 1340 people, 1607 roles, 150 agents, 60 titles`.
pub fn stats(kb: &Kb) -> String {
    format!(
        "{} countries, {} IGOs, {} seats, {} people, {} roles, {} agents, {} titles",
        kb.countries().len(),
        kb.igos().len(),
        kb.seats().len(),
        kb.people().len(),
        kb.roles().len(),
        kb.agents().len(),
        kb.titles().len()
    )
}

/// Reads `--date` values: `YYYY-MM-DD` (also `YYYY-MM` and `YYYY`, read as their first day).
pub fn parse_date_arg(s: &str) -> Option<Date> {
    crate::load::parse_date(s.trim(), false)
}

fn form_name(f: NameForm) -> &'static str {
    match f {
        NameForm::Name => "name",
        NameForm::Formal => "formal name",
        NameForm::Alias => "alias",
        NameForm::Short => "short form",
        NameForm::Demonym => "demonym",
        NameForm::Noun => "agent noun",
    }
}

/// Everything the KB knows under `name`, read at `date`: one block per entry with its
/// code, kind and id, and for people their dated offices (the ones held at the date
/// marked `*`). Also says which office `name` names when it is a title.
pub fn lookup_report(kb: &Kb, name: &str, date: Option<Date>) -> String {
    let mut out = String::new();
    let hits = kb.lookup(name, date);
    let at = date.map(|d| format!(" on {d}")).unwrap_or_default();
    if hits.is_empty() {
        let _ = writeln!(out, "no entry named {name:?}{at}");
    }
    for h in &hits {
        let i = &h.info;
        let _ = writeln!(
            out,
            "{}  {}  [{}]  {}  ({} {:?}){}",
            i.kb_id,
            i.name,
            i.code.as_deref().unwrap_or("-"),
            i.kind.as_str(),
            form_name(h.form),
            name,
            if h.current { "" } else { "  not in office" }
        );
        match h.entry {
            EntryRef::Person(p) => {
                for r in kb.roles_of(p) {
                    let mark = if date.is_some_and(|d| r.valid.contains(d)) {
                        "*"
                    } else {
                        " "
                    };
                    let of = r
                        .country
                        .clone()
                        .or_else(|| r.igo.as_ref().map(|g| format!("igo:{g}")))
                        .unwrap_or_default();
                    let _ = writeln!(
                        out,
                        "  {mark} {of} {} {} \"{}\" {} ({})",
                        r.role, r.office, r.title, r.valid, r.source
                    );
                }
            }
            EntryRef::Seat(s) => {
                if let Some(s) = kb.seats().get(s as usize) {
                    let _ = writeln!(
                        out,
                        "    seat of power ({}) standing for {}",
                        s.kind,
                        s.country.as_deref().or(s.igo.as_deref()).unwrap_or("-")
                    );
                }
            }
            EntryRef::Igo(g) => {
                if let Some(g) = kb.igos().get(g as usize) {
                    if let Some(d) = date {
                        if let Some(head) = kb.officeholder(&g.id, Office::IgoHead, d) {
                            let _ = writeln!(out, "    head{at}: {}", head.name);
                        }
                    }
                    if !g.nouns.is_empty() {
                        let _ = writeln!(out, "    described as: {}", g.nouns.join(", "));
                    }
                }
            }
            EntryRef::Country(c) => {
                if let (Some(c), Some(d)) = (kb.countries().get(c as usize), date) {
                    for office in [
                        Office::HeadOfState,
                        Office::HeadOfGovernment,
                        Office::ForeignMinister,
                        Office::DefenceMinister,
                    ] {
                        let names: Vec<String> = kb
                            .officeholders(&c.alpha3, office, d)
                            .iter()
                            .map(|h| h.person.name.clone())
                            .collect();
                        let shown = if names.is_empty() {
                            kb.office_absent(&c.alpha3, office, d)
                                .map(|n| format!("none ({})", n.note))
                                .unwrap_or_else(|| "unknown".to_string())
                        } else {
                            names.join(", ")
                        };
                        let _ = writeln!(out, "    {office}{at}: {shown}");
                    }
                }
            }
            EntryRef::Group(g) => {
                if let Some(g) = kb.groups().get(g as usize) {
                    let _ = writeln!(
                        out,
                        "    non-state group ({}) based in {}",
                        g.role,
                        g.country.as_deref().unwrap_or("-")
                    );
                }
            }
            EntryRef::Agent(_) => {}
        }
    }
    if let Some(office) = kb.office_for_title(name, None) {
        let _ = writeln!(out, "title: {name:?} names the office {office}");
    }
    out
}
