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
