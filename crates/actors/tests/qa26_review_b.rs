//! Session 26, review: a mayor named with "of" and a town the gazetteer places abroad is
//! that town's, no American officeholder, in an American story too; an American town's
//! mayor stays the United States' government (USAGOV).

use crate::common::code_in_american_story as code_of;

#[test]
fn a_mayor_of_a_town_abroad_is_not_american() {
    let text = "Mayor Ana Ruiz of Kyiv criticized the White House on Monday.";
    assert_ne!(
        code_of(text, "Ana Ruiz").as_deref(),
        Some("USAGOV"),
        "{text}"
    );
}

#[test]
fn a_mayor_of_an_american_town_is_the_us_government() {
    let text = "Mayor Ana Ruiz of Dayton criticized the White House on Monday.";
    assert_eq!(
        code_of(text, "Ana Ruiz").as_deref(),
        Some("USAGOV"),
        "{text}"
    );
}
