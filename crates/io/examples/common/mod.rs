//! Helpers shared by the io crate's bench examples.

use std::path::{Path, PathBuf};

/// Every file under `path` (itself when it is a file), recursively.
pub fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for e in std::fs::read_dir(path).into_iter().flatten().flatten() {
            collect(&e.path(), out);
        }
    } else {
        out.push(path.to_path_buf());
    }
}

/// CPU seconds of this process so far (user + system).
pub fn cpu_seconds() -> f64 {
    attache_core::clock::cpu_seconds().unwrap_or(0.0)
}
