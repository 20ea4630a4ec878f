//! Session 24: actor codes and flags a blind judge found wrong on real news. Flags: a modal or
//! condition of a clause inside the act's words made a done act hypothetical ("The accord,
//! which would fund two new ports, was signed"; "agreed that the talks will succeed if ...";
//! "if not for independence" is no condition), and an act offered or committed to was printed
//! as done. Each test holds invented sentences of the shape and, where it helps, one of the
//! reading that stays as it was. Actors: the people of a faith named by a plural noun
//! ("Muslims", "the Catholics", "French Jews") were no actor or their country alone; forces
//! withdrawn from a country were coded as that country's ("Israel withdrew its forces from
//! Lebanon" LBNMIL); the leaders and officials of a union, of exiles or of businesses were
//! coded as the state's government ("Chilean union leaders" CHLGOV).

use crate::common;

use common::{assert_event, has, rows};

#[test]
fn a_modal_of_a_relative_clause_on_the_subject_leaves_the_act_done() {
    assert_event(
        "The accord, which would fund two new ports, was signed on Monday by Armenia and Moldova.",
        |e| e.cameo.starts_with("057") && !e.hypothetical,
    );
    // So is one of a clause with its own subject that the parse hangs elsewhere.
    assert_event(
        "Armenia is committed to confronting smugglers wherever they may operate, and we welcome the steps from Georgia.",
        |e| e.cameo.starts_with("05") && !e.hypothetical,
    );
    // The act's own modal still counts.
    assert_event(
        "The accord will be signed Saturday by Armenia and Moldova.",
        |e| e.cameo.starts_with("057") && e.hypothetical,
    );
}

#[test]
fn a_condition_inside_the_words_of_an_act_is_not_the_acts_own() {
    // The if-clause hangs on a clause with a subject of its own, or opens right after
    // "that": the promise, the warning and the criticism were made.
    assert_event(
        "Senator Ana Vidal promised that if voters elected her, she would cut taxes.",
        |e| e.cameo.starts_with("03") && !e.hypothetical,
    );
    assert_event(
        "Federal prosecutors warned Senator Tomas Berwick that if he is charged, the state may seize his assets.",
        |e| e.cameo.starts_with("11") && !e.hypothetical,
    );
    assert_event(
        "Senator Ana Vidal asked Governor Tomas Berwick to tell the president that the party would object if he were fired.",
        |e| e.cameo.starts_with("02") && !e.hypothetical,
    );
    // The if-clause of a relative clause on the act's object.
    assert_event(
        "Neither Merkel nor Hollande has gone as far as British Prime Minister David Cameron in chiding Donald Trump who, if he wins in November, would lead the country.",
        |e| e.cameo.starts_with("11") && !e.hypothetical,
    );
    // A threat on a condition is conditional (the contract's `hypothetical`).
    assert_event(
        "Russia warned that it would strike Kyiv if Ukraine fired missiles at Moscow.",
        |e| e.cameo.starts_with("13") && e.hypothetical,
    );
    // The act's own condition still counts.
    assert_event(
        "Moldova will sign the accord if Armenia withdraws its troops.",
        |e| e.cameo.starts_with("057") && e.hypothetical,
    );
}

#[test]
fn if_not_before_a_stronger_alternative_is_no_condition() {
    assert_event(
        "The Kurds urged the United States to back their struggle for autonomy, if not for independence.",
        |e| e.cameo.starts_with("02") && !e.hypothetical,
    );
    // "if not" with a verb of its own is a condition.
    assert_event("Turkey will sanction Armenia if not paid by Friday.", |e| {
        e.hypothetical
    });
}

#[test]
fn an_act_a_commitment_is_made_to_is_not_done() {
    assert_event(
        "Japan made a commitment to help negotiate a ceasefire between Iran and Iraq.",
        |e| e.cameo.starts_with("04") && e.hypothetical,
    );
}

#[test]
fn the_people_of_a_faith_named_by_a_plural_noun_act_as_that_faith() {
    // Capitalised (the tagger reads some as proper nouns), with or without a country.
    for (text, code, target, root) in [
        (
            "Muslims protested outside the embassy on Friday.",
            "MOS",
            None,
            "14",
        ),
        (
            "Shiites attacked the army barracks in Basra on Sunday.",
            "MOS",
            None,
            "19",
        ),
        (
            "The Catholics demanded an apology from the government of Poland.",
            "CHRCTH",
            Some("POLGOV"),
            "10",
        ),
        ("French Jews protested on Sunday.", "FRAJEW", None, "14"),
        ("Hindus in India protested on Sunday.", "INDHIN", None, "14"),
    ] {
        let d = common::doc(text);
        assert!(has(&d, code, target, root), "{text}: {:?}", rows(&d));
    }
}

#[test]
fn forces_withdrawn_from_a_country_are_not_that_countrys() {
    // Owned forces, forces a verb of withdrawal moves, and a demonym describing a noun of
    // its own: the country after "from" is the place left, the act's target.
    for (text, src, tgt) in [
        (
            "Israel withdrew its forces from Lebanon on Monday.",
            "ISR",
            "LBN",
        ),
        ("Iraq withdrew troops from Kuwait on Monday.", "IRQ", "KWT"),
        (
            "Iraq began withdrawing its troops from Iranian territory on Friday.",
            "IRQ",
            "IRN",
        ),
    ] {
        let d = common::doc(text);
        let rows = rows(&d);
        assert!(has(&d, src, Some(tgt), "08"), "{text}: {rows:?}");
        assert!(
            rows.iter()
                .all(|(_, t, _)| !t.as_deref().is_some_and(|t| t.ends_with("MIL"))),
            "{text}: {rows:?}"
        );
    }
    // A clause opener ends the phrase: "only if Israel" names no troops of Israel.
    let text = "Iraq will withdraw its troops from Kuwait only if Israel withdraws from Gaza.";
    let found = rows(&common::doc(text));
    assert!(
        found.iter().all(|(_, t, _)| t.as_deref() != Some("ISRMIL")),
        "{text}: {found:?}"
    );
    // Troops who come from a country are still its own.
    let text = "Troops from Fiji arrived in Lebanon on Monday.";
    let d = common::doc(text);
    assert!(
        has(&d, "FJIMIL", Some("LBN"), "04"),
        "{text}: {:?}",
        rows(&d)
    );
}

#[test]
fn leaders_of_unions_exiles_and_students_named_with_a_demonym_are_not_its_government() {
    for (text, code) in [
        (
            "SANTIAGO, Chile (AP) _ Chilean union leaders criticized President Patricio Aylwin.",
            "CHLLAB",
        ),
        (
            "MIAMI (AP) _ Cuban exile leaders criticized Fidel Castro on Monday.",
            "CUBOPP",
        ),
        (
            "SEOUL (AP) _ South Korean student leaders criticized President Roh Tae-woo.",
            "KOREDU",
        ),
    ] {
        common::coded_by(text, code, "11");
    }
}

#[test]
fn officials_of_a_private_owner_named_after_them_take_no_story_government() {
    // The owner in the phrase after the noun, past a possessive mark ("the musicians'
    // union") or named by business words ("producers and theater owners"): the criticism
    // of the president is coded, and not as the government's own.
    for text in [
        "WASHINGTON (AP) _ Officials of the musicians' union accused the White House of lying.",
        "WASHINGTON (AP) _ Negotiators for producers and theater owners criticized the White House.",
    ] {
        let d = common::doc(text);
        let rows = rows(&d);
        let words: Vec<_> = rows
            .iter()
            .filter(|(_, t, c)| t.as_deref() == Some("USAGOV") && c.starts_with("11"))
            .collect();
        assert!(!words.is_empty(), "{text}: {rows:?}");
        assert!(
            words.iter().all(|(s, _, _)| s.as_deref() != Some("USAGOV")),
            "{text}: {rows:?}"
        );
    }
}

#[test]
fn a_description_closed_by_a_named_groups_name_is_that_group() {
    // "The militant Muslim group Hamas": one side, the group, and no Israeli rebels from
    // the story's country.
    let text =
        "JERUSALEM (AP) _ The militant Muslim group Hamas attacked an Israeli patrol on Monday.";
    let d = common::doc(text);
    let rows = rows(&d);
    assert!(has(&d, "PSEREB", Some("ISR"), "19"), "{text}: {rows:?}");
    assert!(
        rows.iter().all(|(s, _, _)| s.as_deref() != Some("ISRREB")),
        "{text}: {rows:?}"
    );
}

#[test]
fn a_country_name_hyphened_to_another_capitalised_word_is_a_word_of_that_name() {
    // "Iran-Contra" names an affair, no Iran; two countries so joined stay two.
    for text in [
        "WASHINGTON (AP) _ The Iran-Contra committee criticized the White House on Monday.",
        "WASHINGTON (AP) _ Congress in 1987 in the Iran-Contra Report criticized the White House.",
    ] {
        let d = common::doc(text);
        let rows = rows(&d);
        assert!(
            rows.iter()
                .all(|(s, _, _)| !s.as_deref().is_some_and(|s| s.starts_with("IRN"))),
            "{text}: {rows:?}"
        );
    }
    let text = "Russia-Ukraine talks resumed as Russia met Ukraine in Minsk.";
    let d = common::doc(text);
    assert!(has(&d, "RUS", Some("UKR"), "04"), "{text}: {:?}", rows(&d));
}

#[test]
fn a_deputy_of_a_government_office_is_the_government_not_a_legislator() {
    // "deputy" alone is a legislator (a Duma deputy); before an office's title it is that
    // office's deputy, of the government, and no past holder of the office.
    for (text, code) in [
        ("MOSCOW (AP) _ Russian Deputy Foreign Minister Ivan Petrov criticized Ukraine on Monday.", "RUSGOV"),
        ("BAGHDAD (AP) _ Iraqi deputy prime minister Tariq Aziz criticized Kuwait on Monday.", "IRQGOV"),
        ("MOSCOW (AP) _ A Russian deputy criticized Ukraine on Monday.", "RUSLEG"),
    ] {
        common::coded_by(text, code, "11");
    }
}

#[test]
fn an_event_noun_marked_as_past_is_done_whatever_the_verb_around_it() {
    for text in [
        "Asked about his previous criticisms of Turkey, Greek Foreign Minister Nikos Dendias said that was part of the job.",
        "The minister wants to discuss Iran's repeated accusations against Israel.",
    ] {
        assert_event(text, |e| e.cameo.starts_with("11") && !e.hypothetical);
    }
    // A noun with no such mark still takes the verb's intent.
    assert_event(
        "The minister wants to discuss accusations against Israel.",
        |e| e.cameo.starts_with("11") && e.hypothetical,
    );
}

#[test]
fn officials_of_many_states_described_by_a_region_are_no_one_states_government() {
    for text in [
        "BANGKOK, Thailand (AP) _ Ministers of 12 Asian nations criticized China on Monday. Thailand said the talks went well.",
        "BANGKOK, Thailand (AP) _ Foreign ministers from six Southeast Asian countries criticized China on Monday. Thailand said the talks went well.",
    ] {
        let d = common::doc(text);
        let rows = rows(&d);
        assert!(
            rows.iter()
                .all(|(s, _, c)| !(s.as_deref() == Some("THAGOV") && c.starts_with("11"))),
            "{text}: {rows:?}"
        );
    }
}

#[test]
fn civic_tribal_and_coordinated_private_leaders_are_not_the_story_government() {
    for text in [
        "NAIROBI, Kenya (AP) _ Church and civic leaders demanded that President Daniel arap Moi resign.",
        "NAIROBI, Kenya (AP) _ Tribal leaders demanded that President Daniel arap Moi resign.",
    ] {
        let d = common::doc(text);
        let rows = rows(&d);
        assert!(
            rows.iter().any(|(_, _, c)| c.starts_with("10")),
            "{text}: {rows:?}"
        );
        assert!(
            rows.iter().all(|(s, _, _)| s.as_deref() != Some("KENGOV")),
            "{text}: {rows:?}"
        );
    }
}

#[test]
fn senators_with_no_country_of_their_own_sit_in_the_senate_the_kb_places() {
    // A story about Iran: its senators are no Iranian legislators, but the chamber's own
    // country's, as "the Senate" is (`body_countries.tsv`).
    let text = "Iran rejected the nuclear deal on Monday. Iran's foreign minister criticized the deal. Iran said it would not sign. Sixty senators demanded that Iran release the prisoners.";
    let d = common::doc(text);
    assert!(has(&d, "USALEG", Some("IRN"), "10"), "{:?}", rows(&d));
}

#[test]
fn talks_in_which_a_done_act_was_made_are_no_act_it_asks_for() {
    // The talks are the occasion of the urging, which is stated as done.
    assert_event(
        "In his talks with Hosni Mubarak, the former president urged Israel to stop the raids.",
        |e| e.cameo.starts_with("04") && !e.hypothetical,
    );
    // Talks still to come stay so.
    assert_event(
        "Officials do not expect the tariff quarrel to surface in the Obama-Xi talks.",
        |e| e.cameo.starts_with("04") && e.hypothetical,
    );
}

#[test]
fn an_act_said_to_be_pending_has_not_happened() {
    assert_event(
        "U.S. aid to the Contras is still pending in the Senate.",
        |e| e.cameo.starts_with("07") && e.hypothetical,
    );
}

#[test]
fn even_if_and_an_if_that_asks_whether_condition_no_other_act() {
    for text in [
        "Senator Ana Vidal vowed to work with Tomas Berwick even if he wins the nomination.",
        "The president told Secretary of State Ana Vidal to keep negotiating with Russia to see if a deal was possible.",
    ] {
        assert_event(text, |e| {
            (e.cameo.starts_with("03") || e.cameo.starts_with("04")) && !e.hypothetical
        });
    }
    // The verb of an even-if clause is still no fact.
    let text = "Keep your promises, even if Russia criticizes you, the minister told Armenia.";
    let d = common::doc(text);
    assert!(
        d.events
            .iter()
            .all(|e| !e.cameo.starts_with("11") || e.hypothetical),
        "{text}: {:?}",
        rows(&d)
    );
}

#[test]
fn officials_at_a_one_word_name_nothing_else_reads_are_that_organisations() {
    let text = "LONDON (AP) _ Britain welcomed the plan. Officials at Michelin criticized the British government on Monday.";
    let d = common::doc(text);
    let rows = rows(&d);
    assert!(
        rows.iter()
            .any(|(_, t, c)| t.as_deref() == Some("GBRGOV") && c.starts_with("11")),
        "{text}: {rows:?}"
    );
    assert!(
        rows.iter()
            .all(|(s, _, c)| !(s.as_deref() == Some("GBRGOV") && c.starts_with("11"))),
        "{text}: {rows:?}"
    );
}
