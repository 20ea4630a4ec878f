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
