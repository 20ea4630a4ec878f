//! Diacritic folding for name lookups ("Nuevo León" is also found as "Nuevo Leon"), from
//! `data/fold.tsv` (linted on load).

use std::collections::HashMap;
use std::sync::OnceLock;

static FOLD: &str = include_str!("../data/fold.tsv");

/// Accented letter -> plain letter.
pub struct Fold {
    map: HashMap<char, char>,
}

impl Fold {
    /// The compiled-in table (`None` if it does not lint: then names are not folded).
    pub fn embedded() -> Option<&'static Fold> {
        static TABLE: OnceLock<Option<Fold>> = OnceLock::new();
        TABLE.get_or_init(|| Fold::parse(FOLD).ok()).as_ref()
    }

    /// Parses `accented<TAB>plain` lines ('#' comments): a line-numbered error for a line
    /// without one plain letter or a letter listed twice.
    pub fn parse(text: &str) -> Result<Fold, String> {
        let mut map = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            let line_no = n + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t');
            let (Some(accented), Some(plain), None) = (fields.next(), fields.next(), fields.next())
            else {
                return Err(format!("fold.tsv:{line_no}: want accented<TAB>plain"));
            };
            let mut plain_chars = plain.chars();
            let (Some(p), None) = (plain_chars.next(), plain_chars.next()) else {
                return Err(format!("fold.tsv:{line_no}: `{plain}` is not one letter"));
            };
            if accented.is_empty() {
                return Err(format!("fold.tsv:{line_no}: no accented letters"));
            }
            for c in accented.chars() {
                if c.is_ascii() || map.insert(c, p).is_some() {
                    return Err(format!(
                        "fold.tsv:{line_no}: `{c}` is plain or listed twice"
                    ));
                }
            }
        }
        Ok(Fold { map })
    }

    /// `text` with its listed letters replaced; `None` when nothing changes.
    pub fn fold(&self, text: &str) -> Option<String> {
        if text.is_ascii() || !text.chars().any(|c| self.map.contains_key(&c)) {
            return None;
        }
        Some(
            text.chars()
                .map(|c| self.map.get(&c).copied().unwrap_or(c))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_table_lints() {
        let fold = Fold::parse(FOLD).expect("data/fold.tsv must lint");
        assert_eq!(fold.fold("Nuevo León").as_deref(), Some("Nuevo Leon"));
        assert_eq!(fold.fold("São Tomé").as_deref(), Some("Sao Tome"));
        assert_eq!(fold.fold("Geneva"), None);
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let err = Fold::parse("# c\né\te\nó\too\n").err().unwrap_or_default();
        assert!(err.starts_with("fold.tsv:3:"), "{err}");
        let err = Fold::parse("é\te\né\te\n").err().unwrap_or_default();
        assert!(err.starts_with("fold.tsv:2:"), "{err}");
    }
}
