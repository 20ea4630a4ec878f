//! Session-12 findings: acts whose parties the coder read only in part. Invented sentences,
//! whole pipeline.

use crate::common;

use attache_core::Document;
use common::{day, has, pipeline, rows};

/// Published Tuesday 2026-03-03.
fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 3, 3))
}

#[test]
fn two_demonyms_under_one_head_are_both_parties_of_a_meeting() {
    // (held talks: negotiations, CAMEO 046)
    let d = doc("Senior Chinese and Japanese diplomats held talks in Tokyo on Monday.");
    assert!(has(&d, "CHNGOV", Some("JPNGOV"), "046"), "{:?}", rows(&d));
    assert!(has(&d, "JPNGOV", Some("CHNGOV"), "046"), "{:?}", rows(&d));
}

#[test]
fn two_demonyms_under_one_head_are_both_parties_of_negotiations_between_them() {
    let d = doc("A new round of negotiations between top Russian and American officials will take place next week.");
    assert!(has(&d, "RUSGOV", Some("USAGOV"), "046"), "{:?}", rows(&d));
    assert!(has(&d, "USAGOV", Some("RUSGOV"), "046"), "{:?}", rows(&d));
}

// Review 12: the session's new verbs read in their ordinary, non-violent senses.

#[test]
fn unions_resuming_a_strike_is_no_fighting() {
    for text in [
        "French rail unions resumed their strike against the government on Monday.",
        "Doctors in Britain resumed strikes against the government.",
    ] {
        let d = doc(text);
        assert!(
            !d.events.iter().any(|e| e.cameo.starts_with("19")),
            "{text}: {:?}",
            rows(&d)
        );
    }
    let d = doc("Russian forces resumed their offensive against the Ukrainian army on Monday.");
    assert!(d.events.iter().any(|e| e.cameo == "190"), "{:?}", rows(&d));
}

#[test]
fn a_coast_guard_keeps_its_country() {
    let d = doc("The Chinese coast guard detained four Filipino fishermen near Scarborough Shoal.");
    assert!(has(&d, "CHN", Some("PHL"), "173"), "{:?}", rows(&d));
    let d = doc("The Chinese coast guard rammed a Philippine supply ship on Monday.");
    assert!(has(&d, "CHN", Some("PHL"), "171"), "{:?}", rows(&d));
}

#[test]
fn helicopters_sent_for_a_rescue_are_no_military_aid() {
    let d = doc("Japan sent helicopters to Turkey to help rescue earthquake survivors.");
    assert!(!d.events.iter().any(|e| e.cameo == "072"), "{:?}", rows(&d));
}

#[test]
fn defending_oneself_in_court_is_no_threat_of_force() {
    let d = doc("Meta warned it would defend itself in court if the European Commission fined it.");
    assert!(!d.events.iter().any(|e| e.cameo == "138"), "{:?}", rows(&d));
    let d = doc("NATO warned that it would defend every inch of allied territory if Russia attacked a member state.");
    assert!(has(&d, "IGOWSTNAT", Some("RUS"), "138"), "{:?}", rows(&d));
}

// Review 12, should-fix list and notes: classes of wrong readings on plain news.

fn codes(d: &Document) -> Vec<String> {
    d.events.iter().map(|e| e.cameo.clone()).collect()
}

#[test]
fn something_hit_by_a_plane_or_rocket_with_no_one_hit_is_no_air_strike() {
    for text in [
        "A Spanish jet hit a flock of birds while landing in Madrid.",
        "A Chinese rocket hit a new record altitude on its second flight.",
        "An Italian drone hit a power line during a training flight near Turin.",
    ] {
        let d = doc(text);
        assert!(
            !codes(&d).iter().any(|c| c == "195"),
            "{text}: {:?}",
            rows(&d)
        );
    }
}

#[test]
fn investigating_a_labour_strike_or_military_options_is_no_military_probe() {
    let d = doc("Poland investigated the strike by rail unions in Warsaw.");
    assert!(!codes(&d).iter().any(|c| c == "093"), "{:?}", rows(&d));
    let d = doc(
        "Germany is investigating all possibilities, including military options, officials said.",
    );
    assert!(!codes(&d).iter().any(|c| c == "093"), "{:?}", rows(&d));
}

#[test]
fn an_alert_for_travellers_is_no_force_posture() {
    let d = doc("France raised the alert level for its citizens travelling to Lebanon.");
    assert!(!codes(&d).iter().any(|c| c == "152"), "{:?}", rows(&d));
}

#[test]
fn an_alert_raised_after_a_launch_targets_the_launcher() {
    let d = doc("South Korea raised its alert level after North Korea fired a ballistic missile.");
    assert!(has(&d, "KOR", Some("PRK"), "152"), "{:?}", rows(&d));
}

#[test]
fn breaching_rules_or_a_system_of_law_is_no_cyber_attack() {
    let d =
        doc("The Polish government breached the rules of the judicial system, the court ruled.");
    assert!(!codes(&d).iter().any(|c| c == "176"), "{:?}", rows(&d));
    let d = doc("Hackers breached the computer networks of the Dutch foreign ministry.");
    assert!(codes(&d).iter().any(|c| c == "176"), "{:?}", rows(&d));
}

#[test]
fn deployed_peacekeepers_and_troops_are_their_countrys_act() {
    let d = doc("Irish peacekeepers were deployed to Lebanon in 2011.");
    assert!(has(&d, "IRL", Some("LBN"), "074"), "{:?}", rows(&d));
    let d = doc("Canadian troops were deployed to Latvia last year.");
    assert!(has(&d, "CAN", Some("LVA"), "154"), "{:?}", rows(&d));
}

#[test]
fn something_demonstrated_by_figures_is_no_protest() {
    for text in [
        "The weakness of the Japanese yen was demonstrated by record imports from China.",
        "Germany demonstrated its commitment to the alliance at the summit.",
    ] {
        let d = doc(text);
        assert!(
            !codes(&d).iter().any(|c| c.starts_with("14")),
            "{text}: {:?}",
            rows(&d)
        );
    }
}

#[test]
fn an_active_verb_read_as_an_adjective_keeps_its_subject_as_source() {
    let d = doc("Russia supplied uranium to France for decades.");
    assert!(has(&d, "RUS", Some("FRA"), "061"), "{:?}", rows(&d));
}

#[test]
fn a_test_fired_missile_is_a_show_of_force() {
    let d = doc("Iran test-fired a new ballistic missile on Saturday.");
    assert!(has(&d, "IRN", None, "150"), "{:?}", rows(&d));
    assert!(
        !codes(&d).iter().any(|c| c.starts_with("19")),
        "{:?}",
        rows(&d)
    );
    let d = doc("Pakistan test-launched a cruise missile last week.");
    assert!(has(&d, "PAK", None, "150"), "{:?}", rows(&d));
}

#[test]
fn sport_readings_of_fire_and_attack_are_no_fighting() {
    for text in [
        "Indian and Pakistani bowlers exchanged fire in the second Test in Lahore.",
        "The hosts resumed their attack in the second half and scored twice.",
        "Italy reached the semi-final after beating Germany.",
    ] {
        let d = doc(text);
        assert!(d.events.is_empty(), "{text}: {:?}", rows(&d));
    }
}

// Blind dev set 12b: classes of acts the coder missed or misread. Invented sentences.

#[test]
fn a_cyberattack_carried_out_on_a_country_is_cyber_coercion() {
    let d = doc("Lithuania said that Russia had carried out a cyberattack on its energy grid.");
    assert!(
        has(&d, "RUS", None, "176") || has(&d, "RUS", Some("LTU"), "176"),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_bomb_detonated_under_a_convoy_is_a_roadside_bombing_and_a_nuclear_test_is_not() {
    let d =
        doc("Somali militants detonated a roadside bomb under a Kenyan army convoy near Mandera.");
    // (the convoy's army is not read as an actor yet: the source and code are checked)
    assert!(
        has(&d, "SOMREB", None, "1833") || has(&d, "SOMREB", Some("KEN"), "1833"),
        "{:?}",
        rows(&d)
    );
    let d = doc("North Korea detonated a nuclear device underground in 2017.");
    assert!(
        !codes(&d).iter().any(|c| c.starts_with("183")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_lawsuit_filed_against_someone_is_a_lawsuit() {
    let d = doc("Canada filed a lawsuit against American drug makers in a court in Ottawa.");
    assert!(has(&d, "CAN", Some("USA"), "115"), "{:?}", rows(&d));
}

#[test]
fn medical_supplies_flown_to_a_country_are_humanitarian_aid() {
    let d = doc("Japan flew 20 tonnes of medical supplies to Syria on Monday.");
    assert!(has(&d, "JPN", Some("SYR"), "073"), "{:?}", rows(&d));
}

#[test]
fn providing_a_country_with_air_defence_systems_is_military_aid() {
    let d = doc("France will provide Ukraine with three more air defence systems.");
    assert!(has(&d, "FRA", Some("UKR"), "072"), "{:?}", rows(&d));
}

#[test]
fn police_sent_abroad_to_help_restore_order_are_protection() {
    let d = doc("Rwanda is prepared to send 500 police officers to Haiti to help restore order.");
    assert!(has(&d, "RWA", Some("HTI"), "0334"), "{:?}", rows(&d));
}

#[test]
fn telling_someone_to_give_inspectors_access_is_a_demand_and_telling_reporters_is_not() {
    let d = doc("Syria was told by the IAEA to give inspectors access to the site within a month.");
    assert!(has(&d, "IGOUNOIAE", Some("SYR"), "1055"), "{:?}", rows(&d));
    // The infinitive of another clause is no demand on the hearers.
    let d = doc("The Iranian foreign minister told reporters that Tehran was ready to resume talks with Washington.");
    assert!(
        !codes(&d).iter().any(|c| c.starts_with("10")),
        "{:?}",
        rows(&d)
    );
    assert!(codes(&d).iter().any(|c| c == "036"), "{:?}", rows(&d));
}

#[test]
fn protesters_blocking_an_avenue_is_an_obstruction() {
    let d = doc("Serbian opposition activists blocked a main avenue in Belgrade on Friday.");
    assert!(has(&d, "SRBOPP", None, "144"), "{:?}", rows(&d));
}

#[test]
fn riot_police_deployed_is_police_power() {
    let d = doc("Turkish authorities deployed riot police across Istanbul on Sunday.");
    assert!(codes(&d).iter().any(|c| c == "153"), "{:?}", rows(&d));
}

#[test]
fn chess_and_weather_warnings_yield_no_event() {
    for text in [
        "Indian grandmaster Gukesh launched a fierce attack on the queenside to beat his Chinese opponent.",
        "Japan's weather agency warned on Monday that a powerful typhoon would strike Okinawa.",
    ] {
        let d = doc(text);
        assert!(d.events.is_empty(), "{text}: {:?}", rows(&d));
    }
}

#[test]
fn asking_for_people_held_to_be_released_is_an_appeal_for_release() {
    let d = doc("The Vietnamese government asked China to release the crew of a fishing boat.");
    assert!(has(&d, "VNMGOV", Some("CHN"), "0253"), "{:?}", rows(&d));
    let d = doc("Senators asked the Pentagon to release the transcripts of the briefing.");
    assert!(!codes(&d).iter().any(|c| c == "0253"), "{:?}", rows(&d));
}

#[test]
fn being_threatened_with_arrest_is_a_threat_of_repression() {
    let d = doc("Foreign reporters in Minsk were threatened with arrest by Belarusian police.");
    assert!(has(&d, "BLRCOP", None, "137"), "{:?}", rows(&d));
}

#[test]
fn accusing_of_breaking_the_law_is_no_accusation_of_aggression() {
    let d = doc("Peru recalled its ambassador from Bolivia, accusing La Paz of violating international law.");
    assert!(codes(&d).iter().any(|c| c == "112"), "{:?}", rows(&d));
    assert!(!codes(&d).iter().any(|c| c == "1123"), "{:?}", rows(&d));
    let d = doc("Pakistan accused India of violating its airspace.");
    assert!(has(&d, "PAK", Some("IND"), "1123"), "{:?}", rows(&d));
}

#[test]
fn a_person_shot_dead_by_no_named_force_is_killed() {
    let d = doc("A Georgian judge was shot dead in Batumi on Sunday.");
    assert!(codes(&d).iter().any(|c| c == "1823"), "{:?}", rows(&d));
}

#[test]
fn threatening_to_suspend_military_aid_is_a_threat_to_cut_aid() {
    let d = doc("Paris threatened to suspend military aid to Chad unless the army freed the opposition leader.");
    assert!(has(&d, "FRAGOV", Some("TCD"), "1311"), "{:?}", rows(&d));
    assert!(!codes(&d).iter().any(|c| c == "138"), "{:?}", rows(&d));
}

#[test]
fn rejecting_an_offer_to_mediate_rejects_the_mediator() {
    let d = doc("The Sudanese government rejected an offer by Kenya to mediate in its conflict with South Sudan.");
    assert!(has(&d, "SDNGOV", Some("KEN"), "126"), "{:?}", rows(&d));
}

#[test]
fn what_someone_is_praised_for_is_the_praises_content() {
    let d = doc("Hungary was praised by the Chinese foreign minister for refusing to back European tariffs on Beijing.");
    assert!(has(&d, "CHNGOV", Some("HUN"), "051"), "{:?}", rows(&d));
    assert!(
        !codes(&d).iter().any(|c| c.starts_with("12")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn not_allowing_investigators_in_is_a_negated_yield() {
    let d = doc("The Burmese junta did not allow UN investigators to visit Rakhine state.");
    let e = d.events.iter().find(|e| e.cameo.starts_with("086"));
    assert!(e.is_some_and(|e| e.negated), "{:?}", rows(&d));
    assert!(
        !codes(&d).iter().any(|c| c.starts_with("04")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_main_verb_read_as_a_bare_participle_keeps_its_subject() {
    let d = doc(
        "The Belgian government formally apologised to Congo for the abuses of the colonial era.",
    );
    assert!(has(&d, "BELGOV", Some("COD"), "055"), "{:?}", rows(&d));
}

#[test]
fn sanctions_threatened_on_companies_target_the_companies_not_their_partners() {
    let d = doc("Russia threatened to impose sanctions on Estonian firms that trade with Ukraine.");
    assert!(has(&d, "RUS", Some("EST"), "1312"), "{:?}", rows(&d));
    assert!(!has(&d, "RUS", Some("UKR"), "1312"), "{:?}", rows(&d));
}

#[test]
fn striking_notes_or_hitting_themes_is_no_attack() {
    let d = doc("Joe Biden struck a hopeful note in Ohio, hitting themes of unity and jobs.");
    assert!(
        !codes(&d).iter().any(|c| c.starts_with("19")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_participle_after_a_comma_shares_the_main_verbs_subject_not_the_nearest_actor() {
    let d = doc("Pakistan cancelled talks with India and Afghanistan on Monday, blaming Kabul for the attack.");
    assert!(has(&d, "PAK", Some("AFG"), "112"), "{:?}", rows(&d));
    assert!(
        !has(&d, "IND", None, "112") && !has(&d, "AFG", Some("AFG"), "112"),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn what_officials_call_an_act_is_no_second_act() {
    let d = doc("A Moldovan judge was shot dead in Chisinau on Friday, in what police called a contract killing.");
    assert_eq!(
        codes(&d).iter().filter(|c| c.starts_with("18")).count(),
        1,
        "{:?}",
        rows(&d)
    );
}

#[test]
fn talks_cancelled_called_off_or_walked_out_of_are_halted_negotiations() {
    for (text, src, tgt) in [
        (
            "Armenia cancelled talks with Azerbaijan after the border clash.",
            "ARM",
            "AZE",
        ),
        (
            "Serbia called off negotiations with Kosovo on Friday.",
            "SRB",
            "XKX",
        ),
        (
            "The Sudanese army walked out of the talks with the RSF in Jeddah.",
            "SDNMIL",
            "",
        ),
    ] {
        let d = doc(text);
        let tgt = (!tgt.is_empty()).then_some(tgt);
        assert!(
            has(&d, src, tgt, "164") || tgt.is_none() && codes(&d).iter().any(|c| c == "164"),
            "{text}: {:?}",
            rows(&d)
        );
    }
}

#[test]
fn no_police_or_troops_deployed_is_no_deployment() {
    for text in [
        "The march through Nairobi was peaceful, and no police were deployed.",
        "No Canadian troops were deployed to Latvia that year.",
    ] {
        let d = doc(text);
        assert!(
            !codes(&d).iter().any(|c| c.starts_with("15")),
            "{text}: {:?}",
            rows(&d)
        );
    }
}

#[test]
fn a_closing_bracket_of_the_content_stays_before_a_reporting_tag() {
    let d = doc("Blinken promised to explain the plan (and its costs), Lavrov said.");
    let c = d
        .commitments
        .iter()
        .find(|c| c.kind == attache_core::CommitmentKind::Promise)
        .expect("a promise");
    let content = &d.text[c.content.start as usize..c.content.end as usize];
    assert_eq!(content, "to explain the plan (and its costs)");
}

// Blind set 12c, class "target not taken": the one a passive verb's subject names was hit by
// the act of the event noun in its in-phrase.

#[test]
fn the_passive_subject_of_a_verb_is_the_target_of_the_strike_in_its_in_phrase() {
    let d = doc("A Hezbollah commander was killed in an Israeli drone strike on Tuesday.");
    assert!(has(&d, "ISR", Some("LBNREB"), "195"), "{:?}", rows(&d));
    let d = doc("Two Ukrainian soldiers were wounded in a Russian drone attack near Kharkiv.");
    assert!(has(&d, "RUS", Some("UKRMIL"), "190"), "{:?}", rows(&d));
    // Never its doer.
    assert!(
        !rows(&d)
            .iter()
            .any(|(s, _, _)| s.as_deref() == Some("UKRMIL")),
        "{:?}",
        rows(&d)
    );
}

// Blind set 12c, "target not taken": a rejected plan or demand is aimed at whoever put it
// forward, named in its by-phrase.

#[test]
fn a_rejected_plan_is_aimed_at_the_agent_of_the_participle_on_it() {
    let d = doc("Israel rejected a ceasefire proposal drafted by Egypt on Monday.");
    assert!(has(&d, "ISR", Some("EGY"), "12"), "{:?}", rows(&d));
    let d = doc("The Kremlin rejected a peace plan put forward by Brazil, a spokesman said.");
    assert!(has(&d, "RUSGOV", Some("BRA"), "12"), "{:?}", rows(&d));
    // A coded object still comes first.
    let d = doc("Israel rejected Iran's demands made by its foreign minister.");
    assert!(has(&d, "ISR", Some("IRN"), "12"), "{:?}", rows(&d));
}

// Blind set 12c, "target not taken": a closed embassy is the country whose embassy it is,
// when no in-phrase names another; one's own embassy is no target of a cut in relations.

#[test]
fn closing_another_countrys_embassy_aims_at_that_country_and_ones_own_at_no_one() {
    let d = doc("Lawmakers in Pretoria voted to close Israel's embassy on Monday.");
    assert!(
        rows(&d)
            .iter()
            .any(|(_, t, c)| t.as_deref() == Some("ISRGOV") && c == "161"),
        "{:?}",
        rows(&d)
    );
    let d = doc("Canada closed the Iranian embassy in Ottawa.");
    assert!(has(&d, "CAN", Some("IRN"), "161"), "{:?}", rows(&d));
    let d = doc("Germany closed its embassies in Niger and Mali.");
    assert!(has(&d, "DEU", Some("NER"), "161"), "{:?}", rows(&d));
    for text in [
        "France closed its embassy in Kyiv on Monday.",
        "France closed its embassy on Monday.",
    ] {
        let d = doc(text);
        assert!(has(&d, "FRA", None, "161"), "{text}: {:?}", rows(&d));
        assert!(
            !has(&d, "FRA", Some("FRA"), "161"),
            "{text}: {:?}",
            rows(&d)
        );
    }
}

// Blind set 12c, "coordination not expanded": with a demonym and title before the first
// subject, the parse may make that subject the sentence's head and join the verb to it.

#[test]
fn a_verb_joined_to_the_first_of_two_subjects_has_both() {
    let d = doc(
        "Congolese President Felix Tshisekedi's government and the M23 rebels agreed to a truce.",
    );
    assert!(has(&d, "CODGOV", Some("CODREB"), "0871"), "{:?}", rows(&d));
    assert!(has(&d, "CODREB", Some("CODGOV"), "0871"), "{:?}", rows(&d));
}

// Blind set 12c, missing verbs whose parties the coder had found: congratulating (051) and
// placing someone under house arrest (173).

#[test]
fn congratulating_a_leader_is_praise_and_house_arrest_a_detention() {
    let d = doc(
        "Turkish President Recep Tayyip Erdogan congratulated Vladimir Putin on his re-election.",
    );
    assert!(has(&d, "TURGOV", Some("RUSGOV"), "051"), "{:?}", rows(&d));
    let d = doc("Nigerien soldiers placed President Mohamed Bazoum under house arrest in Niamey.");
    assert!(has(&d, "NERMIL", Some("NERGOV"), "173"), "{:?}", rows(&d));
    // A place is no one arrested.
    let d = doc("The government placed the capital under a curfew.");
    assert!(!d.events.iter().any(|e| e.cameo == "173"), "{:?}", rows(&d));
}

// Blind set 12b, "target not taken": the one referred to a council or court is the target of
// the referral, as one named in an against-phrase is; the council it goes to is not.

#[test]
fn the_object_of_a_referral_to_a_council_is_its_target_and_the_council_is_not() {
    let d = doc("The IAEA board will refer Iran to the UN Security Council, diplomats said.");
    assert!(has(&d, "IGOUNOIAE", Some("IRN"), "114"), "{:?}", rows(&d));
    let d =
        doc("The Gambia referred the case against Myanmar to the International Court of Justice.");
    assert!(has(&d, "GMB", Some("MMR"), "114"), "{:?}", rows(&d));
    let d = doc("Ukraine referred the dispute to the International Criminal Court.");
    assert!(
        !rows(&d)
            .iter()
            .any(|(_, t, _)| t.as_deref().is_some_and(|t| t.starts_with("IGO"))),
        "{:?}",
        rows(&d)
    );
}
