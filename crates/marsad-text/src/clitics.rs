//! Light clitic segmentation: which prefixes and suffixes a surface word may
//! carry, so that a stem can be looked up without losing the surface form.
//!
//! Proclitics (outermost first): conjunctions و ف, prepositions ب ل ك, the
//! future particle س, the article ال (and ل+ال written لل). Enclitics: the
//! pronoun suffixes ه ها هم هما هن ك كم كن نا ي. All on the normalised view
//! (ة is already ه there). Stems keep at least two letters.

/// Proclitic sequences a word may start with, longest first.
pub const PROCLITICS: &[&str] = &[
    "وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "وب", "ول", "وك", "فب", "فل", "فك", "وس", "فس",
    "لل", "ال", "و", "ف", "ب", "ل", "ك", "س",
];

/// Proclitic sequences that can stand before a name or noun phrase (no ال,
/// no future س): what may glue to an alias that already has its article.
pub const NAME_PROCLITICS: &[&str] = &["وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"];

/// Pronoun suffixes, longest first.
pub const ENCLITICS: &[&str] = &["هما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي"];

/// One way to cut a word: `prefix + stem + suffix == word`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segmentation<'a> {
    /// Proclitics ("" if none).
    pub prefix: &'a str,
    /// The stem.
    pub stem: &'a str,
    /// Enclitic ("" if none).
    pub suffix: &'a str,
}

fn long_enough(s: &str) -> bool {
    s.chars().count() >= 2
}

/// All segmentations of `word` (the unsegmented word first).
pub fn segment(word: &str) -> Vec<Segmentation<'_>> {
    let mut out = vec![Segmentation {
        prefix: "",
        stem: word,
        suffix: "",
    }];
    let prefixes = PROCLITICS.iter().filter(|p| word.starts_with(**p)).map(|p| p.len());
    for p in std::iter::once(0).chain(prefixes) {
        let rest = &word[p..];
        for s in std::iter::once(0).chain(ENCLITICS.iter().filter(|e| rest.ends_with(**e)).map(|e| e.len())) {
            if p == 0 && s == 0 {
                continue;
            }
            if s > rest.len() {
                continue;
            }
            let stem = &rest[..rest.len() - s];
            if long_enough(stem) {
                out.push(Segmentation {
                    prefix: &word[..p],
                    stem,
                    suffix: &rest[rest.len() - s..],
                });
            }
        }
    }
    out
}

/// Whether `prefix` (the part of a word before a matched name) is a valid
/// proclitic sequence before a name. `""` is valid.
pub fn is_name_prefix(prefix: &str) -> bool {
    prefix.is_empty() || NAME_PROCLITICS.contains(&prefix)
}

/// Whether `suffix` (the rest of a word after a match) is a pronoun enclitic.
pub fn is_enclitic(suffix: &str) -> bool {
    suffix.is_empty() || ENCLITICS.contains(&suffix)
}

/// Strips one proclitic layer for lookup of a bare stem (`وبالقصف` → `قصف`).
/// Returns the word itself when no segmentation leaves two letters.
pub fn strip_proclitics(word: &str) -> &str {
    // every proclitic starts with one of these letters: most words leave here
    if !word.starts_with(['و', 'ف', 'ب', 'ل', 'ك', 'س', 'ا']) {
        return word;
    }
    // (bytes compared in line: a call to memcmp for each of these short prefixes cost
    // more than the comparison, on every word of every sentence)
    let w = word.as_bytes();
    let starts_with = |p: &[u8]| w.len() >= p.len() && w.iter().zip(p).all(|(a, b)| a == b);
    PROCLITICS
        .iter()
        .find(|p| starts_with(p.as_bytes()) && long_enough(&word[p.len()..]))
        .map_or(word, |p| &word[p.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments() {
        let s = segment("وبقصفها");
        assert!(s
            .iter()
            .any(|g| g.prefix == "وب" && g.stem == "قصف" && g.suffix == "ها"));
        assert_eq!(s[0].stem, "وبقصفها");
    }

    #[test]
    fn strips() {
        assert_eq!(strip_proclitics("بالقصف"), "قصف");
        assert_eq!(strip_proclitics("للنظام"), "نظام");
        assert_eq!(strip_proclitics("في"), "في");
        assert!(is_name_prefix("وب"));
        assert!(!is_name_prefix("ال"));
        assert!(is_enclitic("هم"));
    }
}
