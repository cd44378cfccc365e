//! Dates in Arabic news text, resolved against a publication date.
//!
//! Vocabulary in `data/calendar.tsv` (compiled in): Gregorian months in both
//! naming systems (يناير / كانون الثاني, also combined "يناير/كانون الثاني"
//! and "يوليو (تموز)"), Hijri months, weekdays, relative words (أمس، اليوم،
//! الليلة الماضية، أول أمس، الأسبوع الماضي) and parts of the day
//! (مساء، صباح، فجر، ليلة، ليل). Rules:
//! - a weekday is the last such day on or before publication ("السبت" in a
//!   Sunday paper is yesterday), but the day after publication is that next day
//!   (a story filed on the eve, a plan); with "الماضي" it is never the next day,
//!   and the same weekday is a week back;
//! - "D month [year]": that day; without a year, the latest such date not
//!   more than a week after publication; a month alone: its 15th, precision 3;
//! - "D hijri-month [year]": converted with the arithmetical (tabular) Islamic
//!   calendar, which agrees with Umm al-Qura to within a day or two;
//! - precision follows ACLED: 1 day, 2 week, 3 month.

use crate::token::{Token, TokenKind};
use crate::Span;
use chrono::{Datelike, Days, NaiveDate};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// A date found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Bytes into the normalised text.
    pub span: Span,
    /// The resolved date.
    pub date: NaiveDate,
    /// ACLED time precision: 1 day, 2 week, 3 month.
    pub precision: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Month,
    HMonth,
    Weekday,
    Rel,
    RelWeek,
    RelMonth,
    DayPart,
    Past,
    Ordinal,
    LastYear,
}

struct Vocab {
    /// phrase (as tokens) → kind, value; longest first
    phrases: Vec<(Vec<String>, Kind, u32)>,
    first: HashMap<String, Vec<usize>>,
    /// the ends of every phrase start (see [`crate::tails`])
    tails: crate::tails::Tails,
}

fn vocab() -> &'static Vocab {
    static V: OnceLock<Vocab> = OnceLock::new();
    V.get_or_init(|| {
        let mut phrases = Vec::new();
        for line in include_str!("../data/calendar.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 3 {
                continue;
            }
            let kind = match c[1] {
                "month" => Kind::Month,
                "hmonth" => Kind::HMonth,
                "weekday" => Kind::Weekday,
                "rel" => Kind::Rel,
                "relweek" => Kind::RelWeek,
                "relmonth" => Kind::RelMonth,
                "daypart" => Kind::DayPart,
                "past" => Kind::Past,
                "ordinal" => Kind::Ordinal,
                "lastyear" => Kind::LastYear,
                _ => continue,
            };
            let value = c[2].trim().parse().unwrap_or(0);
            let toks: Vec<String> = crate::fold(c[0]).split(' ').map(str::to_string).collect();
            phrases.push((toks, kind, value));
        }
        phrases.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        let mut first: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, p) in phrases.iter().enumerate() {
            first.entry(p.0[0].clone()).or_default().push(i);
        }
        let tails = crate::tails::Tails::of(first.keys().map(String::as_str));
        Vocab { phrases, first, tails }
    })
}

/// Matches a calendar phrase at token `i`, allowing one proclitic (و ب ل ف)
/// on the first word. Returns (kind, value, tokens used).
fn phrase_at(text: &str, toks: &[Token], i: usize, end: usize) -> Option<(Kind, u32, usize)> {
    let v = vocab();
    let w = toks.get(i).filter(|_| i < end)?.text(text);
    if !v.tails.may_hold(w) {
        return None;
    }
    // a proclitic may be stripped only when three letters or more remain ("باب" is not ب + آب)
    let stripped = ["و", "ب", "ل", "ف", "وب", "ول"]
        .iter()
        .find_map(|p| w.strip_prefix(p))
        .filter(|r| r.chars().count() >= 3);
    let candidates = [Some(w), stripped];
    for cand in candidates.into_iter().flatten() {
        let Some(ids) = v.first.get(cand) else { continue };
        for &id in ids {
            let (p, k, val) = &v.phrases[id];
            if i + p.len() <= end && p.iter().enumerate().skip(1).all(|(j, pw)| toks[i + j].text(text) == pw) {
                return Some((*k, *val, p.len()));
            }
        }
    }
    None
}

fn number_at(text: &str, toks: &[Token], i: usize, end: usize) -> Option<u32> {
    let t = toks.get(i).filter(|_| i < end)?;
    (t.kind == TokenKind::Number)
        .then(|| t.text(text).parse().ok())
        .flatten()
}

/// Finds and resolves every date in `toks[range]` against `published`.
pub fn find_dates(text: &str, toks: &[Token], range: std::ops::Range<usize>, published: NaiveDate) -> Vec<DateMention> {
    let mut out = Vec::new();
    let end = range.end;
    let mut i = range.start;
    while i < end {
        let start = toks[i].start as usize;
        // D month [year]  /  D hijri-month [year]  /  "الثالث من أغسطس" (an ordinal day)
        let day_at = number_at(text, toks, i, end)
            .filter(|d| (1..=31).contains(d))
            .map(|d| (d, 1))
            .or_else(|| match phrase_at(text, toks, i, end) {
                Some((Kind::Ordinal, d, n)) if i + n < end && toks[i + n].text(text) == "من" => Some((d, n + 1)),
                _ => None,
            });
        if let Some((day, used)) = day_at {
            if let Some((k @ (Kind::Month | Kind::HMonth), m, n)) = phrase_at(text, toks, i + used, end) {
                let mut j = skip_other_name(text, toks, i + used + n, end);
                let year =
                    number_at(text, toks, j, end).filter(|y| (1000..=2200).contains(y) || (1300..=1500).contains(y));
                if year.is_some() {
                    j += 1;
                }
                // "... أغسطس العام الماضي": the year before publication
                let year = match (year, phrase_at(text, toks, j, end)) {
                    (None, Some((Kind::LastYear, _, n))) if k == Kind::Month => {
                        j += n;
                        Some(published.year() as u32 - 1)
                    }
                    (y, _) => y,
                };
                // "الحالي" / "المقبل": this year's date even if after publication
                let current = year.is_none()
                    && j < end
                    && matches!(toks[j].text(text), "الحالي" | "المقبل" | "القادم" | "الجاري");
                let year = if current { Some(published.year() as u32) } else { year };
                let date = if k == Kind::Month {
                    gregorian(day, m, year, published)
                } else {
                    hijri(day, m, year, published)
                };
                if let Some(date) = date {
                    out.push(DateMention {
                        span: start..toks[j - 1].end as usize,
                        date,
                        precision: 1,
                    });
                    i = j;
                    continue;
                }
            }
        }
        if let Some((kind, value, n)) = phrase_at(text, toks, i, end) {
            let mut j = i + n;
            let resolved = match kind {
                Kind::DayPart => {
                    // "مساء السبت", "فجر اليوم", "يوم أمس"
                    match phrase_at(text, toks, j, end) {
                        Some((k2 @ (Kind::Weekday | Kind::Rel), v2, n2)) => {
                            j += n2;
                            resolve_simple(k2, v2, past_follows(text, toks, &mut j, end), published)
                        }
                        _ => None,
                    }
                }
                Kind::Weekday => {
                    // "الاثنين" doubles as "two": only with a day word before, "الماضي" after, or
                    // closing its clause ("قتل 60 فلسطينيا في الاحتجاجات الاثنين،"), where no
                    // counted noun follows it
                    let ambiguous = value == 0;
                    let preceded = i > 0 && matches!(phrase_at(text, toks, i - 1, end), Some((Kind::DayPart, _, 1)));
                    let past = past_follows(text, toks, &mut j, end);
                    let closes = j >= end || toks[j].kind == TokenKind::Punct;
                    if ambiguous && !preceded && !past && !closes {
                        None
                    } else {
                        resolve_simple(kind, value, past, published)
                    }
                }
                Kind::Rel | Kind::RelWeek | Kind::RelMonth => resolve_simple(kind, value, false, published),
                Kind::Month => {
                    // a month alone, "في يناير", "في ديسمبر (كانون الأول) 2001": mid-month, precision 3
                    j = skip_other_name(text, toks, j, end);
                    let year = number_at(text, toks, j, end).filter(|y| (1900..=2200).contains(y));
                    if year.is_some() {
                        j += 1;
                    }
                    // this month: the publication date (the event is recent); another: its 15th
                    let same_month = value == published.month() && year.is_none_or(|y| y as i32 == published.year());
                    if same_month {
                        Some((published, 3))
                    } else {
                        gregorian(15, value, year, published).map(|d| (d, 3))
                    }
                }
                _ => None,
            };
            if let Some((date, precision)) = resolved {
                out.push(DateMention {
                    span: start..toks[j - 1].end as usize,
                    date,
                    precision,
                });
                i = j;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Past the month's name in the other naming system, when it follows the first one:
/// "يناير/كانون الثاني", "يوليو (تموز)". Returns the token after it (or `j` unchanged).
fn skip_other_name(text: &str, toks: &[Token], j: usize, end: usize) -> usize {
    if j < end && matches!(toks[j].text(text), "/" | "(") {
        if let Some((Kind::Month | Kind::HMonth, _, n)) = phrase_at(text, toks, j + 1, end) {
            let k = j + 1 + n;
            return if k < end && toks[k].text(text) == ")" { k + 1 } else { k };
        }
    }
    j
}

fn past_follows(text: &str, toks: &[Token], j: &mut usize, end: usize) -> bool {
    if let Some((Kind::Past, _, n)) = phrase_at(text, toks, *j, end) {
        *j += n;
        true
    } else {
        false
    }
}

fn resolve_simple(kind: Kind, value: u32, past: bool, published: NaiveDate) -> Option<(NaiveDate, u8)> {
    match kind {
        Kind::Weekday => {
            let pub_wd = published.weekday().num_days_from_monday();
            let mut back = (pub_wd + 7 - value) % 7;
            if back == 0 && past {
                back = 7;
            }
            // the day after publication is that day, not six days back: a story filed on
            // the eve ("ليل الأحد" in a paper dated late Saturday GMT) or a plan for tomorrow
            if back == 6 && !past {
                return Some((published.checked_add_days(Days::new(1))?, 1));
            }
            Some((published.checked_sub_days(Days::new(back.into()))?, 1))
        }
        Kind::Rel => Some((published.checked_sub_days(Days::new(value.into()))?, 1)),
        Kind::RelWeek => Some((published.checked_sub_days(Days::new(value.into()))?, 2)),
        Kind::RelMonth => Some((published.checked_sub_days(Days::new(value.into()))?, 3)),
        _ => None,
    }
}

fn gregorian(day: u32, month: u32, year: Option<u32>, published: NaiveDate) -> Option<NaiveDate> {
    if let Some(y) = year {
        return NaiveDate::from_ymd_opt(y as i32, month, day);
    }
    let limit = published.checked_add_days(Days::new(7))?;
    let this = NaiveDate::from_ymd_opt(published.year(), month, day);
    match this {
        Some(d) if d <= limit => Some(d),
        _ => NaiveDate::from_ymd_opt(published.year() - 1, month, day),
    }
}

/// Days from 0001-01-01 (CE) of the Islamic epoch (16 July 622 Julian), as in
/// the arithmetical calendar.
const ISLAMIC_EPOCH_CE_DAYS: i64 = 227_015;

/// Tabular Islamic calendar: (year, month, day) → Gregorian date.
pub fn hijri_to_gregorian(year: i64, month: u32, day: u32) -> Option<NaiveDate> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) {
        return None;
    }
    let m = i64::from(month);
    let days = i64::from(day)
        + (295 * m - 290 + 9) / 10 // ceil(29.5 * (m - 1))
        + (year - 1) * 354
        + (3 + 11 * year).div_euclid(30)
        + ISLAMIC_EPOCH_CE_DAYS
        - 1;
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(days).ok()?)
}

/// The Hijri year of a Gregorian date (tabular calendar).
fn hijri_year_of(date: NaiveDate) -> i64 {
    let days = i64::from(date.num_days_from_ce()) - ISLAMIC_EPOCH_CE_DAYS;
    (30 * days + 10646).div_euclid(10631)
}

fn hijri(day: u32, month: u32, year: Option<u32>, published: NaiveDate) -> Option<NaiveDate> {
    if let Some(y) = year {
        return hijri_to_gregorian(i64::from(y), month, day);
    }
    let y = hijri_year_of(published);
    let limit = published.checked_add_days(Days::new(7))?;
    match hijri_to_gregorian(y, month, day) {
        Some(d) if d <= limit => Some(d),
        _ => hijri_to_gregorian(y - 1, month, day),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{tokenize, Normalized};

    #[test]
    fn the_tail_filter_passes_every_calendar_word_with_its_proclitic() {
        let v = vocab();
        for w in v.first.keys() {
            for p in ["", "و", "ب", "ل", "ف", "وب", "ول"] {
                assert!(v.tails.may_hold(&format!("{p}{w}")), "{p}{w}");
            }
        }
        assert!(!v.tails.may_hold("الجيش"));
    }

    fn dates(t: &str, published: &str) -> Vec<(String, u8)> {
        let p = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
        let n = Normalized::new(t);
        let toks = tokenize(n.as_str());
        find_dates(n.as_str(), &toks, 0..toks.len(), p)
            .into_iter()
            .map(|d| (d.date.to_string(), d.precision))
            .collect()
    }

    #[test]
    fn table() {
        // 2014-01-05 is a Sunday.
        type Case<'a> = (&'a str, &'a str, &'a [(&'a str, u8)]);
        let cases: &[Case] = &[
            ("بيانا ثانيا مساء السبت", "2014-01-05", &[("2014-01-04", 1)]),
            ("يوم الأحد", "2014-01-05", &[("2014-01-05", 1)]),
            ("الأحد الماضي", "2014-01-05", &[("2013-12-29", 1)]),
            // the day after publication: that next day (filed on the eve, or a plan)
            ("ليل الاثنين", "2014-01-05", &[("2014-01-06", 1)]),
            ("الاثنين الماضي", "2014-01-05", &[("2013-12-30", 1)]),
            ("يوم الجمعة", "2014-01-05", &[("2014-01-03", 1)]),
            ("قتل أمس", "2014-01-05", &[("2014-01-04", 1)]),
            ("أول من أمس", "2014-01-05", &[("2014-01-03", 1)]),
            ("في 22 يناير/كانون الثاني الحالي", "2014-01-05", &[("2014-01-22", 1)]),
            ("في 24 يوليو (تموز)", "2015-08-09", &[("2015-07-24", 1)]),
            ("في 30 ديسمبر", "2014-01-05", &[("2013-12-30", 1)]),
            ("في 5 كانون الثاني 2014", "2020-01-01", &[("2014-01-05", 1)]),
            ("الأسبوع الماضي", "2014-01-05", &[("2013-12-29", 2)]),
            (
                "في الثالث من أغسطس (آب) العام الماضي",
                "2015-08-05",
                &[("2014-08-03", 1)],
            ),
            ("في الحادي والعشرين من مارس", "2015-08-05", &[("2015-03-21", 1)]),
            ("الثالث من الشهر", "2015-08-05", &[]),
            ("الاثنين مقاتلين", "2014-01-05", &[]),
            (
                "قتل 60 فلسطينيا في الاحتجاجات الاثنين، وأصيب",
                "2014-01-08",
                &[("2014-01-06", 1)],
            ),
            ("حي باب توما", "2014-01-05", &[]),
            ("في يناير", "2014-01-05", &[("2014-01-05", 3)]),
            ("في ديسمبر", "2014-01-05", &[("2013-12-15", 3)]),
            // the month's other name in parentheses, then the year
            ("في ديسمبر (كانون الأول) 2001", "2008-12-01", &[("2001-12-15", 3)]),
            ("في يونيو/حزيران 2007 هاجم", "2008-12-01", &[("2007-06-15", 3)]),
            // tabular calendar: one day after Umm al-Qura's 2024-03-13 here
            ("في 3 رمضان 1445", "2024-03-20", &[("2024-03-14", 1)]),
        ];
        for (t, p, want) in cases {
            let want: Vec<(String, u8)> = want.iter().map(|(d, q)| (d.to_string(), *q)).collect();
            assert_eq!(dates(t, p), want, "help: input {t:?} published {p}");
        }
    }

    #[test]
    fn hijri_conversion() {
        // Umm al-Qura: 1 Ramadan 1445 = 2024-03-11; the tabular calendar may differ by a day or two.
        let d = hijri_to_gregorian(1445, 9, 1).unwrap();
        let uq = NaiveDate::from_ymd_opt(2024, 3, 11).unwrap();
        assert!((d - uq).num_days().abs() <= 2, "{d}");
        // 1 Muharram 1436 = 2014-10-25 (Umm al-Qura)
        let d = hijri_to_gregorian(1436, 1, 1).unwrap();
        assert!(
            (d - NaiveDate::from_ymd_opt(2014, 10, 25).unwrap()).num_days().abs() <= 2,
            "{d}"
        );
        assert_eq!(hijri_year_of(NaiveDate::from_ymd_opt(2024, 3, 20).unwrap()), 1445);
    }
}
