//! Session 28, judges' readings: three wrong readings a blind judge of real news kept
//! naming (a fee charged read as an accusation, rejected speculation read as a refusal of
//! someone, an analyst's warning coded as the act of the country it is about). Sentences are
//! invented.

use crate::common;

use common::{coded, coded_by, doc, none_of, not_from, rows};

#[test]
fn charging_nothing_for_a_filing_accuses_no_one() {
    not_from(
        "The Kenya Revenue Authority charges nothing for such filings.",
        "coerce.charge",
    );
}

#[test]
fn a_percentage_charged_on_transfers_is_a_price() {
    none_of(
        "The Kenyan government charges foreign companies 2 percent on every transfer.",
        "17",
    );
}

#[test]
fn prosecutors_charging_a_man_with_fraud_still_accuse() {
    coded_by("Kenyan prosecutors charged him with fraud.", "KENJUD", "17");
}

#[test]
fn police_charging_men_without_a_crime_named_still_accuse() {
    coded_by("Nigerian police charged three men.", "NGACOP", "17");
}

#[test]
fn a_leader_charged_on_a_day_is_still_accused() {
    coded(
        "Ugandan prosecutors charged the Kenyan opposition leader on Monday.",
        "UGAJUD",
        Some("KENOPP"),
        "17",
    );
}

#[test]
fn rejected_media_speculation_is_a_denial_not_a_refusal() {
    let text = "The Egyptian government rejected media speculation that Israel had sent troops.";
    coded(text, "EGYGOV", None, "01");
    none_of(text, "12");
}

#[test]
fn dismissed_rumours_are_denied_as_reports_are() {
    coded(
        "The Kenyan government dismissed speculation that Uganda would close the border.",
        "KENGOV",
        None,
        "01",
    );
    coded(
        "The Kenyan president dismissed rumours that Uganda was planning an attack on Kenya.",
        "KEN",
        None,
        "01",
    );
}

#[test]
fn a_rejected_rumour_refuses_no_offer_named_inside_it() {
    // The rumour names Israel and a peace offer; the one who rejects it refuses no talks.
    let text =
        "The Egyptian president rejected rumours that Israel might offer a peace settlement.";
    coded(text, "EGY", None, "01");
    none_of(text, "12");
}

#[test]
fn a_rejected_proposal_is_still_refused() {
    coded(
        "Egypt rejected the Israeli proposal.",
        "EGY",
        Some("ISR"),
        "12",
    );
}

#[test]
fn an_analysts_warning_is_not_the_countrys() {
    // The warning's speaker is the analyst; Russia is only what the warning is about.
    let text = "Russia will respond harshly, warned John Smith, an analyst at a London think tank.";
    let d = doc(text);
    assert!(
        !rows(&d)
            .iter()
            .any(|(s, _, c)| c.starts_with("11") && s.as_deref() == Some("RUS")),
        "{text}: {:?}",
        rows(&d)
    );
}

#[test]
fn a_country_in_a_leaders_warning_is_not_the_warner() {
    // With no one warned, a warning is the quote's content, no act; Ukraine never warns.
    let text = "Russia will punish Ukraine, warned Russian President Vladimir Putin.";
    let d = doc(text);
    assert!(
        !rows(&d)
            .iter()
            .any(|(s, _, c)| c.starts_with("11") && s.as_deref() == Some("UKR")),
        "{text}: {:?}",
        rows(&d)
    );
}

#[test]
fn an_act_reported_by_an_analyst_keeps_its_doer() {
    coded(
        "China criticized Japan, said Xinyi Lu, an economist at a bank.",
        "CHN",
        Some("JPN"),
        "11",
    );
}
