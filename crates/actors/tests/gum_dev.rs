//! On GUM dev (read at test time; skipped when /work/shared is absent): the entity
//! acceptance figures, and the stage on gold-tokenized documents without POS tags.

use attache_actors::eval::gum_document;
use attache_actors::gum::GumDoc;
use attache_actors::{eval_entities, ActorResolution};
use attache_core::Stage;
use attache_kb::Kb;
use std::sync::Arc;

fn dev_files() -> Option<Vec<(String, String)>> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/corpora/gum/dev/dep"
    );
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipping: GUM dev {dir} is absent");
        return None;
    };
    let mut files: Vec<(String, String)> = entries
        .flatten()
        .filter_map(|e| {
            let text = std::fs::read_to_string(e.path()).ok()?;
            Some((e.file_name().to_string_lossy().to_string(), text))
        })
        .collect();
    files.sort();
    Some(files)
}

fn stage() -> ActorResolution {
    let kb = Kb::embedded().expect("embedded KB loads");
    ActorResolution::with_builtin_model(Arc::new(kb)).expect("model loads")
}

#[test]
fn named_mention_f1_on_news_and_speech_is_at_least_080_by_type() {
    let Some(files) = dev_files() else { return };
    let report = eval_entities(&files, &stage());
    for kind in ["person", "organization", "place", "overall"] {
        let name = format!("news+speech {kind}");
        let counts = report
            .rows
            .iter()
            .find(|r| r.0 == name)
            .map(|r| r.1)
            .unwrap_or_else(|| panic!("no row {name}"));
        assert!(
            counts.f1() >= 0.80,
            "{name}: {:.4}\n{}",
            counts.f1(),
            report.render()
        );
    }
}

#[test]
fn the_stage_runs_on_every_dev_document_without_pos_tags() {
    let Some(files) = dev_files() else { return };
    let stage = stage();
    for (name, text) in &files {
        let (gum, _) = GumDoc::parse(name, text);
        let mut doc = gum_document(&gum);
        stage.run(&mut doc);
        let mut last = 0;
        for m in &doc.mentions {
            assert!(m.span.start >= last, "{name}: mentions out of order");
            last = m.span.start;
            assert!(doc.text.get(m.span.range()).is_some(), "{name}: bad span");
            assert!(
                (m.actor as usize) < doc.actors.len(),
                "{name}: bad actor index"
            );
        }
    }
}
