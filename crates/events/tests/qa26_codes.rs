//! Session 26: political actors printed with no code on the development corpora (US
//! politics of 2016), as invented sentences of the same shapes. A party word before a plural
//! noun of a party's people ("Republican presidential candidates", "several GOP leaders",
//! "top Democratic officials") names that US party (USAPTY; Phoenix codes a presidential
//! candidate PTY), its congressional leaders the legislature (USALEG), in a story whose
//! country is the United States.

use crate::common;

use common::coded_by;

use crate::common::US_STORY;

#[test]
fn party_candidates_and_leaders_are_the_us_party() {
    for text in [
        "Republican presidential candidates criticized the White House on Monday.",
        "The leading Republican candidates lashed out at the White House on Monday.",
        "Rival GOP contenders denounced the administration on Monday.",
        "Several Democratic leaders condemned the ruling on Monday.",
        "Top Republican officials criticized the White House on Monday.",
        "Several GOP delegates criticized the White House on Monday.",
    ] {
        coded_by(&format!("{US_STORY} {text}"), "USAPTY", "1");
    }
}

#[test]
fn congressional_party_leaders_are_the_legislature() {
    coded_by(
        &format!(
            "{US_STORY} Congressional Republican leaders criticized the White House on Monday."
        ),
        "USALEG",
        "11",
    );
}

#[test]
fn party_people_of_a_foreign_story_are_not_the_us_party() {
    // "Republican" names a party of other states too: only an American story's are USAPTY.
    let text = "PARIS (AP) _ French police arrested two men. Republican leaders in France \
                criticized the police on Monday.";
    common::no_side_coded(text, "USAPTY");
}

#[test]
fn party_people_nouns_need_the_party_word() {
    // A plain plural of the list, or one after another word, names no party.
    let text = format!(
        "{US_STORY} Candidates criticized the White House on Monday. Debate moderators criticized the \
         candidates."
    );
    common::no_side_coded(&text, "USAPTY");
}

#[test]
fn a_party_word_or_team_before_a_surname_is_no_given_name() {
    // "Democrat Clinton" is Hillary Clinton named before, not a person of that full name.
    for text in [
        "Democrat Clinton criticized the White House on Monday.",
        "Republican Trump and Democrat Clinton criticized the White House on Monday.",
        // a campaign is coded as its candidate, as the candidate's staff are
        "Team Clinton criticized the White House on Monday.",
    ] {
        coded_by(&format!("{US_STORY} {text}"), "USAELI", "11");
    }
}

#[test]
fn a_mayor_of_an_american_story_is_the_us_government() {
    // A mayor is titled as a governor is (`state_offices.tsv`), GOV as Phoenix codes MAYOR
    // (an American town before the title: `crates/actors/tests/qa26_codes.rs`).
    coded_by(
        &format!("{US_STORY} Mayor Ana Ruiz criticized the White House on Monday."),
        "USAGOV",
        "11",
    );
}

#[test]
fn a_mayor_of_a_foreign_story_or_town_is_not_american() {
    for text in [
        "PARIS (AP) _ French police arrested two men in Lyon. Mayor Ana Ruiz criticized the \
         police on Monday."
            .to_string(),
        format!("{US_STORY} Lyon Mayor Ana Ruiz criticized the White House on Monday."),
    ] {
        let d = common::doc(&text);
        let mayor = d.actors.iter().find(|a| a.name == "Ana Ruiz");
        assert!(
            mayor.is_some_and(|a| a.code.as_deref().is_none_or(|c| !c.starts_with("USA"))),
            "{text}: {mayor:?}"
        );
    }
}
