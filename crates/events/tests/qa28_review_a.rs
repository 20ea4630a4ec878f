//! Session 28, review: the session's new act entries read by invented probes. Each test holds
//! the shape an entry over-fired on (a real act dropped or a wrong code) and the case the entry
//! was made for, which stays.

use crate::common;

use common::{coded, none_of, some_of};

#[test]
fn a_meeting_about_ambitions_is_still_a_meeting() {
    // The aims met are the object of "meet", not any word of its clause.
    coded(
        "ATHENS (AP) -- Greek officials met with EU leaders on their ambitions.",
        "GRCGOV",
        Some("IGOEUREEC"),
        "040",
    );
    coded(
        "TEHRAN (AP) -- Iran's president met UN officials who wrote the guidelines.",
        "IRNGOV",
        Some("IGOUNO"),
        "040",
    );
    // Aspirations or objectives met are no meeting.
    none_of(
        "TBILISI (AP) -- NATO will help Georgia meet its aspirations to join the alliance.",
        "04",
    );
    none_of(
        "KABUL (AP) -- The United States has met its objectives in Afghanistan.",
        "04",
    );
}

#[test]
fn anonymous_elsewhere_leaves_an_appeal_standing() {
    // Only a source asking to remain anonymous makes no appeal.
    some_of(
        "WASHINGTON (AP) -- Obama asked Congress to investigate anonymous donors.",
        "020",
    );
    none_of(
        "KABUL (AP) -- An official, who requested to remain anonymous, said the Taliban \
         attacked the base.",
        "02",
    );
    none_of(
        "KABUL (AP) -- The official asked to remain anonymous because he was not authorized \
         to speak.",
        "02",
    );
    none_of(
        "KABUL (AP) -- A police officer who requested that he remain anonymous said the \
         Taliban attacked.",
        "02",
    );
}

#[test]
fn records_or_information_requested_are_no_economic_appeal() {
    // A request whose object is records, information or an extradition is a plain 020.
    for text in [
        "WASHINGTON (AP) -- Congress requested information on funding from the Pentagon.",
        "LONDON (AP) -- Britain requested the extradition of the fund manager from Spain.",
        "LONDON (AP) -- Britain requested a probe into money laundering from Russia.",
    ] {
        none_of(text, "0231");
        some_of(text, "020");
    }
    none_of(
        "WASHINGTON (AP) -- Prosecutors requested the financial records of the company.",
        "0231",
    );
    // Funding, loans and bailouts requested stay 0231.
    coded(
        "KIEV (AP) -- Ukraine requested new loans from the IMF.",
        "UKR",
        Some("IGOBUSIMF"),
        "0231",
    );
    coded(
        "DUBLIN (AP) -- Ireland requested a bailout from the European Union.",
        "IRL",
        Some("IGOEUREEC"),
        "0231",
    );
}

#[test]
fn contributing_to_a_crisis_is_no_aid() {
    // "contributed to" names a cause.
    none_of(
        "ROME (AP) -- The war contributed to the food crisis in Yemen.",
        "07",
    );
    coded(
        "DHAKA (AP) -- Japan contributed medicine to Bangladesh.",
        "JPN",
        Some("BGD"),
        "073",
    );
}

#[test]
fn views_exchanged_on_shelling_are_no_artillery_fire() {
    none_of(
        "KIEV (AP) -- Ukraine and Russia exchanged views on the shelling.",
        "19",
    );
    coded(
        "SRINAGAR (AP) -- India and Pakistan exchanged shells along the Line of Control.",
        "IND",
        Some("PAK"),
        "194",
    );
    coded(
        "KIEV (AP) -- Ukrainian and Russian forces exchanged artillery fire near Donetsk.",
        "UKRMIL",
        Some("RUSMIL"),
        "194",
    );
}
