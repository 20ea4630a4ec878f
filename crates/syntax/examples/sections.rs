//! CPU time of each part of the syntax pipeline (tagging, lemmatizing, parsing), to find
//! where time goes: `sections [--model DIR | --beam] FILE.conllu [REPEATS]` (`--beam`: the
//! embedded beam parser, `models/parser-beam.bin`).

/// CPU seconds of this process so far (user + system).
fn cpu_seconds() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--model DIR` reads the models of DIR instead of the embedded ones.
    let model_dir = match args.iter().position(|a| a == "--model") {
        Some(i) if i + 1 < args.len() => {
            let dir = args.remove(i + 1);
            args.remove(i);
            Some(dir)
        }
        _ => None,
    };
    let choice = match args.iter().position(|a| a == "--beam") {
        Some(i) => {
            args.remove(i);
            attache_syntax::ParserChoice::Beam
        }
        None => attache_syntax::ParserChoice::Greedy,
    };
    let Some(path) = args.first() else {
        eprintln!("usage: sections [--model DIR | --beam] FILE.conllu [REPEATS]");
        std::process::exit(2);
    };
    let repeats: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(3);
    let sents = match attache_syntax::corpus::read_files(&[path.into()]) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let loaded = match &model_dir {
        Some(d) => attache_syntax::Syntax::load(std::path::Path::new(d)),
        None => attache_syntax::Syntax::embedded_with(choice),
    };
    let syntax = match loaded {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let forms: Vec<Vec<&str>> = sents
        .iter()
        .map(|s| s.forms.iter().map(String::as_str).collect())
        .collect();
    let tokens: usize = forms.iter().map(Vec::len).sum::<usize>() * repeats;
    let mut tsc = attache_syntax::tagger::TagScratch::default();
    let mut classes = Vec::new();
    let mut all_tags: Vec<Vec<u8>> = Vec::new();
    let t0 = cpu_seconds();
    for r in 0..repeats {
        for f in &forms {
            syntax.tagger.tag(f, &mut tsc, &mut classes);
            if r == 0 {
                all_tags.push(
                    classes
                        .iter()
                        .map(|&c| syntax.tagger.classes()[c as usize].0 .0)
                        .collect(),
                );
            }
        }
    }
    let tag = cpu_seconds() - t0;
    let mut an = attache_syntax::features::Analyzer::default();
    let words: Vec<Vec<u64>> = forms
        .iter()
        .map(|f| {
            f.iter()
                .map(|w| syntax.parser.vocab().word(&an.analyze(w)))
                .collect()
        })
        .collect();
    let mut psc = attache_syntax::parser::ParseScratch::default();
    let (mut heads, mut labels) = (Vec::new(), Vec::new());
    let t1 = cpu_seconds();
    let mut check = 0u64;
    for _ in 0..repeats {
        for (w, t) in words.iter().zip(&all_tags) {
            let x = attache_syntax::parser::ParseInput { words: w, tags: t };
            syntax.parser.parse(&x, &mut psc, &mut heads, &mut labels);
            check += heads.iter().map(|&h| h as u64).sum::<u64>();
        }
    }
    let parse = cpu_seconds() - t1;
    let mut lemmas = String::new();
    let t2 = cpu_seconds();
    for _ in 0..repeats {
        for (f, t) in forms.iter().zip(&all_tags) {
            lemmas.clear();
            for (w, &x) in f.iter().zip(t) {
                syntax
                    .lemmatizer
                    .lemmatize_into(w, attache_core::tags::Xpos(x), &mut lemmas);
            }
            check += lemmas.len() as u64;
        }
    }
    let lemma = cpu_seconds() - t2;
    let per = |s: f64| tokens as f64 / s.max(1e-9);
    println!(
        "tagging {tag:.3} CPU-s ({:.0} tok/s); parsing+labelling {parse:.3} CPU-s ({:.0} tok/s); lemmatizing {lemma:.3} CPU-s ({:.0} tok/s); checksum {check}",
        per(tag),
        per(parse),
        per(lemma)
    );
}
