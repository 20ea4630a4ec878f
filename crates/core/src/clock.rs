//! Process clocks for benchmarks: CPU seconds and peak memory of this process, so every
//! bench example and `attache bench` measure the same way (getrusage, user + system time).
//! On systems without getrusage both return `None`.

/// CPU time (user + system) this process has used, in seconds.
pub fn cpu_seconds() -> Option<f64> {
    sys::cpu_seconds()
}

/// Peak resident memory of this process in MiB.
pub fn peak_rss_mib() -> Option<f64> {
    sys::peak_rss_mib()
}

#[cfg(unix)]
mod sys {
    fn usage() -> Option<libc::rusage> {
        // SAFETY: getrusage only writes into the struct we pass; RUSAGE_SELF is always valid.
        let mut u: libc::rusage = unsafe { std::mem::zeroed() };
        (unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) } == 0).then_some(u)
    }

    pub fn cpu_seconds() -> Option<f64> {
        let u = usage()?;
        let t = |tv: libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6;
        Some(t(u.ru_utime) + t(u.ru_stime))
    }

    pub fn peak_rss_mib() -> Option<f64> {
        // ru_maxrss is in KiB on Linux.
        usage().map(|u| u.ru_maxrss as f64 / 1024.0)
    }
}

#[cfg(not(unix))]
mod sys {
    pub fn cpu_seconds() -> Option<f64> {
        None
    }

    pub fn peak_rss_mib() -> Option<f64> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_seconds_grow_while_the_process_works() {
        let Some(before) = cpu_seconds() else {
            eprintln!("skipped: this system gives no process CPU time");
            return;
        };
        // Busy for a tenth of a second of wall time: even on a loaded machine some of it
        // is CPU time of this process.
        let start = std::time::Instant::now();
        let mut x = 0u64;
        while start.elapsed() < std::time::Duration::from_millis(100) {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
        }
        std::hint::black_box(x);
        let after = cpu_seconds().expect("CPU time was readable a moment ago");
        assert!(after > before, "CPU seconds {before} then {after}");
        assert!(peak_rss_mib().is_some_and(|m| m > 0.0));
    }
}
