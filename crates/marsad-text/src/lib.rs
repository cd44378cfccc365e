//! Arabic text core for marsad: normalisation that keeps an exact offset map
//! back to the original text, tokens, clitic segmentation, sentences and
//! clauses, numbers written in digits or words, and dates resolved against a
//! publication date. No I/O; everything here is pure and allocation-light.
//!
//! # Overview
//! - [`Normalized`]: the matching view of a text (diacritics, tatweel, alef,
//!   ya, ta marbuta, hamza carriers, presentation forms, digits, punctuation
//!   and spaces folded) with a byte map back to the original, so every span
//!   found on the view slices the original exactly.
//! - [`tokenize`] and [`Token`]: words, numbers and punctuation over the view.
//! - [`clitics`]: proclitic/enclitic splits yielding candidate stems.
//! - [`sentences`]: sentence and clause spans.
//! - [`numbers`] and [`dates`]: quantities and dates as typed values.
//!
//! ```
//! use marsad_text::Normalized;
//! let text = "قُتِلَ ٣ أشخاصٍ في إدلب";
//! let norm = Normalized::new(text);
//! assert_eq!(norm.as_str(), "قتل 3 اشخاص في ادلب");
//! let at = norm.as_str().find("ادلب").unwrap();
//! let span = norm.to_original(at..at + "ادلب".len());
//! assert_eq!(&text[span], "إدلب");
//! ```
#![deny(missing_docs)]

pub mod clitics;
pub mod dates;
pub mod normalize;
pub mod numbers;
pub mod sentences;
mod tails;
pub mod token;

pub use normalize::{fold, Normalized};
pub use token::{tokenize, Token, TokenKind};

/// A byte range into a named text (see each function for which text).
pub type Span = std::ops::Range<usize>;

/// Converts a byte offset into `text` to a Unicode-scalar (character) offset,
/// as written in output records. `byte` must lie on a char boundary.
pub fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].chars().count()
}

/// Incremental byte→char offset converter for many increasing lookups on one
/// text (O(n) in total instead of O(n) per lookup).
#[derive(Debug, Clone)]
pub struct CharOffsets {
    /// `starts[i]` = byte offset of char i; last entry = text length.
    starts: Vec<u32>,
}

impl CharOffsets {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut starts: Vec<u32> = text.char_indices().map(|(b, _)| b as u32).collect();
        starts.push(text.len() as u32);
        CharOffsets { starts }
    }
    /// Character offset of byte offset `byte` (rounded down to a char start).
    pub fn char_at(&self, byte: usize) -> usize {
        match self.starts.binary_search(&(byte as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }
    /// Byte offset of character offset `ch` (clamped to the text length).
    pub fn byte_at(&self, ch: usize) -> usize {
        let i = ch.min(self.starts.len() - 1);
        self.starts[i] as usize
    }
}
