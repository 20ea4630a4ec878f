//! Session 26: acts that did not happen, or not as coded, from a blind judge's "no such act /
//! wrong root / wrong flags" classes on real news. Sentences are invented.

use crate::common::{coded, none_of, not_from, some_of};

use crate::common::{all_hypothetical as hypothetical, all_negated as negated};

#[test]
fn an_act_opened_by_without_was_not_done() {
    negated(
        "Russia signed the treaty without consulting Germany.",
        "040",
        true,
    );
    negated(
        "Russia acted without consultations with Germany.",
        "040",
        true,
    );
}

#[test]
fn an_act_done_without_preconditions_stays_done() {
    negated("Obama met Putin without preconditions.", "040", false);
}

#[test]
fn not_without_consulting_is_a_consultation_done() {
    negated(
        "Russia did not act without consulting Germany.",
        "040",
        false,
    );
}

#[test]
fn the_signing_beside_an_act_left_undone_stays_done() {
    coded(
        "Russia signed the treaty without consulting Germany.",
        "RUS",
        None,
        "05",
    );
}

#[test]
fn denying_someone_something_is_no_denial_of_responsibility() {
    none_of("The Senate denied Garland a hearing.", "016");
    none_of(
        "Groups scrambled to deny Donald Trump the nomination.",
        "016",
    );
    none_of(
        "The Ethiopian government denied his party the victory.",
        "016",
    );
    none_of("Russia denied them a hearing.", "016");
}

#[test]
fn denying_accusations_or_a_report_is_still_a_denial() {
    coded(
        "Russia denied the accusations of Ukraine.",
        "RUS",
        Some("UKR"),
        "016",
    );
    coded("Russia denied Ukraine's claims.", "RUS", Some("UKR"), "016");
    coded(
        "Russia denied that it had attacked Ukraine.",
        "RUS",
        None,
        "016",
    );
}

#[test]
fn a_warning_of_a_danger_disapproves_of_no_one() {
    none_of("Russia warned Ukraine of an attack.", "11");
    none_of("The FBI was warned about the gunman by Russia.", "11");
    none_of(
        "Russia warned Ukraine that prices would rise sharply.",
        "11",
    );
}

#[test]
fn a_warning_against_acting_is_still_a_disapproval() {
    coded(
        "Russia warned Ukraine against attacking the port.",
        "RUS",
        Some("UKR"),
        "11",
    );
    coded(
        "Russia warned Ukraine that its troops would pay dearly.",
        "RUS",
        Some("UKR"),
        "11",
    );
}

#[test]
fn a_warning_to_act_is_still_a_demand() {
    coded(
        "Russia warned Ukraine to withdraw.",
        "RUS",
        Some("UKR"),
        "10",
    );
}

#[test]
fn a_warning_of_consequences_is_still_a_threat() {
    coded(
        "Russia warned NATO of serious consequences.",
        "RUS",
        Some("IGOWSTNAT"),
        "13",
    );
}

#[test]
fn pulling_out_of_a_deal_or_a_debate_is_no_retreat() {
    not_from(
        "Kenyan farmers pulled out of the government program.",
        "yield.pull_out",
    );
    not_from(
        "Senator Bernie Sanders could pull out voters who skip elections.",
        "yield.pull_out",
    );
    none_of("Russia would pull out of its current slump.", "087");
}

#[test]
fn pulling_troops_out_of_a_place_is_still_a_retreat() {
    some_of("Russia pulled out of Georgia.", "0874");
    some_of("Russia pulled its troops out of Georgia.", "0874");
}

#[test]
fn still_events_named_by_the_brief() {
    coded(
        "Russia threatened to attack Ukraine.",
        "RUS",
        Some("UKR"),
        "13",
    );
    coded(
        "Kenya appealed to the UN to intervene.",
        "KEN",
        Some("IGOUNO"),
        "02",
    );
    coded(
        "Britain asked Russia to withdraw.",
        "GBR",
        Some("RUS"),
        "02",
    );
    coded("France rejected Iran's demand.", "FRA", Some("IRN"), "12");
}

#[test]
fn a_question_put_is_no_appeal() {
    none_of("Kenya asked Russia about the loan.", "02");
    none_of("Kenya asked Russia to explain the vote.", "02");
    none_of(
        "The Kenyan president was asked by Russia to name a single achievement.",
        "02",
    );
}

#[test]
fn asking_someone_to_act_or_for_something_is_still_an_appeal() {
    coded("Kenya asked Russia for a loan.", "KEN", Some("RUS"), "023");
    coded(
        "Kenya asked Russia to tell Uganda that the border was open.",
        "KEN",
        Some("RUS"),
        "02",
    );
}

#[test]
fn referring_to_a_ruling_is_no_referral() {
    none_of(
        "Referring to the ruling of the Hague tribunal, Putin criticized Ukraine.",
        "114",
    );
    none_of(
        "Putin referred to the ruling of the international court.",
        "114",
    );
}

#[test]
fn a_referral_to_a_council_is_still_a_complaint() {
    coded(
        "Britain referred Iran to the Security Council.",
        "GBR",
        Some("IRN"),
        "114",
    );
    coded(
        "The case of Iran was referred to the Security Council by Britain.",
        "GBR",
        Some("IRN"),
        "114",
    );
}

#[test]
fn a_petition_asking_for_an_act_is_an_appeal() {
    coded(
        "Kenyan farmers petitioned the government to lower taxes.",
        "KEN",
        Some("KENGOV"),
        "020",
    );
    some_of(
        "Kenyan lawyers petitioned for asylum for the boy in the United States.",
        "020",
    );
    none_of(
        "Kenyan lawyers petitioned for asylum for the boy in the United States.",
        "114",
    );
}

#[test]
fn a_petition_against_a_side_is_still_a_complaint() {
    coded(
        "Kenyan farmers petitioned against the Ugandan government.",
        "KEN",
        Some("UGAGOV"),
        "114",
    );
}

#[test]
fn a_court_ruling_on_claims_denies_no_responsibility() {
    none_of("The Kenyan judge rejected the opposition's claims.", "016");
    none_of(
        "The Russian court dismissed the claims of the defence.",
        "016",
    );
    none_of(
        "The Kenyan court denied the motion of the opposition.",
        "016",
    );
}

#[test]
fn rejecting_accusations_is_still_a_denial() {
    coded(
        "The Kenyan government rejected the accusations of Uganda.",
        "KENGOV",
        Some("UGA"),
        "016",
    );
    coded(
        "The Kenyan judge denied that he had taken bribes from Uganda.",
        "KENJUD",
        None,
        "016",
    );
}

#[test]
fn a_meeting_at_an_occasion_still_to_come_is_hypothetical() {
    hypothetical(
        "Obama will attend the conference at which he and Putin meet.",
        "040",
        true,
    );
}

#[test]
fn a_meeting_at_a_past_occasion_stays_done() {
    hypothetical(
        "Obama attended the conference at which he and Putin met.",
        "040",
        false,
    );
}

#[test]
fn a_past_agreement_stays_done_beside_a_modal() {
    hypothetical(
        "The protests that followed the 1946 agreement between France and Vietnam could resume.",
        "057",
        false,
    );
}

#[test]
fn denying_allegations_others_made_is_still_a_denial() {
    some_of(
        "Russia denied the allegations the Ukrainian army made.",
        "016",
    );
}

#[test]
fn a_warning_of_sanctions_or_on_a_condition_is_still_coded() {
    some_of(
        "Poland asked Belarus to open the border, warning Minsk of new sanctions.",
        "11",
    );
    some_of(
        "If the talks fail, Hamas warned Israel, the region will suffer.",
        "11",
    );
}

#[test]
fn an_act_under_way_stays_done_beside_a_modal() {
    hypothetical(
        "The ongoing Russian occupation of Crimea could end.",
        "192",
        false,
    );
    hypothetical(
        "The current talks between Kenya and Uganda may collapse.",
        "040",
        false,
    );
}

#[test]
fn a_new_act_under_a_modal_stays_hypothetical() {
    hypothetical("Kenya may impose a new embargo on Uganda.", "163", true);
}

#[test]
fn troops_leaving_a_programme_make_no_retreat() {
    not_from(
        "Kenyan troops pulled out of the training program with Uganda.",
        "yield.pull_out",
    );
}

#[test]
fn an_appeal_to_a_court_asks_no_side() {
    none_of("The Kenyan opposition appealed to the Supreme Court.", "02");
    some_of("Kenya appealed to Uganda for calm.", "02");
}
