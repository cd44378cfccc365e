//! JSON Lines: one document per line with `id`, `text` (or `html`, read as
//! text until the HTML reader lands), optional `title`, `published`,
//! `source`, `url`. The title is put before the text (a blank line between),
//! so every offset indexes one text; trailing boilerplate is marked as for
//! plain text. A bad line is an error naming `file:line`; reading goes on.

use crate::{Error, Options, Result};
use marsad_extract::Document;
use serde::Deserialize;
use std::io::{BufRead, Read};

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// Streams the documents of a JSON Lines input.
pub struct Reader {
    origin: String,
    input: Box<dyn BufRead + Send>,
    line: usize,
    opts: Options,
    buf: Vec<u8>,
}

impl Reader {
    /// Reads `input`, naming it `origin` in errors.
    pub fn new(origin: String, input: Box<dyn BufRead + Send>, opts: Options) -> Self {
        Reader {
            origin,
            input,
            line: 0,
            opts,
            buf: Vec::new(),
        }
    }
}

/// A calendar date.
pub type Date = chrono::NaiveDate;

/// Parses an ISO date prefix (`2018-05-03`, `2018-05-03T10:00:00Z`).
pub fn parse_date(s: &str) -> Option<Date> {
    chrono::NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

/// Builds a document from a parsed line.
fn document(origin: String, line: Line, opts: &Options) -> std::result::Result<Document, String> {
    let id = match line.id {
        Some(serde_json::Value::String(s)) => s,
        Some(v @ serde_json::Value::Number(_)) => v.to_string(),
        _ => return Err("no \"id\" field".into()),
    };
    let body = match (line.text, line.html) {
        (Some(t), _) => t,
        (None, Some(h)) => {
            // an HTML page inside a JSON line: through the HTML reader, metadata from the line first
            let mut d = crate::html::document(
                &origin,
                &id,
                h.as_bytes(),
                Some(encoding_rs::UTF_8),
                line.url.as_deref(),
                opts,
            )
            .map_err(|e| e.to_string())?;
            if let Some(p) = line.published.as_deref().and_then(parse_date) {
                d.published = Some(p);
            }
            d.source = line.source.or(d.source);
            return Ok(d);
        }
        (None, None) => return Err("no \"text\" or \"html\" field".into()),
    };
    let title = line.title.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
    let (text, title_span, body_start) = match &title {
        Some(t) => (format!("{t}\n\n{body}"), Some(0..t.len()), t.len() + 2),
        None => (body, None, 0),
    };
    let (boilerplate, body_end) = crate::plain::boilerplate(&text, body_start);
    Ok(Document {
        id,
        origin,
        title,
        title_span,
        published: line.published.as_deref().and_then(parse_date).or(opts.published),
        source: line.source,
        url: line.url,
        body: body_start..body_end.max(body_start),
        boilerplate,
        text,
        warnings: Vec::new(),
    })
}

impl Iterator for Reader {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.buf.clear();
            self.line += 1;
            let origin = format!("{}:{}", self.origin, self.line);
            let mut limited = (&mut self.input).take(crate::MAX_DOC_BYTES + 1);
            match limited.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => return Some(Err(Error::Io { origin, source: e })),
            }
            if self.buf.len() as u64 > crate::MAX_DOC_BYTES {
                // skip the rest of this over-long line
                let mut sink = Vec::new();
                let _ = self.input.read_until(b'\n', &mut sink);
                return Some(Err(Error::Format {
                    origin,
                    message: format!("line longer than {} MiB", crate::MAX_DOC_BYTES >> 20),
                }));
            }
            let bytes = self.buf.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&self.buf);
            let Ok(s) = std::str::from_utf8(bytes) else {
                return Some(Err(Error::Format {
                    origin,
                    message: "not valid UTF-8".into(),
                }));
            };
            if s.trim().is_empty() {
                continue;
            }
            let parsed: Line = match serde_json::from_str(s) {
                Ok(l) => l,
                Err(e) => {
                    return Some(Err(Error::Format {
                        origin,
                        message: format!("invalid JSON: {e}"),
                    }))
                }
            };
            return Some(
                document(origin.clone(), parsed, &self.opts).map_err(|message| Error::Format { origin, message }),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_lines_and_reports_bad_ones() {
        let input = "{\"id\": \"a\", \"title\": \"ع\", \"text\": \"نص\", \"published\": \"2018-05-03\"}\nnot json\n\n{\"id\": 7, \"text\": \"ب\"}\n{\"text\": \"x\"}\n";
        let r = Reader::new(
            "in.jsonl".into(),
            Box::new(std::io::Cursor::new(input.as_bytes().to_vec())),
            Options::default(),
        );
        let out: Vec<_> = r.collect();
        assert_eq!(out.len(), 4);
        let d = out[0].as_ref().unwrap();
        assert_eq!(d.text, "ع\n\nنص");
        assert_eq!(&d.text[d.body.clone()], "نص");
        assert_eq!(d.published.map(|p| p.to_string()).as_deref(), Some("2018-05-03"));
        assert!(out[1]
            .as_ref()
            .unwrap_err()
            .to_string()
            .starts_with("in.jsonl:2: invalid JSON"));
        assert_eq!(out[2].as_ref().unwrap().id, "7");
        assert!(out[3]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("in.jsonl:5: no \"id\""));
    }
}
