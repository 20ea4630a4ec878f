//! Session 24 review: over-firing shapes of the session's side rules, found by invented
//! probes and by reading PolNeAR dev and GeoVirus changes. Sentences are invented.

use crate::common;
use crate::qa22_sides::{has_side, lacks_side, sides};

use common::assert_event;

#[test]
fn the_victim_of_a_condemned_killing_or_arrest_is_no_target() {
    // The condemnation is of the killers or jailers, not of the one harmed.
    lacks_side(
        "The French ministry condemned the killing of Hana Okafor by gunmen.",
        "Hana Okafor",
    );
    lacks_side(
        "Russian President Vladimir Putin criticized the arrest of Oleg Petrov in Kiev.",
        "Oleg Petrov",
    );
    lacks_side(
        "The Turkish government criticized Hana Okafor's detention on Monday.",
        "Hana Okafor",
    );
}

#[test]
fn the_killers_named_by_a_by_phrase_are_the_target() {
    has_side(
        "The French ministry condemned the killing of Hana Okafor by gunmen.",
        "The French ministry[FRAGOV] -> gunmen[-] 111",
    );
}

#[test]
fn the_owner_of_a_rejected_plan_is_still_the_target() {
    has_side(
        "French President Jacques Chirac rejected Hana Okafor's proposal for new elections.",
        "Jacques Chirac[FRAGOV] -> Hana Okafor[-] 127",
    );
}

#[test]
fn a_ban_pledged_is_no_cooperation_with_those_banned() {
    // The faith groups of this session made "pledged to ban all Muslims" print as a promise
    // of cooperation made to Muslims.
    lacks_side(
        "The candidate pledged to ban all Muslims from entering the country.",
        "Muslims",
    );
    lacks_side(
        "French President Jacques Chirac vowed to ban Muslims from entering France.",
        "Muslims",
    );
}

#[test]
fn a_pledge_to_work_with_someone_still_names_its_target() {
    has_side(
        "French President Jacques Chirac pledged to cooperate with Germany.",
        "Jacques Chirac[FRAGOV] -> Germany[DEU] 031",
    );
}

#[test]
fn a_modal_of_a_who_clause_the_parse_makes_the_main_one_leaves_the_act_done() {
    // The parse makes "could face" the root and "criticized" its conjunct.
    assert_event(
        "President Barack Obama, who could face impeachment, criticized Congress.",
        |e| e.cameo.starts_with("111") && !e.hypothetical,
    );
    // The act's own modal after the aside still counts.
    assert_event(
        "President Barack Obama, who will visit Cuba, may criticize Congress.",
        |e| e.cameo.starts_with("111") && e.hypothetical,
    );
}

#[test]
fn a_verb_after_a_who_clause_on_its_subject_is_no_inverted_tag() {
    // The parse makes "ran" the main verb and "criticized" its conjunct with no subject; the
    // comma before "criticized" closes the relative clause, and Iran is no speaker.
    has_side(
        "Hana Okafor, who ran for president, criticized Iran.",
        "Hana Okafor[-] -> Iran[IRN] 111",
    );
    let got = sides("Senator John McCain, who ran for president, criticized Iran.");
    assert!(!got.iter().any(|g| g.starts_with("Iran[")), "{got:?}");
}

#[test]
fn a_we_subject_leaves_no_earlier_object_to_be_read_as_the_doer() {
    // The faith groups of this session made "Muslims" a coded doer of the second blaming.
    let got = sides("Voters do not want to hear we are blaming Muslims, we are blaming Mexicans for the crisis.");
    assert!(!got.iter().any(|g| g.starts_with("Muslims[")), "{got:?}");
    // A speaker whose "we" is meant keeps the act.
    has_side(
        "French President Jacques Chirac says we should sanction Iran.",
        "Jacques Chirac[FRAGOV] -> Iran[IRN] 163",
    );
}
