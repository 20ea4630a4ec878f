//! Session 26, names: titled people and bodies the actors stage missed or left uncoded on
//! the development corpora (US politics of 2016, wire news), as invented sentences of the
//! same shapes. A cabinet department's secretary ("Labor Secretary Ana Ruiz") is the
//! American government in an American story; a person titled right after a coded body
//! ("FBI Director James Comey", "CIA Director John Brennan") is a person, coded as the body;
//! "Justice Ana Ruiz", "Supreme Court Justice Ana Ruiz" a judge (USAJUD).

use crate::common;

use common::{coded_by, rows};

use crate::common::US_STORY;

/// Whether `text` names a person called `name` coded `code`, and holds an event whose
/// source is coded `code` with a CAMEO code starting with `root` (the source may be the
/// person or the body titling them: both carry the code).
fn person_coded(text: &str, name: &str, code: &str, root: &str) {
    let d = common::doc(text);
    assert!(
        d.actors.iter().any(|a| a.name == name
            && a.kind == attache_core::ActorKind::Person
            && a.code.as_deref() == Some(code)),
        "{text}: {:?}",
        d.actors
            .iter()
            .map(|a| (&a.name, &a.code))
            .collect::<Vec<_>>()
    );
    coded_by(text, code, root);
}

/// Asserts that no 11 (accuse) event of `text` has the United States' government as source.
fn no_government_accuses(text: &str) {
    let d = common::doc(text);
    assert!(
        !rows(&d)
            .iter()
            .any(|(s, _, c)| c.starts_with("11") && s.as_deref() == Some("USAGOV")),
        "{text}: {:?}",
        rows(&d)
    );
}

#[test]
fn cabinet_secretary_of_an_american_story_is_the_government() {
    for text in [
        "Labor Secretary Ana Ruiz praised the Senate on Tuesday.",
        "Treasury Secretary Tom Webb criticized the Senate on Tuesday.",
        "Homeland Security Secretary Mark Osei criticized the Senate on Tuesday.",
    ] {
        let root = if text.contains("praised") { "05" } else { "11" };
        coded_by(&format!("{US_STORY} {text}"), "USAGOV", root);
    }
}

#[test]
fn former_cabinet_secretary_is_an_elite() {
    coded_by(
        &format!("{US_STORY} Former Labor Secretary Paul Lund criticized the White House."),
        "USAELI",
        "11",
    );
}

#[test]
fn cabinet_title_needs_the_department_and_an_american_story() {
    // a bare "Secretary" (of a party, a club) names no cabinet, and "Labor Secretary"
    // of a story elsewhere is no American's
    for text in [
        format!("{US_STORY} Secretary Ana Ruiz criticized the leak."),
        "PARIS (AP) _ French police arrested two men. Labor Secretary Ana Ruiz criticized \
         the police on Monday."
            .to_string(),
    ] {
        no_government_accuses(&text);
    }
}

#[test]
fn name_after_an_agency_title_is_a_person_of_the_agency() {
    // "James" is a place too: the KB's one-word reading no longer hides the name
    let text = format!("{US_STORY} FBI Director James Okafor criticized the leak.");
    person_coded(&text, "James Okafor", "USAGOV", "11");
}

#[test]
fn title_and_name_read_as_one_organisation_are_a_person() {
    let text = format!("{US_STORY} CIA Director John Osei criticized the leak.");
    person_coded(&text, "John Osei", "USASPY", "11");
}

#[test]
fn titled_person_after_no_body_stays_uncoded() {
    // a person's possessive or a lower-case word before the title names no body
    let text = format!("{US_STORY} Campaign Director Ana Ruiz criticized the leak.");
    no_government_accuses(&text);
}

#[test]
fn justice_of_an_american_story_is_a_judge() {
    for text in [
        "Justice Ana Ruiz criticized the Senate on Tuesday.",
        "Supreme Court Justice Ana Ruiz criticized the Senate on Tuesday.",
        "Chief Justice Ana Ruiz criticized the Senate on Tuesday.",
    ] {
        coded_by(&format!("{US_STORY} {text}"), "USAJUD", "11");
    }
}

#[test]
fn justice_of_a_court_named_abroad_is_no_american_judge() {
    // a court of another country named before the title is that country's
    let text = format!("{US_STORY} Kenya Supreme Court Justice Ana Ruiz criticized the Senate.");
    let d = common::doc(&text);
    assert!(
        !rows(&d)
            .iter()
            .any(|(s, _, c)| c.starts_with("11") && s.as_deref() == Some("USAJUD")),
        "{text}: {:?}",
        rows(&d)
    );
}

#[test]
fn company_closed_by_its_suffix_is_an_organisation() {
    // "Baltic" alone is a region: the company's word makes the run one organisation
    for (text, name) in [
        (
            "Police are investigating Baltic Steel Works.",
            "Baltic Steel Works",
        ),
        ("Police raided Lonmark Corp. on Monday.", "Lonmark Corp."),
    ] {
        let text = format!("{US_STORY} {text}");
        let d = common::doc(&text);
        assert!(
            d.actors
                .iter()
                .any(|a| a.name == name && a.kind == attache_core::ActorKind::Organization),
            "{text}: {:?}",
            d.actors
                .iter()
                .map(|a| (&a.name, a.kind))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_suffix_inside_a_longer_name_closes_nothing() {
    // "Insurance" before "Corporation" is no end of a name
    let text = format!("{US_STORY} Hackers attacked the Federal Deposit Insurance Corporation.");
    let d = common::doc(&text);
    assert!(
        !d.actors.iter().any(|a| a.name.ends_with("Insurance")),
        "{text}: {:?}",
        d.actors.iter().map(|a| &a.name).collect::<Vec<_>>()
    );
}
