//! Session 28: "they" or "them" for a group named just before by a common noun the KB cannot
//! code ("protesters", "farmers"): the pronoun is a mention of that group, so the act's side
//! is printed by the group's text with a null code, as the phrase itself would be. Only when
//! the group is the nearest party before the pronoun, in its sentence or the one before, and
//! the only plural group there; never inside a quotation. Sentences are invented.

use crate::qa22_sides::{lacks_side, sides};

/// Some event of `text` has a side printed as `name` with no code.
fn has_uncoded_side(text: &str, name: &str) {
    let got = sides(text);
    assert!(
        got.iter().any(|g| g.contains(&format!("{name}[-]"))),
        "{text}\nwant a side {name}[-]\ngot {got:?}"
    );
}

#[test]
fn them_after_a_group_in_its_sentence_is_that_group() {
    has_uncoded_side(
        "Police detained dozens of protesters on Monday and later released them.",
        "protesters",
    );
}

#[test]
fn they_opening_a_sentence_is_the_group_of_the_sentence_before() {
    has_uncoded_side(
        "Hundreds of farmers marched on the capital on Monday. They demanded lower fuel prices from the government.",
        "farmers",
    );
}

#[test]
fn two_different_groups_before_leave_they_unresolved() {
    lacks_side(
        "Students and farmers marched through the city on Monday. They demanded lower fuel prices from the government.",
        "farmers",
    );
    lacks_side(
        "Students and farmers marched through the city on Monday. They demanded lower fuel prices from the government.",
        "Students",
    );
}

#[test]
fn a_party_named_between_blocks_the_group() {
    lacks_side(
        "Hundreds of farmers met President Emmanuel Macron on Monday. They demanded lower fuel prices.",
        "farmers",
    );
}

#[test]
fn they_inside_a_quotation_is_not_the_group_outside_it() {
    lacks_side(
        "Police detained dozens of protesters on Monday. \"They attacked our officers,\" the minister said.",
        "protesters",
    );
}
