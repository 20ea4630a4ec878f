//! Acts stated on a condition by their own side, read as threats: "New Delhi would suspend
//! the talks if Pakistan failed to act" (said by an Indian minister) is CAMEO 134, threaten to
//! halt negotiations, not 164. The table (`data/conditional_threats.tsv`) maps a code prefix
//! of the act to the threat's code, linted on load:
//!
//! - `EV024`: a line is not `prefix<TAB>code` of digits.
//! - `EV025`: a code is not in the ontology, or a prefix is listed twice.

use std::sync::OnceLock;

use crate::error::LoadError;
use crate::ontology::Ontology;

const TABLE: &str = include_str!("../data/conditional_threats.tsv");

/// Act code prefix -> threat code, longest prefix first.
#[derive(Clone, Debug, Default)]
pub struct ConditionalThreats {
    entries: Vec<(String, String)>,
}

impl ConditionalThreats {
    /// Parses a table (format at the top of `data/conditional_threats.tsv`); every threat
    /// code must be in `ontology`.
    pub fn parse(text: &str, file: &str, ontology: &Ontology) -> Result<Self, LoadError> {
        let mut entries: Vec<(String, String)> = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let digits =
                |w: &str| (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
            let Some((prefix, code)) = line
                .split_once('\t')
                .filter(|(p, c)| digits(p) && digits(c))
            else {
                return Err(LoadError::new(
                    "EV024",
                    file,
                    i + 1,
                    "expected `<act code prefix><TAB><threat code>`, 2 to 4 digits each",
                ));
            };
            if !ontology.contains(code) || !code.starts_with("13") {
                return Err(LoadError::new(
                    "EV025",
                    file,
                    i + 1,
                    format!("`{code}` is not a threat code (13x) of the ontology"),
                ));
            }
            if entries.iter().any(|(p, _)| p == prefix) {
                return Err(LoadError::new(
                    "EV025",
                    file,
                    i + 1,
                    format!("`{prefix}` is listed twice"),
                ));
            }
            entries.push((prefix.to_string(), code.to_string()));
        }
        entries.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        Ok(ConditionalThreats { entries })
    }

    /// The embedded table, parsed once (checked against the embedded ontology).
    pub fn embedded() -> Result<&'static ConditionalThreats, LoadError> {
        static TABLE_ONCE: OnceLock<Result<ConditionalThreats, LoadError>> = OnceLock::new();
        TABLE_ONCE
            .get_or_init(|| {
                let ontology = Ontology::load()?;
                ConditionalThreats::parse(TABLE, "conditional_threats.tsv", &ontology)
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The threat an act coded `code` amounts to when stated on a condition, if any.
    pub fn threat_for(&self, code: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(p, _)| code.starts_with(p.as_str()))
            .map(|(_, c)| c.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_conditional_threat_table_lints_clean() {
        assert!(ConditionalThreats::embedded().is_ok());
    }

    #[test]
    fn longest_prefix_gives_the_threat_code() {
        let t = ConditionalThreats::embedded().unwrap();
        assert_eq!(t.threat_for("164"), Some("134"));
        assert_eq!(t.threat_for("1621"), Some("1311"));
        assert_eq!(t.threat_for("167"), Some("131"));
        assert_eq!(t.threat_for("190"), Some("1384"));
        assert_eq!(t.threat_for("191"), Some("1381"));
        assert_eq!(t.threat_for("183"), Some("1383"));
        assert_eq!(t.threat_for("120"), None);
        assert_eq!(t.threat_for("040"), None);
    }

    #[test]
    fn conditional_threat_table_errors_name_code_and_line() {
        let o = Ontology::load().unwrap();
        let e = ConditionalThreats::parse("# c\n164 134\n", "x.tsv", &o).unwrap_err();
        assert_eq!((e.code, e.line), ("EV024", 2));
        let e = ConditionalThreats::parse("164\t040\n", "x.tsv", &o).unwrap_err();
        assert_eq!((e.code, e.line), ("EV025", 1));
        let e = ConditionalThreats::parse("164\t134\n164\t131\n", "x.tsv", &o).unwrap_err();
        assert_eq!((e.code, e.line), ("EV025", 2));
    }
}
