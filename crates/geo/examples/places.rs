//! Prints the places PlaceResolution finds in a plain-text file (one paragraph a line).
//!
//! ```text
//! cargo run -p attache-geo --release --example places -- FILE
//! ```

use std::sync::Arc;

use attache_core::{Document, Stage};
use attache_geo::{Gazetteer, PlaceResolution};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: places FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let gaz = match Gazetteer::embedded() {
        Ok(g) => Arc::new(g),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let mut doc = Document::from_plain(&text);
    PlaceResolution::new(gaz).run(&mut doc);
    for p in &doc.places {
        println!(
            "{:>6}..{:<6} s{:<3} {:<24} -> {} [{}] ({:?}, {:?}) geonames {:?}",
            p.span.start,
            p.span.end,
            p.sentence,
            doc.slice(p.span),
            p.name,
            p.country.as_deref().unwrap_or("-"),
            p.lat,
            p.lon,
            p.geonames_id
        );
    }
}
