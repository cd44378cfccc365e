//! Plain text in the scraped-page layout: the title on the first non-empty
//! line, then the article, then boilerplate (source line, related-story
//! teasers, "most read" lists) whose line openings are listed in
//! `data/boilerplate.tsv`; calls to click inside the body ("اضغط لدخول ...")
//! are boilerplate of their own. Events are never taken from boilerplate.

use crate::{Error, Options, Result};
use marsad_extract::{Boilerplate, Document};
use std::sync::OnceLock;

struct Marker {
    opening: String,
    kind: &'static str,
    rest: bool,
}

fn markers() -> &'static [Marker] {
    static M: OnceLock<Vec<Marker>> = OnceLock::new();
    M.get_or_init(|| {
        include_str!("../data/boilerplate.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                let kind = marsad_extract::document::BOILERPLATE_KINDS
                    .iter()
                    .find(|k| **k == c.get(1).copied().unwrap_or(""))?;
                Some(Marker {
                    opening: marsad_text::fold(c[0]),
                    kind,
                    rest: c.get(2) == Some(&"rest"),
                })
            })
            .collect()
    })
}

/// Finds the boilerplate of `text` from byte `from` on: (spans, end of body).
pub fn boilerplate(text: &str, from: usize) -> (Vec<Boilerplate>, usize) {
    let mut out = Vec::new();
    let mut body_end = text.len();
    let mut pos = from;
    let mut rest_started: Option<(usize, &'static str)> = None;
    for line in text[from..].split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let f = marsad_text::fold(t);
        let lead = start + (line.len() - line.trim_start().len());
        let hit = markers()
            .iter()
            .find(|m| f.starts_with(&m.opening) && (m.rest || f.chars().count() < 120));
        if let Some(m) = hit {
            if m.rest {
                if let Some((s, k)) = rest_started.take() {
                    out.push(Boilerplate {
                        span: s..trim_end(text, lead),
                        kind: k,
                    });
                }
                if body_end == text.len() {
                    body_end = trim_end(text, lead);
                }
                rest_started = Some((lead, m.kind));
                if m.kind == "source_line" {
                    // a source line is one line; what follows is its own region
                    out.push(Boilerplate {
                        span: lead..trim_end(text, start + line.len()),
                        kind: m.kind,
                    });
                    rest_started = None;
                }
            } else if rest_started.is_none() {
                out.push(Boilerplate {
                    span: lead..trim_end(text, start + line.len()),
                    kind: m.kind,
                });
            }
        } else if rest_started.is_none() && body_end < text.len() {
            // after a source line: what follows is teasers until a marker says otherwise
            rest_started = Some((lead, "related_stories"));
        }
    }
    if let Some((s, k)) = rest_started {
        out.push(Boilerplate {
            span: s..trim_end(text, text.len()),
            kind: k,
        });
    }
    out.sort_by_key(|b| b.span.start);
    (out, body_end)
}

fn trim_end(text: &str, end: usize) -> usize {
    text[..end].trim_end().len()
}

/// Builds a document from text in the scraped-page layout.
pub fn document(id: &str, text: &str) -> Document {
    let mut doc = Document::from_text(id, text);
    let lead = text.len() - text.trim_start().len();
    let title_end = text[lead..].find('\n').map_or(text.len(), |i| lead + i);
    let title = text[lead..title_end].trim();
    // a first line is a title when it is short and has no sentence end
    let is_title = !title.is_empty() && title.chars().count() <= 200 && !title.ends_with('.') && title_end < text.len();
    let body_start = if is_title {
        doc.title = Some(title.to_string());
        doc.title_span = Some(lead..lead + title.len());
        let rest = &text[title_end..];
        title_end + (rest.len() - rest.trim_start().len())
    } else {
        lead
    };
    let (boiler, body_end) = boilerplate(text, body_start);
    doc.body = body_start..body_end.max(body_start);
    // "المصدر : الجزيرة + وكالات": the outlet
    doc.source = boiler.iter().find(|b| b.kind == "source_line").and_then(|b| {
        let line = &text[b.span.clone()];
        let (_, rest) = line.split_once(':')?;
        let outlet = rest.split(['+', '،', ',']).next()?.trim();
        (!outlet.is_empty()).then(|| outlet.to_string())
    });
    doc.boilerplate = boiler;
    doc
}

/// Decodes a plain-text file's bytes (UTF-8, UTF-16 with BOM, or a
/// single-byte Arabic encoding recognised by its letters) and builds its document.
pub fn from_bytes(origin: &str, id: &str, bytes: &[u8], opts: &Options) -> Result<Document> {
    let decoded;
    let text = match std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)) {
        Ok(t) => t,
        Err(e) => {
            let d = crate::encoding::decode(bytes, None, false);
            let arabic = d.text.chars().filter(|c| ('\u{0621}'..='\u{064A}').contains(c)).count();
            let letters = d.text.chars().filter(|c| c.is_alphabetic()).count();
            let bom = encoding_rs::Encoding::for_bom(bytes).is_some();
            if !bom && (d.had_errors || arabic * 2 < letters || letters == 0) {
                return Err(Error::Format {
                    origin: origin.to_string(),
                    message: format!("not valid UTF-8 at byte {}", e.valid_up_to()),
                });
            }
            decoded = d.text;
            &decoded
        }
    };
    if text.trim().is_empty() {
        return Err(Error::Format {
            origin: origin.to_string(),
            message: "empty document".into(),
        });
    }
    let mut doc = document(id, text);
    doc.origin = origin.to_string();
    doc.published = opts.published;
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scraped_layout() {
        let t = "العنوان\n\nفقرة أولى.\n\nاضغط لدخول صفحة الثورة\n\nفقرة ثانية.\n\nالمصدر : الجزيرة\n\nحول هذه القصة\n\nتيزر أول\n\nالمزيد من أحزاب\nالأكثر قراءة";
        let d = document("x", t);
        assert_eq!(d.title.as_deref(), Some("العنوان"));
        assert!(t[d.body.clone()].starts_with("فقرة أولى"));
        assert!(t[d.body.clone()].ends_with("فقرة ثانية."));
        let kinds: Vec<&str> = d.boilerplate.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                "call_to_action",
                "source_line",
                "related_stories",
                "related_stories",
                "most_read"
            ]
        );
        assert_eq!(&t[d.boilerplate[1].span.clone()], "المصدر : الجزيرة");
        assert_eq!(d.source.as_deref(), Some("الجزيرة"));
        assert!(t[d.boilerplate[2].span.clone()].starts_with("حول هذه القصة"));
    }

    #[test]
    fn rejects_bad_bytes() {
        let e = from_bytes("f.txt", "f", b"abc\xff", &Options::default()).unwrap_err();
        assert!(e.to_string().contains("f.txt: not valid UTF-8 at byte 3"));
        assert!(from_bytes("f.txt", "f", b"  \n", &Options::default()).is_err());
    }
}
