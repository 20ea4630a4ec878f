//! Sentence boundaries inside one paragraph.
//!
//! A boundary can follow a terminator (`.`, `!`, `?`, an ellipsis, an abbreviation that may
//! end a sentence, an emoticon, a separator line) together with the closing quotes and
//! brackets attached to it, or a blank line. Whether it does depends on what comes next:
//! a lowercase word continues the sentence; after an abbreviation or initial only a typical
//! sentence starter (`The`, `He`, `But`...) begins a new one, so names continue
//! (`George W. Bush`, `the U.S. Congress`). A sentence never consists of punctuation
//! alone, so `"[...] I have` stays whole. Without a terminator, rules end a letter closing
//! (`Thanks | Carlos`), a message greeting (`Dear Mr. Shankman, | Thank you`) and a link
//! before a sentence starter; the boundary [`super::model`] scores other gaps.

use std::ops::Range;

use super::lexicon::{lexicon, AbbrevClass};
use super::model::{boundary_model, features, is_candidate, BoundaryModel, Features, THRESHOLD};
use super::tokenize::{Kind, Tokens};

/// Appends the sentences of one block's tokens to `out`, as token index ranges that
/// cover all tokens in order.
pub fn split_block(text: &str, toks: &Tokens, out: &mut Vec<Range<usize>>) {
    split_with(
        text,
        toks,
        out,
        boundary_model().map(|m| (m, THRESHOLD)),
        None,
    );
}

/// [`split_block`] with a given boundary model and threshold (for choosing them).
pub fn split_block_with(
    text: &str,
    toks: &Tokens,
    out: &mut Vec<Range<usize>>,
    model: &BoundaryModel,
    threshold: f32,
) {
    split_with(text, toks, out, Some((model, threshold)), None);
}

/// Calls `observe(i, features)` at every gap after token `i` that the boundary model
/// would score, while splitting by the rules alone into `out` (for training the model).
pub fn observe_candidates(
    text: &str,
    toks: &Tokens,
    out: &mut Vec<Range<usize>>,
    observe: &mut dyn FnMut(usize, &Features),
) {
    split_with(text, toks, out, None, Some(observe));
}

/// Callback of [`observe_candidates`].
type Observer<'a> = dyn FnMut(usize, &Features) + 'a;

fn split_with(
    text: &str,
    toks: &Tokens,
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
            words += (a & skipped & (WORD as u64 * LANES)).count_ones() as usize;
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
            out.push(start..i + 1);
            start = i + 1;
            words = 0;
            i += 1;
            f = next;
            continue;
        }
        if f & TERMINATOR == 0 && i + 1 < n && kinds[i + 1] == Kind::Number {
            if let Some(last) = mail_stamp(text, toks, i + 1) {
                // A forwarded message's header line ("Amanda Huble@ENRON 01/24/2001 01:02
                // PM"): the sender's name starts a sentence and the header ends one.
                let sender = sender_start(text, toks, start, i);
                let named = sender <= i;
                if named {
                    // In UD English EWT the sender and the stamp are sentences of their own.
                    // (Marks alone before the sender stay with it.)
                    let mut from = start;
                    if kinds[start..sender].iter().any(|k| k.is_word()) {
                        out.push(start..sender);
                        from = sender;
                    }
                    out.push(from..i + 1);
                    start = i + 1;
                }
                words = 0;
                let after = kinds.get(last + 1).copied();
                let ends = match after {
                    Some(
                        Kind::Upper | Kind::Abbrev(_) | Kind::Url | Kind::Opener | Kind::Quote,
                    ) => true,
                    // Without a sender the stamp may sit in prose ("on 11/10/2000 12:30 the
                    // board met").
                    Some(k) => named && k.is_word(),
                    None => false,
                };
                if ends {
                    out.push(start..last + 1);
                    start = last + 1;
                } else {
                    words = (start..=last).filter(|&t| kinds[t].is_word()).count();
                }
                i = last + 1;
                f = fl.get(i).copied().unwrap_or(0);
                continue;
            }
        }
        if f & TERMINATOR == 0 || (k == Kind::Ellipsis && after_bracket(text, toks, i)) {
            if words > 0
                && words <= 3
                && next & START != 0
                && i + 1 < n
                && matches!(kinds[i + 1], Kind::Upper | Kind::Number)
                && signature_follows(kinds, i + 1)
                && is_closing(text, toks, start, i)
            {
                out.push(start..i + 1);
                start = i + 1;
                words = 0;
                i += 1;
                f = next;
                continue;
            }
            if words > 0
                && words <= 6
                && next & START != 0
                && i + 1 < n
                && (greeting_ends(text, toks, start, i)
                    || (k == Kind::Url
                        && kinds[i + 1] == Kind::Upper
                        && (kinds.get(i + 2) == Some(&Kind::Lower)
                            || lexicon().is_starter(spans[i + 1].slice(text)))))
            {
                // A greeting, or a link before a typical sentence starter or a capitalised
                // word and a lowercase one ("see http://example.org | The", "| Tickets
                // are"): in EWT train 35 of 37 and 40 of 42 such gaps end a sentence.
                out.push(start..i + 1);
                start = i + 1;
                words = 0;
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
                    out.push(start..i + 1);
                    start = i + 1;
                    words = 0;
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
            out.push(start..j);
            start = j;
            words = 0;
        } else if j < n
            && words == 0
            && out.last().is_some_and(|r| r.end == start)
            && ends_here(text, toks, i, j)
        {
            // Stray marks between two sentences (`Graae. *** Bush`, `questions. ? Best`)
            // stand alone, as UD English annotates them, rather than open the next one.
            out.push(start..j);
            start = j;
        }
        i = j;
        f = fl.get(j).copied().unwrap_or(0);
    }
    if start < n {
        out.push(start..n);
    }
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
        Kind::Opener | Kind::Quote | Kind::Dash | Kind::Symbol => START,
        Kind::Closer | Kind::Comma | Kind::Colon => 0,
    }
}

/// Whether tokens `start..=last` are a letter closing alone (`Regards`, `Best regards,`).
/// After a letter closing, a signature: the next words (up to three) are names, not a
/// clause ("Best wishes, Xi told Putin" goes on; "Best regards, Debra Perlingiere" ends),
/// nor an exclamation ("Thanks Sarah!!!").
fn signature_follows(kinds: &[Kind], from: usize) -> bool {
    kinds[from..]
        .iter()
        .take(3)
        .all(|&k| k != Kind::Lower && k != Kind::Bang)
}

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
/// titles, then either a comma before a capitalised word ("Dear Mr. Shankman, | Thank
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
        // A bare greeting before a name opens prose ("Hey, Rubio is right").
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

/// Where the sender's name ending at token `last` starts, not before `start`: its last
/// two capitalised words or addresses, with a middle initial (`Robert C Williams@ECT`)
/// and an organisation in capitals after the address (`Ken Rice@ENRON COMMUNICATIONS`,
/// `Lorie Leigh @ ECT`). `last + 1` when no name ends there.
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
            // "Robert C Williams": the initial counted, take its first name too.
            take += 1;
        }
    }
    if take == 2 {
        last + 1
    } else {
        p
    }
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
        // No space: "U.S.-led" and "3.)" go on; "quality.You'll", "up?they" (a space
        // missing in web text) end.
        return w == j
            && match kinds[i] {
                Kind::Period => {
                    next == Some(Kind::Upper)
                        && i > 0
                        && kinds[i - 1] == Kind::Lower
                        && spans[i - 1].len() >= 2
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
            // Web text starts sentences in lowercase ("where did you grow up? india?");
            // after a short word the period is more likely an unlisted abbreviation, and
            // a closing quote before a lowercase word marks speech ("Stop!" he said).
            j == i + 1
                && (kinds[i] == Kind::Bang
                    || i > 0
                        && match kinds[i - 1] {
                            Kind::Lower => spans[i - 1].len() >= 2,
                            Kind::Upper => spans[i - 1].len() >= 4,
                            Kind::Number | Kind::Closer | Kind::Url | Kind::Emoticon => true,
                            _ => false,
                        })
        }
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
