//! Session-13 lexicon coverage taken from the CAMEO codebook's own descriptions: verbs a
//! code's description names that had no pattern. Invented sentences, whole pipeline.

use crate::common;

use attache_core::Document;
use common::{day, pipeline, rows};

/// Published Tuesday 2026-03-03.
fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 3, 3))
}

/// An event with exactly this code was coded.
fn coded(d: &Document, code: &str) -> bool {
    d.events.iter().any(|e| e.cameo == code)
}

fn fired(d: &Document, rule: &str) -> bool {
    d.events.iter().any(|e| e.evidence.rule == rule)
}

fn why(d: &Document) -> Vec<String> {
    d.events
        .iter()
        .map(|e| format!("{}:{}", e.cameo, e.evidence.rule))
        .chain(rows(d).iter().map(|r| format!("{r:?}")))
        .collect()
}

// Batch 1.

#[test]
fn censure_defame_and_denigrate_are_criticism() {
    for text in [
        "The Council of Europe censured Azerbaijan over the jailing of reporters.",
        "Croatian officials defamed Serbia in a report, Belgrade said.",
        "Venezuela said Colombia sought to denigrate its armed forces.",
    ] {
        let d = doc(text);
        assert!(coded(&d, "111"), "{text}: {:?}", why(&d));
    }
    // Articles "censured" before print were censored: no criticism of anyone.
    let d = doc("The ministry censured two articles on the war before they went to print.");
    assert!(!fired(&d, "disapprove.censure"), "{:?}", why(&d));
}

#[test]
fn a_condolence_message_sent_or_extended_is_an_empathetic_comment() {
    for text in [
        "The Indian prime minister sent a message of condolence to Nepal after the earthquake.",
        "Japan extended its condolences to Turkey on Monday.",
    ] {
        let d = doc(text);
        assert!(coded(&d, "018"), "{text}: {:?}", why(&d));
    }
    // Sending troops stays a military move, not a condolence.
    let d = doc("Britain sent troops to Estonia on Monday.");
    assert!(!coded(&d, "018"), "{:?}", why(&d));
}

#[test]
fn a_court_finding_a_party_guilty_or_upholding_its_conviction_is_a_finding_of_guilt() {
    for text in [
        "A court in Paris found the cement company guilty of financing terrorism.",
        "The Supreme Court of Kenya upheld the conviction of the former governor.",
    ] {
        let d = doc(text);
        assert!(coded(&d, "116"), "{text}: {:?}", why(&d));
    }
    // Upholding a ruling on anything else is no finding of guilt.
    let d = doc("The court upheld the ban on the import of used cars.");
    assert!(!fired(&d, "disapprove.uphold_conviction"), "{:?}", why(&d));
}

#[test]
fn finding_a_party_responsible_for_an_act_is_an_accusation() {
    let d = doc("Dutch investigators found Russia responsible for the downing of the airliner.");
    assert!(coded(&d, "112"), "{:?}", why(&d));
    // Finding something without blame is none.
    let d = doc("The inspectors found the plant in good order.");
    assert!(!coded(&d, "112"), "{:?}", why(&d));
}

#[test]
fn taking_control_of_a_place_is_occupying_territory_but_not_of_a_chamber() {
    for text in [
        "Russian forces took control of Bakhmut on Sunday.",
        "The Sudanese army took control of the border town after two days of fighting.",
    ] {
        let d = doc(text);
        assert!(coded(&d, "192"), "{text}: {:?}", why(&d));
    }
    for text in [
        "Republicans took control of the Senate in January.",
        "The new chief executive took control of the company last year.",
    ] {
        let d = doc(text);
        assert!(!coded(&d, "192"), "{text}: {:?}", why(&d));
    }
}

#[test]
fn armed_forces_patrolling_is_a_show_of_military_power_but_not_a_neighbourhood_watch() {
    let d = doc("Chinese warships patrolled near the Senkaku Islands on Monday.");
    assert!(coded(&d, "150"), "{:?}", why(&d));
    let d = doc("Volunteers patrolled the streets of the village at night.");
    assert!(!fired(&d, "force.patrol"), "{:?}", why(&d));
}

#[test]
fn a_border_reopened_is_eased_sanctions() {
    let d = doc("Morocco reopened its border with Algeria on Monday.");
    assert!(coded(&d, "081"), "{:?}", why(&d));
}

#[test]
fn relaxing_sanctions_curfews_and_restrictions_is_easing_them() {
    for (text, code) in [
        ("The European Union relaxed sanctions on Syria.", "085"),
        ("Indian authorities relaxed the curfew in Srinagar.", "0813"),
        ("China relaxed restrictions on foreign journalists.", "081"),
    ] {
        let d = doc(text);
        assert!(coded(&d, code), "{text}: {:?}", why(&d));
    }
}

#[test]
fn retreating_armed_forces_yield_a_place_but_falling_prices_do_not() {
    let d = doc("Russian troops retreated from Kherson in November.");
    assert!(coded(&d, "0874"), "{:?}", why(&d));
    let d = doc("Oil prices retreated from their highs on Monday.");
    assert!(!coded(&d, "0874"), "{:?}", why(&d));
}

#[test]
fn curtailed_ties_terminated_aid_and_expropriated_property_are_coded() {
    for (text, code) in [
        ("Nicaragua curtailed relations with the Netherlands.", "161"),
        ("The United States terminated aid to Niger.", "162"),
        (
            "Venezuela expropriated the oil fields of the American company.",
            "1711",
        ),
    ] {
        let d = doc(text);
        assert!(coded(&d, code), "{text}: {:?}", why(&d));
    }
}

// Batch 2.

#[test]
fn an_allegation_that_a_party_did_something_is_an_accusation() {
    let d = doc("The Philippines alleged that Chinese ships had rammed its coast guard vessel.");
    assert!(coded(&d, "112"), "{:?}", why(&d));
    // The participle before a noun alleges nothing.
    let d = doc("Police in Kenya arrested the alleged leader of the gang.");
    assert!(!fired(&d, "disapprove.allege"), "{:?}", why(&d));
}

#[test]
fn looting_is_confiscation_and_disobeying_a_law_is_defiance() {
    for (text, code) in [
        (
            "Militiamen looted the United Nations warehouse in Juba.",
            "1711",
        ),
        (
            "Catalonia's government disobeyed the ruling of the Spanish court.",
            "128",
        ),
    ] {
        let d = doc(text);
        assert!(coded(&d, code), "{text}: {:?}", why(&d));
    }
}

#[test]
fn martial_law_imposed_and_press_freedom_restricted_are_administrative_sanctions() {
    for (text, code) in [
        ("The Thai army imposed martial law in Bangkok.", "1724"),
        (
            "Hungary restricted press freedom with a new media law.",
            "1721",
        ),
        ("Russia imposed new restrictions on foreign media.", "1721"),
    ] {
        let d = doc(text);
        assert!(coded(&d, code), "{text}: {:?}", why(&d));
    }
}

#[test]
fn assault_rape_and_lynching_of_people_are_unconventional_violence() {
    for (text, code) in [
        ("Soldiers assaulted two journalists in Harare.", "182"),
        (
            "Sudanese militiamen raped women in the village, Amnesty International said.",
            "1821",
        ),
        (
            "A mob lynched two Nigerian migrants in Tripoli, Libyan police said.",
            "1823",
        ),
    ] {
        let d = doc(text);
        assert!(coded(&d, code), "{text}: {:?}", why(&d));
    }
    // A history of lynching names no victim.
    let d = doc("The museum tells the history of slavery and lynching in Alabama.");
    assert!(!fired(&d, "assault.lynch"), "{:?}", why(&d));
}

#[test]
fn a_message_of_condolence_is_an_empathetic_comment() {
    let d = doc("Putin's condolences to Erdogan came hours after the earthquake.");
    assert!(coded(&d, "018"), "{:?}", why(&d));
}

// Batch 3.

#[test]
fn patrol_boats_of_a_state_patrolling_are_a_show_of_military_power() {
    let d = doc("Iranian gunboats patrolled the Strait of Hormuz on Monday.");
    assert!(coded(&d, "150"), "{:?}", why(&d));
}

#[test]
fn fighters_handing_over_their_weapons_demobilize_but_a_state_handing_over_arms_does_not() {
    let d = doc("Hamas fighters handed over their weapons to the Palestinian Authority.");
    assert!(coded(&d, "0873"), "{:?}", why(&d));
    let d = doc("Poland handed over its old tanks to Ukraine in April.");
    assert!(!coded(&d, "0873"), "{:?}", why(&d));
}

// Batch 4.

#[test]
fn lifting_curbs_on_freedoms_or_bans_on_parties_eases_them_and_sanctions_stay_sanctions() {
    for (text, code) in [
        (
            "Ethiopia lifted the ban on opposition parties in June.",
            "0812",
        ),
        ("Egypt unbanned the Wafd party.", "0812"),
        (
            "Iran lifted restrictions on internet access on Monday.",
            "0811",
        ),
        ("The United States lifted sanctions on Iran.", "085"),
    ] {
        let d = doc(text);
        assert!(coded(&d, code), "{text}: {:?}", why(&d));
    }
}

// Session 13, second helper, batch 1.

#[test]
fn telephoning_a_leader_is_a_phone_consultation() {
    let d = doc("President Macron telephoned the Iranian president on Sunday.");
    assert!(coded(&d, "041"), "{:?}", why(&d));
}

#[test]
fn finalizing_an_agreement_is_signing_it_but_not_finalizing_rules() {
    for text in [
        "Armenia and Azerbaijan finalized a peace agreement in Washington.",
        "Britain and India finalised a trade deal on Tuesday.",
    ] {
        let d = doc(text);
        assert!(coded(&d, "057"), "{text}: {:?}", why(&d));
    }
    let d = doc("The agency finalized new rules on power plants.");
    assert!(!fired(&d, "diplo.finalize_agreement"), "{:?}", why(&d));
}

#[test]
fn retracting_a_statement_or_admitting_an_error_acknowledges_responsibility() {
    for text in [
        "The Kenyan government retracted its statement on the deaths of the protesters.",
        "The Israeli army admitted a mistake in the strike on the aid convoy.",
    ] {
        let d = doc(text);
        assert!(coded(&d, "015"), "{text}: {:?}", why(&d));
    }
    // A scientific paper retracted is no statement withdrawn.
    let d = doc("The publisher retracted the paper after the data proved wrong.");
    assert!(!fired(&d, "statement.retract"), "{:?}", why(&d));
}

#[test]
fn relinquishing_power_and_acceding_to_demands_are_yielding() {
    for (text, code) in [
        (
            "Sudan's military council relinquished power to a civilian government.",
            "0831",
        ),
        (
            "The Serbian government acceded to the students' demands.",
            "083",
        ),
    ] {
        let d = doc(text);
        assert!(coded(&d, code), "{text}: {:?}", why(&d));
    }
    // Acceding to a treaty is joining it, not yielding.
    let d = doc("Ukraine acceded to the Rome Statute in January.");
    assert!(!coded(&d, "083"), "{:?}", why(&d));
}

#[test]
fn repressing_protests_is_violent_repression_but_repressed_memories_are_not() {
    let d = doc("The Iranian authorities repressed the protests in Zahedan.");
    assert!(coded(&d, "175"), "{:?}", why(&d));
    let d = doc("The novelist repressed her memories of the war.");
    assert!(!coded(&d, "175"), "{:?}", why(&d));
}

#[test]
fn postponing_a_strike_or_a_demonstration_eases_dissent_but_an_air_strike_or_a_rally_does_not() {
    for text in [
        "Kenyan teachers postponed their strike until March.",
        "Georgian opposition leaders postponed the demonstration outside parliament.",
    ] {
        let d = doc(text);
        assert!(coded(&d, "082"), "{text}: {:?}", why(&d));
    }
    // An air strike is war; a campaign rally and a vote put off until March are no dissent.
    for text in [
        "Israel postponed the air strike on the port.",
        "The Trump campaign postponed a rally in Ohio.",
        "The Senate postponed the vote until March.",
    ] {
        let d = doc(text);
        assert!(!coded(&d, "082"), "{text}: {:?}", why(&d));
    }
}

// Batch 2.

#[test]
fn regret_expressed_or_remarks_regretted_are_an_apology_but_a_regretted_vote_is_not() {
    for text in [
        "The Japanese prime minister expressed regret to South Korea for the wartime abuses.",
        "The French minister regretted her remarks about Algeria.",
    ] {
        let d = doc(text);
        assert!(coded(&d, "055"), "{text}: {:?}", why(&d));
    }
    let d = doc("The Hungarian president regretted his vote for the treaty.");
    assert!(!coded(&d, "055"), "{:?}", why(&d));
}

#[test]
fn bargaining_with_a_party_is_negotiating() {
    let d = doc("Iran bargained with the European Union over the nuclear deal.");
    assert!(coded(&d, "046"), "{:?}", why(&d));
}

#[test]
fn extending_a_peacekeeping_mandate_provides_peacekeeping_but_a_party_mandate_does_not() {
    let d =
        doc("The Security Council extended the mandate of the UN peacekeeping mission in Lebanon.");
    assert!(coded(&d, "074"), "{:?}", why(&d));
    let d = doc("The Labour Party extended the mandate of its leader in Britain.");
    assert!(!coded(&d, "074"), "{:?}", why(&d));
}

#[test]
fn petitioning_a_court_is_an_official_complaint() {
    let d = doc("Pakistani opposition leaders petitioned the Supreme Court over the election.");
    assert!(coded(&d, "114"), "{:?}", why(&d));
}

// Batch 3.

#[test]
fn a_leader_rallying_supporters_or_rallying_behind_a_candidate_is_no_protest() {
    for text in [
        "Senator Sanders rallied his supporters in Vermont on Monday.",
        "President Obama rallied Democrats behind Hillary Clinton in Philadelphia.",
        "Republican senators rallied behind Donald Trump in July.",
    ] {
        let d = doc(text);
        assert!(!fired(&d, "protest.rally"), "{text}: {:?}", why(&d));
    }
    // Protesters rallying in a city against a law still demonstrate.
    let d =
        doc("Thousands of Georgian students rallied in Tbilisi against the foreign agents law.");
    assert!(coded(&d, "141"), "{:?}", why(&d));
}

// Batch 4.

#[test]
fn discarding_accusations_decreasing_aid_and_lessening_sanctions_are_coded() {
    for (text, code) in [
        (
            "Rwanda discarded the accusations of the United Nations experts.",
            "016",
        ),
        (
            "The United States decreased its aid to Egypt in 2013.",
            "162",
        ),
        (
            "The European Union lessened its sanctions on Belarus.",
            "085",
        ),
    ] {
        let d = doc(text);
        assert!(coded(&d, code), "{text}: {:?}", why(&d));
    }
    // Lessening a burden or decreasing taxes is no eased sanction or cut aid.
    let d = doc("The French government lessened the tax burden on farmers.");
    assert!(!coded(&d, "085"), "{:?}", why(&d));
}
