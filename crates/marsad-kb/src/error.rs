//! Errors of the knowledge base: all are load-time errors naming the data
//! file and line; lookups never fail.

use std::fmt;

/// A knowledge-base load error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A malformed data line.
    #[error("{file}:{line}: {message}")]
    Data {
        /// Data file (path under `data/`).
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A data folder could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The name table could not be built.
    #[error("cannot build the {what} table: {message}")]
    Build {
        /// Which index.
        what: &'static str,
        /// The cause.
        message: String,
    },
}

/// `Result` with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// A position in a data file, for error messages.
#[derive(Debug, Clone, Copy)]
pub struct At<'a> {
    /// File (path under `data/`).
    pub file: &'a str,
    /// 1-based line.
    pub line: usize,
}

impl At<'_> {
    /// An error at this position.
    pub fn err(&self, message: impl fmt::Display) -> Error {
        Error::Data {
            file: self.file.to_string(),
            line: self.line,
            message: message.to_string(),
        }
    }
}
