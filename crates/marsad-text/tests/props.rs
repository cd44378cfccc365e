//! Property tests: the offset map round-trips, tokens cover the text, and no
//! input panics any stage.

use marsad_text::{dates, numbers, sentences, tokenize, Normalized, TokenKind};
use proptest::prelude::*;

/// Arabic-heavy strings: letters, diacritics, tatweel, digits, punctuation,
/// presentation forms, spaces and some arbitrary chars.
fn arabicish() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "[\u{0621}-\u{064A}]{1,6}",
        "[\u{064B}-\u{0652}\u{0640}]",
        "[\u{0660}-\u{0669}\u{06F0}-\u{06F9}0-9]{1,3}",
        "[،؛؟«».!?,;:\"()/ \n\u{a0}\u{200f}]",
        "[\u{FE70}-\u{FEFC}\u{FB50}-\u{FBB1}]",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn spans_map_back_to_char_boundaries(s in arabicish()) {
        let n = Normalized::new(&s);
        let v = n.as_str();
        for (b, c) in v.char_indices() {
            let o = n.to_original(b..b + c.len_utf8());
            prop_assert!(s.is_char_boundary(o.start) && s.is_char_boundary(o.end));
            prop_assert!(o.start < o.end && o.end <= s.len());
            // the original slice, normalised, contains the char (or whitespace collapsed into it)
            let back = Normalized::new(&s[o.clone()]);
            prop_assert!(back.as_str().contains(c) || c.is_whitespace(), "{:?} -> {:?}", c, &s[o]);
        }
    }

    #[test]
    fn token_spans_round_trip(s in arabicish()) {
        let n = Normalized::new(&s);
        let v = n.as_str();
        for t in tokenize(v) {
            let o = n.to_original(t.start as usize..t.end as usize);
            // normalising the original slice gives the token back
            let back = Normalized::new(&s[o]);
            prop_assert_eq!(back.as_str().trim(), t.text(v));
        }
    }

    #[test]
    fn tokens_cover_all_non_space(s in arabicish()) {
        let n = Normalized::new(&s);
        let v = n.as_str();
        let toks = tokenize(v);
        let covered: usize = toks.iter().map(|t| v[t.start as usize..t.end as usize].chars().count()).sum();
        let non_space = v.chars().filter(|c| !c.is_whitespace()).count();
        prop_assert_eq!(covered, non_space);
        prop_assert!(toks.windows(2).all(|w| w[0].end <= w[1].start));
        prop_assert!(toks.iter().all(|t| t.kind != TokenKind::Word || v[t.start as usize..t.end as usize].chars().all(char::is_alphabetic)));
    }

    #[test]
    fn stages_never_panic(s in arabicish()) {
        let n = Normalized::new(&s);
        let v = n.as_str();
        let toks = tokenize(v);
        let _ = numbers::find_numbers(v, &toks, 0..toks.len());
        let p = chrono::NaiveDate::from_ymd_opt(2015, 8, 9).unwrap();
        let _ = dates::find_dates(v, &toks, 0..toks.len(), p);
        for sen in sentences::sentences(v) {
            let _ = sentences::clauses(v, sen, &["في حين", "بينما"]);
        }
    }

    #[test]
    fn arbitrary_utf8_never_panics(s in any::<String>()) {
        let n = Normalized::new(&s);
        let _ = tokenize(n.as_str());
        let _ = n.to_original(0..n.as_str().len());
    }
}
