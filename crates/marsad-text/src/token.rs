//! Tokens over a normalised text.
//!
//! A word is a maximal run of letters; a number a maximal run of ASCII digits
//! (with an inner `.` or `,` between digits, as in `3.5` or `1,200`); every
//! other non-space character is a punctuation token of its own. Letter/digit
//! transitions split tokens, so `ال110` is the word `ال` then the number `110`.
//! Offsets are bytes into the text given to [`tokenize`].

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (Arabic or other scripts).
    Word,
    /// ASCII digits, possibly with a decimal point or thousands separator.
    Number,
    /// Any other single non-space character.
    Punct,
}

/// One token: a byte span and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte (inclusive).
    pub start: u32,
    /// End byte (exclusive).
    pub end: u32,
    /// Kind.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `text` (the text it was made from).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start as usize..self.end as usize]
    }
}

/// Whether `c` is a letter, with fast paths for ASCII and the Arabic block
/// (the general Unicode lookup is slow and runs on every character).
#[inline]
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' => true,
        c if c.is_ascii() => false,
        c => c.is_alphabetic(),
    }
}

/// Whether `c` is a letter or a digit (fast paths as [`is_letter`]).
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || (!c.is_ascii() && c.is_numeric())
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut it = text.char_indices().peekable();
    while let Some((b, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let start = b;
        let mut end = b + c.len_utf8();
        let kind = if c.is_ascii_digit() {
            while let Some(&(nb, nc)) = it.peek() {
                let sep_between_digits =
                    (nc == '.' || nc == ',') && bytes.get(nb + 1).is_some_and(|d| d.is_ascii_digit());
                if nc.is_ascii_digit() || sep_between_digits {
                    end = nb + nc.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            TokenKind::Number
        } else if is_letter(c) {
            while let Some(&(nb, nc)) = it.peek() {
                if is_letter(nc) {
                    end = nb + nc.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        out.push(Token {
            start: start as u32,
            end: end as u32,
            kind,
        });
    }
    out
}

/// Whether `text[byte..]` starts a token boundary (start of text, or the
/// previous char is not a letter/digit).
pub fn is_word_start(text: &str, byte: usize) -> bool {
    text[..byte].chars().next_back().is_none_or(|c| !is_word_char(c))
}

/// Whether `byte` ends a word (end of text, or the next char is not a letter/digit).
pub fn is_word_end(text: &str, byte: usize) -> bool {
    text[byte..].chars().next().is_none_or(|c| !is_word_char(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t).iter().map(|k| k.text(t)).collect()
    }

    #[test]
    fn splits_words_numbers_punct() {
        assert_eq!(
            words("قتل 3.5 شخص، و\"الـ\""),
            ["قتل", "3.5", "شخص", "،", "و", "\"", "الـ", "\""]
        );
        assert_eq!(words("ال110 عنصرا"), ["ال", "110", "عنصرا"]);
        assert_eq!(words("1,200."), ["1,200", "."]);
    }

    #[test]
    fn boundaries() {
        let t = "في حلب";
        assert!(is_word_start(t, 0));
        assert!(is_word_start(t, "في ".len()));
        assert!(!is_word_start(t, "في ح".len()));
        assert!(is_word_end(t, t.len()));
    }
}
