//! Session 20 (third actors helper): named actors and bodies left without a code, each shape
//! in sentences written for these tests.

mod common;

use common::resolve_parsed_from;

#[test]
fn opposition_groups_are_the_story_countrys_opposition() {
    let doc = resolve_parsed_from(
        "Opposition groups called a general strike for Thursday. The interior minister said \
         the police would keep the roads to the capital open.",
        (1998, 5, 4),
        Some("NAIROBI"),
    );
    assert_eq!(
        common::code(&doc, "Opposition groups").as_deref(),
        Some("KENOPP"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn an_indefinite_ministry_spokesman_is_the_story_countrys_government() {
    let doc = resolve_parsed_from(
        "A Foreign Ministry spokesman accused Norway of meddling on Tuesday. Cuba has long \
         rejected such reports.",
        (1999, 2, 9),
        Some("HAVANA"),
    );
    assert_eq!(
        common::code(&doc, "A Foreign Ministry spokesman").as_deref(),
        Some("CUBGOV"),
        "{}",
        attache_actors::resolve::render_mentions(&doc)
    );
}

#[test]
fn an_indefinite_spokesman_with_no_body_stays_nobody() {
    let doc = resolve_parsed_from(
        "A spokesman declined to comment on the talks on Tuesday. Cuba has long rejected such \
         reports.",
        (1999, 2, 9),
        Some("HAVANA"),
    );
    assert_eq!(common::code(&doc, "A spokesman"), None);
}
