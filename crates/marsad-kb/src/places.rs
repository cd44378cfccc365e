//! The gazetteer: countries, admin1 units, GeoNames populated places and the
//! curated conflict places, with context-aware ranking of candidates.

use crate::error::Result;
use crate::names::{NameIndex, NameIndexBuilder};
use crate::tsv;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Serialize;

/// What kind of place an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A first-level unit (governorate, province, state).
    Admin1,
    /// A second-level unit (district, مديرية، قضاء).
    Admin2,
    /// A city, town or village.
    Populated,
    /// A part of a city.
    District,
    /// A camp, airbase, checkpoint, crossing, mountain, facility.
    Site,
    /// A region or front spanning several places.
    Region,
}

impl PlaceKind {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "country" => Self::Country,
            "admin1" => Self::Admin1,
            "admin2" => Self::Admin2,
            "city" | "town" | "village" | "populated" => Self::Populated,
            "district" | "neighbourhood" | "neighborhood" => Self::District,
            "camp" | "checkpoint" | "airbase" | "crossing" | "mountain" | "facility" | "base" | "airport" | "port" => {
                Self::Site
            }
            "region" | "front" | "valley" | "plain" | "desert" | "area" => Self::Region,
            _ => return None,
        })
    }
}

/// One place.
#[derive(Debug, Clone, Serialize)]
pub struct Place {
    /// Stable id: `geonames:N`, `iso:SY-HL`, `iso:SY`, `marsad:<file>:<line>`.
    pub id: String,
    /// English name.
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// ISO 3166-2 of the first-level unit, when known.
    pub admin1_code: Option<String>,
    /// Second-level unit name, when known.
    pub admin2: Option<String>,
    /// Kind.
    pub kind: PlaceKind,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Population (0 = unknown).
    pub population: u64,
    /// ACLED geo precision of the entry itself (1 place, 2 near, 3 region).
    pub precision: u8,
    /// Where the entry comes from.
    pub source: String,
}

/// Document context for ranking: countries and admin1 units already seen.
#[derive(Debug, Clone, Default)]
pub struct PlaceContext {
    /// ISO 3166-1 codes, most salient first.
    pub countries: Vec<String>,
    /// ISO 3166-2 codes.
    pub admin1: Vec<String>,
}

impl PlaceContext {
    /// Parses a `--context` value: `SY` or `SY-RD` (comma-separated allowed).
    pub fn parse(s: &str) -> Self {
        let mut c = PlaceContext::default();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let up = part.to_ascii_uppercase();
            if let Some((cc, _)) = up.split_once('-') {
                c.countries.push(cc.to_string());
                c.admin1.push(up);
            } else {
                c.countries.push(up);
            }
        }
        c
    }
}

/// A ranked candidate.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    /// Index into [`Gazetteer::places`].
    pub place: u32,
    /// Higher is better.
    pub score: f32,
    /// Why it ranks there.
    pub why: Vec<String>,
}

/// Countries whose places Arabic conflict news mostly names: a small prior.
const CORE_REGION: &[&str] = &[
    "SY", "IQ", "YE", "LY", "PS", "LB", "EG", "SD", "SO", "JO", "IL", "TR", "SA", "AF",
];

/// The gazetteer.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    /// Every place.
    pub places: Vec<Place>,
    /// Names → places.
    pub index: NameIndex,
    /// Folded names that need a place word to count.
    pub stop: HashSet<String>,
    /// Folded names that never count, place word or not (note "never: ..."): a verb or a
    /// particle ("كان") that a place word can stand before ("منطقة كان يسيطر عليها").
    pub never: HashSet<String>,
    /// Folded names of national capitals → their country's ISO code: right after a verb a
    /// capital stands for its government ("وحذرت تل أبيب").
    pub capitals: HashMap<String, String>,
    by_code: HashMap<String, u32>,
    /// Admin1 codes that some town or village of the gazetteer is placed in: a code no place
    /// carries is a region over governorates (IQ-KR, over Erbil, Dohuk and Sulaymaniyah).
    settled: HashSet<String>,
}

/// An admin1 code and its centroid.
type Centroid = (String, f64, f64);

#[derive(Default)]
pub(crate) struct GazetteerBuilder {
    places: Vec<Place>,
    names: NameIndexBuilder,
    stop: HashSet<String>,
    never: HashSet<String>,
    capitals: HashMap<String, String>,
    by_code: HashMap<String, u32>,
    /// (country, GeoNames admin1) → ISO 3166-2
    gn_admin1: HashMap<(String, String), String>,
    /// (country, GeoNames admin1) → several ISO units (`~GZ`): the nearest wins
    gn_nearest: HashMap<(String, String), Vec<Centroid>>,
}

fn coord(row: &tsv::Row, i: usize, name: &str, max: f64) -> Result<f64> {
    let v: f64 = row.num(i, name)?;
    if !(-max..=max).contains(&v) {
        return Err(row.at.err(format!("{name} {v} out of range")));
    }
    Ok(v)
}

impl GazetteerBuilder {
    /// An empty gazetteer whose names do not get the ل+ال spelling.
    pub(crate) fn new() -> Self {
        GazetteerBuilder {
            names: NameIndexBuilder::without_lam_variants(),
            ..Self::default()
        }
    }

    fn push(&mut self, p: Place, names: impl IntoIterator<Item = String>) {
        let id = self.places.len() as u32;
        for n in names {
            self.names.add(&n, id);
        }
        self.places.push(p);
    }

    /// `code name_en names_ar lat lon source`
    pub(crate) fn countries(&mut self, file: &str, content: &str) -> Result<()> {
        for r in tsv::rows(file, content, 5)? {
            let code = r.req(0, "code")?.to_string();
            if code.len() != 2 {
                return Err(r.at.err(format!("country code {code:?} is not ISO 3166-1 alpha-2")));
            }
            self.by_code.insert(code.clone(), self.places.len() as u32);
            let names: Vec<String> = r.list(2).map(str::to_string).collect();
            self.push(
                Place {
                    id: format!("iso:{code}"),
                    name: r.req(1, "name_en")?.to_string(),
                    country: code,
                    admin1_code: None,
                    admin2: None,
                    kind: PlaceKind::Country,
                    lat: coord(&r, 3, "lat", 90.0)?,
                    lon: coord(&r, 4, "lon", 180.0)?,
                    population: 0,
                    precision: 3,
                    source: r.get(5).to_string(),
                },
                names,
            );
        }
        Ok(())
    }

    /// `code country name_en names_ar lat lon geonames_admin1 source`
    pub(crate) fn admin1(&mut self, file: &str, content: &str) -> Result<()> {
        for r in tsv::rows(file, content, 6)? {
            let code = r.req(0, "code")?.to_string();
            let country = r.req(1, "country")?.to_string();
            if !code.starts_with(&format!("{country}-")) {
                return Err(r.at.err(format!("code {code} does not belong to country {country}")));
            }
            let (lat, lon) = (coord(&r, 4, "lat", 90.0)?, coord(&r, 5, "lon", 180.0)?);
            for gn in r.list(6) {
                match gn.strip_prefix('~') {
                    Some(g) => self
                        .gn_nearest
                        .entry((country.clone(), g.to_string()))
                        .or_default()
                        .push((code.clone(), lat, lon)),
                    None => {
                        self.gn_admin1.insert((country.clone(), gn.to_string()), code.clone());
                    }
                }
            }
            self.by_code.insert(code.clone(), self.places.len() as u32);
            let names: Vec<String> = r.list(3).map(str::to_string).collect();
            self.push(
                Place {
                    id: format!("iso:{code}"),
                    name: r.req(2, "name_en")?.to_string(),
                    country,
                    admin1_code: Some(code),
                    admin2: None,
                    kind: PlaceKind::Admin1,
                    lat: coord(&r, 4, "lat", 90.0)?,
                    lon: coord(&r, 5, "lon", 180.0)?,
                    population: 0,
                    precision: 3,
                    source: r.get(7).to_string(),
                },
                names,
            );
        }
        Ok(())
    }

    /// `geonameid name_en lat lon country geonames_admin1 population names_ar`
    pub(crate) fn geonames(&mut self, file: &str, content: &str) -> Result<()> {
        for r in tsv::rows(file, content, 8)? {
            let country = r.req(4, "country")?.to_string();
            let key = (country.clone(), r.get(5).to_string());
            let (lat, lon) = (coord(&r, 2, "lat", 90.0)?, coord(&r, 3, "lon", 180.0)?);
            let admin1_code = self.gn_admin1.get(&key).cloned().or_else(|| {
                let d = |a: f64, b: f64| (a - lat).powi(2) + ((b - lon) * lat.to_radians().cos()).powi(2);
                self.gn_nearest
                    .get(&key)?
                    .iter()
                    .min_by(|x, y| d(x.1, x.2).total_cmp(&d(y.1, y.2)))
                    .map(|x| x.0.clone())
            });
            let names: Vec<String> = r.list(7).map(str::to_string).collect();
            self.push(
                Place {
                    id: format!("geonames:{}", r.req(0, "geonameid")?),
                    name: r.req(1, "name_en")?.to_string(),
                    country,
                    admin1_code,
                    admin2: None,
                    kind: PlaceKind::Populated,
                    lat,
                    lon,
                    population: r.num(6, "population")?,
                    precision: 1,
                    source: "GeoNames (CC BY 4.0)".to_string(),
                },
                names,
            );
        }
        Ok(())
    }

    /// `name_en names_ar country admin1_code admin2 kind lat lon precision source`
    pub(crate) fn curated(&mut self, file: &str, content: &str) -> Result<()> {
        for r in tsv::rows(file, content, 9)? {
            let kind_s = r.req(5, "kind")?;
            let kind = PlaceKind::parse(kind_s).ok_or_else(|| r.at.err(format!("unknown place kind {kind_s:?}")))?;
            let admin1 = r.opt(3).map(str::to_string);
            let country = r.req(2, "country")?.to_string();
            if let Some(a) = &admin1 {
                if !a.starts_with(&format!("{country}-")) {
                    return Err(r.at.err(format!("admin1 {a} does not belong to country {country}")));
                }
            }
            let precision: u8 = r.num(8, "precision")?;
            if !(1..=3).contains(&precision) {
                return Err(r.at.err("precision must be 1, 2 or 3"));
            }
            let names: Vec<String> = r.list(1).map(str::to_string).collect();
            if names.is_empty() {
                return Err(r.at.err("no Arabic name"));
            }
            self.push(
                Place {
                    id: format!("marsad:{}", slug(r.req(0, "name_en")?, &country)),
                    name: r.req(0, "name_en")?.to_string(),
                    country,
                    admin1_code: admin1,
                    admin2: r.opt(4).map(str::to_string),
                    kind,
                    lat: coord(&r, 6, "lat", 90.0)?,
                    lon: coord(&r, 7, "lon", 180.0)?,
                    population: 0,
                    precision,
                    source: r.get(9).to_string(),
                },
                names,
            );
        }
        Ok(())
    }

    /// `name note` (a note starting "never" keeps the name from counting at all)
    pub(crate) fn stoplist(&mut self, file: &str, content: &str) -> Result<()> {
        for r in tsv::rows(file, content, 1)? {
            let name = marsad_text::fold(r.req(0, "name")?);
            if r.get(1).starts_with("never") {
                self.never.insert(name.clone());
            }
            self.stop.insert(name);
        }
        Ok(())
    }

    /// `code names_ar`: national capitals.
    pub(crate) fn capitals(&mut self, file: &str, content: &str) -> Result<()> {
        for r in tsv::rows(file, content, 2)? {
            let code = r.req(0, "code")?.to_string();
            for name in r.req(1, "names_ar")?.split('|') {
                self.capitals.insert(marsad_text::fold(name.trim()), code.clone());
            }
        }
        Ok(())
    }

    pub(crate) fn build(self) -> Result<Gazetteer> {
        // (a code is copied once, not once per town: some 450 codes over 12,000 places)
        let mut settled: HashSet<String> = HashSet::default();
        for p in &self.places {
            if let Some(code) = p.admin1_code.as_deref() {
                if !matches!(p.kind, PlaceKind::Country | PlaceKind::Admin1) && !settled.contains(code) {
                    settled.insert(code.to_string());
                }
            }
        }
        Ok(Gazetteer {
            settled,
            places: self.places,
            index: self.names.build(),
            stop: self.stop,
            never: self.never,
            capitals: self.capitals,
            by_code: self.by_code,
        })
    }
}

fn slug(name: &str, country: &str) -> String {
    let mut s = country.to_ascii_lowercase();
    s.push('-');
    let mut dash = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
            dash = false;
        } else if !dash {
            s.push('-');
            dash = true;
        }
    }
    s.trim_end_matches('-').to_string()
}

impl Gazetteer {
    /// The place of a country or admin1 code (`SY`, `SY-HL`).
    pub fn by_code(&self, code: &str) -> Option<&Place> {
        self.by_code.get(code).map(|&i| &self.places[i as usize])
    }

    /// Whether admin1 unit `code` holds towns of its own, rather than other units only (a
    /// region over governorates, as the Kurdistan Region over Erbil).
    pub fn holds_towns(&self, code: &str) -> bool {
        self.settled.contains(code)
    }

    /// Index of the place of a code.
    pub fn code_index(&self, code: &str) -> Option<u32> {
        self.by_code.get(code).copied()
    }

    /// Ranks the places `entries` (from one name match) in `ctx`, best first.
    pub fn rank(&self, entries: &[u32], ctx: &PlaceContext) -> Vec<Candidate> {
        self.rank_with(entries, ctx, true)
    }

    /// [`rank`](Self::rank) without the reasons (`why` left empty): the engine's path,
    /// where the reasons are only wanted for `--explain`.
    pub fn rank_quiet(&self, entries: &[u32], ctx: &PlaceContext) -> Vec<Candidate> {
        self.rank_with(entries, ctx, false)
    }

    fn rank_with(&self, entries: &[u32], ctx: &PlaceContext, reasons: bool) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = entries
            .iter()
            .map(|&i| {
                let p = &self.places[i as usize];
                let mut why = Vec::new();
                let mut score = match p.kind {
                    PlaceKind::Country => 30.0,
                    PlaceKind::Admin1 => 24.0,
                    _ if p.id.starts_with("marsad:") => 14.0,
                    _ => 6.0,
                };
                if reasons {
                    why.push(format!("{:?} entry", p.kind).to_lowercase());
                }
                if p.population > 0 {
                    let s = (p.population as f32 + 1.0).log10() * 3.0;
                    score += s;
                    if reasons {
                        why.push(format!("population {}", p.population));
                    }
                }
                if let Some(pos) = ctx.countries.iter().position(|c| *c == p.country) {
                    score += 30.0 - (pos as f32).min(5.0) * 2.0;
                    if reasons {
                        why.push(format!("country {} in context", p.country));
                    }
                } else if CORE_REGION.contains(&p.country.as_str()) {
                    score += 6.0;
                    if reasons {
                        why.push("core conflict region".to_string());
                    }
                }
                if p.admin1_code.as_ref().is_some_and(|a| ctx.admin1.contains(a)) {
                    score += 25.0;
                    if reasons {
                        why.push(format!("{} in context", p.admin1_code.as_deref().unwrap_or("")));
                    }
                }
                Candidate { place: i, score, why }
            })
            .collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.place.cmp(&b.place)));
        out
    }

    /// Looks a name up (ordinary spelling) and ranks its candidates.
    pub fn lookup(&self, name: &str, ctx: &PlaceContext) -> Vec<Candidate> {
        let folded = marsad_text::fold(name);
        let mut entries: Vec<u32> = Vec::new();
        for variant in [
            folded.as_str(),
            folded.strip_prefix("ال").unwrap_or(""),
            &format!("ال{folded}"),
        ] {
            if let Some(p) = self.index.lookup(variant) {
                entries.extend_from_slice(self.index.entries(p));
            }
        }
        entries.sort_unstable();
        entries.dedup();
        self.rank(&entries, ctx)
    }
}
