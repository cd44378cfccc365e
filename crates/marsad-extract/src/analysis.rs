//! Stage 1: the analysed document — normalised view, tokens, sentences,
//! paragraphs, and every knowledge-base mention, with cross-kind overlaps
//! resolved (an actor name hides the place inside it; triggers inside names
//! are dropped).

use crate::document::Document;
use marsad_kb::cues::CueKind;
use marsad_kb::names::NameMatch;
use marsad_kb::KnowledgeBase;
use marsad_text::{sentences, tokenize, Normalized, Span, Token};

/// A mention: a knowledge-base match with its token range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// The match (pattern id and byte spans in the normalised text).
    pub m: NameMatch,
    /// First token index of the word holding it.
    pub t0: usize,
    /// One past the last token index.
    pub t1: usize,
}

impl Mention {
    /// Normalised byte span of the name proper.
    pub fn span(&self) -> Span {
        self.m.start as usize..self.m.end as usize
    }
}

/// A sentence of the normalised text.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Byte span.
    pub span: Span,
    /// Paragraph number (0 = title, if the document has one in its text).
    pub paragraph: usize,
    /// Clause spans.
    pub clauses: Vec<Span>,
    /// Token range.
    pub tokens: std::ops::Range<usize>,
    /// Whether it is the title.
    pub is_title: bool,
}

/// The analysed document.
pub struct Analysis<'d> {
    /// The document.
    pub doc: &'d Document,
    /// Normalised view.
    pub norm: Normalized,
    /// Tokens of the view.
    pub tokens: Vec<Token>,
    /// Sentences inside the title and body, outside boilerplate.
    pub sentences: Vec<Sentence>,
    /// Actor mentions.
    pub actors: Vec<Mention>,
    /// Place mentions.
    pub places: Vec<Mention>,
    /// Trigger mentions.
    pub triggers: Vec<Mention>,
    /// Modality, attribution and connective cues.
    pub cues: Vec<Mention>,
    /// Place words.
    pub place_words: Vec<Mention>,
    /// Quantity words.
    pub quantity_words: Vec<Mention>,
    /// Aircraft words inside actor names ("طيران التحالف", "الطيران الروسي"): not triggers,
    /// but they say that what the actor bombs is an air strike.
    pub aircraft_in_names: Vec<Mention>,
}

fn overlaps(a: &NameMatch, b: &NameMatch) -> bool {
    a.start < b.end && b.start < a.end
}

impl<'d> Analysis<'d> {
    /// Analyses `doc` with `kb`.
    pub fn new(doc: &'d Document, kb: &KnowledgeBase) -> Self {
        let norm = Normalized::new(&doc.text);
        let v = norm.as_str();
        let tokens = tokenize(v);
        let to_n = |s: &Span| norm.from_original(s.start)..norm.from_original(s.end);
        let body = to_n(&doc.body);
        let title = doc.title_span.as_ref().map(to_n);
        let boiler: Vec<Span> = doc.boilerplate.iter().map(|b| to_n(&b.span)).collect();

        let mk = |ms: Vec<NameMatch>| -> Vec<Mention> {
            ms.into_iter()
                .map(|m| {
                    let t0 = tokens.partition_point(|t| t.end <= m.word_start);
                    let t1 = tokens.partition_point(|t| t.start < m.word_end).max(t0 + 1);
                    Mention { m, t0, t1 }
                })
                .collect()
        };
        // a dateline at the head of the body ("دبي، الإمارات العربية المتحدة (CNN)-- ") names
        // the newsroom: its names are no mentions and the first sentence starts after it
        let head = title
            .as_ref()
            .filter(|t| t.start == body.start)
            .map_or(body.start, |t| t.end);
        let lead = head + v.get(head..body.end).map_or(0, |b| b.len() - b.trim_start().len());
        let dateline = v
            .get(lead..body.end)
            .and_then(sentences::dateline)
            .map(|n| lead..lead + n);
        let outside = |ms: Vec<NameMatch>| -> Vec<NameMatch> {
            match &dateline {
                Some(d) => ms.into_iter().filter(|m| !d.contains(&(m.start as usize))).collect(),
                None => ms,
            }
        };
        let found = kb.scan(v);
        let actors = mk(outside(found.actors));
        let places = mk(outside(found.places));
        // (with the phrases a quotation mark splits, `من "القضاء على"`, which take the place
        // of the shorter matches they cover)
        let split = kb.scan_split_phrases(v);
        let mut all_triggers = found.triggers;
        if !split.is_empty() {
            all_triggers.retain(|t| !split.iter().any(|s| overlaps(s, t)));
            all_triggers.extend(split);
            all_triggers.sort_by_key(|t| (t.start, t.end));
            all_triggers.dedup_by_key(|t| (t.start, t.end, t.pattern));
        }
        let triggers = mk(all_triggers);
        let cues = mk(found.cues);
        let place_words = mk(found.place_words);
        let quantity_words = mk(found.quantity_words);

        // an actor name hides a shorter place inside it ("تنظيم الدولة في العراق والشام");
        // a place name longer than an actor hides it
        let places: Vec<Mention> = places
            .into_iter()
            .filter(|p| {
                !actors
                    .iter()
                    .any(|a| overlaps(&a.m, &p.m) && (a.m.end - a.m.start) >= (p.m.end - p.m.start))
            })
            .collect();
        let actors: Vec<Mention> = actors
            .into_iter()
            .filter(|a| {
                !places
                    .iter()
                    .any(|p| overlaps(&a.m, &p.m) && (p.m.end - p.m.start) > (a.m.end - a.m.start))
            })
            .collect();
        // a place word is never a place name ("بلدة" is also a town in Iran); a name after
        // the preposition ك ("like") is no site, and mostly a word's first letter: "كبيرا" is no
        // ك + Beira, "كبرى" no ك + Barry
        let places: Vec<Mention> = places
            .into_iter()
            .filter(|p| !place_words.iter().any(|w| w.m.start == p.m.start && w.m.end == p.m.end))
            .filter(|p| !v[p.m.word_start as usize..p.m.start as usize].ends_with('ك'))
            .collect();
        // triggers inside names ("هيئة تحرير الشام") are not triggers; aircraft inside an
        // actor's name are kept aside
        let inside =
            |t: &Mention, names: &[Mention]| names.iter().any(|n| n.m.start <= t.m.start && t.m.end <= n.m.end);
        let aircraft_in_names: Vec<Mention> = triggers
            .iter()
            .filter(|t| {
                inside(t, &actors)
                    && kb
                        .triggers
                        .readings(t.m.pattern)
                        .any(|r| r.roles.instrument && r.acled_sub == Some("Air/drone strike"))
            })
            .cloned()
            .collect();
        // a ta marbuta is no pronoun: "الطلبة" (students) is no "طلبه" (his request, a row of
        // its own) and "القتلة" (the killers) no "قتل" + "ه" (killed him)
        let original = |a: usize, b: usize| {
            let o = norm.to_original(a..b);
            doc.text.get(o).unwrap_or("")
        };
        let taa_marbuta = |t: &Mention| {
            let m = &t.m;
            original(m.end as usize, m.word_end as usize).starts_with('ة')
                || (original(m.start as usize, m.end as usize).ends_with('ة')
                    && kb
                        .triggers
                        .index
                        .entries(m.pattern)
                        .first()
                        .is_some_and(|&e| kb.triggers.triggers[e as usize].phrase.ends_with('ه')))
        };
        let triggers = triggers
            .into_iter()
            .filter(|t| !inside(t, &actors) && !inside(t, &places) && !taa_marbuta(t))
            .collect();
        // a cue that is part of a trigger phrase ("هدد" is both) stays a cue; attribution
        // cues inside actor names are dropped
        // (a person noun stays: "شرطي" is an actor and, after a killing word, a toll of one)
        let person = |c: &Mention| {
            kb.cues
                .readings(c.m.pattern)
                .any(|x| matches!(x.kind, CueKind::Person | CueKind::Title))
        };
        let cues: Vec<Mention> = cues
            .into_iter()
            .filter(|c| person(c) || !actors.iter().any(|n| overlaps(&n.m, &c.m)))
            .collect();

        // clause cuts before connectives, from the cue scan (no string search per sentence)
        let connective_starts: Vec<usize> = cues
            .iter()
            .filter(|c| {
                kb.cues
                    .index
                    .entries(c.m.pattern)
                    .first()
                    .is_some_and(|&e| kb.cues.cues[e as usize].kind == CueKind::Connective)
            })
            .map(|c| c.m.word_start as usize)
            .collect();
        let mut sents = Vec::new();
        let mut paragraph = 0;
        let mut last_end = 0;
        for s in sentences::sentences(v) {
            if v[last_end..s.start].contains('\n') {
                paragraph += 1;
            }
            last_end = s.end;
            let s = match &dateline {
                Some(d) if s.start < d.end && d.end < s.end => d.end..s.end,
                Some(d) if s.start >= d.start && s.end <= d.end => continue,
                _ => s,
            };
            let in_title = title.as_ref().is_some_and(|t| s.start >= t.start && s.end <= t.end);
            let in_body = s.start >= body.start && s.end <= body.end;
            let in_boiler = boiler.iter().any(|b| s.start < b.end && b.start < s.end);
            if !(in_title || in_body) || in_boiler {
                continue;
            }
            let t0 = tokens.partition_point(|t| (t.start as usize) < s.start);
            let t1 = tokens.partition_point(|t| (t.start as usize) < s.end);
            sents.push(Sentence {
                clauses: sentences::clauses_at(v, s.clone(), &connective_starts),
                span: s,
                paragraph,
                tokens: t0..t1,
                is_title: in_title,
            });
        }

        Analysis {
            doc,
            norm,
            tokens,
            sentences: sents,
            actors,
            places,
            triggers,
            cues,
            place_words,
            quantity_words,
            aircraft_in_names,
        }
    }

    /// The normalised text.
    pub fn v(&self) -> &str {
        self.norm.as_str()
    }

    /// The proclitics glued before mention `m` inside its word ("و" of "وحلب", "بال" of
    /// "بالمدينة"): what stands between the word's start and the name.
    pub fn prefix(&self, m: &Mention) -> &str {
        &self.v()[m.m.word_start as usize..m.m.start as usize]
    }

    /// Text of token `i`.
    pub fn tok(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.norm.as_str()))
    }

    /// The original text of a normalised span.
    pub fn original(&self, span: Span) -> &'d str {
        let o = self.norm.to_original(span);
        &self.doc.text[o]
    }

    /// Mentions of `list` whose words lie in token range `r`.
    pub fn within<'a>(list: &'a [Mention], r: std::ops::Range<usize>) -> impl Iterator<Item = &'a Mention> + 'a {
        list.iter().filter(move |m| m.t0 >= r.start && m.t1 <= r.end)
    }

    /// The cue kind of a cue mention.
    pub fn cue_kind(&self, kb: &KnowledgeBase, m: &Mention) -> Option<CueKind> {
        kb.cues
            .index
            .entries(m.m.pattern)
            .first()
            .map(|&i| kb.cues.cues[i as usize].kind)
    }

    /// Whether a cue mention has `kind` among its readings (a phrase may be listed
    /// in two cue files, e.g. a claim of responsibility is also a reporting phrase).
    pub fn has_cue_kind(&self, kb: &KnowledgeBase, m: &Mention, kind: CueKind) -> bool {
        kb.cues.readings(m.m.pattern).any(|x| x.kind == kind)
    }

    /// Whether token `k` is "الأمر" opening "الأمر الذي/التي" — "which", of the whole clause
    /// before it, not a relative clause about a person or a thing named.
    pub fn of_the_matter(&self, kb: &KnowledgeBase, k: usize) -> bool {
        self.tok(k) == "الامر"
            && self
                .cues
                .iter()
                .any(|c| c.t0 == k + 1 && self.cue_kind(kb, c) == Some(CueKind::Relative))
    }

    /// The token range of the clause holding token `t` in sentence `s`.
    pub fn clause_of(&self, s: &Sentence, t: usize) -> std::ops::Range<usize> {
        let at = self.tokens.get(t).map_or(0, |k| k.start as usize);
        let c = s
            .clauses
            .iter()
            .find(|c| at >= c.start && at < c.end)
            .cloned()
            .unwrap_or(s.span.clone());
        let t0 = self.tokens.partition_point(|k| (k.start as usize) < c.start);
        let t1 = self.tokens.partition_point(|k| (k.start as usize) < c.end);
        t0..t1
    }
}
