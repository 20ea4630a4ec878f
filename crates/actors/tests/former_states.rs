//! Former states through the actors stage, on invented sentences: names, demonyms, seats
//! and leaders read by the article's date (the KB's `former_states.tsv` and Archigos spells).

use crate::common;

use attache_actors::resolve::render_mentions;
use common::{code, resolve_parsed};

#[test]
fn a_1987_story_codes_moscow_and_its_leader_as_the_soviet_union() {
    let text = "Grain talks\n\nThe Soviet Union and Yugoslavia signed a grain accord. \
                Moscow accused East Germany of delaying the shipments, and Gorbachev \
                telephoned Honecker on Friday.";
    let doc = resolve_parsed(text, (1987, 5, 5));
    let listing = render_mentions(&doc);
    assert_eq!(
        code(&doc, "Soviet Union").as_deref(),
        Some("SUN"),
        "{listing}"
    );
    assert_eq!(
        code(&doc, "Yugoslavia").as_deref(),
        Some("YUG"),
        "{listing}"
    );
    assert_eq!(code(&doc, "Moscow").as_deref(), Some("SUNGOV"), "{listing}");
    assert_eq!(
        code(&doc, "East Germany").as_deref(),
        Some("DDR"),
        "{listing}"
    );
    assert_eq!(
        code(&doc, "Gorbachev").as_deref(),
        Some("SUNGOV"),
        "{listing}"
    );
    assert_eq!(
        code(&doc, "Honecker").as_deref(),
        Some("DDRGOV"),
        "{listing}"
    );
}

#[test]
fn a_2020_story_codes_moscow_as_russia_and_the_soviet_union_as_history() {
    let text = "Old archives\n\nMoscow opened files on the Soviet Union's grain trade with \
                historians on Monday.";
    let doc = resolve_parsed(text, (2020, 3, 9));
    let listing = render_mentions(&doc);
    assert_eq!(code(&doc, "Moscow").as_deref(), Some("RUSGOV"), "{listing}");
    assert_eq!(
        code(&doc, "Soviet Union").as_deref(),
        Some("SUN"),
        "{listing}"
    );
}

#[test]
fn a_former_soviet_republic_is_no_mention_of_the_soviet_union() {
    for text in [
        "Pipeline deal\n\nTurkey will buy gas from a former Soviet Republic next year.",
        "Pipeline deal\n\nTurkey will buy gas from two former Soviet republics next year.",
    ] {
        let doc = resolve_parsed(text, (2016, 4, 4));
        let listing = render_mentions(&doc);
        assert_eq!(code(&doc, "Soviet"), None, "{listing}");
    }
}
