//! Session 24: sides a blind judge found empty although the sentence names them, where the
//! uncoded readers of sessions 22 and 23 stopped. Sentences are invented.

use crate::qa22_sides::{has_side, lacks_side, sides};

#[test]
fn the_owner_of_a_rejected_or_mocked_thing_is_the_target() {
    has_side(
        "French President Jacques Chirac rejected Hana Okafor's claim that the vote was rigged.",
        "Jacques Chirac[FRAGOV] -> Hana Okafor[-] 016",
    );
    has_side(
        "The French ministry rejected the request by Hana Okafor for a visa.",
        "The French ministry[FRAGOV] -> Hana Okafor[-] 1232",
    );
    has_side(
        "French President Jacques Chirac mocked the story of Hana Okafor about the war.",
        "Jacques Chirac[FRAGOV] -> Hana Okafor[-] 111",
    );
}

#[test]
fn the_owner_of_a_person_or_of_what_others_do_to_her_is_no_target() {
    // The lawyer was met; the release is asked of her captors; the parishioners are urged.
    lacks_side(
        "French President Jacques Chirac met Hana Okafor's lawyer in Paris.",
        "Hana Okafor",
    );
    lacks_side(
        "French President Jacques Chirac demanded Hana Okafor's release.",
        "Hana Okafor",
    );
    lacks_side(
        "French President Jacques Chirac urged Hana Okafor's parishioners to vote.",
        "Hana Okafor",
    );
    lacks_side(
        "French President Jacques Chirac visited the grave of Hana Okafor.",
        "Hana Okafor",
    );
}

#[test]
fn a_collective_noun_names_the_group_that_acts() {
    has_side(
        "A Moslem group vowed to attack the United States.",
        "A Moslem group[-] -> United States[USA] 138",
    );
    has_side(
        "The rebel group accused the French government of torture.",
        "The rebel group[-] -> the French government[FRAGOV] 1122",
    );
    has_side(
        "The union, which endorsed Jacques Chirac in May, is large.",
        "The union[-] -> Jacques Chirac[FRAELI] 051",
    );
}

#[test]
fn a_group_counting_others_or_denied_is_no_side() {
    // "a group of senators" names the senators; "no group" names no one.
    lacks_side(
        "A group of senators accused the French government of torture.",
        "A group",
    );
    lacks_side(
        "No Islamist organization accused the French government of torture.",
        "No Islamist organization",
    );
}

#[test]
fn an_infinitive_on_a_noun_named_in_apposition_is_that_ones_act() {
    // Read leftwards the act had no doer, and the name after the comma was its target.
    has_side(
        "The lone congressman to oppose the measure, Rep. Jack Ames, said he was proud.",
        "Jack Ames[USALEG] -> ? 110",
    );
}

#[test]
fn a_call_for_someone_to_act_is_made_on_that_one() {
    has_side(
        "Hillary Clinton on Monday called for the United States to do more in Syria.",
        "Hillary Clinton[USAELI] -> United States[USA] 020",
    );
    has_side(
        "French President Jacques Chirac called for Hana Okafor to resign.",
        "Jacques Chirac[FRAGOV] -> Hana Okafor[-] 0241",
    );
}

#[test]
fn a_call_for_one_to_be_acted_on_or_still_to_be_named_names_no_target() {
    // Okafor is to be fired by others; the prosecutor is still to be appointed.
    lacks_side(
        "French President Jacques Chirac called for Hana Okafor to be fired.",
        "Hana Okafor",
    );
    let got = sides(
        "French President Jacques Chirac called for a special prosecutor to investigate the \
         deal.",
    );
    assert!(!got.iter().any(|g| g.contains("rosecutor")), "{got:?}");
}

#[test]
fn a_perfect_parsed_with_a_passive_subject_keeps_its_uncoded_doer() {
    // The parse makes "she" a passive subject of "had not consulted".
    has_side(
        "Ana Vidal said she had not consulted the French parliament.",
        "Ana Vidal[-] -> the French parliament[FRALEG] 040",
    );
}

#[test]
fn men_and_people_detained_or_urged_are_the_target() {
    has_side(
        "French police detained 11 men on Monday.",
        "French police[FRACOP] -> 11 men[-] 173",
    );
    has_side(
        "French police urged people to stay home on Monday.",
        "French police[FRACOP] -> people[-] 020",
    );
}

#[test]
fn the_owner_of_a_thing_after_the_entrys_preposition_is_the_target() {
    has_side(
        "French President Jacques Chirac railed against Hana Okafor's plan.",
        "Jacques Chirac[FRAGOV] -> Hana Okafor[-] 111",
    );
}

#[test]
fn a_present_participle_on_a_group_is_that_groups_act() {
    has_side(
        "Hana Okafor gave money to a group backing Jacques Chirac.",
        "a group[-] -> Jacques Chirac[FRAELI] 051",
    );
}

#[test]
fn candidates_moderators_and_observers_are_group_sides() {
    has_side(
        "Senator Bernie Sanders endorsed eight state legislative candidates.",
        "Bernie Sanders[USALEG] -> eight state legislative candidates[-] 051",
    );
    has_side(
        "Ethiopia invited international observers to the vote.",
        "Ethiopia[ETH] -> international observers[-] 020",
    );
}

#[test]
fn a_person_named_before_an_inquiry_is_the_one_investigated() {
    let got = sides("Hillary Clinton spoke on Monday. The Clinton investigation ended on Friday.");
    assert!(
        got.iter().any(|g| g == "? -> Hillary Clinton[USAELI] 090"),
        "{got:?}"
    );
    // An agency before the noun still does the inquiry.
    has_side(
        "The FBI investigation of Hillary Clinton ended on Friday.",
        "United States (government)[USAGOV] -> Hillary Clinton[USAELI] 090",
    );
}

#[test]
fn an_uncoded_subject_with_an_aside_keeps_its_object_as_target() {
    // The comma before "criticized" closes an aside, not a quote: Russia is no speaker.
    has_side(
        "Hana Okafor, a teacher, criticized Russia.",
        "Hana Okafor[-] -> Russia[RUS] 111",
    );
}

#[test]
fn a_named_uncoded_subject_leaves_no_actor_to_be_read_leftwards() {
    has_side(
        "Hana Okafor started calling French senators and asking them to resign.",
        "Hana Okafor[-] -> French senators[FRALEG] 0241",
    );
}

#[test]
fn a_who_left_as_a_main_clause_subject_stands_for_the_name_before_it() {
    // The parse makes "who endorsed" the main clause, with "who" for its subject.
    has_side(
        "In the interview, Hana Okafor, who endorsed Jacques Chirac in February, said he was \
         ready.",
        "Hana Okafor[-] -> Jacques Chirac[FRAELI] 051",
    );
}

#[test]
fn a_donor_in_apposition_or_a_super_pac_is_the_doer_of_its_relative_clause() {
    has_side(
        "Among them was Hana Okafor, a longtime donor who backs Jacques Chirac.",
        "Hana Okafor[-] -> Jacques Chirac[FRAELI] 051",
    );
    has_side(
        "Several PACs attacked Jacques Chirac.",
        "Several PACs[-] -> Jacques Chirac[FRAELI] 111",
    );
}
