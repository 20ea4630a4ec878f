//! Session 19 review of the business-dealing rule (`src/commerce.rs`): political parties the
//! knowledge base does not code, or codes as businesses, stay political in a sentence about
//! money, and an act whose doer is not found is no dealing between businesses. Invented
//! sentences.

use crate::common;

use common::{codes, doc, has};

/// `text` holds an event of rule `rule`.
fn fires(text: &str, rule: &str) {
    let d = doc(text);
    assert!(
        d.events.iter().any(|e| e.evidence.rule == rule),
        "{text}: {:?}",
        codes(&d)
    );
}

#[test]
fn an_office_holder_no_country_places_stays_political_beside_money() {
    fires(
        "Health Minister Ilse Brandvold pledged to spend $8 million on clinics along the coast.",
        "intent.pledge",
    );
    fires(
        "Senator Tobias Renner urged the bank's shareholders to vote down the takeover.",
        "appeal.urge",
    );
    fires(
        "Governor Elena Sarkis signed an agreement with the brewer to open a plant worth $300 \
         million.",
        "diplo.sign_agreement",
    );
    // A company's officer in the same shape is still a private party.
    let d = doc(
        "Chief Executive Tobias Renner urged the bank's shareholders to vote down the takeover.",
    );
    assert!(
        !d.events.iter().any(|e| e.evidence.rule == "appeal.urge"),
        "{:?}",
        codes(&d)
    );
}

#[test]
fn a_party_the_knowledge_base_does_not_code_is_political() {
    fires(
        "The Social Democratic Party called on the brewer to scrap its dividend.",
        "demand.call_on",
    );
}

#[test]
fn a_central_bank_coded_as_a_business_is_the_states_bank() {
    let text = "Ghana's central bank agreed to lend the state cocoa board $90 million.";
    let d = doc(text);
    assert!(has(&d, "GHA", None, "03"), "{text}: {:?}", codes(&d));
}

#[test]
fn an_act_on_a_company_by_a_doer_not_found_is_no_business_dealing() {
    let text =
        "The Hamas-run ministry accused the Jordanian company of selling its stock of flour \
                abroad.";
    let d = doc(text);
    assert!(
        d.events
            .iter()
            .any(|e| e.evidence.rule == "disapprove.accuse"),
        "{text}: {:?}",
        codes(&d)
    );
}

#[test]
fn abusing_a_market_dominance_or_monopoly_is_no_physical_or_rights_abuse() {
    for text in [
        "The African Union fined the mobile operator $3 million for abusing its market \
         dominance.",
        "The Indian government fined the cement maker for abusing its monopoly in the south.",
        "Kenya accused the airline of abusing its dominance on routes to Europe.",
    ] {
        let d = doc(text);
        assert!(
            !d.events.iter().any(|e| matches!(
                e.evidence.rule.as_str(),
                "assault.abuse" | "disapprove.accuse_hr"
            )),
            "{text}: {:?}",
            codes(&d)
        );
    }
    // A person abused by guards is still an assault, and an accusation of abusing prisoners
    // one of rights abuse.
    fires(
        "Prison guards in Yemen abused two detained reporters, their lawyer said.",
        "assault.abuse",
    );
    fires(
        "Kenya accused the militia of abusing prisoners in its camps.",
        "disapprove.accuse_hr",
    );
}
