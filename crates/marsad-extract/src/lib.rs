//! The marsad extraction engine: documents in, event records out — who did
//! what to whom, where, when, how many, says who, and whether it happened.
//!
//! # Overview
//! - [`Document`]: the input a reader makes (text, title, date, body and
//!   boilerplate spans).
//! - [`Extractor`]: built once from a [`marsad_kb::KnowledgeBase`], shared
//!   across threads; [`Extractor::extract`] turns one document into one
//!   [`record::Record`].
//! - The stages, each a module: [`analysis`] (mentions), [`frames`]
//!   (arguments, coreference, modality, attribution, quantities), [`geo`]
//!   (places), and the event assembly here (place splitting, dates,
//!   classification, merging).
//!
//! ```
//! use std::sync::Arc;
//! let kb = Arc::new(marsad_kb::KnowledgeBase::embedded().unwrap());
//! let ex = marsad_extract::Extractor::new(kb);
//! let mut doc = marsad_extract::Document::from_text("d1", "قصفت قوات النظام مدينة يبرود في ريف دمشق.");
//! doc.published = chrono::NaiveDate::from_ymd_opt(2014, 1, 5);
//! let rec = ex.extract(&doc);
//! assert_eq!(rec.events[0].event_type, "ASSAULT");
//! ```
#![deny(missing_docs)]

pub mod analysis;
pub mod document;
pub mod frames;
pub mod geo;
pub mod record;

pub use document::{Boilerplate, Document};

use analysis::Analysis;
use chrono::{Datelike, NaiveDate};
use frames::{ActorRef, Frame, Framer, Said};
use marsad_kb::cues::{CueKind, PlaceWordKind, Scope};
use marsad_kb::places::{PlaceContext, PlaceKind};
use marsad_kb::triggers::acled_event_type;
use marsad_kb::KnowledgeBase;
use marsad_text::{dates, numbers, CharOffsets, Span};
use record::*;
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

/// Options of an [`Extractor`].
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Add per-slot explanations to each event.
    pub explain: bool,
    /// Add the worked-on text to each record.
    pub with_text: bool,
}

/// The engine. Cheap to clone; `Send + Sync`.
#[derive(Clone)]
pub struct Extractor {
    kb: Arc<KnowledgeBase>,
    opts: Options,
}

/// Specificity of an ACLED sub-type: in one clause the most specific
/// violent reading wins ("غارة" over "قتل").
/// Words after "منذ" that keep it within the day or the last days ("منذ الصباح", "منذ ساعات"):
/// an ongoing event, not a recap.
const SAME_DAY: &[&str] = &[
    "الصباح",
    "صباح",
    "ساعات",
    "الفجر",
    "فجر",
    "مساء",
    "ليل",
    "ليله",
    "امس",
    "يومين",
    "ايام",
    "الظهر",
    "ظهر",
    "ساعه",
];

/// Whether an event type is a statement (accuse, request, support, agree ...) rather
/// than an action done on the ground (assault, protest, coerce, mobilise ...).
fn is_statement(event_type: &str) -> bool {
    !matches!(
        event_type,
        "ASSAULT" | "PROTEST" | "COERCE" | "MOBILIZE" | "RETREAT" | "SANCTION" | "AID"
    )
}

/// A resolved place as the document remembers it for later sentences: its location and the
/// key that tells two tellings of one place apart (the gazetteer id).
fn told_entry(r: &geo::Resolved) -> (LocationOut, String) {
    (r.location.clone(), r.location.gazetteer_id.clone().unwrap_or_default())
}

/// What a document tells besides its frames.
struct Told<'t> {
    /// The attacks it names as topics ("أدانت الهجوم على ..."), in text order.
    topics: &'t [TopicAttack],
    /// Per sentence, who it says is speaking ("وقال المتحدث باسم الجيش ..."), for the reporting
    /// verbs after it that name no one.
    speakers: &'t [Option<Attribution>],
}

/// Indices of the mentions of `list` (in text order) inside token range `r`:
/// a contiguous run, found by binary search.
fn mentions_in(list: &[analysis::Mention], r: std::ops::Range<usize>) -> Vec<usize> {
    let lo = list.partition_point(|m| m.t0 < r.start);
    let hi = list.partition_point(|m| m.t0 < r.end);
    (lo..hi).filter(|&i| list[i].t1 <= r.end).collect()
}

fn specificity(sub: Option<&str>) -> u8 {
    match sub {
        Some(
            "Air/drone strike"
            | "Shelling/artillery/missile attack"
            | "Remote explosive/landmine/IED"
            | "Suicide bomb"
            | "Chemical weapon"
            | "Grenade",
        ) => 4,
        Some(
            "Non-state actor overtakes territory" | "Government regains territory" | "Abduction/forced disappearance",
        ) => 3,
        Some(
            "Armed clash"
            | "Violent demonstration"
            | "Protest with intervention"
            | "Excessive force against protesters",
        ) => 2,
        _ => 1,
    }
}

/// Whether an ACLED sub-type is one of the two for ground taken (by a government or not).
pub(crate) fn territorial(sub: &str) -> bool {
    matches!(
        sub,
        "Non-state actor overtakes territory" | "Government regains territory"
    )
}

/// ACLED's territorial sub-types follow who takes the ground: a government and its forces
/// regain it, rebels overtake it. Applied once more after the story has named an author found
/// late (the other side of a battle, the author named in a later sentence).
fn territory_by_author(e: &mut Event) {
    let inter1 = e.actor1.as_ref().and_then(|x| x.inter);
    if let Some(acled) = e.acled.as_mut() {
        match (acled.sub_event_type, inter1) {
            ("Non-state actor overtakes territory", Some(1)) => acled.sub_event_type = "Government regains territory",
            ("Government regains territory", Some(2)) => acled.sub_event_type = "Non-state actor overtakes territory",
            _ => {}
        }
    }
}

/// Replaces what `--explain` says of one slot of an event (when it explains).
fn set_explain(e: &mut Event, slot: &str, why: String) {
    if let Some(serde_json::Value::Object(m)) = e.explain.as_mut() {
        m.insert(
            slot.into(),
            serde_json::Value::Array(vec![serde_json::Value::String(why)]),
        );
    }
}

/// An attack named as a topic, kept for who made it where.
struct TopicAttack {
    sentence: usize,
    /// Normalised byte offset of its sentence.
    start: usize,
    mode: Option<String>,
    admin1: Option<String>,
    author: Option<usize>,
}

struct Candidate {
    frame_ix: usize,
    /// The place is in the trigger's own stretch after it, or at most two words before it.
    place_near: bool,
    /// The place is in the relative clause that tells the event ("التفجير الذي استهدف أمس
    /// مسجدا في مدينة القطيف").
    place_in_relative: bool,
    event_type: &'static str,
    acled_sub: Option<&'static str>,
    location: Option<LocationOut>,
    place_key: Option<String>,
    place_from_sentence: bool,
    place_outside_clause: bool,
    date: Option<(NaiveDate, u8, Option<String>)>,
    explicit_date: bool,
    evidence: Span,
    title: bool,
}

impl Extractor {
    /// An extractor over `kb` with default options.
    pub fn new(kb: Arc<KnowledgeBase>) -> Self {
        Self::with_options(kb, Options::default())
    }

    /// An extractor with options.
    pub fn with_options(kb: Arc<KnowledgeBase>, opts: Options) -> Self {
        Extractor { kb, opts }
    }

    /// The knowledge base.
    pub fn kb(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// Extracts the events of one document.
    pub fn extract(&self, doc: &Document) -> Record {
        let kb = &*self.kb;
        let a = Analysis::new(doc, kb);
        let ctx = self.context(&a);
        let refs = frames::actor_refs(&a, kb, &ctx.countries);
        let mut framer = Framer::new(&a, kb, &refs);
        framer.explain = self.opts.explain;
        let published = doc.published;
        let pub_or_today = published.unwrap_or_else(|| NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default());

        // per sentence: numbers, dates, resolved places
        let mut cands: Vec<Candidate> = Vec::new();
        let mut all_frames: Vec<Frame> = Vec::new();
        let mut para_place: HashMap<usize, (LocationOut, String)> = HashMap::default();
        let mut para_date: HashMap<usize, (NaiveDate, u8, Option<String>)> = HashMap::default();
        let mut lead: Option<(LocationOut, String)> = None;
        let mut recent: Option<(usize, (LocationOut, String))> = None;
        // the last town named (sentence, place): what "في المدينة" after it refers to
        let mut last_town: Option<(usize, (LocationOut, String))> = None;
        // the title's first place: the story's place when the body has named none yet
        let mut title_place: Option<(LocationOut, String)> = None;
        // attacks named as a topic ("التحقيق في الغارة التي نفذتها طائرات التحالف"): not
        // coded, but they tell who made such attacks where
        let mut topics: Vec<TopicAttack> = Vec::new();
        let mut lead_date: Option<(NaiveDate, u8, Option<String>)> = None;
        // triggers that gave no event, and why (only with --explain)
        let mut dropped: Vec<(usize, &'static str)> = Vec::new();
        let v = a.v();
        for (si, s) in a.sentences.iter().enumerate() {
            let nums = numbers::find_numbers(v, &a.tokens, s.tokens.clone());
            let dts = if published.is_some() {
                dates::find_dates(v, &a.tokens, s.tokens.clone(), pub_or_today)
            } else {
                Vec::new()
            };
            // a calendar word that is a place named with its place word is the place: "محافظة إب"
            // is Ibb, not آب (August, spelled alike once alef is folded)
            let dts: Vec<dates::DateMention> = dts
                .into_iter()
                .filter(|d| {
                    !a.places.iter().any(|m| {
                        let inside = m.span().start <= d.span.start && d.span.end <= m.span().end;
                        // (a longer name holds its place word: "محافظة إب" is one gazetteer name)
                        inside
                            && (m.span() != d.span
                                || geo::frame_of(&a, kb, m).is_some_and(|f| f != PlaceWordKind::Prep))
                    })
                })
                .collect();
            let date_toks: Vec<std::ops::Range<usize>> = dts
                .iter()
                .map(|d| {
                    let t0 = a.tokens.partition_point(|t| (t.start as usize) < d.span.start);
                    let t1 = a.tokens.partition_point(|t| (t.start as usize) < d.span.end);
                    t0..t1
                })
                .collect();
            let nums: Vec<_> = nums
                .into_iter()
                .filter(|n| {
                    !dts.iter()
                        .any(|d| d.span.start < n.span.end && n.span.start < d.span.end)
                })
                .collect();
            // places of the sentence, framed and resolved with the sentence's admin context
            // (not a patron: "ميليشيات عصائب أهل الحق الموالية لإيران", "المدعومة من روسيا")
            let idxs: Vec<usize> = mentions_in(&a.places, s.tokens.clone())
                .into_iter()
                .filter(|&i| !patron(&a, kb, &a.places[i]))
                .collect();
            let frames_of: Vec<geo::Frame> = idxs.iter().map(|&i| geo::frame_of(&a, kb, &a.places[i])).collect();
            let mut sctx = ctx.clone();
            for (k, &i) in idxs.iter().enumerate() {
                if let Some(r) = geo::resolve(&a, kb, i, &ctx, frames_of[k]) {
                    if matches!(kb.places.places[r.place as usize].kind, PlaceKind::Admin1)
                        || frames_of[k] == Some(PlaceWordKind::Countryside)
                    {
                        if let Some(c) = r.location.admin1_code.clone() {
                            sctx.admin1.push(c);
                        }
                    }
                }
            }
            if let Some((_, (l, _))) = para_place.iter().find(|(p, _)| **p == s.paragraph) {
                if let Some(c) = l.admin1_code.clone() {
                    sctx.admin1.push(c);
                }
            }
            let mut resolved: Vec<geo::Resolved> = Vec::new();
            for (k, &i) in idxs.iter().enumerate() {
                let mut f = frames_of[k];
                // a list member inherits its head's frame: "ريفي إدلب والحسكة" (not the place word
                // inside a head's own name: "مطار الحديدة وبأنه"; not a common word, which needs
                // a place word of its own: "في مدينة تعز، في بيان")
                if let Some(prev) = resolved.last() {
                    let pm = &a.places[prev.mention];
                    if !geo::holds_place_word(&a, pm)
                        && !geo::common_word(&a, kb, &a.places[i])
                        && self.coordinated(&a, pm, &a.places[i])
                        && (f.is_none() || f == Some(PlaceWordKind::Prep))
                    {
                        f = prev.frame;
                    }
                }
                if let Some(r) = geo::resolve(&a, kb, i, &sctx, f) {
                    resolved.push(r);
                }
            }
            // sentence date (first), kept for the paragraph; not one told of a topic
            // ("احتجاجا على مقتل ضابط يوم الأربعاء"); a recent one before an old one ("مدد
            // الطوارئ التي فرضت بعد هجومين في نيسان/أبريل 2017، حسبما نشر السبت": the
            // next sentence is Saturday's news, the old date dates its own clause)
            let dated =
                |d: &&dates::DateMention| !deadline(&a, d, published) && !topic_between(&a, kb, s.tokens.start, d);
            let fresh = |d: &&dates::DateMention| published.is_none_or(|p| (p - d.date).num_days() <= 31);
            let sdate = dts
                .iter()
                .filter(dated)
                .find(fresh)
                .or_else(|| dts.iter().find(dated))
                .map(|d| (d.date, d.precision, Some(a.original(d.span.clone()).to_string())));
            if let Some(d) = sdate.clone() {
                para_date.insert(s.paragraph, d.clone());
                if lead_date.is_none()
                    && !s.is_title
                    && a.sentences
                        .iter()
                        .find(|x| !x.is_title)
                        .is_some_and(|x| x.paragraph == s.paragraph)
                {
                    lead_date = Some(d);
                }
            }
            // frames
            let trig_ix: Vec<usize> = mentions_in(&a.triggers, s.tokens.clone());
            // a title or a section heading ("الائتلاف يدعم") summarises; events come from the body
            let heading = s.is_title
                || (s.tokens.len() <= 4
                    && !v[s.span.clone()].ends_with(['.', '?', '!', '"'])
                    && a.sentences.get(si + 1).is_some_and(|n| n.paragraph != s.paragraph));
            let trig_ix = if heading { Vec::new() } else { trig_ix };
            for ti in trig_ix {
                let Some(fr) = framer.frame(ti, si, s, &nums, &date_toks) else {
                    continue;
                };
                let trig = &kb.triggers.triggers[fr.entry as usize];
                let tm = &a.triggers[ti];
                // places for this frame: in its own stretch of the clause (up to the
                // neighbouring triggers) after it, then before it, then the clause, then the sentence
                let in_range = |r: &geo::Resolved, lo: usize, hi: usize| {
                    let m = &a.places[r.mention];
                    m.t0 >= lo && m.t1 <= hi
                };
                let prev_trig = a
                    .triggers
                    .iter()
                    .filter(|t| t.t1 <= tm.t0 && t.t0 >= fr.clause.start)
                    .map(|t| t.t1)
                    .max()
                    .unwrap_or(fr.clause.start);
                let next_trig = a
                    .triggers
                    .iter()
                    .filter(|t| t.t0 >= tm.t1 && t.t1 <= fr.clause.end)
                    .map(|t| t.t0)
                    .min()
                    .unwrap_or(fr.clause.end);
                let pick: Option<usize> = resolved
                    .iter()
                    .position(|r| in_range(r, tm.t1, next_trig))
                    .or_else(|| {
                        // the nearest before it, passing over a locator of the place before
                        // ("مدينة تعز وسط اليمن عقب غارات": Taiz, not Yemen)
                        // (a region named by direction and country, "شمال غرب سورية", locates too)
                        let locator = |k: usize| {
                            let region = matches!(kb.places.places[resolved[k].place as usize].kind, PlaceKind::Region)
                                && resolved[k].location.precision >= 3;
                            k > 0
                                && (resolved[k].frame == Some(PlaceWordKind::Direction) || region)
                                && a.places[resolved[k].mention].t0 <= a.places[resolved[k - 1].mention].t1 + 2
                        };
                        (0..resolved.len())
                            .rev()
                            .find(|&k| in_range(&resolved[k], prev_trig, tm.t0) && !locator(k))
                    })
                    .or_else(|| {
                        resolved
                            .iter()
                            .position(|r| in_range(r, fr.clause.start, fr.clause.end))
                    })
                    // a place later in the sentence, unless it is coarser than or outside the scene
                    // set before the first comma ("وفي الخرطوم، خرجت ...، وحظر ... دخول السودان"):
                    // then the scene
                    .or_else(|| {
                        let later = resolved.iter().position(|r| in_range(r, tm.t1, s.tokens.end));
                        let scene = resolved.iter().position(|r| self.sets_the_scene(&a, s, r, tm.t0));
                        match (later, scene) {
                            (Some(l), Some(sc)) => {
                                let (l_loc, sc_loc) = (&resolved[l].location, &resolved[sc].location);
                                let inside = l_loc.admin1_code.is_some() && l_loc.admin1_code == sc_loc.admin1_code;
                                Some(if inside && l_loc.precision <= sc_loc.precision {
                                    l
                                } else {
                                    sc
                                })
                            }
                            (l, sc) => sc.or(l),
                        }
                    })
                    .or_else(|| (!resolved.is_empty()).then_some(0));
                // fire launched from one place at another is placed where it lands: "صاروخ أطلق من
                // غزة على مدينة عسقلان" (the place after من yields to one after على/باتجاه/نحو/صوب
                // later in the clause; shelling, missiles and air strikes only)
                let fired = matches!(
                    trig.acled_sub,
                    Some("Shelling/artillery/missile attack" | "Air/drone strike")
                );
                let pick = pick.map(|p| {
                    if !fired {
                        return p;
                    }
                    // the word before a place, or the one before its place word ("على مدينة عسقلان")
                    let before = |r: &geo::Resolved, words: &[&str]| {
                        let t0 = a.places[r.mention].t0;
                        (t0 >= 1 && words.contains(&a.tok(t0 - 1)))
                            || (t0 >= 2
                                && words.contains(&a.tok(t0 - 2))
                                && a.place_words.iter().any(|w| w.t0 == t0 - 1))
                    };
                    if !before(&resolved[p], &["من"]) {
                        return p;
                    }
                    resolved
                        .iter()
                        .enumerate()
                        .skip(p + 1)
                        .find(|(_, r)| {
                            in_range(r, fr.clause.start, fr.clause.end) && before(r, &["علي", "باتجاه", "نحو", "صوب"])
                        })
                        .map_or(p, |(q, _)| q)
                });
                // a country picked while its clause names a place inside it ("وصل إلى كابول
                // الاثنين في زيارة هي الأولى له إلى أفغانستان"): the place inside it
                let country = |r: &geo::Resolved| kb.places.places[r.place as usize].kind == PlaceKind::Country;
                let pick = pick.map(|p| {
                    if !country(&resolved[p]) {
                        return p;
                    }
                    let cc = &resolved[p].location.country;
                    resolved
                        .iter()
                        .position(|r| {
                            // (framed as a place, "إلى كابول", "في مدينة"; a bare capital is often its
                            // government: "أنقرة أطلقت عملية")
                            !country(r)
                                && r.frame.is_some()
                                && r.location.country == *cc
                                && in_range(r, fr.clause.start, fr.clause.end)
                        })
                        .unwrap_or(p)
                });
                // a country named as the deed's author ("قصفت إسرائيل مواقع في قطاع غزة"), or bare
                // as another actor ("ودعمت إيران هجوما شنه الحوثيون على مواقع في محافظة مأرب"), is
                // no place of the deed: a place the clause frames as one ("في قطاع غزة") is (a
                // statement stays where its speaker is: "أدانت تونس الهجوم في الجيزة")
                let deed = !is_statement(trig.event_type);
                let authored = |r: &geo::Resolved| {
                    let m = &a.places[r.mention];
                    let named = |x: &frames::ActorRef| m.t0 >= x.t0 && m.t1 <= x.t1;
                    deed && (fr.actor1.is_some_and(|i| named(&refs[i]))
                        || (r.frame.is_none() && refs.iter().any(named)))
                };
                let pick = pick.map(|p| {
                    if !authored(&resolved[p]) {
                        return p;
                    }
                    resolved
                        .iter()
                        .position(|r| r.frame.is_some() && !authored(r) && in_range(r, fr.clause.start, fr.clause.end))
                        .unwrap_or(p)
                });
                // a leaving (evacuation, withdrawal, deportation) happens where it starts: a destination
                // ("بإجلاء المسلحين بالحافلات إلى مناطق في شرقي سوريا") yields to the place the
                // text has been telling, when there is one
                let leaving = matches!(trig.mode.as_deref(), Some("withdraw" | "deport"));
                let destination = |r: &geo::Resolved| {
                    let m = &a.places[r.mention];
                    (m.t0.saturating_sub(4)..m.t0).any(|k| {
                        matches!(a.tok(k), "الي" | "نحو" | "باتجاه")
                            && !a.triggers.iter().any(|t| t.t0 > k && t.t1 <= m.t0)
                    })
                };
                let told = para_place.contains_key(&s.paragraph)
                    || recent.as_ref().is_some_and(|(si0, _)| si0 + 1 == si)
                    || lead.is_some();
                let gone_to = pick.filter(|&p| leaving && told && destination(&resolved[p]));
                let pick = pick.filter(|_| gone_to.is_none());
                let verbal = is_statement(trig.event_type);
                // a statement takes a place only from its own clause
                let pick = pick.filter(|&p| !verbal || in_range(&resolved[p], fr.clause.start, fr.clause.end));
                // start at the head of the list the picked place belongs to
                let pick = pick.map(|mut p| {
                    while p > 0
                        && self.coordinated(&a, &a.places[resolved[p - 1].mention], &a.places[resolved[p].mention])
                    {
                        p -= 1;
                    }
                    p
                });
                let mut group: Vec<&geo::Resolved> = Vec::new();
                if let Some(p) = pick {
                    group.push(&resolved[p]);
                }
                if let Some(p) = pick.filter(|_| !verbal) {
                    for r in &resolved[p + 1..] {
                        let prev = &a.places[group[group.len() - 1].mention];
                        let district =
                            |x: &geo::Resolved| matches!(kb.places.places[x.place as usize].kind, PlaceKind::District);
                        if self.coordinated(&a, prev, &a.places[r.mention]) {
                            if district(r) || district(group[0]) {
                                break; // streets and quarters of one town are one event
                            }
                            group.push(r);
                        } else {
                            break;
                        }
                    }
                }
                // a place set before the sentence's first comma ("وفي الخرطوم، خرجت مظاهرة")
                // frames every clause of the sentence
                // (a destination set aside still anchors the event in its clause)
                let anchor = group.first().copied().or(gone_to.map(|p| &resolved[p]));
                let lead_place = anchor.is_some_and(|r| self.sets_the_scene(&a, s, r, tm.t0));
                let clause_place = lead_place || anchor.is_some_and(|r| in_range(r, fr.clause.start, fr.clause.end));
                // the place in the trigger's own stretch after it ("اشتباكات عنيفة في حلب",
                // no other trigger or relative clause between), or just before it
                let place_near = anchor.is_some_and(|r| {
                    let m = &a.places[r.mention];
                    let stretch = m.t0 >= tm.t1
                        && !a.triggers.iter().any(|t| t.t0 >= tm.t1 && t.t1 <= m.t0)
                        && !a
                            .cues
                            .iter()
                            .any(|q| q.t0 >= tm.t1 && q.t1 <= m.t0 && a.cue_kind(kb, q) == Some(CueKind::Relative));
                    stretch || (m.t1 <= tm.t0 && m.t1 + 2 >= tm.t0)
                }) || lead_place;
                // the place given by the relative clause that tells the event itself, right after
                // its noun ("التفجير الإرهابي الذي استهدف أمس مسجدا في مدينة القطيف")
                let place_in_relative = fr.pos == marsad_kb::triggers::Pos::Noun
                    && anchor.is_some_and(|r| {
                        let m = &a.places[r.mention];
                        let relative = |q: &&analysis::Mention| a.cue_kind(kb, q) == Some(CueKind::Relative);
                        a.cues
                            .iter()
                            .filter(relative)
                            .find(|q| q.t0 >= tm.t1 && q.t0 <= tm.t1 + 2 && q.t1 <= m.t0)
                            .is_some_and(|q| {
                                !a.triggers.iter().any(|t| t.t0 >= tm.t1 && t.t1 <= m.t0 && t.t0 != q.t1)
                                    && !a.cues.iter().filter(relative).any(|x| x.t0 > q.t0 && x.t1 <= m.t0)
                            })
                    });
                // a country named in another clause than the trigger's ("سلاح الطيران التابع
                // للحكومة الرسمية بليبيا، ومقرها شرق البلاد، نفذ ضربة جوية") yields to the town
                // the story has been telling inside that country
                // (the paragraph's place; the sentence just before, when it named a place
                // ("وتسببت الاشتباكات ... بمقتل 10" after "وفي ريف حلب الشمالي، دارت اشتباكات");
                // the lead's)
                let told_place = || {
                    para_place
                        .get(&s.paragraph)
                        .cloned()
                        .or_else(|| recent.clone().filter(|(si0, _)| si0 + 1 == si).map(|(_, p)| p))
                        .or_else(|| lead.clone())
                };
                let country_aside = match group[..] {
                    [r] if !clause_place && matches!(kb.places.places[r.place as usize].kind, PlaceKind::Country) => {
                        told_place()
                            .filter(|(l, _)| l.country == r.location.country && l.precision < r.location.precision)
                    }
                    _ => None,
                };
                if country_aside.is_some() {
                    group.clear();
                }
                // a clause that names no place of its own, or only a country, but "the town"
                // ("وقتل خمسة مدنيين في غارة جوية على المدينة" after "نحو مدينة معرة النعمان")
                // happens in the last town named (in the last three sentences; in that country,
                // or the story's)
                let anaphor = a.cues.iter().find(|q| {
                    q.t0 >= fr.clause.start
                        && q.t1 <= fr.clause.end
                        && a.cue_kind(kb, q) == Some(CueKind::PlaceAnaphor)
                        // (not inside a longer name: "المدينة المنورة")
                        && !a.places.iter().any(|p| p.t0 < q.t1 && q.t0 < p.t1 && p.t1 - p.t0 > q.t1 - q.t0)
                });
                // (a town named before it in its own sentence comes first: "الشرطة في مدينة
                // البيضاء ... مديرية الأمن بالمدينة")
                let town_before = anaphor.and_then(|q| {
                    resolved
                        .iter()
                        .rev()
                        .find(|r| {
                            a.places[r.mention].t1 <= q.t0
                                && kb.places.places[r.place as usize].kind == PlaceKind::Populated
                        })
                        .map(|r| (si, told_entry(r)))
                });
                let the_town = town_before
                    .or_else(|| last_town.clone())
                    .filter(|(si0, _)| anaphor.is_some() && si0 + 3 >= si)
                    .filter(|(_, (l, _))| match group[..] {
                        // (in the country the story tells there, not a town named in passing:
                        // "جنيف" in a story from Jerusalem)
                        [] => told_place()
                            .map(|(t, _)| t.country)
                            .or_else(|| ctx.countries.first().cloned())
                            .is_some_and(|c| c == l.country),
                        [r] => {
                            matches!(kb.places.places[r.place as usize].kind, PlaceKind::Country)
                                && r.location.country == l.country
                        }
                        _ => false,
                    })
                    .map(|(_, t)| t);
                let town_used = the_town.is_some();
                if town_used {
                    group.clear();
                }
                let (locs, from_sentence): (Vec<Option<(LocationOut, String)>>, bool) = if group.is_empty() {
                    // (then the title's place, in the story's first country: "البصرة.. هدوء
                    // نسبي" before a first sentence whose only place lies outside the clause)
                    let titled = || {
                        title_place
                            .clone()
                            .filter(|(l, _)| ctx.countries.first().is_some_and(|c| *c == l.country))
                    };
                    let inherited = the_town
                        .or(country_aside)
                        .or_else(told_place)
                        .or_else(titled)
                        .or_else(|| {
                            ctx.countries
                                .first()
                                .and_then(|c| geo::area_location(kb, c, "").map(|l| (l, format!("iso:{c}"))))
                        });
                    (vec![inherited], gone_to.is_some() || town_used)
                } else {
                    (group.iter().map(|r| Some(told_entry(r))).collect(), true)
                };
                // dates: clause, sentence, paragraph, lead, publication
                let tok_range =
                    |d: &dates::DateMention| a.tokens.partition_point(|t| (t.start as usize) < d.span.start);
                // "أعلنت الشرطة يوم الاثنين أن ...": the date of the report, not of the event
                let report_date = |d: &dates::DateMention| {
                    let t = tok_range(d);
                    let tm0 = a.triggers[fr.trigger].t0;
                    t < tm0
                        && a.cues
                            .iter()
                            .any(|q| q.t1 <= t && q.t1 + 3 >= t && a.cue_kind(kb, q) == Some(CueKind::Attribution))
                };
                // "اعتصموا احتجاجا على قتل X ليلة السادس من أغسطس": a date after a topic cue
                // dates the topic, not the event before the cue
                // (the cue may be the trigger itself: "احتجاجا على")
                let tm0 = a.triggers[fr.trigger].t0;
                let usable: Vec<&dates::DateMention> = dts
                    .iter()
                    .filter(|d| !report_date(d) && !deadline(&a, d, published) && !topic_between(&a, kb, tm0, d))
                    .collect();
                let cdate = usable
                    .iter()
                    .find(|d| (fr.clause.start..fr.clause.end).contains(&tok_range(d)))
                    .or_else(|| usable.first())
                    .map(|d| (d.date, d.precision, Some(a.original(d.span.clone()).to_string())));
                let explicit = cdate.is_some();
                let date = cdate
                    .or_else(|| para_date.get(&s.paragraph).cloned())
                    .or_else(|| lead_date.clone())
                    .or_else(|| published.map(|p| (p, 2, None)));
                // background: a past year named in the sentence, or a date long before publication
                // (not inside a relative clause about a person or a body named after the trigger:
                // "باستقالة ساماك، الذي أطاحه انقلاب عام 2006" tells that person's past)
                let tm_end = a.triggers[fr.trigger].t1;
                let relative_after = |t: usize| {
                    a.cues.iter().any(|q| {
                        q.t0 >= tm_end
                            && q.t1 <= t
                            && a.cue_kind(kb, q) == Some(CueKind::Relative)
                            && refs
                                .iter()
                                .any(|r| r.t0 >= tm_end && (r.t1 == q.t0 || r.t1 + 1 == q.t0))
                    })
                };
                let past_year = published.is_some_and(|p| {
                    (s.tokens.clone()).any(|t| {
                        let w = a.tok(t);
                        a.tokens[t].kind == marsad_text::TokenKind::Number
                            && w.len() == 4
                            && w.parse::<i32>().is_ok_and(|y| (1900..p.year()).contains(&y))
                            && !relative_after(t)
                    })
                });
                let old = matches!((&date, published), (Some((d, _, _)), Some(p)) if (p - *d).num_days() > 31);
                // "منذ 2013", "قبل نحو 6 أشهر", "حتى الآن": a recap or a tally, not today's event —
                // a cue before the trigger or in its own clause (a later clause's "منذ شهرين"
                // belongs to its own noun: "أزمة النفايات المستعصية منذ شهرين"), not in a
                // relative clause about someone named after it, as for the year; "منذ الصباح
                // الباكر" is today
                let (c0, c1) = (s.tokens.start, fr.clause.end);
                // (what a statement says after its verb is its content: "واتهم الحوثيين بحصار
                // المدينة منذ ثلاث سنوات" is today's accusation)
                let said = is_statement(trig.event_type);
                let c1 = if said { c1.min(a.triggers[fr.trigger].t0) } else { c1 };
                // (before a statement verb that opens its own clause, only a cue that no event word
                // stands before in its clause: "وحصارها للمحافظة منذ ثلاثة أعوام، واتهم الحوثيين"
                // dates the siege, and the accusation is today's)
                let opens_clause = a.triggers[fr.trigger].t0 == fr.clause.start;
                let owned_earlier = |q: &analysis::Mention| {
                    said && opens_clause && q.t0 < fr.clause.start && {
                        let own = a.clause_of(s, q.t0);
                        a.triggers.iter().any(|t| t.t0 >= own.start && t.t1 <= q.t0)
                    }
                };
                let recap = a.cues.iter().any(|q| {
                    q.t0 >= c0
                        && q.t1 <= c1
                        && !relative_after(q.t0)
                        && a.cue_kind(kb, q) == Some(CueKind::Background)
                        && !owned_earlier(q)
                        && !(q.t1 < c1 && SAME_DAY.contains(&a.tok(q.t1)))
                }) || (c0..c1.saturating_sub(2)).any(|t| {
                    // "قبل ستة أشهر", and a span of months or years: "على مدار 4 عقود", "خلال
                    // السنوات الماضية" (weeks and days are news: "خلال الأسبوعين الماضيين")
                    let span = matches!(a.tok(t), "مدار" | "مدي" | "خلال");
                    (a.tok(t) == "قبل" || span)
                        && !relative_after(t)
                        && (t + 1..(t + 4).min(c1)).any(|u| {
                            let w = a.tok(u);
                            let w = if span { w.strip_prefix("ال").unwrap_or(w) } else { w };
                            matches!(
                                w,
                                "اشهر"
                                    | "شهور"
                                    | "سنوات"
                                    | "اعوام"
                                    | "عام"
                                    | "سنه"
                                    | "عامين"
                                    | "سنتين"
                                    | "شهرين"
                                    | "عقود"
                                    | "عقدين"
                                    | "عقد"
                            ) && !(span && matches!(w, "عام" | "سنه" | "عقد"))
                        })
                });
                // a date of its own: not the "since" of the recap ("منذ 30 مارس"), and in the
                // trigger's clause when a "since" is ("بدأت المسيرة في 30 مارس، ومنذ ذلك
                // التاريخ قتل 34": the date is the march's)
                // (a "since": "في وقت سابق" is often earlier the same day)
                let since_word = |t: usize| matches!(a.tok(t), "منذ" | "ومنذ" | "فمنذ");
                let recap_in_clause = (fr.clause.start..c1).any(since_word);
                let own_date = usable.iter().any(|d| {
                    let t = tok_range(d);
                    // (a "since" of the last days dates a campaign still under way: "منذ الاثنين")
                    let since = t > 0 && since_word(t - 1) && published.is_some_and(|p| (p - d.date).num_days() > 7);
                    !since && (!recap_in_clause || (fr.clause.start..fr.clause.end).contains(&t))
                });
                if (recap && !own_date) || fr.reference {
                    if fr.reference && trig.event_type == "ASSAULT" {
                        let admin1 = locs
                            .first()
                            .and_then(|l| l.as_ref())
                            .and_then(|(l, _)| l.admin1_code.clone());
                        // its author: tied to it, or the subject of the relative clause after it
                        // ("الغارة الجوية التي نفذتها طائرات التحالف")
                        let tm = &a.triggers[fr.trigger];
                        let relative = a
                            .cues
                            .iter()
                            .find(|q| q.t0 == tm.t1 && a.cue_kind(kb, q) == Some(CueKind::Relative));
                        let author = fr.actor1.filter(|_| !fr.loose_actor1).or_else(|| {
                            let q = relative?;
                            refs.iter()
                                .position(|x| x.t0 > q.t1 && x.t0 <= q.t1 + 2 && x.prefix.is_empty())
                        });
                        match topics.last_mut().filter(|t| t.sentence == si) {
                            Some(t) => {
                                t.mode = t.mode.clone().or(trig.mode.clone());
                                t.admin1 = t.admin1.clone().or(admin1);
                                t.author = t.author.or(author);
                            }
                            None => topics.push(TopicAttack {
                                sentence: si,
                                start: s.span.start,
                                mode: trig.mode.clone(),
                                admin1,
                                author,
                            }),
                        }
                    }
                    if self.opts.explain {
                        let why = if fr.reference {
                            "an event named as a topic (a reference, not a report)"
                        } else {
                            "a recap or a tally (منذ، قبل أشهر، حتى الآن) with no date of its own"
                        };
                        dropped.push((fr.trigger, why));
                    }
                    continue;
                }
                if (past_year && !explicit) || old {
                    if self.opts.explain {
                        dropped.push((fr.trigger, "background: a past year or a date over a month old"));
                    }
                    continue;
                }
                // evidence: the clause, widened to the arguments inside the sentence; a clause
                // cut short by commas ("طالبت الحكومة اليمنية، اليوم الأربعاء، المجتمع الدولي")
                // is widened inside its sentence, forward first, to a readable length
                let (e0, e1) = widen_to_words(&a.tokens, fr.clause.clone(), s.tokens.clone(), EVIDENCE_MIN_WORDS);
                let mut lo = a.tokens[e0.min(a.tokens.len() - 1)].start as usize;
                let mut hi = a.tokens[(e1.max(1) - 1).min(a.tokens.len() - 1)].end as usize;
                for r in [fr.actor1, fr.actor2].into_iter().flatten() {
                    let x = &refs[r];
                    if x.t0 >= s.tokens.start && x.t1 <= s.tokens.end {
                        lo = lo.min(x.start);
                        hi = hi.max(x.end);
                    }
                }
                let fi = all_frames.len();
                for loc in locs {
                    let (location, place_key) = match loc {
                        Some((l, k)) => (Some(l), Some(k)),
                        None => (None, None),
                    };
                    cands.push(Candidate {
                        frame_ix: fi,
                        event_type: trig.event_type,
                        acled_sub: trig.acled_sub,
                        location,
                        place_key,
                        place_from_sentence: from_sentence,
                        place_outside_clause: !clause_place,
                        place_near,
                        place_in_relative,
                        date: date.clone(),
                        explicit_date: explicit,
                        evidence: lo..hi,
                        title: s.is_title,
                    });
                }
                all_frames.push(fr);
            }
            if let Some(r) = resolved
                .iter()
                .rev()
                .find(|r| !s.is_title && kb.places.places[r.place as usize].kind == PlaceKind::Populated)
            {
                last_town = Some((si, told_entry(r)));
            }
            if let Some(r) = resolved.first() {
                let entry = told_entry(r);
                if s.is_title && title_place.is_none() {
                    title_place = Some(entry.clone());
                }
                if !s.is_title {
                    recent = Some((si, entry.clone()));
                    para_place.entry(s.paragraph).or_insert_with(|| entry.clone());
                    if lead.is_none() {
                        lead = Some(entry);
                    }
                }
            }
        }

        // who each sentence says is speaking, for the reporting verbs after it that name no one
        // ("وقال المتحدث العميد X ... وأضاف أن")
        let speakers: Vec<Option<Attribution>> = a
            .sentences
            .iter()
            .map(|s| match framer.said_by(s.tokens.clone(), s.tokens.end, s.tokens.end) {
                Some(Said::Actor(i, _)) => self.attribution_of(&a, &refs, Some(i), None),
                Some(Said::Source(r, _)) => self.attribution_of(&a, &refs, None, Some(&r)),
                _ => None,
            })
            .collect();
        let told = Told {
            topics: &topics,
            speakers: &speakers,
        };
        let events = self.assemble(&a, &refs, &all_frames, cands, &told, &mut dropped);
        let offs = CharOffsets::new(&doc.text);
        Record {
            doc_id: doc.id.clone(),
            origin: doc.origin.clone(),
            title: doc.title.clone(),
            published: published.map(|d| d.to_string()),
            source: doc.source.clone(),
            url: doc.url.clone(),
            body: CharSpan {
                start: offs.char_at(doc.body.start),
                end: offs.char_at(doc.body.end),
            },
            boilerplate: doc
                .boilerplate
                .iter()
                .map(|b| BoilerplateOut {
                    start: offs.char_at(b.span.start),
                    end: offs.char_at(b.span.end),
                    kind: b.kind,
                })
                .collect(),
            text: self.opts.with_text.then(|| doc.text.clone()),
            dropped: dropped
                .into_iter()
                .map(|(ti, why)| {
                    let t = &a.triggers[ti];
                    let o = a.norm.to_original(t.m.word_start as usize..t.m.end as usize);
                    Dropped {
                        trigger: doc.text[o.clone()].to_string(),
                        start: offs.char_at(o.start),
                        end: offs.char_at(o.end),
                        reason: why,
                    }
                })
                .collect(),
            events: events
                .into_iter()
                .enumerate()
                .map(|(n, mut e)| {
                    e.id = format!("{}#{}", doc.id, n + 1);
                    let o = a.norm.to_original(e.evidence.start..e.evidence.end);
                    e.evidence = Evidence {
                        text: doc.text[o.clone()].to_string(),
                        start: offs.char_at(o.start),
                        end: offs.char_at(o.end),
                    };
                    e
                })
                .collect(),
        }
    }

    /// Whether resolved place `r` is set before the first comma of sentence `s`, in a
    /// sentence-opening adverbial ("وفي الخرطوم، ...", "ففي ريف دمشق، ..."), before the
    /// trigger at token `t0`: it frames every clause of the sentence.
    fn sets_the_scene(&self, a: &Analysis, s: &analysis::Sentence, r: &geo::Resolved, t0: usize) -> bool {
        let m = &a.places[r.mention];
        m.t0 <= s.tokens.start + 3
            && (s.tokens.start..m.t0).any(|k| matches!(a.tok(k), "في" | "وفي" | "ففي"))
            && m.t1 < s.tokens.end
            && m.t1 < t0
            && (m.t1..(m.t1 + 4).min(t0)).any(|k| a.tok(k) == ",")
    }

    /// Whether place mention `b` continues a list headed by `a`
    /// ("الدار ومناطق في بلدة الحصن", "إدلب والحسكة", "نبل، الزهراء").
    fn coordinated(&self, an: &Analysis, a: &analysis::Mention, b: &analysis::Mention) -> bool {
        if b.t0 < a.t1 {
            return false;
        }
        // "على الحدود بين قطاع غزة وإسرائيل": a relation between two places, not two sites
        // (one word may stand between: "بين قطاع غزة")
        if (a.t0.saturating_sub(2)..a.t0).any(|t| an.tok(t) == "بين") {
            return false;
        }
        let b_prefix = an.prefix(b);
        let mut joined = b_prefix.starts_with('و');
        for t in a.t1..b.t0 {
            let w = an.tok(t);
            // a place word, and whether it carries the conjunction ("ومناطق", not "وسط")
            let pw = an.place_words.iter().find(|p| p.t0 <= t && t < p.t1);
            let pw_and = pw.is_some_and(|p| an.prefix(p).starts_with('و'));
            if w == "," || w == "و" || pw_and {
                joined = true;
            } else if !(pw.is_some() || w == "في") {
                return false;
            }
        }
        joined && b.t0 - a.t1 <= 4
    }

    /// The document's countries, most salient first: votes of place and
    /// actor mentions (title counts double).
    fn context(&self, a: &Analysis) -> PlaceContext {
        let kb = &*self.kb;
        let mut votes: HashMap<String, f32> = HashMap::default();
        let title_end = a.doc.title_span.as_ref().map_or(0, |t| a.norm.from_original(t.end));
        for m in a.places.iter().filter(|m| !patron(a, kb, m)) {
            let cands = kb
                .places
                .rank_quiet(kb.places.index.entries(m.m.pattern), &PlaceContext::default());
            let Some(best) = cands.first() else { continue };
            let p = &kb.places.places[best.place as usize];
            // (a stoplist name, also in its ل+ال spelling: "لتحالف" is ل + "التحالف")
            if geo::common_word(a, kb, m) {
                continue;
            }
            let w = match p.kind {
                PlaceKind::Country | PlaceKind::Admin1 => 2.0,
                _ if p.population >= 100_000 => 1.5,
                _ => 0.5,
            } * if (m.m.start as usize) < title_end { 2.0 } else { 1.0 };
            *votes.entry(p.country.clone()).or_default() += w;
        }
        for m in &a.actors {
            for &e in kb.actors.index.entries(m.m.pattern).iter().take(1) {
                if let Some(c) = &kb.actors.actors[e as usize].country {
                    *votes.entry(c.clone()).or_default() += 1.0;
                }
            }
        }
        let mut v: Vec<(String, f32)> = votes.into_iter().collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        // a country named only by one small place is not the story's: that place would vote
        // for itself ("لميادين القتال" in a Yemeni story)
        let lead = v.first().map_or(0.0, |x| x.1);
        v.retain(|x| x.1 > 0.5 || x.1 >= lead);
        PlaceContext {
            countries: v.into_iter().map(|(c, _)| c).collect(),
            admin1: Vec::new(),
        }
    }

    /// The record's actor: a generic actor takes the event's country; a
    /// government named as the author of violence is its state forces; state
    /// forces acting outside their country are external forces (inter 8), as
    /// ACLED codes them.
    fn actor_out(&self, r: &ActorRef, ctx_country: Option<&str>, violent: bool) -> ActorOut {
        let book = &self.kb.actors;
        let mut act = &book.actors[r.actor as usize];
        if violent && act.kind == "government" {
            if let Some(f) = act.country.as_deref().and_then(|c| book.state_forces(c)) {
                act = &book.actors[f as usize];
            }
        }
        let (name, id) = match (act.generic, ctx_country) {
            (true, Some(c)) => (
                format!("{} ({c})", act.name),
                format!("{}@{}", act.id, c.to_ascii_lowercase()),
            ),
            _ => (act.name.clone(), act.id.clone()),
        };
        let abroad = matches!((&act.country, ctx_country), (Some(home), Some(here)) if home != here);
        let inter = if act.inter == Some(1) && abroad {
            Some(8)
        } else {
            act.inter
        };
        ActorOut {
            text: r.surface.clone(),
            name,
            id,
            inter,
        }
    }

    /// The attribution of a known actor (index into the refs) or of a source's noun phrase
    /// (token range).
    fn attribution_of(
        &self,
        a: &Analysis,
        refs: &[ActorRef],
        actor: Option<usize>,
        source: Option<&std::ops::Range<usize>>,
    ) -> Option<Attribution> {
        if let Some(i) = actor {
            let x = &refs[i];
            return Some(Attribution {
                text: x.surface.clone(),
                name: Some(self.kb.actors.actors[x.actor as usize].name.clone()),
            });
        }
        source.filter(|r| r.start < r.end).map(|r| Attribution {
            text: a
                .original(a.tokens[r.start].start as usize..a.tokens[r.end - 1].end as usize)
                .to_string(),
            name: None,
        })
    }

    fn assemble(
        &self,
        a: &Analysis,
        refs: &[ActorRef],
        frames: &[Frame],
        cands: Vec<Candidate>,
        told: &Told,
        dropped: &mut Vec<(usize, &'static str)>,
    ) -> Vec<Event> {
        let kb = &*self.kb;
        // in one clause, the most specific violent reading wins (per place)
        let mut keep = vec![true; cands.len()];
        let mut winner: Vec<Option<usize>> = vec![None; cands.len()];
        // a casualty word with no other violent reading in its clause ("لقي 7 أشخاص مصرعهم"),
        // by frame: once per document, not per pair of readings
        let bare_toll: Vec<bool> = frames
            .iter()
            .map(|f| {
                a.quantity_words.iter().any(|q| q.t0 == a.triggers[f.trigger].t0)
                    && !frames.iter().any(|g| {
                        g.clause == f.clause
                            && g.trigger != f.trigger
                            && kb.triggers.triggers[g.entry as usize].event_type == "ASSAULT"
                    })
            })
            .collect();
        for i in 0..cands.len() {
            for j in 0..cands.len() {
                if i == j || !keep[j] {
                    continue;
                }
                let (ci, cj) = (&cands[i], &cands[j]);
                let (fi, fj) = (&frames[ci.frame_ix], &frames[cj.frame_ix]);
                // a result phrase ("، ما أدى إلى مقتل X") tells the outcome of the attack before it
                // in its sentence, whatever clause and place
                let result = |f: &Frame| kb.triggers.triggers[f.entry as usize].note.starts_with("result phrase");
                let outcome = fi.sentence == fj.sentence
                    && ((result(fi) && !result(fj) && fj.trigger < fi.trigger)
                        || (result(fj) && !result(fi) && fi.trigger < fj.trigger));
                // ACLED: the fighting that wins ground is part of the territorial change
                // ("سيطرت المقاومة على مدينة الحوطة عقب اشتباكات بينها وبين الحوثيين")
                let territory = |c: &Candidate| c.acled_sub.is_some_and(territorial);
                // (the clash told as what came before it: "عقب/بعد/إثر اشتباكات")
                let means = |take: &Frame, clash: &Frame| {
                    let t0 = a.triggers[clash.trigger].t0;
                    take.trigger < clash.trigger
                        && (t0.saturating_sub(2)..t0).any(|t| matches!(a.tok(t), "عقب" | "بعد" | "اثر" | "جراء"))
                };
                let won_ground = fi.sentence == fj.sentence
                    && ((territory(ci) && cj.acled_sub == Some("Armed clash") && means(fi, fj))
                        || (territory(cj) && ci.acled_sub == Some("Armed clash") && means(fj, fi)));
                // a bare toll and the attack a later clause of its sentence gives as its cause
                // ("لقي 7 أشخاص مصرعهم، وأصيب 19 آخرون جراء انفجار سيارة ملغومة"): one event
                // (or a clause of its own opening with في: "قتل 12 شخصا بينهم خمسة عسكريين، في
                // انفجار سيارة مفخخة")
                let caused = |toll: usize, act: usize| {
                    let t0 = a.triggers[frames[act].trigger].t0;
                    frames[toll].trigger < frames[act].trigger
                        && ((t0.saturating_sub(1)..t0).any(|t| matches!(a.tok(t), "جراء" | "اثر" | "بسبب" | "نتيجه"))
                            || (t0.saturating_sub(2)..t0).any(|t| a.tok(t) == "في" && t == frames[act].clause.start))
                        && bare_toll[toll]
                };
                let cause = fi.sentence == fj.sentence
                    && (caused(ci.frame_ix, cj.frame_ix) || caused(cj.frame_ix, ci.frame_ix));
                let outcome = outcome || won_ground || cause;
                // protest words in one sentence tell one protest ("أعمال عنف ... من الاحتجاجات")
                let protest = ci.event_type == "PROTEST" && cj.event_type == "PROTEST" && fi.sentence == fj.sentence;
                if fi.modality != fj.modality {
                    continue; // a planned advance does not absorb the strikes that prepare it
                }
                if protest
                    || ci.event_type == "ASSAULT"
                        && cj.event_type == "ASSAULT"
                        && fi.sentence == fj.sentence
                        && ((fi.clause == fj.clause
                            && (ci.place_key == cj.place_key || {
                                // adjacent readings of one event ("غارات شنتها"): one event whatever place each picked
                                let (ti, tj) = (&a.triggers[fi.trigger], &a.triggers[fj.trigger]);
                                ti.t1 + 1 >= tj.t0 && tj.t1 + 1 >= ti.t0
                            }))
                            || outcome)
                {
                    let (si, sj) = (specificity(ci.acled_sub), specificity(cj.acled_sub));
                    // ties: the reading naming the weapon ("قنبلة يدوية" over "انفجار"), then the one with an actor
                    let weapon = |f: &Frame| kb.triggers.triggers[f.entry as usize].roles.instrument as u8;
                    let (wi, wj) = (weapon(fi), weapon(fj));
                    let (ai, aj) = (fi.actor1.is_some() as u8, fj.actor1.is_some() as u8);
                    if si < sj
                        || (si == sj && (wi, ai) < (wj, aj))
                        || (si == sj && (wi, ai) == (wj, aj) && ci.frame_ix > cj.frame_ix)
                    {
                        keep[i] = false;
                        // the most specific of the readings that beat it takes it
                        if winner[i].is_none_or(|w| specificity(cands[w].acled_sub) < sj) {
                            winner[i] = Some(j);
                        }
                    }
                }
            }
        }
        let cand_frames: Vec<usize> = cands.iter().map(|c| c.frame_ix).collect();
        // each candidate's evidence, for the readings a winner absorbs in its sentence
        let cand_evidence: Vec<Span> = cands.iter().map(|c| c.evidence.clone()).collect();
        let mut out: Vec<(Event, Vec<String>, bool)> = Vec::new();
        // for each event of `out`, the author its suicide-attack phrase names ("هجوم انتحاري"),
        // given when nothing else in the text names one
        let mut phrase_authors: Vec<Option<ActorOut>> = Vec::new();
        // the armed dyads told so far ("اشتباكات بين المعارضة وتنظيم الدولة"), most recent last
        let mut dyads: Vec<(ActorOut, ActorOut)> = Vec::new();
        let mut carry_a1: Option<usize> = None;
        let mut carry_para = usize::MAX;
        for (ci, c) in cands.into_iter().enumerate() {
            if !keep[ci] {
                continue;
            }
            let f = &frames[c.frame_ix];
            // a candidate given up, with the reason (kept for --explain)
            macro_rules! skip {
                ($why:expr) => {{
                    if self.opts.explain {
                        dropped.push((f.trigger, $why));
                    }
                    continue;
                }};
            }
            let trig = &kb.triggers.triggers[f.entry as usize];
            let s = &a.sentences[f.sentence];
            // the readings this one absorbed lend it their arguments ("قُتل ... بصاروخ")
            let absorbed_ix: Vec<usize> = (0..winner.len())
                .filter(|&k| {
                    let mut w = winner[k];
                    while let Some(x) = w {
                        if x == ci {
                            return true;
                        }
                        w = winner[x];
                    }
                    false
                })
                .collect();
            let absorbed: Vec<&Frame> = absorbed_ix.iter().map(|&k| &frames[cand_frames[k]]).collect();
            // the evidence runs over the readings of its sentence it absorbed ("قتل 12 شخصا ...،
            // في انفجار سيارة مفخخة": from the toll to the blast)
            let evidence = absorbed_ix
                .iter()
                .filter(|&&k| frames[cand_frames[k]].sentence == f.sentence)
                .fold(c.evidence.clone(), |e, &k| {
                    e.start.min(cand_evidence[k].start)..e.end.max(cand_evidence[k].end)
                });
            let tm = &a.triggers[f.trigger];
            let predicate = a.cues.iter().any(|q| {
                q.t1 <= tm.t0
                    && q.t1 + 3 >= tm.t0
                    && q.t0 >= f.clause.start
                    && a.cue_kind(kb, q) == Some(CueKind::Predicate)
            });
            // (a count of casualties makes it one; "صواريخ 240 ملم" counts no one)
            let casualties = f.quantities.iter().any(|q| matches!(q.kind, "killed" | "injured"));
            if trig.roles.instrument && absorbed.is_empty() && !casualties && !predicate {
                skip!("a weapon named alone (no casualties, no attack verb)");
            }
            // (a weak noun right after a verb that says it took place, with its actor:
            // "قوات الشرعية استكملت تحرير سلسلة جبال الزلزال")
            // ("واستكملت قوات الشرعية تحرير": or its subject between; "نجح الجيش في تحرير",
            // "تمكنت القوات من تحرير": or the preposition the verb takes)
            let told_done = f.actor1.is_some()
                && a.cues.iter().any(|q| {
                    (frames::leads_to_noun(a, q.t1, tm.t0)
                        || refs
                            .iter()
                            .any(|r| r.t0 == q.t1 && frames::leads_to_noun(a, r.t1, tm.t0)))
                        && q.t0 >= f.clause.start
                        && a.cue_kind(kb, q) == Some(CueKind::Aspect)
                });
            if trig.is_weak()
                && !told_done
                && absorbed
                    .iter()
                    .all(|x| kb.triggers.triggers[x.entry as usize].is_weak())
            {
                skip!("a background noun that supports no other reading");
            }
            // an event noun must be anchored to an occurrence: a toll, a date, a place, an
            // occurrence verb ("وقع", "أسفر"), another reading, or the head of its own
            // sentence ("اشتباكات عنيفة في ..."); otherwise it names a kind of event
            // ("سياسة الاغتيالات", "أعمال الخطف"), not one that happened
            // (nouns listed together, "القتل والاغتصاب والخطف", anchor nothing for each other:
            // a list of kinds of violence)
            let listed = |x: &Frame| {
                let (p, q) = (&a.triggers[x.trigger], tm);
                let (first, second) = if p.t0 < q.t0 { (p, q) } else { (q, p) };
                x.pos == marsad_kb::triggers::Pos::Noun && second.t0 == first.t1 && a.prefix(second).starts_with('و')
            };
            let anchored_by_reading = absorbed.iter().any(|x| !listed(x));
            if f.pos == marsad_kb::triggers::Pos::Noun
                && !anchored_by_reading
                && f.quantities.is_empty()
                && absorbed.iter().all(|x| x.quantities.is_empty())
            {
                let in_clause = |q: &analysis::Mention| q.t0 >= f.clause.start && q.t1 <= f.clause.end;
                let occurrence = a.cues.iter().any(|q| {
                    in_clause(q)
                        && matches!(
                            a.cue_kind(kb, q),
                            Some(CueKind::Predicate | CueKind::Occurrence | CueKind::Aspect)
                        )
                });
                let place = c.place_from_sentence && !c.place_outside_clause && c.place_near;
                let head = (s.tokens.start..tm.t0).all(|k| a.tokens[k].kind != marsad_text::TokenKind::Word)
                    || tm.t0 == f.clause.start;
                let dyad = f.actor1.is_some() && f.actor2.is_some() && !f.loose_actor1;
                if !(occurrence || place || head || dyad || c.explicit_date) {
                    skip!("an event noun anchored to no occurrence (no toll, date, place, occurrence verb or dyad)");
                }
            }
            let tm_word = &a.v()[tm.m.word_start as usize..tm.m.end as usize];
            let tm_prefix = a.prefix(tm);
            // "بدعم من X", "بمساندة X": an adverbial, not an event
            if matches!(trig.event_type, "SUPPORT" | "AID" | "COOPERATE") && tm_prefix.ends_with('ب') {
                skip!("an adverbial (بدعم من)");
            }
            // a statement in the imperfect ("وتتهم السعودية إيران بدعم ...") states a standing
            // position; a statement noun after ل is a purpose ("اعتصموا للدعوة إلى ...")
            let speech = is_statement(trig.event_type) && trig.event_type != "THREATEN";
            let stem = &a.v()[tm.m.start as usize..tm.m.end as usize];
            // (reported as under way, "أعلن الجيش أنه يحقق في ...", it is news)
            let under_way = tm.t0 > 0 && matches!(a.tok(tm.t0 - 1), "انه" | "انها" | "انهم" | "بانه" | "بانها");
            // (a perfect of forms V and VI opens with ت too: "تعهد" beside the imperfect
            // "يتعهد" in the lexicon, "تعهدت", "توعدوا")
            let form_v_perfect = stem.starts_with('ت')
                && (stem.ends_with("وا")
                    || (stem.ends_with('ت') && stem.chars().count() > 3)
                    || kb.triggers.index.lookup(&format!("ي{stem}")).is_some());
            if speech
                && f.pos == marsad_kb::triggers::Pos::Verb
                && matches!(tm_prefix, "" | "و" | "ف")
                && (stem.starts_with('ي') || (stem.starts_with('ت') && !form_v_perfect))
                && !under_way
            {
                skip!("a statement in the imperfect (a standing position)");
            }
            // "نشر الجيش الإسرائيلي، الثلاثاء، شريط فيديو": what is spread right after the subject
            // (and a date set off by commas) is a video, not troops
            if trig.event_type == "MOBILIZE"
                && a.cues.iter().any(|q| {
                    q.t0 >= tm.t1
                        && q.t0 < tm.t1 + 6
                        && q.t1 <= s.tokens.end
                        && a.cue_kind(kb, q) == Some(CueKind::Media)
                        && !a.triggers.iter().any(|t| t.t0 >= tm.t1 && t.t1 <= q.t0)
                })
            {
                skip!("a publication, not a deployment (a video, pictures, a statement)");
            }
            if speech && f.pos != marsad_kb::triggers::Pos::Verb && tm_prefix.ends_with('ل') {
                skip!("a statement noun after ل (a purpose)");
            }
            // "الذين يدعمون", "التي تسيطر": a relative clause with an imperfect verb describes, it does not report
            let after_relative = tm.t0 > 0
                && matches!(
                    a.cues.iter().find(|q| q.t1 == tm.t0).and_then(|q| a.cue_kind(kb, q)),
                    Some(CueKind::Relative)
                );
            if after_relative
                && f.pos == marsad_kb::triggers::Pos::Verb
                && tm_prefix.is_empty()
                && (tm_word.starts_with('ي') || tm_word.starts_with('ت'))
            {
                skip!("an imperfect verb in a relative clause (a description)");
            }
            // "الجندي الذي خطف في بغداد", "الرهائن الذين اختطفتهم الحركة": a relative clause
            // whose antecedent is not an actor describes a person already known (the victim),
            // it does not report a new event; "قوات النظام التي قامت برمي" (an actor) does
            if after_relative && f.pos == marsad_kb::triggers::Pos::Verb {
                let rel_t0 = a.cues.iter().find(|q| q.t1 == tm.t0).map_or(tm.t0, |q| q.t0);
                let actor_before = refs.iter().any(|r| r.t1 == rel_t0 || r.t1 + 1 == rel_t0);
                // ("الأمر الذي رفضته الفصائل": "which" of the whole clause before, no person)
                let of_the_matter = rel_t0 > 0 && a.of_the_matter(kb, rel_t0 - 1);
                if !actor_before && !of_the_matter {
                    skip!("a relative clause about a person already known");
                }
            }
            let f_actor2 = f.actor2.or_else(|| absorbed.iter().find_map(|x| x.actor2));
            // an actor tied by a pattern in an absorbed reading beats one found only by proximity
            let tied = absorbed
                .iter()
                .find(|x| x.actor1.is_some() && !x.loose_actor1)
                .and_then(|x| x.actor1);
            // an actor found only by proximity that another reading takes as the victim
            // ("17 مقاتلا قتلوا في هجمات") is the victim
            let victim = f
                .actor1
                .filter(|&i| f.loose_actor1 && absorbed.iter().any(|x| x.actor2 == Some(i)));
            let f_actor2 = f_actor2.or(victim);
            let tied = tied.filter(|&t| Some(t) != victim);
            let f_actor1 = if f.loose_actor1 {
                tied.or(f.actor1.filter(|_| victim.is_none()))
            } else {
                f.actor1.or(tied)
            }
            .or_else(|| absorbed.iter().find_map(|x| x.actor1))
            .filter(|&i| Some(i) != victim);
            // the dead of one side in a two-sided fight: the other side is the actor ("مقتل 14
            // من الحوثيين خلال مواجهات مع القوات الحكومية")
            let (f_actor1, f_actor2) = match (victim, f.actor2) {
                (Some(v), Some(other)) if trig.roles.sym && f_actor1.is_none() && other != v => (Some(other), Some(v)),
                _ => (f_actor1, f_actor2),
            };
            // (its own counts, and those of the kinds it lacks from the readings it absorbed:
            // "وقتل جندي ... وأصيب اثنان ... برصاص": the bullets' wounded, the killing's dead)
            let mut f_quantities: Vec<Quantity> = f.quantities.clone();
            for q in absorbed.iter().flat_map(|x| x.quantities.iter()) {
                if !f.quantities.iter().any(|p| p.kind == q.kind) && !f_quantities.contains(q) {
                    f_quantities.push(q.clone());
                }
            }
            let verbal = is_statement(trig.event_type);
            let mut a1 = f_actor1;
            // a verb with no subject continues the last one named: in its paragraph, or
            // across paragraphs for a statement ("ودعا البيان ...")
            let continues = carry_para == s.paragraph
                || (verbal && carry_para.saturating_add(1) >= s.paragraph && carry_para != usize::MAX);
            // (not the accused of an accusation: "واتهم إيران بالضلوع" after "إن إيران تهدد")
            if a1.is_none() && continues && f.pos == marsad_kb::triggers::Pos::Verb {
                a1 = carry_a1.filter(|&c| !(f.charged && f_actor2.is_some_and(|j| refs[j].actor == refs[c].actor)));
            }
            if a1.is_some() {
                carry_a1 = a1;
                carry_para = s.paragraph;
            }
            // (an accusation that names the accused before its charge is one whose speaker the
            // text leaves unsaid: "واتهم الحوثيين بممارسة التجويع")
            if verbal && a1.is_none() && !(f.charged && f_actor2.is_some()) {
                skip!("a statement with no speaker");
            }
            let bare =
                !verbal && a1.is_none() && f_actor2.is_none() && !c.place_from_sentence && f_quantities.is_empty();
            // an event noun needs something tied to it: an actor found by a pattern, a victim,
            // a place in its own clause, or a count ("اغتيال جيسي جيمس" in a film title is not an event)
            let place_in_clause = c.place_from_sentence && !c.place_outside_clause;
            let untied = !verbal
                && f.pos != marsad_kb::triggers::Pos::Verb
                && (a1.is_none() || (f.loose_actor1 && !told_done))
                && f_actor2.is_none()
                && !place_in_clause
                && f_quantities.is_empty()
                && absorbed.is_empty();
            // such a noun with the article and a date of its own ("الانفجار وقع مساء الجمعة")
            // may still date an event told before; it is kept only for that
            let tm_prefix_def = tm_prefix.contains("ال");
            let orphan = bare || untied;
            if orphan && !(tm_prefix_def && c.explicit_date && f.pos != marsad_kb::triggers::Pos::Verb) {
                skip!("nothing tied to it (no actor, victim, place in its clause or count)");
            }
            let country = c.location.as_ref().map(|l| l.country.clone());
            let violent = matches!(trig.event_type, "ASSAULT" | "COERCE");
            // the author of violence is an armed actor: a political body, a monitor or a
            // person found by proximity is not (it is a speaker or a bystander)
            let unarmed = |i: usize| {
                let act = &kb.actors.actors[refs[i].actor as usize];
                act.inter.is_none() && act.kind != "government"
            };
            // "هاجم/شن هجوما على" by a politician, a party or a newspaper is criticism: a word
            // tagged [verbal], its subject tied by a pattern, no toll, no other reading merged,
            // no armed side attacked — whatever side, when a person or an official attacks
            let armed_target = f_actor2.is_some_and(|j| kb.actors.actors[refs[j].actor as usize].armed());
            // (a government named by a civilian office, "وزير الخارجية المصري", "الرئيس
            // الأميركي", speaks for it: it is no force)
            let official = |i: usize| {
                let w = a.tok(refs[i].t0);
                ["", "و", "ف"].into_iter().filter_map(|p| w.strip_prefix(p)).any(|w| {
                    w.starts_with("وزير") || kb.cues.word_has(w, CueKind::Envoy) || kb.cues.word_has(w, CueKind::Office)
                })
            };
            let person_or_official = |i: usize| {
                let act = &kb.actors.actors[refs[i].actor as usize];
                act.inter.is_none() && (act.kind == "person" || (act.kind == "government" && official(i)))
            };
            let political = |i: usize| {
                let act = &kb.actors.actors[refs[i].actor as usize];
                person_or_official(i)
                    || act.inter.is_none() && matches!(act.kind.as_str(), "political" | "media" | "monitor")
            };
            // (the subject of "شن" before the noun counts as tied: "شن النائب ... هجوما على")
            let predicate_subject = |i: usize| {
                let r = &refs[i];
                r.t1 <= tm.t0
                    && a.cues.iter().any(|q| {
                        q.t1 <= r.t0
                            && r.t0 <= q.t1 + 8
                            && q.t0 >= f.clause.start
                            && a.cue_kind(kb, q) == Some(CueKind::Predicate)
                    })
            };
            if trig.roles.verbal
                && a1.is_some_and(|i| political(i) && (!f.loose_actor1 || predicate_subject(i)))
                && f_quantities.is_empty()
                && absorbed.is_empty()
                && (!armed_target || a1.is_some_and(person_or_official))
            {
                skip!("an attack in words: the generic attack word with a politician, party or outlet as subject");
            }
            let a1 = if violent && a1.is_some_and(unarmed) { None } else { a1 };
            // civilians do not author violence: a civilian found as the actor is the victim
            let civilian = |i: usize| kb.actors.actors[refs[i].actor as usize].inter == Some(7);
            let (mut a1, f_actor2) = match (a1, f_actor2) {
                (Some(x), None) if violent && civilian(x) => (None, Some(x)),
                // (a two-sided fight keeps both: "مواجهات بين الفلسطينيين والجيش" is the army's
                // force on them)
                (Some(x), Some(y)) if violent && civilian(x) && trig.roles.sym && !civilian(y) => (Some(y), Some(x)),
                (Some(x), y) if violent && civilian(x) => (None, y),
                other => other,
            };
            // the author a suicide-attack phrase names ("هجوم انتحاري"), used when the text names
            // no other (not someone in the event: "اغتيال بوتو في هجوم انتحاري" is still a comment)
            let phrase_author = f
                .phrase_author
                .or_else(|| absorbed.iter().find_map(|x| x.phrase_author))
                .filter(|&i| Some(i) != f_actor2);
            if !orphan
                && !verbal
                && a1.is_none()
                && f_actor2.is_none()
                && !c.place_from_sentence
                && f_quantities.is_empty()
            {
                skip!("no actor, victim, place or count");
            }
            // violence needs someone in it: an author, a victim, or a count of the dead and
            // wounded; a place alone ("التفجير الذي وقع في طرابلس") is a reference, not a report
            // — unless it is dated and placed in its own clause ("وقتل محسود في غارة بطائرة بلا
            // طيار الخميس في منطقة شمال وزيرستان")
            // (or in the relative clause that tells it: "أدانت تونس التفجير الذي استهدف أمس مسجدا
            // في مدينة القطيف")
            let dated_and_placed = c.explicit_date && place_in_clause && (c.place_near || c.place_in_relative);
            // a finite form whose subject suffers it ("تعرض لقصف", "اغتيل", "لقي مصرعه") always
            // has someone in it, named or not
            // (not a verb followed by ب: "استشهد بما حدث" cites)
            let cites =
                f.pos == marsad_kb::triggers::Pos::Verb && tm.t1 < a.tokens.len() && a.tok(tm.t1).starts_with('ب');
            let suffered = trig.roles.actor2.contains(&marsad_kb::triggers::Marker::Subj)
                && f.pos != marsad_kb::triggers::Pos::Noun
                && !cites;
            // an attack that aims at positions, gatherings or vehicles has someone in it, their
            // owner unnamed: "غارات عنيفة استهدفت مواقع التمرد في محافظة صعدة"
            let aimed = place_in_clause
                && a.cues.iter().any(|q| {
                    q.t0 > tm.t0
                        && q.t0 <= tm.t1 + 3
                        && q.t1 <= f.clause.end
                        && a.cue_kind(kb, q) == Some(CueKind::Target)
                });
            if !orphan
                && trig.event_type == "ASSAULT"
                && a1.is_none()
                && f_actor2.is_none()
                && f_quantities.is_empty()
                && !dated_and_placed
                && !suffered
                && !aimed
            {
                skip!("violence with no one in it (no author, victim or toll) and not dated and placed");
            }
            // violence in the imperfect with no date, no toll and no place of its own tells a
            // habit or a charge ("يقتلون الجزائريين", "تستهدف الميليشيا الصحفيين مرارا"), not a report
            if trig.event_type == "ASSAULT"
                && f.pos == marsad_kb::triggers::Pos::Verb
                && matches!(tm_prefix, "" | "و" | "ف")
                && (stem.starts_with('ي') || stem.starts_with('ت'))
                && !c.explicit_date
                && f_quantities.is_empty()
                && !(place_in_clause && c.place_near)
            {
                skip!("violence in the imperfect with no date, toll or place: a habit, not a report");
            }
            // a gathering word whose subject is no crowd: "تجمع المعلومات" (collects)
            let crowd = |i: usize| {
                let act = &kb.actors.actors[refs[i].actor as usize];
                matches!(act.inter, Some(5..=7)) || act.kind == "generic" && !act.armed()
            };
            if trig.roles.crowd && f.pos == marsad_kb::triggers::Pos::Verb && !a1.is_some_and(crowd) {
                skip!("a gathering verb whose subject is no crowd");
            }
            // joining a side none of whose named sides is armed: "انضم إلى بريطانيا في توجيه
            // الاتهام" (joined in accusing), "انضم إلى الحزب"
            let armed = |i: usize| kb.actors.actors[refs[i].actor as usize].armed();
            // (its own subject, tied to it: "وانتشرت شائعات عن أعمال عنف" borrows none from the story)
            let own_a1 = f.actor1.filter(|_| !f.loose_actor1);
            if trig.roles.armed && !own_a1.is_some_and(armed) && !f_actor2.is_some_and(armed) {
                skip!("joining a side or deploying, and no side named is armed");
            }
            // armed men gathering ("تجمع المسلحون") or deployed are no protest
            if trig.event_type == "PROTEST"
                && !trig.roles.sym
                && a1.is_some_and(|i| marsad_kb::actors::armed_inter(kb.actors.actors[refs[i].actor as usize].inter))
            {
                // (or right before a phrase of going out: "نزلت ميليشيات الحشد الشعبي إلى شوارع
                // المدينة" deploys)
                let goes_out = a1.is_some_and(|i| refs[i].t1 == tm.t0) && f.pos == marsad_kb::triggers::Pos::Phrase;
                if f.pos == marsad_kb::triggers::Pos::Verb || goes_out {
                    skip!("armed forces as the subject of a protest verb");
                }
                a1 = None; // named near a protest noun, the armed side faces the protest
            }
            // ... unless the author was only the actor nearest before the word and the victim is
            // tied to it: "وأعلن الجيش مقتل 8 جنود" — the army tells of its own dead
            let same_side = |i: usize, j: usize| {
                self.actor_out(&refs[i], country.as_deref(), violent).id
                    == self.actor_out(&refs[j], country.as_deref(), violent).id
            };
            let a1 = match (a1, f_actor2) {
                (Some(i), Some(j))
                    if !trig.roles.sym && i != j && a1 == f.actor1 && f.loose_actor1 && same_side(i, j) =>
                {
                    None
                }
                _ => a1,
            };
            let actor1 = a1.map(|i| self.actor_out(&refs[i], country.as_deref(), violent));
            let named_author = phrase_author
                .filter(|_| a1.is_none())
                .map(|i| self.actor_out(&refs[i], country.as_deref(), violent));
            // one actor on both sides of a one-sided event is two readings mixed up ("قصف
            // للحوثيين" read as author, "الحوثيين" as victim of the killing told with it)
            let mut actor2 = f_actor2
                .filter(|&j| Some(j) != a1)
                .map(|i| self.actor_out(&refs[i], country.as_deref(), violent))
                .filter(|y| trig.roles.sym || actor1.as_ref().is_none_or(|x| x.id != y.id));
            let armed = |x: &ActorOut| marsad_kb::actors::armed_inter(x.inter);
            // battles and seizures have two sides; a shelling or a strike may have none named
            let two_sided = trig.roles.sym
                || matches!(
                    c.acled_sub,
                    Some(
                        "Armed clash"
                            | "Non-state actor overtakes territory"
                            | "Government regains territory"
                            | "Looting/property destruction"
                    )
                );
            if violent {
                match (&actor1, &actor2) {
                    (Some(x), Some(y)) if armed(x) && armed(y) => dyads.push((x.clone(), y.clone())),
                    // a fight whose other side goes unnamed is with the side this actor was last
                    // told fighting ("سيطرت كتائب المعارضة على بلدات" after "اشتباكات بين المعارضة والتنظيم")
                    (Some(x), None) if armed(x) && two_sided => {
                        actor2 = dyads.iter().rev().find_map(|(p, q)| {
                            if p.id == x.id {
                                Some(q.clone())
                            } else if q.id == x.id {
                                Some(p.clone())
                            } else {
                                None
                            }
                        });
                    }
                    _ => {}
                }
            }
            // ACLED refinements
            let mut sub = c.acled_sub;
            let inter1 = actor1.as_ref().and_then(|x| x.inter);
            let inter2 = actor2.as_ref().and_then(|x| x.inter);
            // bombing or killing by an actor named as aircraft ("قصف طيران التحالف") is an air strike
            // (also one carried from the sentence before: "شن الطيران الحربي غارات ... واستهدفت")
            // (not the frame's own actor when that one is the speaker: "قالت القوات الجوية إن
            // ... بعد هجوم شنه مسلحون")
            let own = f.actor1.filter(|&i| f.attribution != Some(i));
            let aircraft = own.into_iter().chain(a1).any(|i| {
                let x = &refs[i];
                a.aircraft_in_names.iter().any(|m| m.t0 >= x.t0 && m.t1 <= x.t1)
            });
            // violence with no sub-type of its own ("التصعيد الإسرائيلي ... أسفر عن مقتل 14") is
            // an attack for ACLED, which codes every event with one
            if sub.is_none() && trig.event_type == "ASSAULT" {
                sub = Some("Attack");
            }
            let mut mode = trig.mode.clone();
            // a government that "protests" ("احتجت مصر رسميا لدى إيران") does so in words: PLOVER
            // ACCUSE (disapprove), no ACLED event
            // (the verb's own subject, right after or before it: "احتجاجات العراق" are Iraq's
            // protests, a place)
            let government = |i: usize| {
                kb.actors.actors[refs[i].actor as usize].kind == "government"
                    && (refs[i].t0 == tm.t1 || refs[i].t1 == tm.t0)
            };
            let event_type = if trig.event_type == "PROTEST"
                && !trig.roles.sym
                && f.pos == marsad_kb::triggers::Pos::Verb
                && own_a1.is_some_and(government)
            {
                sub = None;
                mode = Some("disapprove".to_string());
                "ACCUSE"
            } else {
                trig.event_type
            };
            if aircraft && matches!(sub, Some("Shelling/artillery/missile attack" | "Attack")) {
                sub = Some("Air/drone strike");
                mode = Some("aerial".to_string());
            }
            if sub == Some("Attack") && inter2.is_some_and(|i| (1..=4).contains(&i)) && inter1 != Some(7) {
                sub = Some("Armed clash");
            }
            if sub == Some("Armed clash") && inter2 == Some(7) && !trig.roles.sym {
                sub = Some("Attack");
            }
            // force used by state forces on protesters, or on civilians in a sentence that
            // tells a protest ("قتل 60 فلسطينيا في يوم واحد من الاحتجاجات", "مواجهات بين
            // الفلسطينيين والجيش الإسرائيلي" on a day of marches): excessive force (ACLED)
            let protest_told = || {
                a.triggers.iter().any(|t| {
                    t.t0 >= s.tokens.start
                        && t.t1 <= s.tokens.end
                        && kb
                            .triggers
                            .readings(t.m.pattern)
                            .any(|r| r.event_type == "PROTEST" && !r.is_weak())
                })
            };
            let state = |i: Option<u8>| matches!(i, Some(1 | 8) | None);
            let crowd = |i: Option<u8>| i == Some(6) || (i == Some(7) && protest_told());
            if matches!(sub, Some("Attack" | "Armed clash"))
                && ((state(inter1) && crowd(inter2))
                    || (trig.roles.sym && inter1.is_some() && crowd(inter1) && state(inter2)))
            {
                sub = Some("Excessive force against protesters");
            }
            // the toll of the event, told by this reading or one it absorbed ("17 مقاتلا قتلوا في هجمات")
            let fatalities = f_quantities
                .iter()
                .find(|q| q.kind == "killed" && (!q.approx || q.at_least))
                .and_then(|q| q.value);
            // (a reporting verb with no subject of its own: the speaker of the sentences just
            // before, in its paragraph)
            let attribution = self
                .attribution_of(a, refs, f.attribution, f.source.as_ref())
                .or_else(|| {
                    let earlier = f.sentence.saturating_sub(3)..f.sentence;
                    f.said_unnamed
                        .then(|| {
                            earlier
                                .rev()
                                .filter(|&k| a.sentences[k].paragraph + 1 >= s.paragraph)
                                .find_map(|k| told.speakers[k].clone())
                        })
                        .flatten()
                });
            let filled = [
                actor1.is_some(),
                actor2.is_some(),
                c.place_from_sentence,
                c.explicit_date,
                specificity(sub) > 1,
            ];
            let confidence = (0.4 + 0.11 * filled.iter().filter(|x| **x).count() as f32).min(0.95);
            let explain = self.opts.explain.then(|| {
                let mut m = serde_json::Map::new();
                for (slot, why) in &f.why {
                    let e = m
                        .entry(slot.to_string())
                        .or_insert_with(|| serde_json::Value::Array(vec![]));
                    if let serde_json::Value::Array(v) = e {
                        v.push(serde_json::Value::String(why.to_string()));
                    }
                }
                if let Some(l) = &c.location {
                    m.insert(
                        "location".into(),
                        serde_json::Value::String(format!(
                            "{} ({})",
                            l.name,
                            if c.place_from_sentence {
                                "from the sentence"
                            } else {
                                "inherited from the paragraph or document"
                            }
                        )),
                    );
                }
                serde_json::Value::Object(m)
            });
            let key_actor = |x: &Option<ActorOut>| x.as_ref().map(|x| x.id.clone()).unwrap_or_default();
            let mut k1 = key_actor(&actor1);
            let mut k2 = key_actor(&actor2);
            if trig.roles.sym && k2 < k1 {
                std::mem::swap(&mut k1, &mut k2);
            }
            let precise = c.place_from_sentence;
            // aimed at an armed side's positions, convoys or arms ("استهدفت مواقع", "قصف تجمعات"):
            // the target noun belongs to the other side, named or not
            // (a few words on, through a comma: "غارات جوية لمقاتلات التحالف، مواقع وتجمعات")
            let aims_at_forces = std::iter::once(f).chain(absorbed.iter().copied()).any(|x| {
                let t = &a.triggers[x.trigger];
                let end = a.sentences[x.sentence].tokens.end.min(t.t1 + 6);
                a.cues
                    .iter()
                    .any(|q| q.t0 >= t.t1 && q.t1 <= end && a.has_cue_kind(kb, q, CueKind::Target))
            });
            let key = vec![
                event_type.to_string(),
                f.modality.as_str().to_string(),
                k1,
                k2,
                c.place_key.clone().unwrap_or_default(),
                c.date.as_ref().map(|d| d.0.to_string()).unwrap_or_default(),
                c.location
                    .as_ref()
                    .and_then(|l| l.admin1_code.clone())
                    .unwrap_or_default(),
                if precise { "1".to_string() } else { "0".to_string() },
                if c.explicit_date {
                    "1".to_string()
                } else {
                    "0".to_string()
                },
                if aims_at_forces {
                    "1".to_string()
                } else {
                    "0".to_string()
                },
            ];
            let ev = Event {
                id: String::new(),
                event_type,
                mode,
                acled: sub.and_then(|s| {
                    acled_event_type(s).map(|e| Acled {
                        event_type: e,
                        sub_event_type: s,
                    })
                }),
                modality: f.modality.as_str(),
                actor1,
                actor2,
                location: c.location,
                date: c.date.map(|(d, p, t)| DateOut {
                    value: d.to_string(),
                    precision: p,
                    text: t,
                }),
                fatalities,
                quantities: f_quantities,
                attribution,
                evidence: Evidence {
                    text: String::new(),
                    start: evidence.start,
                    end: evidence.end,
                },
                confidence,
                explain,
            };
            // merge: same type, modality, place and date, and compatible actors
            // the same event told again: same type and modality, compatible actors, the same
            // place (or the same governorate when either telling is vague), a day apart at most
            let near_day = |x: &str, y: &str| match (x.parse::<NaiveDate>(), y.parse::<NaiveDate>()) {
                (Ok(a), Ok(b)) => (a - b).num_days().abs() <= 1,
                _ => x == y,
            };
            let toll = ev.fatalities.filter(|&n| n >= 2);
            let tm_prefix = a.prefix(&a.triggers[f.trigger]);
            // "في الاحتجاجات", "القصف": a definite event noun names an event already told
            let definite = |x: &Frame| {
                let t = &a.triggers[x.trigger];
                x.pos != marsad_kb::triggers::Pos::Verb && a.prefix(t).contains("ال") && x.actor1.is_none()
            };
            let refers_back = definite(f);
            // a toll caused by an event named before it in its sentence with the article
            // ("وتسببت الاشتباكات والتفجيران ... بمقتل 10 عناصر"): the toll of that event
            let toll_of_told = trig.event_type == "ASSAULT"
                && f.actor1.is_none()
                && a.quantity_words.iter().any(|q| q.t0 == a.triggers[f.trigger].t0)
                && frames.iter().any(|x| {
                    x.sentence == f.sentence
                        && x.trigger < f.trigger
                        && x.modality == f.modality
                        && kb.triggers.triggers[x.entry as usize].event_type == "ASSAULT"
                        && definite(x)
                });
            let same_toll = |e: &Event| toll.is_some() && e.fatalities == toll;
            // a casualty follow-up ("توفي لاحقا متأثرا بجراحه") with no actor and no place of its own
            let follow_up = trig.event_type == "ASSAULT"
                && ev.actor1.is_none()
                && ev.actor2.is_none()
                && (!c.place_from_sentence || c.place_outside_clause);
            let same_protest =
                |k: &Vec<String>| key[0] == "PROTEST" && !k[6].is_empty() && k[6] == key[6] && near_day(&k[5], &key[5]);
            // a retelling that dates what the first telling did not ("وقال إن الانفجار وقع مساء
            // الجمعة" after "ذكرت الشرطة يوم الاثنين أن ... انفجار"): within a week before it
            let dates_it = |k: &Vec<String>| {
                f.pos != marsad_kb::triggers::Pos::Verb
                    && tm_prefix.contains("ال")
                    && (f.actor1.is_none() || f.loose_actor1)
                    && c.explicit_date
                    && k[8] == "0"
                    && match (k[5].parse::<NaiveDate>(), key[5].parse::<NaiveDate>()) {
                        (Ok(a), Ok(b)) => (0..=7).contains(&(a - b).num_days()),
                        _ => false,
                    }
            };
            if let Some((prev, k, _)) = out.iter_mut().rev().find(|(e, k, _)| {
                k[0] == key[0]
                    && k[1] == key[1]
                    && (same_toll(e)
                        || ((refers_back || follow_up) && near_day(&k[5], &key[5]))
                        || (toll_of_told && (near_day(&k[5], &key[5]) || !c.explicit_date))
                        || same_protest(k)
                        || dates_it(k))
            }) {
                if dates_it(k) {
                    prev.date = ev.date.clone();
                    k[5] = key[5].clone();
                    k[8] = "1".to_string();
                } else if orphan {
                    continue;
                }
                for q in ev.quantities {
                    if !prev.quantities.contains(&q) {
                        prev.quantities.push(q);
                    }
                }
                if prev.fatalities.is_none() {
                    prev.fatalities = ev.fatalities;
                }
                continue;
            }
            // (unless a verb of occurrence right next to it tells it happened: "تجددت المظاهرات
            // في بورما أمس")
            let occurs = || {
                a.cues.iter().any(|q| {
                    (q.t1 == tm.t0 || q.t0 == tm.t1)
                        && matches!(a.cue_kind(kb, q), Some(CueKind::Occurrence | CueKind::Aspect))
                })
            };
            if orphan && !occurs() {
                skip!("a definite noun that dated nothing told before");
            }
            // violence done to a pronoun ("بإطلاق النار عليه وقتله") after violence told earlier
            // in the same sentence retells it: the victim was named there
            // (a killing, wounding or shooting word: "سيطر عليها" takes a place, not a victim)
            let to_pronoun = |x: &Frame| {
                let t = &a.triggers[x.trigger];
                let xt = &kb.triggers.triggers[x.entry as usize];
                let harms = a.quantity_words.iter().any(|q| q.t0 == t.t0) || xt.mode.as_deref() == Some("firearms");
                let enclitic = &a.v()[t.m.end as usize..t.m.word_end as usize];
                harms
                    && (matches!(enclitic, "ه" | "ها" | "هم" | "هما" | "هن")
                        || (t.t1 < a.tokens.len() && matches!(a.tok(t.t1), "عليه" | "عليها" | "عليهم")))
            };
            let told_before = || {
                out.iter().any(|(e, k, _)| {
                    k[0] == key[0]
                        && k[1] == key[1]
                        && e.evidence.start >= s.span.start
                        && e.evidence.start < c.evidence.start
                })
            };
            if trig.event_type == "ASSAULT"
                && ev.fatalities.is_none()
                && (to_pronoun(f) || absorbed.iter().any(|x| to_pronoun(x)))
                && told_before()
            {
                skip!("violence done to a pronoun, retelling violence told before in its sentence");
            }
            let sub_key = ev.acled.as_ref().map(|x| x.sub_event_type).unwrap_or("");
            let same = out.iter_mut().enumerate().find(|(_, (e, k, _))| {
                let prev_sub = e.acled.as_ref().map(|x| x.sub_event_type).unwrap_or("");
                // (an attack on civilians told again where a protest is told is the same force
                // against protesters)
                let on_crowd = |x: &str| matches!(x, "Attack" | "Excessive force against protesters");
                // (ground taken, whatever word tells it: "سيطرت على ... وحررت")
                let subs_agree = prev_sub == sub_key
                    || prev_sub.is_empty()
                    || sub_key.is_empty()
                    || (on_crowd(prev_sub) && on_crowd(sub_key))
                    || (territorial(prev_sub) && territorial(sub_key));
                // a statement is where its speaker is: the same speaker's statements of one
                // day are one, whatever place each sentence names
                let statement = verbal && !key[2].is_empty() && k[2] == key[2];
                let same_place = statement
                    || k[4] == key[4]
                    || (!k[6].is_empty() && k[6] == key[6] && (k[7] == "0" || key[7] == "0"));
                k[0] == key[0]
                    && k[1] == key[1]
                    && subs_agree
                    && same_place
                    && near_day(&k[5], &key[5])
                    && (k[2] == key[2] || k[2].is_empty() || key[2].is_empty())
                    && (k[3] == key[3] || k[3].is_empty() || key[3].is_empty())
            });
            match same {
                Some((ix, (prev, k, from_title))) => {
                    if phrase_authors[ix].is_none() {
                        phrase_authors[ix] = named_author;
                    }
                    // fill what the first telling lacked; body evidence beats the title's
                    let differ = |x: &Option<ActorOut>, y: &Option<ActorOut>| match (x, y) {
                        (Some(x), Some(y)) => x.id != y.id,
                        _ => true,
                    };
                    if prev.actor1.is_none() && ev.actor1.is_some() && differ(&ev.actor1, &prev.actor2) {
                        prev.actor1 = ev.actor1.clone();
                        k[2] = key[2].clone();
                    }
                    if prev.actor2.is_none() && ev.actor2.is_some() && differ(&ev.actor2, &prev.actor1) {
                        prev.actor2 = ev.actor2.clone();
                        k[3] = key[3].clone();
                    }
                    if prev.fatalities.is_none() {
                        prev.fatalities = ev.fatalities;
                    }
                    for q in ev.quantities {
                        if !prev.quantities.contains(&q) {
                            prev.quantities.push(q);
                        }
                    }
                    if prev.attribution.is_none() {
                        prev.attribution = ev.attribution;
                    }
                    if specificity(ev.acled.as_ref().map(|x| x.sub_event_type))
                        > specificity(prev.acled.as_ref().map(|x| x.sub_event_type))
                    {
                        prev.acled = ev.acled;
                        prev.mode = ev.mode;
                    }
                    if *from_title && !c.title {
                        prev.evidence = ev.evidence;
                        *from_title = false;
                    }
                }
                None => {
                    out.push((ev, key, c.title));
                    phrase_authors.push(named_author);
                }
            }
        }
        self.authors_named_later(a, refs, told.topics, &mut out);
        for ((e, k, _), author) in out.iter_mut().zip(phrase_authors) {
            if let Some(x) = author.filter(|_| e.actor1.is_none()) {
                k[2] = x.id.clone();
                e.actor1 = Some(x);
                set_explain(
                    e,
                    "actor1",
                    "the author its suicide-attack phrase names (\"هجوم انتحاري\")".into(),
                );
            }
        }
        self.opponents_from_the_story(refs, &mut out);
        Self::air_strikes_by_the_story_air_force(&mut out);
        Self::protests_met_with_force(&mut out);
        for (e, _, _) in out.iter_mut() {
            territory_by_author(e);
        }
        out.into_iter().map(|(e, _, _)| e).collect()
    }

    /// Force and protest told of one day and governorate (ACLED): an attack by state forces (or
    /// by no one named) on protesters, or on civilians where the story tells a protest that day
    /// ("أن شابا قتل برصاص الجيش الإسرائيلي، مع انطلاق تظاهرات الجمعة"), is excessive force
    /// against protesters; and the peaceful protest it met (or one dispersed: "فرقت الشرطة
    /// المتظاهرين") is a protest with intervention, whose other side is the state force that
    /// met it when the story names one.
    fn protests_met_with_force(out: &mut [(Event, Vec<String>, bool)]) {
        let day = |e: &Event| e.date.as_ref().and_then(|d| d.value.parse::<NaiveDate>().ok());
        let admin1 = |e: &Event| e.location.as_ref().and_then(|l| l.admin1_code.clone());
        let same = |x: &(Option<NaiveDate>, Option<String>), y: &(Option<NaiveDate>, Option<String>)| {
            x.1.is_some() && x.1 == y.1 && matches!((x.0, y.0), (Some(a), Some(b)) if (a - b).num_days().abs() <= 1)
        };
        let sub = |e: &Event| e.acled.as_ref().map(|x| x.sub_event_type);
        let protests: Vec<_> = out
            .iter()
            .filter(|(e, _, _)| e.event_type == "PROTEST" && e.modality == "asserted")
            .map(|(e, _, _)| (day(e), admin1(e)))
            .collect();
        let set = |e: &mut Event, s: &'static str, why: &str| {
            if let Some(x) = acled_event_type(s) {
                e.acled = Some(Acled {
                    event_type: x,
                    sub_event_type: s,
                });
                set_explain(e, "acled", why.into());
            }
        };
        let mut force = Vec::new();
        for (e, _, _) in out.iter_mut() {
            if e.event_type != "ASSAULT" || e.modality != "asserted" {
                continue;
            }
            let at = (day(e), admin1(e));
            let protest_that_day = protests.iter().any(|p| same(p, &at));
            let is_state = |x: &Option<ActorOut>| matches!(x.as_ref().map(|x| x.inter), None | Some(Some(1 | 8)));
            let is_crowd = |x: &Option<ActorOut>| {
                let i = x.as_ref().and_then(|y| y.inter);
                i == Some(6) || (i == Some(7) && protest_that_day)
            };
            // (a clash "بين الفلسطينيين والجيش الإسرائيلي" names the crowd first)
            let (state, crowd) = match sub(e) {
                Some("Attack") => (is_state(&e.actor1), is_crowd(&e.actor2)),
                Some("Armed clash") => (
                    (is_state(&e.actor1) && is_crowd(&e.actor2))
                        || (e.actor2.is_some() && is_state(&e.actor2) && is_crowd(&e.actor1)),
                    true,
                ),
                _ => (false, false),
            };
            if state && crowd {
                set(
                    e,
                    "Excessive force against protesters",
                    "force on protesters, or on civilians where a protest is told that day",
                );
            }
            // an intervention that kills is excessive force (ACLED: an intervention leaves no
            // serious or lethal injuries)
            if sub(e) == Some("Protest with intervention") && e.fatalities.is_some_and(|n| n > 0) {
                set(
                    e,
                    "Excessive force against protesters",
                    "force on protesters that killed",
                );
            }
            if matches!(
                sub(e),
                Some("Excessive force against protesters" | "Protest with intervention")
            ) {
                force.push((at, e.actor1.clone().filter(|x| matches!(x.inter, Some(1 | 8)))));
            }
        }
        for (e, k, _) in out.iter_mut() {
            let at = (day(e), admin1(e));
            if e.event_type != "PROTEST" || e.modality != "asserted" {
                continue;
            }
            let met: Vec<&Option<ActorOut>> = force.iter().filter(|f| same(&f.0, &at)).map(|f| &f.1).collect();
            if met.is_empty() {
                continue;
            }
            if sub(e) == Some("Peaceful protest") {
                set(
                    e,
                    "Protest with intervention",
                    "force used against protesters that day in its governorate",
                );
            }
            // the protest's other side is the force that met it (ACLED's actor 2 of an
            // intervention), when one state force is named using it
            let mut forces: Vec<&ActorOut> = Vec::new();
            for x in met.iter().filter_map(|x| x.as_ref()) {
                if !forces.iter().any(|y| y.id == x.id) {
                    forces.push(x);
                }
            }
            if let ([force], None) = (&forces[..], &e.actor2) {
                if e.actor1.as_ref().is_none_or(|a| a.id != force.id) {
                    k[3] = force.id.clone();
                    e.actor2 = Some((*force).clone());
                    set_explain(
                        e,
                        "actor2",
                        "the state force that used force against protesters that day in its governorate".into(),
                    );
                }
            }
        }
    }

    /// An air strike told without its author ("بسقوط قتلى من ميليشيا الحوثي في غارة جوية")
    /// is by the air force the story names striking elsewhere, when it names one only
    /// and that one is not the strike's target.
    fn air_strikes_by_the_story_air_force(out: &mut [(Event, Vec<String>, bool)]) {
        let air = |e: &Event| {
            e.event_type == "ASSAULT"
                && e.modality == "asserted"
                && e.acled.as_ref().is_some_and(|x| x.sub_event_type == "Air/drone strike")
        };
        let mut authors: Vec<ActorOut> = Vec::new();
        for (e, _, _) in out.iter() {
            if let Some(x) = e.actor1.as_ref().filter(|_| air(e)) {
                if !authors.iter().any(|y| y.id == x.id) {
                    authors.push(x.clone());
                }
            }
        }
        let [author] = &authors[..] else {
            return;
        };
        for (e, k, _) in out.iter_mut() {
            if air(e) && e.actor1.is_none() && e.actor2.as_ref().is_none_or(|y| y.id != author.id) {
                k[2] = author.id.clone();
                e.actor1 = Some(author.clone());
                set_explain(e, "actor1", "the air force the story names striking elsewhere".into());
            }
        }
    }

    /// The other side of a battle told with one side only ("سيطرت قوات العمالقة على مواقع
    /// شمالي الطائف"), or of a strike on an armed side's positions ("استهدف طيران التحالف
    /// تحركات لقيادات"): the side this actor is told fighting anywhere in the story, or else
    /// the armed actor of the other camp (state forces against rebels) the story names most.
    /// A battle told with its target only takes as its actor the one side the story tells that
    /// target fighting (never one of the target's own camp).
    fn opponents_from_the_story(&self, refs: &[ActorRef], out: &mut [(Event, Vec<String>, bool)]) {
        let kb = &*self.kb;
        let armed = |x: &ActorOut| marsad_kb::actors::armed_inter(x.inter);
        // two camps: rebels, and those who fight them (state forces at home or abroad and
        // the militias beside them: "قوات العمالقة", "المقاومة الشعبية" against the Houthis);
        // rebels against rebels are told by a dyad or not at all
        let camp = |inter: Option<u8>| match inter {
            Some(1 | 3 | 8) => Some(true),
            Some(2) => Some(false),
            _ => None,
        };
        // battles, and strikes aimed at an armed side's positions (key column 9)
        let battle = |e: &Event, k: &[String]| {
            let sub = e.acled.as_ref().map(|x| x.sub_event_type);
            e.event_type == "ASSAULT"
                && e.modality == "asserted"
                && (matches!(
                    sub,
                    Some("Armed clash" | "Government regains territory" | "Non-state actor overtakes territory")
                ) || (k.get(9).is_some_and(|x| x == "1")
                    && matches!(
                        sub,
                        Some("Air/drone strike" | "Shelling/artillery/missile attack" | "Attack")
                    )))
        };
        let dyads: Vec<(ActorOut, ActorOut)> = out
            .iter()
            .filter_map(|(e, _, _)| match (&e.actor1, &e.actor2) {
                (Some(x), Some(y)) if armed(x) && armed(y) && e.event_type == "ASSAULT" => Some((x.clone(), y.clone())),
                _ => None,
            })
            .collect();
        // armed actors by how often the story names them, first reference kept
        let mut named: Vec<(u32, usize, usize)> = Vec::new();
        for (i, r) in refs.iter().enumerate() {
            if !kb.actors.actors[r.actor as usize].armed() {
                continue;
            }
            match named.iter_mut().find(|(id, _, _)| *id == r.actor) {
                Some(n) => n.2 += 1,
                None => named.push((r.actor, i, 1)),
            }
        }
        named.sort_by_key(|&(_, first, n)| (std::cmp::Reverse(n), first));
        // a fight told with its target only ("إثر هجوم شامل على مسلحي الحوثي"): the side the
        // target is told fighting elsewhere in the story, when that is one side only
        for (e, k, _) in out.iter_mut() {
            let clash = matches!(
                e.acled.as_ref().map(|x| x.sub_event_type),
                Some("Armed clash" | "Government regains territory" | "Non-state actor overtakes territory")
            );
            if !battle(e, k) || !clash || e.actor1.is_some() {
                continue;
            }
            let Some(y) = e.actor2.clone().filter(armed) else {
                continue;
            };
            let mut sides: Vec<&ActorOut> = Vec::new();
            for (p, q) in &dyads {
                let other = if p.id == y.id {
                    q
                } else if q.id == y.id {
                    p
                } else {
                    continue;
                };
                // (not a side of the target's own camp: the coalition does not fight the army)
                // (an unidentified group, "مسلحين", has no camp)
                let same_camp = !other.id.starts_with("gen-")
                    && !y.id.starts_with("gen-")
                    && camp(other.inter).is_some()
                    && camp(other.inter) == camp(y.inter);
                if other.id != y.id && !same_camp && !sides.iter().any(|s| s.id == other.id) {
                    sides.push(other);
                }
            }
            if let [x] = sides[..] {
                k[2] = x.id.clone();
                e.actor1 = Some(x.clone());
                set_explain(
                    e,
                    "actor1",
                    "the side its target is told fighting elsewhere in the story".into(),
                );
            }
        }
        for (e, k, _) in out.iter_mut() {
            if !battle(e, k) || e.actor2.is_some() {
                continue;
            }
            let Some(x) = e.actor1.clone().filter(armed) else {
                continue;
            };
            let told = dyads.iter().find_map(|(p, q)| {
                if p.id == x.id && q.id != x.id {
                    Some(q.clone())
                } else if q.id == x.id && p.id != x.id {
                    Some(p.clone())
                } else {
                    None
                }
            });
            let country = e.location.as_ref().map(|l| l.country.clone());
            let (y, why) = match told {
                Some(y) => (y, "the side this actor is told fighting elsewhere in the story"),
                None => {
                    // (an unidentified group, "الجهاديين", "مسلحين", may be either camp; the
                    // army or the police of the story's country is the state)
                    let generic = |y: &ActorOut| y.id.starts_with("gen-") && y.inter != Some(1);
                    let Some(mine) = camp(x.inter).filter(|_| !generic(&x)) else {
                        continue;
                    };
                    let other = named.iter().find_map(|&(_, i, _)| {
                        let y = self.actor_out(&refs[i], country.as_deref(), true);
                        (camp(y.inter) == Some(!mine) && y.id != x.id && !generic(&y)).then_some(y)
                    });
                    let Some(y) = other else {
                        continue;
                    };
                    (y, "the armed actor of the other camp the story names most")
                }
            };
            k[3] = y.id.clone();
            e.actor2 = Some(y);
            set_explain(e, "actor2", why.into());
        }
    }

    /// Who is behind an attack told without its author: the accused ("واتهمت الوكالة
    /// الحوثيين بالوقوف خلف القصف") or the claimant ("وأعلن التنظيم مسؤوليته عن الهجوم")
    /// is actor1 of the last attack told before, when that one has none.
    fn authors_named_later(
        &self,
        a: &Analysis,
        refs: &[ActorRef],
        topics: &[TopicAttack],
        out: &mut [(Event, Vec<String>, bool)],
    ) {
        let kb = &*self.kb;
        let assault = |t: &analysis::Mention| kb.triggers.readings(t.m.pattern).any(|r| r.event_type == "ASSAULT");
        for r in a.cues.iter() {
            let Some(cue) = kb
                .cues
                .readings(r.m.pattern)
                .find(|c| c.kind == CueKind::Responsibility)
            else {
                continue;
            };
            // "هجوم ... ونسب إلى حزب العمال": the author follows
            let after = cue.scope == Scope::Next;
            // "بالوقوف وراء هذا الهجوم": an attack word right after
            if !after
                && !a
                    .triggers
                    .iter()
                    .any(|t| t.t0 >= r.t1 && t.t0 <= r.t1 + 2 && assault(t))
            {
                continue;
            }
            let Some(s) = a.sentences.iter().find(|s| s.tokens.contains(&r.t0)) else {
                continue;
            };
            // the nearest armed actor before it in its sentence, not one inside a relative
            // clause ("الحوثيين الذين تدعمهم إيران بالوقوف وراء")
            let relative = |x: &ActorRef| {
                a.cues.iter().any(|q| {
                    q.t0 >= s.tokens.start
                        && q.t1 <= x.t0
                        && x.t0 <= q.t1 + 3
                        && a.cue_kind(kb, q) == Some(CueKind::Relative)
                })
            };
            let armed = |x: &ActorRef| kb.actors.actors[x.actor as usize].armed();
            // in the clause of the cue ("وحملتها مسؤولية": the pronoun is the accused)
            let clause = a.clause_of(s, r.t0);
            let author = if after {
                refs.iter().find(|x| x.t0 >= r.t1 && x.t0 <= r.t1 + 1 && armed(x))
            } else {
                refs.iter()
                    .rfind(|x| x.t0 >= clause.start && x.t1 <= r.t0 && armed(x) && !relative(x))
            };
            let Some(author) = author else {
                continue;
            };
            // told in this sentence or the two before
            let before = r.m.start as usize;
            let si = a
                .sentences
                .partition_point(|x| x.span.start <= before)
                .saturating_sub(1);
            let from = a.sentences[si.saturating_sub(2)].span.start;
            let last = out
                .iter_mut()
                .rfind(|(e, _, _)| e.evidence.start < before && e.event_type == "ASSAULT" && e.modality == "asserted")
                .filter(|(e, _, _)| e.evidence.start >= from);
            if let Some((e, k, _)) = last.filter(|(e, _, _)| e.actor1.is_none()) {
                let country = e.location.as_ref().map(|l| l.country.clone());
                let x = self.actor_out(author, country.as_deref(), true);
                if e.actor2.as_ref().is_some_and(|y| y.id == x.id) {
                    if !after {
                        continue;
                    }
                    // "نسب إلى X" marks the author: X was taken for the victim by proximity
                    e.actor2 = None;
                    k[3].clear();
                }
                k[2] = x.id.clone();
                e.actor1 = Some(x);
                set_explain(
                    e,
                    "actor1",
                    format!("held responsible later in the text ({:?})", a.original(r.span())),
                );
            }
        }
        // the same kind of attack in the same governorate, told before with its author
        // ("تحقيق في الغارة الجوية التي نفذها التحالف في صعدة" ... "أصابت غارة جوية حافلة في ضحيان")
        for i in 0..out.len() {
            let (e, _, _) = &out[i];
            if e.event_type != "ASSAULT" || e.modality != "asserted" || e.actor1.is_some() {
                continue;
            }
            let (Some(mode), Some(admin1)) = (e.mode.clone(), e.location.as_ref().and_then(|l| l.admin1_code.clone()))
            else {
                continue;
            };
            let known = out[..i].iter().rev().find_map(|(p, _, _)| {
                let armed = marsad_kb::actors::armed_inter(p.actor1.as_ref().and_then(|x| x.inter));
                let same = armed
                    && p.event_type == "ASSAULT"
                    && p.mode.as_deref() == Some(mode.as_str())
                    && p.location.as_ref().and_then(|l| l.admin1_code.as_deref()) == Some(admin1.as_str());
                p.actor1.clone().filter(|_| same)
            });
            let start = out[i].0.evidence.start;
            let known = known.or_else(|| {
                topics.iter().rev().find_map(|t| {
                    let x = &refs[t.author?];
                    let armed = kb.actors.actors[x.actor as usize].armed();
                    let same = armed
                        && t.start < start
                        && t.mode.as_deref() == Some(mode.as_str())
                        && t.admin1.as_deref() == Some(admin1.as_str());
                    same.then(|| self.actor_out(x, Some(admin1.get(..2).unwrap_or("")), true))
                })
            });
            let (e, k, _) = &mut out[i];
            if let Some(x) = known.filter(|x| e.actor2.as_ref().is_none_or(|y| y.id != x.id)) {
                k[2] = x.id.clone();
                e.actor1 = Some(x);
                set_explain(
                    e,
                    "actor1",
                    "author of the same kind of attack told before in the same governorate".into(),
                );
            }
        }
    }
}

/// A date right after "until" that lies ahead is a deadline, not the day anything happened:
/// "مهلة حتى 12 مايو" (a day and month without a year that reads as over a month ago is the
/// next one). One that lies behind ends what went on till then: "استمرت حتى مساء أمس".
fn deadline(a: &Analysis, d: &dates::DateMention, published: Option<NaiveDate>) -> bool {
    let t = a.tokens.partition_point(|t| (t.start as usize) < d.span.start);
    if t == 0 || !matches!(a.tok(t - 1), "حتي" | "لغايه") {
        return false;
    }
    // (the normalised view, where Eastern digits are ASCII: "٢٠١٨" is a year too)
    let year = a.v()[d.span.clone()]
        .split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4);
    published.is_none_or(|p| d.date > p || ((p - d.date).num_days() > 31 && !year))
}

/// Whether a topic cue (kind reference: "احتجاجا على", "التحقيق في") stands from token
/// `from` up to date `d`: the date is told of the topic.
fn topic_between(a: &Analysis, kb: &KnowledgeBase, from: usize, d: &dates::DateMention) -> bool {
    let t = a.tokens.partition_point(|t| (t.start as usize) < d.span.start);
    a.cues
        .iter()
        .any(|q| q.t0 >= from && q.t1 <= t && a.cue_kind(kb, q) == Some(CueKind::Reference))
}

/// Fewest words an evidence clause shows when its sentence has them.
const EVIDENCE_MIN_WORDS: usize = 8;

/// Widens token range `clause` inside `sentence` until it holds `min` word tokens: forward
/// first (the arguments follow the verb in Arabic), then backward.
fn widen_to_words(
    tokens: &[marsad_text::Token],
    clause: std::ops::Range<usize>,
    sentence: std::ops::Range<usize>,
    min: usize,
) -> (usize, usize) {
    let is_word = |k: usize| tokens.get(k).is_some_and(|t| t.kind == marsad_text::TokenKind::Word);
    let (mut lo, mut hi) = (clause.start.max(sentence.start), clause.end.min(sentence.end));
    let mut words = (lo..hi).filter(|&k| is_word(k)).count();
    while words < min && hi < sentence.end {
        words += usize::from(is_word(hi));
        hi += 1;
    }
    while words < min && lo > sentence.start {
        lo -= 1;
        words += usize::from(is_word(lo));
    }
    (lo, hi)
}

/// A place named as a group's patron ("الموالية لإيران", "المدعومة من روسيا"): no place of
/// the events, nor of the story.
fn patron(a: &Analysis, kb: &KnowledgeBase, m: &analysis::Mention) -> bool {
    a.cues.iter().any(|c| {
        (c.t1 == m.t0 || (c.t1 + 1 == m.t0 && a.tok(c.t1) == "من")) && a.has_cue_kind(kb, c, CueKind::Affiliation)
    })
}

#[cfg(test)]
mod tests {
    use super::{record, territory_by_author, widen_to_words, ActorOut, Event};

    #[test]
    fn territory_follows_the_author_found_late() {
        let side = |inter| ActorOut {
            text: "x".into(),
            name: "x".into(),
            id: "x".into(),
            inter: Some(inter),
        };
        let mut e = Event {
            id: "t#1".into(),
            event_type: "ASSAULT",
            mode: None,
            acled: Some(record::Acled {
                event_type: "Battles",
                sub_event_type: "Non-state actor overtakes territory",
            }),
            modality: "asserted",
            actor1: Some(side(1)),
            actor2: None,
            location: None,
            date: None,
            fatalities: None,
            quantities: Vec::new(),
            attribution: None,
            evidence: record::Evidence {
                text: String::new(),
                start: 0,
                end: 0,
            },
            confidence: 0.5,
            explain: None,
        };
        territory_by_author(&mut e);
        assert_eq!(
            e.acled.as_ref().map(|x| x.sub_event_type),
            Some("Government regains territory")
        );
        e.actor1 = Some(side(2));
        territory_by_author(&mut e);
        assert_eq!(
            e.acled.as_ref().map(|x| x.sub_event_type),
            Some("Non-state actor overtakes territory")
        );
        // a militia (3) keeps the word's own sub-type either way
        e.actor1 = Some(side(3));
        territory_by_author(&mut e);
        assert_eq!(
            e.acled.as_ref().map(|x| x.sub_event_type),
            Some("Non-state actor overtakes territory")
        );
    }

    fn toks(text: &str) -> Vec<marsad_text::Token> {
        marsad_text::token::tokenize(text)
    }

    #[test]
    fn a_short_clause_widens_forward_then_back_inside_its_sentence() {
        let t = "قال المصدر، طالبت الحكومة، اليوم، المجتمع الدولي بالضغط على الحوثيين في الحديدة";
        let tk = toks(t);
        let n = tk.len();
        // the clause "طالبت الحكومة" (tokens 3..5) grows forward to eight words
        let (lo, hi) = widen_to_words(&tk, 3..5, 0..n, 8);
        let words = (lo..hi).filter(|&k| tk[k].kind == marsad_text::TokenKind::Word).count();
        assert_eq!((lo, words), (3, 8));
        // at the sentence's end it grows backward; it never leaves the sentence
        let (lo, hi) = widen_to_words(&tk, n - 2..n, 0..n, 8);
        assert!(lo < n - 2 && hi == n);
        assert_eq!(widen_to_words(&tk, 0..2, 0..2, 8), (0, 2));
        // a long clause is left as it is
        assert_eq!(widen_to_words(&tk, 0..n, 0..n, 8), (0, n));
    }
}
