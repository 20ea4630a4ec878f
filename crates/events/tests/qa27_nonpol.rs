//! Session 27: acts printed that the sentence does not report (a blind judge's "no such act,
//! wrong root, or flags that misstate it" on real news). Each test holds invented sentences
//! of the shape, and the act next to it that stays.

use crate::common;

use common::{all_negated, coded, coded_by, none_of, some_of};

#[test]
fn an_act_a_law_forbids_is_not_done() {
    // The object of a verb of forbidding is forbidden, not done.
    all_negated(
        "WASHINGTON (AP) -- The law prohibits extending credit to Cuba.",
        "071",
        true,
    );
    all_negated("The law bans extending loans to Iran.", "071", true);
    // Going on with an act, or stopping it, says it was done.
    all_negated(
        "WASHINGTON (AP) -- The United States kept extending credit to Cuba.",
        "071",
        false,
    );
    all_negated(
        "WASHINGTON (AP) -- The United States extended credit to Cuba.",
        "071",
        false,
    );
}

#[test]
fn an_act_a_law_is_about_is_no_act() {
    // The topic of legislation, a rule or a joke is talked about, not done.
    none_of(
        "WASHINGTON (AP) -- Congress debated legislation on foreign aid to Egypt.",
        "07",
    );
    none_of(
        "WASHINGTON (AP) -- Congress debated a bill on foreign aid to Egypt.",
        "07",
    );
    none_of(
        "WASHINGTON (AP) -- The comedian told a joke about the invasion of Iraq.",
        "19",
    );
    // Aid that a law gives or a legislature approves stays.
    coded(
        "WASHINGTON (AP) -- Congress approved aid to Egypt.",
        "USALEG",
        Some("EGY"),
        "07",
    );
}

#[test]
fn a_stock_exchange_and_its_directors_are_no_state() {
    none_of(
        "TOKYO (AP) -- The Tokyo exchange's directors will meet Tuesday.",
        "04",
    );
    // A minister meeting them is a state's act.
    coded_by(
        "TOKYO (AP) -- The Japanese finance minister will meet Tuesday with the bank's \
         directors.",
        "JPNGOV",
        "04",
    );
}

#[test]
fn a_court_rejecting_a_doctrine_refuses_no_one() {
    none_of(
        "WASHINGTON (AP) -- The Supreme Court rejected the doctrine.",
        "12",
    );
    // Rejecting a side's appeal or claim stays a rejection.
    some_of(
        "WASHINGTON (AP) -- The court rejected Russia's appeal.",
        "12",
    );
    coded(
        "WASHINGTON (AP) -- Russia rejected the American theory that it had hacked the \
         election.",
        "RUS",
        Some("USA"),
        "12",
    );
}

#[test]
fn balking_at_an_act_is_not_doing_it() {
    all_negated(
        "WASHINGTON (AP) -- The company balked at hacking the phone for the FBI.",
        "176",
        true,
    );
}

#[test]
fn words_lent_given_or_supplied_are_no_aid() {
    // Advice, thoughts, support, reasons, speeches and powers are no money or goods.
    none_of(
        "WASHINGTON (AP) -- The banker lent his advice to the senator.",
        "07",
    );
    none_of(
        "WASHINGTON (AP) -- Japan and Italy were among the nations lending support at sea.",
        "07",
    );
    none_of(
        "The governor's speech on economic aid to Haiti was long.",
        "07",
    );
    none_of(
        "WASHINGTON (AP) -- The governor has supplied ample reasons to doubt his plan.",
        "07",
    );
    none_of(
        "WASHINGTON (AP) -- The agency was given broad new powers: to borrow money for the \
         city, to lend funds to schools and to finance private firms.",
        "07",
    );
    // The tagger's verb in a noun phrase ("office supplies company", "food and supplies
    // going in").
    none_of(
        "WASHINGTON (AP) -- Halvorsen AB, the Oslo office supplies company, bought a unit.",
        "07",
    );
    none_of(
        "Iran must cut off the oil, which is the regime's lifeblood, and clamp down on fuel \
         and supplies going in.",
        "07",
    );
    // Money lent and arms supplied stay aid.
    coded(
        "WASHINGTON (AP) -- Russia supplies weapons to Syria.",
        "RUS",
        Some("SYR"),
        "07",
    );
    coded(
        "WASHINGTON (AP) -- Japan lent $2 billion to Brazil.",
        "JPN",
        Some("BRA"),
        "07",
    );
}

#[test]
fn admission_denied_is_no_denial_of_a_claim() {
    none_of(
        "WASHINGTON (AP) -- The ruling denied women admission to the academy.",
        "016",
    );
    coded_by("WASHINGTON (AP) -- Russia denied the report.", "RUS", "016");
}

#[test]
fn a_traveller_going_to_a_country_is_no_state_visiting() {
    // Tourists, patients, passengers and craft travel for themselves.
    none_of(
        "KAMPALA (AP) -- Officials said a tourist visiting Uganda was killed by the virus.",
        "04",
    );
    none_of(
        "Most of the infected patients had traveled to Brazil.",
        "04",
    );
    none_of(
        "CAIRO (AP) -- Doctors checked the passengers arriving in Egypt from Brazil.",
        "04",
    );
    // A state's people and named officials visiting stay visits.
    coded(
        "WASHINGTON (AP) -- The Kenyan foreign minister arrived in Uganda on Monday.",
        "KEN",
        Some("UGA"),
        "04",
    );
    some_of(
        "WASHINGTON (AP) -- Japanese officials visiting Mexico met the president.",
        "04",
    );
}

#[test]
fn a_figure_of_trade_is_no_trade_done() {
    // The tagger reads the noun as a verb; the sentence gives a figure.
    none_of("U.S. imports from Japan rose 5 percent in March.", "06");
    none_of("Japan's exports to the United States fell in March.", "06");
    none_of(
        "The rise in manufacturing imports to Britain came from Germany.",
        "06",
    );
    // A state buying or selling abroad trades.
    coded(
        "The United States imports most of its oil from Canada.",
        "USA",
        Some("CAN"),
        "06",
    );
    coded(
        "Germany imports gas from Russia and imported coal from Poland in 2020.",
        "DEU",
        Some("RUS"),
        "06",
    );
}

#[test]
fn animals_culled_and_symptoms_are_no_killing_or_complaint() {
    none_of(
        "MANILA (AP) -- Health officials say that law enforcement officers are killing dogs \
         as a form of control.",
        "18",
    );
    none_of(
        "LONDON (AP) -- The former spy was admitted to hospital on November 3, complaining of \
         chest pains.",
        "11",
    );
    // People killed and a complaint of harassment stay.
    some_of(
        "Philippine police officers killed three suspects on Monday.",
        "18",
    );
    coded_by(
        "MOSCOW (AP) -- Russia complained of harassment by the Georgian police.",
        "RUS",
        "114",
    );
}
