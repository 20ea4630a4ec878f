//! Former states (the Soviet Union, Yugoslavia, East Germany, Czechoslovakia) as countries
//! of the KB, and the seats of power of states today that stood for their governments
//! before they ended (`data/former_states.tsv`).

use attache_core::Date;
use attache_kb::{Kb, Office};

fn kb() -> Kb {
    Kb::embedded().expect("embedded KB loads")
}

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::new(y, m, day).expect("valid date")
}

/// The code of the first hit for `name` at `date`.
fn code_of(kb: &Kb, name: &str, date: Option<Date>) -> Option<String> {
    kb.lookup(name, date)
        .first()
        .and_then(|h| h.info.code.clone())
}

#[test]
fn the_soviet_union_and_its_demonym_are_a_country_of_the_kb() {
    let kb = kb();
    for name in ["Soviet Union", "USSR", "Soviet", "Soviets"] {
        assert_eq!(
            code_of(&kb, name, Some(d(1984, 3, 1))).as_deref(),
            Some("SUN"),
            "{name}"
        );
    }
}

#[test]
fn former_states_of_europe_have_their_own_codes_not_their_successors() {
    let kb = kb();
    let at = Some(d(1988, 9, 14));
    for (name, code) in [
        ("East Germany", "DDR"),
        ("East German", "DDR"),
        ("German Democratic Republic", "DDR"),
        ("Yugoslavia", "YUG"),
        ("Yugoslav", "YUG"),
        ("Czechoslovakia", "CSK"),
        ("Czechoslovak", "CSK"),
    ] {
        assert_eq!(code_of(&kb, name, at).as_deref(), Some(code), "{name}");
    }
}

#[test]
fn west_germany_is_the_state_that_goes_on_as_germany() {
    let kb = kb();
    assert_eq!(
        code_of(&kb, "West Germany", Some(d(1975, 1, 1))).as_deref(),
        Some("DEU")
    );
    assert_eq!(
        code_of(&kb, "West German", Some(d(1975, 1, 1))).as_deref(),
        Some("DEU")
    );
}

#[test]
fn a_former_state_named_in_a_recent_story_is_still_that_state() {
    // a 2021 story on the Soviet Union speaks of history, not of Russia
    let kb = kb();
    assert_eq!(
        code_of(&kb, "Soviet Union", Some(d(2021, 6, 1))).as_deref(),
        Some("SUN")
    );
    assert_eq!(
        code_of(&kb, "Czechoslovakia", Some(d(2021, 6, 1))).as_deref(),
        Some("CSK")
    );
}

#[test]
fn moscow_and_the_kremlin_stand_for_the_soviet_government_until_the_ussr_ended() {
    let kb = kb();
    for seat in ["Moscow", "Kremlin"] {
        assert_eq!(
            code_of(&kb, seat, Some(d(1983, 9, 2))).as_deref(),
            Some("SUNGOV"),
            "{seat}"
        );
        // the last day of the USSR, then the first day of Russia alone
        assert_eq!(
            code_of(&kb, seat, Some(d(1991, 12, 25))).as_deref(),
            Some("SUNGOV"),
            "{seat}"
        );
        assert_eq!(
            code_of(&kb, seat, Some(d(1991, 12, 26))).as_deref(),
            Some("RUSGOV"),
            "{seat}"
        );
    }
    // with no date, the present reading
    assert_eq!(code_of(&kb, "Moscow", None).as_deref(), Some("RUSGOV"));
}

#[test]
fn belgrade_and_prague_follow_the_state_of_the_date() {
    let kb = kb();
    assert_eq!(
        code_of(&kb, "Belgrade", Some(d(1979, 4, 1))).as_deref(),
        Some("YUGGOV")
    );
    assert_eq!(
        code_of(&kb, "Belgrade", Some(d(2008, 4, 1))).as_deref(),
        Some("SRBGOV")
    );
    assert_eq!(
        code_of(&kb, "Prague", Some(d(1968, 8, 1))).as_deref(),
        Some("CSKGOV")
    );
    assert_eq!(
        code_of(&kb, "Prague", Some(d(1993, 1, 1))).as_deref(),
        Some("CZEGOV")
    );
}

#[test]
fn east_berlin_is_the_east_german_government() {
    let kb = kb();
    assert_eq!(
        code_of(&kb, "East Berlin", Some(d(1986, 2, 1))).as_deref(),
        Some("DDRGOV")
    );
}

#[test]
fn a_former_state_row_naming_an_unknown_seat_is_refused_with_its_line() {
    let dir = std::env::temp_dir().join(format!("attache-former-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(
        dir.join("former_states.tsv"),
        "country\tsuccessor\tseats\tstart\tend\nSUN\tRUS\tcap-nowhere\t1922-12-30\t1991-12-26\n",
    )
    .expect("write");
    let errors = attache_kb::lint_dir(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        errors
            .iter()
            .any(|e| e.to_string().contains("former_states.tsv:2")
                && e.to_string().contains("cap-nowhere")),
        "{errors:?}"
    );
}

#[test]
fn soviet_leaders_are_coded_by_the_soviet_union_not_russia() {
    let kb = kb();
    for (name, date) in [
        ("Leonid Brezhnev", d(1975, 7, 1)),
        ("Nikita Khrushchev", d(1962, 10, 20)),
        ("Yuri Andropov", d(1983, 5, 1)),
        ("Mikhail Gorbachev", d(1987, 5, 5)),
    ] {
        assert_eq!(
            code_of(&kb, name, Some(date)).as_deref(),
            Some("SUNGOV"),
            "{name}"
        );
    }
    // Yeltsin leads Russia after the USSR
    assert_eq!(
        code_of(&kb, "Boris Yeltsin", Some(d(1994, 1, 1))).as_deref(),
        Some("RUSGOV")
    );
}

#[test]
fn shevardnadze_is_a_soviet_minister_before_he_leads_georgia() {
    let kb = kb();
    let fm = kb
        .officeholder("SUN", Office::ForeignMinister, d(1988, 2, 1))
        .expect("a Soviet foreign minister in 1988");
    assert_eq!(fm.name, "Eduard Shevardnadze");
    assert_eq!(
        code_of(&kb, "Eduard Shevardnadze", Some(d(1988, 2, 1))).as_deref(),
        Some("SUNGOV")
    );
    assert_eq!(
        code_of(&kb, "Eduard Shevardnadze", Some(d(1997, 2, 1))).as_deref(),
        Some("GEOGOV")
    );
}

#[test]
fn leaders_of_east_germany_yugoslavia_and_czechoslovakia_serve_their_own_state() {
    let kb = kb();
    for (name, date, code) in [
        ("Erich Honecker", d(1987, 9, 7), "DDRGOV"),
        ("Josip Broz Tito", d(1971, 3, 1), "YUGGOV"),
        ("Gustáv Husák", d(1980, 1, 1), "CSKGOV"),
        ("Alexander Dubcek", d(1968, 4, 1), "CSKGOV"),
    ] {
        assert_eq!(
            code_of(&kb, name, Some(date)).as_deref(),
            Some(code),
            "{name}"
        );
    }
}

#[test]
fn west_german_chancellor_kohl_is_coded_as_germany_before_unification() {
    let kb = kb();
    assert_eq!(
        code_of(&kb, "Helmut Kohl", Some(d(1987, 1, 1))).as_deref(),
        Some("DEUGOV")
    );
}

#[test]
fn an_american_president_without_an_archigos_title_is_known_in_his_spell() {
    let kb = kb();
    let hos = kb
        .officeholder("USA", Office::HeadOfState, d(1979, 6, 18))
        .expect("a US president in 1979");
    assert_eq!(hos.name, "Jimmy Carter");
    // the later defence secretary of that surname is someone else
    assert_eq!(
        code_of(&kb, "Ash Carter", Some(d(1979, 6, 18))).as_deref(),
        Some("USA")
    );
}

#[test]
fn gorbachev_leads_the_soviet_union_until_its_end_not_only_until_the_coup() {
    let kb = kb();
    let hos = kb
        .officeholder("SUN", Office::HeadOfState, d(1991, 10, 1))
        .expect("a Soviet head of state in October 1991");
    assert_eq!(hos.name, "Mikhail Gorbachev");
    assert_eq!(
        code_of(&kb, "Mikhail Gorbachev", Some(d(1991, 12, 25))).as_deref(),
        Some("SUNGOV")
    );
    // a former Soviet leader once the USSR has ended
    assert_eq!(
        code_of(&kb, "Mikhail Gorbachev", Some(d(1992, 1, 2))).as_deref(),
        Some("SUNELI")
    );
}
