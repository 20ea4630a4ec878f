//! Session 19: who the actors of real news are, on sentences of our own: KB people named
//! later by their given name alone.

use crate::common;

use common::{found, resolve_parsed, resolve_parsed_from, us_story};

#[test]
fn a_later_given_name_alone_is_the_kb_person_named_in_full() {
    let doc = resolve_parsed(
        "Iraqi President Saddam Hussein rejected the offer on Monday. Two days later Saddam \
         wrote to the envoys that his army would stay.",
        (1990, 9, 3),
    );
    assert_eq!(found(&doc, "Saddam").code.as_deref(), Some("IRQGOV"));
}

#[test]
fn a_given_name_shared_by_two_people_of_the_article_joins_neither() {
    // two Hillarys: the bare given name is no one's in particular
    let doc = resolve_parsed(
        "Hillary Clinton toured a factory in Ohio on Tuesday with the owner, Hillary \
         Brandstetter. Hillary told the workers the plant would grow.",
        (2016, 5, 3),
    );
    assert_eq!(found(&doc, "Hillary").code, None);
}

#[test]
fn a_given_name_after_a_relation_noun_or_before_junior_is_a_relative() {
    let doc = resolve_parsed(
        "Donald Trump spoke in Ohio on Friday. His son Donald Jr. greeted the crowd first, \
         and his nephew Donald waved from the stage.",
        (2016, 5, 3),
    );
    for m in &doc.mentions {
        let text = doc.slice(m.span);
        if text.starts_with("Donald") && m.span.start > 30 {
            assert_ne!(
                doc.actors[m.actor as usize].code.as_deref(),
                Some("USAELI"),
                "{text}\n{}",
                attache_actors::resolve::render_mentions(&doc)
            );
        }
    }
}

#[test]
fn a_pronoun_after_a_quote_is_never_a_person_named_inside_that_quote() {
    // the critic is not the candidate she talks about: "she" joins no one rather than
    // Hillary Clinton, whose given name the quote holds
    let doc = resolve_parsed(
        "Hillary Clinton took questions at a county fair in Iowa on Monday. The fair drew a \
         large crowd. Rain fell after lunch. A retired nurse near the stage stayed \
         unconvinced.\n\n\u{201c}Hillary never gives a plain answer to anything,\u{201d} \
         she said.",
        (2016, 5, 3),
    );
    let she = doc
        .mentions
        .iter()
        .find(|m| doc.slice(m.span) == "she")
        .map(|m| doc.actors[m.actor as usize].name.clone());
    assert_ne!(
        she.as_deref(),
        Some("Hillary Clinton"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
    // a speaker named before the quote is still found
    let doc = resolve_parsed(
        "Hillary Clinton and Bernie Sanders met voters in Iowa on Monday. Clinton went \
         first.\n\n\u{201c}Bernie has good ideas but no plan to pay for them,\u{201d} she \
         said.",
        (2016, 5, 3),
    );
    let she = doc
        .mentions
        .iter()
        .find(|m| doc.slice(m.span) == "she")
        .map(|m| doc.actors[m.actor as usize].code.clone());
    assert_eq!(
        she,
        Some(Some("USAELI".to_string())),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn a_named_court_or_department_the_kb_lacks_is_the_story_countrys_body() {
    // an American story: the court and the department are the United States'
    let doc = us_story(
        "The Supreme Court declined to hear the appeal, and the Labor Department said it \
         would review the rule. The Cleveland Police Department opened an inquiry.",
    );
    assert_eq!(found(&doc, "Supreme Court").code.as_deref(), Some("USAJUD"));
    assert_eq!(
        found(&doc, "Labor Department").code.as_deref(),
        Some("USAGOV")
    );
    let police = doc
        .mentions
        .iter()
        .find(|m| doc.slice(m.span).contains("Cleveland Police"))
        .map(|m| doc.actors[m.actor as usize].code.clone());
    assert_eq!(police, Some(Some("USACOP".to_string())));
}

#[test]
fn a_company_named_with_its_suffix_is_a_business_of_the_story_country() {
    let doc = resolve_parsed(
        "Chancellor Angela Merkel of Germany visited a plant in Germany on Tuesday. Brenner \
         Kabelwerk GmbH said it would hire 300 workers in Germany.",
        (2016, 3, 1),
    );
    let code = doc
        .mentions
        .iter()
        .find(|m| doc.slice(m.span).contains("GmbH"))
        .map(|m| doc.actors[m.actor as usize].code.clone());
    assert_eq!(code, Some(Some("DEUBUS".to_string())));
}

#[test]
fn a_named_body_with_no_story_country_stays_uncoded() {
    // no country named: no guess
    let doc = resolve_parsed(
        "The Supreme Court declined to hear the appeal on Monday. The judges gave no reason.",
        (2016, 3, 1),
    );
    assert_eq!(found(&doc, "Supreme Court").code, None);
}

#[test]
fn a_title_case_headline_clause_ending_in_a_body_word_names_no_body() {
    let doc = resolve_parsed(
        "Senator Vows To Take Fight To Court\n\nPresident Barack Obama spoke in Ohio on \
         Monday about the ruling.",
        (2016, 3, 1),
    );
    assert!(
        doc.actors
            .iter()
            .all(|a| a.code.as_deref() != Some("USAJUD")),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn the_justice_department_is_american_in_a_story_told_from_abroad() {
    // KB agency (seats.tsv): not the story's country
    let doc = resolve_parsed(
        "Cuban President Fidel Castro addressed a rally in Havana on Friday. Cuba said the \
         Justice Department in Washington should return the boy.",
        (2000, 4, 14),
    );
    assert_eq!(
        found(&doc, "Justice Department").code.as_deref(),
        Some("USAGOV")
    );
}

#[test]
fn a_named_persons_advisers_are_coded_as_that_person_not_the_government() {
    // in 2016 Sanders is a senator: his advisers are no US government officials
    let doc = us_story(
        "Sanders's advisers said on Tuesday that the race would go on. Clinton's spokesman \
         disagreed.",
    );
    assert_eq!(
        found(&doc, "Sanders's advisers").code.as_deref(),
        Some("USALEG")
    );
    assert_eq!(
        found(&doc, "Clinton's spokesman").code.as_deref(),
        Some("USAELI")
    );
}

#[test]
fn the_staff_of_a_person_a_pronoun_names_take_that_persons_code() {
    // "his advisers" are Sanders's, a senator's, not the American government's
    let doc = us_story(
        "Senator Bernie Sanders toured three farms in Iowa on Monday. His advisers said the \
         tour would go on through the weekend. Clinton spent the day in Nevada, where her \
         spokesman spoke to reporters.",
    );
    assert_eq!(found(&doc, "His advisers").code.as_deref(), Some("USALEG"));
    assert_eq!(found(&doc, "her spokesman").code.as_deref(), Some("USAELI"));
}

#[test]
fn the_staff_of_an_unresolved_or_plural_pronoun_keep_the_other_rules() {
    // "their advisers" belongs to no single person: not Sanders's staff
    let doc = us_story(
        "Senator Bernie Sanders and two governors met in Iowa on Monday. Their advisers \
         said the talks would go on.",
    );
    let code = doc
        .mentions
        .iter()
        .find(|m| doc.slice(m.span) == "Their advisers")
        .and_then(|m| doc.actors[m.actor as usize].code.clone());
    assert_ne!(code.as_deref(), Some("USALEG"));
}

#[test]
fn an_army_named_free_before_its_country_is_rebels_not_the_state_army() {
    // the rebels' army and the state's army are two actors
    let doc = resolve_parsed(
        "Fighters of a rebel force, the Free Libyan Army, said on Monday they had seized a \
         depot near the coast. The Libyan army denied it.",
        (2012, 6, 4),
    );
    let codes: Vec<(String, Option<String>)> = doc
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span).ends_with("Libyan Army"))
        .map(|m| {
            let a = &doc.actors[m.actor as usize];
            (a.name.clone(), a.code.clone())
        })
        .collect();
    assert!(
        !codes.is_empty() && codes.iter().all(|(_, c)| c.as_deref() == Some("LBYREB")),
        "{codes:?}\n{}",
        attache_actors::resolve::render_mentions(&doc)
    );
    assert_eq!(
        found(&doc, "The Libyan army").code.as_deref(),
        Some("LBYMIL")
    );
}

#[test]
fn a_title_or_country_word_after_a_given_name_is_a_surname() {
    // the investor is no Cuban and the candidate no judge
    let doc = us_story(
        "The investor Mark Cuban said on Friday he would not run. In Iowa, the Senate \
         hopeful Anna Judge told voters the race was close.",
    );
    for name in ["Mark Cuban", "Anna Judge"] {
        let code = doc
            .mentions
            .iter()
            .find(|m| doc.slice(m.span).ends_with(name))
            .map(|m| doc.actors[m.actor as usize].code.clone());
        assert_eq!(
            code,
            Some(None),
            "{name}\n{}",
            attache_actors::resolve::render_mentions(&doc)
        );
    }
    assert!(doc.actors.iter().all(|a| a.code.as_deref() != Some("CUB")));
}

#[test]
fn a_judge_named_after_a_title_and_a_country_adjective_keep_their_readings() {
    // "Judge" before a surname is a title, "Cuban" before a noun a country's adjective
    // (since session 23 "exiles" is an agent noun: "the Cuban exiles" CUBOPP)
    let doc = us_story("Judge Anna Whitcomb ruled on Friday that the Cuban exiles could stay.");
    assert!(
        doc.actors
            .iter()
            .any(|a| a.code.as_deref().is_some_and(|c| c.starts_with("CUB"))),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn the_party_of_an_officeholder_named_by_title_is_a_party_not_the_government() {
    let doc = resolve_parsed_from(
        "President Nicolae Timofti of Moldova spoke in Chisinau on Monday. The president's \
         party lost two seats in the vote.",
        (2013, 12, 5),
        Some("CHISINAU"),
    );
    assert_eq!(
        found(&doc, "The president's party").code.as_deref(),
        Some("MDAPTY")
    );
}

#[test]
fn a_congress_for_a_cause_is_no_legislature() {
    // a party's name, not the American Congress
    let doc = us_story(
        "Delegates of the Congress for Reform and Renewal met in a hotel on Sunday to pick \
         a leader.",
    );
    assert!(
        doc.actors
            .iter()
            .all(|a| a.code.as_deref() != Some("USALEG") || a.name.contains("Sanders")),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}
