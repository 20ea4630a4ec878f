//! Batch processing: read every input, run the pipeline on batches of articles in parallel
//! (stage by stage within a batch), write them in input order. One bad article never stops the batch.

use crate::pipeline::Pipeline;
use attache_io::{expand_inputs, read_input, Article, Input, ReadOptions};
use rayon::prelude::*;
use std::io::Write;

/// Output formats of `attache code`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    Jsonl,
    Json,
    Readout,
    Tsv,
    Conllu,
}

/// What a batch did.
#[derive(Debug, Default)]
pub struct BatchSummary {
    pub articles: usize,
    pub failed: usize,
}

/// Articles coded together (in parallel, and stage by stage).
pub const BATCH: usize = 64;

/// Articles one worker codes stage by stage.
const CHUNK: usize = 8;

/// Codes every input and writes the results to `out`. Messages about failed inputs go to
/// `err` as they happen.
pub fn run_batch(
    inputs: &[String],
    opts: &ReadOptions,
    pipeline: &Pipeline,
    format: OutputFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<BatchSummary> {
    let inputs = expand_inputs(inputs);
    let mut summary = BatchSummary::default();
    if format == OutputFormat::Tsv {
        writeln!(out, "{}", attache_io::readout::TSV_HEADER)?;
    }
    let mut pending: Vec<Article> = Vec::new();
    let mut io_result = Ok(());
    let mut flush =
        |pending: &mut Vec<Article>, summary: &mut BatchSummary| -> std::io::Result<()> {
            // Small chunks, so idle workers can steal from busy ones when article lengths
            // differ; each chunk runs stage by stage (see `Pipeline::run_articles`).
            pending
                .par_chunks_mut(CHUNK)
                .for_each(|chunk| pipeline.run_articles(chunk, None));
            for a in pending.drain(..) {
                summary.articles += 1;
                if a.failed {
                    summary.failed += 1;
                    for w in &a.doc.warnings {
                        writeln!(
                            err,
                            "attache: {}",
                            attache_io::readout::escape_terminal(&w.to_string())
                        )?;
                    }
                }
                write_article(&a, format, out)?;
            }
            Ok(())
        };
    for input in inputs {
        let file = match input {
            Input::Failed(a) => {
                pending.push(*a);
                continue;
            }
            Input::File(f) => f,
        };
        read_input(&file, opts, &mut |a| {
            pending.push(a);
            if pending.len() >= BATCH && io_result.is_ok() {
                io_result = flush(&mut pending, &mut summary);
            }
        });
        io_result?;
        io_result = Ok(());
    }
    flush(&mut pending, &mut summary)?;
    out.flush()?;
    Ok(summary)
}

fn write_article(a: &Article, format: OutputFormat, out: &mut dyn Write) -> std::io::Result<()> {
    match format {
        OutputFormat::Jsonl => writeln!(out, "{}", attache_io::json::to_jsonl(&a.doc)),
        OutputFormat::Json => writeln!(out, "{}", attache_io::json::to_json_pretty(&a.doc)),
        OutputFormat::Readout => writeln!(out, "{}", attache_io::readout::readout(&a.doc)),
        OutputFormat::Tsv => write!(out, "{}", attache_io::readout::tsv_rows(&a.doc)),
        OutputFormat::Conllu => write!(out, "{}", attache_io::conllu::conllu(&a.doc)),
    }
}
