//! The output record (schema v1, `shared/spec/event-schema.md`). Field names
//! are a contract; offsets here are Unicode-scalar (character) offsets.

use serde::Serialize;

/// A character span.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct CharSpan {
    /// Start (inclusive).
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
}

/// A boilerplate span.
#[derive(Debug, Clone, Serialize)]
pub struct BoilerplateOut {
    /// Start char.
    pub start: usize,
    /// End char.
    pub end: usize,
    /// Kind.
    pub kind: &'static str,
}

/// One output line: a document and its events.
#[derive(Debug, Clone, Serialize)]
pub struct Record {
    /// Document id.
    pub doc_id: String,
    /// Where the document came from.
    pub origin: String,
    /// Title.
    pub title: Option<String>,
    /// Publication date (ISO).
    pub published: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Body span.
    pub body: CharSpan,
    /// Boilerplate spans.
    pub boilerplate: Vec<BoilerplateOut>,
    /// The text the engine worked on (only with `--with-text`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Triggers that gave no event, and why (only with `--explain`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<Dropped>,
    /// Events.
    pub events: Vec<Event>,
}

/// A trigger word the engine read but gave up, with the reason (`--explain`).
#[derive(Debug, Clone, Serialize)]
pub struct Dropped {
    /// The trigger's word(s) as written.
    pub trigger: String,
    /// Start char.
    pub start: usize,
    /// End char.
    pub end: usize,
    /// Why no event came of it.
    pub reason: &'static str,
}

/// ACLED classification.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Acled {
    /// Event type.
    pub event_type: &'static str,
    /// Sub-event type.
    pub sub_event_type: &'static str,
}

/// An actor slot.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ActorOut {
    /// Surface form in the document (after coreference).
    pub text: String,
    /// Canonical name.
    pub name: String,
    /// Canonical id.
    pub id: String,
    /// ACLED category.
    pub inter: Option<u8>,
}

/// A geocoded place.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LocationOut {
    /// Surface form.
    pub text: String,
    /// Name.
    pub name: String,
    /// ISO 3166-1.
    pub country: String,
    /// Admin1 name.
    pub admin1: Option<String>,
    /// ISO 3166-2.
    pub admin1_code: Option<String>,
    /// Admin2 name.
    pub admin2: Option<String>,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// ACLED geo precision.
    pub precision: u8,
    /// Gazetteer id (`null` for a place placed only by its frame).
    pub gazetteer_id: Option<String>,
}

/// A date.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DateOut {
    /// ISO date.
    pub value: String,
    /// ACLED time precision.
    pub precision: u8,
    /// The words that gave it, if any.
    pub text: Option<String>,
}

/// A quantity.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Quantity {
    /// killed, injured, captured, arrested, displaced, other.
    pub kind: &'static str,
    /// Value (`null` for "عشرات").
    pub value: Option<u64>,
    /// Hedged.
    pub approx: bool,
    /// Surface.
    pub text: String,
    /// The hedge is a lower bound ("ما لا يقل عن 10"): the value is the count a
    /// coder records as fatalities.
    #[serde(skip)]
    pub at_least: bool,
}

/// Who reports it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Attribution {
    /// Surface.
    pub text: String,
    /// Canonical name, when known.
    pub name: Option<String>,
}

/// Evidence clause.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Evidence {
    /// The clause.
    pub text: String,
    /// Start char.
    pub start: usize,
    /// End char.
    pub end: usize,
}

/// One event.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    /// `doc_id#n`.
    pub id: String,
    /// PLOVER type.
    pub event_type: &'static str,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// ACLED classification.
    pub acled: Option<Acled>,
    /// asserted, threatened, hypothetical, negated, planned.
    pub modality: &'static str,
    /// Acting side.
    pub actor1: Option<ActorOut>,
    /// Other side.
    pub actor2: Option<ActorOut>,
    /// Place.
    pub location: Option<LocationOut>,
    /// Date.
    pub date: Option<DateOut>,
    /// Exact number killed.
    pub fatalities: Option<u64>,
    /// Quantities.
    pub quantities: Vec<Quantity>,
    /// Reporter.
    pub attribution: Option<Attribution>,
    /// Evidence.
    pub evidence: Evidence,
    /// Heuristic confidence 0–1.
    pub confidence: f32,
    /// With `--explain`: what fired for each slot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<serde_json::Value>,
}
