//! marsad readers: turn files, folders and streams into [`Document`]s for the
//! engine, one at a time (streamed, never the whole input in memory).
//!
//! # Overview
//! - [`open`]: a path (file or folder, recursively; `-` = stdin) → an
//!   iterator of `Result<Document>`; each error names its origin (file and
//!   line) and the iteration goes on.
//! - Formats are detected by content, not extension: WARC (`WARC/` first),
//!   JSON Lines (`{` first), RSS/Atom (`<rss`, `<feed`), HTML (`<` first),
//!   else plain text in the scraped-page layout (title on the first line,
//!   then the body, then boilerplate, see [`plain`]). gzip is undone
//!   transparently; bytes are decoded from any Arabic encoding ([`encoding`]).
//!
//! ```
//! let doc = marsad_ingest::plain::document("x", "عنوان\n\nقصفت قوات النظام يبرود.\n\nالمصدر : الجزيرة\n");
//! assert_eq!(doc.title.as_deref(), Some("عنوان"));
//! assert_eq!(doc.boilerplate[0].kind, "source_line");
//! ```
#![deny(missing_docs)]

pub mod encoding;
pub mod feed;
pub mod html;
pub mod jsonl;
pub mod plain;
pub mod warc;

pub use marsad_extract::Document;

use flate2::read::MultiGzDecoder;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Largest single document (a plain file or a JSON line) read, in bytes.
pub const MAX_DOC_BYTES: u64 = 64 << 20;

/// A reading error, naming where it happened.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be opened or read.
    #[error("{origin}: {source}")]
    Io {
        /// File (and line).
        origin: String,
        /// Cause.
        source: std::io::Error,
    },
    /// The bytes are not what the format needs.
    #[error("{origin}: {message}")]
    Format {
        /// File (and line).
        origin: String,
        /// What is wrong.
        message: String,
    },
}

/// `Result` with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// Reading options.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Publication date for documents that carry none.
    pub published: Option<chrono::NaiveDate>,
}

/// A stream of documents.
pub type Docs = Box<dyn Iterator<Item = Result<Document>> + Send>;

/// Opens a path (file, folder or `-`) as a stream of documents.
pub fn open(path: &Path, opts: &Options) -> Docs {
    if path.as_os_str() == "-" {
        let reader: Box<dyn Read + Send> = Box::new(std::io::stdin());
        return from_reader("<stdin>".into(), "stdin".into(), reader, opts.clone());
    }
    if path.is_dir() {
        let mut files = Vec::new();
        if let Err(e) = walk(path, &mut files) {
            return Box::new(std::iter::once(Err(Error::Io {
                origin: path.display().to_string(),
                source: e,
            })));
        }
        let opts = opts.clone();
        return Box::new(files.into_iter().flat_map(move |f| open_file(&f, &opts)));
    }
    open_file(path, opts)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}

/// The document id of a file: its name without extensions (`.txt`, `.gz`...).
pub fn stem(path: &Path) -> String {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("doc");
    let mut s = name;
    for ext in [
        ".gz", ".txt", ".jsonl", ".json", ".html", ".htm", ".warc", ".xml", ".rss", ".atom",
    ] {
        s = s.strip_suffix(ext).unwrap_or(s);
    }
    s.to_string()
}

fn open_file(path: &Path, opts: &Options) -> Docs {
    let origin = path.display().to_string();
    match File::open(path) {
        Ok(f) => from_reader(origin, stem(path), Box::new(f), opts.clone()),
        Err(e) => Box::new(std::iter::once(Err(Error::Io { origin, source: e }))),
    }
}

/// Reads a byte stream: undoes gzip, detects the format, yields documents.
pub fn from_reader(origin: String, id: String, reader: Box<dyn Read + Send>, opts: Options) -> Docs {
    let mut buf = BufReader::with_capacity(1 << 16, reader);
    let head = match buf.fill_buf() {
        Ok(h) => h.to_vec(),
        Err(e) => return Box::new(std::iter::once(Err(Error::Io { origin, source: e }))),
    };
    if head.starts_with(&[0x1f, 0x8b]) {
        let inner: Box<dyn Read + Send> = Box::new(MultiGzDecoder::new(buf));
        return from_reader(origin, id, inner, opts);
    }
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace() && !matches!(b, 0xEF | 0xBB | 0xBF))
        .unwrap_or(head.len());
    let lead = &head[start..];
    if lead.starts_with(b"WARC/") {
        return Box::new(warc::Reader::new(origin, Box::new(buf), opts));
    }
    if lead.first() == Some(&b'{') {
        return Box::new(jsonl::Reader::new(origin, Box::new(buf), opts));
    }
    let mut bytes = Vec::new();
    if let Err(e) = buf.take(MAX_DOC_BYTES + 1).read_to_end(&mut bytes) {
        return Box::new(std::iter::once(Err(Error::Io { origin, source: e })));
    }
    if bytes.len() as u64 > MAX_DOC_BYTES {
        return Box::new(std::iter::once(Err(Error::Format {
            origin,
            message: format!("larger than {} MiB", MAX_DOC_BYTES >> 20),
        })));
    }
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if !utf16 && bytes.iter().take(8192).any(|b| *b == 0) {
        return Box::new(std::iter::once(Err(Error::Format {
            origin,
            message: "binary file (NUL bytes), not text".into(),
        })));
    }
    let sniff = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    if lead.first() == Some(&b'<') {
        if sniff.contains("<rss") || sniff.contains("<feed") || sniff.contains("<rdf:rdf") {
            let dec = encoding::decode(&bytes, None, true);
            return Box::new(feed::documents(&origin, &dec.text, &opts).into_iter());
        }
        return Box::new(std::iter::once(html::document(&origin, &id, &bytes, None, None, &opts)));
    }
    Box::new(std::iter::once(plain::from_bytes(&origin, &id, &bytes, &opts)))
}
