//! Session 28: "they" or "them" for a group named just before by a common noun the KB cannot
//! code ("protesters", "farmers"): the pronoun is a mention of that group, so the act's side
//! is printed by the group's text with a null code, as the phrase itself would be. Only when
//! the group is the nearest party before the pronoun, in its sentence or the one before, and
//! the only plural group there; never inside a quotation. Sentences are invented.

use crate::qa22_sides::{has_side, lacks_source, sides};

/// No event of `text` with CAMEO code `cameo` has a side printed as `name`.
fn lacks_side_of(text: &str, cameo: &str, name: &str) {
    let got = sides(text);
    assert!(
        !got.iter()
            .any(|g| g.ends_with(&format!(" {cameo}")) && g.contains(&format!("{name}["))),
        "{text}\n{name} should be no side of {cameo}\ngot {got:?}"
    );
}

#[test]
fn them_after_a_group_in_its_sentence_is_that_group() {
    has_side(
        "Kenyan police detained dozens of students on Monday and later accused them of rioting.",
        "Kenyan police[KENCOP] -> students[-] 112",
    );
}

#[test]
fn they_opening_a_sentence_is_the_group_of_the_sentence_before() {
    has_side(
        "Hundreds of farmers marched through the city on Monday. They demanded lower fuel prices from the Kenyan government.",
        "farmers[-] -> the Kenyan government[KENGOV] 100",
    );
}

#[test]
fn two_different_groups_before_leave_they_unresolved() {
    let text = "Students and farmers marched through the city on Monday. They demanded lower fuel prices from the Kenyan government.";
    lacks_side_of(text, "100", "farmers");
    lacks_side_of(text, "100", "Students");
}

#[test]
fn a_party_named_between_blocks_the_group() {
    lacks_side_of(
        "Hundreds of farmers met President William Ruto on Monday. They demanded lower fuel prices from the Kenyan government.",
        "100",
        "farmers",
    );
}

#[test]
fn they_inside_a_quotation_is_not_the_group_outside_it() {
    lacks_source(
        "Kenyan police detained dozens of students on Monday. \"They attacked our officers,\" the minister said.",
        "students[",
    );
}
