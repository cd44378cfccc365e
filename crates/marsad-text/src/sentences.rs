//! Sentence and clause spans over a normalised text.
//!
//! Sentences end at `.`, `?`, `!` (not between digits: `3.5` stays whole), at
//! `...`, and at every newline (a paragraph break). Clauses split a sentence at
//! `,` and `;` and before the connectives given by the caller ("في حين",
//! "بينما", "فيما"): they are where modality and attribution are computed.

use crate::Span;

/// The dateline at the start of `text`, as news agencies write it: a place of at most six
/// words, the agency in parentheses and a dash ("دبي، الإمارات العربية المتحدة (CNN)-- ").
/// Returns its length in bytes, through the dash and the spaces after it. The place of a
/// dateline is the newsroom's, not the story's.
pub fn dateline(text: &str) -> Option<usize> {
    let open = text.find('(')?;
    let head = &text[..open];
    if head.split_whitespace().count() > 6 || head.contains(['.', '\n', '-', ':', '"', '!', '?']) {
        return None;
    }
    let close = open + text[open..].find(')')?;
    let agency = text[open + 1..close].trim();
    if agency.is_empty() || agency.split_whitespace().count() > 4 || agency.contains(['\n', '.', '(']) {
        return None;
    }
    let rest = text[close + 1..].trim_start_matches([' ', '\u{a0}']);
    let after_dash = rest.trim_start_matches('-');
    if after_dash.len() == rest.len() {
        return None;
    }
    Some(text.len() - after_dash.trim_start().len())
}

/// Sentence spans (bytes into `text`), trimmed, non-empty, in order.
pub fn sentences(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let end_here = match b {
            b'\n' | b'?' | b'!' => true,
            b'.' => {
                let prev_digit = i > 0 && bytes[i - 1].is_ascii_digit();
                let next_digit = bytes.get(i + 1).is_some_and(|d| d.is_ascii_digit());
                !(prev_digit && next_digit)
            }
            _ => false,
        };
        if end_here {
            // swallow a run of terminators (..., ?!) and closing quotes
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'.' | b'?' | b'!' | b'"' | b')') {
                j += 1;
            }
            let end = if b == b'\n' { i } else { j };
            push_trimmed(text, start..end, &mut out);
            start = j;
            i = j;
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start..bytes.len(), &mut out);
    out
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let s = &text[span.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(span.start + lead..span.end - trail);
    }
}

/// Plural place nouns (normalised) whose colon opens a list of places, not a new clause.
const PLACE_PLURALS: &[&str] = &[
    "مدن",
    "المدن",
    "مناطق",
    "المناطق",
    "قري",
    "القري",
    "بلدات",
    "البلدات",
    "محافظات",
    "المحافظات",
    "مديريات",
    "المديريات",
    "احياء",
    "الاحياء",
];

/// Clause spans inside `sentence` (bytes into `text`): split at `,` `;` `:`
/// and before each connective in `connectives` (normalised words) that stands
/// at a word start.
pub fn clauses(text: &str, sentence: Span, connectives: &[&str]) -> Vec<Span> {
    let s = &text[sentence.clone()];
    let mut starts = vec![];
    for con in connectives {
        let mut from = 0;
        while let Some(p) = s[from..].find(con) {
            let at = from + p;
            let end = at + con.len();
            if crate::token::is_word_start(s, at) && crate::token::is_word_end(s, end) {
                starts.push(sentence.start + at);
            }
            from = end;
        }
    }
    clauses_at(text, sentence, &starts)
}

/// Words (normalised) that name a day or a part of it ("الخميس", "اليوم", "مساء"): a day
/// between two commas ("، الخميس،") is an aside; after a title or a count such a word is
/// neither a name nor what is counted.
pub const DAY_WORDS: &[&str] = &[
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "اليوم",
    "امس",
    "يوم",
    "مساء",
    "صباح",
    "فجر",
    "ليل",
    "ليله",
    "ظهر",
];

/// Clause spans inside `sentence`, split at `,` `;` `:` and before each byte
/// offset in `starts` (connective words found by the caller, offsets into `text`).
pub fn clauses_at(text: &str, sentence: Span, starts: &[usize]) -> Vec<Span> {
    let s = &text[sentence.clone()];
    let mut cuts = vec![];
    // a day set off by commas is parenthetical: "زار وفد أميركي، الخميس، مدينة منبج"
    let mut day_end: Option<usize> = None;
    for (i, c) in s.char_indices() {
        // a comma before "عن" does not close the clause: "أسفر انفجار سيارة في وسط
        // المدينة، عن إصابة عشرة" (the verb's complement follows)
        let continues = c == ',' && {
            let rest = s[i + 1..].trim_start();
            rest.strip_prefix("عن")
                .is_some_and(|r| r.starts_with(char::is_whitespace))
        };
        if c == ',' && day_end.is_none() {
            let rest = &s[i + 1..];
            if let Some(j) = rest.find(',') {
                let words: Vec<&str> = rest[..j].split_whitespace().collect();
                // (so is a hashtag name: "وصل وزير الخارجية الأميركي، #مايك_بومبيو، إلى كابول")
                // (the underscores of a hashtag are spaces in the normalised text)
                let hashtag = (1..=4).contains(&words.len()) && words[0].starts_with('#');
                if hashtag
                    || (!words.is_empty()
                        && words.len() <= 3
                        && words.iter().all(|w| DAY_WORDS.contains(&w.trim_matches(['(', ')']))))
                {
                    day_end = Some(i + 1 + j);
                    continue;
                }
            }
        }
        if day_end == Some(i) {
            day_end = None;
            continue;
        }
        // a colon after a plural place noun opens the list of those places, inside the
        // clause: "خرجت مظاهرات في مدن: جوبا وواو وملكال"
        let lists_places = c == ':'
            && s[..i]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| PLACE_PLURALS.contains(&w));
        if matches!(c, ',' | ';' | ':') && !continues && !lists_places {
            cuts.push((i, i + 1));
        }
    }
    for &at in starts {
        if at > sentence.start && at < sentence.end {
            cuts.push((at - sentence.start, at - sentence.start));
        }
    }
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut start = 0;
    for (cut, resume) in cuts {
        if cut >= start {
            push_trimmed(text, sentence.start + start..sentence.start + cut, &mut out);
            start = resume;
        }
    }
    push_trimmed(text, sentence.start + start..sentence.end, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        let t = "دبي, الامارات العربيه المتحده (CNN)-- قتل خمسه";
        assert_eq!(&t[dateline(t).unwrap()..], "قتل خمسه");
        let t = "القدس (رويترز) - اعلن الجيش";
        assert_eq!(&t[dateline(t).unwrap()..], "اعلن الجيش");
        // no dash after the parentheses, a sentence before them, a long aside: no dateline
        assert_eq!(dateline("القدس (رويترز) اعلن الجيش"), None);
        assert_eq!(dateline("قتل خمسه. وقال الجيش (في بيان) - ان"), None);
        assert_eq!(dateline("قال المتحدث باسم الجيش (الذي رفض الكشف عن اسمه) - ان"), None);
        assert_eq!(dateline("قتل خمسه اشخاص"), None);
    }

    fn sents(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|s| &t[s]).collect()
    }

    #[test]
    fn splits_sentences() {
        assert_eq!(
            sents("قتل 3.5 شخص. وجرح اخرون\nفقرة ثانية?! نعم"),
            ["قتل 3.5 شخص.", "وجرح اخرون", "فقرة ثانية?!", "نعم"]
        );
        assert_eq!(sents("  \n\n "), Vec::<&str>::new());
    }

    #[test]
    fn a_day_between_commas_does_not_cut() {
        let t = "زار وفد, الخميس, مدينة منبج, وقال المصدر";
        let c: Vec<&str> = clauses(t, 0..t.len(), &[]).into_iter().map(|s| &t[s]).collect();
        assert_eq!(c, ["زار وفد, الخميس, مدينة منبج", "وقال المصدر"]);
        // a longer aside still cuts
        let t = "تعهد بارزاني, اليوم (الاثنين), بالانتقام";
        assert_eq!(clauses(t, 0..t.len(), &[]).len(), 1);
        let t = "زار وفد, كما قال المصدر, مدينة منبج";
        assert_eq!(clauses(t, 0..t.len(), &[]).len(), 3);
    }

    #[test]
    fn a_comma_before_a_complement_does_not_cut() {
        let t = "أسفر انفجار في وسط المدينة, عن إصابة عشرة, وقال المصدر";
        let c: Vec<&str> = clauses(t, 0..t.len(), &[]).into_iter().map(|s| &t[s]).collect();
        assert_eq!(c, ["أسفر انفجار في وسط المدينة, عن إصابة عشرة", "وقال المصدر"]);
    }

    #[test]
    fn splits_clauses() {
        let t = "قصفت القوات البلده, في حين ارسل التنظيم تعزيزات";
        let c: Vec<&str> = clauses(t, 0..t.len(), &["في حين"]).into_iter().map(|s| &t[s]).collect();
        assert_eq!(c, ["قصفت القوات البلده", "في حين ارسل التنظيم تعزيزات"]);
    }

    #[test]
    fn a_colon_listing_places_stays_in_its_clause() {
        let t = "خرجت مظاهرات في مدن: جوبا وواو وملكال";
        let c: Vec<&str> = clauses(t, 0..t.len(), &[]).into_iter().map(|s| &t[s]).collect();
        assert_eq!(c, [t]);
        // a colon before a quotation still closes the clause
        let t = "وقال في بيان: ان القوات تقدمت";
        let c: Vec<&str> = clauses(t, 0..t.len(), &[]).into_iter().map(|s| &t[s]).collect();
        assert_eq!(c, ["وقال في بيان", "ان القوات تقدمت"]);
    }
}
