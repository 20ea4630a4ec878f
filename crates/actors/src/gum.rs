//! Reading GUM's entity layer (CorefUD `Entity=` brackets in the CoNLL-U MISC column).
//!
//! A mention is *named* when its syntactic head (the first word whose dependency head lies
//! outside the mention) is a proper noun (`PROPN`). "Sergei Lavrov", "the United States"
//! and "NATO" are named; "the president", "his counterpart", "teams from Sudan and Iran"
//! and "he" are not. The *name* of a named mention is the run of proper or capitalized
//! words around the head (joined by "-", and for organisations and places also by "of",
//! "the", "for", "&", "on", "de", "'s"): "United States" in "the United States".

use crate::tagger::NameKind;
use attache_core::conllu;

/// One mention of GUM's entity layer, restricted to person, organization and place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldMention {
    /// Index of the sentence in [`GumDoc::sentences`].
    pub sentence: usize,
    /// Word range `start..end` inside the sentence.
    pub start: usize,
    pub end: usize,
    pub kind: NameKind,
    pub named: bool,
    /// The name inside a named mention: the run of name words around the mention's head
    /// ("United States" in "the United States"; "Ana Ruiz" in "Senior chemist Ana Ruiz, of
    /// the University of Lima's school of medicine"). For other mentions, the head.
    pub core_start: usize,
    pub core_end: usize,
}

/// A GUM document: its words per sentence (syntactic words, the level entities are
/// annotated on), spacing, paragraph starts, genre and person/organization/place mentions.
#[derive(Clone, Debug, Default)]
pub struct GumDoc {
    pub name: String,
    /// `# meta::genre` (`news`, `speech`...), empty when absent.
    pub genre: String,
    pub sentences: Vec<Vec<String>>,
    /// Per sentence, per word: whether a space follows it.
    pub space_after: Vec<Vec<bool>>,
    /// Per sentence: whether a paragraph starts there.
    pub new_paragraph: Vec<bool>,
    pub mentions: Vec<GoldMention>,
}

impl GumDoc {
    /// Parses one GUM `.conllu` file (one document). Malformed rows and brackets are
    /// skipped; the count of problems is returned beside the document.
    pub fn parse(name: &str, conllu_text: &str) -> (GumDoc, usize) {
        let (sentences, errors) = conllu::parse(conllu_text);
        let mut doc = GumDoc {
            name: name.to_string(),
            ..GumDoc::default()
        };
        let mut problems = errors.len();
        for s in &sentences {
            for c in &s.comments {
                if let Some(g) = c.strip_prefix("meta::genre = ") {
                    doc.genre = g.trim().to_string();
                }
            }
            let si = doc.sentences.len();
            doc.sentences
                .push(s.words.iter().map(|w| w.form.clone()).collect());
            doc.space_after.push(word_spacing(s));
            doc.new_paragraph.push(s.newpar || si == 0);
            problems += read_mentions(s, si, &mut doc.mentions);
        }
        (doc, problems)
    }

    /// Named mentions of the three types whose name (core) is not inside another named
    /// mention's name: the flat layer a BIO tagger can produce.
    pub fn flat_named(&self) -> Vec<GoldMention> {
        let named: Vec<&GoldMention> = self.mentions.iter().filter(|m| m.named).collect();
        let mut out: Vec<GoldMention> = Vec::new();
        for m in &named {
            let inside = named.iter().any(|o| {
                o.sentence == m.sentence
                    && o.core_start <= m.core_start
                    && m.core_end <= o.core_end
                    && (o.core_end - o.core_start) > (m.core_end - m.core_start)
            });
            let clash = out.iter().any(|o| {
                o.sentence == m.sentence && o.core_start < m.core_end && m.core_start < o.core_end
            });
            if !inside && !clash {
                out.push((*m).clone());
            }
        }
        out.sort_by_key(|m| (m.sentence, m.core_start));
        out
    }
}

/// Whether each syntactic word is followed by a space (inside a multiword token: no).
fn word_spacing(s: &conllu::ConlluSentence) -> Vec<bool> {
    let n = s.words.len();
    let mut out: Vec<bool> = s
        .words
        .iter()
        .map(|w| !w.misc.split('|').any(|f| f == "SpaceAfter=No"))
        .collect();
    for mw in &s.multiwords {
        let (a, b) = (mw.first as usize, mw.last as usize);
        if a == 0 || b > n || a > b {
            continue;
        }
        for slot in out.iter_mut().take(b - 1).skip(a - 1) {
            *slot = false;
        }
        out[b - 1] = !mw.misc.split('|').any(|f| f == "SpaceAfter=No");
    }
    out
}

/// Reads the `Entity=` brackets of one sentence; returns the number of problems.
fn read_mentions(s: &conllu::ConlluSentence, si: usize, out: &mut Vec<GoldMention>) -> usize {
    // Open mentions: (entity number, kind or None for other types, start word, minspan).
    let mut open: Vec<(String, Option<NameKind>, usize, String)> = Vec::new();
    let mut problems = 0;
    for (wi, w) in s.words.iter().enumerate() {
        let Some(ent) = w.misc.split('|').find_map(|f| f.strip_prefix("Entity=")) else {
            continue;
        };
        let b = ent.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'(' {
                let end = ent[i + 1..]
                    .find(['(', ')'])
                    .map_or(ent.len(), |k| i + 1 + k);
                let body = &ent[i + 1..end];
                let fields: Vec<&str> = body.split('-').collect();
                let number = fields.first().copied().unwrap_or("").to_string();
                let kind = fields.get(1).and_then(|t| kind_of(t));
                let minspan = fields.get(5).copied().unwrap_or("").to_string();
                if end < ent.len() && b[end] == b')' {
                    push_mention(s, si, wi, wi + 1, kind, &minspan, out);
                    i = end + 1;
                } else {
                    open.push((number, kind, wi, minspan));
                    i = end;
                }
            } else if b[i].is_ascii_digit() {
                let end = ent[i..].find(')').map_or(ent.len(), |k| i + k);
                let number = &ent[i..end];
                match open.iter().rposition(|o| o.0 == number) {
                    Some(k) => {
                        let (_, kind, start, minspan) = open.remove(k);
                        push_mention(s, si, start, wi + 1, kind, &minspan, out);
                    }
                    None => problems += 1,
                }
                i = end + 1;
            } else {
                i += 1;
            }
        }
    }
    problems + open.len()
}

fn push_mention(
    s: &conllu::ConlluSentence,
    sentence: usize,
    start: usize,
    end: usize,
    kind: Option<NameKind>,
    _minspan: &str,
    out: &mut Vec<GoldMention>,
) {
    let Some(kind) = kind else { return };
    let words = &s.words;
    let end = end.min(words.len());
    if start >= end {
        return;
    }
    // The syntactic head: the first word whose head lies outside the mention.
    let head = (start..end)
        .find(|&i| {
            let h = words[i].head as usize;
            h == 0 || h - 1 < start || h > end
        })
        .unwrap_or(start);
    let named = words[head].upos == "PROPN";
    let (mut core_start, mut core_end) = (head, head + 1);
    if named {
        let part = |i: usize| is_name_word(&words[i]);
        let joins = |i: usize| joins_name(kind, &words[i].form);
        while core_start > start && part(core_start - 1) {
            core_start -= 1;
        }
        loop {
            if core_end < end && part(core_end) {
                core_end += 1;
                continue;
            }
            // connectors ("of the", "-", "&") only when a name word follows
            let mut k = core_end;
            while k < end && joins(k) {
                k += 1;
            }
            if k > core_end && k < end && part(k) {
                core_end = k + 1;
                continue;
            }
            break;
        }
    }
    out.push(GoldMention {
        sentence,
        start,
        end,
        kind,
        named,
        core_start,
        core_end,
    });
}

/// A word that can be part of a name: a proper noun or a capitalized non-determiner.
fn is_name_word(w: &conllu::Word) -> bool {
    w.upos == "PROPN"
        || (w.upos != "DET"
            && w.upos != "PRON"
            && w.upos != "PUNCT"
            && w.form.chars().next().is_some_and(char::is_uppercase))
}

/// Words that may join two parts of one name: "-" and "." in any name; "of", "the",
/// "for", "&", "and", "on", "de" inside organisation and place names.
fn joins_name(kind: NameKind, form: &str) -> bool {
    matches!(form, "-" | "." | "'")
        || (kind != NameKind::Person
            && matches!(form, "of" | "the" | "for" | "&" | "on" | "de" | "'s"))
}

fn kind_of(etype: &str) -> Option<NameKind> {
    match etype {
        "person" => Some(NameKind::Person),
        "organization" => Some(NameKind::Organization),
        "place" => Some(NameKind::Place),
        _ => None,
    }
}

/// GUM genres whose texts may be used to train a model shipped with attache. Excluded:
/// the non-commercial genres of GUM's LICENSE.txt (fiction, whow, essay, letter, podcast,
/// reddit) and those whose licence the file does not state and we could not confirm
/// (conversation: Santa Barbara Corpus; vlog: YouTube).
pub const TRAINABLE_GENRES: &[&str] = &[
    "academic",
    "bio",
    "court",
    "interview",
    "news",
    "speech",
    "textbook",
    "voyage",
];

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d\n# meta::genre = news\n# text = Sergei Lavrov met him .\n\
1\tSergei\tSergei\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-sss-cf1-1,2-coref-Sergei_Lavrov\n\
2\tLavrov\tLavrov\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)\n\
3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n\
4\thim\the\tPRON\tPRP\t_\t3\tobj\t_\tEntity=(2-person-new-sss-cf2-1-coref)\n\
5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

    #[test]
    fn named_mentions_are_those_with_a_proper_noun_in_the_minimal_span() {
        let (doc, problems) = GumDoc::parse("d", SAMPLE);
        assert_eq!(problems, 0);
        assert_eq!(doc.genre, "news");
        assert_eq!(doc.mentions.len(), 2);
        assert_eq!((doc.mentions[0].start, doc.mentions[0].end), (0, 2));
        assert!(doc.mentions[0].named);
        assert!(!doc.mentions[1].named);
        assert_eq!(doc.flat_named().len(), 1);
    }
}
