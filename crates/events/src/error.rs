//! Load errors of the embedded and user data files: stable code, file, line, what to do.

use std::fmt;

/// A data file that does not lint: `[EV012] patterns.txt:41: unknown option `tgt=foo``.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// Stable code (`EV001`...), catalogued at the top of `lexicon.rs` and `ontology.rs`.
    pub code: &'static str,
    pub file: String,
    /// 1-based line, 0 when the error is about the whole file.
    pub line: usize,
    pub message: String,
}

impl LoadError {
    pub fn new(
        code: &'static str,
        file: &str,
        line: usize,
        message: impl Into<String>,
    ) -> LoadError {
        LoadError {
            code,
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "[{}] {}:{}: {}",
            self.code, self.file, self.line, self.message
        )
    }
}

impl std::error::Error for LoadError {}
