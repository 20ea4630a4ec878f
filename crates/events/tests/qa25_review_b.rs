//! Session 25 review of the business, sport and private-party rules (`commerce.rs`,
//! `senses.rs`), by invented probe sentences at each rule's edge: where a rule dropped a
//! political act, the act stays here, next to the shape the rule was written for.

use crate::common;

use common::{coded, none_of, some_of};

#[test]
fn a_noun_of_people_or_a_body_that_attacks_or_threatens_is_no_thing() {
    // Only a force of nature, a disease, a force of the economy or a contest is a thing
    // that assails; any other noun may name people or a body with no mention.
    some_of("The navy attacked the Ugandan embassy on Monday.", "19");
    some_of("The junta threatened Uganda on Monday.", "13");
    some_of(
        "The vigilantes attacked the Ugandan embassy on Monday.",
        "19",
    );
    // The things stay no one's act.
    none_of("The storm threatened Cuba on Monday.", "13");
    none_of(
        "High prices attacked the incomes of Mexican families.",
        "11",
    );
}

#[test]
fn a_country_word_on_a_public_person_names_the_state() {
    // A spokesman, a consul, a mayor or a minister named by the country word acts for it,
    // even when the other side is no political actor.
    coded(
        "The Israeli spokesman rejected the Palestinian demand for a freeze.",
        "ISR",
        Some("PSE"),
        "12",
    );
    coded(
        "The Kenyan consul visited Uganda on Tuesday.",
        "KEN",
        Some("UGA"),
        "04",
    );
    some_of("The Kenyan mayor resigned on Monday.", "083");
    some_of(
        "The Kenyan defense minister stepped down on Tuesday.",
        "083",
    );
    // A player or a team stays a private party.
    none_of(
        "The Iranian wrestling team traveled to the United States.",
        "04",
    );
}

#[test]
fn a_public_office_or_political_camp_as_subject_is_no_private_party() {
    some_of("Mayors criticized the Kenyan bank over the loans.", "11");
    some_of(
        "The hardliners criticized the Kenyan bank over the loans.",
        "11",
    );
    // Private people dealing with a business stay no political act.
    none_of(
        "The students criticized the Kenyan bank over the loans.",
        "11",
    );
}

#[test]
fn leaving_a_central_bank_is_leaving_a_state_office() {
    some_of(
        "The chairman of the Greek central bank resigned on Monday.",
        "083",
    );
    some_of(
        "The head of the Japanese central bank resigned on Friday.",
        "083",
    );
    // A company's office stays private.
    none_of(
        "The chairman of the Japanese carmaker Toyota resigned on Friday.",
        "083",
    );
}
