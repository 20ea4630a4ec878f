//! Session 22: argument choice and acts that are none, found by judging random samples of
//! the session-start build's events on TimeBank+AQUAINT and PolNeAR train. Each test holds
//! invented sentences of the wrong shape, and one of the reading that still codes.

use crate::common;

use common::{assert_event, coded, codes, doc, none_of, rows};

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

#[test]
fn the_subject_of_a_later_tensed_clause_is_no_phrase_of_the_act() {
    // Read rightwards, the next clause's doer was taken into a phrase of the trigger.
    coded(
        "Kenya has vigorously denied any role in the 2019 attacks, and Uganda has never \
         formally accused its important neighbor of complicity.",
        "KEN",
        None,
        "01",
    );
    coded(
        "The Kenyan minister refused to sign the agreement through two days of talks, and \
         Uganda extended its deadline until Tuesday.",
        "KEN",
        None,
        "12",
    );
    coded(
        "The Kenyan police investigated the circumstances surrounding the death of a clerk, an \
         incident Uganda called suspicious in an interview.",
        "KEN",
        None,
        "09",
    );
    for text in [
        "Kenya has vigorously denied any role in the 2019 attacks, and Uganda has never \
         formally accused its important neighbor of complicity.",
        "The Kenyan police investigated the circumstances surrounding the death of a clerk, an \
         incident Uganda called suspicious in an interview.",
    ] {
        let d = doc(text);
        assert!(
            !rows(&d)
                .iter()
                .any(|(s, t, _)| s.as_deref() == Some("KEN") && t.as_deref() == Some("UGA")),
            "{text}: {:?}",
            rows(&d)
        );
    }
    // An infinitive's or gerund's subject is still the one acted on.
    coded(
        "North Korea allowed UN inspectors to visit the site.",
        "PRK",
        Some("IGOUNO"),
        "08",
    );
    coded(
        "China accused the United States of interfering in its internal affairs.",
        "CHN",
        Some("USA"),
        "11",
    );
}

#[test]
fn a_participle_after_get_is_a_passive() {
    // The subject of "got arrested" is the one arrested, not the one arresting.
    not_by(
        "The Kenyan ambassador got arrested in Kampala on Friday.",
        "KEN",
        "17",
    );
    not_by(
        "The Ugandan opposition leader is going to get arrested, Kenya warned.",
        "UGA",
        "17",
    );
    coded(
        "The Kenyan minister got criticized by Uganda for the remarks.",
        "UGA",
        Some("KEN"),
        "11",
    );
    // A participle with its own auxiliary is read as before.
    coded(
        "The Kenyan ambassador was arrested by Ugandan police in Kampala.",
        "UGA",
        Some("KEN"),
        "17",
    );
}

#[test]
fn a_relative_clause_after_a_place_describes_the_noun_before_it() {
    // The official in the capital refused, not the capital's government.
    coded(
        "\"It was a bomb,\" said a Kenyan embassy official in Kampala, who refused to identify \
         himself.",
        "KEN",
        None,
        "01",
    );
    not_by(
        "\"It was a bomb,\" said a Kenyan embassy official in Kampala, who refused to identify \
         himself.",
        "UGA",
        "01",
    );
    // A relative pronoun right after an actor still stands for it.
    coded(
        "The Kenyan president, who met Ugandan officials in Kampala, criticized Uganda on \
         Monday.",
        "KEN",
        Some("UGA"),
        "11",
    );
}

#[test]
fn a_negation_of_another_verb_does_not_negate_the_act() {
    // The "not" of a clause below the act, or of the one before it, is that clause's.
    for (text, src, tgt, root) in [
        (
            "Although Kenya was not consulted, it has accused Uganda of blocking the talks.",
            "KEN",
            "UGA",
            "11",
        ),
        (
            "The Kenyan president, who did not attend the summit, criticized Uganda on Monday.",
            "KEN",
            "UGA",
            "11",
        ),
        (
            "Ethiopia has not yet freed the thousands of Oromo fighters it promised to release \
             under the peace deal signed in Nairobi in May, the justice minister said.",
            "ETH",
            "",
            "03",
        ),
    ] {
        assert_event(text, |e| {
            !e.negated
                && e.cameo.starts_with(root)
                && e.source.is_some()
                && (tgt.is_empty() || e.target.is_some())
        });
        let d = doc(text);
        assert!(
            !d.events
                .iter()
                .any(|e| e.negated && e.cameo.starts_with(root)),
            "{text}: {:?} ({src})",
            codes(&d)
        );
    }
    // A negation of the act, or of a verb above it, still negates it.
    assert_event("Kenya did not agree to meet Uganda.", |e| {
        e.negated && e.cameo.starts_with("03")
    });
    assert_event("Kenya has not criticized Uganda.", |e| {
        e.negated && e.cameo.starts_with("11")
    });
}

#[test]
fn the_object_of_a_participle_clause_set_off_by_commas_is_no_doer() {
    // Read leftwards, the troops faced were taken for the one who promised.
    coded(
        "Saddam Hussein, facing U.S. troops at the Saudi border, sought peace by promising to \
         withdraw from Iranian territory.",
        "IRQ",
        Some("IRN"),
        "03",
    );
    not_by(
        "Saddam Hussein, facing U.S. troops at the Saudi border, sought peace by promising to \
         withdraw from Iranian territory.",
        "USA",
        "03",
    );
    // With no comma closing it, the participle's clause runs on to the act: ", saying Ugandan
    // troops threatened" keeps its subject.
    coded(
        "Kenya sent troops to the border, saying Ugandan troops threatened Kenyan villages.",
        "UGA",
        Some("KEN"),
        "13",
    );
}
