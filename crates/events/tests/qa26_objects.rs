//! Session 26, objects: sides named inside an object phrase, from a blind judge's largest
//! class of dyad errors on wire news. Sentences are invented.

use crate::qa22_sides::{has_side, lacks_side};

use crate::common::US_STORY;

#[test]
fn a_party_word_on_a_policy_noun_names_the_party_as_the_target() {
    // "Republican" modifies "efforts", an act of the party: the party is the one rejected.
    has_side(
        &format!("{US_STORY} The Senate rejected Republican efforts to cut taxes on Tuesday."),
        "The Senate[USALEG] -> Republican[USAPTY] 120",
    );
    has_side(
        &format!("{US_STORY} Donald Trump lambasted the Democratic budget on Tuesday."),
        "Donald Trump[USAGOV] -> Democratic[USAPTY] 111",
    );
}

#[test]
fn a_house_of_congress_on_a_bill_and_the_gop_alone_are_sides() {
    // "Senate" modifies "budget": the legislature's budget; "the GOP", which the name tagger
    // leaves out, is the party.
    has_side(
        &format!("{US_STORY} Hillary Clinton denounced the Senate budget on Tuesday."),
        "Hillary Clinton[USAELI] -> Senate[USALEG] 111",
    );
    has_side(
        &format!("{US_STORY} Hillary Clinton denounced the GOP on Tuesday."),
        "Hillary Clinton[USAELI] -> GOP[USAPTY] 111",
    );
    // A capitalised word after it titles a name: no party side.
    lacks_side(
        &format!("{US_STORY} The first senator to endorse Trump was GOP Sen. Ana Ruiz."),
        "GOP",
    );
}

#[test]
fn a_party_word_outside_an_american_story_names_no_party() {
    // "Republican" names parties of other states too.
    lacks_side(
        "The Irish Senate rejected Republican efforts to cut taxes on Tuesday.",
        "Republican",
    );
}

#[test]
fn a_party_word_on_a_thing_merely_described_names_no_side() {
    // A debate the party holds is no act of the party's against anyone.
    lacks_side(
        &format!("{US_STORY} Donald Trump criticized the Republican debate on Tuesday."),
        "Republican",
    );
}

#[test]
fn a_statement_acting_is_its_possessors_act_not_an_act_on_them() {
    // "his statement condemning": the condemning is Lavrov's, not aimed at him.
    has_side(
        "In his statement condemning the test, Russian Foreign Minister Sergei Lavrov \
         defended his record.",
        "Sergei Lavrov[RUSGOV] -> ? 111",
    );
}

#[test]
fn a_letter_from_someone_acting_is_that_senders_act() {
    // The Senate passes the resolution; its from-phrase names the author who condemns.
    has_side(
        "The Senate passed a resolution from Germany condemning Iraq.",
        "Germany[DEU] -> Iraq[IRQ] 111",
    );
}

#[test]
fn both_doers_of_an_act_noun_are_its_sides() {
    // The by-phrase names two attackers; condemning the attack condemns both.
    let text = "Germany condemned the attack by Russia and Syria on Aleppo.";
    has_side(text, "Germany[DEU] -> Russia[RUS] 111");
    has_side(text, "Germany[DEU] -> Syria[SYR] 111");
    // Two demonyms before the noun are its two doers too.
    has_side(
        "Germany condemned the Russian and Syrian attack on Aleppo.",
        "Germany[DEU] -> Syria[SYR] 111",
    );
}

#[test]
fn a_letter_from_someone_else_is_not_its_carriers_act() {
    // Lavrov carries the letter; its sender, named by no actor, is the critic, not he.
    lacks_side(
        "Russian Foreign Minister Sergei Lavrov delivered a letter from the president \
         criticizing Iraq.",
        "Sergei Lavrov",
    );
    // With no from-phrase, the one who delivers it is its author, as before.
    has_side(
        "Russian Foreign Minister Sergei Lavrov delivered a letter criticizing Iraq.",
        "Sergei Lavrov[RUSGOV] -> Iraq[IRQ] 111",
    );
}
