//! Acts read from how a story reports them (ninth session): a statement that another actor
//! "must" act, a time between a verb and its particle, a participle with its own agent, a
//! subject that names no actor, and the dates of acts with a relative clause or a deadline.
//! Invented sentences, whole pipeline.

use crate::common;

use attache_core::{CommitmentKind, Document};
use common::{day, has, has_target, pipeline, rows};

fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 11, 24))
}

#[test]
fn a_statement_that_another_country_must_act_is_a_demand_on_it() {
    let d = doc("Kenya said on Monday that Uganda must reopen the border crossing at Busia.");
    assert!(has(&d, "KEN", Some("UGA"), "10"), "{:?}", rows(&d));
    assert!(
        d.commitments
            .iter()
            .any(|c| c.kind == CommitmentKind::Demand),
        "{:?}",
        d.commitments
    );
    let d = doc("Norway reiterated that Iran must free the two detained sailors.");
    assert!(has(&d, "NOR", Some("IRN"), "10"), "{:?}", rows(&d));
}

#[test]
fn a_statement_that_one_s_own_side_must_act_is_no_demand() {
    let d = doc("Poland said it must strengthen its eastern border.");
    assert!(
        !rows(&d).iter().any(|(_, _, c)| c.starts_with("10")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_time_between_call_and_for_leaves_the_appeal_for() {
    let d = doc("Brazil and Mexico called on Thursday for an end to the fighting in Sudan.");
    assert!(
        rows(&d).iter().any(|(_, _, c)| c.starts_with("02")),
        "{:?}",
        rows(&d)
    );
    assert!(
        !rows(&d).iter().any(|(_, _, c)| c.starts_with("10")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_participle_with_an_agent_is_its_own_act_inside_another_act() {
    let d = doc("Armenia and Azerbaijan agreed last year to a peace deal brokered by Qatar.");
    assert!(has(&d, "QAT", Some("ARM"), "045"), "{:?}", rows(&d));
    assert!(has(&d, "QAT", Some("AZE"), "045"), "{:?}", rows(&d));
}

#[test]
fn a_parsed_subject_that_names_no_actor_is_not_the_speaker() {
    let d = doc("A Chilean official said the first shipment would arrive in March.");
    assert!(rows(&d).is_empty(), "{:?}", rows(&d));
}

#[test]
fn a_time_in_a_relative_clause_does_not_date_the_act() {
    let d = doc("Ghana released three Togolese fishermen who had been detained in August.");
    let e = d
        .events
        .iter()
        .find(|e| e.cameo.starts_with("084"))
        .unwrap_or_else(|| panic!("{:?}", rows(&d)));
    assert_eq!(e.date.as_deref(), Some("2026-11-24"));
}

#[test]
fn a_vow_of_force_with_a_deadline_is_a_threat_made_today_and_due_then() {
    let d = doc("Ethiopia vowed to crush the rebels in Amhara before the end of the year.");
    let e = d
        .events
        .iter()
        .find(|e| e.cameo.starts_with("13"))
        .unwrap_or_else(|| panic!("{:?}", rows(&d)));
    assert_eq!(e.date.as_deref(), Some("2026-11-24"));
    assert!(
        d.commitments
            .iter()
            .any(|c| c.kind == CommitmentKind::Threat
                && c.due == Some((day(2026, 11, 24), day(2026, 12, 31)))),
        "{:?}",
        d.commitments
    );
}

#[test]
fn an_attack_noun_in_a_verb_s_phrase_takes_the_verb_s_actors() {
    let d = doc("Somali militants killed three Kenyan soldiers in a bomb attack near Mandera.");
    assert!(has_target(&d, "KENMIL", "183"), "{:?}", rows(&d));
    let d = doc("A roadside bombing near Kandahar killed two Afghan policemen.");
    assert!(
        rows(&d).iter().any(|(_, _, c)| c.starts_with("18")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_purpose_infinitive_takes_the_main_subject() {
    let d = doc("Kenyan nurses gathered in Nairobi to protest the pay cuts.");
    assert!(has(&d, "KEN", None, "14"), "{:?}", rows(&d));
}

#[test]
fn reporting_and_cooperation_verbs_of_the_ninth_session() {
    for (text, src, root) in [
        (
            "Peru received a mission of observers from the OSCE.",
            "PER",
            "086",
        ),
        (
            "The IAEA dispatched inspectors to Iran.",
            "IGOUNOIAE",
            "086",
        ),
        (
            "Ethiopian troops have sworn to retake the town.",
            "ETHMIL",
            "138",
        ),
        (
            "Canada would stop all aid to the junta in Niger.",
            "CAN",
            "162",
        ),
        (
            "The UN reduced food supplies to camps in Chad.",
            "IGOUNO",
            "162",
        ),
        (
            "Qatar ended its mediation between Israel and Hamas.",
            "QAT",
            "165",
        ),
        (
            "Mali forced the UN mission out of the country.",
            "MLI",
            "166",
        ),
        (
            "The Sudanese army forced out thousands of villagers from Tawila.",
            "SDNMIL",
            "201",
        ),
        (
            "Chinese troops remained on alert along the border.",
            "CHNMIL",
            "152",
        ),
        (
            "Ghana is ready to contribute 500 troops to the mission in Haiti.",
            "GHA",
            "0334",
        ),
        (
            "Tunisian students began a hunger strike outside the ministry.",
            "TUN",
            "142",
        ),
    ] {
        let d = doc(text);
        assert!(
            rows(&d).iter().any(|(s, _, c)| c.starts_with(root)
                && (src.is_empty() || s.as_deref().is_some_and(|s| s.starts_with(src)))),
            "{text}: {:?}",
            rows(&d)
        );
    }
}

#[test]
fn a_sport_word_inside_an_actor_s_name_does_not_discard_the_sentence() {
    let d = doc("The Arab League urged Sudan to reopen the border with Chad.");
    assert!(has(&d, "IGOMEAARL", Some("SDN"), "02"), "{:?}", rows(&d));
}

#[test]
fn meeting_demands_is_no_meeting() {
    let d = doc("Serbia said it would not meet the demands of Kosovo's government.");
    assert!(
        !rows(&d).iter().any(|(_, _, c)| c.starts_with("04")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_participle_describing_a_place_is_no_act() {
    let d = doc("Syrian police detained three Kurdish journalists in the occupied Golan Heights.");
    assert!(has(&d, "SYRCOP", None, "173"), "{:?}", rows(&d));
    assert!(
        !rows(&d).iter().any(|(_, _, c)| c.starts_with("19")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn an_act_whose_only_target_is_its_source_keeps_the_source() {
    let d = doc("Armenia condemned the shelling of Armenian villages near the border.");
    assert!(has(&d, "ARM", None, "11"), "{:?}", rows(&d));
}

#[test]
fn a_guess_a_state_or_a_passive_under_must_is_no_demand() {
    for text in [
        "The minister said Iran must have known about the attack.",
        "Merkel said Greece must be feeling the pain of austerity.",
        "Analysts said Russia must be feeling the pressure of sanctions.",
        "The president said Ukraine must not be allowed to lose the war.",
    ] {
        let d = doc(text);
        assert!(
            !rows(&d).iter().any(|(_, _, c)| c.starts_with("10")),
            "{text}: {:?}",
            rows(&d)
        );
        assert!(
            !d.commitments
                .iter()
                .any(|c| c.kind == CommitmentKind::Demand),
            "{text}: {:?}",
            d.commitments
        );
    }
}

#[test]
fn a_demand_under_must_is_on_the_subject_of_the_act_only() {
    let d = doc("The French president said Europe must protect its farmers, not Brazil.");
    assert!(
        !rows(&d)
            .iter()
            .any(|(_, t, c)| c.starts_with("10")
                && t.as_deref().is_some_and(|t| t.starts_with("BRA"))),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_vow_to_fight_a_problem_or_strike_a_deal_is_a_promise() {
    for text in [
        "Russia and China vowed to strike a trade deal by June.",
        "Indonesia vowed to fight poverty and corruption.",
        "Brazil vowed to wipe out hunger by 2030.",
        "Kenya's opposition vowed to march peacefully to parliament.",
        "Peru's president swore to fight corruption in the ports.",
    ] {
        let d = doc(text);
        assert!(
            !rows(&d).iter().any(|(_, _, c)| c.starts_with("13")),
            "{text}: {:?}",
            rows(&d)
        );
        assert!(
            !d.commitments
                .iter()
                .any(|c| c.kind == CommitmentKind::Threat),
            "{text}: {:?}",
            d.commitments
        );
    }
}

#[test]
fn a_vow_to_fight_an_actor_is_a_threat() {
    let d = doc("Colombia vowed to fight the guerrillas in Cauca.");
    assert!(
        rows(&d)
            .iter()
            .any(|(s, _, c)| s.as_deref().is_some_and(|s| s.starts_with("COL")) && c == "138"),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_meeting_with_a_purpose_clause_is_a_meeting() {
    for text in [
        "Putin met Xi in Beijing to discuss the terms of a trade deal.",
        "EU ministers met their Chinese counterparts in Brussels to set new climate targets.",
        "Biden met Zelensky at the White House to discuss Ukraine's military needs.",
    ] {
        let d = doc(text);
        assert!(
            rows(&d).iter().any(|(_, _, c)| c.starts_with("04")),
            "{text}: {:?}",
            rows(&d)
        );
    }
}

#[test]
fn a_participle_whose_agent_acts_towards_nobody_is_no_event() {
    let d = doc("The two sides signed a deal negotiated by Qatar.");
    assert!(
        !rows(&d)
            .iter()
            .any(|(s, t, _)| s.as_deref().is_some_and(|s| s.starts_with("QAT")) && t.is_none()),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn two_country_adjectives_before_one_noun_are_both_sources() {
    let d = doc("French and German officials criticized the Polish government.");
    assert!(has(&d, "FRA", Some("POL"), "11"), "{:?}", rows(&d));
    assert!(has(&d, "DEU", Some("POL"), "11"), "{:?}", rows(&d));
}
