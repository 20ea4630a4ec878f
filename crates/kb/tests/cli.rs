//! Printable results for `attache kb lint` and `attache kb lookup`.

use attache_kb::{cli, Kb};

#[test]
fn lint_report_of_the_embedded_kb_is_clean_and_counts_records() {
    let (text, errors) = cli::lint_report(None);
    assert_eq!(errors, 0, "{text}");
    assert!(text.starts_with("embedded KB: ok ("), "{text}");
    assert!(text.contains("countries"), "{text}");
}

#[test]
fn lint_report_of_a_bad_dir_lists_line_numbered_errors() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lint_bad");
    let (text, errors) = cli::lint_report(Some(&dir));
    assert!(errors > 0);
    assert!(
        text.contains("[KB012] roles.tsv:8: role ends before it starts"),
        "{text}"
    );
}

#[test]
fn lookup_report_marks_the_office_held_at_the_date() {
    let kb = Kb::embedded().expect("embedded KB loads");
    let date = cli::parse_date_arg("2022-01-21");
    let text = cli::lookup_report(&kb, "Lavrov", date);
    assert!(
        text.contains("person:sergei-lavrov  Sergei Lavrov  [RUSGOV]"),
        "{text}"
    );
    assert!(text.contains("* RUS GOV foreign_minister"), "{text}");
    let text = cli::lookup_report(&kb, "Russia", date);
    assert!(
        text.contains("foreign_minister on 2022-01-21: Sergei Lavrov"),
        "{text}"
    );
    let text = cli::lookup_report(&kb, "Nobody Atall", None);
    assert!(text.starts_with("no entry named"), "{text}");
}

#[test]
fn date_arguments_accept_partial_dates() {
    assert_eq!(
        cli::parse_date_arg("2025-06"),
        attache_core::Date::new(2025, 6, 1)
    );
    assert_eq!(cli::parse_date_arg("yesterday"), None);
}
