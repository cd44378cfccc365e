//! The marsad knowledge base: places, actors, event triggers and cues, read
//! from plain TSV files in `data/` and compiled into one table of names over
//! normalised Arabic, looked up at word starts, once, at start-up.
//!
//! # Overview
//! - [`KnowledgeBase`]: everything, built by [`KnowledgeBase::embedded`] (the
//!   data compiled into the binary) or [`KnowledgeBase::load_dir`] (an
//!   analyst's extended copy). Immutable; share it behind an `Arc`.
//! - [`places::Gazetteer`], [`actors::ActorBook`], [`triggers::TriggerBook`],
//!   [`cues::CueBook`]: one concern each, each with a [`names::NameIndex`];
//!   [`KnowledgeBase::scan`] finds all their mentions in a text in one pass
//!   (one [`names::Scanner`] over all the books).
//! - Every malformed data line fails the load with `file:line` ([`Error`]).
//!
//! ```
//! let kb = marsad_kb::KnowledgeBase::embedded().unwrap();
//! let text = marsad_text::fold("قصفت قوات النظام مدينة يبرود");
//! let places = kb.scan(&text).places;
//! assert!(!places.is_empty());
//! ```
#![deny(missing_docs)]

pub mod actors;
pub mod cues;
mod error;
pub mod names;
pub mod places;
pub mod triggers;
mod tsv;

pub use error::{Error, Result};

use serde::Serialize;
use std::path::Path;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The data files compiled into this build: (path under `data/`, contents).
pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
    embedded::EMBEDDED
}

/// Everything marsad knows.
#[derive(Debug, Clone)]
pub struct KnowledgeBase {
    /// Gazetteer.
    pub places: places::Gazetteer,
    /// Actors.
    pub actors: actors::ActorBook,
    /// Triggers.
    pub triggers: triggers::TriggerBook,
    /// Cues.
    pub cues: cues::CueBook,
    /// One table over the names of all the books (triggers first: the split-phrase
    /// rescan asks for them alone).
    scanner: names::Scanner,
}

/// The name indices of every book in the order the one [`names::Scanner`] holds them, each
/// with the clitics its words may carry ([`KnowledgeBase::scan`] unpacks its matches in this
/// order; the triggers come first, so that they can be asked for alone).
fn books<'a>(
    triggers: &'a triggers::TriggerBook,
    cues: &'a cues::CueBook,
    actors: &'a actors::ActorBook,
    places: &'a places::Gazetteer,
) -> [(&'a names::NameIndex, names::Affixes); 6] {
    use names::Affixes;
    [
        (&triggers.index, Affixes::Words),
        (&cues.index, Affixes::Exact),
        (&cues.place_words, Affixes::Names),
        (&cues.quantity_words, Affixes::Words),
        (&actors.index, Affixes::Names),
        (&places.index, Affixes::Names),
    ]
}

/// Every knowledge-base mention in a text, by kind ([`KnowledgeBase::scan`]).
#[derive(Debug, Clone, Default)]
pub struct Mentions {
    /// Actor names.
    pub actors: Vec<names::NameMatch>,
    /// Place names.
    pub places: Vec<names::NameMatch>,
    /// Trigger words.
    pub triggers: Vec<names::NameMatch>,
    /// Modality, attribution and structure cues.
    pub cues: Vec<names::NameMatch>,
    /// Place words.
    pub place_words: Vec<names::NameMatch>,
    /// Quantity words.
    pub quantity_words: Vec<names::NameMatch>,
}

/// Counts for `marsad kb stats`.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// Places (all layers).
    pub places: usize,
    /// Actors.
    pub actors: usize,
    /// Actor aliases.
    pub aliases: usize,
    /// Trigger entries.
    pub triggers: usize,
    /// Modality, attribution and place-word cues.
    pub cues: usize,
    /// Places per layer.
    pub place_layers: std::collections::BTreeMap<String, usize>,
}

/// Which loader reads a data file, by its path under `data/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    Countries,
    Admin1,
    Geonames,
    Curated,
    Stoplist,
    Capitals,
    Actors,
    Triggers,
    Cues,
    Attribution,
    PlaceWords,
    QuantityWords,
    Anaphora,
    Nisba,
}

fn role(path: &str) -> Option<Role> {
    let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
    Some(match (dir, name) {
        ("places", "countries.tsv") => Role::Countries,
        ("places", n) if n.starts_with("admin1") && n.ends_with(".tsv") && !n.contains("sources") => Role::Admin1,
        ("places", "geonames.tsv") => Role::Geonames,
        ("places", n) if n.starts_with("curated") => Role::Curated,
        ("places", "stoplist.tsv") => Role::Stoplist,
        ("places", "capitals.tsv") => Role::Capitals,
        ("", n) if n.starts_with("actors") => Role::Actors,
        ("lexicon", n) if n.starts_with("triggers") => Role::Triggers,
        ("lexicon", n) if n.starts_with("cues") => Role::Cues,
        ("lexicon", n) if n.starts_with("attribution") => Role::Attribution,
        ("lexicon", n) if n.starts_with("place_words") => Role::PlaceWords,
        ("lexicon", n) if n.starts_with("quantity_words") => Role::QuantityWords,
        ("lexicon", n) if n.starts_with("anaphora") => Role::Anaphora,
        ("lexicon", n) if n.starts_with("nisba") => Role::Nisba,
        _ => return None,
    })
}

impl KnowledgeBase {
    /// Builds the knowledge base compiled into this binary.
    pub fn embedded() -> Result<Self> {
        Self::from_files(
            embedded::EMBEDDED
                .iter()
                .map(|(p, c)| (p.to_string(), std::borrow::Cow::Borrowed(*c))),
        )
    }

    /// Builds it from a data folder laid out like the repository's `data/`.
    pub fn load_dir(dir: &Path) -> Result<Self> {
        let mut files = Vec::new();
        walk(dir, dir, &mut files)?;
        Self::from_files(files.into_iter().map(|(p, c)| (p, std::borrow::Cow::Owned(c))))
    }

    fn from_files<'a>(files: impl Iterator<Item = (String, std::borrow::Cow<'a, str>)>) -> Result<Self> {
        let mut files: Vec<(Role, String, std::borrow::Cow<'a, str>)> =
            files.filter_map(|(p, c)| role(&p).map(|r| (r, p, c))).collect();
        // admin1 before GeoNames (its codes map GeoNames' admin1 to ISO)
        files.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        let mut g = places::GazetteerBuilder::new();
        let mut a = actors::ActorBookBuilder::default();
        let mut t = triggers::TriggerBookBuilder::default();
        let mut c = cues::CueBookBuilder::default();
        for (r, path, content) in &files {
            let (p, s) = (path.as_str(), content.as_ref());
            match r {
                Role::Countries => g.countries(p, s)?,
                Role::Admin1 => g.admin1(p, s)?,
                Role::Geonames => g.geonames(p, s)?,
                Role::Curated => g.curated(p, s)?,
                Role::Stoplist => g.stoplist(p, s)?,
                Role::Capitals => g.capitals(p, s)?,
                Role::Actors => a.load(p, s)?,
                Role::Triggers => t.load(p, s)?,
                Role::Cues => c.modality(p, s)?,
                Role::Attribution => c.attribution(p, s)?,
                Role::PlaceWords => c.place_words(p, s)?,
                Role::QuantityWords => c.quantity_words(p, s)?,
                Role::Anaphora => c.anaphora(p, s)?,
                Role::Nisba => c.nisba(p, s)?,
            }
        }
        let (places, actors, triggers, cues) = (g.build()?, a.build()?, t.build()?, c.build()?);
        // one table over every name, looked up once per word start for all of them
        let scanner = names::Scanner::new(&books(&triggers, &cues, &actors, &places).map(|(ix, _)| ix), "name")?;
        Ok(KnowledgeBase {
            scanner,
            places,
            actors,
            triggers,
            cues,
        })
    }

    /// Every mention of the knowledge base in `text` (a normalised text), each kind with
    /// the clitics its words may carry; one pass over the text.
    pub fn scan(&self, text: &str) -> Mentions {
        let found = self
            .scanner
            .find(&books(&self.triggers, &self.cues, &self.actors, &self.places), text);
        let mut f = found.into_iter();
        let mut next = || f.next().unwrap_or_default();
        Mentions {
            triggers: next(),
            cues: next(),
            place_words: next(),
            quantity_words: next(),
            actors: next(),
            places: next(),
        }
    }

    /// Trigger phrases that a quotation mark splits (`من "القضاء على`, `إطلاق "النار"`), in a
    /// normalised text (every quotation mark written '"'): around each mark that stands
    /// between two words, the three words on each side are scanned with the mark left out,
    /// and the matches that run over it are returned with offsets in `text`.
    pub fn scan_split_phrases(&self, text: &str) -> Vec<names::NameMatch> {
        const WORDS: usize = 3;
        let b = text.as_bytes();
        let mut out: Vec<names::NameMatch> = Vec::new();
        let mut window = String::new();
        for (q, _) in text.match_indices('"') {
            // a mark between two words: a space on one side, a letter on the other
            let before = text[..q].chars().next_back();
            let after = text[q + 1..].chars().next();
            let letter = |c: Option<char>| c.is_some_and(marsad_text::token::is_word_char);
            let space = |c: Option<char>| c == Some(' ');
            if !((space(before) && letter(after)) || (letter(before) && space(after))) {
                continue;
            }
            // WORDS words back and forth (spaces counted; never past a line end)
            let mut start = q;
            let mut spaces = 0;
            while start > 0 && b[start - 1] != b'\n' {
                if b[start - 1] == b' ' {
                    spaces += 1;
                    if spaces > WORDS {
                        break;
                    }
                }
                start -= 1;
            }
            let mut end = q + 1;
            spaces = 0;
            while end < b.len() && b[end] != b'\n' {
                if b[end] == b' ' {
                    spaces += 1;
                    if spaces > WORDS {
                        break;
                    }
                }
                end += 1;
            }
            window.clear();
            window.push_str(&text[start..q]);
            window.push_str(&text[q + 1..end]);
            let cut = q - start;
            let back = |x: u32| {
                let x = x as usize;
                (start + if x >= cut { x + 1 } else { x }) as u32
            };
            // (the triggers alone: the first of the books)
            let found = self.scanner.find(
                &books(&self.triggers, &self.cues, &self.actors, &self.places)[..1],
                &window,
            );
            for m in found.into_iter().next().unwrap_or_default() {
                if (m.start as usize) < cut && (m.end as usize) > cut {
                    out.push(names::NameMatch {
                        pattern: m.pattern,
                        start: back(m.start),
                        end: back(m.end),
                        word_start: back(m.word_start),
                        word_end: back(m.word_end),
                    });
                }
            }
        }
        out
    }

    /// Counts of what is loaded.
    pub fn stats(&self) -> Stats {
        let mut layers = std::collections::BTreeMap::new();
        for p in &self.places.places {
            let layer = match p.kind {
                places::PlaceKind::Country => "countries",
                places::PlaceKind::Admin1 => "admin1",
                _ if p.id.starts_with("geonames:") => "geonames",
                _ => "curated",
            };
            *layers.entry(layer.to_string()).or_insert(0) += 1;
        }
        Stats {
            places: self.places.places.len(),
            actors: self.actors.actors.len(),
            aliases: self.actors.alias_count(),
            triggers: self.triggers.triggers.len(),
            cues: self.cues.cues.len(),
            place_layers: layers,
        }
    }
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) -> Result<()> {
    let io = |e, p: &Path| Error::Io {
        path: p.display().to_string(),
        source: e,
    };
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| io(e, dir))?
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(root, &p, out)?;
        } else if p.extension().is_some_and(|e| e == "tsv") {
            let content = std::fs::read_to_string(&p).map_err(|e| io(e, &p))?;
            let rel = p.strip_prefix(root).unwrap_or(&p).to_string_lossy().replace('\\', "/");
            out.push((rel, content));
        }
    }
    Ok(())
}
