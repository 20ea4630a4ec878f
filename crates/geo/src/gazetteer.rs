//! The gazetteer: countries, first-level divisions, some second-level divisions (counties,
//! departments), populated places (down to 1,000 inhabitants) and continents from GeoNames,
//! with division points from countrystatecity.
//!
//! The committed form is `data/gazetteer.bin`, a compact binary index built by
//! `examples/build_gazetteer.rs` from the gazetteer's TSV form (format of both below and in
//! data/SOURCES.md) and compiled into the binary. Loading it allocates a handful of vectors,
//! none per entry or per name: entries are fixed records decoded from a varint stream, the
//! names' text is one string, and each name's entries are one slice of a shared list.
//!
//! Read-only after load. Names are matched case-sensitively in text by hashing the
//! candidate strings that start at a capitalised word and end at a word end (longest first):
//! the hash tables are built at load (a few milliseconds for 311k names), and the lookups
//! stay cheap because only capitalised words start one.
//!
//! # TSV form (`Gazetteer::parse`, `encode`; `decode` writes it back from the binary form)
//!
//! `#` lines are comments (the first line's, the attribution notice, is kept in the binary
//! form). Entry lines: kind, geonameid, country (ISO alpha-2 or `-`), code, lat, lon,
//! population, name, alternates (`|`). Kinds: `C` country (code = ISO alpha-3), `A`
//! first-level division (code = GeoNames admin1 code), `D` second-level division, `P`
//! populated place (code = admin1 code), `K` capital, `S` small place, `L` continent, `R`
//! region. `W<TAB>word`: a name that is also a common lowercase English word.
//!
//! # Binary form (`data/gazetteer.bin`, version 1)
//!
//! All integers little-endian; "varint" is LEB128, "zigzag" the signed varint.
//! - header: the magic `ATGZ`, `u32` version, then `u32`s: entries, names, name text
//!   bytes, countries, common words, distinct word-end prefixes of names, and the byte
//!   lengths of the notice, codes, entries, common-word and text sections; the file is
//!   exactly the header plus those sections.
//! - notice: the attribution and licence (UTF-8).
//! - codes: the ISO alpha-2 codes entries refer to, two bytes each (index 0 is "none").
//! - entries, in order: kind letter (one byte), geonameid (zigzag delta from the previous
//!   entry's), code index (one byte), for a country its alpha-3 (three bytes), latitude and
//!   longitude in 1/10,000 degree (zigzag deltas), population (varint), division (entry
//!   index + 1, 0 for none; zigzag delta), the number of its names (varint), then each
//!   name: 0 for the next name not seen yet, otherwise the distance back from that next
//!   name's index.
//! - common words: the indices of names that are also common lowercase words (varints).
//! - text: every name in index order, each ending with `\n`, raw-deflate compressed.

use std::collections::HashMap;
use std::io::{Read, Write};

use crate::fold::Fold;

/// The hash of a name, and of the candidate strings `Gazetteer::longest_at` looks up: eight
/// bytes at a time (FxHash's step, seeded with the length), then a final avalanche
/// (MurmurHash3's) so that the high bits the tables use depend on every byte.
fn hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

fn hash_str(s: &str) -> u64 {
    hash(s.as_bytes())
}

/// The slot a hash starts probing at, in a table of `1 << bits` slots (Fibonacci
/// hashing spreads the bits once more).
fn home(hash: u64, bits: u32) -> usize {
    (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize
}

/// Table size (as a power of two) for `n` keys at a load of at most two thirds.
fn table_bits(n: usize) -> u32 {
    (n + n / 2 + 1).next_power_of_two().trailing_zeros().max(4)
}

/// Name index by text: open addressing with linear probing. A slot holds the high half of
/// the name's hash and its index + 1 (0 for an empty slot), so most probes settle without
/// comparing text.
struct NameIndex {
    slots: Vec<u64>,
    bits: u32,
}

impl NameIndex {
    /// The index of names `(hash, index)`. They go in by their home slot (a counting sort
    /// on its top bits), so filling the table sweeps it once instead of writing it at
    /// random: the table is larger than the cache, and the probes find the same names in
    /// any order.
    fn build(keyed: &[(u64, u32)]) -> NameIndex {
        let bits = table_bits(keyed.len());
        let top = bits.min(12);
        let bucket = |h: u64| home(h, bits) >> (bits - top);
        let mut starts = vec![0usize; (1 << top) + 1];
        for &(h, _) in keyed {
            starts[bucket(h) + 1] += 1;
        }
        for b in 0..1 << top {
            starts[b + 1] += starts[b];
        }
        let mut sorted = vec![(0u64, 0u32); keyed.len()];
        for &(h, k) in keyed {
            let at = &mut starts[bucket(h)];
            sorted[*at] = (h, k);
            *at += 1;
        }
        let mut index = NameIndex {
            slots: vec![0u64; 1 << bits],
            bits,
        };
        for &(h, k) in &sorted {
            index.insert(h, k);
        }
        index
    }

    /// Adds name `k` (at most the capacity's number of names; each name once).
    fn insert(&mut self, h: u64, k: u32) {
        let mask = self.slots.len() - 1;
        let mut i = home(h, self.bits);
        for _ in 0..self.slots.len() {
            match self.slots.get_mut(i) {
                Some(slot) if *slot == 0 => {
                    *slot = (h >> 32) << 32 | (u64::from(k) + 1);
                    return;
                }
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// The index of the name whose text is `text` (`hash` = `hash_str(text)`).
    fn get(&self, g: &Gazetteer, text: &str, hash: u64) -> Option<u32> {
        self.find(hash, |k| g.name_text(k) == text)
    }

    /// The first name with hash `hash` that `is` accepts.
    fn find(&self, hash: u64, mut is: impl FnMut(u32) -> bool) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut i = home(hash, self.bits);
        loop {
            let slot = *self.slots.get(i)?;
            if slot == 0 {
                return None;
            }
            if slot >> 32 == hash >> 32 {
                let k = (slot & 0xffff_ffff) as u32 - 1;
                if is(k) {
                    return Some(k);
                }
            }
            i = (i + 1) & mask;
        }
    }
}

/// An approximate set of 64-bit hashes (a Bloom filter with two probes): `contains` is
/// true for every hash inserted and, rarely, for another. That is all the prefix test
/// needs: a false "yes" only makes `Gazetteer::longest_at` try one word further, where no
/// name can match (every word-end prefix of a name is in the set), so results are those
/// of an exact set. A bit table of 8 to 16 bits per key stays in cache while it fills.
struct PrefixFilter {
    words: Vec<u64>,
    bits: u32,
}

impl PrefixFilter {
    fn with_capacity(n: usize) -> PrefixFilter {
        let bits = (n.max(64) * 8).next_power_of_two().trailing_zeros();
        PrefixFilter {
            words: vec![0; 1 << (bits - 6)],
            bits,
        }
    }

    /// The two bit positions of a hash: its high and low halves, spread.
    fn probes(&self, h: u64) -> [usize; 2] {
        let mixed = h.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let a = (mixed >> (64 - self.bits)) as usize;
        let b =
            (h.rotate_left(32).wrapping_mul(0xc2b2_ae3d_27d4_eb4f) >> (64 - self.bits)) as usize;
        [a, b]
    }

    fn insert(&mut self, h: u64) {
        for p in self.probes(h) {
            if let Some(w) = self.words.get_mut(p >> 6) {
                *w |= 1 << (p & 63);
            }
        }
    }

    fn contains(&self, h: u64) -> bool {
        self.probes(h).iter().all(|&p| {
            self.words
                .get(p >> 6)
                .is_some_and(|w| w & (1 << (p & 63)) != 0)
        })
    }
}

/// The committed gazetteer in its binary form (see the module documentation).
pub static EMBEDDED: &[u8] = include_bytes!("../data/gazetteer.bin");

const MAGIC: &[u8; 4] = b"ATGZ";
/// The binary form's version; a file of another version is refused.
pub const FORMAT_VERSION: u32 = 1;
/// Header: magic, version and eleven `u32`s.
const HEADER_BYTES: usize = 4 + 4 + 11 * 4;

/// What a gazetteer entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    Continent,
    Country,
    /// An ocean, sea, island, physical or cultural region, or former province (hand-written,
    /// `data/regions.tsv`); a one-word name needs a place-like context in text.
    Region,
    /// An administrative division: first level (state, province, region), or second
    /// level (county, department) where the first is coarse (see `Entry::second_level`).
    Admin1,
    /// A populated place (city, town).
    City,
}

impl PlaceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Continent => "continent",
            PlaceKind::Country => "country",
            PlaceKind::Region => "region",
            PlaceKind::Admin1 => "admin1",
            PlaceKind::City => "city",
        }
    }
}

/// The fewest people a town needs for [`Gazetteer::dateline_town_country`] to place a
/// dateline by the town's name alone.
pub const DATELINE_TOWN_POPULATION: u64 = 100_000;

/// Kind and flags of a TSV kind letter.
fn kind_of_letter(letter: u8) -> Option<PlaceKind> {
    Some(match letter {
        b'C' => PlaceKind::Country,
        b'A' | b'D' => PlaceKind::Admin1,
        b'P' | b'K' | b'S' => PlaceKind::City,
        b'L' => PlaceKind::Continent,
        b'R' => PlaceKind::Region,
        _ => return None,
    })
}

/// An ISO 3166 alpha-2 country code, or none (`""`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Two ASCII letters or digits; `-` and `""` are no code.
    fn parse(s: &str) -> Option<CountryCode> {
        match s.as_bytes() {
            b"" | b"-" => Some(CountryCode::default()),
            &[a, b] if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric() => {
                Some(CountryCode([a, b]))
            }
            _ => None,
        }
    }

    pub fn as_str(&self) -> &str {
        if self.0 == [0, 0] {
            return "";
        }
        std::str::from_utf8(&self.0).unwrap_or("")
    }
}

impl std::ops::Deref for CountryCode {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One gazetteer entry.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Entry {
    /// GeoNames id; `0` when unknown (some first-level divisions).
    pub geonames_id: u64,
    pub kind: PlaceKind,
    /// Its main name, an index into the names: [`Gazetteer::entry_name`] gives the text.
    pub name_id: u32,
    /// The country it lies in (none for continents and regions that span several
    /// countries).
    pub country: CountryCode,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    /// Index of the first-level division a place or county lies in, when known.
    pub division: Option<u32>,
    /// A national capital.
    pub capital: bool,
    /// A second-level division (county, department), kind `Admin1`.
    pub second_level: bool,
    /// A small place (under 5,000 inhabitants): taken only where the article names its
    /// country or division.
    pub small: bool,
    /// How many alternate names GeoNames lists for it (Latin script): a proxy for how
    /// widely known the place is.
    pub alternates: u32,
}

/// A malformed line in the gazetteer's TSV form (`line` ≥ 1), or a malformed binary form
/// (`line` 0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazetteerError {
    pub line: usize,
    pub message: String,
}

impl GazetteerError {
    fn binary(message: impl Into<String>) -> GazetteerError {
        GazetteerError {
            line: 0,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(
                f,
                "[GEO001] gazetteer.bin: {} (rebuild it with the build_gazetteer example)",
                self.message
            )
        } else {
            write!(f, "[GEO001] gazetteer.tsv:{}: {}", self.line, self.message)
        }
    }
}

impl std::error::Error for GazetteerError {}

/// A name as written in text and the entries it may denote.
#[derive(Clone, Copy, Debug)]
pub struct Name<'g> {
    pub text: &'g str,
    /// Indices into the entries, most populous first within each kind.
    pub entries: &'g [u32],
    /// The name is also a common lowercase English word ("Mobile", "Reading").
    pub common_word: bool,
    /// The name is the main name of at least one entry other than a small place (not only an
    /// alternate name or a small place's name).
    pub primary: bool,
}

/// Where a name's text and entries lie in the shared buffers.
#[derive(Clone, Copy, Debug, Default)]
struct NameSlot {
    text: (u32, u32),
    entries: (u32, u32),
    common_word: bool,
    primary: bool,
}

/// Countries, divisions, places and continents, with a matcher over all their names.
pub struct Gazetteer {
    entries: Vec<Entry>,
    /// Every name's text, one after another.
    text: String,
    names: Vec<NameSlot>,
    /// Every name's entries, one list after another.
    name_entries: Vec<u32>,
    /// Longest name in bytes.
    max_bytes: usize,
    iso3: HashMap<String, String>,
    countries: HashMap<String, u32>,
    by_text: NameIndex,
    /// Names with diacritics by their folded text ("Nuevo Leon" for "Nuevo León";
    /// `data/fold.tsv`), where that text is no name of its own.
    folded: NameIndex,
    /// The hashes of every proper prefix of a name that ends at a word end ("New", "New
    /// York" for "New York City"): the lookup stops extending when a string is neither (a
    /// false "yes" only makes it look one word further).
    prefixes: PrefixFilter,
    notice: String,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("entries", &self.entries.len())
            .field("names", &self.names.len())
            .finish()
    }
}

impl Gazetteer {
    /// The gazetteer compiled into the binary.
    pub fn embedded() -> Result<Gazetteer, GazetteerError> {
        Gazetteer::from_bytes(EMBEDDED)
    }

    /// Parses the TSV form, checking every line (through the binary form, so both forms
    /// load the same way).
    pub fn parse(text: &str) -> Result<Gazetteer, GazetteerError> {
        Gazetteer::from_bytes(&encode(text)?)
    }

    /// Loads the binary form, checking its magic word, version and section lengths.
    pub fn from_bytes(bytes: &[u8]) -> Result<Gazetteer, GazetteerError> {
        let Sections {
            counts,
            notice,
            codes,
            entry_bytes,
            common_bytes,
            text,
        } = Sections::parse(bytes)?;
        let notice = notice.to_string();
        let Counts {
            entries: n_entries,
            names: n_names,
            countries: n_countries,
            common: n_common,
            prefixes: n_prefixes,
        } = counts;
        // the names, their hashes and the hashes of their prefixes, in one pass
        // a name takes at least its '\n' of the text, an entry at least 7 bytes
        let names_cap = n_names.min(text.len());
        let mut names: Vec<NameSlot> = Vec::with_capacity(names_cap);
        let mut keyed: Vec<(u64, u32)> = Vec::with_capacity(names_cap);
        let mut prefixes = PrefixFilter::with_capacity(n_prefixes.min(text.len()));
        let mut max_bytes = 0;
        let mut start = 0u32;
        hash_names(
            &text,
            |a, b, h| {
                keyed.push((h, names.len() as u32));
                names.push(NameSlot {
                    text: (a as u32, b as u32),
                    ..NameSlot::default()
                });
                max_bytes = max_bytes.max(b - a);
                start = b as u32 + 1;
            },
            |h| prefixes.insert(h),
        );
        let by_text = NameIndex::build(&keyed);
        drop(keyed);
        // names with diacritics are also found by their plain letters, unless that
        // spelling is a name of its own; their word-end prefixes join the filter
        let mut fold_keyed: Vec<(u64, u32)> = Vec::new();
        if let Some(fold) = Fold::embedded() {
            let name_at = |k: u32| {
                names
                    .get(k as usize)
                    .and_then(|s| text.get(s.text.0 as usize..s.text.1 as usize))
            };
            for k in 0..names.len() as u32 {
                let Some(plain) = name_at(k).and_then(|t| fold.fold(t)) else {
                    continue;
                };
                let h = hash_str(&plain);
                if by_text
                    .find(h, |j| name_at(j) == Some(plain.as_str()))
                    .is_none()
                {
                    fold_keyed.push((h, k));
                    hash_names(&format!("{plain}\n"), |_, _, _| {}, |p| prefixes.insert(p));
                }
            }
        }
        let folded = NameIndex::build(&fold_keyed);
        drop(fold_keyed);
        if names.len() != n_names || start as usize != text.len() {
            return Err(GazetteerError::binary(format!(
                "{} names where the header announces {n_names}",
                names.len()
            )));
        }

        // entries, and (name, entry) pairs in entry order
        let max_entries = entry_bytes.len() / 7;
        let mut entries = Vec::with_capacity(n_entries.min(max_entries));
        let mut pairs: Vec<(u32, u32)> =
            Vec::with_capacity(names_cap + n_entries.min(max_entries) / 4);
        let mut iso3 = HashMap::with_capacity(n_countries.min(codes.len()));
        let mut countries = HashMap::with_capacity(n_countries.min(codes.len()));
        let mut records = EntryReader::new(entry_bytes, &codes, n_names);
        let mut refs: Vec<u32> = Vec::with_capacity(64);
        while let Some(rec) = records.next(&mut refs)? {
            let id = entries.len() as u32;
            if let Some(alpha3) = rec.alpha3 {
                iso3.insert(rec.country.as_str().to_string(), alpha3.to_string());
                countries.insert(rec.country.as_str().to_string(), id);
            }
            let main = *refs
                .first()
                .ok_or_else(|| GazetteerError::binary(format!("entry {id} has no name")))?;
            let first_pair = pairs.len();
            for (alt, &k) in refs.iter().enumerate() {
                let slot = names.get_mut(k as usize).ok_or_else(|| {
                    GazetteerError::binary(format!("entry {id}: more names than the header"))
                })?;
                slot.primary |= alt == 0 && rec.letter != b'S';
                if !pairs[first_pair..].iter().any(|p| p.0 == k) {
                    pairs.push((k, id));
                }
            }
            entries.push(Entry {
                geonames_id: rec.geonames_id,
                kind: rec.kind,
                name_id: main,
                country: rec.country,
                lat: rec.lat as f64 / 1e4,
                lon: rec.lon as f64 / 1e4,
                population: rec.population,
                division: rec.division,
                capital: rec.letter == b'K',
                second_level: rec.letter == b'D',
                small: rec.letter == b'S',
                alternates: refs.len().saturating_sub(1) as u32,
            });
        }
        let next_name = records.next_name;
        if entries.len() != n_entries || next_name as usize != n_names {
            return Err(GazetteerError::binary(format!(
                "{} entries and {next_name} names where the header announces {n_entries} and \
                 {n_names}",
                entries.len()
            )));
        }
        if entries
            .iter()
            .any(|e| e.division.is_some_and(|d| d as usize >= entries.len()))
        {
            return Err(GazetteerError::binary("a division index is out of range"));
        }

        // each name's entries: a counting sort of the pairs by name keeps entry order
        let mut starts = vec![0u32; n_names + 1];
        for &(k, _) in &pairs {
            starts[k as usize + 1] += 1;
        }
        for k in 0..n_names {
            starts[k + 1] += starts[k];
        }
        let mut fill = starts.clone();
        let mut name_entries = vec![0u32; pairs.len()];
        for &(k, e) in &pairs {
            let at = &mut fill[k as usize];
            name_entries[*at as usize] = e;
            *at += 1;
        }
        drop(pairs);
        for (k, slot) in names.iter_mut().enumerate() {
            let (a, b) = (starts[k], starts[k + 1]);
            slot.entries = (a, b);
            let list = &mut name_entries[a as usize..b as usize];
            if list.len() > 1 {
                list.sort_by(|&a, &b| {
                    let (a, b) = (&entries[a as usize], &entries[b as usize]);
                    (a.kind, std::cmp::Reverse(a.population))
                        .cmp(&(b.kind, std::cmp::Reverse(b.population)))
                });
            }
        }

        let mut r = Reader(common_bytes);
        for _ in 0..n_common {
            let k = r.varint()? as usize;
            names
                .get_mut(k)
                .ok_or_else(|| GazetteerError::binary("common word out of range"))?
                .common_word = true;
        }
        if !r.0.is_empty() {
            return Err(GazetteerError::binary(
                "trailing bytes after the common words",
            ));
        }

        Ok(Gazetteer {
            entries,
            text,
            names,
            name_entries,
            max_bytes,
            iso3,
            countries,
            by_text,
            folded,
            prefixes,
            notice,
        })
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, i: u32) -> Option<&Entry> {
        self.entries.get(i as usize)
    }

    /// The main name of an entry.
    pub fn entry_name(&self, e: &Entry) -> &str {
        self.name_text(e.name_id)
    }

    /// How many distinct names (main and alternate) the entries have.
    pub fn name_count(&self) -> usize {
        self.names.len()
    }

    /// Name `k` (see [`Gazetteer::longest_at`]).
    pub fn name(&self, k: u32) -> Option<Name<'_>> {
        let slot = self.names.get(k as usize)?;
        Some(Name {
            text: self
                .text
                .get(slot.text.0 as usize..slot.text.1 as usize)
                .unwrap_or(""),
            entries: self
                .name_entries
                .get(slot.entries.0 as usize..slot.entries.1 as usize)
                .unwrap_or(&[]),
            common_word: slot.common_word,
            primary: slot.primary,
        })
    }

    fn name_text(&self, k: u32) -> &str {
        self.names
            .get(k as usize)
            .and_then(|s| self.text.get(s.text.0 as usize..s.text.1 as usize))
            .unwrap_or("")
    }

    /// The attribution and licence notice of the data.
    pub fn notice(&self) -> &str {
        &self.notice
    }

    /// The longest name that starts at byte `start` of `text` and ends at a word end
    /// (optionally after a final '.'): `(end, name index)`. `start` must be a char boundary.
    pub fn longest_at(&self, text: &str, start: usize) -> Option<(usize, u32)> {
        let rest = text.get(start..)?;
        // no name is longer than `max_bytes`; one char more shows whether a name that long
        // ends at a word end (a string that ends at the cut is then longer than any name)
        let cut = floor_boundary(rest, self.max_bytes);
        let cut = cut + rest[cut..].chars().next().map_or(0, char::len_utf8);
        let rest = &rest[..cut];
        let mut best = None;
        let mut prev_alnum = false;
        for (i, c) in rest
            .char_indices()
            .chain(std::iter::once((rest.len(), '\n')))
        {
            let alnum = c.is_alphanumeric();
            if prev_alnum && !alnum {
                let mut extend = false;
                for end in [Some(i), (c == '.').then_some(i + 1)].into_iter().flatten() {
                    let head = &rest[..end];
                    let hash = hash_str(head);
                    if let Some(k) = self.get_any(head, hash) {
                        best = Some((start + end, k));
                    }
                    extend |= self.prefixes.contains(hash);
                }
                if !extend {
                    break;
                }
            }
            if c == '\n' {
                break;
            }
            prev_alnum = alnum;
        }
        best
    }

    /// The name whose text is `text`, or else whose folded text is (`hash` =
    /// `hash_str(text)`).
    fn get_any(&self, text: &str, hash: u64) -> Option<u32> {
        self.by_text.get(self, text, hash).or_else(|| {
            let fold = Fold::embedded()?;
            self.folded.find(hash, |k| {
                fold.fold(self.name_text(k)).as_deref() == Some(text)
            })
        })
    }

    /// Entries named exactly `name` (or, when no name is spelt so, whose name folds to it:
    /// "Nuevo Leon"), most populous first within each kind.
    pub fn lookup(&self, name: &str) -> &[u32] {
        self.get_any(name, hash_str(name))
            .and_then(|k| self.name(k))
            .map_or(&[], |n| n.entries)
    }

    /// Whether `name` (as written, or folded) is a well-known place a reporter may open a
    /// dateline with ("NEW DELHI:", "KINSHASA:"): a country, a first-level division, a
    /// national capital or a place of a million people or more. Smaller towns share their
    /// names with people too often ("Keller", "Morrow") to tell a dateline by name alone.
    pub fn is_well_known(&self, name: &str) -> bool {
        self.lookup(name)
            .iter()
            .filter_map(|&i| self.entry(i))
            .any(|e| {
                matches!(e.kind, PlaceKind::Country | PlaceKind::Admin1) && !e.second_level
                    || e.capital
                    || e.population >= 1_000_000
            })
    }

    /// The ISO alpha-3 country of the most populous town named `name`, when that town has
    /// [`DATELINE_TOWN_POPULATION`] people or more: the town a reporter files from by name
    /// alone ("MIAMI", "BUFFALO, N.Y."). Smaller towns are left unplaced, as their names are
    /// too often shared with people or with towns elsewhere.
    pub fn dateline_town_country(&self, name: &str) -> Option<&str> {
        let town = (self.lookup(name).iter())
            .filter_map(|&i| self.entry(i))
            .filter(|e| e.kind == PlaceKind::City)
            .max_by_key(|e| e.population)?;
        if town.population < DATELINE_TOWN_POPULATION {
            return None;
        }
        self.iso3(town.country.as_str())
    }

    /// ISO alpha-3 of an ISO alpha-2 country code.
    pub fn iso3(&self, alpha2: &str) -> Option<&str> {
        self.iso3.get(alpha2).map(String::as_str)
    }

    /// The ISO alpha-2 code of an ISO alpha-3 code (a scan of the 249 countries).
    pub fn alpha2_of(&self, alpha3: &str) -> Option<&str> {
        self.iso3
            .iter()
            .find(|(_, a3)| a3.as_str() == alpha3)
            .map(|(a2, _)| a2.as_str())
    }

    /// The country entry of an ISO alpha-2 code.
    pub fn country(&self, alpha2: &str) -> Option<u32> {
        self.countries.get(alpha2).copied()
    }
}

/// Hash of `name`, calling `prefix` with the hash of every proper prefix that ends at a
/// word end: after an alphanumeric run, and after a '.' that directly follows one ("U.S.",
/// "St.").
#[cfg(test)]
fn hash_with_prefixes(name: &str, prefix: impl FnMut(u64)) -> u64 {
    let mut full = 0;
    let mut text = String::with_capacity(name.len() + 1);
    text.push_str(name);
    text.push('\n');
    hash_names(&text, |_, _, h| full = h, prefix);
    full
}

/// Every `\n`-terminated name of `text`: `name` gets its byte range and hash, `prefix` the
/// hash of each of its proper prefixes that ends at a word end (after an alphanumeric run,
/// and after a '.' that directly follows one: "U.S.", "St.").
fn hash_names(text: &str, mut name: impl FnMut(usize, usize, u64), mut prefix: impl FnMut(u64)) {
    let bytes = text.as_bytes();
    let head = |a: usize, b: usize| hash(bytes.get(a..b).unwrap_or(&[]));
    let mut prev_alnum = false;
    let mut start = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'\n' {
            name(start, i, head(start, i));
            (prev_alnum, start) = (false, i + 1);
            i += 1;
            continue;
        }
        // one char: ASCII directly, other chars decoded
        let (alnum, len) = if b.is_ascii() {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            match text.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (c.is_alphanumeric(), c.len_utf8()),
                None => (false, 1),
            }
        };
        if prev_alnum && !alnum {
            prefix(head(start, i));
            if b == b'.' && bytes.get(i + 1).is_some_and(|&n| n != b'\n') {
                prefix(head(start, i + 1));
            }
        }
        prev_alnum = alnum;
        i += len;
    }
}

/// A cursor over a section of the binary form.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], GazetteerError> {
        if self.0.len() < n {
            return Err(GazetteerError::binary("a section ends early"));
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Ok(head)
    }

    #[inline]
    fn byte(&mut self) -> Result<u8, GazetteerError> {
        Ok(self.take(1)?[0])
    }

    #[inline]
    fn varint(&mut self) -> Result<u64, GazetteerError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(GazetteerError::binary("a varint is longer than 64 bits"))
    }

    fn zigzag(&mut self) -> Result<i64, GazetteerError> {
        let v = self.varint()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }
}

/// The counts the header announces (besides the section lengths).
struct Counts {
    entries: usize,
    names: usize,
    countries: usize,
    common: usize,
    prefixes: usize,
}

/// The binary form split into its sections, checked against the header, the names' text
/// decompressed.
struct Sections<'a> {
    counts: Counts,
    notice: &'a str,
    codes: Vec<CountryCode>,
    entry_bytes: &'a [u8],
    common_bytes: &'a [u8],
    text: String,
}

impl<'a> Sections<'a> {
    fn parse(bytes: &'a [u8]) -> Result<Sections<'a>, GazetteerError> {
        let header = match bytes.get(..HEADER_BYTES) {
            Some(h) if h.starts_with(MAGIC) => h,
            _ => {
                return Err(GazetteerError::binary(
                    "not an attache gazetteer (no ATGZ magic word)",
                ))
            }
        };
        let mut fields = [0u32; 12];
        for (h, word) in fields.iter_mut().zip(header[4..].chunks_exact(4)) {
            *h = u32::from_le_bytes([word[0], word[1], word[2], word[3]]);
        }
        let [version, n_entries, n_names, text_len, n_countries, n_common, n_prefixes, notice_len, codes_len, entries_len, common_len, deflated_len] =
            fields.map(|h| h as usize);
        if version != FORMAT_VERSION as usize {
            return Err(GazetteerError::binary(format!(
                "format version {version}, this build reads version {FORMAT_VERSION}"
            )));
        }
        // checked: the sum of five u32 lengths overflows a 32-bit usize
        let total = [notice_len, codes_len, entries_len, common_len, deflated_len]
            .into_iter()
            .try_fold(HEADER_BYTES, usize::checked_add);
        if total != Some(bytes.len()) {
            return Err(GazetteerError::binary(format!(
                "{} bytes where the header announces {}",
                bytes.len(),
                total.map_or_else(|| "more than fit in memory".to_string(), |t| t.to_string())
            )));
        }
        let mut rest = &bytes[HEADER_BYTES..];
        let mut section = |len: usize| {
            let (head, tail) = rest.split_at(len);
            rest = tail;
            head
        };
        let notice = std::str::from_utf8(section(notice_len))
            .map_err(|_| GazetteerError::binary("notice is not UTF-8"))?;
        let codes: Vec<CountryCode> = section(codes_len)
            .chunks(2)
            .map(|c| match c {
                [0, 0] => Ok(CountryCode::default()),
                &[a, b] => std::str::from_utf8(&[a, b])
                    .ok()
                    .and_then(CountryCode::parse)
                    .ok_or_else(|| {
                        GazetteerError::binary(format!("bad country code bytes {a:#x} {b:#x}"))
                    }),
                _ => Err(GazetteerError::binary("odd length of the codes section")),
            })
            .collect::<Result<_, _>>()?;
        let entry_bytes = section(entries_len);
        let common_bytes = section(common_len);
        let deflated = section(deflated_len);

        // inflates at most one byte more than announced, so a damaged or hostile stream
        // cannot grow without bound
        // deflate shrinks at most about 1:1032; capacities below never trust the header alone
        let mut text = String::with_capacity(text_len.min(deflated.len().saturating_mul(1032)));
        flate2::read::DeflateDecoder::new(deflated)
            .take(text_len as u64 + 1)
            .read_to_string(&mut text)
            .map_err(|e| GazetteerError::binary(format!("cannot decompress the names: {e}")))?;
        if text.len() > text_len {
            return Err(GazetteerError::binary(format!(
                "names are longer than the {text_len} bytes the header announces"
            )));
        }
        if text.len() < text_len {
            return Err(GazetteerError::binary(format!(
                "names are {} bytes where the header announces {text_len}",
                text.len()
            )));
        }
        Ok(Sections {
            counts: Counts {
                entries: n_entries,
                names: n_names,
                countries: n_countries,
                common: n_common,
                prefixes: n_prefixes,
            },
            notice,
            codes,
            entry_bytes,
            common_bytes,
            text,
        })
    }
}

/// One entry as the binary form stores it.
struct Record<'a> {
    letter: u8,
    kind: PlaceKind,
    geonames_id: u64,
    country: CountryCode,
    /// A country's ISO alpha-3.
    alpha3: Option<&'a str>,
    /// Latitude and longitude in 1/10,000 degree.
    lat: i64,
    lon: i64,
    population: u64,
    division: Option<u32>,
}

/// Reads the entries section record by record, undoing the deltas.
struct EntryReader<'a, 'c> {
    r: Reader<'a>,
    codes: &'c [CountryCode],
    /// Names the header announces; a reference to a later one is an error.
    n_names: usize,
    id: u32,
    lat: i64,
    lon: i64,
    geonames_id: i64,
    division: i64,
    /// Names seen so far (the next new name's index).
    next_name: u32,
}

impl<'a, 'c> EntryReader<'a, 'c> {
    fn new(bytes: &'a [u8], codes: &'c [CountryCode], n_names: usize) -> EntryReader<'a, 'c> {
        EntryReader {
            r: Reader(bytes),
            codes,
            n_names,
            id: 0,
            lat: 0,
            lon: 0,
            geonames_id: 0,
            division: 0,
            next_name: 0,
        }
    }

    /// The next entry (`None` at the section's end); `names` gets its name indices, the
    /// main name first, as stored (an alternate may repeat a name).
    fn next(&mut self, names: &mut Vec<u32>) -> Result<Option<Record<'a>>, GazetteerError> {
        if self.r.0.is_empty() {
            return Ok(None);
        }
        let id = self.id;
        let r = &mut self.r;
        let letter = r.byte()?;
        let kind = kind_of_letter(letter).ok_or_else(|| {
            GazetteerError::binary(format!("entry {id}: unknown kind byte {letter:#x}"))
        })?;
        self.geonames_id = self.geonames_id.wrapping_add(r.zigzag()?);
        let country = *self.codes.get(usize::from(r.byte()?)).ok_or_else(|| {
            GazetteerError::binary(format!("entry {id}: country code index out of range"))
        })?;
        let alpha3 =
            if kind == PlaceKind::Country {
                Some(std::str::from_utf8(r.take(3)?).map_err(|_| {
                    GazetteerError::binary(format!("entry {id}: alpha-3 is not text"))
                })?)
            } else {
                None
            };
        self.lat = self.lat.wrapping_add(r.zigzag()?);
        self.lon = self.lon.wrapping_add(r.zigzag()?);
        if self.lat.abs() > 900_000 || self.lon.abs() > 1_800_000 {
            return Err(GazetteerError::binary(format!(
                "entry {id}: coordinates out of range"
            )));
        }
        let population = r.varint()?;
        self.division = self.division.wrapping_add(r.zigzag()?);
        let geonames_id = u64::try_from(self.geonames_id)
            .map_err(|_| GazetteerError::binary(format!("entry {id}: negative geonameid")))?;
        let division = match u32::try_from(self.division) {
            Ok(0) => None,
            Ok(d) => Some(d - 1),
            Err(_) => {
                return Err(GazetteerError::binary(format!(
                    "entry {id}: division out of range"
                )))
            }
        };
        let n = r.varint()?;
        if n == 0 {
            return Err(GazetteerError::binary(format!("entry {id} has no name")));
        }
        names.clear();
        for _ in 0..n {
            let k = match r.varint()? {
                0 => {
                    self.next_name += 1;
                    self.next_name - 1
                }
                back if back <= u64::from(self.next_name) => self.next_name - back as u32,
                _ => {
                    return Err(GazetteerError::binary(format!(
                        "entry {id}: name reference out of range"
                    )))
                }
            };
            if k as usize >= self.n_names {
                return Err(GazetteerError::binary(format!(
                    "entry {id}: more names than the header"
                )));
            }
            names.push(k);
        }
        self.id += 1;
        Ok(Some(Record {
            letter,
            kind,
            geonames_id,
            country,
            alpha3,
            lat: self.lat,
            lon: self.lon,
            population,
            division,
        }))
    }
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn put_zigzag(out: &mut Vec<u8>, v: i64) {
    put_varint(out, ((v << 1) ^ (v >> 63)) as u64);
}

/// One entry line of the TSV form, checked.
struct Row<'t> {
    letter: u8,
    geonames_id: u64,
    country: CountryCode,
    code: &'t str,
    lat: i64,
    lon: i64,
    population: u64,
    /// The main name, then the alternates as listed.
    names: Vec<&'t str>,
}

/// Checks the TSV form line by line and writes the binary form.
pub fn encode(text: &str) -> Result<Vec<u8>, GazetteerError> {
    let mut notice = String::new();
    let mut rows: Vec<Row> = Vec::new();
    let mut common: Vec<&str> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let err = |message: String| GazetteerError {
            line: line_no,
            message,
        };
        if let Some(comment) = line.strip_prefix('#') {
            if rows.is_empty() && line_no == 1 {
                notice = comment.trim().to_string();
            }
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let mut f = [""; 9];
        let mut fields = 0;
        for (j, part) in line.split('\t').enumerate() {
            if let Some(slot) = f.get_mut(j) {
                *slot = part;
            }
            fields = j + 1;
        }
        if f[0] == "W" {
            match f.get(1) {
                Some(w) if !w.is_empty() => common.push(w),
                _ => return Err(err("W line without a word".into())),
            }
            continue;
        }
        if fields != 9 {
            return Err(err(format!(
                "expected 9 tab-separated fields, found {fields}"
            )));
        }
        let letter = match f[0].as_bytes() {
            &[l] if kind_of_letter(l).is_some() => l,
            _ => {
                return Err(err(format!(
                    "unknown kind {:?} (expected C, A, D, P, K, S, L, R or W)",
                    f[0]
                )))
            }
        };
        let num = |s: &str, what: &str| -> Result<f64, GazetteerError> {
            s.parse::<f64>()
                .map_err(|_| err(format!("{what} {s:?} is not a number")))
        };
        let (lat, lon) = (num(f[4], "latitude")?, num(f[5], "longitude")?);
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err(err(format!("coordinates {lat},{lon} out of range")));
        }
        // kept in 1/10,000 degree: dividing the integer by 10,000 gives back exactly the
        // number read, as both are the double nearest the same decimal
        let fixed = |x: f64| -> Result<i64, GazetteerError> {
            let q = (x * 1e4).round() as i64;
            if (q as f64 / 1e4).to_bits() == x.to_bits() {
                Ok(q)
            } else {
                Err(err(format!("coordinate {x} has more than four decimals")))
            }
        };
        let geonames_id = f[1]
            .parse()
            .map_err(|_| err(format!("geonameid {:?} is not a number", f[1])))?;
        let population = f[6]
            .parse()
            .map_err(|_| err(format!("population {:?} is not a number", f[6])))?;
        if f[7].is_empty() {
            return Err(err("empty name".into()));
        }
        let country = CountryCode::parse(f[2])
            .ok_or_else(|| err(format!("country {:?} is not an ISO alpha-2 code", f[2])))?;
        if letter == b'C' && (country.is_empty() || f[3].len() != 3 || !f[3].is_ascii()) {
            return Err(err(format!(
                "country needs ISO alpha-2 and alpha-3 codes, found {:?} {:?}",
                f[2], f[3]
            )));
        }
        let names: Vec<&str> = std::iter::once(f[7])
            .chain(f[8].split('|').filter(|s| !s.is_empty()))
            .collect();
        if names.iter().any(|n| n.contains('\n')) {
            return Err(err("a name contains a line break".into()));
        }
        rows.push(Row {
            letter,
            geonames_id,
            country,
            code: if f[3] == "-" { "" } else { f[3] },
            lat: fixed(lat)?,
            lon: fixed(lon)?,
            population,
            names,
        });
    }

    // names numbered in order of first appearance
    let mut ids: HashMap<&str, u32> = HashMap::with_capacity(rows.len() * 2);
    let mut order: Vec<&str> = Vec::with_capacity(rows.len() * 2);
    for row in &rows {
        for &n in &row.names {
            ids.entry(n).or_insert_with(|| {
                order.push(n);
                order.len() as u32 - 1
            });
        }
    }
    let mut common_ids: Vec<u32> = Vec::new();
    for w in common {
        let mut title = String::new();
        let mut chars = w.chars();
        if let Some(c) = chars.next() {
            title.extend(c.to_uppercase());
            title.push_str(chars.as_str());
        }
        if let Some(&k) = ids.get(title.as_str()) {
            if !common_ids.contains(&k) {
                common_ids.push(k);
            }
        }
    }

    // first-level divisions by (country, admin1 code); a county's GeoNames code names
    // its first-level division: `US.IN.143`
    let mut admin1: HashMap<(CountryCode, &str), u32> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        if row.letter == b'A' {
            admin1.insert((row.country, row.code), i as u32);
        }
    }
    let division = |row: &Row| -> Option<u32> {
        let code = match kind_of_letter(row.letter) {
            Some(PlaceKind::City) => row.code,
            Some(PlaceKind::Admin1) if row.letter == b'D' => {
                let mut parts = row.code.split('.');
                match (parts.next(), parts.next(), parts.next(), parts.next()) {
                    (Some(_), Some(a1), Some(_), None) => a1,
                    _ => return None,
                }
            }
            _ => return None,
        };
        admin1.get(&(row.country, code)).copied()
    };

    let mut codes: Vec<CountryCode> = vec![CountryCode::default()];
    let mut code_index: HashMap<CountryCode, u8> = HashMap::new();
    code_index.insert(CountryCode::default(), 0);
    let mut entry_bytes = Vec::with_capacity(rows.len() * 16);
    let (mut lat, mut lon) = (0i64, 0i64);
    let (mut geonames_id, mut prev_division) = (0i64, 0i64);
    let mut next_name = 0u32;
    for row in &rows {
        let c = match code_index.get(&row.country) {
            Some(&c) => c,
            None => {
                let c = u8::try_from(codes.len()).map_err(|_| GazetteerError {
                    line: 0,
                    message: "more than 255 country codes".into(),
                })?;
                codes.push(row.country);
                code_index.insert(row.country, c);
                c
            }
        };
        entry_bytes.push(row.letter);
        put_zigzag(&mut entry_bytes, row.geonames_id as i64 - geonames_id);
        geonames_id = row.geonames_id as i64;
        entry_bytes.push(c);
        if row.letter == b'C' {
            entry_bytes.extend_from_slice(row.code.as_bytes());
        }
        put_zigzag(&mut entry_bytes, row.lat - lat);
        put_zigzag(&mut entry_bytes, row.lon - lon);
        (lat, lon) = (row.lat, row.lon);
        put_varint(&mut entry_bytes, row.population);
        let d = division(row).map_or(0, |d| i64::from(d) + 1);
        put_zigzag(&mut entry_bytes, d - prev_division);
        prev_division = d;
        put_varint(&mut entry_bytes, row.names.len() as u64);
        for n in &row.names {
            let k = ids.get(n).copied().unwrap_or(next_name);
            if k == next_name {
                next_name += 1;
                put_varint(&mut entry_bytes, 0);
            } else {
                put_varint(&mut entry_bytes, u64::from(next_name - k));
            }
        }
    }

    let mut common_bytes = Vec::new();
    for &k in &common_ids {
        put_varint(&mut common_bytes, u64::from(k));
    }
    let mut names_text = String::with_capacity(order.iter().map(|n| n.len() + 1).sum());
    for n in &order {
        names_text.push_str(n);
        names_text.push('\n');
    }
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(names_text.as_bytes())
        .and_then(|_| z.flush())
        .map_err(|e| GazetteerError::binary(format!("cannot compress the names: {e}")))?;
    let deflated = z
        .finish()
        .map_err(|e| GazetteerError::binary(format!("cannot compress the names: {e}")))?;
    let code_bytes: Vec<u8> = codes.iter().flat_map(|c| c.0).collect();
    // sizes the prefix filter at load
    let mut prefix_hashes = std::collections::HashSet::new();
    hash_names(
        &names_text,
        |_, _, _| {},
        |h| {
            prefix_hashes.insert(h);
        },
    );
    let prefix_count = prefix_hashes.len();

    let n_countries = rows.iter().filter(|r| r.letter == b'C').count();
    let mut out = Vec::with_capacity(
        HEADER_BYTES + notice.len() + code_bytes.len() + entry_bytes.len() + deflated.len(),
    );
    out.extend_from_slice(MAGIC);
    for v in [
        FORMAT_VERSION as usize,
        rows.len(),
        order.len(),
        names_text.len(),
        n_countries,
        common_ids.len(),
        prefix_count,
        notice.len(),
        code_bytes.len(),
        entry_bytes.len(),
        common_bytes.len(),
        deflated.len(),
    ] {
        let v = u32::try_from(v)
            .map_err(|_| GazetteerError::binary(format!("a count of {v} does not fit 32 bits")))?;
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(notice.as_bytes());
    out.extend_from_slice(&code_bytes);
    out.extend_from_slice(&entry_bytes);
    out.extend_from_slice(&common_bytes);
    out.extend_from_slice(&deflated);
    Ok(out)
}

/// Writes the binary form back as a TSV form that [`encode`] turns into the same bytes
/// (`build_gazetteer --to-tsv`), to read, review and diff the data without its sources.
///
/// The binary form keeps each entry's division, not the GeoNames codes that led to it, so
/// the codes written are links of their own: a first-level division's code is its
/// geonameid (`e` and its entry number when that is 0 or taken in its country), a
/// place's is its division's, a second-level division's `CC.<division's code>.<its
/// geonameid>`, and `-` where there is no division. Everything else is as built.
pub fn decode(bytes: &[u8]) -> Result<String, GazetteerError> {
    let sections = Sections::parse(bytes)?;
    let names: Vec<&str> = sections.text.split_terminator('\n').collect();
    if names.len() != sections.counts.names {
        return Err(GazetteerError::binary(format!(
            "{} names where the header announces {}",
            names.len(),
            sections.counts.names
        )));
    }
    let mut records = EntryReader::new(sections.entry_bytes, &sections.codes, names.len());
    let mut rows: Vec<(Record, std::ops::Range<usize>)> = Vec::new();
    let mut refs: Vec<u32> = Vec::new();
    let mut all_refs: Vec<u32> = Vec::new();
    while let Some(rec) = records.next(&mut refs)? {
        let start = all_refs.len();
        all_refs.extend_from_slice(&refs);
        rows.push((rec, start..all_refs.len()));
    }
    if rows.len() != sections.counts.entries || records.next_name as usize != names.len() {
        return Err(GazetteerError::binary(format!(
            "{} entries and {} names where the header announces {} and {}",
            rows.len(),
            records.next_name,
            sections.counts.entries,
            names.len()
        )));
    }

    // a code for every first-level division, unique in its country
    let mut taken = std::collections::HashSet::new();
    let division_codes: Vec<Option<String>> = rows
        .iter()
        .enumerate()
        .map(|(i, (rec, _))| {
            (rec.letter == b'A').then(|| {
                if rec.geonames_id != 0 && taken.insert((rec.country, rec.geonames_id)) {
                    rec.geonames_id.to_string()
                } else {
                    format!("e{i}")
                }
            })
        })
        .collect();
    let unwritable = |i: usize, why: &str| {
        GazetteerError::binary(format!("entry {i} cannot be written as TSV: {why}"))
    };
    // the code linking entry `i` to its division `d`, which must be a first-level
    // division of its country
    let link = |i: usize, rec: &Record, d: u32| -> Result<&str, GazetteerError> {
        match (rows.get(d as usize), division_codes.get(d as usize)) {
            (Some((div, _)), Some(Some(code))) if div.country == rec.country => Ok(code),
            _ => Err(unwritable(
                i,
                "its division is not a first-level division of its country",
            )),
        }
    };

    let mut out = String::with_capacity(sections.text.len() + rows.len() * 48);
    if sections.notice.contains(['\n', '\r']) || sections.notice.trim() != sections.notice {
        return Err(GazetteerError::binary(
            "the notice is not one trimmed line, the TSV form's first",
        ));
    }
    out.push_str(&format!("# {}\n", sections.notice));
    out.push_str(
        "# written from gazetteer.bin by build_gazetteer --to-tsv: the codes of A, D, P, K \
         and S lines are links to the division entry (its geonameid), not GeoNames codes\n\
         # kind\tgeonameid\tcountry\tcode\tlat\tlon\tpopulation\tname\talternates (|)\n",
    );
    for (i, (rec, range)) in rows.iter().enumerate() {
        let code: std::borrow::Cow<str> = match (rec.letter, rec.division) {
            (b'C', None) => rec.alpha3.unwrap_or("-").into(),
            (b'A', None) => division_codes
                .get(i)
                .and_then(Option::as_deref)
                .unwrap_or("-")
                .into(),
            (b'D', Some(d)) => {
                format!("{}.{}.{}", rec.country, link(i, rec, d)?, rec.geonames_id).into()
            }
            (b'P' | b'K' | b'S', Some(d)) => link(i, rec, d)?.into(),
            (_, None) => "-".into(),
            (_, Some(_)) => return Err(unwritable(i, "only places and counties have a division")),
        };
        let mut line_names = all_refs[range.clone()]
            .iter()
            .map(|&k| names.get(k as usize).copied().unwrap_or(""));
        let main = line_names.next().unwrap_or("");
        let alternates: Vec<&str> = line_names.collect();
        if main.is_empty() || main.contains(['\t', '\r']) {
            return Err(unwritable(i, "its name is empty or holds a tab"));
        }
        if alternates
            .iter()
            .any(|a| a.is_empty() || a.contains(['\t', '\r', '|']))
        {
            return Err(unwritable(
                i,
                "an alternate name is empty or holds a tab or '|'",
            ));
        }
        let country = if rec.country.is_empty() {
            "-"
        } else {
            rec.country.as_str()
        };
        out.push_str(&format!(
            "{}\t{}\t{country}\t{code}\t{}\t{}\t{}\t{main}\t{}\n",
            char::from(rec.letter),
            rec.geonames_id,
            Degrees(rec.lat),
            Degrees(rec.lon),
            rec.population,
            alternates.join("|")
        ));
    }
    let mut r = Reader(sections.common_bytes);
    for _ in 0..sections.counts.common {
        let name = names
            .get(r.varint()? as usize)
            .ok_or_else(|| GazetteerError::binary("common word out of range"))?;
        // `encode` looks a word up with its first letter upper-cased
        let mut chars = name.chars();
        let lower: String = chars
            .next()
            .into_iter()
            .flat_map(char::to_lowercase)
            .collect();
        let word = lower + chars.as_str();
        let title = |w: &str| {
            let mut c = w.chars();
            c.next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(c)
                .collect::<String>()
        };
        let word = if title(&word) == *name {
            word
        } else if title(name) == *name {
            name.to_string()
        } else {
            return Err(GazetteerError::binary(format!(
                "common word {name:?} cannot be written as TSV"
            )));
        };
        out.push_str(&format!("W\t{word}\n"));
    }
    if !r.0.is_empty() {
        return Err(GazetteerError::binary(
            "trailing bytes after the common words",
        ));
    }
    Ok(out)
}

/// A coordinate in 1/10,000 degree, written with four decimals ("-2.2500").
struct Degrees(i64);

impl std::fmt::Display for Degrees {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let q = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:04}", q / 10_000, q % 10_000)
    }
}

/// The largest char boundary of `s` not above `max`.
fn floor_boundary(s: &str, max: usize) -> usize {
    if max >= s.len() {
        return s.len();
    }
    (0..=max)
        .rev()
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_end_at_word_ends_and_abbreviation_dots() {
        let mut seen = Vec::new();
        let full = hash_with_prefixes("U.S. Army", |h| seen.push(h));
        assert_eq!(full, hash_str("U.S. Army"));
        let want: Vec<u64> = ["U", "U.", "U.S", "U.S."]
            .iter()
            .map(|p| hash_str(p))
            .collect();
        assert_eq!(seen, want);
        seen.clear();
        hash_with_prefixes("Saint-Étienne", |h| seen.push(h));
        assert_eq!(seen, vec![hash_str("Saint")]);
    }

    #[test]
    fn malformed_lines_are_reported_with_their_number() {
        let e = Gazetteer::parse("# header\nC\t1\tXX\n").unwrap_err();
        assert_eq!(e.line, 2);
        let e = Gazetteer::parse("P\t1\tFR\t11\t99.0\t2.0\t5\tParis\t\n").unwrap_err();
        assert!(e.message.contains("out of range"), "{e}");
        let e = Gazetteer::parse("P\t1\tFR\t11\t48.85661\t2.0\t5\tParis\t\n").unwrap_err();
        assert!(e.message.contains("four decimals"), "{e}");
    }

    #[test]
    fn region_lines_load_without_a_country() {
        let g = Gazetteer::parse("R\t0\t-\t-\t0.0\t-160.0\t0\tPacific Ocean\tPacific\n")
            .expect("parses");
        let e = g.entry(g.lookup("Pacific")[0]).expect("entry");
        assert_eq!(e.kind, PlaceKind::Region);
        assert_eq!(e.country.as_str(), "");
        assert_eq!(g.lookup("Pacific Ocean"), g.lookup("Pacific"));
    }

    #[test]
    fn longest_name_wins() {
        let g = Gazetteer::parse(
            "A\t0\tUS\tNY\t43.0\t-75.0\t100\tNew York\t\n\
             P\t5128581\tUS\tNY\t40.7\t-74.0\t80\tNew York City\tNYC\n",
        )
        .expect("parses");
        let (end, k) = g.longest_at("New York City is big", 0).expect("match");
        assert_eq!(end, 13);
        assert_eq!(g.name(k).map(|n| n.text), Some("New York City"));
        let (end, _) = g.longest_at("New York state", 0).expect("match");
        assert_eq!(end, 8);
        assert!(g.longest_at("Newark", 0).is_none());
    }

    #[test]
    fn a_dateline_town_takes_the_country_of_its_largest_namesake_of_100000() {
        let g = Gazetteer::parse(
            "C\t1\tXA\tXAA\t10.5\t20.25\t5000000\tAlba\t\n\
             C\t2\tXB\tXBB\t12.5\t22.25\t3000000\tBrena\t\n\
             P\t3\tXA\t01\t10.6\t20.3\t40000\tHarrow\t\n\
             P\t4\tXB\t01\t12.6\t22.3\t250000\tHarrow\t\n\
             P\t5\tXA\t01\t10.7\t20.4\t99999\tLinden\t\n",
        )
        .expect("parses");
        assert_eq!(g.dateline_town_country("Harrow"), Some("XBB"));
        assert_eq!(g.dateline_town_country("Linden"), None);
        assert_eq!(g.dateline_town_country("Alba"), None);
        assert_eq!(g.dateline_town_country("Nowhere"), None);
    }

    const SMALL: &str = "# notice: invented test data\n\
        C\t1\tXA\tXAA\t10.5\t20.25\t5000000\tAlba\tAlba Republic|Alba\n\
        A\t2\tXA\t01\t11.0\t21.0\t300000\tNorth\tNorth Province\n\
        D\t3\tXA\tXA.01.7\t11.1\t21.1\t9000\tMill County\t\n\
        P\t4\tXA\t01\t11.2\t21.2\t80000\tMill\tMill Town\n\
        K\t5\tXA\t01\t11.3\t-21.3\t900000\tPort Alba\tNorth\n\
        S\t6\tXA\t-\t-11.4\t21.4\t1200\tReading\t\n\
        W\treading\n";

    #[test]
    fn every_field_of_the_tsv_form_survives_the_binary_form() {
        let g = Gazetteer::parse(SMALL).expect("parses");
        assert_eq!(g.notice(), "notice: invented test data");
        assert_eq!(g.entries().len(), 6);
        let alba = g.entry(0).expect("country");
        assert_eq!(
            (
                alba.kind,
                alba.geonames_id,
                alba.population,
                alba.alternates
            ),
            (PlaceKind::Country, 1, 5_000_000, 2)
        );
        assert_eq!((alba.lat, alba.lon), (10.5, 20.25));
        assert_eq!(g.iso3("XA"), Some("XAA"));
        assert_eq!(g.country("XA"), Some(0));
        assert_eq!(g.entry_name(alba), "Alba");
        let county = g.entry(2).expect("county");
        assert!(county.second_level && county.kind == PlaceKind::Admin1);
        assert_eq!(county.division, Some(1));
        let capital = g.entry(4).expect("capital");
        assert!(capital.capital && capital.kind == PlaceKind::City);
        assert_eq!((capital.lon, capital.division), (-21.3, Some(1)));
        let small = g.entry(5).expect("small place");
        assert!(small.small && small.division.is_none() && small.lat == -11.4);
        // "North": the division (main name) and the capital (alternate), kind order
        let north = g.name(
            g.by_text
                .get(&g, "North", hash_str("North"))
                .expect("North"),
        );
        let north = north.expect("name");
        assert_eq!(north.entries, &[1, 4]);
        assert!(north.primary && !north.common_word);
        let reading = g.name(
            g.by_text
                .get(&g, "Reading", hash_str("Reading"))
                .expect("Reading"),
        );
        let reading = reading.expect("name");
        assert!(reading.common_word && !reading.primary);
        assert_eq!(g.lookup("Alba Republic"), &[0]);
        assert!(g.lookup("Nowhere").is_empty());
    }

    #[test]
    fn a_binary_form_of_another_version_or_length_is_refused() {
        let good = encode(SMALL).expect("encodes");
        assert!(Gazetteer::from_bytes(&good).is_ok());
        let mut other = good.clone();
        other[4] = 99;
        let e = Gazetteer::from_bytes(&other).unwrap_err();
        assert!(e.message.contains("version 99"), "{e}");
        let e = Gazetteer::from_bytes(&good[..good.len() - 1]).unwrap_err();
        assert!(e.message.contains("header announces"), "{e}");
        let e = Gazetteer::from_bytes(b"gzip or anything else").unwrap_err();
        assert!(e.message.contains("magic"), "{e}");
    }

    #[test]
    fn a_damaged_binary_form_is_an_error_not_a_panic() {
        let good = encode(SMALL).expect("encodes");
        for at in HEADER_BYTES..good.len() {
            for byte in [0x00, 0x7f, 0xff] {
                let mut bad = good.clone();
                bad[at] = byte;
                let _ = Gazetteer::from_bytes(&bad);
            }
        }
    }

    #[test]
    fn a_longest_name_followed_by_letters_is_not_matched_inside_the_word() {
        // "Kelvar" and "Ørnby" (6 bytes each) are the longest names
        let g = Gazetteer::parse(
            "P\t1\tXA\t-\t1.0\t1.0\t9000\tKelvar\t\n\
             P\t2\tXA\t-\t2.0\t2.0\t9000\tØrnby\tOrn\n",
        )
        .expect("parses");
        assert!(g.longest_at("Kelvarton lies east", 0).is_none());
        assert!(g.longest_at("Kelvar9 is a code", 0).is_none());
        assert!(g.longest_at("Ørnbyé hosted it", 0).is_none());
        assert_eq!(g.longest_at("in Kelvar", 3).map(|m| m.0), Some(9));
        assert_eq!(g.longest_at("Kelvar, then Ørnby.", 0).map(|m| m.0), Some(6));
        assert_eq!(
            g.longest_at("Kelvar, then Ørnby.", 13).map(|m| m.0),
            Some(19)
        );
        assert_eq!(g.longest_at("Ørnby", 0).map(|m| m.0), Some(6));
    }

    #[test]
    fn decoding_the_binary_form_gives_a_tsv_form_that_encodes_to_the_same_bytes() {
        let bytes = encode(SMALL).expect("encodes");
        let tsv = decode(&bytes).expect("decodes");
        assert_eq!(encode(&tsv).expect("re-encodes"), bytes, "{tsv}");
        // the division links survive with codes of their own
        assert!(
            tsv.contains("\nD\t3\tXA\tXA.2.3\t11.1000\t21.1000\t9000\tMill County\t\n"),
            "{tsv}"
        );
        assert!(
            tsv.contains("\nS\t6\tXA\t-\t-11.4000\t21.4000\t1200\tReading\t\n"),
            "{tsv}"
        );
        assert!(tsv.contains("\nW\treading\n"), "{tsv}");
        assert!(decode(&bytes[..bytes.len() - 1]).is_err());
    }

    #[test]
    fn the_embedded_gazetteer_decodes_to_a_tsv_form_that_encodes_to_the_same_bytes() {
        let tsv = decode(EMBEDDED).expect("decodes");
        assert!(tsv.starts_with("# attache gazetteer"), "{}", &tsv[..80]);
        let again = encode(&tsv).expect("re-encodes");
        assert!(
            again == EMBEDDED,
            "{} bytes, embedded {}",
            again.len(),
            EMBEDDED.len()
        );
    }

    /// The binary form of a two-entry gazetteer, byte by byte as the module documentation
    /// describes it. If this fails, the encoding changed: bump `FORMAT_VERSION` (so that
    /// a build with the old loader refuses the new file instead of misreading it), rebuild
    /// `data/gazetteer.bin`, then update the bytes here.
    #[test]
    fn the_binary_encoding_is_pinned_to_its_format_version() {
        let tsv = "# n\n\
            C\t7\tXA\tXAA\t1.5\t-2.25\t100\tAlba\tAlba|Al\n\
            P\t9\tXA\t-\t1.0\t2.0\t5\tMill\t\n\
            W\tmill\n";
        let bytes = encode(tsv).expect("encodes");
        let words: Vec<u32> = bytes[4..HEADER_BYTES]
            .chunks_exact(4)
            .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
            .collect();
        assert_eq!(&bytes[..4], b"ATGZ");
        // version, entries, names, text bytes ("Alba\nAl\nMill\n"), countries, common
        // words, prefixes (none: no name has two words), notice, codes, entries and common
        // sections; the last word, the deflated text's length, depends on the compressor
        assert_eq!(words[..11], [1, 2, 3, 13, 1, 1, 0, 1, 4, 30, 1]);
        assert_eq!(FORMAT_VERSION, 1);
        let sections = &bytes[HEADER_BYTES..HEADER_BYTES + 1 + 4 + 30 + 1];
        #[rustfmt::skip]
        let want: &[u8] = &[
            b'n',
            0, 0, b'X', b'A',
            // C, id 7 (zigzag 14), code 1, XAA, lat 15000 and lon -22500 (zigzag varints),
            // population 100, no division, three names: new, one back, new
            b'C', 14, 1, b'X', b'A', b'A', 0xb0, 0xea, 0x01, 0xc7, 0xdf, 0x02, 100, 0, 3, 0, 1, 0,
            // P, id +2, code 1, lat -5000, lon +42500, population 5, no division, one new name
            b'P', 4, 1, 0x8f, 0x4e, 0x88, 0x98, 0x05, 5, 0, 1, 0,
            // common word: name 2
            2,
        ];
        assert_eq!(sections, want);
    }

    #[test]
    fn names_longer_than_announced_stop_decompressing_at_the_announced_length() {
        let good = encode(SMALL).expect("encodes");
        let mut bad = good.clone();
        // the text length (fourth header word) one byte short
        let at = 4 + 4 * 3;
        let len = u32::from_le_bytes([bad[at], bad[at + 1], bad[at + 2], bad[at + 3]]);
        bad[at..at + 4].copy_from_slice(&(len - 1).to_le_bytes());
        let e = Gazetteer::from_bytes(&bad).unwrap_err();
        assert!(e.message.contains("longer than"), "{e}");
    }

    #[test]
    fn section_lengths_that_overflow_are_an_error() {
        let mut bad = encode(SMALL).expect("encodes");
        for word in 7..12 {
            let at = 4 + 4 * word;
            bad[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        }
        let e = Gazetteer::from_bytes(&bad).unwrap_err();
        assert!(e.message.contains("header announces"), "{e}");
    }

    #[test]
    fn the_embedded_gazetteer_loads() {
        let g = Gazetteer::embedded().expect("loads");
        assert!(g.entries().len() > 100_000, "{g:?}");
        assert!(g.notice().contains("GeoNames"));
        let paris = g.lookup("Paris");
        assert!(paris
            .iter()
            .any(|&e| g.entry(e).is_some_and(|e| e.country.as_str() == "FR")));
    }
}
