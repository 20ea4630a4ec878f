//! Regressions of session 15's second actors pass, on sentences of our own: readings that
//! became visible once 2015-16 stories were dated (someone else's given name before a KB
//! surname, offices held then), a company title before a name and an outlet's "its".

mod common;

use attache_actors::resolve::render_mentions;
use common::{actor, actor_exact, code, resolve_parsed};

const DAY: (i32, u32, u32) = (2016, 3, 1);

#[test]
fn a_sentence_opening_given_name_before_a_kb_surname_is_someone_else_when_the_kb_person_is_never_named_in_full(
) {
    let text = "Old battles\n\nThe party changed its mind in the seventies. Jimmy Carter \
                listened to the advocates of cheaper flights and named a new central bank \
                chief.";
    let doc = resolve_parsed(text, DAY);
    let listing = render_mentions(&doc);
    let a = actor(&doc, "Carter").expect(&listing);
    assert_eq!(a.name, "Jimmy Carter", "{listing}");
    assert_eq!(a.kb_id, None, "{listing}");
    assert_eq!(a.code, None, "{listing}");
}

#[test]
fn a_sentence_opening_word_before_a_kb_surname_stays_doubtful_when_the_kb_person_is_named_in_full()
{
    let text = "Pacific talks\n\nDefense Secretary Ash Carter flew to Manila on Monday. \
                Meeting Carter was the navy chief, who said the drills would go on.";
    let doc = resolve_parsed(text, DAY);
    let listing = render_mentions(&doc);
    assert!(
        doc.actors.iter().all(|a| !a.name.starts_with("Meeting")),
        "{listing}"
    );
    assert_eq!(
        actor_exact(&doc, "Carter").and_then(|a| a.kb_id.as_deref()),
        Some("person:ash-carter"),
        "{listing}"
    );
}

#[test]
fn a_ceo_title_before_a_name_is_a_business_role_not_a_person() {
    let text = "Resort news\n\nCasino CEO Dana Wexley said on Tuesday that the resort would \
                open in May.";
    let doc = resolve_parsed(text, DAY);
    let listing = render_mentions(&doc);
    assert!(doc.actors.iter().all(|a| a.name != "CEO"), "{listing}");
    let a = actor(&doc, "Dana Wexley").expect(&listing);
    assert_eq!(a.name, "Dana Wexley", "{listing}");
    assert_eq!(a.role.as_deref(), Some("BUS"), "{listing}");
}

#[test]
fn an_outlets_its_after_the_report_verb_makes_a_shared_surname_the_outlet() {
    let text = "Third party\n\nFormer mayor Michael Bloomberg is weighing a run of his own. \
                Bloomberg says its own survey finds voters want a third choice.";
    let doc = resolve_parsed(text, DAY);
    let listing = render_mentions(&doc);
    assert_eq!(
        actor_exact(&doc, "Bloomberg").and_then(|a| a.kb_id.as_deref()),
        Some("group:bloomberg-news"),
        "{listing}"
    );
    // without the outlet's "its" the surname stays the person's
    let text = "Third party\n\nFormer mayor Michael Bloomberg is weighing a run of his own. \
                Bloomberg says he will decide by March.";
    let doc = resolve_parsed(text, DAY);
    let listing = render_mentions(&doc);
    assert_eq!(
        actor_exact(&doc, "Bloomberg").map(|a| a.name.as_str()),
        Some("Michael Bloomberg"),
        "{listing}"
    );
}

#[test]
fn offices_of_2016_code_the_vice_president_and_a_senator() {
    let text = "Campaign trail\n\nJoe Biden toured a plant in Ohio. Marco Rubio spoke in \
                Miami on Monday.";
    let doc = resolve_parsed(text, DAY);
    let listing = render_mentions(&doc);
    assert_eq!(
        code(&doc, "Joe Biden").as_deref(),
        Some("USAGOV"),
        "{listing}"
    );
    assert_eq!(
        code(&doc, "Marco Rubio").as_deref(),
        Some("USALEG"),
        "{listing}"
    );
    // the same names at a date after those offices
    let doc = resolve_parsed(text, (2018, 3, 1));
    let listing = render_mentions(&doc);
    assert_ne!(
        code(&doc, "Joe Biden").as_deref(),
        Some("USAGOV"),
        "{listing}"
    );
}
