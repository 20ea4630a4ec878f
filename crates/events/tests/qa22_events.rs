//! Session 22: argument choice and acts that are none, found by judging random samples of
//! the session-start build's events on TimeBank+AQUAINT and PolNeAR train. Each test holds
//! invented sentences of the wrong shape, and one of the reading that still codes.

use crate::common;

use common::{coded, none_of};

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
