//! Arguments (clap) and the subcommands.

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use marsad_extract::{Extractor, Options as ExOptions};
use marsad_kb::places::PlaceContext;
use marsad_kb::KnowledgeBase;
use rayon::prelude::*;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// marsad — structured, geocoded, dated conflict events from Arabic news.
#[derive(Parser)]
#[command(name = "marsad", version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Extract events from files, folders or `-` (stdin): JSON Lines out, one record per document.
    Extract(ExtractArgs),
    /// Query the knowledge base.
    Kb {
        #[command(subcommand)]
        cmd: KbCmd,
        #[command(flatten)]
        data: DataArg,
    },
    /// Score predictions against gold files (same figures as shared/eval/score.py).
    Eval(crate::eval::EvalArgs),
}

#[derive(Args, Clone)]
pub(crate) struct DataArg {
    /// Load the knowledge base from this folder (laid out like data/) instead of the built-in one.
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,
}

#[derive(Args)]
pub(crate) struct ExtractArgs {
    /// Inputs: files (plain text, JSON Lines, .gz), folders (recursively), or `-` for stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for documents that carry none.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Pretty-print (one indented JSON object per document).
    #[arg(long)]
    pub pretty: bool,
    /// Write to FILE instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Add, per event and slot, which lexicon entries and patterns fired.
    #[arg(long)]
    pub explain: bool,
    /// Add the text the engine worked on to each record.
    #[arg(long)]
    pub with_text: bool,
    /// Stop at the first unreadable document.
    #[arg(long)]
    pub fail_fast: bool,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    #[command(flatten)]
    pub data: DataArg,
}

#[derive(Subcommand)]
enum KbCmd {
    /// Counts of places, actors, aliases and triggers.
    Stats {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Candidates for a place name, best first.
    Place {
        /// The name, in Arabic.
        name: String,
        /// Context: a country or governorate code (SY, SY-RD; comma-separated).
        #[arg(long)]
        context: Option<String>,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Actors for an alias, best first.
    Actor {
        /// The alias, in Arabic.
        name: String,
        /// Context country codes (comma-separated).
        #[arg(long)]
        context: Option<String>,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
}

pub(crate) fn load_kb(data: &DataArg) -> Result<Arc<KnowledgeBase>> {
    let kb = match &data.data {
        Some(dir) => KnowledgeBase::load_dir(dir)
            .with_context(|| format!("loading the knowledge base from {}", dir.display()))?,
        None => KnowledgeBase::embedded().context("loading the built-in knowledge base")?,
    };
    Ok(Arc::new(kb))
}

pub fn run() -> Result<i32> {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Extract(args) => extract(args),
        Cmd::Kb { cmd, data } => kb(cmd, &data),
        Cmd::Eval(args) => crate::eval::run(args),
    }
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").with_context(|| format!("--published {s:?} is not YYYY-MM-DD"))
}

/// Extracts from `inputs` and writes records to `out`; returns (documents, events, errors).
pub(crate) fn extract_to(args: &ExtractArgs, ex: &Extractor, out: &mut dyn Write) -> Result<(usize, usize, usize)> {
    let opts = marsad_ingest::Options {
        published: args.published.as_deref().map(parse_date).transpose()?,
    };
    let (mut docs, mut events, mut errors) = (0usize, 0usize, 0usize);
    let mut batch = Vec::with_capacity(256);
    // a spinner on a terminal, nothing when piped
    let bar = if std::io::stderr().is_terminal() {
        indicatif::ProgressBar::new_spinner()
    } else {
        indicatif::ProgressBar::hidden()
    };
    let started = Instant::now();
    let mut bytes = 0usize;
    let mut flush = |batch: &mut Vec<marsad_ingest::Document>,
                     out: &mut dyn Write,
                     docs: &mut usize,
                     events: &mut usize|
     -> Result<()> {
        let recs: Vec<_> = batch.par_iter().map(|d| ex.extract(d)).collect();
        bytes += batch.iter().map(|d| d.text.len()).sum::<usize>();
        let n_events: usize = recs.iter().map(|r| r.events.len()).sum();
        let rate = bytes as f64 / 1e6 / started.elapsed().as_secs_f64().max(1e-9);
        bar.set_message(format!(
            "{} documents, {} events, {rate:.1} MB/s",
            *docs + recs.len(),
            *events + n_events
        ));
        bar.tick();
        for r in recs {
            *docs += 1;
            *events += r.events.len();
            if args.pretty {
                serde_json::to_writer_pretty(&mut *out, &r)?;
            } else {
                serde_json::to_writer(&mut *out, &r)?;
            }
            out.write_all(b"\n")?;
        }
        batch.clear();
        Ok(())
    };
    for input in &args.inputs {
        for item in marsad_ingest::open(input, &opts) {
            match item {
                Ok(doc) => {
                    for w in &doc.warnings {
                        eprintln!("marsad: {}: {w}", doc.origin);
                    }
                    batch.push(doc);
                    if batch.len() >= 256 {
                        flush(&mut batch, out, &mut docs, &mut events)?;
                    }
                }
                Err(e) => {
                    errors += 1;
                    eprintln!("marsad: skipped {e}");
                    if args.fail_fast {
                        flush(&mut batch, out, &mut docs, &mut events)?;
                        bail!("stopped at the first error (--fail-fast)");
                    }
                }
            }
        }
    }
    flush(&mut batch, out, &mut docs, &mut events)?;
    bar.finish_and_clear();
    out.flush()?;
    Ok((docs, events, errors))
}

fn extract(args: ExtractArgs) -> Result<i32> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("setting up worker threads")?;
    }
    let t0 = Instant::now();
    let kb = load_kb(&args.data)?;
    let ex = Extractor::with_options(
        kb,
        ExOptions {
            explain: args.explain,
            with_text: args.with_text,
        },
    );
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    let (docs, events, errors) = extract_to(&args, &ex, &mut out)?;
    drop(out);
    if std::io::stderr().is_terminal() {
        eprintln!(
            "marsad: {docs} documents, {events} events, {errors} errors in {:.2}s",
            t0.elapsed().as_secs_f64()
        );
    }
    Ok(if docs == 0 && errors > 0 { 1 } else { 0 })
}

fn kb(cmd: KbCmd, data: &DataArg) -> Result<i32> {
    let t0 = Instant::now();
    let kb = load_kb(data)?;
    let load_ms = t0.elapsed().as_secs_f64() * 1000.0;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match cmd {
        KbCmd::Stats { json } => {
            let s = kb.stats();
            if json {
                let mut v = serde_json::to_value(&s)?;
                v["load_ms"] = serde_json::json!((load_ms * 10.0).round() / 10.0);
                writeln!(out, "{}", serde_json::to_string(&v)?)?;
            } else {
                writeln!(
                    out,
                    "places {}  actors {}  aliases {}  triggers {}  cues {}  (loaded in {load_ms:.0} ms)",
                    s.places, s.actors, s.aliases, s.triggers, s.cues
                )?;
                for (k, n) in &s.place_layers {
                    writeln!(out, "  {k}: {n}")?;
                }
            }
        }
        KbCmd::Place { name, context, json } => {
            let ctx = context.as_deref().map(PlaceContext::parse).unwrap_or_default();
            let cands = kb.places.lookup(&name, &ctx);
            let rows: Vec<serde_json::Value> = cands
                .iter()
                .map(|c| {
                    let p = &kb.places.places[c.place as usize];
                    serde_json::json!({
                        "name": p.name, "country": p.country, "admin1_code": p.admin1_code,
                        "admin1": p.admin1_code.as_deref().and_then(|a| kb.places.by_code(a)).map(|x| x.name.clone()),
                        "admin2": p.admin2, "kind": p.kind, "lat": p.lat, "lon": p.lon, "precision": p.precision,
                        "gazetteer_id": p.id, "source": p.source, "score": (c.score * 10.0).round() / 10.0, "why": c.why,
                    })
                })
                .collect();
            print_rows(
                &mut out,
                json,
                &rows,
                &["name", "country", "admin1_code", "lat", "lon", "gazetteer_id", "score"],
            )?;
            if rows.is_empty() {
                return Ok(1);
            }
        }
        KbCmd::Actor { name, context, json } => {
            let ctx = context.as_deref().map(PlaceContext::parse).unwrap_or_default();
            let rows: Vec<serde_json::Value> = kb
                .actors
                .lookup(&name, &ctx.countries)
                .iter()
                .map(|a| serde_json::json!({"id": a.id, "name": a.name, "inter": a.inter, "country": a.country, "generic": a.generic, "parent": a.parent, "kind": a.kind}))
                .collect();
            print_rows(&mut out, json, &rows, &["id", "name", "inter", "country"])?;
            if rows.is_empty() {
                return Ok(1);
            }
        }
    }
    Ok(0)
}

fn print_rows(out: &mut dyn Write, json: bool, rows: &[serde_json::Value], cols: &[&str]) -> Result<()> {
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(rows)?)?;
    } else {
        for r in rows {
            let line: Vec<String> = cols
                .iter()
                .map(|c| r[*c].to_string().trim_matches('"').to_string())
                .collect();
            writeln!(out, "{}", line.join("\t"))?;
        }
    }
    Ok(())
}
