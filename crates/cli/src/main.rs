//! `attache`: the command line. Parses arguments, builds the pipeline, maps outcomes to
//! exit codes (0 ok, 1 usage or setup error, 2 some input failed).

use anyhow::{bail, Context, Result};
use attache::batch::{run_batch, OutputFormat};
use attache::bench::bench;
use attache::pipeline::{Pipeline, PipelineOptions};
use attache_core::eval::Report;
use attache_core::Date;
use attache_io::ReadOptions;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "attache",
    version,
    about = "Reads political and diplomatic news and codes who met whom, who said, promised, threatened, demanded or denied what, when and where."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code articles: files, directories (recursive) or `-` for stdin.
    Code {
        /// Inputs: .txt, .html, .json, .jsonl (each optionally .gz); directories are walked.
        paths: Vec<String>,
        /// Output format (default: readout on a terminal, jsonl when piped).
        #[arg(long, value_enum)]
        format: Option<FormatArg>,
        /// Publication date for every article (YYYY-MM-DD), overriding what the input says.
        #[arg(long)]
        date: Option<String>,
        /// Largest article accepted, in bytes.
        #[arg(long, default_value_t = 16 * 1024 * 1024)]
        max_article_bytes: usize,
        /// Worker threads (default: all cores).
        #[arg(long)]
        jobs: Option<usize>,
        /// Which committed parser to use.
        #[arg(long, value_enum, default_value_t = ParserArg::Greedy)]
        parser: ParserArg,
    },
    /// Evaluate a stage against gold data; the last line is key=value pairs.
    Eval {
        #[arg(value_enum)]
        task: EvalTask,
        /// Gold files or directories.
        #[arg(long, required = true, num_args = 1..)]
        gold: Vec<PathBuf>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// (events) A folder of PETRARCH-format verb dictionaries or pattern files to add.
        #[arg(long)]
        dictionaries: Option<PathBuf>,
        /// Which committed parser to use.
        #[arg(long, value_enum, default_value_t = ParserArg::Greedy)]
        parser: ParserArg,
    },
    /// Train the tagger or the parser on CoNLL-U files (deterministic for a seed).
    Train {
        #[arg(value_enum)]
        model: TrainModel,
        #[arg(long, required = true, num_args = 1..)]
        train: Vec<PathBuf>,
        #[arg(long, required = true, num_args = 1..)]
        dev: Vec<PathBuf>,
        /// Output directory for the weights.
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// (parser) Paths the parser keeps: 1 trains the greedy parser, more a beam parser
        /// whose moves are trained for that width (the committed beam parser: 4).
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=64))]
        beam: u16,
    },
    /// Maintain the knowledge base.
    Kb {
        #[command(subcommand)]
        command: KbCommand,
    },
    /// Throughput of reading and the pipeline: words per CPU-second and peak memory.
    Bench {
        /// Inputs (default: the bundled examples/).
        paths: Vec<String>,
        /// What to run after reading.
        #[arg(long, value_enum, default_value_t = BenchStage::All)]
        stage: BenchStage,
        /// How many times to go over the inputs.
        #[arg(long, default_value_t = 20)]
        repeat: usize,
        /// Which committed parser to use.
        #[arg(long, value_enum, default_value_t = ParserArg::Greedy)]
        parser: ParserArg,
    },
}

#[derive(Subcommand)]
enum KbCommand {
    /// Check the embedded knowledge base, or a folder of KB files, and list every problem.
    Lint { dir: Option<PathBuf> },
    /// Look a name up, optionally at a date (YYYY-MM-DD).
    Lookup {
        name: String,
        #[arg(long)]
        date: Option<String>,
    },
    /// Import PETRARCH/Phoenix actor or agent dictionaries into KB files.
    ImportPhoenix {
        file: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Import a Wikidata JSON dump (.json, .json.gz, .json.bz2) into KB files.
    ImportWikidata {
        file: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ParserArg {
    /// The greedy parser the rules were written on (`parser.bin`).
    Greedy,
    /// The beam parser (`parser-beam.bin`): higher attachment scores, lower event figures.
    Beam,
}

impl ParserArg {
    fn choice(self) -> attache_syntax::ParserChoice {
        match self {
            ParserArg::Greedy => attache_syntax::ParserChoice::Greedy,
            ParserArg::Beam => attache_syntax::ParserChoice::Beam,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum TrainModel {
    Tagger,
    Parser,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Jsonl,
    Json,
    Readout,
    Tsv,
    /// The parse of every sentence (form, lemma, tags, head, relation, offsets)
    Conllu,
}

#[derive(Clone, Copy, ValueEnum)]
enum EvalTask {
    /// Sentence boundaries against CoNLL-U sentences.
    Segment,
    /// UPOS, XPOS, lemma accuracy, UAS and LAS against CoNLL-U.
    Parse,
    /// Person / organisation / place mentions against GUM (CoNLL-U with entities).
    Entities,
    /// Quotes and speakers against PolNeAR's folder format (text/ + attributions/).
    Quotes,
    /// Temporal expressions against TimeML (.tml).
    Times,
    /// Toponyms against GeoVirus-style XML.
    Places,
    /// CAMEO events against JSON Lines of {id, text, date, expected_events}.
    Events,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum BenchStage {
    /// Reading and segmentation only.
    Segment,
    /// The whole pipeline.
    All,
}

/// Keeps up to 64 MB of freed heap at the top instead of returning it to the system after
/// every batch: glibc's default trims the heap whenever a batch of documents is dropped, and
/// the next batch faults the same pages back in (about 16k page faults and 7-9% system time
/// per ten rounds of `attache bench --stage segment` on PolNeAR train). Peak memory is
/// unchanged: the pages were in use a moment before.
fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a tuning parameter of the allocator; it is called before
    // any thread is started and reads no memory of ours.
    unsafe {
        libc::mallopt(libc::M_TRIM_THRESHOLD, 64 << 20);
    }
}

/// `print!` to standard output that ends the process quietly when the reader has closed
/// the pipe (`attache eval ... | head`) instead of panicking; other write errors are errors.
macro_rules! out {
    ($($arg:tt)*) => {
        write_stdout(format_args!($($arg)*))?
    };
}

/// `println!` after the manner of [`out!`].
macro_rules! outln {
    ($($arg:tt)*) => {{
        out!($($arg)*);
        out!("\n");
    }};
}

fn write_stdout(args: std::fmt::Arguments) -> Result<()> {
    use std::io::Write;
    let mut o = std::io::stdout().lock();
    match o.write_fmt(args).and_then(|()| o.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        r => r.context("writing output"),
    }
}

fn main() -> ExitCode {
    keep_freed_memory();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("attache: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Code {
            paths,
            format,
            date,
            max_article_bytes,
            jobs,
            parser,
        } => {
            let date = date.as_deref().map(parse_date).transpose()?;
            let opts = ReadOptions {
                date,
                max_article_bytes,
            };
            let mut paths = paths;
            if paths.is_empty() {
                if std::io::stdin().is_terminal() {
                    bail!("no input: give files or directories, or `-` to read standard input (see `attache code --help`)");
                }
                paths.push("-".into());
            }
            if let Some(n) = jobs {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n.max(1))
                    .build_global()
                    .ok();
            }
            let format = match format {
                Some(FormatArg::Jsonl) => OutputFormat::Jsonl,
                Some(FormatArg::Json) => OutputFormat::Json,
                Some(FormatArg::Readout) => OutputFormat::Readout,
                Some(FormatArg::Tsv) => OutputFormat::Tsv,
                Some(FormatArg::Conllu) => OutputFormat::Conllu,
                None if std::io::stdout().is_terminal() => OutputFormat::Readout,
                None => OutputFormat::Jsonl,
            };
            // Never dropped: the process ends after the batch, and freeing the models'
            // many small allocations one by one would only add CPU time at exit.
            let pipeline = std::mem::ManuallyDrop::new(
                Pipeline::build(&PipelineOptions {
                    parser: parser.choice(),
                    ..PipelineOptions::default()
                })
                .map_err(anyhow::Error::msg)?,
            );
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut err = std::io::stderr();
            let summary = match run_batch(&paths, &opts, &pipeline, format, &mut out, &mut err) {
                Ok(s) => s,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                    return Ok(ExitCode::SUCCESS)
                }
                Err(e) => return Err(e).context("writing output"),
            };
            if summary.failed > 0 {
                eprintln!(
                    "attache: {} of {} inputs could not be read or coded",
                    summary.failed, summary.articles
                );
                return Ok(ExitCode::from(2));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval {
            task,
            gold,
            json,
            dictionaries,
            parser,
        } => {
            let opts = PipelineOptions {
                dictionaries,
                parser: parser.choice(),
            };
            let report = eval(task, &gold, &opts)?;
            if json {
                outln!("{}", report_json(&report));
            } else {
                out!("{}", report.render());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Train {
            model,
            train,
            dev,
            out,
            seed,
            beam,
        } => {
            let summary = match model {
                TrainModel::Tagger => attache_syntax::train_tagger(&train, &dev, &out, seed),
                TrainModel::Parser => {
                    attache_syntax::train_parser_width(&train, &dev, &out, seed, usize::from(beam))
                }
            }
            .map_err(anyhow::Error::msg)?;
            outln!(
                "trained on {} sentences, picked by {} dev sentences",
                summary.train_sentences,
                summary.dev_sentences
            );
            for f in &summary.files {
                outln!("wrote {}", f.display());
            }
            let kv: Vec<String> = summary
                .figures
                .iter()
                .map(|(k, v)| format!("{k}={v:.4}"))
                .collect();
            outln!("{}", kv.join(" "));
            Ok(ExitCode::SUCCESS)
        }
        Command::Kb { command } => kb(command),
        Command::Bench {
            paths,
            stage,
            repeat,
            parser,
        } => {
            let paths = if paths.is_empty() {
                vec![default_examples()?]
            } else {
                paths
            };
            let pipeline = match stage {
                BenchStage::Segment => Pipeline::segmentation(),
                BenchStage::All => Pipeline::build(&PipelineOptions {
                    parser: parser.choice(),
                    ..PipelineOptions::default()
                })
                .map_err(anyhow::Error::msg)?,
            };
            let report = bench(&paths, &pipeline, repeat).map_err(anyhow::Error::msg)?;
            out!("{}", report.render());
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn parse_date(s: &str) -> Result<Date> {
    let parts: Vec<&str> = s.split('-').collect();
    let date = match parts.as_slice() {
        [y, m, d] => match (y.parse(), m.parse(), d.parse()) {
            (Ok(y), Ok(m), Ok(d)) => Date::new(y, m, d),
            _ => None,
        },
        _ => None,
    };
    date.with_context(|| format!("--date {s:?} is not a date; write YYYY-MM-DD, e.g. 2022-01-21"))
}

fn default_examples() -> Result<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    if dir.is_dir() {
        return Ok(dir.display().to_string());
    }
    bail!("give a folder of articles to benchmark (the bundled examples/ folder is not here)")
}

/// Files under `paths` (recursively) whose extension is one of `exts`, sorted.
fn gold_files(paths: &[PathBuf], exts: &[&str]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut stack = vec![p.clone()];
            let mut seen = std::collections::HashSet::new();
            while let Some(d) = stack.pop() {
                // Each directory once, even through symbolic-link loops.
                if !seen.insert(std::fs::canonicalize(&d).unwrap_or_else(|_| d.clone())) {
                    continue;
                }
                for e in
                    std::fs::read_dir(&d).with_context(|| format!("reading {}", d.display()))?
                {
                    let path = e?.path();
                    if path.is_dir() {
                        stack.push(path);
                    } else if path
                        .extension()
                        .and_then(|x| x.to_str())
                        .is_some_and(|x| exts.contains(&x))
                    {
                        out.push(path);
                    }
                }
            }
        } else if p.exists() {
            out.push(p.clone());
        } else {
            bail!("gold path {} does not exist", p.display());
        }
    }
    out.sort();
    if out.is_empty() {
        bail!("no gold files ({}) under {:?}", exts.join(", "), paths);
    }
    Ok(out)
}

fn read_all(files: &[PathBuf]) -> Result<Vec<(String, String)>> {
    files
        .iter()
        .map(|f| {
            let text =
                std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
            Ok((f.display().to_string(), text))
        })
        .collect()
}

fn eval(task: EvalTask, gold: &[PathBuf], opts: &PipelineOptions) -> Result<Report> {
    let full_pipeline =
        || -> Result<Pipeline> { Pipeline::build(opts).map_err(anyhow::Error::msg) };
    match task {
        EvalTask::Segment => {
            let docs = read_all(&gold_files(gold, &["conllu"])?)?;
            Ok(attache_core::segment::eval_segment(&docs))
        }
        EvalTask::Parse => {
            let docs: Vec<String> = read_all(&gold_files(gold, &["conllu"])?)?
                .into_iter()
                .map(|(_, t)| t)
                .collect();
            let model = attache_syntax::Syntax::embedded_with(opts.parser)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            Ok(attache_syntax::eval_parse(&docs, &model))
        }
        EvalTask::Entities => {
            let docs = read_all(&gold_files(gold, &["conllu"])?)?;
            let kb = attache_kb::Kb::embedded().map_err(|e| anyhow::anyhow!("{e}"))?;
            let stage =
                attache_actors::ActorResolution::with_builtin_model(std::sync::Arc::new(kb))
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
            Ok(attache_actors::eval_entities(&docs, &stage))
        }
        EvalTask::Quotes => {
            let mut articles = Vec::new();
            for dir in gold {
                articles.extend(
                    attache_speech::eval::load_polnear(dir)
                        .with_context(|| format!("reading PolNeAR folder {}", dir.display()))?,
                );
            }
            let pipeline = full_pipeline()?;
            let run = |text: &str| {
                let mut doc = attache_core::Document::with_line_blocks("eval", text);
                pipeline.run(&mut doc);
                doc
            };
            Ok(attache_speech::eval_quotes(&articles, &run))
        }
        EvalTask::Times => {
            let docs = read_all(&gold_files(gold, &["tml"])?)?;
            Ok(attache_time::eval::eval_times(&docs))
        }
        EvalTask::Places => {
            let mut text = String::new();
            for f in gold_files(gold, &["xml"])? {
                text.push_str(
                    &std::fs::read_to_string(&f)
                        .with_context(|| format!("reading {}", f.display()))?,
                );
            }
            Ok(attache_geo::eval_places(&text))
        }
        EvalTask::Events => {
            let pipeline = full_pipeline()?;
            let run = |text: &str, date: Option<Date>| {
                let mut doc = attache_core::Document::with_line_blocks("eval", text);
                doc.published = date.map(attache_core::Published::day);
                pipeline.run(&mut doc);
                doc
            };
            let mut report: Option<Report> = None;
            for f in gold_files(gold, &["jsonl"])? {
                let text = std::fs::read_to_string(&f)
                    .with_context(|| format!("reading {}", f.display()))?;
                let r = attache_events::eval_events(&text, &run).map_err(anyhow::Error::msg)?;
                if report.is_some() {
                    bail!("give one gold file to `eval events` at a time");
                }
                report = Some(r);
            }
            report.context("no gold file")
        }
    }
}

fn kb(command: KbCommand) -> Result<ExitCode> {
    match command {
        KbCommand::Lint { dir } => {
            let (report, problems) = attache_kb::cli::lint_report(dir.as_deref());
            out!("{report}");
            Ok(if problems > 0 {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            })
        }
        KbCommand::Lookup { name, date } => {
            let date = date.as_deref().map(parse_date).transpose()?;
            let kb = attache_kb::Kb::embedded().map_err(|e| anyhow::anyhow!("{e}"))?;
            out!("{}", attache_kb::cli::lookup_report(&kb, &name, date));
            Ok(ExitCode::SUCCESS)
        }
        KbCommand::ImportPhoenix { file, out } => {
            let f = std::fs::File::open(&file)
                .with_context(|| format!("opening {}", file.display()))?;
            let result =
                attache_kb::import::phoenix::import_phoenix(f, &file.display().to_string())
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
            let written = result.write_dir(&out).map_err(|e| anyhow::anyhow!("{e}"))?;
            outln!("{}\nwrote {}", result.summary(), written.join(", "));
            Ok(ExitCode::SUCCESS)
        }
        KbCommand::ImportWikidata { file, out } => {
            let result = attache_kb::import::wikidata::import_wikidata(&file)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let written = result.write_dir(&out).map_err(|e| anyhow::anyhow!("{e}"))?;
            outln!("{}\nwrote {}", result.summary(), written.join(", "));
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn report_json(r: &Report) -> String {
    let rows: Vec<_> = r
        .rows
        .iter()
        .map(|(cat, c)| {
            serde_json::json!({"category": cat, "precision": c.precision(), "recall": c.recall(), "f1": c.f1(), "tp": c.tp, "fp": c.fp, "fn": c.fn_})
        })
        .collect();
    let figures: serde_json::Map<String, serde_json::Value> = r
        .figures
        .iter()
        .map(|(k, v)| (k.clone(), serde_json::json!(v)))
        .collect();
    serde_json::json!({"task": r.task, "rows": rows, "figures": figures, "notes": r.notes})
        .to_string()
}
