//! Actor findings of the session-13 review of PolNeAR output (review13), on sentences of
//! our own: someone else's full name before a KB surname, legislatures and their members.

use attache_actors::resolve::render_mentions;

use crate::common;
use common::{actor, actor_exact, resolve_parsed};

const DAY: (i32, u32, u32) = (2025, 5, 6);
/// A day in office of the KB's Antonio Martins Da Cruz (Portugal, 2003).
const CRUZ_IN_OFFICE: (i32, u32, u32) = (2003, 6, 2);

#[test]
fn a_given_name_the_tagger_left_alone_makes_a_kb_surname_someone_else() {
    for text in [
        "Polls show that Darnell Cruz would win the primary in March.",
        "The voters of Ohio backed Sen. Darnell Cruz on Tuesday.",
    ] {
        let doc = resolve_parsed(text, CRUZ_IN_OFFICE);
        let listing = render_mentions(&doc);
        let a = actor(&doc, "Cruz").expect(&listing);
        assert_eq!(a.name, "Darnell Cruz", "{text}\n{listing}");
        assert_eq!(a.kb_id, None, "{text}\n{listing}");
    }
    // the KB person's own given name keeps them
    let doc = resolve_parsed(
        "Polls show that Keith Mitchell would win the vote.",
        (2016, 9, 8),
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        actor(&doc, "Mitchell").and_then(|a| a.kb_id.as_deref()),
        Some("person:keith-mitchell"),
        "{listing}"
    );
}

#[test]
fn a_surname_before_someone_elses_full_name_joins_that_name() {
    let doc = resolve_parsed(
        "Cruz wins in Iowa.\nThe caucus went to Darnell Cruz on Monday. Cruz thanked his voters.",
        CRUZ_IN_OFFICE,
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors
            .iter()
            .all(|a| a.kb_id.is_none() || a.kind != attache_core::ActorKind::Person),
        "{listing}"
    );
    let first = actor_exact(&doc, "Cruz").expect(&listing);
    assert_eq!(first.name, "Darnell Cruz", "{listing}");
}

fn code_of(text: &str, mention: &str) -> Option<String> {
    let doc = resolve_parsed(text, DAY);
    actor_exact(&doc, mention).and_then(|a| a.code.clone())
}

#[test]
fn a_us_senator_in_a_story_about_iran_is_usaleg() {
    let text = "Senate Foreign Relations Committee Chairman Bob Corker said Iran must face new \
                sanctions. Tehran rejected the demands. Iran and Iranian officials said the \
                talks were over.";
    let doc = resolve_parsed(text, DAY);
    let listing = render_mentions(&doc);
    assert_eq!(
        actor(&doc, "Bob Corker").and_then(|a| a.code.as_deref()),
        Some("USALEG"),
        "{listing}"
    );
}

#[test]
fn a_nationality_word_inside_a_name_does_not_move_the_senate() {
    let text = "Mark Cuban said nobody in the Senate would back the bill. Cuban laughed at \
                the idea and Cuban fans cheered.";
    assert_eq!(code_of(text, "the Senate").as_deref(), Some("USALEG"));
    // a story naming its own country's legislature keeps its country for the bare body
    let text = "The Philippine Senate met in Manila on Monday. Filipino senators argued for \
                hours. Later the Senate approved the budget of the Philippines.";
    assert_ne!(code_of(text, "the Senate").as_deref(), Some("USALEG"));
}

#[test]
fn a_state_legislature_is_not_the_national_one() {
    for (text, mention) in [
        (
            "The top Republican in the Kentucky House said the bill had failed.",
            "the Kentucky House",
        ),
        (
            "She is running for the state Senate this year.",
            "the state Senate",
        ),
        (
            "The Missouri House of Representatives voted on Tuesday.",
            "The Missouri House of Representatives",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        let listing = render_mentions(&doc);
        assert!(
            doc.actors
                .iter()
                .all(|a| a.code.as_deref() != Some("USALEG")),
            "{mention}\n{listing}"
        );
    }
    // the national one stays
    assert_eq!(
        code_of("The Senate voted on Tuesday.", "The Senate").as_deref(),
        Some("USALEG")
    );
}

#[test]
fn a_later_title_codes_a_person_named_untitled_before() {
    let doc = resolve_parsed(
        "Polls show that Darnell Cruz would win the primary. U.S. Senator Darnell Cruz said on \
         Tuesday that he was confident.",
        CRUZ_IN_OFFICE,
    );
    let listing = render_mentions(&doc);
    // the untitled first mention is the senator
    let a = actor_exact(&doc, "Darnell Cruz").expect(&listing);
    assert_eq!(a.code.as_deref(), Some("USALEG"), "{listing}");
}

#[test]
fn a_name_opening_a_sentence_is_someone_elses_when_the_article_writes_it_inside_one() {
    let doc = resolve_parsed(
        "Darnell Cruz won the vote. Polls had shown that Darnell Cruz would win it.",
        CRUZ_IN_OFFICE,
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors
            .iter()
            .all(|a| a.kb_id.as_deref() != Some("person:antonio-martins-da-cruz")),
        "{listing}"
    );
}

#[test]
fn a_month_before_a_kb_surname_is_no_given_name() {
    let doc = resolve_parsed(
        "Foreign Minister Antonio Martins Da Cruz spoke in Lisbon. In June Cruz said the \
         talks would resume.",
        CRUZ_IN_OFFICE,
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors.iter().all(|a| !a.name.starts_with("June")),
        "{listing}"
    );
}

#[test]
fn another_legislature_of_the_story_country_leaves_congress_american() {
    let text = "The Israeli leader addressed the Knesset in Jerusalem. Israel and Israeli \
                officials said he often meets members of Congress.";
    assert_eq!(code_of(text, "Congress").as_deref(), Some("USALEG"));
    // a capitalised word opening the sentence is no state
    assert_eq!(
        code_of(
            "In Congress, the senator proved adept at tying provisions to bills.",
            "Congress"
        )
        .as_deref(),
        Some("USALEG")
    );
}

#[test]
fn an_attorney_general_is_no_general() {
    let doc = resolve_parsed(
        "Michigan Attorney General Bill Schuette said the state would appeal.",
        DAY,
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors
            .iter()
            .all(|a| a.role.as_deref() != Some("MIL") && !a.name.starts_with("General")),
        "{listing}"
    );
}

#[test]
fn a_legislature_word_inside_another_name_is_no_legislature() {
    for text in [
        "Melville House plans to release the memoir in May.",
        "I signed House Bill 1523 into law on Tuesday.",
    ] {
        let doc = resolve_parsed(text, DAY);
        let listing = render_mentions(&doc);
        assert!(
            doc.actors
                .iter()
                .all(|a| a.code.as_deref() != Some("USALEG")),
            "{text}\n{listing}"
        );
    }
    assert_eq!(
        code_of("The House passed the bill on Friday.", "The House").as_deref(),
        Some("USALEG")
    );
}

fn speaker_of(text: &str) -> Option<String> {
    let doc = resolve_parsed(text, DAY);
    actor(&doc, "Durbin")
        .or_else(|| actor(&doc, "Gingrich"))
        .map(|a| format!("{} {}", a.name, a.code.as_deref().unwrap_or("-")))
}

#[test]
fn a_whip_or_a_speaker_after_a_legislature_word_titles_a_legislator() {
    assert_eq!(
        speaker_of("\"We will fight this,\" said Senate Minority Whip Dick Durbin.").as_deref(),
        Some("Dick Durbin USALEG")
    );
    assert_eq!(
        // (a former one is an elite: review 15c)
        speaker_of("Former House speaker Newt Gingrich said the plan was weak.").as_deref(),
        Some("Newt Gingrich USAELI")
    );
    // a speaker at a rally is no legislator
    let doc = resolve_parsed("A speaker at the rally said the plan was weak.", DAY);
    let listing = render_mentions(&doc);
    assert!(
        doc.actors.iter().all(|a| a.role.as_deref() != Some("LEG")),
        "{listing}"
    );
}

#[test]
fn a_legislatures_leader_is_no_president_described_later_or_before() {
    let doc = resolve_parsed(
        "President Barack Obama spoke on Monday. The plan failed, the Senate minority leader said.",
        (2015, 5, 6),
    );
    let listing = render_mentions(&doc);
    assert_ne!(
        actor(&doc, "the Senate minority leader").map(|a| a.name.as_str()),
        Some("Barack Obama"),
        "{listing}"
    );
    // a White House official is no legislator
    let doc = resolve_parsed("A White House official said the plan had failed.", DAY);
    let listing = render_mentions(&doc);
    assert!(
        doc.actors.iter().all(|a| a.role.as_deref() != Some("LEG")),
        "{listing}"
    );
    let doc = resolve_parsed(
        "Senate Minority Leader Darnell Reid spoke on Monday. But the president would have a \
         difficult time vetoing the bill.",
        DAY,
    );
    let listing = render_mentions(&doc);
    assert_ne!(
        actor_exact(&doc, "the president").map(|a| a.name.as_str()),
        Some("Darnell Reid"),
        "{listing}"
    );
}

#[test]
fn a_party_word_between_a_legislature_and_a_role_is_no_organisation() {
    for text in [
        "Senate Republican leaders said the vote would wait.",
        "Senate Republican leader Mitch McConnell traveled to Kentucky on Monday.",
    ] {
        let doc = resolve_parsed(text, DAY);
        let listing = render_mentions(&doc);
        assert!(
            doc.actors.iter().all(|a| a.name != "Republican"),
            "{text}\n{listing}"
        );
    }
}
