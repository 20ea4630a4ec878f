//! Session 17: contents joined where the report is one, speakers from transcript labels,
//! and sources that a contraction or a naming verb used to cut or miss; invented
//! sentences read by the full pipeline before speech (syntax, actors, times).

mod common;

use common::parsed_quotes;

/// Every quote as `[content, speaker's actor name, source as written, cue]`.
fn quotes(text: &str) -> Vec<[String; 4]> {
    parsed_quotes(text, true)
}

#[test]
fn a_contraction_with_not_does_not_cut_the_name_before_it() {
    // "won't" is read as "wo" + "n't": "wo" belongs to the verb, not to the source.
    for (text, source) in [
        (
            "Okafor won\u{2019}t say whether the depot will reopen next spring.",
            "Okafor",
        ),
        (
            "Brandvold can't say if the ferry fares will rise.",
            "Brandvold",
        ),
    ] {
        let got = quotes(text);
        assert!(got.iter().any(|q| q[2] == source), "{text}: {got:?}");
        assert!(
            got.iter()
                .all(|q| !q[2].ends_with(" wo") && !q[2].ends_with(" ca")),
            "{text}: {got:?}"
        );
    }
}

/// The speaker's actor name and status ("resolved" when an actor stands for it) of the
/// quote whose content starts with `start`.
fn speaker_of(text: &str, start: &str) -> Option<(String, bool)> {
    let mut doc = attache_core::Document::from_plain(text);
    for s in common::parsed_stages(true) {
        s.run(&mut doc);
    }
    doc.quotes
        .iter()
        .find(|q| doc.slice(q.span).starts_with(start))
        .map(|q| match q.speaker {
            Some(sp) => (doc.actors[sp.actor as usize].name.clone(), true),
            None => (String::new(), false),
        })
}

#[test]
fn a_transcript_host_named_only_in_capitals_speaks_under_the_label_name() {
    // Nobody in the article is called Morrow: the turn's speaker is named from the label,
    // a person with no code; the guest's turn stays with the guest.
    let text = "Rilke Defends Her Record\n\n\
        Governor Anna Rilke sat down with a television host on Sunday to talk about taxes.\n\n\
        MORROW: Governor, your critics say the cuts went too far. Do you agree with them?\n\n\
        RILKE: No. The cuts hurt, but the state had no other choice this year.\n\n\
        MORROW: Then what comes next for the schools in the north?\n";
    let host = speaker_of(text, "Governor, your critics");
    assert_eq!(host, Some(("Morrow".to_string(), true)), "{host:?}");
    let later = speaker_of(text, "Then what comes next");
    assert_eq!(later, Some(("Morrow".to_string(), true)), "{later:?}");
    let guest = speaker_of(text, "No. The cuts hurt");
    assert_eq!(guest, Some(("Anna Rilke".to_string(), true)), "{guest:?}");
}

#[test]
fn a_capitals_label_two_people_share_names_no_new_person() {
    // Two Varga in the article: "VARGA:" is one of them, never a third person.
    let text = "Cousins Split Over the Port Deal\n\n\
        Senator Ilona Varga said on Monday that the port needs a new terminal. Her cousin, \
        Mayor Peter Varga, opposes the plan.\n\n\
        VARGA: We were never asked about the new terminal or its fees.\n";
    let got = speaker_of(text, "We were never asked");
    assert_eq!(got, Some((String::new(), false)), "{got:?}");
}

#[test]
fn a_sentence_with_a_quoted_fragment_after_a_tagged_quote_goes_on_with_it() {
    // The sentence after the tag has no cue of its own: its quoted words are still the
    // council member's, one statement in two stretches.
    let text = "\u{201c}The vote was rushed,\u{201d} said Ines Varga, a council member. \
        But \u{201c}the recount will show who really won in the northern wards.\u{201d}";
    let got = quotes(text);
    let next = got
        .iter()
        .find(|q| q[0].starts_with("But \u{201c}the recount"))
        .unwrap_or_else(|| panic!("{got:?}"));
    assert_eq!(next[2], "Ines Varga", "{got:?}");
    assert_eq!(next[3], "said", "{got:?}");
}

#[test]
fn a_title_in_quotation_marks_after_a_tagged_quote_is_no_continuation() {
    // A title or a term in marks is the writer's, not more of the quote.
    for text in [
        "\u{201c}We lost the farm vote,\u{201d} said Ines Varga. Her campaign song was \
         \u{201c}Northern Harbour Lights\u{201d} all summer.",
        "\u{201c}We lost the farm vote,\u{201d} said Ines Varga. Critics called her plan \
         a \u{201c}bailout\u{201d} for landlords.",
    ] {
        let got = quotes(text);
        assert!(
            got.iter()
                .all(|q| !q[0].starts_with("Her campaign song")
                    && !q[0].starts_with("Critics called")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn defending_ground_is_no_stance_on_something_said() {
    // "defend" reports a stance on a decision or a person, not on a border or a seat. (A
    // resolved place as the object, "defend Ohio", needs the places stage, not run here.)
    for text in [
        "The governor defended the northern border with two new brigades.",
        "Her party is defending a dozen seats in the upper house this autumn.",
        "The rebels defended the coastal town for nine days before the truce.",
    ] {
        let got = quotes(text);
        assert!(
            got.iter().all(|q| !q[3].starts_with("defend")),
            "{text}: {got:?}"
        );
    }
    let got = quotes("The minister defended the decision to shut the consulate in Lyon.");
    assert!(
        got.iter()
            .any(|q| q[3] == "defended" && q[0].starts_with("the decision to shut")),
        "{got:?}"
    );
}
