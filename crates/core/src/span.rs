//! Byte spans into `Document::text`.

/// A half-open byte range `start..end` into the document text.
///
/// Spans are always on UTF-8 character boundaries; constructors in the stages guarantee
/// it and [`Span::slice`] never panics even if one were not.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span {
            start: start as u32,
            end: end.max(start) as u32,
        }
    }

    #[inline]
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    #[inline]
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    #[inline]
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The text under the span, or `""` if the span does not fit `text`.
    #[inline]
    pub fn slice(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    #[inline]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    #[inline]
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// Converts byte offsets to character offsets for one text (binary search over a table of
/// its multi-byte characters; free for ASCII text).
pub struct CharIndex {
    /// (byte offset, char offset, byte width) of every non-ASCII character.
    marks: Vec<(u32, u32, u32)>,
}

impl CharIndex {
    pub fn new(text: &str) -> CharIndex {
        let mut marks = Vec::new();
        if !text.is_ascii() {
            for (chars, (byte, ch)) in text.char_indices().enumerate() {
                if !ch.is_ascii() {
                    marks.push((byte as u32, chars as u32, ch.len_utf8() as u32));
                }
            }
        }
        CharIndex { marks }
    }

    /// Character offset of byte offset `byte` (a char boundary).
    pub fn char_offset(&self, byte: u32) -> u32 {
        let i = self.marks.partition_point(|&(b, _, _)| b < byte);
        if i == 0 {
            return byte;
        }
        let (b, c, w) = self.marks[i - 1];
        c + 1 + byte.saturating_sub(b + w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_characters_not_bytes() {
        let text = "a\u{e9}b \u{201c}q\u{201d} z";
        let idx = CharIndex::new(text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_offset(byte as u32), chars as u32, "byte {byte}");
        }
        assert_eq!(
            idx.char_offset(text.len() as u32),
            text.chars().count() as u32
        );
    }
}
