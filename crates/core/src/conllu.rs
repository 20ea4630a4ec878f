//! CoNLL-U parsing from a string (the caller reads the file).
//!
//! Keeps what attache trains and evaluates on: words with their columns, multiword
//! token ranges, `SpaceAfter=No`, sentence comments (`# text`, `# sent_id`), and
//! document/paragraph starts (`# newdoc`, `# newpar`).

/// One syntactic word (a row whose id is a plain integer).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// 0 for the root, else 1-based index of the head word in the sentence.
    pub head: u32,
    pub deprel: String,
    pub misc: String,
}

/// A multiword token (`3-4 don't`) covering words `first..=last` (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MultiWord {
    pub first: u32,
    pub last: u32,
    pub form: String,
    pub misc: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConlluSentence {
    pub sent_id: Option<String>,
    pub text: Option<String>,
    /// `# newdoc` precedes this sentence.
    pub newdoc: bool,
    /// `# newpar` precedes this sentence.
    pub newpar: bool,
    /// All comment lines, without the leading `# `.
    pub comments: Vec<String>,
    pub words: Vec<Word>,
    pub multiwords: Vec<MultiWord>,
}

impl ConlluSentence {
    /// Surface tokens in order: multiword tokens replace the words they cover.
    /// Each item is `(form, space_after)`.
    pub fn surface_tokens(&self) -> Vec<(&str, bool)> {
        let mut out = Vec::with_capacity(self.words.len());
        let mut i = 0u32;
        while (i as usize) < self.words.len() {
            let id = i + 1;
            if let Some(mw) = self.multiwords.iter().find(|m| m.first == id) {
                out.push((mw.form.as_str(), space_after(&mw.misc)));
                i = mw.last;
            } else {
                let w = &self.words[i as usize];
                out.push((w.form.as_str(), space_after(&w.misc)));
                i += 1;
            }
        }
        out
    }
}

fn space_after(misc: &str) -> bool {
    !misc.split('|').any(|f| f == "SpaceAfter=No")
}

/// A line that could not be read, with its 1-based line number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConlluError {
    pub line: usize,
    pub message: String,
}

/// Parses a whole CoNLL-U file. Malformed rows are skipped and reported; parsing never
/// fails.
pub fn parse(input: &str) -> (Vec<ConlluSentence>, Vec<ConlluError>) {
    let mut sentences = Vec::new();
    let mut errors = Vec::new();
    let mut cur = ConlluSentence::default();
    let mut open = false;
    for (n, line) in input.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if open {
                sentences.push(std::mem::take(&mut cur));
                open = false;
            }
            continue;
        }
        open = true;
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim_start();
            if c.starts_with("newdoc") {
                cur.newdoc = true;
                cur.newpar = true;
            } else if c == "newpar" || c.starts_with("newpar ") || c.starts_with("newpar id") {
                cur.newpar = true;
            } else if let Some(t) = c.strip_prefix("text = ") {
                cur.text = Some(t.to_string());
            } else if let Some(t) = c.strip_prefix("sent_id = ") {
                cur.sent_id = Some(t.to_string());
            }
            cur.comments.push(c.to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            errors.push(ConlluError {
                line: n + 1,
                message: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
            continue;
        }
        let id = cols[0];
        if id.contains('.') {
            continue; // empty node of the enhanced graph
        }
        if let Some((a, b)) = id.split_once('-') {
            match (a.parse(), b.parse()) {
                (Ok(first), Ok(last)) => cur.multiwords.push(MultiWord {
                    first,
                    last,
                    form: cols[1].to_string(),
                    misc: cols[9].to_string(),
                }),
                _ => errors.push(ConlluError {
                    line: n + 1,
                    message: format!("bad range id {id:?}"),
                }),
            }
            continue;
        }
        let head = match cols[6] {
            "_" => 0,
            h => match h.parse() {
                Ok(h) => h,
                Err(_) => {
                    errors.push(ConlluError {
                        line: n + 1,
                        message: format!("bad head {h:?}"),
                    });
                    continue;
                }
            },
        };
        cur.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            misc: cols[9].to_string(),
        });
    }
    if open {
        sentences.push(cur);
    }
    (sentences, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiword_tokens_replace_their_words_on_the_surface() {
        let text = "# newdoc id = d\n# text = I don't.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n\
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n\
3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
        let (s, e) = parse(text);
        assert!(e.is_empty());
        assert_eq!(s.len(), 1);
        assert!(s[0].newdoc && s[0].newpar);
        assert_eq!(s[0].words.len(), 4);
        assert_eq!(
            s[0].surface_tokens(),
            vec![("I", true), ("don't", false), (".", true)]
        );
    }
}
