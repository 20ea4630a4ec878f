//! Session 15 review of the coverage pass: the faults a reviewer found in its entries, each
//! guarded by an invented sentence that was coded wrongly before its fix.

use crate::common;

use common::{assert_no_event, codes, doc, has, has_code, rows};

/// `text` holds an event `src` -> `tgt` whose code starts with `code`.
fn coded(text: &str, src: &str, tgt: &str, code: &str) {
    let d = doc(text);
    assert!(has(&d, src, Some(tgt), code), "{text}: {:?}", codes(&d));
}

#[test]
fn only_people_are_slaughtered_in_a_mass_killing() {
    assert_no_event(
        "Farmers in the valley slaughtered 2,000 pigs after the outbreak.",
        |e| e.cameo == "202",
    );
    assert_no_event("Brazil slaughtered Argentina 4-0.", |e| e.cameo == "202");
    let text = "Syrian troops slaughtered villagers near Homs.";
    let d = doc(text);
    assert!(has(&d, "SYR", None, "202"), "{text}: {:?}", codes(&d));
}

#[test]
fn rounding_up_animals_or_a_list_is_no_arrest() {
    for text in [
        "The weekly magazine rounded up a list of the ways the plan failed.",
        "Ukrainian soldiers were rounding up geese in the villages.",
    ] {
        assert_no_event(text, |e| e.cameo == "173");
    }
    let text = "The militia rounded up forty dissidents in Tehran.";
    let d = doc(text);
    assert!(
        rows(&d)
            .iter()
            .any(|(_, t, c)| c == "173" && t.as_deref().is_some_and(|t| t.starts_with("IRN"))),
        "{text}: {:?}",
        codes(&d)
    );
}

#[test]
fn waging_war_in_a_place_aims_at_no_one_there() {
    let text = "Russia waged war in Syria.";
    let d = doc(text);
    assert!(
        !rows(&d).iter().any(|(_, t, _)| t.as_deref() == Some("SYR")),
        "{text}: {:?}",
        codes(&d)
    );
}

#[test]
fn a_thing_or_its_possessor_is_no_doer_of_words_or_appeals() {
    for text in [
        "The candidate's speech reassured Germany.",
        "Rising prices hammered Germany's exporters last year.",
        "The drought pushed Ethiopia to seek aid.",
        "China's slowdown hit Germany's exporters.",
    ] {
        assert_no_event(text, |e| e.evidence.rule.starts_with("coverage."));
    }
}

#[test]
fn hackers_taking_aim_is_no_criticism() {
    assert_no_event(
        "Hackers are taking aim at Georgian election officials.",
        |e| e.cameo == "111",
    );
}

#[test]
fn the_means_of_pressure_is_no_part_of_what_it_asks_for() {
    // The threat is the pressing side's own act, not part of what "them" are to do.
    let text =
        "The Turkish president pressured them to stop the drills by threatening Greece with sanctions.";
    let d = doc(text);
    assert!(has(&d, "TUR", Some("GRC"), "13"), "{text}: {:?}", codes(&d));
}

#[test]
fn a_participle_on_a_noun_is_that_nouns_act() {
    let text =
        "The Chilean minister criticized donors like Bolivia seeking help from the United States.";
    coded(text, "BOL", "USA", "023");
    let d = doc(text);
    assert!(
        !has(&d, "CHL", Some("USA"), "023"),
        "{text}: {:?}",
        codes(&d)
    );
}

#[test]
fn support_for_an_actors_allies_is_not_support_for_the_actor() {
    let text = "The governor reiterated support for the United States' allies.";
    let d = doc(text);
    assert!(
        !rows(&d).iter().any(|(_, t, _)| t.as_deref() == Some("USA")),
        "{text}: {:?}",
        codes(&d)
    );
    coded(
        "The Kenyan president reiterated his support for Somalia.",
        "KEN",
        "SOM",
        "051",
    );
}

#[test]
fn an_act_threatened_is_the_threatening_sides_and_not_done() {
    let text =
        "Ecuador dismissed the Peruvian president's threat to slap tariffs on Ecuadorian bananas.";
    let d = doc(text);
    assert!(
        has(&d, "PER", Some("ECU"), "163"),
        "{text}: {:?}",
        codes(&d)
    );
    assert!(
        d.events
            .iter()
            .filter(|e| e.cameo == "163")
            .all(|e| e.hypothetical),
        "{text}: {:?}",
        codes(&d)
    );
}

#[test]
fn an_act_weighed_with_whether_is_not_done() {
    let text = "The French cabinet is weighing whether to arm and train Syrian rebels.";
    let d = doc(text);
    assert!(
        !d.events.is_empty() && d.events.iter().all(|e| e.hypothetical),
        "{text}: {:?}",
        codes(&d)
    );
}

#[test]
fn the_purpose_of_a_planned_act_is_planned() {
    let text = "The mayor says he will assemble a \"border squad\" to round up Afghan migrants.";
    let d = doc(text);
    assert!(
        has_code(&d, "173")
            && d.events
                .iter()
                .filter(|e| e.cameo == "173")
                .all(|e| e.hypothetical),
        "{text}: {:?}",
        codes(&d)
    );
}

#[test]
fn hitting_with_export_controls_is_a_sanction_and_a_goal_or_an_economy_is_no_force() {
    coded(
        "The United States hit China with new export controls.",
        "USA",
        "CHN",
        "163",
    );
    for text in [
        "Japan hit the United States with a late goal.",
        "Russia's economy hit China hard.",
    ] {
        assert_no_event(text, |e| e.cameo.starts_with("19"));
    }
}

#[test]
fn players_and_teams_take_no_shots_and_overrun_no_country() {
    for text in [
        "Spain's players took shots at the Italian goal.",
        "The British team overran France.",
    ] {
        assert_no_event(text, |e| e.evidence.rule.starts_with("coverage."));
    }
}

#[test]
fn only_people_are_beheaded() {
    assert_no_event("The Taliban beheaded the statues.", |e| e.cameo == "1823");
    let text = "Islamic State militants beheaded a Japanese journalist.";
    let d = doc(text);
    assert!(has_code(&d, "1823"), "{text}: {:?}", codes(&d));
}

#[test]
fn pushing_a_leader_to_step_down_is_an_appeal_for_a_change_of_leadership() {
    coded(
        "Turkey invested heavily in the effort to push the Syrian president to step down.",
        "TUR",
        "SYR",
        "0241",
    );
}

#[test]
fn hosting_a_summit_is_hosting_with_no_named_guest() {
    let text = "Saudi Arabia will host a summit of Arab leaders.";
    let d = doc(text);
    assert!(has(&d, "SAU", None, "043"), "{text}: {:?}", codes(&d));
}

#[test]
fn an_appeal_to_keep_acting_leaves_the_ongoing_act_coded() {
    let text = "The Cuban government exhorted Cuban citizens to keep rallying for the boy.";
    coded(text, "CUB", "CUB", "020");
    let d = doc(text);
    assert!(
        d.events.iter().any(|e| e.cameo.starts_with("14")),
        "{text}: {:?}",
        codes(&d)
    );
}

#[test]
fn not_resisting_an_act_does_it_and_avoiding_it_does_not() {
    let text = "The Greek minister could not resist taking swipes at Turkey.";
    let d = doc(text);
    assert!(
        d.events.iter().any(|e| e.cameo == "111" && !e.negated),
        "{text}: {:?}",
        codes(&d)
    );
    let text = "Judges in Peru should avoid commenting on Chile.";
    let d = doc(text);
    assert!(
        d.events
            .iter()
            .filter(|e| e.cameo == "010")
            .all(|e| e.negated),
        "{text}: {:?}",
        codes(&d)
    );
    // "not only" denies nothing.
    let text = "Moreover, not only did the Kenyan ministry turn down requests from Uganda, it actually cut the staff.";
    let d = doc(text);
    assert!(
        d.events.iter().any(|e| e.cameo == "120" && !e.negated),
        "{text}: {:?}",
        codes(&d)
    );
}

#[test]
fn support_for_an_actors_quoted_allies_is_not_support_for_the_actor() {
    let text =
        "The Kenyan president will reiterate his support for Japan’s “loyal allies” in Asia.";
    let d = doc(text);
    assert!(
        !rows(&d).iter().any(|(_, t, _)| t.as_deref() == Some("JPN")),
        "{text}: {:?}",
        codes(&d)
    );
}

#[test]
fn a_verb_joined_to_an_infinitive_borrows_no_subject_from_its_object() {
    // The miners are fenced in, not the ones who would slap tariffs.
    let text =
        "Nobody expects Lima to isolate the Bolivian miners and slap tariffs on Bolivian tin.";
    let d = doc(text);
    assert!(
        !rows(&d)
            .iter()
            .any(|(s, _, c)| c == "163" && s.as_deref().is_some_and(|s| s.starts_with("BOL"))),
        "{text}: {:?}",
        codes(&d)
    );
}
