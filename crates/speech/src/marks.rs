//! Token classes and quotation-mark pairing.

use attache_core::segment::{double_quote_mark, QuoteSide};
use attache_core::Document;

/// The class of a token, as far as quotation and attribution care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// `“` `«` `„` (and the pairs `` ``, `‘‘`, `‘’` kept as one token): always opens.
    Open,
    /// `”` `»` `’’`: always closes.
    Close,
    /// `"`: opens or closes depending on the state.
    Straight,
    /// `'` `‘` `’` standing alone (nested quotes, possessives): never pairs at top level.
    Single,
    Comma,
    Colon,
    Semicolon,
    /// `.` `!` `?`
    End,
    Dash,
    /// `(` `[`
    OpenBracket,
    /// `)` `]`
    CloseBracket,
    Other,
}

impl Kind {
    pub fn of(word: &str) -> Kind {
        // Double quotation marks, the pairs the tokenizer keeps as one token included, as
        // the tokenizer knows them.
        match double_quote_mark(word) {
            Some(QuoteSide::Open) => return Kind::Open,
            Some(QuoteSide::Close) => return Kind::Close,
            Some(QuoteSide::Either) => return Kind::Straight,
            None => {}
        }
        let mut chars = word.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            return Kind::Word;
        };
        match c {
            '\'' | '\u{2018}' | '\u{2019}' => Kind::Single,
            ',' => Kind::Comma,
            ':' => Kind::Colon,
            ';' => Kind::Semicolon,
            '.' | '!' | '?' => Kind::End,
            '-' | '\u{2013}' | '\u{2014}' => Kind::Dash,
            '(' | '[' => Kind::OpenBracket,
            ')' | ']' => Kind::CloseBracket,
            c if c.is_alphanumeric() => Kind::Word,
            _ => Kind::Other,
        }
    }

    pub fn is_mark(self) -> bool {
        matches!(self, Kind::Open | Kind::Close | Kind::Straight)
    }

    pub fn is_punct(self) -> bool {
        !matches!(self, Kind::Word)
    }
}

/// A stretch of text between quotation marks (token indices into `Document::tokens`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// The opening mark.
    pub open: usize,
    /// First and one-past-last content token.
    pub start: usize,
    pub end: usize,
    /// The closing mark, `None` when the quote runs to the end of its paragraph.
    pub close: Option<usize>,
    /// Index into `Document::blocks`.
    pub block: u32,
}

/// Token ranges of each paragraph that has sentences, with its block index.
pub fn paragraphs(doc: &Document) -> Vec<(u32, std::ops::Range<usize>)> {
    let mut out: Vec<(u32, std::ops::Range<usize>)> = Vec::new();
    for s in &doc.sentences {
        let r = s.tokens.start as usize..s.tokens.end as usize;
        match out.last_mut() {
            Some((b, range)) if *b == s.block && range.end == r.start => range.end = r.end,
            _ => out.push((s.block, r)),
        }
    }
    out
}

/// Pairs the quotation marks of one paragraph. Curly marks say which way they face;
/// straight marks alternate. An opening mark left open closes at the paragraph's end.
pub fn pair_marks(
    kinds: &[Kind],
    block: u32,
    range: std::ops::Range<usize>,
    out: &mut Vec<Segment>,
) {
    let mut open: Option<usize> = None;
    let push = |o: usize, close: Option<usize>, end: usize, out: &mut Vec<Segment>| {
        if o + 1 < end {
            out.push(Segment {
                open: o,
                start: o + 1,
                end,
                close,
                block,
            });
        }
    };
    for i in range.clone() {
        match (kinds[i], open) {
            (Kind::Open, Some(o)) => {
                // A second opening mark: the first one was never closed.
                push(o, None, i, out);
                open = Some(i);
            }
            (Kind::Open, None) | (Kind::Straight, None) => open = Some(i),
            (Kind::Close, Some(o)) | (Kind::Straight, Some(o)) => {
                push(o, Some(i), i, out);
                open = None;
            }
            _ => {}
        }
    }
    if let Some(o) = open {
        push(o, None, range.end, out);
    }
}

#[cfg(test)]
mod tests {
    use super::Kind;

    #[test]
    fn doubled_single_marks_read_as_double_quotation_marks() {
        assert_eq!(Kind::of("''"), Kind::Straight);
        assert_eq!(Kind::of("``"), Kind::Open);
        assert_eq!(Kind::of("\u{2018}\u{2018}"), Kind::Open);
        assert_eq!(Kind::of("\u{2018}\u{2019}"), Kind::Open);
        assert_eq!(Kind::of("\u{2019}\u{2019}"), Kind::Close);
        assert_eq!(Kind::of("\u{2019}"), Kind::Single);
    }
}
