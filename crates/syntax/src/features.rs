//! Feature hashing and the per-word facts the tagger and parser read.
//!
//! Every feature is a 64-bit hash of a template id and its values; models keep one weight
//! row per hash bucket (the top bits of the hash), so no feature string is ever built.

/// FNV-1a over bytes: stable across platforms and releases (the weights depend on it).
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Combines a running hash with one more value (a strong 64-bit mix).
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    let mut x = h ^ v.wrapping_add(0x9e37_79b9_7f4a_7c15).wrapping_add(h << 6);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Feature hash of template `t` with values `vs` (tagger).
#[inline]
pub fn feat(t: u64, vs: &[u64]) -> u64 {
    let mut h = mix(0x5151_7eed, t);
    for &v in vs {
        h = mix(h, v);
    }
    h
}

/// Cheaper feature hash (parser): one multiply per value, then a final xor-shift (the
/// models use the top bits).
#[inline]
pub fn feat_fast(t: u64, vs: &[u64]) -> u64 {
    let mut h = (t + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for &v in vs {
        h = (h.rotate_left(23) ^ v).wrapping_mul(0xff51_afd7_ed55_8ccd);
    }
    h ^ (h >> 29)
}

/// What the models know about one word form, computed once per token.
#[derive(Clone, Copy, Debug, Default)]
pub struct WordInfo {
    /// Lowercased form with digits folded to `0`.
    pub norm: u64,
    /// The form as written.
    pub exact: u64,
    /// Suffixes of the lowercased form, 1..=4 characters (the whole form when shorter).
    pub suffix: [u64; 4],
    /// Prefixes of the lowercased form, 1..=3 characters.
    pub prefix: [u64; 3],
    /// Condensed shape (`Xx`, `d`, `x-x`, ...).
    pub shape: u64,
    /// Bit flags: see the `F_*` constants.
    pub flags: u8,
}

pub const F_UPPER_INITIAL: u8 = 1;
pub const F_ALL_UPPER: u8 = 2;
pub const F_HAS_DIGIT: u8 = 4;
pub const F_HAS_HYPHEN: u8 = 8;
pub const F_NO_LETTER: u8 = 16;
pub const F_HAS_PERIOD: u8 = 32;

/// A scratch buffer reused across words so that analysis allocates nothing per token.
#[derive(Default)]
pub struct Analyzer {
    lower: String,
    shape: String,
}

impl Analyzer {
    pub fn analyze(&mut self, form: &str) -> WordInfo {
        if form.is_ascii() {
            return self.analyze_ascii(form.as_bytes());
        }
        self.analyze_general(form)
    }

    /// [`Analyzer::analyze`] for any form.
    fn analyze_general(&mut self, form: &str) -> WordInfo {
        self.lower.clear();
        self.shape.clear();
        let mut flags = 0u8;
        let mut letters = 0usize;
        let mut uppers = 0usize;
        let mut last_class = '\0';
        let mut run = 0usize;
        for (k, c) in form.chars().enumerate() {
            if c.is_uppercase() {
                uppers += 1;
                if k == 0 {
                    flags |= F_UPPER_INITIAL;
                }
            }
            if c.is_alphabetic() {
                letters += 1;
            }
            if c.is_ascii_digit() {
                flags |= F_HAS_DIGIT;
                self.lower.push('0');
            } else {
                for l in c.to_lowercase() {
                    self.lower.push(l);
                }
            }
            if c == '-' {
                flags |= F_HAS_HYPHEN;
            }
            if c == '.' {
                flags |= F_HAS_PERIOD;
            }
            let class = if c.is_uppercase() {
                'X'
            } else if c.is_alphabetic() {
                'x'
            } else if c.is_numeric() {
                'd'
            } else {
                c
            };
            if class == last_class {
                run += 1;
            } else {
                run = 1;
                last_class = class;
            }
            // Runs longer than two collapse: "Xxxxx" -> "Xxx", "dddd" -> "dd".
            if run <= 2 && self.shape.len() < 24 {
                self.shape.push(class);
            }
        }
        if letters == 0 {
            flags |= F_NO_LETTER;
        }
        if letters > 0 && uppers == letters && letters > 1 {
            flags |= F_ALL_UPPER;
        }
        let lower = self.lower.as_str();
        let mut suffix = [0u64; 4];
        let mut prefix = [0u64; 3];
        let n = lower.chars().count();
        for (k, s) in suffix.iter_mut().enumerate() {
            let take = (k + 1).min(n);
            let start = lower.char_indices().nth(n - take).map_or(0, |(i, _)| i);
            *s = hash_bytes(&lower.as_bytes()[start..]);
        }
        for (k, p) in prefix.iter_mut().enumerate() {
            let take = (k + 1).min(n);
            let end = lower
                .char_indices()
                .nth(take)
                .map_or(lower.len(), |(i, _)| i);
            *p = hash_bytes(&lower.as_bytes()[..end]);
        }
        WordInfo {
            norm: hash_bytes(lower.as_bytes()),
            exact: hash_bytes(form.as_bytes()),
            suffix,
            prefix,
            shape: hash_bytes(self.shape.as_bytes()),
            flags,
        }
    }

    /// [`Analyzer::analyze`] for ASCII forms (most words): the same values, one pass over
    /// bytes, no character decoding.
    fn analyze_ascii(&mut self, form: &[u8]) -> WordInfo {
        let mut lower = [0u8; 64];
        let mut shape = [0u8; 24];
        let (mut n_shape, mut flags) = (0usize, 0u8);
        let (mut letters, mut uppers, mut run, mut last) = (0usize, 0usize, 0usize, 0u8);
        let long = form.len() > lower.len();
        for (k, &c) in form.iter().enumerate() {
            let class = if c.is_ascii_uppercase() {
                uppers += 1;
                if k == 0 {
                    flags |= F_UPPER_INITIAL;
                }
                b'X'
            } else if c.is_ascii_lowercase() {
                b'x'
            } else if c.is_ascii_digit() {
                flags |= F_HAS_DIGIT;
                b'd'
            } else {
                c
            };
            if c.is_ascii_alphabetic() {
                letters += 1;
            }
            if c == b'-' {
                flags |= F_HAS_HYPHEN;
            }
            if c == b'.' {
                flags |= F_HAS_PERIOD;
            }
            if let Some(l) = lower.get_mut(k) {
                *l = if c.is_ascii_digit() {
                    b'0'
                } else {
                    c.to_ascii_lowercase()
                };
            }
            if class == last {
                run += 1;
            } else {
                run = 1;
                last = class;
            }
            if run <= 2 && n_shape < shape.len() {
                shape[n_shape] = class;
                n_shape += 1;
            }
        }
        if letters == 0 {
            flags |= F_NO_LETTER;
        }
        if letters > 0 && uppers == letters && letters > 1 {
            flags |= F_ALL_UPPER;
        }
        // Forms longer than the buffer (rare) are lowercased into the String.
        let lower: &[u8] = if long {
            self.lower.clear();
            self.lower.extend(form.iter().map(|&c| {
                if c.is_ascii_digit() {
                    '0'
                } else {
                    c.to_ascii_lowercase() as char
                }
            }));
            self.lower.as_bytes()
        } else {
            &lower[..form.len()]
        };
        let n = lower.len();
        let mut suffix = [0u64; 4];
        let mut prefix = [0u64; 3];
        for (k, s) in suffix.iter_mut().enumerate() {
            *s = hash_bytes(&lower[n - (k + 1).min(n)..]);
        }
        for (k, p) in prefix.iter_mut().enumerate() {
            *p = hash_bytes(&lower[..(k + 1).min(n)]);
        }
        WordInfo {
            norm: hash_bytes(lower),
            exact: hash_bytes(form),
            suffix,
            prefix,
            shape: hash_bytes(&shape[..n_shape]),
            flags,
        }
    }

    /// The normalized form as a string (lowercased, digits folded), for dictionaries.
    pub fn normalize<'a>(&'a mut self, form: &str) -> &'a str {
        self.lower.clear();
        for c in form.chars() {
            if c.is_ascii_digit() {
                self.lower.push('0');
            } else {
                for l in c.to_lowercase() {
                    self.lower.push(l);
                }
            }
        }
        &self.lower
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analysis_folds_case_and_digits_and_survives_multibyte_forms() {
        let mut a = Analyzer::default();
        let x = a.analyze("Washington");
        let y = a.analyze("washington");
        assert_eq!(x.norm, y.norm);
        assert_ne!(x.shape, y.shape);
        assert!(x.flags & F_UPPER_INITIAL != 0);
        let d = a.analyze("2022");
        assert_eq!(d.norm, a.analyze("1999").norm);
        let e = a.analyze("🇺🇸é");
        assert!(e.flags & F_NO_LETTER == 0);
        let _ = a.analyze("");
    }

    #[test]
    fn ascii_fast_path_gives_the_same_values_as_the_general_one() {
        let mut a = Analyzer::default();
        let long = "x".repeat(70) + "-Y9";
        for w in [
            "Washington",
            "U.S.",
            "2022",
            "e-mail",
            "NATO",
            ",",
            "",
            "a",
            "XXXXyy",
            &long,
        ] {
            let fast = a.analyze(w);
            let general = a.analyze_general(w);
            assert_eq!(
                (
                    fast.norm,
                    fast.suffix,
                    fast.prefix,
                    fast.shape,
                    fast.flags,
                    fast.exact
                ),
                (
                    general.norm,
                    general.suffix,
                    general.prefix,
                    general.shape,
                    general.flags,
                    general.exact
                ),
                "{w}"
            );
        }
    }
}
