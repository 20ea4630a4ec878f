//! Session 28, denied reports: an act inside a report, claim, rumour or speculation that a
//! verb of denial or rejection answers is not stated as done; it is dropped as the content
//! of "denied that ..." is. A confirmed report keeps its act. Sentences are invented.

use crate::common;

use common::{coded, coded_by, none_of};

#[test]
fn troops_sent_in_rejected_reports_are_no_troops_sent() {
    let text = "The Lebanese army rejected reports that Israel had sent troops into the valley.";
    coded_by(text, "LBNMIL", "01");
    none_of(text, "15");
}

#[test]
fn a_meeting_in_denied_media_speculation_is_no_meeting() {
    let text = "Egypt denied media speculation that Cairo had met Hamas leaders.";
    coded_by(text, "EGY", "01");
    none_of(text, "04");
}

#[test]
fn a_seizure_in_dismissed_rumours_is_no_seizure() {
    let text = "The Iranian foreign ministry dismissed rumours that Iran had seized the tanker.";
    coded_by(text, "IRNGOV", "01");
    none_of(text, "17");
}

#[test]
fn shelling_in_rejected_claims_is_no_shelling() {
    let text = "The Syrian government rejected claims that Turkey had shelled the town.";
    coded_by(text, "SYRGOV", "01");
    none_of(text, "19");
}

#[test]
fn shelling_in_denied_allegations_is_no_shelling() {
    let text = "Pakistan denied allegations that its army had shelled Indian villages.";
    coded_by(text, "PAK", "01");
    none_of(text, "19");
}

#[test]
fn troops_sent_in_confirmed_reports_stay_a_fact() {
    coded(
        "Israeli officials confirmed reports that Israel had sent troops into the valley.",
        "ISR",
        None,
        "15",
    );
}
