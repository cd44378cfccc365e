//! Stage 5a: places — how a place mention is framed (مدينة X، ريف X، شمال X,
//! a bare name), whether it counts, which gazetteer entry it is in the
//! document's context, and the record's location with ACLED precision.

use crate::analysis::{Analysis, Mention};
use crate::record::LocationOut;
use marsad_kb::cues::{CueKind, PlaceWordKind, PlaceWordKind as W};
use marsad_kb::places::{PlaceContext, PlaceKind};
use marsad_kb::KnowledgeBase;

/// How the text frames a place name: the place word right before it
/// (مدينة، ريف، شمال، محافظة, a preposition), or `None` for a bare name.
pub type Frame = Option<PlaceWordKind>;

/// A frame that names the kind of place (مدينة X، ريف X، محافظة X).
fn strong(frame: Frame) -> bool {
    matches!(
        frame,
        Some(W::Settlement | W::District | W::Facility | W::Admin | W::Countryside)
    )
}

/// Whether place word `pw` opens the name `m` itself ("مخيم" in the gazetteer's "مخيم اليرموك").
fn opens(pw: &Mention, m: &Mention) -> bool {
    pw.t0 == m.t0 && pw.t1 < m.t1
}

/// Whether the name `m` holds its own place word ("مخيم اليرموك"): the word frames that name
/// only, not the names listed after it.
pub fn holds_place_word(a: &Analysis, m: &Mention) -> bool {
    a.place_words.iter().any(|pw| opens(pw, m))
}

/// The kind of place word mention `pw` (مدينة: a settlement, شمال: a direction ...).
fn place_word_kind(kb: &KnowledgeBase, pw: &Mention) -> Option<PlaceWordKind> {
    let &ci = kb.cues.place_words.entries(pw.m.pattern).first()?;
    match kb.cues.cues[ci as usize].kind {
        CueKind::PlaceWord(k) => Some(k),
        _ => None,
    }
}

/// The frame of place mention `m`: the place word right before it (one
/// token of slack for "في مدينة", "شمال غرب"), or its own glued preposition.
pub fn frame_of(a: &Analysis, kb: &KnowledgeBase, m: &Mention) -> Frame {
    let mut best: Frame = None;
    // (the one token of slack is no other place's name: in "بمدينة اللاذقية ليل السبت" the
    // town word frames اللاذقية, not "ليل"; but a dual frames both of "شارعي الثورة وبغداد")
    let joined = a.prefix(m).starts_with('و');
    let slack = |pw: &Mention| {
        let dual = joined && a.v()[pw.span()].ends_with('ي');
        dual || !a.places.iter().any(|q| q.t0 <= pw.t1 && pw.t1 < q.t1)
    };
    // (a place word before the name, or opening it: a name that holds its own place word,
    // "مخيم اليرموك", "مديرية الظاهر", is framed by it)
    for pw in a
        .place_words
        .iter()
        .filter(|pw| (pw.t1 == m.t0 || (pw.t1 + 1 == m.t0 && slack(pw))) || opens(pw, m))
    {
        let Some(k) = place_word_kind(kb, pw) else {
            continue;
        };
        // the word adjacent to the name (or opening it) decides; a preposition further back
        // only if nothing closer
        if pw.t1 == m.t0 || pw.t0 == m.t0 || best.is_none() {
            best = Some(k);
        }
    }
    if best.is_none() && m.m.word_start < m.m.start {
        let prefix = a.prefix(m);
        if prefix.ends_with('ب') || prefix.ends_with('ل') {
            best = Some(W::Prep);
        }
    }
    // the bare object of a verb that takes a place as its object ("قصف الجيش التركي عفرين",
    // "حاصرت القوات مارع"): right after the verb, or after its subject
    if best.is_none() && m.m.word_start == m.m.start && object_place(a, kb, m) {
        best = Some(W::Prep);
    }
    best
}

/// Whether place mention `m` stands right after a verb whose object may be a place, or
/// right after the actor named after it.
fn object_place(a: &Analysis, kb: &KnowledgeBase, m: &Mention) -> bool {
    // (where the verb must end: right before the name, or right before the actor before it)
    let subject_start = a.actors.iter().find(|x| x.t1 == m.t0).map(|x| x.t0);
    a.triggers.iter().any(|t| {
        (t.t1 == m.t0 || Some(t.t1) == subject_start)
            && kb.triggers.readings(t.m.pattern).any(|r| {
                r.pos.contains(&marsad_kb::triggers::Pos::Verb)
                    && r.roles.place.contains(&marsad_kb::triggers::Marker::Obj)
            })
    })
}

/// Whether the name of place mention `m` is also a common word (the stoplist): a place only
/// with a place word of its own.
pub fn common_word(a: &Analysis, kb: &KnowledgeBase, m: &Mention) -> bool {
    let g = &kb.places;
    let name = &a.v()[m.span()];
    // the stoplist holds names with their article; "لتحالف" is ل + "التحالف"
    g.stop.contains(name) || (name.starts_with('ل') && g.stop.contains(&format!("ا{name}")))
}

/// A resolved place mention.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// Index into `Analysis::places`.
    pub mention: usize,
    /// Its frame.
    pub frame: Frame,
    /// The location.
    pub location: LocationOut,
    /// Gazetteer place index.
    pub place: u32,
}

/// Resolves place mention `idx` in `ctx`; `None` when it does not count as a
/// place here (a common word without a place frame).
pub fn resolve(a: &Analysis, kb: &KnowledgeBase, idx: usize, ctx: &PlaceContext, frame: Frame) -> Option<Resolved> {
    let m = &a.places[idx];
    let g = &kb.places;
    // "شارع بغداد" in Damascus is a street, not Baghdad: the containing place tells where
    if frame == Some(W::Street) {
        return None;
    }
    let name = &a.v()[m.span()];
    let mut cands = g.rank_quiet(g.index.entries(m.m.pattern), ctx);
    if cands.is_empty() {
        return None;
    }
    if (common_word(a, kb, m) && !strong(frame)) || g.never.contains(name) {
        return None;
    }
    // prefer the kind the frame asks for
    let want_admin = matches!(frame, Some(W::Admin | W::Countryside));
    let is_admin = |c: &marsad_kb::places::Candidate| {
        matches!(g.places[c.place as usize].kind, PlaceKind::Admin1 | PlaceKind::Country)
    };
    if want_admin && cands.iter().any(is_admin) {
        cands.retain(is_admin);
    } else if matches!(frame, Some(W::Settlement | W::District | W::Facility)) && cands.iter().any(|c| !is_admin(c)) {
        cands.retain(|c| !is_admin(c));
    }
    // a place the text puts inside a place of another country is not this namesake:
    // "منطقة الطائف في مديرية الدريهمي" (Yemen, not Saudi Ta'if), "الساحل الشرقي في مدينة درنة";
    // one put inside another governorate of its country is the namesake there, or, when the
    // gazetteer holds none, a place it does not know ("سوق الطلح بمحافظة صعدة" is not Aţ Ţalḩ of
    // Shabwah): the governorate then tells where
    if g.places[cands[0].place as usize].kind != PlaceKind::Country {
        if let Some((outer, said, oframe)) = outer_place(a, kb, m, ctx, frame) {
            let o = &g.places[outer[0].place as usize];
            let p = &g.places[cands[0].place as usize];
            if said && o.country != p.country {
                return None;
            }
            // (the governorate of a district or town the text puts it in as well, "العريش بمديرية
            // موزع"; not that of a region, "شمال سوريا", of a direction, "في شرق بغداد", or of a
            // region over governorates, "أربيل في إقليم كردستان العراق")
            let unit_of = |c: &marsad_kb::places::Candidate| {
                let x = &g.places[c.place as usize];
                (x.country == o.country
                    && matches!(x.kind, PlaceKind::Admin1 | PlaceKind::Admin2 | PlaceKind::Populated))
                .then_some(x.admin1_code.as_deref())
                .flatten()
                .filter(|u| g.holds_towns(u))
            };
            // (and only a larger unit holds a place: a village in a district, a district in a
            // governorate, a quarter in a town: "حي كوهر دشت في كرج"; no district lies in a town)
            let level = |k: PlaceKind| match k {
                PlaceKind::Country => 4,
                PlaceKind::Admin1 => 3,
                PlaceKind::Admin2 => 2,
                PlaceKind::Populated => 1,
                _ => 0,
            };
            // (a town of another country is a namesake to leave only for the story's own
            // country: "منطقة العريش بمديرية موزع", not "دابتشي بولاية يوبي" read as Japan's Ube)
            let larger = (level(o.kind) > level(p.kind) || (o.kind == PlaceKind::Populated && p.kind == o.kind))
                && (o.country == p.country || ctx.countries.iter().take(3).any(|c| *c == o.country));
            let unit = unit_of(&outer[0]).filter(|_| larger && !matches!(oframe, Some(W::Direction | W::Near)));
            // (a name that may be a city or its governorate, "مناخة بصنعاء", is either)
            let agrees = outer
                .iter()
                .filter_map(unit_of)
                .any(|u| Some(u) == p.admin1_code.as_deref());
            if unit.is_some() && !agrees {
                cands.retain(|c| g.places[c.place as usize].admin1_code.as_deref() == unit);
                if cands.is_empty() {
                    return None;
                }
            }
        }
    }
    let best = &cands[0];
    let p = &g.places[best.place as usize];
    let home = ctx.countries.iter().take(3).any(|c| *c == p.country);
    let core = ["SY", "IQ", "YE", "LY", "PS", "LB", "EG", "SD", "SO", "JO", "IL", "SS"].contains(&p.country.as_str());
    // countries always count; a governorate counts bare only in the story's region
    let area = p.kind == PlaceKind::Country || (p.kind == PlaceKind::Admin1 && (home || core));
    // a name of three letters or fewer (يد، بن، وان) is a place only with a place word,
    // unless it is a country, a governorate or a large city
    // (a curated conflict place of the story's country counts: "جبهة نهم" in a Yemeni story)
    let curated_home = home && p.id.starts_with("marsad:");
    if !strong(frame) && !area && !curated_home && name.chars().count() <= 3 && p.population < 500_000 {
        return None;
    }
    // a village of a far country (GeoNames holds many Persian and Turkish names that are
    // Arabic words) needs a place word
    if !strong(frame) && !area && !home && !core && p.population < 1_000_000 {
        return None;
    }
    // a town of another country than the story's needs a place word ("ميادين القتال" in a
    // Yemeni story is not al-Mayadin, "أرزة" there is not the Syrian village)
    // (a region named by direction and country, "شمال العراق", is an area, not a town; another
    // region counts only in a story of its country: "الضفة الغربية لنهر الفرات" in a Syrian
    // story is no West Bank)
    let by_direction = a
        .place_words
        .iter()
        .any(|pw| opens(pw, m) && place_word_kind(kb, pw) == Some(W::Direction));
    let region = p.kind == PlaceKind::Region && (by_direction || home);
    if !strong(frame) && !area && !region && !home && !ctx.countries.is_empty() && p.population < 1_000_000 {
        return None;
    }
    if frame.is_none() {
        // a bare name is a place when it is a country or a governorate, a curated
        // conflict place, or a city large for where it is (a million outside the story's countries)
        let big = matches!(p.kind, PlaceKind::Country | PlaceKind::Admin1)
            || p.id.starts_with("marsad:")
            || p.population >= if home { 100_000 } else { 1_000_000 };
        if !big {
            return None;
        }
    }
    let (place_ix, precision) = match frame {
        Some(W::Countryside) => {
            // the countryside of X: X's governorate
            let adm = p
                .admin1_code
                .as_deref()
                .and_then(|c| g.code_index(c))
                .unwrap_or(best.place);
            (adm, 2)
        }
        Some(W::Direction | W::Near) => (best.place, p.precision.max(2)),
        _ => (
            best.place,
            if matches!(p.kind, PlaceKind::Admin1 | PlaceKind::Country) {
                3
            } else {
                p.precision
            },
        ),
    };
    let q = &g.places[place_ix as usize];
    let admin1 = q
        .admin1_code
        .as_deref()
        .and_then(|c| g.by_code(c))
        .map(|x| x.name.clone());
    let text_span = if frame == Some(W::Countryside) {
        // include "ريف"
        let pw_start = a
            .place_words
            .iter()
            .filter(|pw| pw.t1 == m.t0)
            .map(|pw| pw.m.start as usize)
            .next()
            .unwrap_or(m.m.start as usize);
        pw_start..m.m.end as usize
    } else {
        m.span()
    };
    Some(Resolved {
        mention: idx,
        frame,
        place: place_ix,
        location: LocationOut {
            text: a.original(text_span).to_string(),
            name: q.name.clone(),
            country: q.country.clone(),
            admin1,
            admin1_code: q.admin1_code.clone(),
            admin2: q.admin2.clone(),
            lat: q.lat,
            lon: q.lon,
            precision,
            gazetteer_id: Some(q.id.clone()),
        },
    })
}

/// The location of a whole admin unit or country (fallback when the
/// sentence names no place).
pub fn area_location(kb: &KnowledgeBase, code: &str, text: &str) -> Option<LocationOut> {
    let g = &kb.places;
    let q = g.by_code(code)?;
    Some(LocationOut {
        text: text.to_string(),
        name: q.name.clone(),
        country: q.country.clone(),
        admin1: q
            .admin1_code
            .as_deref()
            .and_then(|c| g.by_code(c))
            .map(|x| x.name.clone()),
        admin1_code: q.admin1_code.clone(),
        admin2: None,
        lat: q.lat,
        lon: q.lon,
        precision: 3,
        gazetteer_id: Some(q.id.clone()),
    })
}

/// The place the text puts place mention `m` (framed by `frame`) inside ("منطقة الطائف في
/// مديرية الدريهمي", "سوق الطلح بمحافظة صعدة"): its gazetteer entries ranked in `ctx`, whether
/// the text says so with "في" or a ب glued to that name (rather than to the place word before
/// it, or right after a name with a place word of its own: "بلدة دوما بنابلس"), and its frame.
fn outer_place(
    a: &Analysis,
    kb: &KnowledgeBase,
    m: &Mention,
    ctx: &PlaceContext,
    frame: Frame,
) -> Option<(Vec<marsad_kb::places::Candidate>, bool, Frame)> {
    let g = &kb.places;
    // (or every name of a list put there: "بلدات صيدا والطيبة في ريف درعا"; the places
    // after the name are in text order, and only the next sixteen words are looked at)
    let after = &a.places[a.places.partition_point(|q| q.t0 < m.t1)..];
    let window = || after.iter().take_while(|q| q.t0 <= m.t1 + 16);
    // (a member of the list opens with و or follows a comma)
    let listed = |k: usize| {
        window().any(|x| x.t0 <= k && k < x.t1 && (a.prefix(x) == "و" || (x.t0 > 0 && a.tok(x.t0 - 1) == ",")))
    };
    let glued_b = |q: &Mention| a.prefix(q) == "ب";
    let said = |q: &Mention| q.t0 > m.t1 && ((m.t1..q.t0).any(|k| a.tok(k) == "في" && !listed(k)) || glued_b(q));
    // (a place word that names a kind of place, glued to ب: "بمحافظة صعدة", not "بشرق البلاد")
    let loose = |q: &Mention| {
        (q.t0 == m.t1 && glued_b(q) && strong(frame))
            || a.place_words.iter().any(|pw| {
                pw.t1 == q.t0
                    && pw.t0 >= m.t1
                    && glued_b(pw)
                    && place_word_kind(kb, pw).is_some_and(|k| strong(Some(k)))
            })
    };
    let inside = window().find(|q| {
        (m.t1..q.t0).all(|k| {
            let w = a.tok(k);
            // "في", a place word, or an adjective of the first name ("الساحل الشرقي")
            w == "في"
                || (w == "," && listed(k + 1))
                || w.ends_with('ي')
                || a.place_words.iter().any(|x| x.t0 <= k && k < x.t1)
                || listed(k)
        }) && q.t0 <= m.t1 + 3 + (m.t1..q.t0).filter(|&k| listed(k) || listed(k + 1)).count()
            && (said(q) || loose(q))
            && !listed(q.t0)
            // (past a list, only a place named with its place word: "في ريف درعا", not "في إطار")
            && ((m.t1..q.t0).all(|k| !listed(k)) || strong(frame_of(a, kb, q)))
    })?;
    let cands = g.rank_quiet(g.index.entries(inside.m.pattern), ctx);
    (!cands.is_empty()).then(|| (cands, said(inside), frame_of(a, kb, inside)))
}
