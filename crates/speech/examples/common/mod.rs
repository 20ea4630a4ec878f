//! The local full pipeline the `pipeline`, `parse_cues` and `miss_shapes` examples share
//! (syntax -> actors -> time -> speech, after the SentenceSplit of `Document::from_plain`).

use std::sync::Arc;

use attache_core::Stage;
use attache_speech::QuoteAttribution;

/// The stages in pipeline order; without the syntax stage when `with_syntax` is false.
/// A stage that cannot load is left out with a note on stderr.
pub fn pipeline_stages(with_syntax: bool) -> Vec<Box<dyn Stage>> {
    let mut stages: Vec<Box<dyn Stage>> = Vec::new();
    if with_syntax {
        match attache_syntax::SyntaxStage::embedded() {
            Ok(s) => stages.push(Box::new(s)),
            Err(e) => eprintln!("no syntax stage: {e}"),
        }
    }
    match attache_kb::Kb::embedded() {
        Ok(kb) => match attache_actors::ActorResolution::with_builtin_model(Arc::new(kb)) {
            Ok(a) => stages.push(Box::new(a)),
            Err(e) => eprintln!("no actors stage: {e}"),
        },
        Err(e) => eprintln!("no knowledge base: {e}"),
    }
    // The CLI runs the time stage before speech; so does this pipeline (places are left out).
    stages.push(Box::new(attache_time::TimeNormalization::new()));
    stages.push(Box::new(QuoteAttribution::new()));
    stages
}
