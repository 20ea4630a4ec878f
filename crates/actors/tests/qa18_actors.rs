//! Session 18: who the actors of real news are, on sentences of our own: persons the text
//! names and titles but the KB does not know.

mod common;

use common::{assert_named_code, resolve_parsed, us_story};

#[test]
fn a_state_office_title_without_a_state_codes_the_holder_in_an_american_story() {
    let doc = us_story(
        "Sen. Dana Whitcombe criticized the plan on Tuesday. Gov. Lorna Pettibone said the \
         state would wait. Former Rep. Amos Kettering endorsed Clinton.",
    );
    assert_named_code(&doc, "Dana Whitcombe", Some("USALEG"));
    assert_named_code(&doc, "Lorna Pettibone", Some("USAGOV"));
    assert_named_code(&doc, "Amos Kettering", Some("USAELI"));
}

#[test]
fn a_state_office_title_without_a_state_codes_nobody_outside_an_american_story() {
    // a Philippine story: its senators and governors are no US officeholders
    let doc = resolve_parsed(
        "President Rodrigo Duterte met Philippine lawmakers in Manila on Monday. \
         Sen. Dana Whitcombe criticized the plan. Gov. Lorna Pettibone of the province said \
         Manila would wait.",
        (2018, 5, 2),
    );
    assert_named_code(&doc, "Dana Whitcombe", None);
    assert_named_code(&doc, "Lorna Pettibone", None);
}
