//! Sentence boundaries inside one paragraph.
//!
//! A boundary can follow a terminator (`.`, `!`, `?`, an ellipsis, an abbreviation that may
//! end a sentence, an emoticon, a separator line) together with the closing quotes and
//! brackets attached to it, or a blank line. Whether it does depends on what comes next:
//! a lowercase word continues the sentence; after an abbreviation or initial only a typical
//! sentence starter (`The`, `He`, `But`...) begins a new one, so names continue
//! (`George W. Bush`, `the U.S. Congress`). A sentence never consists of punctuation
//! alone, so `"[...] I have` stays whole. Without a terminator, rules end a letter closing
//! (`Thanks | Marta`), a message greeting (`Dear Ms. Okafor, | Thank you`), a link
//! before a sentence starter and a forwarded message's header (`Nora Pell@NORTHWIND |
//! 04/17/2003 03:41 PM |`, only with an address or where a header line starts, never in
//! prose), a line of names before a clause opener in informal documents (`Ivo Brandt
//! Harbour Office | Please find`) and a double hyphen before a signature line in
//! informal documents, or before a signature word or a line of names alone in any
//! (`late. -- | Sent from`, `-- | Ada Pell`); the boundary [`super::model`] scores other gaps.

use std::ops::Range;

use super::lexicon::{lexicon, AbbrevClass};
use super::model::{boundary_model, features, is_candidate, BoundaryModel, Features, THRESHOLD};
use super::tokenize::{Kind, Tokens};
use crate::date::{month_from_name, weekday_from_name};
use crate::document::{BlockKind, Document};
use crate::span::Span;

/// Appends the sentences of one block's tokens to `out`, as token index ranges that
/// cover all tokens in order, reading the block as edited prose.
pub fn split_block(text: &str, toks: &Tokens, out: &mut Vec<Range<usize>>) {
    split_block_in(text, toks, Register::EDITED, out);
}

/// [`split_block`] for a block of a document of `register` ([`Register::of_paragraphs`]).
pub fn split_block_in(text: &str, toks: &Tokens, register: Register, out: &mut Vec<Range<usize>>) {
    split_with(
        text,
        toks,
        register,
        out,
        boundary_model().map(|m| (m, THRESHOLD)),
        None,
    );
}

/// [`split_block_in`] with a given boundary model and threshold (for choosing them).
pub fn split_block_with(
    text: &str,
    toks: &Tokens,
    register: Register,
    out: &mut Vec<Range<usize>>,
    model: &BoundaryModel,
    threshold: f32,
) {
    split_with(text, toks, register, out, Some((model, threshold)), None);
}

/// Calls `observe(i, features)` at every gap after token `i` that the boundary model
/// would score, while splitting by the rules alone into `out` (for training the model).
pub fn observe_candidates(
    text: &str,
    toks: &Tokens,
    register: Register,
    out: &mut Vec<Range<usize>>,
    observe: &mut dyn FnMut(usize, &Features),
) {
    split_with(text, toks, register, out, None, Some(observe));
}

/// Callback of [`observe_candidates`].
type Observer<'a> = dyn FnMut(usize, &Features) + 'a;

/// How a document writes: edited prose, where nearly every sentence ends with a
/// terminator, or informal text (mail, forums), where lines often end without one. Read
/// once per document from its paragraphs' last characters; in informal
/// documents a few more rules end sentences without a terminator (a salutation before
/// its message: "Marta: | We can sign"), which in news would split speaker labels
/// from what they introduce ("ROSS: Do you expect").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Register {
    informal: bool,
}

impl Register {
    /// Edited prose: the splitter's reading of a block on its own.
    pub const EDITED: Register = Register { informal: false };
    /// Informal text.
    pub const INFORMAL: Register = Register { informal: true };

    /// The register of a document whose paragraph blocks are `paragraphs` of `text`:
    /// informal when, after the first paragraph (which may be a headline), at least two
    /// paragraphs and a fifth of them end without a terminator or a closing mark. (A
    /// lowercase `i` standing as a word changed nothing in EWT train and cost 3% of
    /// segmentation time to look for.)
    pub fn of_paragraphs(text: &str, paragraphs: impl IntoIterator<Item = Span>) -> Register {
        let (mut later, mut open) = (0usize, 0usize);
        for p in paragraphs.into_iter().skip(1) {
            later += 1;
            // The usual paragraph ends with a visible ASCII character: read from its last
            // byte, without decoding or trimming.
            let last = (p.end as usize)
                .checked_sub(1)
                .and_then(|e| text.as_bytes().get(e));
            let ends_open = match last {
                Some(&c)
                    if c.is_ascii_graphic()
                        && p.start < p.end
                        && text.is_char_boundary(p.start as usize) =>
                {
                    !closes_line(c as char)
                }
                _ => {
                    let body = text.get(p.start as usize..p.end as usize).unwrap_or("");
                    body.trim_end()
                        .chars()
                        .next_back()
                        .is_some_and(|c| !closes_line(c))
                }
            };
            open += ends_open as usize;
        }
        Register {
            informal: open >= 2 && open * 5 >= later,
        }
    }

    /// The register of `doc`, read from its paragraph blocks (headings left out), as
    /// `SentenceSplit` reads it: segmenting a paragraph depends on the others, so
    /// [`split_block`] on one block alone may differ from `SentenceSplit` on the document.
    pub fn of_document(doc: &Document) -> Register {
        let paragraphs = doc.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph);
        Register::of_paragraphs(&doc.text, paragraphs.map(|b| b.span))
    }

    /// Whether the document reads as informal text.
    pub fn is_informal(self) -> bool {
        self.informal
    }
}

/// Whether a paragraph's last character ends a sentence or an utterance: a terminator,
/// a closing quote or bracket, or a colon before what it introduces.
fn closes_line(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '\u{2026}'
            | '"'
            | '\''
            | '\u{201d}'
            | '\u{2019}'
            | '\u{bb}'
            | ')'
            | ']'
            | ':'
    )
}

fn split_with(
    text: &str,
    toks: &Tokens,
    register: Register,
    out: &mut Vec<Range<usize>>,
    model: Option<(&BoundaryModel, f32)>,
    mut observe: Option<&mut Observer<'_>>,
) {
    let scoring = model.is_some() || observe.is_some();
    let n = toks.len();
    let kinds = &toks.kinds;
    let spans = &toks.spans;
    let derived: Vec<u8>;
    let fl: &[u8] = if toks.flags.len() == n {
        &toks.flags
    } else {
        derived = kinds
            .iter()
            .enumerate()
            .map(|(i, &k)| {
                let wide = spans
                    .get(i + 1)
                    .is_some_and(|next| next.start > spans[i].end + 1);
                flags(k) | (wide as u8 * WIDE)
            })
            .collect();
        &derived
    };
    let mut start = 0;
    let mut words = 0usize;
    let mut i = 0;
    // Flags of token i, carried over from the previous step's look-ahead.
    let mut f = fl.first().copied().unwrap_or(0);
    while i < n {
        // Most tokens are words followed by a word one space on: nothing to decide. Runs
        // of them are skipped eight flag bytes at a time, counting their words.
        if let (Some(a), Some(b)) = (lanes(fl, i), lanes(fl, i + 1)) {
            let stop = (a & ((TERMINATOR | WIDE) as u64 * LANES))
                | (b & (RARE_START as u64 * LANES))
                | (b & (START as u64 * LANES) & !((a & (LOWER as u64 * LANES)) << 1));
            let skip = (stop.trailing_zeros() / 8) as usize;
            let skipped = if skip == 8 {
                u64::MAX
            } else {
                (1u64 << (8 * skip)) - 1
            };
            // Each lane holds 0 or 1 (WORD is bit 0, asserted at its definition): the
            // multiplication sums the lanes into the top byte, cheaper than a population
            // count on targets without the instruction.
            let word_lanes = a & skipped & (WORD as u64 * LANES);
            words += (word_lanes.wrapping_mul(LANES) >> 56) as usize;
            i += skip;
            f = fl[i];
            if skip == 8 {
                continue;
            }
        }
        let k = kinds[i];
        words += (f & WORD) as usize;
        let next = fl.get(i + 1).copied().unwrap_or(0);
        let gap_wide = f & WIDE != 0;
        let wanted = if f & LOWER != 0 { RARE_START } else { START };
        if f & TERMINATOR == 0 && !gap_wide && next & wanted == 0 {
            i += 1;
            f = next;
            continue;
        }
        if gap_wide && words > 0 && blank_line_between(text, spans[i].end, spans[i + 1].start) {
            cut(out, &mut start, &mut words, i + 1);
            i += 1;
            f = next;
            continue;
        }
        if f & TERMINATOR == 0 && i + 1 < n && kinds[i + 1] == Kind::Number {
            if let Some(header) = mail_header(text, toks, start, i) {
                // A forwarded message's header ("Nora Pell@NORTHWIND 04/17/2003 03:41 PM"):
                // in UD English EWT the sender and the stamp are sentences of their own.
                // (Marks alone before the sender, or a label such as "Sent by:", stay with
                // it.)
                let sender = header.sender;
                let label = sender > start && kinds[sender - 1] == Kind::Colon;
                if !label && kinds[start..sender].iter().any(|k| k.is_word()) {
                    cut(out, &mut start, &mut words, sender);
                }
                cut(out, &mut start, &mut words, i + 1);
                if header.ends {
                    cut(out, &mut start, &mut words, header.last + 1);
                } else {
                    words = (start..=header.last)
                        .filter(|&t| kinds[t].is_word())
                        .count();
                }
                i = header.last + 1;
                f = fl.get(i).copied().unwrap_or(0);
                continue;
            }
        }
        if f & TERMINATOR == 0 || (k == Kind::Ellipsis && after_bracket(text, toks, i)) {
            if words == 0
                && signoff_dash(text, toks, register, start, i)
                && out.last().is_some_and(|r| r.end == start)
            {
                // A double hyphen between a sentence and a signature line stands alone
                // ("... the ferry was late. -- | Sent from my desk", "-- | Ada Pell"), as
                // UD English EWT annotates it (3 sentences in EWT train, none against).
                cut(out, &mut start, &mut words, i + 1);
                i += 1;
                f = next;
                continue;
            }
            if words > 0
                && next & START != 0
                && i + 1 < n
                && ends_unpunctuated(text, toks, register, start, i, words)
            {
                cut(out, &mut start, &mut words, i + 1);
                i += 1;
                f = next;
                continue;
            }
            if words > 0 && scoring && next & wanted != 0 && is_candidate(text, toks, i, words) {
                let feats = features(text, toks, start, i, words);
                if let Some(f) = observe.as_mut() {
                    f(i, &feats);
                }
                if model.is_some_and(|(m, t)| m.score(&feats) > t) {
                    cut(out, &mut start, &mut words, i + 1);
                }
            }
            i += 1;
            f = next;
            continue;
        }
        // Closing quotes and brackets attached to the terminator stay with it, and so do
        // emoticons and citation marks (`. [17]`).
        let mut j = i + 1;
        loop {
            if j < n
                && (kinds[j] == Kind::Closer
                    || kinds[j] == Kind::Emoticon
                    || (kinds[j] == Kind::Quote && spans[j].start == spans[j - 1].end))
            {
                j += 1;
            } else if j + 2 < n
                && kinds[j] == Kind::Opener
                && spans[j].slice(text) == "["
                && kinds[j + 1] == Kind::Number
                && spans[j + 2].slice(text) == "]"
            {
                j += 3;
            } else {
                break;
            }
        }
        if j < n && words > 0 && !list_number(text, toks, i, words) && ends_here(text, toks, i, j) {
            cut(out, &mut start, &mut words, j);
        } else if j < n
            && words == 0
            && out.last().is_some_and(|r| r.end == start)
            && ends_here(text, toks, i, j)
        {
            // Stray marks between two sentences (`Graae. *** Bush`, `questions. ? Best`)
            // stand alone, as UD English annotates them, rather than open the next one.
            cut(out, &mut start, &mut words, j);
        }
        i = j;
        f = fl.get(j).copied().unwrap_or(0);
    }
    if start < n {
        out.push(start..n);
    }
}

/// Ends the open sentence before token `end` and opens the next one there.
#[inline]
fn cut(out: &mut Vec<Range<usize>>, start: &mut usize, words: &mut usize, end: usize) {
    out.push(*start..end);
    *start = end;
    *words = 0;
}

/// Whether the sentence opened at `start` ends after token `last` without a terminator,
/// by rule: a letter closing before a signature (`Thanks | Marta`), a message greeting,
/// or a link before a typical sentence starter or a capitalised word and a lowercase one
/// ("see http://example.org | The", "| Tickets are"): in EWT train 35 of 37 and 40 of 42
/// such gaps end a sentence. The caller has checked that a word follows.
fn ends_unpunctuated(
    text: &str,
    toks: &Tokens,
    register: Register,
    start: usize,
    last: usize,
    words: usize,
) -> bool {
    let kinds = &toks.kinds;
    let next = last + 1;
    if register.is_informal() && words <= 3 && salutation_ends(text, toks, start, last) {
        return true;
    }
    if register.is_informal()
        && kinds[last] == Kind::Colon
        && last > start
        && lexicon().is_lead_in(toks.spans[last - 1].slice(text))
        && matches!(kinds[next], Kind::Upper | Kind::Number | Kind::Quote)
    {
        // "The steps are as follows: | Each member will call" (data/segment/lead_ins.txt).
        return true;
    }
    if (register.is_informal() && bullet_repeats(text, toks, start, next))
        || (kinds[last] == Kind::Colon && list_item_follows(text, toks, next))
    {
        return true;
    }
    if register.is_informal() && clause_follows(text, toks, last) {
        return true;
    }
    if words <= 3
        && matches!(kinds[next], Kind::Upper | Kind::Number)
        && signature_follows(kinds, next)
        && is_closing(text, toks, start, last)
    {
        return true;
    }
    words <= 6
        && (greeting_ends(text, toks, start, last)
            || (kinds[last] == Kind::Url
                && kinds[next] == Kind::Upper
                && (kinds.get(next + 1) == Some(&Kind::Lower)
                    || lexicon().is_starter(toks.spans[next].slice(text)))))
}

/// Whether tokens `start..=last` are a salutation before its message: up to three
/// capitalised names or titles, not a sentence starter nor a line label (`Subject`,
/// `Note`, data/segment/line_labels.txt), then a colon or a hyphen, and next a typical
/// sentence starter opening a clause ("Marta: | We can sign", "Professor Lind: | I
/// would", "Ines - | I agree"). Only in informal documents: news writes speaker labels
/// so ("ROSS: Do you expect", "Q: Did you"), and a name in capitals or a single
/// capital is such a label in any document: a sentence-case subhead can make a news
/// article read as informal. (After a comma, "Ines, | The new
/// schedule" is as often one sentence in EWT train as two, and "Anyway, I" is one.)
#[cold]
fn salutation_ends(text: &str, toks: &Tokens, start: usize, last: usize) -> bool {
    let kinds = &toks.kinds;
    let spans = &toks.spans;
    let mark = spans[last].slice(text);
    if last == start || !matches!(mark, ":" | "-") {
        return false;
    }
    let names = &kinds[start..last];
    let names_ok = names.iter().zip(&spans[start..last]).all(|(&k, s)| {
        matches!(k, Kind::Initial | Kind::Abbrev(AbbrevClass::Title))
            || (k == Kind::Upper && has_lowercase(s.slice(text)))
    }) && !lexicon().is_starter(spans[start].slice(text))
        && !lexicon().is_line_label(spans[start].slice(text));
    let next = last + 1;
    names_ok
        && kinds.get(next) == Some(&Kind::Upper)
        && lexicon().is_starter(spans[next].slice(text))
        && kinds.get(next + 1).is_some_and(|k| k.is_word())
}

/// Whether `word` has a lowercase letter: written in title case, not in capitals.
fn has_lowercase(word: &str) -> bool {
    word.chars().any(char::is_lowercase)
}

/// Whether a clause opens after the capitalised word `last` with no terminator between
/// them: the next token is a clause opener (data/segment/clause_openers.txt) and the one
/// after it a lowercase word set apart by a space ("Regards, Ivo | Can you call",
/// "Ivo Brandt Harbour Office | Please find my notes"). No line break is checked (a
/// paragraph is one line): the shape stands for a name or signature line run into the
/// next sentence, so openers that also go on a title-case phrase ("No", "As", "Since",
/// "Each", "Every", "Just", "Its", "His", "Her": "the Better Together No campaign") are
/// not in the list. Informal documents only: edited prose writes such gaps in title-case
/// headlines and quoted titles. `How to` is a title ("How to Play a Game").
#[cold]
fn clause_follows(text: &str, toks: &Tokens, last: usize) -> bool {
    let kinds = &toks.kinds;
    let next = last + 1;
    if kinds[last] != Kind::Upper
        || kinds.get(next) != Some(&Kind::Upper)
        || kinds.get(next + 1) != Some(&Kind::Lower)
    {
        return false;
    }
    // The lowercase word stands apart: "Is Not Pleased" is a title-case line.
    let spans = &toks.spans;
    let word = spans[next].slice(text);
    spans[next + 1].start > spans[next].end
        && lexicon().is_clause_opener(word)
        && !(word == "How" && spans[next + 1].slice(text) == "to")
}

/// Whether token `next` is the bullet that opened the sentence at `start`, opening the
/// next item of a list written on one line ("- Green tea - Small salad", "* Sets fees for
/// 2019 * Keeps the old office"): a hyphen, an asterisk or a bullet standing alone
/// before a capitalised word. In UD English EWT each item is a sentence (in EWT train
/// this gains 4 boundaries for 2 false ones). Only in informal documents: wire copy
/// writes dashes as hyphens, also on a line opened by a bullet ("- Prices fell 3% - the
/// worst day in a year"), and a capital after such a dash ("- The port reopened -
/// Officials gave no reason") is too rare a list in news to split on. Asterisks and
/// bullets are symbols, which the splitting loop passes over after a lowercase word, so
/// only hyphens are seen there. (Dashes of other widths set off phrases in news: "— Dana
/// Voss of the Ledger — said".)
fn bullet_repeats(text: &str, toks: &Tokens, start: usize, next: usize) -> bool {
    let spans = &toks.spans;
    let mark = spans[start].slice(text);
    matches!(mark, "-" | "*" | "\u{2022}")
        && spans[next].slice(text) == mark
        && spans
            .get(next + 1)
            .is_some_and(|s| s.start > spans[next].end)
        && toks.kinds.get(next + 1) == Some(&Kind::Upper)
}

/// Whether a numbered list item starts at token `t` ("1. On page 4"): a number of one
/// or two digits, a period attached to it, then a capitalised word. After a colon it
/// opens a sentence ("my notes on the draft: | 1. On page 4"), where the item's number stays
/// with its text (`list_number`): in EWT train 4 boundaries gained and 4 false ones
/// gone. This holds in every register: news keeps a run-in list in one sentence, but
/// without this rule the item's number ends one ("three causes: 1. | Higher demand"),
/// and keeping it for informal documents alone costs 3 boundaries and adds 3 false
/// ones in EWT train. (News runs items numbered with a bracket on inside the sentence: "for two
/// reasons: 1) She lives there and 2) Voss quit".)
fn list_item_follows(text: &str, toks: &Tokens, t: usize) -> bool {
    let spans = &toks.spans;
    let number = spans[t].slice(text);
    let (Some(mark), Some(word)) = (spans.get(t + 1), spans.get(t + 2)) else {
        return false;
    };
    // Lists count from 1: "Voss: 1, Okafor: 0. But" is a score.
    (1..=2).contains(&number.len())
        && number.bytes().all(|c| c.is_ascii_digit())
        && !number.starts_with('0')
        && mark.start == spans[t].end
        && mark.slice(text) == "."
        && word.start > mark.end
        && toks.kinds[t + 2] == Kind::Upper
}

/// Eight flag bytes from token `i` on, as one little-endian word.
#[inline]
fn lanes(fl: &[u8], i: usize) -> Option<u64> {
    let bytes: [u8; 8] = fl.get(i..i + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(bytes))
}

/// One in every byte lane of a `u64`.
const LANES: u64 = 0x0101_0101_0101_0101;

/// Token flags for the splitting loop, read from one table lookup per token.
const WORD: u8 = 1;
// Words are counted by adding `flags & WORD` as a number, one token at a time and eight
// lanes at a time (the multiply-sum in `split_block`): both need the WORD bit to be bit 0.
const _: () = assert!(
    WORD == 1,
    "WORD must be bit 0: the splitter adds it as a count"
);
const TERMINATOR: u8 = 2;
const LOWER: u8 = 4;
/// Could start a sentence after a gap the model scores (see `model::is_candidate`).
const START: u8 = 8;
/// Could start a sentence even after a lowercase word.
const RARE_START: u8 = 16;
/// More than one byte of space before the next token (set by the tokenizer).
pub(super) const WIDE: u8 = 32;

#[inline]
pub(super) const fn flags(k: Kind) -> u8 {
    // One match with constant arms, which compiles to a table lookup.
    match k {
        Kind::Lower => WORD | LOWER,
        Kind::Upper | Kind::Number | Kind::Uncased => WORD | START,
        Kind::Abbrev(_) | Kind::Acronym | Kind::Initial => WORD | TERMINATOR | START,
        Kind::Url => WORD | START | RARE_START,
        Kind::Period | Kind::Bang | Kind::Ellipsis => TERMINATOR,
        Kind::Emoticon | Kind::Separator => TERMINATOR | START | RARE_START,
        Kind::Opener | Kind::Quote | Kind::Symbol => START,
        // A dash may open the next item of a list written on one line, even after a
        // lowercase word ("- Small salad - Rye Toast", `bullet_repeats`): 2 of its
        // boundaries in EWT train. The stops it adds cost 0.5% of the instructions of
        // segmenting PolNeAR train (callgrind), less than checking per sentence whether
        // it opened with a dash (+0.6%).
        Kind::Dash => START | RARE_START,
        Kind::Closer | Kind::Comma | Kind::Colon => 0,
    }
}

/// After a letter closing, a signature: the next words (up to three) are names, not a
/// clause ("Best wishes, Xi told Putin" goes on; "Best regards, Lena Varga" ends),
/// nor an exclamation ("Thanks Pia!!!"), nor one name closed by a period, which UD
/// English EWT keeps with the closing ("Thanks, Kim.": 6 false boundaries in EWT
/// train).
fn signature_follows(kinds: &[Kind], from: usize) -> bool {
    kinds.get(from + 1) != Some(&Kind::Period)
        && kinds[from..]
            .iter()
            .take(3)
            .all(|&k| k != Kind::Lower && k != Kind::Bang)
}

/// Whether tokens `start..=last` are a letter closing alone (`Regards`, `Best regards,`).
fn is_closing(text: &str, toks: &Tokens, start: usize, last: usize) -> bool {
    let mut end = last + 1;
    if toks.kinds[last] == Kind::Comma {
        end = last;
    }
    let ends_right = end > start
        && toks.spans[end - 1]
            .slice(text)
            .as_bytes()
            .last()
            .is_some_and(|&c| lexicon().may_end_closing(c));
    if !ends_right {
        return false;
    }
    let mut buf = [0u8; 32];
    let mut len = 0;
    for (n, (&span, &kind)) in toks.spans[start..end]
        .iter()
        .zip(&toks.kinds[start..end])
        .enumerate()
    {
        let word = span.slice(text).as_bytes();
        if !matches!(kind, Kind::Upper | Kind::Lower) || len + word.len() + 1 > buf.len() {
            return false;
        }
        if n > 0 {
            buf[len] = b' ';
            len += 1;
        }
        buf[len..len + word.len()].copy_from_slice(word);
        buf[len..len + word.len()].make_ascii_lowercase();
        len += word.len();
    }
    len > 0 && std::str::from_utf8(&buf[..len]).is_ok_and(|phrase| lexicon().is_closing(phrase))
}

/// Whether tokens `start..=last` are a greeting opening a message and the sentence ends
/// after them: a greeting phrase (`Hi`, `Good morning`), up to three capitalised names or
/// titles, then either a comma before a capitalised word ("Dear Ms. Okafor, | Thank
/// you") or a typical sentence starter next, not followed by another capitalised word
/// ("Hi John | I spoke"). "Dear Leader Kim" and "Hello Kitty Is Back" stay whole.
fn greeting_ends(text: &str, toks: &Tokens, start: usize, last: usize) -> bool {
    let kinds = &toks.kinds;
    let spans = &toks.spans;
    let first = spans[start].slice(text).as_bytes();
    if kinds[start] != Kind::Upper || !matches!(first.first(), Some(b'H' | b'D' | b'G')) {
        return false;
    }
    let comma = kinds[last] == Kind::Comma;
    let end = if comma { last } else { last + 1 };
    let next = last + 1;
    if !matches!(kinds.get(next), Some(Kind::Upper | Kind::Abbrev(_))) {
        return false;
    }
    // The longest greeting phrase (one or two words) that opens the sentence.
    let mut buf = [0u8; 24];
    let mut len = 0;
    let mut phrase_end = start;
    for t in start..end.min(start + 2) {
        let word = spans[t].slice(text).as_bytes();
        if !matches!(kinds[t], Kind::Upper | Kind::Lower) || len + word.len() + 1 > buf.len() {
            break;
        }
        if t > start {
            buf[len] = b' ';
            len += 1;
        }
        buf[len..len + word.len()].copy_from_slice(word);
        buf[len..len + word.len()].make_ascii_lowercase();
        len += word.len();
        if std::str::from_utf8(&buf[..len]).is_ok_and(|p| lexicon().is_greeting(p)) {
            phrase_end = t + 1;
        }
    }
    if phrase_end == start {
        return false;
    }
    let names = &kinds[phrase_end..end];
    let names_ok = names.len() <= 3
        && names.iter().all(|&k| {
            matches!(
                k,
                Kind::Upper | Kind::Initial | Kind::Abbrev(AbbrevClass::Title)
            )
        });
    if !names_ok {
        return false;
    }
    if comma {
        // A bare greeting before a name opens prose ("Hey, Voss is right").
        return !names.is_empty() || lexicon().is_starter(spans[next].slice(text));
    }
    // A starter then a capitalised word is a title-case line ("Hello Kitty Is Back").
    !names.is_empty()
        && kinds[next] == Kind::Upper
        && kinds.get(next + 1) != Some(&Kind::Upper)
        && lexicon().is_starter(spans[next].slice(text))
}

/// The last token of a mail time stamp starting at token `d`: a date written with two
/// slashes, a clock time, and `AM`/`PM` if it follows.
fn mail_stamp(text: &str, toks: &Tokens, d: usize) -> Option<usize> {
    let date = toks.spans[d].slice(text).as_bytes();
    let slashes = date.iter().filter(|&&c| c == b'/').count();
    if slashes != 2 || !date.iter().all(|c| c.is_ascii_digit() || *c == b'/') {
        return None;
    }
    let time = toks.spans.get(d + 1)?.slice(text).as_bytes();
    let clock = time.len() >= 4
        && time.contains(&b':')
        && time.iter().all(|c| c.is_ascii_digit() || *c == b':');
    if toks.kinds[d + 1] != Kind::Number || !clock {
        return None;
    }
    let meridiem = toks
        .spans
        .get(d + 2)
        .is_some_and(|s| matches!(s.slice(text), "AM" | "PM" | "am" | "pm"));
    Some(d + 1 + meridiem as usize)
}

/// A forwarded message's header found at a gap after token `i`: a sender, then a time
/// stamp.
struct MailHeader {
    /// Where the sender starts (its name, or the address and what precedes it).
    sender: usize,
    /// The stamp's last token.
    last: usize,
    /// Whether the sentence ends after the stamp.
    ends: bool,
}

/// The mail header whose stamp starts after token `i` in the sentence opened at `start`,
/// if what precedes the stamp really marks one: a sender with an address (`Nora
/// Pell@NORTHWIND`, `<n.pell@example.org>`), or a sender's name alone where a header line
/// would start: nothing but names or a label (`Sent by:`) before it in the sentence, and
/// no lowercase word after the stamp. A date and a clock time in prose ("took effect on
/// Friday 02/26/2016 12:00 local time", "officials in Aldovia 02/26/2016 12:00 said")
/// are no header.
fn mail_header(text: &str, toks: &Tokens, start: usize, i: usize) -> Option<MailHeader> {
    let last = mail_stamp(text, toks, i + 1)?;
    let kinds = &toks.kinds;
    let after = kinds.get(last + 1).copied();
    let address = |from: usize| (from..=i).any(|t| toks.spans[t].slice(text).contains('@'));
    let mut sender = sender_start(text, toks, start, i);
    if sender > i {
        // No name before the stamp: a header only right after an address, which is the
        // sender with what precedes it ("Nora Pell <n.pell@example.org> | 01/24/2001").
        let closes = kinds[i] == Kind::Closer || toks.spans[i].slice(text) == ">";
        let near = if closes && i > start { i - 1 } else { i };
        if !address(near) {
            return None;
        }
        sender = start;
    } else if !address(sender) {
        let before = &kinds[start..sender];
        let line_start = before.iter().filter(|k| k.is_word()).count() <= 2
            && (!before.contains(&Kind::Lower) || before.last() == Some(&Kind::Colon));
        let starter = lexicon().is_starter(toks.spans[sender].slice(text));
        // A stamp with its AM/PM after a name of two title-case words is a header wherever
        // the name stands: after the end of a message not closed by a terminator ("... for
        // EGM Jana Giovannini 01/24/2001 11:42 AM"), before a message opened in lowercase
        // ("03:51 PM hi mark"). A day or a month is no name ("on Friday 02/26/2016 12:00
        // PM").
        let named = i > sender
            && (sender..=i).all(|t| {
                let word = toks.spans[t].slice(text);
                kinds[t] == Kind::Upper && has_lowercase(word) && !is_calendar_word(word)
            });
        let meridiem = last == i + 3 && named;
        if (!line_start && !meridiem) || starter || (after == Some(Kind::Lower) && !meridiem) {
            return None;
        }
    }
    Some(MailHeader {
        sender,
        last,
        ends: after.is_some_and(|k| k.is_word() || matches!(k, Kind::Opener | Kind::Quote)),
    })
}

/// The English name of a day or a month or its abbreviation (`Friday`, `Fri`, `March`,
/// `Sept.`), as the date readers take them.
fn is_calendar_word(word: &str) -> bool {
    month_from_name(word).is_some() || weekday_from_name(word).is_some()
}

/// Where the sender's name ending at token `last` starts, not before `start`: its last
/// two capitalised words or addresses, with a middle initial (`Nora K Pell@NORTHWIND`)
/// and an organisation in capitals after the address (`Nora Pell@NORTHWIND TRADING`,
/// `Nora Pell @ NWT`). `last + 1` when no name ends there.
fn sender_start(text: &str, toks: &Tokens, start: usize, last: usize) -> usize {
    let kinds = &toks.kinds;
    let word = |t: usize| toks.spans[t].slice(text);
    let name_like = |t: usize| matches!(kinds[t], Kind::Upper | Kind::Url | Kind::Uncased);
    let mut p = last + 1;
    let capitals = |t: usize| word(t).bytes().all(|c| c.is_ascii_uppercase());
    if last > start + 1 && capitals(last) && word(last - 1) == "@" {
        p = last - 1;
    } else if last > start && capitals(last) && word(last - 1).contains('@') {
        p = last;
    }
    let mut take = 2;
    while p > start && take > 0 && name_like(p - 1) {
        p -= 1;
        take -= 1;
        if take == 0 && p > start && word(p).len() == 1 && name_like(p - 1) {
            // "Nora K Pell": the initial counted, take its first name too.
            take += 1;
        }
    }
    if take == 2 {
        return last + 1;
    }
    // A name of three words joined by a particle ("Lena St Varga", "Piet Van
    // Dorn"); "Dana | Wayne Voss" is a signature before the sender.
    if take == 0 && p > start && kinds[p - 1] == Kind::Upper && lexicon().is_name_particle(word(p))
    {
        p -= 1;
    }
    p
}

/// Whether token `i`, opening the sentence at `start`, is a double hyphen between spaces
/// before a capitalised word that is no sentence starter: a signature or source line
/// follows. Before a starter it is a bullet opening the next sentence ("-- The fund is
/// financed at"). In edited documents only a signature word (data/segment/signoff_words.txt:
/// "-- Posted by") or a line of capitalised words to the end of the paragraph ("-- Ada
/// Pell") counts: news sets off a continuation with the same dash ("-- Norland, meanwhile,
/// moved").
#[cold]
fn signoff_dash(text: &str, toks: &Tokens, register: Register, start: usize, i: usize) -> bool {
    let spans = &toks.spans;
    let kinds = &toks.kinds;
    i == start
        && kinds[i] == Kind::Dash
        && spans[i].slice(text) == "--"
        && kinds.get(i + 1) == Some(&Kind::Upper)
        && spans[i + 1].start > spans[i].end
        && !lexicon().is_starter(spans[i + 1].slice(text))
        && (register.is_informal()
            || lexicon().is_signoff_word(spans[i + 1].slice(text))
            || kinds[i + 1..].iter().all(|&k| k == Kind::Upper))
}

/// `1.`, `12.` opening a sentence: a list number, which stays with its item
/// (`2. The attachment is ...`).
fn list_number(text: &str, toks: &Tokens, i: usize, words: usize) -> bool {
    words == 1
        && i > 0
        && toks.kinds[i] == Kind::Period
        && toks.kinds[i - 1] == Kind::Number
        && toks.spans[i - 1].end == toks.spans[i].start
        && toks.spans[i - 1].len() <= 2
        && toks.spans[i - 1]
            .slice(text)
            .bytes()
            .all(|c| c.is_ascii_digit())
}

/// `[...]`, `(...)`: an elision mark, not the end of a sentence.
fn after_bracket(text: &str, toks: &Tokens, i: usize) -> bool {
    i > 0 && toks.kinds[i - 1] == Kind::Opener && matches!(toks.spans[i - 1].slice(text), "[" | "(")
}

#[inline]
fn blank_line_between(text: &str, from: u32, to: u32) -> bool {
    if to < from + 2 {
        return false;
    }
    let gap = text
        .as_bytes()
        .get(from as usize..to as usize)
        .unwrap_or(&[]);
    gap.len() >= 2
        && memchr::memchr(b'\n', gap)
            .is_some_and(|first| memchr::memchr(b'\n', &gap[first + 1..]).is_some())
}

/// Whether the sentence ends after terminator `i` (and its closers), given that the next
/// sentence would start at token `j`.
fn ends_here(text: &str, toks: &Tokens, i: usize, j: usize) -> bool {
    let spans = &toks.spans;
    let kinds = &toks.kinds;
    // The first word of what follows, past opening quotes and brackets.
    let mut w = j;
    while w < toks.len() && matches!(kinds[w], Kind::Opener | Kind::Quote) {
        w += 1;
    }
    let next = kinds.get(w).copied();
    if spans[j].start == spans[j - 1].end {
        // No space: "U.S.-led" and "3.)" go on; "quality.You'll", "up?they", "won.the"
        // (a space missing in web text) end.
        return w == j
            && match kinds[i] {
                Kind::Period => {
                    i > 0
                        && spans[i - 1].len() >= 2
                        && match next {
                            Some(Kind::Upper) => kinds[i - 1] == Kind::Lower,
                            Some(Kind::Lower) => {
                                matches!(kinds[i - 1], Kind::Lower | Kind::Upper)
                                    && spans[i - 1].end == spans[i].start
                                    && lexicon().is_lowercase_starter(spans[w].slice(text))
                            }
                            _ => false,
                        }
                }
                Kind::Bang => matches!(next, Some(Kind::Upper | Kind::Lower)),
                Kind::Ellipsis => next == Some(Kind::Upper),
                _ => false,
            };
    }
    let starts_sentence = || match next {
        Some(Kind::Upper) => lexicon().is_starter(spans[w].slice(text)),
        Some(Kind::Abbrev(AbbrevClass::Title)) => true,
        _ => false,
    };
    match kinds[i] {
        Kind::Period | Kind::Bang if next == Some(Kind::Lower) => {
            // Web text starts sentences in lowercase ("where do you live now? spain?");
            // after a short word the period is more likely an unlisted abbreviation, and
            // a closing quote before a lowercase word marks speech ("Stop!" he said).
            // An emoticon after the terminator closes its sentence too ("on a date. :( |
            // sorta wonder").
            (j == i + 1 || kinds[i + 1..j].contains(&Kind::Emoticon))
                && (kinds[i] == Kind::Bang
                    || i > 0
                        && match kinds[i - 1] {
                            Kind::Lower => spans[i - 1].len() >= 2,
                            Kind::Upper => spans[i - 1].len() >= 4,
                            Kind::Number | Kind::Closer | Kind::Url | Kind::Emoticon => true,
                            _ => false,
                        })
        }
        // A run of question or exclamation marks set apart by spaces stays with its
        // sentence ("the high ground ? ? ? | Talk about").
        Kind::Bang if next == Some(Kind::Bang) => false,
        Kind::Period | Kind::Bang | Kind::Emoticon | Kind::Separator => !matches!(
            next,
            Some(Kind::Lower | Kind::Comma | Kind::Colon | Kind::Closer | Kind::Period) | None
        ),
        Kind::Ellipsis => matches!(
            next,
            Some(Kind::Upper | Kind::Number | Kind::Abbrev(_) | Kind::Acronym | Kind::Initial)
        ),
        Kind::Abbrev(AbbrevClass::Title | AbbrevClass::Inner) => false,
        Kind::Abbrev(AbbrevClass::PreNumber) => next != Some(Kind::Number) && starts_sentence(),
        Kind::Abbrev(AbbrevClass::Final) | Kind::Acronym | Kind::Initial => starts_sentence(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::AbbrevClass;

    #[test]
    fn word_flag_agrees_with_kind_is_word() {
        let kinds = [
            Kind::Lower,
            Kind::Upper,
            Kind::Uncased,
            Kind::Number,
            Kind::Url,
            Kind::Abbrev(AbbrevClass::Title),
            Kind::Abbrev(AbbrevClass::PreNumber),
            Kind::Abbrev(AbbrevClass::Inner),
            Kind::Abbrev(AbbrevClass::Final),
            Kind::Acronym,
            Kind::Initial,
            Kind::Period,
            Kind::Bang,
            Kind::Ellipsis,
            Kind::Opener,
            Kind::Closer,
            Kind::Quote,
            Kind::Comma,
            Kind::Colon,
            Kind::Dash,
            Kind::Separator,
            Kind::Emoticon,
            Kind::Symbol,
        ];
        for k in kinds {
            assert_eq!(flags(k) & WORD != 0, k.is_word(), "{k:?}");
            assert_eq!(flags(k) & LOWER != 0, k == Kind::Lower, "{k:?}");
        }
    }
}
