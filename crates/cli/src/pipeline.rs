//! The stage list: every stage attache runs, in order, in one place.
//!
//! To add a stage: implement `attache_core::Stage` (copy
//! `attache_core::stage::template::Template`), construct it in [`Pipeline::standard`] after
//! the stages whose output it reads, and add its fixture test and bench text.

use attache_core::segment::SentenceSplit;
use attache_core::{Document, Stage};
use std::sync::Arc;

/// Validated settings the pipeline is built from.
#[derive(Clone, Debug, Default)]
pub struct PipelineOptions {
    /// A folder of PETRARCH-format verb dictionaries or attache pattern files added to the
    /// event lexicon.
    pub dictionaries: Option<std::path::PathBuf>,
}

/// Loaded resources and the ordered stages that use them.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    /// The full pipeline with the embedded models and data.
    pub fn standard() -> Result<Pipeline, String> {
        Pipeline::build(&PipelineOptions::default())
    }

    /// The full pipeline with options (extra dictionaries).
    pub fn build(opts: &PipelineOptions) -> Result<Pipeline, String> {
        let syntax = attache_syntax::SyntaxStage::embedded()
            .map_err(|e| format!("loading the tagger and parser: {e}"))?;
        let kb = Arc::new(
            attache_kb::Kb::embedded().map_err(|e| format!("loading the knowledge base: {e}"))?,
        );
        let actors = attache_actors::ActorResolution::with_builtin_model(kb)
            .map_err(|e| format!("loading the name tagger: {e}"))?;
        let gazetteer = Arc::new(
            attache_geo::Gazetteer::embedded()
                .map_err(|e| format!("loading the gazetteer: {e}"))?,
        );
        let events = match &opts.dictionaries {
            Some(dir) => attache_events::EventCoding::with_dictionaries(dir),
            None => attache_events::EventCoding::standard(),
        }
        .map_err(|e| format!("loading the event lexicon: {e}"))?;
        let stages: Vec<Box<dyn Stage>> = vec![
            Box::new(SentenceSplit),
            Box::new(syntax),
            Box::new(actors),
            Box::new(attache_time::TimeNormalization::new()),
            Box::new(attache_geo::PlaceResolution::new(gazetteer)),
            Box::new(attache_speech::QuoteAttribution::new()),
            Box::new(events),
        ];
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

    /// Runs every stage and returns the CPU seconds (of this thread) each took.
    pub fn run_timed(&self, doc: &mut Document) -> Vec<(&'static str, f64)> {
        self.stages
            .iter()
            .map(|s| {
                let t = thread_cpu_seconds();
                s.run(doc);
                (s.name(), thread_cpu_seconds() - t)
            })
            .collect()
    }
}

/// CPU time of the calling thread in seconds.
pub fn thread_cpu_seconds() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes into the struct we pass.
    if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } != 0 {
        return 0.0;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 / 1e9
}
