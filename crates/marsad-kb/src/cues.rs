//! Cues: modality markers, attribution verbs and place-framing words.

use crate::error::Result;
use crate::names::{NameIndex, NameIndexBuilder};
use crate::tsv;
use serde::Serialize;

/// What a cue signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CueKind {
    /// Conditional or counterfactual.
    Hypothetical,
    /// A threat verb.
    Threat,
    /// Negation particle.
    Negation,
    /// Denial verb.
    Denial,
    /// Future or plan.
    Future,
    /// Earlier-time recap.
    Background,
    /// A noun that names an event as a topic ("جريمة اغتيال", "التحقيق في"):
    /// the event noun after it refers to an earlier event, it does not report one.
    Reference,
    /// Clause connective.
    Connective,
    /// A word that may stand between a subject and its verb (قد، كذلك، مجددا).
    Filler,
    /// A relative pronoun (الذي، التي).
    Relative,
    /// An attack predicate that makes a weapon noun an event (رمي، أطلق، انفجر).
    Predicate,
    /// A verb saying that an event took place (وقع، أسفر، شهد): it anchors an event noun.
    Occurrence,
    /// A verb whose subject carries out the event noun after it (استكمل، واصل، أكمل):
    /// it anchors the noun as an occurrence does, and its subject is the noun's actor.
    Aspect,
    /// A word tying a group to its patron ("الموالية لإيران", "المدعومة من روسيا"): the
    /// place after it names the patron, not where anything happened.
    Affiliation,
    /// A singular person noun ("شرطي", "الطفل"): after a killing word, a toll of one.
    Person,
    /// A civilian title before a person's name ("المواطن", "الطفل"): title and name
    /// name a victim.
    Title,
    /// A political or public title before a person's name ("القيادي", "النائب",
    /// "المذيع"): title, qualifiers and name name a person outside the actor book.
    Office,
    /// An envoy or official noun ("وفد", "مسؤول", "دبلوماسيون"): with a country adjective
    /// right after it ("وفد أميركي", "مسؤولون أتراك"), that country's government.
    Envoy,
    /// The head noun of an organisation's name ("حركة", "منظمة", "جماعة"): with the
    /// name words after it, an organisation outside the actor book.
    GroupHead,
    /// Who is behind an attack ("بالوقوف وراء", "مسؤوليته عن"): the accused or the
    /// claimant is the author of the attack it names.
    Responsibility,
    /// A noun that stands between a preposition and the targeted actor ("على مواقع X").
    Target,
    /// A noun that makes the next actor a genitive, not a subject ("أنصار X").
    Relational,
    /// A part or count of a group before "من" ("مجموعة من المسلحين", "عدد من المستوطنين"):
    /// the group after "من" is what the phrase names, subject or object, not an oblique.
    Partitive,
    /// Reporting verb or phrase ("قال", "بحسب").
    Attribution,
    /// A place word (settlement, admin, countryside, direction, near, prep).
    PlaceWord(PlaceWordKind),
    /// A word saying what a number counts.
    Quantity(QuantityKind),
    /// A noun for the town the text has just named ("في المدينة", "سكان البلدة"): where a
    /// clause that names no place of its own happens.
    PlaceAnaphor,
    /// A phrase that holds a cue but is none ("في حالة حرجة": in a critical condition, not "in
    /// case"): the longest match wins, so it hides the cue inside it, and it means nothing itself.
    Literal,
    /// A thing published ("شريط فيديو", "صورا", "بيانا"): right after a deployment phrase
    /// ("نشر الجيش شريط فيديو") it makes "نشر" publishing, no deployment.
    Media,
}

/// What a number counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// Killed.
    Killed,
    /// Injured.
    Injured,
    /// Captured (combatants, hostages).
    Captured,
    /// Arrested.
    Arrested,
    /// Displaced.
    Displaced,
}

impl QuantityKind {
    /// The schema's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Killed => "killed",
            Self::Injured => "injured",
            Self::Captured => "captured",
            Self::Arrested => "arrested",
            Self::Displaced => "displaced",
        }
    }
}

/// Kinds of place-framing words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceWordKind {
    /// مدينة، بلدة، قرية
    Settlement,
    /// حي، منطقة
    District,
    /// مطار، قاعدة، معبر، حاجز، مخيم
    Facility,
    /// محافظة، ولاية، مديرية
    Admin,
    /// ريف
    Countryside,
    /// شمال، جنوب
    Direction,
    /// قرب، محيط
    Near,
    /// في، من، إلى
    Prep,
    /// شارع، ساحة، دوار: what follows names a street or square, not the place it is named after
    Street,
}

/// How far a cue reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Triggers after it in its clause.
    Next,
    /// Its whole clause.
    Clause,
    /// Triggers at most N tokens after it.
    Window(u8),
    /// Like `Window`, but only where the cue opens its sentence or a quotation (after a
    /// full stop, a quotation mark or a colon, not after a word or a comma): "ما" negates
    /// a verb there ("«ما قتلنا أحدا»"), and is "what, which" after a word or a comma
    /// ("وهو ما رفضته إسرائيل", "، ما أسفر عن مقتل").
    Opening(u8),
    /// A trigger ending at most N tokens before it: a word that qualifies the event noun
    /// before it ("ضربة جوية محتملة").
    Prev(u8),
    /// Not a modality cue.
    None,
}

/// One cue.
#[derive(Debug, Clone, Serialize)]
pub struct Cue {
    /// As written.
    pub phrase: String,
    /// Kind.
    pub kind: CueKind,
    /// Scope.
    pub scope: Scope,
    /// An attribution that may follow what it attributes ("بحسب", "وفق").
    pub trailing: bool,
    /// A source named by a noun ("مصادر محلية", "شهود عيان"): the noun phrase it heads is
    /// the attribution.
    pub source: bool,
}

/// An anaphoric noun ("التنظيم") and how to find its antecedent.
#[derive(Debug, Clone, Serialize)]
pub struct Anaphor {
    /// The noun, normalised.
    pub word: String,
    /// A word the antecedent's surface must contain (normalised), if any.
    pub head: Option<String>,
    /// ACLED categories an antecedent may have when no surface has the head.
    pub inter: Vec<u8>,
    /// Actor kinds (actors.tsv column 7) an antecedent may have when no surface
    /// has the head ("الوكالة" → media).
    pub kinds: Vec<String>,
}

/// All cues with their index (exact words, و/ف allowed) and place words
/// (name clitics allowed).
#[derive(Debug, Clone)]
pub struct CueBook {
    /// Cues.
    pub cues: Vec<Cue>,
    /// Modality and attribution cues.
    pub index: NameIndex,
    /// Place words.
    pub place_words: NameIndex,
    /// Quantity words.
    pub quantity_words: NameIndex,
    /// Anaphoric nouns.
    pub anaphora: Vec<Anaphor>,
    /// Country adjectives (folded masculine form, no article) → ISO country.
    pub nisba: rustc_hash::FxHashMap<String, String>,
}

impl CueBook {
    /// The readings of a cue pattern (a phrase may be listed more than once, e.g. a
    /// claim of responsibility is also a reporting phrase), first row first.
    pub fn readings(&self, pattern: u32) -> impl Iterator<Item = &Cue> + '_ {
        self.index.entries(pattern).iter().map(|&i| &self.cues[i as usize])
    }

    /// Whether a normalised word, looked up whole, has a reading of `kind` (for a word the
    /// text scan leaves out: one inside an actor's name, or a stem carrying an enclitic).
    pub fn word_has(&self, word: &str, kind: CueKind) -> bool {
        self.index
            .lookup(word)
            .is_some_and(|p| self.readings(p).any(|c| c.kind == kind))
    }

    /// The country a nisba adjective names ("الإسرائيلية" → IL), on a
    /// normalised token: the article and the feminine ending are allowed.
    pub fn nisba_country(&self, token: &str) -> Option<&str> {
        let w = token.strip_prefix("ال").unwrap_or(token);
        let w = w.strip_suffix('ه').unwrap_or(w);
        self.nisba.get(w).map(String::as_str)
    }
}

#[derive(Default)]
pub(crate) struct CueBookBuilder {
    cues: Vec<Cue>,
    names: NameIndexBuilder,
    place_words: NameIndexBuilder,
    quantity_words: NameIndexBuilder,
    anaphora: Vec<Anaphor>,
    nisba: rustc_hash::FxHashMap<String, String>,
}

impl CueBookBuilder {
    /// `adjective country note`
    pub(crate) fn nisba(&mut self, file: &str, content: &str) -> Result<()> {
        for r in tsv::rows(file, content, 2)? {
            let country = r.req(1, "country")?;
            if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(r.at.err(format!("country {country:?} is not an ISO 3166-1 code")));
            }
            self.nisba
                .insert(marsad_text::fold(r.req(0, "adjective")?), country.to_string());
        }
        Ok(())
    }

    /// `phrase kind scope note`
    pub(crate) fn modality(&mut self, file: &str, content: &str) -> Result<()> {
        for r in tsv::rows(file, content, 3)? {
            let kind = match r.req(1, "kind")? {
                "hypothetical" => CueKind::Hypothetical,
                "threat" => CueKind::Threat,
                "negation" => CueKind::Negation,
                "denial" => CueKind::Denial,
                "future" => CueKind::Future,
                "background" => CueKind::Background,
                "reference" => CueKind::Reference,
                "connective" => CueKind::Connective,
                "filler" => CueKind::Filler,
                "relative" => CueKind::Relative,
                "predicate" => CueKind::Predicate,
                "occurrence" => CueKind::Occurrence,
                "aspect" => CueKind::Aspect,
                "affiliation" => CueKind::Affiliation,
                "responsibility" => CueKind::Responsibility,
                "person" => CueKind::Person,
                "title" => CueKind::Title,
                "office" => CueKind::Office,
                "group" => CueKind::GroupHead,
                "envoy" => CueKind::Envoy,
                "target" => CueKind::Target,
                "relational" => CueKind::Relational,
                "partitive" => CueKind::Partitive,
                "literal" => CueKind::Literal,
                "media" => CueKind::Media,
                "place_anaphor" => CueKind::PlaceAnaphor,
                k => return Err(r.at.err(format!("unknown cue kind {k:?}"))),
            };
            let scope = match r.get(2) {
                "next" => Scope::Next,
                "clause" => Scope::Clause,
                "-" | "" => Scope::None,
                w => {
                    let n = |prefix: &str| w.strip_prefix(prefix).and_then(|n| n.parse().ok());
                    match (n("window:"), n("prev:"), n("opening:")) {
                        (Some(n), _, _) => Scope::Window(n),
                        (_, Some(n), _) => Scope::Prev(n),
                        (_, _, Some(n)) => Scope::Opening(n),
                        _ => return Err(r.at.err(format!("unknown scope {w:?}"))),
                    }
                }
            };
            self.push(r.req(0, "phrase")?, kind, scope, false);
        }
        Ok(())
    }

    /// `phrase kind note` (kind: say, report, according_to, claim, source)
    pub(crate) fn attribution(&mut self, file: &str, content: &str) -> Result<()> {
        for r in tsv::rows(file, content, 2)? {
            let (trailing, source) = match r.req(1, "kind")? {
                "according_to" => (true, false),
                "source" => (false, true),
                "say" | "report" | "claim" => (false, false),
                k => return Err(r.at.err(format!("unknown attribution kind {k:?}"))),
            };
            self.push(r.req(0, "phrase")?, CueKind::Attribution, Scope::None, false);
            if let Some(c) = self.cues.last_mut().filter(|c| c.kind == CueKind::Attribution) {
                c.trailing = trailing;
                c.source = source;
            }
        }
        Ok(())
    }

    /// `phrase kind note`
    pub(crate) fn place_words(&mut self, file: &str, content: &str) -> Result<()> {
        for r in tsv::rows(file, content, 2)? {
            let k = match r.req(1, "kind")? {
                "settlement" => PlaceWordKind::Settlement,
                "district" => PlaceWordKind::District,
                "facility" => PlaceWordKind::Facility,
                "admin" => PlaceWordKind::Admin,
                "countryside" => PlaceWordKind::Countryside,
                "direction" => PlaceWordKind::Direction,
                "near" => PlaceWordKind::Near,
                "prep" => PlaceWordKind::Prep,
                "street" => PlaceWordKind::Street,
                k => return Err(r.at.err(format!("unknown place-word kind {k:?}"))),
            };
            self.push(r.req(0, "phrase")?, CueKind::PlaceWord(k), Scope::None, true);
        }
        Ok(())
    }

    /// `word head inter note`
    pub(crate) fn anaphora(&mut self, file: &str, content: &str) -> Result<()> {
        for r in tsv::rows(file, content, 3)? {
            let (mut inter, mut kinds) = (Vec::new(), Vec::new());
            for v in r.list(2) {
                match v.parse::<u8>() {
                    Ok(i) => inter.push(i),
                    Err(_) if v.chars().all(|c| c.is_ascii_lowercase() || c == '-') => kinds.push(v.to_string()),
                    Err(_) => return Err(r.at.err(format!("inter {v:?} is neither a number nor an actor kind"))),
                }
            }
            self.anaphora.push(Anaphor {
                word: marsad_text::fold(r.req(0, "word")?),
                head: r.opt(1).map(marsad_text::fold),
                inter,
                kinds,
            });
        }
        Ok(())
    }

    /// `phrase kind note`
    pub(crate) fn quantity_words(&mut self, file: &str, content: &str) -> Result<()> {
        for r in tsv::rows(file, content, 2)? {
            let k = match r.req(1, "kind")? {
                "killed" => QuantityKind::Killed,
                "injured" => QuantityKind::Injured,
                "captured" => QuantityKind::Captured,
                "arrested" => QuantityKind::Arrested,
                "displaced" => QuantityKind::Displaced,
                k => return Err(r.at.err(format!("unknown quantity kind {k:?}"))),
            };
            self.push(r.req(0, "phrase")?, CueKind::Quantity(k), Scope::None, false);
        }
        Ok(())
    }

    fn push(&mut self, phrase: &str, kind: CueKind, scope: Scope, place: bool) {
        let ix = self.cues.len() as u32;
        let added = match kind {
            CueKind::Quantity(_) => self.quantity_words.add(phrase, ix),
            _ if place => self.place_words.add(phrase, ix),
            _ => self.names.add(phrase, ix),
        };
        if added {
            self.cues.push(Cue {
                phrase: phrase.to_string(),
                kind,
                scope,
                trailing: false,
                source: false,
            });
        }
    }

    pub(crate) fn build(self) -> Result<CueBook> {
        Ok(CueBook {
            cues: self.cues,
            index: self.names.build(),
            place_words: self.place_words.build(),
            quantity_words: self.quantity_words.build(),
            anaphora: self.anaphora,
            nisba: self.nisba,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_parse_and_an_unknown_one_names_its_line() {
        let mut b = CueBookBuilder::default();
        let rows = "لو\thypothetical\tnext\tif\nلم\tnegation\twindow:2\tnot\nما\tnegation\topening:1\tnot\nمحتملة\thypothetical\tprev:3\tpossible\n";
        b.modality("cues.tsv", rows).unwrap();
        let scopes: Vec<Scope> = b.cues.iter().map(|c| c.scope).collect();
        assert_eq!(
            scopes,
            [Scope::Next, Scope::Window(2), Scope::Opening(1), Scope::Prev(3)]
        );
        let err = CueBookBuilder::default()
            .modality("cues.tsv", "ما\tnegation\tbeginning:1\tnot\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("cues.tsv") && err.contains("beginning:1"), "{err}");
    }
}
