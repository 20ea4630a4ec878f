//! Session 25: business, sport and private life coded as political acts (a blind judge's
//! "no such act" verdicts on real business and sport news). Each test holds invented
//! sentences of the shape, and the political act next to it that stays: a state, a
//! government body or a politician acting keeps the act, even in business news.

use crate::common;

use common::{assert_event, coded, coded_by, none_of, some_of};

#[test]
fn a_country_word_on_a_private_doer_is_no_state_acting() {
    // The demonym describes a player, an organiser, a coach: no state acts.
    none_of("The Japanese pitcher threatened to leave the club.", "13");
    none_of(
        "The Japanese organiser rejected the players' demand to move the final.",
        "12",
    );
    none_of(
        "The Italian coach praised his players after the match.",
        "05",
    );
    none_of("The Japanese team arrived in Seoul for the final.", "04");
    // A participle's clause shares its verb's private doer.
    let game = "TOKYO (AP) -- The Giants beat the Tigers 5-3 on Tuesday.\n\n";
    none_of(
        &format!(
            "{game}The Giants' American pitcher, Tom Berwick, threatened to quit after the \
             game, complaining about his contract."
        ),
        "11",
    );
    none_of(
        "Jon Berwick, 39, a Lebanese man visiting Nice with his family, was hurt.",
        "04",
    );
    // The state's own people keep the act.
    coded(
        "The Japanese foreign minister threatened to leave the talks with China.",
        "JPN",
        Some("CHN"),
        "13",
    );
    some_of("Japanese officials rejected the Chinese demand.", "12");
    // A group of people named by their country stays its civilians.
    assert_event("Kenyan teachers postponed their strike until March.", |e| {
        e.cameo == "082"
    });
}

#[test]
fn a_company_taken_for_a_person_deals_as_a_business() {
    // The actors stage may read a company's name as a person's; its description says what
    // it is.
    none_of(
        "TOKYO (AP) -- Halvorsen Foods, a Norwegian food company, signed a distribution deal \
         with Brightwell Ltd, a British retailer.",
        "05",
    );
    none_of(
        "NEW YORK (AP) -- Brightwell Ltd signed a distribution deal with Halvorsen Foods Inc.",
        "05",
    );
    // A state signing with the company keeps the act.
    coded_by(
        "TOKYO (AP) -- Norway signed a distribution deal with Brightwell Ltd, a British \
         retailer.",
        "NOR",
        "05",
    );
}

#[test]
fn a_private_doer_named_by_a_common_noun_does_no_business_diplomacy() {
    none_of("A writer visited Japanese carmakers in Nagoya.", "04");
    none_of(
        "Last week a writer visited Japanese carmakers in Nagoya.",
        "04",
    );
    // A state acting on a company stays political.
    coded(
        "Brazil sued the Japanese company over the spill.",
        "BRA",
        Some("JPNBUS"),
        "11",
    );
    coded(
        "The Mexican president visited Japanese carmakers in Nagoya.",
        "MEXGOV",
        Some("JPN"),
        "04",
    );
}

#[test]
fn trade_a_company_or_private_party_does_is_no_cooperation_between_states() {
    none_of("The company exports to Chile and Peru.", "06");
    none_of(
        "NEW YORK (AP) -- The American company exports to Chile.",
        "06",
    );
    none_of(
        "Prediction markets, where traders invest in the outcome, show Hillary Clinton ahead.",
        "06",
    );
    none_of(
        "In betting markets traders invest in Senator Ted Cruz.",
        "06",
    );
    // A state trading stays economic cooperation.
    coded(
        "Brazil exports soybeans to China.",
        "BRA",
        Some("CHN"),
        "06",
    );
}

#[test]
fn an_act_a_law_or_treaty_keeps_its_doer_from_is_not_done() {
    // "bars" read as a noun by the parse: the words still say it.
    assert_event(
        "The new law bars American banks from extending credit to Cuba.",
        |e| e.cameo.starts_with("07") && e.negated,
    );
    assert_event(
        "The treaty prohibits Russia from deploying missiles in Cuba.",
        |e| e.cameo.starts_with("15") && e.negated,
    );
    // Done: a fact.
    assert_event(
        "Russia deployed missiles in Cuba despite the treaty.",
        |e| e.cameo.starts_with("15") && !e.negated,
    );
}

#[test]
fn leaving_an_office_in_a_newspaper_or_company_is_no_change_of_leadership() {
    let story = "PARIS (AP) -- The French economy grew slowly in the third quarter, the \
                 government said.\n\n";
    none_of(
        &format!("{story}The publisher of Le Monde resigned on Friday."),
        "08",
    );
    // A minister resigning stays a political act.
    coded_by(
        &format!("{story}The French finance minister resigned on Friday."),
        "FRAGOV",
        "083",
    );
}

#[test]
fn a_team_or_bankers_named_by_their_country_travel_and_meet_privately() {
    none_of("The U.S. team traveled to Brazil for the final.", "04");
    none_of("A U.S. banker met a Mexican banker in Cancun.", "04");
    // Trades named by their goods or dealings are businesses (`business_nouns.txt`).
    none_of("U.S. bankers met Mexican bankers in Cancun.", "04");
    none_of(
        "Canadian producers also complained about the Brazilian imports.",
        "11",
    );
    // A company named by a name the knowledge base does not know deals as a business.
    none_of("Citibank signed an agreement with the Mexican bank.", "05");
    // Officials travel and governments sue as the state.
    coded_by(
        "The U.S. trade representative traveled to Brazil for the talks.",
        "USAGOV",
        "04",
    );
    coded(
        "The Mexican government sued the U.S. company.",
        "MEXGOV",
        Some("USABUS"),
        "11",
    );
}

#[test]
fn a_business_noun_on_a_staff_noun_makes_the_company_s_staff() {
    let story = "TOKYO (AP) -- Japan's economy shrank in the third quarter, the government \
                 said on Monday.\n\n";
    none_of(
        &format!("{story}A Japanese bank official declined to comment."),
        "01",
    );
    // The state's bank keeps its official.
    coded_by(
        &format!("{story}A Japanese central bank official declined to comment."),
        "JPNGOV",
        "01",
    );
}

#[test]
fn a_thing_that_attacks_or_threatens_does_no_one_s_act() {
    none_of("The storm threatened Cuba on Monday.", "13");
    none_of(
        "High prices attacked the incomes of Mexican families.",
        "11",
    );
    none_of("The virus attacked the Chinese economy.", "11");
    // A clause as the subject: an activity, no one.
    none_of(
        "Ringing church bells attacked the peace of the Mexican village.",
        "19",
    );
    // People, weapons and states keep the act.
    assert_event("The author attacked the Mexican president.", |e| {
        e.cameo == "111"
    });
    some_of("Rockets attacked the Mexican village on Monday.", "19");
    coded(
        "Iran threatened Israel with nuclear bombs.",
        "IRN",
        Some("ISR"),
        "13",
    );
}

#[test]
fn a_cooperative_act_noun_whose_only_party_is_a_business_names_no_state() {
    none_of(
        "Corvan agreed to sell the unit in June. Negotiations with the Swedish buyer \
         collapsed last month.",
        "04",
    );
    // Talks with a state stay.
    some_of(
        "Negotiations with the Swedish government collapsed last month.",
        "04",
    );
    // An act of conflict on a business with no doer named may be a state's.
    some_of(
        "Sanctions on the Swedish company took effect on Monday.",
        "16",
    );
}

#[test]
fn a_rating_agency_s_outlook_or_rating_is_no_aid() {
    none_of(
        "Fitch Ratings gave Nigeria a stable outlook, and Moody's raised Russia's credit \
         rating.",
        "07",
    );
    // A loan given stays economic aid.
    coded(
        "Japan gave Nigeria a $2 billion loan.",
        "JPN",
        Some("NGA"),
        "07",
    );
}
