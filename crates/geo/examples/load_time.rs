//! Gazetteer load time: decompress + parse + build the matcher (release, wall and CPU time).
use std::time::Instant;

fn main() {
    let cpu0 = cpu_seconds();
    let t = Instant::now();
    let g = attache_geo::Gazetteer::embedded().expect("gazetteer");
    println!(
        "loaded {} entries, {} names in {:.0} ms wall, {:.0} ms CPU",
        g.entries().len(),
        g.names().len(),
        t.elapsed().as_secs_f64() * 1000.0,
        (cpu_seconds() - cpu0) * 1000.0
    );
}

fn cpu_seconds() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}
