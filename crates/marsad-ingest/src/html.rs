//! HTML pages: main text and metadata.
//!
//! The page is parsed with `tl` (tolerant, fast). Text is cut into blocks at
//! block-level elements; scripts, styles, forms, navigation, headers and
//! footers, asides, figures and elements whose class or id names a widget
//! (share, comment, related, most-read, breadcrumb, tags, ads, ...) never
//! give text. Each block with enough text and few links scores its parent
//! (and half its grandparent), as readability does; the best container's
//! blocks, and those of its siblings under the same parent that read like
//! article text, are the body. The title comes from `og:title`, the first
//! `h1`, or `<title>`; the publication date from JSON-LD `datePublished`,
//! `article:published_time`-style meta, `<time datetime>`, the URL, then a
//! date written on the page; the source from `og:site_name` or the domain.
//!
//! The document text is the title, a blank line, then the body paragraphs
//! one per line: offsets in records index into it.

use crate::Result;
use marsad_extract::Document;
use std::collections::HashMap;

const SKIP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "iframe",
    "svg",
    "button",
    "select",
    "option",
    "textarea",
    "figure",
    "figcaption",
    "template",
    "menu",
    "label",
    "input",
    "object",
    "video",
    "audio",
];
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "td",
    "tr",
    "table",
    "dd",
    "dt",
    "dl",
    "br",
    "hr",
    "center",
];
/// Class/id tokens of widgets (a class or id is cut at every non-alphanumeric
/// character; a token equal to one of these marks a widget).
const NEGATIVE: &[&str] = &[
    "comment",
    "comments",
    "share",
    "sharing",
    "shares",
    "social",
    "related",
    "footer",
    "sidebar",
    "widget",
    "widgets",
    "breadcrumb",
    "breadcrumbs",
    "newsletter",
    "advert",
    "advertisement",
    "ads",
    "ad",
    "adv",
    "promo",
    "mostread",
    "popular",
    "readmore",
    "banner",
    "subscribe",
    "copyright",
    "caption",
    "ticker",
    "trending",
    "navbar",
    "nav",
    "menu",
    "keywords",
    "tags",
    "tag",
    "print",
    "rating",
    "follow",
    "whatsapp",
    "facebook",
    "twitter",
    "telegram",
    "recommended",
    "login",
    "cookie",
    "modal",
    "popup",
    "sponsor",
    "sponsored",
    "outbrain",
    "taboola",
    "disqus",
    "pagination",
    "breaking",
    "latest",
    "more",
    "also",
    "morenews",
    "relatednews",
    "tools",
    "toolbar",
    "aside",
];
/// Class/id spellings of widgets that span tokens (matched as substrings).
const NEGATIVE_JOINED: &[&str] = &[
    "most-read",
    "most_read",
    "read-more",
    "read_more",
    "more-news",
    "d-none",
    "display-none",
    "related-",
];
/// Class/id words of article bodies.
/// Class/id parts of the article's lead or summary, often a sibling of the body container.
const LEAD: &[&str] = &["lead", "summary", "excerpt", "standfirst", "intro", "abstract"];
const POSITIVE: &[&str] = &[
    "article",
    "content",
    "body",
    "entry",
    "story",
    "text",
    "post",
    "details",
    "news-text",
    "main",
];

/// Text size above which a navigation-like element is taken to have swallowed the page.
const SWALLOWED_BYTES: usize = 8000;

/// Deepest element visited (unclosed tags nest pages deeply; the walk is recursive).
const MAX_DEPTH: usize = 3000;

#[derive(Debug, Clone)]
struct Block {
    text: String,
    link_chars: usize,
    /// Element ids from the root to the block's container.
    path: Vec<usize>,
    heading: bool,
}

struct Walker<'a> {
    parser: &'a tl::Parser<'a>,
    blocks: Vec<Block>,
    cur: String,
    cur_links: usize,
    path: Vec<usize>,
    next_id: usize,
    weight: HashMap<usize, i32>,
    meta: Meta,
    in_title: bool,
    first_h1: Option<String>,
    /// Elements marked as the article's lead or summary ("b-article__lead", itemprop=description).
    leads: std::collections::HashSet<usize>,
}

#[derive(Default, Debug)]
struct Meta {
    og_title: Option<String>,
    headline: Option<String>,
    title_tag: Option<String>,
    site_name: Option<String>,
    canonical: Option<String>,
    lang: Option<String>,
    dates: Vec<(u8, String)>,
}

fn attr(tag: &tl::HTMLTag, name: &str) -> Option<String> {
    tag.attributes()
        .get(name)
        .flatten()
        .map(|b| decode_entities(&b.as_utf8_str()))
}

fn is_negative(class_id: &str) -> bool {
    let l = class_id.to_ascii_lowercase();
    // "hidden" marks a widget only as a whole class name ("field-label-hidden" is a Drupal label style)
    if l.split_whitespace()
        .any(|c| matches!(c, "hidden" | "hide" | "d-none" | "visually-hidden" | "sr-only"))
    {
        return true;
    }
    // "no-share", "noads": a class that switches a widget off is not the widget
    let toks: Vec<&str> = l.split(|c: char| !c.is_ascii_alphanumeric()).collect();
    NEGATIVE_JOINED.iter().any(|n| l.contains(n))
        || toks
            .iter()
            .enumerate()
            .any(|(k, t)| NEGATIVE.contains(t) && !(k > 0 && matches!(toks[k - 1], "no" | "without")))
}

/// Decodes HTML character references.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.as_bytes()[..rest.len().min(12)].iter().position(|b| *b == b';');
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = if let Some(num) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(num, 16).ok().and_then(char::from_u32)
            } else if let Some(num) = name.strip_prefix('#') {
                num.parse::<u32>().ok().and_then(char::from_u32)
            } else {
                match name {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "nbsp" => Some('\u{a0}'),
                    "laquo" => Some('«'),
                    "raquo" => Some('»'),
                    "ndash" => Some('–'),
                    "mdash" => Some('—'),
                    "hellip" => Some('…'),
                    "rlm" => Some('\u{200f}'),
                    "lrm" => Some('\u{200e}'),
                    "zwnj" => Some('\u{200c}'),
                    "zwj" => Some('\u{200d}'),
                    _ => None,
                }
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, n)) => {
                out.push(c);
                rest = &rest[n..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl<'a> Walker<'a> {
    fn flush(&mut self) {
        let text = collapse(&self.cur);
        if !text.is_empty() {
            self.blocks.push(Block {
                text,
                link_chars: self.cur_links,
                path: self.path.clone(),
                heading: false,
            });
        }
        self.cur.clear();
        self.cur_links = 0;
    }

    fn visit(&mut self, h: &tl::NodeHandle, depth: usize, in_link: bool) {
        if depth > MAX_DEPTH {
            return;
        }
        let Some(node) = h.get(self.parser) else { return };
        match node {
            tl::Node::Raw(b) => {
                let t = decode_entities(&b.as_utf8_str());
                if self.in_title {
                    self.meta.title_tag.get_or_insert_with(|| collapse(&t));
                    return;
                }
                if in_link {
                    self.cur_links += t.trim().chars().count();
                }
                self.cur.push_str(&t);
            }
            tl::Node::Comment(_) => {}
            tl::Node::Tag(tag) => {
                let name = tag.name().as_utf8_str().to_ascii_lowercase();
                self.meta_of(tag, &name);
                if name == "title" {
                    self.in_title = true;
                    for c in tag.children().top().iter() {
                        self.visit(c, depth + 1, in_link);
                    }
                    self.in_title = false;
                    return;
                }
                if name == "script" && attr(tag, "type").is_some_and(|t| t.contains("ld+json")) {
                    let raw = tag.inner_text(self.parser);
                    self.json_ld(&raw);
                    return;
                }
                if name == "h1" && self.first_h1.is_none() {
                    let t = collapse(&decode_entities(&tag.inner_text(self.parser)));
                    if !t.is_empty() {
                        self.first_h1 = Some(t);
                    }
                }
                if SKIP_TAGS.contains(&name.as_str()) {
                    // a navigation or header block holding pages of text swallowed the
                    // article through an unclosed tag: walk it instead of dropping it
                    let swallowed = matches!(name.as_str(), "nav" | "header" | "footer" | "aside")
                        && tag.inner_text(self.parser).len() > SWALLOWED_BYTES;
                    if !swallowed {
                        return;
                    }
                }
                let class_id = format!(
                    "{} {}",
                    attr(tag, "class").unwrap_or_default(),
                    attr(tag, "id").unwrap_or_default()
                );
                let style = attr(tag, "style").unwrap_or_default().replace(' ', "");
                let widget = is_negative(&class_id) || style.contains("display:none") || attr(tag, "hidden").is_some();
                // ...unless it holds pages of text: then an unclosed tag made it swallow the article
                if widget && tag.inner_text(self.parser).len() <= SWALLOWED_BYTES {
                    // a widget: no text, but keep the block boundary
                    if BLOCK_TAGS.contains(&name.as_str()) {
                        self.flush();
                    }
                    return;
                }
                let block = BLOCK_TAGS.contains(&name.as_str());
                if block {
                    self.flush();
                    let id = self.next_id;
                    self.next_id += 1;
                    let l = class_id.to_ascii_lowercase();
                    if POSITIVE.iter().any(|p| l.contains(p)) {
                        *self.weight.entry(id).or_default() += 25;
                    }
                    let itemprop = attr(tag, "itemprop").unwrap_or_default().to_ascii_lowercase();
                    if LEAD.iter().any(|p| l.contains(p)) || matches!(itemprop.as_str(), "description" | "abstract") {
                        self.leads.insert(id);
                    }
                    self.path.push(id);
                }
                let link = in_link || name == "a";
                for c in tag.children().top().iter() {
                    self.visit(c, depth + 1, link);
                }
                if block {
                    self.flush();
                    if name.starts_with('h') && name.len() == 2 {
                        if let Some(b) = self.blocks.last_mut() {
                            if b.path.len() == self.path.len() && b.path.last() == self.path.last() {
                                b.heading = true;
                            }
                        }
                    }
                    self.path.pop();
                } else if name == "br" {
                    self.cur.push('\n');
                }
            }
        }
    }

    fn meta_of(&mut self, tag: &tl::HTMLTag, name: &str) {
        match name {
            "meta" => {
                let key = attr(tag, "property")
                    .or_else(|| attr(tag, "name"))
                    .or_else(|| attr(tag, "itemprop"))
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                let Some(content) = attr(tag, "content") else { return };
                match key.as_str() {
                    "og:title" | "twitter:title" => {
                        self.meta.og_title.get_or_insert(collapse(&content));
                    }
                    "og:site_name" => {
                        self.meta.site_name.get_or_insert(collapse(&content));
                    }
                    "og:url" => {
                        self.meta.canonical.get_or_insert(content);
                    }
                    "article:published_time"
                    | "datepublished"
                    | "pubdate"
                    | "publishdate"
                    | "publish-date"
                    | "og:published_time"
                    | "date"
                    | "dc.date"
                    | "dc.date.issued"
                    | "sailthru.date"
                    | "parsely-pub-date"
                    | "article.published" => {
                        self.meta.dates.push((2, content));
                    }
                    "datecreated" | "article:modified_time" | "og:updated_time" | "datemodified" | "lastmod" => {
                        self.meta.dates.push((4, content));
                    }
                    _ => {}
                }
                if attr(tag, "itemprop").is_some_and(|i| i.eq_ignore_ascii_case("datePublished")) {
                    self.meta.dates.push((2, attr(tag, "content").unwrap_or_default()));
                }
            }
            "link" if attr(tag, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                if let Some(h) = attr(tag, "href") {
                    self.meta.canonical = Some(h);
                }
            }
            "html" => {
                self.meta.lang = attr(tag, "lang");
            }
            "time" => {
                if let Some(d) = attr(tag, "datetime") {
                    self.meta.dates.push((3, d));
                }
            }
            _ => {}
        }
    }

    fn json_ld(&mut self, raw: &str) {
        // "datePublished": "2020-12-25T01:59:50+02:00" — a textual scan keeps
        // malformed JSON-LD (common) usable
        let mut rest = raw;
        while let Some(i) = rest.find("datePublished") {
            rest = &rest[i + "datePublished".len()..];
            let v = rest.trim_start_matches(|c: char| c == '"' || c == ':' || c.is_whitespace());
            let end = v.find('"').unwrap_or(0);
            if end > 0 {
                self.meta.dates.push((1, v[..end].to_string()));
            }
        }
        if self.meta.headline.is_none() {
            if let Some(i) = raw.find("\"headline\"") {
                let v = raw[i + 10..].trim_start_matches(|c: char| c == ':' || c.is_whitespace());
                if let Some(v) = v.strip_prefix('"') {
                    // the string literal up to its closing quote, JSON escapes (\u0627) decoded
                    let mut end = 0;
                    let b = v.as_bytes();
                    while end < b.len() && b[end] != b'"' {
                        end += if b[end] == b'\\' { 2 } else { 1 };
                    }
                    let lit = format!("\"{}\"", v.get(..end.min(v.len())).unwrap_or(""));
                    if let Ok(t) = serde_json::from_str::<String>(&lit) {
                        self.meta.headline = Some(decode_entities(&t));
                    }
                }
            }
        }
    }
}

/// Parses a date-ish string: ISO `2020-06-03T...`, `2020/06/03`, `03-06-2020`,
/// `24-04-2020`, or Arabic text ("الأربعاء، 07 أكتوبر 2020").
pub fn parse_any_date(s: &str) -> Option<chrono::NaiveDate> {
    let s = s.trim();
    let nums: Vec<u32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .take(3)
        .filter_map(|p| p.parse().ok())
        .collect();
    if nums.len() == 3 {
        let (a, b, c) = (nums[0], nums[1], nums[2]);
        let ymd = if a > 1900 {
            (a, b, c)
        } else if c > 1900 {
            (c, b, a)
        } else {
            (0, 0, 0)
        };
        if let Some(d) = chrono::NaiveDate::from_ymd_opt(ymd.0 as i32, ymd.1, ymd.2) {
            return Some(d);
        }
    }
    // Arabic month names: resolve with an explicit year only
    let n = marsad_text::Normalized::new(s);
    let toks = marsad_text::tokenize(n.as_str());
    let far = chrono::NaiveDate::from_ymd_opt(2100, 1, 1)?;
    marsad_text::dates::find_dates(n.as_str(), &toks, 0..toks.len(), far)
        .into_iter()
        .find(|d| {
            d.precision == 1
                && (n.as_str()[d.span.clone()])
                    .chars()
                    .filter(|c| c.is_ascii_digit())
                    .count()
                    >= 5
        })
        .map(|d| d.date)
}

/// A document id from a URL: its last path segment (or "page").
pub fn url_id(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or(url).trim_end_matches('/');
    let last = path.rsplit('/').next().unwrap_or(path);
    let last = last
        .strip_suffix(".html")
        .or_else(|| last.strip_suffix(".htm"))
        .unwrap_or(last);
    if last.is_empty() {
        "page".to_string()
    } else {
        last.to_string()
    }
}

fn url_date(url: &str) -> Option<chrono::NaiveDate> {
    // /2020/8/24/ or /2020-06-03
    let parts: Vec<&str> = url.split(['/', '-', '_', '.']).collect();
    for w in parts.windows(3) {
        if let (Ok(y), Ok(m), Ok(d)) = (w[0].parse::<i32>(), w[1].parse::<u32>(), w[2].parse::<u32>()) {
            if (1995..=2100).contains(&y) {
                if let Some(date) = chrono::NaiveDate::from_ymd_opt(y, m, d) {
                    return Some(date);
                }
            }
        }
    }
    None
}

/// Removes comments and the raw-text elements (`script`, `style`,
/// `noscript`, `template`) before parsing: their content confuses a tolerant
/// parser (a "<" in a script swallows the page). JSON-LD blocks are returned.
fn strip_raw(html: &str) -> (String, Vec<String>) {
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len());
    let mut json_ld = Vec::new();
    let mut i = 0;
    while i < html.len() {
        let Some(rel) = lower[i..].find('<') else {
            out.push_str(&html[i..]);
            break;
        };
        let at = i + rel;
        out.push_str(&html[i..at]);
        let rest = &lower[at..];
        if rest.starts_with("<!--") {
            i = lower[at + 4..].find("-->").map_or(html.len(), |e| at + 4 + e + 3);
            continue;
        }
        let raw_tag = ["script", "style", "noscript", "template"].into_iter().find(|t| {
            rest[1..].starts_with(t)
                && rest
                    .as_bytes()
                    .get(1 + t.len())
                    .is_some_and(|b| *b == b'>' || b.is_ascii_whitespace())
        });
        if let Some(t) = raw_tag {
            let open_end = lower[at..].find('>').map_or(html.len(), |e| at + e + 1);
            let close = format!("</{t}");
            let close_at = lower[open_end..].find(&close).map_or(html.len(), |e| open_end + e);
            if t == "script" && lower[at..open_end].contains("ld+json") {
                json_ld.push(html[open_end..close_at].to_string());
            }
            i = lower[close_at..].find('>').map_or(html.len(), |e| close_at + e + 1);
            continue;
        }
        if rest.as_bytes().get(1).is_some_and(u8::is_ascii_alphabetic) {
            i = copy_start_tag(html, at, &mut out);
            continue;
        }
        out.push('<');
        i = at + 1;
    }
    (out, json_ld)
}

/// Copies the start tag at `at` to `out`, quoting unquoted attribute values
/// (`src=https://x/y.png`): a tolerant parser reads the "/" in them as the end
/// of a self-closing tag and spills the rest of the tag, or the page, as text.
/// Returns the index after the tag.
fn copy_start_tag(html: &str, at: usize, out: &mut String) -> usize {
    let b = html.as_bytes();
    let mut i = at;
    while i < b.len() {
        match b[i] {
            b'>' => {
                out.push('>');
                return i + 1;
            }
            q @ (b'"' | b'\'') => {
                let end = html[i + 1..].find(q as char).map_or(html.len(), |e| i + 1 + e + 1);
                out.push_str(&html[i..end]);
                i = end;
            }
            b'=' => {
                out.push('=');
                i += 1;
                while i < b.len() && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i < b.len() && !matches!(b[i], b'"' | b'\'' | b'>') {
                    let end = html[i..]
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .map_or(html.len(), |e| i + e);
                    let value = &html[i..end];
                    if value.contains(['/', '=', '<', '`']) {
                        out.push('"');
                        out.push_str(&value.replace('"', "&quot;"));
                        out.push('"');
                    } else {
                        out.push_str(value);
                    }
                    i = end;
                }
            }
            _ => {
                // copy up to the next byte that matters (ASCII, so a char boundary)
                let end = html[i..].find(['>', '"', '\'', '=']).map_or(html.len(), |e| i + e);
                let end = end.max(i + 1);
                let end = (end..=html.len())
                    .find(|&e| html.is_char_boundary(e))
                    .unwrap_or(html.len());
                out.push_str(&html[i..end]);
                i = end;
            }
        }
    }
    i
}

/// Metadata and main text of a page.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// Title.
    pub title: Option<String>,
    /// Body paragraphs.
    pub paragraphs: Vec<String>,
    /// Publication date.
    pub published: Option<chrono::NaiveDate>,
    /// Outlet.
    pub source: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Language.
    pub lang: Option<String>,
}

/// Extracts the page's main text and metadata.
pub fn extract(html: &str, url_hint: Option<&str>) -> Page {
    let (clean, json_ld) = strip_raw(html);
    let Ok(dom) = tl::parse(&clean, tl::ParserOptions::default()) else {
        return Page::default();
    };
    let parser = dom.parser();
    let mut w = Walker {
        parser,
        blocks: Vec::new(),
        cur: String::new(),
        cur_links: 0,
        path: Vec::new(),
        next_id: 0,
        weight: HashMap::new(),
        meta: Meta::default(),
        in_title: false,
        first_h1: None,
        leads: Default::default(),
    };
    for j in &json_ld {
        w.json_ld(j);
    }
    for h in dom.children() {
        w.visit(h, 0, false);
    }
    w.flush();
    // the page's own headline (h1) when it agrees with the social title (which often
    // carries the site name or quotes), else the social title, the JSON-LD headline, <title>
    let words = |t: &str| {
        t.split_whitespace()
            .map(str::to_string)
            .collect::<std::collections::HashSet<_>>()
    };
    let agrees = |a: &str, b: &str| {
        let (x, y) = (words(a), words(b));
        !x.is_empty() && x.intersection(&y).count() * 2 >= x.len().max(1)
    };
    let social = w
        .meta
        .og_title
        .clone()
        .or(w.meta.headline.clone())
        .or(w.meta.title_tag.clone());
    let title = match (&w.first_h1, &social) {
        (Some(h), Some(s)) if agrees(h, s) => Some(h.clone()),
        (_, Some(s)) => Some(s.clone()),
        (h, None) => h.clone(),
    }
    .map(|t| collapse(&t));

    // score containers
    let mut score: HashMap<usize, f64> = HashMap::new();
    let arabic = |t: &str| t.chars().filter(|c| ('\u{0600}'..='\u{06FF}').contains(c)).count();
    for b in &w.blocks {
        let len = b.text.chars().count();
        let ld = b.link_chars as f64 / len.max(1) as f64;
        if len < 40 || ld > 0.4 {
            continue;
        }
        let s = 1.0
            + b.text.matches(['،', ',', '.']).count() as f64
            + (len as f64 / 80.0).min(4.0)
            + if arabic(&b.text) * 2 > len { 1.0 } else { 0.0 };
        if let Some(&p) = b.path.last() {
            *score.entry(p).or_default() += s;
        }
        if b.path.len() >= 2 {
            *score.entry(b.path[b.path.len() - 2]).or_default() += s / 2.0;
        }
    }
    for (id, wt) in &w.weight {
        if let Some(s) = score.get_mut(id) {
            *s += f64::from(*wt) / 5.0;
        }
    }
    let best = score
        .iter()
        .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(id, _)| *id);
    let mut paragraphs = Vec::new();
    if let Some(mut best) = best {
        // a paragraph element (a block holding no other block) is not a container:
        // start from the element that holds it ("<div id=articleBody><p>lead</p><p>...")
        let leaf = w
            .blocks
            .iter()
            .filter(|b| b.path.contains(&best))
            .all(|b| b.path.last() == Some(&best));
        if leaf {
            if let Some(up) = w.blocks.iter().find(|b| b.path.last() == Some(&best)).and_then(|b| {
                let n = b.path.len();
                (n >= 2).then(|| b.path[n - 2])
            }) {
                best = up;
            }
        }
        // the best container, or its parent when the text is spread over siblings
        let parent = w.blocks.iter().find(|b| b.path.contains(&best)).and_then(|b| {
            let i = b.path.iter().position(|x| *x == best)?;
            (i > 0).then(|| b.path[i - 1])
        });
        let parent_score = parent.and_then(|p| score.get(&p)).copied().unwrap_or(0.0);
        let root = match parent {
            Some(p) if parent_score > score.get(&best).copied().unwrap_or(0.0) * 1.2 => p,
            _ => best,
        };
        // the lead or summary just before the body container: a sibling of it or of one
        // of its two nearest ancestors
        let ancestors: Vec<usize> = w
            .blocks
            .iter()
            .find(|b| b.path.contains(&root))
            .and_then(|b| {
                let i = b.path.iter().position(|x| *x == root)?;
                Some(b.path[i.saturating_sub(3)..i].to_vec())
            })
            .unwrap_or_default();
        let lead_sibling = |b: &Block| {
            ancestors.iter().any(|p| {
                b.path
                    .iter()
                    .position(|x| x == p)
                    .and_then(|i| b.path.get(i + 1))
                    .is_some_and(|el| *el < root && w.leads.contains(el) && !b.path.contains(&root))
            })
        };
        for b in &w.blocks {
            if !b.path.contains(&root) && !lead_sibling(b) {
                continue;
            }
            let len = b.text.chars().count();
            let ld = b.link_chars as f64 / len.max(1) as f64;
            let words = b.text.split_whitespace().count();
            let keep = if b.heading {
                ld < 0.5 && words >= 2
            } else {
                ld < 0.35 && (words >= 5 || (words >= 2 && b.text.ends_with(['.', ':', '؟'])))
            };
            if keep && Some(&b.text) != title.as_ref() {
                paragraphs.push(b.text.clone());
            }
        }
    }
    let url = w.meta.canonical.clone().or(url_hint.map(str::to_string));
    let mut dates = w.meta.dates.clone();
    dates.sort_by_key(|d| d.0);
    let published = dates
        .iter()
        .find_map(|(_, d)| parse_any_date(d))
        .or_else(|| url.as_deref().and_then(url_date))
        .or_else(|| url_hint.and_then(url_date))
        .or_else(|| {
            // a date written on the page (first of dd-mm-yyyy / yyyy-mm-dd / Arabic)
            let text: String = w
                .blocks
                .iter()
                .take(400)
                .map(|b| b.text.as_str())
                .collect::<Vec<_>>()
                .join("\n");
            page_date(&text).or_else(|| page_date(html))
        });
    let source = w.meta.site_name.clone().or_else(|| {
        let u = url.as_deref()?;
        let host = u.split("//").nth(1)?.split('/').next()?;
        Some(host.trim_start_matches("www.").to_string())
    });
    Page {
        title,
        paragraphs,
        published,
        source,
        url,
        lang: w.meta.lang.clone(),
    }
}

fn page_date(text: &str) -> Option<chrono::NaiveDate> {
    let b = text.as_bytes();
    let mut i = 0;
    while i + 10 <= b.len() {
        if b[i].is_ascii_digit() {
            let end = (i + 10).min(b.len());
            if let Some(s) = text.get(i..end) {
                let ok = s.bytes().filter(u8::is_ascii_digit).count() == 8
                    && s.bytes().filter(|c| matches!(c, b'-' | b'/' | b'.')).count() == 2;
                if ok && (i == 0 || !b[i - 1].is_ascii_digit()) {
                    if let Some(d) = parse_any_date(s) {
                        return Some(d);
                    }
                }
            }
        }
        i += 1;
    }
    None
}

/// Builds a document from a page's bytes.
pub fn document(
    origin: &str,
    id: &str,
    bytes: &[u8],
    transport: Option<&'static encoding_rs::Encoding>,
    url: Option<&str>,
    opts: &crate::Options,
) -> Result<Document> {
    let dec = crate::encoding::decode(bytes, transport, true);
    let page = extract(&dec.text, url);
    let mut text = String::new();
    let mut doc = Document {
        id: id.to_string(),
        origin: origin.to_string(),
        ..Default::default()
    };
    if let Some(t) = &page.title {
        text.push_str(t);
        doc.title_span = Some(0..t.len());
        text.push_str("\n\n");
    }
    let body_start = text.len();
    text.push_str(&page.paragraphs.join("\n"));
    let (boilerplate, body_end) = crate::plain::boilerplate(&text, body_start);
    doc.body = body_start..body_end.max(body_start);
    doc.boilerplate = boilerplate;
    doc.text = text;
    doc.title = page.title;
    doc.published = page.published.or(opts.published);
    doc.source = page.source;
    doc.url = page.url;
    if dec.mojibake {
        doc.warnings.push(format!(
            "text looks like mojibake (decoded as {} by {})",
            dec.encoding, dec.how
        ));
    }
    if dec.had_errors {
        doc.warnings
            .push(format!("malformed {} sequences replaced", dec.encoding));
    }
    if page.paragraphs.is_empty() {
        doc.warnings.push("no article text found".to_string());
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a &amp; b &#1581;&#x644;&#1576; &nbsp;&bogus; &"),
            "a & b حلب \u{a0}&bogus; &"
        );
    }

    #[test]
    fn unquoted_attributes_lead_siblings_and_no_share() {
        // an unquoted src with slashes, a body class that switches sharing off, a short first
        // paragraph before a long one, and the lead in a sibling of the body container
        let html = r#"<html><body><div class=post><div class="b-article__lead"><p>أعلنت وزارة الصحة اليوم تسجيل ثلاثين حالة جديدة في البلاد.</p></div>
<div class="entry-content no-share"><img width=750 src=https://example.com/wp/img/a.png class="lazy"><div id="articleBody"><p>شهد الوزير توقيع العقد مع الجامعة اليوم في القاهرة.</p>
<p>وكان الوزير قد التقى وفدا من الأساتذة، حيث تم عرض ملخص عام، وجرى بحث المراحل التالية، ووضع خطة للاستكشاف، وسد الفجوات في البيانات المتاحة، وبناء القدرات للمهندسين والجيولوجيين، هذا بالإضافة إلى ملامح المرحلة الثانية من الدراسة، ومواعيد التنفيذ، والتكاليف المتوقعة.</p></div></div></div>
<div class="related"><a href="/x">خبر آخر لا علاقة له بالموضوع المنشور هنا</a></div></body></html>"#;
        let p = extract(html, None);
        let all = p.paragraphs.join("\n");
        assert!(!all.contains("example.com"), "{all}");
        assert!(all.contains("أعلنت وزارة الصحة"), "{all}");
        assert!(all.contains("شهد الوزير توقيع العقد"), "{all}");
        assert!(all.contains("وكان الوزير قد التقى"), "{all}");
        assert!(!all.contains("خبر آخر"), "{all}");
    }

    #[test]
    fn main_text_and_metadata() {
        let html = r#"<html lang="ar"><head><title>t</title>
<meta property="og:title" content="قصف على يبرود">
<meta property="article:published_time" content="2014-01-05T10:00:00Z">
<meta property="og:site_name" content="الجزيرة"></head><body>
<nav><a href="/">الرئيسية</a> <a href="/s">سياسة</a></nav>
<div class="article-body"><p>قصفت قوات النظام السوري أحياء في مدينة يبرود بريف دمشق، وفق ما أفاد ناشطون.</p>
<p>وقالت كتائب المعارضة المسلحة إنها سيطرت على عدد من الأبنية المحيطة بحاجز طعمة.</p>
<div class="share-tools">شارك على فيسبوك وتويتر الآن</div></div>
<div class="related"><a href="/x">اشتباكات عنيفة في حلب بين المعارضة والنظام السوري</a></div>
<footer>جميع الحقوق محفوظة للجزيرة 2014</footer></body></html>"#;
        let p = extract(html, None);
        assert_eq!(p.title.as_deref(), Some("قصف على يبرود"));
        assert_eq!(p.published.map(|d| d.to_string()).as_deref(), Some("2014-01-05"));
        assert_eq!(p.source.as_deref(), Some("الجزيرة"));
        assert_eq!(p.paragraphs.len(), 2, "{:?}", p.paragraphs);
        assert!(p.paragraphs[0].starts_with("قصفت قوات النظام"));
    }

    #[test]
    fn dates_in_many_forms() {
        for (s, want) in [
            ("2020-06-03T03:01+0400", "2020-06-03"),
            ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "2020-10-07"),
            ("24-04-2020", "2020-04-24"),
            ("2020/8/24", "2020-08-24"),
        ] {
            assert_eq!(parse_any_date(s).map(|d| d.to_string()).as_deref(), Some(want), "{s}");
        }
        assert_eq!(
            url_date("https://www.youm7.com/story/2020/8/24/x")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2020-08-24")
        );
    }
}
