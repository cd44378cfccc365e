//! Actors: canonical ids with ACLED `inter` categories and Arabic aliases.

use crate::error::Result;
use crate::names::{NameIndex, NameIndexBuilder};
use crate::tsv;
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

/// One canonical actor.
#[derive(Debug, Clone, Serialize)]
pub struct Actor {
    /// Stable id (`sy-gov-forces`, `isis`, ...).
    pub id: String,
    /// English name.
    pub name: String,
    /// ACLED actor category 1–8; `None` for political bodies, persons, media.
    pub inter: Option<u8>,
    /// Home country (ISO 3166-1), `None` for international actors.
    pub country: Option<String>,
    /// A generic actor (الجيش، الشرطة، مسلحون) that takes the document's country.
    pub generic: bool,
    /// Parent actor id.
    pub parent: Option<String>,
    /// Active years, as written.
    pub active: Option<String>,
    /// Kind (state, rebel, militia, political, government, person, intl, monitor, media, generic, civilians, protesters).
    pub kind: String,
    /// Number of aliases.
    pub aliases: usize,
}

/// Whether an ACLED actor category fights: state forces, rebels, political and
/// identity militias, external forces (1–4, 8) — not rioters, protesters, civilians.
pub fn armed_inter(inter: Option<u8>) -> bool {
    inter.is_some_and(|i| matches!(i, 1..=4 | 8))
}

impl Actor {
    /// Whether the actor fights (see [`armed_inter`]).
    pub fn armed(&self) -> bool {
        armed_inter(self.inter)
    }
}

/// All actors and their alias index.
#[derive(Debug, Clone)]
pub struct ActorBook {
    /// Actors.
    pub actors: Vec<Actor>,
    /// Aliases → actors.
    pub index: NameIndex,
    by_id: HashMap<String, u32>,
    /// Country → its main state forces (kind state, inter 1, no parent).
    state_forces: HashMap<String, u32>,
}

#[derive(Default)]
pub(crate) struct ActorBookBuilder {
    actors: Vec<Actor>,
    names: NameIndexBuilder,
    by_id: HashMap<String, u32>,
    parents: Vec<(usize, String, String, usize)>,
}

impl ActorBookBuilder {
    /// `id name_en inter country parent active kind aliases_ar`
    pub(crate) fn load(&mut self, file: &str, content: &str) -> Result<()> {
        for r in tsv::rows(file, content, 8)? {
            let id = r.req(0, "id")?.to_string();
            if self.by_id.contains_key(&id) {
                return Err(r.at.err(format!("duplicate actor id {id}")));
            }
            let inter = match r.opt(2) {
                None => None,
                Some(v) => match v.parse::<u8>() {
                    Ok(n @ 1..=8) => Some(n),
                    _ => return Err(r.at.err(format!("inter {v:?} is not 1-8 or -"))),
                },
            };
            let country = r.opt(3);
            let generic = country == Some("*");
            let ix = self.actors.len() as u32;
            let mut n = 0;
            for alias in r.list(7) {
                if self.names.add(alias, ix) {
                    n += 1;
                }
            }
            if n == 0 {
                return Err(r.at.err(format!("actor {id} has no alias")));
            }
            if let Some(p) = r.opt(4) {
                self.parents
                    .push((ix as usize, p.to_string(), file.to_string(), r.at.line));
            }
            self.by_id.insert(id.clone(), ix);
            self.actors.push(Actor {
                id,
                name: r.req(1, "name_en")?.to_string(),
                inter,
                country: if generic { None } else { country.map(str::to_string) },
                generic,
                parent: r.opt(4).map(str::to_string),
                active: r.opt(5).map(str::to_string),
                kind: r.get(6).to_string(),
                aliases: n,
            });
        }
        Ok(())
    }

    pub(crate) fn build(self) -> Result<ActorBook> {
        for (_, parent, file, line) in &self.parents {
            if !self.by_id.contains_key(parent) {
                return Err(crate::error::At { file, line: *line }.err(format!("parent {parent} is not an actor id")));
            }
        }
        let mut state_forces = HashMap::default();
        for (i, a) in self.actors.iter().enumerate() {
            if a.kind == "state" && a.inter == Some(1) && a.parent.is_none() {
                if let Some(c) = &a.country {
                    state_forces.entry(c.clone()).or_insert(i as u32);
                }
            }
        }
        Ok(ActorBook {
            actors: self.actors,
            index: self.names.build(),
            by_id: self.by_id,
            state_forces,
        })
    }
}

impl ActorBook {
    /// The actor with this id.
    pub fn get(&self, id: &str) -> Option<&Actor> {
        self.by_id.get(id).map(|&i| &self.actors[i as usize])
    }

    /// Index of an actor id.
    pub fn index_of(&self, id: &str) -> Option<u32> {
        self.by_id.get(id).copied()
    }

    /// The main state forces of a country (for a government named as the
    /// author of violence: "قصف النظام السوري" is the army's act).
    pub fn state_forces(&self, country: &str) -> Option<u32> {
        self.state_forces.get(country).copied()
    }

    /// Total number of aliases.
    pub fn alias_count(&self) -> usize {
        self.actors.iter().map(|a| a.aliases).sum()
    }

    /// Chooses among the actors of one alias: the one of the document's
    /// country first, then a generic or international one, then the first.
    pub fn choose(&self, entries: &[u32], countries: &[String]) -> Option<u32> {
        let score = |i: &u32| {
            let a = &self.actors[*i as usize];
            match &a.country {
                Some(c) => countries
                    .iter()
                    .position(|x| x == c)
                    .map_or(0, |p| 10 - p.min(5) as i32),
                None => 3,
            }
        };
        entries
            .iter()
            .copied()
            .max_by_key(|i| (score(i), std::cmp::Reverse(*i)))
    }

    /// Looks an alias up (ordinary spelling), best first for `countries`.
    pub fn lookup(&self, alias: &str, countries: &[String]) -> Vec<&Actor> {
        let folded = marsad_text::fold(alias);
        let Some(p) = self.index.lookup(&folded) else {
            return Vec::new();
        };
        let mut es: Vec<u32> = self.index.entries(p).to_vec();
        let best = self.choose(&es, countries);
        es.sort_by_key(|e| Some(*e) != best);
        es.iter().map(|&i| &self.actors[i as usize]).collect()
    }
}
