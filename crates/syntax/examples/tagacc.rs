//! Tagger accuracy of a model directory on CoNLL-U files, with the commonest confusions,
//! and tagging speed (debugging aid): `tagacc MODEL_DIR FILE.conllu...`.
use std::collections::HashMap;

/// CPU seconds of this process so far (user + system).
fn cpu_seconds() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bytes = std::fs::read(std::path::Path::new(&args[0]).join("tagger.bin")).expect("model");
    let (wall0, cpu0) = (std::time::Instant::now(), cpu_seconds());
    let mut t = attache_syntax::tagger::Tagger::read(&bytes).expect("tagger");
    println!(
        "load: {:.1} ms wall, {:.1} ms CPU; {:.1} MB of weights and tables",
        wall0.elapsed().as_secs_f64() * 1e3,
        (cpu_seconds() - cpu0) * 1e3,
        t.weight_bytes() as f64 / 1e6
    );
    if let Some(m) = std::env::var("KEEP_MARGIN")
        .ok()
        .and_then(|m| m.parse().ok())
    {
        t.set_keep_margin(m);
    }
    // CACHED_FORMS=N sums the role vectors of the N commonest forms (speed only).
    if let Some(n) = std::env::var("CACHED_FORMS")
        .ok()
        .and_then(|m| m.parse().ok())
    {
        let c0 = cpu_seconds();
        t.set_cached_forms(n);
        println!(
            "cache of {n} forms: {:.1} ms CPU; {:.1} MB of weights and tables",
            (cpu_seconds() - c0) * 1e3,
            t.weight_bytes() as f64 / 1e6
        );
    }
    for f in &args[1..] {
        let s = attache_syntax::corpus::read_files(&[f.into()]).expect("read");
        let (x, u) = attache_syntax::tagger::accuracy(&t, &s);
        println!("{f}: xpos {x:.4} upos {u:.4}");
        let mut conf: HashMap<String, usize> = HashMap::new();
        let mut sc = attache_syntax::tagger::TagScratch::default();
        let mut out = Vec::new();
        let mut upos_only = 0usize;
        // DUMP=FILE writes `form gold-UPOS predicted-UPOS` per token (error analysis).
        let mut dump = std::env::var("DUMP").ok().map(|_| String::new());
        for sent in &s {
            let forms: Vec<&str> = sent.forms.iter().map(String::as_str).collect();
            t.tag(&forms, &mut sc, &mut out);
            if let Some(d) = dump.as_mut() {
                d.push('\n');
            }
            for (i, &c) in out.iter().enumerate() {
                let (px, pu) = t.classes()[c as usize];
                if let Some(d) = dump.as_mut() {
                    d.push_str(&format!("{}\t{}\t{}\n", sent.forms[i], sent.upos[i], pu));
                }
                if pu != sent.upos[i] && px == sent.xpos[i] {
                    upos_only += 1;
                }
                if pu != sent.upos[i] {
                    *conf
                        .entry(format!("{} -> {} ({})", sent.upos[i], pu, sent.forms[i]))
                        .or_default() += 1;
                }
            }
        }
        println!("UPOS errors with the right XPOS: {upos_only}");
        if let (Some(d), Ok(path)) = (dump, std::env::var("DUMP")) {
            std::fs::write(&path, d).expect("write DUMP");
        }
        let forms: Vec<Vec<&str>> = s
            .iter()
            .map(|x| x.forms.iter().map(String::as_str).collect())
            .collect();
        let repeats = 5;
        let cpu0 = cpu_seconds();
        for _ in 0..repeats {
            for f in &forms {
                t.tag(f, &mut sc, &mut out);
            }
        }
        let tokens = forms.iter().map(Vec::len).sum::<usize>() * repeats;
        println!(
            "tagging: {:.0} tokens per CPU-second",
            tokens as f64 / (cpu_seconds() - cpu0).max(1e-9)
        );
        let mut v: Vec<_> = conf.into_iter().collect();
        v.sort_by_key(|x| std::cmp::Reverse(x.1));
        for (k, n) in v.iter().take(40) {
            println!("  {n:5} {k}");
        }
    }
}
