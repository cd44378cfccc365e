//! Numbers written in digits (any script, after normalisation) or in words,
//! with approximators, as typed values.
//!
//! The vocabulary lives in `data/numbers.tsv` (compiled in, parsed once):
//! units, teens, tens, hundreds, multipliers (ألف، مليون), plural "many"
//! words (عشرات، مئات: approximate, no exact value), and approximators before
//! (نحو، حوالي، قرابة، ما يقارب، أكثر من) or after (على الأقل، تقريبا).
//! Composition follows Arabic order: "خمسة وعشرين" = 5 + 20,
//! "ثلاثة آلاف" = 3 × 1000, "الـ110" = 110.

use crate::clitics::strip_proclitics;
use crate::token::{Token, TokenKind};
use crate::Span;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// A number found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberMention {
    /// Bytes into the normalised text, approximators included.
    pub span: Span,
    /// The value, `None` for "عشرات"/"مئات" and "عدد من".
    pub value: Option<u64>,
    /// Whether the text hedges it.
    pub approx: bool,
    /// Whether the hedge is a lower bound ("ما لا يقل عن", "أكثر من", "على الأقل"):
    /// the number itself is then the count a coder records.
    pub lower_bound: bool,
    /// Index of the first token after the number.
    pub next_token: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Unit,
    Teen,
    Ten,
    Hundred,
    Mult,
    Many,
    Pre,
    Post,
    /// A lower bound after the number ("على الأقل").
    Least,
    Min,
    Max,
    /// A dual noun ("جنديين", "شخصين"): two of what it names.
    Dual,
}

struct Vocab {
    /// single-token words
    words: HashMap<String, (u64, Kind)>,
    /// multi-token phrases, as token lists, longest first
    phrases: Vec<(Vec<String>, u64, Kind)>,
    /// phrase indices by first word, in `phrases` order
    first: HashMap<String, Vec<usize>>,
    /// the ends of every word and phrase start (see [`crate::tails`])
    tails: crate::tails::Tails,
}

fn vocab() -> &'static Vocab {
    static V: OnceLock<Vocab> = OnceLock::new();
    V.get_or_init(|| {
        let mut words = HashMap::default();
        let mut phrases = Vec::new();
        for line in include_str!("../data/numbers.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(w), Some(v), Some(k)) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            let kind = match k.trim() {
                "unit" => Kind::Unit,
                "teen" => Kind::Teen,
                "ten" => Kind::Ten,
                "hundred" => Kind::Hundred,
                "mult" => Kind::Mult,
                "many" => Kind::Many,
                "pre" => Kind::Pre,
                "post" => Kind::Post,
                "least" => Kind::Least,
                "min" => Kind::Min,
                "max" => Kind::Max,
                "dual" => Kind::Dual,
                _ => continue,
            };
            let value: u64 = v.trim().parse().unwrap_or(0);
            let w = crate::fold(w);
            if w.contains(' ') {
                phrases.push((w.split(' ').map(str::to_string).collect::<Vec<_>>(), value, kind));
            } else {
                words.insert(w, (value, kind));
            }
        }
        phrases.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        let mut first: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, (p, _, _)) in phrases.iter().enumerate() {
            first.entry(p[0].clone()).or_default().push(i);
        }
        let tails = crate::tails::Tails::of(words.keys().chain(first.keys()).map(String::as_str));
        Vocab {
            words,
            phrases,
            first,
            tails,
        }
    })
}

fn word_kind(w: &str) -> Option<(u64, Kind)> {
    let v = vocab();
    v.words.get(w).copied().or_else(|| {
        let s = w.strip_prefix('و').unwrap_or(w);
        let s = s.strip_prefix("ال").unwrap_or(s);
        v.words.get(s).copied()
    })
}

/// Matches a multi-token phrase at token `i`; returns (value, kind, tokens used).
fn phrase_at(text: &str, toks: &[Token], i: usize) -> Option<(u64, Kind, usize)> {
    let voc = vocab();
    let t0 = toks.get(i)?.text(text);
    let by_first = |w: &str| voc.first.get(w).map(Vec::as_slice).unwrap_or(&[]);
    let fits = |pi: &&usize| {
        let p = &voc.phrases[**pi].0;
        i + p.len() <= toks.len() && p.iter().enumerate().skip(1).all(|(j, w)| toks[i + j].text(text) == w)
    };
    // candidates whose first word is the token, or the token after a و; each list is in
    // longest-first order, so the first fit of each is its best, and the lower index wins
    // (no allocation: this runs on every token of every sentence)
    let plain = by_first(t0).iter().find(fits);
    let after_wa = t0.strip_prefix('و').and_then(|rest| by_first(rest).iter().find(fits));
    let best = match (plain, after_wa) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }?;
    let (p, v, k) = &voc.phrases[*best];
    Some((*v, *k, p.len()))
}

/// Finds every number in `toks[range]` (tokens of `text`).
pub fn find_numbers(text: &str, toks: &[Token], range: std::ops::Range<usize>) -> Vec<NumberMention> {
    let mut out = Vec::new();
    let voc = vocab();
    let mut i = range.start;
    while i < range.end {
        // a word that is no number word and starts no phrase ("ال" may be glued to digits)
        let t = &toks[i];
        if t.kind == TokenKind::Word && !voc.tails.may_hold(t.text(text)) && t.text(text) != "ال" {
            i += 1;
            continue;
        }
        // approximator before?
        let mut approx = false;
        let mut lower_bound = false;
        let mut j = i;
        if let Some((_, k, n)) = phrase_at(text, toks, j) {
            if matches!(k, Kind::Pre | Kind::Min | Kind::Max) {
                approx = true;
                lower_bound = k == Kind::Min;
                j += n;
            }
        } else if let Some((_, k @ (Kind::Pre | Kind::Min | Kind::Max))) = word_kind(toks[j].text(text)) {
            approx = true;
            lower_bound = k == Kind::Min;
            j += 1;
        }
        match parse_core(text, toks, j, range.end) {
            Some((value, many, next)) => {
                let mut end_tok = next;
                // "على الأقل" / "تقريبا" right after the number or after its noun
                for at in [next, next + 1] {
                    if at >= range.end {
                        break;
                    }
                    let post = |k: &Kind| matches!(k, Kind::Post | Kind::Least);
                    let hit = phrase_at(text, toks, at)
                        .filter(|(_, k, _)| post(k))
                        .map(|(_, k, n)| (k, n))
                        .or_else(|| {
                            word_kind(toks[at].text(text))
                                .filter(|(_, k)| post(k))
                                .map(|(_, k)| (k, 1))
                        });
                    if let Some((k, n)) = hit {
                        approx = true;
                        lower_bound = k == Kind::Least;
                        if at == next {
                            end_tok = next + n;
                        }
                        break;
                    }
                }
                let start = toks[i].start as usize;
                let end = toks[end_tok - 1].end as usize;
                out.push(NumberMention {
                    span: start..end,
                    value: if many { None } else { Some(value) },
                    approx: approx || many,
                    lower_bound: lower_bound && !many,
                    next_token: end_tok,
                });
                i = end_tok;
            }
            None => i += 1,
        }
    }
    out
}

/// Parses the number proper at token `i`: (value, is "many", next token).
fn parse_core(text: &str, toks: &[Token], i: usize, end: usize) -> Option<(u64, bool, usize)> {
    let mut t = toks.get(i).filter(|_| i < end)?;
    let mut i = i;
    // "الـ110" (normalised "ال110"): the article glued to the digits
    if t.kind == TokenKind::Word && t.text(text) == "ال" {
        if let Some(n) = toks
            .get(i + 1)
            .filter(|n| i + 1 < end && n.kind == TokenKind::Number && n.start == t.end)
        {
            t = n;
            i += 1;
        }
    }
    let s = t.text(text);
    if t.kind == TokenKind::Number {
        let digits: String = s.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
        let int_part = digits.split('.').next().unwrap_or("");
        let mut v: u64 = int_part.parse().ok()?;
        let mut next = i + 1;
        if next < end {
            if let Some((m, Kind::Mult)) = word_kind(toks[next].text(text)) {
                v = v.saturating_mul(m);
                next += 1;
            }
        }
        return Some((v, false, next));
    }
    if t.kind != TokenKind::Word {
        return None;
    }
    let (first, kind) = word_kind(s).or_else(|| word_kind(strip_proclitics(s)))?;
    if kind == Kind::Dual {
        return Some((first, false, i + 1));
    }
    if kind == Kind::Many {
        // "عدد من" / "عشرات" / "عشرات الآلاف"
        let mut next = i + 1;
        if next < end && word_kind(toks[next].text(text)).is_some_and(|(_, k)| k == Kind::Many) {
            next += 1;
        }
        if first == 0 {
            // "عدد" must be followed by "من" to be a quantity
            if next < end && toks[next].text(text) == "من" {
                return Some((0, true, next + 1));
            }
            return None;
        }
        return Some((first, true, next));
    }
    if !matches!(kind, Kind::Unit | Kind::Teen | Kind::Ten | Kind::Hundred | Kind::Mult) {
        return None;
    }
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut k = i;
    let mut first_word = true;
    while k < end {
        let w = toks[k].text(text);
        if toks[k].kind != TokenKind::Word {
            break;
        }
        let parsed = if first_word {
            word_kind(w).or_else(|| word_kind(strip_proclitics(w)))
        } else if let Some(rest) = w.strip_prefix('و') {
            word_kind(rest)
        } else {
            // a following multiplier needs no و: "ثلاثة آلاف"
            word_kind(w).filter(|(_, k)| *k == Kind::Mult)
        };
        let Some((v, kk)) = parsed else { break };
        match kk {
            Kind::Unit | Kind::Teen | Kind::Ten | Kind::Hundred => current += v,
            Kind::Mult => {
                total += current.max(1) * v;
                current = 0;
            }
            _ => break,
        }
        first_word = false;
        k += 1;
    }
    if k == i {
        return None;
    }
    Some((total + current, false, k))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{tokenize, Normalized};

    #[test]
    fn the_tail_filter_passes_every_vocabulary_word_with_its_clitics() {
        let v = vocab();
        for w in v.words.keys().chain(v.first.keys()) {
            for p in ["", "و", "ال", "وال", "ب", "وب", "لل", "فال"] {
                assert!(v.tails.may_hold(&format!("{p}{w}")), "{p}{w}");
            }
        }
        // and stops most other words
        assert!(!v.tails.may_hold("قصف") && !v.tails.may_hold("الجيش"));
    }

    fn nums(t: &str) -> Vec<(Option<u64>, bool)> {
        let n = Normalized::new(t);
        let toks = tokenize(n.as_str());
        find_numbers(n.as_str(), &toks, 0..toks.len())
            .into_iter()
            .map(|m| (m.value, m.approx))
            .collect()
    }

    #[test]
    fn table() {
        type Case<'a> = (&'a str, &'a [(Option<u64>, bool)]);
        let cases: &[Case] = &[
            ("قتل 17 مقاتلا", &[(Some(17), false)]),
            ("قتل ١٧ مقاتلا", &[(Some(17), false)]),
            ("أسر ما يقارب الـ110 عناصر", &[(Some(110), true)]),
            ("قتل خمسة وعشرين شخصا", &[(Some(25), false)]),
            ("قتل ثلاثة آلاف شخص", &[(Some(3000), false)]),
            ("عشرات القتلى", &[(None, true)]),
            ("قتلت عددا من عناصر", &[(None, true)]),
            ("نحو 390 مقاتلا", &[(Some(390), true)]),
            ("4 مقاتلين على الأقل", &[(Some(4), true)]),
            ("أكثر من مئة شخص", &[(Some(100), true)]),
            ("مئتين وخمسين", &[(Some(250), false)]),
            ("نحو ألفي طالب", &[(Some(2000), true)]),
            ("عشرين ألفا", &[(Some(20000), false)]),
            ("ثلاثة", &[(Some(3), false)]),
            ("في عدد", &[]),
        ];
        for (t, want) in cases {
            assert_eq!(nums(t), *want, "help: input {t:?}");
        }
    }

    #[test]
    fn dual_nouns_count_two() {
        assert_eq!(nums("مقتل جنديين"), [(Some(2), false)]);
        assert_eq!(nums("إصابة شخصين وطفلتين"), [(Some(2), false), (Some(2), false)]);
        // a sound plural is no dual
        assert_eq!(nums("مقتل مدنيين"), []);
    }

    #[test]
    fn lower_bounds() {
        let bound = |t: &str| {
            let n = Normalized::new(t);
            let toks = tokenize(n.as_str());
            find_numbers(n.as_str(), &toks, 0..toks.len())
                .first()
                .map(|n| n.lower_bound)
        };
        assert_eq!(bound("ما لا يقل عن عشرة أشخاص"), Some(true));
        assert_eq!(bound("أكثر من مئة شخص"), Some(true));
        assert_eq!(bound("4 مقاتلين على الأقل"), Some(true));
        assert_eq!(bound("نحو 390 مقاتلا"), Some(false));
        assert_eq!(bound("17 مقاتلا"), Some(false));
        assert_eq!(bound("عشرات القتلى"), Some(false));
    }
}
