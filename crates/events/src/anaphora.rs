//! Object phrases that refer back to actors named earlier: "rejected the proposal" (the
//! proposer), "urged both sides" (the two parties named before). The phrases live in
//! `data/anaphors.tsv`, linted on load:
//!
//! - `EV022`: a line is not `phrase<TAB>author|parties[<TAB>codes]`, or a code is not 2 to 4
//!   digits.
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

/// One listed phrase: what it refers to, and the kinds of act it names, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anaphor {
    /// Its length in words.
    pub words: usize,
    pub refers: Refers,
    /// CAMEO code prefixes of the act the phrase names ("the sanctions": `16`); empty when
    /// it names any act ("the proposal").
    pub acts: Vec<String>,
}

impl Anaphor {
    /// Does an act coded `code` fit the phrase?
    pub fn names(&self, code: &str) -> bool {
        self.acts.is_empty() || self.acts.iter().any(|p| code.starts_with(p.as_str()))
    }
}

/// The listed phrases, each as lower-case words.
#[derive(Clone, Debug, Default)]
pub struct Anaphors {
    entries: Vec<(Vec<String>, Anaphor)>,
    /// The phrases' first words, for a quick miss.
    firsts: Vec<String>,
}

impl Anaphors {
    /// Parses a phrase list (format at the top of `data/anaphors.tsv`).
    pub fn parse(text: &str, file: &str) -> Result<Anaphors, LoadError> {
        let mut entries: Vec<(Vec<String>, Anaphor)> = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |msg: &str| LoadError::new("EV022", file, i + 1, msg.to_string());
            let mut fields = line.split('\t');
            let (Some(phrase), Some(kind), acts, None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                return Err(bad("expected `phrase<TAB>author|parties[<TAB>codes]`"));
            };
            let acts: Vec<String> = acts
                .map(|a| a.split(',').map(|c| c.trim().to_string()).collect())
                .unwrap_or_default();
            if acts
                .iter()
                .any(|c| !(2..=4).contains(&c.len()) || !c.bytes().all(|b| b.is_ascii_digit()))
            {
                return Err(bad(
                    "act codes must be CAMEO code prefixes of 2 to 4 digits, comma-separated",
                ));
            }
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
            let anaphor = Anaphor {
                words: words.len(),
                refers,
                acts,
            };
            entries.push((words, anaphor));
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

    /// The longest listed phrase whose words are `word(k)`, `word(k + 1)`...
    pub fn at<'w>(&self, word: impl Fn(usize) -> Option<&'w str>, k: usize) -> Option<&Anaphor> {
        let first = word(k)?;
        if !self.firsts.iter().any(|f| f == first) {
            return None;
        }
        self.entries.iter().find_map(|(words, a)| {
            words
                .iter()
                .enumerate()
                .all(|(i, w)| word(k + i) == Some(w.as_str()))
                .then_some(a)
        })
    }
}

/// Longest phrases first, so that the first match is the longest.
fn entries_sorted(mut entries: Vec<(Vec<String>, Anaphor)>) -> Anaphors {
    entries.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    let mut firsts: Vec<String> = entries
        .iter()
        .filter_map(|(w, _)| w.first().cloned())
        .collect();
    firsts.sort();
    firsts.dedup();
    Anaphors { entries, firsts }
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
        let e = Anaphors::parse("the deal\tparties\t05,x\n", "x.tsv").unwrap_err();
        assert_eq!((e.code, e.line), ("EV022", 1));
        let e = Anaphors::parse("the deal\tparties\t05\textra\n", "x.tsv").unwrap_err();
        assert_eq!(e.code, "EV022");
    }

    #[test]
    fn phrase_with_act_codes_names_only_those_acts() {
        let a = Anaphors::parse("the sanctions\tauthor\t16,1312\n", "x.tsv").unwrap();
        let words = ["praised", "the", "sanctions"];
        let found = a.at(|i| words.get(i).copied(), 1).unwrap();
        assert!(found.names("163") && found.names("1312"));
        assert!(!found.names("112") && !found.names("131"));
        let any = Anaphors::parse("the plan\tauthor\n", "x.tsv").unwrap();
        let words = ["the", "plan"];
        assert!(any.at(|i| words.get(i).copied(), 0).unwrap().names("112"));
    }

    #[test]
    fn longest_listed_phrase_wins() {
        let a = Anaphors::parse("the two sides\tparties\ntwo sides\tauthor\n", "x.tsv").unwrap();
        let words = ["urged", "the", "two", "sides", "."];
        let w = |i: usize| words.get(i).copied();
        let got = |k: usize| a.at(w, k).map(|x| (x.words, x.refers));
        assert_eq!(got(1), Some((3, Refers::Parties)));
        assert_eq!(got(2), Some((2, Refers::Author)));
        assert_eq!(got(0), None);
    }
}
