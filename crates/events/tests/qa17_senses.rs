//! Session 17: other senses of political words in real news (a noun compound, a phrasal
//! verb, an object of a non-political kind), each guarded by invented sentences the
//! session-start build coded, with a sentence of the political sense that still codes.

use crate::common;

use common::{codes, doc, has, has_root, not_from};

/// `text` holds an event `src` -> `tgt` (`None`: any target) whose code starts with `code`.
fn coded(text: &str, src: &str, tgt: Option<&str>, code: &str) {
    let d = doc(text);
    let found = match tgt {
        Some(_) => has(&d, src, tgt, code),
        None => has_root(&d, code),
    };
    assert!(found, "{text}: {:?}", codes(&d));
}

#[test]
fn an_appeals_court_is_no_appeal() {
    not_from(
        "Egypt appeals court acquits the activists.",
        "appeal.appeal",
    );
    coded(
        "Kenya appealed to Uganda for calm along their shared border.",
        "KEN",
        Some("UGA"),
        "02",
    );
}

#[test]
fn striking_distance_is_no_attack() {
    not_from(
        "Two Chinese destroyers now sail within striking distance of Taiwan every week.",
        "fight.strike",
    );
    coded(
        "Sudanese troops struck rebel positions near the town on Sunday.",
        "SDN",
        None,
        "19",
    );
}

#[test]
fn a_negotiating_partner_or_position_is_no_negotiation() {
    not_from(
        "Seoul no longer sees Pyongyang as a reliable negotiating partner.",
        "consult.negotiate",
    );
    not_from(
        "Falling oil prices weakened the Venezuelan negotiating position with creditors.",
        "consult.negotiate",
    );
    coded(
        "Armenia negotiated with Azerbaijan over the disputed border villages.",
        "ARM",
        Some("AZE"),
        "046",
    );
}

#[test]
fn backing_out_is_no_endorsement() {
    not_from(
        "At the last minute, Ecuador backed out of the fishing pact with Peru.",
        "diplo.back",
    );
    coded(
        "Brazil backed Argentina in its dispute with Britain.",
        "BRA",
        Some("ARG"),
        "051",
    );
}

#[test]
fn speaking_out_about_a_problem_is_no_consultation() {
    not_from(
        "A retired Chilean admiral spoke out on Tuesday about his quarrel with the navy.",
        "consult.speak",
    );
    coded(
        "Chile's foreign minister spoke with Peru's foreign minister about fishing rights.",
        "CHL",
        Some("PER"),
        "04",
    );
}

#[test]
fn meeting_a_crisis_or_a_disaster_is_no_meeting() {
    not_from(
        "Ghana wants its hospitals ready to meet the next cholera emergency.",
        "consult.meet",
    );
    not_from(
        "Fiji must build stronger sea walls to meet future storm disasters.",
        "consult.meet",
    );
    coded(
        "Ghana's president met Togo's president in Lome on Monday.",
        "GHA",
        Some("TGO"),
        "04",
    );
}

#[test]
fn visiting_a_polling_station_or_a_website_is_no_visit() {
    not_from(
        "The mayor urged residents of Lagos to visit polling stations before noon.",
        "consult.visit",
    );
    not_from(
        "Millions of Indians visited the election commission website on Sunday.",
        "consult.visit",
    );
    coded(
        "Nigeria's president visited Ghana on Monday.",
        "NGA",
        Some("GHA"),
        "042",
    );
}

#[test]
fn hosting_a_private_party_is_no_hosted_visit() {
    not_from(
        "The Kenyan senator hosted a barbecue for Ugandan lawmakers.",
        "consult.host",
    );
    coded(
        "Qatar hosted Iran's foreign minister on Sunday.",
        "QAT",
        Some("IRN"),
        "043",
    );
}

#[test]
fn releasing_a_report_about_detainees_frees_no_one() {
    not_from(
        "The Egyptian ministry released a report on Monday about the treatment of detainees.",
        "yield.release",
    );
    coded(
        "Iran released two French citizens on Friday.",
        "IRN",
        Some("FRA"),
        "0841",
    );
}

#[test]
fn amassing_delegates_or_a_fortune_is_no_mobilization() {
    not_from(
        "The Kenyan senator amassed a large fortune before the election.",
        "force.amass",
    );
    coded(
        "Russia amassed troops and tanks near the Ukrainian border.",
        "RUS",
        None,
        "154",
    );
}

#[test]
fn charging_someone_with_a_task_is_no_accusation() {
    not_from(
        "The African Union charged a team of observers with ensuring that the vote in Malawi is fair.",
        "disapprove.charge_accuse",
    );
    coded(
        "Kenya charged that Somalia had armed the militants.",
        "KEN",
        None,
        "112",
    );
}

#[test]
fn denying_someone_a_permit_denies_no_accusation() {
    not_from(
        "The Chilean ministry could deny the miners export licences next year.",
        "statement.deny",
    );
    coded(
        "Cuba denied the accusations made by Washington on Tuesday.",
        "CUB",
        None,
        "016",
    );
}

#[test]
fn demonstrating_that_something_is_true_is_no_protest() {
    not_from(
        "The Czech prime minister demonstrated that his coalition can still govern.",
        "protest.demonstrate",
    );
    not_from(
        "With the vote, Hungary demonstrated how little it cares about Brussels.",
        "protest.demonstrate",
    );
    coded(
        "Students demonstrated outside the Israeli embassy in Amman.",
        "",
        None,
        "141",
    );
}

#[test]
fn a_yes_no_question_states_no_act() {
    not_from(
        "But has Moscow called for lifting the sanctions on Minsk?",
        "appeal.call_for_lift_sanctions",
    );
    not_from(
        "Will Iran attack Israel before the election?",
        "fight.attack",
    );
    not_from("Did Ankara threaten Athens over the islands?", "threaten.v");
    // A negative question is rhetorical: it asserts the act.
    coded(
        "Didn't Russia sign the accord with Ukraine?",
        "RUS",
        Some("UKR"),
        "057",
    );
    coded(
        "Ankara threatened Athens over the islands.",
        "TUR",
        Some("GRC"),
        "13",
    );
}

#[test]
fn a_share_of_poll_respondents_is_no_doer() {
    not_from(
        "In the Warsaw poll, 55 percent of Poles would back Tusk against Kaczynski.",
        "diplo.back",
    );
    not_from(
        "Some 48 percent of respondents in Kyiv oppose any deal with Russia.",
        "disapprove.oppose",
    );
    not_from(
        "Hungary backed Fico, and 60 percent of Slovaks agree.",
        "intent.agree",
    );
    // A degree before the act is no poll: "100 percent committed".
    coded(
        "Latvia's prime minister said her government was 100 percent committed to sending troops to Estonia.",
        "LVA",
        None,
        "03",
    );
}

#[test]
fn met_with_opposition_is_a_reception_not_a_meeting() {
    not_from(
        "The Polish plan has been met with opposition in Brussels.",
        "consult.met_by",
    );
    not_from(
        "The Polish plan has been met with opposition in Brussels.",
        "consult.meet",
    );
    coded(
        "Poland's president met with the opposition in Warsaw.",
        "POL",
        Some("POL"),
        "040",
    );
}

#[test]
fn declining_to_specify_is_declining_comment() {
    let text = "A Kenyan spokesman declined to specify what the talks with Somalia covered.";
    coded(text, "KEN", None, "011");
    not_from(text, "reject.decline_talks");
    coded(
        "Kenya declined to join the talks with Somalia.",
        "KEN",
        Some("SOM"),
        "12",
    );
}

#[test]
fn ordering_a_deployment_mobilizes_forces() {
    coded(
        "Estonia ordered the deployment of two battalions to the border with Russia.",
        "EST",
        None,
        "154",
    );
    not_from(
        "Estonia ordered the deployment of two battalions to the border with Russia.",
        "demand.order",
    );
    coded(
        "NATO ordered Russia to withdraw its troops.",
        "IGO",
        Some("RUS"),
        "10",
    );
}

#[test]
fn what_a_permission_names_is_no_act_done() {
    not_from(
        "Egypt will not allow Hamas fighters to take control of the Rafah crossing.",
        "fight.take_control",
    );
    not_from(
        "The new law gives Kenyan police the power to arrest protesters without a warrant.",
        "coerce.arrest",
    );
    coded(
        "Kenyan police arrested forty protesters in Nairobi.",
        "KEN",
        None,
        "173",
    );
}

#[test]
fn a_company_deal_or_post_is_no_political_act() {
    for rule in ["intent.agree_to", "intent.agree"] {
        not_from(
            "A Nigerian oil company agreed to sell two of its businesses to a Chinese group.",
            rule,
        );
    }
    not_from(
        "A Canadian bank offered 900 million dollars, or 40 dollars a share, for the Mexican insurer.",
        "intent.offer_coop",
    );
    not_from(
        "The founder of the Ghanaian bank resigned as chief executive in May.",
        "yield.resign",
    );
    coded(
        "Ghana's finance minister resigned in May.",
        "GHA",
        None,
        "0831",
    );
    coded(
        "Rwanda agreed to sell coffee to Uganda.",
        "RWA",
        None,
        "030",
    );
}

#[test]
fn agreeing_with_someone_is_an_opinion_not_an_agreement() {
    not_from(
        "The Irish foreign minister said he agrees with Macron.",
        "intent.agree",
    );
    coded(
        "Greece and Turkey agreed to resume talks on the islands.",
        "GRC",
        Some("TUR"),
        "03",
    );
}
