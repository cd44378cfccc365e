//! Stages 2–4 and 6: frames. For each trigger: its reading (verb or noun),
//! its arguments by Arabic patterns (VSO and SVO subjects, "بين X و Y",
//! "من قبل X", "على يد X", genitive, relative clauses, the speaker of
//! "قالت X إنها ..."), coreference of anaphoric nouns, modality from the
//! clause's cues, attribution, and quantities.

use crate::analysis::{Analysis, Mention, Sentence};
use crate::record::Quantity;
use marsad_kb::cues::{CueKind, Scope};
use marsad_kb::triggers::{Marker, Pos, Trigger};
use marsad_kb::KnowledgeBase;
use marsad_text::numbers::NumberMention;
use marsad_text::sentences::DAY_WORDS;
use std::ops::Range;

/// An actor occurrence: a direct mention or an anaphor resolved to one.
#[derive(Debug, Clone)]
pub struct ActorRef {
    /// Token range of its word(s).
    pub t0: usize,
    /// One past its last token.
    pub t1: usize,
    /// Normalised byte span of the name proper.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// The word's proclitics (normalised), e.g. "و", "ب", "لل".
    pub prefix: String,
    /// Actor index in the book.
    pub actor: u32,
    /// Surface text in the document (the antecedent's, for an anaphor).
    pub surface: String,
    /// For an anaphor: the word itself.
    pub anaphor: Option<String>,
    /// A country adjective after an attack noun ("هجوم جوي إسرائيلي"): the agent.
    pub adjective: bool,
}

impl ActorRef {
    /// A reference the engine builds itself over tokens `t0..t1` (bytes `span` of the
    /// normalised text): a country as its government, counted protesters, a titled
    /// person, a country adjective.
    fn built(a: &Analysis, t0: usize, t1: usize, span: Range<usize>, prefix: &str, actor: u32) -> ActorRef {
        ActorRef {
            t0,
            t1,
            start: span.start,
            end: span.end,
            prefix: prefix.to_string(),
            actor,
            surface: a.original(span).to_string(),
            anaphor: None,
            adjective: false,
        }
    }
}

/// Builds the actor references of a document: mentions, then anaphors
/// ("التنظيم" → the nearest earlier actor whose surface holds "تنظيم").
pub fn actor_refs(a: &Analysis, kb: &KnowledgeBase, countries: &[String]) -> Vec<ActorRef> {
    let v = a.v();
    let mut refs: Vec<ActorRef> = a
        .actors
        .iter()
        .filter_map(|m| {
            let actor = kb.actors.choose(kb.actors.index.entries(m.m.pattern), countries)?;
            Some(ActorRef {
                t0: m.t0,
                t1: m.t1,
                start: m.m.start as usize,
                end: m.m.end as usize,
                prefix: a.prefix(m).to_string(),
                actor,
                surface: a.original(m.span()).to_string(),
                anaphor: None,
                adjective: false,
            })
        })
        .collect();
    // a country named where an actor stands ("وشنت تركيا غارات", "وتقول إسرائيل")
    // is its government: not after a preposition, ريف, or a place word
    // (so is a capital right after an event verb: "وحذرت تل أبيب الأسد", "واتهمت لندن موسكو";
    // not after a reporting verb, whose clause tells others' deeds: "وأوضحت موسكو أن جنديين قتلا")
    for m in &a.places {
        let entries = kb.places.index.entries(m.m.pattern);
        // (a verb: no article, "وقصفت الطائرات دمشق" names a target; no attack noun,
        // "هجمات باريس" were in Paris)
        // (and its subject: "بريطانيا تقصف بيروت" names the target)
        // (looked for only when the name is a capital)
        let after_verb = || {
            let verb_at = a
                .triggers
                .iter()
                .find(|t| t.t1 == m.t0 && kb.triggers.readings(t.m.pattern).any(|r| r.pos.contains(&Pos::Verb)))
                .map(|t| t.t0);
            // (in the verb's own sentence: a name closing the sentence before is no subject)
            let subject_before = |v0: usize| {
                let start = a
                    .sentences
                    .iter()
                    .find(|s| s.tokens.contains(&v0))
                    .map_or(0, |s| s.tokens.start);
                a.actors
                    .iter()
                    .chain(a.places.iter())
                    .any(|x| x.t0 >= start && (x.t1 == v0 || x.t1 + 1 == v0))
            };
            m.t0 > 0 && !a.tok(m.t0 - 1).starts_with("ال") && verb_at.is_some_and(|v0| !subject_before(v0))
        };
        let capital = || {
            kb.places
                .capitals
                .get(kb.places.index.pattern_text(m.m.pattern))
                .filter(|_| after_verb())
                .cloned()
        };
        let Some(cc) = entries
            .iter()
            .map(|&e| &kb.places.places[e as usize])
            .find(|p| p.kind == marsad_kb::places::PlaceKind::Country)
            .map(|p| p.country.clone())
            .or_else(capital)
        else {
            continue;
        };
        let prefix = a.prefix(m);
        let prev = if m.t0 > 0 { a.tok(m.t0 - 1) } else { "" };
        let framed = a.place_words.iter().any(|w| w.t1 == m.t0);
        if !matches!(prefix, "" | "و" | "ف") || OBLIQUE.contains(&prev) || framed {
            continue;
        }
        let Some(gov) = kb.actors.index_of(&format!("{}-government", cc.to_ascii_lowercase())) else {
            continue;
        };
        if refs
            .iter()
            .any(|r| r.start < m.m.end as usize && (m.m.start as usize) < r.end)
        {
            continue;
        }
        refs.push(ActorRef::built(a, m.t0, m.t1, m.span(), prefix, gov));
    }
    // a counted subject right after a protest verb is the protesters: "اعتصم نحو ألف سوري",
    // "تظاهر آلاف الطلاب"; so is the count that ends a protest verb phrase ("احتشد الآلاف",
    // "خرج آلاف الطلاب")
    let protesters = kb.actors.index_of("gen-protesters");
    for (tm, protesters) in a.triggers.iter().filter_map(|t| Some((t, protesters?))) {
        let (mut protest_verb, mut protest_phrase) = (false, false);
        for t in kb.triggers.readings(tm.m.pattern) {
            if t.event_type == "PROTEST" && !t.is_weak() {
                protest_verb |= t.pos.contains(&Pos::Verb);
                protest_phrase |= t.pos.contains(&Pos::Phrase) && t.roles.actor1.contains(&Marker::Subj);
            }
        }
        let prefix = a.prefix(tm);
        if !(protest_verb || protest_phrase) || !matches!(prefix, "" | "و" | "ف") || tm.t1 >= a.tokens.len() {
            continue;
        }
        let end = (tm.t1 + 6).min(a.tokens.len());
        let count_at = |first: usize| {
            marsad_text::numbers::find_numbers(v, &a.tokens, first..end)
                .into_iter()
                .next()
                .filter(|n| n.span.start == a.tokens[first].start as usize && n.next_token < end)
                .map(|n| (first, n))
        };
        // (a day word may stand between the verb and its count: "تظاهر أمس عشرات من")
        let after_day = (tm.t1..end).find(|&k| !DAY_WORDS.contains(&a.tok(k))).unwrap_or(tm.t1);
        let found = if protest_verb { count_at(after_day) } else { None }
            .or_else(|| protest_phrase.then(|| count_at(tm.t1 - 1)).flatten());
        let Some((first, n)) = found else {
            continue;
        };
        // the counted noun, unless the count stands alone ("تظاهر الآلاف الجمعة عند الحدود")
        let noun = n.next_token;
        let alone = a.tokens[noun].kind != marsad_text::TokenKind::Word
            || a.original(a.tokens[first].start as usize..a.tokens[first].end as usize)
                .starts_with("ال")
            || OBLIQUE.contains(&a.tok(noun))
            || NOT_COUNTED.contains(&a.tok(noun))
            || DAY_WORDS.contains(&a.tok(noun));
        let last = if alone { n.next_token - 1 } else { noun };
        let (start, stop) = (n.span.start, a.tokens[last].end as usize);
        if refs.iter().any(|r| r.start < stop && start < r.end) {
            continue;
        }
        refs.push(ActorRef::built(a, first, last + 1, start..stop, "", protesters));
    }
    // a title and the name after it are one person: a civilian ("المواطن صالح عبدالله الحبجي",
    // 'الطفل "إسحاق إبراهيم"': a victim, civilians author no violence) or a public figure
    // ("القيادي الكردي، آلدار خليل"); a head noun and the name after it are an
    // organisation outside the book ("حركة إيتا", "نيابة إسطنبول")
    let named = [
        (CueKind::Title, "gen-people"),
        (CueKind::Office, "gen-person"),
        (CueKind::GroupHead, "gen-organisation"),
    ];
    for (kind, id) in named {
        let Some(actor) = kb.actors.index_of(id) else {
            continue;
        };
        let civilian = kind == CueKind::Title;
        for c in a.cues.iter().filter(|c| a.has_cue_kind(kb, c, kind)) {
            // right after a known actor it is that actor's apposition ("المتحدث العسكري
            // المصري العميد محمد سمير"): the book's actor stands
            let apposition = !civilian
                && refs
                    .iter()
                    .any(|r| r.t1 == c.t0 || (r.t1 + 1 == c.t0 && matches!(a.tok(r.t1), "،" | ",")));
            if apposition {
                continue;
            }
            let Some((last, comma)) = name_after(a, c.t1, &refs, kind) else {
                continue;
            };
            let (start, stop) = (a.tokens[c.t0].start as usize, a.tokens[last].end as usize);
            if civilian {
                // the title alone may be a generic actor ("الشاب"): the named person replaces it
                refs.retain(|r| !(r.start >= start && r.end <= stop && r.anaphor.is_none()));
            }
            if refs.iter().any(|r| r.start < stop && start < r.end) {
                continue;
            }
            let prefix = a.prefix(c);
            // a name set off by a comma ("القيادي الكردي، آلدار خليل،"): the reference ends
            // at the comma, inside its clause; its text keeps the name
            let mut r = ActorRef::built(a, c.t0, last + 1, start..stop, prefix, actor);
            if let Some(k) = comma {
                r.t1 = k;
                r.end = a.tokens[k].start as usize;
            }
            refs.push(r);
        }
    }
    // an envoy or an official of a country named by its adjective is its government:
    // "زار وفد أميركي رفيع المستوى منبج", "قال مسؤول إسرائيلي كبير"
    for c in a.cues.iter().filter(|c| a.has_cue_kind(kb, c, CueKind::Envoy)) {
        let k = c.t1;
        if k >= a.tokens.len() {
            continue;
        }
        let Some(gov) = kb
            .cues
            .nisba_country(a.tok(k))
            .and_then(|cc| kb.actors.index_of(&format!("{}-government", cc.to_ascii_lowercase())))
        else {
            continue;
        };
        let (start, stop) = (a.tokens[c.t0].start as usize, a.tokens[k].end as usize);
        if refs.iter().any(|r| r.start < stop && start < r.end) {
            continue;
        }
        let prefix = a.prefix(c);
        refs.push(ActorRef::built(a, c.t0, k + 1, start..stop, prefix, gov));
    }
    // a country adjective right after an attack noun names its author: "هجوم جوي إسرائيلي",
    // "الغارات الجوية التركية" (at most one adjective between). Not after a word that takes
    // its victim as object ("مقتل جندي إسرائيلي", "اعتقال فلسطيني"): there it is the victim.
    // A word that is also a verb with an object ("قصف") is read as its attack noun when its
    // noun reading takes no object: an adjective cannot be what a verb shells ("قصف تركي").
    for tm in &a.triggers {
        let takes_object = |t: &Trigger| t.event_type != "ASSAULT" || t.roles.actor2.contains(&Marker::Obj);
        let readings = || kb.triggers.readings(tm.m.pattern);
        let author_noun = readings().any(|t| t.pos.contains(&Pos::Noun) && !takes_object(t));
        if (!author_noun && readings().any(takes_object)) || a.quantity_words.iter().any(|q| q.t0 == tm.t0) {
            continue;
        }
        for k in tm.t1..(tm.t1 + 2).min(a.tokens.len()) {
            let w = a.tok(k);
            if a.tokens[k].kind != marsad_text::TokenKind::Word || OBLIQUE.contains(&w) {
                break;
            }
            let Some(actor) = kb.cues.nisba_country(w).and_then(|c| kb.actors.state_forces(c)) else {
                // only an adjective may stand between ("جوي", "المدفعية")
                if w.ends_with('ي') || w.ends_with("يه") {
                    continue;
                }
                break;
            };
            let (start, end) = (a.tokens[k].start as usize, a.tokens[k].end as usize);
            if !refs.iter().any(|r| r.start < end && start < r.end) {
                refs.push(ActorRef {
                    adjective: true,
                    ..ActorRef::built(a, k, k + 1, start..end, "", actor)
                });
            }
            break;
        }
    }
    // a person named once with a title is named again by the last word of the name alone:
    // "وزير الدولة لشؤون الإعلام محمد المومني" ... "ودعا المومني" (words of four letters or
    // more that are no cue, trigger or place of their own)
    let person = kb.actors.index_of("gen-person");
    let mut named_again: Vec<ActorRef> = Vec::new();
    for r in refs.iter().filter(|r| Some(r.actor) == person && r.anaphor.is_none()) {
        let folded = marsad_text::fold(&r.surface);
        let Some(last) = folded.split_whitespace().last().filter(|w| w.chars().count() >= 4) else {
            continue;
        };
        for t in r.t1..a.tokens.len() {
            let w = a.tok(t);
            let prefix = ["و", "ف", "ب", "ل", ""]
                .into_iter()
                .find(|p| w.strip_prefix(p) == Some(last));
            let Some(prefix) = prefix else {
                continue;
            };
            let taken = |k: usize| {
                refs.iter().chain(named_again.iter()).any(|x| x.t0 <= k && k < x.t1)
                    || a.triggers.iter().any(|x| x.t0 <= k && k < x.t1)
                    || a.places.iter().any(|x| x.t0 <= k && k < x.t1)
                    || a.cues.iter().any(|x| x.t0 <= k && k < x.t1)
            };
            if taken(t) {
                continue;
            }
            let span = a.tokens[t].start as usize + prefix.len()..a.tokens[t].end as usize;
            named_again.push(ActorRef::built(a, t, t + 1, span, prefix, r.actor));
        }
    }
    refs.extend(named_again);
    // a soldier or a policeman of a country named by its adjective is that country's force:
    // "جندي أفغاني", "مقتل جندي إسرائيلي", "شرطيين أتراك" (a generic state force, the
    // adjective right after it, which joins the reference's text)
    for r in refs.iter_mut().filter(|r| r.anaphor.is_none() && !r.adjective) {
        let generic = &kb.actors.actors[r.actor as usize];
        if !(generic.generic && generic.inter == Some(1)) || r.t1 >= a.tokens.len() {
            continue;
        }
        let Some(cc) = kb.cues.nisba_country(a.tok(r.t1)) else {
            continue;
        };
        // the country's own unit of that kind ("gen-police" → "tr-police"), else, for soldiers
        // and aircraft, its forces (a policeman is no soldier: the generic police keeps the
        // country of the story)
        let kind = generic.id.strip_prefix("gen-").unwrap_or("");
        let own = kb.actors.index_of(&format!("{}-{kind}", cc.to_ascii_lowercase()));
        let military = matches!(kind, "army" | "air-force");
        let Some(actor) = own.or_else(|| kb.actors.state_forces(cc).filter(|_| military)) else {
            continue;
        };
        let end = a.tokens[r.t1].end as usize;
        r.actor = actor;
        r.t1 += 1;
        r.end = end;
        r.surface = a.original(r.start..end).to_string();
    }
    refs.sort_by_key(|r| r.start);
    if kb.cues.anaphora.is_empty() {
        return refs;
    }
    // anaphors, in text order, each resolved against what precedes it
    let mut out: Vec<ActorRef> = Vec::with_capacity(refs.len() + 8);
    let mut direct = refs.drain(..).peekable();
    for (ti, tok) in a.tokens.iter().enumerate() {
        while let Some(r) = direct.peek() {
            if r.t0 <= ti {
                if let Some(r) = direct.next() {
                    out.push(r);
                }
            } else {
                break;
            }
        }
        let w = tok.text(v);
        if out.last().is_some_and(|r| r.t1 > ti) {
            continue; // inside a name
        }
        let (prefix, stem) = ["وب", "ول", "وال", "و", "ف", "ب", "ل"]
            .iter()
            .find_map(|p| w.strip_prefix(p).filter(|s| s.starts_with("ال")).map(|s| (*p, s)))
            .unwrap_or(("", w));
        // "للتنظيم" is ل + "التنظيم" (its alef dropped): the preposition stays its prefix, so
        // the anaphor is oblique ("وحدات تابعة للتنظيم" is no subject)
        let (prefix, stem_l) = if let Some(rest) = w.strip_prefix("لل") {
            ("ل", format!("ال{rest}"))
        } else if let Some(rest) = w.strip_prefix("ولل") {
            ("ول", format!("ال{rest}"))
        } else {
            (prefix, stem.to_string())
        };
        // a possessed noun ("قواته", its forces) has no article and may carry a conjunction;
        // it stands for its owner only as a subject: opening its clause or after "أن"
        // ("وقال الجيش إن قواته قتلت"); as an object or a genitive ("مقتل ثمانية من جنوده",
        // "للقبض على عناصره") the owner is no party to the event
        let subject_slot = ti == 0
            || a.tokens[ti - 1].kind != marsad_text::TokenKind::Word
            || matches!(a.tok(ti - 1), "ان" | "بان" | "وان" | "لان");
        let possessed = || {
            if !subject_slot {
                return None;
            }
            ["", "و", "ف"].into_iter().find_map(|p| {
                let rest = w.strip_prefix(p)?;
                kb.cues
                    .anaphora
                    .iter()
                    .find(|an| an.word == rest && !an.word.starts_with("ال"))
                    .map(|an| (p, an))
            })
        };
        let Some((prefix, an)) = kb
            .cues
            .anaphora
            .iter()
            .find(|an| an.word == stem_l && an.word.starts_with("ال"))
            .map(|an| (prefix, an))
            .or_else(possessed)
        else {
            continue;
        };
        // the nearest earlier actor whose surface holds the head word; else the
        // nearest of the right category
        let head_ok = |r: &&ActorRef| {
            an.head
                .as_ref()
                .is_some_and(|h| marsad_text::fold(&r.surface).contains(h.as_str()))
        };
        let fits = |actor: u32| {
            let act = &kb.actors.actors[actor as usize];
            // ("generic" in the kinds lets a generic actor of those categories stand as the
            // antecedent: "أعلن الجيش أن قواته ...")
            let generic_ok = an.kinds.iter().any(|k| k == "generic");
            (act.inter.is_some_and(|i| an.inter.contains(&i))
                || (act.kind != "generic" && an.kinds.contains(&act.kind)))
                && (!act.generic || generic_ok)
        };
        let inter_ok = |r: &&ActorRef| fits(r.actor);
        // a possessed noun's owner is the actor named last, and a person's forces are those
        // of the body the person leads ("قال المشير خليفة حفتر إن قواته": the LNA's); an
        // owner that does not fit (a person whose body bears no arms) leaves it unresolved
        let ante: Option<(u32, &ActorRef)> = if an.word.starts_with("ال") {
            out.iter()
                .rev()
                .find(head_ok)
                .or_else(|| out.iter().rev().find(inter_ok))
                .map(|r| (r.actor, r))
        } else {
            out.last().and_then(|r| {
                let act = &kb.actors.actors[r.actor as usize];
                let actor = if act.kind == "person" {
                    act.parent.as_deref().and_then(|p| kb.actors.index_of(p))?
                } else {
                    r.actor
                };
                fits(actor).then_some((actor, r))
            })
        };
        if let Some((actor, ante)) = ante {
            let r = ActorRef {
                t0: ti,
                t1: ti + 1,
                start: tok.start as usize + prefix.len(),
                end: tok.end as usize,
                prefix: prefix.to_string(),
                actor,
                surface: ante.surface.clone(),
                anaphor: Some(a.original(tok.start as usize..tok.end as usize).to_string()),
                adjective: false,
            };
            out.push(r);
        }
    }
    out.extend(direct);
    out
}

/// Whether what ends at token `k` (an aspect verb, or its subject) leads straight to the
/// event noun at `noun`: right before it, or through the preposition such a verb takes
/// ("نجح الجيش في تحرير", "تمكنت القوات من تحرير").
pub(crate) fn leads_to_noun(a: &Analysis, k: usize, noun: usize) -> bool {
    k == noun || (k + 1 == noun && matches!(a.tok(k), "في" | "من"))
}

/// The modality of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Modality {
    /// Reported as having happened.
    Asserted,
    /// Announced, scheduled, future.
    Planned,
    /// Reported as not having happened.
    Negated,
    /// The content of a threat.
    Threatened,
    /// Conditional or counterfactual.
    Hypothetical,
}

impl Modality {
    /// The schema's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Planned => "planned",
            Modality::Negated => "negated",
            Modality::Threatened => "threatened",
            Modality::Hypothetical => "hypothetical",
        }
    }
}

/// Who says what a trigger tells ([`Framer::said_by`]).
#[derive(Debug, Clone)]
pub enum Said {
    /// A known actor (index into the refs), and the cue that introduced it.
    Actor(usize, String),
    /// A source named by a noun phrase (token range), and the cue.
    Source(Range<usize>, String),
    /// A reporting verb with no subject of its own ("وأضاف أن"): the speaker told before.
    Unnamed,
}

/// A trigger with its arguments.
#[derive(Debug, Clone)]
pub struct Frame {
    /// Index into `Analysis::triggers`.
    pub trigger: usize,
    /// Trigger entry.
    pub entry: u32,
    /// Reading.
    pub pos: Pos,
    /// Sentence index.
    pub sentence: usize,
    /// Clause token range.
    pub clause: Range<usize>,
    /// Actor references (index into the refs).
    pub actor1: Option<usize>,
    /// Other side.
    pub actor2: Option<usize>,
    /// Modality.
    pub modality: Modality,
    /// Speaker (index into the refs).
    pub attribution: Option<usize>,
    /// A source named by a noun phrase, not a known actor (token range): "مصادر محلية".
    pub source: Option<Range<usize>>,
    /// A reporting verb with no subject of its own before the trigger ("وأضاف أن"): the
    /// speaker is the one told before.
    pub said_unnamed: bool,
    /// Quantities.
    pub quantities: Vec<Quantity>,
    /// Whether actor1 was found only by proximity (no pattern tied it to the trigger).
    pub loose_actor1: bool,
    /// The author a suicide-attack phrase names ("هجوم انتحاري": the bomber), for an event
    /// left with no actor1 at the end.
    pub phrase_author: Option<usize>,
    /// An event noun named as a topic ("جريمة اغتيال X", "التحقيق في الهجوم"):
    /// it refers to an earlier event and is not coded.
    pub reference: bool,
    /// An accusation read with its accused right before the charge ("واتهم الحوثيين بممارسة"):
    /// its speaker is unsaid, so it stands with no actor1.
    pub charged: bool,
    /// What fired, slot by slot.
    pub why: Vec<(&'static str, std::borrow::Cow<'static, str>)>,
}

/// The last token of a name that starts at token `from` (after a title or a head noun), if
/// there is one: at most four words (six after a public title, whose qualifiers come first:
/// "زعيم كردي سوري بارز"), through quotation marks, not through a preposition glued to a noun,
/// a conjunction, a trigger, a cue, a known actor or a clause word. After a public title one
/// comma may stand before the name ("القيادي الكردي، آلدار خليل").
fn name_after(a: &Analysis, from: usize, refs: &[ActorRef], kind: CueKind) -> Option<(usize, Option<usize>)> {
    let (office, civilian) = (kind == CueKind::Office, kind == CueKind::Title);
    let quote = |k: usize| matches!(a.tok(k), "\"" | "«" | "»");
    let most = if office { 6 } else { 4 };
    let mut last = None;
    let mut comma = None;
    let mut k = from;
    while k < a.tokens.len() && k < from + most + 2 {
        if quote(k) {
            k += 1;
            continue;
        }
        let w = a.tok(k);
        if office && comma.is_none() && last.is_some() && matches!(w, "،" | ",") {
            comma = Some(k);
            k += 1;
            continue;
        }
        // (a preposition glued to a noun, "بمنطقة", "للمطالبة", or a place word ends it)
        let glued = ["بال", "لل", "وال", "فال", "كال"].iter().any(|p| w.starts_with(p))
            || a.place_words.iter().any(|q| q.t0 <= k && k < q.t1);
        // (a long word opening with و is a conjunction and a next word: "وطفلتها")
        let conjunction = w.starts_with('و') && w.chars().count() > 3;
        let stop = a.tokens[k].kind != marsad_text::TokenKind::Word
            || NOT_NAMES.contains(&w)
            || DAY_WORDS.contains(&w)
            || glued
            || conjunction
            || a.triggers.iter().any(|t| t.t0 <= k && k < t.t1)
            || a.cues.iter().any(|q| q.t0 <= k && k < q.t1)
            || (!civilian && refs.iter().any(|r| r.t0 <= k && k < r.t1));
        if stop || last.is_some_and(|l: usize| k - l > 2) {
            break;
        }
        last = Some(k);
        k += 1;
        if last.is_some_and(|l| l + 1 - from >= most) {
            break;
        }
    }
    let last = last?;
    // a public title or a head noun needs a proper name after it, a word that is neither
    // definite nor an adjective of origin: "المبعوث الأممي" and "لجنة التحقيق" name no one
    // (nor a noun with a pronoun, "حكمه"; after an organisation's head, nor a feminine
    // adjective: "منظمة إرهابية محظورة", "مجموعة كبيرة")
    let proper = |k: usize| {
        let w = a.tok(k);
        let feminine = w.ends_with('ه') && !w.ends_with("الله");
        a.tokens[k].kind == marsad_text::TokenKind::Word
            && !w.starts_with("ال")
            && !["ي", "يون", "يين", "ها", "هم"].iter().any(|e| w.ends_with(e))
            && !(feminine
                && (kind == CueKind::GroupHead
                    || a.original(a.tokens[k].start as usize..a.tokens[k].end as usize)
                        .ends_with('ه')))
    };
    // (an organisation's name may be a definite genitive of two words or more: "حزب الشعب
    // الجمهوري", "حركة المجتمع الديمقراطي"; one definite word is a common noun: "لجنة التحقيق")
    let words = (from..=last)
        .filter(|&k| a.tokens[k].kind == marsad_text::TokenKind::Word)
        .count();
    let genitive_name = kind == CueKind::GroupHead && a.tok(from).starts_with("ال") && words >= 2;
    if !civilian && !genitive_name && !(from..=last).any(proper) {
        return None;
    }
    // a closing quotation mark right after the name belongs to it
    let last = if last + 1 < a.tokens.len() && quote(last + 1) {
        last + 1
    } else {
        last
    };
    Some((last, comma.filter(|&c| c < last)))
}

/// Words (normalised) that end a person's name after a title (and the day words of
/// `marsad_text::sentences::DAY_WORDS`).
const NOT_NAMES: &[&str] = &[
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "اثناء",
    "خلال",
    "بعد",
    "قبل",
    "الذي",
    "التي",
    "برصاص",
    "جراء",
    "اثر",
    "بسبب",
    "لدي",
    "ضد",
    "او",
    "مثل",
    "حول",
    "نحو",
    "منذ",
    "خصوصا",
    "ايضا",
    "كما",
    "قد",
    "لم",
    "لن",
    "لا",
    "عند",
    "مع",
    "بين",
    "ان",
    "انه",
    "كان",
    "وهو",
    "هو",
    // conjunctions that open the next clause: "المواطن الحبجي حيث انفجر"
    "حيث",
    "عندما",
    "بينما",
    "فيما",
    "لكن",
    "ثم",
];

/// Words (normalised) after a count that are not what it counts: places in time and
/// space ("تظاهر الآلاف الجمعة", "تظاهر المئات عند الحدود").
const NOT_COUNTED: &[&str] = &["عند", "لدي", "قرب", "امام", "خلف", "بعد", "قبل", "خلال", "وسط"];

/// Nouns (normalised) whose next word is their genitive, a noun, never a finite verb:
/// "أعمال قتل", "جرائم خطف", "محاولة اغتيال".
const NOUN_HEADS: &[&str] = &[
    "اعمال",
    "جرائم",
    "جريمه",
    "عمليات",
    "حملات",
    "محاوله",
    "محاولات",
    "مسلسل",
    "موجه",
    "ضحايا",
    // charges: "بتهمة خطف سياح"
    "بتهمه",
    "بتهم",
    "تهمه",
    // places of an action: "أماكن تجمع المدنيين", "نقاط تجمع"
    "اماكن",
    "مكان",
    "نقاط",
    "نقطه",
];

/// Prepositions (normalised) after which a word is a noun, never a finite verb.
const AFTER_PREP_NOUN: &[&str] = &[
    "في",
    "من",
    "عن",
    "علي",
    "الي",
    "حول",
    "بعد",
    "منذ",
    "خلال",
    "اثر",
    "جراء",
    "بسبب",
    "عقب",
    "ضد",
    "اثناء",
    "اعقاب",
];

/// Words that cannot open a source's noun phrase after a reporting word: a preposition with
/// its pronoun ("وقال له"), time and discourse words (a participle, "بيان صادر عن", ends
/// the phrase wherever it stands: `Framer::source_phrase`).
const NOT_A_SOURCE: &[&str] = &[
    "ل",
    "له",
    "لها",
    "لهم",
    "لنا",
    "فيه",
    "فيها",
    "عنه",
    "عنها",
    "منه",
    "منها",
    "عليه",
    "عليها",
    "اليه",
    "اليها",
    "اليوم",
    "امس",
    "ايضا",
    "كذلك",
    "ذلك",
    "هذا",
    "هذه",
    "فيما",
    "بعد",
    "قبل",
    "خلال",
    "حتي",
    "اثنان",
    "عدد",
];

/// The forms of "قام" (carried out) that take a masdar with ب: "قامت القوات بقصف".
const QAMA: &[&str] = &["قام", "قامت", "قاموا", "قامتا", "يقوم", "تقوم", "يقومون", "تقومان"];

/// Words of time after a number that make it an age or a span, not a count of people:
/// "مصرع ألتون ستيرلنج 37 عاما", "قتلوا خلال 18 يوما" (normalised view).
const SPAN_WORDS: &[&str] = &[
    "عاما",
    "عام",
    "سنه",
    "سنوات",
    "اعوام",
    "سنين",
    "شهرا",
    "اشهر",
    "يوما",
    "ايام",
    "ساعات",
];

/// Words of time before an event noun that name a known event as a moment ("عند توقيفه",
/// "منذ اعتقاله", "قبل ساعات من اغتياله"), written as in the normalised view.
const TIME_WORDS: &[&str] = &["عند", "لدي", "منذ", "قبل", "حين", "ابان"];

/// Revenge, after a pledge: "تعهد ... بالانتقام/بالثأر" is a threat.
const REVENGE: &[&str] = &["بالانتقام", "بالثار"];

/// The verb of a death phrase whose subject may stand before its noun ("لقي 13 جنديا
/// مصرعهم", "لقوا حتفهم"), as in the normalised view.
const MET_DEATH: &[&str] = &["لقي", "لقوا", "لقيت", "لقيا", "لقين", "يلقي", "يلقون"];

/// The verb of suffering an attack whose subject may stand before its noun ("تعرضت قوات
/// الجيش لقصف مدفعي"), as in the normalised view.
const SUFFERED: &[&str] = &[
    "تعرض",
    "تعرضت",
    "تعرضوا",
    "تعرضا",
    "تعرضتا",
    "يتعرض",
    "تتعرض",
    "يتعرضون",
];

/// The verbs of opening fire whose subject may stand before "النار" ("أطلقت قوات الاحتلال
/// النار على"), as in the normalised view.
const FIRE_VERBS: &[&str] = &[
    "اطلق",
    "اطلقت",
    "اطلقوا",
    "يطلق",
    "تطلق",
    "يطلقون",
    "فتح",
    "فتحت",
    "فتحوا",
    "يفتح",
    "تفتح",
];

/// Whether word `w` is one of `list`, bare or after one conjunction و or ف ("وفتحت" is
/// "فتحت", and "فتحت" stays itself).
fn in_list(list: &[&str], w: &str) -> bool {
    list.contains(&w) || w.strip_prefix(['و', 'ف']).is_some_and(|b| list.contains(&b))
}

/// Prepositions before which an actor is not a subject, written as they
/// appear in the normalised view (على → علي, إلى → الي, لدى → لدي).
const OBLIQUE: &[&str] = &[
    "في",
    "علي",
    "ضد",
    "مع",
    "من",
    "عن",
    "الي",
    "بين",
    "لدي",
    "نحو",
    "باتجاه",
    "حول",
    "داخل",
];

/// Per-document frame builder.
pub struct Framer<'a, 'd> {
    /// Analysis.
    pub a: &'a Analysis<'d>,
    /// Knowledge base.
    pub kb: &'a KnowledgeBase,
    /// Actor references.
    pub refs: &'a [ActorRef],
    /// Per reference: the first token of the relative clause describing a
    /// place that it stands in ("مأرب التي تسيطر عليها قوات حكومية").
    held: Vec<Option<usize>>,
    /// The first token of the trigger being framed.
    current: std::cell::Cell<usize>,
    /// Whether the holder of a place may be found: as the target of an attack on
    /// the place ("هجوما على المدينة التي يسيطر عليها الحوثيون"), never as its author.
    holder_ok: std::cell::Cell<bool>,
    /// Whether the reasons (`Frame::why`) are wanted in full (`--explain`).
    pub explain: bool,
}

impl<'a, 'd> Framer<'a, 'd> {
    /// A frame builder over a document's analysis and actor references.
    pub fn new(a: &'a Analysis<'d>, kb: &'a KnowledgeBase, refs: &'a [ActorRef]) -> Self {
        // an actor inside a relative clause that describes a place (who holds it, who lives
        // there) is part of the description, not an argument of the events around it
        let held = refs.iter().map(|x| place_relative(a, kb, x.t0, 3)).collect();
        Framer {
            a,
            kb,
            refs,
            held,
            current: std::cell::Cell::new(0),
            holder_ok: std::cell::Cell::new(false),
            explain: false,
        }
    }
}

/// The first token of a relative clause describing a place ("مأرب التي تسيطر
/// عليها ...") that token `t` stands in, at most `reach` words after the pronoun.
fn place_relative(a: &Analysis, kb: &KnowledgeBase, t: usize, reach: usize) -> Option<usize> {
    a.cues
        .iter()
        .filter(|q| q.t1 <= t && q.t1 + reach >= t && a.cue_kind(kb, q) == Some(CueKind::Relative))
        .find(|q| {
            // a place name standing as a noun: after a place word or a preposition, or
            // without the article ("مأرب التي"); not an adjective ("الطائرات الجديدة التي")
            let noun = |p: &crate::analysis::Mention| {
                let w = &a.v()[p.m.word_start as usize..p.m.end as usize];
                !w.contains("ال")
                    || p.t0 == 0
                    || a.place_words.iter().any(|x| x.t1 == p.t0)
                    || matches!(a.tok(p.t0 - 1), "في" | "من" | "علي" | "الي" | "قرب" | "داخل" | "وسط")
            };
            let place_before =
                a.places.iter().any(|p| p.t1 == q.t0 && noun(p)) || a.place_words.iter().any(|p| p.t1 == q.t0);
            let one_clause = (q.t1..t).all(|k| !matches!(a.tok(k), "," | "." | "،" | "؛"));
            place_before && one_clause
        })
        .map(|q| q.t0)
}

impl Framer<'_, '_> {
    /// Whether the trigger at token `t` opens a relative clause describing a place.
    fn describes_place(&self, t: usize) -> bool {
        place_relative(self.a, self.kb, t, 1).is_some()
    }

    fn cue_at(&self, t: usize) -> Option<(CueKind, &Mention)> {
        self.a
            .cues
            .iter()
            .find(|c| c.t0 <= t && t < c.t1)
            .and_then(|c| self.a.cue_kind(self.kb, c).map(|k| (k, c)))
    }

    /// Whether trigger mention `tm`, a target noun too ("تعزيزات"، "تجمعات"), is the object
    /// of an attack reading that ends at most five tokens before it, from `from` on.
    fn is_target_of_attack(&self, tm: &crate::analysis::Mention, from: usize) -> bool {
        let (a, kb) = (self.a, self.kb);
        let target = |t: usize| matches!(self.cue_at(t), Some((CueKind::Target, c)) if c.t0 == t);
        if !target(tm.t0) {
            return false;
        }
        a.triggers.iter().any(|t| {
            t.t1 <= tm.t0
                && t.t0 >= from
                && tm.t0 <= t.t1 + 5
                && kb
                    .triggers
                    .readings(t.m.pattern)
                    .any(|r| r.event_type == "ASSAULT" && !r.is_weak())
                && (t.t1..tm.t0).all(|k| {
                    matches!(a.tok(k), "علي" | "ضد")
                        || target(k)
                        || self.light(k)
                        || self.refs.iter().any(|x| x.t0 <= k && k < x.t1)
                })
        })
    }

    /// Whether token `t` can stand between a subject and its verb.
    fn light(&self, t: usize) -> bool {
        let w = self.a.tok(t);
        if w.chars().all(|c| !c.is_alphanumeric()) {
            return w != "," && w != ".";
        }
        matches!(self.cue_at(t), Some((CueKind::Filler, _)))
    }

    /// Whether trigger mention `t` has only background readings ("آلاف المتظاهرين"):
    /// such a word stands between a verb and its subject like any noun.
    fn weak_only(&self, t: &crate::analysis::Mention) -> bool {
        self.kb.triggers.readings(t.m.pattern).all(Trigger::is_weak)
    }

    /// Whether reference `x` is an audience (kind "audience" in actors.tsv: the international
    /// community), addressed by calls and never their speaker.
    fn audience(&self, x: &ActorRef) -> bool {
        self.kb.actors.actors[x.actor as usize].kind == "audience"
    }

    /// Whether trigger mention `t` is only a weapon or aircraft noun ("دبابات", "طائرات"):
    /// after a verb it heads the subject ("قصفت دبابات الجيش موقعين لحماس").
    fn instrument_only(&self, t: &crate::analysis::Mention) -> bool {
        self.kb.triggers.readings(t.m.pattern).all(|r| r.roles.instrument)
    }

    /// One past the last word of the source's noun phrase that starts at token `from`
    /// ("مصادر عسكرية يمنية"): at most five words, before `limit`, not through a
    /// preposition, a complementiser, a trigger, a day or another cue (`from` when it
    /// starts with none of these).
    fn source_phrase(&self, from: usize, limit: usize) -> usize {
        let a = self.a;
        let mut k = from;
        while k < limit && k < from + 5 {
            let w = a.tok(k);
            let stop = a.tokens[k].kind != marsad_text::TokenKind::Word
                || OBLIQUE.contains(&w)
                || matches!(
                    w,
                    "ان" | "انه" | "انها" | "انهم" | "بان" | "بانه" | "بانها" | "الذي" | "التي"
                )
                || (k == from && NOT_A_SOURCE.contains(&w))
                || matches!(w, "صادر" | "صادره" | "الصادر" | "الصادره")
                || DAY_WORDS.contains(&w)
                || a.triggers.iter().any(|t| t.t0 <= k && k < t.t1 && !self.weak_only(t))
                || a.cues.iter().any(|c| {
                    c.t0 <= k
                        && k < c.t1
                        && c.t0 > from
                        && !self
                            .kb
                            .cues
                            .readings(c.m.pattern)
                            .any(|q| q.source || q.kind == CueKind::Filler)
                });
            if stop {
                break;
            }
            k += 1;
        }
        k
    }

    /// Who says what trigger `tt0..tt1` of sentence tokens `sent` tells: a known actor after a
    /// reporting cue (before the trigger, or "بحسب X" after it), else a source named by a noun
    /// ("أفادت مصادر عسكرية يمنية", "وقال شهود عيان", "وأكد البيان أن": the noun phrase the
    /// source noun heads, or the one right after a reporting verb), else a reporting verb with
    /// no subject of its own ("وأضاف أن"): the speaker told before.
    pub fn said_by(&self, sent: Range<usize>, tt0: usize, tt1: usize) -> Option<Said> {
        let a = self.a;
        let kb = self.kb;
        let v = a.v();
        let reporting = |c: &&Mention| a.cue_kind(kb, c) == Some(CueKind::Attribution);
        for c in a
            .cues
            .iter()
            .filter(|c| c.t0 >= sent.start && c.t1 <= sent.end)
            .filter(reporting)
        {
            // (one word may stand between, not a complementiser: after "وأفاد أن" comes what
            // was said, not who said it)
            let said = |k: usize| matches!(a.tok(k), "ان" | "انه" | "انها" | "بان" | "بانه" | "بانها");
            let after = self
                .refs_in(c.t1..sent.end)
                .find(|(_, x)| self.only_light(c.t1..x.t0) || (x.t0 <= c.t1 + 1 && !(c.t1..x.t0).any(said)));
            if let Some((i, x)) = after {
                // a reporting verb before the trigger, or "بحسب X" / "وفق X" after it
                let trailing = kb
                    .cues
                    .index
                    .entries(c.m.pattern)
                    .first()
                    .is_some_and(|&e| kb.cues.cues[e as usize].trailing);
                if c.t0 < tt0 || (trailing && x.t0 > tt1) {
                    return Some(Said::Actor(
                        i,
                        self.reason(|| format!("reporting cue {:?}", &v[c.span()])),
                    ));
                }
            }
        }
        // "بحسب مصادر عسكرية" / "وفق مسؤولين في الجيش" after the trigger: the source noun right
        // after the trailing cue
        for c in a
            .cues
            .iter()
            .filter(|c| c.t0 >= tt1 && c.t1 < sent.end)
            .filter(reporting)
            .filter(|c| kb.cues.readings(c.m.pattern).any(|q| q.trailing))
        {
            let source_next = a
                .cues
                .iter()
                .any(|q| q.t0 == c.t1 && kb.cues.readings(q.m.pattern).any(|r| r.source));
            let end = self.source_phrase(c.t1, sent.end);
            if source_next && end > c.t1 {
                return Some(Said::Source(
                    c.t1..end,
                    self.reason(|| format!("source noun phrase after {:?}", &v[c.span()])),
                ));
            }
        }
        let mut unnamed = false;
        for c in a
            .cues
            .iter()
            .filter(|c| c.t0 >= sent.start && c.t1 <= tt0)
            .filter(reporting)
        {
            let noun = kb.cues.readings(c.m.pattern).any(|q| q.source);
            let (from, least) = if noun { (c.t0, c.t1) } else { (c.t1, c.t1 + 1) };
            let end = self.source_phrase(from, tt0);
            if end >= least {
                return Some(Said::Source(
                    from..end,
                    self.reason(|| format!("source noun phrase after {:?}", &v[c.span()])),
                ));
            }
            // a verb that opens its sentence with no subject ("وأضاف أن", "وأشار إلى أن")
            let trailing = kb.cues.readings(c.m.pattern).any(|q| q.trailing);
            unnamed |= !noun && !trailing && c.t0 <= sent.start + 1;
        }
        unnamed.then_some(Said::Unnamed)
    }

    /// A reason for `--explain`, built only when the reasons are wanted.
    fn reason(&self, f: impl FnOnce() -> String) -> String {
        if self.explain {
            f()
        } else {
            String::new()
        }
    }

    fn only_light(&self, r: Range<usize>) -> bool {
        r.into_iter().all(|t| self.light(t))
    }

    /// Whether reference `r` opens with a sound plural in its accusative/genitive form, which
    /// right after a verb is never its subject: a nisba plural in "-يين" ("اتهم الحوثيين": the
    /// Houthis are accused; the subject would be "الحوثيون") or a participle plural in "-ين"
    /// ("المسلحين"); after a count it is the count's genitive ("تظاهر آلاف المحتجين").
    fn accusative_plural(&self, r: &ActorRef) -> bool {
        if r.anaphor.is_some() {
            return false;
        }
        let w = self.a.tok(r.t0);
        let stem = w.strip_prefix(r.prefix.as_str()).unwrap_or(w);
        let stem = stem.strip_prefix("ال").unwrap_or(stem);
        let n = stem.chars().count();
        (stem.ends_with("يين") && n >= 5) || (stem.starts_with('م') && stem.ends_with("ين") && n >= 6)
    }

    /// A reference that is a later word of an event phrase ("تفجير انتحاري", "هجوم انتحاري"):
    /// part of how the event is named, never what is done to someone.
    fn inside_phrase(&self, r: &ActorRef) -> bool {
        self.a.triggers.iter().any(|t| t.t0 < r.t0 && r.t1 <= t.t1)
    }

    fn oblique(&self, r: &ActorRef) -> bool {
        r.prefix.ends_with('ب')
            || r.prefix.ends_with('ل')
            || r.prefix.ends_with('ك')
            || (r.t0 > 0 && OBLIQUE.contains(&self.a.tok(r.t0 - 1)) && !self.partitive(r))
    }

    /// Whether token `k` is a partitive word ("مجموعة", "عدد", "عشرات"): a part or count of a
    /// group before "من".
    fn partitive_word(&self, k: usize) -> bool {
        matches!(self.cue_at(k), Some((CueKind::Partitive, _)))
    }

    /// A group named after a part or a count of it and "من" ("مجموعة من المسلحين", "عددا من
    /// المحتجين", "30 من المسلحين"): what the phrase names, subject or object, not an oblique.
    fn partitive(&self, r: &ActorRef) -> bool {
        // (one adjective may stand between: "عدد كبير من المحتجين", "مجموعة خاصة من الجيش")
        let adjective = |k: usize| {
            self.a.tokens[k].kind == marsad_text::TokenKind::Word
                && self.cue_at(k).is_none()
                && !self.a.triggers.iter().any(|t| t.t0 <= k && k < t.t1)
                && !self.refs.iter().any(|x| x.t0 <= k && k < x.t1)
        };
        // (not a subset of a group counted before: "عشرة مدنيين بينهم عدد كبير من الأطفال
        // قتلوا" — the ten are the subject)
        let subset = |head: usize| {
            (head.saturating_sub(2)..head)
                .any(|k| matches!(self.a.tok(k), "بينهم" | "بينهن" | "بينها" | "منهم" | "منها"))
        };
        r.t0 >= 2
            && r.prefix.is_empty()
            && self.a.tok(r.t0 - 1) == "من"
            && (self.a.tokens[r.t0 - 2].kind == marsad_text::TokenKind::Number
                || (self.partitive_word(r.t0 - 2) && !subset(r.t0 - 2))
                || (r.t0 >= 3 && self.partitive_word(r.t0 - 3) && adjective(r.t0 - 2) && !subset(r.t0 - 3)))
    }

    /// The nearest of the `reach` words before token `t0` (not before `from`) that is a verb of
    /// `list`: the verb of a phrase split by its subject ("لقي X مصرعه", "أطلق X النار").
    fn verb_before(&self, list: &[&str], from: usize, t0: usize, reach: usize) -> Option<usize> {
        (from..t0).rev().take(reach).find(|&k| in_list(list, self.a.tok(k)))
    }

    /// Whether token `k` (before `end`) opens the charge of an accusation: a word glued to ب
    /// ("بممارسة", "بالوقوف وراء"), not a preposition of time or place spelled with it (بعد، بين).
    fn charge_at(&self, k: usize, end: usize) -> bool {
        let a = self.a;
        let w = a.tok(k);
        k < end
            && a.tokens[k].kind == marsad_text::TokenKind::Word
            && w.starts_with('ب')
            && w.chars().count() >= 4
            && !["بعد", "بين", "بينما", "بسبب", "بشان", "بخصوص"]
                .iter()
                .any(|p| w.starts_with(p))
            && !self.refs.iter().any(|x| x.t0 == k)
    }

    /// Whether token `k`, as written, ends in an object pronoun after a stem of two letters or
    /// more ("زرعتها", "نفذته"; a ta marbuta, "الجوية", is none).
    fn object_pronoun(&self, k: usize) -> bool {
        let Some(t) = self.a.tokens.get(k) else {
            return false;
        };
        let w = self.a.original(t.start as usize..t.end as usize);
        w.chars().count() > 3 && ["ه", "ها", "هم", "هما"].iter().any(|p| w.ends_with(p))
    }

    fn refs_in(&self, r: Range<usize>) -> impl Iterator<Item = (usize, &ActorRef)> + '_ {
        let tt0 = self.current.get();
        let holder_ok = self.holder_ok.get();
        self.refs.iter().enumerate().filter(move |(i, x)| {
            x.t0 >= r.start
                && x.t1 <= r.end
                // a place's description lends its actors only to a trigger inside it,
                // or its holder as the target of an attack on the place
                && (holder_ok || self.held[*i].is_none_or(|q| q < tt0 && tt0 < x.t0))
        })
    }

    /// The holder of the place right after particle `p` ("هجوما على المدينة التي
    /// يسيطر عليها الحوثيون"): the target of an attack on the place.
    fn holder_after(&self, p: &str, r: Range<usize>) -> Option<usize> {
        let t = r.clone().find(|&t| self.a.tok(t) == p)?;
        self.refs.iter().enumerate().find_map(|(i, x)| {
            let q = self.held[i]?;
            (q > t + 1 && q <= t + 4 && x.t1 <= r.end).then_some(i)
        })
    }

    /// The actor right after a particle (token equal to `p`, or a word
    /// carrying `p` as proclitic) in `r`.
    fn after_particle(&self, p: &str, r: Range<usize>) -> Option<(usize, usize)> {
        let toks: Vec<&str> = p.split(' ').collect();
        for t in r.clone() {
            let hit = (0..toks.len()).all(|j| self.a.tok(t + j) == toks[j]);
            if hit {
                let from = t + toks.len();
                if let Some((i, x)) = self.refs_in(from..r.end).next() {
                    // "على مواقع الحوثيين", "رتلا عسكريا تابعا للحوثيين"
                    let bridged =
                        (from..x.t0).all(|k| self.light(k) || matches!(self.cue_at(k), Some((CueKind::Target, _))));
                    if bridged {
                        return Some((i, t));
                    }
                }
            }
        }
        // glued: "لقوات", "بالتنظيم"
        if toks.len() == 1 && (p == "ل" || p == "ب") {
            for (i, x) in self.refs_in(r) {
                if x.prefix.ends_with(p) || (p == "ل" && x.prefix.ends_with("لل")) {
                    return Some((i, x.t0));
                }
            }
        }
        None
    }

    /// Builds the frame of trigger mention `ti` in sentence `si`.
    /// `dates` are the token ranges of the sentence's date mentions.
    pub fn frame(
        &self,
        ti: usize,
        si: usize,
        s: &Sentence,
        numbers: &[NumberMention],
        dates: &[Range<usize>],
    ) -> Option<Frame> {
        let a = self.a;
        let kb = self.kb;
        let tm = &a.triggers[ti];
        self.current.set(tm.t0);
        let v = a.v();
        let prefix = a.prefix(tm);
        let entries = kb.triggers.index.entries(tm.m.pattern);
        // a preposition is never followed by a finite verb: "عن قصف" is the noun
        let after_head = tm.t0 > 0 && NOUN_HEADS.contains(&a.tok(tm.t0 - 1));
        let after_prep = (tm.t0 > 0 && AFTER_PREP_NOUN.contains(&a.tok(tm.t0 - 1))) || after_head;
        let noun_form = prefix.contains("ال")
            || prefix.ends_with('ب')
            || prefix.ends_with('ل')
            || prefix.ends_with('ك')
            || after_prep;
        let pick = |want: Pos| {
            entries
                .iter()
                .copied()
                .find(|&e| kb.triggers.triggers[e as usize].pos.contains(&want))
        };
        let (entry, pos) = if noun_form {
            pick(Pos::Noun)
                .map(|e| (e, Pos::Noun))
                .or_else(|| pick(Pos::Phrase).map(|e| (e, Pos::Phrase)))
        } else {
            pick(Pos::Verb)
                .map(|e| (e, Pos::Verb))
                .or_else(|| pick(Pos::Phrase).map(|e| (e, Pos::Phrase)))
        }
        .or_else(|| {
            // after a noun head with only a verb row ("عمليات طرد"): the verb's masdar, a noun;
            // with the article, only a verb row is no reading at all — a finite verb never
            // takes ال ("البحث" research, "الدعم" aid, "القاضي" the judge, "الأسر" families):
            // an event noun spelled like a verb has a noun row of its own ("الدهس", "التوغل")
            entries.first().and_then(|&e| {
                let p = kb.triggers.triggers[e as usize].pos[0];
                if p == Pos::Verb && !after_head && prefix.contains("ال") {
                    return None;
                }
                // (after a preposition too, a verb of driving out: "بعد طرد التنظيم",
                // "لطرد الحوثيين", "بعد دحر المتشددين" — its genitive is who was driven out)
                let t = &kb.triggers.triggers[e as usize];
                let drive_out = t.acled_sub.is_some_and(crate::territorial) && t.roles.actor2.contains(&Marker::Obj);
                Some((
                    e,
                    if (after_head || (noun_form && drive_out)) && p == Pos::Verb {
                        Pos::Noun
                    } else {
                        p
                    },
                ))
            })
        })?;
        // a ta marbuta is never a verb ending: "ضربة" folds to "ضربه" (he hit him) but is a noun;
        // nor is a bare ي or ى after the stem (a verb's "me" is ني): "في أيدي المتمردين"
        // (hands) is no "أيد" (backed), "الأسرى" (prisoners) no "أسر" (captured)
        let my = matches!(a.original(tm.m.end as usize..tm.m.word_end as usize), "ي" | "ى");
        let (entry, pos) =
            if pos == Pos::Verb && (my || a.original(tm.m.start as usize..tm.m.end as usize).ends_with('ة')) {
                pick(Pos::Noun).map(|e| (e, Pos::Noun))?
            } else {
                (entry, pos)
            };
        // an event noun after ل that completes an organisation's name is the body's purpose:
        // "اللجنة العليا للإغاثة", "الهيئة الوطنية لمكافحة الفساد" (the head noun of a name,
        // then at most two adjectives)
        if pos == Pos::Noun && prefix.starts_with('ل') && !prefix.starts_with("ال") && tm.t0 > 0 {
            let adjective = |w: &str| w.ends_with('ي') || w.ends_with("يه") || w.ends_with("يا");
            // (the first word back that is no adjective)
            let head = (tm.t0.saturating_sub(3)..tm.t0).rev().find(|&k| !adjective(a.tok(k)));
            let named = head.is_some_and(|k| {
                let w = a.tok(k);
                // (a name is definite: "مؤسسة صحية للتدمير" is no body's name)
                let w = w.strip_prefix('و').unwrap_or(w);
                let Some(stem) = w.strip_prefix("ال") else {
                    return false;
                };
                kb.cues.word_has(stem, CueKind::GroupHead)
                    // (not a named actor: "إطلاق جماعة الحوثي لصواريخ")
                    && !a.actors.iter().any(|x| x.t0 < tm.t0 && k < x.t1)
            });
            if named {
                return None;
            }
        }
        let clause = a.clause_of(s, tm.t0);
        // driving out a diplomat or an office holder is an expulsion, not a fight for ground:
        // "طرد أنقرة للسفير الإسرائيلي"، "طردت واشنطن 60 دبلوماسيا روسيا" (the envoy or
        // office noun within four words)
        let entry = match &kb.triggers.triggers[entry as usize] {
            Trigger {
                acled_sub: Some(sub),
                roles,
                ..
            } if crate::territorial(sub)
                && roles.actor2.contains(&Marker::Obj)
                && a.cues.iter().any(|c| {
                    c.t0 >= tm.t1
                        && c.t0 < (tm.t1 + 4).min(clause.end)
                        && (a.has_cue_kind(kb, c, CueKind::Envoy) || a.has_cue_kind(kb, c, CueKind::Office))
                }) =>
            {
                kb.triggers.first_of("SANCTION", "expel").unwrap_or(entry)
            }
            // a pledge of revenge with its subject between ("تعهد بارزاني، اليوم، بالانتقام من
            // داعش") is a threat, as the two words together are ("تعهد بالانتقام", triggers.tsv);
            // within sixteen tokens of its sentence, through the commas around a time
            Trigger {
                event_type: "AGREE", ..
            } if pos == Pos::Verb && (tm.t1..(tm.t1 + 16).min(s.tokens.end)).any(|k| in_list(REVENGE, a.tok(k))) => {
                kb.triggers.first_of("THREATEN", "violence").unwrap_or(entry)
            }
            _ => entry,
        };
        let trig: &Trigger = &kb.triggers.triggers[entry as usize];
        // a standing state told of a place ("مأرب التي تسيطر عليها قوات حكومية") describes
        // the place: it is no reading of the events around it, nor lends them its actor
        // (so does one whose object is a pronoun back to a place before it, with no relative
        // word after an indefinite noun: "استعادة مواقع كانت تسيطر عليها ميليشيا الحوثي")
        let resumptive =
            (tm.t1 - 1..(tm.t1 + 1).min(a.tokens.len())).any(|k| matches!(a.tok(k), "عليها" | "عليه" | "عليهم"));
        if trig.is_weak() && (self.describes_place(tm.t0) || resumptive) {
            return None;
        }
        // a trigger word that is also a kin noun (a "relational" cue: "أسر" families, not
        // captured) before a casualty word (quantity_words.tsv: the dead, the wounded, the
        // held, the displaced) names their families: "لأسر الشهداء"، "أسر ضحايا الهجمات"،
        // "أسر المعتقلين" (not "أسر العشرات من المسلحين"); so does the kin noun owned by a
        // plural after و or a preposition: "المسلحين وأسرهم" and their families, "من أسرهم"
        // ("تم أسرهم" is their capture)
        // (the stem is looked up: cues match whole words, "وأسرهم" carries an enclitic)
        if kb
            .cues
            .word_has(&v[tm.m.start as usize..tm.m.end as usize], CueKind::Relational)
        {
            let casualty_after = tm.t1 < s.tokens.end && a.quantity_words.iter().any(|q| q.t0 == tm.t1);
            let plural_owner = matches!(&v[tm.m.end as usize..tm.m.word_end as usize], "هم" | "هن");
            let joined = prefix.ends_with('و') || (tm.t0 > 0 && matches!(a.tok(tm.t0 - 1), "من" | "عن" | "الي" | "مع"));
            if casualty_after || (plural_owner && joined) {
                return None;
            }
        }
        // an event noun that is also a target noun, aimed at by an attack before it, is what
        // was hit: "غارات على مواقع وتعزيزات الميليشيات"، "استهدف الطيران تعزيزات عسكرية"
        // (only the preposition, other targets, the attack's subject or light words between)
        if trig.event_type != "ASSAULT" && self.is_target_of_attack(tm, clause.start) {
            return None;
        }
        let sent = s.tokens.clone();
        let (tt0, tt1) = (tm.t0, tm.t1);
        // (the reasons are text for --explain only: built only when asked for)
        let mut why = vec![(
            "trigger",
            self.reason(|| format!("{} ({}) {:?} reading, {}", trig.phrase, trig.origin, pos, trig.note))
                .into(),
        )];
        let mut a1: Option<usize> = None;
        let mut a2: Option<usize> = None;
        let mut loose_actor1 = false;
        // the accused was read right before its charge ("واتهم الحوثيين بممارسة")
        let mut charged = false;

        // symmetric "بين X و Y"
        if trig.roles.sym || trig.roles.actor1.iter().any(|m| *m == Marker::Prep("بين".into())) {
            // "بين" after the trigger, or as the trigger phrase's last word ("اشتباكات عنيفة بين")
            let ends_with_bain = v[tm.m.start as usize..tm.m.end as usize].ends_with(" بين");
            let first = if ends_with_bain {
                self.refs_in(tt1..clause.end)
                    .next()
                    .filter(|(_, x)| self.only_light(tt1..x.t0))
                    .map(|(i, _)| (i, tt1))
            } else {
                // "بين" within a few words after it (a date may stand between: "اشتباكات
                // عنيفة ليلة أول من أمس بين X وY"), no other trigger before it
                (tt1..(tt1 + 7).min(clause.end))
                    .take_while(|&k| !a.triggers.iter().any(|t| t.t0 == k))
                    .find(|&k| a.tok(k) == "بين")
                    .and_then(|k| self.after_particle("بين", k..clause.end))
            };
            if let Some((i, _)) = first {
                a1 = Some(i);
                let x = &self.refs[i];
                a2 = self
                    .refs_in(x.t1..clause.end)
                    .find(|(_, y)| y.prefix.starts_with('و') || (y.t0 > 0 && a.tok(y.t0 - 1) == "بين"))
                    .map(|(j, _)| j);
                why.push(("actor1", "بين X و Y".into()));
            } else if let Some(k) = (tt1..(tt1 + 3).min(clause.end))
                .find(|&k| a.tok(k) == "بين" && matches!(a.tok(k + 1), "الطرفين" | "الجانبين"))
            {
                // "بين الطرفين": the last two armed sides named before it in the sentence
                let armed = |x: &ActorRef| kb.actors.actors[x.actor as usize].armed();
                let mut sides: Vec<usize> = Vec::new();
                for (i, x) in self.refs_in(sent.start..k).collect::<Vec<_>>().into_iter().rev() {
                    if armed(x) && !sides.iter().any(|&j| self.refs[j].actor == x.actor) {
                        sides.push(i);
                    }
                    if sides.len() == 2 {
                        break;
                    }
                }
                if let [y, x] = sides[..] {
                    a1 = Some(x);
                    a2 = Some(y);
                    why.push(("actor1", "بين الطرفين: the two sides named before".into()));
                }
            }
        }
        // the other side of a two-sided noun: "مواجهات مع القوات الحكومية" (right after it)
        let with_side = (a1.is_none() && trig.roles.actor1.contains(&Marker::Prep("مع".into())))
            .then(|| {
                (tt1..(tt1 + 4).min(clause.end))
                    .take_while(|&k| !a.triggers.iter().any(|t| t.t0 == k))
                    .find(|&k| a.tok(k) == "مع")
                    .and_then(|k| self.after_particle("مع", k..clause.end))
                    .map(|(i, _)| i)
            })
            .flatten();
        // agent phrases after a noun: "من قبل X", "على يد X"
        let mut agent_phrase = false;
        if a1.is_none() {
            // normalised spellings: "على يد" is "علي يد" in the view
            for p in ["من قبل", "علي يد", "علي ايدي"] {
                if let Some((i, _)) = self.after_particle(p, tt1..clause.end) {
                    a1 = Some(i);
                    agent_phrase = true;
                    why.push(("actor1", format!("{p} X").into()));
                    break;
                }
            }
        }
        // "من X" right after the trigger (one qualifying word at most between) where the
        // lexicon marks its author so: "تعرضت البلدة لقصف مدفعي من قوات النظام", "برصاص من
        // قوات الاحتلال" (not "غارات على عدد من مواقع الحوثيين": a preposition between)
        if a1.is_none() && trig.roles.actor1.contains(&Marker::Prep("من".into())) {
            let qualifier = |k: usize| {
                a.tokens[k].kind == marsad_text::TokenKind::Word
                    && !OBLIQUE.contains(&a.tok(k))
                    && !a.quantity_words.iter().any(|q| q.t0 == k)
                    && !self.refs.iter().any(|x| x.t0 <= k && k < x.t1)
                    // (nor a count: "وقتل في الهجوم سبعة من قوات الأمن" names the dead; nor a
                    // part of a group: "استهداف مجموعة من قوات النظام" names the target)
                    && !numbers.iter().any(|n| n.span.start <= a.tokens[k].start as usize && k < n.next_token)
                    && !self.partitive_word(k)
            };
            let from = [tt1, tt1 + 1]
                .into_iter()
                .filter(|&k| k < clause.end && (tt1..k).all(qualifier))
                .find(|&k| a.tok(k) == "من");
            let author = from.and_then(|k| {
                self.refs_in(k + 1..clause.end).next().filter(|(_, x)| {
                    (k + 1..x.t0).all(|j| self.light(j) || matches!(self.cue_at(j), Some((CueKind::Target, _))))
                })
            });
            if let Some((i, _)) = author {
                a1 = Some(i);
                agent_phrase = true;
                why.push(("actor1", "من X right after the trigger".into()));
            }
        }
        // an attack noun whose object comes with a preposition takes its author with ل right
        // after it, adjectives between: "قصف مدفعي للجيش الإسرائيلي", "غارات لطيران التحالف"
        // (not a victim: "قصف للمدنيين"; not after a noun that takes an object: "استهداف لمواقع")
        let noun_phrase = pos == Pos::Noun || (pos == Pos::Phrase && !trig.roles.actor1.contains(&Marker::Subj));
        if a1.is_none()
            && noun_phrase
            && trig.roles.actor1.contains(&Marker::Prep("ل".into()))
            && !trig.roles.actor2.contains(&Marker::Obj)
        {
            let adjective = |k: usize| {
                let w = a.tok(k);
                a.tokens[k].kind == marsad_text::TokenKind::Word && (w.ends_with('ي') || w.ends_with("يه"))
            };
            let author = self.refs_in(tt1..clause.end).next().filter(|(_, x)| {
                let act = &kb.actors.actors[x.actor as usize];
                x.prefix.ends_with('ل')
                    && x.t0 <= tt1 + 2
                    && (tt1..x.t0).all(adjective)
                    && act.inter != Some(7)
                    && act.kind != "civilians"
            });
            if let Some((i, _)) = author {
                a1 = Some(i);
                why.push(("actor1", "ل X right after the attack noun".into()));
            }
        }
        let is_killing = a.quantity_words.iter().any(|q| q.t0 == tt0);
        // attribution: a reporting cue and the actor right after (or before) it
        let said_by = self.said_by(sent.clone(), tt0, tt1);
        let (speaker, source) = match &said_by {
            Some(Said::Actor(i, _)) => (Some(*i), None),
            Some(Said::Source(r, _)) => (None, Some(r.clone())),
            Some(Said::Unnamed) | None => (None, None),
        };
        if let Some(Said::Actor(_, w) | Said::Source(_, w)) = &said_by {
            why.push(("attribution", w.clone().into()));
        }
        // (an author found by a marker so far: "من قبل X", "على يد X", "من X")
        let a1_by_marker = a1.is_some();
        // "قالت X إنها سيطرت": the pronoun subject is the speaker
        if a1.is_none() && pos == Pos::Verb {
            let pron = (tt0.saturating_sub(2)..tt0)
                .any(|t| matches!(a.tok(t), "انها" | "انه" | "انهم" | "بانها" | "بانه" | "بانهم"));
            if let Some(sp) = speaker.filter(|&sp| pron && self.refs[sp].t1 <= tt0) {
                a1 = Some(sp);
                why.push(("actor1", "the speaker (\"قالت X إنها ...\")".into()));
            }
        }
        // (after "قام X بـ" the masdar's agent is the subject of قام, and its genitive is the
        // patient: "قامت الطائرات بقصف الحوثيين", "قاموا بخطف الصحافي")
        let qama = if pos == Pos::Noun && prefix.ends_with('ب') {
            (sent.start.max(tt0.saturating_sub(10))..tt0)
                .rev()
                .find(|&k| in_list(QAMA, a.tok(k)))
        } else {
            None
        };
        let after_qama = qama.is_some();
        if a1.is_none() {
            if pos == Pos::Verb {
                // SVO: an actor right before the verb
                let svo = self
                    .refs_in(sent.start..tt0)
                    .filter(|(_, x)| !self.oblique(x) && !self.audience(x) && self.only_light(x.t1..tt0))
                    .last();
                // VSO: an actor right after the verb, or after a short head noun
                // ("اتهمت وكالة الأنباء الرسمية سبأ"): at most three words, none a preposition or a trigger
                // (quotation marks around a name are transparent: وكالة الأنباء الرسمية "سبأ")
                // (and so is the mark of a hashtag: "مقاتلات #تحالف_دعم_الشرعية")
                let quote = |k: usize| matches!(a.tok(k), "\"" | "«" | "»" | "'" | "#");
                // (a verb that carries its plural subject, "حذروا", "اعتقلوا", has no subject after
                // it: the noun there is its object; not a killing verb, whose plural is mostly the
                // passive: "22 من المسلحين قتلوا جراء ضربات قوات التحالف")
                let plural_subject = !is_killing && v[tm.m.start as usize..tm.m.word_end as usize].ends_with("وا");
                let vso = self
                    .refs_in(tt1..clause.end)
                    .next()
                    .filter(|_| !plural_subject)
                    .filter(|(_, x)| {
                        let gap = (tt1..x.t0).filter(|&k| !quote(k)).count();
                        let object_form = x.t0 == tt1 && self.accusative_plural(x);
                        !self.oblique(x)
                            && !object_form
                            && !self.audience(x)
                            // ("هاجم عدد من المسلحين قرية": the group a count right after the
                            // verb names)
                            && ((self.partitive(x)
                                && x.t0 <= tt1 + 3
                                && self.partitive_word(tt1))
                                || self.only_light(tt1..x.t0)
                                || (gap <= 3
                                    && (tt1..x.t0).all(|k| {
                                        quote(k)
                                            || (!OBLIQUE.contains(&a.tok(k))
                                                && !a.triggers.iter().any(|t| {
                                                    t.t0 <= k
                                                        && k < t.t1
                                                        && !self.weak_only(t)
                                                        && !self.instrument_only(t)
                                                })
                                                && !matches!(self.cue_at(k), Some((CueKind::Relational, _)))
                                                // (a target noun makes the name its owner, the
                                                // object: "هاجمت مواقع الحوثيين")
                                                && !matches!(self.cue_at(k), Some((CueKind::Target, _)))
                                                && a.tokens[k].kind == marsad_text::TokenKind::Word)
                                    })))
                    });
                // a verb with an object pronoun right after an event noun describes the noun,
                // its subject after it: "تفجير انتحاري نفذته طالبان", "غارات شنتها طائرات"
                let enclitic = self.object_pronoun(tt1 - 1);
                let describes_noun =
                    enclitic && tt0 > 0 && a.triggers.iter().any(|t| t.t1 == tt0 && t.t0 < tt0) && vso.is_some();
                // a killing verb, then a person noun, then an actor: "وقتل القيادي الحوثي" is
                // the passive (the Houthi leader was killed), the actor is the victim's side
                let killed_one = is_killing
                    && vso.is_some_and(|(_, x)| {
                        x.t0 > tt1
                            && a.cues.iter().any(|c| {
                                c.t0 >= tt1
                                    && c.t1 <= x.t0
                                    && kb
                                        .cues
                                        .readings(c.m.pattern)
                                        .any(|q| matches!(q.kind, CueKind::Person | CueKind::Office | CueKind::Title))
                            })
                    });
                // the accused right after an accusing verb and right before the charge ("واتهم
                // الحوثيين بممارسة"; an object form such as "المتمردين" is no subject either)
                let accused = if trig.roles.charge {
                    vso.or_else(|| {
                        self.refs_in(tt1..clause.end)
                            .next()
                            .filter(|(_, x)| x.t0 == tt1 && self.accusative_plural(x))
                    })
                    .filter(|(_, x)| self.charge_at(x.t1, clause.end))
                } else {
                    None
                };
                if let Some((i, _)) = svo.filter(|_| !describes_noun) {
                    a1 = Some(i);
                    why.push(("actor1", "subject before the verb (SVO)".into()));
                } else if let Some((i, _)) = vso.filter(|_| killed_one) {
                    a2 = Some(i);
                    why.push((
                        "actor2",
                        "a person's side after a killing verb (\"قتل القيادي الحوثي\")".into(),
                    ));
                } else if let Some((i, _)) = accused {
                    a2 = Some(i);
                    charged = true;
                    why.push((
                        "actor2",
                        "the accused, right before the charge (\"واتهم الحوثيين بممارسة\"): the subject is unsaid"
                            .into(),
                    ));
                } else if let Some((i, _)) = vso {
                    a1 = Some(i);
                    why.push(("actor1", "subject after the verb (VSO)".into()));
                }
            } else if let Some((i, _)) = self.refs_in(tt1..clause.end).next().filter(|(_, x)| {
                after_qama
                    && x.t0 > tt1
                    && x.prefix.is_empty()
                    && (tt1..x.t0).all(|k| matches!(self.cue_at(k), Some((CueKind::Target, _))))
            }) {
                // ... reached through target nouns: "قامت الطائرات بقصف مواقع الحوثيين"
                a2 = Some(i);
                why.push(("actor2", "the owner of the target after قام X بـ and the masdar".into()));
            } else if let Some((i, _)) = self
                .refs_in(tt1..clause.end)
                .find(|(_, x)| x.t0 == tt1 && x.prefix.is_empty())
            {
                // the genitive is the agent ("قصف قوات النظام") unless the
                // trigger takes an object ("كف يد التنظيم") or counts victims ("مقتل"); with
                // an object of its own right after it (a count or a target noun: "استهداف
                // القوات الجوية 5 عربات") it is the agent again
                let x = &self.refs[i];
                let object_after = !is_killing
                    && x.t1 < clause.end
                    && (numbers.iter().any(|n| n.span.start == a.tokens[x.t1].start as usize)
                        || matches!(self.cue_at(x.t1), Some((CueKind::Target, c)) if c.t0 == x.t1));
                if (is_killing || trig.roles.actor2.contains(&Marker::Obj) || after_qama)
                    && !x.adjective
                    && !object_after
                {
                    a2 = Some(i);
                    why.push(("actor2", "genitive after the noun (patient)".into()));
                } else {
                    a1 = Some(i);
                    why.push(("actor1", "genitive after the noun".into()));
                }
            }
        }
        // the subject of "قام" is the masdar's agent, even with a phrase set off by commas
        // between: "قامت الولايات المتحدة، بدعم من حلفائها، بقصف"
        if a1.is_none() {
            if let Some((i, _)) = qama.and_then(|k| {
                self.refs_in(k + 1..tt0)
                    .next()
                    .filter(|(i, x)| x.t0 == k + 1 && !self.oblique(x) && Some(*i) != a2)
            }) {
                a1 = Some(i);
                why.push(("actor1", "the subject of قام before بـ and the masdar".into()));
            }
        }
        // "أطلقت قوات الاحتلال النار على": the firing phrase split by its subject, read only after
        // its verb; who stands between is the author
        if v[tm.m.start as usize..tm.m.end as usize].starts_with("النار علي")
            || v[tm.m.start as usize..tm.m.end as usize].starts_with("النيران علي")
        {
            let fired = self.verb_before(FIRE_VERBS, clause.start, tt0, 6)?;
            // (the phrase ends with على: the name right after it is the target, not a genitive)
            if let Some(j) = a1.filter(|&j| self.refs[j].t0 == tt1) {
                a1 = None;
                a2 = a2.or(Some(j));
                why.push(("actor2", "على X after a split firing phrase".into()));
            }
            if a1.is_none() {
                if let Some((i, _)) = self.refs_in(fired + 1..tt0).filter(|(_, x)| !self.oblique(x)).last() {
                    a1 = Some(i);
                    why.push((
                        "actor1",
                        "subject inside a split firing phrase (\"أطلق X النار\")".into(),
                    ));
                }
            }
        }
        // a death phrase split by its subject ("لقي 13 عنصرا من ميليشيا الحوثي مصرعهم"): who
        // stands between the verb and the noun died, and no one found by nearness killed them
        // (so is one split by its subject "تعرضت قوات الجيش لقصف مدفعي": an attack noun after ل
        // or إلى, the verb of suffering before it)
        let mut split_victim = false;
        let death_noun = pos == Pos::Noun && trig.roles.actor2.contains(&Marker::Subj);
        let suffered_noun = trig.event_type == "ASSAULT"
            && (prefix.ends_with('ل') || (tt0 > 0 && a.tok(tt0 - 1) == "الي"))
            && !trig.roles.actor2.contains(&Marker::Subj);
        if a2.is_none() && (death_noun || suffered_noun) {
            let verbs = if death_noun { MET_DEATH } else { SUFFERED };
            let met = self.verb_before(verbs, clause.start, tt0, 12);
            if let Some(l0) = met {
                split_victim = true;
                if let Some((i, _)) = self.refs_in(l0 + 1..tt0).last() {
                    a2 = Some(i);
                    if a1 == Some(i) {
                        a1 = None;
                    }
                    why.push(("actor2", "subject inside a split death phrase (\"لقي X مصرعه\")".into()));
                }
            }
        }
        // the crowd inside a protest phrase is its subject: "تجمع المتظاهرون", "احتشد الآلاف"
        // (not in an attack phrase: "تفريق المتظاهرين", "مقتل متظاهر" name the victims)
        if a1.is_none()
            && pos == Pos::Phrase
            && trig.event_type == "PROTEST"
            && trig.roles.actor1.contains(&Marker::Subj)
        {
            if let Some((i, _)) = self.refs_in(tt0..tt1).find(|(_, x)| x.t0 > tt0 && x.prefix.is_empty()) {
                a1 = Some(i);
                why.push(("actor1", "subject inside the verb phrase".into()));
            }
        }
        // a suicide attack phrase names its author ("هجوم انتحاري", "تفجير انتحاري": the
        // bomber), kept as the last resort for actor1 when no other is found in the text (in
        // other phrases an armed group inside is the patient: "تفكيك خلية إرهابية")
        let phrase_author = if pos == Pos::Phrase && trig.acled_sub == Some("Suicide bomb") {
            let armed = |x: &ActorRef| kb.actors.actors[x.actor as usize].armed();
            self.refs_in(tt0..tt1)
                .find(|(_, x)| x.t0 > tt0 && x.prefix.is_empty() && armed(x))
                .map(|(i, _)| i)
        } else {
            None
        };
        // a verb phrase whose last word opens its subject's name: "قصفت طائرات التحالف"
        // (the phrase "قصفت طائرات", the actor "طائرات التحالف")
        // (not one after a preposition of the phrase, its victim: "إطلاق النار على المحتجين
        // السلميين"; nor an office holder, whom a phrase acts upon: "طرد السفير الإسرائيلي"،
        // "استدعاء السفير السعودي" — a court is a subject: "قضت محكمة مصرية")
        if a1.is_none() && pos == Pos::Phrase && trig.roles.actor1.contains(&Marker::Subj) {
            // what ties a reference to the phrase: the preposition before it, or none
            let marker_of = |x: &ActorRef| {
                let before = a.tok(x.t0 - 1);
                if OBLIQUE.contains(&before) {
                    Marker::Prep(before.into())
                } else {
                    Marker::Obj
                }
            };
            // (nor after a subject right before the phrase, opening its clause or after "أن":
            // "إن قوات الأمن فككت خلية إرهابية" dismantled the cell)
            let subject_before = self.refs.iter().any(|r| {
                r.t1 == tt0
                    && r.prefix.is_empty()
                    && r.anaphor.is_none()
                    && (r.t0 == clause.start || (r.t0 > 0 && matches!(a.tok(r.t0 - 1), "ان" | "بان" | "وان")))
            });
            // (the cue scan leaves out cues inside actor names: the word is looked up;
            // "بين" opens both sides of a dyad)
            let acted_upon = |x: &ActorRef| {
                matches!(marker_of(x), Marker::Prep(p) if p != "بين")
                    || kb.cues.word_has(a.tok(x.t0), CueKind::Office)
                    || subject_before
            };
            let straddles = self
                .refs
                .iter()
                .position(|x| x.t0 > tt0 && x.t0 < tt1 && x.t1 > tt1 && x.prefix.is_empty());
            match straddles {
                Some(i) if !acted_upon(&self.refs[i]) => {
                    a1 = Some(i);
                    why.push(("actor1", "subject opening inside the verb phrase".into()));
                }
                // the one acted upon is the phrase's object, bare or after its preposition
                // ("طرد السفير X"، "الرصاص الحي على المتظاهرين")
                Some(i) if a2.is_none() && trig.roles.actor2.contains(&marker_of(&self.refs[i])) => {
                    a2 = Some(i);
                    why.push(("actor2", "the object opening inside the verb phrase".into()));
                }
                _ => {}
            }
        }
        if a1.is_none() && !split_victim {
            // relative clause: "قوات النظام التي قامت ... برمي"
            let rel = (sent.start..tt0)
                .rev()
                .take(4)
                .find(|&t| matches!(self.cue_at(t), Some((CueKind::Relative, _))));
            if let Some(rt) = rel {
                if let Some((i, _)) = self.refs_in(sent.start..rt).filter(|(_, x)| x.t1 + 2 >= rt).last() {
                    a1 = Some(i);
                    why.push(("actor1", "antecedent of a relative pronoun".into()));
                }
            }
        }
        if a1.is_none() && !split_victim {
            // nearest non-oblique actor before the trigger in its clause (not a reporter or a
            // monitor who tells it: "أفاد مراسل سكاي نيوز بسقوط قتلى"; nor, for violence, a
            // speaker who bears no arms: "رفض نائب وزير الخارجية تأكيد ... طائرة مسيرة للهجوم")
            let teller = |i: usize| {
                let x = &kb.actors.actors[self.refs[i].actor as usize];
                speaker == Some(i)
                    && (matches!(x.kind.as_str(), "media" | "monitor") || (trig.event_type == "ASSAULT" && !x.armed()))
            };
            // (nor one before "الأمر الذي": the clause after it has its own subject)
            let from = (clause.start..tt0)
                .rev()
                .find(|&k| a.of_the_matter(kb, k))
                .map_or(clause.start, |k| k + 1);
            if let Some((i, x)) = self
                .refs_in(from..tt0)
                .filter(|(i, x)| !self.oblique(x) && !teller(*i))
                .last()
            {
                a1 = Some(i);
                // right before a verb phrase ("مهاجما انتحاريا فجر نفسه": its first word an
                // attack verb) it is its subject
                let verb_phrase = pos == Pos::Phrase
                    && prefix.is_empty()
                    && a.cues
                        .iter()
                        .any(|q| q.t0 == tt0 && a.cue_kind(kb, q) == Some(CueKind::Predicate));
                // the subject of a verb of carrying it out right before the noun ("القوات
                // تمكنت من تحرير", "واستكملت القوات تحرير") is its actor, as sure as a pattern
                let aspect_subject = a.cues.iter().any(|q| {
                    q.t0 >= clause.start
                        && a.cue_kind(kb, q) == Some(CueKind::Aspect)
                        && ((leads_to_noun(a, q.t1, tt0) && x.t1 <= q.t0 && self.only_light(x.t1..q.t0))
                            || (x.t0 == q.t1 && leads_to_noun(a, x.t1, tt0)))
                });
                if verb_phrase && self.only_light(x.t1..tt0) {
                    why.push(("actor1", "subject right before the verb phrase".into()));
                } else if aspect_subject {
                    why.push((
                        "actor1",
                        "subject of the verb carrying it out (\"تمكنت القوات من\")".into(),
                    ));
                } else {
                    why.push(("actor1", "nearest actor before the trigger in its clause".into()));
                    loose_actor1 = true;
                }
            } else if tt0 > sent.start + 2
                && a.tok(tt0 - 1) == ","
                && prefix.is_empty()
                && !a.tok(tt0).starts_with("ال")
                && tm.m.end == tm.m.word_end
            {
                // a subject and its name set off by commas right before the trigger ("وشن
                // الرئيس التركي، رجب طيب أردوغان، هجوما لاذعا على"): the name (or the title
                // before it when the name is no actor), with at most five words between the
                // commas and no trigger or preposition among them; the trigger bare and
                // indefinite, as the object of a verb of doing is ("شن ... هجوما"; "أدان ...،
                // العملية الإرهابية" names a topic)
                let c1 = tt0 - 1;
                let c0 = (c1.saturating_sub(6).max(sent.start)..c1)
                    .rev()
                    .find(|&t| a.tok(t) == ",");
                let plain =
                    |t: usize| !OBLIQUE.contains(&a.tok(t)) && !a.triggers.iter().any(|m| m.t0 <= t && t < m.t1);
                let apposed = c0.filter(|&c0| c0 + 1 < c1 && (c0 + 1..c1).all(plain)).and_then(|c0| {
                    let title = self
                        .refs_in(sent.start..c0)
                        .filter(|(_, x)| x.t1 == c0 && !self.oblique(x))
                        .last()?;
                    Some(
                        self.refs_in(c0 + 1..c1)
                            .find(|(_, x)| !self.oblique(x))
                            .unwrap_or(title),
                    )
                });
                if let Some((i, _)) = apposed {
                    a1 = Some(i);
                    why.push(("actor1", "the actor before a name set off by commas".into()));
                    loose_actor1 = true;
                }
            }
        }
        // a verb joined by و after what a speaker said, with no subject of its own, continues
        // the speaker: "وقالت السلطات إن ...، واعتقلت 845 شخصا" (no actor between them; the verb
        // agrees with the reporting verb: both feminine with ت, or both bare; the speaker is no
        // reporter or monitor). Not violence ("وقال الجيش إن انفجارا وقع ...، وقتل 3 أشخاص" is a
        // passive), nor a verb whose subject suffers it.
        if a1.is_none()
            && pos == Pos::Verb
            && prefix == "و"
            && trig.event_type != "ASSAULT"
            && !trig.roles.actor2.contains(&Marker::Subj)
        {
            if let Some(sp) = speaker.filter(|&sp| self.refs[sp].t1 <= tt0) {
                let x = &self.refs[sp];
                let between = self.refs_in(x.t1..tt0).next().is_some();
                let cue = a
                    .cues
                    .iter()
                    .rev()
                    .find(|c| c.t1 <= x.t0 && x.t0 <= c.t1 + 1 && a.cue_kind(kb, c) == Some(CueKind::Attribution));
                let verb = &v[tm.m.start as usize..tm.m.word_end as usize];
                let feminine = |w: &str| w.ends_with('ت');
                let plain = |w: &str| !w.ends_with('ت') && !w.ends_with("وا") && !w.ends_with('ن');
                let agrees = cue.is_some_and(|c| {
                    let said = &v[c.m.start as usize..c.m.end as usize];
                    (feminine(said) && feminine(verb)) || (plain(said) && plain(verb))
                });
                let tells = matches!(kb.actors.actors[x.actor as usize].kind.as_str(), "media" | "monitor");
                if !between && agrees && !tells {
                    a1 = Some(sp);
                    why.push((
                        "actor1",
                        "the speaker, whose verb this one joins (\"قالت X ...، واعتقلت\")".into(),
                    ));
                }
            }
        }
        // the subject of a word whose subject suffers it ("لقي مصرعه", "استشهد", "تعرض لهجوم")
        // is the victim, not the author: one found by its place goes to actor2 ("13 حوثيا لقوا
        // مصرعهم"); one found only by nearness stays (often the author told in a relative clause
        // before it: "القذائف التي أطلقتها المعارضة ... إلى 11 قتيلا"); so is the subject of a
        // passive verdict ("أدين الصحفيون الستة")
        let suffers = matches!(trig.event_type, "ASSAULT" | "SANCTION")
            && trig.roles.actor2.contains(&Marker::Subj)
            && !trig.roles.actor1.contains(&Marker::Subj);
        if let Some(i) = a1.filter(|&i| {
            suffers && !a1_by_marker && a2.is_none() && (!loose_actor1 || self.only_light(self.refs[i].t1..tt0))
        }) {
            a1 = None;
            a2 = Some(i);
            loose_actor1 = false;
            why.push(("actor2", "the subject of a word whose subject suffers it".into()));
        }
        if let Some(w) = with_side {
            // (an unarmed actor found only by proximity is no side: "أفادت مصادر عسكرية بمقتل
            // 14 حوثيا خلال مواجهات مع القوات الحكومية")
            if loose_actor1 && a1.is_some_and(|i| !kb.actors.actors[self.refs[i].actor as usize].armed()) {
                a1 = None;
                loose_actor1 = false;
            }
            if a1.is_none() {
                a1 = Some(w);
                why.push(("actor1", "مع X after a two-sided noun".into()));
            } else if a2.is_none() && a1.is_some_and(|i| self.refs[i].actor != self.refs[w].actor) {
                a2 = Some(w);
                why.push(("actor2", "مع X after a two-sided noun".into()));
            }
        }
        // actor2 by the trigger's markers
        self.holder_ok.set(true);
        if a2.is_none() {
            for m in &trig.roles.actor2 {
                let found = match m {
                    // (a definite or owned battle noun against X names a campaign, "المعارك ضد
                    // تنظيم الدولة", "معاركها ضد"; an indefinite one a fight: "خاضوا معارك ضد")
                    Marker::Prep(p)
                        if p == "ضد"
                            && trig.roles.sym
                            && (prefix.contains("ال") || prefix.ends_with("لل") || tm.m.end < tm.m.word_end) =>
                    {
                        None
                    }
                    Marker::Prep(p) if p != "بين" => {
                        self.after_particle(p, tt1..clause.end).map(|(i, _)| i).or_else(|| {
                            (trig.event_type == "ASSAULT")
                                .then(|| self.holder_after(p, tt1..clause.end))
                                .flatten()
                        })
                    }
                    Marker::Obj => {
                        // after a subject that follows the verb; an agent phrase ("قتل 17 مقاتلا على
                        // يد مسلحين") comes after the object
                        let mut from = a1
                            .map(|i| &self.refs[i])
                            .filter(|x| x.t0 >= tt1 && !agent_phrase)
                            .map_or(tt1, |x| x.t1);
                        // (and after the subjects listed with it: "دانت جامعة الدول العربية ومصر
                        // والأردن التصعيد", "قصفت قوات النظام وحزب الله مدينة الزبداني")
                        if from > tt1 {
                            while let Some((_, x)) = self
                                .refs_in(from..clause.end)
                                .next()
                                .filter(|(_, x)| x.prefix.starts_with('و') && self.only_light(from..x.t0))
                            {
                                from = x.t1;
                            }
                        }
                        // (not the subject of a verb describing a noun before it: "قتلت ألغام
                        // زرعتها ميليشيات الحوثي ... مواطنا" kills the citizen, not the militia)
                        let describing_subject = |x: &ActorRef| {
                            a.triggers.iter().any(|t| {
                                t.t1 == x.t0
                                    && t.t0 > tt0
                                    && self.object_pronoun(t.t1 - 1)
                                    && a.triggers.iter().any(|n| n.t1 == t.t0)
                            })
                        };
                        // (or the owner with ل of a target noun right before it, whichever
                        // comes first: "تجمعات للميليشيات ومقر قيادة الشرطة")
                        let owner = |x: &ActorRef| {
                            x.prefix.ends_with('ل')
                                && x.t0 > from
                                && matches!(self.cue_at(x.t0 - 1), Some((CueKind::Target, _)))
                        };
                        // (nor a word inside another event phrase: "قتل 25 طالبا في تفجير
                        // انتحاري" did not kill the bomber)
                        self.refs_in(from..clause.end)
                            .filter(|(_, x)| !self.inside_phrase(x))
                            .find(|(_, x)| (!self.oblique(x) && !describing_subject(x)) || owner(x))
                            .or_else(|| {
                                // "استهدفت رتلا عسكريا تابعا للحوثيين": the object reached through target nouns
                                self.refs_in(from..clause.end).next().filter(|(_, x)| {
                                    (from..x.t0)
                                        .all(|k| self.light(k) || matches!(self.cue_at(k), Some((CueKind::Target, _))))
                                        && x.t0 > from
                                })
                            })
                            .map(|(i, _)| i)
                    }
                    _ => None,
                };
                if let Some(i) = found
                    .filter(|i| Some(*i) != a1 && self.refs[*i].actor != a1.map_or(u32::MAX, |j| self.refs[j].actor))
                {
                    a2 = Some(i);
                    why.push(("actor2", format!("{m:?}").into()));
                    break;
                }
            }
        }
        // a passive reading: a victim-like subject ("قتل مدنيون") is the recipient
        let mut victim_count: Option<&NumberMention> = None;
        // "قتل أحد الجنود", "أصيب أحد عناصر الشرطة": one of a group right after a passive
        // verb is its victim, and a toll of one
        let mut one_of: Option<usize> = None;
        if trig.roles.passive && pos == Pos::Verb && matches!(a.tok(tt1), "احد" | "احدي") {
            // (not the subject of an active verb with its object right after: "قتل أحد عناصر
            // داعش الجندي")
            let object_after = |x: &ActorRef| {
                self.refs_in(x.t1..clause.end)
                    .next()
                    .is_some_and(|(_, y)| y.t0 == x.t1 && y.prefix.is_empty())
            };
            if let Some((i, _)) = self
                .refs_in(tt1 + 1..clause.end)
                .next()
                .filter(|(_, x)| x.t0 == tt1 + 1 && !object_after(x))
            {
                if a1 == Some(i) {
                    a1 = None;
                    loose_actor1 = false;
                }
                a2 = Some(i);
                one_of = Some(tt1);
                why.push((
                    "actor2",
                    "one of a group after a passive verb (\"قتل أحد الجنود\")".into(),
                ));
            }
        }
        if trig.roles.passive && pos == Pos::Verb {
            if let Some(i) = a1 {
                let act = &kb.actors.actors[self.refs[i].actor as usize];
                // (counted right before it, or through "من": "22 من المسلحين قتلوا", "تسعة أفراد
                // من الحرس الوطني قتلوا")
                let counted = numbers.iter().find(|n| {
                    let t0 = self.refs[i].t0;
                    n.next_token == t0
                        || (self.partitive(&self.refs[i]) && (n.next_token + 1 == t0 || n.next_token + 2 == t0))
                });
                // (or one indefinite person right after the verb with nothing done to anyone
                // after it: "قتل جندي أميركي" was killed, "قتل جندي مسلحا" would have its object)
                let x = &self.refs[i];
                let indefinite = x.t0 == tt1
                    && x.anaphor.is_none()
                    && !x.surface.starts_with("ال")
                    && a2.is_none_or(|j| self.refs[j].t0 > x.t1 + 1);
                let person = a
                    .cues
                    .iter()
                    .any(|c| c.t0 == x.t0 && a.has_cue_kind(kb, c, CueKind::Person));
                // (a part or count of a group: "قتل 5 من الجنود", "أصيب عشرات من المتظاهرين")
                let victim_like = act.inter == Some(7)
                    || act.kind == "civilians"
                    || counted.is_some()
                    || self.partitive(x)
                    || (indefinite && person);
                // (or before it, when an agent phrase follows the verb: "إن الشاب أحمد أبو عقل
                // قتل برصاص الجيش", "مدنيون قتلوا على يد مسلحين")
                let agent_after = (tt1..(tt1 + 2).min(clause.end)).any(|k| {
                    (matches!(a.tok(k), "علي" | "من") && matches!(a.tok(k + 1), "يد" | "ايدي" | "قبل"))
                        || (a.tok(k).starts_with('ب')
                            && a.triggers.iter().any(|t| {
                                t.t0 == k && kb.triggers.readings(t.m.pattern).any(|r| r.event_type == "ASSAULT")
                            }))
                });
                let civilian = act.inter == Some(7) || act.kind == "civilians";
                // after the verb ("قتل مدنيون"), or counted before it ("17 مقاتلا ... قتلوا")
                if victim_like && (self.refs[i].t0 >= tt1 || counted.is_some() || (civilian && agent_after)) {
                    a1 = None;
                    a2 = Some(i);
                    why.push(("actor2", "victim as the subject of a passive".into()));
                    victim_count = counted;
                }
            }
        }
        // a crowd or civilians inside an attack phrase are its victims: "تفريق المتظاهرين",
        // "إطلاق النار على المحتجين", "قتل متظاهرين" (an armed actor inside one is its author,
        // `phrase_author`)
        if a2.is_none() && pos == Pos::Phrase && trig.event_type == "ASSAULT" {
            let victims = |x: &ActorRef| {
                let act = &kb.actors.actors[x.actor as usize];
                matches!(act.inter, Some(6 | 7)) || act.kind == "civilians"
            };
            if let Some((i, _)) = self
                .refs_in(tt0..tt1)
                .find(|(i, x)| x.t0 > tt0 && Some(*i) != a1 && victims(x))
            {
                a2 = Some(i);
                why.push(("actor2", "the crowd or civilians an attack phrase names".into()));
            }
        }
        self.holder_ok.set(false);
        if a2.is_none() && is_killing {
            // "مقتل X" / "قتل X": the victim follows (not an author with ب or ل: "قتل
            // فلسطينيان في قصف للجيش", "مقتل جنديين بنيران مسلحين")
            // (nor the genitive of another event noun, right after it or one adjective on:
            // "ضحايا قصف النظام السوري"، "سقوط قتلى في قصف قوات النظام" — the attack's
            // author or target)
            let glued = |x: &ActorRef| x.prefix.ends_with('ل') || x.prefix.ends_with('ب');
            let past_event = |x: &ActorRef| {
                a.triggers.iter().any(|t| {
                    t.t0 >= tt1
                            && t.t1 <= x.t0
                            && x.t0 <= t.t1 + 1
                            && !self.weak_only(t)
                            // (a weapon too, when ب ties it to the killing: "أصيب برصاص
                            // الاحتلال" names the shooter)
                            && (!self.instrument_only(t) || a.prefix(t).ends_with('ب'))
                            // (a casualty word joined to it counts the same people: "مقتل
                            // وإصابة العشرات من الحوثيين"، "قتلى وجرحى وأسرى من الميليشيات")
                            && !a.quantity_words.iter().any(|q| q.t0 == t.t0)
                })
            };
            if let Some((i, _)) = self
                .refs_in(tt1..clause.end)
                .find(|(i, x)| Some(*i) != a1 && !glued(x) && !self.inside_phrase(x))
                .filter(|(_, x)| !past_event(x))
            {
                a2 = Some(i);
                why.push(("actor2", "victim after a killing word".into()));
            }
        }

        // modality, and whether an event noun is named as a topic ("جريمة اغتيال",
        // "التحقيق في الهجوم", "المتهم بقتل"): the cues before the trigger in its sentence
        let mut modality = Modality::Asserted;
        let mut reference = false;
        // an event noun owned by a pronoun after a word of time ("عند توقيفه", "منذ اعتقاله",
        // "قبل ساعات من مقتله") dates something else by an event already known
        // (violence and arrests: "بعد لقائه" tells a meeting; "عقب تطهيرهم لمدينة قعطبة"
        // narrates what came next, so "after" is no word of time here)
        if pos != Pos::Verb && tt0 > sent.start && matches!(trig.event_type, "ASSAULT" | "COERCE") {
            let word = a.original(tm.m.start as usize..tm.m.word_end as usize);
            let owned = ["ه", "ها", "هم", "هما", "هن"].iter().any(|p| word.ends_with(p));
            let time_word = |k: usize| in_list(TIME_WORDS, a.tok(k));
            let before = tt0 - 1;
            let of_time = time_word(before)
                || (a.tok(before) == "من" && (before.saturating_sub(3).max(sent.start)..before).any(time_word));
            if owned && of_time {
                reference = true;
                why.push((
                    "reference",
                    "an event noun owned by a pronoun after a word of time".into(),
                ));
            }
        }
        // the first of the nouns listed with و up to this one ("القتل والاغتصاب وطرد")
        let mut list_head = tt0;
        while list_head > sent.start {
            let word = &a.tokens[list_head];
            let glued_wa = v[word.start as usize..].starts_with('و')
                && a.triggers
                    .iter()
                    .any(|t| t.t0 == list_head && t.m.word_start < t.m.start);
            match a.triggers.iter().find(|t| t.t1 == list_head) {
                Some(prev) if glued_wa => list_head = prev.t0,
                _ => break,
            }
        }
        // (a cue's first reading decides; a later "reference" reading counts too: "منذ"
        // recalls a time and names an event as a topic)
        let readings = a
            .cues
            .iter()
            .filter(|c| c.t0 >= sent.start && c.t1 <= tt0)
            .flat_map(|c| {
                let all = kb.cues.index.entries(c.m.pattern);
                all.iter().enumerate().map(move |(k, &ci)| (c, ci, k == 0))
            })
            .filter(|&(_, ci, first)| first || kb.cues.cues[ci as usize].kind == CueKind::Reference);
        // a cue that opens its sentence or a quotation ("«ما قتلنا أحدا»"), not one after a
        // word or a comma ("وهو ما رفضته"، "الأحد، ما أسفر عن")
        // (the normalised text writes every quotation mark as '"')
        let opens = |k: usize| k <= sent.start || matches!(a.tok(k - 1), "\"" | ":");
        for (c, ci, _) in readings {
            let cue = &kb.cues.cues[ci as usize];
            let dist = tt0 - c.t1;
            let in_clause = c.t0 >= clause.start;
            if let (CueKind::Reference, Scope::Window(n)) = (cue.kind, cue.scope) {
                // only prepositions and adjectives between: "المتهم الرئيسي في اغتيال"; or the
                // nouns listed before this one ("وقف القتل والاغتصاب وطرد المستوطنين")
                // and only in the trigger's clause: "يأتي ذلك بينما قصفت طائرات ..." reports
                let head = list_head.max(c.t1);
                let dist = head - c.t1;
                if (pos != Pos::Verb || noun_form)
                    && in_clause
                    && c.t1 <= list_head
                    && dist < n as usize
                    && (c.t1..head).all(|k| !a.triggers.iter().any(|t| t.t0 <= k && k < t.t1))
                {
                    reference = true;
                    why.push((
                        "reference",
                        format!("event named as a topic after {:?}", &v[c.span()]).into(),
                    ));
                }
                continue;
            }
            // "لا" before an imperfect verb negates what that verb governs: "لا تلجأ للتعذيب",
            // "ولا تريد إطلاق صواريخها" (not "لا تزال": still; not "لا تتوقف الغارات": go on)
            let widened = |n: u8| {
                let next = a.tok(c.t1.min(a.tokens.len() - 1));
                let imperfect = (next.starts_with('ي') || next.starts_with('ت')) && next.chars().count() >= 3;
                let goes_on = ["زال", "توقف", "نقطع", "هدا", "كف"].iter().any(|w| next.contains(w));
                if in_list(&["لا"], a.tok(c.t0)) && c.t1 < tt0 && imperfect && !goes_on {
                    n.max(4)
                } else {
                    n
                }
            };
            let m = match (cue.kind, cue.scope) {
                (CueKind::Hypothetical, Scope::Next) => Some(Modality::Hypothetical),
                (CueKind::Hypothetical, Scope::Window(n)) if dist < n as usize => Some(Modality::Hypothetical),
                (CueKind::Threat, _) if trig.event_type != "THREATEN" => Some(Modality::Threatened),
                (CueKind::Negation, Scope::Window(n)) if dist < widened(n) as usize => Some(Modality::Negated),
                (CueKind::Negation, Scope::Opening(n)) if dist < n as usize && opens(c.t0) => Some(Modality::Negated),
                (CueKind::Denial, _) if in_clause => Some(Modality::Negated),
                (CueKind::Future, Scope::Next) if in_clause => Some(Modality::Planned),
                (CueKind::Future, Scope::Window(n)) if in_clause && dist < n as usize => Some(Modality::Planned),
                _ => None,
            };
            if let Some(m) = m {
                if m > modality {
                    modality = m;
                    why.push(("modality", format!("{:?} cue {:?}", cue.kind, &v[c.span()]).into()));
                }
            }
        }
        // a word after the event noun that makes it a possibility or a prospect: "ضربة جوية
        // محتملة", "الهجوم المرتقب"
        // (the nearest event word before it: "حذرت من اشتباكات محتملة" warns of possible clashes)
        for c in a
            .cues
            .iter()
            .filter(|c| c.t0 >= tt1 && c.t1 <= clause.end && !a.triggers.iter().any(|t| t.t0 >= tt1 && t.t1 <= c.t0))
        {
            for &ci in kb.cues.index.entries(c.m.pattern) {
                let cue = &kb.cues.cues[ci as usize];
                let m = match (cue.kind, cue.scope) {
                    (CueKind::Hypothetical, Scope::Prev(n)) if c.t0 - tt1 < n as usize => Modality::Hypothetical,
                    (CueKind::Future, Scope::Prev(n)) if c.t0 - tt1 < n as usize => Modality::Planned,
                    // a judgement whose subject is the event noun: "اغتيال الصحافي يشكل اعتداء"
                    (CueKind::Reference, Scope::Prev(n)) if c.t0 - tt1 < n as usize && pos != Pos::Verb => {
                        if !reference {
                            reference = true;
                            why.push((
                                "reference",
                                format!("the subject of a judgement {:?}", &v[c.span()]).into(),
                            ));
                        }
                        continue;
                    }
                    _ => continue,
                };
                if pos != Pos::Verb && m > modality {
                    modality = m;
                    why.push((
                        "modality",
                        format!("{:?} cue after the noun {:?}", cue.kind, &v[c.span()]).into(),
                    ));
                }
            }
        }
        // what an accusation or a call says is a claim or a wish; what a threat names is threatened
        let mut condemner: Option<Range<usize>> = None;
        // a verb that opens a new coordinated clause ("وقالت السلطات إن ...، واعتقلت 845
        // شخصا") is a new assertion, outside what was said or asked before it
        // (so does one after "الأمر الذي": what the sides did about the matter told before)
        let of_the_matter = tt0 >= 2 && a.of_the_matter(kb, tt0 - 2);
        let opens_clause = pos == Pos::Verb && ((tt0 == clause.start && matches!(prefix, "و" | "ف")) || of_the_matter);
        let earlier_from = if opens_clause { tt0 } else { sent.start };
        for t in a.triggers.iter().filter(|t| t.t1 <= tt0 && t.t0 >= earlier_from) {
            let rows = || kb.triggers.readings(t.m.pattern);
            // a condemnation presupposes what it condemns when it dates it ("أدانت تونس
            // التفجيرات التي وقعت أمس الاثنين"); undated it may be a stance ("تدين الإرهاب")
            let condemns = rows().any(|r| r.roles.condemn);
            if condemns && dates.iter().any(|d| d.start >= t.t1 && d.start < sent.end) {
                condemner.get_or_insert(t.t0..t.t1);
                continue;
            }
            let claim = rows().any(|r| matches!(r.event_type, "ACCUSE" | "REQUEST"));
            let m = if claim {
                Modality::Hypothetical
            } else if rows().any(|r| r.event_type == "THREATEN") {
                Modality::Threatened
            } else {
                continue;
            };
            if m > modality {
                modality = m;
                why.push(("modality", format!("content of {:?}", &v[t.span()]).into()));
            }
        }
        // the one who condemns (before the verb, or its subject right after it) is not the
        // author of what is condemned
        if let (Some(c), Some(i)) = (condemner, a1) {
            let vso = self
                .refs_in(c.end..tt0)
                .next()
                .is_some_and(|(j, x)| j == i && x.t0 <= c.end + 2);
            if self.refs[i].t1 <= c.start || vso {
                a1 = None;
                why.push(("actor1", "dropped: the subject of a condemnation".into()));
            }
        }
        // a threat word that is itself the trigger ("ستدفعه للانسحاب")
        if trig.event_type != "THREATEN"
            && a.cues
                .iter()
                .any(|c| c.t0 == tt0 && a.cue_kind(kb, c) == Some(CueKind::Threat))
            && modality < Modality::Threatened
        {
            modality = Modality::Threatened;
            why.push(("modality", "threat word".into()));
        }
        // "قد" before an imperfect verb is "may": a possibility, not an event
        if pos == Pos::Verb
            && tt0 > 0
            && a.tok(tt0 - 1) == "قد"
            && prefix.is_empty()
            && (v[tm.m.start as usize..].starts_with('ي') || v[tm.m.start as usize..].starts_with('ت'))
            && modality < Modality::Hypothetical
        {
            modality = Modality::Hypothetical;
            why.push(("modality", "قد + imperfect".into()));
        }
        // a subjunctive is a wish, a need or a possibility, not an event: "ضرورة أن تنسحب",
        // "يمكنها أن تستعيد", "كي تقصف" (an imperfect right after أن، كي، لكي، لن). Not after
        // "قبل أن" / "بعد أن" (narrative: "قبل أن يقتل برصاص الشرطة"), nor ل, which also
        // tells a result ("فتح النار ليقتل ثلاثة")
        let imperfect = v[tm.m.start as usize..].starts_with('ي') || v[tm.m.start as usize..].starts_with('ت');
        let word = |k: usize| a.original(a.tokens[k].start as usize..a.tokens[k].end as usize);
        let particle = tt0 > 0
            && (matches!(a.tok(tt0 - 1), "لكي" | "كي" | "لن")
                || (word(tt0 - 1) == "أن"
                    && !(tt0 > 1 && matches!(a.tok(tt0 - 2), "قبل" | "بعد" | "منذ" | "حتي" | "الي"))));
        if pos != Pos::Noun && imperfect && prefix.is_empty() && particle && modality == Modality::Asserted {
            modality = Modality::Hypothetical;
            why.push(("modality", "subjunctive (أن، كي، لن + imperfect)".into()));
        }
        // an event noun whose relative clause is in the future is planned: "المظاهرات التي
        // ستنظم في الأيام المقبلة"
        if pos != Pos::Verb && modality < Modality::Planned {
            let rel =
                (tt1..(tt1 + 2).min(clause.end)).find(|&k| matches!(self.cue_at(k), Some((CueKind::Relative, _))));
            if let Some(k) = rel {
                let next = a.tok((k + 1).min(a.tokens.len() - 1));
                let future = ["سي", "ست", "سن"].iter().any(|p| next.starts_with(p)) || next == "سوف";
                if k + 1 < clause.end && future {
                    modality = Modality::Planned;
                    why.push(("modality", "a relative clause in the future".into()));
                }
            }
        }
        // a question asks, it does not report: "هل هذا تصوركم؟"
        if modality < Modality::Hypothetical && v[s.span.clone()].trim_end().ends_with(['؟', '?']) {
            modality = Modality::Hypothetical;
            why.push(("modality", "a question".into()));
        }
        // future particle glued to a verb, or to a phrase a verb opens: "ستدفعه", "سيعقد",
        // "ستتعرض لهجوم"
        if (pos == Pos::Verb || (pos == Pos::Phrase && imperfect))
            && prefix.ends_with('س')
            && modality < Modality::Planned
        {
            modality = Modality::Planned;
            why.push(("modality", "future prefix س".into()));
        }

        // quantities in the clause
        let mut quantities = Vec::new();
        for q in a
            .quantity_words
            .iter()
            .filter(|q| q.t0 >= clause.start && q.t1 <= clause.end)
        {
            let Some(&qi) = kb.cues.quantity_words.entries(q.m.pattern).first() else {
                continue;
            };
            let CueKind::Quantity(kind) = kb.cues.cues[qi as usize].kind else {
                continue;
            };
            // the number after the word ("قتل 17", "أصيب 46") first; else the one right before it
            // ("11 قتيلا", "390 مقاتلا قتلوا"), but not across a new coordinated verb ("... وأصيب")
            let q_word = &v[q.m.word_start as usize..q.m.end as usize];
            // (a number of years, months or days is an age or a span, not a count: "مصرع ألتون
            // ستيرلنج 37 عاما")
            let span_of_time =
                |n: &&NumberMention| n.next_token < a.tokens.len() && SPAN_WORDS.contains(&a.tok(n.next_token));
            let after = numbers.iter().filter(|n| !span_of_time(n)).find(|n| {
                let n0 = a.tokens.partition_point(|t| (t.start as usize) < n.span.start);
                // (a date between does not count: "قتلت أول من أمس أربعة")
                let dated = (q.t1..n0).filter(|&k| dates.iter().any(|d| d.contains(&k))).count();
                // not past another casualty word ("لقوا حتفهم وأصيب عشرات": عشرات are the wounded)
                n0 >= q.t1 && n0 <= q.t1 + 2 + dated && !a.quantity_words.iter().any(|o| o.t0 >= q.t1 && o.t0 < n0)
            });
            let before = numbers
                .iter()
                .rev()
                .filter(|n| !span_of_time(n))
                .find(|n| n.next_token <= q.t0 && n.next_token + 2 >= q.t0 && !q_word.starts_with('و'));
            // a number right before the word counts it ("11 قتيلا"); otherwise the one after it
            let adjacent = before.filter(|n| n.next_token == q.t0);
            let near = adjacent.or(after).or(before);
            if let Some(n) = near {
                if !quantities
                    .iter()
                    .any(|x: &Quantity| x.kind == kind.as_str() && x.value == n.value)
                {
                    quantities.push(Quantity {
                        kind: kind.as_str(),
                        value: n.value,
                        approx: n.approx,
                        text: a.original(n.span.clone()).to_string(),
                        at_least: n.lower_bound,
                    });
                }
            }
        }

        // the kind the trigger itself counts ("قتل" the dead, "اعتقل" the arrested)
        let own_kind = a
            .quantity_words
            .iter()
            .find(|q| q.t0 == tt0)
            .and_then(|q| kb.cues.quantity_words.entries(q.m.pattern).first())
            .and_then(|&qi| match kb.cues.cues[qi as usize].kind {
                CueKind::Quantity(k) => Some(k.as_str()),
                _ => None,
            });
        let kills = own_kind == Some("killed");
        // a count of one, told by a person word
        let one_person = |kind: &'static str, c: &Mention| Quantity {
            kind,
            value: Some(1),
            approx: false,
            text: a.original(c.span()).to_string(),
            at_least: false,
        };
        // a count told by one word ("مصرعهما", "أحد")
        let told_by = |kind: &'static str, k: usize, n| Quantity {
            kind,
            value: Some(n),
            approx: false,
            text: a
                .original(a.tokens[k].start as usize..a.tokens[k].end as usize)
                .to_string(),
            at_least: false,
        };
        // one person named right after a killing word is a toll of one ("مقتل شرطي", "قتل الشاب")
        // (and of the trigger's own kind: "اعتقال شاب" one arrested, "إصابة مدني" one injured)
        if let Some(kind) = own_kind.filter(|k| !quantities.iter().any(|q: &Quantity| q.kind == *k)) {
            if let Some(c) = a
                .cues
                .iter()
                .find(|c| c.t0 == tt1 && a.has_cue_kind(kb, c, CueKind::Person))
            {
                quantities.push(one_person(kind, c));
            }
        }
        // a death phrase whose pronoun is singular ("لقي جندي مصرعه", "لقيت حتفها") is a toll
        // of one, a dual one ("لقيا مصرعهما") of two, when no count stands before it in its clause
        if !quantities.iter().any(|q: &Quantity| q.kind == "killed") {
            let last = tt1.saturating_sub(1).max(tt0);
            // (ها is also a plural's pronoun, "لقيت قيادات حوثية مصرعها": not after a word
            // ending in ات in the few words before it; "لقيت امرأة حتفها" is one)
            let plural_before = (tt0.saturating_sub(5).max(clause.start)..tt0).any(|k| a.tok(k).ends_with("ات"));
            let n = match a.tok(last).trim_start_matches(['و', 'ف']) {
                "مصرعه" | "حتفه" => Some(1),
                "مصرعها" | "حتفها" if !plural_before => Some(1),
                "مصرعهما" | "حتفهما" => Some(2),
                _ => None,
            };
            let counted = numbers.iter().any(|n| {
                let t = a.tokens.partition_point(|k| (k.start as usize) < n.span.start);
                t >= clause.start && t < tt0
            });
            if let Some(n) = n.filter(|_| !counted) {
                quantities.push(told_by("killed", last, n));
            }
        }
        // a killing verb's object told as one person in the accusative ("قتلت ألغام زرعتها
        // الميليشيا ... مواطناً") is a toll of one, wherever it stands in the clause
        // (the first person word after the verb; not an adjective after another accusative,
        // "موقعا عسكريا", nor a predicate after "كان", "كان مسلحا")
        if kills && pos == Pos::Verb && !quantities.iter().any(|q: &Quantity| q.kind == "killed") {
            let object = a
                .cues
                .iter()
                .find(|c| c.t0 >= tt1 && c.t1 <= clause.end && a.has_cue_kind(kb, c, CueKind::Person))
                .filter(|c| {
                    let before = a.tok(c.t0 - 1);
                    let adjective = before.ends_with('ا') && before.chars().count() > 2;
                    let predicate = matches!(before, "كان" | "كانت" | "وكان" | "وكانت");
                    v[c.m.start as usize..c.m.end as usize].ends_with('ا')
                        && !adjective
                        && !predicate
                        && !numbers.iter().any(|n| n.next_token == c.t0)
                        && !a.quantity_words.iter().any(|q| q.t0 > tt0 && q.t0 < c.t0)
                });
            if let Some(c) = object {
                quantities.push(one_person("killed", c));
            }
        }
        // one person told as the victim before a passive killing verb ("إن شابا قتل برصاص
        // الجيش", "إن المسعفة رزان النجار قضت برصاص") is a toll of one
        if kills && pos == Pos::Verb && !quantities.iter().any(|q: &Quantity| q.kind == "killed") {
            let before = a2.map(|i| &self.refs[i]).filter(|x| x.t1 <= tt0);
            let one = before.and_then(|x| {
                a.cues.iter().find(|c| {
                    c.t0 == x.t0 && (a.has_cue_kind(kb, c, CueKind::Person) || a.has_cue_kind(kb, c, CueKind::Title))
                })
            });
            // (no count before it in the clause: "أربعة فلسطينيين بينهم طفل قتلوا" are four)
            let counted = numbers.iter().any(|n| {
                let t = a.tokens.partition_point(|k| (k.start as usize) < n.span.start);
                t >= clause.start && t < tt0
            });
            if let Some(c) = one.filter(|_| victim_count.is_none() && !counted) {
                quantities.push(one_person("killed", c));
            }
        }
        if let (Some(k), Some(kind)) = (one_of, own_kind) {
            if !quantities.iter().any(|q: &Quantity| q.kind == kind) {
                quantities.push(told_by(kind, k, 1));
            }
        }
        // the counted victims of a killing verb are its toll ("17 مقاتلا مواليا للنظام قتلوا"),
        // of a wounding verb its wounded ("ثمانية مواطنين أصيبوا برصاص")
        if let (Some(n), Some(kind)) = (victim_count.filter(|_| is_killing), own_kind) {
            if !quantities.iter().any(|q: &Quantity| q.kind == kind) {
                quantities.push(Quantity {
                    kind,
                    value: n.value,
                    approx: n.approx,
                    text: a.original(n.span.clone()).to_string(),
                    at_least: n.lower_bound,
                });
            }
        }

        // (an accusation whose accused stands right before its charge has its speaker unsaid:
        // no actor near it is the accuser)
        if charged && loose_actor1 {
            a1 = None;
            loose_actor1 = false;
        }
        Some(Frame {
            trigger: ti,
            entry,
            pos,
            sentence: si,
            clause,
            actor1: a1,
            actor2: a2.filter(|&j| Some(j) != a1),
            modality,
            attribution: speaker,
            source,
            said_unnamed: matches!(said_by, Some(Said::Unnamed)),
            quantities,
            loose_actor1,
            phrase_author,
            reference,
            charged,
            why,
        })
    }
}
