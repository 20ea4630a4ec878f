//! Measures KB load time and lookup speed (release):
//!   cargo run --release -p attache-kb --example bench_kb
//! Prints the median of several loads of the embedded KB (wall clock and this thread's CPU
//! time, which a loaded shared machine does not inflate), its size, and lookups/second.

use attache_core::Date;
use attache_kb::{cli, Kb, Office};
use std::fmt::Write as _;
use std::io::Write as _;
use std::time::Instant;

/// CPU time of the calling thread, in milliseconds.
fn thread_cpu_ms() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec into the valid pointer given.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return f64::NAN;
    }
    ts.tv_sec as f64 * 1e3 + ts.tv_nsec as f64 / 1e6
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let mut wall = Vec::new();
    let mut cpu = Vec::new();
    let mut kb = None;
    for _ in 0..15 {
        let t = Instant::now();
        let c = thread_cpu_ms();
        let k = Kb::embedded().expect("embedded KB loads");
        cpu.push(thread_cpu_ms() - c);
        wall.push(t.elapsed().as_secs_f64() * 1000.0);
        kb = Some(k);
    }
    let Some(kb) = kb else { return };
    // The report is written at the end, and a closed pipe (`| head -1`) ends it quietly.
    let mut out = String::new();
    let _ = writeln!(
        out,
        "load: median {:.1} ms CPU, {:.1} ms wall over {} loads",
        median(&mut cpu),
        median(&mut wall),
        wall.len()
    );
    let _ = writeln!(
        out,
        "size: {}; {} surface names",
        cli::stats(&kb),
        kb.surfaces().len()
    );

    let names: Vec<&str> = kb.surfaces().iter().map(|s| s.text.as_str()).collect();
    let date = Date::new(2022, 1, 21);
    let t = Instant::now();
    let mut found = 0usize;
    let rounds = 5;
    for _ in 0..rounds {
        for n in &names {
            found += kb.lookup(n, date).len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let _ = writeln!(
        out,
        "lookup: {:.0} name lookups/s ({} lookups, {found} hits)",
        (names.len() * rounds) as f64 / secs,
        names.len() * rounds
    );
    let countries: Vec<String> = kb.countries().iter().map(|c| c.alpha3.clone()).collect();
    let t = Instant::now();
    let mut holders = 0usize;
    let d = date.unwrap_or(Date {
        year: 2022,
        month: 1,
        day: 21,
    });
    for _ in 0..100 {
        for c in &countries {
            holders += usize::from(kb.officeholder(c, Office::ForeignMinister, d).is_some());
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let _ = writeln!(
        out,
        "officeholder: {:.0} queries/s ({holders} found)",
        (countries.len() * 100) as f64 / secs
    );
    let _ = std::io::stdout().write_all(out.as_bytes());
}
