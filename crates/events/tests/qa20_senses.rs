//! Session 20: readings of a trigger word that state no act, found by judging random samples
//! of the session-start build's events on TimeBank+AQUAINT and PolNeAR train. Each test holds
//! invented sentences of the shape the start build got wrong, and one of the reading that
//! still codes.

use crate::common;

use common::{assert_event, assert_no_event, codes, doc, has, has_root, not_from, rows};

/// `text` holds an event `src` -> `tgt` (`None`: no target) whose code starts with `root`.
fn coded(text: &str, src: &str, tgt: Option<&str>, root: &str) {
    let d = doc(text);
    assert!(has(&d, src, tgt, root), "{text}: {:?}", rows(&d));
}

#[test]
fn an_adjective_after_a_copula_is_no_release() {
    not_from(
        "The Ghanaian inquiry into the ferry sinking is free of any political pressure, \
         President Mahama said.",
        "yield.free",
    );
    coded(
        "Ghana will free the detained Togolese fishermen next week, the Ghanaian interior \
         minister said.",
        "GHA",
        Some("TGO"),
        "084",
    );
}

#[test]
fn an_ing_form_describing_a_noun_or_after_look_is_no_promise() {
    not_from(
        "Diplomats called the talks between Chile and Peru an awkward but promising beginning.",
        "intent.promise",
    );
    not_from(
        "The summit between Kenya and Uganda looks promising, the Kenyan foreign minister said.",
        "intent.promise",
    );
    // The tagger calls the progressive's verb an adjective too: it still promises.
    coded(
        "Chile is promising to reopen its border with Bolivia, the Chilean interior minister \
         said.",
        "CHL",
        Some("BOL"),
        "03",
    );
}

#[test]
fn an_adverb_after_its_verb_is_no_backing() {
    not_from(
        "Moscow says it will take its troops back to their barracks.",
        "diplo.back",
    );
    // The tagger calls this verb an adverb as well, one before what it modifies.
    assert_event(
        "The Kenyan opposition will not back President Kenyatta in the vote.",
        |e| e.cameo == "051" && e.negated,
    );
}

#[test]
fn an_act_refused_or_held_back_by_a_noun_or_adjective_is_not_done() {
    not_from(
        "Critics faulted Obama for his refusal to meet the Dalai Lama during the trip.",
        "consult.meet",
    );
    assert_no_event(
        "Merkel's reluctance to send German tanks to Ukraine angered Poland.",
        |e| e.cameo.starts_with("07"),
    );
    // Neither the verb nor its object noun ("sanctions") is an act done.
    assert_no_event(
        "Japan was reluctant to impose sanctions on Russia, officials said.",
        |e| e.cameo.starts_with("16"),
    );
    coded(
        "Japan imposed sanctions on Russia, officials said.",
        "JPN",
        Some("RUS"),
        "16",
    );
}

#[test]
fn an_act_under_consideration_is_not_done() {
    assert_no_event(
        "The Pentagon is considering sending more troops to Poland.",
        |e| e.cameo.starts_with("15"),
    );
    not_from(
        "Britain discussed expelling Russian diplomats after the poisoning.",
        "reduce.expel_diplomats",
    );
    coded(
        "Britain expelled Russian diplomats after the poisoning.",
        "GBR",
        Some("RUSGOV"),
        "161",
    );
}

/// The weighing itself is an act: CAMEO 014 (consider policy option) from the weigher, at
/// the weighed act's target, negated and hypothetical as the weighing is.
#[test]
fn a_weighed_act_is_a_policy_option_considered() {
    assert_event(
        "The Pentagon is considering sending more troops to Poland.",
        |e| e.cameo == "014" && !e.negated && !e.hypothetical,
    );
    coded(
        "Norway is weighing sending soldiers to Iraq, its defence ministry said.",
        "NOR",
        Some("IRQ"),
        "014",
    );
    assert_event(
        "Chile is not considering expelling Peruvian diplomats.",
        |e| e.cameo == "014" && e.negated,
    );
    assert_event(
        "Portugal may contemplate expelling Venezuelan diplomats next month.",
        |e| e.cameo == "014" && e.hypothetical,
    );
    // One event: the weighed expulsion is not coded beside the weighing.
    let d = doc("Estonia is mulling expelling Belarusian diplomats over the border dispute.");
    assert_eq!(
        rows(&d),
        vec![(
            Some("EST".to_string()),
            Some("BLRGOV".to_string()),
            "014".to_string()
        )],
    );
    // A weighed thing that is no act is no option of this kind.
    assert_no_event(
        "The Senate is considering the budget on Tuesday, Finnish officials said.",
        |e| e.cameo == "014",
    );
}

/// "up to 2,000 soldiers": the bound of a number, which the parse may read as a "to" phrase,
/// names no one the act is aimed at.
#[test]
fn up_to_a_number_names_no_target() {
    assert_no_event(
        "Kenya sent up to 2,000 Kenyan soldiers to guard the border with Somalia.",
        |e| e.cameo == "154" && e.target.is_some(),
    );
}

#[test]
fn rallying_someone_behind_a_cause_is_no_protest() {
    not_from(
        "Raila Odinga rallied thousands of young Kenyans in Nairobi on Sunday.",
        "protest.rally",
    );
    not_from(
        "Obama spent the week trying to rally European leaders behind a new climate fund.",
        "protest.rally",
    );
    assert_event(
        "Egyptian protesters rallied in Cairo against the price rises.",
        |e| e.cameo == "141",
    );
}

#[test]
fn appealing_to_voters_asks_nothing() {
    not_from(
        "President Erdogan appealed to nationalist sentiment in his speech in Ankara.",
        "appeal.appeal",
    );
    not_from(
        "Clinton will appeal to young voters in Ohio with a promise of cheaper college.",
        "appeal.appeal",
    );
    coded(
        "Nigeria appealed to its neighbours for help against the insurgents.",
        "NGA",
        None,
        "02",
    );
}

#[test]
fn a_request_denied_is_a_rejection_not_a_denial() {
    let text = "Pakistan denied the Indian request for a joint inquiry.";
    coded(text, "PAK", Some("IND"), "12");
    not_from(text, "statement.deny");
}

#[test]
fn a_place_beside_what_is_seized_is_no_occupation() {
    not_from(
        "Nigerian police seized a car packed with rifles in a village near the border.",
        "fight.seize_territory",
    );
    coded(
        "Syrian rebels seized the town of Qusayr on Tuesday.",
        "SYRREB",
        None,
        "192",
    );
}

#[test]
fn an_embassy_in_a_relative_clause_makes_no_diplomats_expelled() {
    not_from(
        "Morocco expelled two Algerian men who had visited the embassy in Rabat.",
        "reduce.expel_diplomats",
    );
    coded(
        "Morocco expelled two Algerian diplomats on Friday.",
        "MAR",
        Some("DZAGOV"),
        "161",
    );
    // The diplomat is the object even where the parse also calls the subject a passive's.
    assert_event(
        "Chile's government has not expelled Bolivia's consul, the foreign ministry said.",
        |e| e.cameo == "161" && e.negated,
    );
}

#[test]
fn wishing_to_apologize_in_those_words_is_an_apology() {
    assert_event(
        "The Iranian foreign minister said Tehran would like to apologize to Saudi Arabia for \
         the attack on its embassy.",
        |e| e.cameo == "055" && !e.hypothetical,
    );
    // A wish to meet is no meeting.
    assert_event(
        "The Iranian foreign minister said Tehran would like to meet Saudi officials next \
         month.",
        |e| e.cameo.starts_with("04") && e.hypothetical,
    );
}

#[test]
fn a_share_of_a_poll_backing_a_candidate_is_no_endorsement() {
    not_from(
        "In the newspaper survey, 30 percent of Democrats favored Mrs. Clinton and 18 percent \
         backed Senator Bernie Sanders of Vermont.",
        "diplo.back",
    );
    assert_event("Senator Rubio backed Mr. Trump on Tuesday.", |e| {
        e.cameo == "051"
    });
}

#[test]
fn an_act_in_a_present_tense_clause_of_time_is_to_come() {
    assert_event(
        "Washington will lift the ban once the Cuban delegation arrives in Miami.",
        |e| e.cameo == "042" && e.hypothetical,
    );
    assert_event("The Cuban delegation arrived in Miami on Monday.", |e| {
        e.cameo == "042" && !e.hypothetical
    });
}

#[test]
fn a_participle_after_a_preposition_before_its_noun_is_no_pledge() {
    not_from(
        "Hillary Clinton extended her lead in pledged delegates on Tuesday.",
        "intent.pledge",
    );
    not_from(
        "Hillary Clinton holds a majority of pledged delegates, the Associated Press reported.",
        "intent.pledge",
    );
    assert_event(
        "Senator Sanders pledged to support Clinton at the convention.",
        |e| e.cameo.starts_with("03"),
    );
}

#[test]
fn demonstrating_a_quality_is_no_demonstration() {
    not_from(
        "The Kenyan president has not demonstrated the patience the talks with Somalia need.",
        "protest.demonstrate",
    );
    assert_event(
        "Thousands of Kenyan teachers demonstrated in Nairobi against the pay freeze.",
        |e| e.cameo == "141",
    );
}

#[test]
fn the_object_of_a_permitted_continue_is_an_act_going_on() {
    // Let go on with: the attacks are under way, so they still code.
    let d = doc(
        "Russia allowed Syrian forces to continue their attacks on Turkish troops, the Turkish \
         defence ministry said.",
    );
    assert!(has_root(&d, "19"), "{:?}", codes(&d));
    // Let begin anew: the attacks are only permitted, none done.
    let d = doc(
        "Russia allowed Syrian forces to renew their attacks on Turkish troops, the Turkish \
         defence ministry said.",
    );
    assert!(!has_root(&d, "19"), "{:?}", codes(&d));
}
