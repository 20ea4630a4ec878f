//! Session 26: a mayor titled before a name in an American story is the United States'
//! government (USAGOV, as Phoenix codes MAYOR); a town before the title that the gazetteer
//! places in the United States names no other body, a foreign one does.

use crate::common::code_in_american_story as code_of;

#[test]
fn a_mayor_after_an_american_town_is_the_us_government() {
    for text in [
        "Mayor Ana Ruiz criticized the White House on Monday.",
        "Denver Mayor Ana Ruiz criticized the White House on Monday.",
    ] {
        assert_eq!(
            code_of(text, "Ana Ruiz").as_deref(),
            Some("USAGOV"),
            "{text}"
        );
    }
}

#[test]
fn a_mayor_after_a_foreign_town_is_not_american() {
    let text = "Lyon Mayor Ana Ruiz criticized the White House on Monday.";
    assert_eq!(code_of(text, "Ana Ruiz"), None, "{text}");
}
