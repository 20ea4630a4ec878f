//! Session 26, sides: sides left empty though the sentence names them, from a blind judge's
//! largest class of dyad errors on wire news. Sentences are invented.

use crate::qa22_sides::has_side;

#[test]
fn a_one_word_name_found_once_is_that_person_again_inside_a_sentence() {
    // The tagger finds "Mchami" in the first sentence only; the second names him too.
    has_side(
        "The Kenyan government said Mchami, a teacher, sued the Kenyan police on Monday. \
         The Kenyan government praised Mchami on Tuesday.",
        "The Kenyan government[KENGOV] -> Mchami[-] 051",
    );
}

#[test]
fn a_group_of_people_named_by_no_code_does_what_its_verb_says() {
    // "group" names no one; those its "of" phrase counts are the accusers.
    has_side(
        "A group of Holocaust survivors accused the Swiss government of hiding assets.",
        "Holocaust survivors[-] -> the Swiss government[CHEGOV] 112",
    );
    // Here the speech stage reads "criticized" as a stance and names its described speaker
    // with the whole quantity phrase; the side is that actor.
    has_side(
        "Hundreds of teachers criticized the Kenyan government on Monday.",
        "Hundreds of teachers[-] -> the Kenyan government[KENGOV] 111",
    );
}

#[test]
fn a_report_acting_is_its_uncoded_authors_act() {
    // The participle hangs on "report"; the foundation that issued it criticizes.
    has_side(
        "The Harlow Foundation issued a report criticizing the Kenyan government.",
        "Harlow Foundation[-] -> the Kenyan government[KENGOV] 111",
    );
}

#[test]
fn one_unnamed_person_named_by_a_noun_is_a_side() {
    // A singular people noun with a determiner names the one the act is done to.
    has_side(
        "The Kenyan government mocked a disabled reporter on Monday.",
        "The Kenyan government[KENGOV] -> a disabled reporter[-] 111",
    );
}

#[test]
fn any_one_of_a_kind_is_no_side() {
    // "any candidate" is no one in particular: the meeting's other side stays empty.
    crate::qa22_sides::lacks_side(
        "The Kenyan foreign minister will meet with any candidate who requests a meeting.",
        "any candidate",
    );
}

#[test]
fn a_name_the_tagger_leaves_out_is_its_verbs_side() {
    // No name mention covers "Kiprotich"; as the verb's subject the name is the source.
    has_side(
        "Kiprotich blamed the Kenyan government for the delays.",
        "Kiprotich[-] -> the Kenyan government[KENGOV] 112",
    );
}

#[test]
fn the_last_word_of_a_longer_name_is_no_side() {
    // "Yorker" after "New" is part of a name the parse split: no side of its own.
    crate::qa22_sides::lacks_side(
        "The Kenyan government criticized The New Yorker on Monday.",
        "Yorker",
    );
}

#[test]
fn a_letter_to_someone_is_not_the_addressees_act() {
    // The letter is Hana Okafor's: its addressee does not criticize.
    crate::qa22_sides::lacks_side(
        "Hana Okafor sent a letter to President Museveni criticizing the oil deal.",
        "Yoweri Museveni",
    );
}
