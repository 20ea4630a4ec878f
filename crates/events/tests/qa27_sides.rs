//! Session 27, sides: sides left empty although the sentence names them, from a blind
//! judge's dyad verdicts on real news (source and target right for half the events printed).
//! Sentences are invented.

use crate::qa22_sides::{has_side, lacks_side, lacks_source};

#[test]
fn a_people_noun_owning_a_thing_refused_is_the_one_refused() {
    // "the professor's application": the possessor is the side, by its text.
    has_side(
        "The Kenyan court denied the professor's application on Monday.",
        "The Kenyan court[KENJUD] -> the professor[-] 120",
    );
    has_side(
        "The Kenyan court refused the attorneys' assertions on Monday.",
        "The Kenyan court[KENJUD] -> the attorneys[-] 120",
    );
}

#[test]
fn the_possessor_of_a_group_noun_stays_inside_that_group() {
    // "the farmers' union" is one side, not the farmers apart.
    has_side(
        "The Kenyan government praised the farmers' union on Monday.",
        "The Kenyan government[KENGOV] -> the farmers' union[-] 051",
    );
    lacks_side(
        "The Kenyan government praised the farmers' union on Monday.",
        "the farmers",
    );
}

#[test]
fn the_media_and_foreigners_are_sides_named_by_a_noun() {
    has_side(
        "The Kenyan government chastised the media on Monday.",
        "The Kenyan government[KENGOV] -> the media[-] 111",
    );
    has_side(
        "The Kenyan government blamed foreigners for the unrest.",
        "The Kenyan government[KENGOV] -> foreigners[-] 112",
    );
}

#[test]
fn a_past_tense_read_as_a_participle_still_has_its_subject() {
    // The tagger reads "kidnapped" as a participle describing "Terrorists", the sentence's
    // root; with a noun phrase right after it, it is the sentence's verb.
    has_side(
        "Terrorists kidnapped former Prime Minister Aldo Moro on Monday.",
        "Terrorists[-] -> Aldo Moro[ITAELI] 181",
    );
}

#[test]
fn a_headline_passive_of_harm_makes_its_subject_the_one_harmed() {
    // No auxiliary: "killed in an ambush by rebels" was read as the soldiers killing.
    let text = "Three Kenyan soldiers killed in an ambush by rebels.";
    lacks_source(text, "Kenyan soldiers");
    has_side(text, "? -> Kenyan soldiers[KENMIL] 190");
}

#[test]
fn those_arrested_named_before_the_participle_are_its_target() {
    // "soldiers arrested in Uganda" were arrested: no record of them arresting.
    let text = "Three Kenyan soldiers arrested in Uganda were freed on Monday.";
    lacks_source(text, "Kenyan soldiers");
    has_side(text, "? -> Kenyan soldiers[KENMIL] 173");
    // An object right after the participle keeps the doer, however the parse hangs it.
    has_side(
        "Last week, Ugandan rebels killed three Kenyan soldiers and seriously wounded six others.",
        "Ugandan rebels[UGAREB] -> Kenyan soldiers[KENMIL] 1823",
    );
}

#[test]
fn a_participle_with_no_object_after_it_stays_a_description() {
    // "Soldiers killed in an ambush" were killed: the repair needs a noun phrase right after
    // the participle, so nothing makes the soldiers the doers of an act on the ambush.
    lacks_side(
        "Three Kenyan soldiers killed in an ambush on Monday.",
        "an ambush",
    );
}

#[test]
fn the_second_party_after_between_and_is_a_side_however_parsed() {
    // The parse makes "the Ugandan president" the subject of "ended".
    let text = "The talks between the Kenyan government and the Ugandan president ended on Monday.";
    has_side(
        text,
        "the Kenyan government[KENGOV] -> Yoweri Museveni[UGAGOV] 040",
    );
    has_side(
        text,
        "Yoweri Museveni[UGAGOV] -> the Kenyan government[KENGOV] 040",
    );
}

#[test]
fn an_investigation_of_an_attack_is_not_aimed_at_its_victims() {
    // The embassy was bombed; the probe is into the bombers.
    lacks_side(
        "The Kenyan police are probing into the bombings of the Ugandan embassy.",
        "the Ugandan embassy",
    );
}

#[test]
fn an_investigation_opened_of_a_company_is_aimed_at_it() {
    has_side(
        "Kenyan prosecutors opened an investigation of Sun Metal Works on Monday.",
        "Kenyan prosecutors[KENJUD] -> Sun Metal Works[-] 090",
    );
}

#[test]
fn an_agreement_to_act_on_others_is_made_one_way() {
    // Those to be hosted agreed to nothing: no record from them back to the government.
    let text = "The Kenyan government agreed to host refugees from Uganda.";
    has_side(
        text,
        "The Kenyan government[KENGOV] -> refugees from Uganda[UGAREF] 030",
    );
    lacks_source(text, "refugees from Uganda");
    // An agreement with a partner named by "with" goes both ways.
    let text = "The Kenyan government agreed with Uganda to reopen the border.";
    has_side(text, "Uganda[UGA] -> The Kenyan government[KENGOV] 035");
}
