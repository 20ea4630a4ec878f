//! A fast hasher for the maps and sets keyed by our own short words (lexicon entries,
//! list words), which stages look up for nearly every token. The std `HashMap` hashes
//! with SipHash, whose resistance to chosen keys buys nothing for keys that come from
//! our data files and costs several times more per lookup. Lookups of text words into
//! such maps are safe too: a text can only make its own lookups slower, never wrong.
//!
//! Use these maps only for lookups (or where iteration order does not reach any
//! output): their iteration order differs from the std hasher's.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A multiplicative hash over eight bytes at a time, then the tail byte by byte.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`WordHasher`]s.
pub type WordBuild = BuildHasherDefault<WordHasher>;
/// A map keyed by words, hashed with [`WordHasher`].
pub type WordMap<K, V> = HashMap<K, V, WordBuild>;
/// A set of words, hashed with [`WordHasher`].
pub type WordSet<K> = HashSet<K, WordBuild>;

/// The longest word [`ascii_lower`] lowers on the stack.
pub const LOWER_BUF: usize = 32;

/// `word` with its ASCII letters lowered (other chars kept): `word` itself when it has no
/// ASCII capital, else written into `buf` when it fits, so that a case-blind lookup of a
/// short word allocates nothing; `None` when it must be lowered and is longer than the
/// buffer (the caller lowers it on the heap).
#[inline]
pub fn ascii_lower<'a>(word: &'a str, buf: &'a mut [u8; LOWER_BUF]) -> Option<&'a str> {
    let bytes = word.as_bytes();
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return Some(word);
    }
    let out = buf.get_mut(..bytes.len())?;
    for (o, &b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    // Lowering ASCII bytes keeps UTF-8 valid, so this never fails.
    std::str::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_map_finds_what_was_inserted_and_nothing_else() {
        let mut map: WordMap<String, u32> = WordMap::default();
        for (i, w) in ["treaty", "summit", "sanctions", "a", "", "ceasefire-talks"]
            .iter()
            .enumerate()
        {
            map.insert(w.to_string(), i as u32);
        }
        assert_eq!(map.get("summit"), Some(&1));
        assert_eq!(map.get(""), Some(&4));
        assert_eq!(map.get("ceasefire-talks"), Some(&5));
        assert_eq!(map.get("Summit"), None);
        assert_eq!(map.get("sanction"), None);
    }

    #[test]
    fn ascii_lower_lowers_ascii_letters_only_and_refuses_long_words_it_must_change() {
        let mut buf = [0u8; LOWER_BUF];
        assert_eq!(
            ascii_lower("Prime-Minister", &mut buf),
            Some("prime-minister")
        );
        assert_eq!(ascii_lower("ÉLYSÉE", &mut buf), Some("ÉlysÉe"));
        assert_eq!(
            ascii_lower(&"x".repeat(LOWER_BUF), &mut buf).map(str::len),
            Some(LOWER_BUF)
        );
        assert_eq!(ascii_lower(&"X".repeat(LOWER_BUF + 1), &mut buf), None);
        let long = "x".repeat(LOWER_BUF + 1);
        assert_eq!(ascii_lower(&long, &mut buf), Some(long.as_str()));
    }
}
