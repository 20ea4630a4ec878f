//! Session 22: argument choice and acts that are none, found by judging random samples of
//! the session-start build's events on TimeBank+AQUAINT and PolNeAR train. Each test holds
//! invented sentences of the wrong shape, and one of the reading that still codes.

use crate::common;

use common::{coded, doc, none_of, rows};

/// `text` holds no event of root `root` whose source code starts with `src`.
fn not_by(text: &str, src: &str, root: &str) {
    let d = doc(text);
    assert!(
        !rows(&d).iter().any(|(s, _, c)| {
            s.as_deref().is_some_and(|s| s.starts_with(src)) && c.starts_with(root)
        }),
        "{text}: {:?}",
        rows(&d)
    );
}

#[test]
fn an_ing_noun_after_an_article_number_or_adjective_is_no_verb() {
    // Read as a verb, the noun took its actors from the phrases around it: the place of a
    // history, the country of a warrant.
    none_of(
        "Mourners in Nairobi remembered the deadliest mass shooting in Kenyan history on \
         Sunday.",
        "19",
    );
    none_of(
        "The Ghanaian warrant charged the man over the 2019 shooting of a Togolese trader.",
        "19",
    );
    // A demonym before the noun names its doer, and the verb's reading stands.
    coded(
        "A German warning about the tariffs angered China.",
        "DEU",
        None,
        "11",
    );
    // The verb itself still acts.
    coded(
        "Kenyan police were shooting at protesters in Nairobi on Tuesday.",
        "KEN",
        Some("KEN"),
        "19",
    );
}

#[test]
fn a_persons_kin_or_supporters_do_not_act_as_that_person() {
    // The possessor names the one the doer is related to: no doer of its code.
    not_by(
        "Gabriel Boric's wife criticized Peru on Friday.",
        "CHL",
        "11",
    );
    not_by(
        "Gabriel Boric's father, Luis, criticized Peru on Friday.",
        "CHL",
        "11",
    );
    not_by(
        "President Gabriel Boric's biggest supporters insisted that Peru must withdraw its \
         troops.",
        "CHL",
        "10",
    );
    // His campaign is his side; a party's or group's supporters are that side.
    coded(
        "Gabriel Boric's campaign criticized Peru on Friday.",
        "CHL",
        Some("PER"),
        "11",
    );
    coded(
        "Chilean opposition supporters protested against Boric on Friday.",
        "CHLOPP",
        Some("CHL"),
        "14",
    );
    // What is done to kin still touches the person.
    coded(
        "Peruvian police detained Gabriel Boric's son on Friday.",
        "PER",
        Some("CHL"),
        "17",
    );
    coded(
        "Gabriel Boric and his supporters criticized Peru on Friday.",
        "CHL",
        Some("PER"),
        "11",
    );
}
