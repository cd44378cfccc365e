//! Throughput of the engine on real articles, one core (divan).
//!
//! Data: `../shared/corpus/articles.jsonl.gz` when present (4,367 articles,
//! 19 MB), else the bundled example article repeated. Run:
//! `cargo bench -p marsad-benches`.

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use marsad_extract::{Document, Extractor};
use std::path::Path;
use std::sync::{Arc, OnceLock};

fn main() {
    divan::main();
}

fn docs() -> &'static Vec<Document> {
    static D: OnceLock<Vec<Document>> = OnceLock::new();
    D.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let corpus = root.join("../shared/corpus/articles.jsonl.gz");
        let path = if corpus.exists() {
            corpus
        } else {
            root.join("examples/aljazeera-2014-01-05.txt")
        };
        let opts = marsad_ingest::Options {
            published: chrono_free_date(),
        };
        let mut v: Vec<Document> = marsad_ingest::open(&path, &opts).filter_map(Result::ok).collect();
        if v.len() < 100 {
            let one = v.clone();
            for _ in 0..200 {
                v.extend(one.iter().cloned());
            }
        }
        v
    })
}

fn chrono_free_date() -> Option<marsad_ingest::jsonl::Date> {
    marsad_ingest::jsonl::parse_date("2014-01-05")
}

fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| {
        Extractor::new(Arc::new(
            marsad_kb::KnowledgeBase::embedded().expect("the built-in knowledge base loads"),
        ))
    })
}

/// Extract every document of the corpus (one thread).
#[divan::bench(sample_count = 3, sample_size = 1)]
fn extract_corpus(b: Bencher) {
    let docs = docs();
    let ex = extractor();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        for d in docs {
            black_box(ex.extract(d));
        }
    });
}

/// Normalise every document (the offset-keeping view).
#[divan::bench(sample_count = 5, sample_size = 1)]
fn normalise_corpus(b: Bencher) {
    let docs = docs();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        for d in docs {
            black_box(marsad_text::Normalized::new(&d.text));
        }
    });
}

/// Load and compile the built-in knowledge base.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn load_kb() -> marsad_kb::KnowledgeBase {
    marsad_kb::KnowledgeBase::embedded().expect("the built-in knowledge base loads")
}

/// The scan of the knowledge base (actor names, place names, words: one table) over the
/// normalised corpus: where the matching time goes.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn kb_scan_corpus(b: Bencher) {
    let texts: Vec<marsad_text::Normalized> = docs().iter().map(|d| marsad_text::Normalized::new(&d.text)).collect();
    let kb = extractor().kb();
    let bytes: usize = texts.iter().map(|t| t.as_str().len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        for t in &texts {
            black_box(kb.scan(t.as_str()));
        }
    });
}
