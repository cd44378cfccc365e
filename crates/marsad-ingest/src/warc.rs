//! WARC and WARC.gz archives, streamed record by record (never the whole
//! archive): each `response` record holding HTML (or `resource` with an HTML
//! type) becomes a document through the HTML reader, with the record's
//! target URI, date and id; the HTTP header's charset labels the bytes. A
//! broken record is an error naming the archive and the record's offset or
//! id, and reading goes on with the next record when the framing allows.

use crate::{Error, Options, Result};
use marsad_extract::Document;
use std::io::{BufRead, Read};

/// Streams the documents of a WARC input (already gunzipped).
pub struct Reader {
    origin: String,
    input: Box<dyn BufRead + Send>,
    opts: Options,
    n: usize,
    done: bool,
}

impl Reader {
    /// Reads `input`, naming it `origin` in errors.
    pub fn new(origin: String, input: Box<dyn BufRead + Send>, opts: Options) -> Self {
        Reader {
            origin,
            input,
            opts,
            n: 0,
            done: false,
        }
    }

    fn header(&mut self) -> std::io::Result<Option<Vec<(String, String)>>> {
        let mut line = String::new();
        // skip blank lines between records
        loop {
            line.clear();
            if self.input.read_line(&mut line)? == 0 {
                return Ok(None);
            }
            if !line.trim().is_empty() {
                break;
            }
        }
        if !line.starts_with("WARC/") {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "expected a WARC record, found {:?}",
                    line.trim().chars().take(40).collect::<String>()
                ),
            ));
        }
        let mut fields = Vec::new();
        loop {
            line.clear();
            if self.input.read_line(&mut line)? == 0 || line.trim().is_empty() {
                break;
            }
            if let Some((k, v)) = line.split_once(':') {
                fields.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
            }
        }
        Ok(Some(fields))
    }
}

fn field<'a>(f: &'a [(String, String)], k: &str) -> Option<&'a str> {
    f.iter().find(|(x, _)| x == k).map(|(_, v)| v.as_str())
}

/// Splits an HTTP response into (header text, body).
fn split_http(block: &[u8]) -> (&[u8], &[u8]) {
    let pos = block
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| (p, p + 4))
        .or_else(|| block.windows(2).position(|w| w == b"\n\n").map(|p| (p, p + 2)));
    match pos {
        Some((h, b)) if block.starts_with(b"HTTP/") => (&block[..h], &block[b..]),
        _ => (&[], block),
    }
}

impl Iterator for Reader {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.n += 1;
            let rec_origin = format!("{}#record{}", self.origin, self.n);
            let fields = match self.header() {
                Ok(Some(f)) => f,
                Ok(None) => return None,
                Err(e) => {
                    self.done = true; // framing lost: nothing after this can be trusted
                    return Some(Err(Error::Format {
                        origin: rec_origin,
                        message: e.to_string(),
                    }));
                }
            };
            let rec_id = field(&fields, "warc-record-id")
                .unwrap_or("")
                .trim_matches(['<', '>'])
                .to_string();
            let origin = if rec_id.is_empty() {
                rec_origin
            } else {
                format!("{}#{}", self.origin, rec_id)
            };
            let Some(len) = field(&fields, "content-length").and_then(|v| v.parse::<u64>().ok()) else {
                self.done = true;
                return Some(Err(Error::Format {
                    origin,
                    message: "record has no Content-Length".into(),
                }));
            };
            let kind = field(&fields, "warc-type").unwrap_or("").to_ascii_lowercase();
            let ctype = field(&fields, "content-type").unwrap_or("").to_ascii_lowercase();
            let wanted =
                (kind == "response" && ctype.contains("http")) || (kind == "resource" && ctype.contains("html"));
            if !wanted || len > crate::MAX_DOC_BYTES {
                let skipped = std::io::copy(&mut (&mut self.input).take(len), &mut std::io::sink());
                if skipped.map_or(true, |n| n < len) {
                    self.done = true;
                    return Some(Err(Error::Format {
                        origin,
                        message: "archive ends inside a record".into(),
                    }));
                }
                if len > crate::MAX_DOC_BYTES && wanted {
                    return Some(Err(Error::Format {
                        origin,
                        message: format!("record larger than {} MiB", crate::MAX_DOC_BYTES >> 20),
                    }));
                }
                continue;
            }
            let mut block = Vec::with_capacity(len as usize);
            match (&mut self.input).take(len).read_to_end(&mut block) {
                Ok(n) if (n as u64) < len => {
                    self.done = true;
                    return Some(Err(Error::Format {
                        origin,
                        message: format!("record truncated: {n} of {len} bytes"),
                    }));
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(Error::Io { origin, source: e }));
                }
                Ok(_) => {}
            }
            let (head, body) = if kind == "response" {
                split_http(&block)
            } else {
                (&[][..], &block[..])
            };
            let head = String::from_utf8_lossy(head);
            let http_ct = head.lines().find_map(|l| {
                l.split_once(':')
                    .filter(|(k, _)| k.trim().eq_ignore_ascii_case("content-type"))
                    .map(|(_, v)| v.trim().to_string())
            });
            if http_ct
                .as_deref()
                .is_some_and(|c| !c.to_ascii_lowercase().contains("html"))
            {
                continue; // images, scripts, JSON...
            }
            let status_ok = head.is_empty() || head.split_whitespace().nth(1).is_some_and(|s| s.starts_with('2'));
            if !status_ok {
                continue;
            }
            let uri = field(&fields, "warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_string());
            let transport = http_ct.as_deref().and_then(crate::encoding::http_charset);
            let id = uri
                .as_deref()
                .map(crate::html::url_id)
                .unwrap_or_else(|| format!("record{}", self.n));
            let mut doc = match crate::html::document(&origin, &id, body, transport, uri.as_deref(), &self.opts) {
                Ok(d) => d,
                Err(e) => return Some(Err(e)),
            };
            if doc.published.is_none() {
                doc.published = field(&fields, "warc-date").and_then(crate::html::parse_any_date);
            }
            return Some(Ok(doc));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, ctype: &str, uri: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!("WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uri}>\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2014-01-05T10:00:00Z\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n", block.len()).into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    #[test]
    fn reads_responses_and_reports_truncation() {
        let page = "<html><body><article><p>قصفت قوات النظام مدينة يبرود في ريف دمشق وقتل ثلاثة مدنيين.</p></article></body></html>";
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(page);
        let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\n\r\n".to_vec();
        http.extend_from_slice(&cp1256);
        let mut warc = record("warcinfo", "application/warc-fields", "x", b"software: test\r\n");
        warc.extend(record(
            "response",
            "application/http; msgtype=response",
            "https://e.x/news/2014/01/05/yabroud",
            &http,
        ));
        warc.extend(record(
            "request",
            "application/http; msgtype=request",
            "https://e.x/q",
            b"GET / HTTP/1.1\r\n\r\n",
        ));
        let mut truncated = record("response", "application/http; msgtype=response", "https://e.x/t", &http);
        truncated.truncate(truncated.len() - 40);
        warc.extend(truncated);
        let r = Reader::new(
            "a.warc".into(),
            Box::new(std::io::Cursor::new(warc)),
            Options::default(),
        );
        let out: Vec<_> = r.collect();
        assert_eq!(out.len(), 2, "{out:?}");
        let d = out[0].as_ref().unwrap();
        assert!(d.text.contains("قصفت قوات النظام مدينة يبرود"), "{}", d.text);
        assert_eq!(d.published.map(|p| p.to_string()).as_deref(), Some("2014-01-05"));
        assert_eq!(d.url.as_deref(), Some("https://e.x/news/2014/01/05/yabroud"));
        let e = out[1].as_ref().unwrap_err().to_string();
        assert!(
            e.contains("a.warc#urn:uuid:https://e.x/t") && e.contains("truncated"),
            "{e}"
        );
    }
}
