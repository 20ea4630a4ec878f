//! The pipeline stage trait. Stages are listed in one place (`attache::pipeline`).

use crate::document::Document;

/// One step of the pipeline. A stage reads what earlier stages wrote and adds its own
/// records; it never changes text, token or sentence offsets, and never fails a document
/// (problems become `Document::warnings`).
///
/// To add a stage, copy `attache_core::stage::template::Template`.
pub trait Stage: Send + Sync {
    /// Name shown in timings and warnings (`"SentenceSplit"`).
    fn name(&self) -> &'static str;
    fn run(&self, doc: &mut Document);
}

/// Runs `stages` in order over `doc`.
pub fn run_stages(stages: &[Box<dyn Stage>], doc: &mut Document) {
    for stage in stages {
        stage.run(doc);
    }
}

pub mod template {
    //! A stage to copy: find candidates, then write annotations.
    use super::Stage;
    use crate::document::Document;

    /// Does nothing; copy it, rename it, fill in `run`, list it in `attache::pipeline`.
    pub struct Template;

    impl Stage for Template {
        fn name(&self) -> &'static str {
            "Template"
        }

        fn run(&self, doc: &mut Document) {
            let _candidates = doc.sentences.len();
        }
    }
}
