//! Prints the quote scorer's per-item diagnostics (`MATCH`, `FALSE`, `MISS`, ... lines of
//! `eval::eval_quotes_with`) for a PolNeAR split folder, as `attache eval quotes` runs the
//! pipeline, so the quotes each cue makes can be counted:
//! `cargo run --release -p attache --example cue_diag -- DIR | grep -c '^FALSE.*cue="voted"'`.

mod common;

fn main() {
    let articles = common::articles_from_args("cue_diag DIR");
    let report = common::score(&articles, &mut |line| {
        println!("{}", line.replace('\n', " "));
    });
    print!("{}", report.render());
}
