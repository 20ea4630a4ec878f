//! The tense of the clause around a time expression, from the tagger's tags when present
//! and from surface cues otherwise.

use attache_core::{Document, Xpos};

use crate::lexicon::{Lexicon, Tense};

/// Tense of the clause around tokens `first..=last` (the expression's own tokens are not
/// cues): the nearest cue in the sentence wins, the one before on a tie. `None` when the
/// sentence has no cue (or only present-tense ones).
pub(crate) fn clause_tense(doc: &Document, lex: &Lexicon, first: usize, last: usize) -> Option<Tense> {
    let at = doc.tokens.get(first)?.span.start;
    let s = doc.sentence_at(at)?;
    let range = doc.sentences[s].tokens.clone();
    let (lo, hi) = (range.start as usize, range.end as usize);
    if first > lo && doc.word(first - 1).eq_ignore_ascii_case("since") {
        return Some(Tense::Past);
    }
    let tagged = doc.sentence_tokens(s).iter().any(|t| t.xpos != Xpos::NONE);
    for d in 1..(hi - lo).max(1) {
        let before = first.checked_sub(d).filter(|&k| k >= lo);
        let after = Some(last + d).filter(|&k| k < hi);
        if before.is_none() && after.is_none() {
            break;
        }
        for k in [before, after].into_iter().flatten() {
            if doc.word(k) == ";" {
                continue;
            }
            if let Some(t) = cue(doc, lex, k, tagged) {
                return Some(t);
            }
        }
    }
    None
}

/// The tense token `k` signals, if any.
fn cue(doc: &Document, lex: &Lexicon, k: usize, tagged: bool) -> Option<Tense> {
    let word = doc.word(k);
    let going_to = word.eq_ignore_ascii_case("going") && doc.word(k + 1).eq_ignore_ascii_case("to");
    if going_to {
        return Some(Tense::Future);
    }
    if tagged {
        let xpos = doc.tokens[k].xpos;
        return match xpos.as_str() {
            "MD" => lex.get(word).and_then(|w| w.tense).filter(|t| *t == Tense::Future),
            "VBD" | "VBN" => Some(Tense::Past),
            _ => None,
        };
    }
    if !word.chars().next().is_some_and(|c| c.is_lowercase() || c == '\'') {
        return None;
    }
    if let Some(t) = lex.get(word).and_then(|w| w.tense) {
        return Some(t);
    }
    // contractions: "we'll", "didn't", "wasn't"
    if word.ends_with("'ll") || word.ends_with("\u{2019}ll") {
        return Some(Tense::Future);
    }
    if let Some(base) = word.strip_suffix("n't").or_else(|| word.strip_suffix("n\u{2019}t")) {
        return lex.get(base).and_then(|w| w.tense);
    }
    let regular_past = word.len() >= 5
        && word.is_ascii()
        && word.ends_with("ed")
        && !word.ends_with("eed")
        && word.bytes().all(|b| b.is_ascii_lowercase());
    regular_past.then_some(Tense::Past)
}
