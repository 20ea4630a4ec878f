//! Session 25: actor codes a blind judge found wrong on real news, as invented sentences of the
//! same shapes. A department of a state is its government as a ministry is ("the Kenyan
//! Department of Trade" was the bare country KEN); a phrase of time after a body's of-phrase
//! is not the body's ("the ministries of Trade and Defence during the Afghan conflict"); a town
//! named like a foreign country or capital before a US state ("Jordan, Minnesota") is no state.

use crate::common;

use common::{coded_by, no_side_coded, rows};

/// `text` prints no event with a source or target whose code starts with `prefix`.

#[test]
fn a_department_of_a_state_is_its_government() {
    for text in [
        "The Kenyan Department of Trade opened an inquiry into the company.",
        "Kenya's Department of Trade opened an inquiry into the company.",
        "The Kenyan trade department opened an inquiry into the company.",
    ] {
        coded_by(text, "KENGOV", "09");
    }
    // A police department is the police's.
    coded_by(
        "The Kenyan police department arrested the mayor on Friday.",
        "KENCOP",
        "17",
    );
}

#[test]
fn a_phrase_of_time_after_a_bodys_phrase_is_not_the_bodys() {
    let d = common::doc(
        "Ana Vidal advised the ministries of Trade and Defence during the Afghan conflict.",
    );
    assert!(
        !rows(&d)
            .iter()
            .any(|(s, t, _)| [s, t].iter().any(|x| x.as_deref() == Some("AFGGOV"))),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn an_american_town_named_like_a_foreign_country_or_capital_is_no_state() {
    // A US state's name or abbreviation after a comma makes the name a town's.
    for (text, wrong) in [
        ("Police in Jordan, Minnesota, arrested the mayor.", "JOR"),
        ("A court in Paris, Texas, convicted the mayor.", "FRA"),
        ("Police in Lebanon, Pa., arrested the mayor.", "LBN"),
    ] {
        let d = common::doc(text);
        assert!(
            !rows(&d).iter().any(|(s, t, _)| [s, t]
                .iter()
                .any(|x| x.as_deref().is_some_and(|x| x.starts_with(wrong)))),
            "{text}: {:?}",
            rows(&d)
        );
    }
    // A list of countries with a state named like one stays a list of countries.
    coded_by(
        "Russia, Georgia and Ukraine signed the accord.",
        "GEO",
        "057",
    );
}

#[test]
fn a_us_agency_name_after_another_countrys_demonym_is_that_countrys_body() {
    // "Justice Department" is the KB's name of a US agency; after "Kenyan" or "Kenya's"
    // it names Kenya's own department.
    for text in [
        "The Kenyan Justice Department opened an inquiry into the company.",
        "Kenya's Department of Justice opened an inquiry into the company.",
    ] {
        coded_by(text, "KENGOV", "09");
    }
    coded_by(
        "The U.S. Justice Department opened an inquiry into the company.",
        "USAGOV",
        "09",
    );
}

#[test]
fn a_private_owners_leaders_in_a_country_are_of_that_country() {
    // Leaders travel, so "leaders in Denmark" take no country from the place; a union's or
    // students' leaders are domestic groups, of the place (the country alone was the side).
    for (text, code) in [
        (
            "The union leaders in Denmark rejected the government's offer.",
            "DNKLAB",
        ),
        ("The student leaders in Chile rejected the offer.", "CHLEDU"),
    ] {
        coded_by(text, code, "12");
    }
}

#[test]
fn georgia_in_an_article_of_american_affairs_is_the_state() {
    // Two other US states named by name, or a county of Georgia: the state, no GEO.
    for text in [
        "Senators from Ohio and Arkansas met voters in Georgia. Georgia's governor criticized the senators.",
        "Ana Vidal of Burke County, Georgia, criticized the governor on Monday.",
    ] {
        no_side_coded(text, "GEO");
    }
    // Beside a country in a list, it is the country.
    coded_by(
        "Russia, Georgia and Ukraine signed the accord.",
        "GEO",
        "057",
    );
}

#[test]
fn a_language_named_by_a_demonym_is_no_country() {
    // "Spanish-language", "Spanish-speaking", "Spanish-dominant" name a language: no ESP.
    for text in [
        "A Spanish-language campaign ad criticized Senator Ana Vidal on Monday.",
        "Spanish-speaking voters criticized Senator Ana Vidal.",
    ] {
        no_side_coded(text, "ESP");
    }
    coded_by("The Spanish government criticized Morocco.", "ESPGOV", "11");
}

#[test]
fn a_country_closing_a_private_bodys_name_is_no_state() {
    // "of Kenya" ends the name of a professional body or a society: not the state.
    for (text, wrong) in [
        (
            "The Law Society of Kenya condemned the arrest of the lawyer.",
            "KEN",
        ),
        (
            "The Red Cross Society of China criticized the new rules.",
            "CHN",
        ),
    ] {
        let d = common::doc(text);
        assert!(
            !rows(&d)
                .iter()
                .any(|(s, _, _)| s.as_deref().is_some_and(|x| x.starts_with(wrong))),
            "{text}: {:?}",
            rows(&d)
        );
    }
    // An IGO's name keeps its code.
    coded_by(
        "The League of Arab States condemned Israel on Monday.",
        "IGOMEAARL",
        "11",
    );
}

#[test]
fn a_us_states_police_are_the_united_states_police() {
    // A state's name before "state police" or "police": USACOP, as its officeholders are
    // USAGOV (the Republic of Georgia's police keep their demonym).
    for text in [
        "Georgia state police arrested the suspect on Friday.",
        "Ohio state police arrested the suspect on Friday.",
    ] {
        coded_by(text, "USACOP", "17");
    }
    coded_by(
        "Georgian police arrested the suspect in Tbilisi.",
        "GEOCOP",
        "17",
    );
}
