//! The gazetteer: countries, first-level divisions, some second-level divisions (counties,
//! departments), populated places (down to 1,000 inhabitants) and continents from GeoNames,
//! with division points from countrystatecity, read from the committed
//! `data/gazetteer.tsv.gz` (built by `examples/build_gazetteer.rs`; format in its header and
//! in data/SOURCES.md).
//!
//! Read-only after load. Names are matched case-sensitively in text by hashing the
//! candidate strings that start at a capitalised word and end at a word end (longest first):
//! building a hash table of 240k names takes a fraction of what an automaton over them
//! would, and the lookups stay cheap because only capitalised words start one.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::io::Read;

/// FNV-1a: names are short, so a simple hash beats SipHash in the lookup loop.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// FNV-1a of a string: the key of the name index.
fn fnv(s: &str) -> u64 {
    let mut h = Fnv::default();
    h.write(s.as_bytes());
    h.finish()
}

/// Keys that are already hashes (the name index, the prefix set) are used as they are.
#[derive(Default)]
struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type IdentityBuild = BuildHasherDefault<Identity>;

/// Names by the FNV hash of their text, checked against the text on lookup; the rare
/// names whose hash another name already has are kept by text. Building it allocates no
/// string per name.
#[derive(Default)]
struct NameIndex {
    by_hash: HashMap<u64, u32, IdentityBuild>,
    collided: HashMap<String, u32>,
}

impl NameIndex {
    fn with_capacity(n: usize) -> NameIndex {
        NameIndex {
            by_hash: HashMap::with_capacity_and_hasher(n, IdentityBuild::default()),
            collided: HashMap::new(),
        }
    }

    fn get(&self, names: &[Name], text: &str, hash: u64) -> Option<u32> {
        match self.by_hash.get(&hash) {
            Some(&k) if names.get(k as usize).is_some_and(|n| n.text == text) => Some(k),
            Some(_) => self.collided.get(text).copied(),
            None => None,
        }
    }

    /// Adds a name that `get` did not find.
    fn insert(&mut self, text: &str, hash: u64, k: u32) {
        match self.by_hash.entry(hash) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(k);
            }
            std::collections::hash_map::Entry::Occupied(_) => {
                self.collided.insert(text.to_string(), k);
            }
        }
    }
}

/// The committed gazetteer, gzip'd TSV.
pub static EMBEDDED: &[u8] = include_bytes!("../data/gazetteer.tsv.gz");

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

/// One gazetteer entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// GeoNames id; `0` when unknown (some first-level divisions).
    pub geonames_id: u64,
    pub kind: PlaceKind,
    pub name: String,
    /// ISO 3166 alpha-2 of the country it lies in (empty for continents and regions that
    /// span several countries).
    pub country: String,
    /// GeoNames admin1 code for divisions and places (`TX`, `08`), empty otherwise.
    pub admin1: String,
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

/// A malformed line in the gazetteer file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazetteerError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "[GEO001] gazetteer.tsv:{}: {}", self.line, self.message)
    }
}

impl std::error::Error for GazetteerError {}

/// A name as written in text and the entries it may denote.
#[derive(Clone, Debug, Default)]
pub struct Name {
    pub text: String,
    /// Indices into the entries, most populous first within each kind.
    pub entries: Vec<u32>,
    /// The name is also a common lowercase English word ("Mobile", "Reading").
    pub common_word: bool,
    /// The name is the main name of at least one entry other than a small place (not only an
    /// alternate name or a small place's name).
    pub primary: bool,
}

/// Countries, divisions, places and continents, with a matcher over all their names.
pub struct Gazetteer {
    entries: Vec<Entry>,
    names: Vec<Name>,
    /// Longest name in bytes.
    max_bytes: usize,
    iso3: HashMap<String, String>,
    countries: HashMap<String, u32>,
    by_text: NameIndex,
    /// The FNV hashes of every proper prefix of a name that ends at a word end ("New", "New
    /// York" for "New York City"): the lookup stops extending when a string is neither (a
    /// hash collision only makes it look one word further).
    prefixes: HashSet<u64, IdentityBuild>,
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
        let mut text = String::new();
        flate2::read::GzDecoder::new(EMBEDDED)
            .read_to_string(&mut text)
            .map_err(|e| GazetteerError {
                line: 0,
                message: format!("cannot decompress the embedded gazetteer: {e}"),
            })?;
        Gazetteer::parse(&text)
    }

    /// Parses the TSV form, checking every line.
    pub fn parse(text: &str) -> Result<Gazetteer, GazetteerError> {
        // Sized for the committed file (about 75k entries, 245k names) to avoid rehashing.
        let lines = text.len() / 80;
        let mut entries = Vec::with_capacity(lines);
        let mut names: Vec<Name> = Vec::with_capacity(lines * 4);
        let mut by_text = NameIndex::with_capacity(lines * 4);
        let mut iso3 = HashMap::new();
        let mut common = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            let err = |message: String| GazetteerError {
                line: line_no,
                message,
            };
            if line.is_empty() || line.starts_with('#') {
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
                    Some(w) if !w.is_empty() => common.push(w.to_string()),
                    _ => return Err(err("W line without a word".into())),
                }
                continue;
            }
            if fields != 9 {
                return Err(err(format!(
                    "expected 9 tab-separated fields, found {fields}"
                )));
            }
            let kind = match f[0] {
                "C" => PlaceKind::Country,
                "A" | "D" => PlaceKind::Admin1,
                "P" | "K" | "S" => PlaceKind::City,
                "L" => PlaceKind::Continent,
                "R" => PlaceKind::Region,
                k => {
                    return Err(err(format!(
                        "unknown kind {k:?} (expected C, A, D, P, K, S, L, R or W)"
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
            let geonames_id = f[1]
                .parse()
                .map_err(|_| err(format!("geonameid {:?} is not a number", f[1])))?;
            let population = f[6]
                .parse()
                .map_err(|_| err(format!("population {:?} is not a number", f[6])))?;
            if f[7].is_empty() {
                return Err(err("empty name".into()));
            }
            let dash = |s: &str| {
                if s == "-" {
                    String::new()
                } else {
                    s.to_string()
                }
            };
            let mut entry = Entry {
                geonames_id,
                kind,
                name: f[7].to_string(),
                country: dash(f[2]),
                admin1: String::new(),
                lat,
                lon,
                population,
                division: None,
                capital: f[0] == "K",
                second_level: f[0] == "D",
                small: f[0] == "S",
                alternates: f[8].split('|').filter(|s| !s.is_empty()).count() as u32,
            };
            match kind {
                PlaceKind::Country => {
                    if f[2].len() != 2 || f[3].len() != 3 {
                        return Err(err(format!(
                            "country needs ISO alpha-2 and alpha-3 codes, found {:?} {:?}",
                            f[2], f[3]
                        )));
                    }
                    iso3.insert(f[2].to_string(), f[3].to_string());
                }
                PlaceKind::Admin1 | PlaceKind::City => entry.admin1 = dash(f[3]),
                PlaceKind::Continent | PlaceKind::Region => {}
            }
            let id = entries.len() as u32;
            entries.push(entry);
            for (alt, n) in std::iter::once(f[7])
                .chain(f[8].split('|').filter(|s| !s.is_empty()))
                .enumerate()
            {
                let hash = fnv(n);
                let k = match by_text.get(&names, n, hash) {
                    Some(k) => k,
                    None => {
                        names.push(Name {
                            text: n.to_string(),
                            ..Name::default()
                        });
                        let k = names.len() as u32 - 1;
                        by_text.insert(n, hash, k);
                        k
                    }
                };
                let name = &mut names[k as usize];
                // A small place's name alone needs a place-like context (see `primary`).
                name.primary |= alt == 0 && f[0] != "S";
                if !name.entries.contains(&id) {
                    name.entries.push(id);
                }
            }
        }
        for w in common {
            let mut title = String::new();
            let mut chars = w.chars();
            if let Some(c) = chars.next() {
                title.extend(c.to_uppercase());
                title.push_str(chars.as_str());
            }
            if let Some(k) = by_text.get(&names, &title, fnv(&title)) {
                names[k as usize].common_word = true;
            }
        }
        for n in &mut names {
            n.entries.sort_by(|&a, &b| {
                let (a, b) = (&entries[a as usize], &entries[b as usize]);
                (a.kind, std::cmp::Reverse(a.population))
                    .cmp(&(b.kind, std::cmp::Reverse(b.population)))
            });
        }
        let mut countries = HashMap::new();
        let mut admin1: HashMap<(&str, &str), u32> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            match e.kind {
                PlaceKind::Country => {
                    countries.insert(e.country.clone(), i as u32);
                }
                PlaceKind::Admin1 if !e.second_level => {
                    admin1.insert((e.country.as_str(), e.admin1.as_str()), i as u32);
                }
                _ => {}
            }
        }
        let division: Vec<Option<u32>> = entries
            .iter()
            .map(|e| {
                // A county's GeoNames code names its first-level division: `US.IN.143`.
                let code = match (e.kind, e.second_level) {
                    (PlaceKind::City, _) => e.admin1.as_str(),
                    (PlaceKind::Admin1, true) => {
                        let mut parts = e.admin1.split('.');
                        match (parts.next(), parts.next(), parts.next(), parts.next()) {
                            (Some(_), Some(a1), Some(_), None) => a1,
                            _ => return None,
                        }
                    }
                    _ => return None,
                };
                admin1.get(&(e.country.as_str(), code)).copied()
            })
            .collect();
        drop(admin1);
        for (e, d) in entries.iter_mut().zip(division) {
            e.division = d;
        }
        let max_bytes = names.iter().map(|n| n.text.len()).max().unwrap_or(0);
        let mut prefixes: HashSet<u64, IdentityBuild> =
            HashSet::with_capacity_and_hasher(names.len() / 2, IdentityBuild::default());
        for n in names
            .iter()
            .filter(|n| !n.text.chars().all(char::is_alphanumeric))
        {
            for end in word_ends(&n.text) {
                let head = &n.text[..end];
                if end < n.text.len() {
                    prefixes.insert(fnv(head));
                }
            }
        }
        Ok(Gazetteer {
            entries,
            names,
            max_bytes,
            prefixes,
            iso3,
            countries,
            by_text,
        })
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, i: u32) -> Option<&Entry> {
        self.entries.get(i as usize)
    }

    pub fn names(&self) -> &[Name] {
        &self.names
    }

    /// The longest name that starts at byte `start` of `text` and ends at a word end
    /// (optionally after a final '.'): `(end, name index)`. `start` must be a char boundary.
    pub fn longest_at(&self, text: &str, start: usize) -> Option<(usize, u32)> {
        let rest = text.get(start..)?;
        let rest = &rest[..floor_boundary(rest, self.max_bytes)];
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
                    let hash = fnv(head);
                    if let Some(k) = self.by_text.get(&self.names, head, hash) {
                        best = Some((start + end, k));
                    }
                    extend |= self.prefixes.contains(&hash);
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

    /// Entries named exactly `name`, most populous first within each kind.
    pub fn lookup(&self, name: &str) -> &[u32] {
        self.by_text
            .get(&self.names, name, fnv(name))
            .map_or(&[], |k| &self.names[k as usize].entries)
    }

    /// ISO alpha-3 of an ISO alpha-2 country code.
    pub fn iso3(&self, alpha2: &str) -> Option<&str> {
        self.iso3.get(alpha2).map(String::as_str)
    }

    /// The country entry of an ISO alpha-2 code.
    pub fn country(&self, alpha2: &str) -> Option<u32> {
        self.countries.get(alpha2).copied()
    }
}

/// Byte offsets in `s` where a word ends: after an alphanumeric run, and after a '.' that
/// directly follows one ("U.S.", "St.").
fn word_ends(s: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut prev_alnum = false;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        let alnum = c.is_alphanumeric();
        if prev_alnum && !alnum {
            out.push(i);
            if c == '.' {
                out.push(i + 1);
            }
        }
        prev_alnum = alnum;
    }
    out
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
    fn word_ends_include_abbreviation_dots() {
        assert_eq!(word_ends("U.S. Army"), vec![1, 2, 3, 4, 9]);
        assert_eq!(word_ends("New York"), vec![3, 8]);
    }

    #[test]
    fn malformed_lines_are_reported_with_their_number() {
        let e = Gazetteer::parse("# header\nC\t1\tXX\n").unwrap_err();
        assert_eq!(e.line, 2);
        let e = Gazetteer::parse("P\t1\tFR\t11\t99.0\t2.0\t5\tParis\t\n").unwrap_err();
        assert!(e.message.contains("out of range"), "{e}");
    }

    #[test]
    fn region_lines_load_without_a_country() {
        let g = Gazetteer::parse("R\t0\t-\t-\t0.0\t-160.0\t0\tPacific Ocean\tPacific\n")
            .expect("parses");
        let e = g.entry(g.lookup("Pacific")[0]).expect("entry");
        assert_eq!(e.kind, PlaceKind::Region);
        assert_eq!(e.country, "");
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
        assert_eq!(g.names()[k as usize].text, "New York City");
        let (end, _) = g.longest_at("New York state", 0).expect("match");
        assert_eq!(end, 8);
        assert!(g.longest_at("Newark", 0).is_none());
    }
}
