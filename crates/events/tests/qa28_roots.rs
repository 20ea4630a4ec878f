//! Session 28: acts printed that the sentence does not report, found by judging a sample of
//! real news (GUM news and interviews, GeoVirus, TimeBank+AQUAINT). Each test holds invented
//! sentences of the shape, and the act next to it that stays.

use crate::common;

use common::{coded, none_of, some_of};

#[test]
fn a_flu_strain_kills_as_a_disease_does() {
    // A strain named with digits is a disease, whatever country its clause names.
    none_of(
        "GENEVA (AP) -- H5N1, which has spread throughout Asia, eastern Europe (including \
         neighboring Egypt), and the Gulf states, has already killed about 80 people.",
        "18",
    );
    none_of(
        "GENEVA (AP) -- According to the World Health Organization H5N1 has killed 87 people \
         in Asia since 2004.",
        "18",
    );
    // People who kill are still coded.
    coded(
        "CAIRO (AP) -- Egyptian police killed 30 protesters.",
        "EGYCOP",
        None,
        "18",
    );
}

#[test]
fn arresting_a_disease_or_a_decline_detains_no_one() {
    none_of(
        "HARARE (AP) -- The WHO have now arrested cholera in Zimbabwe.",
        "17",
    );
    none_of(
        "NAIROBI (AP) -- The Kenyan central bank arrested the decline of the shilling.",
        "17",
    );
    coded(
        "NAIROBI (AP) -- Kenyan police arrested the opposition leader.",
        "KENCOP",
        None,
        "17",
    );
}

#[test]
fn a_pandemic_alert_is_no_force_posture() {
    none_of(
        "GENEVA (AP) -- The WHO raised its pandemic alert level to five.",
        "15",
    );
    none_of(
        "GENEVA (AP) -- The WHO said it will not raise its pandemic alert level from four to five.",
        "15",
    );
    // The alert of troops stays.
    some_of(
        "SEOUL (AP) -- North Korea raised the alert level of its troops.",
        "15",
    );
}

#[test]
fn meeting_aspirations_is_no_meeting() {
    none_of(
        "TBILISI (AP) -- He helped Georgia meet its aspirations for greater peace.",
        "04",
    );
    none_of(
        "TBILISI (AP) -- Georgia has met its objectives for the year.",
        "04",
    );
    coded(
        "TBILISI (AP) -- Georgian officials met Russian diplomats.",
        "GEOGOV",
        Some("RUSGOV"),
        "04",
    );
}

#[test]
fn asking_to_remain_anonymous_is_no_appeal() {
    none_of(
        "BEIJING (AP) -- The milk was sold for years, said an official of the Chinese \
         government who requested to remain anonymous.",
        "02",
    );
    none_of(
        "BEIJING (AP) -- A Chinese official, who asked to remain anonymous, said the milk was \
         sold for years.",
        "02",
    );
    coded(
        "BEIJING (AP) -- China requested aid from Japan.",
        "CHN",
        Some("JPN"),
        "02",
    );
}

#[test]
fn aid_or_buying_that_stops_is_not_also_given() {
    // The act a verb of stopping takes is what stops: one record, the cut, not the act too.
    let text = "NAIROBI (AP) -- The European Union has announced it may for now stop giving aid \
                to Kenya.";
    none_of(text, "07");
    coded(text, "IGOEUREEC", Some("KEN"), "16");
    let text = "BEIJING (AP) -- China stopped buying coal from Australia.";
    none_of(text, "06");
    coded(text, "CHN", Some("AUS"), "16");
    // Aid given stays.
    coded(
        "NAIROBI (AP) -- The European Union gave aid to Kenya.",
        "IGOEUREEC",
        Some("KEN"),
        "07",
    );
}

#[test]
fn artillery_fire_exchanged_is_fighting_with_artillery() {
    // CAMEO 194, as artillery fired is.
    coded(
        "ISLAMABAD (AP) -- Indian and Pakistani troops exchanged mortar fire across the border.",
        "INDMIL",
        Some("PAKMIL"),
        "194",
    );
    some_of(
        "SEOUL (AP) -- North and South Korea exchanged artillery fire yesterday.",
        "194",
    );
    // Fire with no weapon named stays 190.
    coded(
        "SEOUL (AP) -- North Korean troops exchanged fire with South Korean soldiers.",
        "PRKMIL",
        Some("KORMIL"),
        "190",
    );
}

#[test]
fn funds_requested_and_relief_contributed_have_their_full_codes() {
    // Funding or loans requested are economic aid asked for (0231), as with "ask".
    coded(
        "HANOI (AP) -- Vietnam requested funding from Japan.",
        "VNM",
        Some("JPN"),
        "0231",
    );
    // Humanitarian aid contributed is humanitarian aid given (073).
    coded(
        "KUALA LUMPUR (AP) -- Malaysia decided to contribute US$1 million in humanitarian aid \
         to Indonesia.",
        "MYS",
        Some("IDN"),
        "073",
    );
    // Assistance requested and money contributed keep theirs.
    coded(
        "ABUJA (AP) -- Nigeria requested assistance from Japan.",
        "NGA",
        Some("JPN"),
        "023",
    );
    coded(
        "KUALA LUMPUR (AP) -- Malaysia will contribute funds to Indonesia.",
        "MYS",
        Some("IDN"),
        "070",
    );
}

#[test]
fn an_act_encouraged_is_not_done() {
    // The act in the complement of "encourage" is asked for, as with exhort or urge.
    let text = "ROME (AP) -- The Italian government encouraged Albania to protest against France.";
    none_of(text, "14");
    coded(text, "ITAGOV", Some("ALB"), "02");
    none_of(
        "ROME (AP) -- The party is also encouraging Italian citizens to ask for application of \
         the law.",
        "02",
    );
    // The act done by the one who encourages stays.
    some_of(
        "ROME (AP) -- The Italian government protested against France.",
        "14",
    );
}
