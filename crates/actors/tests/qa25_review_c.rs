//! Session 25, review of the pronoun rules by invented probes: "his" in a phrase opening
//! the sentence looks back to the person the sentence before is about, not ahead to the
//! new subject, unless that person is named again in the sentence.

use crate::common;

use common::{found, resolve_parsed};

#[test]
fn his_in_an_opening_phrase_after_a_sentence_about_another_man_is_that_man() {
    let doc = resolve_parsed(
        "Peter Lind visited Oslo on Monday. During his visit, Daniel Okafor criticised Norway.",
        (1991, 2, 25),
    );
    assert_eq!(found(&doc, "his").name, "Peter Lind");
}

#[test]
fn his_in_an_opening_phrase_naming_the_man_before_is_the_new_subject() {
    let doc = resolve_parsed(
        "Peter Lind met Daniel Okafor on Monday. After his talks with Lind, Daniel Okafor \
         criticised Norway.",
        (1991, 2, 25),
    );
    assert_eq!(found(&doc, "his").name, "Daniel Okafor");
}

#[test]
fn his_in_an_opening_phrase_after_a_sentence_about_a_woman_is_the_new_subject() {
    let doc = resolve_parsed(
        "Maria Lind visited Oslo on Monday. During his visit, Daniel Okafor criticised Norway.",
        (1991, 2, 25),
    );
    assert_eq!(found(&doc, "his").name, "Daniel Okafor");
}
