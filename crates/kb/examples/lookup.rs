//! `cargo run -p attache-kb --example lookup -- NAME [DATE]`: what `attache kb lookup`
//! prints (the CLI itself is wired by the lead).
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(name) = args.first() else {
        eprintln!("usage: lookup NAME [YYYY-MM-DD]");
        std::process::exit(2);
    };
    let date = args.get(1).and_then(|d| attache_kb::cli::parse_date_arg(d));
    match attache_kb::Kb::embedded() {
        Ok(kb) => print!("{}", attache_kb::cli::lookup_report(&kb, name, date)),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
