//! Regressions of session 15's actor review (wrong readings seen on real news), on
//! sentences of our own: state office descriptions, party leaders of a legislature,
//! heritage adjectives, outlets after a determiner and undated stories.

use crate::common;

use attache_actors::resolve::render_mentions;
use attache_core::{Document, Stage};
use common::{actor_exact, resolve_at, resolve_parsed};
use std::sync::OnceLock;

const DAY: (i32, u32, u32) = (2016, 3, 1);

fn name_of<'d>(doc: &'d Document, text: &str) -> Option<&'d str> {
    actor_exact(doc, text).map(|a| a.name.as_str())
}

fn code_of(doc: &Document, text: &str) -> Option<String> {
    actor_exact(doc, text).and_then(|a| a.code.clone())
}

/// `text` parsed and resolved with no publication date.
fn resolve_undated(text: &str) -> Document {
    static SYNTAX: OnceLock<attache_syntax::SyntaxStage> = OnceLock::new();
    let syntax =
        SYNTAX.get_or_init(|| attache_syntax::SyntaxStage::embedded().expect("syntax loads"));
    let mut doc = Document::from_plain(text);
    syntax.run(&mut doc);
    common::stage().run(&mut doc);
    doc
}

#[test]
fn a_state_senator_description_is_the_senator_titled_with_that_state() {
    for text in [
        "Budget talks\n\nVermont Sen. Ana Ruiz met donors in Boston. The Vermont senator said the plan would fail.",
        "Budget talks\n\nSen. Ana Ruiz of Vermont met donors in Boston. The Vermont senator said the plan would fail.",
        "Budget talks\n\nSen. Ana Ruiz (D-Vt.) met donors in Boston. The Vermont senator said the plan would fail.",
    ] {
        let doc = resolve_parsed(text, DAY);
        assert_eq!(
            name_of(&doc, "The Vermont senator"),
            Some("Ana Ruiz"),
            "{}",
            render_mentions(&doc)
        );
    }
}

#[test]
fn a_state_governor_description_is_the_governor_of_that_state() {
    let doc = resolve_parsed(
        "Road funds\n\nOhio Gov. Tom Webb toured a bridge in Dayton. The Ohio governor said repairs would start soon.",
        DAY,
    );
    assert_eq!(
        name_of(&doc, "The Ohio governor"),
        Some("Tom Webb"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_state_office_description_is_never_another_states_holder() {
    let doc = resolve_parsed(
        "Road funds\n\nOhio Gov. Tom Webb toured a bridge. Later the Texas governor said the plan was costly. The Texas senator and the Florida senator agreed.",
        DAY,
    );
    let listing = render_mentions(&doc);
    // (found, and not Ohio's governor: review 15c, the check passed with no actor)
    let texas_governor = name_of(&doc, "the Texas governor");
    assert!(texas_governor.is_some(), "{listing}");
    assert_ne!(texas_governor, Some("Tom Webb"), "{listing}");
    let texas = actor_exact(&doc, "The Texas senator").map(|a| a as *const _);
    let florida = actor_exact(&doc, "the Florida senator").map(|a| a as *const _);
    assert!(
        texas.is_some() && florida.is_some() && texas != florida,
        "{listing}"
    );
    // a state's office is the United States', never a bare role
    assert_eq!(
        code_of(&doc, "the Texas governor").as_deref(),
        Some("USAGOV"),
        "{listing}"
    );
}

#[test]
fn a_state_officeholder_is_american_whatever_the_storys_country() {
    let doc = resolve_at(
        "Cuba talks\n\nCuba freed two prisoners on Monday. Cuba said more would follow, and Cuba thanked Canada. Former Florida governor Tom Webb welcomed the news.",
        DAY,
        Some("HAVANA"),
    );
    let listing = render_mentions(&doc);
    let webb = doc
        .actors
        .iter()
        .find(|a| a.name == "Tom Webb")
        .unwrap_or_else(|| panic!("Tom Webb found\n{listing}"));
    assert_eq!(webb.country.as_deref(), Some("USA"), "{listing}");
}

#[test]
fn party_leaders_of_a_legislature_are_the_legislature() {
    let doc = resolve_parsed(
        "Court fight\n\nPresident Barack Obama named a judge for the court. Senate Republican leaders said they would refuse a vote.",
        DAY,
    );
    assert_eq!(
        code_of(&doc, "leaders").as_deref(),
        Some("USALEG"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_heritage_adjective_is_not_the_actors_country() {
    let doc = resolve_parsed(
        "Ruling\n\nA federal judge of Mexican heritage ruled against the company. The Mexican-American community followed the case. Lawyers for the company said the judge was unfair, and the judge replied on Friday.",
        DAY,
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.actors
            .iter()
            .all(|a| a.country.as_deref() != Some("MEX")),
        "{listing}"
    );
    // the judge is found, and the later "the judge" is the same one (review 15c: the
    // check above also passed with no judge at all)
    let judge = actor_exact(&doc, "A federal judge").map(|a| a as *const _);
    assert!(judge.is_some(), "{listing}");
    assert_eq!(
        actor_exact(&doc, "the judge").map(|a| a as *const _),
        judge,
        "{listing}"
    );
}

#[test]
fn a_determiner_before_an_outlet_name_is_no_given_name() {
    let doc = resolve_parsed(
        "Poll\n\nA Bloomberg poll shows a close race among wealthy voters. Bloomberg reports that the gap has narrowed since May.",
        DAY,
    );
    assert_eq!(
        actor_exact(&doc, "Bloomberg").and_then(|a| a.role.as_deref()),
        Some("MED"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn an_undated_storys_kb_people_count_toward_its_country() {
    // the story is about the United States' president, named in full three times (the
    // Mexican border once): police are American
    let doc = resolve_undated(
        "Border visit\n\nBarack Obama visited the Mexican border on Tuesday. Barack Obama said trade had grown. Later Barack Obama thanked the workers. Police closed the road.",
    );
    assert_eq!(
        code_of(&doc, "Police").as_deref(),
        Some("USACOP"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_state_office_description_in_apposition_is_the_name_before_it() {
    let doc = resolve_parsed(
        "Budget talks\n\nVoters cheered Ana Ruiz, the Vermont senator, at a rally in Boston on Monday.",
        DAY,
    );
    assert_eq!(
        name_of(&doc, "the Vermont senator"),
        Some("Ana Ruiz"),
        "{}",
        render_mentions(&doc)
    );
}

#[test]
fn a_bare_office_after_for_or_as_is_no_actor() {
    let doc = resolve_parsed(
        "Plans\n\nTom Webb said he may run for governor next year. He served as senator for a decade.",
        DAY,
    );
    let listing = render_mentions(&doc);
    assert!(
        doc.mentions
            .iter()
            .all(|m| !matches!(doc.slice(m.span), "governor" | "senator")),
        "{listing}"
    );
}

#[test]
fn a_person_titled_with_a_states_office_is_that_offices_american_holder() {
    let doc = resolve_parsed(
        "Endorsement\n\nSen. Tom Webb (R-Tex) endorsed the governor on Monday. Ohio Gov. Ana Ruiz thanked him, and former Utah Gov. Carl Moss agreed.",
        DAY,
    );
    let listing = render_mentions(&doc);
    let code = |name: &str| {
        doc.actors
            .iter()
            .find(|a| a.name == name)
            .and_then(|a| a.code.clone())
    };
    assert_eq!(code("Tom Webb").as_deref(), Some("USALEG"), "{listing}");
    assert_eq!(code("Ana Ruiz").as_deref(), Some("USAGOV"), "{listing}");
    // a former one is a former officeholder (ELI), as the KB codes one
    assert_eq!(code("Carl Moss").as_deref(), Some("USAELI"), "{listing}");
}

#[test]
fn officers_in_a_police_story_with_no_armed_forces_are_the_police() {
    let doc = resolve_at(
        "Shooting\n\nPolice said the driver was unarmed. He was shot by an officer after his car stalled, and four officers were put on leave.",
        DAY,
        Some("WASHINGTON"),
    );
    let listing = render_mentions(&doc);
    for text in ["an officer", "officers"] {
        assert!(
            actor_exact(&doc, text).and_then(|a| a.code.as_deref()) == Some("USACOP"),
            "{text}\n{listing}"
        );
    }
    // with soldiers named, an officer stays the military's
    let doc = resolve_at(
        "Patrol\n\nSoldiers guarded the bridge. An officer said the road was closed.",
        DAY,
        Some("WASHINGTON"),
    );
    assert_eq!(
        actor_exact(&doc, "An officer").and_then(|a| a.code.as_deref()),
        Some("USAMIL"),
        "{}",
        render_mentions(&doc)
    );
}
