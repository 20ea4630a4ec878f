//! One test per phenomenon the stage must handle, on invented sentences.

use crate::common;

use attache_core::{Actor, ActorKind, Mention, MentionForm, QuoteKind, Span, Stage};
use attache_speech::QuoteAttribution;
use common::{check_quotes, lines, run, run_with_actors, run_with_headings};

#[test]
fn straight_and_curly_marks_both_pair() {
    check_quotes(
        "\"We will talk again,\" Smith said.\n\u{201c}We will not wait,\u{201d} Jones said.",
        &[
            "direct \"We will talk again\" <- Smith (cue: said)",
            "direct \"We will not wait\" <- Jones (cue: said)",
        ],
    );
}

#[test]
fn quote_of_several_sentences_is_one_quote() {
    check_quotes(
        "\"The talks were hard. Nobody left the room. We will meet again,\" the envoy said.",
        &["direct \"The talks were hard. Nobody left the room. We will meet again\" <- the envoy (cue: said)"],
    );
}

#[test]
fn open_quote_continues_in_next_paragraph() {
    let doc = run(
        "The minister said: \"We asked for guarantees. We got none.\n\"So we will keep asking until they answer.\"",
    );
    let got = lines(&doc);
    assert!(
        got.contains(
            &"direct \"We asked for guarantees. We got none.\" <- The minister (cue: said)"
                .to_string()
        ),
        "{got:?}"
    );
    assert!(
        got.contains(
            &"direct \"So we will keep asking until they answer.\" <- The minister (cue: said)"
                .to_string()
        ),
        "{got:?}"
    );
}

#[test]
fn nested_single_quotes_stay_inside() {
    check_quotes(
        "\"They told us 'no deal' and left,\" Ivanov said.",
        &["direct \"They told us 'no deal' and left\" <- Ivanov (cue: said)"],
    );
}

#[test]
fn bracketed_insertion_is_part_of_the_quote() {
    check_quotes(
        "\"She [Merkel] promised to call back [on Monday],\" the aide said.",
        &["direct \"She [Merkel] promised to call back [on Monday]\" <- the aide (cue: said)"],
    );
}

#[test]
fn attribution_before_with_colon_or_comma() {
    check_quotes(
        "Smith said: \"We are ready.\"\nJones added, \"So are we.\"",
        &[
            "direct \"We are ready.\" <- Smith (cue: said)",
            "direct \"So are we.\" <- Jones (cue: added)",
        ],
    );
}

#[test]
fn inverted_attribution_after_the_quote() {
    check_quotes(
        "\"Nothing has changed,\" said Maria Zakharova.",
        &["direct \"Nothing has changed\" <- Maria Zakharova (cue: said)"],
    );
}

#[test]
fn attribution_in_the_middle_serves_both_halves() {
    check_quotes(
        "\"We came in good faith,\" the envoy told reporters, \"and we leave with nothing.\"",
        &[
            "direct \"We came in good faith\" <- the envoy (cue: told reporters)",
            "direct \"and we leave with nothing.\" <- the envoy (cue: told reporters)",
        ],
    );
}

#[test]
fn cue_less_quote_continues_previous_speaker() {
    check_quotes(
        "\"We were clear,\" Lavrov said. \"[...] Nobody listened to us.\"",
        &["direct \"[...] Nobody listened to us.\" <- Lavrov (cue: said)"],
    );
}

#[test]
fn quote_with_no_speaker_says_so() {
    let doc = run("The crowd chanted for an hour.\n\"Never again.\"");
    let q = doc
        .quotes
        .iter()
        .find(|q| doc.slice(q.span) == "Never again.");
    let q = q.expect("the quote is found");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.source, None);
    assert_eq!(q.speaker, None);
}

#[test]
fn reporting_verbs_take_that_clauses() {
    for verb in [
        "said",
        "told reporters",
        "added",
        "warned",
        "promised",
        "stressed",
        "noted",
        "denied",
        "claimed",
        "insisted",
    ] {
        let text = format!("The ambassador {verb} that the embassy would stay open.");
        check_quotes(
            &text,
            &[&format!(
                "indirect \"the embassy would stay open\" <- The ambassador (cue: {verb})"
            )],
        );
    }
}

#[test]
fn urged_takes_addressee_and_infinitive() {
    check_quotes(
        "The ministry urged Kiev to implement the agreements.",
        &["indirect \"to implement the agreements\" <- The ministry (cue: urged)"],
    );
}

#[test]
fn asking_not_to_be_named_is_no_quote() {
    for text in [
        "Talks will resume next week, said a diplomat who asked not to be named.",
        "Talks will resume next week, said an aide who declined to be identified.",
    ] {
        let doc = run(text);
        let got = lines(&doc);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!(
            got[0].starts_with("indirect \"Talks will resume next week\""),
            "{got:?}"
        );
    }
    // A request of someone else stays a quote.
    let got = lines(&run("The envoy asked the rebels to name a negotiator."));
    assert!(
        got.iter()
            .any(|g| g.ends_with("to name a negotiator\" <- The envoy (cue: asked)")),
        "{got:?}"
    );
}

#[test]
fn clause_without_that() {
    check_quotes(
        "Blinken said the door to diplomacy remains open.",
        &["indirect \"the door to diplomacy remains open\" <- Blinken (cue: said)"],
    );
}

#[test]
fn according_to_in_front_at_end_and_in_the_middle() {
    check_quotes(
        "According to the ministry, the border is calm.\nTroops left the area, according to local officials.\nVarga, according to Novak, welcomed the offer.",
        &[
            "indirect \"the border is calm\" <- the ministry (cue: According to)",
            "indirect \"Troops left the area\" <- local officials (cue: according to)",
            // In the middle: the clause around the tag, in two stretches.
            "indirect \"Varga\" <- Novak (cue: according to)",
            "indirect \"welcomed the offer\" <- Novak (cue: according to)",
        ],
    );
}

#[test]
fn possessive_spokesman_and_institutions() {
    check_quotes(
        "Putin's spokesman said the Kremlin had no plans.\nThe ministry said it would respond.",
        &[
            "indirect \"the Kremlin had no plans\" <- Putin's spokesman (cue: said)",
            "indirect \"it would respond\" <- The ministry (cue: said)",
        ],
    );
}

#[test]
fn quoted_as_saying_and_in_a_statement() {
    check_quotes(
        "Peskov was quoted as saying the talks had failed.\nIn a statement, the ministry said that sanctions were illegal.",
        &[
            "indirect \"the talks had failed\" <- Peskov (cue: was quoted as saying)",
            "indirect \"sanctions were illegal\" <- the ministry (cue: said)",
        ],
    );
}

#[test]
fn statement_after_its_content_with_anonymous_source() {
    check_quotes(
        "The ministers may meet again in March, a source in the delegation told Reuters.",
        &["indirect \"The ministers may meet again in March\" <- a source in the delegation (cue: told Reuters)"],
    );
}

#[test]
fn nested_attribution_keeps_both_statements() {
    let doc = run("According to Novak, Varga promised that Budapest would answer by Friday.");
    let got = lines(&doc);
    assert_eq!(
        got,
        vec![
            "indirect \"Varga promised that Budapest would answer by Friday\" <- Novak (cue: According to)",
            "indirect \"Budapest would answer by Friday\" <- Varga (cue: promised) [in Q1]",
        ]
    );
}

#[test]
fn participle_cue_takes_the_clause_subject() {
    check_quotes(
        "The diplomat told reporters that the talks were useful, saying that more rounds would follow.",
        &[
            "indirect \"the talks were useful\" <- The diplomat (cue: told reporters)",
            "indirect \"more rounds would follow\" <- The diplomat (cue: saying)",
        ],
    );
}

#[test]
fn quoted_fragments_make_reported_speech_mixed() {
    check_quotes(
        "Blinken described the meeting as \"frank\" and \"substantive\".\nThe minister vowed a \"stern response\" to any attack.",
        &[
            "mixed \"the meeting as \"frank\" and \"substantive\"\" <- Blinken (cue: described)",
            "mixed \"a \"stern response\" to any attack\" <- The minister (cue: vowed)",
        ],
    );
}

#[test]
fn reported_beliefs_are_kept_as_statements() {
    check_quotes(
        "Lisbon hopes the committee will soften its terms.",
        &["indirect \"the committee will soften its terms\" <- Lisbon (cue: hopes)"],
    );
}

#[test]
fn nouns_and_passives_are_not_cues() {
    let doc = run("The report was released on Monday. He was told to leave the room.");
    assert!(doc.quotes.is_empty(), "{:?}", lines(&doc));
}

#[test]
fn headings_in_quotation_marks_are_not_quotes() {
    let doc = run_with_headings("\"Talks Wrap Up In Geneva\"\nThe talks ended on Friday.");
    assert!(doc.quotes.is_empty(), "{:?}", lines(&doc));
}

#[test]
fn two_apostrophes_work_as_a_double_mark() {
    check_quotes(
        "''We knew it,'' Jones said.",
        &["direct \"We knew it\" <- Jones (cue: said)"],
    );
}

#[test]
fn doubled_curly_single_marks_and_backquotes_work_as_double_marks() {
    for text in [
        "\u{2018}\u{2018}We knew it,\u{2019}\u{2019} Jones said.",
        "``We knew it,'' Jones said.",
    ] {
        let got = lines(&run(text));
        assert_eq!(
            got,
            vec!["direct \"We knew it\" <- Jones (cue: said)"],
            "{text}"
        );
    }
}

#[test]
fn opening_and_closing_single_marks_before_a_word_open_a_direct_quote() {
    // The tokenizer makes `‘’` before a word one opening mark; it must not be read as a
    // word of an indirect quote.
    check_quotes(
        "The mayor doubted the forecast. \u{2018}\u{2019}Should we wait?\u{2019}\u{2019} Nadler asked.",
        &["direct \"Should we wait?\" <- Nadler (cue: asked)"],
    );
}

#[test]
fn speaker_is_the_mention_covering_the_source() {
    let mut doc =
        attache_core::Document::from_plain("\"We are ready,\" the Russian diplomat said.");
    let start = doc.text.find("the Russian").unwrap_or(0);
    let span = Span::new(start, start + "the Russian diplomat".len());
    doc.actors.push(Actor {
        name: "Sergei Lavrov".into(),
        kind: ActorKind::Person,
        code: Some("RUSGOV".into()),
        country: Some("RUS".into()),
        role: Some("GOV".into()),
        kb_id: None,
        mentions: vec![0],
    });
    doc.mentions.push(Mention {
        span,
        actor: 0,
        form: MentionForm::Description,
        sentence: 0,
    });
    QuoteAttribution::new().run(&mut doc);
    let q = &doc.quotes[0];
    assert_eq!(q.speaker.map(|s| (s.actor, s.mention)), Some((0, Some(0))));
    assert_eq!(q.source, Some(span));
}

#[test]
fn empty_name_mention_inside_the_source_ends_the_speaker_search() {
    // A stage may leave an empty mention span; choosing the speaker must still finish.
    let mut doc = attache_core::Document::from_plain("\"We are ready,\" the envoy Ana Ruiz said.");
    let start = doc.text.find("the envoy").unwrap_or(0);
    let inside = doc.text.find("Ana").unwrap_or(0);
    doc.actors.push(Actor {
        mentions: vec![0, 1],
        ..Actor::uncoded_person("Ana Ruiz")
    });
    for span in [Span::new(start, inside - 1), Span::new(inside, inside)] {
        doc.mentions.push(Mention {
            span,
            actor: 0,
            form: MentionForm::Name,
            sentence: 0,
        });
    }
    QuoteAttribution::new().run(&mut doc);
    assert_eq!(doc.quotes.len(), 1);
    assert_eq!(doc.quotes[0].speaker.map(|s| s.actor), Some(0));
}

#[test]
fn source_without_mention_keeps_phrase_but_no_speaker() {
    let doc = run("\"We are ready,\" a senior official said.");
    let q = &doc.quotes[0];
    assert_eq!(q.speaker, None);
    assert_eq!(q.source.map(|s| doc.slice(s)), Some("a senior official"));
}

mod no_panic {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn any_text_runs_without_panic(text in "(\\PC|[\"'\u{201c}\u{201d}:,.\\n\\[\\]]){0,200}") {
            let doc = run(&text);
            for q in &doc.quotes {
                prop_assert!(q.span.end as usize <= doc.text.len());
                prop_assert!(doc.text.is_char_boundary(q.span.start as usize));
                prop_assert!(doc.text.is_char_boundary(q.span.end as usize));
            }
        }

        #[test]
        fn quote_heavy_text_runs_without_panic(words in proptest::collection::vec(
            prop_oneof![
                Just("\""), Just("''"), Just("'"), Just("\u{201c}"), Just("\u{201d}"),
                Just("said"), Just("according"), Just("to"), Just("that"), Just(","),
                Just("."), Just(":"), Just("He"), Just("Lavrov"), Just("the"), Just("told"),
                Just("saying"), Just("\n"), Just("("), Just(")"), Just("and"),
            ], 0..60)) {
            let text = words.join(" ");
            let _ = run(&text);
        }
    }
}

#[test]
fn parsed_subject_replaces_a_relative_clause_fragment() {
    use attache_core::Deprel;
    let text = "The man who came yesterday said the talks failed.";
    let mut doc = attache_core::Document::from_plain(text);
    // the man who came yesterday said the talks failed .
    // heads (0-based, NO_HEAD for root): man<-said, the<-man, who<-came, came<-man,
    // yesterday<-came, said root, talks<-failed, the<-talks, failed<-said, .<-said
    let heads: [(u32, &str); 10] = [
        (1, "det"),
        (5, "nsubj"),
        (3, "nsubj"),
        (1, "acl:relcl"),
        (3, "obl:tmod"),
        (u32::MAX, "root"),
        (7, "det"),
        (8, "nsubj"),
        (5, "ccomp"),
        (5, "punct"),
    ];
    assert_eq!(doc.tokens.len(), heads.len());
    for (t, (h, rel)) in doc.tokens.iter_mut().zip(heads) {
        t.head = h;
        t.deprel = Deprel::from_label(rel);
    }
    QuoteAttribution::new().run(&mut doc);
    let got = lines(&doc);
    assert_eq!(
        got,
        vec!["indirect \"the talks failed\" <- The man who came yesterday (cue: said)"]
    );
}

#[test]
fn party_label_in_brackets_stays_in_the_source() {
    check_quotes(
        "\"It reminds us how important this vote is,\" Sen. Jane Doe (D-Ore.) said.",
        &["direct \"It reminds us how important this vote is\" <- Sen. Jane Doe (D-Ore.) (cue: said)"],
    );
}

#[test]
fn colon_at_paragraph_end_introduces_the_next_quote() {
    check_quotes(
        "In a press release, the committee said about the new draft:\n\"The draft goes further than before.\"",
        &["direct \"The draft goes further than before.\" <- the committee (cue: said)"],
    );
}

#[test]
fn relative_pronoun_is_the_source_of_a_relative_clause_statement() {
    check_quotes(
        "The mayor, who said the budget was balanced, left early.",
        &["indirect \"the budget was balanced\" <- who (cue: said)"],
    );
}

#[test]
fn second_verb_of_a_coordination_takes_the_clause_subject() {
    check_quotes(
        "The Arizona Republican spent years in prison and says such methods are cruel.",
        &["indirect \"such methods are cruel\" <- The Arizona Republican (cue: says)"],
    );
}

#[test]
fn parenthetical_cue_between_commas_attributes_the_clause() {
    check_quotes(
        "Still, he said, the council must choose which roads get repaired.",
        &["indirect \"the council must choose which roads get repaired\" <- he (cue: said)"],
    );
}

#[test]
fn a_tag_between_commas_inside_its_clause_splits_the_content_around_it() {
    // "The budget, the minister said, will balance": one attribution, the stretches on
    // either side of the tag; the stretch after it ends as a content after its cue would
    // (a relative clause on the clause is the writer's).
    check_quotes(
        "The budget, the minister said, will balance next year, which pleased the markets.",
        &[
            "indirect \"The budget\" <- the minister (cue: said)",
            "indirect \"will balance next year\" <- the minister (cue: said)",
        ],
    );
}

#[test]
fn as_well_as_after_a_comma_goes_on_with_the_content() {
    check_quotes(
        "The minister said the tariff is a burden on farmers, as well as a risk to exporters.",
        &["indirect \"the tariff is a burden on farmers, as well as a risk to exporters\" <- The minister (cue: said)"],
    );
}

#[test]
fn a_content_opening_with_even_if_goes_on_past_its_comma() {
    check_quotes(
        "The senator said that even if the bill passes, the governor will veto it.",
        &["indirect \"even if the bill passes, the governor will veto it\" <- The senator (cue: said)"],
    );
}

#[test]
fn interruptions_invitations_wagers_and_rebuffs_are_no_attributions() {
    for text in [
        "A protester in a red cap interrupted her speech twice.",
        "The mayor invited the delegation to a dinner at city hall.",
        "Analysts bet the currency will fall further this year.",
        "The governor rebuffed several requests for interviews.",
        "The rising deficit worries the bond markets.",
    ] {
        let doc = run(text);
        assert!(lines(&doc).is_empty(), "{text}: {:?}", lines(&doc));
    }
}

#[test]
fn an_indefinite_gloss_after_a_reported_clause_is_the_writers() {
    check_quotes(
        "The minister said exports rose by nine percent last year, a figure that surprised analysts.",
        &["indirect \"exports rose by nine percent last year\" <- The minister (cue: said)"],
    );
}

#[test]
fn according_to_after_an_opening_conjunction_reports_the_clause_after_it() {
    check_quotes(
        "But according to leaked minutes, the board never voted on the merger.",
        &["indirect \"the board never voted on the merger\" <- leaked minutes (cue: according to)"],
    );
}

#[test]
fn a_poll_or_report_before_a_headlines_colon_speaks() {
    let doc =
        run("Poll: Mendes leads the governor by nine points\nThe survey was taken last week.");
    let got = lines(&doc);
    assert!(
        got.contains(
            &"indirect \"Mendes leads the governor by nine points\" <- Poll (cue: :)".to_string()
        ),
        "{got:?}"
    );
}

#[test]
fn a_quoted_fragment_running_into_later_sentences_carries_the_content_to_its_close() {
    check_quotes(
        "The senator said the mayor \u{201c}has courage. He is not afraid of a fight.\u{201d} The crowd cheered.",
        &["mixed \"the mayor \u{201c}has courage. He is not afraid of a fight.\u{201d}\" <- The senator (cue: said)"],
    );
}

#[test]
fn an_opening_clause_before_a_split_contents_head_is_the_writers() {
    check_quotes(
        "As the council debated the budget, the plan, the mayor said, would cut taxes.",
        &[
            "indirect \"the plan\" <- the mayor (cue: said)",
            "indirect \"would cut taxes\" <- the mayor (cue: said)",
        ],
    );
}

#[test]
fn capitalized_cue_in_a_headline_counts() {
    check_quotes(
        "Senator Says Trade Deal Will Cost Jobs",
        &["indirect \"Trade Deal Will Cost Jobs\" <- Senator (cue: Says)"],
    );
}

#[test]
fn sentence_opening_cue_with_source_after_it_introduces_a_quote() {
    check_quotes(
        "Said Jane Roe, who lives nearby, \"The bridge was our lifeline.\"",
        &["direct \"The bridge was our lifeline.\" <- Jane Roe (cue: Said)"],
    );
}

#[test]
fn verb_outside_the_lexicon_before_a_quote_is_its_cue() {
    check_quotes(
        "Jane Roe cracked, \"I get things done.\"",
        &["direct \"I get things done.\" <- Jane Roe (cue: cracked)"],
    );
}

#[test]
fn content_stops_before_a_closing_tag_and_nesting_goes_one_way() {
    let doc = run("They want to \"create jobs for working families,\" Sanders said.");
    let got = lines(&doc);
    assert!(
        got.iter()
            .any(|l| l.starts_with("mixed \"They want to") && l.ends_with("<- Sanders (cue: said)")),
        "{got:?}"
    );
    // The statement is top level; the belief inside it points at it, not the reverse.
    let top = doc
        .quotes
        .iter()
        .filter(|q| q.reported_by.is_none())
        .count();
    assert_eq!(top, 1, "{got:?}");
}

#[test]
fn participle_clause_after_a_comma_is_not_content() {
    check_quotes(
        "The firm reported making $40 million from the mill, turning it into its best asset.",
        &["indirect \"making $40 million from the mill\" <- The firm (cue: reported)"],
    );
}

#[test]
fn noun_cue_after_a_possessive_reports_its_that_clause() {
    check_quotes(
        "Critics rejected Trump's claim that the election was rigged.",
        &["indirect \"the election was rigged\" <- Trump (cue: claim) [in Q1]"],
    );
}

#[test]
fn quote_after_a_colon_belongs_to_the_subject_of_the_sentence() {
    check_quotes(
        "The Water Commission was blunt in its report: \"The pipes must be replaced.\"",
        &["direct \"The pipes must be replaced.\" <- The Water Commission (cue: :)"],
    );
}

#[test]
fn question_put_to_someone_is_content_without_source() {
    check_quotes(
        "Asked whether he would run again, the senator smiled.",
        &["indirect \"whether he would run again\" <- ? (cue: Asked)"],
    );
}

#[test]
fn poll_opening_the_sentence_is_the_source() {
    check_quotes(
        "In a Reuters/Ipsos poll released Sunday, the two parties are tied at 40 percent.",
        &["indirect \"the two parties are tied at 40 percent\" <- a Reuters/Ipsos poll released Sunday (cue: In)"],
    );
}

#[test]
fn poll_closing_the_sentence_is_the_source() {
    check_quotes(
        "The governing party leads by nine points in the latest Gallup poll.",
        &["indirect \"The governing party leads by nine points\" <- the latest Gallup poll (cue: in)"],
    );
}

#[test]
fn rising_in_the_polls_names_no_poll() {
    let doc = run("The challenger kept rising in the polls all summer.");
    assert!(lines(&doc).is_empty(), "{:?}", lines(&doc));
}

#[test]
fn according_to_a_slash_name_keeps_the_whole_name() {
    check_quotes(
        "According to an NBC/Marist poll, the incumbent trails by three points.",
        &["indirect \"the incumbent trails by three points\" <- an NBC/Marist poll (cue: According to)"],
    );
}

#[test]
fn raised_subject_is_reported_without_source() {
    check_quotes(
        "The foreign minister is expected to travel to Ankara next week.",
        // One attribution, its content split around the cue (as PolNeAR marks it).
        &[
            "indirect \"The foreign minister\" <- ? (cue: is expected)",
            "indirect \"to travel to Ankara next week\" <- ? (cue: is expected)",
        ],
    );
}

#[test]
fn headline_naming_its_speaker_is_attributed() {
    let doc = run_with_actors(
        "Borrell: Talks with Tehran must resume.\nThe envoy spoke in Brussels.",
        &[("Borrell", ActorKind::Person)],
    );
    let got = lines(&doc);
    assert!(
        got.contains(&"indirect \"Talks with Tehran must resume\" <- Borrell (cue: :)".to_string()),
        "{got:?}"
    );
    // Without an actor found there, a capitalized word before the colon is no speaker.
    let doc = run("Borrell: Talks with Tehran must resume.\nThe envoy spoke in Brussels.");
    assert!(lines(&doc).is_empty(), "{:?}", lines(&doc));
}

#[test]
fn headline_surname_of_a_person_named_later_is_a_speaker() {
    let doc = run_with_actors(
        "Okonjo: The budget cuts will hurt schools\nMaria Okonjo spoke in Abuja.",
        &[("Maria Okonjo", ActorKind::Person)],
    );
    let got = lines(&doc);
    assert!(
        got.contains(
            &"indirect \"The budget cuts will hurt schools\" <- Okonjo (cue: :)".to_string()
        ),
        "{got:?}"
    );
}

#[test]
fn headline_poll_speaks_for_its_findings() {
    check_quotes(
        "Poll: Most voters back the new tax\nThe survey asked 800 adults.",
        &["indirect \"Most voters back the new tax\" <- Poll (cue: :)"],
    );
}

#[test]
fn headline_labels_and_places_are_not_speakers() {
    for (text, actors) in [
        (
            "Exclusive: Lisbon moves its fleet to the Azores.\nThe ships left on Monday.",
            vec![("Exclusive", ActorKind::Organization)],
        ),
        (
            "Factbox: Key facts about the river treaty.\nThe treaty was signed in May.",
            vec![("Factbox", ActorKind::Organization)],
        ),
        (
            "Moldova: Floods Close Three Bridges In The North\nThe rain fell for a week.",
            vec![("Moldova", ActorKind::Country)],
        ),
    ] {
        let doc = run_with_actors(text, &actors);
        assert!(lines(&doc).is_empty(), "{text}: {:?}", lines(&doc));
    }
}

#[test]
fn headline_in_capitals_is_not_a_speaker() {
    let doc = run("BREAKING NEWS: Talks with Tehran resume.\nThe envoy spoke in Brussels.");
    assert!(lines(&doc).is_empty(), "{:?}", lines(&doc));
}

#[test]
fn participle_after_a_noun_phrase_takes_it_as_source() {
    let got = run_tagged(
        "A spokesman citing security concerns declined to comment on the raid.",
        &["citing", "declined", "comment"],
    );
    assert!(
        got.contains(&"indirect \"security concerns\" <- A spokesman (cue: citing)".to_string()),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|g| g.contains("(cue: citing)") && g.contains("declined")),
        "{got:?}"
    );
}

#[test]
fn participle_of_a_non_speech_verb_or_after_a_verb_is_no_attribution() {
    for (text, verbs) in [
        (
            "Farmers backing the mayor marched outside the hall on Monday.",
            &["backing", "marched"][..],
        ),
        (
            "A film showing guards hitting a detainee circulated widely online.",
            &["showing", "hitting", "circulated"][..],
        ),
        (
            "The envoy spent Thursday outlining the proposal to the council.",
            &["spent", "outlining"][..],
        ),
    ] {
        let got = run_tagged(text, verbs);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    // Without tags the main verb is unknown: no attribution from the participle.
    let doc = run("A spokesman citing security concerns declined to comment on the raid.");
    let got = lines(&doc);
    assert!(!got.iter().any(|g| g.contains("(cue: citing)")), "{got:?}");
}

/// Runs the stage on `text` with every token tagged NOUN except `verbs` (VERB).
fn run_tagged(text: &str, verbs: &[&str]) -> Vec<String> {
    let mut doc = attache_core::Document::from_plain(text);
    for t in 0..doc.tokens.len() {
        let tag = if verbs.contains(&doc.word(t)) {
            "VERB"
        } else {
            "NOUN"
        };
        doc.tokens[t].upos = attache_core::tags::Upos::exact(tag).unwrap_or_default();
    }
    QuoteAttribution::new().run(&mut doc);
    lines(&doc)
}

#[test]
fn participle_after_by_takes_the_clause_subject() {
    check_quotes(
        "Cavusoglu angered Ankara by saying that the border would stay closed.",
        &["indirect \"the border would stay closed\" <- Cavusoglu (cue: saying)"],
    );
}

#[test]
fn according_to_after_a_colon_reports_what_follows_the_colon() {
    check_quotes(
        "The levy did not drive banks away: London stayed the leading market, according to a survey.",
        &["indirect \"London stayed the leading market\" <- a survey (cue: according to)"],
    );
}

#[test]
fn seem_raises_its_subject_without_source() {
    check_quotes(
        "The envoy seemed to accept the offer.",
        &[
            "indirect \"The envoy\" <- ? (cue: seemed)",
            "indirect \"to accept the offer\" <- ? (cue: seemed)",
        ],
    );
}

#[test]
fn new_cue_verbs_from_the_lexicon_are_read() {
    check_quotes(
        "The senator railed against the new tariffs on steel.",
        // "railed against" is a phrase cue (phrases.tsv): the preposition is the cue's.
        &["indirect \"the new tariffs on steel\" <- The senator (cue: railed against)"],
    );
}

#[test]
fn a_function_word_before_a_colon_is_no_speaker() {
    let doc = run("Here: \"We are done with these talks.\"");
    let got = lines(&doc);
    assert_eq!(
        got,
        vec!["direct \"We are done with these talks.\" <- ?".to_string()]
    );
}

#[test]
fn a_day_between_subject_and_cue_is_skipped() {
    check_quotes(
        "The foreign minister on Tuesday said the border would stay closed.",
        &["indirect \"the border would stay closed\" <- The foreign minister (cue: said)"],
    );
}

#[test]
fn a_relative_clause_before_the_contents_verb_stays_in_the_content() {
    // The parse marks the verbs; without one the rule does not apply.
    let mut doc = attache_core::Document::from_plain(
        "Critics said the ruling, which struck down the law, helps the government.",
    );
    for t in doc.tokens.iter_mut() {
        t.upos = attache_core::tags::Upos::exact("NOUN").unwrap_or_default();
    }
    for w in ["said", "struck", "helps"] {
        if let Some(t) = (0..doc.tokens.len()).find(|&t| doc.word(t) == w) {
            doc.tokens[t].upos = attache_core::tags::Upos::exact("VERB").unwrap_or_default();
        }
    }
    QuoteAttribution::new().run(&mut doc);
    let got = lines(&doc);
    assert!(
        got.contains(
            &"indirect \"the ruling, which struck down the law, helps the government\" <- Critics (cue: said)"
                .to_string()
        ),
        "{got:?}"
    );
}

#[test]
fn reported_to_a_recipient_is_no_raised_subject() {
    for text in [
        "The burglary was reported to Interpol on Sunday.",
        "The fire was reported to the European Commission by the inspectors.",
    ] {
        let doc = run(text);
        assert!(lines(&doc).is_empty(), "{text}: {:?}", lines(&doc));
    }
    // With tags, a noun after "to" is no infinitive either.
    let got = run_tagged(
        "The burglary was reported to officers on Sunday.",
        &["was", "reported"],
    );
    assert!(got.is_empty(), "{got:?}");
    // A bare verb after "to" still raises its subject.
    let got = run_tagged(
        "The envoy is expected to arrive in Lima on Monday.",
        &["is", "expected", "arrive"],
    );
    assert!(
        got.iter()
            .any(|g| g.starts_with("indirect \"to arrive in Lima")),
        "{got:?}"
    );
}

#[test]
fn averages_and_surveys_of_things_are_no_polls() {
    for text in [
        "In a typical average month, the lake freezes once.",
        "In the average family, spending on fuel rose 3 percent.",
        "In a survey of the wreckage, divers located two anchors.",
    ] {
        let doc = run(text);
        let got = lines(&doc);
        assert!(
            !got.iter().any(|g| g.contains("<- a typical")
                || g.contains("<- the average")
                || g.contains("<- a survey")),
            "{text}: {got:?}"
        );
    }
    // A polling average and a survey of people remain sources.
    check_quotes(
        "In the latest polling average, the governor leads by four points.",
        &["indirect \"the governor leads by four points\" <- the latest polling average (cue: In)"],
    );
    check_quotes(
        "In a survey of 900 adults, most backed the new curfew.",
        &["indirect \"most backed the new curfew\" <- a survey of 900 adults (cue: In)"],
    );
}

#[test]
fn rail_as_a_noun_and_unveil_are_no_cues() {
    for text in [
        "The new rail link will join Porto and Vigo.",
        "The carmaker unveiled a small truck in Turin.",
    ] {
        let doc = run(text);
        assert!(lines(&doc).is_empty(), "{text}: {:?}", lines(&doc));
    }
    check_quotes(
        "The mayor railed that the budget was a disgrace.",
        &["indirect \"the budget was a disgrace\" <- The mayor (cue: railed)"],
    );
}

#[test]
fn asked_after_an_apposition_takes_the_subject() {
    for (text, source) in [
        (
            "The governor, a Republican from Utah, asked why the vote had been delayed.",
            "The governor, a Republican from Utah",
        ),
        (
            "Jones, an adviser to the cabinet, asked whether the strike would end.",
            "Jones, an adviser to the cabinet",
        ),
    ] {
        let got = lines(&run(text));
        assert!(
            got.iter()
                .any(|g| g.ends_with(&format!("<- {source} (cue: asked)"))),
            "{text}: {got:?}"
        );
    }
    // A question put to the subject keeps no source.
    check_quotes(
        "Asked whether he would resign, the mayor smiled.",
        &["indirect \"whether he would resign\" <- ? (cue: Asked)"],
    );
}

#[test]
fn by_saying_inside_a_report_takes_its_own_subject() {
    check_quotes(
        "Diplomats said Okafor annoyed Lagos by saying the port would stay shut.",
        &["indirect \"the port would stay shut\" <- Okafor (cue: saying) [in Q1]"],
    );
}

#[test]
fn according_to_between_dashes_is_an_aside() {
    let got = lines(&run(
        "The number of injured — according to the fire brigade — has climbed to 12.",
    ));
    assert_eq!(
        got,
        vec![
            "indirect \"The number of injured\" <- the fire brigade (cue: according to)"
                .to_string(),
            "indirect \"has climbed to 12\" <- the fire brigade (cue: according to)".to_string(),
        ]
    );
    // One dash before "according to" still introduces what follows it.
    check_quotes(
        "The toll is rising — according to the fire brigade, 12 people are hurt.",
        &["indirect \"12 people are hurt\" <- the fire brigade (cue: according to)"],
    );
}

#[test]
fn speech_participle_object_runs_through_its_own_clause() {
    use attache_core::tags::Upos;
    use attache_core::Deprel;
    let mut doc =
        attache_core::Document::from_plain("The firm issued a note saying it would appeal.");
    // The parse hangs the reported clause on "issued", as parsers often do.
    let parse: [(&str, u32, &str); 10] = [
        ("DET", 1, "det"),
        ("NOUN", 2, "nsubj"),
        ("VERB", u32::MAX, "root"),
        ("DET", 4, "det"),
        ("NOUN", 2, "obj"),
        ("VERB", 4, "acl"),
        ("PRON", 8, "nsubj"),
        ("AUX", 8, "aux"),
        ("VERB", 2, "ccomp"),
        ("PUNCT", 2, "punct"),
    ];
    assert_eq!(doc.tokens.len(), parse.len());
    for (t, (upos, head, rel)) in doc.tokens.iter_mut().zip(parse) {
        t.upos = Upos::exact(upos).unwrap_or_default();
        t.head = head;
        t.deprel = Deprel::from_label(rel);
    }
    QuoteAttribution::new().run(&mut doc);
    let got = lines(&doc);
    // The note is the object of "issued": the firm that issued it speaks.
    assert!(
        got.contains(&"indirect \"it would appeal\" <- The firm (cue: saying)".to_string()),
        "{got:?}"
    );
}

#[test]
fn share_of_people_saying_after_the_main_verb_is_a_source() {
    let got = run_tagged(
        "The drought has left 70 percent of growers saying yields are falling.",
        &["has", "left", "saying", "are", "falling"],
    );
    assert!(
        got.contains(
            &"indirect \"yields are falling\" <- 70 percent of growers (cue: saying)".to_string()
        ),
        "{got:?}"
    );
    let got = run_tagged(
        "The senator came third, with 25 percent saying they would never back him.",
        &["came", "saying", "would", "back"],
    );
    assert!(
        got.iter()
            .any(|g| g
                .starts_with("indirect \"they would never back him\" <- 25 percent (cue: saying)")),
        "{got:?}"
    );
}

#[test]
fn quote_after_a_tag_clause_continues_the_tagged_quote() {
    // The participle and relative clause after the tag are statements of their own, but
    // the next quote continues the quote the tag attributes.
    check_quotes(
        "\"The dam is our lifeline,\" said Ms. Varga, pointing to the river. \"Let the engineers fix it.\"",
        &["direct \"Let the engineers fix it.\" <- Ms. Varga (cue: said)"],
    );
    check_quotes(
        "\"The fund was never short,\" said Mr. Oduya, who ran the audit for a decade. \"Every figure was checked twice.\"",
        &["direct \"Every figure was checked twice.\" <- Mr. Oduya (cue: said)"],
    );
}

#[test]
fn tag_that_opens_the_next_quote_is_not_the_previous_ones() {
    let text = "\"We are farmers,\" Ms. Lindqvist said. \"We are not smugglers.\" Mr. Haldane said: \"The border rules hurt everyone.\"";
    check_quotes(
        text,
        &[
            "direct \"We are not smugglers.\" <- Ms. Lindqvist (cue: said)",
            "direct \"The border rules hurt everyone.\" <- Mr. Haldane (cue: said)",
        ],
    );
    let got = lines(&run(text));
    assert!(
        !got.iter()
            .any(|g| g.starts_with("direct \"We are not smugglers.\" <- Mr. Haldane")),
        "{got:?}"
    );
}

#[test]
fn as_x_put_it_attributes_the_quote() {
    check_quotes(
        "As the weekly Courier put it, \"Nobody reads the fine print.\"",
        &["direct \"Nobody reads the fine print.\" <- the weekly Courier (cue: put it,)"],
    );
}

#[test]
fn paragraph_after_a_colon_without_cue_takes_the_subject() {
    check_quotes(
        "Senator Clark released the following statement:\n\"We mourn a friend of this state.\"",
        &["direct \"We mourn a friend of this state.\" <- Senator Clark (cue: :)"],
    );
}

#[test]
fn two_apostrophe_quotes_end_the_sentence_before_them() {
    // The tag ends at `said.` before an opening `''`, and the reported statement before it
    // with its quoted fragment is found; `''` is one mark, read as `"` is (the fragment's
    // content ends where it would with `"`: with both its marks, QA11 F21).
    check_quotes(
        "Tenants will stay ''as long as the heating works,'' Mr. Brandt said. ''But nobody will sign a second lease.''",
        &[
            "mixed \"Tenants will stay ''as long as the heating works,''\" <- Mr. Brandt (cue: said)",
            "direct \"But nobody will sign a second lease.\" <- Mr. Brandt (cue: said)",
        ],
    );
}

/// `text` with a hand-written parse (`(upos, head, deprel)` per token; `u32::MAX` for
/// the root) run through the stage: the rendered quotes.
fn run_parsed(text: &str, parse: &[(&str, u32, &str)]) -> Vec<String> {
    use attache_core::tags::Upos;
    use attache_core::Deprel;
    let mut doc = attache_core::Document::from_plain(text);
    assert_eq!(doc.tokens.len(), parse.len(), "one parse row per token");
    for (t, &(upos, head, rel)) in doc.tokens.iter_mut().zip(parse) {
        t.upos = Upos::exact(upos).unwrap_or_default();
        t.head = head;
        t.deprel = Deprel::from_label(rel);
    }
    QuoteAttribution::new().run(&mut doc);
    lines(&doc)
}

/// Like [`run_parsed`], with the lemmas of the tokens the rule under test reads.
fn run_parsed_with_lemmas(
    text: &str,
    parse: &[(&str, u32, &str)],
    lemmas: &[(usize, &str)],
) -> Vec<String> {
    use attache_core::tags::Upos;
    use attache_core::Deprel;
    let mut doc = attache_core::Document::from_plain(text);
    assert_eq!(doc.tokens.len(), parse.len(), "one parse row per token");
    for (t, &(upos, head, rel)) in doc.tokens.iter_mut().zip(parse) {
        t.upos = Upos::exact(upos).unwrap_or_default();
        t.head = head;
        t.deprel = Deprel::from_label(rel);
    }
    for &(i, lemma) in lemmas {
        doc.set_lemma(i, lemma);
    }
    QuoteAttribution::new().run(&mut doc);
    lines(&doc)
}

#[test]
fn colon_intro_after_an_opening_clause_takes_the_parsed_subject() {
    let got = run_parsed(
        "Asked about Tarnow, she shrugged: \"Whatever town I am in.\"",
        &[
            ("VERB", 5, "advcl"),
            ("ADP", 2, "case"),
            ("PROPN", 0, "obl"),
            ("PUNCT", 5, "punct"),
            ("PRON", 5, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("PUNCT", 5, "punct"),
            ("PUNCT", 9, "punct"),
            ("DET", 9, "det"),
            ("NOUN", 5, "parataxis"),
            ("PRON", 12, "nsubj"),
            ("AUX", 12, "cop"),
            ("ADP", 9, "acl:relcl"),
            ("PUNCT", 5, "punct"),
            ("PUNCT", 9, "punct"),
        ],
    );
    assert!(
        got.contains(&"direct \"Whatever town I am in.\" <- she (cue: :)".to_string()),
        "{got:?}"
    );
}

#[test]
fn participle_hung_on_the_verb_takes_its_subject_not_the_object() {
    let got = run_parsed(
        "His campaign sent a message to supporters saying: \"We won.\"",
        &[
            ("PRON", 1, "nmod:poss"),
            ("NOUN", 2, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("DET", 4, "det"),
            ("NOUN", 2, "obj"),
            ("ADP", 6, "case"),
            ("NOUN", 2, "obl"),
            ("VERB", 2, "advcl"),
            ("PUNCT", 7, "punct"),
            ("PUNCT", 11, "punct"),
            ("PRON", 11, "nsubj"),
            ("VERB", 7, "ccomp"),
            ("PUNCT", 11, "punct"),
            ("PUNCT", 11, "punct"),
        ],
    );
    assert!(
        got.contains(&"direct \"We won.\" <- His campaign (cue: saying)".to_string()),
        "{got:?}"
    );
}

#[test]
fn second_verb_intro_takes_the_first_verbs_subject() {
    check_quotes(
        "Petrescu said he accepted the ruling and added, \"I will repay every cent.\"",
        &["direct \"I will repay every cent.\" <- Petrescu (cue: added)"],
    );
}

#[test]
fn one_word_quote_with_its_tag_is_direct() {
    check_quotes(
        "\"Gravel,\" Ilse said. The builders looked puzzled.",
        &["direct \"Gravel\" <- Ilse (cue: said)"],
    );
    // Without a tag next to it, one quoted word in running text is a fragment.
    let doc = run("Aides called the plan \"Phoenix\" in private.");
    assert!(
        doc.quotes.iter().all(|q| q.kind != QuoteKind::Direct),
        "{:?}",
        lines(&doc)
    );
}

#[test]
fn participle_after_an_opening_adjunct_takes_the_parsed_subject() {
    let got = run_parsed(
        "On Monday, Ferreira spoke in Leeds, saying the plan would fail.",
        &[
            ("ADP", 1, "case"),
            ("PROPN", 4, "obl"),
            ("PUNCT", 4, "punct"),
            ("PROPN", 4, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("ADP", 6, "case"),
            ("PROPN", 4, "obl"),
            ("PUNCT", 8, "punct"),
            ("VERB", 4, "advcl"),
            ("DET", 10, "det"),
            ("NOUN", 12, "nsubj"),
            ("AUX", 12, "aux"),
            ("VERB", 8, "ccomp"),
            ("PUNCT", 4, "punct"),
        ],
    );
    assert!(
        got.contains(&"indirect \"the plan would fail\" <- Ferreira (cue: saying)".to_string()),
        "{got:?}"
    );
}

#[test]
fn opening_adjunct_is_no_source() {
    let got = lines(&run(
        "On Friday, he dodged the topic, telling reporters his vote would depend on the budget.",
    ));
    assert!(
        got.iter()
            .any(|g| g.ends_with("<- he (cue: telling reporters)")),
        "{got:?}"
    );
    assert!(!got.iter().any(|g| g.contains("<- On")), "{got:?}");
}

#[test]
fn it_seems_has_no_speaker() {
    let doc = run("It seems that the party has decided to move on. It appears the vote will pass.");
    let hedges: Vec<_> = doc
        .quotes
        .iter()
        .filter(|q| {
            q.cue
                .is_some_and(|c| ["seems", "appears"].contains(&doc.slice(c)))
        })
        .collect();
    assert_eq!(
        hedges.len(),
        2,
        "the hedges are still read: {:?}",
        lines(&doc)
    );
    for q in hedges {
        assert_eq!(q.source, None, "{:?}", lines(&doc));
    }
}

#[test]
fn a_city_name_ending_in_ing_is_a_subject() {
    check_quotes(
        "Beijing urged restraint, saying that the talks must continue.",
        &["indirect \"the talks must continue\" <- Beijing (cue: saying)"],
    );
    check_quotes(
        "Chongqing pressed for a new rail link, arguing that the valley needs it.",
        &["indirect \"the valley needs it\" <- Chongqing (cue: arguing)"],
    );
    check_quotes(
        "Manning waved off the question, saying the budget was settled.",
        &["indirect \"the budget was settled\" <- Manning (cue: saying)"],
    );
    // With a parse, the tag decides: a proper noun is no participle.
    let got = run_parsed(
        "Beijing urged restraint, saying that the talks must continue.",
        &[
            ("PROPN", 1, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("NOUN", 1, "obj"),
            ("PUNCT", 4, "punct"),
            ("VERB", 1, "advcl"),
            ("SCONJ", 9, "mark"),
            ("DET", 7, "det"),
            ("NOUN", 9, "nsubj"),
            ("AUX", 9, "aux"),
            ("VERB", 4, "ccomp"),
            ("PUNCT", 1, "punct"),
        ],
    );
    assert!(
        got.contains(&"indirect \"the talks must continue\" <- Beijing (cue: saying)".to_string()),
        "{got:?}"
    );
    // The tagger may take an unknown city for a verb; a verb right after it shows it is
    // the subject.
    let got = run_parsed(
        "Chongqing pressed for a rail link, arguing that the valley needs it.",
        &[
            ("VERB", 1, "aux"),
            ("VERB", u32::MAX, "root"),
            ("ADP", 5, "case"),
            ("DET", 5, "det"),
            ("NOUN", 5, "compound"),
            ("NOUN", 1, "obl"),
            ("PUNCT", 7, "punct"),
            ("VERB", 1, "advcl"),
            ("SCONJ", 11, "mark"),
            ("DET", 10, "det"),
            ("NOUN", 11, "nsubj"),
            ("VERB", 7, "ccomp"),
            ("PRON", 11, "obj"),
            ("PUNCT", 1, "punct"),
        ],
    );
    assert!(
        got.contains(&"indirect \"the valley needs it\" <- Chongqing (cue: arguing)".to_string()),
        "{got:?}"
    );
}

#[test]
fn an_opening_participle_phrase_is_still_no_subject() {
    let got = lines(&run(
        "Speaking in Dorvale, Mayor Olsen praised the crews, saying the bridge would reopen.",
    ));
    assert!(
        got.iter()
            .any(|g| g.ends_with("<- Mayor Olsen (cue: saying)")),
        "{got:?}"
    );
    assert!(!got.iter().any(|g| g.contains("<- Speaking")), "{got:?}");
}

#[test]
fn one_quoted_word_in_a_clause_with_a_tag_stays_a_fragment() {
    let doc = run("The mayor called the levy \"reckless,\" she said.");
    let got = lines(&doc);
    assert!(
        got.iter()
            .any(|g| g.starts_with("mixed \"The mayor called the levy")
                && g.ends_with("<- she (cue: said)")),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|g| g.starts_with("direct \"reckless")),
        "{got:?}"
    );
}

#[test]
fn second_verb_intro_hung_on_the_reported_verb_keeps_the_first_subject() {
    // The parse joins "added" to "failed", the verb of the reported clause: its subject
    // (Ivanov) did not speak.
    let got = run_parsed(
        "Kuznetsov said Ivanov failed and added, \"We will try again.\"",
        &[
            ("PROPN", 1, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("PROPN", 3, "nsubj"),
            ("VERB", 1, "ccomp"),
            ("CCONJ", 5, "cc"),
            ("VERB", 3, "conj"),
            ("PUNCT", 5, "punct"),
            ("PUNCT", 10, "punct"),
            ("PRON", 10, "nsubj"),
            ("AUX", 10, "aux"),
            ("VERB", 5, "ccomp"),
            ("ADV", 10, "advmod"),
            ("PUNCT", 10, "punct"),
            ("PUNCT", 10, "punct"),
        ],
    );
    assert!(
        got.contains(&"direct \"We will try again.\" <- Kuznetsov (cue: added)".to_string()),
        "{got:?}"
    );
    // Joined to the cue verb itself, "added" takes its subject.
    let got = run_parsed(
        "Kuznetsov said Ivanov failed and added, \"We will try again.\"",
        &[
            ("PROPN", 1, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("PROPN", 3, "nsubj"),
            ("VERB", 1, "ccomp"),
            ("CCONJ", 5, "cc"),
            ("VERB", 1, "conj"),
            ("PUNCT", 5, "punct"),
            ("PUNCT", 10, "punct"),
            ("PRON", 10, "nsubj"),
            ("AUX", 10, "aux"),
            ("VERB", 5, "ccomp"),
            ("ADV", 10, "advmod"),
            ("PUNCT", 10, "punct"),
            ("PUNCT", 10, "punct"),
        ],
    );
    assert!(
        got.contains(&"direct \"We will try again.\" <- Kuznetsov (cue: added)".to_string()),
        "{got:?}"
    );
}

/// `text` parsed by hand: `(upos, head, deprel, lemma)` per token.
fn run_lemmatized(text: &str, parse: &[(&str, u32, &str, &str)]) -> Vec<String> {
    use attache_core::{Deprel, Upos};
    let mut doc = attache_core::Document::from_plain(text);
    assert_eq!(doc.tokens.len(), parse.len());
    for (i, &(upos, head, rel, lemma)) in parse.iter().enumerate() {
        let t = &mut doc.tokens[i];
        t.upos = Upos::exact(upos).unwrap_or_default();
        t.head = head;
        t.deprel = Deprel::from_label(rel);
        doc.set_lemma(i, lemma);
    }
    QuoteAttribution::new().run(&mut doc);
    lines(&doc)
}

#[test]
fn unlisted_verb_with_a_finite_clausal_complement_is_a_cue() {
    // "wager" is in no cue list: the parse's clausal complement makes it one.
    let got = run_lemmatized(
        "Ortiz wagered the plan would fail.",
        &[
            ("PROPN", 1, "nsubj", "Ortiz"),
            ("VERB", u32::MAX, "root", "wager"),
            ("DET", 3, "det", "the"),
            ("NOUN", 5, "nsubj", "plan"),
            ("AUX", 5, "aux", "would"),
            ("VERB", 1, "ccomp", "fail"),
            ("PUNCT", 1, "punct", "."),
        ],
    );
    assert_eq!(
        got,
        vec!["indirect \"the plan would fail\" <- Ortiz (cue: wagered)"]
    );
}

#[test]
fn light_verb_or_subjectless_complement_is_no_cue() {
    // "mean" is listed in data/not_cues.txt.
    let got = run_lemmatized(
        "The rule means the plan would fail.",
        &[
            ("DET", 1, "det", "the"),
            ("NOUN", 2, "nsubj", "rule"),
            ("VERB", u32::MAX, "root", "mean"),
            ("DET", 4, "det", "the"),
            ("NOUN", 6, "nsubj", "plan"),
            ("AUX", 6, "aux", "would"),
            ("VERB", 2, "ccomp", "fail"),
            ("PUNCT", 2, "punct", "."),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
    // A complement with neither a subject nor "that"/"whether"/"if" is a fragment.
    let got = run_lemmatized(
        "Ortiz wagered sharply higher.",
        &[
            ("PROPN", 1, "nsubj", "Ortiz"),
            ("VERB", u32::MAX, "root", "wager"),
            ("ADV", 3, "advmod", "sharply"),
            ("ADJ", 1, "ccomp", "high"),
            ("PUNCT", 1, "punct", "."),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn object_content_ends_where_the_parse_ends_the_object_before_and() {
    let text = "Ortiz criticized the plan and left the room.";
    let parse = [
        ("PROPN", 1, "nsubj", "Ortiz"),
        ("VERB", u32::MAX, "root", "criticize"),
        ("DET", 3, "det", "the"),
        ("NOUN", 1, "obj", "plan"),
        ("CCONJ", 5, "cc", "and"),
        ("VERB", 1, "conj", "leave"),
        ("DET", 7, "det", "the"),
        ("NOUN", 5, "obj", "room"),
        ("PUNCT", 1, "punct", "."),
    ];
    let got = run_lemmatized(text, &parse);
    assert_eq!(
        got,
        vec!["indirect \"the plan\" <- Ortiz (cue: criticized)"]
    );
    // Without a parse the content runs on past "and".
    let got = lines(&run(text));
    assert_eq!(
        got,
        vec!["indirect \"the plan and left the room\" <- Ortiz (cue: criticized)"]
    );
}

#[test]
fn long_relative_clause_between_name_and_cue_keeps_the_name_as_source() {
    check_quotes(
        "Varga, whose first campaign the party paid for because she ran in a district that had long voted the other way and had few donors of its own, said she would run again.",
        &["indirect \"she would run again\" <- Varga (cue: said)"],
    );
}

#[test]
fn parse_read_cue_in_a_participle_clause_takes_the_main_subject() {
    let got = run_lemmatized(
        "Ortiz left, wagering the plan would fail.",
        &[
            ("PROPN", 1, "nsubj", "Ortiz"),
            ("VERB", u32::MAX, "root", "leave"),
            ("PUNCT", 3, "punct", ","),
            ("VERB", 1, "advcl", "wager"),
            ("DET", 5, "det", "the"),
            ("NOUN", 7, "nsubj", "plan"),
            ("AUX", 7, "aux", "would"),
            ("VERB", 3, "ccomp", "fail"),
            ("PUNCT", 1, "punct", "."),
        ],
    );
    assert_eq!(
        got,
        vec!["indirect \"the plan would fail\" <- Ortiz (cue: wagering)"]
    );
}

#[test]
fn parse_read_cue_with_it_as_subject_is_no_attribution() {
    let got = run_lemmatized(
        "It wagered the plan would fail.",
        &[
            ("PRON", 1, "nsubj", "it"),
            ("VERB", u32::MAX, "root", "wager"),
            ("DET", 3, "det", "the"),
            ("NOUN", 5, "nsubj", "plan"),
            ("AUX", 5, "aux", "would"),
            ("VERB", 1, "ccomp", "fail"),
            ("PUNCT", 1, "punct", "."),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn parse_read_cue_refuses_a_passive_verb() {
    // The passive's subject is what was criticized or an expletive, never a speaker.
    let got = run_lemmatized(
        "The plan was criticized that the costs would rise.",
        &[
            ("DET", 1, "det", "the"),
            ("NOUN", 3, "nsubj:pass", "plan"),
            ("AUX", 3, "aux:pass", "be"),
            ("VERB", u32::MAX, "root", "criticize"),
            ("SCONJ", 8, "mark", "that"),
            ("DET", 6, "det", "the"),
            ("NOUN", 8, "nsubj", "cost"),
            ("AUX", 8, "aux", "would"),
            ("VERB", 3, "ccomp", "rise"),
            ("PUNCT", 3, "punct", "."),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
    let got = run_lemmatized(
        "Analysts were wagered the costs would rise.",
        &[
            ("NOUN", 2, "nsubj:pass", "analyst"),
            ("AUX", 2, "aux:pass", "be"),
            ("VERB", u32::MAX, "root", "wager"),
            ("DET", 4, "det", "the"),
            ("NOUN", 6, "nsubj", "cost"),
            ("AUX", 6, "aux", "would"),
            ("VERB", 2, "ccomp", "rise"),
            ("PUNCT", 2, "punct", "."),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn parse_read_cue_refuses_an_adverbial_clause_labelled_as_complement() {
    // A "because" clause the parser calls "ccomp" is a reason, not what was said.
    let got = run_lemmatized(
        "Ortiz shrugged because the costs would rise.",
        &[
            ("PROPN", 1, "nsubj", "Ortiz"),
            ("VERB", u32::MAX, "root", "shrug"),
            ("SCONJ", 6, "mark", "because"),
            ("DET", 4, "det", "the"),
            ("NOUN", 6, "nsubj", "cost"),
            ("AUX", 6, "aux", "would"),
            ("VERB", 1, "ccomp", "rise"),
            ("PUNCT", 1, "punct", "."),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn parse_read_participle_modifying_a_noun_does_not_take_the_main_subject() {
    // The officials wager, not the envoy the sentence is about.
    let got = run_lemmatized(
        "The envoy met with officials wagering the deal would fail.",
        &[
            ("DET", 1, "det", "the"),
            ("NOUN", 2, "nsubj", "envoy"),
            ("VERB", u32::MAX, "root", "meet"),
            ("ADP", 4, "case", "with"),
            ("NOUN", 2, "obl", "official"),
            ("VERB", 4, "acl", "wager"),
            ("DET", 7, "det", "the"),
            ("NOUN", 9, "nsubj", "deal"),
            ("AUX", 9, "aux", "would"),
            ("VERB", 5, "ccomp", "fail"),
            ("PUNCT", 2, "punct", "."),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn long_relative_clause_with_its_own_cue_is_not_skipped_to_the_name() {
    // The relative clause reports something itself ("denied"): the name before it is not
    // taken over it as the source of the main verb's content.
    let doc = run(
        "Varga, whose office denied the reports because the talks had stalled for weeks and the ministers had left the capital without a word to anyone, said the border would stay open.",
    );
    let got = lines(&doc);
    assert!(
        !got.contains(&"indirect \"the border would stay open\" <- Varga (cue: said)".to_string()),
        "{got:?}"
    );
}

#[test]
fn checking_or_requiring_that_is_no_attribution() {
    // "check" and "require" are in data/not_cues.txt: an act or a rule's demand, not a
    // statement.
    let got = run_lemmatized(
        "She checked that the doors were locked.",
        &[
            ("PRON", 1, "nsubj", "she"),
            ("VERB", u32::MAX, "root", "check"),
            ("SCONJ", 6, "mark", "that"),
            ("DET", 4, "det", "the"),
            ("NOUN", 6, "nsubj:pass", "door"),
            ("AUX", 6, "aux:pass", "be"),
            ("VERB", 1, "ccomp", "lock"),
            ("PUNCT", 1, "punct", "."),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
    let got = run_lemmatized(
        "The treaty requires that both sides withdraw.",
        &[
            ("DET", 1, "det", "the"),
            ("NOUN", 2, "nsubj", "treaty"),
            ("VERB", u32::MAX, "root", "require"),
            ("SCONJ", 6, "mark", "that"),
            ("DET", 5, "det", "both"),
            ("NOUN", 6, "nsubj", "side"),
            ("VERB", 2, "ccomp", "withdraw"),
            ("PUNCT", 2, "punct", "."),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn object_content_ends_where_the_parse_ends_the_object_before_a_comma() {
    let got = run_lemmatized(
        "Ortiz criticized the mayor, mostly because the costs would rise.",
        &[
            ("PROPN", 1, "nsubj", "Ortiz"),
            ("VERB", u32::MAX, "root", "criticize"),
            ("DET", 3, "det", "the"),
            ("NOUN", 1, "obj", "mayor"),
            ("PUNCT", 10, "punct", ","),
            ("ADV", 6, "advmod", "mostly"),
            ("SCONJ", 10, "mark", "because"),
            ("DET", 8, "det", "the"),
            ("NOUN", 10, "nsubj", "cost"),
            ("AUX", 10, "aux", "would"),
            ("VERB", 1, "advcl", "rise"),
            ("PUNCT", 1, "punct", "."),
        ],
    );
    assert_eq!(
        got,
        vec!["indirect \"the mayor\" <- Ortiz (cue: criticized)"]
    );
}

#[test]
fn parse_read_cue_without_a_source_is_no_attribution() {
    let got = run_lemmatized(
        "Wagered the plan would fail.",
        &[
            ("VERB", u32::MAX, "root", "wager"),
            ("DET", 2, "det", "the"),
            ("NOUN", 4, "nsubj", "plan"),
            ("AUX", 4, "aux", "would"),
            ("VERB", 0, "ccomp", "fail"),
            ("PUNCT", 0, "punct", "."),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn parse_read_cue_whose_complement_starts_before_it_is_no_attribution() {
    // A parse hanging the clause's subject, before the verb, in its complement.
    let got = run_lemmatized(
        "The plan Ortiz wagered would fail.",
        &[
            ("DET", 1, "det", "the"),
            ("NOUN", 5, "nsubj", "plan"),
            ("PROPN", 3, "nsubj", "Ortiz"),
            ("VERB", u32::MAX, "root", "wager"),
            ("AUX", 5, "aux", "would"),
            ("VERB", 3, "ccomp", "fail"),
            ("PUNCT", 3, "punct", "."),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn parse_read_cue_inside_a_direct_quote_is_not_read() {
    let got = run_lemmatized(
        "\"Ortiz wagered the plan would fail,\" Lee said.",
        &[
            ("PUNCT", 2, "punct", "\""),
            ("PROPN", 2, "nsubj", "Ortiz"),
            ("VERB", 10, "ccomp", "wager"),
            ("DET", 4, "det", "the"),
            ("NOUN", 6, "nsubj", "plan"),
            ("AUX", 6, "aux", "would"),
            ("VERB", 2, "ccomp", "fail"),
            ("PUNCT", 2, "punct", ","),
            ("PUNCT", 2, "punct", "\""),
            ("PROPN", 10, "nsubj", "Lee"),
            ("VERB", u32::MAX, "root", "say"),
            ("PUNCT", 10, "punct", "."),
        ],
    );
    assert_eq!(
        got,
        vec!["direct \"Ortiz wagered the plan would fail\" <- Lee (cue: said)"]
    );
}

/// Sets the tag, head and relation of the tokens `(index, upos, head, deprel)` of `doc`.
fn parse_some(doc: &mut attache_core::Document, tags: &[(usize, &str, u32, &str)]) {
    use attache_core::{Deprel, Upos};
    for &(t, upos, head, rel) in tags {
        let tok = &mut doc.tokens[t];
        tok.upos = Upos::from_label(upos);
        tok.head = head;
        tok.deprel = Deprel::from_label(rel);
    }
}

#[test]
fn cue_form_the_parse_reads_as_a_noun_is_no_cue() {
    let text = "Garcia, host of the radio show \"Night Talk,\" said the show was a hit.";
    let mut doc = attache_core::Document::from_plain(text);
    assert_eq!(doc.word(6), "show");
    // "radio show": a noun with a compound before it.
    parse_some(
        &mut doc,
        &[(5, "NOUN", 6, "compound"), (6, "NOUN", 2, "nmod")],
    );
    QuoteAttribution::new().run(&mut doc);
    let got = lines(&doc);
    assert!(got.iter().all(|l| !l.contains("(cue: show)")), "{got:?}");
    assert!(got.iter().any(|l| l.contains("(cue: said)")), "{got:?}");
}

#[test]
fn name_after_the_cue_is_the_source_even_when_the_parse_finds_one_before() {
    use attache_core::{Actor, Mention, MentionForm, Span};
    let text = "Even if the museum shut, its archive would stay open, said Okafor, a trustee.";
    let mut doc = attache_core::Document::from_plain(text);
    assert_eq!(doc.word(12), "said");
    // The parse takes "museum" for the subject of "said".
    parse_some(
        &mut doc,
        &[
            (3, "NOUN", 12, "nsubj"),
            (4, "VERB", 9, "advcl"),
            (9, "VERB", 12, "ccomp"),
            (12, "VERB", u32::MAX, "root"),
            (13, "PROPN", 12, "obj"),
        ],
    );
    let at = text.find("Okafor").unwrap_or(0);
    doc.actors.push(Actor {
        mentions: vec![0],
        ..Actor::uncoded_person("Okafor")
    });
    doc.mentions.push(Mention {
        span: Span::new(at, at + 6),
        actor: 0,
        form: MentionForm::Name,
        sentence: 0,
    });
    QuoteAttribution::new().run(&mut doc);
    let got = lines(&doc);
    assert!(
        got.iter().any(|l| l
            == "indirect \"Even if the museum shut, its archive would stay open\" <- Okafor (cue: said)"),
        "{got:?}"
    );
}

#[test]
fn phrase_with_a_verb_after_the_cue_is_no_inverted_source() {
    // A share of people, then "say" and a whole clause with its own subject and verb:
    // the clause is what the share says, not the source of the words before the cue.
    const M: u32 = u32::MAX;
    let got = run_parsed(
        "Nearly a third, 31%, say the border deserves more money.",
        &[
            ("ADV", 2, "advmod"),
            ("DET", 2, "det"),
            ("NOUN", 7, "nsubj"),
            ("PUNCT", 5, "punct"),
            ("NUM", 5, "nummod"),
            ("SYM", 2, "appos"),
            ("PUNCT", 7, "punct"),
            ("VERB", M, "root"),
            ("DET", 9, "det"),
            ("NOUN", 10, "nsubj"),
            ("VERB", 7, "ccomp"),
            ("ADJ", 12, "amod"),
            ("NOUN", 10, "obj"),
            ("PUNCT", 7, "punct"),
        ],
    );
    assert_eq!(
        got,
        ["indirect \"the border deserves more money\" <- Nearly a third, 31% (cue: say)"]
    );
}

#[test]
fn inverted_source_with_a_participle_after_its_noun_keeps_the_quote() {
    // The verb after the cue only modifies the source's noun (`acl`): the phrase is
    // still the source, and the clause before the cue its content.
    const M: u32 = u32::MAX;
    let got = run_parsed(
        "The deal is fair, says the union representing the workers.",
        &[
            ("DET", 1, "det"),
            ("NOUN", 3, "nsubj"),
            ("AUX", 3, "cop"),
            ("ADJ", 5, "ccomp"),
            ("PUNCT", 5, "punct"),
            ("VERB", M, "root"),
            ("DET", 7, "det"),
            ("NOUN", 5, "obj"),
            ("VERB", 7, "acl"),
            ("DET", 10, "det"),
            ("NOUN", 8, "obj"),
            ("PUNCT", 5, "punct"),
        ],
    );
    assert_eq!(
        got,
        ["indirect \"The deal is fair\" <- the union representing the workers (cue: says)"]
    );
    let got = run_parsed(
        "Turnout was low, said observers monitoring the vote.",
        &[
            ("NOUN", 2, "nsubj"),
            ("AUX", 2, "cop"),
            ("ADJ", M, "root"),
            ("PUNCT", 4, "punct"),
            ("VERB", 2, "parataxis"),
            ("NOUN", 4, "obj"),
            ("VERB", 5, "acl"),
            ("DET", 8, "det"),
            ("NOUN", 6, "obj"),
            ("PUNCT", 2, "punct"),
        ],
    );
    assert_eq!(
        got,
        ["indirect \"Turnout was low\" <- observers monitoring the vote (cue: said)"]
    );
}

#[test]
fn inverted_source_followed_by_a_persons_relative_clause_keeps_the_quote() {
    check_quotes(
        "The count was fair, said monitors who watched the polls.\n\
         Talks will resume soon, said a diplomat who asked not to be named.",
        &[
            "indirect \"The count was fair\" <- monitors (cue: said)",
            "indirect \"Talks will resume soon\" <- a diplomat (cue: said)",
        ],
    );
}

#[test]
fn pronoun_object_is_a_whole_content() {
    check_quotes(
        "Both of his senators strongly endorsed him.",
        &["indirect \"him\" <- Both of his senators (cue: endorsed)"],
    );
}

#[test]
fn pronoun_it_us_or_me_is_no_whole_content() {
    for text in [
        "Officials confirmed it, but gave no details.",
        "Pressed on the merger, the chairman denied it.",
        "He said the vote was rigged and she confirmed it.",
        "The envoy told us.",
    ] {
        let got = lines(&run(text));
        assert!(
            got.iter()
                .all(|l| !l.contains(" \"it\" <-") && !l.contains(" \"us\" <-")),
            "{text}: {got:?}"
        );
    }
    // The clause before the pronoun is still reported.
    check_quotes(
        "He said the vote was rigged and she confirmed it.",
        &["indirect \"the vote was rigged\" <- He (cue: said)"],
    );
}

#[test]
fn pronoun_it_after_a_stance_cue_is_a_whole_content() {
    // Support for or opposition to "it" is a stance worth keeping even when the reader
    // must look back for what "it" is.
    check_quotes(
        "The council firmly opposed it.",
        &["indirect \"it\" <- The council (cue: opposed)"],
    );
}

#[test]
fn sentence_in_brackets_keeps_its_tag() {
    check_quotes(
        "(Farmers, by all accounts, are fond of the plan, Ms. Ortiz said.)\n\
         (\"We asked the builders to wait,\" she said.)",
        &[
            "indirect \"Farmers, by all accounts, are fond of the plan\" <- Ms. Ortiz (cue: said)",
            "direct \"We asked the builders to wait\" <- she (cue: said)",
        ],
    );
}

#[test]
fn according_to_a_source_with_a_relative_clause_ends_the_content_before_it() {
    check_quotes(
        "Tenants may fare worse, according to Priya Nandakumar, who was a planner.\n\
         Varga, according to Novak, welcomed the offer.",
        &[
            "indirect \"Tenants may fare worse\" <- Priya Nandakumar (cue: according to)",
            "indirect \"Varga\" <- Novak (cue: according to)",
            "indirect \"welcomed the offer\" <- Novak (cue: according to)",
        ],
    );
}

#[test]
fn closing_tag_may_end_with_a_quoted_title() {
    check_quotes(
        "Harlow was a fan of the mayor, she said Tuesday night on KXRB's \u{201c}Evening Desk.\u{201d}",
        &["indirect \"Harlow was a fan of the mayor\" <- she (cue: said)"],
    );
}

/// `text` with every token tagged as in `tags` (word, UPOS; others PUNCT) and the given
/// names mentioned as actors wherever they occur: the rendered quotes with speakers.
fn run_tagged_with_actors(text: &str, tags: &[(&str, &str)], names: &[&str]) -> Vec<String> {
    let mut doc = attache_core::Document::from_plain(text);
    for t in 0..doc.tokens.len() {
        let tag = tags
            .iter()
            .find(|(w, _)| *w == doc.word(t))
            .map_or("PUNCT", |(_, tag)| *tag);
        doc.tokens[t].upos = attache_core::tags::Upos::exact(tag).unwrap_or_default();
    }
    for (a, name) in names.iter().enumerate() {
        doc.actors.push(Actor::uncoded_person(*name));
        for (at, _) in text.match_indices(name) {
            doc.actors[a].mentions.push(doc.mentions.len() as u32);
            doc.mentions.push(Mention {
                span: Span::new(at, at + name.len()),
                actor: a as u32,
                form: MentionForm::Name,
                sentence: 0,
            });
        }
    }
    QuoteAttribution::new().run(&mut doc);
    doc.quotes
        .iter()
        .map(|q| {
            let who = q
                .speaker
                .map_or("?", |s| doc.actors[s.actor as usize].name.as_str());
            format!("{} <- {who}", doc.slice(q.span))
        })
        .collect()
}

#[test]
fn organisation_before_a_title_and_name_does_not_take_the_name_s_quote() {
    let tags = [
        ("We", "PRON"),
        ("must", "AUX"),
        ("choose", "VERB"),
        ("EU", "PROPN"),
        ("foreign", "ADJ"),
        ("policy", "NOUN"),
        ("chief", "NOUN"),
        ("Anna", "PROPN"),
        ("Kolar", "PROPN"),
        ("said", "VERB"),
        ("and", "CCONJ"),
    ];
    let got = run_tagged_with_actors(
        "\"We must choose,\" EU foreign policy chief Anna Kolar said.",
        &tags,
        &["EU", "Anna Kolar"],
    );
    assert_eq!(got, ["We must choose <- Anna Kolar"], "{got:?}");
    // A conjunction between them keeps the first actor: two speakers, the first named.
    let got = run_tagged_with_actors(
        "\"We must choose,\" EU and Anna Kolar said.",
        &tags,
        &["EU", "Anna Kolar"],
    );
    assert_eq!(got, ["We must choose <- EU"], "{got:?}");
}

#[test]
fn verb_form_after_a_possessive_is_no_cue_of_its_own() {
    // The parse reads "warring" as a verb with the clause after it as its complement.
    let got = run_parsed(
        "Rivia's warring parties have agreed to talks.",
        &[
            ("PROPN", 2, "nsubj"),
            ("PART", 0, "case"),
            ("VERB", u32::MAX, "root"),
            ("NOUN", 5, "nsubj"),
            ("AUX", 5, "aux"),
            ("VERB", 2, "ccomp"),
            ("ADP", 7, "case"),
            ("NOUN", 5, "obl"),
            ("PUNCT", 2, "punct"),
        ],
    );
    assert!(!got.iter().any(|g| g.contains("(cue: warring)")), "{got:?}");
}

#[test]
fn cue_noun_after_a_participle_modifier_is_no_verb_cue() {
    let got = run_parsed(
        "The ministry said it would send a written reply next month.",
        &[
            ("DET", 1, "det"),
            ("NOUN", 2, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("PRON", 5, "nsubj"),
            ("AUX", 5, "aux"),
            ("VERB", 2, "ccomp"),
            ("DET", 8, "det"),
            ("VERB", 8, "amod"),
            ("NOUN", 5, "obj"),
            ("ADJ", 10, "amod"),
            ("NOUN", 5, "obl:unmarked"),
            ("PUNCT", 2, "punct"),
        ],
    );
    assert_eq!(
        got,
        ["indirect \"it would send a written reply next month\" <- The ministry (cue: said)"],
        "{got:?}"
    );
}

#[test]
fn noun_phrase_before_a_modal_after_warned_is_the_content_s_subject() {
    let got = run_parsed(
        "The lawmaker warned the country could lose billions.",
        &[
            ("DET", 1, "det"),
            ("NOUN", 2, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("DET", 4, "det"),
            ("NOUN", 2, "obj"),
            ("AUX", 6, "aux"),
            ("VERB", 2, "ccomp"),
            ("NOUN", 6, "obj"),
            ("PUNCT", 2, "punct"),
        ],
    );
    assert!(
        got.contains(
            &"indirect \"the country could lose billions\" <- The lawmaker (cue: warned)"
                .to_string()
        ),
        "{got:?}"
    );
}

#[test]
fn nested_quote_closing_before_the_outer_mark_keeps_the_tag() {
    // `'''` at the end of a quote is the inner single mark and the outer double one (the
    // tokenizer reads it as `'` + `''`); the tag after it is found, and the writer's comma
    // before the marks is no part of the words.
    check_quotes(
        "''Voters tell me, 'Fix the bridge,''' Mr. Ostrander said. ''They are right.''",
        &[
            "direct \"Voters tell me, 'Fix the bridge\" <- Mr. Ostrander (cue: said)",
            "direct \"They are right.\" <- Mr. Ostrander (cue: said)",
        ],
    );
}

#[test]
fn intro_cue_further_left_when_a_nearer_cue_word_has_no_subject() {
    // "written" is a cue form, but "a written notice" names nobody: the tag is "informed".
    check_quotes(
        "The harbour master informed skippers by written notice, \"Berths four to six close at noon.\"",
        &["direct \"Berths four to six close at noon.\" <- The harbour master (cue: informed skippers by written notice)"],
    );
}

#[test]
fn closing_tag_skips_a_cue_inside_the_source_s_relative_clause() {
    check_quotes(
        "\"We will not take sides in this race,\" Ruiz, who has not endorsed anyone, told reporters.",
        &["direct \"We will not take sides in this race\" <- Ruiz, who has not endorsed anyone (cue: told reporters)"],
    );
}

#[test]
fn opening_asked_clause_is_no_speaker() {
    // "Asked whether ..., X shot back: ..." — the speaker is after the participle clause.
    check_quotes(
        "Asked if the port would reopen soon, Captain Mbeki folded his arms and answered, \"Never.\"",
        &["direct \"Never.\" <- Captain Mbeki (cue: answered)"],
    );
    check_quotes(
        "Asked which striker she rated highest, she hedged: \"The one who scores on Sunday.\"",
        &["direct \"The one who scores on Sunday.\" <- she (cue: :)"],
    );
}

#[test]
fn participle_on_a_message_s_addressees_reports_the_sender() {
    // "saying" hangs on "members", the addressees of the leaflet the union mailed: the
    // union speaks ("its" owns the members, it does not author the leaflet).
    let got = run_parsed_with_lemmas(
        "The union mailed a leaflet to its members saying: \"The strike starts Monday!\"",
        &[
            ("DET", 1, "det"),
            ("NOUN", 2, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("DET", 4, "det"),
            ("NOUN", 2, "obj"),
            ("ADP", 7, "case"),
            ("PRON", 7, "nmod:poss"),
            ("NOUN", 4, "nmod"),
            ("VERB", 7, "acl"),
            ("PUNCT", 13, "punct"),
            ("PUNCT", 13, "punct"),
            ("DET", 12, "det"),
            ("NOUN", 13, "nsubj"),
            ("VERB", 8, "ccomp"),
            ("PROPN", 13, "obl:tmod"),
            ("PUNCT", 13, "punct"),
            ("PUNCT", 13, "punct"),
        ],
        &[(2, "mail"), (4, "leaflet"), (7, "member"), (8, "say")],
    );
    assert!(
        got.contains(
            &"direct \"The strike starts Monday!\" <- The union (cue: saying)".to_string()
        ),
        "{got:?}"
    );
}

#[test]
fn participle_on_a_message_speaks_for_its_named_author_not_its_reader() {
    // The senator reads a letter; its author is the mother named after "from". Only a
    // verb of sending or issuing makes its subject the message's voice.
    let got = run_parsed_with_lemmas(
        "At the rally, Senator Ruth Alvarez read a letter from a soldier's mother saying: \"My son died for nothing.\"",
        &[
            ("ADP", 2, "case"),
            ("DET", 2, "det"),
            ("NOUN", 7, "obl"),
            ("PUNCT", 7, "punct"),
            ("PROPN", 5, "compound"),
            ("PROPN", 7, "nsubj"),
            ("PROPN", 5, "flat"),
            ("VERB", u32::MAX, "root"),
            ("DET", 9, "det"),
            ("NOUN", 7, "obj"),
            ("ADP", 14, "case"),
            ("DET", 12, "det"),
            ("NOUN", 14, "nmod:poss"),
            ("PART", 12, "case"),
            ("NOUN", 9, "nmod"),
            ("VERB", 9, "acl"),
            ("PUNCT", 20, "punct"),
            ("PUNCT", 20, "punct"),
            ("PRON", 19, "nmod:poss"),
            ("NOUN", 20, "nsubj"),
            ("VERB", 15, "ccomp"),
            ("ADP", 22, "case"),
            ("PRON", 20, "obl"),
            ("PUNCT", 20, "punct"),
            ("PUNCT", 20, "punct"),
        ],
        &[(7, "read"), (9, "letter"), (14, "mother"), (15, "say")],
    );
    assert!(
        got.contains(
            &"direct \"My son died for nothing.\" <- a soldier's mother (cue: saying)".to_string()
        ),
        "{got:?}"
    );
    // A possessor is the author too.
    let got = run_parsed_with_lemmas(
        "The envoy read the minister's note saying: \"Talks are over.\"",
        &[
            ("DET", 1, "det"),
            ("NOUN", 2, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("DET", 4, "det"),
            ("NOUN", 6, "nmod:poss"),
            ("PART", 4, "case"),
            ("NOUN", 2, "obj"),
            ("VERB", 6, "acl"),
            ("PUNCT", 12, "punct"),
            ("PUNCT", 12, "punct"),
            ("NOUN", 12, "nsubj"),
            ("AUX", 12, "cop"),
            ("ADV", 7, "ccomp"),
            ("PUNCT", 12, "punct"),
            ("PUNCT", 12, "punct"),
        ],
        &[(2, "read"), (6, "note"), (7, "say")],
    );
    assert!(
        got.contains(&"direct \"Talks are over.\" <- the minister (cue: saying)".to_string()),
        "{got:?}"
    );
    // A letter the speaker sends is the speaker's.
    let got = run_parsed_with_lemmas(
        "The governor sent a letter saying: \"The roads will be fixed.\"",
        &[
            ("DET", 1, "det"),
            ("NOUN", 2, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("DET", 4, "det"),
            ("NOUN", 2, "obj"),
            ("VERB", 4, "acl"),
            ("PUNCT", 12, "punct"),
            ("PUNCT", 12, "punct"),
            ("DET", 9, "det"),
            ("NOUN", 12, "nsubj:pass"),
            ("AUX", 12, "aux"),
            ("AUX", 12, "aux:pass"),
            ("VERB", 5, "ccomp"),
            ("PUNCT", 12, "punct"),
            ("PUNCT", 12, "punct"),
        ],
        &[(2, "send"), (4, "letter"), (5, "say")],
    );
    assert!(
        got.contains(
            &"direct \"The roads will be fixed.\" <- The governor (cue: saying)".to_string()
        ),
        "{got:?}"
    );
}

#[test]
fn closing_tag_with_two_descriptions_joined_by_and() {
    check_quotes(
        "\"We need a new plan for the north,\" the Iowa senator and Republican candidate said.",
        &["direct \"We need a new plan for the north\" <- the Iowa senator and Republican candidate (cue: said)"],
    );
}

#[test]
fn closing_tag_with_an_unlisted_verb_and_a_day() {
    // The day is a time the time stage found (it runs before speech).
    for (text, expect) in [
        (
            "\"The ferry ought to run every hour,\" Adeyemi seethed on Friday.",
            "direct \"The ferry ought to run every hour\" <- Adeyemi (cue: seethed)",
        ),
        (
            "\"The ferry ought to run every hour,\" Adeyemi seethed last week.",
            "direct \"The ferry ought to run every hour\" <- Adeyemi (cue: seethed)",
        ),
    ] {
        let mut doc = attache_core::Document::from_plain(text);
        attache_time::TimeNormalization::new().run(&mut doc);
        QuoteAttribution::new().run(&mut doc);
        let got = lines(&doc);
        assert!(got.contains(&expect.to_string()), "{text}: {got:?}");
    }
}

#[test]
fn closing_tag_with_a_description_and_an_unlisted_past_verb() {
    check_quotes(
        "\"Bring them home,\" the crowd roared. \"Not again,\" the old guard grumbled.",
        &[
            "direct \"Bring them home\" <- the crowd (cue: roared)",
            "direct \"Not again\" <- the old guard (cue: grumbled)",
        ],
    );
}

#[test]
fn comma_final_quote_after_a_colon_takes_its_closing_tag() {
    // The clause before the colon only leads in; "expected" there is no tag of the quote.
    check_quotes(
        "The memo set out what the coach expected: \"Press high, and never sulk,\" Dlamini wrote.",
        &["direct \"Press high, and never sulk\" <- Dlamini (cue: wrote)"],
    );
}

#[test]
fn names_after_a_dash_in_a_digest_line_speak_after_the_colon() {
    check_quotes(
        "HIGH TURNOUT IN THE NORTH DOES NOT CHANGE THE RACE - Ana Lund and Piet Varga: \"The count ended early.\"",
        &["direct \"The count ended early.\" <- Ana Lund and Piet Varga (cue: :)"],
    );
}

#[test]
fn quotation_dash_after_the_close_names_the_speaker() {
    check_quotes(
        "\u{201c}We need order in the streets. We will vote.\u{201d}\u{2015} Carla Santos\n\
         \"He does not speak for us.\" \u{2014} Julie A. Diaz Martinez, 34, a teacher in Phoenix",
        &[
            "direct \"We need order in the streets. We will vote.\" <- Carla Santos (cue: \u{2015})",
            "direct \"He does not speak for us.\" <- Julie A. Diaz Martinez (cue: \u{2014})",
        ],
    );
    // A dash before a clause with a verb is no tag.
    let doc = run("\"We will see,\" he said. \"Maybe next year\" - Mary agreed later.");
    assert!(
        lines(&doc).iter().all(|l| !l.ends_with("(cue: -)")),
        "{:?}",
        lines(&doc)
    );
}

#[test]
fn closing_tag_source_with_several_appositives() {
    check_quotes(
        "\"The dam was a mistake,\" Ms. Okoro, once a judge and now a farmer near Jos, Nigeria, said in an interview.",
        &["direct \"The dam was a mistake\" <- Ms. Okoro, once a judge and now a farmer near Jos, Nigeria (cue: said)"],
    );
}

#[test]
fn lower_case_quote_right_after_a_cue_is_a_fragment() {
    // "calls "a fair share ..."" continues the writer's sentence: no direct quote.
    let doc =
        run("Suburban councils resent what the mayor calls \"a fair share for the city centre.\"");
    assert!(
        doc.quotes.iter().all(|q| q.kind != QuoteKind::Direct),
        "{:?}",
        lines(&doc)
    );
    // A capitalized utterance right after its cue stays direct.
    check_quotes(
        "The senator said \"We will not wait for the valley.\"",
        &["direct \"We will not wait for the valley.\" <- The senator (cue: said)"],
    );
    // A quoted word is still the speaker's statement, with its cue: mixed.
    check_quotes(
        "Asked whether he would run again, the senator said \"no.\"",
        &["mixed \"\"no.\"\" <- the senator (cue: said)"],
    );
}

#[test]
fn fragment_named_in_a_free_relative_ends_at_its_closing_mark() {
    // "what officials called "..."" names the phrase; the main clause after it is the
    // writer's: the mixed quote is the fragment only, never "... the economy collapsed".
    check_quotes(
        "After what officials called \"shock therapy,\" the economy collapsed.",
        &["mixed \"\"shock therapy,\"\" <- officials (cue: called)"],
    );
    check_quotes(
        "Following what the minister described as \"a temporary pause,\" the talks never resumed.",
        &["mixed \"\"a temporary pause,\"\" <- the minister (cue: described)"],
    );
    // Without a comma, and as the subject of the main verb.
    check_quotes(
        "What the governor called \"a minor setback\" cost the region its port.",
        &["mixed \"\"a minor setback\"\" <- the governor (cue: called)"],
    );
    // A fragment that runs on is still part of the content.
    check_quotes(
        "She said \"no\" to the proposal.",
        &["mixed \"\"no\" to the proposal\" <- She (cue: said)"],
    );
}

#[test]
fn participle_after_a_reported_clause_takes_the_main_clause_subject() {
    // The parse hangs "adding" on "failed", the verb of the reported clause; the one who
    // adds is Lund, the subject of "said", not "the plan".
    let got = run_parsed(
        "Lund said the plan had failed, adding, \"We start again.\"",
        &[
            ("PROPN", 1, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("DET", 3, "det"),
            ("NOUN", 5, "nsubj"),
            ("AUX", 5, "aux"),
            ("VERB", 1, "ccomp"),
            ("PUNCT", 7, "punct"),
            ("VERB", 5, "advcl"),
            ("PUNCT", 11, "punct"),
            ("PUNCT", 11, "punct"),
            ("PRON", 11, "nsubj"),
            ("VERB", 7, "ccomp"),
            ("ADV", 11, "advmod"),
            ("PUNCT", 11, "punct"),
            ("PUNCT", 11, "punct"),
        ],
    );
    assert_eq!(
        got,
        vec![
            "indirect \"the plan had failed\" <- Lund (cue: said)",
            "direct \"We start again.\" <- Lund (cue: adding)"
        ],
        "{got:?}"
    );
}

#[test]
fn opening_curly_mark_glued_after_a_comma_closes_the_quote() {
    check_quotes(
        "\u{201c}The ferry will run again,\u{201c} said Ana Ruiz. \u{201c}We fixed the engine.\u{201d}",
        &[
            "direct \"The ferry will run again\" <- Ana Ruiz (cue: said)",
            "direct \"We fixed the engine.\" <- Ana Ruiz (cue: said)",
        ],
    );
}

#[test]
fn message_obtained_by_someone_speaks_for_itself_not_for_its_reader() {
    // The parse hangs "saying" on "obtained"; the rebels only got hold of the memo.
    let parse = [
        ("NOUN", 1, "nsubj"),
        ("VERB", u32::MAX, "root"),
        ("DET", 3, "det"),
        ("NOUN", 1, "obj"),
        ("VERB", 1, "advcl"),
        ("PUNCT", 10, "punct"),
        ("PUNCT", 10, "punct"),
        ("DET", 8, "det"),
        ("NOUN", 10, "nsubj"),
        ("AUX", 10, "aux"),
        ("VERB", 4, "ccomp"),
        ("PUNCT", 10, "punct"),
        ("PUNCT", 10, "punct"),
    ];
    let got = run_parsed_with_lemmas(
        "Rebels obtained a memo saying: \"The army will withdraw.\"",
        &parse,
        &[(1, "obtain"), (3, "memo")],
    );
    assert_eq!(
        got,
        vec!["direct \"The army will withdraw.\" <- a memo (cue: saying)"]
    );
    // A sender's message is the sender's word.
    let got = run_parsed_with_lemmas(
        "Rebels released a memo saying: \"The army will withdraw.\"",
        &parse,
        &[(1, "release"), (3, "memo")],
    );
    assert_eq!(
        got,
        vec!["direct \"The army will withdraw.\" <- Rebels (cue: saying)"]
    );
}

#[test]
fn quoted_fragment_closed_by_its_comma_ends_before_a_new_clause_after_and() {
    let got = run_parsed(
        "Ito called the plan \"a betrayal,\" and the union walked out.",
        &[
            ("PROPN", 1, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("DET", 3, "det"),
            ("NOUN", 1, "obj"),
            ("PUNCT", 6, "punct"),
            ("DET", 6, "det"),
            ("NOUN", 1, "xcomp"),
            ("PUNCT", 6, "punct"),
            ("PUNCT", 6, "punct"),
            ("CCONJ", 12, "cc"),
            ("DET", 11, "det"),
            ("NOUN", 12, "nsubj"),
            ("VERB", 1, "conj"),
            ("ADP", 12, "compound:prt"),
            ("PUNCT", 1, "punct"),
        ],
    );
    assert_eq!(
        got,
        vec!["mixed \"the plan \"a betrayal,\"\" <- Ito (cue: called)"]
    );
}

#[test]
fn yes_or_no_alone_after_a_speech_cue_is_the_reported_answer() {
    let doc = run("Asked about the levy, most farmers said yes.");
    assert!(
        lines(&doc)
            .iter()
            .any(|l| l.starts_with("indirect \"yes\" <- most farmers")),
        "{:?}",
        lines(&doc)
    );
    // Not after a belief cue: "hope so" / "think no" are no reported answers here.
    let doc = run("The farmers hoped no.");
    assert!(
        lines(&doc).iter().all(|l| !l.contains("\"no\"")),
        "{:?}",
        lines(&doc)
    );
}

#[test]
fn dash_and_name_in_the_next_paragraph_tag_a_quote_closing_its_own() {
    let doc = run(
        "The crowd waited for an hour.\n\"We will rebuild the bridge.\"\n- Ana Lund, a ferry pilot.\n\"Not this year.\"\n-Mayor Tomas Reyes, speaking on Friday.",
    );
    let got = lines(&doc);
    assert!(
        got.contains(&"direct \"We will rebuild the bridge.\" <- Ana Lund (cue: -)".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"direct \"Not this year.\" <- Mayor Tomas Reyes (cue: -)".to_string()),
        "{got:?}"
    );
}

/// The class of the first quote whose content starts with `starts`.
fn class_of(doc: &attache_core::Document, starts: &str) -> Option<&'static str> {
    doc.quotes
        .iter()
        .find(|q| doc.slice(q.span).starts_with(starts))
        .map(|q| q.class.as_str())
}

#[test]
fn each_quote_carries_what_its_cue_reports() {
    let doc = run(
        "The dockers' union fears the harbour will close.\nThe mayor said the harbour would stay open. \"It will not close,\" she added.\n\"Not this year.\"\nThe port authority's plan to dredge the channel was shelved.",
    );
    assert_eq!(
        class_of(&doc, "the harbour will close"),
        Some("belief"),
        "{:?}",
        lines(&doc)
    );
    assert_eq!(
        class_of(&doc, "the harbour would stay"),
        Some("speech"),
        "{:?}",
        lines(&doc)
    );
    assert_eq!(
        class_of(&doc, "It will not close"),
        Some("speech"),
        "{:?}",
        lines(&doc)
    );
    // A direct quote with no cue of its own, carrying the mayor as speaker: a statement.
    assert_eq!(
        class_of(&doc, "Not this year"),
        Some("speech"),
        "{:?}",
        lines(&doc)
    );
    // A noun cue: the noun's class.
    assert_eq!(
        class_of(&doc, "to dredge the channel"),
        Some("intent"),
        "{:?}",
        lines(&doc)
    );
}

#[test]
fn participle_after_a_told_clause_takes_the_teller_not_the_reported_subject() {
    // "sees" is a cue inside the reported clause of "told"; the one saying is the
    // minister, the subject of the main clause, whichever verb the parse hangs "saying"
    // on.
    let text = "The Dutch minister told journalists that the union sees Serbia as a future \
                member, saying that Rutte repeated the Dutch view.";
    let mut parse = vec![
        ("DET", 2, "det"),
        ("ADJ", 2, "amod"),
        ("NOUN", 3, "nsubj"),
        ("VERB", u32::MAX, "root"),
        ("NOUN", 3, "iobj"),
        ("SCONJ", 8, "mark"),
        ("DET", 7, "det"),
        ("NOUN", 8, "nsubj"),
        ("VERB", 3, "ccomp"),
        ("PROPN", 8, "obj"),
        ("ADP", 13, "case"),
        ("DET", 13, "det"),
        ("ADJ", 13, "amod"),
        ("NOUN", 8, "obl"),
        ("PUNCT", 15, "punct"),
        ("VERB", 3, "advcl"),
        ("SCONJ", 18, "mark"),
        ("PROPN", 18, "nsubj"),
        ("VERB", 15, "ccomp"),
        ("DET", 21, "det"),
        ("ADJ", 21, "amod"),
        ("NOUN", 18, "obj"),
        ("PUNCT", 3, "punct"),
    ];
    for head in [3, 8] {
        parse[15].1 = head;
        let got = run_parsed(text, &parse);
        assert!(
            got.iter().any(|l| l.starts_with(
                "indirect \"Rutte repeated the Dutch view\" <- The Dutch minister (cue: saying)"
            )),
            "saying on token {head}: {got:?}"
        );
    }
}

#[test]
fn points_after_a_number_is_a_score_not_a_cue() {
    let text = "Labour rose 2 points to 41 percent.";
    let parse = [
        ("PROPN", 1, "nsubj"),
        ("VERB", u32::MAX, "root"),
        ("NUM", 3, "nummod"),
        ("NOUN", 1, "obj"),
        ("ADP", 6, "case"),
        ("NUM", 6, "nummod"),
        ("NOUN", 1, "obl"),
        ("PUNCT", 1, "punct"),
    ];
    let got = run_parsed(text, &parse);
    assert!(got.is_empty(), "parsed: {got:?}");
    let got = lines(&run(text));
    assert!(got.is_empty(), "untagged: {got:?}");
    // The phrase is still a cue after a name.
    check_quotes(
        "Ruiz points to the budget as proof that the plan works.",
        &["indirect \"the budget as proof that the plan works\" <- Ruiz (cue: points to)"],
    );
}

#[test]
fn participle_after_while_before_a_quote_takes_the_clause_subject() {
    // `while chanting, "..."`: the marchers chant, as with `, chanting, "..."`, also
    // where the parse hangs the participle on the noun before it.
    let parse = [
        ("DET", 1, "det"),
        ("NOUN", 2, "nsubj"),
        ("VERB", u32::MAX, "root"),
        ("DET", 4, "det"),
        ("NOUN", 2, "obj"),
        ("SCONJ", 6, "mark"),
        ("VERB", 4, "acl"),
        ("PUNCT", 6, "punct"),
        ("PUNCT", 9, "punct"),
        ("VERB", 6, "ccomp"),
        ("DET", 11, "det"),
        ("NOUN", 9, "obj"),
        ("PUNCT", 9, "punct"),
        ("PUNCT", 9, "punct"),
    ];
    let got = run_parsed(
        "The marchers circled the square while chanting, \"Open the gates!\"",
        &parse,
    );
    assert!(
        got.iter()
            .any(|l| l == "direct \"Open the gates!\" <- The marchers (cue: chanting)"),
        "{got:?}"
    );
    // "without saying" says nothing: no one is its source, wherever the parse hangs it.
    let mut parse = parse;
    parse[6] = ("VERB", 2, "advcl");
    let got = run_parsed(
        "The marchers circled the square without saying, \"Open the gates!\"",
        &parse,
    );
    assert!(
        got.iter().all(|l| !l.contains("<- The marchers")),
        "{got:?}"
    );
}

#[test]
fn a_cue_reporting_its_own_clause_after_a_period_final_quote_is_no_tag() {
    // The quote ends its sentence; "Ruiz said he ..." is a new statement, not its tag:
    // the quote carries the speaker of the tag before it.
    check_quotes(
        "\"It is a sad day,\" Okafor told reporters. \"That has no place in politics.\" Ruiz said he would have resigned.",
        &[
            "direct \"That has no place in politics.\" <- Okafor (cue: told reporters)",
            "indirect \"he would have resigned\" <- Ruiz (cue: said)",
        ],
    );
    // A bare tag after a period-final quote still tags it.
    check_quotes(
        "\"That has no place in politics.\" Ruiz said.",
        &["direct \"That has no place in politics.\" <- Ruiz (cue: said)"],
    );
}

#[test]
fn a_quote_after_a_pronouns_belief_goes_on_from_the_direct_quote_before() {
    // "She hopes ..." is the quoted speaker's aside; the next quote continues hers.
    check_quotes(
        "\"We will not sign,\" Ana Lund said. She believes the text is unfair. \"Nobody asked us.\"",
        &[
            "indirect \"the text is unfair\" <- She (cue: believes)",
            "direct \"Nobody asked us.\" <- Ana Lund (cue: said)",
        ],
    );
    // A statement in between still lends its speaker.
    check_quotes(
        "\"We will not sign,\" Ana Lund said. She told reporters the talks were over. \"The text is unfair.\"",
        &["direct \"The text is unfair.\" <- She (cue: told reporters)"],
    );
}

#[test]
fn a_message_no_one_sends_speaks_for_itself_and_its_finder_says_nothing() {
    // A printer of a letter is not its author: the letter speaks, as its own phrase
    // (the source was "The paper printed a letter", a span across the verb).
    let got = run_parsed_with_lemmas(
        "The paper printed a letter saying: \"The mayor must go.\"",
        &[
            ("DET", 1, "det"),
            ("NOUN", 2, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("DET", 4, "det"),
            ("NOUN", 2, "obj"),
            ("VERB", 4, "acl"),
            ("PUNCT", 11, "punct"),
            ("PUNCT", 11, "punct"),
            ("DET", 9, "det"),
            ("NOUN", 11, "nsubj"),
            ("AUX", 11, "aux"),
            ("VERB", 5, "ccomp"),
            ("PUNCT", 11, "punct"),
            ("PUNCT", 11, "punct"),
        ],
        &[(2, "print"), (4, "letter"), (5, "say")],
    );
    assert_eq!(
        got,
        ["direct \"The mayor must go.\" <- a letter (cue: saying)"]
    );
    // Finding a note is no statement of the finder's: only the note's own.
    let got = run_parsed_with_lemmas(
        "Police found a note saying the bridge was closed.",
        &[
            ("NOUN", 1, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("DET", 3, "det"),
            ("NOUN", 1, "obj"),
            ("VERB", 3, "acl"),
            ("DET", 6, "det"),
            ("NOUN", 8, "nsubj"),
            ("AUX", 8, "cop"),
            ("ADJ", 4, "ccomp"),
            ("PUNCT", 1, "punct"),
        ],
        &[(1, "find"), (3, "note"), (4, "say")],
    );
    assert!(got.iter().all(|l| !l.contains("(cue: found)")), "{got:?}");
}

#[test]
fn the_issuer_of_a_statement_saying_something_speaks() {
    // review10 SP5: a sending verb (data/senders.txt) is no finder; its subject issued
    // the statement and speaks. Parsed and tagged as the pipeline's parser does (the
    // clause after "saying" a complement of "issued").
    let run = |text: &str, lemma: &str| {
        use attache_core::tags::Upos;
        use attache_core::Deprel;
        let parse = [
            ("DET", "DT", 2, "det"),
            ("PROPN", "NNP", 2, "compound"),
            ("PROPN", "NNP", 3, "nsubj"),
            ("VERB", "VBD", u32::MAX, "root"),
            ("DET", "DT", 5, "det"),
            ("NOUN", "NN", 10, "nsubj"),
            ("VERB", "VBG", 5, "acl"),
            ("DET", "DT", 8, "det"),
            ("NOUN", "NNS", 10, "nsubj"),
            ("AUX", "VBD", 10, "aux"),
            ("VERB", "VBN", 3, "ccomp"),
            ("PUNCT", ".", 3, "punct"),
        ];
        let mut doc = attache_core::Document::from_plain(text);
        assert_eq!(doc.tokens.len(), parse.len(), "one parse row per token");
        for (t, &(upos, xpos, head, rel)) in doc.tokens.iter_mut().zip(&parse) {
            t.upos = Upos::exact(upos).unwrap_or_default();
            t.xpos = attache_core::tags::Xpos::from_label(xpos);
            t.head = head;
            t.deprel = Deprel::from_label(rel);
        }
        for (i, l) in [(3, lemma), (5, "statement"), (6, "say")] {
            doc.set_lemma(i, l);
        }
        QuoteAttribution::new().run(&mut doc);
        lines(&doc)
    };
    for (text, verb, lemma) in [
        (
            "The Harbour Ministry issued a statement saying the talks had failed.",
            "issued",
            "issue",
        ),
        (
            "The Harbour Ministry released a statement saying the talks had failed.",
            "released",
            "release",
        ),
    ] {
        let got = run(text, lemma);
        assert!(
            got.iter()
                .any(|l| l.contains("<- The Harbour Ministry")
                    && l.contains(&format!("(cue: {verb})"))),
            "{got:?}"
        );
    }
    // A finder, with the same parse, still says nothing.
    let got = run(
        "The Harbour Ministry found a statement saying the talks had failed.",
        "find",
    );
    assert!(
        !got.is_empty() && got.iter().all(|l| !l.contains("(cue: found)")),
        "{got:?}"
    );
}

#[test]
fn a_parsed_subject_never_opens_or_closes_with_a_comma() {
    // A misparse hangs the comma before "told" on it and makes "told neighbours" a
    // subject; the phrase keeps its words but not the comma.
    let got = run_parsed(
        "Police said the gunman, who had been freed in May, told neighbours he would return, adding, \"Nobody will stop me.\"",
        &[
            ("NOUN", 1, "nsubj"),
            ("VERB", u32::MAX, "root"),
            ("DET", 3, "det"),
            ("NOUN", 1, "nsubj"),
            ("PUNCT", 8, "punct"),
            ("PRON", 8, "nsubj:pass"),
            ("AUX", 8, "aux"),
            ("AUX", 8, "aux:pass"),
            ("VERB", 3, "acl:relcl"),
            ("ADP", 10, "case"),
            ("PROPN", 8, "obl"),
            ("PUNCT", 12, "punct"),
            ("VERB", 13, "amod"),
            ("NOUN", 16, "nsubj"),
            ("PRON", 16, "nsubj"),
            ("AUX", 16, "aux"),
            ("VERB", 8, "ccomp"),
            ("PUNCT", 18, "punct"),
            ("VERB", 16, "advcl"),
            ("PUNCT", 23, "punct"),
            ("PUNCT", 23, "punct"),
            ("PRON", 23, "nsubj"),
            ("AUX", 23, "aux"),
            ("VERB", 8, "ccomp"),
            ("PRON", 23, "obj"),
            ("PUNCT", 23, "punct"),
            ("PUNCT", 23, "punct"),
        ],
    );
    assert!(
        got.iter()
            .all(|l| !l.contains("<- ,") && !l.contains(", (cue")),
        "{got:?}"
    );
}

#[test]
fn a_tag_in_the_middle_leaves_one_utterance_in_two_stretches() {
    // Both stretches keep the tag's speaker and cue, and `utterances` joins them.
    let doc = run("\"If the talks fail,\" Okafor said, \"the strike goes on.\" Nobody answered.");
    assert_eq!(
        lines(&doc),
        [
            "direct \"If the talks fail\" <- Okafor (cue: said)",
            "direct \"the strike goes on.\" <- Okafor (cue: said)",
        ]
    );
    assert_eq!(attache_speech::utterances(&doc), [vec![0, 1]]);
    // Two statements of one speaker with their own tags stay two utterances.
    let doc = run("\"We stay,\" Okafor said. \"We go,\" Okafor said.");
    assert_eq!(attache_speech::utterances(&doc), [vec![0], vec![1]]);
}

#[test]
fn according_to_inside_a_clause_leaves_the_tag_out_of_the_content() {
    // "Varga, according to Novak, welcomed the offer": the content is the clause
    // around the tag, in two stretches with Novak as the source, one utterance.
    let doc = run("Varga, according to Novak, welcomed the offer from the port authority.");
    let got = lines(&doc);
    assert!(
        got.contains(&"indirect \"Varga\" <- Novak (cue: according to)".to_string())
            && got.contains(
                &"indirect \"welcomed the offer from the port authority\" <- Novak (cue: according to)"
                    .to_string()
            ),
        "{got:?}"
    );
    assert!(
        attache_speech::utterances(&doc)
            .iter()
            .any(|u| u.len() == 2),
        "{got:?}"
    );
}

#[test]
fn a_noun_like_cue_counts_only_where_tagged_as_a_verb() {
    // "question" with a subject, read as a verb, is a stance cue (`data/verb_cues.tsv`);
    // "questions" the noun is no cue ("Questions about Lund grew" attributes nothing).
    let tags = [
        ("Most", "ADJ"),
        ("farmers", "NOUN"),
        ("question", "VERB"),
        ("Lund", "PROPN"),
    ];
    let got = run_tagged_with_actors("Most farmers question Lund.", &tags, &["Lund"]);
    // (the farmers a described group since session 26)
    assert_eq!(got, ["Lund <- Most farmers"], "{got:?}");
    let tags = [
        ("Questions", "NOUN"),
        ("about", "ADP"),
        ("Lund", "PROPN"),
        ("grew", "VERB"),
    ];
    let got = run_tagged_with_actors("Questions about Lund grew.", &tags, &["Lund"]);
    assert!(got.is_empty(), "{got:?}");
    // Tagged as a noun, the bare form is no cue either.
    let tags = [
        ("Most", "ADJ"),
        ("farmers", "NOUN"),
        ("question", "NOUN"),
        ("Lund", "PROPN"),
    ];
    let got = run_tagged_with_actors("Most farmers question Lund.", &tags, &["Lund"]);
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn verb_and_particle_phrases_of_stance_and_topic_are_cues() {
    check_quotes(
        "The farmers' union pushed for a lower tariff on seed.\nOkafor took issue with the ministry's figures on rice.\nThe governor laid out a plan to rebuild the port.",
        &[
            "indirect \"a lower tariff on seed\" <- The farmers' union (cue: pushed for)",
            "indirect \"the ministry's figures on rice\" <- Okafor (cue: took issue with)",
            "indirect \"a plan to rebuild the port\" <- The governor (cue: laid out)",
        ],
    );
}

#[test]
fn verbs_of_accepting_and_ignoring_a_proposal_are_stance_cues() {
    check_quotes(
        "The council ignored the farmers' petition on water.\nOkafor accepted the offer of a second debate.",
        &[
            "indirect \"the farmers' petition on water\" <- The council (cue: ignored)",
            "indirect \"the offer of a second debate\" <- Okafor (cue: accepted)",
        ],
    );
}

#[test]
fn forms_that_mostly_report_nothing_are_no_cues() {
    for text in [
        "The new schedule favors the early risers in the village.",
        "He knew the road to the border well.",
        "The clinic recognized the nurses for their long service.",
    ] {
        let doc = run(text);
        assert!(lines(&doc).is_empty(), "{text}: {:?}", lines(&doc));
    }
}

#[test]
fn adjectives_of_belief_and_stance_report_what_follows_them() {
    check_quotes(
        "Lund has long been critical of the tariff on rice.\nI'm confident that the port will reopen in May.",
        &[
            "indirect \"the tariff on rice\" <- Lund (cue: critical of)",
            "indirect \"the port will reopen in May\" <- I (cue: confident that)",
        ],
    );
}

#[test]
fn verbs_of_disclosing_are_cues() {
    check_quotes(
        "Okafor disclosed the ministry's secret deal with the miners.",
        &["indirect \"the ministry's secret deal with the miners\" <- Okafor (cue: disclosed)"],
    );
}

#[test]
fn exposing_cheering_booing_and_approving_are_acts_not_quotes() {
    for text in [
        "A clerk who exposed the mayor's use of a private phone was fired.",
        "The delegates cheered the new budget for the schools.",
        "The fans booed the referee for ten minutes.",
        "The harbour board approved a resolution on the new pier.",
    ] {
        let doc = run(text);
        assert!(lines(&doc).is_empty(), "{text}: {:?}", lines(&doc));
    }
}

#[test]
fn accepting_a_nomination_or_money_and_ignoring_a_person_are_no_quotes() {
    for text in [
        "Okafor accepted the party's nomination for governor on Friday.",
        "The charity has accepted large donations from the shipping firms.",
        "The mayor ignored her and walked on.",
        "The drivers ignored the red light at the crossing.",
    ] {
        let doc = run(text);
        assert!(lines(&doc).is_empty(), "{text}: {:?}", lines(&doc));
    }
}

#[test]
fn accepting_a_claim_or_ignoring_a_warning_is_a_stance() {
    check_quotes(
        "The minister accepted that the figures were wrong.\nThe mayor ignored repeated warnings from the engineers.\nLund accepts the union's argument about night shifts.",
        &[
            "indirect \"the figures were wrong\" <- The minister (cue: accepted)",
            "indirect \"repeated warnings from the engineers\" <- The mayor (cue: ignored)",
            "indirect \"the union's argument about night shifts\" <- Lund (cue: accepts)",
        ],
    );
}

#[test]
fn an_as_clause_of_comment_reports_the_clause_beside_it() {
    check_quotes(
        "As the Daily Courier noted, Okafor raised more than $1 million from miners.\nThe port will reopen in May, as the minister said.",
        &[
            "indirect \"Okafor raised more than $1 million from miners\" <- the Daily Courier (cue: noted)",
            "indirect \"The port will reopen in May\" <- the minister (cue: said)",
        ],
    );
    // "as" of time: the crowd's cheering reports nothing.
    let doc = run("The mayor cut the ribbon, as the crowd cheered.");
    assert!(lines(&doc).is_empty(), "{:?}", lines(&doc));
}

#[test]
fn being_aware_of_a_fact_or_eager_to_act_is_no_quote() {
    for text in [
        "The farmers have been eager to sell their rice before the rains.",
        "The harbour master is aware of the storm warnings for the coast.",
    ] {
        let doc = run(text);
        assert!(lines(&doc).is_empty(), "{text}: {:?}", lines(&doc));
    }
}
