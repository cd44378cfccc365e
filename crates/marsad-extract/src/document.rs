//! The engine's input: one document with its text and what is known about it.

use chrono::NaiveDate;
use marsad_text::Span;

/// Kinds of boilerplate a reader may mark.
pub const BOILERPLATE_KINDS: &[&str] = &[
    "source_line",
    "related_stories",
    "most_read",
    "call_to_action",
    "navigation",
    "caption",
    "footer",
];

/// A boilerplate region of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Boilerplate {
    /// Byte span into [`Document::text`].
    pub span: Span,
    /// One of [`BOILERPLATE_KINDS`].
    pub kind: &'static str,
}

/// One document, as a reader made it.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Id (file stem, JSONL `id`, WARC record id...).
    pub id: String,
    /// Where it came from (`file`, `file:line`, `file#record`).
    pub origin: String,
    /// The full text the engine works on; every offset indexes into it.
    pub text: String,
    /// Title, if known (it is also the first line of `text` when the reader put it there).
    pub title: Option<String>,
    /// Byte span of the title inside `text`, if it is there.
    pub title_span: Option<Span>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Outlet.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Byte span of the article body inside `text`.
    pub body: Span,
    /// Boilerplate regions (never used for events).
    pub boilerplate: Vec<Boilerplate>,
    /// Reader warnings (mojibake, no article text found...).
    pub warnings: Vec<String>,
}

impl Document {
    /// A document whose whole text is the body.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        Document {
            id: id.into(),
            body: 0..text.len(),
            text,
            ..Default::default()
        }
    }
}
