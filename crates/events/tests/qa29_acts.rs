//! Session 29: acts printed that the sentence does not report, found by judging a second
//! sample of real news (GeoVirus, TimeBank+AQUAINT). Each test holds invented sentences of
//! the shape, and the act next to it that stays.

use crate::common;

use common::{none_of, some_of};

#[test]
fn a_health_or_disaster_emergency_is_no_repression() {
    none_of(
        "AUSTIN (AP) -- The governor of Texas declared a public health emergency on Monday.",
        "17",
    );
    none_of(
        "MANILA (AP) -- The Philippine president declared a state of emergency in the province \
         because of the cholera outbreak.",
        "17",
    );
    none_of(
        "MANILA (AP) -- The Philippine president declared a state of emergency in three \
         provinces after the floods.",
        "17",
    );
    // A state of emergency against unrest stays.
    some_of(
        "MANILA (AP) -- The Philippine president declared a state of emergency in three \
         provinces after the protests.",
        "1724",
    );
    some_of(
        "MANILA (AP) -- The Philippine president declared martial law on the southern island \
         after rebels seized a city.",
        "1724",
    );
}

#[test]
fn a_disease_investigated_is_no_act_on_a_party() {
    none_of(
        "GENEVA (AP) -- The World Health Organization is investigating an outbreak of an \
         unknown fever in northern Uganda.",
        "09",
    );
    none_of(
        "WASHINGTON (AP) -- Federal health officials are investigating a suspected case of bird \
         flu in Ohio.",
        "09",
    );
    none_of(
        "JAKARTA (AP) -- An investigation by the health ministry of the samples taken from \
         the village found no virus.",
        "09",
    );
    // An investigation of a party stays.
    some_of(
        "WASHINGTON (AP) -- The Justice Department is investigating the governor of Texas.",
        "09",
    );
    some_of(
        "BRUSSELS (AP) -- The European Commission opened an investigation into Google.",
        "09",
    );
}

#[test]
fn a_personal_health_precaution_urged_is_no_appeal() {
    none_of(
        "CHICAGO (AP) -- City officials urged residents to get a flu shot before the winter.",
        "02",
    );
    none_of(
        "CHICAGO (AP) -- Health workers are telling citizens to wash their hands and to stay \
         away from crowds.",
        "10",
    );
    // Vaccines given, and an appeal to a government about them, stay.
    some_of(
        "BRASILIA (AP) -- Brazil urged Argentina to share its vaccine supplies with Bolivia.",
        "02",
    );
}

#[test]
fn goods_seized_in_a_city_are_no_occupation() {
    none_of(
        "MANILA (AP) -- Police seized 200 kilos of smuggled chicken at a market in Quezon City \
         on Friday.",
        "19",
    );
    // A town seized stays.
    some_of(
        "DAMASCUS (AP) -- Syrian rebels seized the town of Kafr Nabl on Sunday.",
        "192",
    );
}

#[test]
fn an_emergency_recognised_is_no_state_recognised() {
    none_of(
        "It is essential that the emergency in southern Chad be recognised by everyone.",
        "054",
    );
    // A state recognised stays.
    some_of("MADRID (AP) -- Spain recognised Kosovo on Monday.", "054");
}

#[test]
fn an_act_delayed_or_postponed_is_not_done() {
    none_of(
        "OTTAWA (AP) -- The United States has delayed lifting its ban on imports of cattle \
         from Canada.",
        "08",
    );
    none_of(
        "OTTAWA (AP) -- The United States has postponed sending troops to Haiti.",
        "15",
    );
    // Done acts stay.
    some_of(
        "OTTAWA (AP) -- The United States has lifted its ban on imports of cattle from Canada.",
        "08",
    );
}

#[test]
fn a_source_keeping_anonymity_declines_no_comment() {
    none_of(
        "\"The bridge was blown up,\" said a Kenyan army officer, who refused to identify himself.",
        "01",
    );
    none_of(
        "\"The bridge was blown up,\" said a Kenyan army officer, who refused to be named.",
        "12",
    );
    // Names held back are still declined comment.
    some_of(
        "KABUL (AP) -- The Afghan defence ministry refused to identify the commanders.",
        "011",
    );
}

#[test]
fn a_sniper_attack_is_force_not_words() {
    let text = "OTTAWA (AP) -- Police linked him to three sniper attacks on Canadian doctors in \
                the 1990s.";
    some_of(text, "19");
    none_of(text, "11");
    // Attacks in words stay verbal.
    some_of(
        "WASHINGTON (AP) -- Trump renewed his attacks on Canadian doctors.",
        "111",
    );
}
