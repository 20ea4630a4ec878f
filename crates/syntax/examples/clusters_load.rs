//! Time to read the embedded word clusters (CPU and wall), from the built table and from
//! the text: `clusters_load [REPEATS]`.
/// CPU seconds of this process so far (user + system).
fn cpu_seconds() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
}

fn main() {
    let repeats: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let (wall0, cpu0) = (std::time::Instant::now(), cpu_seconds());
    let c = attache_syntax::clusters::Clusters::embedded();
    println!(
        "embedded clusters: {} clusters, {:.1} MB; first load {:.1} ms wall, {:.1} ms CPU",
        c.n_clusters(),
        c.bytes() as f64 / 1e6,
        wall0.elapsed().as_secs_f64() * 1e3,
        (cpu_seconds() - cpu0) * 1e3
    );
    let text = attache_syntax::clusters::EMBEDDED_TEXT;
    let bin = attache_syntax::clusters::EMBEDDED_BIN;
    for _ in 0..repeats {
        let cpu0 = cpu_seconds();
        let c = attache_syntax::clusters::Clusters::from_bytes(bin).expect("clusters.bin");
        let cpu1 = cpu_seconds();
        let p = attache_syntax::clusters::Clusters::parse(text).expect("clusters.tsv");
        println!(
            "read the built table again: {:.1} ms CPU ({} clusters); parse the text: {:.1} ms CPU ({} clusters)",
            (cpu1 - cpu0) * 1e3,
            c.n_clusters(),
            (cpu_seconds() - cpu1) * 1e3,
            p.n_clusters()
        );
    }
}
