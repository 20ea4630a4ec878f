//! Acceptance of issue 4: officeholders present for every UN member's head of state, head
//! of government, foreign minister and defence minister on 2022-01-21 and 2025-06-01.

use attache_core::Date;
use attache_kb::{Kb, Office};

const OFFICES: [Office; 4] = [
    Office::HeadOfState,
    Office::HeadOfGovernment,
    Office::ForeignMinister,
    Office::DefenceMinister,
];

struct Coverage {
    /// Slots with a holder in the KB.
    present: usize,
    /// Of those, slots whose holder's data line is marked less sure (`knowledge-unsure`).
    unsure: usize,
    /// Slots the data records as not existing (no armed forces → no defence minister).
    absent: Vec<String>,
    /// Slots with neither: gaps in the data.
    missing: Vec<String>,
    total: usize,
}

fn coverage(kb: &Kb, date: Date) -> Coverage {
    let mut c = Coverage {
        present: 0,
        unsure: 0,
        absent: Vec::new(),
        missing: Vec::new(),
        total: 0,
    };
    for country in kb.countries().iter().filter(|c| c.un_member) {
        for office in OFFICES {
            c.total += 1;
            let slot = format!("{} {}", country.alpha3, office);
            let holders = kb.officeholders(&country.alpha3, office, date);
            if !holders.is_empty() {
                c.present += 1;
                if holders.iter().all(|h| h.role.source.ends_with("unsure")) {
                    c.unsure += 1;
                }
            } else if kb.office_absent(&country.alpha3, office, date).is_some() {
                c.absent.push(slot);
            } else {
                c.missing.push(slot);
            }
        }
    }
    c
}

/// The floor of holders found this test holds the data to: raise it as gaps are filled,
/// never lower it. States with no such office are recorded in no_office.tsv and counted
/// apart; present + absent must cover every slot.
const FLOOR: [(i32, u32, u32, usize); 2] = [(2022, 1, 21, 754), (2025, 6, 1, 754)];

#[test]
fn un_members_have_their_four_officeholders_on_both_acceptance_dates() {
    let kb = Kb::embedded().expect("embedded KB loads");
    assert_eq!(
        kb.countries().iter().filter(|c| c.un_member).count(),
        193,
        "the UN has 193 members"
    );
    for (y, m, d, floor) in FLOOR {
        let date = Date::new(y, m, d).expect("valid date");
        let c = coverage(&kb, date);
        eprintln!(
            "{date}: {}/{} officeholders present ({} from less-sure lines), {} offices recorded as not existing ({}), {} missing ({})",
            c.present,
            c.total,
            c.unsure,
            c.absent.len(),
            c.absent.join(", "),
            c.missing.len(),
            c.missing.join(", ")
        );
        for office in OFFICES {
            let gone = |v: &Vec<String>| v.iter().filter(|m| m.ends_with(office.as_str())).count();
            eprintln!(
                "  {office}: {} present, {} no such office, {} missing",
                193 - gone(&c.absent) - gone(&c.missing),
                gone(&c.absent),
                gone(&c.missing)
            );
        }
        assert!(
            c.present >= floor,
            "{date}: {}/{} present, below the floor {floor}",
            c.present,
            c.total
        );
        assert!(
            c.missing.is_empty(),
            "{date}: no holder and no no_office.tsv record for {}",
            c.missing.join(", ")
        );
    }
}

/// Coverage before the acceptance dates, from CountryInfo/Archigos (heads 2000-2014,
/// ministers 2003-2011) and hand-written lines; reported, and held to a floor.
#[test]
fn earlier_years_keep_their_reported_coverage() {
    let kb = Kb::embedded().expect("embedded KB loads");
    let floors = [(2005, 621), (2010, 623), (2015, 277), (2019, 434)];
    for (year, floor) in floors {
        let date = Date::new(year, 6, 1).expect("valid date");
        let c = coverage(&kb, date);
        let mut by_office = Vec::new();
        for office in OFFICES {
            let gone = c
                .missing
                .iter()
                .chain(&c.absent)
                .filter(|m| m.ends_with(office.as_str()))
                .count();
            by_office.push(format!("{office} {}", 193 - gone));
        }
        eprintln!(
            "{date}: {}/{} present ({})",
            c.present,
            c.total,
            by_office.join(", ")
        );
        assert!(c.present >= floor, "{date}: {} < {floor}", c.present);
    }
}
