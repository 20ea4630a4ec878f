//! Builds the word-cluster table from its text and writes it in the binary form the crate
//! embeds: `build_clusters_bin models/clusters.tsv models/clusters.bin` (run after every
//! change to clusters.tsv; a unit test fails while the two disagree).
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [src, out] = args.as_slice() else {
        eprintln!("usage: build_clusters_bin CLUSTERS.tsv OUT.bin");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(src).unwrap_or_else(|e| {
        eprintln!("{src}: {e}");
        std::process::exit(1);
    });
    let table = attache_syntax::clusters::Clusters::parse(&text).unwrap_or_else(|e| {
        eprintln!("{src}: {e}");
        std::process::exit(1);
    });
    let bytes = table.to_bytes();
    if let Err(e) = std::fs::write(out, &bytes) {
        eprintln!("{out}: {e}");
        std::process::exit(1);
    }
    println!(
        "{out}: {} bytes, {} clusters, {} slots",
        bytes.len(),
        table.n_clusters(),
        table.bytes() / 8
    );
}
