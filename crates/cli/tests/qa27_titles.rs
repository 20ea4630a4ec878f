//! Session 27, titles: a state office "of" a town the gazetteer places, with no dateline,
//! is that town's country's (the gazetteer is the command's, so the test runs it).
//! Sentences are invented.

use crate::common::attache_stdin;

#[test]
fn a_governor_of_a_town_abroad_is_that_countrys_government() {
    for text in [
        "The Governor of Lagos criticized the police on Monday. Officials said so.\n",
        "The Governor of Lagos criticized Kenya on Monday.\n",
    ] {
        let (out, code) = attache_stdin(
            &["code", "-", "--date", "2019-03-04", "--format", "tsv"],
            text.as_bytes(),
        );
        assert_eq!(code, 0, "{out}");
        assert!(
            out.lines()
                .skip(1)
                .any(|l| l.split('\t').nth(5) == Some("NGAGOV") && l.contains("\t111\t")),
            "{text}: {out}"
        );
    }
}
