//! Session 22: argument choice and acts that are none, found by judging random samples of
//! the session-start build's events on TimeBank+AQUAINT and PolNeAR train. Each test holds
//! invented sentences of the wrong shape, and one of the reading that still codes.

use crate::common;

use common::{assert_event, code_of, coded, codes, doc, has, none_of, not_by, rows};

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
        "A Turkish shelling of the border town angered Syria.",
        "TUR",
        None,
        "19",
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
        "Kenya has firmly denied any part in last year's raids, and Uganda has never openly \
         accused its larger neighbour of involvement.",
        "KEN",
        None,
        "01",
    );
    coded(
        "The Kenyan delegation refused to initial the draft through three rounds of talks, and \
         Uganda moved its deadline to Tuesday.",
        "KEN",
        None,
        "12",
    );
    coded(
        "The Kenyan police investigated the circumstances around the death of a clerk, an \
         incident Uganda called suspicious in a statement.",
        "KEN",
        None,
        "09",
    );
    for text in [
        "Kenya has firmly denied any part in last year's raids, and Uganda has never openly \
         accused its larger neighbour of involvement.",
        "The Kenyan police investigated the circumstances around the death of a clerk, an \
         incident Uganda called suspicious in a statement.",
    ] {
        let d = doc(text);
        assert!(!has(&d, "KEN", Some("UGA"), ""), "{text}: {:?}", rows(&d));
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
        "\"We heard a blast,\" said a Kenyan consular officer in Kampala, who declined to give \
         his name.",
        "KEN",
        None,
        "01",
    );
    not_by(
        "\"We heard a blast,\" said a Kenyan consular officer in Kampala, who declined to give \
         his name.",
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
            "Sudan has still not freed the hundreds of Darfuri fighters it promised to release \
             under the accord signed in Juba in March, the justice minister said.",
            "SDN",
            "",
            "03",
        ),
    ] {
        let d = doc(text);
        let found = d.events.iter().any(|e| {
            !e.negated
                && e.cameo.starts_with(root)
                && code_of(&d, e.source).is_some_and(|c| c.starts_with(src))
                && (tgt.is_empty() || code_of(&d, e.target).is_some_and(|c| c.starts_with(tgt)))
        });
        assert!(found, "{text}: {:?}", rows(&d));
        assert!(
            !d.events
                .iter()
                .any(|e| e.negated && e.cameo.starts_with(root)),
            "{text}: {:?}",
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
        "Yoweri Museveni, facing Kenyan troops along the frontier, sought calm by promising to \
         pull out of Rwandan territory.",
        "UGA",
        None,
        "03",
    );
    not_by(
        "Yoweri Museveni, facing Kenyan troops along the frontier, sought calm by promising to \
         pull out of Rwandan territory.",
        "KEN",
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

#[test]
fn an_unresolved_i_is_the_speaker_not_an_actor_read_leftwards() {
    // The "I" of a quote does the act; the country named before it in the quote does not.
    not_by(
        "President William Ruto spoke in Nairobi on Monday. \"Uganda has lobbied hard against \
         the plan and I don't blame them,\" Ruto said.",
        "UGA",
        "11",
    );
    not_by(
        "\"Uganda has built a strong case, and I condemn its tactics all the same,\" Ruto said.",
        "UGA",
        "11",
    );
    not_by(
        "\"Tanzania has done the right thing, and I support Tanzania,\" Ruto said.",
        "TZA",
        "05",
    );
    // A named subject still acts.
    coded(
        "\"Uganda has built a strong case, and Kenya condemns its tactics all the same,\" Ruto \
         said.",
        "KEN",
        None,
        "11",
    );
}

#[test]
fn a_private_role_of_the_actors_stage_is_no_political_role_of_a_speaker() {
    // The event coder reads the actors stage's one list of private roles: a refugee's (REF)
    // accusation is a private person's, as a farmer's is (was kept as a political role's).
    none_of("Juan Ortiz, a refugee, accused Maria Lopez of lying.", "11");
    none_of("Juan Ortiz, a farmer, accused Maria Lopez of lying.", "11");
    // A named person with a political role still speaks politically.
    let text = "Juan Ortiz, an opposition leader, accused Maria Lopez of lying.";
    let d = doc(text);
    assert!(
        d.events.iter().any(|e| e.cameo.starts_with("11")),
        "{text}: {:?}",
        rows(&d)
    );
}

#[test]
fn a_warning_noun_names_the_one_warned_after_to() {
    // The noun names its target after "to" (was no event: a warning needs the one warned).
    coded(
        "Russia's warning to Japan came on Monday.",
        "RUS",
        Some("JPN"),
        "11",
    );
    coded(
        "The warnings to Japan from Russia grew sharper.",
        "RUS",
        Some("JPN"),
        "11",
    );
    // A warning to no one, of weather, or against a thing, is no disapproval.
    none_of("Russia's warning about the economy came on Monday.", "11");
    none_of("A storm warning to Japan was issued on Monday.", "11");
    none_of(
        "Russia's warning against complacency in Japan came on Monday.",
        "11",
    );
    // Issued, the warning is the verb's content: one event, not two.
    let text = "Russia issued a warning to Japan on Monday.";
    let d = doc(text);
    let n = d
        .events
        .iter()
        .filter(|e| e.cameo.starts_with("11"))
        .count();
    assert_eq!(n, 1, "{text}: {:?}", rows(&d));
}
