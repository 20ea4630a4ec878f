//! Session-14 fixes from review 14b: the force test, named attacks and appeals through an
//! indirect object. Invented sentences, whole pipeline; each failed before its fix.

use crate::common;

use common::{
    assert_event, assert_no_event, assert_words_not_force, codes, doc, has_code, has_root,
};

#[test]
fn a_shooting_verb_is_no_force_word_for_itself() {
    for text in [
        "Donald Trump shoots back at Hillary Clinton.",
        "Senator Marco Rubio is shooting for the nomination.",
    ] {
        let d = doc(text);
        assert!(!has_root(&d, "19"), "{text}: {:?}", codes(&d));
    }
}

#[test]
fn an_attack_named_by_its_place_or_day_is_force() {
    for text in [
        "Once the panic over the Friday attacks eased, Republican governors moved to block Syrian refugees.",
        "Brussels attacks test Obama's strategy.",
        "\"We were attacked in downtown Boston,\" President Barack Obama said.",
    ] {
        let d = doc(text);
        assert!(has_root(&d, "19"), "{text}: {:?}", codes(&d));
    }
    // Someone's attack on a named person, on a weekday, is still words.
    let d = doc("Donald Trump's Tuesday attack on Hillary Clinton fell flat.");
    assert!(!has_root(&d, "19"), "{:?}", codes(&d));
    assert!(has_code(&d, "111"), "{:?}", codes(&d));
}

#[test]
fn asking_someone_the_parse_calls_an_indirect_object_to_act_is_an_appeal() {
    let text = "Hillary Clinton asked the woman to lower her voice.";
    let d = doc(text);
    assert!(has_root(&d, "02"), "{text}: {:?}", codes(&d));
}

#[test]
fn the_press_spoken_to_after_a_meeting_leaves_the_meeting() {
    let text = "President Barack Obama met Vladimir Putin in Paris before speaking to the press.";
    assert_event(text, |e| e.evidence.rule == "consult.meet");
}

#[test]
fn a_retreat_word_later_in_the_sentence_leaves_the_backing() {
    let text = "Senator Lindsey Graham backed Jeb Bush before the governor dropped off the ballot.";
    assert_event(text, |e| e.cameo == "051");
}

#[test]
fn a_present_tense_with_a_plural_subject_is_a_resignation_done() {
    let text = "Greek ministers resign over bailout deal.";
    assert_event(text, |e| e.cameo == "0831");
    // A singular subject with the bare form is a subjunctive: wanted, not done.
    let text = "The opposition demands that Peruvian President Pedro Castillo resign.";
    assert_no_event(text, |e| e.cameo == "0831");
}

#[test]
fn a_force_word_outside_the_attacks_own_phrase_leaves_it_words() {
    for text in [
        "Donald Trump attacked Hillary Clinton on Tuesday, calling her plan to combat climate change weak.",
        "Armed with new talking points, Donald Trump attacked Hillary Clinton on Tuesday.",
        "Donald Trump attacked the Senate budget bill as a job killer.",
        "Hillary Clinton attacked Donald Trump's bombast on Tuesday.",
    ] {
        assert_words_not_force(text);
    }
}

#[test]
fn a_persons_attack_on_a_country_or_a_nationality_is_words() {
    for text in [
        "Donald Trump attacked China for stealing American jobs.",
        "Donald Trump attacked Hillary Clinton's Spanish-language skills.",
    ] {
        assert_words_not_force(text);
    }
    // A country's attack, and a nationality word before a place of force, stay force.
    for text in [
        "Russia's attack on Ukraine drew condemnation from the European Union.",
        "Azerbaijan attacked Armenian positions near the border.",
    ] {
        let d = doc(text);
        assert!(has_root(&d, "19"), "{text}: {:?}", codes(&d));
    }
}

#[test]
fn a_time_noun_after_an_attack_noun_is_no_compound() {
    let text = "Hillary Clinton's attack yesterday on Donald Trump was sharp.";
    assert_event(text, |e| e.cameo == "111");
    // A real compound still codes nothing.
    let text = "Donald Trump's attack ads on Hillary Clinton aired in Ohio.";
    let d = doc(text);
    assert!(d.events.is_empty(), "{text}: {:?}", codes(&d));
}

#[test]
fn thugs_who_attack_people_use_force() {
    let text = "Donald Trump said the thugs who attacked his supporters in Fresno were paid.";
    let d = doc(text);
    assert!(has_root(&d, "19"), "{text}: {:?}", codes(&d));
}

#[test]
fn a_thing_of_cooperation_offered_must_be_what_is_offered_and_not_under_no() {
    let text = "Senator Marco Rubio offered no real plans for the economy.";
    let d = doc(text);
    assert!(!has_root(&d, "03"), "{text}: {:?}", codes(&d));
    let text = "Turkey offered a new trade deal to Greece on Monday.";
    let d = doc(text);
    assert!(has_root(&d, "03"), "{text}: {:?}", codes(&d));
}

#[test]
fn talking_to_the_press_is_no_consultation() {
    for text in [
        "The governor spoke with CNN on Tuesday about the budget.",
        "Senator Ana Ruiz met a Reuters reporter in her office.",
    ] {
        let d = doc(text);
        assert!(!has_root(&d, "04"), "{text}: {:?}", codes(&d));
    }
    // a meeting between officials stays one, and acts on journalists stay coded
    let d = doc("The governor met the French ambassador on Tuesday.");
    assert!(has_root(&d, "04"), "{:?}", codes(&d));
    let d = doc("Turkey arrested a Swedish journalist on Monday.");
    assert!(has_root(&d, "17"), "{:?}", codes(&d));
}
