//! `attache eval entities`: person / organization / place mention P, R, F1 on GUM.

use crate::gum::GumDoc;
use crate::tagger::NameKind;
use crate::{ActorResolution, NameFinder};
use attache_core::eval::{Counts, Report};
use attache_core::{ActorKind, Block, BlockKind, Document, MentionForm, Sentence, Span, Token};

/// Genres reported apart: news and political speech.
const FOCUS: &[&str] = &["news", "speech"];

/// Something that finds typed names in a segmented document.
pub trait NameDetector {
    fn names(&self, doc: &Document) -> Vec<(Span, NameKind)>;

    /// Every mention (names, descriptions, pronouns) with its type, for detectors that
    /// resolve more than names.
    fn all_mentions(&self, _doc: &Document) -> Option<Vec<(Span, NameKind)>> {
        None
    }
}

/// The tagger alone, sentence by sentence.
impl NameDetector for NameFinder {
    fn names(&self, doc: &Document) -> Vec<(Span, NameKind)> {
        let mut out = Vec::new();
        for s in &doc.sentences {
            let toks = doc
                .tokens
                .get(s.tokens.start as usize..s.tokens.end as usize)
                .unwrap_or(&[]);
            let words: Vec<&str> = toks.iter().map(|t| doc.slice(t.span)).collect();
            for n in self.find(&words) {
                if let (Some(a), Some(b)) = (toks.get(n.start), toks.get(n.end.saturating_sub(1))) {
                    out.push((a.span.cover(b.span), n.kind));
                }
            }
        }
        out
    }
}

/// What the stage detects: KB names and the tagger's (see
/// [`ActorResolution::name_spans`]).
impl NameDetector for ActorResolution {
    fn names(&self, doc: &Document) -> Vec<(Span, NameKind)> {
        self.name_spans(doc)
    }

    /// The stage's mentions: persons and groups as GUM persons, organisations as
    /// organisations, countries and places as places; adjectives ("Russian") are not
    /// GUM mentions and are left out.
    fn all_mentions(&self, doc: &Document) -> Option<Vec<(Span, NameKind)>> {
        let mut d = doc.clone();
        attache_core::Stage::run(self, &mut d);
        Some(
            d.mentions
                .iter()
                .filter(|m| m.form != MentionForm::Adjective)
                .filter_map(|m| {
                    let kind = match d.actors.get(m.actor as usize)?.kind {
                        ActorKind::Person | ActorKind::Group => NameKind::Person,
                        ActorKind::Organization => NameKind::Organization,
                        ActorKind::Country | ActorKind::Place => NameKind::Place,
                    };
                    Some((m.span, kind))
                })
                .collect(),
        )
    }
}

/// Mention P/R/F1 of a name detector against GUM's gold entities, by type and overall, on
/// all documents and on the news and speech documents. `files` are `(file name, contents)`
/// of GUM `.conllu` files (`.xml` files carry no entity layer and are skipped with a note).
///
/// What counts: GUM *named* mentions (a proper noun in the minimal span) of persons,
/// organizations and places, outermost only (a named mention inside another named one,
/// "Chicago" in "the University of Chicago", is not counted). A prediction is right when
/// its word span and type equal a gold mention's.
pub fn eval_entities(files: &[(String, String)], finder: &dyn NameDetector) -> Report {
    let mut report = Report::new("entities");
    let mut all = [Counts::default(); 3];
    let mut focus = [Counts::default(); 3];
    let mut every = [Counts::default(); 3];
    let mut any_every = false;
    let mut docs = 0;
    let mut focus_docs = 0;
    let mut problems = 0;
    let mut skipped = 0;
    for (name, text) in files {
        if !name.ends_with(".conllu") {
            skipped += 1;
            continue;
        }
        let (doc, p) = GumDoc::parse(name, text);
        problems += p;
        let counts = score_doc(&doc, finder);
        docs += 1;
        let in_focus = FOCUS.contains(&doc.genre.as_str());
        if in_focus {
            if let Some(c) = score_all_mentions(&doc, finder) {
                any_every = true;
                for k in 0..3 {
                    every[k].add(c[k]);
                }
            }
        }
        focus_docs += in_focus as usize;
        for k in 0..3 {
            all[k].add(counts[k]);
            if in_focus {
                focus[k].add(counts[k]);
            }
        }
    }
    for (label, counts) in [("news+speech", &focus), ("all", &all)] {
        let mut total = Counts::default();
        for kind in NameKind::ALL {
            let c = counts[kind as usize];
            report.row(format!("{label} {}", kind.as_str()), c);
            total.add(c);
        }
        report.row(format!("{label} overall"), total);
    }
    if any_every {
        let mut total = Counts::default();
        for kind in NameKind::ALL {
            let c = every[kind as usize];
            report.row(format!("every-mention {}", kind.as_str()), c);
            total.add(c);
        }
        report.row("every-mention overall", total);
    }
    report.notes.push(format!(
        "{docs} documents ({focus_docs} news or speech); named person/organization/place \
         mentions, outermost, exact word span and type"
    ));
    if any_every {
        report.notes.push(
            "every-mention rows (news and speech documents): all GUM person/organization/place mentions (names, \
             descriptions, pronouns) against the stage's mentions; a mention matches when its \
             type agrees, it lies inside the gold mention and covers the gold head word"
                .to_string(),
        );
    }
    if skipped > 0 {
        report.notes.push(format!(
            "{skipped} files skipped (not .conllu: GUM's xml has no entity layer)"
        ));
    }
    if problems > 0 {
        report.notes.push(format!(
            "{problems} unreadable rows or entity brackets skipped"
        ));
    }
    report.figure("documents", docs as f64);
    report
}

/// Counts per kind (indexed by `NameKind as usize`) for one document. Spans are compared
/// as ranges of the document's words.
fn score_doc(gum: &GumDoc, finder: &dyn NameDetector) -> [Counts; 3] {
    let mut counts = [Counts::default(); 3];
    let doc = gum_document(gum);
    let mut base = Vec::with_capacity(gum.sentences.len());
    let mut n = 0;
    for s in &gum.sentences {
        base.push(n);
        n += s.len();
    }
    let gold: Vec<(usize, usize, NameKind)> = gum
        .flat_named()
        .iter()
        .filter_map(|g| {
            let b = *base.get(g.sentence)?;
            Some((b + g.core_start, b + g.core_end, g.kind))
        })
        .collect();
    let predicted: Vec<(usize, usize, NameKind)> = finder
        .names(&doc)
        .into_iter()
        .filter_map(|(span, kind)| {
            let a = doc.token_at(span.start)?;
            let b = doc.token_at(span.end.checked_sub(1)?)?;
            Some((a, b + 1, kind))
        })
        .collect();
    for p in &predicted {
        if gold.contains(p) {
            counts[p.2 as usize].tp += 1;
        } else {
            counts[p.2 as usize].fp += 1;
        }
    }
    for g in &gold {
        if !predicted.contains(g) {
            counts[g.2 as usize].fn_ += 1;
        }
    }
    counts
}

/// Counts for every gold mention (named or not) against a detector's mentions: loose
/// match (type agrees, prediction inside the gold span and over its head or name).
fn score_all_mentions(gum: &GumDoc, finder: &dyn NameDetector) -> Option<[Counts; 3]> {
    let doc = gum_document(gum);
    let predicted = finder.all_mentions(&doc)?;
    let mut base = Vec::with_capacity(gum.sentences.len());
    let mut n = 0;
    for s in &gum.sentences {
        base.push(n);
        n += s.len();
    }
    let gold: Vec<(usize, usize, usize, usize, NameKind)> = gum
        .mentions
        .iter()
        .filter_map(|g| {
            let b = *base.get(g.sentence)?;
            Some((
                b + g.start,
                b + g.end,
                b + g.core_start,
                b + g.core_end,
                g.kind,
            ))
        })
        .collect();
    let predicted: Vec<(usize, usize, NameKind)> = predicted
        .into_iter()
        .filter_map(|(span, kind)| {
            let a = doc.token_at(span.start)?;
            let b = doc.token_at(span.end.checked_sub(1)?)?;
            Some((a, b + 1, kind))
        })
        .collect();
    let mut counts = [Counts::default(); 3];
    let mut used = vec![false; gold.len()];
    for &(a, b, kind) in &predicted {
        let hit = gold.iter().enumerate().position(|(i, g)| {
            !used[i] && g.4 == kind && g.0 <= a && b <= g.1 && a < g.3 && g.2 < b
        });
        match hit {
            Some(i) => {
                used[i] = true;
                counts[kind as usize].tp += 1;
            }
            None => counts[kind as usize].fp += 1,
        }
    }
    for (i, g) in gold.iter().enumerate() {
        if !used[i] {
            counts[g.4 as usize].fn_ += 1;
        }
    }
    Some(counts)
}

/// A [`Document`] over the gold words of a GUM document: the text rebuilt with GUM's
/// spacing, one token per syntactic word, GUM's sentences and paragraphs.
pub fn gum_document(doc: &GumDoc) -> Document {
    let mut text = String::new();
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    for (si, words) in doc.sentences.iter().enumerate() {
        if words.is_empty() {
            continue;
        }
        let new_block = doc.new_paragraph.get(si).copied().unwrap_or(true) || blocks.is_empty();
        if new_block && !text.is_empty() {
            text.push('\n');
        } else if !text.is_empty() && !text.ends_with(' ') {
            text.push(' ');
        }
        let start = text.len();
        let first = tokens.len() as u32;
        for (wi, w) in words.iter().enumerate() {
            let a = text.len();
            text.push_str(w);
            tokens.push(Token::new(Span::new(a, text.len())));
            let space = doc
                .space_after
                .get(si)
                .and_then(|s| s.get(wi))
                .copied()
                .unwrap_or(true);
            if space && wi + 1 < words.len() {
                text.push(' ');
            }
        }
        let span = Span::new(start, text.len());
        if new_block {
            blocks.push(Block {
                span,
                kind: BlockKind::Paragraph,
            });
        } else if let Some(b) = blocks.last_mut() {
            b.span = b.span.cover(span);
        }
        sentences.push(Sentence {
            span,
            tokens: first..tokens.len() as u32,
            block: (blocks.len() - 1) as u32,
        });
    }
    let mut d = Document::new(doc.name.clone(), text);
    d.blocks = blocks;
    d.sentences = sentences;
    d.tokens = tokens;
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# newdoc id = d\n# meta::genre = news\n# text = Ana Lupu met NATO .\n\
1\tAna\tAna\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-sss-cf1-1,2-coref\n\
2\tLupu\tLupu\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)\n\
3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n\
4\tNATO\tNATO\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(2-organization-new-sss-cf2-1-coref)\n\
5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

    /// Finds "Ana Lupu" as a person and "met" as a place.
    struct Fixed;

    impl NameDetector for Fixed {
        fn names(&self, doc: &Document) -> Vec<(Span, NameKind)> {
            let t = &doc.tokens;
            vec![
                (t[0].span.cover(t[1].span), NameKind::Person),
                (t[2].span, NameKind::Place),
            ]
        }
    }

    #[test]
    fn eval_counts_exact_spans_by_type_and_genre() {
        let files = vec![("d.conllu".to_string(), DOC.to_string())];
        let report = eval_entities(&files, &Fixed);
        let row = |name: &str| {
            report
                .rows
                .iter()
                .find(|r| r.0 == name)
                .map(|r| r.1)
                .unwrap_or_default()
        };
        assert_eq!(
            row("news+speech person"),
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            row("news+speech organization"),
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(
            row("news+speech place"),
            Counts {
                tp: 0,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(
            row("all overall"),
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
    }
}
