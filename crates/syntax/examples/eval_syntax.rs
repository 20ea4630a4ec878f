//! `attache eval parse` until the CLI is wired:
//! `cargo run --release -p attache-syntax --example eval_syntax -- [--model DIR] GOLD.conllu...`
//! (default: the embedded models).

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let model = match args.iter().position(|a| a == "--model") {
        Some(i) if i + 1 < args.len() => {
            let dir = args.remove(i + 1);
            args.remove(i);
            attache_syntax::Syntax::load(std::path::Path::new(&dir))
        }
        _ => attache_syntax::Syntax::embedded(),
    };
    let mut model = match model {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    // KEEP_MARGIN=0 evaluates the tagger with its first pass only.
    if let Some(m) = std::env::var("KEEP_MARGIN")
        .ok()
        .and_then(|m| m.parse().ok())
    {
        model.tagger.set_keep_margin(m);
    }
    let mut texts = Vec::new();
    for f in &args {
        match std::fs::read_to_string(f) {
            Ok(t) => texts.push(t),
            Err(e) => {
                eprintln!("cannot read {f}: {e}");
                std::process::exit(2);
            }
        }
    }
    print!("{}", attache_syntax::eval_parse(&texts, &model).render());
}
