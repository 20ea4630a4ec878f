//! Object phrases that refer back to actors named earlier ("rejected the proposal": the
//! proposer; "urged both sides": the two parties named before), on small documents of one
//! sentence per paragraph with hand-placed actors.

use crate::common;

/// (source code, target code, CAMEO code) of every event of `text` with `actors` placed.
fn code(text: &str, actors: &[(&str, &str)]) -> Vec<(Option<String>, Option<String>, String)> {
    common::rows(&common::hand_placed(text, actors))
}

fn has(
    rows: &[(Option<String>, Option<String>, String)],
    src: &str,
    tgt: Option<&str>,
    root: &str,
) -> bool {
    rows.iter()
        .any(|(s, t, c)| s.as_deref() == Some(src) && t.as_deref() == tgt && c.starts_with(root))
}

#[test]
fn the_proposal_targets_whoever_proposed_it_in_the_previous_paragraph() {
    let rows = code(
        "Chile offered to host talks with Peru on water rights.\nBolivia rejected the proposal on Monday.",
        &[("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL")],
    );
    assert!(has(&rows, "BOL", Some("CHL"), "12"), "{rows:?}");
}

#[test]
fn both_sides_targets_the_two_parties_of_the_previous_act() {
    let rows = code(
        "Armenia accused Azerbaijan of shelling border villages.\nFrance urged both sides to show restraint.",
        &[("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("France", "FRA")],
    );
    assert!(has(&rows, "FRA", Some("ARM"), "02"), "{rows:?}");
    assert!(has(&rows, "FRA", Some("AZE"), "02"), "{rows:?}");
}

#[test]
fn the_decision_skips_acts_of_the_condemning_side_itself() {
    // The nearest act is Iraq's own (and names Jordan as its target); the decision is Jordan's.
    let rows = code(
        "Jordan imposed sanctions on Iraq. Iraq recalled its envoy from Jordan.\nIraq condemned the decision.",
        &[("Jordan", "JOR"), ("Iraq", "IRQ")],
    );
    assert!(has(&rows, "IRQ", Some("JOR"), "11"), "{rows:?}");
}

#[test]
fn a_referring_phrase_two_paragraphs_after_its_actors_stays_without_target() {
    let rows = code(
        "Chile offered to host talks with Peru on water rights.\nThe rivers have run low for years.\nBolivia rejected the proposal on Monday.",
        &[("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL")],
    );
    assert!(has(&rows, "BOL", None, "12"), "{rows:?}");
    assert!(!has(&rows, "BOL", Some("CHL"), "12"), "{rows:?}");
}

#[test]
fn the_sanctions_take_whoever_imposed_them_paragraphs_before() {
    let rows = code(
        "Norway imposed sanctions on Belarus over the crackdown.\nThe measures freeze the assets of six officials.\nBelarus accused Norway of meddling.\nPoland said it shared the concern.\nCanada praised the sanctions.",
        &[("Norway", "NOR"), ("Belarus", "BLR"), ("Poland", "POL"), ("Canada", "CAN")],
    );
    assert!(has(&rows, "CAN", Some("NOR"), "05"), "{rows:?}");
}

#[test]
fn the_ultimatum_takes_the_side_that_set_it() {
    let rows = code(
        "Serbia demanded that Kosovo withdraw its police within two days.\nKosovo rejected the ultimatum.",
        &[("Serbia", "SRB"), ("Kosovo", "XKX")],
    );
    assert!(has(&rows, "XKX", Some("SRB"), "12"), "{rows:?}");
}

#[test]
fn the_two_countries_after_between_are_the_two_sides_named_before() {
    let rows = code(
        "Chile accused Peru of diverting the river.\nThe rivers have run low for years.\nBrazil offered to mediate between the two countries.",
        &[("Chile", "CHL"), ("Peru", "PER"), ("Brazil", "BRA")],
    );
    assert!(has(&rows, "BRA", Some("CHL"), "03"), "{rows:?}");
    assert!(has(&rows, "BRA", Some("PER"), "03"), "{rows:?}");
}

#[test]
fn both_sides_are_the_parties_of_a_conflict_not_of_a_later_appeal() {
    let rows = code(
        "Armenia accused Azerbaijan of shelling border villages.\nArmenia appealed to Russia for help.\nFrance urged both sides to show restraint.",
        &[("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("Russia", "RUS"), ("France", "FRA")],
    );
    assert!(has(&rows, "FRA", Some("ARM"), "02"), "{rows:?}");
    assert!(has(&rows, "FRA", Some("AZE"), "02"), "{rows:?}");
    assert!(!has(&rows, "FRA", Some("RUS"), "02"), "{rows:?}");
}

#[test]
fn welcoming_or_considering_an_offer_targets_whoever_made_it() {
    let rows = code(
        "Ghana offered to mediate in the border dispute.\nThe European Union welcomed the offer.\nTogo would consider the offer.",
        &[("Ghana", "GHA"), ("European Union", "IGOEUREEC"), ("Togo", "TGO")],
    );
    assert!(has(&rows, "IGOEUREEC", Some("GHA"), "05"), "{rows:?}");
    assert!(has(&rows, "TGO", Some("GHA"), "014"), "{rows:?}");
}

#[test]
fn the_two_presidents_as_subject_of_a_symmetric_act_are_the_pair_that_acted_together() {
    // The whole pipeline: the subject phrase is read from the parse.
    let doc = common::pipeline(
        "Kenya signed a trade agreement with Turkey.\nSomalia invited both leaders to Mogadishu.\nThe two presidents will meet again in March.",
        common::day(2026, 11, 20),
    );
    let rows = common::rows(&doc);
    assert!(has(&rows, "KEN", Some("TUR"), "04"), "{rows:?}");
    assert!(has(&rows, "TUR", Some("KEN"), "04"), "{rows:?}");
    assert!(!has(&rows, "SOM", Some("TUR"), "04"), "{rows:?}");
}
