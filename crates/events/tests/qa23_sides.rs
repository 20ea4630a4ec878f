//! Session 23: more sides left empty that the sentence names, where session 22's reading of
//! a named but uncoded party stopped: a name the parse heads on a word the mention leaves out,
//! an indirect object, a phrase hung on the event noun a light verb takes, the patient after
//! "of", and a name right after the trigger or its preposition that the parse attaches
//! elsewhere. Sentences are invented.

use crate::qa22_sides::{has_side, sides};

#[test]
fn a_company_headed_on_its_closing_word_is_the_target() {
    // The parse heads the object on "Corp.", which the company's mention leaves out.
    has_side(
        "The French government sued Microsoft Corp. on Monday.",
        "The French government[FRAGOV] -> Microsoft[-] 115",
    );
}

#[test]
fn an_indirect_object_is_the_one_asked() {
    has_side(
        "French President Jacques Chirac asked Hana Okafor to lead the talks.",
        "Jacques Chirac[FRAGOV] -> Hana Okafor[-] 020",
    );
}

#[test]
fn the_partner_of_an_event_noun_after_a_light_verb_is_the_target() {
    let text = "Russian President Boris Yeltsin held a private meeting with Hana Okafor on Monday.";
    has_side(text, "Boris Yeltsin[RUSGOV] -> Hana Okafor[-] 040");
    has_side(text, "Hana Okafor[-] -> Boris Yeltsin[RUSGOV] 040");
    has_side(
        "Russian President Boris Yeltsin rejected attacks from Hana Okafor on Monday.",
        "Boris Yeltsin[RUSGOV] -> Hana Okafor[-] 120",
    );
}

#[test]
fn the_one_after_of_is_the_patient_of_an_event_noun() {
    has_side(
        "French President Jacques Chirac's criticism of Hana Okafor angered many.",
        "Jacques Chirac[FRAGOV] -> Hana Okafor[-] 111",
    );
    has_side(
        "The arrest of Hana Okafor by French police angered Algeria.",
        "French police[FRACOP] -> Hana Okafor[-] 173",
    );
}

#[test]
fn a_name_right_after_the_trigger_or_its_preposition_is_the_target() {
    // The parse makes the name the infinitive's subject, or a predicate of the verb.
    has_side(
        "French President Jacques Chirac called on Hana Okafor to cut prices.",
        "Jacques Chirac[FRAGOV] -> Hana Okafor[-] 100",
    );
    has_side(
        "French police detained Hana Okafor in Paris.",
        "French police[FRACOP] -> Hana Okafor[-] 173",
    );
}

#[test]
fn a_possessor_after_the_preposition_is_not_the_one_met() {
    let got = sides("French President Jacques Chirac met with Hana Okafor's lawyer on Monday.");
    assert!(!got.iter().any(|g| g.contains("Hana Okafor")), "{got:?}");
}

#[test]
fn a_wreath_laid_at_a_memorial_names_no_target() {
    // "at" names whom an act is aimed at only for a hostile act; here it is a place.
    has_side(
        "French President Jacques Chirac laid a wreath at the Tomb of the Unknown Soldier in \
         Warsaw.",
        "Jacques Chirac[FRAGOV] -> ? 017",
    );
}

#[test]
fn a_perfect_the_parse_reads_as_passive_keeps_its_doer() {
    // A passive later in the sentence misleads the parse into a passive subject for "has
    // called"; the government is the one calling, not the one called on.
    let text = "The Kenyan government has formally called for the rebels to be expelled from the \
                talks.";
    has_side(text, "The Kenyan government[KENGOV] -> ? 026");
    let got = sides(text);
    assert!(
        !got.iter().any(|g| g.contains("-> The Kenyan government")),
        "{got:?}"
    );
}

#[test]
fn the_subject_of_have_or_hold_does_the_event_noun_it_takes() {
    // "had a meeting with": the meeting is the subject's, as "made a visit" is.
    let text = "French President Jacques Chirac had a meeting with Hana Okafor on Monday.";
    has_side(text, "Jacques Chirac[FRAGOV] -> Hana Okafor[-] 040");
    has_side(text, "Hana Okafor[-] -> Jacques Chirac[FRAGOV] 040");
    has_side(
        "French President Jacques Chirac had a meeting with the Iranian government on Monday.",
        "Jacques Chirac[FRAGOV] -> the Iranian government[IRNGOV] 040",
    );
}

#[test]
fn the_agent_of_a_participle_on_an_event_noun_does_its_act() {
    has_side(
        "The sanctions on the Iranian government imposed by the French government were lifted.",
        "the French government[FRAGOV] -> the Iranian government[IRNGOV] 163",
    );
    // One who only arranged the talks is no party to them.
    let got = sides("The talks with Iran brokered by Oman were secret.");
    assert!(!got.iter().any(|g| g.contains("Oman")), "{got:?}");
}

#[test]
fn the_subject_of_the_verb_governing_a_subjectless_infinitive_does_its_act() {
    has_side(
        "Hana Okafor decided to criticize French President Jacques Chirac on Monday.",
        "Hana Okafor[-] -> Jacques Chirac[FRAGOV] 111",
    );
    // An infinitive after an object is the object's act, never the subject's.
    let got = sides("Hana Okafor urged the rebels to attack the French embassy on Monday.");
    let force = |g: &String| {
        g.starts_with("Hana Okafor[-]")
            && g.rsplit(' ')
                .next()
                .is_some_and(|c| c.starts_with("18") || c.starts_with("19"))
    };
    assert!(!got.iter().any(force), "{got:?}");
}

#[test]
fn a_name_in_apposition_to_the_doers_own_possessed_object_is_the_target() {
    // "his" is the doer himself; the adviser is named after the comma.
    has_side(
        "French President Jacques Chirac criticized his former adviser, Hana Okafor, on Monday.",
        "Jacques Chirac[FRAGOV] -> Hana Okafor[-] 111",
    );
}

#[test]
fn the_subject_of_a_threats_condition_is_its_target() {
    // The if-clause hangs on the infinitive the threat governs.
    has_side(
        "The French government threatened to revoke his visa if Hana Okafor did not sign the \
         document.",
        "The French government[FRAGOV] -> Hana Okafor[-] 130",
    );
}

#[test]
fn the_one_named_in_a_planned_meeting_is_the_target_of_the_intention() {
    has_side(
        "Russian President Boris Yeltsin also plans to meet with Hana Okafor in Moscow.",
        "Boris Yeltsin[RUSGOV] -> Hana Okafor[-] 036",
    );
}

#[test]
fn modifiers_may_open_the_phrase_after_the_triggers_preposition() {
    // The parse hangs "with" on "union". (Session 24: union leaders are labour, no
    // government, so with no country the actors stage leaves them to the event coder's
    // group phrase, named in full.)
    let text = "French President Jacques Chirac's talks with union leaders lasted a week.";
    has_side(text, "Jacques Chirac[FRAGOV] -> union leaders[-] 040");
}
