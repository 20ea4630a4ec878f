//! Session 26, review of the object rules (instrument from-phrases, an event noun's joined
//! doers) with invented sentences.

use crate::qa22_sides::{has_side, lacks_side, sides};

#[test]
fn a_from_phrase_naming_a_place_is_no_sender() {
    // "from Chicago" says where the statement was issued, not who issued it: the senator
    // who issued it condemns.
    has_side(
        "Senator Dan Hollis issued a statement from Chicago condemning the Iranian missile \
         test.",
        "Dan Hollis[-] -> Iran[IRN] 111",
    );
    // A from-phrase naming an actor is still the sender, not the one who carries it.
    let text = "Lavrov delivered a letter from the president criticizing Iraq.";
    assert!(
        !sides(text).iter().any(|s| s.starts_with("Sergei Lavrov[")),
        "{:?}",
        sides(text)
    );
}

#[test]
fn a_doer_set_apart_by_not_does_not_join_the_act() {
    lacks_side(
        "Rwanda praised the mediation by Uganda and not by Burundi.",
        "Burundi",
    );
    has_side(
        "Turkey condemned the attack by Russia and Syria.",
        "Turkey[TUR] -> Syria[SYR] 111",
    );
}
