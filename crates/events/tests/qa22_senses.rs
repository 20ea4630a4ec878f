//! Session 22: senses and guards for events a blind judge found no act on real wire news
//! (warnings of a danger, business and sport senses of force words, admissions read as
//! yielding, rival "opposing" sides, acts kept away from). Each test holds invented
//! sentences of the shape, and one of the reading that still codes.

use crate::common;

use common::{assert_event, assert_no_event, coded, doc, none_of, not_from, rows};

#[test]
fn a_warning_with_no_one_warned_is_no_disapproval() {
    none_of(
        "Chilean economists warned that copper exports would slow next year.",
        "11",
    );
    none_of("Aid agencies in Sudan warned of famine in Darfur.", "11");
    none_of(
        "\"The reserves will run dry by June,\" the Zambian finance minister warned.",
        "11",
    );
    // The one warned is the target: still a disapproval.
    coded(
        "Peru warned Bolivia against closing the border.",
        "PER",
        Some("BOL"),
        "11",
    );
}

#[test]
fn executing_a_plan_or_a_trade_kills_no_one() {
    none_of(
        "A Lisbon broker who executes trades for the Angolan central bank was questioned.",
        "18",
    );
    none_of("The Nigerian army executed the plan with precision.", "18");
    none_of(
        "The Kenyan campaign team will execute with aplomb in the coastal counties.",
        "18",
    );
    // People executed still are.
    coded(
        "Iran executed four men convicted of spying.",
        "IRN",
        None,
        "18",
    );
    coded(
        "The Mexican army executed three cartel gunmen.",
        "MEX",
        None,
        "18",
    );
}

#[test]
fn a_free_thing_or_freed_money_is_no_release() {
    none_of("Tunisian students demanded free speech on campus.", "08");
    none_of(
        "The Ghanaian president promised free college for all.",
        "08",
    );
    none_of(
        "The Egyptian government freed up $2 billion for the wheat imports.",
        "08",
    );
    not_from(
        "Tunisian students demanded free speech on campus.",
        "demand.release",
    );
    not_from(
        "The Ghanaian president promised free college for all.",
        "intent.promise_release",
    );
    coded(
        "Mali freed two French journalists on Tuesday.",
        "MLI",
        Some("FRA"),
        "08",
    );
    coded(
        "Colombia urged the ELN to free the hostages.",
        "COL",
        Some("COLREB"),
        "0253",
    );
}

#[test]
fn workers_who_strike_use_no_force() {
    none_of(
        "Peruvian miners struck for a third week at the Antamina mine.",
        "19",
    );
    none_of("The Chilean senator struck a similar tune on Monday.", "19");
    coded(
        "Peruvian miners struck for a third week at the Antamina mine.",
        "PER",
        None,
        "143",
    );
    coded(
        "Israeli jets struck Hezbollah positions in southern Lebanon.",
        "ISR",
        Some("LBNREB"),
        "19",
    );
}

#[test]
fn a_fee_charged_or_a_charge_into_a_debate_is_no_legal_action() {
    none_of(
        "The Kenyan bank charged the ministry a fee of $3 million.",
        "17",
    );
    none_of(
        "The Argentine senator charged into the debate on Tuesday.",
        "17",
    );
    none_of(
        "The border dispute remains so politically charged that talks stalled.",
        "11",
    );
    coded(
        "Brazilian prosecutors charged the former governor with corruption.",
        "BRAJUD",
        Some("BRAELI"),
        "173",
    );
}

#[test]
fn conceding_that_something_is_so_yields_nothing() {
    none_of(
        "The Venezuelan opposition leader conceded that the vote had been hard.",
        "08",
    );
    none_of(
        "\"We know how the state will go,\" the Chilean senator conceded.",
        "08",
    );
    let d = doc("The Venezuelan opposition leader conceded the election to Maduro.");
    assert!(d.events.iter().any(|e| e.cameo == "080"), "{:?}", rows(&d));
}

#[test]
fn opposing_views_and_sides_are_no_opposition() {
    none_of(
        "The Colombian and Venezuelan envoys held opposing views on the border.",
        "11",
    );
    none_of(
        "Peruvian and Chilean lawmakers were on opposing sides of the water dispute.",
        "11",
    );
    coded(
        "Ecuador strongly opposes the Peruvian plan.",
        "ECU",
        Some("PER"),
        "11",
    );
}

#[test]
fn a_golf_round_shot_is_no_gunfire() {
    none_of(
        "Jon Rahm of Spain shot a 68 in the final round to beat Scottie Scheffler of the \
         United States.",
        "19",
    );
    coded(
        "Kenyan police shot two protesters in Nairobi.",
        "KENCOP",
        Some("KENOPP"),
        "19",
    );
}

#[test]
fn an_act_kept_away_from_is_not_done() {
    let negated = |text: &str, root: &str| {
        assert_event(text, |e| e.cameo.starts_with(root) && e.negated);
        assert_no_event(text, |e| e.cameo.starts_with(root) && !e.negated);
    };
    negated(
        "The Egyptian minister steered clear of blaming Ethiopia for the floods.",
        "11",
    );
    negated(
        "The Kenyan president shied away from criticizing Uganda.",
        "11",
    );
    negated("Brazil stopped short of condemning Venezuela.", "11");
    assert_event(
        "The Egyptian minister blamed Ethiopia for the floods.",
        |e| e.cameo == "112" && !e.negated,
    );
}

#[test]
fn regret_not_expressed_is_no_apology() {
    not_from(
        "The Turkish president expressed no regret over the downing of the Russian jet.",
        "diplo.express_regret",
    );
    coded(
        "Japan expressed regret over the incident.",
        "JPN",
        None,
        "055",
    );
}

/// Is every event of `root` in `text` stated, not hypothetical (and is there one)?
fn stated(text: &str, root: &str) {
    all_of_root(text, root, false);
}

/// Is every event of `root` in `text` hypothetical (and is there one)?
fn hypothetical(text: &str, root: &str) {
    all_of_root(text, root, true);
}

/// Is there an event of `root` in `text`, and is each such event's hypothetical flag
/// `hypothetical`?
fn all_of_root(text: &str, root: &str, hypothetical: bool) {
    let d = doc(text);
    let of_root: Vec<_> = d
        .events
        .iter()
        .filter(|e| e.cameo.starts_with(root))
        .collect();
    assert!(
        !of_root.is_empty() && of_root.iter().all(|e| e.hypothetical == hypothetical),
        "{text}: {:?}",
        rows(&d)
    );
}

#[test]
fn an_act_dated_before_the_article_is_not_hypothetical_under_a_modal() {
    stated(
        "Analysts say the agreement of 1946 between Iran and the Soviet Union may be invoked \
         again.",
        "05",
    );
    stated(
        "Turkey's 2019 invasion of Syria could be repeated, analysts warned.",
        "19",
    );
    stated(
        "The talks between Serbia and Kosovo that happened in May might resume.",
        "04",
    );
    // Undated, proposed or hoped for, it stays hypothetical.
    hypothetical(
        "Officials hope the talks between Serbia and Kosovo will resume.",
        "04",
    );
    hypothetical(
        "The proposed agreement between Chile and Peru could collapse.",
        "05",
    );
}

#[test]
fn a_possessed_or_definite_act_is_the_subject_of_what_may_follow_not_itself_possible() {
    stated(
        "Ethiopia's criticism of Egypt might harden positions on the dam.",
        "11",
    );
    stated(
        "The attacks on Kenyan police threaten the peace in Nairobi.",
        "19",
    );
    // An indefinite one is what may happen.
    hypothetical(
        "An agreement between Chile and Peru could end the dispute.",
        "05",
    );
}

#[test]
fn a_plan_or_a_law_that_promises_is_no_ones_commitment() {
    none_of(
        "The Kenyan minister's new tax plan promises to double farm incomes.",
        "03",
    );
    none_of(
        "The strict Ecuadorian border rules in Quito guaranteed that smugglers would face long \
         delays.",
        "03",
    );
    // A government's promise still is one.
    coded(
        "The Kenyan government promised to double farm incomes.",
        "KENGOV",
        None,
        "03",
    );
}

#[test]
fn a_negation_inside_an_aside_on_the_subject_does_not_negate_its_verb() {
    let stated_act =
        |text: &str, root: &str| assert_event(text, |e| e.cameo.starts_with(root) && !e.negated);
    stated_act(
        "Lavrov, who is not known for loud threats, warned NATO against sending troops.",
        "11",
    );
    stated_act(
        "The Kenyan minister, who did not attend the summit, criticized Uganda.",
        "11",
    );
    stated_act(
        "Lavrov, never one for loud threats, accused NATO of provocations.",
        "11",
    );
    // The verb's own negation, even split by an aside, still negates it.
    let negated_act =
        |text: &str, root: &str| assert_event(text, |e| e.cameo.starts_with(root) && e.negated);
    negated_act(
        "The Kenyan minister did not, however, criticize Uganda.",
        "11",
    );
    negated_act("Lavrov, however, did not warn NATO.", "11");
}

#[test]
fn a_commitment_to_a_value_or_a_course_is_a_stance_not_an_intent() {
    none_of(
        "The Kenyan foreign ministry is committed to transparency, its spokesman said.",
        "03",
    );
    none_of(
        "The Chilean senator remains committed to finishing the campaign.",
        "03",
    );
    // A commitment to an act the lexicon codes still is an intent.
    coded(
        "President Lula says he is committed to a new round of talks with Argentina.",
        "BRA",
        None,
        "03",
    );
}

#[test]
fn being_invested_in_a_party_is_no_investment() {
    none_of(
        "The Peruvian senator is deeply invested in the outcome of the vote.",
        "06",
    );
    coded(
        "China invested heavily in Peruvian copper mines.",
        "CHN",
        Some("PER"),
        "061",
    );
}

#[test]
fn explosions_the_tagger_reads_as_a_verb_criticize_no_one() {
    none_of(
        "A man was arrested over last year's deadly Kenyan embassy blasts in Nairobi and \
         Dar es Salaam.",
        "11",
    );
    coded(
        "The Peruvian president blasts Chile over the fishing dispute.",
        "PER",
        Some("CHL"),
        "111",
    );
}

#[test]
fn a_sentence_of_play_in_a_ball_game_is_sport() {
    none_of(
        "Irish golfer Rory McIlroy shot a 65 to overtake Spain's Jon Rahm, making five \
         birdies.",
        "19",
    );
}

#[test]
fn a_business_named_only_by_its_trade_acts_for_no_state() {
    none_of(
        "Italian tyre maker Pirelli agreed to buy a Brazilian plant.",
        "03",
    );
    none_of(
        "The French carmaker Renault threatened to close its Turkish plant.",
        "13",
    );
    // A government that threatens to seize a plant still acts.
    let d = doc("The Turkish government threatened to seize the French plant.");
    assert!(
        rows(&d)
            .iter()
            .any(|(s, _, c)| s.as_deref() == Some("TURGOV") && c.starts_with("13")),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_private_business_or_book_deal_is_no_political_agreement() {
    none_of(
        "President Boluarte defended several of her business deals on Monday.",
        "05",
    );
    none_of(
        "The Kenyan president's son signed a book deal with a British publisher.",
        "05",
    );
    coded(
        "Peru's trade deal with Chile took effect on Monday.",
        "PER",
        Some("CHL"),
        "057",
    );
}
