//! Event triggers: words and phrases mapped to PLOVER type and mode and ACLED
//! sub-event type, with the argument pattern each takes.

use crate::error::Result;
use crate::names::{NameIndex, NameIndexBuilder};
use crate::tsv;
use serde::Serialize;

/// PLOVER event types.
pub const EVENT_TYPES: &[&str] = &[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

/// ACLED sub-event types and their event types (taxonomy.md).
pub const ACLED: &[(&str, &str)] = &[
    ("Armed clash", "Battles"),
    ("Government regains territory", "Battles"),
    ("Non-state actor overtakes territory", "Battles"),
    ("Chemical weapon", "Explosions/Remote violence"),
    ("Air/drone strike", "Explosions/Remote violence"),
    ("Suicide bomb", "Explosions/Remote violence"),
    ("Shelling/artillery/missile attack", "Explosions/Remote violence"),
    ("Remote explosive/landmine/IED", "Explosions/Remote violence"),
    ("Grenade", "Explosions/Remote violence"),
    ("Sexual violence", "Violence against civilians"),
    ("Attack", "Violence against civilians"),
    ("Abduction/forced disappearance", "Violence against civilians"),
    ("Peaceful protest", "Protests"),
    ("Protest with intervention", "Protests"),
    ("Excessive force against protesters", "Protests"),
    ("Violent demonstration", "Riots"),
    ("Mob violence", "Riots"),
    ("Agreement", "Strategic developments"),
    ("Arrests", "Strategic developments"),
    ("Change to group/activity", "Strategic developments"),
    ("Disrupted weapons use", "Strategic developments"),
    ("Headquarters or base established", "Strategic developments"),
    ("Looting/property destruction", "Strategic developments"),
    ("Non-violent transfer of territory", "Strategic developments"),
    ("Other", "Strategic developments"),
];

/// The ACLED event type of a sub-event type.
pub fn acled_event_type(sub: &str) -> Option<&'static str> {
    ACLED.iter().find(|(s, _)| *s == sub).map(|(_, e)| *e)
}

/// Where an argument is found relative to the trigger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Marker {
    /// The grammatical subject (after a verb, or before it).
    Subj,
    /// The direct object.
    Obj,
    /// Introduced by a particle or preposition (normalised).
    Prep(String),
}

/// The argument pattern of a trigger.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Roles {
    /// How the acting side is found.
    pub actor1: Vec<Marker>,
    /// How the other side is found.
    pub actor2: Vec<Marker>,
    /// How the place is found.
    pub place: Vec<Marker>,
    /// Two-sided event (clashes): actors are interchangeable.
    pub sym: bool,
    /// The undiacritised form is also the passive (قُتل): a victim-like
    /// subject is the recipient.
    pub passive: bool,
    /// A weapon or instrument noun: it sets the mode and sub-type of another
    /// violent trigger in its clause, and makes an event alone only with casualties.
    pub instrument: bool,
    /// The subject must be a crowd (protesters, civilians, a counted group), `[crowd]`.
    pub crowd: bool,
    /// Also an attack in words (criticism) when a politician, party or outlet is the subject, `[verbal]`.
    pub verbal: bool,
    /// Condemns or denounces: what it condemns, when dated, took place; its subject is not its author, `[condemn]`.
    pub condemn: bool,
    /// Joins or leaves a side: an event only when a side named is armed (a group, a force), `[armed]`.
    pub armed: bool,
    /// Takes its object, then a charge after ب ("اتهم الحوثيين بممارسة ..."): one name right before
    /// the charge is the object, and the subject is left unsaid, `[charge]`.
    pub charge: bool,
}

/// Part of speech of a trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Pos {
    /// A finite verb.
    Verb,
    /// A masdar or event noun.
    Noun,
    /// A multi-word phrase.
    Phrase,
}

/// One trigger entry.
#[derive(Debug, Clone, Serialize)]
pub struct Trigger {
    /// The phrase as written in the data.
    pub phrase: String,
    /// PLOVER type.
    pub event_type: &'static str,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// ACLED sub-event type.
    pub acled_sub: Option<&'static str>,
    /// Parts of speech.
    pub pos: Vec<Pos>,
    /// Argument pattern.
    pub roles: Roles,
    /// Gloss.
    pub note: String,
    /// `file:line` of the entry, for `--explain`.
    pub origin: String,
}

impl Trigger {
    /// A row of the lexicon's weak section (note "weak: ..."): a background word that only
    /// supports another reading, never an event alone.
    pub fn is_weak(&self) -> bool {
        self.note.starts_with("weak")
    }
}

/// All triggers and their index.
#[derive(Debug, Clone)]
pub struct TriggerBook {
    /// Triggers.
    pub triggers: Vec<Trigger>,
    /// Phrases → triggers.
    pub index: NameIndex,
}

impl TriggerBook {
    /// The rows (readings) of a matched pattern.
    pub fn readings(&self, pattern: u32) -> impl Iterator<Item = &Trigger> + '_ {
        self.index.entries(pattern).iter().map(|&e| &self.triggers[e as usize])
    }

    /// The first row of `event_type` in `mode` ("SANCTION", "expel"): the reading a rule
    /// gives a word when its context shows what the word does.
    pub fn first_of(&self, event_type: &str, mode: &str) -> Option<u32> {
        self.triggers
            .iter()
            .position(|t| t.event_type == event_type && t.mode.as_deref() == Some(mode))
            .map(|i| i as u32)
    }
}

#[derive(Default)]
pub(crate) struct TriggerBookBuilder {
    triggers: Vec<Trigger>,
    names: NameIndexBuilder,
}

fn parse_roles(s: &str, at: crate::error::At) -> Result<Roles> {
    let mut r = Roles::default();
    for part in s.split(';').map(str::trim).filter(|p| !p.is_empty() && *p != "-") {
        match part {
            "sym" => {
                r.sym = true;
                continue;
            }
            "pass" => {
                r.passive = true;
                continue;
            }
            "instr" => {
                r.instrument = true;
                continue;
            }
            _ => {}
        }
        let Some((slot, marker)) = part.split_once('=') else {
            return Err(at.err(format!("role {part:?} is not slot=marker")));
        };
        let m = match marker.trim() {
            "subj" => Marker::Subj,
            "obj" => Marker::Obj,
            "pair" => Marker::Prep("بين".to_string()),
            p => Marker::Prep(marsad_text::fold(p)),
        };
        match slot.trim() {
            "actor1" => r.actor1.push(m),
            "actor2" => r.actor2.push(m),
            "place" => r.place.push(m),
            "instrument" | "target" => {}
            other => return Err(at.err(format!("unknown role slot {other:?}"))),
        }
    }
    Ok(r)
}

impl TriggerBookBuilder {
    /// `phrase event_type mode acled_sub pos roles note`
    pub(crate) fn load(&mut self, file: &str, content: &str) -> Result<()> {
        for r in tsv::rows(file, content, 5)? {
            let et = r.req(1, "event_type")?;
            let event_type = EVENT_TYPES
                .iter()
                .find(|t| **t == et)
                .copied()
                .ok_or_else(|| r.at.err(format!("unknown PLOVER event type {et:?}")))?;
            let acled_sub = match r.opt(3) {
                None => None,
                Some(s) => Some(
                    ACLED
                        .iter()
                        .find(|(x, _)| *x == s)
                        .map(|(x, _)| *x)
                        .ok_or_else(|| r.at.err(format!("unknown ACLED sub-event type {s:?}")))?,
                ),
            };
            let mut pos = Vec::new();
            for p in r.req(4, "pos")?.split('|') {
                pos.push(match p.trim() {
                    "verb" => Pos::Verb,
                    "noun" => Pos::Noun,
                    "phrase" => Pos::Phrase,
                    other => return Err(r.at.err(format!("unknown pos {other:?}"))),
                });
            }
            let ix = self.triggers.len() as u32;
            let phrase = r.req(0, "phrase")?;
            if !self.names.add(phrase, ix) {
                return Err(r.at.err(format!("phrase {phrase:?} is too short")));
            }
            self.triggers.push(Trigger {
                phrase: phrase.to_string(),
                event_type,
                mode: r.opt(2).map(str::to_string),
                acled_sub,
                pos,
                roles: {
                    // the passive and instrument hints may also stand in the note as [pass] / [instr]
                    let mut roles = parse_roles(r.get(5), r.at)?;
                    roles.passive |= r.get(6).contains("[pass]");
                    roles.instrument |= r.get(6).contains("[instr]");
                    roles.crowd |= r.get(6).contains("[crowd]");
                    roles.verbal |= r.get(6).contains("[verbal]");
                    roles.condemn |= r.get(6).contains("[condemn]");
                    roles.armed |= r.get(6).contains("[armed]");
                    roles.charge |= r.get(6).contains("[charge]");
                    roles
                },
                note: r.get(6).to_string(),
                origin: format!("{}:{}", r.at.file, r.at.line),
            });
        }
        Ok(())
    }

    pub(crate) fn build(self) -> Result<TriggerBook> {
        Ok(TriggerBook {
            triggers: self.triggers,
            index: self.names.build(),
        })
    }
}
