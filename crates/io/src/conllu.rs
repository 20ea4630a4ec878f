//! The CoNLL-U writer: the linguistic core's analysis of every sentence (form, lemma, UPOS,
//! XPOS, head, relation), so an analyst can see which parse a record was read from, and the
//! parse can be fed to other CoNLL-U tools.
//!
//! One block per article: `# newdoc id`, then per sentence `# sent_id` (`s0`, `s1`, ... as
//! the readout's `[sN]`) and `# text`, and one row per token. `HEAD` counts from 1 within
//! the sentence (0 for the root); `MISC` holds `SpaceAfter=No` where no space follows and the
//! token's character offsets in the article text (`Span=start:end`, the contract's
//! offsets). Untrusted text is escaped: no tab, newline or control character can break a
//! row, and bidirectional overrides cannot reorder a terminal line.

use crate::readout::{escape_terminal, escape_tsv};
use attache_core::span::CharIndex;
use attache_core::{Document, NO_HEAD};
use std::fmt::Write as _;

/// The article as CoNLL-U.
pub fn conllu(doc: &Document) -> String {
    let ci = CharIndex::new(&doc.text);
    let mut out = String::new();
    let _ = writeln!(out, "# newdoc id = {}", field(&doc.id));
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let first = sentence.tokens.start as usize;
        let tokens = doc.sentence_tokens(si);
        if tokens.is_empty() {
            continue;
        }
        let _ = writeln!(out, "# sent_id = s{si}");
        let text = doc.slice(sentence.span).replace(['\n', '\r', '\t'], " ");
        let _ = writeln!(out, "# text = {}", escape_terminal(&escape_tsv(&text)));
        for (i, t) in tokens.iter().enumerate() {
            let head = if t.head == NO_HEAD {
                0
            } else {
                (t.head as usize + 1).saturating_sub(first)
            };
            let lemma = doc.lemma(first + i);
            let mut misc = String::new();
            let next_start = tokens.get(i + 1).map(|n| n.span.start);
            if next_start == Some(t.span.end) {
                misc.push_str("SpaceAfter=No|");
            }
            let _ = write!(
                misc,
                "Span={}:{}",
                ci.char_offset(t.span.start),
                ci.char_offset(t.span.end)
            );
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t{}",
                i + 1,
                field(doc.slice(t.span)),
                field(lemma),
                label(t.upos.as_str()),
                label(t.xpos.as_str()),
                head,
                label(t.deprel.as_str()),
                misc
            );
        }
        out.push('\n');
    }
    out
}

/// A text field: `_` when empty; escaped so that it stays one field of one row.
fn field(s: &str) -> String {
    if s.is_empty() {
        "_".to_string()
    } else {
        escape_terminal(&escape_tsv(s)).replace(' ', "\u{a0}")
    }
}

fn label(s: &str) -> &str {
    if s.is_empty() {
        "_"
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use attache_core::{Deprel, Token, Upos};

    /// Each sentence parsed by hand as "first word ... <- last word" (the syntax stage
    /// lives in another crate): every token's head is its sentence's last token.
    fn parsed(text: &str) -> Document {
        let mut doc = Document::from_plain(text);
        let ranges: Vec<_> = doc.sentences.iter().map(|s| s.tokens.clone()).collect();
        for r in ranges {
            let last = r.end - 1;
            for i in r {
                let t = &mut doc.tokens[i as usize];
                let root = i == last;
                *t = Token {
                    upos: Upos::from_label(if root { "VERB" } else { "PROPN" }),
                    deprel: Deprel::from_label(if root { "root" } else { "nsubj" }),
                    head: if root { NO_HEAD } else { last },
                    ..*t
                };
            }
        }
        doc
    }

    #[test]
    fn conllu_heads_count_from_one_within_the_sentence() {
        let doc = parsed("Lavrov spoke. Blinken listened");
        let out = conllu(&doc);
        let rows: Vec<&str> = out.lines().filter(|l| l.starts_with('1')).collect();
        assert_eq!(rows.len(), 2, "{out}");
        // In each sentence the first word's head is the last word of that sentence, not an
        // index into the whole article.
        assert!(rows[0].starts_with("1\tLavrov\t"), "{out}");
        let cols: Vec<&str> = rows[0].split('\t').collect();
        assert_eq!(cols[6], "3", "{out}");
        let cols: Vec<&str> = rows[1].split('\t').collect();
        assert_eq!(cols[1], "Blinken");
        assert_eq!(cols[6], "2", "{out}");
        assert!(
            out.contains("# sent_id = s1\n# text = Blinken listened\n"),
            "{out}"
        );
    }

    #[test]
    fn conllu_marks_no_space_and_character_offsets() {
        let doc = parsed("Élan spoke.");
        let out = conllu(&doc);
        // "Élan" is 5 bytes but 4 characters: offsets are the contract's character offsets.
        assert!(out.contains("1\tÉlan\t"), "{out}");
        assert!(out.contains("Span=0:4"), "{out}");
        assert!(out.contains("SpaceAfter=No|Span=5:10"), "{out}");
        assert!(out.contains("Span=10:11"), "{out}");
    }

    #[test]
    fn conllu_escapes_hostile_text_so_rows_stay_whole() {
        let doc = parsed("Bad\u{1b}[31m \u{202e}word");
        let out = conllu(&doc);
        for line in out.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            assert_eq!(line.split('\t').count(), 10, "{line:?}");
            assert!(
                !line.contains('\u{1b}') && !line.contains('\u{202e}'),
                "{line:?}"
            );
        }
        assert!(!out.contains('\u{1b}'), "{out:?}");
    }
}
