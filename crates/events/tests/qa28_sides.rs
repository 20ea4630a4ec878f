//! Session 28, sides: wrong or misplaced sides found judging 150 events of PolNeAR dev (real
//! political news). Sentences are invented.

use crate::common;

use common::{day, has, has_source, pipeline, rows};

#[test]
fn a_state_never_backs_a_bare_government_of_its_own() {
    // "the government" is Sudan's, which the clause does not name; China's own is wrong.
    let d = pipeline(
        "Mass killings continue in the Darfur region of Sudan as China supports the government.",
        day(2016, 9, 20),
    );
    assert!(has(&d, "CHN", None, "05"), "{:?}", rows(&d));
    assert!(!has(&d, "CHN", Some("CHNGOV"), "05"), "{:?}", rows(&d));
}

#[test]
fn states_acting_together_back_no_government_of_either() {
    let d = pipeline(
        "Fighting goes on in the Darfur province of Sudan while China and Russia support the government.",
        day(2016, 9, 20),
    );
    assert!(
        !rows(&d).iter().any(
            |(_, t, c)| c.starts_with("05") && t.as_deref().is_some_and(|t| t.ends_with("GOV"))
        ),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn a_named_government_of_the_acting_state_stays_its_own() {
    // Only a bare description is read as the story's: "the Chinese government" is China's.
    let d = pipeline(
        "Protesters in Beijing criticized the Chinese government on Monday.",
        day(2016, 9, 20),
    );
    assert!(has(&d, "CHN", Some("CHNGOV"), "11"), "{:?}", rows(&d));
}

#[test]
fn a_day_after_said_is_no_passive_subject_of_the_report() {
    // "said Monday that Obama has long called for": the parse made "Monday" a second,
    // passive subject of "called", so Obama read as the one called for.
    let d = pipeline(
        "A White House aide said Monday that President Barack Obama has always called for fair taxes.",
        day(2016, 10, 3),
    );
    assert!(has_source(&d, "USAGOV", "02"), "{:?}", rows(&d));
    assert!(
        !rows(&d)
            .iter()
            .any(|(s, t, c)| c.starts_with("02") && s.is_none() && t.is_some()),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn the_name_before_a_relational_noun_is_not_the_one_named_after_it() {
    // "Trump critic Mark Cuban" is Cuban, not Trump.
    let d = pipeline(
        "Hillary Clinton invited Trump critic Mark Cuban to the debate.",
        day(2016, 9, 25),
    );
    assert!(!has(&d, "USAELI", Some("USAELI"), "02"), "{:?}", rows(&d));
}

#[test]
fn a_name_split_by_a_demonym_after_a_relational_noun_is_no_country() {
    // "Mark Cuban" read as "Mark" and the demonym "Cuban": neither Trump nor Cuba was invited.
    let d = pipeline(
        "Clinton's aides said they were inviting the investor and Trump critic Mark Cuban to the debate.",
        day(2016, 9, 25),
    );
    assert!(
        !rows(&d)
            .iter()
            .any(|(_, t, c)| c.starts_with("02") && t.is_some()),
        "{:?}",
        rows(&d)
    );
}

#[test]
fn the_partys_critic_named_after_a_relational_noun_is_the_doer() {
    // "Putin critic Alexei Navalny denounced": Navalny denounced, not Putin.
    let d = pipeline(
        "Putin critic Alexei Navalny denounced the election in Moscow on Monday.",
        day(2016, 9, 25),
    );
    assert!(!has(&d, "RUS", None, "11"), "{:?}", rows(&d));
}

#[test]
fn remarks_someone_made_are_that_ones_act_not_the_citers() {
    // "cited disparaging remarks Trump had made about Machado": Trump disparaged, Clinton
    // only cited; the act is not Clinton's against Trump.
    let d = pipeline(
        "At the debate, Hillary Clinton cited disparaging remarks Donald Trump had made about Alicia Machado.",
        day(2016, 9, 27),
    );
    assert!(!has(&d, "USAELI", Some("USAELI"), "111"), "{:?}", rows(&d));
    assert!(has_source(&d, "USAELI", "111"), "{:?}", rows(&d));
}

#[test]
fn insulting_comments_made_about_a_leader_aim_at_that_leader() {
    let d = pipeline(
        "Barack Obama criticized insulting comments that Vladimir Putin made about Angela Merkel.",
        day(2016, 9, 27),
    );
    assert!(has(&d, "RUSGOV", Some("DEUGOV"), "111"), "{:?}", rows(&d));
}

#[test]
fn a_courtesy_title_does_not_split_joined_agents() {
    // "backed by Mr. Kerry and Mr. Obama": both backed; Obama is no one backed.
    let d = pipeline(
        "The climate talks had been backed by Mr. Kerry and Mr. Obama, the two of whom wrote a letter.",
        day(2016, 9, 27),
    );
    assert!(!has(&d, "USAGOV", Some("USAGOV"), "05"), "{:?}", rows(&d));
    assert!(has_source(&d, "USAGOV", "05"), "{:?}", rows(&d));
}

#[test]
fn a_leader_acting_on_his_own_government_keeps_it() {
    // A person coded with the state's government is no state acting on "the government":
    // a president praising or faulting the government is domestic politics, and the
    // government stays the target (the Darfur rule above is for states, not officials).
    let d = pipeline(
        "NAIROBI (AP) -- Kenyan President Uhuru Kenyatta praised the government for its work on roads.",
        day(2016, 5, 2),
    );
    assert!(has(&d, "KENGOV", Some("KENGOV"), "05"), "{:?}", rows(&d));
}
