//! Syntax, actors and quotes on invented sentences whose reading depends on the parse
//! and on the actors stage's mentions (QA10 findings N5, N13, N15 and the colon cue).

use crate::common;

use common::{content_of, parsed_quotes};

/// Every quote as `[content, speaker's actor name, source as written, cue]`.
fn quotes(text: &str) -> Vec<[String; 4]> {
    parsed_quotes(text, false)
}

/// The contents of the quotes with cue `cue`, in text order, joined by " | " (the
/// stretches of one attribution split around its cue).
fn stretches(got: &[[String; 4]], cue: &str) -> String {
    got.iter()
        .filter(|[_, _, _, c]| c == cue)
        .map(|[c, _, _, _]| c.as_str())
        .collect::<Vec<_>>()
        .join(" | ")
}

#[test]
fn a_cue_in_an_infinitive_is_spoken_by_the_infinitives_controller() {
    // A predicate noun's subject ("was the first Democrat to endorse"), the subject of
    // the verb a purpose infinitive modifies ("used the speech to propose").
    let got = quotes("Okafor was the first senator in the chamber to endorse Mendes.");
    assert!(
        got.iter()
            .any(|[c, _, src, cue]| c.starts_with("Mendes") && src == "Okafor" && cue == "endorse"),
        "{got:?}"
    );
    let got = quotes("The governor used the speech to propose a carbon tax.");
    assert!(
        got.iter().any(|[c, _, src, cue]| c == "a carbon tax"
            && src == "The governor"
            && cue == "propose"),
        "{got:?}"
    );
}

#[test]
fn a_direct_quote_after_an_infinitive_cue_is_its_controllers() {
    let got =
        quotes("The mayor stopped me at the door to announce, \u{201c}The vote is closed.\u{201d}");
    assert!(
        got.iter()
            .any(|[c, _, src, cue]| c.contains("The vote is closed")
                && src == "The mayor"
                && cue == "announce"),
        "{got:?}"
    );
}

#[test]
fn a_temporal_clause_after_an_object_content_is_the_writers() {
    let got = quotes("The union endorsed Mendes while the strike was still going on.");
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c == "Mendes" && src == "The union"),
        "{got:?}"
    );
    // Modified ("minutes after"), the clause stays.
    let got = quotes("The union endorsed the plan minutes after the vote closed.");
    assert!(
        got.iter()
            .any(|[c, _, _, _]| c == "the plan minutes after the vote closed"),
        "{got:?}"
    );
}

#[test]
fn a_verb_phrase_joined_to_an_object_content_is_the_writers() {
    let got = quotes("The senator criticized the tariff and has repeatedly voted against it.");
    assert!(
        got.iter().any(|[c, _, src, cue]| c == "the tariff"
            && src == "The senator"
            && cue == "criticized"),
        "{got:?}"
    );
}

#[test]
fn a_modifier_or_gerund_after_and_is_no_new_verb_phrase() {
    // No finite verb or auxiliary after "and"/"but": the content goes on.
    for (text, cue, end) in [
        (
            "The senator praised the close and sometimes overlapping interests of the two parties.",
            "praised",
            "of the two parties",
        ),
        (
            "The campaign has credited Okafor with inspiring and co-designing the proposal for the port.",
            "credited",
            "for the port",
        ),
        (
            "The transcript shows that Okafor talked about tax reform and passing more gun control.",
            "talked about",
            "gun control",
        ),
        (
            "Some observers say voters might embrace it as a lighthearted but inspiring parable.",
            "embrace",
            "inspiring parable",
        ),
    ] {
        let got = quotes(text);
        assert!(content_of(&got, cue).ends_with(end), "{text}: {got:?}");
    }
}

#[test]
fn a_verb_conjoined_inside_the_content_stays_in_it() {
    // A guard (it passes on the build before the and/but narrowing too): the corpus
    // sentence that the rule once cut is not copied here, and this invented one parses
    // without the cut.
    let got = quotes("Officers said Marsh obeyed the guards' instructions and left the hall.");
    assert_eq!(
        content_of(&got, "said"),
        "Marsh obeyed the guards' instructions and left the hall",
        "{got:?}"
    );
    // The tagger reads "complied" as an adjective and the parse hangs "paid" on the cue:
    // "said" reports a clause, so the verbless-looking content goes on (cut at "and
    // paid" until the fifteenth session). Still cut when the parse reads the content's
    // verb as a verb and hangs the second one on the cue anyway ("said X complied with
    // airport rules and boarded the plane"): a known loss.
    let got = quotes("Aides said Mbeki complied with court instructions and paid the fine.");
    assert_eq!(
        content_of(&got, "said"),
        "Mbeki complied with court instructions and paid the fine",
        "{got:?}"
    );
    // A verb after a comma and "and" is still the source's own ("said "no" twice, and
    // then left").
    let got = quotes("Lindqvist said \"never\" three times, and abruptly left the podium.");
    assert!(!content_of(&got, "said").contains("podium"), "{got:?}");
}

#[test]
fn a_joined_or_aside_subordinator_does_not_end_the_content() {
    for (text, cue, end) in [
        (
            "The chairman predicted a collapse if and when the two newcomers flame out in the spring.",
            "predicted",
            "in the spring",
        ),
        (
            "The minister announced a plan - unheard of until now - to sell the port.",
            "announced",
            "to sell the port",
        ),
    ] {
        let got = quotes(text);
        assert!(content_of(&got, cue).ends_with(end), "{text}: {got:?}");
    }
    // A temporal clause after an object is still the writer's.
    let got = quotes("The union endorsed Mendes while the strike went on.");
    assert_eq!(content_of(&got, "endorsed"), "Mendes", "{got:?}");
}

#[test]
fn something_and_a_relative_clause_after_a_content_is_a_gloss() {
    let got = quotes("The senator said she now backs the ban, something she opposed as a senator.");
    assert_eq!(content_of(&got, "said"), "she now backs the ban", "{got:?}");
    let got = quotes(
        "The mayor said the council raised taxes, something that Okafor mocked at the rally.",
    );
    assert_eq!(
        content_of(&got, "said"),
        "the council raised taxes",
        "{got:?}"
    );
    // "nothing more" is no relative clause: the content goes on.
    let got = quotes("The mayor said the offer was a gesture, nothing more than that.");
    assert!(content_of(&got, "said").ends_with("than that"), "{got:?}");
}

#[test]
fn a_tag_inside_a_relative_clause_does_not_report_the_main_clause() {
    let got = quotes(
        "The park is near the stadium, which, Okafor said, is usually full of families on game days.",
    );
    assert_eq!(
        stretches(&got, "said"),
        "is usually full of families on game days",
        "{got:?}"
    );
    // A tag in a main clause still splits it.
    let got = quotes("The budget, the minister said, will balance next year.");
    assert_eq!(
        stretches(&got, "said"),
        "The budget | will balance next year",
        "{got:?}"
    );
}

#[test]
fn a_raised_subject_stretch_starts_at_the_parsed_subject() {
    let got =
        quotes("The mayor said she's glad Okafor appeared to be feeling better after the surgery.");
    assert_eq!(
        stretches(&got, "appeared"),
        "Okafor | to be feeling better after the surgery",
        "{got:?}"
    );
    let got = quotes("Now Okafor seems likely to win the seat in the north.");
    assert_eq!(
        stretches(&got, "seems"),
        "Okafor | likely to win the seat in the north",
        "{got:?}"
    );
}

#[test]
fn an_adverb_between_a_cue_and_its_content_is_skipped() {
    // With a quoted fragment opening the content the parse reads no clause there.
    let got =
        quotes("The governor has said repeatedly \"the new council\" should pick the director.");
    assert!(
        got.iter().any(
            |[c, _, src, _]| c == "\"the new council\" should pick the director"
                && src == "The governor"
        ),
        "{got:?}"
    );
}

#[test]
fn an_adverb_inside_the_object_stays() {
    // An adverb the parse hangs on a word of the content, not on the cue, is the
    // content's first word.
    for (text, adverb) in [
        (
            "The ministry proposed jointly owned drones for the border patrol.",
            "jointly",
        ),
        (
            "The mayor vowed to temporarily ban trucks from the old bridge.",
            "temporarily",
        ),
        (
            "The union will discuss recently released polls at the meeting.",
            "recently",
        ),
        (
            "Okafor proposed immediately deducting the fees from the grants.",
            "immediately",
        ),
    ] {
        let got = quotes(text);
        assert!(
            got.iter().any(|[c, _, _, _]| c.contains(adverb)),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_paired_apposition_does_not_end_the_content() {
    for (text, cue, end) in [
        (
            "The senator urged the party to nominate Okafor \u{2014} a member of the old guard \u{2014} to replace the chairman at the convention.",
            "urged",
            "at the convention",
        ),
        (
            "The mayor said he would name Okafor, a former banker who ran the port, to serve as his chief of staff.",
            "said",
            "chief of staff",
        ),
    ] {
        let got = quotes(text);
        assert!(content_of(&got, cue).ends_with(end), "{text}: {got:?}");
    }
}

#[test]
fn a_main_clause_after_an_opening_clause_is_no_gloss() {
    for (text, end) in [
        (
            "The clerk said that even if they wanted it, a recount of the ballots could not be done before Friday.",
            "before Friday",
        ),
        (
            "Okafor said, when she was earning little at the mill, a foreman invited her to lunch every week.",
            "every week",
        ),
    ] {
        let got = quotes(text);
        assert!(content_of(&got, "said").ends_with(end), "{text}: {got:?}");
    }
}

#[test]
fn an_amount_adverb_is_no_gloss_but_an_indefinite_noun_phrase_is() {
    let got =
        quotes("The coach said she felt tired, a bit lost, during the days before the final.");
    assert!(
        content_of(&got, "said").ends_with("before the final"),
        "{got:?}"
    );
    let got =
        quotes("The minister said exports rose, a figure that surprised analysts in the capital.");
    assert_eq!(content_of(&got, "said"), "exports rose", "{got:?}");
    let got =
        quotes("The minister said exports rose \u{2014} a figure Okafor has doubted for years.");
    assert_eq!(content_of(&got, "said"), "exports rose", "{got:?}");
}

#[test]
fn a_dash_aside_does_not_end_an_object_content() {
    let got = quotes(
        "The minister had said the ledger - there were two of them, in fact - was never altered.",
    );
    assert!(
        got.iter()
            .any(|[c, _, _, _]| c
                == "the ledger - there were two of them, in fact - was never altered"),
        "{got:?}"
    );
}

#[test]
fn an_ing_noun_after_a_comma_is_no_participle_ending_the_content() {
    let got = quotes(
        "The minister said the offer was a gesture, nothing more, and the talks would go on.",
    );
    assert!(
        got.iter()
            .any(|[c, _, _, _]| c.starts_with("the offer was a gesture, nothing more")),
        "{got:?}"
    );
}

#[test]
fn a_refused_or_declined_infinitive_is_no_statement() {
    // Refused, declined, failed, not ready, yet to, not authorized, too early: the act
    // did not happen; none of these is a quote on its cue.
    for text in [
        "Okafor refused to disclose the audit of the port authority.",
        "The senator declined to endorse Mendes in the primary.",
        "The minister failed to mention the strike at the mine.",
        "Okafor is not ready to endorse Mendes for the nomination.",
        "The governor has yet to endorse a candidate for the seat.",
        "The aide was not authorized to reveal the plan to reporters.",
        "It is too early to discuss the budget of the new council.",
        "Voters have good reasons to question the mayor's judgment.",
    ] {
        let got = quotes(text);
        assert!(
            !got.iter().any(|[_, _, _, cue]| matches!(
                cue.as_str(),
                "disclose" | "endorse" | "mention" | "reveal" | "discuss" | "question"
            )),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn an_infinitive_after_an_asked_object_is_not_the_subjects_statement() {
    // The object of "asked" / "lobbying" is the one asked to act, and has not acted.
    for text in [
        "The senator asked him to condemn the violence at the rally.",
        "Okafor has been lobbying Mendes to endorse the carbon tax.",
    ] {
        let got = quotes(text);
        assert!(
            !got.iter()
                .any(|[_, _, _, cue]| matches!(cue.as_str(), "condemn" | "endorse")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn name_in_apposition_to_an_organisations_role_noun_speaks() {
    let got = quotes(
        "The European Union's foreign policy chief, Anna Lorenz, said the talks would resume.",
    );
    assert!(
        got.iter()
            .any(|[c, s, _, _]| c.starts_with("the talks") && s.contains("Lorenz")),
        "{got:?}"
    );
    let got = quotes("An RSF adviser, Karim Haddad, said the road would open on Monday.");
    assert!(
        got.iter()
            .any(|[c, s, _, _]| c.starts_with("the road") && s.contains("Haddad")),
        "{got:?}"
    );
}

#[test]
fn organisation_before_a_role_noun_with_no_name_speaks() {
    // No name in apposition: the organisation stays the speaker.
    let got = quotes("The European Union's trade chief said the talks would resume.");
    assert!(
        got.iter()
            .any(|[c, s, _, _]| c.starts_with("the talks") && s.contains("European Union")),
        "{got:?}"
    );
}

#[test]
fn unresolved_appositive_source_is_its_name() {
    let got = quotes("\"We are ready to talk,\" a party spokeswoman, Aminatou Bello, said.");
    assert!(
        got.iter().any(|[c, s, src, _]| c == "We are ready to talk"
            && (s.contains("Bello") || (s.is_empty() && src == "Aminatou Bello"))),
        "{got:?}"
    );
    // A source phrase with no name after its comma keeps the whole phrase.
    let got = quotes("\"We are ready to talk,\" the party's spokeswoman said.");
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c == "We are ready to talk" && src == "the party's spokeswoman"),
        "{got:?}"
    );
}

#[test]
fn relative_clause_after_a_threat_is_no_reported_clause() {
    let got = quotes("The general threatened to shell any lorry that crosses the border.");
    assert!(
        !got.iter().any(|[c, _, _, _]| c.starts_with("crosses")),
        "{got:?}"
    );
    // A complement clause after adjuncts still is one.
    let got = quotes("The minister told reporters in Geneva that the talks had failed.");
    assert!(
        got.iter()
            .any(|[c, _, _, cue]| c == "the talks had failed" && cue.starts_with("told")),
        "{got:?}"
    );
}

#[test]
fn colon_after_a_long_tag_keeps_the_verb_as_cue() {
    let got = quotes(
        "Lund told farmers in Tarnow, in the south of the country: \"We will not sell the land.\"",
    );
    assert!(
        got.iter()
            .any(|[c, _, _, cue]| c.starts_with("We will not sell") && cue == "told"),
        "{got:?}"
    );
    // With no cue verb after the subject, the colon stays the cue.
    let got = quotes(
        "Lund visited farmers in Tarnow, in the south of the country: \"We will not sell the land.\"",
    );
    assert!(
        got.iter()
            .any(|[c, _, _, cue]| c.starts_with("We will not sell") && cue == ":"),
        "{got:?}"
    );
}

#[test]
fn colon_after_a_relative_clause_on_the_subject_keeps_the_verb_as_cue() {
    // QA10 story F: a relative clause between commas after the subject is passed over.
    let got = quotes(
        "Lund, who says she won, told farmers in Tarnow, in the south of the country: \"We will not sell the land.\"",
    );
    assert!(
        got.iter()
            .any(|[c, _, src, cue]| c.starts_with("We will not sell")
                && src == "Lund"
                && cue == "told"),
        "{got:?}"
    );
    // No cue verb after the clause: the colon stays the cue.
    let got = quotes(
        "Lund, who says she won, visited farmers in Tarnow, in the south of the country: \"We will not sell the land.\"",
    );
    assert!(
        got.iter()
            .any(|[c, _, _, cue]| c.starts_with("We will not sell") && cue == ":"),
        "{got:?}"
    );
}

#[test]
fn statement_saying_speaks_for_the_one_who_issued_it() {
    // review10 SP5 / QA10: the quote after "saying" is the issuer's, not "a statement"'s.
    for (text, issuer) in [
        (
            "The Harbour Ministry issued a statement saying the talks had failed.",
            "The Harbour Ministry",
        ),
        (
            "The Kremlin put out a statement saying the meeting was useful.",
            "The Kremlin",
        ),
        (
            "Lavrov released a statement saying Moscow was ready to talk.",
            "Lavrov",
        ),
    ] {
        let got = quotes(text);
        assert!(
            got.iter()
                .any(|[_, _, src, cue]| cue == "saying" && src == issuer),
            "{text}: {got:?}"
        );
    }
    // A finder of a note is no author: the note speaks.
    let got = quotes("Police found a note saying the hostages were safe.");
    assert!(
        got.iter()
            .any(|[c, _, src, cue]| c.starts_with("the hostages")
                && cue == "saying"
                && src == "a note"),
        "{got:?}"
    );
}

#[test]
fn but_that_goes_on_with_the_same_report() {
    // "that A, but that B": the second "that" continues the reported clause.
    let got = quotes("Varga said that the plan had failed, but that the talks would go on.");
    assert!(
        got.iter().any(
            |[c, _, _, cue]| c == "the plan had failed, but that the talks would go on"
                && cue == "said"
        ),
        "{got:?}"
    );
    // ", but" with no "that" is the writer's: the content ends before it, and a
    // demonstrative "that" is no second report.
    let got = quotes("Varga said the plan had failed, but the talks went on without her.");
    assert!(
        got.iter().any(|[c, _, _, _]| c == "the plan had failed"),
        "{got:?}"
    );
    let got = quotes("Okafor thinks the deal is weak, but that is not the point.");
    assert!(
        got.iter().any(|[c, _, _, _]| c == "the deal is weak"),
        "{got:?}"
    );
}

#[test]
fn passive_cue_with_its_agent_reports_on_the_subject() {
    let got = quotes("The tariff was criticized by Mexico.");
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c == "The tariff" && src == "Mexico"),
        "{got:?}"
    );
    // A short adjunct may stand between the cue and its agent.
    let got = quotes("The senator was endorsed on Friday by the union.");
    assert!(
        got.iter()
            .any(|[c, _, src, cue]| c == "The senator" && src == "the union" && cue == "endorsed"),
        "{got:?}"
    );
    // No reporting verb, or a participle modifying a noun: no attribution.
    let got = quotes("The region was hit on Monday by floods.");
    assert!(got.is_empty(), "{got:?}");
    let got = quotes("The region was hit by floods.");
    assert!(got.is_empty(), "{got:?}");
    let got = quotes("A plan backed by the party failed.");
    assert!(!got.iter().any(|[c, _, _, _]| c == "A plan"), "{got:?}");
}

#[test]
fn the_person_told_or_asked_in_the_passive_is_not_the_content() {
    // The subject of "was told / warned / asked by X that ..." is the one addressed; what
    // was said is the clause after the agent.
    for text in [
        "The minister was told by his aides that the talks had failed.",
        "The government was warned by the IMF that its debt was too high.",
        "The president was asked by reporters whether he would run again.",
    ] {
        let got = quotes(text);
        let subject = text.split(" was ").next().unwrap_or_default();
        assert!(
            !got.iter().any(|[c, _, _, _]| c == subject),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn raised_subject_reads_past_an_adverb_after_to() {
    let got = quotes("The central bank is expected to again raise its rate.");
    assert_eq!(
        stretches(&got, "is expected"),
        "The central bank | to again raise its rate",
        "{got:?}"
    );
    // "to" before a noun phrase is no infinitive: nothing is reported.
    let got = quotes("The theft was reported to police on Monday.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn poll_phrase_after_a_clause_reports_the_clause_before_its_comma() {
    // "CONTENT in a poll ..., ...": the phrase may be followed by a comma, and an opening
    // adjunct before the clause is the writer's.
    let got =
        quotes("By March, Varga was leading Okafor by 8 points in a Gazette poll, a sharp turn.");
    assert!(
        got.iter().any(
            |[c, _, src, cue]| c == "Varga was leading Okafor by 8 points"
                && src == "a Gazette poll"
                && cue == "in"
        ),
        "{got:?}"
    );
    // No particular poll ("in the polls") reports nothing.
    let got = quotes("By March, Varga was leading Okafor by 8 points in the polls, a sharp turn.");
    assert!(!got.iter().any(|[_, _, _, cue]| cue == "in"), "{got:?}");
}

// QA11 findings F7, F10, F14, F15, F16 and F21 (invented sentences; each reading checked
// with the rule and without it).

#[test]
fn name_inside_the_apposition_of_an_unresolved_head_does_not_speak() {
    // The head "Nora Quist" is no actor here; "Merkel" only modifies "adviser".
    let got = quotes(
        "Angela Merkel visited Kyiv in 2014. Nora Quist, a former Merkel adviser who \
         travelled with her to Kyiv in 2014, said the visit had mattered.",
    );
    assert!(
        got.iter()
            .any(|[c, s, src, _]| c == "the visit had mattered"
                && !s.contains("Merkel")
                && src.starts_with("Nora Quist")),
        "{got:?}"
    );
    // A name that is the whole apposition is the source's own.
    let got = quotes("A ministry spokeswoman, Ines Malo, said the visit had mattered.");
    assert!(
        got.iter()
            .any(|[c, s, src, _]| c == "the visit had mattered"
                && (s.contains("Malo") || src.contains("Ines Malo"))),
        "{got:?}"
    );
}

#[test]
fn tell_cue_takes_the_whole_object_phrase_before_the_clause() {
    let got = quotes(
        "Spokeswoman Ana Ruiz told a press conference in Lima that the border would reopen.",
    );
    assert!(
        got.iter()
            .any(|[c, _, _, cue]| c == "the border would reopen"
                && cue.starts_with("told a press conference")),
        "{got:?}"
    );
    let got =
        quotes("Ruiz told CNN's weekly politics programme it is likely that talks will resume.");
    assert!(
        got.iter()
            .any(|[c, _, _, cue]| c == "it is likely that talks will resume"
                && cue == "told CNN's weekly politics programme"),
        "{got:?}"
    );
    // A noun phrase followed by its own verb is the content's subject, not an addressee.
    let got = quotes("The minister warned the country would lose billions.");
    assert!(
        got.iter()
            .any(|[c, _, _, cue]| c == "the country would lose billions" && cue == "warned"),
        "{got:?}"
    );
}

#[test]
fn conjoined_subject_of_the_reported_clause_stays_in_the_content() {
    let got = quotes(
        "An army spokesman said rebel fighters and allied gunmen had attacked the convoy on Monday.",
    );
    assert!(
        got.iter().any(|[c, _, src, _]| c
            == "rebel fighters and allied gunmen had attacked the convoy on Monday"
            && src == "An army spokesman"),
        "{got:?}"
    );
    // A second speaker after "and" still ends the first content.
    let got = quotes("Lund said the talks failed and Berg said they would resume.");
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c == "the talks failed" && src == "Lund"),
        "{got:?}"
    );
}

#[test]
fn comma_inside_a_list_of_names_does_not_end_the_content() {
    let got = quotes(
        "Oslo warned on Monday that it would leave the pact, a week after Chile, Peru and \
         Mexico signed it.",
    );
    assert!(
        got.iter().any(|[c, _, _, _]| c
            == "it would leave the pact, a week after Chile, Peru and Mexico signed it"),
        "{got:?}"
    );
    // A comma before a new main clause still does.
    let got =
        quotes("Vidal said the vote was fair, the commission will publish the count on Monday.");
    assert!(
        got.iter().any(|[c, _, _, _]| c == "the vote was fair"),
        "{got:?}"
    );
}

#[test]
fn reported_partial_quote_keeps_both_its_marks() {
    let got = quotes(
        "Defence Minister Ilse Varga told the ambassador that Warsaw \"will not back down,\" \
         the ministry said in a statement.",
    );
    let balanced = |c: &str| c.matches('"').count().is_multiple_of(2);
    assert!(
        got.iter().any(
            |[c, _, src, _]| c.starts_with("Defence Minister Ilse Varga told")
                && c.ends_with("\"will not back down,\"")
                && src == "the ministry"
        ),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|[c, _, _, cue]| c == "Warsaw \"will not back down,\""
                && cue == "told the ambassador"),
        "{got:?}"
    );
    assert!(got.iter().all(|[c, _, _, _]| balanced(c)), "{got:?}");
    // A quote after the tag stays a quote of its own.
    let got = quotes(
        "Varga said she voted against it because \"the law is unfair,\" she said. \"We will try again.\"",
    );
    assert!(
        got.iter().any(|[c, _, _, _]| c == "We will try again."),
        "{got:?}"
    );
}

#[test]
fn hyphenated_name_opening_the_subject_stays_in_the_source() {
    let got =
        quotes("Guinea-Bissau's army chiefs said on Monday they would release the detainees.");
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c == "they would release the detainees"
                && src == "Guinea-Bissau's army chiefs"),
        "{got:?}"
    );
    // A spaced dash is no hyphen: the aside before it is not the source.
    let got = quotes("Aid is late - army chiefs said they would open the road.");
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c == "they would open the road" && src == "army chiefs"),
        "{got:?}"
    );
}

#[test]
fn apposition_after_a_tag_is_no_reported_clause() {
    // "..., Ortiz said, a decision that ...": the relative clause describes the statement.
    let got = quotes(
        "The tariff will stay in place, Ortiz said, a decision that could cost farmers dearly.",
    );
    assert!(
        !got.iter().any(|[c, _, _, _]| c.starts_with("could cost")),
        "{got:?}"
    );
    // An adjunct between commas still leads to the "that"-clause.
    let got = quotes("Ortiz said, in a statement, that the tariff will stay in place.");
    assert!(
        got.iter()
            .any(|[c, _, _, _]| c == "the tariff will stay in place"),
        "{got:?}"
    );
}

#[test]
fn naming_cue_ends_at_the_quoted_name_before_a_conjunct() {
    let got = quotes("Ortiz called the tariff \"a disaster for farmers\" and left the hall early.");
    assert!(
        got.iter()
            .any(|[c, _, _, cue]| c == "the tariff \"a disaster for farmers\"" && cue == "called"),
        "{got:?}"
    );
    // A reason after the name stays (PolNeAR's annotators mostly keep it).
    let got =
        quotes("Ortiz called the tariff \"a disaster for farmers\" because prices would rise.");
    assert!(
        got.iter()
            .any(|[c, _, _, _]| c.starts_with("the tariff") && c.ends_with("prices would rise")),
        "{got:?}"
    );
    // "called for" is no naming cue: its content runs on.
    let got = quotes("Ortiz called for a \"fair deal\" and new talks with the union.");
    assert!(
        !got.iter().any(|[c, _, _, _]| c == "a \"fair deal\""),
        "{got:?}"
    );
}

#[test]
fn including_because_and_with_after_a_comma_go_on_with_the_content() {
    let got = quotes("Ortiz said the tariff hurt several sectors, including farming and fishing.");
    assert!(
        got.iter()
            .any(|[c, _, _, _]| c.ends_with("including farming and fishing")),
        "{got:?}"
    );
    let got = quotes("Ortiz said the tariff would stay, because prices had fallen.");
    assert!(
        got.iter()
            .any(|[c, _, _, _]| c.ends_with("because prices had fallen")),
        "{got:?}"
    );
    // ", which" still ends it.
    let got = quotes("Ortiz said the tariff would stay, which angered the farmers.");
    assert!(
        got.iter().any(|[c, _, _, _]| c == "the tariff would stay"),
        "{got:?}"
    );
}

#[test]
fn relative_clause_on_a_name_ending_the_content_is_the_writers() {
    let got =
        quotes("Ortiz said the nomination would go to Varga, who has a large lead in the polls.");
    assert!(
        got.iter()
            .any(|[c, _, _, _]| c == "the nomination would go to Varga"),
        "{got:?}"
    );
}

#[test]
fn source_with_an_apposition_between_dashes_speaks() {
    let got = quotes(
        "Jason Lund — a teacher from Dover — says he made a late decision to vote for Varga.",
    );
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c.starts_with("he made a late decision")
                && src.starts_with("Jason Lund")),
        "{got:?}"
    );
}

#[test]
fn nested_content_ends_with_the_content_holding_its_cue() {
    // "attacking" reports inside what "says" reports; it cannot run on into "said ...",
    // which reports on its own.
    let got = quotes(
        "Varga, who says Lund is attacking him because the race has narrowed, said voters should back him because he has the better record.",
    );
    assert!(
        got.iter()
            .any(|[c, _, _, cue]| cue == "said" && c.starts_with("voters should back him")),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|[c, _, _, _]| c.starts_with("him because") && c.contains("said")),
        "{got:?}"
    );
}

#[test]
fn tag_going_on_with_a_participle_still_reports_the_clause_before_it() {
    let got = quotes(
        "The minister will play the \"farm card,\" Ortiz said, adding that the way to answer it is to talk about prices.",
    );
    assert!(
        got.iter().any(|[c, _, src, cue]| cue == "said"
            && src == "Ortiz"
            && c.starts_with("The minister will play")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|[c, _, _, cue]| cue == "adding" && c.starts_with("the way to answer it")),
        "{got:?}"
    );
}

#[test]
fn inverted_tag_after_a_content_with_an_apposition_takes_the_subject_after_the_cue() {
    let got = quotes(
        "The risk is so high that the president warned the Chinese leader, Li Wen, not to move on the reef, said a Canadian diplomat who was briefed on the call.",
    );
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c.starts_with("The risk is so high")
                && src.starts_with("a Canadian diplomat")),
        "{got:?}"
    );
}

#[test]
fn found_reports_a_finding_only_with_a_clause_or_a_study_as_finder() {
    let got = quotes("The bank found itself at the center of the island's debt crisis.");
    assert!(!got.iter().any(|[_, _, _, cue]| cue == "found"), "{got:?}");
    let got = quotes("Nega helped found the movement in 2008.");
    assert!(!got.iter().any(|[_, _, _, cue]| cue == "found"), "{got:?}");
    let got = quotes("The senator found ways to press his agenda through small amendments.");
    assert!(!got.iter().any(|[_, _, _, cue]| cue == "found"), "{got:?}");
    // A clause, or a study as the finder, is a finding.
    let got = quotes("The senator found that the agency had lost the files.");
    assert!(
        got.iter()
            .any(|[c, _, _, cue]| cue == "found" && c == "the agency had lost the files"),
        "{got:?}"
    );
    let got = quotes("A new poll found strong support for the tariff among farmers.");
    assert!(
        got.iter()
            .any(|[c, _, _, cue]| cue == "found" && c.starts_with("strong support")),
        "{got:?}"
    );
}

#[test]
fn short_title_in_capitals_inside_a_sentence_is_no_quote() {
    let got = quotes(
        "Sam Lund, a contestant on the reality show, \"The Apprentice,\" who went on to work for the firm, said his boss was kind.",
    );
    assert!(
        !got.iter().any(|[c, _, _, _]| c == "The Apprentice"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|[c, _, _, cue]| cue == "said" && c == "his boss was kind"),
        "{got:?}"
    );
    // An utterance in lower case words stays one.
    let got =
        quotes("She leans out and repeatedly says, \"Don't you do it,\" until the door shuts.");
    assert!(
        got.iter().any(|[c, _, _, _]| c == "Don't you do it"),
        "{got:?}"
    );
}

#[test]
fn found_with_a_that_clause_is_a_finding() {
    let got = quotes(
        "The doctors found that medical research either did not support or flatly contradicted half of his advice.",
    );
    assert!(
        got.iter()
            .any(|[c, _, _, cue]| cue == "found" && c.starts_with("medical research")),
        "{got:?}"
    );
}

#[test]
fn question_put_to_a_passive_subject_is_reported_without_a_source() {
    let got = quotes("Varga was asked whether the tariff would stay in place.");
    assert!(
        got.iter().any(|[c, _, src, cue]| cue == "asked"
            && c.starts_with("whether the tariff")
            && src.is_empty()),
        "{got:?}"
    );
}

#[test]
fn a_topic_question_put_to_someone_names_no_source() {
    // "was asked about X": the one asked is no source and the asker is not named; one
    // who asks about a topic is ("The senator asked about ...").
    let got = quotes("Okafor was asked about the tariff on steel imports.");
    assert!(
        got.iter().any(|[c, _, src, cue]| cue == "was asked about"
            && c.starts_with("the tariff")
            && src.is_empty()),
        "{got:?}"
    );
    let got = quotes("The senator asked about the tariff on steel imports.");
    assert!(
        got.iter()
            .all(|[_, _, src, cue]| !cue.contains("asked about") || src == "The senator"),
        "{got:?}"
    );
}

#[test]
fn what_seems_so_is_the_writers_reading_without_a_source() {
    // "seem" with an adjective: the subject and what it seems, no one speaking.
    let got = quotes("The farmers seemed equally unperturbed by the tariff.");
    assert!(
        stretches(&got, "seemed").starts_with("The farmers | equally unperturbed"),
        "{got:?}"
    );
    assert!(got.iter().all(|[_, _, src, _]| src.is_empty()), "{got:?}");
    // "seem to": the clause ends where a reported one would.
    let got =
        quotes("The music seemed to match the mood in the hall, as the band played an old song.");
    assert_eq!(
        stretches(&got, "seemed"),
        "The music | to match the mood in the hall",
        "{got:?}"
    );
}

#[test]
fn comparison_after_a_polled_answer_is_the_writers() {
    let got = quotes(
        "Fifty-two percent said the tariff hurt farmers, compared with 41 percent who said it helped them.",
    );
    assert!(
        got.iter()
            .any(|[c, _, _, _]| c == "the tariff hurt farmers"),
        "{got:?}"
    );
}

#[test]
fn an_active_belief_verb_reports_its_infinitive() {
    let got = quotes("Kovacs hopes to win the seat in the spring.");
    assert!(
        got.iter()
            .any(|[c, _, src, cue]| c == "to win the seat in the spring"
                && src == "Kovacs"
                && cue == "hopes"),
        "{got:?}"
    );
    // Raised in the passive, the subject and the infinitive are the content, no source.
    let got = quotes("Kovacs is expected to win the seat.");
    assert_eq!(
        stretches(&got, "is expected"),
        "Kovacs | to win the seat",
        "{got:?}"
    );
    assert!(got.iter().all(|[_, _, src, _]| src.is_empty()), "{got:?}");
}

#[test]
fn a_content_in_an_opening_clause_ends_with_that_clause() {
    // The parse hangs the clause's closing comma on its verb: the content stops there,
    // and the main clause's statement is no part of it.
    let got = quotes(
        "As the senator was taking issue with the budget, the governor has told her voters that the port will open.",
    );
    assert!(
        got.iter().any(|[c, _, src, cue]| c == "the budget"
            && src == "the senator"
            && cue == "taking issue with"),
        "{got:?}"
    );
    assert!(
        got.iter().any(|[c, _, src, cue]| c == "the port will open"
            && src == "the governor"
            && cue == "told her voters"),
        "{got:?}"
    );
}

#[test]
fn standing_by_someones_side_is_no_stance_but_standing_by_a_remark_is() {
    let got =
        quotes("With her brother standing by her side, the mayor opened the new bridge on Monday.");
    assert!(
        !got.iter().any(|[_, _, _, cue]| cue == "standing by"),
        "{got:?}"
    );
    let got = quotes("The senator stood by his remarks about the harbour tax on Tuesday.");
    assert!(
        got.iter()
            .any(|[c, _, src, cue]| c.starts_with("his remarks")
                && src == "The senator"
                && cue == "stood by"),
        "{got:?}"
    );
}

#[test]
fn that_as_a_determiner_opens_an_object_not_a_clause() {
    let got = quotes("Moreno rejected that idea on Friday.");
    assert!(
        got.iter().any(|[c, _, src, cue]| c.starts_with("that idea")
            && src == "Moreno"
            && cue == "rejected"),
        "{got:?}"
    );
}

#[test]
fn a_statement_noun_without_a_possessor_reports_its_that_clause() {
    let got = quotes("Okafor stirred anger with an assertion that the port workers were lazy.");
    assert!(
        got.iter()
            .any(|[c, _, src, cue]| c == "the port workers were lazy"
                && src == "Okafor"
                && cue == "assertion"),
        "{got:?}"
    );
    // A relative "that" after the noun opens no content.
    let got = quotes("The statement that the ministry issued on Monday was short.");
    assert!(
        !got.iter().any(|[_, _, _, cue]| cue == "statement"),
        "{got:?}"
    );
}

#[test]
fn an_adjective_cue_is_held_by_its_own_subject_not_the_nearest_name() {
    // The holder of "remain confident" is the subject of "remain": the donors, not the
    // senator named in their possessive.
    let got = quotes("Senator Lund's oldest donors remain confident that she will win the vote.");
    assert!(
        got.iter()
            .any(|[c, actor, src, cue]| c == "she will win the vote"
                && actor != "Lund"
                && src.ends_with("donors")
                && cue == "confident that"),
        "{got:?}"
    );
    // A name inside the subject's relative clause holds nothing.
    let got = quotes("Even officials whose meetings with Okafor were short are wary of his plan.");
    assert!(
        got.iter().any(|[c, actor, src, cue]| c == "his plan"
            && actor != "Okafor"
            && src.ends_with("officials")
            && cue == "wary of"),
        "{got:?}"
    );
}

#[test]
fn an_adjective_describing_the_object_of_leave_is_no_attitude() {
    let got = quotes(
        "A long fight against Lund will leave the senator open to questions about his past.",
    );
    assert!(
        !got.iter().any(|[_, _, _, cue]| cue == "open to"),
        "{got:?}"
    );
}

#[test]
fn a_pronoun_source_is_not_the_person_its_own_content_names() {
    // "He" cannot be Okafor when what he says names Okafor: no speaker, not Okafor.
    let got = quotes("Governor Karl Okafor met Lund on Monday.\nHe said Okafor would win.");
    assert!(
        got.iter()
            .any(|[c, actor, src, cue]| c == "Okafor would win"
                && actor != "Karl Okafor"
                && src == "He"
                && cue == "said"),
        "{got:?}"
    );
    // A name that labels a noun is no reference: "he" stays Lund.
    let got = quotes(
        "Senator Karl Lund visited the port on Monday.\nHe said a Lund government would build a new pier.",
    );
    assert!(
        got.iter()
            .any(|[c, actor, src, _]| c.starts_with("a Lund government")
                && actor == "Karl Lund"
                && src == "He"),
        "{got:?}"
    );
}

#[test]
fn a_statement_noun_after_a_reporting_verb_adds_no_second_quote() {
    let got = quotes("Governor Okafor says in a statement that the port will open in May.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0][3], "says", "{got:?}");
}

#[test]
fn an_intention_conjoined_to_a_reported_act_is_held_by_its_subject_and_keeps_its_negation() {
    // The planner is the subject of the verb "planning" is conjoined to, not the one who
    // reports both; the negation is part of the cue, so no record reads a plan.
    let got = quotes(
        "The interior minister also said that Hungary has never threatened the Serbian farmers and is not planning to close the border.",
    );
    assert!(
        got.iter().any(|[c, _, src, cue]| c == "to close the border"
            && src == "Hungary"
            && cue == "not planning"),
        "{got:?}"
    );
    // A contracted negation is the cue's, not the source's.
    let got = quotes("Kovacs doesn't want to close the border.");
    assert!(
        got.iter().any(|[c, _, src, cue]| c == "to close the border"
            && src == "Kovacs"
            && cue == "doesn't want"),
        "{got:?}"
    );
}

#[test]
fn a_topic_phrase_apart_from_its_verb_of_talking_is_reported() {
    // "about" hung on the verb after an addressee and a place: the surface reader finds
    // only "spoke about" side by side.
    let got = quotes(
        "The governor spoke to farmers in Tamsworth on Monday about the drought relief fund.",
    );
    assert_eq!(
        content_of(&got, "spoke"),
        "the drought relief fund",
        "{got:?}"
    );
    let got = quotes("The mayor wrote to the council last week about the closure of the library.");
    assert_eq!(
        content_of(&got, "wrote"),
        "the closure of the library",
        "{got:?}"
    );
    // A verb of talking with no topic phrase reports nothing.
    let got = quotes("The governor spoke to farmers in Tamsworth on Monday.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_cue_in_the_relative_clause_of_an_inverted_source_leaves_it_the_source() {
    // "told" inside the relative clause is a cue of its own; the phrase before "who" is
    // still the source of the inverted "said".
    // The parse hangs "said" on the clause before it (a conjunct), and "told" on the
    // source.
    let got = quotes(
        "The danger is so great that the general warned the Turkish admiral, Cem Aksoy, not to sail past the island, said a Greek official who was told about the meeting.",
    );
    assert!(
        got.iter().any(|[c, _, src, cue]| cue == "said"
            && c.starts_with("The danger is so great")
            && src == "a Greek official"),
        "{got:?}"
    );
    // A verbless object of a cue with a relative clause after it, and no clause before
    // the cue, is no source: "voiced the anger of many farmers who ...".
    let got = quotes(
        "Nadia Petrova, a teacher at the school that hosted the vote, voiced the anger of many farmers who have watched prices fall.",
    );
    assert!(
        !got.iter()
            .any(|[_, _, src, _]| src.starts_with("the anger")),
        "{got:?}"
    );
}

#[test]
fn a_passive_verb_of_judging_with_as_reports_its_subject_and_phrase() {
    let got = quotes("Kovacs is widely seen as the favourite in the northern districts.");
    assert_eq!(
        stretches(&got, "is widely seen as"),
        "Kovacs | the favourite in the northern districts",
        "{got:?}"
    );
    // A modal makes it a possibility, no one's view; a concession is the writer's.
    let got = quotes("The harbour deal could be seen as a quiet betrayal of the fishermen.");
    assert!(
        got.iter().all(|[_, _, _, cue]| !cue.contains("seen as")),
        "{got:?}"
    );
    let got = quotes("Kovacs is widely seen as the favourite, although the polls disagree.");
    assert_eq!(
        stretches(&got, "is widely seen as"),
        "Kovacs | the favourite",
        "{got:?}"
    );
    // A "by" agent is the source.
    let got = quotes("The plan was viewed by many farmers as a betrayal.");
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c == "a betrayal" && src == "many farmers"),
        "{got:?}"
    );
    // Seen with the eyes: no "as" phrase, no quote.
    let got = quotes("Kovacs was seen leaving the ministry on Friday.");
    assert!(
        !got.iter().any(|[_, _, _, cue]| cue.contains("seen")),
        "{got:?}"
    );
}

#[test]
fn a_clause_marked_reportedly_is_reported_with_no_source() {
    // A web address left in the text ends the clause.
    let got = quotes(
        "The ministry is reportedly planning a new tax on fuel https://example.org/fuel-tax",
    );
    assert_eq!(
        stretches(&got, "reportedly"),
        "The ministry is | planning a new tax on fuel",
        "{got:?}"
    );
    let got = quotes("The ministry is reportedly planning a new tax on fuel.");
    assert_eq!(
        stretches(&got, "reportedly"),
        "The ministry is | planning a new tax on fuel",
        "{got:?}"
    );
    assert!(
        got.iter()
            .filter(|[_, _, _, cue]| cue == "reportedly")
            .all(|[_, _, src, _]| src.is_empty()),
        "{got:?}"
    );
}

#[test]
fn an_opening_to_phrase_naming_an_actor_gives_the_actors_view() {
    let got = quotes("To Halvorsen, the treaty is a trap for small states.");
    assert!(
        got.iter().any(|[c, _, src, cue]| cue == "To"
            && c == "the treaty is a trap for small states"
            && src == "Halvorsen"),
        "{got:?}"
    );
    // No actor named: a time, not a view.
    let got = quotes("To this day, the port has been closed.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn an_opening_to_phrase_with_only_a_possessive_pronoun_is_no_view() {
    // "his" names the subject itself: a fronted recipient, not the subject's own view
    // (a pronoun fix of session 25 resolved "his" and made this a quote of the subject).
    let text = "Senator Ilse Marrow spoke first. To his heir, the old chairman Tomas Brek leaves a ruined party.";
    let got = quotes(text);
    assert!(!got.iter().any(|[_, _, _, cue]| cue == "To"), "{got:?}");
    // A named holder still gives a view.
    let got = quotes("To her critics, the plan is a trap for small states.");
    assert!(
        got.iter()
            .all(|[_, _, src, cue]| cue != "To" || src == "her critics"),
        "{got:?}"
    );
}

#[test]
fn an_in_possessor_view_phrase_gives_the_possessors_view_of_its_clause() {
    let got = quotes("In Petrov's view, the tariff will hurt farmers.");
    assert!(
        got.iter().any(|[c, _, src, cue]| cue == "In Petrov's view"
            && c == "the tariff will hurt farmers"
            && src == "Petrov"),
        "{got:?}"
    );
    let got = quotes("The tariff will hurt farmers, in her opinion.");
    assert_eq!(
        content_of(&got, "in her opinion"),
        "The tariff will hurt farmers",
        "{got:?}"
    );
    // A clause with a cue of its own is that cue's report.
    let got = quotes("Petrov, in his view, accused the ministry of lying.");
    assert!(
        !got.iter().any(|[_, _, _, cue]| cue == "in his view"),
        "{got:?}"
    );
    // A view of a thing, a question, and "in his own words" state no view of a clause.
    for text in [
        "In her assessment of the harbour plan, the auditor found three errors.",
        "Why, in her view, did the harbour plan fail so quickly?",
        "In his own words, the harbour plan was a disaster.",
    ] {
        let got = quotes(text);
        assert!(
            !got.iter()
                .any(|[_, _, _, cue]| cue.starts_with("In") || cue.starts_with("in")),
            "{got:?}"
        );
    }
    // A trailing phrase holds the clause of the verb it hangs on, not the words before.
    let got = quotes("Okafor also says the harbour plan will fail next year, in her view.");
    assert!(
        got.iter()
            .all(|[c, _, _, cue]| cue != "in her view" || !c.contains("says")),
        "{got:?}"
    );
}

#[test]
fn a_possessed_noun_cue_with_a_copula_reports_the_that_clause() {
    let got = quotes("Halvorsen's response was that the treaty protects small states.");
    assert!(
        got.iter().any(|[c, _, src, cue]| cue == "response"
            && c == "the treaty protects small states"
            && src == "Halvorsen"),
        "{got:?}"
    );
    // With no that-clause after the copula, nothing is reported.
    let got = quotes("Halvorsen's response was swift.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_that_clause_after_adjuncts_of_an_unused_speech_cue_is_reported() {
    let got = quotes(
        "The council wrote to the mayor on Friday, after a long debate, that the budget was illegal.",
    );
    assert!(
        got.iter().any(|[c, _, src, cue]| cue == "wrote"
            && c == "the budget was illegal"
            && src == "The council"),
        "{got:?}"
    );
    // A question after adjuncts keeps its "whether".
    let got =
        quotes("The treasurer would not discuss with the board whether the fund would close.");
    assert!(
        got.iter()
            .any(|[c, _, _, _]| c == "whether the fund would close"),
        "{got:?}"
    );
    // A verb between the cue and "that" ends the search: the "that" is another verb's.
    let got = quotes("The council wrote to the mayor and argued that the budget was illegal.");
    assert!(
        !got.iter()
            .any(|[c, _, _, cue]| cue == "wrote" && c.contains("budget")),
        "{got:?}"
    );
}

#[test]
fn a_question_after_asked_and_a_short_adjunct_is_reported_with_its_asker() {
    let got = quotes("Asked on Sunday who leads the party, Okafor named the speaker.");
    assert!(
        got.iter()
            .any(|[c, _, src, cue]| cue == "Asked" && c == "who leads the party" && src.is_empty()),
        "{got:?}"
    );
    // A "by" agent is the asker, the source.
    let got = quotes("Okafor was asked by the moderator whether she would raise taxes.");
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c == "whether she would raise taxes" && src == "the moderator"),
        "{got:?}"
    );
    // A request put to someone: its infinitive.
    let got = quotes("The two ministers had repeatedly been asked to publish their tax returns.");
    assert_eq!(
        content_of(&got, "asked"),
        "to publish their tax returns",
        "{got:?}"
    );
    // A verb before the question word ends the search: "asked the clerk to find out who".
    let got = quotes("Asked to explain the delay, the clerk said nothing about who signed.");
    assert!(
        !got.iter()
            .any(|[c, _, _, cue]| cue == "Asked" && c.starts_with("who")),
        "{got:?}"
    );
}

#[test]
fn respond_to_reports_its_object_not_a_raised_infinitive() {
    let got = quotes("Halvorsen will respond to the mayor's remarks on Monday.");
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c.starts_with("the mayor's remarks") && src == "Halvorsen"),
        "{got:?}"
    );
    // Only a response to something said: "respond to any attack" is an act.
    for text in [
        "The coastal brigade will respond to any attack on the harbour.",
        "The council responds to floods with sandbags.",
    ] {
        let got = quotes(text);
        assert!(
            got.iter().all(|[_, _, _, cue]| !cue.contains("respond")),
            "{got:?}"
        );
    }
    let got = quotes("The Okafor campaign did not respond to a request for comment.");
    assert!(
        got.iter()
            .any(|[c, _, src, cue]| c == "a request for comment"
                && src == "The Okafor campaign"
                && cue.contains("respond to")),
        "{got:?}"
    );
}

#[test]
fn a_possessed_stance_noun_reports_its_prepositional_object() {
    let got = quotes("Halvorsen's criticism of the fishing quota angered the ministry.");
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c == "the fishing quota" && src == "Halvorsen"),
        "{got:?}"
    );
    // "attacks on" is left out: an attack may be a military one.
    let got = quotes("The militia's attacks on two border towns killed nine villagers.");
    assert!(got.is_empty(), "{got:?}");
    // Any verb or a relative pronoun ends the object.
    let got = quotes("Her criticism of the budget voiced at the hearing drew applause.");
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c == "the budget" && src == "Her"),
        "{got:?}"
    );
    let got = quotes("The mayor's call for a new inquiry angered the council.");
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c == "a new inquiry" && src == "The mayor"),
        "{got:?}"
    );
    // The parse hangs the object on the verb ("inquiry" on "joined"): the phrase the
    // preposition opens is still the content.
    // Its source is the possessor, not the subject of the verb the noun hangs on.
    let got = quotes("Other senators joined the governor's call for a new inquiry.");
    assert_eq!(content_of(&got, "call for"), "a new inquiry", "{got:?}");
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c == "a new inquiry" && src == "the governor"),
        "{got:?}"
    );
    // "support for" is left out (under half of its quotes matched on PolNeAR train).
    let got = quotes("Her support for the bill surprised the caucus.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_but_with_no_subject_of_its_own_goes_on_with_the_content() {
    // "but hasn't decided": the same subject's clause goes on; "but the council" is the
    // writer's.
    let got = quotes(
        "The coach says he picked three new players over the summer, but has not chosen a captain yet.",
    );
    assert_eq!(
        content_of(&got, "says"),
        "he picked three new players over the summer, but has not chosen a captain yet",
        "{got:?}"
    );
    let got = quotes("The coach says he picked three new players, but the board objected.");
    assert_eq!(
        content_of(&got, "says"),
        "he picked three new players",
        "{got:?}"
    );
}

#[test]
fn a_possessive_inside_an_addressee_name_stays_in_the_addressee() {
    for text in [
        "Varga told CNN's Jake Tapper that the deal was dead.",
        "Varga told CNN\u{2019}s Jake Tapper that the deal was dead.",
    ] {
        let got = quotes(text);
        assert!(
            got.iter()
                .any(|[c, _, src, _]| c == "the deal was dead" && src == "Varga"),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn vouch_apologize_and_advocate_for_report_their_object() {
    for (text, content) in [
        (
            "The sheriff vouched for the mayor's plan to close the bridge.",
            "the mayor's plan to close the bridge",
        ),
        (
            "Okafor apologized for the remarks about the farmers.",
            "the remarks about the farmers",
        ),
        (
            "Varga advocates for a higher minimum wage in the city.",
            "a higher minimum wage in the city",
        ),
    ] {
        let got = quotes(text);
        assert!(
            got.iter().any(|[c, _, _, _]| c == content),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_question_pressed_on_someone_reports_its_topic() {
    let got = quotes("The mayor was pressed about the missing funds.");
    assert!(
        got.iter().any(|[c, _, src, cue]| c == "the missing funds"
            && cue == "pressed about"
            && src.is_empty()),
        "{got:?}"
    );
}

#[test]
fn a_tell_cue_with_an_addressee_reports_the_infinitive_it_orders() {
    // The source is the tell verb's subject; a time clause after the order is the
    // writer's.
    let got = quotes(
        "At the hearing on Monday the chairwoman told the lawyers to stop shouting after the recess ended.",
    );
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c == "to stop shouting" && src == "the chairwoman"),
        "{got:?}"
    );
}

#[test]
fn a_stance_noun_passes_no_speaker_to_an_untagged_quote() {
    // "The minister's criticism of X" tells what the minister thinks, not that she spoke:
    // a direct quote after it with no tag of its own has no known speaker.
    let got = quotes(
        "The minister's criticism of the harbour tariff surprised the traders. \"Nobody saw this coming.\"",
    );
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c == "Nobody saw this coming." && src.is_empty()),
        "{got:?}"
    );
    // A speech verb does pass it on.
    let got = quotes("The minister said the harbour tariff would stay. \"Nobody will change it.\"");
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c == "Nobody will change it." && src == "The minister"),
        "{got:?}"
    );
}

#[test]
fn a_distant_clause_is_read_only_as_an_active_cues_own_complement() {
    // The one told or warned is no speaker, and a clause the parse hangs on a noun
    // ("the question of whether") is not the verb's.
    for text in [
        "The mayor had been told by two engineers on Monday that the bridge was unsafe.",
        "The mayor resigned after being warned by the auditors last week that the accounts were wrong.",
        "The mayor was reminded repeatedly in the meeting that the bridge was unsafe.",
        "Two engineers told the mayor on Monday morning that the bridge was unsafe.",
    ] {
        let got = quotes(text);
        assert!(
            got.iter().all(|[_, _, src, _]| src != "The mayor" && src != "the mayor"),
            "{got:?}"
        );
    }
    let got =
        quotes("The long delay begged the obvious question of whether the council could act.");
    assert!(got.iter().all(|[_, _, _, cue]| cue != "begged"), "{got:?}");
}

#[test]
fn a_topic_needs_a_statement_made_by_a_named_subject() {
    // A date, a number, a campaign, a modal or a wish to speak is no statement on a topic.
    for (text, cue) in [
        ("The harbour auditor will testify on Thursday.", "testify"),
        ("The harbour auditor testified on Thursday.", "testified"),
        (
            "Okafor campaigned against the harbour tax for a year.",
            "campaigned",
        ),
        ("Okafor wants to talk about the harbour tax.", "talk"),
        ("Okafor could write about the harbour tax.", "write"),
    ] {
        let got = quotes(text);
        assert!(got.iter().all(|[_, _, _, c]| c != cue), "{text}: {got:?}");
    }
    // A statement on a topic is still one.
    let got = quotes("Okafor talked about the harbour tax at the rally.");
    assert!(
        got.iter()
            .any(|[c, _, src, _]| c.starts_with("the harbour tax") && src == "Okafor"),
        "{got:?}"
    );
}
