//! Evaluates PlaceResolution on GeoVirus (until `attache eval places` is wired).
//!
//! ```text
//! cargo run -p attache-geo --release --example eval_places -- [GeoVirus.xml] [--errors dev|test|all]
//! ```
//! `--errors PART` also prints missed, spurious and far (>161 km) toponyms of that part;
//! with `GEO_DUMP=1` also every matched toponym (`DUMP` lines: gold name, point, kind, entry,
//! point, km).

use std::sync::Arc;
use std::time::Instant;

use attache_geo::eval::{haversine_km, parse_geovirus, predict};
use attache_geo::{eval_places_with, Gazetteer, PlaceResolution};

fn main() {
    let mut path = format!(
        "{}/../../../shared/data/corpora/geovirus/GeoVirus.xml",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut errors: Option<String> = None;
    let dump = std::env::var_os("GEO_DUMP").is_some();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--errors" {
            errors = args.next();
        } else {
            path = a;
        }
    }
    let xml = match std::fs::read_to_string(&path) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let t = Instant::now();
    let gaz = match Gazetteer::embedded() {
        Ok(g) => Arc::new(g),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    eprintln!(
        "gazetteer loaded in {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    let mut stage = PlaceResolution::new(gaz);
    if std::env::var_os("GEO_NO_UNKNOWN").is_some() {
        stage.unknown_names = false;
    }
    if std::env::var_os("GEO_COUNTRY_ACTORS").is_some() {
        stage.countries_as_actors = true;
    }
    print!("{}", eval_places_with(&stage, &xml).render());
    if let Some(part) = errors {
        let arts = parse_geovirus(&xml);
        let dev_len = arts.len().div_ceil(2);
        for (i, a) in arts.iter().enumerate() {
            let keep = match part.as_str() {
                "dev" => i < dev_len,
                "test" => i >= dev_len,
                _ => true,
            };
            if !keep {
                continue;
            }
            let pred = predict(&stage, &a.text);
            let chars: Vec<char> = a.text.chars().collect();
            let ctx = |s: u32, e: u32| -> String {
                let lo = (s as usize).saturating_sub(30);
                let hi = (e as usize + 30).min(chars.len());
                chars[lo..hi].iter().collect::<String>().replace('\n', " ")
            };
            for g in &a.places {
                match pred.iter().find(|p| p.start == g.start && p.end == g.end) {
                    None => println!("MISS  a{i} {:?} | {}", g.name, ctx(g.start, g.end)),
                    Some(p) => {
                        let km = match (p.lat, p.lon) {
                            (Some(la), Some(lo)) => haversine_km(g.lat, g.lon, la, lo),
                            _ => f64::INFINITY,
                        };
                        if dump {
                            println!(
                                "DUMP\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{km:.0}",
                                g.name,
                                g.lat,
                                g.lon,
                                p.kind.map_or("none", |k| k.as_str()),
                                p.name,
                                p.lat.unwrap_or(f64::NAN),
                                p.lon.unwrap_or(f64::NAN)
                            );
                        }
                        if km >= 161.0 {
                            println!(
                                "FAR   a{i} {:?} -> {} ({:?},{:?}) gold ({},{}) {km:.0} km",
                                g.name, p.name, p.lat, p.lon, g.lat, g.lon
                            );
                        }
                    }
                }
            }
            for p in &pred {
                if !a
                    .places
                    .iter()
                    .any(|g| p.start == g.start && p.end == g.end)
                {
                    println!("SPUR  a{i} {:?} | {}", p.name, ctx(p.start, p.end));
                }
            }
        }
    }
}
