//! Session 26, objects: sides named inside an object phrase, from a blind judge's largest
//! class of dyad errors on wire news. Sentences are invented.

use crate::qa22_sides::{has_side, lacks_side};

#[test]
fn a_party_word_on_a_policy_noun_names_the_party_as_the_target() {
    // "Republican" modifies "efforts", an act of the party: the party is the one rejected.
    has_side(
        "WASHINGTON (AP) - The U.S. Senate rejected Republican efforts to cut taxes on Tuesday.",
        "Republican[USAPTY] 120",
    );
    has_side(
        "WASHINGTON (AP) - President Clinton lambasted the Democratic budget on Tuesday.",
        "Democratic[USAPTY] 111",
    );
}

#[test]
fn a_party_word_on_a_thing_merely_described_names_no_side() {
    // A debate the party holds is no act of the party's against anyone.
    lacks_side(
        "WASHINGTON (AP) - President Clinton criticized the Republican debate on Tuesday.",
        "Republican",
    );
}
