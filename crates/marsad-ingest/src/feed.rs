//! RSS 2.0 and Atom feeds: one document per item (`<item>` / `<entry>`),
//! with its title, link, date (`pubDate`, `published`, `updated`,
//! `dc:date`) and text (`content:encoded`, `content`, `description`,
//! `summary`; HTML inside, escaped or in CDATA, is reduced to paragraphs).

use crate::{Options, Result};
use marsad_extract::Document;

/// Parses an RFC 822 date ("Tue, 31 Jul 2018 10:00:00 GMT") or an ISO one.
pub fn parse_feed_date(s: &str) -> Option<chrono::NaiveDate> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = s.to_ascii_lowercase();
    let toks: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .collect();
    if let Some(mi) = toks.iter().position(|t| MONTHS.iter().any(|m| t.starts_with(m))) {
        let month = MONTHS.iter().position(|m| toks[mi].starts_with(m))? as u32 + 1;
        let day: u32 = toks.get(mi.wrapping_sub(1)).and_then(|t| t.parse().ok())?;
        let year: i32 = toks.get(mi + 1).and_then(|t| t.parse().ok())?;
        return chrono::NaiveDate::from_ymd_opt(year, month, day);
    }
    crate::html::parse_any_date(s)
}

/// Text of an HTML fragment: its block texts, one per line.
pub fn fragment_text(html: &str) -> String {
    let Ok(dom) = tl::parse(html, tl::ParserOptions::default()) else {
        return String::new();
    };
    let parser = dom.parser();
    let mut out = String::new();
    fn walk(h: &tl::NodeHandle, p: &tl::Parser, out: &mut String, depth: usize) {
        if depth > 200 {
            return;
        }
        match h.get(p) {
            Some(tl::Node::Raw(b)) => out.push_str(&crate::html::decode_entities(&b.as_utf8_str())),
            Some(tl::Node::Tag(t)) => {
                let name = t.name().as_utf8_str().to_ascii_lowercase();
                if matches!(name.as_str(), "script" | "style" | "figcaption") {
                    return;
                }
                let block = matches!(
                    name.as_str(),
                    "p" | "div" | "br" | "li" | "h1" | "h2" | "h3" | "h4" | "blockquote"
                );
                if block {
                    out.push('\n');
                }
                for c in t.children().top().iter() {
                    walk(c, p, out, depth + 1);
                }
                if block {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
    for h in dom.children() {
        walk(h, parser, &mut out, 0);
    }
    out.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn child_text(tag: &tl::HTMLTag, p: &tl::Parser, names: &[&str]) -> Option<String> {
    let kids = tag.children();
    let kids = kids.top();
    for want in names {
        for (i, h) in kids.iter().enumerate() {
            if let Some(tl::Node::Tag(t)) = h.get(p) {
                // <link> is a void element to an HTML parser: its URL is the next text node
                if *want == "link"
                    && t.name().as_utf8_str().eq_ignore_ascii_case("link")
                    && t.attributes().get("href").flatten().is_none()
                {
                    if let Some(tl::Node::Raw(b)) = kids.get(i + 1).and_then(|n| n.get(p)) {
                        let u = b.as_utf8_str().trim().to_string();
                        if !u.is_empty() {
                            return Some(u);
                        }
                    }
                }
                if t.name().as_utf8_str().eq_ignore_ascii_case(want) {
                    let raw = t.inner_html(p);
                    let unescaped = if raw.contains("&lt;") {
                        crate::html::decode_entities(&raw)
                    } else {
                        raw
                    };
                    let text = if unescaped.contains('<') {
                        fragment_text(&unescaped)
                    } else {
                        crate::html::decode_entities(&unescaped)
                    };
                    let text = text.trim().to_string();
                    if !text.is_empty() {
                        return Some(text);
                    }
                    if *want == "link" {
                        if let Some(href) = t.attributes().get("href").flatten() {
                            return Some(href.as_utf8_str().to_string());
                        }
                    }
                }
            }
        }
    }
    None
}

/// Replaces CDATA sections by their escaped text, so an HTML parser keeps them whole.
fn escape_cdata(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(i) = rest.find("<![CDATA[") {
        out.push_str(&rest[..i]);
        let body = &rest[i + 9..];
        let end = body.find("]]>").unwrap_or(body.len());
        out.push_str(
            &body[..end]
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;"),
        );
        rest = body.get(end + 3..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// Reads every item of a feed.
pub fn documents(origin: &str, xml: &str, opts: &Options) -> Vec<Result<Document>> {
    let xml = escape_cdata(xml);
    let Ok(dom) = tl::parse(&xml, tl::ParserOptions::default()) else {
        return vec![Err(crate::Error::Format {
            origin: origin.to_string(),
            message: "not a feed".into(),
        })];
    };
    let p = dom.parser();
    let mut out = Vec::new();
    let mut n = 0;
    for node in dom.nodes() {
        let tl::Node::Tag(tag) = node else { continue };
        let name = tag.name().as_utf8_str().to_ascii_lowercase();
        if name != "item" && name != "entry" {
            continue;
        }
        n += 1;
        let item_origin = format!("{origin}#item{n}");
        let title = child_text(tag, p, &["title"]);
        let link = child_text(tag, p, &["link", "guid", "id"]);
        let date =
            child_text(tag, p, &["pubdate", "published", "dc:date", "updated"]).and_then(|d| parse_feed_date(&d));
        let body = child_text(tag, p, &["content:encoded", "content", "description", "summary"]);
        let Some(body) = body else {
            out.push(Err(crate::Error::Format {
                origin: item_origin,
                message: "item has no text".into(),
            }));
            continue;
        };
        let id = link
            .clone()
            .map(|l| l.trim_end_matches('/').rsplit('/').next().unwrap_or("").to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| format!("item{n}"));
        let (text, title_span, body_start) = match &title {
            Some(t) => (format!("{t}\n\n{body}"), Some(0..t.len()), t.len() + 2),
            None => (body, None, 0),
        };
        let (boilerplate, body_end) = crate::plain::boilerplate(&text, body_start);
        out.push(Ok(Document {
            id,
            origin: item_origin,
            title,
            title_span,
            published: date.or(opts.published),
            source: None,
            url: link,
            body: body_start..body_end.max(body_start),
            boilerplate,
            text,
            warnings: Vec::new(),
        }));
    }
    if out.is_empty() {
        out.push(Err(crate::Error::Format {
            origin: origin.to_string(),
            message: "feed has no items".into(),
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_and_atom() {
        let rss = r#"<?xml version="1.0"?><rss><channel><title>x</title>
<item><title>قصف على يبرود</title><link>https://e.x/news/123</link><pubDate>Sun, 05 Jan 2014 10:00:00 GMT</pubDate>
<description><![CDATA[<p>قصفت قوات النظام مدينة يبرود.</p><p>وقتل 3 مدنيين.</p>]]></description></item>
<item><title>ب</title><description>&lt;p&gt;نص ثان&lt;/p&gt;</description></item></channel></rss>"#;
        let docs: Vec<Document> = documents("f.xml", rss, &Options::default())
            .into_iter()
            .map(|d| d.unwrap())
            .collect();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "123");
        assert_eq!(docs[0].published.map(|d| d.to_string()).as_deref(), Some("2014-01-05"));
        assert_eq!(
            &docs[0].text[docs[0].body.clone()],
            "قصفت قوات النظام مدينة يبرود.\nوقتل 3 مدنيين."
        );
        assert_eq!(&docs[1].text[docs[1].body.clone()], "نص ثان");
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>ع</title><link href="https://e.x/a/7"/><published>2018-05-03T10:00:00Z</published><content type="html">&lt;p&gt;نص&lt;/p&gt;</content></entry></feed>"#;
        let d = documents("a.xml", atom, &Options::default()).remove(0).unwrap();
        assert_eq!(d.url.as_deref(), Some("https://e.x/a/7"));
        assert_eq!(d.published.map(|d| d.to_string()).as_deref(), Some("2018-05-03"));
    }
}
