//! Session 28: a person's name whose given name is joined by a hyphen ("Anne-Marie",
//! "Karl-Heinz") is read whole, not from its second part, where the name tagger may start
//! it; hyphenated surnames stay whole too. Invented sentences.

use crate::common::{actor_exact, resolve_parsed};

const DAY: (i32, u32, u32) = (2016, 5, 3);

#[test]
fn a_hyphenated_given_name_stays_whole() {
    let doc = resolve_parsed("On Monday, Anne-Marie Vale said the plan would fail.", DAY);
    let a = actor_exact(&doc, "Anne-Marie Vale").expect("the whole name is a mention");
    assert_eq!(a.name, "Anne-Marie Vale");
    assert!(actor_exact(&doc, "Marie Vale").is_none());
}

#[test]
fn a_later_surname_refers_to_the_whole_hyphenated_name() {
    let doc = resolve_parsed(
        "The report was written by Karl-Heinz Dorn, a scholar in Bonn. Dorn said the alliance \
         was weak.",
        DAY,
    );
    let a = actor_exact(&doc, "Dorn").expect("the surname is a mention");
    assert_eq!(a.name, "Karl-Heinz Dorn");
}

#[test]
fn a_hyphenated_surname_stays_whole() {
    let doc = resolve_parsed("The talks were led by Tom Smith-Jones on Friday.", DAY);
    let a = actor_exact(&doc, "Tom Smith-Jones").expect("the whole name is a mention");
    assert_eq!(a.name, "Tom Smith-Jones");
}

#[test]
fn two_surnames_joined_by_a_hyphen_stay_apart() {
    // A lone surname after another is no given name: "the Vale-Dorn ticket".
    let doc = resolve_parsed(
        "Voters in Ohio backed the Vale-Dorn ticket on Tuesday.",
        DAY,
    );
    assert!(doc
        .actors
        .iter()
        .all(|a| a.name != "Vale-Dorn" || a.kind != attache_core::ActorKind::Person));
}
