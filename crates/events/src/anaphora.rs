//! Object phrases that refer back to actors named earlier: "rejected the proposal" (the
//! proposer), "urged both sides" (the two parties named before). The phrases live in
//! `data/anaphors.tsv`, linted on load:
//!
//! - `EV022`: a line is not `phrase<TAB>author|parties`.
//! - `EV023`: a phrase is listed twice.

use std::sync::OnceLock;

use crate::error::LoadError;

const ANAPHORS: &str = include_str!("../data/anaphors.tsv");

/// What a listed phrase refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refers {
    /// Whoever made the nearest earlier act ("the proposal", "the decision").
    Author,
    /// The two parties of the nearest earlier act between two actors ("both sides").
    Parties,
}

/// The listed phrases, each as lower-case words.
#[derive(Clone, Debug, Default)]
pub struct Anaphors {
    entries: Vec<(Vec<String>, Refers)>,
}

impl Anaphors {
    /// Parses a phrase list (format at the top of `data/anaphors.tsv`).
    pub fn parse(text: &str, file: &str) -> Result<Anaphors, LoadError> {
        let mut entries: Vec<(Vec<String>, Refers)> = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |msg: &str| LoadError::new("EV022", file, i + 1, msg.to_string());
            let (phrase, kind) = line
                .split_once('\t')
                .ok_or_else(|| bad("expected `phrase<TAB>author|parties`"))?;
            let refers = match kind.trim() {
                "author" => Refers::Author,
                "parties" => Refers::Parties,
                other => return Err(bad(&format!("unknown reference `{other}`"))),
            };
            let words: Vec<String> = phrase.split(' ').map(str::to_string).collect();
            if words
                .iter()
                .any(|w| w.is_empty() || w.chars().any(|c| c.is_uppercase()))
            {
                return Err(bad(
                    "the phrase must be lower-case words separated by one blank",
                ));
            }
            if entries.iter().any(|(w, _)| *w == words) {
                return Err(LoadError::new(
                    "EV023",
                    file,
                    i + 1,
                    format!("`{phrase}` is listed twice"),
                ));
            }
            entries.push((words, refers));
        }
        Ok(entries_sorted(entries))
    }

    /// The embedded list, parsed once.
    pub fn embedded() -> Result<&'static Anaphors, LoadError> {
        static LIST: OnceLock<Result<Anaphors, LoadError>> = OnceLock::new();
        LIST.get_or_init(|| Anaphors::parse(ANAPHORS, "anaphors.tsv"))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The longest listed phrase whose words are `word(k)`, `word(k + 1)`...: its length in
    /// words and what it refers to.
    pub fn at<'w>(
        &self,
        word: impl Fn(usize) -> Option<&'w str>,
        k: usize,
    ) -> Option<(usize, Refers)> {
        self.entries.iter().find_map(|(words, refers)| {
            words
                .iter()
                .enumerate()
                .all(|(i, w)| word(k + i) == Some(w.as_str()))
                .then_some((words.len(), *refers))
        })
    }
}

/// Longest phrases first, so that the first match is the longest.
fn entries_sorted(mut entries: Vec<(Vec<String>, Refers)>) -> Anaphors {
    entries.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    Anaphors { entries }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_anaphor_list_lints_clean() {
        assert!(Anaphors::embedded().is_ok());
    }

    #[test]
    fn anaphor_list_errors_name_code_and_line() {
        let e = Anaphors::parse("# c\nthe plan\tauthor\nthe deal author\n", "x.tsv").unwrap_err();
        assert_eq!((e.code, e.line), ("EV022", 3));
        let e = Anaphors::parse("the plan\tauthor\nthe plan\tparties\n", "x.tsv").unwrap_err();
        assert_eq!((e.code, e.line), ("EV023", 2));
        let e = Anaphors::parse("the plan\twho\n", "x.tsv").unwrap_err();
        assert_eq!(e.code, "EV022");
    }

    #[test]
    fn longest_listed_phrase_wins() {
        let a = Anaphors::parse("the two sides\tparties\ntwo sides\tauthor\n", "x.tsv").unwrap();
        let words = ["urged", "the", "two", "sides", "."];
        let w = |i: usize| words.get(i).copied();
        assert_eq!(a.at(w, 1), Some((3, Refers::Parties)));
        assert_eq!(a.at(w, 2), Some((2, Refers::Author)));
        assert_eq!(a.at(w, 0), None);
    }
}
