//! The stage list: every stage attache runs, in order, in one place.
//!
//! To add a stage: implement `attache_core::Stage` (copy
//! `attache_core::stage::template::Template`), construct it in [`Pipeline::standard`] after
//! the stages whose output it reads, and add its fixture test and bench text.

use attache_core::segment::SentenceSplit;
use attache_core::{Document, Stage};
use std::time::Instant;

/// Loaded resources and the ordered stages that use them.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    /// The full pipeline with the embedded models and data.
    pub fn standard() -> Result<Pipeline, String> {
        let stages: Vec<Box<dyn Stage>> = vec![Box::new(SentenceSplit)];
        Ok(Pipeline { stages })
    }

    /// Only reading and segmentation.
    pub fn segmentation() -> Pipeline {
        Pipeline {
            stages: vec![Box::new(SentenceSplit)],
        }
    }

    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// Runs every stage over `doc`. A stage that panics (a bug) is reported in the
    /// document's warnings and the remaining stages are skipped for that document only.
    /// Returns false if a stage panicked.
    pub fn run(&self, doc: &mut Document) -> bool {
        for stage in &self.stages {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| stage.run(doc)));
            if let Err(e) = result {
                let what = e
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| e.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".into());
                doc.warn(
                    "P001",
                    format!("internal error in stage {}: {what}; later stages skipped for this article (please report it with the input)", stage.name()),
                );
                return false;
            }
        }
        true
    }

    /// Runs every stage and returns the seconds each took.
    pub fn run_timed(&self, doc: &mut Document) -> Vec<(&'static str, f64)> {
        self.stages
            .iter()
            .map(|s| {
                let t = Instant::now();
                s.run(doc);
                (s.name(), t.elapsed().as_secs_f64())
            })
            .collect()
    }
}
