//! Actor findings of session 14 (wrong readings seen on real news by the thirteenth
//! session's review), on sentences of our own: object pronouns and their clause's subject,
//! "it" after a reporting verb, outlets, legislatures' staff, bare surnames. Each with a
//! negative where one applies.

use attache_actors::resolve::render_mentions;
use attache_core::{Document, Stage};

use crate::common;
use common::{actor_exact, resolve_at, resolve_parsed};

const DAY: (i32, u32, u32) = (2022, 3, 3);

/// The name of the actor of the first mention whose text is exactly `text`.
fn name_of<'d>(doc: &'d Document, text: &str) -> Option<&'d str> {
    actor_exact(doc, text).map(|a| a.name.as_str())
}

#[test]
fn the_accuser_is_never_the_accused_pronoun() {
    for text in [
        "Biden criticized Putin on Monday, accusing him of war crimes.",
        "Biden criticized Putin, calling him a killer.",
        "Biden called Putin and urged him to withdraw.",
    ] {
        let doc = resolve_parsed(text, DAY);
        assert_eq!(
            name_of(&doc, "him"),
            Some("Vladimir Putin"),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
}

#[test]
fn an_object_pronoun_is_never_its_own_verbs_subject() {
    let doc = resolve_parsed(
        "Putin met Biden in Geneva. Biden thanked him for the talks.",
        (2021, 6, 16),
    );
    assert_eq!(
        name_of(&doc, "him"),
        Some("Vladimir Putin"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn an_outcome_participle_does_not_skip_the_subject() {
    // the participle's subject is the event, not Merkel: "her" may be Merkel
    let doc = resolve_parsed(
        "Merkel won the vote on Sunday, earning her a fourth term.",
        (2017, 9, 25),
    );
    assert_eq!(
        name_of(&doc, "her"),
        Some("Angela Merkel"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn it_after_a_reporting_verb_is_the_verbs_subject_not_a_nearer_name() {
    // the subject of "hopes" names no actor: "it" is left alone, not given to Congress
    let doc = resolve_parsed(
        "Saudi Arabia is sending members of Congress a report that the kingdom hopes will counter the belief that it tolerates militant groups.",
        DAY,
    );
    let it = actor_exact(&doc, "it").and_then(|a| a.code.as_deref());
    assert_ne!(it, Some("USALEG"), "{}", render_mentions(&doc));
    // a noun governing the actor's name: "a spokeswoman for NATO said it"
    let doc = resolve_parsed(
        "A spokeswoman for NATO said on Monday that it would send more troops to Romania.",
        DAY,
    );
    assert_eq!(
        actor_exact(&doc, "it").and_then(|a| a.code.as_deref()),
        Some("IGOWSTNAT"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn an_outlet_named_by_one_word_before_a_reporting_verb_is_the_outlet_not_a_person() {
    for (text, mention, code) in [
        (
            "Fox said on Monday that the talks had failed.",
            "Fox",
            "USAMED",
        ),
        ("Time reported that the deal was dead.", "Time", "USAMED"),
        (
            "The Guardian reported that both delegations left early.",
            "The Guardian",
            "GBRMED",
        ),
        ("CNN said the envoy would return.", "CNN", "USAMED"),
    ] {
        let doc = resolve_parsed(text, DAY);
        let a = actor_exact(&doc, mention);
        assert_eq!(
            a.map(|a| (a.kind, a.code.as_deref())),
            Some((attache_core::ActorKind::Organization, Some(code))),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
}

#[test]
fn a_person_with_an_outlets_short_name_stays_a_person() {
    let doc = resolve_parsed(
        "Mayor Don Guardian met the governor on Monday. Guardian said the city would recover.",
        DAY,
    );
    assert_eq!(
        actor_exact(&doc, "Guardian").map(|a| (a.kind, a.code.as_deref())),
        Some((attache_core::ActorKind::Person, None)),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn outlets_are_no_parties_to_both_sides() {
    // CNN and the Guardian quoted: "both delegations" are the Russian and Ukrainian ones,
    // not the US and British
    let doc = resolve_parsed(
        "Russian and Ukrainian negotiators met in Istanbul on Monday. CNN said the talks had failed. The Guardian reported that both delegations left early.",
        DAY,
    );
    let mut sides: Vec<_> = doc
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span) == "both delegations")
        .filter_map(|m| doc.actors[m.actor as usize].code.as_deref())
        .collect();
    sides.sort_unstable();
    assert_eq!(sides, ["RUSGOV", "UKRGOV"], "{}", render_mentions(&doc));
}

#[test]
fn outlets_are_no_evidence_of_the_storys_country() {
    // French police in a story quoting American outlets stay French
    let doc = resolve_at(
        "France mourns after attack in Nice\n\nA truck drove into a crowd in Nice, France, on Thursday. French officials said the driver was killed. CNN said the driver acted alone. The Associated Press and the Washington Post quoted witnesses. Police said people should stay home.",
        (2016, 7, 15),
        None,
    );
    assert_eq!(
        actor_exact(&doc, "Police").and_then(|a| a.code.as_deref()),
        Some("FRACOP"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_party_word_before_a_legislature_leaves_the_legislature() {
    for (text, body) in [
        (
            "A Democratic Senate would block the nominee, aides said.",
            "A Democratic Senate",
        ),
        (
            "The Republican Congress passed the bill on Tuesday.",
            "The Republican Congress",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        assert_eq!(
            actor_exact(&doc, body).and_then(|a| a.code.as_deref()),
            Some("USALEG"),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
    // a party is no legislature
    let doc = resolve_parsed("The Democratic Party chose its nominee in July.", DAY);
    assert!(
        doc.mentions
            .iter()
            .all(|m| doc.actors[m.actor as usize].code.as_deref() != Some("USALEG")),
        "{}",
        render_mentions(&doc)
    );
}

/// `text` as a plain article with no publication date, parsed and resolved.
fn resolve_undated(text: &str) -> Document {
    let mut doc = resolve_parsed(text, DAY);
    doc.published = None;
    doc.mentions.clear();
    doc.actors.clear();
    common::stage().run(&mut doc);
    doc
}

#[test]
fn an_undated_bare_surname_is_no_kb_officeholder_of_another_country() {
    // the KB's only Cruz is a Portuguese minister: with no date and no Portugal in the
    // article, "Cruz" is someone the KB does not know
    let doc = resolve_undated(
        "Cruz said on Tuesday that the plan would fail. Cruz told reporters he would vote against it.",
    );
    let cruz = actor_exact(&doc, "Cruz");
    assert!(
        cruz.is_some_and(|a| a.kind == attache_core::ActorKind::Person && a.kb_id.is_none()),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn an_undated_bare_surname_is_the_officeholder_whose_country_the_article_names() {
    for (text, surname, name) in [
        (
            "Putin said the talks were useful. Russia will send a delegation.",
            "Putin",
            "Vladimir Putin",
        ),
        (
            "Netanyahu met his ministers in Jerusalem. Israeli officials said the meeting was long.",
            "Netanyahu",
            "Benjamin Netanyahu",
        ),
    ] {
        let doc = resolve_undated(text);
        assert_eq!(
            name_of(&doc, surname),
            Some(name),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
}

#[test]
fn a_headline_surname_joins_the_full_name_named_after_it() {
    let doc = resolve_parsed(
        "Gowdy promises Benghazi panel report soon.\n\nDemocrats on the panel plan to release transcripts. Chairman Trey Gowdy said on Friday that the report would come soon. Gowdy said the panel had found new facts.",
        DAY,
    );
    let first = doc
        .mentions
        .iter()
        .find(|m| doc.slice(m.span) == "Gowdy")
        .map(|m| doc.actors[m.actor as usize].name.as_str());
    assert_eq!(first, Some("Trey Gowdy"), "{}", render_mentions(&doc));
    assert_eq!(
        doc.actors
            .iter()
            .filter(|a| a.name.contains("Gowdy"))
            .count(),
        1,
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_capitalised_word_that_is_no_given_name_makes_no_full_name() {
    // "Outside Carrier's plant": the company named before keeps its name
    let doc = resolve_parsed(
        "Carrier said the plant would close. Outside Carrier's plant in Monterrey, a worker named Antonio Arroyo praised his job.",
        DAY,
    );
    assert_eq!(
        name_of(&doc, "Carrier"),
        Some("Carrier"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_legislatures_committee_speaks_for_the_legislature() {
    let doc = resolve_parsed(
        "Staff for the House Select Committee on Aging said the hearing would move to May.",
        DAY,
    );
    assert_eq!(
        actor_exact(&doc, "Select Committee on Aging").and_then(|a| a.code.as_deref()),
        Some("USALEG"),
        "{}",
        render_mentions(&doc)
    );
    // the committee's name stops before a weekday
    let doc = resolve_parsed(
        "The attorney general will testify before the House Judiciary Committee on Tuesday.",
        DAY,
    );
    assert_eq!(
        actor_exact(&doc, "Judiciary Committee").and_then(|a| a.code.as_deref()),
        Some("USALEG"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn the_senator_is_the_senator_named_before() {
    let doc = resolve_parsed(
        "Sen. Marco Rubio spoke in Miami on Monday. The crowd cheered. The senator said he would win.",
        DAY,
    );
    assert_eq!(
        name_of(&doc, "The senator"),
        Some("Marco Rubio"),
        "{}",
        render_mentions(&doc)
    );
    // a representative is no senator; an apposed name wins; "the former senator" and a
    // state's senator are not guessed
    let doc = resolve_parsed(
        "Rep. Ann Kirkpatrick attacked John McCain on Monday. Kirkpatrick said the longtime senator had failed.",
        DAY,
    );
    assert_ne!(
        name_of(&doc, "the longtime senator"),
        Some("Ann Kirkpatrick"),
        "{}",
        render_mentions(&doc)
    );
    let doc = resolve_parsed(
        "Sen. Ted Cruz campaigned in Iowa. \"The race is open,\" said Norm Coleman, the former senator from Minnesota.",
        DAY,
    );
    assert_eq!(
        name_of(&doc, "the former senator"),
        Some("Norm Coleman"),
        "{}",
        render_mentions(&doc)
    );
    let doc = resolve_parsed(
        "Sen. Ted Cruz campaigned in Iowa. The Florida senator said the race was open.",
        DAY,
    );
    assert_ne!(
        name_of(&doc, "The Florida senator"),
        Some("Ted Cruz"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn an_abbreviated_title_is_no_person_and_no_part_of_the_name() {
    let doc = resolve_parsed(
        "Sen. Lindsey Graham said the plan would fail. Rep. Joe Wilson said it would pass.",
        DAY,
    );
    for (mention, name) in [
        ("Sen. Lindsey Graham", "Lindsey Graham"),
        ("Rep. Joe Wilson", "Joe Wilson"),
    ] {
        assert_eq!(
            name_of(&doc, mention),
            Some(name),
            "{}",
            render_mentions(&doc)
        );
    }
    assert!(
        doc.actors
            .iter()
            .all(|a| !matches!(a.name.as_str(), "Sen." | "Rep.")),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_us_state_before_a_title_is_no_person() {
    let doc = resolve_parsed(
        "Ohio Gov. John Kasich won his home state. Vermont Sen. Bernie Sanders also praised the vote. He said it mattered.",
        DAY,
    );
    assert!(
        doc.actors
            .iter()
            .all(|a| !matches!(a.name.as_str(), "Ohio" | "Vermont")),
        "{}",
        render_mentions(&doc)
    );
    assert_ne!(
        actor_exact(&doc, "He").map(|a| a.name.as_str()),
        Some("Vermont"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_plural_of_a_word_the_article_writes_is_a_group_not_a_person() {
    let doc = resolve_parsed(
        "A Republican senator spoke first. Republicans said the bill would fail.",
        DAY,
    );
    assert_eq!(
        actor_exact(&doc, "Republicans").map(|a| a.kind),
        Some(attache_core::ActorKind::Group),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_surname_that_is_a_given_name_plus_s_stays_the_person() {
    // the article also writes "Robert" and "Edward", as given names of other people
    for (text, surname, person) in [
        (
            "Judge Amy Roberts had lunch with Robert Kline in March. Roberts said the talks went well.",
            "Roberts",
            "Amy Roberts",
        ),
        (
            "Mayor Paul Edwards thanked Edward Lyle for the gift. Edwards said he would keep it.",
            "Edwards",
            "Paul Edwards",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        let actor = actor_exact(&doc, surname);
        assert_eq!(
            actor.map(|a| (a.name.as_str(), a.kind)),
            Some((person, attache_core::ActorKind::Person)),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
}

#[test]
fn a_title_before_a_surname_of_someone_named_in_full_is_that_person() {
    let doc = resolve_parsed(
        "Bernie Sanders visited a dairy farm in Iowa on Monday. Later Sen. Sanders told the farmers that tariffs hurt them. Sanders said he would vote no.",
        DAY,
    );
    for mention in ["Bernie Sanders", "Sen. Sanders", "Sanders", "he"] {
        assert_eq!(
            name_of(&doc, mention),
            Some("Bernie Sanders"),
            "{mention}\n{}",
            render_mentions(&doc)
        );
    }
    // someone the KB does not know, likewise
    let doc = resolve_parsed(
        "Karen Whitfield toured the port on Friday. Afterwards Sen. Whitfield told workers the plan was sound. Whitfield said she would fund it.",
        DAY,
    );
    for mention in ["Sen. Whitfield", "Whitfield", "she"] {
        assert_eq!(
            name_of(&doc, mention),
            Some("Karen Whitfield"),
            "{mention}\n{}",
            render_mentions(&doc)
        );
    }
}

#[test]
fn her_before_a_noun_the_tagger_calls_a_verb_is_a_possessive() {
    let doc = resolve_parsed(
        "Hillary Clinton is selling her plans to the voters of Ohio this week.",
        DAY,
    );
    assert_eq!(
        name_of(&doc, "her"),
        Some("Hillary Clinton"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn an_object_pronoun_of_a_clause_whose_subject_is_no_actor_keeps_its_antecedent() {
    for (text, person) in [
        (
            "Jill Stein spoke to a crowd at the library. Stein was still talking when the guards found her and asked her to go.",
            "Jill Stein",
        ),
        (
            "Of all the items tied to Donald J. Trump, few have given him more joy than his yacht.",
            "Donald Trump",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        let pronouns: Vec<_> = doc
            .mentions
            .iter()
            .filter(|m| matches!(doc.slice(m.span), "her" | "him"))
            .map(|m| doc.actors[m.actor as usize].name.as_str())
            .collect();
        let want = text.matches(" her ").count() + text.matches(" him ").count();
        assert_eq!(pronouns, vec![person; want], "{text}\n{}", render_mentions(&doc));
    }
    // a conjunct of the head's form still shares the head's subject
    let doc = resolve_parsed(
        "Mayor Ann Ward said Carlos Lopez's budget would waste money on new roads, and called him careless.",
        DAY,
    );
    assert_eq!(
        name_of(&doc, "him"),
        Some("Carlos Lopez"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_bare_surname_does_not_join_a_later_full_name_when_the_text_names_another_first() {
    let doc = resolve_parsed(
        "A long friendship\n\nFor Bitsy Kestler, the fair was a chance to help. Kestler said she was hopeful. Her husband, Hank Kestler, drove the van. Kestler smiled.",
        DAY,
    );
    let bare: Vec<_> = doc
        .mentions
        .iter()
        .filter(|m| matches!(doc.slice(m.span), "Kestler" | "she"))
        .map(|m| doc.actors[m.actor as usize].name.as_str())
        .collect();
    assert!(
        !bare.is_empty() && bare.iter().all(|&n| n != "Hank Kestler"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn senators_of_different_states_are_different_actors() {
    let doc = resolve_parsed(
        "The race tightens\n\nThe Vermont senator won the primary in his home state on Tuesday. Marco Rubio lost in Florida, and the Florida senator said he would stay in the race. Later the Florida senator thanked his staff.",
        DAY,
    );
    let vermont = actor_exact(&doc, "The Vermont senator").map(|a| a as *const _);
    let florida = actor_exact(&doc, "the Florida senator").map(|a| a as *const _);
    assert!(
        vermont.is_some() && florida.is_some() && vermont != florida,
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn outlets_give_the_storys_country_when_nothing_else_does() {
    let doc = resolve_at(
        "Two men held after a chase\n\nOfficers chased two men through a park on Friday night. A neighbour sent her video to The Washington Post and to USA Today. Police said the men ran from a stolen car.",
        (2016, 9, 23),
        Some("RALEIGH"),
    );
    assert_eq!(
        actor_exact(&doc, "Police").and_then(|a| a.code.as_deref()),
        Some("USACOP"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn one_word_left_after_an_outlets_name_is_no_organisation() {
    for (text, word) in [
        (
            "A new Fox News Poll shows the governor ahead by four points in the state.",
            "Poll",
        ),
        (
            "The Huffington Post Pollster average shows a tight race in the state.",
            "Pollster",
        ),
    ] {
        let doc = resolve_parsed(text, DAY);
        assert!(
            doc.actors.iter().all(|a| a.name != word),
            "{text}\n{}",
            render_mentions(&doc)
        );
    }
}

#[test]
fn a_wire_credit_after_a_dateline_is_no_actor() {
    // "CITY (Agency) –" names who filed the story: the agency is no mention, so no later
    // stage takes it for the subject of the sentence it opens
    let doc = resolve_parsed(
        "Trade Talks Resume.\n\nMACAU (Reuters) – Casino owner Jun Park said on Friday he met the governor.",
        DAY,
    );
    assert!(
        actor_exact(&doc, "Reuters").is_none(),
        "{}",
        render_mentions(&doc)
    );
    // the agency named in the story itself stays
    let doc = resolve_parsed(
        "Officials told Reuters (the news agency) that the port would reopen.",
        DAY,
    );
    assert!(
        actor_exact(&doc, "Reuters").is_some(),
        "{}",
        render_mentions(&doc)
    );
}
