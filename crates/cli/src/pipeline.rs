//! The stage list: every stage attache runs, in order, in one place.
//!
//! To add a stage: implement `attache_core::Stage` (copy
//! `attache_core::stage::template::Template`), construct it in [`Pipeline::standard`] after
//! the stages whose output it reads, and add its fixture test and bench text.

use attache_core::segment::SentenceSplit;
use attache_core::{Document, Stage};
use attache_io::Article;
use std::sync::Arc;

/// Validated settings the pipeline is built from.
#[derive(Clone, Debug, Default)]
pub struct PipelineOptions {
    /// A folder of PETRARCH-format verb dictionaries or attache pattern files added to the
    /// event lexicon.
    pub dictionaries: Option<std::path::PathBuf>,
    /// Which committed parser the syntax stage uses (default: the greedy one).
    pub parser: attache_syntax::ParserChoice,
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

    /// The full pipeline with options (extra dictionaries, the parser).
    /// The models load on separate threads (syntax, actors, gazetteer, event lexicon), so a
    /// run over one article waits for the slowest of them, not their sum.
    pub fn build(opts: &PipelineOptions) -> Result<Pipeline, String> {
        let ((syntax, actors), (gazetteer, events)) = rayon::join(
            || {
                rayon::join(
                    || {
                        attache_syntax::SyntaxStage::embedded_with(opts.parser)
                            .map_err(|e| format!("loading the tagger and parser: {e}"))
                    },
                    || {
                        let kb = Arc::new(
                            attache_kb::Kb::embedded()
                                .map_err(|e| format!("loading the knowledge base: {e}"))?,
                        );
                        attache_actors::ActorResolution::with_builtin_model(kb)
                            .map_err(|e| format!("loading the name tagger: {e}"))
                    },
                )
            },
            || {
                rayon::join(
                    || {
                        attache_geo::Gazetteer::embedded()
                            .map(Arc::new)
                            .map_err(|e| format!("loading the gazetteer: {e}"))
                    },
                    || {
                        match &opts.dictionaries {
                            Some(dir) => attache_events::EventCoding::with_dictionaries(dir),
                            None => attache_events::EventCoding::standard(),
                        }
                        .map_err(|e| format!("loading the event lexicon: {e}"))
                    },
                )
            },
        );
        let (syntax, actors, gazetteer, events) = (syntax?, actors?, gazetteer?, events?);
        let towns = gazetteer.clone();
        let actors = actors.with_place_country(Arc::new(move |name: &str| {
            towns.dateline_town_country(name).map(str::to_string)
        }));
        let stages: Vec<Box<dyn Stage>> = vec![
            Box::new(SentenceSplit),
            Box::new(syntax),
            Box::new(actors),
            Box::new(attache_time::TimeNormalization::new()),
            Box::new(attache_geo::PlaceResolution::new(gazetteer.clone())),
            Box::new(attache_speech::QuoteAttribution::with_place_names(
                std::sync::Arc::new(move |name: &str| gazetteer.is_well_known(name)),
            )),
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
        self.stages
            .iter()
            .all(|stage| run_guarded(stage.as_ref(), doc))
    }

    /// Runs the pipeline over a batch of articles one stage at a time: each stage goes over
    /// every article before the next stage starts, so its tables stay in the processor's
    /// cache from one article to the next (the outputs are those of [`Pipeline::run`] on each
    /// article; stages never look at other documents). Articles already failed are skipped;
    /// an article whose stage panicked is marked failed and skips the later stages. When
    /// `times` is given, each stage's CPU seconds (of this thread) are added to it.
    pub fn run_articles(&self, articles: &mut [Article], mut times: Option<&mut Vec<f64>>) {
        if let Some(t) = times.as_deref_mut() {
            t.resize(self.stages.len().max(t.len()), 0.0);
        }
        for (i, stage) in self.stages.iter().enumerate() {
            let t0 = times.is_some().then(thread_cpu_seconds);
            for a in articles.iter_mut().filter(|a| !a.failed) {
                if !run_guarded(stage.as_ref(), &mut a.doc) {
                    a.failed = true;
                }
            }
            if let (Some(t), Some(t0)) = (times.as_deref_mut(), t0) {
                t[i] += thread_cpu_seconds() - t0;
            }
        }
    }
}

/// Runs one stage; a panic becomes warning P001 on the document and `false`.
fn run_guarded(stage: &dyn Stage, doc: &mut Document) -> bool {
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| stage.run(doc)));
    let Err(e) = result else { return true };
    let what = e
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| e.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into());
    doc.warn(
        "P001",
        format!("internal error in stage {}: {what}; later stages skipped for this article (please report it with the input)", stage.name()),
    );
    false
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Panics on any document whose text contains "boom", counts sentences otherwise.
    struct Fragile;

    impl Stage for Fragile {
        fn name(&self) -> &'static str {
            "Fragile"
        }
        fn run(&self, doc: &mut Document) {
            assert!(!doc.text.contains("boom"), "boom");
            doc.warn("T999", format!("{} sentences", doc.sentences.len()));
        }
    }

    fn article(text: &str) -> Article {
        Article {
            doc: Document::from_plain(text),
            failed: false,
        }
    }

    #[test]
    fn panicking_stage_fails_only_its_article_in_a_batch() {
        let pipeline = Pipeline {
            stages: vec![Box::new(Fragile), Box::new(Fragile)],
        };
        let mut batch = vec![
            article("One. Two."),
            article("It goes boom."),
            article("Three."),
        ];
        let mut times = Vec::new();
        pipeline.run_articles(&mut batch, Some(&mut times));
        assert_eq!(times.len(), 2);
        assert!(!batch[0].failed && batch[1].failed && !batch[2].failed);
        assert!(batch[1].doc.warnings.iter().any(|w| w.code == "P001"));
        // The failed article skipped the second stage; the others ran both.
        assert_eq!(batch[1].doc.warnings.len(), 1);
        assert_eq!(batch[2].doc.warnings.len(), 2);
    }

    #[test]
    fn coding_the_same_text_again_gives_the_same_records() {
        // Every map a stage builds gets its own hash seed, so a choice that depends on a
        // map's iteration order (a tie between two antecedents) differs between runs.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles");
        let mut texts: Vec<String> = std::fs::read_dir(&dir)
            .expect("bundled examples")
            .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
            .collect();
        texts.sort();
        texts.push(
            "Ana Ruiz met Tom Berg in Lima on Monday. Ms. Ruiz said she would return, and Mr. Berg said he would not. He and she spoke later."
                .into(),
        );
        // A news story where two men are candidates for "he" (PolNeAR dev; skipped when
        // ../shared is absent): its pronouns once went to either man from run to run.
        let story = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(
            "../../../shared/data/corpora/polnear/dev/text/nyt_2016-09-19_old-hands-help-russia-navigate-u.txt",
        );
        match std::fs::read_to_string(&story) {
            Ok(t) => texts.push(t),
            Err(_) => eprintln!("skipping the PolNeAR story: {} is absent", story.display()),
        }
        let pipeline = Pipeline::standard().expect("embedded models load");
        let code = |t: &str| {
            let mut doc = Document::from_plain(t);
            assert!(pipeline.run(&mut doc));
            attache_io::json::to_jsonl(&doc)
        };
        for t in &texts {
            let first = code(t);
            for _ in 0..4 {
                assert_eq!(code(t), first);
            }
        }
    }

    #[test]
    fn stage_by_stage_batch_matches_article_by_article() {
        let pipeline = Pipeline::standard().expect("embedded models load");
        let texts = [
            "Russia and Ukraine met in Geneva on Friday.\nThe minister said talks would resume next week.",
            "NATO warned Moscow on Monday. It said it would respond.",
        ];
        let mut batch: Vec<Article> = texts.iter().map(|t| article(t)).collect();
        pipeline.run_articles(&mut batch, None);
        for (text, a) in texts.iter().zip(&batch) {
            let mut one = Document::from_plain(text);
            assert!(pipeline.run(&mut one));
            assert_eq!(
                attache_io::json::to_jsonl(&one),
                attache_io::json::to_jsonl(&a.doc)
            );
        }
    }
}
