//! A quick "may this word be in the list?" on the last two letters of a word.
//!
//! The number and calendar vocabularies look a token up, then again with proclitics
//! stripped from its front: every lookup keeps the word's end, so a token whose last two
//! letters end no word of the list can skip them all (most words of a news text).

/// The last two letters of every word of a list, as bits.
#[derive(Debug, Clone)]
pub(crate) struct Tails([u64; 64]);

/// A bit for the last two characters of `w` (`None` for a shorter word).
fn bit(w: &str) -> Option<usize> {
    let mut it = w.chars().rev();
    let last = it.next()?;
    let before = it.next()?;
    Some((before as usize).wrapping_mul(31).wrapping_add(last as usize) & 4095)
}

impl Tails {
    /// The tails of `words` (a word of one letter lets every token pass).
    pub(crate) fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Tails {
        let mut t = [0u64; 64];
        for w in words {
            match bit(w) {
                Some(b) => t[b / 64] |= 1 << (b % 64),
                None => t = [u64::MAX; 64],
            }
        }
        Tails(t)
    }

    /// Whether a lookup of `w` (or of `w` without proclitics) may succeed.
    pub(crate) fn may_hold(&self, w: &str) -> bool {
        bit(w).is_none_or(|b| self.0[b / 64] >> (b % 64) & 1 == 1)
    }
}
