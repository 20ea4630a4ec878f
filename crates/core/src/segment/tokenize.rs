//! Byte-level tokenizer following UD English (EWT, GUM) conventions where it is cheap:
//! clitics split (`did|n't`, `Russia|'s`, `we|'ve`), punctuation split, hyphenated
//! compounds split except after common prefixes (`non-profit`), numbers (`3.5`,
//! `1,000`, `10:30`), abbreviations with their period (`Mr.`, `U.S.`), URLs, e-mail
//! addresses, hashtags and emoticons whole.
//!
//! ASCII is scanned byte by byte; a character is decoded only at non-ASCII bytes.

use super::lexicon::{lexicon, AbbrevClass};
use super::split::{flags, WIDE};
use crate::span::Span;

/// What a token is, as far as sentence splitting cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Word starting with a lowercase letter.
    Lower,
    /// Word starting with an uppercase letter.
    Upper,
    /// Word without case (CJK, `#tag`, `@user`).
    Uncased,
    /// Starts with a digit.
    Number,
    /// URL or e-mail address.
    Url,
    /// Abbreviation with its period, by class.
    Abbrev(AbbrevClass),
    /// Dotted letters with their period (`U.S.`, `a.m.`, `Ph.D.`).
    Acronym,
    /// One capital letter and its period (`J.`, `W.`).
    Initial,
    /// `.`
    Period,
    /// `!`, `?` and runs of them (`?!`, `!!!`).
    Bang,
    /// `...`, `…`
    Ellipsis,
    /// Opening quotation mark or bracket.
    Opener,
    /// Closing quotation mark or bracket.
    Closer,
    /// A straight quote standing alone between spaces.
    Quote,
    Comma,
    /// `:` or `;`
    Colon,
    /// `-`, `--`, `–`, `—`
    Dash,
    /// A run of three or more of one symbol (`=====`, `****`, `____`).
    Separator,
    /// `:)`, `;-)`...
    Emoticon,
    /// Any other symbol.
    Symbol,
}

impl Kind {
    /// Tokens that count as words (carry letters or digits).
    pub fn is_word(self) -> bool {
        matches!(
            self,
            Kind::Lower
                | Kind::Upper
                | Kind::Uncased
                | Kind::Number
                | Kind::Url
                | Kind::Abbrev(_)
                | Kind::Acronym
                | Kind::Initial
        )
    }
}

/// Tokens of one block: parallel span and kind vectors, reused between blocks.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    pub spans: Vec<Span>,
    pub kinds: Vec<Kind>,
    /// The splitter's flags of each kind (`split::flags`), filled by the tokenizer so the
    /// splitter reads one byte per token. When spans and kinds were filled otherwise and
    /// the lengths differ, the splitter derives them from the kinds.
    pub(crate) flags: Vec<u8>,
}

impl Tokens {
    pub fn clear(&mut self) {
        self.spans.clear();
        self.kinds.clear();
        self.flags.clear();
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Pushes a token. Flags get [`WIDE`] afterwards, from the spans ([`mark_wide`]).
    #[inline(always)]
    fn push(&mut self, start: usize, end: usize, kind: Kind) {
        self.spans.push(Span::new(start, end));
        self.kinds.push(kind);
        self.flags.push(flags(kind));
    }

    /// Pushes the ASCII word `start..end` (not empty) starting with byte `first`.
    #[inline(always)]
    fn push_word(&mut self, start: usize, end: usize, first: u8) {
        self.spans.push(Span {
            start: start as u32,
            end: end as u32,
        });
        self.kinds.push(ASCII_KIND[first as usize]);
        self.flags.push(ASCII_FLAGS[first as usize]);
    }

    /// Sets [`WIDE`] on every token from `from - 1` on that more than one byte separates
    /// from the token after it: one pass without branches once a block is tokenized,
    /// rather than a look back at every push.
    ///
    /// The tokenizer pushes a flag with every span, so the lengths differ only when a
    /// caller filled `spans` and `kinds` itself before this block; the splitter then
    /// derives the flags from the kinds, and nothing is marked here.
    fn mark_wide(&mut self, from: usize) {
        debug_assert_eq!(self.flags.len(), self.spans.len(), "one flag per token");
        let from = from.saturating_sub(1);
        let (Some(flags), Some(spans)) = (self.flags.get_mut(from..), self.spans.get(from..))
        else {
            return;
        };
        if flags.len() != spans.len() {
            return;
        }
        // More than one byte between a token's end and the next one's start (which never
        // lies before it): in 32-bit lanes, a form the compiler can vectorize.
        for (f, pair) in flags.iter_mut().zip(spans.windows(2)) {
            *f |= (pair[1].start > pair[0].end.saturating_add(1)) as u8 * WIDE;
        }
    }
}

/// Appends the tokens of `text[span]` to `out`. `span` is clamped to `text` and to
/// character boundaries, so any span is safe.
pub fn tokenize_block(text: &str, span: Span, out: &mut Tokens) {
    let (mut i, end) = clamp(text, span);
    let b = text.as_bytes();
    let from = out.len();
    // News text has about one token per five bytes; room for one per four.
    out.spans.reserve((end - i) / 4);
    out.kinds.reserve((end - i) / 4);
    out.flags.reserve((end - i) / 4);
    while i < end {
        let c = b[i];
        let class = CLASS[c as usize];
        if class & START != 0 {
            // An ASCII letter or digit: find the end of its run of letters and digits.
            let j = word_end(b, i, end);
            // What follows decides, by one table lookup, whether the word is plain: the
            // end, or a byte that cannot continue a word (a space, a bracket, a quote).
            let follow = if j < end { CLASS[b[j] as usize] } else { 0 };
            if follow & JOIN == 0 && !maybe_fused(b, i, j, end) {
                out.push_word(i, j, c);
                // The usual single space before the next word, and the plain words that
                // usually follow, found from the word bits of the bytes ahead.
                i = j + (follow & ONE_SPACE != 0) as usize;
                if i < end && CLASS[b[i] as usize] & START != 0 {
                    i = plain_words(text, i, end, out);
                }
                continue;
            }
            i = after_word(text, i, j, end, out);
        } else if class & SPACE != 0 {
            i += 1;
        } else if c < 0x80 {
            // ASCII punctuation, and `_` (a run of them is a separator).
            i = ascii_punct(text, i, end, out);
        } else {
            let ch = char_at(text, i);
            let w = ch.len_utf8();
            if ch.is_whitespace() || matches!(ch, '\u{200b}' | '\u{feff}' | '\u{200e}' | '\u{200f}')
            {
                i += w;
            } else if is_word_char(ch) {
                i = word(text, i, i, end, out);
            } else {
                i = unicode_punct(text, i, end, ch, out);
            }
        }
    }
    out.mark_wide(from);
}

/// Pushes the plain words from `i` (an ASCII letter or digit) on and returns where they
/// stop: the first byte that does not start one (punctuation, a second space, a word the
/// general path must look at), or `i` itself when the first word is not plain.
///
/// A plain word is what the loop of [`tokenize_block`] takes without a second look: a
/// run of [`WORD`] bytes opened by a letter or digit, followed by the end or a byte that
/// cannot continue a word, and no fused form; one space after it is consumed. The runs
/// come from the word bits of 64 bytes at a time ([`word_bits`]), so finding the next
/// word does not wait on the scan of the one before (a byte-by-byte scan makes every
/// word's end depend on the previous word's, one long chain through the whole block).
#[inline]
fn plain_words(text: &str, mut i: usize, end: usize, out: &mut Tokens) -> usize {
    let b = text.as_bytes();
    loop {
        let base = i;
        let w = word_bits(b, base, end);
        // Bit k of `starts`: byte base + k opens a run; of `ends`: it is the first byte
        // after one. Bit 0 opens the first run (byte `i` is a word byte).
        let mut starts = w & !(w << 1);
        let mut ends = !w & (w << 1);
        while starts != 0 {
            let s = base + starts.trailing_zeros() as usize;
            // The cursor stands on the next run's first byte only after a plain word and
            // one space; anything else between them is the general path's.
            if s != i || ends == 0 {
                break;
            }
            let e = base + ends.trailing_zeros() as usize;
            let c = b[s];
            let first = CLASS[c as usize];
            let follow = if e < end { CLASS[b[e] as usize] } else { 0 };
            // One branch, rarely taken, for what the general path must see: a run opened
            // by `_`, a byte after it that may continue a word, or a fused form's first
            // letter at a fused form's length (then looked up). Byte flags and one table
            // lookup by length, no comparisons.
            let suspect = ((first ^ START) & SHAPE_BY_LENGTH[(e - s) & 63]) | (follow & JOIN);
            if suspect == 0 {
                out.push_word(s, e, c);
                i = e + ((follow / ONE_SPACE) & 1) as usize;
            } else if first & START == 0 || maybe_fused(b, s, e, end) {
                return i;
            } else {
                // A comma or a period after the word, taken as `after_word` takes them;
                // any other joining byte is the general path's.
                i = match word_then_mark(text, s, e, end, out) {
                    Some(next) => next,
                    None => return i,
                };
            }
            starts &= starts - 1;
            ends &= ends - 1;
        }
        // Past the window, or a run it cuts: again from the cursor, if this window took
        // a word (a run of 64 word bytes is the general path's).
        if i == base || i >= end || CLASS[b[i] as usize] & START == 0 {
            return i;
        }
    }
}

/// What makes a run of word bytes of each length (modulo 64) suspect, as class bits of
/// its first byte with [`START`] flipped: no letter or digit first (`_`) at any length,
/// and a fused form's first letter ([`FUSABLE`]) at a fused form's length (a longer word
/// that lands on one is only looked up for nothing).
static SHAPE_BY_LENGTH: [u8; 64] = {
    let mut t = [START; 64];
    let mut n = 0;
    while n < 64 {
        if (FUSED_LENGTHS >> n) & 1 != 0 {
            t[n] |= FUSABLE;
        }
        n += 1;
    }
    t
};

/// The ASCII word `b[i..j]` (no fused form) before a comma or a period at `j`, pushed
/// with it as [`after_word`] pushes them (`said, `, `talks. `, `Mr. `), and where the
/// next token may start; `None` for any other byte at `j`.
#[inline]
fn word_then_mark(text: &str, i: usize, j: usize, end: usize, out: &mut Tokens) -> Option<usize> {
    let b = text.as_bytes();
    match b.get(j) {
        Some(b',') if j < end && (j + 1 >= end || CLASS[b[j + 1] as usize] & SPACE != 0) => {
            out.push_word(i, j, b[i]);
            out.push(j, j + 1, Kind::Comma);
        }
        Some(b'.') if j < end && ends_at_period(b, i, j, end) => match abbreviation(&text[i..j]) {
            Some(kind) => out.push(i, j + 1, kind),
            None => {
                out.push_word(i, j, b[i]);
                out.push(j, j + 1, Kind::Period);
            }
        },
        _ => return None,
    }
    let next = j + 1;
    Some(next + (next < end && b[next] == b' ') as usize)
}

/// Bit k set when byte `at + k` of `b` is a [`WORD`] byte, for the 64 bytes from `at`;
/// bytes from `end` on count as no word byte.
#[inline]
fn word_bits(b: &[u8], at: usize, end: usize) -> u64 {
    match b.get(at..at + 64).filter(|_| at + 64 <= end) {
        Some(chunk) => word_bits64(chunk),
        None => {
            let mut chunk = [0u8; 64];
            let rest = b.get(at..end).unwrap_or(&[]);
            chunk[..rest.len().min(64)].copy_from_slice(&rest[..rest.len().min(64)]);
            word_bits64(&chunk)
        }
    }
}

/// [`WORD`] bits of 64 bytes (bit k for byte k), sixteen bytes at a time with SSE2.
#[cfg(target_arch = "x86_64")]
#[inline]
fn word_bits64(chunk: &[u8]) -> u64 {
    use std::arch::x86_64::*;
    let lane = |k: usize| -> u64 {
        let half = |h: usize| {
            let at = 16 * k + 8 * h;
            chunk
                .get(at..at + 8)
                .and_then(|c| c.try_into().ok())
                .map_or(0, i64::from_le_bytes)
        };
        let (lo, hi) = (half(0), half(1));
        // SAFETY: SSE2 is part of every x86_64 processor (the target's baseline); these
        // intrinsics compute on values only and touch no memory.
        unsafe {
            let x = _mm_set_epi64x(hi, lo);
            // Unsigned `v < n` per byte, as a signed comparison with the high bits flipped.
            let below = |v: __m128i, n: u8| {
                _mm_cmplt_epi8(
                    _mm_xor_si128(v, _mm_set1_epi8(i8::MIN)),
                    _mm_set1_epi8((n ^ 0x80) as i8),
                )
            };
            let folded = _mm_or_si128(x, _mm_set1_epi8(0x20));
            let letter = below(_mm_sub_epi8(folded, _mm_set1_epi8(b'a' as i8)), 26);
            let digit = below(_mm_sub_epi8(x, _mm_set1_epi8(b'0' as i8)), 10);
            let underscore = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'_' as i8));
            let word = _mm_or_si128(_mm_or_si128(letter, digit), underscore);
            _mm_movemask_epi8(word) as u32 as u64
        }
    };
    lane(0) | lane(1) << 16 | lane(2) << 32 | lane(3) << 48
}

/// [`WORD`] bits of 64 bytes (bit k for byte k), from the word masks of eight bytes.
#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn word_bits64(chunk: &[u8]) -> u64 {
    word_bits64_portable(chunk)
}

/// [`word_bits64`] without vector instructions (eight bytes at a time).
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn word_bits64_portable(chunk: &[u8]) -> u64 {
    let mut bits = 0u64;
    for (k, eight) in chunk.chunks_exact(8).take(8).enumerate() {
        // The high bit of each byte that is no word byte, gathered into one byte: the
        // multiplier moves byte k's bit 7 to bit 56 + k.
        let stop = (non_word_mask(eight) >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
        bits |= (!stop & 0xff) << (8 * k);
    }
    bits
}

/// End of the run of [`WORD`] bytes from `i` (whose byte is one), eight bytes at a time.
#[inline(always)]
fn word_end(b: &[u8], i: usize, end: usize) -> usize {
    let mut j = i + 1;
    while j + 8 <= end {
        let stop = non_word_mask(&b[j..j + 8]);
        if stop != 0 {
            return j + (stop.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < end && CLASS[b[j] as usize] & WORD != 0 {
        j += 1;
    }
    j
}

/// Whether the ASCII word `b[i..j]` may be a fused form of [`FUSED`] (`cannot`,
/// `gonna`): its first three letters, folded, are one of theirs, and it is five or six
/// bytes long (a test checks every entry of [`FUSED`] passes). Computed without a branch on the word's length, which varies too much
/// to predict; only the rare candidate is looked up.
#[inline(always)]
fn maybe_fused(b: &[u8], i: usize, j: usize, end: usize) -> bool {
    // Most words start with another letter: one predictable branch on the class byte
    // (already loaded by the caller) skips the rest.
    if CLASS[b[i] as usize] & FUSABLE == 0 {
        return false;
    }
    let head = match b.get(i..i + 3).filter(|_| i + 3 <= end) {
        Some(h) => u32::from_le_bytes([h[0], h[1], h[2], 0]) | 0x0020_2020,
        None => return false,
    };
    let prefix = (head == u32::from_le_bytes(*b"can\0"))
        | (head == u32::from_le_bytes(*b"gon\0"))
        | (head == u32::from_le_bytes(*b"wan\0"))
        | (head == u32::from_le_bytes(*b"got\0"));
    let length = (FUSED_LENGTHS >> (j - i).min(63)) & 1;
    (prefix as u64 & length) != 0
}

/// The byte lengths of the [`FUSED`] forms, as bits of a mask read by a shift: no
/// comparison for the compiler to turn into a branch.
const FUSED_LENGTHS: u64 = 1 << 5 | 1 << 6;

/// The word `b[i..j]` (ASCII letters and digits, `b[i]` not `_`) where the plain case
/// did not apply: a comma, a period or other punctuation after it, or a fused form.
#[inline]
fn after_word(text: &str, i: usize, j: usize, end: usize, out: &mut Tokens) -> usize {
    let b = text.as_bytes();
    let c = b[i];
    let plain = !maybe_fused(b, i, j, end) || fused_cut(&text[i..j]).is_none();
    if plain && j < end && b[j] == b' ' {
        out.push_word(i, j, c);
        j + 1
    } else if plain && (j >= end || CLASS[b[j] as usize] & JOIN == 0) {
        out.push_word(i, j, c);
        j
    } else if plain && b[j] == b',' && (j + 1 >= end || CLASS[b[j + 1] as usize] & SPACE != 0) {
        out.push_word(i, j, c);
        out.push(j, j + 1, Kind::Comma);
        // And the usual space after it.
        let i = j + 1;
        i + (i < end && b[i] == b' ') as usize
    } else if plain && b[j] == b'.' && ends_at_period(b, i, j, end) {
        // `said.`, `Mr.`: the period belongs to the word only if it is an abbreviation
        // or an initial.
        match abbreviation(&text[i..j]) {
            Some(kind) => out.push(i, j + 1, kind),
            None => {
                out.push_word(i, j, c);
                out.push(j, j + 1, Kind::Period);
            }
        }
        let i = j + 1;
        i + (i < end && b[i] == b' ') as usize
    } else if plain
        && matches!(b[j], b',' | b':' | b'/')
        && !(b[j - 1].is_ascii_digit() && digit_at(b, j + 1, end))
        && !(b[j] == b':' && matches!(c | 0x20, b'h' | b'f'))
    {
        // `said:`, `and/or`: the punctuation is scanned next (it may start an emoticon);
        // `3:30`, `1,000` and `http:` take the general path.
        out.push_word(i, j, c);
        j
    } else {
        // ...else the general scanner (abbreviations, clitics, hyphens, URLs), resuming
        // after the letters and digits scanned.
        word(text, i, j, end, out)
    }
}

/// Whether a period at `b[j]` after the ASCII word `b[i..j]` stands alone: followed by
/// the end, a space or ASCII punctuation other than another period, so neither a number,
/// a dotted acronym, an e-mail address, an ellipsis nor a URL (`www.`) continues.
#[inline]
fn ends_at_period(b: &[u8], i: usize, j: usize, end: usize) -> bool {
    let after_ok = j + 1 >= end || {
        let d = b[j + 1];
        d < 0x80 && !d.is_ascii_alphanumeric() && d != b'.'
    };
    after_ok && !(j - i == 3 && b[i..j].eq_ignore_ascii_case(b"www"))
}

/// High bit set in each byte of `chunk` (8 bytes) that is not a [`WORD`] byte (an ASCII
/// letter, digit or `_`).
#[inline]
fn non_word_mask(chunk: &[u8]) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
    let ascii = !x & HIGH;
    let y = (x | (0x20 * ONES)) & !HIGH;
    // Per byte, y + (0x80 - lo) has its high bit set iff y >= lo; no byte carries over.
    let ge = |y: u64, lo: u64| y + (0x80 - lo) * ONES;
    let gt = |y: u64, hi: u64| y + (0x7f - hi) * ONES;
    let letter = ge(y, 0x61) & !gt(y, 0x7a);
    // Digits unfolded: folding would make the control bytes 0x10-0x19 digits.
    let z = x & !HIGH;
    let digit = ge(z, 0x30) & !gt(z, 0x39);
    // Per byte, a zero byte of `t` (a `_` of `x`) is the only one whose low seven bits
    // plus 0x7f leave the high bit clear while its own high bit is clear too.
    let t = x ^ (b'_' as u64 * ONES);
    let underscore = !(((t & !HIGH) + !HIGH) | t);
    !((letter | digit | underscore) & ascii) & HIGH
}

/// Kind of a word by its first byte (ASCII; any other byte gives `Uncased`).
const fn ascii_kind(c: u8) -> Kind {
    if c.is_ascii_digit() {
        Kind::Number
    } else if c.is_ascii_uppercase() {
        Kind::Upper
    } else if c.is_ascii_lowercase() {
        Kind::Lower
    } else {
        Kind::Uncased
    }
}

/// [`ascii_kind`] of every byte.
static ASCII_KIND: [Kind; 256] = {
    let mut t = [Kind::Uncased; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = ascii_kind(i as u8);
        i += 1;
    }
    t
};

/// Splitter flags of [`ascii_kind`] of every byte.
static ASCII_FLAGS: [u8; 256] = {
    let mut t = [0; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = flags(ascii_kind(i as u8));
        i += 1;
    }
    t
};

fn clamp(text: &str, span: Span) -> (usize, usize) {
    let mut end = (span.end as usize).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = (span.start as usize).min(end);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    (start, end)
}

/// The character at byte `i` (a char boundary below `text.len()`).
#[inline]
fn char_at(text: &str, i: usize) -> char {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .unwrap_or('\u{fffd}')
}

#[inline]
fn is_word_char(ch: char) -> bool {
    // General punctuation (curly quotes, dashes, ellipsis) is common in news and cheap to
    // rule out before the Unicode tables.
    if ('\u{2000}'..='\u{206f}').contains(&ch) {
        return false;
    }
    ch.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&ch)
}

/// Whether a word character starts at byte `i` (`i < end`).
#[inline]
fn word_char_at(text: &str, i: usize, end: usize) -> bool {
    if i >= end {
        return false;
    }
    let c = text.as_bytes()[i];
    if c < 0x80 {
        c.is_ascii_alphanumeric()
    } else {
        is_word_char(char_at(text, i))
    }
}

#[inline]
fn letter_at(text: &str, i: usize, end: usize) -> bool {
    if i >= end {
        return false;
    }
    let c = text.as_bytes()[i];
    if c < 0x80 {
        c.is_ascii_alphabetic()
    } else {
        char_at(text, i).is_alphabetic()
    }
}

#[inline]
fn digit_at(b: &[u8], i: usize, end: usize) -> bool {
    i < end && b[i].is_ascii_digit()
}

fn is_space_at(text: &str, i: usize, end: usize) -> bool {
    if i >= end {
        return true;
    }
    let c = text.as_bytes()[i];
    if c < 0x80 {
        c.is_ascii_whitespace()
    } else {
        char_at(text, i).is_whitespace()
    }
}

/// Byte classes for the word scanner.
const WORD: u8 = 1;
/// Bytes that may continue a word when followed by the right character (`.`, `,`, `:`,
/// `/`, `'`, `-`, `@`, `&`, and the first byte of any non-ASCII character).
const JOIN: u8 = 2;
/// ASCII whitespace.
const SPACE: u8 = 4;
/// An ASCII letter or digit: starts a word (`_` continues one but starts the general
/// scanner's).
const START: u8 = 8;
/// The space byte itself (one of them after a word is consumed with it).
const ONE_SPACE: u8 = 16;
/// The first letter of a fused form ([`FUSED`]: `c`, `g`, `w` in either case).
const FUSABLE: u8 = 32;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        if matches!(c | 0x20, b'c' | b'g' | b'w') {
            t[i] = WORD | START | FUSABLE;
        } else if c.is_ascii_alphanumeric() {
            t[i] = WORD | START;
        } else if c == b'_' {
            t[i] = WORD;
        } else if c >= 0x80 || matches!(c, b'.' | b',' | b':' | b'/' | b'\'' | b'-' | b'@' | b'&') {
            t[i] = JOIN;
        } else if c == b' ' {
            t[i] = SPACE | ONE_SPACE;
        } else if c.is_ascii_whitespace() || c == 0x0b {
            t[i] = SPACE;
        }
        i += 1;
    }
    t
};

/// Scans the word starting at `start` and pushes its tokens; returns the end. The bytes
/// `start..scanned` are known [`WORD`] bytes.
fn word(text: &str, start: usize, scanned: usize, end: usize, out: &mut Tokens) -> usize {
    let b = text.as_bytes();
    if let Some(url_end) = matches!(b[start] | 0x20, b'h' | b'f' | b'w')
        .then(|| url(text, start, end))
        .flatten()
    {
        out.push(start, url_end, Kind::Url);
        return url_end;
    }
    let mut j = scanned;
    let mut joined = 0u8; // bit 0: '-', bit 1: apostrophe, bit 2: '@'
    loop {
        while j < end && CLASS[b[j] as usize] & WORD != 0 {
            j += 1;
        }
        if j >= end {
            break;
        }
        let c = b[j];
        if CLASS[c as usize] & JOIN == 0 {
            break;
        }
        if c >= 0x80 {
            let ch = char_at(text, j);
            let w = ch.len_utf8();
            if is_word_char(ch) {
                j += w;
                continue;
            }
            if ch == '\u{2019}' && letter_at(text, j + w, end) {
                joined |= 2;
                j += w;
                continue;
            }
            break;
        }
        let joins = match c {
            // "3.5", "e.g", "U.S", "Ph.D", but not "quality.You" (a missing space).
            b'.' => {
                let joins = word_char_at(text, j + 1, end)
                    && (j + 1 >= end
                        || !b[j + 1].is_ascii_uppercase()
                        || j - segment_start(b, start, j) <= 2)
                    && !space_left_out(text, start, j, end);
                if !joins && j + 1 < end && (b[j + 1] == b'.' || word_char_at(text, j + 1, end)) {
                    // "Kevin.A.Boone@example.com", "franz3...@example.com" rather than a
                    // missing space or an ellipsis.
                    if let Some(email_end) = email(text, start, end) {
                        out.push(start, email_end, Kind::Url);
                        return email_end;
                    }
                }
                joins
            }
            b',' | b':' | b'/' => b[j - 1].is_ascii_digit() && digit_at(b, j + 1, end),
            b'\'' => {
                let ok = letter_at(text, j + 1, end);
                joined |= (ok as u8) << 1;
                ok
            }
            b'-' => {
                let ok = word_char_at(text, j + 1, end);
                joined |= ok as u8;
                ok
            }
            b'@' => {
                let ok = word_char_at(text, j + 1, end);
                joined |= (ok as u8) << 2;
                ok
            }
            b'&' => b[j - 1].is_ascii_uppercase() && j + 1 < end && b[j + 1].is_ascii_uppercase(),
            _ => false,
        };
        if !joins {
            break;
        }
        j += 1;
    }
    if joined & 4 != 0 {
        out.push(start, j, Kind::Url);
        return j;
    }
    // Split hyphenated compounds, then clitics of the last piece.
    let mut piece = start;
    if joined & 1 != 0 {
        let mut k = start;
        while k < j {
            if b[k] == b'-' && k > piece {
                let keep = lexicon().is_hyphen_prefix(&text[piece..k])
                    || (b[k - 1].is_ascii_digit() && digit_at(b, k + 1, j));
                if !keep {
                    out.push(piece, k, word_kind(b[piece], text, piece));
                    let mut d = k + 1;
                    while d < j && b[d] == b'-' {
                        d += 1;
                    }
                    out.push(k, d, Kind::Dash);
                    piece = d;
                    k = d;
                    continue;
                }
            }
            k += 1;
        }
    }
    if piece >= j {
        return j;
    }
    if joined & 2 != 0 {
        if let Some(cut) = clitic_cut(text, piece, j) {
            out.push(piece, cut, word_kind(b[piece], text, piece));
            out.push(cut, j, word_kind(b[cut], text, cut));
            return j;
        }
    } else if let Some(cut) = fused_cut(&text[piece..j]) {
        out.push(piece, piece + cut, word_kind(b[piece], text, piece));
        out.push(piece + cut, j, Kind::Lower);
        return j;
    }
    // A period that belongs to the word.
    if j < end && b[j] == b'.' && !(j + 1 < end && b[j + 1] == b'.') {
        if let Some(kind) = abbreviation(&text[piece..j]) {
            out.push(piece, j + 1, kind);
            return j + 1;
        }
    }
    out.push(piece, j, word_kind(b[piece], text, piece));
    j
}

/// Whether the period at `j`, in the word opened at `start`, ends a sentence whose space
/// web text left out before a lowercase sentence starter or `i` ("won.the knights",
/// "small tv.i mean"; `Lexicon::is_lowercase_starter`): a word of letters alone before it
/// (no earlier period: "yahoo.co.uk"), two letters at least ("e.g"), and the starter
/// standing as a word after it, not part of a name or path ("notebook.url",
/// "misc.consumers", "example.org/the"). Rare: kept out of line.
#[cold]
#[inline(never)]
fn space_left_out(text: &str, start: usize, j: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let before = &b[start..j];
    if before.len() < 2 || !before.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let mut k = j + 1;
    while k < end && b[k].is_ascii_lowercase() {
        k += 1;
    }
    let stands = k >= end || b[k].is_ascii_whitespace() || matches!(b[k], b',' | b'!' | b'?');
    k > j + 1 && stands && lexicon().is_lowercase_starter(&text[j + 1..k])
}

/// Start of the dot-separated part of the word `b[start..j]` that ends at `j`.
fn segment_start(b: &[u8], start: usize, j: usize) -> usize {
    b[start..j]
        .iter()
        .rposition(|&c| c == b'.')
        .map_or(start, |p| start + p + 1)
}

fn word_kind(first: u8, text: &str, at: usize) -> Kind {
    if first < 0x80 {
        ASCII_KIND[first as usize]
    } else {
        let ch = char_at(text, at);
        // General punctuation (the curly apostrophe of `’s`) has no case and no digits.
        if ('\u{2000}'..='\u{206f}').contains(&ch) {
            Kind::Uncased
        } else if ch.is_uppercase() {
            Kind::Upper
        } else if ch.is_lowercase() {
            Kind::Lower
        } else if ch.is_numeric() {
            Kind::Number
        } else {
            Kind::Uncased
        }
    }
}

/// Where a clitic starts in `text[start..end]` (a word containing an apostrophe):
/// `'s 're 've 'll 'd 'm` split at the apostrophe, `n't` one letter before it.
fn clitic_cut(text: &str, start: usize, end: usize) -> Option<usize> {
    let w = &text[start..end];
    // The last apostrophe, straight or curly (E2 80 99), found from the end: words are
    // short, and one backward pass beats two searches.
    let wb = w.as_bytes();
    let (apos, alen) = (0..wb.len()).rev().find_map(|k| match wb[k] {
        b'\'' => Some((k, 1)),
        0x99 if k >= 2 && wb[k - 2] == 0xe2 && wb[k - 1] == 0x80 => Some((k - 2, 3)),
        _ => None,
    })?;
    let suffix = &w.as_bytes()[apos + alen..];
    let is = |s: &[u8]| suffix.eq_ignore_ascii_case(s);
    if apos > 0
        && [&b"s"[..], b"re", b"ve", b"ll", b"d", b"m"]
            .iter()
            .any(|s| is(s))
    {
        Some(start + apos)
    } else if is(b"t") && apos > 1 && matches!(w.as_bytes()[apos - 1], b'n' | b'N') {
        Some(start + apos - 1)
    } else {
        None
    }
}

/// Fused forms UD English splits without an apostrophe, with the byte length of their
/// first part. [`maybe_fused`] screens words for them by their first three letters and
/// their length: a new entry must pass it (a test checks).
const FUSED: [(&str, usize); 4] = [("cannot", 3), ("gonna", 3), ("wanna", 3), ("gotta", 3)];

/// The byte length of the first part of `w` if it is one of the [`FUSED`] forms.
fn fused_cut(w: &str) -> Option<usize> {
    if !(5..=6).contains(&w.len()) {
        return None;
    }
    FUSED
        .iter()
        .find(|(f, _)| w.eq_ignore_ascii_case(f))
        .map(|&(_, cut)| cut)
}

/// The kind of `word` + `.` when the period belongs to it.
fn abbreviation(word: &str) -> Option<Kind> {
    let wb = word.as_bytes();
    if wb.len() == 1 && wb[0].is_ascii_uppercase() {
        return Some(Kind::Initial);
    }
    if let Some(class) = lexicon().abbreviation(word) {
        return Some(Kind::Abbrev(class));
    }
    is_dotted_letters(wb).then_some(Kind::Acronym)
}

/// Whether `word` is one or two ASCII letters, then a period and one or two letters, and
/// so on (`U.S`, `Ph.D`, `a.m`): one pass over its bytes, as words before a period are
/// short and mostly without one.
fn is_dotted_letters(word: &[u8]) -> bool {
    let mut dots = 0;
    let mut run = 0;
    for &c in word {
        if c == b'.' {
            if run == 0 {
                return false;
            }
            dots += 1;
            run = 0;
        } else if c.is_ascii_alphabetic() && run < 2 {
            run += 1;
        } else {
            return false;
        }
    }
    dots > 0 && run > 0
}

/// End of a URL starting at `start`, if one does (`http://`, `https://`, `www.`).
fn url(text: &str, start: usize, end: usize) -> Option<usize> {
    let rest = &text.as_bytes()[start..end];
    let scheme = [&b"https://"[..], b"http://", b"ftp://", b"www."]
        .iter()
        .any(|p| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p));
    if !scheme {
        return None;
    }
    let mut j = start;
    while j < end && !is_space_at(text, j, end) {
        j += char_at(text, j).len_utf8();
    }
    // Trailing punctuation belongs to the sentence.
    while j > start {
        let c = text.as_bytes()[j - 1];
        if matches!(
            c,
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'"' | b'\'' | b'>'
        ) {
            j -= 1;
        } else if c >= 0x80 {
            let prev = text[..j].chars().next_back().unwrap_or('a');
            if is_word_char(prev) || prev == '/' {
                break;
            }
            j -= prev.len_utf8();
        } else {
            break;
        }
    }
    Some(j)
}

/// End of an e-mail address starting at `start` (`name.surname@host.org`), if one does.
fn email(text: &str, start: usize, end: usize) -> Option<usize> {
    // Addresses are short; the bound keeps runs like "a.+a.+a.+..." linear.
    const LONGEST: usize = 254;
    let b = text.as_bytes();
    let end = end.min(start + LONGEST);
    let mut j = start;
    let mut at = None;
    while j < end {
        match b[j] {
            c if c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-' | b'+') => j += 1,
            b'@' if at.is_none() && j > start => {
                at = Some(j);
                j += 1;
            }
            _ => break,
        }
    }
    let at = at?;
    while j > at + 1 && matches!(b[j - 1], b'.' | b'-' | b'_' | b'+') {
        j -= 1;
    }
    (j > at + 1).then_some(j)
}

const EMOTICONS: [&str; 23] = [
    ":-)", ":-(", ":-D", ":-P", ":-/", ";-)", ":'(", ":)", ":(", ":D", ":P", ":p", ":/", ";)",
    "=)", ":o", ":O", "<3", "^_^", "^.^", "^^", ">:(", ">:)",
];

fn emoticon(text: &str, i: usize, end: usize) -> Option<usize> {
    let rest = &text.as_bytes()[i..end];
    let before_ok = i == 0 || is_space_before(text, i);
    if !before_ok {
        return None;
    }
    EMOTICONS.iter().find_map(|e| {
        let e = e.as_bytes();
        (rest.starts_with(e) && is_space_at(text, i + e.len(), end)).then_some(i + e.len())
    })
}

fn is_space_before(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_none_or(char::is_whitespace)
}

fn ascii_punct(text: &str, i: usize, end: usize, out: &mut Tokens) -> usize {
    let b = text.as_bytes();
    let c = b[i];
    let run = |i: usize| {
        let mut j = i + 1;
        while j < end && b[j] == c {
            j += 1;
        }
        j
    };
    let (j, kind) = match c {
        b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => return i + 1,
        b'.' => {
            let j = run(i);
            (
                j,
                if j - i >= 2 {
                    Kind::Ellipsis
                } else {
                    Kind::Period
                },
            )
        }
        b'!' | b'?' => {
            let mut j = i + 1;
            while j < end && matches!(b[j], b'!' | b'?') {
                j += 1;
            }
            (j, Kind::Bang)
        }
        // Three apostrophes: after text they close a nested quotation and then the
        // outer one (`called it 'a fair start,''' she said`), the single mark first;
        // before text they open the outer one and then the nested one.
        b'\'' if run(i) == i + 3 => match quote_kind(text, i, i + 3, end) {
            Kind::Closer => (i + 1, Kind::Closer),
            Kind::Opener => {
                out.push(i, i + 2, Kind::Opener);
                out.push(i + 2, i + 3, Kind::Opener);
                return i + 3;
            }
            _ => (i + 2, quote_kind(text, i, i + 2, end)),
        },
        // Two apostrophes or two backquotes are one quotation mark, as wire and treebank
        // text writes them (`said. ''But`, ``Yes,'' he said`).
        b'\'' | b'`' if i + 1 < end && b[i + 1] == c => (i + 2, quote_kind(text, i, i + 2, end)),
        b'"' | b'\'' => (i + 1, quote_kind(text, i, i + 1, end)),
        b'(' | b'[' | b'{' => (i + 1, Kind::Opener),
        b')' | b']' | b'}' => (i + 1, Kind::Closer),
        b',' => (i + 1, Kind::Comma),
        b':' | b';' | b'=' | b'<' | b'^' | b'>' => match emoticon(text, i, end) {
            Some(j) => (j, Kind::Emoticon),
            None if c == b':' || c == b';' => (i + 1, Kind::Colon),
            None => symbol_run(i, run(i)),
        },
        b'-' => {
            let j = run(i);
            (
                j,
                if j - i >= 4 {
                    Kind::Separator
                } else {
                    Kind::Dash
                },
            )
        }
        b'#' | b'@' if word_char_at(text, i + 1, end) => {
            let mut j = i + 1;
            while j < end && (word_char_at(text, j, end) || b[j] == b'_') {
                j += char_at(text, j).len_utf8();
            }
            (j, Kind::Uncased)
        }
        _ => symbol_run(i, run(i)),
    };
    out.push(i, j, kind);
    j
}

fn symbol_run(i: usize, j: usize) -> (usize, Kind) {
    if j - i >= 3 {
        (j, Kind::Separator)
    } else {
        (i + 1, Kind::Symbol)
    }
}

/// A straight quote (the mark from `i` to `j`) opens when it follows a space (or an
/// opener) and precedes text, closes when it follows text.
fn quote_kind(text: &str, i: usize, j: usize, end: usize) -> Kind {
    let after_space = i == 0 || {
        let prev = text[..i].chars().next_back().unwrap_or(' ');
        prev.is_whitespace()
            || matches!(
                prev,
                '(' | '[' | '{' | '\u{201c}' | '\u{2018}' | '-' | '\u{2014}'
            )
    };
    let before_space = is_space_at(text, j, end);
    match (after_space, before_space) {
        (true, false) => Kind::Opener,
        (false, _) => Kind::Closer,
        (true, true) => Kind::Quote,
    }
}

fn unicode_punct(text: &str, i: usize, end: usize, ch: char, out: &mut Tokens) -> usize {
    let w = ch.len_utf8();
    // Three closing curly single marks after text, as three apostrophes: the single
    // mark closing the nested quotation first, then the double one.
    if ch == '\u{2019}'
        && text.get(i + w..end).is_some_and(|rest| {
            rest.starts_with("\u{2019}\u{2019}") && !rest[2 * w..].starts_with(ch)
        })
        && !is_space_before(text, i)
    {
        out.push(i, i + w, Kind::Closer);
        return i + w;
    }
    // Two curly single marks are one double quotation mark, as two apostrophes are
    // (`‘‘Yes,’’ he said`).
    if matches!(ch, '\u{2018}' | '\u{2019}')
        && text
            .get(i + w..end)
            .is_some_and(|rest| rest.starts_with(ch))
    {
        let kind = if ch == '\u{2018}' {
            Kind::Opener
        } else {
            Kind::Closer
        };
        out.push(i, i + 2 * w, kind);
        return i + 2 * w;
    }
    // An opening and a closing single mark between a space and a word open a quotation
    // as one double mark, as some web text writes it (`said. ‘’Should we`).
    if ch == '\u{2018}'
        && text
            .get(i + w..end)
            .is_some_and(|rest| rest.starts_with('\u{2019}'))
        && word_char_at(text, i + 2 * w, end)
        && is_space_before(text, i)
    {
        out.push(i, i + 2 * w, Kind::Opener);
        return i + 2 * w;
    }
    let kind = match ch {
        '\u{201c}' | '\u{2018}' | '\u{ab}' | '\u{201e}' | '\u{2039}' => Kind::Opener,
        '\u{201d}' | '\u{2019}' | '\u{bb}' | '\u{203a}' => Kind::Closer,
        '\u{2026}' => {
            let mut j = i + w;
            while j < end && text[j..].starts_with('\u{2026}') {
                j += w;
            }
            out.push(i, j, Kind::Ellipsis);
            return j;
        }
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Kind::Dash,
        '\u{3002}' => Kind::Period,
        _ => Kind::Symbol,
    };
    out.push(i, i + w, kind);
    i + w
}

/// Which side of a quotation a double quotation mark stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteSide {
    Open,
    Close,
    /// A straight mark (`"`, `''`): opens or closes by where it stands.
    Either,
}

/// The side of a token that is one double quotation mark: `“ « „` and the pairs the
/// tokenizer keeps as one token (`` `` ``, `‘‘`, and `‘’` before a word) open; `” »` and
/// `’’` close; `"` and `''` are either. `None` for anything else, a lone single mark too.
/// Stages that read quotations from token text should ask this rather than list the
/// marks again, so that a pair the tokenizer starts to join is known everywhere.
pub fn double_quote_mark(token: &str) -> Option<QuoteSide> {
    match token {
        "\u{201c}" | "\u{ab}" | "\u{201e}" | "``" | "\u{2018}\u{2018}" | "\u{2018}\u{2019}" => {
            Some(QuoteSide::Open)
        }
        "\u{201d}" | "\u{bb}" | "\u{2019}\u{2019}" => Some(QuoteSide::Close),
        "\"" | "''" => Some(QuoteSide::Either),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_quotation_mark_pair_the_tokenizer_joins_is_a_known_double_mark() {
        // Every pair of quotation characters, before a word, after one and between
        // spaces: a token made of two of them is one mark, which consumers must know.
        let marks = [
            '\'', '`', '"', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}',
        ];
        let mut toks = Tokens::default();
        for a in marks {
            for b in marks {
                for text in [
                    format!("We said {a}{b}Yes{b}{a} then."),
                    format!("We said{a}{b} yes."),
                    format!("We said {a}{b} yes."),
                ] {
                    toks.clear();
                    tokenize_block(&text, Span::new(0, text.len()), &mut toks);
                    for span in &toks.spans {
                        let token = span.slice(&text);
                        if token.chars().count() == 2 && token.chars().all(|c| marks.contains(&c)) {
                            assert!(double_quote_mark(token).is_some(), "{token:?} in {text:?}");
                        }
                    }
                }
            }
        }
        assert_eq!(double_quote_mark("\u{2018}\u{2019}"), Some(QuoteSide::Open));
        assert_eq!(double_quote_mark("\u{2019}"), None);
        assert_eq!(double_quote_mark("''"), Some(QuoteSide::Either));
    }

    #[test]
    fn wide_flag_marks_exactly_the_tokens_followed_by_more_than_one_byte_of_gap() {
        // The flag is set after each block from the spans; it must say what the spans
        // say, also across two blocks appended to one `Tokens`, and never on the last.
        let texts = [
            "Talks resumed.  The envoys met\n\nagain, said Mr. Voss.",
            "a\u{200b}b  c\td -- e\u{a0}f  \"g\" (h)  i...  j",
            "  leading and trailing  ",
            "cannot  gonna, Gotta. wanna\u{2019}s  U.S.  3.5  x",
        ];
        let mut toks = Tokens::default();
        for (n, text) in texts.iter().enumerate() {
            if n % 2 == 0 {
                toks.clear();
            }
            let before = toks.len();
            tokenize_block(text, Span::new(0, text.len()), &mut toks);
            assert_eq!(toks.flags.len(), toks.len());
            for k in 0..toks.len() {
                let gap = toks
                    .spans
                    .get(k + 1)
                    .is_some_and(|next| next.start > toks.spans[k].end + 1);
                // Spans of two texts are not comparable: only within the one tokenized.
                if k + 1 > before {
                    assert_eq!(toks.flags[k] & WIDE != 0, gap, "token {k} of {text:?}");
                }
            }
            assert_eq!(toks.flags.last().map(|f| f & WIDE), Some(0));
        }
    }

    fn words(text: &str) -> Vec<&str> {
        let mut t = Tokens::default();
        tokenize_block(text, Span::new(0, text.len()), &mut t);
        t.spans.iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn the_word_mask_agrees_with_the_class_table_on_every_byte() {
        // Eight bytes at a time or one by one (near a block's end), a byte is a word
        // byte alike.
        let bytes: Vec<u8> = (0..=255u8).collect();
        for chunk in bytes.chunks_exact(8) {
            let mask = non_word_mask(chunk);
            for (k, &c) in chunk.iter().enumerate() {
                let word = mask >> (8 * k + 7) & 1 == 0;
                assert_eq!(word, CLASS[c as usize] & WORD != 0, "byte {c:#x}");
            }
        }
        assert_eq!(
            words("ab\x15cd efgh\x15ijkl"),
            ["ab", "\x15", "cd", "efgh", "\x15", "ijkl"]
        );
    }

    #[test]
    fn the_vector_word_bits_agree_with_the_portable_ones_on_every_byte() {
        let bytes: Vec<u8> = (0..=255u8).chain(0..=255u8).collect();
        for at in 0..bytes.len() - 64 {
            let chunk = &bytes[at..at + 64];
            let mut expected = 0u64;
            for (k, &c) in chunk.iter().enumerate() {
                expected |= ((CLASS[c as usize] & WORD != 0) as u64) << k;
            }
            assert_eq!(word_bits64(chunk), expected, "from byte {at}");
            assert_eq!(word_bits64_portable(chunk), expected, "from byte {at}");
        }
    }

    #[test]
    fn plain_words_read_from_word_bits_split_as_one_by_one_across_windows() {
        // Words of every length up to 70 (longer than a 64-byte window), with a comma or
        // a period after some, behind a first word of every length: runs cross the
        // windows' ends at every offset. Lowercase letters only, so no word is an
        // abbreviation or a fused form and the expected tokens are plain to write down.
        for lead in 1..70 {
            let mut text = "q".repeat(lead);
            let mut expected = vec![text.clone()];
            for len in 1..=70 {
                let word: String = (0..len).map(|k| (b'x' + (k % 3) as u8) as char).collect();
                text.push(' ');
                text.push_str(&word);
                expected.push(word);
                match len % 5 {
                    0 => {
                        text.push(',');
                        expected.push(",".into());
                    }
                    3 => {
                        text.push('.');
                        expected.push(".".into());
                    }
                    _ => {}
                }
            }
            assert_eq!(words(&text), expected, "lead word of {lead} bytes");
        }
    }

    #[test]
    fn tokens_of_a_block_stay_inside_its_span() {
        // A span that ends right before a comma or a period: the mark is outside and no
        // token may reach it (the word-bits path once pushed the comma).
        for text in [
            "we said going, now",
            "we said going. Now",
            "they met in Geneva, then",
        ] {
            for end in 1..=text.len() {
                let mut out = Tokens::default();
                tokenize_block(text, Span::new(0, end), &mut out);
                for s in &out.spans {
                    assert!(s.end as usize <= end, "{text:?} up to {end}: {s:?}");
                }
            }
        }
    }

    #[test]
    fn fused_forms_and_underscores_inside_a_run_of_plain_words_split_as_alone() {
        for (form, cut) in FUSED {
            let text = format!("we said that {form} go, and {form}. then");
            assert_eq!(
                words(&text),
                [
                    "we",
                    "said",
                    "that",
                    &form[..cut],
                    &form[cut..],
                    "go",
                    ",",
                    "and",
                    &form[..cut],
                    &form[cut..],
                    ".",
                    "then"
                ],
                "{text}"
            );
        }
        assert_eq!(
            words("we met _x and a_b then canal"),
            ["we", "met", "_", "x", "and", "a_b", "then", "canal"]
        );
        assert_eq!(
            words("they met Mr. Voss, and Gen. Hale. then"),
            ["they", "met", "Mr.", "Voss", ",", "and", "Gen.", "Hale", ".", "then"]
        );
    }

    #[test]
    fn dotted_letters_are_runs_of_one_or_two_letters_between_periods() {
        // Words as they come before a final period (`U.S.` is looked up as `U.S`).
        for (word, dotted) in [
            ("U.S", true),
            ("Ph.D", true),
            ("a.m", true),
            ("U.K.A", true),
            ("Ab.Cd", true),
            ("US", false),
            ("U..S", false),
            (".US", false),
            ("U.", false),
            ("Abc.D", false),
            ("U.3", false),
            ("", false),
            (".", false),
        ] {
            assert_eq!(is_dotted_letters(word.as_bytes()), dotted, "{word}");
        }
    }

    #[test]
    fn clitics_split_like_ud_english() {
        assert_eq!(words("didn't"), ["did", "n't"]);
        assert_eq!(words("can't"), ["ca", "n't"]);
        assert_eq!(words("Russia's"), ["Russia", "'s"]);
        assert_eq!(words("We\u{2019}ve"), ["We", "\u{2019}ve"]);
        assert_eq!(words("O'Brien"), ["O'Brien"]);
        assert_eq!(words("cannot"), ["can", "not"]);
    }

    #[test]
    fn every_fused_form_passes_the_pre_check_in_any_case() {
        for (form, cut) in FUSED {
            let title = form[..1].to_ascii_uppercase() + &form[1..];
            for w in [form.to_string(), form.to_ascii_uppercase(), title] {
                let text = format!("{w} go");
                assert!(maybe_fused(text.as_bytes(), 0, w.len(), text.len()), "{w}");
                assert_eq!(words(&text), [&w[..cut], &w[cut..], "go"], "{w}");
            }
        }
        // The screen lets few plain words through to the lookup, and they stay whole.
        assert!(!maybe_fused(b"canal", 0, 3, 3));
        assert_eq!(words("Canon gotten"), ["Canon", "gotten"]);
    }

    fn marks(text: &str) -> Vec<(&str, Kind)> {
        let mut t = Tokens::default();
        tokenize_block(text, Span::new(0, text.len()), &mut t);
        t.spans
            .iter()
            .zip(&t.kinds)
            .map(|(s, &k)| (s.slice(text), k))
            .filter(|(w, _)| w.contains(['\'', '\u{2019}', '\u{2018}']))
            .collect()
    }

    #[test]
    fn a_closing_triple_mark_closes_the_inner_single_quote_before_the_outer_double() {
        use Kind::{Closer, Opener};
        // Closing, after a comma, a word or a question mark: `'` then `''`.
        let text = "''She called it 'a fair start,''' the envoy said.";
        assert_eq!(
            marks(text),
            [("''", Opener), ("'", Opener), ("'", Closer), ("''", Closer)]
        );
        assert_eq!(
            words("''It was 'rushed''' he said"),
            ["''", "It", "was", "'", "rushed", "'", "''", "he", "said"]
        );
        assert_eq!(words("'why?'''"), ["'", "why", "?", "'", "''"]);
        // Opening, after a space: `''` then `'`, as before.
        assert_eq!(
            marks("He said, '''Wait,' she told me,'' he said."),
            [("''", Opener), ("'", Opener), ("'", Closer), ("''", Closer)]
        );
        // Curly marks the same way.
        assert_eq!(
            words("it \u{2018}\u{2018}a \u{2018}fair start,\u{2019}\u{2019}\u{2019} he said"),
            [
                "it",
                "\u{2018}\u{2018}",
                "a",
                "\u{2018}",
                "fair",
                "start",
                ",",
                "\u{2019}",
                "\u{2019}\u{2019}",
                "he",
                "said"
            ]
        );
        // Four marks are two double marks; a lone pair stays one.
        assert_eq!(words("end,'''' then"), ["end", ",", "''", "''", "then"]);
        assert_eq!(words("end,'' then"), ["end", ",", "''", "then"]);
    }

    #[test]
    fn hyphens_split_except_after_prefixes() {
        assert_eq!(words("so-called"), ["so", "-", "called"]);
        assert_eq!(words("non-profit"), ["non-profit"]);
        assert_eq!(words("713-853-3989"), ["713-853-3989"]);
    }
}
