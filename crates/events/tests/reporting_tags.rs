//! A reporting tag (", the minister said", "X said Y had ...") is not part of the act it
//! reports: its speaker is neither the act's target nor partner, and its words are not the
//! act's content. And an act's place is a locative phrase of its own verb, not a word inside
//! its object ("the US threats", "the situation in Ukraine"). Invented sentences, whole
//! pipeline.

use crate::common;

use attache_core::Document;
use common::{day, pipeline, rows};

fn doc(text: &str) -> Document {
    pipeline(text, day(2026, 1, 16))
}

fn content(d: &Document) -> Vec<String> {
    d.commitments
        .iter()
        .map(|c| c.content)
        .map(|sp| d.text[sp.start as usize..sp.end as usize].to_string())
        .collect()
}

fn place_names(d: &Document) -> Vec<String> {
    d.events
        .iter()
        .filter_map(|e| e.place)
        .filter_map(|p| d.places.get(p as usize))
        .map(|p| d.text[p.span.start as usize..p.span.end as usize].to_string())
        .collect()
}

#[test]
fn a_trailing_tag_s_speaker_is_not_the_offer_s_target() {
    let d = doc("Norway has offered to host the talks, the minister said.");
    let r = rows(&d);
    assert!(
        r.iter()
            .any(|(s, _, c)| s.as_deref() == Some("NOR") && c.starts_with("03")),
        "{r:?}"
    );
    assert!(r.iter().all(|(_, t, _)| t.is_none()), "{r:?}");
    assert!(
        content(&d)
            .iter()
            .all(|c| !c.contains("minister") && !c.ends_with(',')),
        "{:?}",
        content(&d)
    );
}

#[test]
fn a_leading_tag_s_speaker_is_not_a_party_to_the_agreement() {
    let d = doc("Kenya's foreign minister said Norway had agreed to host the talks.");
    let r = rows(&d);
    assert!(
        r.iter()
            .any(|(s, _, c)| s.as_deref() == Some("NOR") && c.starts_with("03")),
        "{r:?}"
    );
    assert!(
        r.iter()
            .all(|(s, t, _)| s.as_deref() != Some("KENGOV") && t.as_deref() != Some("KENGOV")),
        "{r:?}"
    );
}

#[test]
fn a_tag_with_an_audience_stays_out_of_the_threat_s_condition() {
    let d = doc(
        "Canada will impose sanctions if Norway closes the border, the Canadian minister told reporters.",
    );
    let conds: Vec<&str> = d
        .events
        .iter()
        .filter_map(|e| e.condition)
        .map(|sp| &d.text[sp.start as usize..sp.end as usize])
        .collect();
    assert!(!conds.is_empty(), "{:?}", rows(&d));
    assert!(
        conds.iter().all(|c| *c == "if Norway closes the border"),
        "{conds:?}"
    );
}

#[test]
fn a_tag_after_the_rejected_object_is_not_the_refusal_s_content() {
    let d = doc("The Kenyan president rejected the demand, his office said.");
    assert!(!content(&d).is_empty(), "{:?}", rows(&d));
    assert!(
        content(&d).iter().all(|c| c == "the demand"),
        "{:?}",
        content(&d)
    );
}

#[test]
fn an_offer_is_not_made_to_the_diplomat_who_reports_it() {
    let d = doc("\"Norway has offered to host the talks\", a Kenyan diplomat said.");
    let r = rows(&d);
    assert!(
        r.iter()
            .any(|(s, _, c)| s.as_deref() == Some("NOR") && c.starts_with("03")),
        "{r:?}"
    );
    assert!(r.iter().all(|(_, t, _)| t.is_none()), "{r:?}");
}

#[test]
fn a_country_modifying_the_object_is_not_the_act_s_place() {
    let d = doc("Canada reiterated the US threats of sanctions.");
    assert!(
        !place_names(&d).iter().any(|p| p == "US"),
        "{:?}",
        place_names(&d)
    );
}

#[test]
fn a_place_inside_the_object_is_its_topic_not_where_the_act_was() {
    let d = doc("Sweden and Finland will discuss the situation in Ukraine.");
    assert!(
        !place_names(&d).iter().any(|p| p == "Ukraine"),
        "{:?}",
        place_names(&d)
    );
    assert!(!d.events.is_empty(), "{:?}", rows(&d));
}

#[test]
fn a_visited_capital_is_still_the_visit_s_place() {
    let d = doc("The Swedish prime minister visited Oslo on Monday.");
    assert!(
        place_names(&d).iter().any(|p| p == "Oslo"),
        "{:?}",
        place_names(&d)
    );
}

#[test]
fn a_tag_after_a_quoted_threat_stays_out_of_its_content() {
    let d = doc("Smith met Jones.\n\"We have been clear if any Norwegian forces cross the border, it will be met with [a] swift, severe, and a united response from the US and our partners and allies\", Smith told journalists.");
    let c = content(&d);
    assert!(!c.is_empty(), "{:?}", rows(&d));
    assert!(
        c.iter().all(|c| !c.contains("told") && !c.ends_with('"')),
        "{c:?}"
    );
}

#[test]
fn an_offer_misparsed_as_passive_keeps_its_offerer_as_source() {
    let d = doc("Egypt has also offered to host a reconstruction conference in February, an Egyptian diplomat said.");
    let r = rows(&d);
    assert!(
        r.iter()
            .any(|(s, _, c)| s.as_deref() == Some("EGY") && c.starts_with("03")),
        "{r:?}"
    );
}
