//! Twenty-third session: sentence ends that web text writes without a terminator or
//! without a space, found in UD English EWT train and kept out of news.

use crate::segment::{sentences, tokens};

#[test]
fn mail_header_with_am_pm_after_a_two_word_name_ends_wherever_the_name_stands() {
    // After a message that ends without a terminator, and before one that opens in
    // lowercase.
    assert_eq!(
        sentences(
            "Please take care of this for the board Lena Varga 03/14/2002 10:05 AM \
             following up on our call, the annex is ready."
        ),
        [
            "Please take care of this for the board",
            "Lena Varga",
            "03/14/2002 10:05 AM",
            "following up on our call, the annex is ready."
        ]
    );
    assert_eq!(
        sentences("Dana Voss 03/14/2002 10:05 AM fyi the numbers are below."),
        [
            "Dana Voss",
            "03/14/2002 10:05 AM",
            "fyi the numbers are below."
        ]
    );
}

#[test]
fn date_and_clock_with_am_pm_in_prose_stay_in_their_sentence() {
    for line in [
        "The vote closes on Friday 02/26/2016 12:00 PM local time.",
        "The vote closed on Fri Mar 02/26/2016 12:00 PM after a long day.",
        "Voting in Aldovia ends 02/26/2016 12:00 PM, officials said.",
    ] {
        assert_eq!(sentences(line), [line], "{line}");
    }
}

#[test]
fn period_glued_to_a_lowercase_sentence_starter_ends_a_sentence() {
    // Web text that leaves out the space after a period: before a lowercase starter of
    // three letters or more, or the pronoun "i".
    assert_eq!(
        sentences("We stayed two nights and the home team won.the hotel was small but clean."),
        [
            "We stayed two nights and the home team won.",
            "the hotel was small but clean."
        ]
    );
    assert_eq!(
        sentences("There was a small tv.i mean a really small one."),
        ["There was a small tv.", "i mean a really small one."]
    );
}

#[test]
fn period_inside_names_and_paths_stays_in_the_word() {
    // Web domains and file names (a two-letter domain, a word that is no starter) are
    // single tokens; they and an abbreviation written without a space after it stay
    // inside their sentence.
    for (line, word) in [
        (
            "She reads news on repubblica.it every day.",
            "repubblica.it",
        ),
        ("Post it to misc.consumers if you like.", "misc.consumers"),
        ("Open notebook.url from the folder.", "notebook.url"),
        ("See mail.yahoo.co.uk for the form.", "mail.yahoo.co.uk"),
    ] {
        assert_eq!(sentences(line), [line], "{line}");
        assert!(tokens(line).contains(&word), "{word}: {:?}", tokens(line));
    }
    let abbreviated = "Fruit, e.g.the apples, sold out.";
    assert_eq!(sentences(abbreviated), [abbreviated]);
}

#[test]
fn emoticon_after_a_terminator_stays_with_its_sentence() {
    assert_eq!(
        sentences("Everyone loves it! ^_^ Lotte World is open late."),
        ["Everyone loves it! ^_^", "Lotte World is open late."]
    );
    assert_eq!(
        sentences("Stop insulting people!! >:( Best answers get points."),
        ["Stop insulting people!! >:(", "Best answers get points."]
    );
    // A lowercase word after the emoticon opens the next sentence.
    assert_eq!(
        sentences("We never went on a date. :( sorta wonder how it would have gone."),
        [
            "We never went on a date. :(",
            "sorta wonder how it would have gone."
        ]
    );
}

#[test]
fn repeated_question_marks_stay_with_their_sentence() {
    assert_eq!(
        sentences("They claim the high ground ? ? ? ? Talk about nerve."),
        ["They claim the high ground ? ? ? ?", "Talk about nerve."]
    );
    assert_eq!(
        sentences("Really ! ! What a day."),
        ["Really ! !", "What a day."]
    );
}
