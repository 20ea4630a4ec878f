//! Session 21: shapes in which the session-start build coded an act that is none, or the
//! wrong one, found by judging random samples of its events on TimeBank+AQUAINT and PolNeAR
//! train. Each test holds invented sentences of the shape, and one of the reading that still
//! codes.

use crate::common;

use common::{coded, doc, none_of};

#[test]
fn the_act_a_whether_clause_asks_about_is_none() {
    none_of(
        "The Kenyan opposition leader could not say whether Uganda planned to endorse his candidacy.",
        "05",
    );
    none_of(
        "Peruvian unions have yet to decide whether to endorse President Boluarte.",
        "05",
    );
    none_of(
        "Chilean farmers doubt whether the Chilean minister really opposes Argentina.",
        "11",
    );
    none_of(
        "Analysts wondered whether Ghana would decide to expel the Togolese ambassador.",
        "16",
    );
    // Nor is an act in its phrase coded once the asked verb is dropped.
    none_of(
        "It is unclear whether Bolivia will choose to launch strikes on Chile.",
        "19",
    );
    // An act stated in a clause hung on the asked one otherwise is still coded.
    coded(
        "Peruvian officials asked whether the new tariffs, which Bolivia denounced, would \
         stand.",
        "BOL",
        None,
        "11",
    );
    // No whether: the endorsement is coded.
    coded(
        "The Kenyan opposition leader said Uganda would endorse him.",
        "UGA",
        Some("KEN"),
        "05",
    );
}

#[test]
fn one_speaker_discussing_a_topic_consults_no_one() {
    none_of(
        "The Peruvian foreign minister discussed his ministry's new budget on national \
         television.",
        "04",
    );
    none_of(
        "In a long radio interview, President Boric discussed his plans for the copper mines.",
        "04",
    );
    // Two sides, a partner, a body or a country: a consultation.
    coded(
        "Peru and Chile discussed the border dispute on Monday.",
        "PER",
        Some("CHL"),
        "04",
    );
    coded(
        "The Peruvian foreign minister discussed the border with his Chilean counterpart.",
        "PER",
        Some("CHL"),
        "04",
    );
    coded(
        "Peru is discussing a new trade agreement, officials in Lima said.",
        "PER",
        None,
        "04",
    );
}

/// `text` holds an event whose code starts with `root`, negated as `negated` says.
fn negated(text: &str, root: &str, negated: bool) {
    let d = doc(text);
    assert!(
        d.events
            .iter()
            .any(|e| e.cameo.starts_with(root) && e.negated == negated),
        "{text}: {:?}",
        d.events
            .iter()
            .map(|e| (e.cameo.clone(), e.negated))
            .collect::<Vec<_>>()
    );
}

#[test]
fn an_object_under_no_or_a_word_of_none_negates_the_act() {
    negated("Peru has offered no help to Chile.", "03", true);
    negated("Peru has promised nothing to Chile.", "03", true);
    negated(
        "\"We apologize to nobody for defending our border,\" the Bolivian president said.",
        "05",
        true,
    );
    negated(
        "The Ghanaian opposition has endorsed none of the candidates.",
        "05",
        true,
    );
    // An object without "no": the act stands.
    negated("Peru has offered help to Chile.", "03", false);
}

#[test]
fn what_a_source_spoke_anonymously_about_is_no_act() {
    none_of(
        "A Ghanaian official, granted anonymity to discuss the Togo talks, said the border \
         would reopen.",
        "04",
    );
    none_of(
        "A Kenyan diplomat who requested anonymity to share the cabinet's plans said Nairobi \
         was worried.",
        "06",
    );
}

#[test]
fn a_plea_in_court_and_a_cause_pressed_are_no_appeal_or_demand() {
    none_of(
        "The former Kenyan trade minister, who pleaded guilty to fraud last year, was released.",
        "02",
    );
    none_of(
        "The Chilean president pressed his agenda in the Chilean parliament on Tuesday.",
        "10",
    );
    none_of(
        "A former Chilean government press secretary criticized the reform.",
        "10",
    );
    // Pressing another side to act is a demand.
    coded(
        "The Chilean president pressed Bolivia to reopen the border.",
        "CHL",
        Some("BOL"),
        "10",
    );
}

#[test]
fn an_act_weighed_as_a_noun_object_or_a_cut_off_gerund_is_an_option_weighed() {
    // The weighed act named by an event noun: CAMEO 014 from the weigher, no act done.
    coded(
        "Peru is mulling an invasion of Bolivia.",
        "PER",
        Some("BOL"),
        "014",
    );
    none_of("Peru is mulling an invasion of Bolivia.", "19");
    coded(
        "The Peruvian president is considering a visit to Bolivia.",
        "PER",
        Some("BOL"),
        "014",
    );
    // A gerund the parse cuts off right after the weighing verb is weighed too.
    none_of("Germany is exploring deporting Syrian refugees.", "17");
    // A small clause judges: nothing weighed.
    none_of(
        "Many Peruvian farmers may consider the accord a fair bargain.",
        "014",
    );
}

#[test]
fn talks_with_a_partner_in_a_phrase_of_time_are_held_by_the_main_verbs_subject() {
    coded(
        "After talks with Chinese officials, the Peruvian president announced a new trade deal.",
        "PER",
        Some("CHN"),
        "04",
    );
    coded(
        "Before a meeting with the Bolivian president, the Chilean foreign minister said the \
         border would stay open.",
        "CHL",
        Some("BOL"),
        "04",
    );
}

#[test]
fn a_verb_form_after_a_word_and_a_hyphen_is_half_a_compound() {
    none_of(
        "The Chilean president might be hard-pressed to win the vote in Bolivia.",
        "10",
    );
    none_of(
        "The Chilean president won most of the congress's pledged delegates.",
        "03",
    );
    // A bare compound verb still acts.
    coded(
        "The Bolivian army plans to carpet-bomb the rebel camps in Chile.",
        "BOL",
        Some("CHL"),
        "19",
    );
}

#[test]
fn agreeing_that_something_is_so_is_a_view_not_an_agreement() {
    none_of(
        "The Peruvian president agrees Chile is a dangerous rival.",
        "03",
    );
    none_of("Chile agreed that Peru was right about the border.", "03");
    // What the parties bind themselves to is an agreement.
    coded(
        "Peru and Chile agreed that talks would resume in March.",
        "PER",
        Some("CHL"),
        "03",
    );
}

#[test]
fn an_act_refrained_from_is_negated_and_a_vow_not_to_act_is_not() {
    negated(
        "The Peruvian president has refrained from endorsing the Chilean candidate.",
        "05",
        true,
    );
    negated(
        "The Peruvian president refrained from criticism of Chile.",
        "11",
        true,
    );
    // The infinitive's "not" negates what is asked, not the appeal; a vow not to act is no
    // intent to cooperate at all (session 24, `senses::negated_vow`).
    none_of(
        "The Chilean president vows not to answer Bolivia's letters.",
        "03",
    );
    negated(
        "\"I ask you, as a favour to our nation, not to hold any rally,\" the Chilean \
         president told Bolivian unions.",
        "02",
        false,
    );
}

#[test]
fn declining_to_speculate_is_no_comment_and_declining_to_run_refuses_nothing() {
    coded(
        "The Peruvian foreign minister declined to speculate on Chile's plans.",
        "PER",
        None,
        "011",
    );
    none_of(
        "The Peruvian foreign minister declined to speculate on Chile's plans.",
        "12",
    );
    none_of(
        "The Chilean foreign minister declined to run again for the Senate.",
        "12",
    );
    // Declining an act asked of one is still a refusal.
    coded(
        "Peru declined to extradite the Chilean businessman.",
        "PER",
        Some("CHL"),
        "12",
    );
}

#[test]
fn a_campaign_suspended_or_a_statement_issued_is_no_act_on_anyone() {
    none_of(
        "The Peruvian president suspended his campaign on Friday.",
        "16",
    );
    none_of(
        "The Chilean ministry issued a statement urging Bolivia to guard its borders against \
         threats.",
        "13",
    );
    coded(
        "The Chilean ministry issued a threat against Bolivia.",
        "CHL",
        Some("BOL"),
        "13",
    );
}

#[test]
fn a_politician_rallying_or_marching_campaigns_and_does_not_demonstrate() {
    none_of(
        "Chilean President Gabriel Boric marched in the Santiago parade on Sunday.",
        "14",
    );
    none_of(
        "Peruvian President Dina Boluarte rallied in Arequipa ahead of the vote.",
        "14",
    );
    // Those outside power demonstrate; a politician against something does too.
    coded(
        "Chilean students rallied against President Gabriel Boric in Santiago.",
        "CHL",
        Some("CHLGOV"),
        "14",
    );
}

#[test]
fn an_assurance_of_a_fact_is_no_promise() {
    none_of(
        "The Peruvian president assured Bolivian students that the exchange programme was a \
         great success.",
        "03",
    );
    none_of(
        "\"The border is safe,\" the Chilean president assured Bolivian truckers.",
        "03",
    );
    // An act to come is promised, whatever the apostrophe.
    coded(
        "Peru assured Chile that it would reopen the border.",
        "PER",
        Some("CHL"),
        "03",
    );
    coded(
        "The Chilean president assured Bolivia he\u{2019}d reopen the port.",
        "CHL",
        Some("BOL"),
        "03",
    );
}

#[test]
fn a_candidate_appealing_to_a_group_of_voters_asks_nothing() {
    none_of(
        "The Peruvian president is appealing to Catholic conservatives in Lima.",
        "02",
    );
    none_of(
        "The Chilean president hopes to appeal to a majority of Chilean Americans.",
        "02",
    );
    // An appeal to a side, or for something, asks.
    coded(
        "The Chilean president appealed to Bolivia for calm.",
        "CHL",
        Some("BOL"),
        "02",
    );
}

#[test]
fn talk_in_the_singular_is_speech_unless_a_partner_is_named() {
    none_of(
        "The Chilean president's tough talk on Bolivia alarmed diplomats in Lima.",
        "04",
    );
    // With a partner, or in the plural, talks are talks.
    coded(
        "The Chilean president's talk with Bolivian leaders went well.",
        "CHL",
        Some("BOL"),
        "04",
    );
    coded(
        "Chile's talks on trade alarmed diplomats in Lima.",
        "CHL",
        None,
        "04",
    );
}
