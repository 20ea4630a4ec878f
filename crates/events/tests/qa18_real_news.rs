//! Session 18: shapes of real news in which the session-start build printed a wrong event
//! (no act there, or an actor taken from the wrong phrase), found by judging a random sample
//! of its events on PolNeAR train and TimeBank+AQUAINT. Each test holds invented sentences
//! of the shape the start build got wrong, and one of the political reading that still codes.

use crate::common;

use common::{codes, doc, has, not_from, rows};

/// `text` holds an event `src` -> `tgt` (`None`: no target) whose code starts with `root`.
fn coded(text: &str, src: &str, tgt: Option<&str>, root: &str) {
    let d = doc(text);
    assert!(has(&d, src, tgt, root), "{text}: {:?}", rows(&d));
}

#[test]
fn a_tensed_complement_of_insist_states_no_demand() {
    not_from(
        "Kenyan police insisted they were ready for the crowds at the summit.",
        "demand.insist",
    );
    not_from(
        "Ghanaian exiles insist most Britons don't understand the crisis.",
        "demand.insist",
    );
    coded(
        "Kenya insisted Uganda withdraw its troops from the island.",
        "KEN",
        Some("UGA"),
        "10",
    );
}

#[test]
fn an_ing_noun_in_a_compound_is_no_act() {
    not_from(
        "Erdogan's aides prepared talking points for his calls with Putin.",
        "consult.talk",
    );
    not_from(
        "Rubio's plan on pension investing would cost taxpayers little.",
        "matcoop.invest",
    );
    coded(
        "Erdogan was talking with Putin by phone on Monday.",
        "TUR",
        Some("RUS"),
        "04",
    );
}

#[test]
fn a_condemned_attack_does_not_make_its_victim_or_place_the_target() {
    // The one an attack hit, or where it struck, is not whom the condemnation is aimed at.
    coded(
        "The Kenyan government condemned the bombing of the Israeli embassy in Nairobi.",
        "KEN",
        None,
        "11",
    );
    coded(
        "Peru strongly condemned two bomb attacks in Ecuador on Friday.",
        "PER",
        None,
        "11",
    );
    // The attack's doer is.
    coded(
        "Egypt condemned Israel's strike on the camp.",
        "EGY",
        Some("ISR"),
        "11",
    );
    coded(
        "Chile condemned Bolivia for the arrests.",
        "CHL",
        Some("BOL"),
        "11",
    );
}

#[test]
fn a_partner_inside_what_was_spoken_of_is_no_talk() {
    not_from(
        "Tokayev spoke warmly of three decades of trade with Moscow.",
        "consult.speak",
    );
    not_from(
        "Our defence minister talked at length about joint drills with Indian ships.",
        "consult.talk",
    );
    coded(
        "Erdogan spoke with Putin on Monday about the grain corridor.",
        "TUR",
        Some("RUS"),
        "04",
    );
}

#[test]
fn investing_in_no_actor_is_no_economic_cooperation() {
    not_from(
        "Ruto has invested in several hotel chains, his filings show.",
        "matcoop.invest",
    );
    not_from(
        "Akufo-Addo invested heavily in new railways and ports during his first term.",
        "matcoop.invest",
    );
    coded(
        "China will invest two billion dollars in Kenya next year.",
        "CHN",
        Some("KEN"),
        "0",
    );
}

#[test]
fn being_assured_of_an_outcome_is_no_promise() {
    not_from(
        "Kenya's ruling party is assured of keeping control of the senate.",
        "intent.assure",
    );
    coded(
        "Kenya assured Uganda that its troops would leave the island.",
        "KEN",
        Some("UGA"),
        "03",
    );
}

#[test]
fn an_ing_word_after_most_is_an_adjective() {
    not_from(
        "Rubio called it the most promising plan he had seen.",
        "intent.promise",
    );
    not_from(
        "Macron suffered what aides called the most striking setback of his term.",
        "fight.strike",
    );
    not_from(
        "Kenya favours talks, as opposed to sanctions on Uganda.",
        "disapprove.oppose",
    );
    coded(
        "Kenya is pressing Uganda to release the fishermen.",
        "KEN",
        Some("UGA"),
        "10",
    );
}

#[test]
fn what_an_actor_is_capable_of_is_no_act_done() {
    not_from(
        "Kenyan generals say their army is capable of deploying 40,000 soldiers within a week.",
        "force.deploy",
    );
    not_from(
        "Any bias would weaken Qatar's ability to broker a truce between the factions.",
        "consult.broker",
    );
    coded(
        "Kenya deployed 4,000 soldiers to the border on Monday.",
        "KEN",
        None,
        "15",
    );
}

#[test]
fn a_condemned_deployment_or_a_protest_keeps_its_named_side() {
    // The of-phrase of a deployment names the doer's own force; a protest lodged with a
    // government is aimed at it.
    coded(
        "Cuba condemned the deployment of US warships near its coast.",
        "CUB",
        Some("USA"),
        "11",
    );
    coded(
        "Vietnam lodged an angry protest with Beijing after the seizure of a fishing boat.",
        "VNM",
        Some("CHN"),
        "11",
    );
}

#[test]
fn refusing_to_say_is_declining_comment() {
    let d = doc("Ruto refused to say whether Kenya would send more police to Haiti.");
    assert!(
        d.events.iter().any(|e| e.cameo == "011") && !d.events.iter().any(|e| e.cameo == "120"),
        "{:?}",
        codes(&d)
    );
    coded(
        "Kenya refused to withdraw its police from Haiti.",
        "KEN",
        None,
        "12",
    );
}

#[test]
fn a_charge_is_an_accusation_only_with_its_own_that_clause() {
    not_from(
        "Kenyan police charged the activist on Monday after finding that he had blocked the road.",
        "disapprove.charge_accuse",
    );
    coded(
        "Uganda charged that Kenya had armed the rebels.",
        "UGA",
        None,
        "11",
    );
}

#[test]
fn agreeing_with_a_view_is_no_agreement() {
    not_from(
        "Ruto agreed that the old treaty had failed the herders.",
        "intent.agree",
    );
    not_from("A spokesman for Odinga agreed.", "intent.agree");
    coded(
        "Kenya and Uganda agreed on a joint border patrol.",
        "KEN",
        Some("UGA"),
        "03",
    );
}

#[test]
fn refusing_to_meet_while_saying_something_is_no_declined_comment() {
    let d = doc(
        "Kenya refused to hold talks with Uganda on Friday, saying the island belonged to Kenya.",
    );
    assert!(
        d.events.iter().any(|e| e.cameo.starts_with("12"))
            && !d.events.iter().any(|e| e.cameo == "011"),
        "{:?}",
        codes(&d)
    );
}

#[test]
fn insist_as_a_tag_or_with_a_gerund_first_states_no_demand() {
    not_from(
        "The border will stay open all week, Kenyan officials insist.",
        "demand.insist",
    );
    not_from(
        "Ruto insisted that closing the border was never an option.",
        "demand.insist",
    );
    coded(
        "Kenya insisted that Uganda withdraw its troops from the island.",
        "KEN",
        Some("UGA"),
        "10",
    );
}

// Review of session 18: shapes the session's own guards dropped though they are acts.

#[test]
fn insisting_on_a_gerund_is_a_demand() {
    // "on" + gerund is parsed as an adverbial clause of the verb; it is what is insisted on.
    coded(
        "Ecuador insisted on reopening the border crossing before any vote.",
        "ECU",
        None,
        "10",
    );
}

#[test]
fn a_that_clause_parsed_as_a_phrase_of_charged_is_still_an_accusation() {
    // The parser hangs this "that" on "charged" as an oblique phrase, not as a clause.
    coded(
        "Peru charged that countries which backed the deal had sent arms to the rebels.",
        "PER",
        None,
        "11",
    );
    // "that" as a determiner of the one charged opens no clause.
    not_from(
        "Police in Peru charged that man with theft on Monday.",
        "disapprove.charge_accuse",
    );
}

#[test]
fn speaking_at_a_news_conference_with_a_leader_is_a_meeting() {
    // The partner is named on the occasion the verb is at, not on the verb itself.
    coded(
        "Juan Manuel Santos, speaking at a news conference with Nicolas Maduro in Caracas, said the border would reopen.",
        "COL",
        Some("VEN"),
        "04",
    );
}

#[test]
fn refusing_to_say_set_words_or_to_disclose_papers_is_a_refusal() {
    // Words or papers held back are no comment declined: a refusal (12), not 011.
    for text in [
        "Kenya's president refused to say the words 'ethnic cleansing' during the debate.",
        "William Ruto refused to disclose his tax returns.",
    ] {
        let d = doc(text);
        assert!(
            d.events.iter().any(|e| e.cameo.starts_with("12"))
                && !d.events.iter().any(|e| e.cameo == "011"),
            "{text}: {:?}",
            codes(&d)
        );
    }
}

#[test]
fn the_place_of_a_condemned_detention_is_its_target() {
    // Where an arrest or a detention was made, that place's state made it.
    coded(
        "Turkey condemned the detention of journalists in Egypt.",
        "TUR",
        Some("EGY"),
        "11",
    );
    // (The place a bombing hit stays no target:
    // a_condemned_attack_does_not_make_its_victim_or_place_the_target.)
}
