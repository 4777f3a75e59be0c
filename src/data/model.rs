//! The dataset as typed Rust: what `public/data/koperasi.json` holds (documented in
//! `docs/DATA.md`). Every fact record names its `source` and carries the verbatim sentences it
//! was read from, so the views can always show where a figure came from.
//!
//! Dates stay strings here and are checked by [`super::validate`], so that one bad date is
//! reported with all the other problems instead of stopping the parse.

use serde::Deserialize;

use super::date::PartialDate;

/// The schema version this build reads. Bump it (and document the change in `docs/DATA.md`)
/// when a change to the format would make old files mean something else.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub schema_version: u32,
    pub dataset: DatasetInfo,
    pub health_scales: Vec<HealthScale>,
    pub sources: Vec<Source>,
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    pub cities: Vec<City>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub observations: Vec<Observation>,
    #[serde(default)]
    pub awards: Vec<Award>,
    #[serde(default)]
    pub activities: Vec<Activity>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetInfo {
    pub title: String,
    pub updated: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// A text in the interface languages; Indonesian is required, others fall back to it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    pub id: String,
    #[serde(default)]
    pub en: Option<String>,
}

/// One way of grading cooperative health, e.g. the Ministry's four categories or an older scale
/// with *Kurang Sehat*. Categories are listed best first; that order is the order of the bars.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HealthScale {
    pub id: String,
    pub labels: Labels,
    pub categories: Vec<HealthCategory>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HealthCategory {
    pub id: String,
    pub labels: Labels,
    /// Palette slot 1 (best) to 5 (worst); the CSS gives each slot a colour and a pattern.
    pub tone: u8,
}

/// A date as the source gives it, with how it was derived.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateFact {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the form says how precisely the date is known.
    pub value: String,
    /// The weekday the source names (Indonesian), checked against the date.
    #[serde(default)]
    pub weekday: Option<String>,
    /// Bounds for a date known only roughly ("on or after 12 July 2024").
    #[serde(default)]
    pub not_before: Option<String>,
    #[serde(default)]
    pub not_after: Option<String>,
    /// How the date was read or computed from the text.
    #[serde(default)]
    pub derivation: Option<String>,
    #[serde(default)]
    pub quote: Option<String>,
}

impl DateFact {
    /// The parsed date; `None` only for a dataset that failed validation.
    pub fn date(&self) -> Option<PartialDate> {
        PartialDate::parse(&self.value).ok()
    }
    pub fn not_before_date(&self) -> Option<PartialDate> {
        self.not_before.as_deref().and_then(|d| PartialDate::parse(d).ok())
    }
    pub fn not_after_date(&self) -> Option<PartialDate> {
        self.not_after.as_deref().and_then(|d| PartialDate::parse(d).ok())
    }
}

/// A news article (or another document) that facts are read from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The seed file name without `.txt`, e.g. `003_d68335274871dd0c`.
    pub id: String,
    /// The publisher as the text names it; `null` when the text does not say.
    pub publisher: Option<String>,
    #[serde(default)]
    pub publisher_note: Option<String>,
    pub headline: Option<String>,
    #[serde(default)]
    pub dateline: Option<String>,
    pub published: Option<DateFact>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub short: Option<String>,
}

impl Organisation {
    pub fn display_name(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CityKind {
    Kota,
    Kabupaten,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct City {
    pub id: String,
    pub name: String,
    pub kind: CityKind,
    /// Administrative geography, not a reported figure, so it carries no source.
    pub province: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    /// `null` when the source names only the office ("Wali Kota Probolinggo").
    pub name: Option<String>,
    #[serde(default)]
    pub name_note: Option<String>,
    #[serde(default)]
    pub also_known_as: Option<String>,
    pub roles: Vec<Role>,
}

/// An office a person held on a date, as a source reports it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub title: String,
    #[serde(default)]
    pub city: Option<String>,
    /// The head of the city government (wali kota, Plt, Pj, bupati).
    #[serde(default)]
    pub leader: bool,
    #[serde(default)]
    pub note: Option<String>,
    pub as_of: DateFact,
    pub source: String,
    pub quotes: Vec<String>,
}

/// One reported number with the sentence it was read from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Signed so that a negative count can be reported as a data problem, not a parse failure.
    pub value: i64,
    /// "sekitar 160": shown as approximate, never as exact.
    #[serde(default)]
    pub approximate: bool,
    pub quote: String,
}

/// A remark on a record, with the sentence it rests on.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub text: String,
    #[serde(default)]
    pub quote: Option<String>,
}

/// The counts a source reports for a city on one date. A figure the source does not give is
/// `null`: "tidak dilaporkan", never zero.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    pub id: String,
    pub city: String,
    /// A subset of the city's cooperatives (e.g. Kopontren); `None` means all of them.
    #[serde(default)]
    pub scope: Option<Labels>,
    pub source: String,
    pub as_of: DateFact,
    pub total: Option<Figure>,
    pub active: Option<Figure>,
    pub inactive: Option<Figure>,
    pub dissolving: Option<Figure>,
    #[serde(default)]
    pub health: Option<HealthBreakdown>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HealthBreakdown {
    pub scale: String,
    pub counts: Vec<HealthCount>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HealthCount {
    pub category: String,
    pub value: i64,
    #[serde(default)]
    pub approximate: bool,
    pub quote: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Award {
    pub id: String,
    pub city: String,
    /// `null` when the source does not name the award.
    pub title: Option<String>,
    #[serde(default)]
    pub title_note: Option<String>,
    /// An organisation id; `null` when the source does not say who gave it.
    pub giver: Option<String>,
    #[serde(default)]
    pub supporters: Vec<String>,
    pub occasion: Option<String>,
    pub date: DateFact,
    /// A person id.
    pub recipient: String,
    pub recipient_role: String,
    /// A person who received the award on the recipient's behalf.
    pub received_by: Option<String>,
    pub handed_by: Option<String>,
    pub place: Option<String>,
    #[serde(default)]
    pub reason: Option<String>,
    pub source: String,
    pub quotes: Vec<String>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActivityKind {
    Training,
    Programme,
    Event,
}

/// A training, programme or event the city ran or reported.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub id: String,
    pub city: String,
    pub kind: ActivityKind,
    pub title: String,
    pub start: Option<DateFact>,
    pub end: Option<DateFact>,
    #[serde(default)]
    pub date_note: Option<String>,
    #[serde(default)]
    pub duration_days: Option<u32>,
    pub participants: Option<Figure>,
    #[serde(default)]
    pub participants_note: Option<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    pub place: Option<String>,
    #[serde(default)]
    pub people: Vec<Participation>,
    pub source: String,
    pub quotes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participation {
    pub person: String,
    pub part: String,
}

/// Look-ups by id. Linear scans: the dataset has tens of records per city and a few thousand
/// at national scale, and a scan keeps the model a plain deserialised value.
impl Dataset {
    pub fn city(&self, id: &str) -> Option<&City> {
        self.cities.iter().find(|c| c.id == id)
    }
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }
    pub fn health_scale(&self, id: &str) -> Option<&HealthScale> {
        self.health_scales.iter().find(|s| s.id == id)
    }
}
