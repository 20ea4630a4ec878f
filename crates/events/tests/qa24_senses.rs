//! Session 24: trigger senses a blind judge found coded as acts of the wrong kind on real
//! news. An order of a thing or an act to be done ("ordered an inquiry") demands nothing of
//! anyone; a spotlight or a rank occupied is no occupation by force; a thing endangered ("the
//! elections were threatened", "feels threatened") is no threat made. Each test holds
//! invented sentences of the shape, and one of the reading that keeps its old code.

use crate::common;

use common::{assert_event, coded, none_of};

#[test]
fn ordering_a_thing_done_demands_nothing_of_anyone() {
    none_of(
        "The Danish ministry ordered an inquiry into the merger of the two banks.",
        "10",
    );
    none_of(
        "The Kenyan president ordered a review of the visa program for Ugandan students.",
        "10",
    );
    none_of(
        "The Chilean president promised to restore law and order in the capital.",
        "10",
    );
    // Someone told to act, or what must be done stated in a clause, is still a demand.
    coded(
        "The Kenyan president ordered Uganda to withdraw its troops from the border.",
        "KEN",
        Some("UGA"),
        "10",
    );
    assert_event(
        "The Kenyan president ordered that the Ugandan envoy be expelled.",
        |e| e.cameo.starts_with("10"),
    );
}

#[test]
fn a_place_held_without_force_is_no_occupation() {
    none_of(
        "The Chilean president and the Peruvian president occupied the spotlight at the summit.",
        "19",
    );
    coded(
        "Iraqi troops occupied Kuwait in August.",
        "IRQ",
        Some("KWT"),
        "19",
    );
}

#[test]
fn a_thing_endangered_is_no_threat_made() {
    none_of(
        "A Serb who feels threatened by Kosovo police left the village.",
        "13",
    );
    none_of(
        "Ortega said the elections were threatened by Washington.",
        "13",
    );
    none_of(
        "The Kenyan president's rhetoric threatens national security.",
        "13",
    );
    // A side threatened, or an act threatened against one, stays a threat.
    coded(
        "Russia threatened Ukraine with new sanctions.",
        "RUS",
        Some("UKR"),
        "13",
    );
    coded(
        "Foreign reporters covering the vote in Minsk were threatened with arrest by Belarusian police.",
        "BLR",
        None,
        "13",
    );
    assert_event(
        "The Kenyan president threatened a lawsuit against Uganda.",
        |e| e.cameo.starts_with("13"),
    );
}

#[test]
fn credit_given_for_a_deed_is_praise_not_economic_aid() {
    none_of(
        "The mayor gave the Danish architect credit for the design.",
        "07",
    );
    none_of(
        "The Kenyan senator did give the Ugandan president some credit during the interview.",
        "07",
    );
    // A sum or a facility of credit is still economic aid.
    coded(
        "The World Bank gave Argentina a $2 billion credit line.",
        "IGO",
        Some("ARG"),
        "071",
    );
}

#[test]
fn a_hearing_or_a_stage_lent_is_no_loan() {
    none_of(
        "The Chilean president lent his ear to Peruvian farmers.",
        "07",
    );
    none_of(
        "The Kenyan president lent his platform to wild accusations against Uganda.",
        "07",
    );
    coded(
        "China lent Kenya $2 billion for the railway.",
        "CHN",
        Some("KEN"),
        "071",
    );
}

#[test]
fn a_relative_clause_reads_its_exclusions_on_the_noun_it_describes() {
    // "struck" a deal, "denied" a visa: the object is the noun the clause describes.
    none_of(
        "Kenya welcomed the agreement that Uganda struck with Rwanda on Monday.",
        "19",
    );
    none_of(
        "The visa that Kenya denied the Ugandan envoy was returned.",
        "016",
    );
    // A verb with an object of its own is read as before.
    assert_event(
        "Ugandan rebels who crossed the border struck Kenyan villages on Monday.",
        |e| e.cameo.starts_with("19"),
    );
}

#[test]
fn shooting_victims_are_a_noun_compound_no_shooting() {
    none_of(
        "The Kenyan president laid flowers at a memorial for shooting victims of the massacre.",
        "19",
    );
    assert_event("Kenyan police were shooting protesters in Nairobi.", |e| {
        e.cameo.starts_with("19")
    });
}

#[test]
fn insisting_on_a_fact_is_a_claim_not_a_demand() {
    none_of(
        "But in Nairobi, Kenyan exiles insist the majority of Ugandans don't understand the deal.",
        "10",
    );
    none_of(
        "Mr. Ruto also insisted in the same interview that Mr. Museveni was wrong to say it.",
        "10",
    );
    none_of(
        "\"The time is long overdue for change,\" Ruto insisted to the gathered cameras.",
        "10",
    );
    // What must be done, or an act insisted on, is still a demand.
    coded(
        "Kenya insisted that Uganda withdraw its troops.",
        "KEN",
        Some("UGA"),
        "10",
    );
    assert_event("Kenya insisted on a withdrawal of Ugandan troops.", |e| {
        e.cameo.starts_with("10")
    });
}

#[test]
fn what_a_plan_or_text_calls_for_is_no_appeal() {
    none_of(
        "A Kenyan memorandum that calls for talks with Uganda was leaked.",
        "02",
    );
    none_of(
        "To satisfy the Kenyan opposition, Ruto's plan calls for lower taxes on farmers.",
        "02",
    );
    // A person's call, or a body's resolution, is still an appeal or a demand.
    assert_event("Kenya called for talks with Uganda.", |e| {
        e.cameo.starts_with("02")
    });
    assert_event(
        "The Nordic Council adopted a resolution calling on Turkey to pull its troops back.",
        |e| e.cameo.starts_with("10"),
    );
}

#[test]
fn an_appeal_with_no_one_appealed_to_is_a_court_appeal() {
    none_of(
        "Ms. Diaz, a Kenyan opposition leader, said she would appeal.",
        "02",
    );
    assert_event("Kenya appealed to Uganda for calm.", |e| {
        e.cameo.starts_with("02")
    });
    assert_event("Kenya appealed for calm along the border.", |e| {
        e.cameo.starts_with("02")
    });
}

#[test]
fn a_campaign_mobilizing_supporters_is_no_military_posture() {
    none_of(
        "Ruto will try to mobilize his supporters around key issues.",
        "15",
    );
    assert_event(
        "Russia mobilized 300,000 reservists near the border.",
        |e| e.cameo.starts_with("15"),
    );
}

#[test]
fn candidates_clashing_in_a_debate_clash_in_words() {
    assert_event(
        "Ruto and Raila Odinga clashed on the debate stage in Nairobi.",
        |e| e.cameo == "111",
    );
    none_of(
        "Ruto and Raila Odinga clashed on the debate stage in Nairobi.",
        "19",
    );
    assert_event("Kenyan police clashed with protesters in Nairobi.", |e| {
        e.cameo.starts_with("19")
    });
}

#[test]
fn an_act_talked_or_joked_about_is_no_act_done() {
    none_of(
        "The Kenyan clerks joked about asking Uganda for a loan.",
        "02",
    );
    none_of(
        "Ruto is talking about deporting thousands of Ugandan migrants.",
        "17",
    );
    // Asked of someone, it is still an appeal.
    assert_event("Kenya asked Uganda for a loan.", |e| {
        e.cameo.starts_with("02")
    });
}

#[test]
fn a_question_asked_is_no_appeal() {
    none_of(
        "A reporter asked: Did they talk about his vow to get Uganda to pay for the wall?",
        "02",
    );
    none_of(
        "The Kenyan senator asked the question to build on the comments of Uganda.",
        "02",
    );
    assert_event("Kenya asked Uganda to withdraw its troops.", |e| {
        e.cameo.starts_with("02") || e.cameo.starts_with("10")
    });
}

#[test]
fn relations_named_in_a_purpose_clause_are_not_established() {
    none_of(
        "Switzerland established a panel of historians to study its relations with Israel.",
        "054",
    );
    coded(
        "Switzerland established diplomatic relations with Israel in March.",
        "CHE",
        Some("ISR"),
        "054",
    );
}

#[test]
fn a_vow_not_to_act_is_no_intent_to_cooperate() {
    none_of(
        "President Ana Vidal vowed not to be distracted by the Peruvian inquiry.",
        "030",
    );
    none_of(
        "The Chilean president pledged never to let the probe distract him from work with Japan.",
        "030",
    );
}

#[test]
fn a_justification_denied_defends_nothing() {
    none_of(
        "Israel cannot justify the strikes on the villages, the Danish senator said.",
        "052",
    );
}

#[test]
fn a_name_before_an_accusation_with_no_accuser_is_no_act() {
    none_of(
        "Hillary Clinton spoke in Ohio on Monday. The Clinton accusations filled the papers in Russia.",
        "112",
    );
}

#[test]
fn an_impersonal_passive_of_conceding_is_the_writers_assessment() {
    none_of(
        "Mexico is generally conceded to have lost the dispute with Peru.",
        "08",
    );
    none_of(
        "The Mexican governors are widely admitted to have made errors.",
        "015",
    );
    // A thing conceded to someone is still yielded.
    assert_event("The seat was conceded to the Mexican opposition.", |e| {
        e.cameo.starts_with("08")
    });
}
