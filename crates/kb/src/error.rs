//! Lint and load errors with stable codes.

use std::fmt;

/// Stable error codes. The catalogue with what to do is in the crate docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// KB001: a data file cannot be read.
    Read,
    /// KB002: a line has the wrong number of TAB-separated fields.
    FieldCount,
    /// KB003: the header line does not name the expected columns.
    Header,
    /// KB004: a required field is empty.
    Empty,
    /// KB005: an id is defined twice.
    DuplicateId,
    /// KB006: a country code that `countries.tsv` does not define.
    UnknownCountry,
    /// KB007: a date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    BadDate,
    /// KB008: an office name that is not one of [`crate::Office`].
    UnknownOffice,
    /// KB009: a role for a person id that `people.tsv` does not define.
    UnknownPerson,
    /// KB010: an IGO id that `igos.tsv` does not define.
    UnknownIgo,
    /// KB011: a CAMEO code that is not upper-case letter triples.
    BadCode,
    /// KB012: a role ends before it starts.
    EndBeforeStart,
    /// KB013: a malformed ISO 3166 code.
    BadIso,
    /// KB014: a field value outside its allowed set (booleans, gender, kind...).
    BadValue,
    /// KB015: the same name is given twice for one entry.
    DuplicateName,
    /// KB020: an importer could not read its input.
    ImportRead,
    /// KB021: an importer skipped a malformed record.
    ImportSkip,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Read => "KB001",
            ErrorCode::FieldCount => "KB002",
            ErrorCode::Header => "KB003",
            ErrorCode::Empty => "KB004",
            ErrorCode::DuplicateId => "KB005",
            ErrorCode::UnknownCountry => "KB006",
            ErrorCode::BadDate => "KB007",
            ErrorCode::UnknownOffice => "KB008",
            ErrorCode::UnknownPerson => "KB009",
            ErrorCode::UnknownIgo => "KB010",
            ErrorCode::BadCode => "KB011",
            ErrorCode::EndBeforeStart => "KB012",
            ErrorCode::BadIso => "KB013",
            ErrorCode::BadValue => "KB014",
            ErrorCode::DuplicateName => "KB015",
            ErrorCode::ImportRead => "KB020",
            ErrorCode::ImportSkip => "KB021",
        }
    }
}

/// One problem found in a data file: `[KB012] roles.tsv:41: role ends before it starts
/// (2024-05-06..2021-12-08)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KbError {
    pub code: ErrorCode,
    /// File name (without directory), or the input an importer read.
    pub file: String,
    /// 1-based line number; 0 when the error concerns the whole file.
    pub line: usize,
    pub message: String,
}

impl KbError {
    pub fn new(code: ErrorCode, file: &str, line: usize, message: impl Into<String>) -> KbError {
        KbError {
            code,
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for KbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(
                f,
                "[{}] {}: {}",
                self.code.as_str(),
                self.file,
                self.message
            )
        } else {
            write!(
                f,
                "[{}] {}:{}: {}",
                self.code.as_str(),
                self.file,
                self.line,
                self.message
            )
        }
    }
}

impl std::error::Error for KbError {}
