//! Offset-keeping normalisation of Arabic text.
//!
//! Rules, applied per character in the order of [`PIPELINE`]:
//! 1. [`Ignorable`]: harakat and Quranic marks (U+0610–U+061A, U+064B–U+065F,
//!    U+0670, U+06D6–U+06ED), tatweel (U+0640), zero-width and bidi controls,
//!    BOM, soft hyphen: dropped.
//! 2. [`Compat`]: Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC)
//!    and other compatibility characters: NFKC decomposition, each resulting
//!    character runs through the rest of the pipeline.
//! 3. [`Letters`]: alef variants (أ إ آ ٱ) → ا; hamza carriers ؤ → و, ئ → ي;
//!    alef maqsura ى and Persian ی → ي; ک → ك; ta marbuta ة → ه.
//! 4. [`Digits`]: Eastern Arabic (٠–٩) and Persian (۰–۹) digits → 0–9.
//! 5. [`Punct`]: ، → `,`, ؛ → `;`, ؟ → `?`, « » “ ” → `"`, ٪ → `%`, ٫ → `.`,
//!    dashes → `-`.
//! 6. [`Space`]: every Unicode space other than newline, and the underscore that
//!    joins a hashtag's words, → ` `; ASCII lower case.
//!
//! Then whitespace runs collapse to one character (`\n` if the run holds a
//! newline, else a space), so multi-word patterns match whatever the spacing.
//!
//! Every byte of the normalised view records the byte range of the original
//! character that produced it; [`Normalized::to_original`] maps any span back.

use crate::Span;

/// What a rule does with one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the character to the next rule.
    Keep,
    /// Drop it.
    Drop,
    /// Replace it by another character, which goes on to the next rule.
    Replace(char),
    /// Decompose it (NFKC) and run each part through the following rules.
    Decompose,
}

/// One normalisation step working on single characters.
pub trait CharRule: Sync {
    /// Decides what happens to `c`.
    fn apply(&self, c: char) -> Action;
}

/// Drops diacritics, tatweel, zero-width and bidi controls.
pub struct Ignorable;
impl CharRule for Ignorable {
    fn apply(&self, c: char) -> Action {
        match c {
            '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06ED}'
            | '\u{0640}'
            | '\u{061C}'
            | '\u{00AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}' => Action::Drop,
            _ => Action::Keep,
        }
    }
}

/// NFKC-decomposes presentation forms and compatibility characters.
pub struct Compat;
impl CharRule for Compat {
    fn apply(&self, c: char) -> Action {
        match c {
            '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}' | '\u{FF01}'..='\u{FF5E}' => Action::Decompose,
            _ => Action::Keep,
        }
    }
}

/// Folds letter variants that news spells inconsistently.
pub struct Letters;
impl CharRule for Letters {
    fn apply(&self, c: char) -> Action {
        match c {
            'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => Action::Replace('ا'),
            'ؤ' => Action::Replace('و'),
            'ئ' | 'ى' | 'ی' | 'ې' => Action::Replace('ي'),
            'ک' => Action::Replace('ك'),
            'ة' => Action::Replace('ه'),
            _ => Action::Keep,
        }
    }
}

/// Eastern Arabic and Persian digits to ASCII.
pub struct Digits;
impl CharRule for Digits {
    fn apply(&self, c: char) -> Action {
        match c {
            '\u{0660}'..='\u{0669}' => ascii_digit(c as u32 - 0x0660),
            '\u{06F0}'..='\u{06F9}' => ascii_digit(c as u32 - 0x06F0),
            _ => Action::Keep,
        }
    }
}

fn ascii_digit(d: u32) -> Action {
    char::from_digit(d, 10).map_or(Action::Keep, Action::Replace)
}

/// Arabic punctuation and typographic quotes to their ASCII counterparts.
pub struct Punct;
impl CharRule for Punct {
    fn apply(&self, c: char) -> Action {
        match c {
            '،' => Action::Replace(','),
            '؛' => Action::Replace(';'),
            '؟' => Action::Replace('?'),
            '«' | '»' | '“' | '”' | '„' | '″' => Action::Replace('"'),
            '‘' | '’' => Action::Replace('\''),
            '٪' => Action::Replace('%'),
            '٫' => Action::Replace('.'),
            '٬' => Action::Replace(','),
            '–' | '—' | '‒' | '―' => Action::Replace('-'),
            _ => Action::Keep,
        }
    }
}

/// Unicode spaces to ASCII space (newlines kept); ASCII lower case.
pub struct Space;
impl CharRule for Space {
    fn apply(&self, c: char) -> Action {
        match c {
            '\n' => Action::Keep,
            '\r' => Action::Drop,
            c if c.is_whitespace() => Action::Replace(' '),
            // the underscore joining a hashtag's words ("#الحكومة_الألمانية")
            '_' => Action::Replace(' '),
            c if c.is_ascii_uppercase() => Action::Replace(c.to_ascii_lowercase()),
            _ => Action::Keep,
        }
    }
}

/// The pipeline, in order. Add a step here (and a module doc line above).
pub static PIPELINE: &[&dyn CharRule] = &[&Ignorable, &Compat, &Letters, &Digits, &Punct, &Space];

fn run(rules: &[&dyn CharRule], c: char, emit: &mut dyn FnMut(char)) {
    let mut c = c;
    for (i, rule) in rules.iter().enumerate() {
        match rule.apply(c) {
            Action::Keep => {}
            Action::Drop => return,
            Action::Replace(d) => c = d,
            Action::Decompose => {
                let rest = &rules[i + 1..];
                unicode_normalization::char::decompose_compatible(c, |d| run(rest, d, emit));
                return;
            }
        }
    }
    emit(c);
}

/// What the pipeline makes of one character, precomputed for the common range.
#[derive(Debug, Clone, Copy)]
enum Fast {
    Drop,
    One(char),
    /// Several characters (a compatibility decomposition): run the pipeline.
    Slow,
}

/// Characters below this code point (ASCII, Latin, Arabic, Syriac, Thaana) are
/// looked up in a table instead of running the six rules one by one.
const FAST_LIMIT: usize = 0x800;

fn fast_table() -> &'static [Fast] {
    static TABLE: std::sync::OnceLock<Vec<Fast>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (0..FAST_LIMIT as u32)
            .map(|cp| {
                let Some(c) = char::from_u32(cp) else {
                    return Fast::Slow;
                };
                let mut out = Vec::new();
                run(PIPELINE, c, &mut |d| out.push(d));
                match out.as_slice() {
                    [] => Fast::Drop,
                    [d] => Fast::One(*d),
                    _ => Fast::Slow,
                }
            })
            .collect()
    })
}

/// Runs the pipeline on `c`, through the table when it can.
#[inline]
fn map_char(table: &[Fast], c: char, emit: &mut dyn FnMut(char)) {
    match table.get(c as usize) {
        Some(Fast::Drop) => {}
        Some(Fast::One(d)) => emit(*d),
        Some(Fast::Slow) | None => run(PIPELINE, c, emit),
    }
}

/// A normalised view of a text with a byte map back to the original.
#[derive(Debug, Clone)]
pub struct Normalized {
    text: String,
    /// For each byte of `text`: the original byte range of the char that made it.
    starts: Vec<u32>,
    ends: Vec<u32>,
    original_len: usize,
}

impl Normalized {
    /// Normalises `original`.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut starts = Vec::with_capacity(original.len());
        let mut ends = Vec::with_capacity(original.len());
        let table = fast_table();
        for (b, ch) in original.char_indices() {
            let (s, e) = (b as u32, (b + ch.len_utf8()) as u32);
            map_char(table, ch, &mut |d| {
                let last_ws = text.ends_with([' ', '\n']);
                if (d == ' ' || d == '\n') && (last_ws || text.is_empty()) {
                    if text.is_empty() {
                        // leading whitespace: keep one, so offsets stay simple
                    } else {
                        if d == '\n' && text.ends_with(' ') {
                            text.pop();
                            text.push('\n');
                        }
                        if let Some(last) = ends.last_mut() {
                            *last = e;
                        }
                        return;
                    }
                }
                let n = d.len_utf8();
                text.push(d);
                for _ in 0..n {
                    starts.push(s);
                    ends.push(e);
                }
            });
        }
        Normalized {
            text,
            starts,
            ends,
            original_len: original.len(),
        }
    }

    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte span of the normalised text to the byte span of the
    /// original text that produced it. Empty spans map to an empty span.
    pub fn to_original(&self, span: Span) -> Span {
        if span.start >= span.end || span.start >= self.starts.len() {
            let at = self.starts.get(span.start).map_or(self.original_len, |&s| s as usize);
            return at..at;
        }
        let end = span.end.min(self.ends.len());
        self.starts[span.start] as usize..self.ends[end - 1] as usize
    }

    /// Maps an original byte offset to the first normalised byte at or after it.
    pub fn from_original(&self, byte: usize) -> usize {
        self.starts.partition_point(|&s| (s as usize) < byte)
    }
}

/// Normalises a pattern (alias, trigger, name) exactly like text, without the
/// map, and trims it. Used to build the knowledge-base name table.
pub fn fold(s: &str) -> String {
    // the same pipeline and whitespace collapsing as `Normalized::new`, without the map
    let mut out = String::with_capacity(s.len());
    let table = fast_table();
    for ch in s.chars() {
        map_char(table, ch, &mut |d| {
            if (d == ' ' || d == '\n') && (out.is_empty() || out.ends_with([' ', '\n'])) {
                if d == '\n' && out.ends_with(' ') {
                    out.pop();
                    out.push('\n');
                }
                return;
            }
            out.push(d);
        });
    }
    let keep = out.trim_end().len();
    out.truncate(keep);
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_fast_table_agrees_with_the_pipeline() {
        let table = super::fast_table();
        for cp in 0..super::FAST_LIMIT as u32 {
            let Some(c) = char::from_u32(cp) else { continue };
            let (mut slow, mut fast) = (Vec::new(), Vec::new());
            super::run(super::PIPELINE, c, &mut |d| slow.push(d));
            super::map_char(table, c, &mut |d| fast.push(d));
            assert_eq!(slow, fast, "U+{cp:04X}");
        }
    }

    use super::*;

    #[test]
    fn folds_letters_and_maps_back() {
        let t = "الإسلاميّة في «حلب» ١٢٣";
        let n = Normalized::new(t);
        assert_eq!(n.as_str(), "الاسلاميه في \"حلب\" 123");
        let at = n.as_str().find("123").unwrap();
        assert_eq!(&t[n.to_original(at..at + 3)], "١٢٣");
        let at = n.as_str().find("الاسلاميه").unwrap();
        assert_eq!(&t[n.to_original(at..at + "الاسلاميه".len())], "الإسلاميّة");
    }

    #[test]
    fn tatweel_and_zero_width() {
        let t = "الـ110\u{200f} عنصراً";
        assert_eq!(Normalized::new(t).as_str(), "ال110 عنصرا");
    }

    #[test]
    fn presentation_forms() {
        // U+FEDF U+FEE0 U+FEEA: lam initial, lam medial, heh final → "لله"-like
        let n = Normalized::new("\u{FEB3}\u{FEEE}\u{FEAD}\u{FEEF}\u{FE8E}");
        assert_eq!(n.as_str(), "سوريا");
    }

    #[test]
    fn whitespace_collapses() {
        let n = Normalized::new("a \u{a0}  b\r\n\n c");
        assert_eq!(n.as_str(), "a b\nc");
    }

    #[test]
    fn fold_trims() {
        assert_eq!(fold("  تنظيم  الدولة "), "تنظيم الدوله");
    }

    #[test]
    fn fold_agrees_with_the_view() {
        for s in [
            "  الإسلاميّة في «حلب» ١٢٣ ",
            "a \u{a0}  b\r\n\n c",
            "\u{FEB3}\u{FEEE}ريا",
            "",
        ] {
            assert_eq!(fold(s), Normalized::new(s).as_str().trim(), "{s:?}");
        }
    }
}
