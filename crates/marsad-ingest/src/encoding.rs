//! Bytes to text in any encoding Arabic pages use: UTF-8 (with or without
//! BOM), UTF-16 (BOM), Windows-1256, ISO-8859-6. The label comes from the
//! BOM, then the transport (a WARC record's HTTP header), then the page's
//! `<meta charset>`, else UTF-8 if the bytes are valid UTF-8, else a guess by
//! `chardetng`. Mojibake (UTF-8 Arabic read as Latin-1/1252: "Ø§Ù„") is
//! detected and reported.

use encoding_rs::Encoding;

/// The outcome of decoding.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Encoding name used.
    pub encoding: &'static str,
    /// Where the label came from (bom, http, meta, utf8, guess).
    pub how: &'static str,
    /// Whether malformed sequences were replaced.
    pub had_errors: bool,
    /// Whether the text looks like mojibake.
    pub mojibake: bool,
}

/// Finds `charset=` in the first 4 KiB of a page (meta tags).
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")?;
    let rest = &head[at + 8..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_'))
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..end])
}

/// A charset label from an HTTP `Content-Type` header value.
pub fn http_charset(content_type: &str) -> Option<&'static Encoding> {
    let lower = content_type.to_ascii_lowercase();
    let at = lower.find("charset=")?;
    let v = lower[at + 8..].trim_matches(|c| c == '"' || c == '\'' || c == ' ');
    let end = v.find([';', ' ', '"']).unwrap_or(v.len());
    Encoding::for_label(&v.as_bytes()[..end])
}

/// Whether `text` looks like UTF-8 Arabic decoded as a single-byte Latin encoding.
pub fn looks_mojibake(text: &str) -> bool {
    let sample: String = text.chars().take(4000).collect();
    let pairs = sample.matches("Ø").count() + sample.matches("Ù").count();
    let arabic = sample.chars().filter(|c| ('\u{0600}'..='\u{06FF}').contains(c)).count();
    pairs > 20 && pairs > arabic
}

/// Decodes `bytes`, with an optional label from the transport.
pub fn decode(bytes: &[u8], transport: Option<&'static Encoding>, sniff_meta: bool) -> Decoded {
    let (enc, how) = if let Some((enc, _)) = Encoding::for_bom(bytes) {
        (enc, "bom")
    } else if let Some(enc) = transport {
        (enc, "http")
    } else if let Some(enc) = sniff_meta.then(|| meta_charset(bytes)).flatten() {
        (enc, "meta")
    } else if std::str::from_utf8(bytes).is_ok() {
        (encoding_rs::UTF_8, "utf8")
    } else {
        let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        det.feed(bytes, true);
        (det.guess(None, chardetng::Utf8Detection::Allow), "guess")
    };
    // a page that declares a single-byte charset but is valid UTF-8 with Arabic is UTF-8
    let (enc, how) = if enc != encoding_rs::UTF_8
        && how == "meta"
        && std::str::from_utf8(bytes).is_ok()
        && bytes.iter().any(|b| *b >= 0xD8)
    {
        (encoding_rs::UTF_8, "utf8")
    } else {
        (enc, how)
    };
    let (text, used, had_errors) = enc.decode(bytes);
    let text = text.into_owned();
    let mojibake = looks_mojibake(&text);
    Decoded {
        text,
        encoding: used.name(),
        how,
        had_errors,
        mojibake,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1256_and_utf16() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode("قصفت قوات النظام مدينة يبرود");
        let d = decode(&bytes, None, true);
        assert_eq!(d.text, "قصفت قوات النظام مدينة يبرود");
        assert_eq!(d.encoding, "windows-1256");
        let mut u16 = vec![0xFF, 0xFE];
        for c in "حلب".encode_utf16() {
            u16.extend_from_slice(&c.to_le_bytes());
        }
        assert_eq!(decode(&u16, None, true).text, "حلب");
    }

    #[test]
    fn meta_and_http_labels() {
        let (body, _, _) = encoding_rs::ISO_8859_6.encode("<meta charset=\"iso-8859-6\"><p>حلب</p>");
        let d = decode(&body, None, true);
        assert_eq!(d.how, "meta");
        assert!(d.text.contains("حلب"));
        assert_eq!(
            http_charset("text/html; charset=windows-1256"),
            Some(encoding_rs::WINDOWS_1256)
        );
    }

    #[test]
    fn mojibake_is_flagged() {
        let utf8 = "الدولة الإسلامية ".repeat(20);
        let (latin, _, _) = encoding_rs::WINDOWS_1252.decode(utf8.as_bytes());
        assert!(looks_mojibake(&latin));
        assert!(!looks_mojibake(&utf8));
    }
}
