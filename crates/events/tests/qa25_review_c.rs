//! Session 25, review of the second-round event-noun rules by invented probes: where the
//! background rule (`background_noun`) dropped a noun whose doers the sentence names.

use crate::common::{codes, doc};

/// Does `text` code an event from the entry `rule`?
fn rule_coded(text: &str, rule: &str) -> bool {
    doc(text).events.iter().any(|e| e.evidence.rule == rule)
}

#[test]
fn background_talks_between_two_named_parties_stay_talks() {
    let text = "The rouble steadied amid talks between Russia and Ukraine in Istanbul.";
    assert!(
        rule_coded(text, "noun.talks"),
        "{text}: {:?}",
        codes(&doc(text))
    );
    let text = "The yen slipped after talks between Japan and China broke down.";
    assert!(
        rule_coded(text, "noun.talks"),
        "{text}: {:?}",
        codes(&doc(text))
    );
}

#[test]
fn background_talks_with_one_party_stay_dropped() {
    let text = "Fears grew over the talks with Iran.";
    assert!(
        !rule_coded(text, "noun.talks"),
        "{text}: {:?}",
        codes(&doc(text))
    );
}
