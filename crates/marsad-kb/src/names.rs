//! Multi-pattern name matching on token boundaries with Arabic clitics.
//!
//! Names are normalised like the text ([`marsad_text::fold`]); a [`Scanner`]
//! compiles the names of one or several indices into one table, looked up at
//! the starts of words, so that a text is walked once for all of them. A match is accepted when what
//! precedes it inside its word is a proclitic sequence allowed by the
//! [`Affixes`] policy, and what follows it inside its word is empty (or, for
//! [`Affixes::Words`], a pronoun enclitic). A name that starts with the
//! article (النظام) also matches its ل+ال spelling (للنظام). Overlapping
//! candidates are resolved longest first, then leftmost. Matches are `Copy`
//! values (pattern id and byte span); nothing is allocated per match.

use crate::error::{Error, Result};
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
    /// name folds to nothing or does not start and end with a letter.
    pub fn add(&mut self, name: &str, entry: u32) -> bool {
        let folded = marsad_text::fold(name);
        // (a name that does not start and end with a letter is a stray entry,
        // ": ناعوره", and is never matched)
        if !folded.starts_with(is_letter) || !folded.ends_with(is_letter) {
            return false;
        }
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

    /// Compiles the index (the table over it is a [`Scanner`], which may serve several
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

/// A key of a [`Scanner`]: a pattern, or a pattern cut at the end of one of its words.
#[derive(Debug, Clone, Copy, Default)]
struct Key {
    /// The run of (index, pattern) pairs this string is a pattern of (empty if only a cut).
    hits: (u32, u32),
    /// Some longer pattern starts with this string and goes on past a word end.
    longer: bool,
}

/// The names of several indices in one table, so that a text is walked once for all of
/// them: each match is checked against the clitics of the index it belongs to.
///
/// A name can only be accepted where it starts a word or follows a proclitic, and ends a
/// word or (for [`Affixes::Words`]) precedes an enclitic; so instead of walking an automaton
/// through every letter, the scanner looks up, at each such start, the text up to each word
/// end (and before each enclitic) in a hash table of the names and of their cuts at word ends.
/// A word costs about three lookups, most of them misses on a table that stays in cache, where
/// an automaton over the 30,000 names of the gazetteer and the actor book took a cache miss
/// a letter.
#[derive(Clone)]
pub struct Scanner {
    keys: HashMap<Box<str>, Key>,
    /// (index, pattern) pairs; a key's hits are a run of them.
    hits: Vec<(u32, u32)>,
    indices: usize,
}

impl std::fmt::Debug for Scanner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scanner")
            .field("indices", &self.indices)
            .field("patterns", &self.hits.len())
            .field("keys", &self.keys.len())
            .finish()
    }
}

impl Scanner {
    /// Compiles one table over the patterns of `indices`.
    pub fn new(indices: &[&NameIndex], what: &'static str) -> Result<Scanner> {
        let mut by: std::collections::BTreeMap<&str, Vec<(u32, u32)>> = std::collections::BTreeMap::new();
        for (k, ix) in indices.iter().enumerate() {
            for (i, name) in ix.strings.iter().enumerate() {
                by.entry(name.as_str()).or_default().push((k as u32, i as u32));
            }
        }
        let mut hits = Vec::new();
        let mut keys: HashMap<Box<str>, Key> = HashMap::default();
        for (name, run) in by {
            // a name is looked up from a word start to a word end: it must start and end
            // with a letter (the index builder leaves out any other)
            let letter_at = |c: Option<char>| c.is_some_and(is_letter);
            if !letter_at(name.chars().next()) || !letter_at(name.chars().next_back()) {
                return Err(Error::Build {
                    what,
                    message: format!("name {name:?} does not start and end with a letter"),
                });
            }
            let start = hits.len() as u32;
            hits.extend(run);
            keys.entry(name.into()).or_default().hits = (start, hits.len() as u32);
            // its cuts at the end of each word but the last
            let mut prev_letter = false;
            for (i, c) in name.char_indices() {
                let l = is_letter(c);
                if prev_letter && !l {
                    keys.entry(name[..i].into()).or_default().longer = true;
                }
                prev_letter = l;
            }
        }
        keys.shrink_to_fit();
        Ok(Scanner {
            keys,
            hits,
            indices: indices.len(),
        })
    }

    /// Every accepted match in `text` (a normalised text) of each index, with the affix
    /// policy given for it (in the order the scanner was built with): longest first among
    /// overlaps, in text order.
    pub fn find(&self, indices: &[(&NameIndex, Affixes)], text: &str) -> Vec<Vec<NameMatch>> {
        let words = words(text);
        let mut cands: Vec<Vec<NameMatch>> = vec![Vec::new(); indices.len()];
        let mut offer = |key: &Key, s: usize, e: usize| {
            for &(k, id) in &self.hits[key.hits.0 as usize..key.hits.1 as usize] {
                if let (Some((ix, affixes)), Some(out)) = (indices.get(k as usize), cands.get_mut(k as usize)) {
                    ix.accept(text, *affixes, id as usize, s, e, out);
                }
            }
        };
        let words_policy = indices.iter().any(|(_, a)| *a == Affixes::Words);
        let clitics = clitic_codes();
        let prefixes = if words_policy {
            &clitics.word_prefixes
        } else {
            &clitics.name_prefixes
        };
        let b = text.as_bytes();
        for (wi, &(ws, we)) in words.iter().enumerate() {
            let (ws, we) = (ws as usize, we as usize);
            // starts: the word's first letter, and after each proclitic sequence
            for (j, (i, _)) in text[ws..we].char_indices().enumerate() {
                let s = ws + i;
                if j > MAX_PROCLITIC {
                    break;
                }
                if j > 0 && !(s - ws <= 8 && prefixes.contains(&(tail8(b, s) >> (64 - 8 * (s - ws))))) {
                    // a longer prefix holds this one's letters: go on only past a letter
                    // that proclitics are made of
                    if text[ws..s]
                        .chars()
                        .next_back()
                        .is_some_and(|c| clitics.letters.contains(&c))
                    {
                        continue;
                    }
                    break;
                }
                // walk word ends from here while the text so far begins a longer name
                let (mut word_start, mut e, mut next) = (s, we, wi + 1);
                loop {
                    // before an enclitic the word ends with (a trigger's "قصفها")
                    if words_policy {
                        let tail = tail8(b, e);
                        for &(code, n) in &clitics.enclitics {
                            if e > word_start + n && tail >> (64 - 8 * n) == code {
                                if let Some(key) = self.keys.get(&text[s..e - n]) {
                                    offer(key, s, e - n);
                                }
                            }
                        }
                    }
                    let Some(key) = self.keys.get(&text[s..e]) else { break };
                    offer(key, s, e);
                    let Some(&(ns, ne)) = words.get(next).filter(|_| key.longer) else {
                        break;
                    };
                    (word_start, e, next) = (ns as usize, ne as usize, next + 1);
                }
            }
        }
        // among matches of one span (the ل+ال spelling "لقصف" after ل, and "قصف" after لل),
        // the first offered is kept: the one whose start comes first, as an automaton
        // would report them (the longest first)
        cands.into_iter().map(select_longest).collect()
    }
}

/// The words (maximal runs of letters and digits) of a text, as byte spans: where a
/// [`Scanner`] tries names.
fn words(text: &str) -> Vec<(u32, u32)> {
    let mut out = Vec::with_capacity(text.len() / 8);
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (is_letter(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s as u32, i as u32));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s as u32, text.len() as u32));
    }
    out
}

/// The eight bytes before `end` as one number (fewer, after zeros, near the start): its
/// top `n` bytes are the [`pack`] of the `n` bytes before `end`.
#[inline]
fn tail8(b: &[u8], end: usize) -> u64 {
    match b.get(end.wrapping_sub(8)..end) {
        Some(w) => u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]),
        None => {
            let mut a = [0u8; 8];
            let n = end.min(8);
            a[8 - n..].copy_from_slice(&b[end - n..end]);
            u64::from_le_bytes(a)
        }
    }
}

/// Up to eight bytes as one number (distinct strings without NUL give distinct numbers).
#[inline]
fn pack(bytes: &[u8]) -> Option<u64> {
    let mut a = [0u8; 8];
    a.get_mut(..bytes.len())?.copy_from_slice(bytes);
    Some(u64::from_le_bytes(a))
}

/// The clitics as [`pack`]ed numbers, compared without a call to memcmp.
struct CliticCodes {
    /// Proclitic sequences some index under [`Affixes::Names`] or [`Affixes::Exact`] may
    /// accept (with the ل+ال variants' ل, ول, فل).
    name_prefixes: Vec<u64>,
    /// The same and every proclitic sequence of [`Affixes::Words`].
    word_prefixes: Vec<u64>,
    /// Each pronoun enclitic and its length in bytes.
    enclitics: Vec<(u64, usize)>,
    /// The letters proclitics are made of: a start is not tried past any other letter.
    letters: Vec<char>,
}

fn clitic_codes() -> &'static CliticCodes {
    static C: std::sync::OnceLock<CliticCodes> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        let code = |p: &&str| pack(p.as_bytes());
        let name_prefixes: Vec<u64> = clitics::NAME_PROCLITICS
            .iter()
            .chain(&["ول", "فل"])
            .filter_map(code)
            .collect();
        let mut word_prefixes = name_prefixes.clone();
        word_prefixes.extend(clitics::PROCLITICS.iter().filter_map(code));
        let enclitics = clitics::ENCLITICS
            .iter()
            .filter_map(|e| Some((code(e)?, e.len())))
            .collect();
        let mut letters: Vec<char> = clitics::PROCLITICS.iter().flat_map(|p| p.chars()).collect();
        letters.sort_unstable();
        letters.dedup();
        CliticCodes {
            name_prefixes,
            word_prefixes,
            enclitics,
            letters,
        }
    })
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

    /// Every match by brute force, in the order an Aho-Corasick automaton reports them
    /// (by end, then the longest first): what the scanner must find.
    fn brute_force(indices: &[(&NameIndex, Affixes)], text: &str) -> Vec<Vec<NameMatch>> {
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let mut cands: Vec<Vec<NameMatch>> = vec![Vec::new(); indices.len()];
        for &e in &bounds {
            for &s in bounds.iter().filter(|&&s| s < e) {
                for (k, (ix, affixes)) in indices.iter().enumerate() {
                    if let Some(id) = ix.strings.iter().position(|p| *p == text[s..e]) {
                        ix.accept(text, *affixes, id, s, e, &mut cands[k]);
                    }
                }
            }
        }
        cands.into_iter().map(select_longest).collect()
    }

    fn policy(i: u8) -> Affixes {
        [Affixes::Names, Affixes::Words, Affixes::Exact][i as usize % 3]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]
        /// On any arrangement of words, clitics and punctuation, the scanner finds exactly
        /// what trying every span against every name finds, in the same order.
        #[test]
        fn finds_what_brute_force_finds(
            words in proptest::collection::vec(0usize..26, 0..14),
            seps in proptest::collection::vec(0usize..4, 14),
            p1 in 0u8..3,
            p2 in 0u8..3,
        ) {
            const WORDS: [&str; 26] = [
                "حلب", "وحلب", "بحلب", "للنظام", "النظام", "والنظام", "قصف", "وبالقصف", "قصفها",
                "قصفهما", "تنظيم", "الدولة", "الإسلامية", "الدولتين", "جيش", "الجيش", "السوري",
                "ولجيش", "الحر", "في", "ما", "حلبه", "قوات", "وقوات", "للقصف", "وللجيش",
            ];
            const SEPS: [&str; 4] = [" ", "، ", " - ", "\n"];
            let mut text = String::new();
            for (i, w) in words.iter().enumerate() {
                text.push_str(WORDS[*w]);
                text.push_str(SEPS[seps[i]]);
            }
            let text = marsad_text::fold(&text);
            let a = index(&["حلب", "النظام", "تنظيم الدولة", "تنظيم الدولة الإسلامية", "الجيش السوري الحر", "الجيش", "قوات", "ما"]);
            let b = index(&["قصف", "القصف", "الدولة", "جيش", "الجيش السوري", "في", "حلب - قصف"]);
            let scanner = Scanner::new(&[&a, &b], "test").unwrap();
            let indices = [(&a, policy(p1)), (&b, policy(p2))];
            proptest::prop_assert_eq!(scanner.find(&indices, &text), brute_force(&indices, &text));
        }
    }
}
