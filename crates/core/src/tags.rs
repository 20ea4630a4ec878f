//! Closed tag inventories, stored in tokens as one byte each.
//!
//! Id 0 is always "not annotated" (`""`). Unknown labels map to a fallback (see each
//! `from_label`) so that reading a treebank never fails.

macro_rules! tag_set {
    ($(#[$doc:meta])* $name:ident, $table:ident, [$($label:literal),* $(,)?], $fallback:expr) => {
        pub static $table: &[&str] = &["", $($label),*];

        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u8);

        impl $name {
            pub const NONE: $name = $name(0);

            /// The label (`""` when not annotated).
            #[inline]
            pub fn as_str(self) -> &'static str {
                $table.get(self.0 as usize).copied().unwrap_or("")
            }

            /// Exact label, or `None`.
            pub fn exact(label: &str) -> Option<$name> {
                $table.iter().position(|&l| l == label).map(|i| $name(i as u8))
            }

            /// Label with fallback for unknown ones.
            pub fn from_label(label: &str) -> $name {
                #[allow(clippy::redundant_closure_call)]
                $name::exact(label).unwrap_or_else(|| ($fallback)(label))
            }

            #[inline]
            pub fn is(self, label: &str) -> bool {
                self.as_str() == label
            }

            pub fn count() -> usize {
                $table.len()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

tag_set!(
    /// Universal POS tag.
    Upos, UPOS_LABELS,
    ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
     "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"],
    |_| Upos(17)
);

tag_set!(
    /// Penn Treebank tag (as used in EWT and GUM's XPOS column).
    Xpos, XPOS_LABELS,
    ["CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP",
     "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB",
     "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "$", "``", "''", ",", ".",
     ":", "-LRB-", "-RRB-", "HYPH", "NFP", "ADD", "AFX", "GW", "XX", "#"],
    |_| Xpos(50)
);

tag_set!(
    /// Universal Dependencies relation, with the English subtypes of EWT and GUM.
    Deprel, DEPREL_LABELS,
    ["root", "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod", "appos", "aux",
     "aux:pass", "case", "cc", "cc:preconj", "ccomp", "compound", "compound:prt", "conj", "cop",
     "csubj", "csubj:pass", "csubj:outer", "dep", "det", "det:predet", "det:poss", "discourse",
     "dislocated", "expl", "fixed", "flat", "flat:foreign", "goeswith", "iobj", "list", "mark",
     "nmod", "nmod:poss", "nmod:tmod", "nmod:npmod", "nmod:unmarked", "nmod:desc", "nsubj",
     "nsubj:pass", "nsubj:outer", "nummod", "obj", "obl", "obl:tmod", "obl:npmod",
     "obl:unmarked", "obl:agent", "orphan", "parataxis", "punct", "reparandum", "vocative",
     "xcomp"],
    |label: &str| label
        .split_once(':')
        .and_then(|(base, _)| Deprel::exact(base))
        .unwrap_or(Deprel(22))
);

impl Deprel {
    /// The relation without its subtype (`nsubj:pass` -> `nsubj`).
    #[inline]
    pub fn base(self) -> &'static str {
        let s = self.as_str();
        s.split_once(':').map_or(s, |(b, _)| b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip_and_unknowns_fall_back() {
        for (i, l) in UPOS_LABELS.iter().enumerate() {
            assert_eq!(Upos::from_label(l), Upos(i as u8));
        }
        assert_eq!(Upos::from_label("FOO").as_str(), "X");
        assert_eq!(Xpos::from_label("NNP").as_str(), "NNP");
        assert_eq!(Xpos::from_label("???").as_str(), "XX");
        assert_eq!(Deprel::from_label("nsubj:pass").as_str(), "nsubj:pass");
        assert_eq!(Deprel::from_label("obl:foo").as_str(), "obl");
        assert_eq!(Deprel::from_label("weird").as_str(), "dep");
        assert_eq!(Deprel::from_label("nsubj:pass").base(), "nsubj");
    }
}
