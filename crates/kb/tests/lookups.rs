//! Lookups by name and date on the embedded KB.

use attache_core::Date;
use attache_kb::{Kb, NameForm, Office};

fn kb() -> Kb {
    Kb::embedded().expect("embedded KB loads")
}

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::new(y, m, day).expect("valid date")
}

#[test]
fn russian_foreign_minister_on_2022_01_21_is_lavrov() {
    let fm = kb()
        .officeholder("RUS", Office::ForeignMinister, d(2022, 1, 21))
        .expect("a Russian foreign minister");
    assert_eq!(fm.name, "Sergei Lavrov");
    assert_eq!(fm.code.as_deref(), Some("RUSGOV"));
    assert_eq!(fm.kb_id, "person:sergei-lavrov");
}

#[test]
fn us_secretary_of_state_changes_between_2022_and_2025() {
    let kb = kb();
    let office = kb
        .office_for_title("Secretary of State", Some("USA"))
        .expect("title known");
    assert_eq!(office, Office::ForeignMinister);
    let name = |date| kb.officeholder("USA", office, date).map(|i| i.name);
    assert_eq!(name(d(2022, 1, 21)).as_deref(), Some("Antony Blinken"));
    assert_eq!(name(d(2025, 6, 1)).as_deref(), Some("Marco Rubio"));
}

#[test]
fn putin_is_russian_head_of_state() {
    let hos = kb()
        .officeholder("RUS", Office::HeadOfState, d(2022, 1, 21))
        .expect("a Russian head of state");
    assert_eq!(hos.name, "Vladimir Putin");
}

#[test]
fn surname_lookup_reads_the_person_at_the_date() {
    let kb = kb();
    let hits = kb.lookup("Blinken", Some(d(2022, 1, 21)));
    let first = hits.first().expect("Blinken is known");
    assert_eq!(first.form, NameForm::Short);
    assert_eq!(first.info.code.as_deref(), Some("USAGOV"));
    assert!(first.current);
    let later = kb.lookup("Blinken", Some(d(2025, 6, 1)));
    let later = later.first().expect("still known");
    assert!(!later.current);
    assert_eq!(later.info.code.as_deref(), Some("USAELI"));
}

#[test]
fn seats_stand_for_governments() {
    let kb = kb();
    assert_eq!(
        kb.seat("the Kremlin").map(|s| s.code.as_str()),
        Some("RUSGOV")
    );
    assert_eq!(kb.seat("Kiev").map(|s| s.code.as_str()), Some("UKRGOV"));
    assert_eq!(kb.seat("Kyiv").map(|s| s.code.as_str()), Some("UKRGOV"));
}

#[test]
fn countries_by_demonym_alias_and_code() {
    let kb = kb();
    assert_eq!(
        kb.country("Russian").map(|c| c.alpha3.as_str()),
        Some("RUS")
    );
    assert_eq!(kb.country("U.S.").map(|c| c.alpha3.as_str()), Some("USA"));
    assert_eq!(kb.country("USA").map(|c| c.alpha3.as_str()), Some("USA"));
    assert!(kb.country("us").is_none(), "names are case-sensitive");
}

#[test]
fn nato_is_an_igo_described_as_alliance() {
    let kb = kb();
    let nato = kb.igo("NATO").expect("NATO known");
    assert_eq!(nato.code, "IGOWSTNAT");
    assert!(kb.igos_described_by("alliance").any(|g| g.id == "nato"));
}

#[test]
fn agent_nouns_match_case_insensitively_with_plurals() {
    let kb = kb();
    assert_eq!(kb.agent("Troops").map(|a| a.role.as_str()), Some("MIL"));
    assert_eq!(kb.agent("soldiers").map(|a| a.role.as_str()), Some("MIL"));
    assert_eq!(kb.agent("police").map(|a| a.role.as_str()), Some("COP"));
}

#[test]
fn embedded_data_lints_clean() {
    let errors = attache_kb::lint_embedded();
    let shown: Vec<String> = errors.iter().take(20).map(|e| e.to_string()).collect();
    assert!(
        errors.is_empty(),
        "{} errors:\n{}",
        errors.len(),
        shown.join("\n")
    );
}
