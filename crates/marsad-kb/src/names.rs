//! Multi-pattern name matching on token boundaries with Arabic clitics.
//!
//! Names are normalised like the text ([`marsad_text::fold`]); a [`Scanner`]
//! compiles the names of one or several indices into one Aho-Corasick automaton,
//! so that a text is walked once for all of them. A match is accepted when what
//! precedes it inside its word is a proclitic sequence allowed by the
//! [`Affixes`] policy, and what follows it inside its word is empty (or, for
//! [`Affixes::Words`], a pronoun enclitic). A name that starts with the
//! article (النظام) also matches its ل+ال spelling (للنظام). Overlapping
//! candidates are resolved longest first, then leftmost. Matches are `Copy`
//! values (pattern id and byte span); nothing is allocated per match.

use crate::error::{Error, Result};
use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder};
use marsad_text::clitics;
use rustc_hash::FxHashMap as HashMap;

/// Which affixes a name may carry in running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Affixes {
    /// Names of places and actors: conjunctions and prepositions before
    /// (و ف ب ل ك and their pairs), nothing after.
    Names,
    /// Words (triggers, cues): any proclitic sequence (with ال, لل, س) before,
    /// a pronoun enclitic after.
    Words,
    /// Exactly the word: nothing glued after, only و/ف before (names of
    /// three letters or more may also carry ب ل ك).
    Exact,
}

/// A match of a name in a text: which pattern, where, and the clitics around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameMatch {
    /// Pattern id (see [`NameIndex::entries`]).
    pub pattern: u32,
    /// Start byte of the name proper (after any proclitic).
    pub start: u32,
    /// End byte of the name proper.
    pub end: u32,
    /// Start byte of the whole word, proclitics included.
    pub word_start: u32,
    /// End byte of the whole word, enclitic included.
    pub word_end: u32,
}

#[derive(Debug, Clone)]
struct Pattern {
    entries: std::ops::Range<u32>,
    /// The ل+ال variant: needs a ل-final proclitic before it.
    lam: bool,
}

/// Builds a [`NameIndex`]: add (name, entry) pairs, then [`build`](Self::build).
#[derive(Debug, Default)]
pub struct NameIndexBuilder {
    by_name: HashMap<(String, bool), Vec<u32>>,
    no_lam: bool,
}

impl NameIndexBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder that does not add the ل+ال spelling of names with the
    /// article (for places, where "للحسكة" is rare and the extra patterns
    /// would slow the start-up).
    pub fn without_lam_variants() -> Self {
        NameIndexBuilder {
            no_lam: true,
            ..Self::default()
        }
    }

    /// Adds `name` (ordinary spelling) for `entry`. Returns false when the
    /// name folds to nothing.
    pub fn add(&mut self, name: &str, entry: u32) -> bool {
        let folded = marsad_text::fold(name);
        if folded.chars().count() < 2 {
            return false;
        }
        if let Some(rest) = folded.strip_prefix("ال").filter(|_| !self.no_lam) {
            if rest.chars().count() >= 2 {
                let v = self.by_name.entry((format!("ل{rest}"), true)).or_default();
                if !v.contains(&entry) {
                    v.push(entry);
                }
            }
        }
        let v = self.by_name.entry((folded, false)).or_default();
        if !v.contains(&entry) {
            v.push(entry);
        }
        true
    }

    /// Compiles the index (the automaton over it is a [`Scanner`], which may serve several
    /// indices in one pass).
    pub fn build(self) -> NameIndex {
        let mut names: Vec<((String, bool), Vec<u32>)> = self.by_name.into_iter().collect();
        names.sort();
        let mut pats = Vec::with_capacity(names.len());
        let mut strings = Vec::with_capacity(names.len());
        let mut entries = Vec::new();
        for ((name, lam), es) in names {
            let start = entries.len() as u32;
            entries.extend(es);
            pats.push(Pattern {
                entries: start..entries.len() as u32,
                lam,
            });
            strings.push(name);
        }
        NameIndex { pats, entries, strings }
    }
}

/// One automaton over the names of several indices, so that a text is walked once for all
/// of them: each match is checked against the clitics of the index it belongs to.
#[derive(Clone)]
pub struct Scanner {
    ac: CharwiseDoubleArrayAhoCorasick<(u32, u32)>,
    /// (index, pattern) pairs; an automaton value is a run of them.
    hits: Vec<(u32, u32)>,
    indices: usize,
}

impl std::fmt::Debug for Scanner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scanner")
            .field("indices", &self.indices)
            .field("patterns", &self.hits.len())
            .finish()
    }
}

impl Scanner {
    /// Compiles one automaton over the patterns of `indices`.
    pub fn new(indices: &[&NameIndex], what: &'static str) -> Result<Scanner> {
        let mut by: std::collections::BTreeMap<&str, Vec<(u32, u32)>> = std::collections::BTreeMap::new();
        for (k, ix) in indices.iter().enumerate() {
            for (i, name) in ix.strings.iter().enumerate() {
                by.entry(name.as_str()).or_default().push((k as u32, i as u32));
            }
        }
        let mut hits = Vec::new();
        let mut patvals = Vec::with_capacity(by.len());
        for (name, run) in by {
            let start = hits.len() as u32;
            hits.extend(run);
            patvals.push((name, (start, hits.len() as u32)));
        }
        // a character-wise double-array automaton: one transition per character (Arabic
        // letters are two bytes), 12 bytes a state, so the large sets (gazetteer, actors)
        // stay small enough for the cache
        // (no 2-gram prefilter: nearly every stretch of Arabic text holds a candidate)
        let ac = CharwiseDoubleArrayAhoCorasickBuilder::new()
            .use_prefilter(false)
            .build_with_values(patvals)
            .map_err(|e| Error::Build {
                what,
                message: e.to_string(),
            })?;
        Ok(Scanner {
            ac,
            hits,
            indices: indices.len(),
        })
    }

    /// Every accepted match in `text` (a normalised text) of each index, with the affix
    /// policy given for it (in the order the scanner was built with): longest first among
    /// overlaps, in text order.
    pub fn find(&self, indices: &[(&NameIndex, Affixes)], text: &str) -> Vec<Vec<NameMatch>> {
        let mut cands: Vec<Vec<NameMatch>> = vec![Vec::new(); indices.len()];
        for m in self.ac.find_overlapping_iter(text) {
            let (first, end) = m.value();
            for &(k, id) in &self.hits[first as usize..end as usize] {
                if let (Some((ix, affixes)), Some(out)) = (indices.get(k as usize), cands.get_mut(k as usize)) {
                    ix.accept(text, *affixes, id as usize, m.start(), m.end(), out);
                }
            }
        }
        cands.into_iter().map(select_longest).collect()
    }
}

/// A compiled set of names.
#[derive(Clone)]
pub struct NameIndex {
    pats: Vec<Pattern>,
    entries: Vec<u32>,
    strings: Vec<String>,
}

impl std::fmt::Debug for NameIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NameIndex").field("patterns", &self.pats.len()).finish()
    }
}

/// Longest proclitic sequence, in letters ("وبال").
const MAX_PROCLITIC: usize = 4;
/// Longest pronoun enclitic, in letters ("هما").
const MAX_ENCLITIC: usize = 3;

fn is_letter(c: char) -> bool {
    marsad_text::token::is_word_char(c)
}

impl NameIndex {
    /// Number of distinct patterns.
    pub fn len(&self) -> usize {
        self.pats.len()
    }

    /// Whether the index has no pattern.
    pub fn is_empty(&self) -> bool {
        self.pats.is_empty()
    }

    /// The entries a pattern stands for.
    pub fn entries(&self, pattern: u32) -> &[u32] {
        let r = &self.pats[pattern as usize].entries;
        &self.entries[r.start as usize..r.end as usize]
    }

    /// The normalised pattern text.
    pub fn pattern_text(&self, pattern: u32) -> &str {
        &self.strings[pattern as usize]
    }

    /// Exact lookup of a (folded) name: the pattern id, if any.
    pub fn lookup(&self, folded: &str) -> Option<u32> {
        self.strings
            .binary_search_by(|s| s.as_str().cmp(folded))
            .ok()
            .filter(|&i| !self.pats[i].lam)
            .map(|i| i as u32)
    }

    /// Checks the clitics around a match of pattern `id` at `s..e` and keeps it.
    fn accept(&self, text: &str, affixes: Affixes, id: usize, s: usize, e: usize, cands: &mut Vec<NameMatch>) {
        let pat = &self.pats[id];
        // most candidates sit inside a longer word: give up as soon as what is glued
        // before or after is longer than any clitic (4 letters before, 3 after)
        let mut word_end = e;
        for (n, c) in text[e..].chars().enumerate() {
            if !is_letter(c) {
                break;
            }
            if n >= MAX_ENCLITIC || affixes != Affixes::Words {
                return;
            }
            word_end += c.len_utf8();
        }
        let mut word_start = s;
        for (n, c) in text[..s].chars().rev().enumerate() {
            if !is_letter(c) {
                break;
            }
            if n >= MAX_PROCLITIC {
                return;
            }
            word_start -= c.len_utf8();
        }
        // the pattern itself must not start or end inside a letter run
        // that it only partly covers, except through clitics
        let prefix = &text[word_start..s];
        let suffix = &text[e..word_end];
        let prefix_ok = if pat.lam {
            matches!(prefix, "ل" | "ول" | "فل")
        } else {
            match affixes {
                Affixes::Names => clitics::is_name_prefix(prefix),
                Affixes::Words => prefix.is_empty() || clitics::PROCLITICS.contains(&prefix),
                // short particles (لم، لا، ما) stand alone; longer words may carry a preposition (برمي)
                Affixes::Exact => {
                    matches!(prefix, "" | "و" | "ف")
                        || (clitics::is_name_prefix(prefix) && self.strings[id].chars().count() >= 3)
                }
            }
        };
        let suffix_ok = match affixes {
            Affixes::Words => clitics::is_enclitic(suffix),
            _ => suffix.is_empty(),
        };
        if prefix_ok && suffix_ok {
            // the ل+ال variant ("للمقاومة") names from after the lam that stands for ال
            // ("مقاومة"), so that the name's text carries no clitic
            cands.push(NameMatch {
                pattern: id as u32,
                start: (if pat.lam { s + 'ل'.len_utf8() } else { s }) as u32,
                end: e as u32,
                word_start: (if pat.lam { s - 'ل'.len_utf8() } else { word_start }) as u32,
                word_end: word_end as u32,
            });
        }
    }
}

/// Keeps the longest of overlapping matches (then the leftmost), in text order.
pub fn select_longest(mut cands: Vec<NameMatch>) -> Vec<NameMatch> {
    cands.sort_by_key(|m| (std::cmp::Reverse(m.end - m.start), m.start));
    let mut chosen: Vec<NameMatch> = Vec::with_capacity(cands.len());
    for c in cands {
        if chosen.iter().all(|k| c.end <= k.start || c.start >= k.end) {
            chosen.push(c);
        }
    }
    chosen.sort_by_key(|m| m.start);
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(names: &[&str]) -> NameIndex {
        let mut b = NameIndexBuilder::new();
        for (i, n) in names.iter().enumerate() {
            b.add(n, i as u32);
        }
        b.build()
    }

    fn found(ix: &NameIndex, text: &str, a: Affixes) -> Vec<String> {
        let t = marsad_text::fold(text);
        let scanner = Scanner::new(&[ix], "test").unwrap();
        scanner.find(&[(ix, a)], &t)[0]
            .iter()
            .map(|m| t[m.start as usize..m.end as usize].to_string())
            .collect()
    }

    #[test]
    fn clitics_and_boundaries() {
        let ix = index(&["حلب", "تنظيم الدولة", "تنظيم الدولة الإسلامية", "النظام", "قصف"]);
        assert_eq!(found(&ix, "وفي حلب وبحلب", Affixes::Names), ["حلب", "حلب"]);
        assert_eq!(found(&ix, "حلبية", Affixes::Names), Vec::<String>::new());
        assert_eq!(
            found(&ix, "هاجم تنظيم الدولة الإسلامية", Affixes::Names),
            ["تنظيم الدوله الاسلاميه"]
        );
        assert_eq!(found(&ix, "قوات تابعة للنظام", Affixes::Names), ["نظام"]);
        assert_eq!(found(&ix, "بالقصف وقصفها", Affixes::Words), ["قصف", "قصف"]);
        assert_eq!(found(&ix, "بالقصف", Affixes::Names), Vec::<String>::new());
    }

    #[test]
    fn lookup_exact() {
        let ix = index(&["حلب", "النظام"]);
        assert!(ix.lookup("حلب").is_some());
        assert!(ix.lookup("لنظام").is_none());
    }
}
