//! Brown word clusters of about 190,000 English word forms (`models/clusters.tsv`, built
//! from spaCy's lookup tables by `tools/build_clusters.py`; see `models/README.md`).
//!
//! A cluster is a leaf of a binary hierarchy, named by its path from the root. Prefixes of
//! the path are coarser classes (the first 4 steps tell apart about 16 broad groups, the
//! whole path one of 1,000 clusters), so features can read a word's class at several grains.
//! This gives the models a class for words never seen in the annotated training corpora.
//!
//! Lookup is by the hashes the models already compute per token ([`WordInfo`]): the form as
//! written first, then its normalized form (lowercased, digits folded to `0`), which finds
//! "Tuesdays" through "tuesdays" and an unlisted year through a listed one.

use std::sync::OnceLock;

use crate::features::{hash_bytes, Analyzer, WordInfo};
use crate::io::{ByteReader, ByteWriter};

/// The committed table's text (`models/clusters.tsv`), the reviewed source of the table.
pub static EMBEDDED_TEXT: &str = include_str!("../models/clusters.tsv");

/// The same table built (`models/clusters.bin`, [`Clusters::to_bytes`] of
/// `Clusters::parse(EMBEDDED_TEXT)`, written by the `build_clusters_bin` example; a test
/// checks that the two agree). Reading it takes a few milliseconds, parsing the text ~40.
pub static EMBEDDED_BIN: &[u8] = include_bytes!("../models/clusters.bin");

/// Kind byte of the built table's file (`io::ByteWriter::magic`).
const KIND: u8 = b'C';

/// Steps a path may have (the file's longest has 18).
pub const MAX_PATH: usize = 24;

/// A word's cluster: its path, first step in the lowest bit, and the path's length (up to
/// its last 1 step: trailing 0 steps are not recorded in the source).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cluster(u32);

impl Cluster {
    /// The path's steps, first step in bit 0.
    pub fn path(self) -> u32 {
        self.0 & 0x00ff_ffff
    }

    /// Number of recorded steps.
    pub fn len(self) -> u32 {
        self.0 >> 24
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The first `k` steps (a coarser class; steps past the recorded end read as 0, so
    /// equal prefixes mean the same ancestor). As a feature value it is distinct for each
    /// `k`: `prefix(k)` of different grains never collide.
    pub fn prefix(self, k: u32) -> u64 {
        let k = k.min(MAX_PATH as u32);
        let mask = (1u32 << k) - 1;
        ((k as u64) << 32) | (self.path() & mask) as u64
    }

    /// The whole cluster as a feature value (one of the 1,000 leaves).
    pub fn id(self) -> u64 {
        (1u64 << 40) | self.path() as u64
    }
}

/// Form -> cluster table: open addressing with linear probing over `2^bits` slots, each
/// `fingerprint << 32 | cluster` (0: free; a cluster is never 0). The slot index is the
/// top bits of the form's hash, the fingerprint its low 32 bits, so two forms are
/// confused only when their 64-bit hashes agree on both (about one lookup in 2^32).
pub struct Clusters {
    slots: Vec<u64>,
    bits: u32,
    /// Distinct clusters in the table.
    n_clusters: usize,
}

impl Clusters {
    /// A free table for up to `n` keys: at least 1.5 slots per key (so it is at most 2/3
    /// full, which keeps probe runs short, and a probe always meets a free slot).
    fn with_forms(n: usize) -> Clusters {
        let bits = (n + n / 2 + 1).max(16).next_power_of_two().trailing_zeros();
        Clusters {
            slots: vec![0; 1 << bits],
            bits,
            n_clusters: 0,
        }
    }

    /// Inserts `key` unless present; false when it was present (or the table is full,
    /// which `parse` rules out by sizing the table for every key it inserts).
    fn insert(&mut self, key: u64, c: Cluster) -> bool {
        let mask = self.slots.len() - 1;
        let fp = key & 0xffff_ffff;
        let mut i = (key >> (64 - self.bits)) as usize;
        for _ in 0..self.slots.len() {
            let s = self.slots[i];
            if s == 0 {
                self.slots[i] = (fp << 32) | c.0 as u64;
                return true;
            }
            if s >> 32 == fp {
                return false;
            }
            i = (i + 1) & mask;
        }
        false
    }

    /// The cluster stored under `key`. The probe visits each slot at most once, so it ends
    /// even on a table without a free slot.
    #[inline]
    fn find(&self, key: u64) -> Option<Cluster> {
        let mask = self.slots.len().wrapping_sub(1);
        let fp = key & 0xffff_ffff;
        let mut i = (key >> (64 - self.bits)) as usize;
        for _ in 0..self.slots.len() {
            let s = *self.slots.get(i)?;
            if s == 0 {
                return None;
            }
            if s >> 32 == fp {
                return Some(Cluster(s as u32));
            }
            i = (i + 1) & mask;
        }
        None
    }
}

impl Clusters {
    /// The committed table, read on first use from its built form (checked by a test against
    /// the text).
    pub fn embedded() -> &'static Clusters {
        static TABLE: OnceLock<Clusters> = OnceLock::new();
        TABLE.get_or_init(|| {
            Clusters::from_bytes(EMBEDDED_BIN).unwrap_or_else(|e| {
                eprintln!("attache-syntax: embedded clusters unreadable ({e}); none used");
                Clusters::empty()
            })
        })
    }

    /// A table without forms (every lookup misses).
    pub fn empty() -> Clusters {
        Clusters::with_forms(0)
    }

    /// Reads `path TAB form form ...` lines (see the module doc). A normalized form that is
    /// not listed itself takes the cluster of the first listed form that normalizes to it.
    /// Errors name the line.
    pub fn parse(text: &str) -> Result<Clusters, String> {
        // Forms are separated by spaces: their count is a capacity hint (the table itself
        // is sized once every key is known).
        let n_forms = text.bytes().filter(|&b| b == b' ' || b == b'\n').count() + 1;
        // Listed forms (hash, line, cluster), inserted in hash order at the end: the slots
        // are then written front to back instead of at random (loading took twice as long).
        let mut listed: Vec<(u64, u32, Cluster)> = Vec::with_capacity(n_forms);
        // Normalized forms of listed forms that differ from them: added after every listed
        // form, so that a listed form keeps its own cluster.
        let mut norms: Vec<(u64, Cluster)> = Vec::with_capacity(40_000);
        let mut an = Analyzer::default();
        let mut lower = Vec::new();
        let mut n_clusters = 0;
        for (k, line) in text.lines().enumerate() {
            let no = k + 1;
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (path, forms) = line
                .split_once('\t')
                .ok_or_else(|| format!("clusters line {no}: no tab after the path"))?;
            if path.is_empty() || path.len() > MAX_PATH || !path.ends_with('1') {
                return Err(format!(
                    "clusters line {no}: path {path:?} must be 1 to {MAX_PATH} steps ending in 1"
                ));
            }
            let mut bits = 0u32;
            for (i, c) in path.bytes().enumerate() {
                match c {
                    b'0' => {}
                    b'1' => bits |= 1 << i,
                    _ => return Err(format!("clusters line {no}: path {path:?} is not 0/1")),
                }
            }
            let cluster = Cluster(((path.len() as u32) << 24) | bits);
            n_clusters += 1;
            for form in forms.split(' ') {
                if form.is_empty() {
                    return Err(format!("clusters line {no}: empty form"));
                }
                listed.push((hash_bytes(form.as_bytes()), no as u32, cluster));
                let bytes = form.as_bytes();
                if !bytes
                    .iter()
                    .any(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                {
                    // Already normal, or not ASCII (Analyzer::normalize decides).
                    if form.is_ascii() {
                        continue;
                    }
                    let norm = an.normalize(form);
                    if norm != form {
                        norms.push((hash_bytes(norm.as_bytes()), cluster));
                    }
                    continue;
                }
                if !form.is_ascii() {
                    norms.push((hash_bytes(an.normalize(form).as_bytes()), cluster));
                    continue;
                }
                fold_ascii(bytes, &mut lower);
                norms.push((hash_bytes(&lower), cluster));
            }
        }
        // Sized for every key collected (listed and normalized): a probe always meets a free
        // slot.
        let mut table = Clusters::with_forms(listed.len() + norms.len());
        listed.sort_unstable_by_key(|e| (e.0, e.1));
        for (k, &(key, no, cluster)) in listed.iter().enumerate() {
            if k > 0 && listed[k - 1].0 == key {
                return Err(format!("clusters line {no}: a form listed twice"));
            }
            table.insert(key, cluster);
        }
        // Stable: of the forms with one normal form, the first listed inserts it.
        norms.sort_by_key(|e| e.0);
        for (key, cluster) in norms {
            table.insert(key, cluster);
        }
        table.n_clusters = n_clusters;
        Ok(table)
    }

    /// The built table: its size, the distinct cluster values, a bit per slot telling the
    /// used ones, and of each used slot (in order) its fingerprint and the index of its
    /// cluster value (u16, little-endian byte pairs).
    pub fn to_bytes(&self) -> Vec<u8> {
        let used: Vec<u64> = self.slots.iter().copied().filter(|&s| s != 0).collect();
        let mut values: Vec<u32> = used.iter().map(|&s| s as u32).collect();
        values.sort_unstable();
        values.dedup();
        let mut bitmap = vec![0u32; self.slots.len().div_ceil(32)];
        for (i, _) in self.slots.iter().enumerate().filter(|(_, &s)| s != 0) {
            bitmap[i / 32] |= 1 << (i % 32);
        }
        let fps: Vec<u32> = used.iter().map(|&s| (s >> 32) as u32).collect();
        let mut index = Vec::with_capacity(2 * used.len());
        for &s in &used {
            let k = values.binary_search(&(s as u32)).unwrap_or(0) as u16;
            index.extend(k.to_le_bytes().map(|b| b as i8));
        }
        let mut w = ByteWriter::default();
        w.magic(KIND);
        w.u32(self.bits);
        w.u32(self.n_clusters as u32);
        w.u32s(&values);
        w.u32s(&bitmap);
        w.u32s(&fps);
        w.i8s(&index);
        w.buf
    }

    /// Reads [`Clusters::to_bytes`]; a truncated or inconsistent file is an error.
    pub fn from_bytes(data: &[u8]) -> Result<Clusters, String> {
        let mut r = ByteReader::new(data);
        r.magic(KIND)?;
        let bits = r.u32()?;
        let n_clusters = r.u32()? as usize;
        let values = r.u32s()?;
        let bitmap = r.u32s()?;
        let fps = r.u32s()?;
        let index = r.i8s()?;
        r.done()?;
        let bad = |what: &str| Err(format!("built clusters table: {what}"));
        if !(4..=30).contains(&bits) || bitmap.len() != (1usize << bits).div_ceil(32) {
            return bad("size and slot bits disagree");
        }
        if values.contains(&0) || index.len() != 2 * fps.len() || fps.len() >= 1 << bits {
            return bad("inconsistent lengths or values");
        }
        let mut slots = vec![0u64; 1 << bits];
        let mut k = 0;
        for (w, &word) in bitmap.iter().enumerate() {
            let mut rest = word;
            while rest != 0 {
                let bit = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                let (Some(&fp), Some(&lo), Some(&hi)) =
                    (fps.get(k), index.get(2 * k), index.get(2 * k + 1))
                else {
                    return bad("more used slots than entries");
                };
                let v = u16::from_le_bytes([lo as u8, hi as u8]) as usize;
                let Some(&c) = values.get(v) else {
                    return bad("cluster index out of range");
                };
                let Some(slot) = slots.get_mut((w << 5) | bit) else {
                    return bad("a used slot past the end");
                };
                *slot = ((fp as u64) << 32) | c as u64;
                k += 1;
            }
        }
        if k != fps.len() {
            return bad("fewer used slots than entries");
        }
        Ok(Clusters {
            slots,
            bits,
            n_clusters,
        })
    }

    /// The cluster of an analyzed word: of its form as written, else of its normalized form.
    #[inline]
    pub fn get(&self, w: &WordInfo) -> Option<Cluster> {
        self.get_hashes(w.exact, w.norm)
    }

    /// [`Clusters::get`] from the hashes of the form as written and of its normalized form
    /// (`features::hash_bytes` of each).
    #[inline]
    pub fn get_hashes(&self, exact: u64, norm: u64) -> Option<Cluster> {
        match self.find(exact) {
            Some(c) => Some(c),
            None if norm != exact => self.find(norm),
            None => None,
        }
    }

    /// The cluster of `form` (analyzes it; the models use [`Clusters::get`]).
    pub fn lookup(&self, form: &str) -> Option<Cluster> {
        let mut an = Analyzer::default();
        let norm = hash_bytes(an.normalize(form).as_bytes());
        self.get_hashes(hash_bytes(form.as_bytes()), norm)
    }

    /// Number of clusters read.
    pub fn n_clusters(&self) -> usize {
        self.n_clusters
    }

    /// Bytes of the table in memory (approximate).
    pub fn bytes(&self) -> usize {
        8 * self.slots.len()
    }
}

/// A hash of the table's data lines (comment lines left out), to tell which table a model
/// was trained with (`tagger::TRAINED_CLUSTERS`).
pub fn data_hash(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        for &b in line.as_bytes().iter().chain(b"\n") {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// `Analyzer::normalize` of an ASCII form (lowercased, digits folded to `0`), byte by byte
/// into `out`: the table's normalized keys must be the hashes the tagger looks up (a test
/// compares the two over every form of the embedded file).
fn fold_ascii(bytes: &[u8], out: &mut Vec<u8>) {
    out.clear();
    out.extend(bytes.iter().map(|&b| {
        if b.is_ascii_digit() {
            b'0'
        } else {
            b.to_ascii_lowercase()
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_table_loads_and_groups_related_words() {
        let c = Clusters::embedded();
        assert!(c.n_clusters() > 900, "{} clusters", c.n_clusters());
        let get = |w: &str| c.lookup(w).unwrap_or_else(|| panic!("{w} has a cluster"));
        // Days share a cluster; two countries share a long prefix but not every step with
        // a verb.
        assert_eq!(get("Monday"), get("Tuesday"));
        let (fr, de, said) = (get("France"), get("Germany"), get("said"));
        assert_eq!(fr.prefix(6), de.prefix(6));
        assert_ne!(fr.prefix(6), said.prefix(6));
        assert!(c.lookup("qqzzxqq").is_none());
        // At most 2/3 full (short probes), at least 1/3 (no memory for nothing).
        let used = c.slots.iter().filter(|&&s| s != 0).count();
        assert!(3 * used <= 2 * c.slots.len(), "{used} of {}", c.slots.len());
        assert!(3 * used > c.slots.len(), "{used} of {}", c.slots.len());
    }

    #[test]
    fn the_built_table_equals_the_parsed_text() {
        let parsed = Clusters::parse(EMBEDDED_TEXT).expect("clusters.tsv");
        let built = Clusters::from_bytes(EMBEDDED_BIN).expect("clusters.bin");
        assert!(
            built.slots == parsed.slots && built.bits == parsed.bits,
            "clusters.bin is stale: rebuild it with the build_clusters_bin example"
        );
        assert_eq!(built.n_clusters, parsed.n_clusters);
        let small = Clusters::parse("01\tthe The\n1\tTHING 1999\n").expect("well-formed");
        let again = Clusters::from_bytes(&small.to_bytes()).expect("round trip");
        assert_eq!(again.slots, small.slots);
        assert_eq!(again.lookup("Thing"), small.lookup("thing"));
        assert_eq!(again.n_clusters(), 2);
    }

    #[test]
    fn a_damaged_built_table_is_refused() {
        let good = Clusters::parse("01\tthe The\n1\tTHING 1999\n")
            .expect("well-formed")
            .to_bytes();
        assert!(Clusters::from_bytes(&good).is_ok());
        for cut in [0, 5, 12, good.len() / 2, good.len() - 1] {
            assert!(Clusters::from_bytes(&good[..cut]).is_err(), "cut at {cut}");
        }
        // A flipped bit of the slot bitmap (it starts after the 6-byte tag, size, count and
        // the two cluster values with their length) marks one used slot too many or few.
        let mut flipped = good.clone();
        flipped[6 + 4 + 4 + 4 + 2 * 4 + 4] ^= 1;
        assert!(Clusters::from_bytes(&flipped).is_err());
    }

    #[test]
    fn lookup_falls_back_to_the_normalized_form() {
        let text = "01\tthe The\n1\tTHING 1999\n011\tthing\n";
        let c = Clusters::parse(text).expect("well-formed");
        let one = |s: &str| c.lookup(s);
        // "The" is listed itself; "tHE" is not and reads as its normal form "the".
        assert_ne!(one("The"), None);
        assert_eq!(one("tHE"), one("the"));
        // "THING" is listed itself; "Thing" falls back to "thing", which is listed, and not
        // to "THING", which came first.
        assert_ne!(one("THING"), one("thing"));
        assert_eq!(one("Thing"), one("thing"));
        // An unlisted year reads as a listed one (digits fold to 0).
        assert_eq!(one("2027"), one("1999"));
        assert_eq!(one("ThE").map(Cluster::len), Some(2));
        assert_eq!(one("x"), None);
    }

    #[test]
    fn a_full_table_lookup_of_an_absent_form_terminates() {
        // Eight listed forms and eight distinct normal forms: sixteen keys.
        let c = Clusters::parse("1\tA B C D E F G H\n").expect("well-formed");
        assert!(c.slots.contains(&0), "a free slot is left");
        assert_eq!(c.lookup("x"), None);
        assert_eq!(c.lookup("b"), c.lookup("B"));
        // Without a trailing newline the last form counts too.
        let c = Clusters::parse("1\tA B C D E F G H").expect("well-formed");
        assert_eq!(c.lookup("h"), c.lookup("A"));
        assert_eq!(c.lookup("y"), None);
        // A table with every slot taken (only possible by hand): lookups still end.
        let mut full = Clusters::with_forms(0);
        let one = Cluster((1 << 24) | 1);
        for key in 1..=full.slots.len() as u64 {
            assert!(full.insert(key, one));
        }
        assert!(full.slots.iter().all(|&s| s != 0));
        assert_eq!(full.find(1_000_000), None);
        assert!(!full.insert(1_000_000, one));
        assert_eq!(full.find(3), Some(one));
    }

    #[test]
    fn the_byte_folding_equals_the_analyzers_normalization_on_every_embedded_form() {
        let mut an = Analyzer::default();
        let mut folded = Vec::new();
        let mut checked = 0;
        for line in EMBEDDED_TEXT.lines().filter(|l| !l.starts_with('#')) {
            let forms = line.split_once('\t').map_or("", |(_, f)| f);
            for form in forms.split(' ').filter(|f| f.is_ascii()) {
                fold_ascii(form.as_bytes(), &mut folded);
                assert_eq!(folded, an.normalize(form).as_bytes(), "{form}");
                checked += 1;
            }
        }
        assert!(checked > 100_000, "{checked} forms");
    }

    #[test]
    fn prefixes_of_different_grains_are_distinct_values() {
        let c = Clusters::parse("1011\ta\n11\tb\n").expect("well-formed");
        let a = c.lookup("a").expect("a");
        let b = c.lookup("b").expect("b");
        assert_eq!(a.path(), 0b1101);
        assert_eq!(a.len(), 4);
        assert_eq!(a.prefix(1), b.prefix(1));
        assert_ne!(a.prefix(2), b.prefix(2));
        // The same steps at two grains are two values.
        assert_ne!(b.prefix(1), b.prefix(4));
        assert_ne!(a.id(), b.id());
        assert_eq!(a.prefix(30), a.prefix(MAX_PATH as u32));
    }

    #[test]
    fn malformed_lines_are_refused_with_their_number() {
        for (text, want) in [
            ("01\ta\n0x1\tb\n", "line 2"),
            ("01 a\n", "line 1"),
            ("\n10\ta\n", "line 2"),
            ("01\ta\n11\ta\n", "listed twice"),
            ("01\ta  b\n", "empty form"),
        ] {
            let e = Clusters::parse(text).err().unwrap_or_default();
            assert!(e.contains(want), "{text:?}: {e}");
        }
    }
}
