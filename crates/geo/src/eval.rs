//! `attache eval places`: toponym spans and coordinates against GeoVirus-style XML.
//!
//! Spans match when their character offsets are equal. Accuracy@161km is over the gold
//! toponyms whose span was found: a found toponym without coordinates counts as wrong.
//! The articles are split in a fixed way: the first half (by position in the file) is the
//! development part, the second half the test part; both and the whole are reported.

use std::sync::Arc;

use attache_core::eval::{Counts, Report};
use attache_core::span::CharIndex;
use attache_core::{Document, Stage};

use crate::gazetteer::{Gazetteer, PlaceKind};
use crate::resolve::PlaceResolution;

/// One gold toponym (character offsets into the article text, corrected for GeoVirus'
/// one-too-high offsets).
#[derive(Clone, Debug, PartialEq)]
pub struct GoldPlace {
    pub start: u32,
    pub end: u32,
    pub name: String,
    pub lat: f64,
    pub lon: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GoldArticle {
    pub text: String,
    pub places: Vec<GoldPlace>,
}

/// Reads GeoVirus' `<article><text/><locations><location>...` layout. Start and end in
/// the file are one character too high; the returned offsets are corrected.
pub fn parse_geovirus(xml: &str) -> Vec<GoldArticle> {
    let mut out = Vec::new();
    for chunk in xml.split("<article>").skip(1) {
        let Some(text) = between(chunk, "<text>", "</text>") else {
            continue;
        };
        let text = unescape(text);
        let mut places = Vec::new();
        for loc in chunk.split("<location>").skip(1) {
            let field = |tag: &str| {
                between(loc, &format!("<{tag}>"), &format!("</{tag}>"))
                    .map(|s| s.trim().to_string())
            };
            let num = |tag: &str| field(tag).and_then(|s| s.parse::<f64>().ok());
            let (Some(start), Some(end), Some(lat), Some(lon)) =
                (num("start"), num("end"), num("lat"), num("lon"))
            else {
                continue;
            };
            places.push(GoldPlace {
                start: (start as u32).saturating_sub(1),
                end: (end as u32).saturating_sub(1),
                name: field("name").map(|s| unescape(&s)).unwrap_or_default(),
                lat,
                lon,
            });
        }
        out.push(GoldArticle { text, places });
    }
    out
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let a = s.find(open)? + open.len();
    let b = s[a..].find(close)? + a;
    Some(&s[a..b])
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Great-circle distance in km.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// A predicted place in character offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct Predicted {
    pub start: u32,
    pub end: u32,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub name: String,
    /// Kind of the gazetteer entry it resolved to (`None` when unresolved).
    pub kind: Option<PlaceKind>,
}

/// Runs the stage on one gold article's text.
pub fn predict(stage: &PlaceResolution, text: &str) -> Vec<Predicted> {
    let mut doc = Document::from_plain(text);
    stage.run(&mut doc);
    let idx = CharIndex::new(&doc.text);
    let gaz = stage.gazetteer();
    let kind_of = |p: &attache_core::Place| {
        gaz.lookup(&p.name)
            .iter()
            .filter_map(|&e| gaz.entry(e))
            .find(|e| Some(e.lat) == p.lat && Some(e.lon) == p.lon)
            .map(|e| e.kind)
    };
    doc.places
        .iter()
        .map(|p| Predicted {
            kind: kind_of(p),
            start: idx.char_offset(p.span.start),
            end: idx.char_offset(p.span.end),
            lat: p.lat,
            lon: p.lon,
            name: p.name.clone(),
        })
        .collect()
}

#[derive(Default)]
struct Tally {
    spans: Counts,
    matched: u64,
    within: u64,
    errors: Vec<f64>,
    /// (matched, within 161 km) by the kind resolved to; index 5 is unresolved.
    by_kind: [(u64, u64); 6],
}

fn kind_index(kind: Option<PlaceKind>) -> usize {
    match kind {
        Some(PlaceKind::Country) => 0,
        Some(PlaceKind::Admin1) => 1,
        Some(PlaceKind::City) => 2,
        Some(PlaceKind::Continent) => 3,
        Some(PlaceKind::Region) => 4,
        None => 5,
    }
}

impl Tally {
    fn add(&mut self, gold: &[GoldPlace], pred: &[Predicted]) {
        let mut used = vec![false; pred.len()];
        for g in gold {
            let hit = pred
                .iter()
                .enumerate()
                .find(|(i, p)| !used[*i] && p.start == g.start && p.end == g.end);
            match hit {
                Some((i, p)) => {
                    used[i] = true;
                    self.spans.tp += 1;
                    self.matched += 1;
                    let k = kind_index(p.kind);
                    self.by_kind[k].0 += 1;
                    if let (Some(lat), Some(lon)) = (p.lat, p.lon) {
                        let km = haversine_km(g.lat, g.lon, lat, lon);
                        self.errors.push(km);
                        if km < 161.0 {
                            self.within += 1;
                            self.by_kind[k].1 += 1;
                        }
                    }
                }
                None => self.spans.fn_ += 1,
            }
        }
        self.spans.fp += used.iter().filter(|u| !**u).count() as u64;
    }

    fn accuracy(&self) -> f64 {
        if self.matched == 0 {
            0.0
        } else {
            self.within as f64 / self.matched as f64
        }
    }
}

/// Evaluates the embedded gazetteer and default stage on GeoVirus-style XML.
pub fn eval_places(geovirus_xml: &str) -> Report {
    match Gazetteer::embedded() {
        Ok(g) => eval_places_with(&PlaceResolution::new(Arc::new(g)), geovirus_xml),
        Err(e) => {
            let mut r = Report::new("places");
            r.notes.push(format!("gazetteer failed to load: {e}"));
            r
        }
    }
}

/// Evaluates `stage` on GeoVirus-style XML.
pub fn eval_places_with(stage: &PlaceResolution, geovirus_xml: &str) -> Report {
    let articles = parse_geovirus(geovirus_xml);
    let dev_len = articles.len().div_ceil(2);
    let (mut all, mut dev, mut test) = (Tally::default(), Tally::default(), Tally::default());
    for (i, a) in articles.iter().enumerate() {
        let pred = predict(stage, &a.text);
        all.add(&a.places, &pred);
        if i < dev_len {
            dev.add(&a.places, &pred);
        } else {
            test.add(&a.places, &pred);
        }
    }
    let mut r = Report::new("places");
    r.notes.push(format!(
        "{} articles; dev = first {dev_len}, test = the other {}; spans match on exact \
         character offsets (gold offsets corrected by -1); acc161 is over gold toponyms \
         whose span was found (no coordinates counts as wrong)",
        articles.len(),
        articles.len() - dev_len
    ));
    for (part, t) in [("all", &all), ("dev", &dev), ("test", &test)] {
        r.row(format!("span {part}"), t.spans);
    }
    for (part, t) in [("all", &all), ("dev", &dev), ("test", &test)] {
        r.figure(format!("acc161_{part}"), t.accuracy());
        r.figure(format!("matched_{part}"), t.matched as f64);
    }
    let resolved = all.errors.len() as f64;
    r.figure(
        "acc161_resolved_all",
        if resolved == 0.0 {
            0.0
        } else {
            all.within as f64 / resolved
        },
    );
    r.figure("resolved_all", resolved);
    for (i, kind) in [
        "country",
        "admin1",
        "city",
        "continent",
        "region",
        "unresolved",
    ]
    .iter()
    .enumerate()
    {
        let (n, ok) = all.by_kind[i];
        r.figure(format!("matched_{kind}"), n as f64);
        r.figure(
            format!("acc161_{kind}"),
            if n == 0 { 0.0 } else { ok as f64 / n as f64 },
        );
    }
    let mut e = all.errors.clone();
    e.sort_by(f64::total_cmp);
    let mean = if e.is_empty() {
        0.0
    } else {
        e.iter().sum::<f64>() / e.len() as f64
    };
    let median = e.get(e.len() / 2).copied().unwrap_or(0.0);
    r.figure("mean_km_all", mean);
    r.figure("median_km_all", median);
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geovirus_offsets_are_shifted_down_by_one() {
        let xml = "<articles><article><text>In Pandi &amp; X</text><locations><location>\
                   <name>Pandi</name><start>4</start><end>9</end><lat>14.87</lat>\
                   <lon>120.95</lon></location></locations></article></articles>";
        let a = parse_geovirus(xml);
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].text, "In Pandi & X");
        let g = &a[0].places[0];
        assert_eq!(&a[0].text[g.start as usize..g.end as usize], "Pandi");
    }

    #[test]
    fn haversine_of_a_degree_of_latitude() {
        assert!((haversine_km(0.0, 0.0, 1.0, 0.0) - 111.19).abs() < 0.1);
    }
}
