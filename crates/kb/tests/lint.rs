//! The linter catches each kind of error, with file and line (fixture: tests/fixtures/lint_bad).

use attache_kb::{lint_dir, ErrorCode, Kb};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn found(code: ErrorCode, file: &str, line: usize) -> impl Fn(&attache_kb::KbError) -> bool + '_ {
    move |e| e.code == code && e.file == file && e.line == line
}

#[test]
fn lint_reports_every_error_kind_with_its_line() {
    let errors = lint_dir(&fixture("lint_bad"));
    let expected = [
        (ErrorCode::DuplicateId, "people.tsv", 4),
        (ErrorCode::FieldCount, "people.tsv", 5),
        (ErrorCode::Empty, "people.tsv", 6),
        (ErrorCode::BadValue, "people.tsv", 7),
        (ErrorCode::DuplicateName, "people.tsv", 8),
        (ErrorCode::BadValue, "people.tsv", 9),
        (ErrorCode::UnknownCountry, "roles.tsv", 2),
        (ErrorCode::BadDate, "roles.tsv", 3),
        (ErrorCode::UnknownOffice, "roles.tsv", 4),
        (ErrorCode::UnknownPerson, "roles.tsv", 5),
        (ErrorCode::UnknownIgo, "roles.tsv", 6),
        (ErrorCode::BadCode, "roles.tsv", 7),
        (ErrorCode::EndBeforeStart, "roles.tsv", 8),
        (ErrorCode::BadIso, "countries.tsv", 3),
        (ErrorCode::BadValue, "countries.tsv", 4),
        (ErrorCode::Header, "titles.tsv", 1),
    ];
    let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    for (code, file, line) in expected {
        assert!(
            errors.iter().any(found(code, file, line)),
            "missing {} at {file}:{line}; got:\n{}",
            code.as_str(),
            shown.join("\n")
        );
    }
    assert_eq!(errors.len(), expected.len(), "{}", shown.join("\n"));
    assert!(
        !errors.iter().any(|e| e.file == "roles.tsv" && e.line == 9),
        "the good role line is clean"
    );
}

#[test]
fn lint_messages_read_like_the_catalogue() {
    let errors = lint_dir(&fixture("lint_bad"));
    let e = errors
        .iter()
        .find(|e| e.code == ErrorCode::EndBeforeStart)
        .expect("KB012 reported");
    assert_eq!(
        e.to_string(),
        "[KB012] roles.tsv:8: role ends before it starts (2024-05-06..2021-12-08)"
    );
}

#[test]
fn load_dir_refuses_a_kb_with_errors() {
    let err = Kb::load_dir(&fixture("lint_bad")).expect_err("bad data is refused");
    assert!(err.to_string().starts_with("[KB"), "{err}");
}

#[test]
fn a_missing_directory_is_an_error_not_an_empty_kb() {
    let errors = lint_dir(&fixture("no_such_dir"));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].code, ErrorCode::Read);
}

#[test]
fn groups_file_errors_carry_their_line() {
    let errors = lint_dir(&fixture("groups_bad"));
    let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    for (code, line) in [
        (ErrorCode::BadCode, 3),
        (ErrorCode::UnknownCountry, 4),
        (ErrorCode::Empty, 5),
    ] {
        assert!(
            errors.iter().any(found(code, "groups.tsv", line)),
            "{code:?} at groups.tsv:{line} missing from {shown:#?}"
        );
    }
    assert!(!errors.iter().any(|e| e.file == "groups.tsv" && e.line == 2));
}
