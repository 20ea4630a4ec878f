//! Speed and accuracy of the parser alone (moves, labels and repairs), in tokens per
//! CPU-second (getrusage, user + system), on given tags:
//!
//! `bench_parser PARSER.bin GOLD.conllu [TAGS] [REPEATS]`
//!
//! `PARSER.bin` may be `-` for the embedded parser. `TAGS` is a file of XPOS ids, one byte a
//! word of `GOLD.conllu` in order (a tagger's output), `gold` for the gold tags, or `tagger`
//! for the tags of the embedded tagger.
//!
//! The checksums are of the heads (their sum, over all repeats) and of the labels in order.
//!
//! `CONFUSION=1` also prints, for the words whose head is right, how often each gold label
//! was given each other label (the commonest confusions first), and each gold label's share
//! right.

/// CPU seconds of this process so far (user + system).
fn cpu_seconds() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
}

fn fail(msg: String) -> ! {
    eprintln!("{msg}");
    std::process::exit(2)
}

/// The XPOS ids the embedded tagger gives every word of `sents`, in order.
fn embedded_tags(sents: &[attache_syntax::corpus::GoldSentence]) -> Vec<u8> {
    let syntax = attache_syntax::Syntax::embedded().unwrap_or_else(|e| fail(e.to_string()));
    let mut sc = attache_syntax::tagger::TagScratch::default();
    let mut classes = Vec::new();
    let mut out = Vec::new();
    for s in sents {
        let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
        syntax.tagger.tag(&forms, &mut sc, &mut classes);
        out.extend(
            classes
                .iter()
                .map(|&c| syntax.tagger.classes()[c as usize].0 .0),
        );
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        fail("usage: bench_parser PARSER.bin|- GOLD.conllu [TAGS|gold] [REPEATS]".into());
    }
    let embedded;
    let parser = if args[0] == "-" {
        embedded = attache_syntax::Syntax::embedded().unwrap_or_else(|e| fail(e.to_string()));
        &embedded.parser
    } else {
        let bytes = std::fs::read(&args[0]).unwrap_or_else(|e| fail(format!("{}: {e}", args[0])));
        let p = attache_syntax::parser::Parser::read(&bytes).unwrap_or_else(|e| fail(e));
        &*Box::leak(Box::new(p))
    };
    let sents =
        attache_syntax::corpus::read_files(&[args[1].clone().into()]).unwrap_or_else(|e| fail(e));
    let tag_file = match args.get(2).map(String::as_str) {
        None | Some("gold") => None,
        Some("tagger") => Some(embedded_tags(&sents)),
        Some(p) => Some(std::fs::read(p).unwrap_or_else(|e| fail(format!("{p}: {e}")))),
    };
    let repeats: usize = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(3);
    let mut an = attache_syntax::features::Analyzer::default();
    let mut k = 0;
    let inputs: Vec<(Vec<u64>, Vec<u8>)> = sents
        .iter()
        .map(|s| {
            let words = s
                .forms
                .iter()
                .map(|f| parser.vocab().word(&an.analyze(f)))
                .collect();
            let tags = match &tag_file {
                Some(t) => t.get(k..k + s.len()).unwrap_or(&[]).to_vec(),
                None => s.xpos.iter().map(|x| x.0).collect(),
            };
            k += s.len();
            (words, tags)
        })
        .collect();
    let mut sc = attache_syntax::parser::ParseScratch::default();
    let (mut heads, mut labels) = (Vec::new(), Vec::new());
    let (mut n, mut uas, mut las, mut tokens, mut check) = (0usize, 0usize, 0usize, 0usize, 0u64);
    let mut label_check = 0u64;
    // Arcs (not to the root, not punctuation) and those with a sure label, first round.
    let (mut arcs, mut sure) = (0usize, 0usize);
    let mut confusion: std::collections::HashMap<(u8, u8), usize> = Default::default();
    let t0 = cpu_seconds();
    for r in 0..repeats {
        for ((words, tags), s) in inputs.iter().zip(&sents) {
            let x = attache_syntax::parser::ParseInput { words, tags };
            parser.parse(&x, &mut sc, &mut heads, &mut labels);
            tokens += words.len();
            check = check.wrapping_add(heads.iter().map(|&h| h as u64).sum::<u64>());
            label_check = labels.iter().fold(label_check, |c, l| {
                (c ^ l.0 as u64).wrapping_mul(0x100_0000_01b3)
            });
            if r == 0 {
                for d in 1..=heads.len() as u32 {
                    let h = heads[d as usize - 1];
                    let punct = labels[d as usize - 1].as_str() == "punct";
                    if h != 0 && !punct {
                        arcs += 1;
                        sure += parser.sure_labels().label(&x, d, h).is_some() as usize;
                    }
                }
                for i in 0..s.len().min(heads.len()) {
                    let ok = heads[i] == s.heads[i];
                    n += 1;
                    uas += ok as usize;
                    las += (ok && labels[i] == s.deprels[i]) as usize;
                    if ok {
                        *confusion.entry((s.deprels[i].0, labels[i].0)).or_default() += 1;
                    }
                }
            }
        }
    }
    let cpu = cpu_seconds() - t0;
    println!(
        "UAS {:.2} LAS {:.2} over {n} words; {tokens} tokens in {cpu:.3} CPU-s: {:.0} tokens per CPU-second (checksum {check}, labels {label_check:016x})",
        100.0 * uas as f64 / n.max(1) as f64,
        100.0 * las as f64 / n.max(1) as f64,
        tokens as f64 / cpu.max(1e-9)
    );
    println!(
        "sure labels: {} of {arcs} arcs other than the root's and punctuation ({:.1}%; {} keys)",
        sure,
        100.0 * sure as f64 / arcs.max(1) as f64,
        parser.sure_labels().len()
    );
    if std::env::var("CONFUSION").is_ok_and(|v| v == "1") {
        print!(
            "{}",
            attache_syntax::parse_report::confusion_report(&confusion)
        );
    }
}
