//! Session 22: sides left empty that the sentence names. A person or group no code places,
//! named in a phrase of the act ("met with", "apologized to", "attacked by") or in apposition
//! to its object, is printed as that side by name with a null code, as the subject and the
//! direct object already were. Sentences are invented.

use crate::common;

use common::{code_of, doc};

/// Each event of `text` as "source -> target CAMEO", a side shown by its actor's name and
/// code ("-" for none), and "?" when the event has no such side.
pub fn sides(text: &str) -> Vec<String> {
    let d = doc(text);
    let side =
        |r: Option<attache_core::ActorRef>| match r.and_then(|r| d.actors.get(r.actor as usize)) {
            Some(a) => format!(
                "{}[{}]",
                a.name,
                code_of(&d, r).unwrap_or_else(|| "-".into())
            ),
            None => "?".to_string(),
        };
    d.events
        .iter()
        .map(|e| format!("{} -> {} {}", side(e.source), side(e.target), e.cameo))
        .collect()
}

/// Asserts that `text` has an event whose sides and code [`sides`] prints as `want`.
pub fn has_side(text: &str, want: &str) {
    let got = sides(text);
    assert!(
        got.iter().any(|g| g == want),
        "{text}\nwant {want}\ngot {got:?}"
    );
}

/// No event of `text` has a source printed starting with `name` (it may be a target).
pub fn lacks_source(text: &str, name: &str) {
    let got = sides(text);
    assert!(
        !got.iter().any(|g| g.starts_with(name)),
        "{text}\ngot {got:?}"
    );
}

/// No event of `text` has a side printed as `name`.
pub fn lacks_side(text: &str, name: &str) {
    let got = sides(text);
    assert!(
        !got.iter().any(|g| g.contains(&format!("{name}["))),
        "{text}\n{name} should be no side\ngot {got:?}"
    );
}

#[test]
fn an_uncoded_person_after_with_is_the_one_met() {
    let text = "President Emmanuel Macron met with Hana Okafor in Paris on Tuesday.";
    has_side(text, "Emmanuel Macron[FRAGOV] -> Hana Okafor[-] 040");
    // A meeting goes both ways, as with two coded sides.
    has_side(text, "Hana Okafor[-] -> Emmanuel Macron[FRAGOV] 040");
}

#[test]
fn an_uncoded_person_after_to_is_the_one_apologized_to() {
    has_side(
        "Russian Foreign Minister Sergei Lavrov apologized to Hana Okafor on Sunday.",
        "Sergei Lavrov[RUSGOV] -> Hana Okafor[-] 055",
    );
}

#[test]
fn an_uncoded_group_after_by_is_the_doer_of_a_passive_act() {
    has_side(
        "The French embassy in Bamako was attacked by Islamist militants on Friday.",
        "militants[-] -> The French embassy[FRAGOV] 190",
    );
}

#[test]
fn a_name_in_apposition_to_the_object_is_the_target() {
    has_side(
        "The Kenyan government ordered the boy's uncle, Daniel Mwangi, to leave the country.",
        "The Kenyan government[KENGOV] -> Daniel Mwangi[-] 100",
    );
}

#[test]
fn a_meeting_of_two_uncoded_people_is_kept_both_ways() {
    // Only the opposition leader has a political role; the meeting is still hers too.
    let text =
        "Lena Fischer said she had met with opposition leader Tomas Berwick twice last year.";
    let got = sides(text);
    let there = |w: &str| got.iter().any(|g| g == w);
    assert!(
        there("Lena Fischer[-] -> Tomas Berwick[-] 040")
            && there("Tomas Berwick[-] -> Lena Fischer[-] 040"),
        "{got:?}"
    );
    // A side no one names gives no event by the other alone.
    let got = sides("He would meet with the Harlow Foundation to talk about the plan.");
    assert!(!got.iter().any(|g| g.starts_with("? ->")), "{got:?}");
}

#[test]
fn an_uncoded_possessor_or_by_phrase_is_the_doer_of_an_event_noun() {
    has_side(
        "Hana Okafor's investigation of President Emmanuel Macron expanded on Monday.",
        "Hana Okafor[-] -> Emmanuel Macron[FRAGOV] 090",
    );
    has_side(
        "The kidnapping of the French ambassador by Islamist militants shocked officials on \
         Monday.",
        "militants[-] -> the French ambassador[FRAGOV] 181",
    );
}

#[test]
fn the_noun_a_relative_clause_describes_is_the_doer_of_its_act() {
    has_side(
        "The Islamist militants who kidnapped the French ambassador were arrested on Monday.",
        "The Islamist militants[-] -> the French ambassador[FRAGOV] 181",
    );
}

#[test]
fn an_uncoded_object_fills_a_target_slot_after_a_preposition_slot() {
    // `fight.shoot_at` reads "at" first, then the object.
    has_side(
        "A French soldier fatally shot Daniel Mwangi in Bamako on Monday.",
        "A French soldier[FRAMIL] -> Daniel Mwangi[-] 193",
    );
    // An object the entry needs, read after its other slots, is what is asked for.
    let got = sides(
        "The Cuban exiles carried signs demanding ``Freedom for Daniel Mwangi,'' the battle cry \
         of the rallies.",
    );
    assert!(!got.iter().any(|g| g.contains("Freedom")), "{got:?}");
}

#[test]
fn the_noun_a_passive_relative_clause_describes_is_the_one_it_hit() {
    has_side(
        "Daniel Mwangi, who was shot by French soldiers in Bamako, died on Monday.",
        "French soldiers[FRAMIL] -> Daniel Mwangi[-] 193",
    );
}
