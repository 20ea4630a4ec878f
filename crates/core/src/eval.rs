//! Shared evaluation arithmetic and report shape for `attache eval TASK`.
//!
//! Every task prints per-category rows and, as its last line, `key=value` pairs.

use std::fmt::Write as _;

/// True/false positive and false negative counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: u64,
    pub fp: u64,
    pub fn_: u64,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// One evaluation's result: rows for people, figures for scripts.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub task: String,
    /// `(category, counts)` rows, printed as P/R/F1.
    pub rows: Vec<(String, Counts)>,
    /// Other figures (`upos_acc`, `uas`...), printed in order in the key=value line.
    pub figures: Vec<(String, f64)>,
    /// Free-form notes (what was skipped, how spans were matched).
    pub notes: Vec<String>,
}

impl Report {
    pub fn new(task: &str) -> Report {
        Report {
            task: task.to_string(),
            ..Report::default()
        }
    }

    pub fn row(&mut self, category: impl Into<String>, counts: Counts) {
        self.rows.push((category.into(), counts));
    }

    pub fn figure(&mut self, key: impl Into<String>, value: f64) {
        self.figures.push((key.into(), value));
    }

    /// The human-readable table followed by the `key=value` line.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "eval {}", self.task);
        for note in &self.notes {
            let _ = writeln!(out, "  note: {note}");
        }
        if !self.rows.is_empty() {
            let _ = writeln!(
                out,
                "  {:<28} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7}",
                "category", "P", "R", "F1", "tp", "fp", "fn"
            );
            for (cat, c) in &self.rows {
                let _ = writeln!(
                    out,
                    "  {:<28} {:>7.4} {:>7.4} {:>7.4} {:>7} {:>7} {:>7}",
                    cat,
                    c.precision(),
                    c.recall(),
                    c.f1(),
                    c.tp,
                    c.fp,
                    c.fn_
                );
            }
        }
        for (k, v) in &self.figures {
            let _ = writeln!(out, "  {k:<28} {v:.4}");
        }
        let _ = writeln!(out, "{}", self.key_values());
        out
    }

    /// `task=segment sentence_f1=0.9812 ...`: rows give `<cat>_p`, `<cat>_r`, `<cat>_f1`.
    pub fn key_values(&self) -> String {
        let mut kv = vec![format!("task={}", self.task)];
        for (cat, c) in &self.rows {
            let key = cat.to_ascii_lowercase().replace([' ', '-', '/', '+'], "_");
            kv.push(format!("{key}_p={:.4}", c.precision()));
            kv.push(format!("{key}_r={:.4}", c.recall()));
            kv.push(format!("{key}_f1={:.4}", c.f1()));
        }
        for (k, v) in &self.figures {
            kv.push(format!("{k}={v:.4}"));
        }
        kv.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f1_is_harmonic_mean_and_zero_safe() {
        let c = Counts {
            tp: 8,
            fp: 2,
            fn_: 8,
        };
        assert!((c.precision() - 0.8).abs() < 1e-9);
        assert!((c.recall() - 0.5).abs() < 1e-9);
        assert!((c.f1() - 2.0 * 0.4 / 1.3).abs() < 1e-9);
        assert_eq!(Counts::default().f1(), 0.0);
    }
}
