//! SentenceSplit: one test per phenomenon the segmenter must get right.

use attache_core::segment::{split_sentences, tokenize, SentenceSplit};
use attache_core::{Block, BlockKind, Document, Span, Stage};

/// Sentences of a one-paragraph text.
pub fn sentences(text: &str) -> Vec<&str> {
    split_sentences(text, Span::new(0, text.len()))
        .into_iter()
        .map(|s| s.slice(text))
        .collect()
}

/// Tokens of a text.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut spans = Vec::new();
    tokenize(text, Span::new(0, text.len()), &mut spans);
    spans.into_iter().map(|s| s.slice(text)).collect()
}

#[test]
fn abbreviation_us_does_not_end_sentence() {
    assert_eq!(
        sentences("Officials in the U.S. Congress agreed. The vote is on Monday."),
        [
            "Officials in the U.S. Congress agreed.",
            "The vote is on Monday."
        ]
    );
    assert_eq!(
        sentences("The delegation flew back to the U.S. on Friday."),
        ["The delegation flew back to the U.S. on Friday."]
    );
    assert!(tokens("the U.S. position").contains(&"U.S."));
}

#[test]
fn abbreviation_us_ends_sentence_before_a_sentence_starter() {
    assert_eq!(
        sentences("He moved to the U.S. The talks went on without him."),
        ["He moved to the U.S.", "The talks went on without him."]
    );
}

#[test]
fn titles_and_ranks_do_not_end_sentences() {
    let text = "Mr. Smith met Gen. Milley and Sen. Jones. Lt. Col. Vindman testified.";
    assert_eq!(
        sentences(text),
        [
            "Mr. Smith met Gen. Milley and Sen. Jones.",
            "Lt. Col. Vindman testified."
        ]
    );
    assert!(tokens(text).contains(&"Lt."));
}

#[test]
fn month_and_number_abbreviations_do_not_end_sentences() {
    assert_eq!(
        sentences("On Jan. 21 the court ruled on No. 5 of the list. It was final."),
        [
            "On Jan. 21 the court ruled on No. 5 of the list.",
            "It was final."
        ]
    );
}

#[test]
fn eg_ie_and_etc_are_single_tokens_inside_sentences() {
    let text = "Some states, e.g. Chad, i.e. the poorest, objected to fees, taxes, etc. and left.";
    assert_eq!(sentences(text).len(), 1);
    let toks = tokens(text);
    for abbr in ["e.g.", "i.e.", "etc."] {
        assert!(toks.contains(&abbr), "{abbr} missing from {toks:?}");
    }
}

#[test]
fn initials_keep_names_in_one_sentence() {
    let text = "J. R. R. Tolkien wrote it. George W. Bush read it.";
    assert_eq!(
        sentences(text),
        ["J. R. R. Tolkien wrote it.", "George W. Bush read it."]
    );
    assert!(tokens(text).contains(&"W."));
}

#[test]
fn numbers_with_points_commas_and_colons_stay_whole() {
    let toks = tokens("It rose 3.5% to 1,000 troops at 10:30 on a 2.5m wall.");
    for n in ["3.5", "1,000", "10:30", "2.5m"] {
        assert!(toks.contains(&n), "{n} missing from {toks:?}");
    }
    assert!(toks.contains(&"%"));
}

#[test]
fn ellipsis_ends_a_sentence_only_before_a_capital() {
    assert_eq!(
        sentences("He hesitated... Then he spoke."),
        ["He hesitated...", "Then he spoke."]
    );
    assert_eq!(
        sentences("We will\u{2026} consider it."),
        ["We will\u{2026} consider it."]
    );
}

#[test]
fn quote_opening_in_one_sentence_closes_in_a_later_one() {
    let text = "\"You raised it. I would remind you of our position\", Lavrov said. \
                Blinken nodded.";
    assert_eq!(
        sentences(text),
        [
            "\"You raised it.",
            "I would remind you of our position\", Lavrov said.",
            "Blinken nodded."
        ]
    );
}

#[test]
fn quote_spanning_paragraphs_keeps_sentences_apart() {
    let doc = Document::from_plain(
        "\"We will respond in writing.\n\"And we will not wait long,\" he said.\n",
    );
    assert_eq!(doc.sentences.len(), 2);
    assert_eq!(doc.sentences[0].block, 0);
    assert_eq!(doc.sentences[1].block, 1);
    assert_eq!(
        doc.slice(doc.sentences[0].span),
        "\"We will respond in writing."
    );
}

#[test]
fn sentence_final_quote_marks_stay_with_their_sentence() {
    assert_eq!(
        sentences("He said the reply would come \"next week.\" Then he left."),
        [
            "He said the reply would come \"next week.\"",
            "Then he left."
        ]
    );
    assert_eq!(
        sentences("\"But we agreed on answers next week\". The talks ended."),
        [
            "\"But we agreed on answers next week\".",
            "The talks ended."
        ]
    );
    assert_eq!(
        sentences("She called it \u{2018}a clear path.\u{2019} He agreed."),
        ["She called it \u{2018}a clear path.\u{2019}", "He agreed."]
    );
}

#[test]
fn speech_tag_after_exclamation_continues_the_sentence() {
    assert_eq!(
        sentences("\"Stop!\" he said. They stopped."),
        ["\"Stop!\" he said.", "They stopped."]
    );
}

#[test]
fn bracketed_insertions_do_not_split_or_start_sentences() {
    assert_eq!(
        sentences("He said so. \"[...] We have seen no proposal yet\", he added."),
        [
            "He said so.",
            "\"[...] We have seen no proposal yet\", he added."
        ]
    );
    assert_eq!(
        tokens("She [Voss] sent [a] letter"),
        ["She", "[", "Voss", "]", "sent", "[", "a", "]", "letter"]
    );
}

#[test]
fn citation_marks_stay_with_the_sentence_they_follow() {
    assert_eq!(
        sentences("He entered Harrow in 1801. [6] He left in 1805."),
        ["He entered Harrow in 1801. [6]", "He left in 1805."]
    );
}

#[test]
fn curly_and_straight_quotes_are_tokens_and_clitics_split() {
    assert_eq!(
        tokens("\u{201c}Russia\u{2019}s view\u{201d} isn't 'ours'"),
        [
            "\u{201c}",
            "Russia",
            "\u{2019}s",
            "view",
            "\u{201d}",
            "is",
            "n't",
            "'",
            "ours",
            "'"
        ]
    );
    assert_eq!(
        tokens("We've said we'll go, they're sure I'm right, he'd agree, can't"),
        [
            "We", "'ve", "said", "we", "'ll", "go", ",", "they", "'re", "sure", "I", "'m", "right",
            ",", "he", "'d", "agree", ",", "ca", "n't"
        ]
    );
}

#[test]
fn dashes_are_tokens_and_compounds_split_like_ud_english() {
    assert_eq!(
        tokens(
            "Norway - Sweden in general \u{2013} and so-called de-escalation \u{2014} non-profit"
        ),
        [
            "Norway",
            "-",
            "Sweden",
            "in",
            "general",
            "\u{2013}",
            "and",
            "so",
            "-",
            "called",
            "de",
            "-",
            "escalation",
            "\u{2014}",
            "non-profit"
        ]
    );
    assert_eq!(
        tokens("the Russian-Ukrainian border"),
        ["the", "Russian", "-", "Ukrainian", "border"]
    );
}

#[test]
fn urls_emails_and_hashtags_are_single_tokens() {
    let text =
        "See https://example.org/a?b=1. Write to a.b@example.com, Kevin.A.Boone@example.com \
                or fr3...@example.net or use #Ukraine now.";
    let toks = tokens(text);
    for t in [
        "https://example.org/a?b=1",
        "a.b@example.com",
        "Kevin.A.Boone@example.com",
        "fr3...@example.net",
        "#Ukraine",
    ] {
        assert!(toks.contains(&t), "{t} missing from {toks:?}");
    }
    assert_eq!(sentences(text).len(), 2);
}

#[test]
fn emoticons_are_tokens_and_stay_with_the_sentence() {
    assert_eq!(
        sentences("Enjoyed every minute of it. :) We will be back."),
        ["Enjoyed every minute of it. :)", "We will be back."]
    );
}

#[test]
fn headings_get_neither_tokens_nor_sentences() {
    let text = "Talks Resume\nThe talks resumed. They ended.";
    let mut doc = Document::new("t", text);
    doc.blocks = vec![
        Block {
            span: Span::new(0, 12),
            kind: BlockKind::Heading,
        },
        Block {
            span: Span::new(13, text.len()),
            kind: BlockKind::Paragraph,
        },
    ];
    SentenceSplit.run(&mut doc);
    assert_eq!(doc.sentences.len(), 2);
    assert!(doc.sentences.iter().all(|s| s.block == 1));
    assert!(doc.tokens.iter().all(|t| t.span.start >= 13));
}

#[test]
fn token_offsets_are_exact_bytes_of_the_text() {
    let text = "  \u{201c}Caf\u{e9} talks\u{201d}\u{a0}ended\u{2014}Lavrov\u{2019}s view.  ";
    let doc = Document::from_plain(text);
    let words: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.word(i)).collect();
    assert_eq!(
        words,
        [
            "\u{201c}",
            "Caf\u{e9}",
            "talks",
            "\u{201d}",
            "ended",
            "\u{2014}",
            "Lavrov",
            "\u{2019}s",
            "view",
            "."
        ]
    );
    for t in &doc.tokens {
        assert!(text.is_char_boundary(t.span.start as usize));
        assert!(text.is_char_boundary(t.span.end as usize));
    }
}

#[test]
fn unpunctuated_web_lines_split_where_a_new_sentence_starts() {
    // Mail sign-offs and links end sentences without punctuation; the boundary model
    // separates them.
    assert_eq!(
        sentences("Regards, Tom Please call me tomorrow."),
        ["Regards, Tom", "Please call me tomorrow."]
    );
    assert_eq!(
        sentences("Hi John I spoke to the lawyer today."),
        ["Hi John", "I spoke to the lawyer today."]
    );
    assert_eq!(
        sentences("See http://www.example.org Tickets are free"),
        ["See http://www.example.org", "Tickets are free"]
    );
}

#[test]
fn names_numbers_and_titles_in_news_prose_are_not_split_without_punctuation() {
    let text = "Russian Foreign Minister Sergei Lavrov met US President Joe Biden 21 January \
                in Geneva, NATO Secretary General Jens Stoltenberg noted Friday, citing UN \
                Resolution 2202 and the OSCE.";
    assert_eq!(sentences(text).len(), 1);
}

#[test]
fn seed_article_paragraphs_split_sensibly() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/000_3f578599382f4b0e.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipping: seed article not found at {path}");
        return;
    };
    let doc = Document::from_plain(&text);
    let paragraph = |start: &str| -> Vec<&str> {
        let b = doc
            .blocks
            .iter()
            .position(|b| doc.slice(b.span).starts_with(start))
            .unwrap_or_else(|| panic!("no paragraph starts with {start:?}"));
        doc.sentences
            .iter()
            .filter(|s| s.block as usize == b)
            .map(|s| doc.slice(s.span))
            .collect()
    };
    let lavrov = paragraph("SputnikRussian Foreign Minister");
    assert_eq!(lavrov.len(), 1);
    assert!(lavrov[0].ends_with("rolled out in December."));
    let according = paragraph("According to Lavrov");
    assert_eq!(according.len(), 3);
    assert!(according[1].starts_with("The Russian foreign minister"));
    let colleagues = paragraph("\"Our American colleagues");
    assert_eq!(colleagues.len(), 2);
    assert!(colleagues[1].starts_with("\"But we ended"));
    assert!(colleagues[1].ends_with("next week\"."));
    let mentioned = paragraph("\"You mentioned");
    assert_eq!(mentioned.len(), 3);
    assert!(mentioned[2].starts_with("\"[...] I have not heard"));
    assert_eq!(paragraph("\"He [Blinken] promised").len(), 1);
    assert_eq!(paragraph("Antony Blinken, in turn").len(), 2);
    assert_eq!(paragraph("He also said that US President").len(), 2);
    assert_eq!(paragraph("In its security proposals").len(), 1);
    // Every line of the file is one block here (no reader): 23 lines, 30 sentences.
    assert_eq!(doc.blocks.len(), 23);
    assert_eq!(doc.sentences.len(), 30);
}

#[test]
fn pathological_runs_stay_linear() {
    // Each would take hours if any scan restarted at every word.
    for unit in [
        "a.+",
        "a-",
        "a.",
        "a'",
        "x@",
        "...",
        "\u{201c}a",
        "[...]",
        "1,",
        "U.S.",
    ] {
        let text = unit.repeat(300_000 / unit.len());
        let doc = Document::from_plain(&text);
        assert!(!doc.tokens.is_empty(), "{unit}");
        assert!(doc.tokens.iter().all(|t| t.span.end as usize <= text.len()));
    }
}

#[test]
fn letter_closing_ends_before_the_signature_name() {
    assert_eq!(
        sentences("Tell me which option suits you best. Best regards, Lena Varga"),
        [
            "Tell me which option suits you best.",
            "Best regards,",
            "Lena Varga"
        ]
    );
    assert_eq!(
        sentences("Regards Marta Olesky"),
        ["Regards", "Marta Olesky"]
    );
    // A closing phrase opening a clause is no closing: the sentence goes on.
    assert_eq!(
        sentences("Best wishes, Xi told Putin in a message on Friday."),
        ["Best wishes, Xi told Putin in a message on Friday."]
    );
    assert_eq!(
        sentences("Cheers, Beijing said the talks went well."),
        ["Cheers, Beijing said the talks went well."]
    );
    // Only a closing standing alone: regards inside prose stays.
    assert_eq!(
        sentences("With regards to Ukraine, Lavrov said nothing new."),
        ["With regards to Ukraine, Lavrov said nothing new."]
    );
}

#[test]
fn stray_marks_between_sentences_stand_alone() {
    assert_eq!(
        sentences("He replaced Anton K. Varga. *** Bush also nominated Kramer."),
        [
            "He replaced Anton K. Varga.",
            "***",
            "Bush also nominated Kramer."
        ]
    );
    // A paragraph opening with a mark keeps it with its first sentence.
    assert_eq!(
        sentences("*** Bush also nominated Kramer."),
        ["*** Bush also nominated Kramer."]
    );
}

#[test]
fn words_before_periods_colons_and_slashes_tokenize_like_the_general_scanner() {
    assert_eq!(
        tokens("He said: talks and/or a deal. Mr. Lavrov left at 3:30, not 1,000."),
        [
            "He", "said", ":", "talks", "and", "/", "or", "a", "deal", ".", "Mr.", "Lavrov",
            "left", "at", "3:30", ",", "not", "1,000", "."
        ]
    );
    assert_eq!(
        tokens("See www.example.org or http://example.org. J. Smith, e.g. this."),
        [
            "See",
            "www.example.org",
            "or",
            "http://example.org",
            ".",
            "J.",
            "Smith",
            ",",
            "e.g.",
            "this",
            "."
        ]
    );
    assert_eq!(
        tokens("end.\u{201d} Next"),
        ["end", ".", "\u{201d}", "Next"]
    );
    assert_eq!(tokens("Wait... what"), ["Wait", "...", "what"]);
}

#[test]
fn list_numbers_stay_with_their_item() {
    assert_eq!(
        sentences("1. The pricing is specific to this project. 2. The attachment is a draft."),
        [
            "1. The pricing is specific to this project.",
            "2. The attachment is a draft."
        ]
    );
    // A number ending a sentence still ends it.
    assert_eq!(
        sentences("The vote was 52 to 48. The motion passed."),
        ["The vote was 52 to 48.", "The motion passed."]
    );
}

#[test]
fn lowercase_sentence_after_a_two_letter_word_and_a_period_starts_anew() {
    // Web text starts sentences in lowercase; a period after a short word such as "it"
    // ends the sentence as after a longer one.
    assert_eq!(
        sentences("we got two and i liked it. why is it so cheap?"),
        ["we got two and i liked it.", "why is it so cheap?"]
    );
}

#[test]
fn unpunctuated_gaps_in_news_prose_are_not_sentence_ends() {
    // Each line is one sentence: a name with an acronym inside, title-case headlines, a
    // clause after a colon, a dateline dash, a quantity before a capitalised noun.
    for line in [
        "Ana Ruiz, head of the Pima County GOP Finance Committee in Arizona, said turnout was low.",
        "Mendes Meets Okafor In Lisbon As Trade Talks Resume",
        "Minister Under Pressure To Sack Adviser Who Leaked Memo",
        "The envoy spoke at length about the accord: Norway would send grain before spring.",
        "OSLO, May 4 (Wire) \u{2014} The parliament approved the budget on Monday.",
        "Hansen: Vik Did Well In The Debate",
        "Aid groups said as many as 300,000 Sudanese families had fled the fighting.",
    ] {
        assert_eq!(sentences(line), vec![line], "{line}");
    }
}

#[test]
fn message_greeting_ends_before_the_message() {
    assert_eq!(
        sentences("Dear Ms. Okafor, Thank you for the fast answer."),
        ["Dear Ms. Okafor,", "Thank you for the fast answer."]
    );
    assert_eq!(
        sentences("Hi Rick, I spoke to the lawyer today."),
        ["Hi Rick,", "I spoke to the lawyer today."]
    );
    // Without a comma only a typical sentence starter ends the greeting: a title or a
    // name goes on.
    assert_eq!(
        sentences("Dear Leader Kim Jong Un said the tests would go on."),
        ["Dear Leader Kim Jong Un said the tests would go on."]
    );
    assert_eq!(
        sentences("Hello Kitty Is Back on the shelves this week."),
        ["Hello Kitty Is Back on the shelves this week."]
    );
}

#[test]
fn thanks_alone_is_a_closing_before_the_signature() {
    assert_eq!(
        sentences("Please make the changes. Thanks Marta"),
        ["Please make the changes.", "Thanks", "Marta"]
    );
    // Thanking someone in a clause is no closing.
    assert_eq!(
        sentences("Thanks Obama said the deal was fair."),
        ["Thanks Obama said the deal was fair."]
    );
}

#[test]
fn link_before_a_sentence_starter_ends_the_sentence() {
    assert_eq!(
        sentences("Read it at http://www.example.org The rest is history."),
        ["Read it at http://www.example.org", "The rest is history."]
    );
}

#[test]
fn forwarded_mail_header_is_split_into_sender_and_time_stamp() {
    assert_eq!(
        sentences("Please print. Nora Pell@NORTHWIND 04/17/2003 03:41 PM Can you check this?"),
        [
            "Please print.",
            "Nora Pell@NORTHWIND",
            "04/17/2003 03:41 PM",
            "Can you check this?"
        ]
    );
    // A sender without an address, with a middle initial, where a header line starts.
    assert_eq!(
        sentences("See you then. Nora K Pell 10/06/2002 08:12 AM Following up on it"),
        [
            "See you then.",
            "Nora K Pell",
            "10/06/2002 08:12 AM",
            "Following up on it"
        ]
    );
}

#[test]
fn address_in_brackets_before_a_time_stamp_is_a_mail_sender() {
    assert_eq!(
        sentences("\"Nora Pell\" <npell@example.org> 09/21/2003 07:35 PM All: the plan is ready."),
        [
            "\"Nora Pell\" <npell@example.org>",
            "09/21/2003 07:35 PM",
            "All: the plan is ready."
        ]
    );
}

#[test]
fn mail_header_label_stays_with_its_sender() {
    assert_eq!(
        sentences("Sent by: Nora Pell 06/02/2004 05:26 PM I need to move our call."),
        [
            "Sent by: Nora Pell",
            "06/02/2004 05:26 PM",
            "I need to move our call."
        ]
    );
}

#[test]
fn date_and_clock_time_in_news_prose_are_no_mail_header() {
    // Capitalised words before a slash date and a clock time are no sender unless an
    // address or a header line's start marks them as one.
    for line in [
        "The truce took effect on Friday 02/26/2016 12:00 local time, the ministry said.",
        "Officials in Aldovia 02/26/2016 12:00 reported no shelling.",
        "On Friday 02/26/2016 12:00 the truce began.",
        "Friday 02/26/2016 12:00 the truce began.",
        "Aldovia 02/26/2016 12:00 reported no shelling.",
        "On Friday, 02/26/2016 12:00 GMT the truce began.",
        "The board met on 11/10/2000 12:30 and voted.",
    ] {
        assert_eq!(sentences(line), vec![line], "{line}");
    }
}

#[test]
fn news_prose_without_terminators_stays_whole() {
    // A quotation closed without a terminator and then attributed.
    assert_eq!(
        sentences("''You need to act now,'' Representative Jane Doe told reporters."),
        ["''You need to act now,'' Representative Jane Doe told reporters."]
    );
    assert_eq!(
        sentences("He called his “old ally” Dana Voss a winner."),
        ["He called his “old ally” Dana Voss a winner."]
    );
    // A speaker label or headline source stays with what it introduces.
    assert_eq!(
        sentences("Q: Did you call the minister?"),
        ["Q: Did you call the minister?"]
    );
    assert_eq!(
        sentences("Okafor: Time for a new plan."),
        ["Okafor: Time for a new plan."]
    );
    // An ordinal before a capitalised word, thanks in an exclamation, a bare greeting
    // before a clause.
    assert_eq!(
        sentences("They defend the 2nd Amendment every day."),
        ["They defend the 2nd Amendment every day."]
    );
    assert_eq!(
        sentences("\u{201c}Thanks Pia!!!\u{201d} wrote Pete."),
        ["\u{201c}Thanks Pia!!!\u{201d} wrote Pete."]
    );
    assert_eq!(
        sentences("Hey, Voss is right about one thing."),
        ["Hey, Voss is right about one thing."]
    );
}

#[test]
fn two_apostrophes_are_one_quotation_mark_that_can_open_the_next_sentence() {
    let text = "The minister said the talks went well. ''But we remain cautious,'' he added.";
    assert_eq!(
        sentences(text),
        vec![
            "The minister said the talks went well.",
            "''But we remain cautious,'' he added."
        ]
    );
    assert!(tokens(text).contains(&"''"));
    assert_eq!(
        sentences("``It is over,'' the envoy said. Talks resume in May."),
        vec!["``It is over,'' the envoy said.", "Talks resume in May."]
    );
    // A closing pair after the period stays with its sentence.
    assert_eq!(
        sentences("He called it ''a good start.'' The envoy left."),
        vec!["He called it ''a good start.''", "The envoy left."]
    );
}

#[test]
fn two_opening_curly_single_marks_start_a_quoted_sentence() {
    let text = "The minister said the talks went well. \u{2018}\u{2018}But we remain cautious,\u{2019}\u{2019} he added.";
    assert_eq!(
        sentences(text),
        vec![
            "The minister said the talks went well.",
            "\u{2018}\u{2018}But we remain cautious,\u{2019}\u{2019} he added."
        ]
    );
}

#[test]
fn doubled_curly_single_marks_are_one_token_each() {
    let toks = tokens("He said \u{2018}\u{2018}we remain cautious,\u{2019}\u{2019} again.");
    assert!(toks.contains(&"\u{2018}\u{2018}"), "{toks:?}");
    assert!(toks.contains(&"\u{2019}\u{2019}"), "{toks:?}");
}

#[test]
fn closing_curly_single_pair_after_a_period_stays_with_its_sentence() {
    assert_eq!(
        sentences("He called it \u{2018}\u{2018}a good start.\u{2019}\u{2019} The envoy left."),
        vec![
            "He called it \u{2018}\u{2018}a good start.\u{2019}\u{2019}",
            "The envoy left."
        ]
    );
}

#[test]
fn opening_and_closing_single_marks_glued_to_a_word_open_a_quotation() {
    assert_eq!(
        sentences(
            "Both deny the claim. \u{2018}\u{2019}Should we worry?\u{2019}\u{2019} he asked."
        ),
        vec![
            "Both deny the claim.",
            "\u{2018}\u{2019}Should we worry?\u{2019}\u{2019} he asked."
        ]
    );
    assert_eq!(
        tokens(", \u{2018}\u{2019}Yes"),
        [",", "\u{2018}\u{2019}", "Yes"]
    );
}

#[test]
fn opening_and_closing_single_marks_between_spaces_stay_two_tokens() {
    assert_eq!(
        tokens("the \u{2018}\u{2019} mark"),
        ["the", "\u{2018}", "\u{2019}", "mark"]
    );
}

#[test]
fn single_curly_marks_and_inner_apostrophes_are_not_joined() {
    // A lone mark is a token of its own; an apostrophe inside a word stays with its clitic.
    assert_eq!(
        tokens("\u{2018}Yes\u{2019} the envoy\u{2019}s aide said"),
        [
            "\u{2018}",
            "Yes",
            "\u{2019}",
            "the",
            "envoy",
            "\u{2019}s",
            "aide",
            "said"
        ]
    );
}

#[test]
fn editors_insertion_before_a_name_stays_in_its_sentence() {
    for line in [
        "\u{201c}In the end the mayor and [Deputy Mayor Lena] Varga both voted no,\u{201d} she said.",
        "\u{201c}The council met with [Ana] Ruiz on Monday,\u{201d} said Okafor.",
        "Surveys lump Ruiz & [Labour candidate Tom] Hale supporters into one camp.",
    ] {
        assert_eq!(sentences(line), vec![line], "{line}");
    }
}

#[test]
fn bullet_list_on_one_line_splits_at_each_repeated_bullet_in_an_informal_document() {
    // Lines without a terminator make the document informal.
    let list = "Order for Friday\n- Green tea - Small salad - Rye Toast\n\
                * Sets fees for 2019 * Keeps the old office\nThanks\nOwen\n";
    let sentences = document_sentences(list);
    for item in [
        "- Green tea",
        "- Small salad",
        "- Rye Toast",
        "* Sets fees for 2019",
        "* Keeps the old office",
    ] {
        assert!(
            sentences.contains(&item.to_string()),
            "{item}: {sentences:?}"
        );
    }
}

#[test]
fn hyphen_dashes_in_a_bulleted_news_line_are_no_repeated_bullets() {
    // Wire copy writes dashes as hyphens, also on a line that opens with a bullet: a
    // phrase set off so (a lowercase word after the hyphen) goes on, and edited prose
    // never splits at a repeated bullet.
    for line in [
        "- The agency said four people were hurt - two of them guards - in the fire on Monday.",
        "- Copper fell 3% - its worst day in a year.",
        "- The port reopened - Officials gave no reason.",
    ] {
        assert_eq!(sentences(line), [line], "{line}");
    }
    let news = "Markets in brief\n- The port reopened - Officials gave no reason.\n\
                Trading resumes on Monday.\n";
    assert!(document_sentences(news)
        .contains(&"- The port reopened - Officials gave no reason.".to_string()));
    // In an informal document a lowercase word after the hyphen still goes on.
    let mail = "Hi all\n- Copper fell 3% - its worst day in a year.\nThanks\nOwen\n";
    assert!(document_sentences(mail)
        .contains(&"- Copper fell 3% - its worst day in a year.".to_string()));
}

#[test]
fn dash_inside_a_sentence_is_no_bullet() {
    // Not opened by the same mark: a hyphen setting off a phrase goes on.
    assert_eq!(
        sentences("The plan - a bold one - failed on Monday."),
        ["The plan - a bold one - failed on Monday."]
    );
    // Wider dashes set off phrases in news, even at the start of a line.
    assert_eq!(
        sentences("\u{2014} Dana Voss of the Ledger \u{2014} won the award."),
        ["\u{2014} Dana Voss of the Ledger \u{2014} won the award."]
    );
}

#[test]
fn numbered_item_after_a_colon_opens_a_sentence() {
    assert_eq!(
        sentences("Here are my notes on the draft: 1. On page 4 the total is off."),
        [
            "Here are my notes on the draft:",
            "1. On page 4 the total is off."
        ]
    );
    // Items numbered with a bracket run on inside a sentence in news.
    assert_eq!(
        sentences("He will win for two reasons: 1) He lives there and 2) Voss quit."),
        ["He will win for two reasons: 1) He lives there and 2) Voss quit."]
    );
    // A score is no list: lists count from 1.
    assert_eq!(
        sentences("So far it is Voss: 1, Okafor: 0. But it is a long game."),
        ["So far it is Voss: 1, Okafor: 0.", "But it is a long game."]
    );
}

#[test]
fn closing_before_one_name_and_a_period_stays_one_sentence() {
    assert_eq!(
        sentences("I can look into that. Thanks, Ana."),
        ["I can look into that.", "Thanks, Ana."]
    );
    assert_eq!(
        sentences("Best regards, Lena Varga"),
        ["Best regards,", "Lena Varga"]
    );
}

/// Sentences of a plain text read as a document, each non-empty line a paragraph.
fn document_sentences(text: &str) -> Vec<String> {
    let doc = Document::from_plain(text);
    doc.sentences
        .iter()
        .map(|s| doc.slice(s.span).to_string())
        .collect()
}

#[test]
fn salutation_before_its_message_ends_in_an_informal_document() {
    // Lines without a terminator mark a mail: the salutation is a sentence of its own.
    let mail = "Re: the lease renewal\nMarta: We can sign the lease as drafted.\nThanks\nOwen\nOwen Brandt\n";
    assert!(document_sentences(mail).contains(&"Marta:".to_string()));
    // A line label is no salutation.
    let form =
        "Re: the lease renewal\nSubject: Who keeps the spare keys?\nThanks\nOwen\nOwen Brandt\n";
    assert!(document_sentences(form).contains(&"Subject: Who keeps the spare keys?".to_string()));
}

#[test]
fn speaker_label_in_news_stays_with_what_it_introduces() {
    // Every paragraph ends with a terminator: edited prose, where a transcript's speaker
    // label opens its sentence.
    let news = "Mayor defends budget\nROSS: Do you expect her to run as a reformer?\nKELLER: I believe she plans to campaign on housing.\nThe interview aired on Sunday.\n";
    let sentences = document_sentences(news);
    assert!(sentences.contains(&"ROSS: Do you expect her to run as a reformer?".to_string()));
    assert!(sentences.contains(&"KELLER: I believe she plans to campaign on housing.".to_string()));
}

#[test]
fn speaker_label_in_capitals_stays_whole_in_news_with_sentence_case_subheads() {
    use attache_core::segment::Register;
    // Two subheads without a terminator make this article read as informal; a speaker
    // label in capitals (or a single capital) is still no salutation.
    let news = "Council backs new transit plan\n\
                The city council approved the transit plan on Tuesday.\n\
                Members voted nine to two after a long debate.\n\
                What happened\n\
                The plan adds three bus lines and a night service.\n\
                Critics said the cost was too high.\n\
                What comes next\n\
                Work starts in the spring.\n\
                DREW: We think the vote was right, and so does the mayor.\n\
                Q: Do you expect more delays?\n";
    assert!(Register::of_document(&Document::from_plain(news)).is_informal());
    let sentences = document_sentences(news);
    for whole in [
        "DREW: We think the vote was right, and so does the mayor.",
        "Q: Do you expect more delays?",
    ] {
        assert!(
            sentences.contains(&whole.to_string()),
            "{whole}: {sentences:?}"
        );
    }
    // A title-case salutation in the same document still ends its sentence.
    let mail = news.replace("DREW:", "Drew:");
    assert!(document_sentences(&mail).contains(&"Drew:".to_string()));
}

#[test]
fn register_reads_lines_ending_without_a_terminator() {
    use attache_core::segment::Register;
    let spans = |text: &str| -> Vec<Span> {
        Document::with_line_blocks("t", text)
            .blocks
            .iter()
            .map(|b| b.span)
            .collect()
    };
    let news = "Senate passes budget\nThe Senate passed the budget.\nIt goes to the House.\n";
    assert_eq!(Register::of_paragraphs(news, spans(news)), Register::EDITED);
    let mail = "Hi Mary,\nI need prices for May.\nThanks,\nKim\n";
    assert_eq!(
        Register::of_paragraphs(mail, spans(mail)),
        Register::INFORMAL
    );
    // One such line after the headline is not enough.
    let brief = "Senate passes budget\nThe Senate passed the budget.\nBy Dana Voss\n";
    assert!(!Register::of_paragraphs(brief, spans(brief)).is_informal());
}

#[test]
fn lead_in_colon_ends_a_sentence_only_in_an_informal_document() {
    let mail =
        "Hi all,\nThe steps are as follows: Each member will call the front desk.\nThanks\nIna\n";
    let sentences = document_sentences(mail);
    assert!(sentences.contains(&"The steps are as follows:".to_string()));
    let news = "Party adopts platform\nIts goals are the following: Open trade comes first; low taxes come second.\nThe vote was unanimous.\n";
    let sentences = document_sentences(news);
    assert!(sentences.contains(
        &"Its goals are the following: Open trade comes first; low taxes come second.".to_string()
    ));
}

#[test]
fn lead_in_before_a_colon_is_read_in_any_case() {
    for lead_in in ["AS FOLLOWS:", "As Follows:"] {
        let mail = format!(
            "Hi all,\nThe steps are {lead_in} Each member will call the front desk.\nThanks\nIna\n"
        );
        let expected = format!("The steps are {lead_in}");
        assert!(document_sentences(&mail).contains(&expected), "{lead_in}");
    }
}

#[test]
fn mail_sender_with_a_name_particle_keeps_three_words() {
    assert_eq!(
        sentences("Let me know. Lena St Varga 08/11/2003 11:48 AM Does the annex need work?"),
        [
            "Let me know.",
            "Lena St Varga",
            "08/11/2003 11:48 AM",
            "Does the annex need work?"
        ]
    );
    // A signature before a sender of two words stays apart from it.
    assert_eq!(
        sentences("Let me know. Dana Wayne Voss 08/11/2003 11:48 AM Does the annex need work?"),
        [
            "Let me know.",
            "Dana",
            "Wayne Voss",
            "08/11/2003 11:48 AM",
            "Does the annex need work?"
        ]
    );
}

#[test]
fn clause_opener_after_a_name_line_ends_a_sentence_in_an_informal_document() {
    // A mail whose lines run together: the signature line ends before "Please see".
    let mail = "Hi Ruth,\nThe draft is attached\nTomas Reyes Office of Planning Please see my notes on page two.\nThanks\nTomas\n";
    let sentences = document_sentences(mail);
    assert!(
        sentences.contains(&"Tomas Reyes Office of Planning".to_string()),
        "{sentences:?}"
    );
    assert!(sentences.contains(&"Please see my notes on page two.".to_string()));
    // The same line in edited prose stays one sentence.
    let news = "Planning office reports\nTomas Reyes Office of Planning Please see my notes on page two.\nThe report is due in May.\n";
    assert!(document_sentences(news)
        .contains(&"Tomas Reyes Office of Planning Please see my notes on page two.".to_string()));
}

#[test]
fn title_case_line_stays_whole_in_an_informal_document() {
    let mail = "Hi Ruth,\nsee below\nHow to Mend a Torn Sail\nAda Pell Is Not Pleased With The Budget\nthanks\nTomas\n";
    let sentences = document_sentences(mail);
    assert!(sentences.contains(&"How to Mend a Torn Sail".to_string()));
    assert!(sentences.contains(&"Ada Pell Is Not Pleased With The Budget".to_string()));
}

#[test]
fn title_case_phrase_before_a_lowercase_noun_stays_whole_in_an_informal_document() {
    let blog = "Live: the vote\nupdated hourly\nThe pro-union Harbour Together No campaign said its volunteers reached every street.\nmore soon\n";
    let sentences = document_sentences(blog);
    assert!(
        sentences.contains(
            &"The pro-union Harbour Together No campaign said its volunteers reached every street."
                .to_string()
        ),
        "{sentences:?}"
    );
    // A clause opener that stays in the list still ends a name line.
    let mail = "Hi Ruth,\nthe draft is attached\nIvo Brandt Harbour Office Can you call me on Monday?\nthanks\nIvo\n";
    let sentences = document_sentences(mail);
    assert!(
        sentences.contains(&"Can you call me on Monday?".to_string()),
        "{sentences:?}"
    );
}

#[test]
fn double_hyphen_before_a_signature_line_stands_alone() {
    // In an informal document (a blog with unpunctuated lines).
    let blog = "ferry news\nno change today\nThe launch may slip by a year. -- Posted by Lena Varga at 3:10 PM\nmore later\n";
    let sentences_of_blog = document_sentences(blog);
    for part in [
        "The launch may slip by a year.",
        "--",
        "Posted by Lena Varga at 3:10 PM",
    ] {
        assert!(
            sentences_of_blog.contains(&part.to_string()),
            "{sentences_of_blog:?}"
        );
    }
    // Before a sentence starter it is a bullet opening the next sentence.
    assert_eq!(
        sentences("The budget was cut. -- The fund is financed at $2 billion."),
        [
            "The budget was cut.",
            "-- The fund is financed at $2 billion."
        ]
    );
    // A signature word or a line of names alone after it is a signature in any register.
    assert_eq!(
        sentences("The ferry was late. -- Sent from my desk"),
        ["The ferry was late.", "--", "Sent from my desk"]
    );
    assert_eq!(
        sentences("The ferry was late again. -- Ada Pell"),
        ["The ferry was late again.", "--", "Ada Pell"]
    );
}

#[test]
fn double_hyphen_before_a_continuation_stays_with_it_in_edited_prose() {
    assert_eq!(
        sentences("The talks broke down on Friday. -- Norland, meanwhile, moved its ships north."),
        [
            "The talks broke down on Friday.",
            "-- Norland, meanwhile, moved its ships north."
        ]
    );
}
