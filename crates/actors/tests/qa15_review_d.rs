//! Regressions of the session-15 second actors review (15d), on sentences of our own:
//! federal agencies' staff, a chamber's campaign arm, a company head named in apposition,
//! pronouns and organisations, a KB namesake's country, country words inside names.

use crate::common;

use attache_actors::resolve::render_mentions;
use attache_core::ActorKind;
use common::{actor_exact, code as code_of, found, named, resolve_parsed, us_story};

const DAY: (i32, u32, u32) = (2016, 3, 1);

#[test]
fn a_federal_agencys_official_is_the_governments() {
    let doc = us_story(
        "An FBI official said the inquiry would go on. CIA officials declined to comment on Tuesday.",
    );
    let listing = render_mentions(&doc);
    assert_eq!(
        found(&doc, "An FBI official").code.as_deref(),
        Some("USAGOV"),
        "{listing}"
    );
    assert!(found(&doc, "CIA officials").code.is_some(), "{listing}");
}

#[test]
fn a_chambers_campaign_chairman_is_no_campaigns_staff() {
    let doc = us_story(
        "Senate campaign chairman Roy Dalton said the races were close. Ruiz campaign chairman Tom Dale disagreed.",
    );
    let listing = render_mentions(&doc);
    assert!(named(&doc, "Roy Dalton").code.is_some(), "{listing}");
    // a candidate's campaign staff stays uncoded
    assert_eq!(named(&doc, "Tom Dale").code, None, "{listing}");
}

#[test]
fn a_department_named_after_an_office_word_is_no_person_and_takes_no_she() {
    let doc = resolve_parsed(
        "Lobbying\n\nThe Justice Department opened an inquiry on Monday. The Marlow Group's CEO, Dana Pruitt, said she would cooperate. The Justice Department did not say when it would end.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let department = found(&doc, "Justice Department");
    assert_ne!(department.kind, ActorKind::Person, "{listing}");
    // a personal pronoun never joins an organisation
    for a in doc.actors.iter().filter(|a| a.kind != ActorKind::Person) {
        for &m in &a.mentions {
            let m = &doc.mentions[m as usize];
            let text = &doc.text[m.span.start as usize..m.span.end as usize];
            assert!(
                !matches!(text.to_lowercase().as_str(), "she" | "he" | "her" | "him"),
                "{} took {text}\n{listing}",
                a.name
            );
        }
    }
    assert_eq!(
        named(&doc, "Dana Pruitt").role.as_deref(),
        Some("BUS"),
        "{listing}"
    );
}

#[test]
fn a_kb_surname_worn_by_someone_else_casts_no_story_country_vote() {
    let doc = resolve_parsed(
        "Third party\n\nLibertarian nominee Pete Johnson spoke at a rally in Denver on Tuesday. Johnson said the two parties had failed voters. Johnson, a former governor, wants lower taxes. Johnson added that the governor of the state agreed. Johnson smiled. Johnson waved. Johnson left early, and Johnson took no questions. Police said the crowd was calm. The governor said he would vote for Johnson.",
        (2016, 9, 1),
    );
    let listing = render_mentions(&doc);
    for a in &doc.actors {
        assert_ne!(a.country.as_deref(), Some("GBR"), "{}\n{listing}", a.name);
    }
}

#[test]
fn a_country_adjective_inside_an_organisations_name_is_no_country() {
    let doc = resolve_parsed(
        "Policy\n\nAna Ruiz, president of the Institute for Canadian Progress, said the plan was weak. She spoke at the Center for American Renewal in Boston on Monday. Canadian officials disagreed.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let countries: Vec<(&str, usize)> = doc
        .actors
        .iter()
        .filter(|a| a.kind == ActorKind::Country)
        .map(|a| (a.name.as_str(), a.mentions.len()))
        .collect();
    assert!(
        countries.iter().all(|(name, _)| *name != "United States"),
        "{listing}"
    );
    // the adjective outside the name still counts
    assert_eq!(
        code_of(&doc, "Canadian officials").as_deref(),
        Some("CANGOV"),
        "{listing}"
    );
    // the president of the institute is no head of state
    assert!(
        doc.actors
            .iter()
            .all(|a| a.code.as_deref() != Some("CANGOV") || a.name == "Canadian officials"),
        "{listing}"
    );
}

#[test]
fn an_office_after_elected_became_or_as_a_is_no_holder() {
    let doc = us_story(
        "Tom Webb was elected governor of Ohio in 2010. Ana Ruiz became lieutenant governor in 2014. In her years as a U.S. senator, Clinton voted often. He said the job of being a congressman was hard. There was a senator who disagreed.",
    );
    let listing = render_mentions(&doc);
    for office in ["governor", "a U.S. senator", "a congressman"] {
        assert!(actor_exact(&doc, office).is_none(), "{office}\n{listing}");
    }
    // someone holding an office, introduced so, stays
    assert!(actor_exact(&doc, "a senator").is_some(), "{listing}");
}

#[test]
fn staff_owned_in_a_phrase_after_the_noun_take_no_story_country() {
    let doc = us_story(
        "The U.S. economy grew. Carl Brandt, a senior adviser to the Ruiz campaign, agreed. Officials of the Democratic Party declined to comment. A White House official said nothing.",
    );
    let listing = render_mentions(&doc);
    assert_eq!(found(&doc, "a senior adviser").code, None, "{listing}");
    assert_eq!(found(&doc, "Officials").code, None, "{listing}");
    // the government's own official keeps it
    assert_eq!(
        found(&doc, "A White House official").code.as_deref(),
        Some("USAGOV"),
        "{listing}"
    );
}
